"""Agents: many per workspace, each with a persona, connected sources, WHEN/THEN actions and leads.

Public surface: :class:`AgentStore` (records), :class:`AgentRuntime` / :class:`AgentReply` (answering as an
agent), the models in :mod:`rag_agent.agents.models`.
"""

from importlib import import_module
from typing import Any

# Imported on first use (PEP 562), so that `rag-agent --help` and this package's CLI start without loading
# every module (and SQLAlchemy) behind it.
_WHERE = {
    "Action": "rag_agent.agents.models",
    "Agent": "rag_agent.agents.models",
    "Condition": "rag_agent.agents.models",
    "Lead": "rag_agent.agents.models",
    "Then": "rag_agent.agents.models",
    "AgentReply": "rag_agent.agents.runtime",
    "AgentRuntime": "rag_agent.agents.runtime",
    "AgentInactive": "rag_agent.agents.store",
    "AgentStore": "rag_agent.agents.store",
}

__all__ = ["Agent", "Action", "Condition", "Then", "Lead", "AgentStore", "AgentInactive", "AgentRuntime",
           "AgentReply"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
