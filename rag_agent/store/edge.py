"""The embedded default: a Qdrant Edge shard in the data directory (in-process, real HNSW and BM25).

Layout of the directory given to :class:`EdgeStore`::

    <path>/.lock     exclusive flock held while open; holds the owner's pid
    <path>/shard/    the Qdrant Edge shard (segments, WAL, edge_config.json)

Vectors: ``dense`` (cosine, HNSW once optimized) and ``bm25`` (sparse, IDF modifier: Qdrant applies
the IDF half of BM25 at query time over the whole shard; documents carry term-frequency weights from
:class:`rag_agent.sparse.Bm25Encoder`). Keyword payload indexes on ``workspace_id`` (tenant) and
the other fields the ingest and answer paths filter on.

Notes on qdrant_edge 0.9 that shaped this module:

* Writes go to a write-ahead log first, so an update survives a crash of the process as soon as
  ``update`` returns; ``flush()`` (100-200 ms on a 100k shard) persists segments and is done on
  ``close()`` only, not per write.
* There is no background optimizer: new points sit in an unindexed (brute-force) segment until
  ``optimize()`` runs, and ``optimize()`` blocks (holding the GIL) while it builds HNSW. We run it
  after every ``optimize_every`` points written; :meth:`EdgeStore.optimize` lets a bulk import do it
  once at its end. A no-op ``optimize()`` costs well under 1 ms.
* Point ids come back as ``uuid.UUID``; we return ``str``.
* ``MatchValue(True)`` is read as the integer 1 by the bindings (``bool`` is an ``int``) and so never
  matches a boolean payload; a ``numpy.bool_`` is read as a boolean, so booleans go through it.
* ``scroll`` without a limit returns 10 points, so lookups page through ``next_offset``.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

import qdrant_edge as qe

from rag_agent.errors import StoreError, StoreLocked
from rag_agent.store.base import Filter, Hit, Point, QueryMode, SparseVector

logger = logging.getLogger(__name__)

__all__ = ["EdgeStore", "edge_filter", "KEYWORD_FIELDS", "TENANT_FIELD", "RRF_K"]

DENSE = "dense"
SPARSE = "bm25"
TENANT_FIELD = "workspace_id"
#: Other payload fields that filters use; each gets a keyword index.
KEYWORD_FIELDS = ("source_id", "kind", "handle", "number", "content_hash", "item_key")
#: RRF constant: the Qdrant server's default for ``Fusion.RRF``, so both backends rank alike.
RRF_K = 2
#: Candidates each prefetch (dense, BM25) hands to the fusion: ``max(limit * 4, 40)``.
PREFETCH_FACTOR, PREFETCH_MIN = 4, 40
#: Target segment count: fewer = faster queries but costlier merges while importing. Measured on
#: 2 cores, 100k x 384, optimizing every 20k points: 2 segments ~2.0 ms hybrid p50 / 155 s spent
#: optimizing, 4 ~3.3 ms / 110 s, 8 ~3.8 ms / 55 s. Fixed rather than CPU-derived (the default).
SEGMENTS = 4

T = TypeVar("T")


def _bool(value: bool) -> Any:
    import numpy as np  # only for booleans; see the module notes

    return np.bool_(value)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _condition(key: str, value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        values = list(value)
        if all(isinstance(v, str) for v in values) or all(_is_int(v) for v in values):
            return qe.FieldCondition(key=key, match=qe.MatchAny(values))  # [] matches nothing
        # booleans or mixed types: MatchAny takes only all-str or all-int lists
        return qe.Filter(should=[_condition(key, v) for v in values])
    if isinstance(value, bool):
        return qe.FieldCondition(key=key, match=qe.MatchValue(_bool(value)))
    if isinstance(value, (str, int)):
        return qe.FieldCondition(key=key, match=qe.MatchValue(value))
    raise StoreError(f"filter on {key!r}: unsupported value {value!r} (use str, int, bool or a list of them)")


def edge_filter(flt: Filter) -> qe.Filter | None:
    """Our dict filter as a qdrant_edge Filter (ANDed; a list value matches any item); None if empty."""
    if not flt:
        return None
    return qe.Filter(must=[_condition(k, v) for k, v in flt.items()])


def _config(dim: int) -> qe.EdgeConfig:
    return qe.EdgeConfig(
        vectors={DENSE: qe.EdgeVectorParams(size=dim, distance=qe.Distance.Cosine)},
        sparse_vectors={SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
        optimizers=qe.EdgeOptimizersConfig(default_segment_number=SEGMENTS),
    )


def _floats(v: Sequence[float]) -> list[float]:
    return v.tolist() if hasattr(v, "tolist") else list(v)


class EdgeStore:
    """VectorStore on a Qdrant Edge shard owned by this process (an exclusive file lock guards it).

    ``EdgeStore(path, dim)`` creates the shard on first use and reopens it afterwards (the vector
    size must match). A second opener of the same path - another process or another ``EdgeStore``
    in this one - gets :class:`StoreLocked`. Safe to share between threads.

    ``optimize_every``: after this many points written since the last optimization, ``upsert``
    runs :meth:`optimize` (None: only when called). Until then new points are searched by brute
    force, which is correct but slower.
    """

    def __init__(self, path: Path, dim: int, *, optimize_every: int | None = 20_000) -> None:
        self.path = Path(path)
        self.dim = dim
        self.optimize_every = optimize_every
        self.shard: qe.EdgeShard | None = None
        self._mu = threading.RLock()
        self._pending = 0
        self.path.mkdir(parents=True, exist_ok=True)
        self._lock_fd: int | None = self._acquire_lock()
        try:
            self.shard = self._open_shard(self.path / "shard")
        except BaseException:
            self._release_lock()
            raise

    # -- opening / closing ----------------------------------------------------------------------
    def _acquire_lock(self) -> int:
        lock_path = self.path / ".lock"
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            # flock locks belong to the open file description, so a second open() in this same
            # process conflicts too (unlike POSIX fcntl locks).
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            try:
                pid = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            finally:
                os.close(fd)
            same = " - that is this process, which already has this store open; close it first" \
                if pid == str(os.getpid()) else ""
            raise StoreLocked(
                f"the vector store data directory {self.path} is in use by another process (pid {pid}){same}; "
                "only one process may open it: stop that one, or talk to it over its HTTP API") from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            finally:
                os.close(self._lock_fd)
                self._lock_fd = None

    def _open_shard(self, shard_dir: Path) -> qe.EdgeShard:
        config = _config(self.dim)
        try:
            if (shard_dir / "edge_config.json").exists():
                shard = qe.EdgeShard.load(str(shard_dir), config)  # checks the vector size too
            else:
                shard = qe.EdgeShard.create(str(shard_dir), config)
            have = set(shard.info().payload_schema)
            if TENANT_FIELD not in have:
                shard.update(qe.UpdateOperation.create_field_index(
                    TENANT_FIELD, qe.KeywordIndexParams(is_tenant=True)))
            for name in KEYWORD_FIELDS:
                if name not in have:
                    shard.update(qe.UpdateOperation.create_field_index(name, qe.PayloadSchemaType.Keyword))
        except Exception as exc:
            raise StoreError(f"cannot open the Qdrant Edge store in {shard_dir} (vector size {self.dim}): {exc}") \
                from exc
        return shard

    def close(self) -> None:
        """Flush segments to disk, close the shard and release the directory lock. Idempotent."""
        with self._mu:
            shard, self.shard = self.shard, None
            try:
                if shard is not None:
                    try:
                        shard.flush()
                    finally:
                        shard.close()
            except Exception as exc:
                raise StoreError(f"closing the Qdrant Edge store in {self.path} failed: {exc}") from exc
            finally:
                self._release_lock()

    def __enter__(self) -> "EdgeStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, what: str, fn: Callable[[qe.EdgeShard], T]) -> T:
        with self._mu:
            if self.shard is None:
                raise StoreError(f"the vector store in {self.path} is closed")
            try:
                return fn(self.shard)
            except StoreError:
                raise
            except Exception as exc:
                raise StoreError(f"Qdrant Edge {what} failed: {exc}") from exc

    # -- writes ---------------------------------------------------------------------------------
    def upsert(self, points: Sequence[Point]) -> None:
        """Insert or replace points by id (a replaced point loses its old payload and vectors)."""
        if not points:
            return
        pts = [qe.Point(p.id, {DENSE: _floats(p.dense),
                               SPARSE: qe.SparseVector(list(p.sparse.indices), list(p.sparse.values))},
                        p.payload) for p in points]

        def do(shard: qe.EdgeShard) -> None:
            shard.update(qe.UpdateOperation.upsert_points(pts))
            self._pending += len(pts)
            if self.optimize_every is not None and self._pending >= self.optimize_every:
                self._optimize(shard)

        self._run("upsert", do)

    def delete(self, flt: Filter) -> None:
        """Delete every point matching ``flt``; an empty filter raises :class:`StoreError`."""
        if not flt:
            raise StoreError("refusing to delete with an empty filter (it would delete every point)")
        f = edge_filter(flt)
        self._run("delete", lambda s: s.update(qe.UpdateOperation.delete_points_by_filter(f)))

    def delete_ids(self, ids: Sequence[str]) -> None:
        """Delete points by id; unknown ids are ignored."""
        if ids:
            ids = [str(i) for i in ids]
            self._run("delete", lambda s: s.update(qe.UpdateOperation.delete_points(ids)))

    def optimize(self) -> bool:
        """Index (HNSW) and merge segments now; blocks until done. True if anything changed.

        Worth calling once at the end of a bulk import; cheap when there is nothing to do.
        """
        return self._run("optimize", self._optimize)

    def _optimize(self, shard: qe.EdgeShard) -> bool:
        changed = shard.optimize()
        self._pending = 0
        return changed

    # -- reads ----------------------------------------------------------------------------------
    def query(self, dense: Sequence[float] | None, sparse: SparseVector | None, flt: Filter, limit: int = 10,
              mode: QueryMode = "hybrid") -> list[Hit]:
        """Nearest points matching ``flt``.

        ``hybrid``: a dense and a BM25 prefetch, each filtered, fused with RRF (k=2). When one of
        the two query vectors is missing (or the sparse one has no terms) hybrid is that single
        search, with its own scores. ``sparse`` with no terms finds nothing.
        """
        if mode not in ("hybrid", "dense", "sparse"):
            raise ValueError(f"unknown query mode {mode!r}")
        if limit <= 0:
            return []
        f = edge_filter(flt)
        has_dense = dense is not None and len(dense) > 0
        has_sparse = sparse is not None and len(sparse.indices) > 0
        if mode == "dense" and not has_dense:
            raise ValueError("a dense query needs a dense vector")
        if mode == "hybrid":
            mode = "hybrid" if has_dense and has_sparse else "dense" if has_dense else "sparse"
        if mode == "sparse" and not has_sparse:
            return []
        dq = qe.Query.Nearest(_floats(dense), using=DENSE) if mode != "sparse" else None
        sq = qe.Query.Nearest(qe.SparseVector(list(sparse.indices), list(sparse.values)), using=SPARSE) \
            if mode != "dense" else None
        if mode == "hybrid":
            pre = max(limit * PREFETCH_FACTOR, PREFETCH_MIN)
            req = qe.QueryRequest(limit=limit, prefetches=[qe.Prefetch(limit=pre, query=dq, filter=f),
                                                           qe.Prefetch(limit=pre, query=sq, filter=f)],
                                  query=qe.Fusion.Rrf(k=RRF_K), with_payload=True, with_vector=False)
        else:
            req = qe.QueryRequest(limit=limit, query=dq if mode == "dense" else sq, filter=f,
                                  with_payload=True, with_vector=False)
        res = self._run("query", lambda s: s.query(req))
        return [Hit(str(r.id), float(r.score), dict(r.payload or {})) for r in res]

    def lookup(self, flt: Filter, limit: int | None = None) -> list[Hit]:
        """Every point matching ``flt`` (at most ``limit``), ordered by id; score 0."""
        f = edge_filter(flt)
        out: list[Hit] = []
        offset: Any = None
        while limit is None or len(out) < limit:
            page = 1000 if limit is None else min(1000, limit - len(out))
            req = qe.ScrollRequest(offset=offset, limit=page, filter=f, with_payload=True, with_vector=False)
            records, offset = self._run("lookup", lambda s: s.scroll(req))
            out.extend(Hit(str(r.id), 0.0, dict(r.payload or {})) for r in records)
            if offset is None or not records:
                break
        return out

    def retrieve(self, ids: Sequence[str]) -> list[Point]:
        """Points by id with vectors and payloads (unknown ids skipped): copies without embedding again."""
        if not ids:
            return []
        wanted = [str(i) for i in ids]
        records = self._run("retrieve", lambda s: s.retrieve(wanted, True, True))
        out = []
        for r in records:
            vectors = r.vector or {}
            sp = vectors.get(SPARSE)
            sparse = SparseVector(list(sp.indices), list(sp.values)) if sp is not None else SparseVector([], [])
            out.append(Point(str(r.id), list(vectors.get(DENSE) or []), sparse, dict(r.payload or {})))
        return out

    def count(self, flt: Filter) -> int:
        """How many points match ``flt`` (exact; an empty filter counts everything)."""
        req = qe.CountRequest(exact=True, filter=edge_filter(flt))
        return int(self._run("count", lambda s: s.count(req)))
