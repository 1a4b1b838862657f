"""BM25 sparse vectors: the ``SparseEncoder`` seam and its Qdrant Edge ``Bm25`` implementation.

Documents get BM25 term-frequency weights, queries weight 1 per term; IDF is applied by the store
(the sparse vector is configured with the IDF modifier), so the vectors suit both backends.
"""

from __future__ import annotations

import threading
from typing import Protocol, Sequence, runtime_checkable

from rag_agent.store.base import SparseVector

# our language codes -> the stemmer names qdrant_edge's Bm25Config accepts
STEMMERS = {"en": "english", "es": "spanish", "pt": "portuguese", "tr": "turkish", "id": "indonesian",
            "ru": "russian"}


@runtime_checkable
class SparseEncoder(Protocol):
    """Turns texts into BM25 sparse vectors, with stemming for the text's language."""

    def encode_documents(self, texts: Sequence[str], language: str = "en") -> list[SparseVector]:
        """One vector per document."""

    def encode_query(self, text: str, language: str = "en") -> SparseVector:
        """The vector of a query."""


class Bm25Encoder:
    """``qdrant_edge.Bm25`` per language (cached); works offline."""

    def __init__(self) -> None:
        self._models: dict[str, object] = {}
        self._lock = threading.Lock()

    def _model(self, language: str):
        lang = STEMMERS.get(language, "english")
        with self._lock:
            m = self._models.get(lang)
            if m is None:
                import qdrant_edge as qe

                m = qe.Bm25(qe.Bm25Config(language=lang))
                self._models[lang] = m
        return m

    @staticmethod
    def _conv(v) -> SparseVector:
        return SparseVector(list(v.indices), [float(x) for x in v.values])

    def encode_documents(self, texts: Sequence[str], language: str = "en") -> list[SparseVector]:
        m = self._model(language)
        return [self._conv(m.embed_document(t)) if t.strip() else SparseVector([], []) for t in texts]

    def encode_query(self, text: str, language: str = "en") -> SparseVector:
        if not text.strip():
            return SparseVector([], [])
        return self._conv(self._model(language).embed_query(text))
