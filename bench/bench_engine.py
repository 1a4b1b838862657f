"""Answer latency of the engine in-process, beside the engine this project had before v2, in the same run.

Both engines answer the same messages (the demo store's generated evaluation set: 252 questions in six languages,
with their histories and personas) on the same demo store, in-process, with no model server. The old engine is
the tree of commit ``BASELINE`` (the last one before the v2 read path), exported with ``git archive`` into a
temporary folder and run by this same script in a child process, so the code measured is the only difference.
Each engine answers every message once to warm its caches, then ``--passes`` times measured; concurrency:
16 threads sharing one service.

    python bench/bench_engine.py [--passes 3] [--baseline COMMIT]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASELINE = "1f78eac"  # main before answer engine v2


def _cases() -> list[dict]:
    path = REPO / "eval" / "sets" / "demo-generated" / "questions.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(passes: int) -> dict:
    """Run in the engine's own tree: latency percentiles and threaded throughput on the demo store."""
    try:
        from rag_agent.cli_base import demo_dir
    except ImportError:  # the baseline tree, before the CLI was split
        from rag_agent.cli import demo_dir
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-engine-"))))
    svc.ensure_workspace("demo", "Demo", plan="paid")
    svc.load_store_dir("demo", demo_dir())
    cases = _cases()

    def one(c: dict) -> float:
        t = time.perf_counter()
        svc.answer("demo", c["message"], c.get("history"), c.get("agent"))
        return (time.perf_counter() - t) * 1000

    for c in cases:  # warm caches
        one(c)
    lat = [one(c) for _ in range(passes) for c in cases]
    lat.sort()
    done = [0]
    stop = time.time() + 5.0

    def worker(k: int) -> None:
        i = k
        while time.time() < stop:
            one(cases[i % len(cases)])
            done[0] += 1
            i += 16

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(16)]
    t0 = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rps = done[0] / (time.time() - t0)
    svc.close()
    return {"n": len(lat), "p50": statistics.median(lat), "p95": lat[int(0.95 * len(lat)) - 1],
            "max": lat[-1], "rps16": rps}


def _old_tree(commit: str) -> Path:
    root = Path(tempfile.mkdtemp(prefix="bench-old-"))
    data = subprocess.run(["git", "-C", str(REPO), "archive", commit, "rag_agent", "ingestion", "connectors", "eval"],
                          check=True, capture_output=True).stdout
    tar = root / "old.tar"
    tar.write_bytes(data)
    with tarfile.open(tar) as t:
        t.extractall(root)
    return root


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--baseline", default=BASELINE)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(measure(a.passes)))
        return
    results = {}
    for name, path in (("engine v2 (this tree)", REPO), (f"old engine ({a.baseline})", _old_tree(a.baseline))):
        env = dict(os.environ, PYTHONPATH=str(path), HF_HUB_OFFLINE="1", RAG_DATA_DIR=tempfile.mkdtemp())
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", "--passes", str(a.passes)],
                             env=env, capture_output=True, text=True, cwd=str(path))
        if out.returncode != 0:
            raise SystemExit(f"{name} failed:\n{out.stderr[-3000:]}")
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"{'engine':<32} {'answers':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s @16':>10}")
    for name, r in results.items():
        print(f"{name:<32} {r['n']:>8} {r['p50']:>8.2f} {r['p95']:>8.2f} {r['max']:>8.1f} {r['rps16']:>10.0f}")


if __name__ == "__main__":
    main()
