"""The embedded default: a Qdrant Edge shard in the data directory (in-process, real HNSW and BM25)."""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from pathlib import Path
from typing import Any, Sequence

import qdrant_edge as qe

from rag_agent.errors import StoreError, StoreLocked
from rag_agent.store.base import Filter, Hit, Point, QueryMode, SparseVector

logger = logging.getLogger(__name__)

KEYWORD_FIELDS = ("source_id", "kind", "handle", "item_key")


def edge_filter(flt: Filter) -> qe.Filter:
    """Our dict filter as a qdrant_edge Filter (ANDed; a list value matches any item)."""
    must = []
    for key, value in flt.items():
        if isinstance(value, (list, tuple, set)):
            must.append(qe.FieldCondition(key=key, match=qe.MatchAny(list(value))))
        else:
            must.append(qe.FieldCondition(key=key, match=qe.MatchValue(value)))
    return qe.Filter(must=must)


class EdgeStore:
    """VectorStore on a Qdrant Edge shard owned by this process (an exclusive file lock guards it)."""

    def __init__(self, path: Path, dim: int) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.dim = dim
        self._lock_fh = open(self.path / ".lock", "a+")
        try:
            fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._lock_fh.seek(0)
            pid = self._lock_fh.read().strip() or "?"
            self._lock_fh.close()
            raise StoreLocked(f"the data directory {self.path.parent.parent} is in use by another process "
                              f"(pid {pid}); talk to it over HTTP or stop it first") from exc
        self._lock_fh.seek(0)
        self._lock_fh.truncate()
        self._lock_fh.write(str(os.getpid()))
        self._lock_fh.flush()
        shard_dir = self.path / "shard"
        self._mu = threading.RLock()
        if (shard_dir / "edge_config.json").exists() or (shard_dir.exists() and any(shard_dir.iterdir())):
            self.shard = qe.EdgeShard.load(str(shard_dir))
        else:
            cfg = qe.EdgeConfig(
                vectors={"dense": qe.EdgeVectorParams(size=dim, distance=qe.Distance.Cosine)},
                sparse_vectors={"bm25": qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)})
            self.shard = qe.EdgeShard.create(str(shard_dir), cfg)
            self.shard.update(qe.UpdateOperation.create_field_index(
                "workspace_id", qe.KeywordIndexParams(is_tenant=True)))
            for f in KEYWORD_FIELDS:
                self.shard.update(qe.UpdateOperation.create_field_index(f, qe.KeywordIndexParams()))
        self._dirty = 0

    def upsert(self, points: Sequence[Point]) -> None:
        if not points:
            return
        pts = [qe.Point(p.id, {"dense": list(p.dense), "bm25": qe.SparseVector(p.sparse.indices, p.sparse.values)},
                        p.payload) for p in points]
        with self._mu:
            self.shard.update(qe.UpdateOperation.upsert_points(pts))
            self._dirty += len(pts)
            if self._dirty >= 20_000:  # keep segments few and indexed while importing big catalogs
                self.shard.optimize()
                self._dirty = 0
            self.shard.flush()

    def delete(self, flt: Filter) -> None:
        if not flt:
            raise StoreError("refusing to delete with an empty filter")
        with self._mu:
            self.shard.update(qe.UpdateOperation.delete_points_by_filter(edge_filter(flt)))
            self.shard.flush()

    def delete_ids(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        with self._mu:
            self.shard.update(qe.UpdateOperation.delete_points(list(ids)))
            self.shard.flush()

    def query(self, dense: Sequence[float] | None, sparse: SparseVector | None, flt: Filter, limit: int = 10,
              mode: QueryMode = "hybrid") -> list[Hit]:
        f = edge_filter(flt)
        use_sparse = sparse is not None and bool(sparse.indices)
        sv = qe.SparseVector(sparse.indices, sparse.values) if use_sparse else None
        if mode == "dense" or (mode == "hybrid" and not use_sparse):
            req = qe.QueryRequest(limit=limit, query=qe.Query.Nearest(list(dense), using="dense"), filter=f,
                                  with_payload=True)
        elif mode == "sparse" or dense is None:
            if not use_sparse:
                return []
            req = qe.QueryRequest(limit=limit, query=qe.Query.Nearest(sv, using="bm25"), filter=f, with_payload=True)
        else:
            pre = max(limit * 4, 40)
            req = qe.QueryRequest(limit=limit, prefetches=[
                qe.Prefetch(limit=pre, query=qe.Query.Nearest(list(dense), using="dense"), filter=f),
                qe.Prefetch(limit=pre, query=qe.Query.Nearest(sv, using="bm25"), filter=f)],
                query=qe.Fusion.Rrf(k=60), with_payload=True)
        with self._mu:
            res = self.shard.query(req)
        return [Hit(str(r.id), float(r.score), dict(r.payload or {})) for r in res]

    def lookup(self, flt: Filter, limit: int | None = None) -> list[Hit]:
        out: list[Hit] = []
        offset: Any = None
        f = edge_filter(flt) if flt else None
        with self._mu:
            while True:
                page = 1000 if limit is None else min(1000, limit - len(out))
                res = self.shard.scroll(qe.ScrollRequest(offset=offset, limit=page, filter=f, with_payload=True,
                                                         with_vector=False))
                records, offset = res if isinstance(res, tuple) else (res, None)
                out.extend(Hit(str(r.id), 0.0, dict(r.payload or {})) for r in records)
                if offset is None or not records or (limit is not None and len(out) >= limit):
                    break
        return out

    def count(self, flt: Filter) -> int:
        with self._mu:
            return int(self.shard.count(qe.CountRequest(exact=True, filter=edge_filter(flt) if flt else None)))

    def close(self) -> None:
        with self._mu:
            if getattr(self, "shard", None) is not None:
                self.shard.flush()
                self.shard.close()
                self.shard = None
            if not self._lock_fh.closed:
                fcntl.flock(self._lock_fh, fcntl.LOCK_UN)
                self._lock_fh.close()
