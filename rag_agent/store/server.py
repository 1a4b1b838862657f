"""Scale-out backend: a Qdrant server or cluster through qdrant-client (same seam as the Edge store).

One collection holds every workspace (``workspace_id`` is a tenant-keyed payload index), with the
same vectors as :class:`rag_agent.store.edge.EdgeStore`: ``dense`` (cosine) and ``bm25`` (sparse,
``Modifier.IDF``). Hybrid queries are two filtered prefetches fused with ``Fusion.RRF``. Also runs
on qdrant-client's local mode (``QdrantClient(":memory:")`` or ``path=...``), which CI uses; local
mode has no payload indexes and scans, so it is for tests and small data only.
"""

from __future__ import annotations

import logging
import threading
import warnings
from typing import Any, Callable, Sequence, TypeVar

from qdrant_client import QdrantClient, models

from rag_agent.errors import StoreError
from rag_agent.store.base import Filter, Hit, Point, QueryMode, SparseVector

logger = logging.getLogger(__name__)

__all__ = ["QdrantServerStore", "server_filter"]

DENSE = "dense"
SPARSE = "bm25"
TENANT_FIELD = "workspace_id"
KEYWORD_FIELDS = ("source_id", "kind", "handle", "number", "content_hash", "item_key")
PREFETCH_FACTOR, PREFETCH_MIN = 4, 40
UPSERT_BATCH = 256

T = TypeVar("T")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _condition(key: str, value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        values = list(value)
        if all(isinstance(v, str) for v in values) or all(_is_int(v) for v in values):
            return models.FieldCondition(key=key, match=models.MatchAny(any=values))  # [] matches nothing
        return models.Filter(should=[_condition(key, v) for v in values])  # booleans or mixed types
    if isinstance(value, (str, int)):  # bool included: MatchValue keeps it a bool
        return models.FieldCondition(key=key, match=models.MatchValue(value=value))
    raise StoreError(f"filter on {key!r}: unsupported value {value!r} (use str, int, bool or a list of them)")


def server_filter(flt: Filter) -> models.Filter | None:
    """Our dict filter as a qdrant-client Filter (ANDed; a list value matches any item); None if empty."""
    if not flt:
        return None
    return models.Filter(must=[_condition(k, v) for k, v in flt.items()])


def _floats(v: Sequence[float]) -> list[float]:
    return v.tolist() if hasattr(v, "tolist") else list(v)


class QdrantServerStore:
    """VectorStore on one collection of a Qdrant server or cluster (or qdrant-client's local mode).

    The collection is created when missing, with the cluster options given; an existing one must
    have the same dense vector size. :meth:`close` closes the client only when this store created
    it (:meth:`from_url`); a client passed in belongs to the caller.
    """

    def __init__(self, client: QdrantClient, collection: str, dim: int, shard_number: int = 1,
                 replication_factor: int = 1, write_consistency_factor: int = 1, owns_client: bool = False) -> None:
        self.client = client
        self.collection = collection
        self.dim = dim
        self._owns_client = owns_client  # closed with the store: made by from_url
        self._closed = False
        self._mu = threading.RLock()
        try:
            exists = client.collection_exists(collection)
            if not exists:
                client.create_collection(
                    collection,
                    vectors_config={DENSE: models.VectorParams(size=dim, distance=models.Distance.COSINE)},
                    sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
                    shard_number=shard_number, replication_factor=replication_factor,
                    write_consistency_factor=write_consistency_factor)
        except Exception as exc:
            raise StoreError(f"cannot open or create the Qdrant collection {collection!r}: {exc}") from exc
        if exists:
            self._check_existing()
        else:
            self._create_indexes()

    @classmethod
    def from_url(cls, url: str, api_key: str | None, collection: str, dim: int,
                 **cluster_opts: Any) -> "QdrantServerStore":
        """Connect to ``url`` (``api_key`` may be None); ``cluster_opts``: shard_number,
        replication_factor, write_consistency_factor (used when the collection is created)."""
        client = QdrantClient(url=url, api_key=api_key)
        try:
            return cls(client, collection, dim, owns_client=True, **cluster_opts)
        except BaseException:
            client.close()
            raise

    def _check_existing(self) -> None:
        try:
            vectors = self.client.get_collection(self.collection).config.params.vectors
        except Exception as exc:
            raise StoreError(f"cannot read the Qdrant collection {self.collection!r}: {exc}") from exc
        params = vectors.get(DENSE) if isinstance(vectors, dict) else None
        if params is None or params.size != self.dim:
            have = "no 'dense' vector" if params is None else f"vector size {params.size}"
            raise StoreError(f"the Qdrant collection {self.collection!r} has {have}; this store needs "
                             f"'dense' of size {self.dim} (another embedding model?)")

    def _is_local(self) -> bool:
        opts = getattr(self.client, "init_options", None) or {}
        return opts.get("location") == ":memory:" or bool(opts.get("path"))

    def _create_indexes(self) -> None:
        specs: list[tuple[str, Any]] = [
            (TENANT_FIELD, models.KeywordIndexParams(type=models.KeywordIndexType.KEYWORD, is_tenant=True))]
        specs += [(f, models.PayloadSchemaType.KEYWORD) for f in KEYWORD_FIELDS]
        local = self._is_local()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # local mode warns that payload indexes do nothing there
            for name, schema in specs:
                try:
                    self.client.create_payload_index(self.collection, name, field_schema=schema, wait=True)
                except Exception as exc:
                    if not local:  # a server always supports them: a failure here is real
                        raise StoreError(f"cannot create the payload index {name!r} on the Qdrant collection "
                                         f"{self.collection!r}: {exc}") from exc
                    logger.debug("local mode: payload index %s not created: %s", name, exc)

    def _run(self, what: str, fn: Callable[[QdrantClient], T]) -> T:
        if self._closed:
            raise StoreError(f"the vector store (collection {self.collection!r}) is closed")
        try:
            return fn(self.client)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"Qdrant {what} on collection {self.collection!r} failed: {exc}") from exc

    # -- writes ---------------------------------------------------------------------------------
    def upsert(self, points: Sequence[Point]) -> None:
        """Insert or replace points by id (a replaced point loses its old payload and vectors)."""
        if not points:
            return
        pts = [models.PointStruct(id=p.id, vector={
            DENSE: _floats(p.dense),
            SPARSE: models.SparseVector(indices=list(p.sparse.indices), values=list(p.sparse.values))},
            payload=p.payload) for p in points]
        with self._mu:
            for i in range(0, len(pts), UPSERT_BATCH):
                batch = pts[i:i + UPSERT_BATCH]
                self._run("upsert", lambda c: c.upsert(self.collection, batch, wait=True))

    def delete(self, flt: Filter) -> None:
        """Delete every point matching ``flt``; an empty filter raises :class:`StoreError`."""
        if not flt:
            raise StoreError("refusing to delete with an empty filter (it would delete every point)")
        selector = models.FilterSelector(filter=server_filter(flt))
        with self._mu:
            self._run("delete", lambda c: c.delete(self.collection, selector, wait=True))

    def delete_ids(self, ids: Sequence[str]) -> None:
        """Delete points by id; unknown ids are ignored."""
        if ids:
            selector = models.PointIdsList(points=[str(i) for i in ids])
            with self._mu:
                self._run("delete", lambda c: c.delete(self.collection, selector, wait=True))

    # -- reads ----------------------------------------------------------------------------------
    def query(self, dense: Sequence[float] | None, sparse: SparseVector | None, flt: Filter, limit: int = 10,
              mode: QueryMode = "hybrid") -> list[Hit]:
        """Same semantics as :meth:`EdgeStore.query`."""
        if mode not in ("hybrid", "dense", "sparse"):
            raise ValueError(f"unknown query mode {mode!r}")
        if limit <= 0:
            return []
        f = server_filter(flt)
        has_dense = dense is not None and len(dense) > 0
        has_sparse = sparse is not None and len(sparse.indices) > 0
        if mode == "dense" and not has_dense:
            raise ValueError("a dense query needs a dense vector")
        if mode == "hybrid":
            mode = "hybrid" if has_dense and has_sparse else "dense" if has_dense else "sparse"
        if mode == "sparse" and not has_sparse:
            return []
        dq = _floats(dense) if mode != "sparse" else None
        sq = models.SparseVector(indices=list(sparse.indices), values=list(sparse.values)) \
            if mode != "dense" else None
        if mode == "hybrid":
            pre = max(limit * PREFETCH_FACTOR, PREFETCH_MIN)
            kwargs: dict[str, Any] = dict(
                prefetch=[models.Prefetch(query=dq, using=DENSE, filter=f, limit=pre),
                          models.Prefetch(query=sq, using=SPARSE, filter=f, limit=pre)],
                query=models.FusionQuery(fusion=models.Fusion.RRF))
        elif mode == "dense":
            kwargs = dict(query=dq, using=DENSE, query_filter=f)
        else:
            kwargs = dict(query=sq, using=SPARSE, query_filter=f)
        res = self._run("query", lambda c: c.query_points(self.collection, limit=limit, with_payload=True,
                                                          with_vectors=False, **kwargs))
        return [Hit(str(p.id), float(p.score), dict(p.payload or {})) for p in res.points]

    def lookup(self, flt: Filter, limit: int | None = None) -> list[Hit]:
        """Every point matching ``flt`` (at most ``limit``), ordered by id; score 0."""
        f = server_filter(flt)
        out: list[Hit] = []
        offset: Any = None
        while limit is None or len(out) < limit:
            page = 1000 if limit is None else min(1000, limit - len(out))
            records, offset = self._run("lookup", lambda c: c.scroll(
                self.collection, scroll_filter=f, limit=page, offset=offset, with_payload=True,
                with_vectors=False))
            out.extend(Hit(str(r.id), 0.0, dict(r.payload or {})) for r in records)
            if offset is None or not records:
                break
        return out

    def retrieve(self, ids: Sequence[str]) -> list[Point]:
        """Points by id with vectors and payloads (unknown ids skipped): copies without embedding again."""
        if not ids:
            return []
        records = self._run("retrieve", lambda c: c.retrieve(self.collection, [str(i) for i in ids],
                                                             with_payload=True, with_vectors=True))
        out = []
        for r in records:
            vectors = r.vector if isinstance(r.vector, dict) else {}
            sp = vectors.get(SPARSE)
            sparse = SparseVector(list(sp.indices), list(sp.values)) if sp is not None else SparseVector([], [])
            out.append(Point(str(r.id), list(vectors.get(DENSE) or []), sparse, dict(r.payload or {})))
        return out

    def count(self, flt: Filter) -> int:
        """How many points match ``flt`` (exact; an empty filter counts everything)."""
        f = server_filter(flt)
        return int(self._run("count", lambda c: c.count(self.collection, count_filter=f, exact=True)).count)

    def close(self) -> None:
        """Close the client if this store created it (``from_url``). Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._owns_client:
            try:
                self.client.close()
            except Exception as exc:
                raise StoreError(f"closing the Qdrant client failed: {exc}") from exc
