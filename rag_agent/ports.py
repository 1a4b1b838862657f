"""The seams between the service's parts, as Protocols: what one part needs of another, and nothing more.

Each is implemented by a real class that the composition root (:class:`rag_agent.service.Service`) hands
to the part that needs it, so no part reaches back for the whole service:

- :class:`OrderSource`: the answer engine re-reads a stale or unknown order from the store it was synced
  from, before it is verified (:class:`rag_agent.sync.StoreOrders`).
- :class:`AnswerCache`: whoever changes what answers read (uploads, syncs, webhooks) tells the engine to
  drop a workspace's cached catalog and knowledge (:class:`rag_agent.engine.engine.AnswerEngine`).
- :class:`Answerer`: an AI agent answers from the workspace's knowledge (:class:`rag_agent.service.Service`).
- :class:`KnowledgeBase`: a person's answer to an unanswered question becomes a knowledge source
  (:class:`rag_agent.service.Service`).

This module imports records only, so every part may import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Protocol, Sequence, runtime_checkable

from rag_agent.engine.answers import Answer

if TYPE_CHECKING:
    from rag_agent.reports import ImportReport


@runtime_checkable
class OrderSource(Protocol):
    """Where an order asked about is re-read from, when the stored copy is stale or missing."""

    def refresh_order(self, ws_id: str, number: str) -> bool:
        """Store a fresh copy of order ``number`` when one is needed and can be had; whether one was stored.
        Never raises for the store's failures: the stored copy is answered from then."""
        ...


@runtime_checkable
class AnswerCache(Protocol):
    """What answers read of a workspace, cached until its sources change."""

    def invalidate(self, ws_id: str) -> None:
        """Forget the workspace's cached catalog and knowledge: the next answer reads the sources again."""
        ...


@runtime_checkable
class Answerer(Protocol):
    """Answers one customer message from a workspace's sources."""

    def answer(self, ws_id: str, message: str, history: Sequence[dict[str, str]] | None = None,
               persona: dict[str, Any] | None = None, source_ids: Sequence[str] | None = None,
               products: bool = True, conversation_id: str | None = None, explain: bool = False) -> Answer:
        """The reply; ``history`` items are {"role": "customer"|"agent", "text": ...}."""
        ...


@runtime_checkable
class KnowledgeBase(Protocol):
    """A workspace's knowledge files, added or replaced by name."""

    def add_file(self, ws_id: str, data: bytes, filename: str, source_id: str | None = None,
                 progress: Callable[[int], None] | None = None) -> "ImportReport":
        """Add a knowledge file as a source, or replace the source ``source_id``."""
        ...


__all__ = ["OrderSource", "AnswerCache", "Answerer", "KnowledgeBase"]
