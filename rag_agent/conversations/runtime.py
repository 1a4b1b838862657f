"""Building the conversation service for a :class:`~rag_agent.service.Service`, and its scheduler thread."""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING

from rag_agent.conversations.clock import Clock, ManualClock, SystemClock
from rag_agent.db import Database
from rag_agent.conversations.responder import AgentResponder, RuntimeResponder
from rag_agent.conversations.service import ConversationService
from rag_agent.conversations.voice import SpeechToText, make_speech_to_text

if TYPE_CHECKING:
    from rag_agent.service import Service

logger = logging.getLogger(__name__)


def build(service: Service, *, clock: Clock | None = None, responder: AgentResponder | None = None,
          stt: SpeechToText | None = None, db: Database | None = None) -> ConversationService:
    """The conversation service over ``service``'s database (or ``db``: its own, closed with it) and data directory,
    its AI agents answering through the service's agent store and runtime, answered questions becoming knowledge
    through the service.

    With ``RAG_CONVERSATIONS__TEST_CLOCK`` the clock is a :class:`ManualClock` that starts at the latest time
    stored (or now), so a restarted test server never sees time run backwards.
    """
    settings = service.settings
    s = settings.conversations
    owns_db = db is not None
    db = db or service.db
    if clock is None:
        if s.test_clock:
            row = db.one("SELECT MAX(updated_at) AS t FROM cv_conversations")
            clock = ManualClock(max(time.time(), float((row or {}).get("t") or 0)))
        else:
            clock = SystemClock()
    return ConversationService(
        db, responder or RuntimeResponder(service.agent_store, service.agent_runtime), clock,
        data_dir=settings.data_dir, stt=stt or make_speech_to_text(s.stt_backend, s.stt_model_path),
        state=service.state, knowledge=service, max_message_chars=settings.max_message_chars,
        max_audio_bytes=settings.max_upload_bytes, public_webhooks_only=not settings.allow_private_upstreams,
        owns_db=owns_db)


class Scheduler:
    """Calls :meth:`ConversationService.tick` every ``interval_s`` in a daemon thread."""

    def __init__(self, conversations: ConversationService, interval_s: float = 1.0) -> None:
        self.conversations = conversations
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="conversation-scheduler", daemon=True)

    def start(self) -> "Scheduler":
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                self.conversations.tick()
            except Exception:  # a failed step must not kill the scheduler; it is logged and retried next step
                logger.exception("conversation scheduler step failed")


__all__ = ["build", "Scheduler"]
