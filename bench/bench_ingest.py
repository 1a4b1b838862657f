"""Catalog ingest: our import (Qdrant Edge, content hashes) beside the llama-index peer, in one process.

The peer is what an engineer would write with llama-index defaults: one `Document` per product,
`VectorStoreIndex.from_documents` over a `QdrantVectorStore` on qdrant-client's local mode, and a
`HuggingFaceEmbedding` of the same all-MiniLM-L6-v2 files. Both read the same CSV with the same parser, so
the difference is embedding, indexing and skipping unchanged items.

Catalogs: (1) a Shopify product CSV with at least 2,000 variants (the demo store's products widened to
--products products of 6 size/colour variants each); (2) a synthetic catalog of --big products.

    pip install llama-index-vector-stores-qdrant llama-index-embeddings-huggingface   # the peer only
    python bench/bench_ingest.py --products 400 --big 10000
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import tempfile
import time
from pathlib import Path

from connectors.csv_import import import_shopify_csv
from ingestion.pipeline import product_text
from rag_agent.cli import demo_dir
from rag_agent.embed import SentenceTransformerEmbedder, bundled_model_path
from rag_agent.service import Service
from rag_agent.settings import Settings

SIZES, COLORS = ("S", "M", "L"), ("Black", "Blue")
ADJ = ("Alpine", "Coastal", "Urban", "Summit", "Desert", "Forest", "Harbor", "Canyon", "Glacier", "Prairie")


def widened_csv(n_products: int, variants: bool = True) -> bytes:
    """The demo catalog's rows, renamed and repeated to n products (6 variants each, or 1)."""
    rows = list(csv.DictReader(io.StringIO((demo_dir() / "products.csv").read_text())))
    firsts = [r for r in rows if r["Title"]]
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
    w.writeheader()
    for i in range(n_products):
        base = firsts[i % len(firsts)]
        title = f"{ADJ[i % len(ADJ)]} {base['Title']} {i}"
        handle = f"{base['Handle']}-{i}"
        combos = [(s, c) for s in SIZES for c in COLORS] if variants else [(None, None)]
        for j, (size, color) in enumerate(combos):
            r = dict(base) if j == 0 else {k: "" for k in base}
            r.update({"Handle": handle, "Variant SKU": f"SKU-{i}-{j}", "Variant Price": f"{20 + (i * 7 + j) % 180}.00",
                      "Variant Inventory Tracker": "shopify", "Variant Inventory Qty": str((i + j) % 40),
                      "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                      "Variant Compare At Price": ""})
            if j == 0:
                r["Title"] = title
            if size:
                r.update({"Option1 Name": "Size" if j == 0 else "", "Option1 Value": size,
                          "Option2 Name": "Color" if j == 0 else "", "Option2 Value": color,
                          "Option3 Name": "", "Option3 Value": ""})
            else:
                r.update({"Option1 Name": "Title", "Option1 Value": "Default Title", "Option2 Name": "",
                          "Option2 Value": "", "Option3 Name": "", "Option3 Value": ""})
            w.writerow(r)
    return out.getvalue().encode()


def ours(data: bytes, embedder, root: Path) -> tuple[float, float, dict]:
    svc = Service(Settings(data_dir=root / "ours"), embedder=embedder)
    try:
        svc.ensure_workspace("bench", "Bench", plan="paid")
        t = time.perf_counter()
        first = svc.add_catalog("bench", data, "products.csv")
        t_first = time.perf_counter() - t
        t = time.perf_counter()
        again = svc.add_catalog("bench", data, "products.csv", source_id=first.source.id)
        t_again = time.perf_counter() - t
        return t_first, t_again, {"first": first.stats.as_dict(), "again": again.stats.as_dict()}
    finally:
        svc.close()


def peer(data: bytes, root: Path) -> tuple[float, float]:
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from llama_index.vector_stores.qdrant import QdrantVectorStore
    from qdrant_client import QdrantClient

    embed = HuggingFaceEmbedding(model_name=str(bundled_model_path()), device="cpu")
    client = QdrantClient(path=str(root / "peer"))
    times = []
    try:
        for _ in range(2):  # first import, then the same catalog again: the defaults embed it all again
            t = time.perf_counter()
            products = import_shopify_csv(data.decode()).products
            docs = [Document(text=product_text(p), doc_id=p.id,
                             metadata={"title": p.title, "handle": p.handle, "price": p.variants[0].price})
                    for p in products]
            store = QdrantVectorStore(client=client, collection_name="products")
            ctx = StorageContext.from_defaults(vector_store=store)
            VectorStoreIndex.from_documents(docs, storage_context=ctx, embed_model=embed)
            times.append(time.perf_counter() - t)
    finally:
        client.close()
    return times[0], times[1]


def row(label: str, n_items: int, variants: int, o: tuple, p: tuple | None) -> None:
    o_first, o_again, stats = o
    print(f"\n{label}: {n_items} products, {variants} variants")
    print(f"  {'':28} {'ours (Edge)':>14} {'peer (llama-index)':>20}")
    pf = f"{p[0]:.2f} s" if p else "n/a"
    pa = f"{p[1]:.2f} s" if p else "n/a"
    print(f"  {'first import':28} {o_first:>12.2f} s {pf:>20}")
    print(f"  {'re-import, unchanged':28} {o_again:>12.3f} s {pa:>20}")
    print(f"  {'first import rate':28} {n_items / o_first:>10.0f} p/s "
          f"{(f'{n_items / p[0]:.0f} p/s' if p else 'n/a'):>20}")
    print(f"  re-import / first import (ours): {100 * o_again / o_first:.2f}%   embedded on re-import: "
          f"{stats['again']['embedded']}")
    if p:
        print(f"  first-import speed-up over the peer: {p[0] / o_first:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--products", type=int, default=400, help="products of 6 variants in catalog 1")
    ap.add_argument("--big", type=int, default=10_000, help="products in the synthetic catalog 2 (0: skip)")
    ap.add_argument("--no-peer", action="store_true")
    a = ap.parse_args()
    embedder = SentenceTransformerEmbedder()
    embedder.embed(["warm up"])
    catalogs = [("catalog with variants", widened_csv(a.products), a.products, a.products * 6)]
    if a.big:
        catalogs.append(("synthetic catalog", widened_csv(a.big, variants=False), a.big, a.big))
    for label, data, n, nv in catalogs:
        root = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
        try:
            o = ours(data, embedder, root)
            p = None if a.no_peer else peer(data, root)
            row(label, n, nv, o, p)
        finally:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
