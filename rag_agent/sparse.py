"""BM25 sparse vectors, computed locally (no model download, no inference service).

The encoder only produces *term-frequency* weights for documents and a weight of 1.0 per unique
term for queries; the IDF half of BM25 is applied by the vector store itself (the ``bm25`` sparse
vector is declared with the IDF modifier on both backends). So

    score(q, d) = sum over unique query terms t:  idf(t) * tf_weight(t, d)

with ``tf_weight = tf * (k + 1) / (tf + k * (1 - b + b * |d| / avg_len))`` computed here by
``qdrant_edge.Bm25.embed_document`` and ``idf(t)`` computed by Qdrant over the whole collection.
The vectors are plain ``SparseVector(indices, values)``: term ids are 32-bit hashes of the stemmed
tokens, so they mean the same thing to ``EdgeStore`` and ``QdrantServerStore``.

Language matters twice: which stopwords are dropped and how words are stemmed ("shipping" and
"shipped" -> one term). Documents and the queries that should find them must be encoded with the
same language. Languages we know without a Snowball stemmer (e.g. Indonesian) keep their stopwords
and are not stemmed; unknown language codes are tokenized language-neutrally (no stopwords, no
stemming) instead of failing.
"""

from __future__ import annotations

import threading
from typing import Protocol, runtime_checkable

import qdrant_edge as qe

from rag_agent.store.base import SparseVector

__all__ = ["SparseEncoder", "Bm25Encoder", "normalize_language"]


@runtime_checkable
class SparseEncoder(Protocol):
    """Turns text into sparse vectors for the ``bm25`` vector of the store."""

    def encode_documents(self, texts: list[str], language: str = "en") -> list[SparseVector]:
        """One vector per text, term-frequency weighted (IDF is applied by the store)."""

    def encode_query(self, text: str, language: str = "en") -> SparseVector:
        """The query's unique terms, each with weight 1.0."""


# Our language code -> (qdrant_edge language name, Snowball stemmer or None for "no stemmer").
_LANGUAGES: dict[str, tuple[str, qe.SnowballLanguage | None]] = {
    "en": ("english", qe.SnowballLanguage.English),
    "es": ("spanish", qe.SnowballLanguage.Spanish),
    "pt": ("portuguese", qe.SnowballLanguage.Portuguese),
    "tr": ("turkish", qe.SnowballLanguage.Turkish),
    "ru": ("russian", qe.SnowballLanguage.Russian),
    "id": ("indonesian", None),  # stopwords exist, Snowball has no Indonesian stemmer
    # Not required by the product today, but free to support:
    "fr": ("french", qe.SnowballLanguage.French),
    "de": ("german", qe.SnowballLanguage.German),
    "it": ("italian", qe.SnowballLanguage.Italian),
    "nl": ("dutch", qe.SnowballLanguage.Dutch),
    "da": ("danish", qe.SnowballLanguage.Danish),
    "fi": ("finnish", qe.SnowballLanguage.Finnish),
    "sv": ("swedish", qe.SnowballLanguage.Swedish),
    "no": ("norwegian", qe.SnowballLanguage.Norwegian),
    "nb": ("norwegian", qe.SnowballLanguage.Norwegian),
    "ro": ("romanian", qe.SnowballLanguage.Romanian),
    "hu": ("hungarian", qe.SnowballLanguage.Hungarian),
    "el": ("greek", qe.SnowballLanguage.Greek),
    "ar": ("arabic", qe.SnowballLanguage.Arabic),
}


def normalize_language(language: str | None) -> str:
    """``"en-US"``, ``"EN"``, ``"en_GB"`` -> ``"en"``; empty/None -> ``"en"``."""
    if not language:
        return "en"
    return language.strip().lower().replace("_", "-").split("-", 1)[0] or "en"


class Bm25Encoder:
    """:class:`SparseEncoder` on ``qdrant_edge.Bm25``; one cached model per language.

    ``k``, ``b`` and ``avg_len`` are the BM25 parameters baked into document weights; changing
    them means re-encoding every stored document. Thread-safe.
    """

    def __init__(self, k: float = 1.2, b: float = 0.75, avg_len: float = 256.0) -> None:
        self.k = k
        self.b = b
        self.avg_len = avg_len
        self._models: dict[str, qe.Bm25] = {}
        self._lock = threading.Lock()

    def encode_documents(self, texts: list[str], language: str = "en") -> list[SparseVector]:
        model = self._model(language)
        return [_convert(model.embed_document(t)) if t else _EMPTY for t in texts]

    def encode_query(self, text: str, language: str = "en") -> SparseVector:
        if not text:
            return _EMPTY
        return _convert(self._model(language).embed_query(text))

    def _model(self, language: str) -> qe.Bm25:
        code = normalize_language(language)
        model = self._models.get(code)
        if model is None:
            with self._lock:
                model = self._models.get(code)
                if model is None:
                    model = self._build(code)
                    self._models[code] = model
        return model

    def _build(self, code: str) -> qe.Bm25:
        params = {"k": self.k, "b": self.b, "avg_len": self.avg_len}
        known = _LANGUAGES.get(code)
        if known is not None:
            name, snowball = known
            stemmer = qe.SnowballParams(snowball) if snowball is not None else qe.DisabledStemmer()
            try:
                return qe.Bm25(qe.Bm25Config(language=name, stemmer=stemmer, **params))
            except ValueError:
                pass  # this build of qdrant_edge lacks the language: fall through to neutral
        # Language-neutral: no stopwords (an empty set overrides the English default), no stemming.
        return qe.Bm25(
            qe.Bm25Config(stopwords=qe.StopwordsSet(), stemmer=qe.DisabledStemmer(), **params)
        )


_EMPTY = SparseVector(indices=[], values=[])


def _convert(vec: qe.SparseVector) -> SparseVector:
    return SparseVector(indices=list(vec.indices), values=[float(v) for v in vec.values])
