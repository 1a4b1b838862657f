"""Small offline text classifiers for conditions: hashed n-gram features and linear heads (numpy only).

Features of a message (folded: lowercase, no accents, Cyrillic kept): word unigrams, word bigrams and
character 3-5-grams of each word, hashed with CRC32 into ``dim`` buckets and L2-normalised. Each head is a
logistic regression over those buckets (one-vs-rest), trained by ``scripts/build_classifiers.py`` and shipped in
``rag_agent/agents/data/heads.npz`` (float16 weights) with its thresholds in ``heads.json``.
Lexicons (profanity per language, greetings, talk-to-a-human cues) ship in ``lexicons.json``.
"""

from __future__ import annotations

import json
import re
import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from rag_agent.engine.text import fold

DIM = 1 << 16
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL = re.compile(r"\S+@\S+")
_NUM = re.compile(r"\d+")


def normalise(text: str) -> str:
    """Folded text with URLs, emails and numbers replaced by placeholders (so they do not become features)."""
    t = _URL.sub(" zurl ", text)
    t = _EMAIL.sub(" zemail ", t)
    t = fold(t)
    return _NUM.sub("0", t)


def features(text: str, dim: int = DIM) -> tuple[np.ndarray, np.ndarray]:
    """(bucket indices, weights) of one message; weights are L2-normalised counts."""
    words = _WORD.findall(normalise(text))
    feats: list[str] = []
    for w in words:
        feats.append("w" + w)
        if len(w) > 3:
            padded = f"<{w}>"
            for n in (3, 4, 5):
                feats.extend("c" + padded[i:i + n] for i in range(len(padded) - n + 1))
    feats.extend("b" + a + "_" + b for a, b in zip(words, words[1:]))
    if not feats:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.fromiter((zlib.crc32(f.encode()) % dim for f in feats), dtype=np.int64, count=len(feats))
    uniq, counts = np.unique(idx, return_counts=True)
    vals = counts.astype(np.float32)
    vals /= np.sqrt((vals * vals).sum())
    return uniq, vals


class _Heads:
    """One-vs-rest logistic heads: a weight column, a bias and a threshold per label."""

    #: the threshold of a label the build gave none
    default_threshold = 0.5

    def __init__(self, labels: list[str], weights: np.ndarray, bias: np.ndarray,
                 thresholds: dict[str, float]) -> None:
        self.labels = list(labels)
        self.W = weights.astype(np.float32)  # (dim, n_labels)
        self.b = bias.astype(np.float32)
        self.thresholds = {k: float(v) for k, v in thresholds.items()}

    def threshold(self, label: str) -> float:
        return self.thresholds.get(label, self.default_threshold)


class LinearHeads(_Heads):
    """One-vs-rest logistic heads over hashed features."""

    def __init__(self, labels: list[str], weights: np.ndarray, bias: np.ndarray, thresholds: dict[str, float],
                 dim: int = DIM) -> None:
        super().__init__(labels, weights, bias, thresholds)
        self.dim = dim

    def scores(self, text: str) -> dict[str, float]:
        """Probability of each label for the text."""
        idx, vals = features(text, self.dim)
        z = self.b + (vals @ self.W[idx] if len(idx) else 0.0)
        p = 1.0 / (1.0 + np.exp(-z))
        return dict(zip(self.labels, p.tolist()))

    @classmethod
    def load(cls, folder: Path) -> "LinearHeads":
        meta, W, b = _read_heads(folder, "heads")
        return cls(meta["labels"], W, b, meta.get("thresholds", {}), meta.get("dim", DIM))

    def save(self, folder: Path, extra: dict | None = None) -> None:
        _write_heads(folder, "heads", self.W.astype(np.float16), self.b,
                     {"labels": self.labels, "dim": self.dim, "thresholds": self.thresholds, **(extra or {})})


def _read_heads(folder: Path, stem: str) -> tuple[dict, np.ndarray, np.ndarray]:
    """(metadata, weights, bias) of heads saved as ``stem.json`` + ``stem.npz``."""
    meta = json.loads((folder / f"{stem}.json").read_text())
    with np.load(folder / f"{stem}.npz") as z:
        return meta, z["W"], z["b"]


def _write_heads(folder: Path, stem: str, W: np.ndarray, b: np.ndarray, meta: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(folder / f"{stem}.npz", W=W, b=b.astype(np.float32))
    (folder / f"{stem}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False))


class EmbeddingHeads(_Heads):
    """One-vs-rest logistic heads over sentence vectors of the message (the int8 MiniLM copy that custom
    conditions use, so the vector is computed once per message for both). They read paraphrases the hashed
    n-grams miss ("you guys are hopeless"); all-MiniLM-L6-v2 is an English model, so outside English the cue
    lexicons carry most of the weight. Shipped as ``emb_heads.npz`` / ``emb_heads.json`` with the name of the
    model they were trained on: they are used only with that model."""

    default_threshold = 1.01  # a label without a threshold never fires on the sentence vector alone

    def __init__(self, labels: list[str], weights: np.ndarray, bias: np.ndarray, thresholds: dict[str, float],
                 model: str, language: str = "en") -> None:
        super().__init__(labels, weights, bias, thresholds)
        self.language = language  # the messages they are used on (the model's language)
        self.model = model

    def scores(self, vec: np.ndarray) -> dict[str, float]:
        p = 1.0 / (1.0 + np.exp(-(vec @ self.W + self.b)))
        return dict(zip(self.labels, p.tolist()))

    @classmethod
    def load(cls, folder: Path) -> "EmbeddingHeads":
        meta, W, b = _read_heads(folder, "emb_heads")
        return cls(meta["labels"], W, b, meta.get("thresholds", {}), meta["model"], meta.get("language", "en"))

    def save(self, folder: Path, extra: dict | None = None) -> None:
        _write_heads(folder, "emb_heads", self.W.astype(np.float32), self.b,
                     {"labels": self.labels, "model": self.model, "language": self.language,
                      "thresholds": self.thresholds, **(extra or {})})


def data_dir() -> Path:
    return Path(str(resources.files("rag_agent.agents") / "data"))


@lru_cache(maxsize=1)
def shipped_heads() -> LinearHeads | None:
    """The heads shipped in the package, or None when the build script has not been run."""
    folder = data_dir()
    if not (folder / "heads.npz").exists():
        return None
    return LinearHeads.load(folder)


@lru_cache(maxsize=1)
def shipped_embedding_heads() -> EmbeddingHeads | None:
    """The sentence-vector heads shipped in the package, or None when not built."""
    folder = data_dir()
    if not (folder / "emb_heads.npz").exists():
        return None
    return EmbeddingHeads.load(folder)


@lru_cache(maxsize=1)
def shipped_lexicons() -> dict[str, dict[str, list[str]]]:
    """{lexicon name: {language: [folded terms]}} shipped in the package (empty when not built)."""
    path = data_dir() / "lexicons.json"
    return json.loads(path.read_text()) if path.exists() else {}
