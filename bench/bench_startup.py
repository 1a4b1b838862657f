"""Cold process times of `rag-agent` commands beside `python -c pass`.

Each command runs as a fresh process (``python -m rag_agent.cli ...``) several times; the table gives the
minimum and the median wall time, and whether the process loaded torch (the embedding model). Commands that
need no model should stay within 0.5 s; an unchanged re-import of a catalog (about 1,900 rows by default,
the demo catalog scaled up) should take a small share of its first import.

    python bench/bench_startup.py [--runs 5] [--rows 1900]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROBE = ("import runpy, sys\nsys.argv = ['rag-agent', *sys.argv[1:]]\n"
         "try:\n    runpy.run_module('rag_agent.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
         "print('MODEL' if 'torch' in sys.modules else 'NOMODEL', file=sys.stderr)\n")


def catalog(rows: int) -> bytes:
    """A Shopify export of ``rows`` products, each a copy of a demo product under a new handle."""
    import csv
    import io

    src = list(csv.DictReader(io.StringIO((REPO / "rag_agent" / "demo" / "products.csv").read_text())))
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(src[0]))
    w.writeheader()
    for i in range(rows):
        row = dict(src[i % len(src)])
        row["Handle"] = f"{row['Handle']}-{i}"
        row["Title"] = f"{row['Title']} {i}"
        w.writerow(row)
    return out.getvalue().encode()


def timed(args: list[str], env: dict[str, str], probe: bool = True) -> tuple[float, bool]:
    cmd = [sys.executable, "-c", PROBE, *args] if probe else [sys.executable, *args]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True)
    took = time.perf_counter() - t0
    return took, "MODEL" in r.stderr.split()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rows", type=int, default=1900)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, RAG_DATA_DIR=str(tmp / "empty"), HF_HUB_OFFLINE="1",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    env.pop("RAG_PROGRESS", None)
    rows = []

    def bench(label: str, argv: list[str], e: dict[str, str], probe: bool = True, runs: int = args.runs) -> None:
        times, loaded = [], False
        for _ in range(runs):
            t, m = timed(argv, e, probe)
            times.append(t)
            loaded |= m
        rows.append((label, min(times), statistics.median(times), "yes" if loaded else "no" if probe else "-"))

    bench("python -c pass", ["-c", "pass"], env, probe=False)
    bench("rag-agent --help", ["--help"], env)
    bench("rag-agent sources list (empty data dir)", ["sources", "list"], env)
    bench("rag-agent connections list", ["connections", "list"], env)

    csv_path = tmp / "catalog.csv"
    csv_path.write_bytes(catalog(args.rows))
    imp = dict(env, RAG_DATA_DIR=str(tmp / "import"))
    bench(f"rag-agent import shopify-csv ({args.rows} rows), first", ["import", "shopify-csv", str(csv_path)], imp,
          runs=1)
    bench(f"rag-agent import shopify-csv ({args.rows} rows), unchanged", ["import", "shopify-csv", str(csv_path)],
          imp)
    bench("rag-agent ask (loads the model)", ["ask", "Do you have a waterproof running jacket?"], imp, runs=max(1, args.runs // 2))

    print(f"{'command':<52} {'min s':>7} {'median s':>9}  model loaded")
    for label, lo, med, loaded in rows:
        print(f"{label:<52} {lo:7.2f} {med:9.2f}  {loaded}")
    first = next(r for r in rows if r[0].endswith("first"))[2]
    again = next(r for r in rows if r[0].endswith("unchanged"))[2]
    print(f"unchanged re-import / first import: {again / first:.0%}")


if __name__ == "__main__":
    main()
