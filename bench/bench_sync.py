"""Products synced per second from each platform's local fake API (a script, not a test).

For each platform, a fake store with N products (``tests/fakes/<platform>.py``, in-thread, on
127.0.0.1) is synced by :class:`rag_agent.sync.SyncRunner` into a fresh data directory with the real
embedding model and a Qdrant Edge store: a first (full) sync, then a re-sync with nothing changed.
Records per second count every product record written (Nuvemshop's per-language copies included).

Beside it, in the same run, the naive per-item baseline: read the same products through the same
connector and, one product at a time, embed it and upsert its point (no batching, no content hashes,
so a re-sync costs the same as the first). It runs on the first ``--baseline-items`` products and its
rate is per product, fetch included.

    python bench/bench_sync.py                                  # 10,000 products, all four platforms
    python bench/bench_sync.py --products 1000 --platforms shopify,nuvemshop
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors import registry  # noqa: E402
from ingestion.pipeline import point_id, product_payload, product_text  # noqa: E402
from rag_agent.embed import SentenceTransformerEmbedder  # noqa: E402
from rag_agent.service import Service  # noqa: E402
from rag_agent.settings import Settings  # noqa: E402
from rag_agent.store.base import Point  # noqa: E402
from rag_agent.sync import SyncRunner  # noqa: E402


def _shopify(n: int) -> tuple[Any, dict[str, str]]:
    from tests.fakes.shopify import ShopifyFake

    fake = ShopifyFake(products=n, orders=20)
    fake.start()
    return fake, {"shop": "fake-store.myshopify.com", "base_url": fake.base_url, "access_token": fake.token}


def _woocommerce(n: int) -> tuple[Any, dict[str, str]]:
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(products=n, orders=20)
    fake.start()
    return fake, {"url": fake.base_url, "consumer_key": fake.consumer_key, "consumer_secret": fake.consumer_secret}


def _nuvemshop(n: int) -> tuple[Any, dict[str, str]]:
    from tests.fakes.nuvemshop import NuvemshopFake

    # a roomy leaky bucket: the figure is our sync's speed, not the platform's pacing
    fake = NuvemshopFake(products=n, orders=20, bucket_size=100_000, leak_per_s=10_000)
    fake.start()
    return fake, {"store_id": fake.store_id, "access_token": fake.token, "user_agent": "RagAgent (bench@example.com)",
                  "base_url": fake.api_url, "pages_base_url": f"{fake.base_url}/2025-03/{fake.store_id}"}


def _lazada(n: int) -> tuple[Any, dict[str, str]]:
    from tests.fakes.lazada import LazadaFake

    fake = LazadaFake(products=n, orders=20)
    fake.start()
    return fake, {"app_key": fake.app_key, "app_secret": fake.app_secret, "access_token": fake.access_token,
                  "refresh_token": fake.refresh_token, "country": "sg", "base_url": fake.api_url,
                  "auth_url": fake.api_url}


FAKES: dict[str, Callable[[int], tuple[Any, dict[str, str]]]] = {
    "shopify": _shopify, "woocommerce": _woocommerce, "nuvemshop": _nuvemshop, "lazada": _lazada}


def naive(svc: Service, platform: str, config: dict[str, str], limit: int) -> float:
    """Per-item baseline: fetch, then embed and upsert one product at a time; products per second."""
    connector = registry.make_connector(platform, config)
    t0 = time.perf_counter()
    n = 0
    try:
        for p in connector.products():
            text = product_text(p)
            dense = svc.embedder.embed([text])[0]
            sparse = svc.sparse.encode_documents([text], "en")[0]
            payload = dict(product_payload(p), workspace_id="naive", source_id="naive", item_key=f"product:{p.id}",
                           content_hash=p.content_hash(), language="en", synced_at=time.time())
            svc.store.upsert([Point(point_id("naive", "naive", f"product:{p.id}"), dense.tolist(), sparse, payload)])
            n += 1
            if n >= limit:
                break
    finally:
        connector.close()
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--products", type=int, default=10_000)
    ap.add_argument("--platforms", default=",".join(FAKES))
    ap.add_argument("--baseline-items", type=int, default=300)
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    embedder = SentenceTransformerEmbedder()
    print(f"{args.products} products per store; real model {embedder.name}; Qdrant Edge; per-item baseline on "
          f"{args.baseline_items} products")
    print(f"{'platform':<12} {'records':>7} {'first sync':>16} {'no-change re-sync':>20} {'embedded':>9} "
          f"{'naive per-item':>16}")
    for platform in args.platforms.split(","):
        fake, config = FAKES[platform](args.products)
        tmp = Path(tempfile.mkdtemp(prefix=f"bench-sync-{platform}-"))
        svc = Service(Settings(data_dir=tmp), embedder=embedder)
        runner = SyncRunner(svc)
        try:
            svc.ensure_workspace("bench", "Bench")
            runner.connect("bench", "shop", platform, config)
            first = runner.sync("bench", "shop", full=True)
            second = runner.sync("bench", "shop")
            records = first.added
            base = naive(svc, platform, config, args.baseline_items)
            print(f"{platform:<12} {records:>7} {records / first.seconds:>9.1f} rec/s "
                  f"({first.seconds:>5.0f}s) {records / second.seconds:>9.1f} rec/s ({second.seconds:>5.1f}s) "
                  f"{second.embedded:>9} {base:>10.1f} rec/s", flush=True)
        finally:
            runner.close()
            svc.close()
            fake.stop()
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
