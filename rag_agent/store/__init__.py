"""The vector store seam and its two backends.

``QdrantServerStore`` is imported on first use: qdrant-client takes about a second to import, and
the embedded default (``EdgeStore``) does not need it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rag_agent.store.base import Filter, Hit, Point, SparseVector, VectorStore
from rag_agent.store.edge import EdgeStore

if TYPE_CHECKING:
    from rag_agent.store.server import QdrantServerStore

__all__ = ["VectorStore", "Point", "Hit", "SparseVector", "Filter", "EdgeStore", "QdrantServerStore"]


def __getattr__(name: str) -> Any:
    if name == "QdrantServerStore":
        from rag_agent.store.server import QdrantServerStore

        globals()["QdrantServerStore"] = QdrantServerStore
        return QdrantServerStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
