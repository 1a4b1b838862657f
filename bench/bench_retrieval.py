"""Filtered hybrid retrieval latency: our Qdrant Edge store beside the peer's qdrant-client local mode.

Both stores get the same points (384-d unit vectors, BM25 vectors of synthetic product texts, two
workspaces) and the same filtered hybrid (dense + BM25, RRF) queries, in this one process.

    python bench/bench_retrieval.py --points 100000 --peer-points 20000 --queries 200
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np
from qdrant_client import QdrantClient

from rag_agent.sparse import Bm25Encoder
from rag_agent.store import EdgeStore, Point, QdrantServerStore

WORDS = ("jacket shirt boots tent bottle stove socks pants bag lamp watch phone laptop perfume sunglasses "
         "black red blue green waterproof leather cotton wool steel men women kids travel camping running "
         "summer winter classic premium lightweight compact").split()


def build(store, n: int, enc: Bm25Encoder, rng) -> None:
    for b in range(0, n, 1000):
        m = min(1000, n - b)
        dense = rng.standard_normal((m, 384)).astype(np.float32)
        dense /= np.linalg.norm(dense, axis=1, keepdims=True)
        texts = [" ".join(rng.choice(WORDS, 12)) for _ in range(m)]
        sparse = enc.encode_documents(texts)
        store.upsert([Point(str(uuid.UUID(int=b + i + 1)), dense[i].tolist(), sparse[i],
                            {"workspace_id": f"w{(b + i) % 2}", "source_id": f"s{(b + i) % 20}", "kind": "chunk"})
                      for i in range(m)])


def measure(store, queries) -> tuple[float, float]:
    lat = []
    for dense, sparse in queries:
        t = time.perf_counter()
        store.query(dense, sparse, {"workspace_id": "w1", "source_id": [f"s{i}" for i in range(1, 20, 2)]}, 10)
        lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    return statistics.median(lat), lat[int(len(lat) * 0.95) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--points", type=int, default=100_000)
    ap.add_argument("--peer-points", type=int, default=20_000, help="local mode is too slow to query at 100k")
    ap.add_argument("--queries", type=int, default=200)
    a = ap.parse_args()
    enc, rng = Bm25Encoder(), np.random.default_rng(0)
    queries = []
    for _ in range(a.queries):
        v = rng.standard_normal(384).astype(np.float32)
        queries.append(((v / np.linalg.norm(v)).tolist(), enc.encode_query(" ".join(rng.choice(WORDS, 3)))))
    tmp = Path(tempfile.mkdtemp(prefix="bench-retrieval-"))
    rows = []
    try:
        edge = EdgeStore(tmp / "edge", 384)
        t = time.perf_counter()
        build(edge, a.points, enc, rng)
        edge.shard.optimize()
        build_s = time.perf_counter() - t
        measure(edge, queries[:10])
        rows.append(("rag-agent: Qdrant Edge", a.points, build_s, *measure(edge, queries)))
        edge.close()
        peer = QdrantServerStore(QdrantClient(path=str(tmp / "local")), "peer", 384)
        t = time.perf_counter()
        build(peer, a.peer_points, enc, rng)
        build_s = time.perf_counter() - t
        rows.append(("peer: qdrant-client local mode", a.peer_points, build_s,
                     *measure(peer, queries[: max(20, a.queries // 10)])))
        peer.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'store':<34}{'points':>9}{'build s':>9}{'p50 ms':>10}{'p95 ms':>10}")
    for name, n, b, p50, p95 in rows:
        print(f"{name:<34}{n:>9}{b:>9.1f}{p50:>10.2f}{p95:>10.2f}")
    print(f"speed-up at p50: {rows[1][3] / rows[0][3]:.0f}x (peer measured at {a.peer_points} points, "
          f"ours at {a.points})")


if __name__ == "__main__":
    main()
