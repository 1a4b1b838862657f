"""Scale-out backend: a Qdrant server or cluster through qdrant-client (same seam as the Edge store)."""

from __future__ import annotations

import logging
import threading
from typing import Sequence

from qdrant_client import QdrantClient, models

from rag_agent.errors import StoreError
from rag_agent.store.base import Filter, Hit, Point, QueryMode, SparseVector

logger = logging.getLogger(__name__)


def server_filter(flt: Filter) -> models.Filter:
    must = []
    for key, value in flt.items():
        if isinstance(value, (list, tuple, set)):
            must.append(models.FieldCondition(key=key, match=models.MatchAny(any=list(value))))
        else:
            must.append(models.FieldCondition(key=key, match=models.MatchValue(value=value)))
    return models.Filter(must=must)


class QdrantServerStore:
    """VectorStore on one collection of a Qdrant server or cluster (or qdrant-client's local mode in tests)."""

    def __init__(self, client: QdrantClient, collection: str, dim: int, shard_number: int = 1,
                 replication_factor: int = 1, write_consistency_factor: int = 1) -> None:
        self.client = client
        self.collection = collection
        self.dim = dim
        self._mu = threading.RLock()
        if not client.collection_exists(collection):
            client.create_collection(
                collection,
                vectors_config={"dense": models.VectorParams(size=dim, distance=models.Distance.COSINE)},
                sparse_vectors_config={"bm25": models.SparseVectorParams(modifier=models.Modifier.IDF)},
                shard_number=shard_number, replication_factor=replication_factor,
                write_consistency_factor=write_consistency_factor)
            try:
                client.create_payload_index(collection, "workspace_id", models.KeywordIndexParams(
                    type=models.KeywordIndexType.KEYWORD, is_tenant=True))
                for f in ("source_id", "kind", "handle", "item_key"):
                    client.create_payload_index(collection, f, models.PayloadSchemaType.KEYWORD)
            except Exception as exc:  # local mode has no payload indexes; a server always does
                logger.debug("payload index not created: %s", exc)

    @classmethod
    def from_url(cls, url: str, api_key: str | None, collection: str, dim: int, **cluster) -> "QdrantServerStore":
        return cls(QdrantClient(url=url, api_key=api_key), collection, dim, **cluster)

    def upsert(self, points: Sequence[Point]) -> None:
        if not points:
            return
        pts = [models.PointStruct(id=p.id, vector={"dense": list(p.dense), "bm25": models.SparseVector(
            indices=p.sparse.indices, values=p.sparse.values)}, payload=p.payload) for p in points]
        with self._mu:
            self.client.upsert(self.collection, pts, wait=True)

    def delete(self, flt: Filter) -> None:
        if not flt:
            raise StoreError("refusing to delete with an empty filter")
        with self._mu:
            self.client.delete(self.collection, models.FilterSelector(filter=server_filter(flt)), wait=True)

    def delete_ids(self, ids: Sequence[str]) -> None:
        if ids:
            with self._mu:
                self.client.delete(self.collection, models.PointIdsList(points=list(ids)), wait=True)

    def query(self, dense: Sequence[float] | None, sparse: SparseVector | None, flt: Filter, limit: int = 10,
              mode: QueryMode = "hybrid") -> list[Hit]:
        f = server_filter(flt)
        use_sparse = sparse is not None and bool(sparse.indices)
        sv = models.SparseVector(indices=sparse.indices, values=sparse.values) if use_sparse else None
        with self._mu:
            if mode == "dense" or (mode == "hybrid" and not use_sparse):
                res = self.client.query_points(self.collection, query=list(dense), using="dense", query_filter=f,
                                               limit=limit, with_payload=True)
            elif mode == "sparse" or dense is None:
                if not use_sparse:
                    return []
                res = self.client.query_points(self.collection, query=sv, using="bm25", query_filter=f,
                                               limit=limit, with_payload=True)
            else:
                pre = max(limit * 4, 40)
                res = self.client.query_points(
                    self.collection,
                    prefetch=[models.Prefetch(query=list(dense), using="dense", filter=f, limit=pre),
                              models.Prefetch(query=sv, using="bm25", filter=f, limit=pre)],
                    query=models.FusionQuery(fusion=models.Fusion.RRF), limit=limit, with_payload=True)
        return [Hit(str(p.id), float(p.score), dict(p.payload or {})) for p in res.points]

    def lookup(self, flt: Filter, limit: int | None = None) -> list[Hit]:
        out: list[Hit] = []
        offset = None
        with self._mu:
            while True:
                page = 1000 if limit is None else min(1000, limit - len(out))
                records, offset = self.client.scroll(self.collection, scroll_filter=server_filter(flt) if flt else None,
                                                     limit=page, offset=offset, with_payload=True, with_vectors=False)
                out.extend(Hit(str(r.id), 0.0, dict(r.payload or {})) for r in records)
                if offset is None or not records or (limit is not None and len(out) >= limit):
                    break
        return out

    def count(self, flt: Filter) -> int:
        with self._mu:
            return self.client.count(self.collection, count_filter=server_filter(flt) if flt else None,
                                     exact=True).count

    def close(self) -> None:
        self.client.close()
