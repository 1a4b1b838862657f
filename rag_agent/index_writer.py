"""The index's writers take turns here: one lock over the vector store and the sources that point into it.

Uploads (:class:`rag_agent.service.Service`), syncs and webhooks (:class:`rag_agent.sync.SyncRunner`) hold
:attr:`IndexWriter.lock` for each batch they write, so none of them interleaves inside another's batch, and they
share the writes all of them make: removing a source with everything indexed from it, and telling the answer
engine that a workspace's sources changed.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from ingestion.pipeline import Indexer
from rag_agent.ports import AnswerCache
from rag_agent.state import State
from rag_agent.store.base import VectorStore


class IndexWriter:
    """The write side of the index: its lock, its indexer and the source removal every writer uses."""

    def __init__(self, state: State, store: VectorStore, indexer: Indexer, answers: AnswerCache,
                 uploads_dir: Path) -> None:
        self.state = state
        self.store = store
        self.indexer = indexer
        self.answers = answers
        self.uploads_dir = uploads_dir  # <uploads>/<workspace>/<source>/: the stored originals
        self.lock = threading.Lock()

    def changed(self, ws_id: str) -> None:
        """The workspace's sources changed: the next answer reads them again."""
        self.answers.invalidate(ws_id)

    def delete_source(self, ws_id: str, source_id: str) -> None:
        """Remove a source, its indexed points and its stored original; NotFound when there is no such source."""
        self.state.get_source(ws_id, source_id)
        with self.lock:
            self.indexer.remove_source(ws_id, source_id)
            self.state.delete_source(ws_id, source_id)
            shutil.rmtree(self.uploads_dir / ws_id / source_id, ignore_errors=True)
        self.changed(ws_id)


__all__ = ["IndexWriter"]
