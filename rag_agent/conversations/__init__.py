"""Conversations: channels, delay before reply, pipelines and triggers, routing and handoff, voice, credits,
dashboard and playground, over the agents of :mod:`rag_agent.agents`.

Public surface: :class:`ConversationService` (the one object the API and CLI use), :func:`build` (one over a
:class:`~rag_agent.service.Service`), the seams :class:`AgentResponder`, :class:`SpeechToText` and
:class:`Clock` with their implementations, and the webhook signature helpers :func:`sign` / :func:`verify`.
"""

from importlib import import_module
from typing import Any

# Imported on first use (PEP 562), so that `rag-agent --help` and this package's CLI start without loading
# every module (and SQLAlchemy) behind it.
_WHERE = {
    "Clock": "rag_agent.conversations.clock",
    "ManualClock": "rag_agent.conversations.clock",
    "SystemClock": "rag_agent.conversations.clock",
    "Database": "rag_agent.db",
    "sqlite_url": "rag_agent.db",
    "sign": "rag_agent.conversations.delivery",
    "verify": "rag_agent.conversations.delivery",
    "AgentAnswer": "rag_agent.conversations.responder",
    "AgentInfo": "rag_agent.conversations.responder",
    "AgentResponder": "rag_agent.conversations.responder",
    "RuntimeResponder": "rag_agent.conversations.responder",
    "Scheduler": "rag_agent.conversations.runtime",
    "build": "rag_agent.conversations.runtime",
    "ConversationService": "rag_agent.conversations.service",
    "TickReport": "rag_agent.conversations.service",
    "NoSpeechToText": "rag_agent.conversations.voice",
    "SpeechToText": "rag_agent.conversations.voice",
    "SpeechToTextError": "rag_agent.conversations.voice",
    "Transcript": "rag_agent.conversations.voice",
}

__all__ = ["ConversationService", "TickReport", "build", "Scheduler", "Database", "sqlite_url", "Clock",
           "ManualClock", "SystemClock", "AgentResponder", "AgentInfo", "AgentAnswer", "RuntimeResponder",
           "SpeechToText", "NoSpeechToText", "SpeechToTextError", "Transcript", "sign", "verify"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
