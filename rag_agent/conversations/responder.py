"""The seam to the agents room: who the AI agents are and how one answers a burst of messages.

:class:`AgentResponder` is what the conversation layer needs; :class:`RuntimeResponder` adapts the agents
package (``rag_agent.agents``: ``AgentStore`` and ``AgentRuntime``) to it, so that package stays untouched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from rag_agent.agents.models import Agent
    from rag_agent.agents.runtime import AgentRuntime
    from rag_agent.agents.store import AgentStore


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
    unanswered: bool = False  # the agent could not answer from what it knows


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
                history: list[dict[str, Any]], now: float | None = None) -> AgentAnswer:
        """One reply taking every message of ``messages`` (oldest first) into account; ``now`` is the
        conversation clock's time (for time-of-day conditions)."""
        ...


def _info(agent: Agent) -> AgentInfo:
    settings = getattr(agent, "settings", None)
    return AgentInfo(id=agent.id, name=agent.name, state=agent.state,
                     reply_delay_s=int(getattr(settings, "reply_delay_s", 600)),
                     voice_enabled=bool(getattr(settings, "voice_enabled", False)))


class RuntimeResponder:
    """:class:`AgentResponder` over the agents package's store and runtime."""

    def __init__(self, store: AgentStore, runtime: AgentRuntime) -> None:
        self.store = store
        self.runtime = runtime

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

    def connect_source(self, workspace_id: str, agent_id: str, source_id: str) -> None:
        """Connect a knowledge source to the agent (nothing when it already is)."""
        if source_id not in self.store.get(workspace_id, agent_id).source_ids:
            self.store.connect_source(workspace_id, agent_id, source_id)

    def respond(self, workspace_id: str, agent_id: str, lead_id: str, messages: list[str],
                history: list[dict[str, Any]], now: float | None = None) -> AgentAnswer:
        from rag_agent.errors import NotFound

        when = dt.datetime.fromtimestamp(now, dt.timezone.utc) if now is not None else None
        try:
            r = self.runtime.respond(workspace_id, agent_id, lead_id, messages, history, now=when)
        except NotFound:
            # the agents room keeps lead ids unique across workspaces: scope ours when another workspace has it
            r = self.runtime.respond(workspace_id, agent_id, f"{workspace_id}:{lead_id}", messages, history, now=when)
        lang = getattr(r, "language", "en") or "en"
        return AgentAnswer(text=r.text, language=lang, handoff=bool(getattr(r, "handoff", False)),
                           transfer_to=getattr(r, "transfer_to", None), intent=getattr(r, "intent", "") or "",
                           sentiment=getattr(r, "sentiment", None),
                           lead_updates=dict(getattr(r, "lead_updates", None) or {}),
                           citations=list(getattr(r, "citations", None) or []),
                           unanswered=could_not_answer(r.text, lang, getattr(r, "answer_intent", None)))


def could_not_answer(text: str, language: str, answer_intent: str | None = None) -> bool:
    """Whether a reply says the agent could not answer.

    The agents runtime reports its own (customer) intent, not the engine's; until it reports the engine's
    ``no_answer`` / ``out_of_scope`` itself (``answer_intent``), the engine's own wording of those replies, in
    every tone of the reply's language, identifies them.
    """
    if answer_intent is not None:
        return answer_intent in {"no_answer", "out_of_scope"}
    from rag_agent.engine import phrases as P

    for key in ("no_answer", "out_of_scope"):
        by_tone = P.PHRASES[key].get(language) or P.PHRASES[key]["en"]
        if any(t in text for t in by_tone.values()):
            return True
    return False


__all__ = ["AgentInfo", "AgentAnswer", "AgentResponder", "RuntimeResponder", "could_not_answer"]
