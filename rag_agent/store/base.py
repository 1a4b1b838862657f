"""The vector store seam: what the ingest and answer paths need from Qdrant, and nothing more.

Filters are plain dicts, ANDed: ``{"workspace_id": "w1", "kind": ["product", "chunk"]}`` means
workspace_id == "w1" AND kind in ("product", "chunk"). A value that is a list matches any of its items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, Sequence, runtime_checkable

Filter = dict[str, Any]
QueryMode = Literal["hybrid", "dense", "sparse"]


@dataclass(frozen=True)
class SparseVector:
    """BM25 term weights: parallel lists of term ids and weights."""

    indices: list[int]
    values: list[float]


@dataclass
class Point:
    """One indexed item: a product, a page or a document chunk. ``id`` is a UUID string."""

    id: str
    dense: list[float]
    sparse: SparseVector
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass
class Hit:
    """A point found by a query or a lookup, with its payload. ``score`` is 0 for lookups."""

    id: str
    score: float
    payload: dict[str, Any]


@runtime_checkable
class VectorStore(Protocol):
    """Where points live. Implementations: ``EdgeStore`` (embedded) and ``QdrantServerStore``."""

    def upsert(self, points: Sequence[Point]) -> None:
        """Insert or replace points by id."""

    def delete(self, flt: Filter) -> None:
        """Delete every point matching the filter (an empty filter is refused)."""

    def delete_ids(self, ids: Sequence[str]) -> None:
        """Delete points by id; unknown ids are ignored."""

    def query(
        self,
        dense: Sequence[float] | None,
        sparse: SparseVector | None,
        flt: Filter,
        limit: int = 10,
        mode: QueryMode = "hybrid",
    ) -> list[Hit]:
        """Nearest points matching the filter; hybrid fuses dense and BM25 with RRF."""

    def lookup(self, flt: Filter, limit: int | None = None) -> list[Hit]:
        """Exact payload lookup (no similarity): every point matching the filter."""

    def retrieve(self, ids: Sequence[str]) -> list[Point]:
        """Points by id with their vectors and payloads; unknown ids are skipped."""

    def count(self, flt: Filter) -> int:
        """How many points match the filter."""

    def close(self) -> None:
        """Flush and release files/connections."""
