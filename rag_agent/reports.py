"""What adding or replacing a source reports (:class:`ImportReport`), apart from the service that does it, so
that the parts handed the service's import as a seam (:class:`rag_agent.ports.KnowledgeBase`) can name it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ingestion.pipeline import IndexStats
from rag_agent.state import Source


@dataclass
class ImportReport:
    """The outcome of adding or replacing a source: ``status`` is created, replaced or unchanged."""

    source: Source
    stats: IndexStats
    errors: list[dict[str, Any]] = field(default_factory=list)
    status: str = "created"

    @classmethod
    def unchanged(cls, source: Source) -> "ImportReport":
        """The report of an upload identical to the stored one: nothing was read, embedded or changed."""
        return cls(source, IndexStats(unchanged=source.items), [], "unchanged")

    def as_dict(self) -> dict[str, Any]:
        out = {"status": self.status, "source": self.source.public(), "stats": self.stats.as_dict(),
               "errors": self.errors}
        if self.status == "unchanged":
            out["detail"] = f"{self.source.name} is identical to the stored copy; nothing changed"
        return out


__all__ = ["ImportReport"]
