"""The seam to the agents room: who the AI agents are and how one answers a burst of messages.

:class:`AgentResponder` is what the conversation layer needs; :class:`RuntimeResponder` adapts the agents
package (``rag_agent.agents``: ``AgentStore`` and ``AgentRuntime``) to it, so that package stays untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass
class AgentInfo:
    """What the conversation layer reads of an AI agent."""

    id: str
    name: str
    state: str  # draft | active | inactive
    reply_delay_s: int = 600
    voice_enabled: bool = False

    @property
    def active(self) -> bool:
        return self.state == "active"


@dataclass
class AgentAnswer:
    """One reply of an AI agent to one or several customer messages."""

    text: str
    language: str = "en"
    handoff: bool = False
    transfer_to: str | None = None
    intent: str = ""
    sentiment: str | None = None
    lead_updates: dict[str, Any] = field(default_factory=dict)
    citations: list[dict[str, Any]] = field(default_factory=list)


@runtime_checkable
class AgentResponder(Protocol):
    """AI agents of a workspace, and their replies."""

    def get(self, workspace_id: str, agent_id: str) -> AgentInfo:
        """The agent; raises NotFound when it does not exist."""
        ...

    def is_active(self, workspace_id: str, agent_id: str) -> bool:
        """Whether the agent exists and is active."""
        ...

    def list_agents(self, workspace_id: str) -> list[AgentInfo]:
        """Every agent of the workspace."""
        ...

    def respond(self, workspace_id: str, agent_id: str, lead_id: str, messages: list[str],
                history: list[dict[str, Any]]) -> AgentAnswer:
        """One reply taking every message of ``messages`` (oldest first) into account."""
        ...


def _info(agent: Any) -> AgentInfo:
    settings = getattr(agent, "settings", None)
    return AgentInfo(id=agent.id, name=agent.name, state=agent.state,
                     reply_delay_s=int(getattr(settings, "reply_delay_s", 600)),
                     voice_enabled=bool(getattr(settings, "voice_enabled", False)))


class RuntimeResponder:
    """:class:`AgentResponder` over the agents package's store and runtime."""

    def __init__(self, store: Any, runtime: Any) -> None:
        self.store = store
        self.runtime = runtime

    @classmethod
    def for_service(cls, service: Any) -> "RuntimeResponder":
        """Store and runtime over the service's state (the ones already built for it when there are any)."""
        store = getattr(service, "agents", None) or getattr(service, "agent_store", None)
        runtime = getattr(service, "agent_runtime", None)
        if store is None:
            from rag_agent.agents.store import AgentStore

            store = AgentStore(service.state)
        if runtime is None:
            from rag_agent.agents.runtime import AgentRuntime

            runtime = AgentRuntime(service, store)
        return cls(store, runtime)

    def get(self, workspace_id: str, agent_id: str) -> AgentInfo:
        return _info(self.store.get(workspace_id, agent_id))

    def is_active(self, workspace_id: str, agent_id: str) -> bool:
        from rag_agent.errors import NotFound

        try:
            return self.store.get(workspace_id, agent_id).state == "active"
        except NotFound:
            return False

    def list_agents(self, workspace_id: str) -> list[AgentInfo]:
        return [_info(a) for a in self.store.list(workspace_id)]

    def respond(self, workspace_id: str, agent_id: str, lead_id: str, messages: list[str],
                history: list[dict[str, Any]]) -> AgentAnswer:
        r = self.runtime.respond(workspace_id, agent_id, lead_id, messages, history)
        return AgentAnswer(text=r.text, language=getattr(r, "language", "en") or "en",
                           handoff=bool(getattr(r, "handoff", False)), transfer_to=getattr(r, "transfer_to", None),
                           intent=getattr(r, "intent", "") or "", sentiment=getattr(r, "sentiment", None),
                           lead_updates=dict(getattr(r, "lead_updates", None) or {}),
                           citations=list(getattr(r, "citations", None) or []))


__all__ = ["AgentInfo", "AgentAnswer", "AgentResponder", "RuntimeResponder"]
