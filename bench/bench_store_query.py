"""Filtered hybrid query latency of the vector stores (a script, not a test).

Builds N points (384-d random unit vectors + BM25 vectors of synthetic product texts, two
workspaces, 20 sources, two kinds) in an ``EdgeStore``, then times filtered hybrid queries
(dense + BM25 prefetches, RRF) the way the answer engine sends them: workspace AND source list AND
kind list. Beside it, the same queries on ``QdrantServerStore`` over qdrant-client's local mode
(``QdrantClient(path=...)``), at a smaller size by default because local mode scans in Python.

    python bench/bench_store_query.py                      # 100k Edge, 20k local mode
    python bench/bench_store_query.py --points 20000 --queries 100
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rag_agent.sparse import Bm25Encoder  # noqa: E402
from rag_agent.store import EdgeStore, Point, QdrantServerStore  # noqa: E402

DIM = 384
BATCH = 1000
ADJ = "classic premium lightweight compact waterproof breathable insulated slim relaxed vintage organic durable".split()
COLOR = "black white red blue green navy olive grey beige pink yellow brown".split()
MATERIAL = "leather cotton wool linen denim steel bamboo nylon canvas suede silk ceramic".split()
PRODUCT = ("jacket shirt boots sneakers tent bottle stove socks pants backpack lamp watch sunglasses scarf "
           "hoodie sandals mug blanket pillow wallet belt hat gloves dress").split()
AUDIENCE = "men women kids unisex travel camping running hiking office summer winter".split()
MODEL = list("ABCDEFGH")
FEATURE = ("zip pockets adjustable straps machine washable quick dry recycled fabric gift box two year "
           "warranty free returns handmade fair trade vegan reflective details").split()


def product_texts(rng: np.random.Generator, n: int) -> list[str]:
    out = []
    for _ in range(n):
        f = rng.choice(FEATURE, 4)
        out.append(f"{rng.choice(ADJ)} {rng.choice(COLOR)} {rng.choice(MATERIAL)} {rng.choice(PRODUCT)} for "
                   f"{rng.choice(AUDIENCE)}. {' '.join(f)}. Model {rng.integers(100, 999)}{rng.choice(MODEL)}")
    return out


def unit(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.standard_normal((n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def build(store, n: int, enc: Bm25Encoder, seed: int = 0) -> float:
    rng = np.random.default_rng(seed)
    t = time.perf_counter()
    for b in range(0, n, BATCH):
        m = min(BATCH, n - b)
        dense = unit(rng, m).tolist()
        sparse = enc.encode_documents(product_texts(rng, m))
        store.upsert([Point(str(uuid.UUID(int=b + i + 1)), dense[i], sparse[i],
                            {"workspace_id": f"w{(b + i) % 2}", "source_id": f"s{(b + i) % 20}",
                             "kind": "product" if (b + i) % 3 else "chunk", "handle": f"item-{b + i}"})
                      for i in range(m)])
    return time.perf_counter() - t


def make_queries(enc: Bm25Encoder, n: int, seed: int = 1) -> list:
    rng = np.random.default_rng(seed)
    dense = unit(rng, n).tolist()
    words = ADJ + COLOR + MATERIAL + PRODUCT + AUDIENCE
    out = []
    for i in range(n):
        flt = {"workspace_id": "w1", "source_id": [f"s{j}" for j in range(1, 20, 2) if j != i % 20],
               "kind": ["product", "chunk"]}
        out.append((dense[i], enc.encode_query(" ".join(rng.choice(words, rng.integers(2, 5)))), flt))
    return out


def measure(store, queries, mode: str = "hybrid", limit: int = 10) -> tuple[float, float, float]:
    for dense, sparse, flt in queries[:10]:  # warm up caches
        store.query(dense, sparse, flt, limit, mode)
    lat = []
    empty = 0
    for dense, sparse, flt in queries:
        t = time.perf_counter()
        hits = store.query(dense, sparse, flt, limit, mode)
        lat.append((time.perf_counter() - t) * 1000)
        empty += not hits
    if empty:
        print(f"  warning: {empty} {mode} queries found nothing", file=sys.stderr)
    a = np.array(lat)
    return float(np.percentile(a, 50)), float(np.percentile(a, 95)), float(a.mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--points", type=int, default=100_000, help="points in the Edge store (default 100000)")
    ap.add_argument("--queries", type=int, default=200, help="queries timed on Edge (default 200)")
    ap.add_argument("--server-points", type=int, default=None,
                    help="points in the qdrant-client local-mode store (default min(points, 20000); 0 skips it)")
    ap.add_argument("--server-queries", type=int, default=None, help="queries timed on local mode "
                    "(default min(queries, 50))")
    a = ap.parse_args()
    server_points = min(a.points, 20_000) if a.server_points is None else a.server_points
    server_queries = min(a.queries, 50) if a.server_queries is None else a.server_queries
    enc = Bm25Encoder()
    queries = make_queries(enc, a.queries)
    tmp = Path(tempfile.mkdtemp(prefix="bench-store-query-"))
    rows: list[tuple] = []
    print(f"{os.cpu_count()} CPUs; {a.points} points in Edge, {server_points} in local mode; "
          f"filter: workspace (1 of 2) AND source (9 of 20) AND kind (2 of 2); limit 10", flush=True)
    try:
        edge = EdgeStore(tmp / "edge", DIM)
        build_s = build(edge, a.points, enc)
        t = time.perf_counter()
        edge.optimize()  # what a bulk import does at its end
        opt_s = time.perf_counter() - t
        print(f"Edge: built in {build_s:.1f}s (auto-optimize included), final optimize {opt_s:.1f}s", flush=True)
        for mode in ("hybrid", "dense", "sparse"):
            rows.append((f"EdgeStore {mode}", a.points, len(queries), *measure(edge, queries, mode)))
        edge.close()
        t = time.perf_counter()
        edge = EdgeStore(tmp / "edge", DIM)
        reopen_ms = (time.perf_counter() - t) * 1000
        rows.append(("EdgeStore hybrid, reopened", a.points, len(queries), *measure(edge, queries)))
        edge.close()
        if server_points:
            from qdrant_client import QdrantClient

            client = QdrantClient(path=str(tmp / "local"))
            server = QdrantServerStore(client, "bench", DIM)
            build_s = build(server, server_points, enc)
            print(f"local mode: built in {build_s:.1f}s", flush=True)
            rows.append(("QdrantServerStore (local mode) hybrid", server_points, server_queries,
                         *measure(server, queries[:server_queries])))
            client.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\n{'store / mode':<40}{'points':>9}{'queries':>9}{'p50 ms':>9}{'p95 ms':>9}{'mean ms':>9}")
    for name, n, q, p50, p95, mean in rows:
        print(f"{name:<40}{n:>9}{q:>9}{p50:>9.2f}{p95:>9.2f}{mean:>9.2f}")
    print(f"\nEdge reopen: {reopen_ms:.0f} ms")
    if server_points and server_points != a.points:
        print(f"note: local mode measured at {server_points} points (it scans in Python; {a.points} would take "
              f"too long), Edge at {a.points}.")


if __name__ == "__main__":
    main()
