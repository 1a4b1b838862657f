"""The state layer's cost per request, on SQLite and PostgreSQL: what an answer reads before the engine runs
(the API key's workspace, the workspace, its sources: cached with the state version, and without the cache), what
one change costs (a source enabled or disabled: an UPDATE and the version raised), and an orders file of 1,000
orders stored (keyed hashes, one transaction). Each figure is the median of ``--repeat`` runs, in milliseconds.

    python bench/bench_state.py                                   # SQLite in a temporary directory
    scripts/with-postgres python bench/bench_state.py             # and a fresh PostgreSQL database
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(url: str, repeat: int, n_sources: int) -> dict[str, float]:
    from rag_agent.db import Database
    from rag_agent.state import State

    db = Database(url)
    state = State(db)
    try:
        ws, key = state.create_workspace("Bench shop", "paid", workspace_id="bench")
        ids = [state.add_source("bench", f"file-{i}.md", "file", meta={"parser": "markdown", "title": f"F{i}"}).id
               for i in range(n_sources)]

        def request_reads() -> None:
            state.workspace_for_key(key)
            state.get_workspace("bench")
            state.list_sources("bench")

        def uncached() -> None:
            state._sources.clear()  # noqa: SLF001 - the bench compares with the cache emptied on purpose
            state.list_sources("bench")

        flip = [False]

        def change() -> None:
            flip[0] = not flip[0]
            state.update_source("bench", ids[0], enabled=flip[0])

        orders = [{"number": str(5000 + i), "email": f"c{i}@shop.test", "phone": f"+34 600 {i:06d}",
                   "status": "shipped"} for i in range(1000)]
        src = state.add_source("bench", "orders.jsonl", "orders").id
        out = {
            "request reads (key, workspace, sources)": median_ms(request_reads, repeat),
            f"list_sources, cached ({n_sources} sources)": median_ms(lambda: state.list_sources("bench"), repeat),
            f"list_sources, not cached ({n_sources} sources)": median_ms(uncached, repeat),
            "one change (disable/enable a source)": median_ms(change, repeat),
            "1,000 orders stored": median_ms(lambda: state.put_orders("bench", src, iter(orders)), max(3, repeat // 20)),
        }
    finally:
        db.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--sources", type=int, default=30)
    args = ap.parse_args()
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        rows["SQLite"] = run(f"sqlite:///{Path(tmp) / 'state.sqlite3'}", args.repeat, args.sources)
    pg = os.environ.get("RAG_TEST_POSTGRES_URL")
    if pg:
        from tests.conftest import PostgresDatabases

        dbs = PostgresDatabases(pg)
        try:
            rows["PostgreSQL"] = run(dbs.new(), args.repeat, args.sources)
        finally:
            dbs.drop_all()
    names = list(next(iter(rows.values())))
    print(f"{'median ms':<44}" + "".join(f"{k:>12}" for k in rows))
    for name in names:
        print(f"{name:<44}" + "".join(f"{rows[k][name]:>12.3f}" for k in rows))


if __name__ == "__main__":
    main()
