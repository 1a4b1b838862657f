"""The vector store seam and its two backends."""

from rag_agent.store.base import Filter, Hit, Point, SparseVector, VectorStore
from rag_agent.store.edge import EdgeStore
from rag_agent.store.server import QdrantServerStore

__all__ = ["VectorStore", "Point", "Hit", "SparseVector", "Filter", "EdgeStore", "QdrantServerStore"]
