"""Conversations: channels, delay before reply, pipelines and triggers, routing and handoff, voice, credits,
dashboard and playground, over the agents of :mod:`rag_agent.agents`.

Public surface: :class:`ConversationService` (the one object the API and CLI use), :func:`build` (one over a
:class:`~rag_agent.service.Service`), the seams :class:`AgentResponder`, :class:`SpeechToText` and
:class:`Clock` with their implementations, and the webhook signature helpers :func:`sign` / :func:`verify`.
"""

from rag_agent.conversations.clock import Clock, ManualClock, SystemClock
from rag_agent.conversations.delivery import sign, verify
from rag_agent.conversations.responder import AgentAnswer, AgentInfo, AgentResponder, RuntimeResponder
from rag_agent.conversations.runtime import Scheduler, build
from rag_agent.conversations.service import ConversationService, TickReport
from rag_agent.conversations.voice import NoSpeechToText, SpeechToText, SpeechToTextError, Transcript
from rag_agent.db import Database, sqlite_url

__all__ = ["ConversationService", "TickReport", "build", "Scheduler", "Database", "sqlite_url", "Clock",
           "ManualClock", "SystemClock", "AgentResponder", "AgentInfo", "AgentAnswer", "RuntimeResponder",
           "SpeechToText", "NoSpeechToText", "SpeechToTextError", "Transcript", "sign", "verify"]
