"""Answer latency over HTTP on the demo store, and requests per second at concurrency 16, beside the peer.

Ours: `rag-agent serve --demo` in its own process, no model server; every request is a real HTTP call to
/v1/answer with a mix of product, stock, policy, order, recommendation and small-talk questions in six
languages. The peer: what an engineer would write with llama-index defaults and no model server: a FastAPI
app whose route runs `VectorStoreIndex.as_retriever()` (QdrantVectorStore on qdrant-client's local mode,
HuggingFaceEmbedding of the same model, one document per product and per page) and returns the top passage,
served by uvicorn in its own process in the same way. Both are measured by this one client process.

    pip install -e ".[bench]"
    python bench/bench_answer.py --requests 200 --seconds 15
"""


import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

QUESTIONS = [
    "How much is the Trail Runner Jacket?", "Is the Trail Runner Jacket in stock in M?",
    "What sizes does the Summit Down Parka come in?", "What is your return policy?",
    "How long does shipping take?", "Do you ship to Canada?", "Recommend a tent under $300",
    "¿Cuánto cuesta la Trail Runner Jacket?", "Qual é o prazo de devolução?", "Kargo ücreti ne kadar?",
    "Berapa harga Daypack 28L?", "Сколько стоит Compact Camp Stove?", "hi", "thanks!",
    "Where is order 5001? my email is ana.silva@example.com", "link to the carbon trekking poles?",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, log: Path, timeout: float = 300) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("server did not start")


def start_ours(root: Path) -> tuple[subprocess.Popen, str, dict[str, str]]:
    port = free_port()
    env = dict(os.environ, RAG_DATA_DIR=str(root / "ours"), HF_HUB_OFFLINE="1")
    log = root / "ours.log"
    proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", "serve", "--demo", "--port", str(port)],
                            env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_up(url, proc, log)
    key = (root / "ours" / "api-key").read_text().strip()
    return proc, url + "/v1/answer", {"Authorization": f"Bearer {key}"}


def start_peer(root: Path) -> tuple[subprocess.Popen, str, dict[str, str]]:
    port = free_port()
    log = root / "peer.log"
    proc = subprocess.Popen([sys.executable, __file__, "--peer-server", str(port), "--peer-dir", str(root / "peer")],
                            stdout=log.open("w"), stderr=subprocess.STDOUT, env=dict(os.environ, HF_HUB_OFFLINE="1"))
    url = f"http://127.0.0.1:{port}"
    wait_up(url, proc, log)
    return proc, url + "/answer", {}


def peer_server(port: int, folder: str) -> None:
    """The peer's app: llama-index defaults over the same demo store, retrieval only (no model server)."""
    import uvicorn
    from fastapi import FastAPI
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from llama_index.vector_stores.qdrant import QdrantVectorStore
    from pydantic import BaseModel
    from qdrant_client import QdrantClient

    from connectors.csv_import import import_shopify_csv
    from ingestion.pipeline import product_text
    from rag_agent.cli import demo_dir
    from rag_agent.embed import bundled_model_path

    demo = demo_dir()
    docs = [Document(text=product_text(p), metadata={"title": p.title})
            for p in import_shopify_csv((demo / "products.csv").read_text()).products]
    for name in ("policies.md", "faq.md"):
        for part in (demo / name).read_text().split("\n## "):
            docs.append(Document(text=part, metadata={"title": name}))
    embed = HuggingFaceEmbedding(model_name=str(bundled_model_path()), device="cpu")
    client = QdrantClient(path=folder)
    store = QdrantVectorStore(client=client, collection_name="demo")
    index = VectorStoreIndex.from_documents(docs, storage_context=StorageContext.from_defaults(vector_store=store),
                                            embed_model=embed)
    retriever = index.as_retriever(similarity_top_k=3)
    app = FastAPI()
    lock = threading.Lock()  # qdrant-client local mode is not safe for concurrent use

    class Ask(BaseModel):
        message: str

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok"}

    @app.post("/answer")
    def answer(body: Ask) -> dict:
        t = time.perf_counter()
        with lock:
            nodes = retriever.retrieve(body.message)
        return {"reply": nodes[0].get_content()[:300] if nodes else "", "latency_ms": (time.perf_counter() - t) * 1000}

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def sequential(url: str, headers: dict, n: int) -> list[float]:
    lat = []
    with httpx.Client(timeout=60) as c:
        for q in QUESTIONS * 2:  # warm-up
            c.post(url, json={"message": q}, headers=headers).raise_for_status()
        for i in range(n):
            t = time.perf_counter()
            c.post(url, json={"message": QUESTIONS[i % len(QUESTIONS)]}, headers=headers).raise_for_status()
            lat.append((time.perf_counter() - t) * 1000)
    return lat


def concurrent(url: str, headers: dict, workers: int, seconds: float) -> tuple[float, list[float], int]:
    lat: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    lock = threading.Lock()

    def run(k: int) -> None:
        nonlocal errors
        i = k
        with httpx.Client(timeout=60) as c:
            while time.perf_counter() < stop:
                t = time.perf_counter()
                r = c.post(url, json={"message": QUESTIONS[i % len(QUESTIONS)]}, headers=headers)
                with lock:
                    if r.status_code == 200:
                        lat.append((time.perf_counter() - t) * 1000)
                    else:
                        errors += 1
                i += 1

    t0 = time.perf_counter()
    threads = [threading.Thread(target=run, args=(k,)) for k in range(workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return len(lat) / (time.perf_counter() - t0), lat, errors


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))] if xs else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--peer-server", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--peer-dir", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.peer_server:
        return peer_server(a.peer_server, a.peer_dir)
    root = Path(tempfile.mkdtemp(prefix="bench-answer-"))
    results = {}
    for name, start in (("ours", start_ours), ("peer", start_peer)):
        if name == "peer" and a.no_peer:
            continue
        proc, url, headers = start(root)
        try:
            seq = sequential(url, headers, a.requests)
            rps, lat, errors = concurrent(url, headers, a.concurrency, a.seconds)
            results[name] = (seq, rps, lat, errors)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"\nanswer latency over HTTP, demo store ({a.requests} sequential requests; then {a.concurrency} "
          f"clients for {a.seconds:g} s)")
    print(f"  {'':34} {'ours':>12} {'peer (llama-index)':>20}")
    rows = [("sequential p50 (ms)", lambda r: statistics.median(r[0])),
            ("sequential p95 (ms)", lambda r: pct(r[0], 0.95)),
            (f"requests/s at concurrency {a.concurrency}", lambda r: r[1]),
            (f"p50 at concurrency {a.concurrency} (ms)", lambda r: statistics.median(r[2]) if r[2] else float("nan")),
            (f"p95 at concurrency {a.concurrency} (ms)", lambda r: pct(r[2], 0.95)),
            ("errors", lambda r: r[3])]
    for label, f in rows:
        peer = f"{f(results['peer']):.1f}" if "peer" in results else "n/a"
        print(f"  {label:34} {f(results['ours']):>12.1f} {peer:>20}")
    print("  (the peer only retrieves a passage: with no model server llama-index has no reply to write)")


if __name__ == "__main__":
    main()
