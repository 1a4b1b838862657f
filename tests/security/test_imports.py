"""Crash-safe catalog imports (issue 12, item 5).

A catalog import writes its products as a new generation beside the live one and switches in one SQLite
update, so a real `rag-agent import` killed with SIGKILL at any moment leaves the previous catalog answering
and no partial source; importing the same file name again replaces that source (identical bytes: a no-op
that says so) instead of adding a second copy.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.security.payloads import product_title, shopify_catalog

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


# -- over HTTP: the same name replaces -------------------------------------------------------------

def test_importing_the_same_file_name_again_replaces_that_source(sec_server):
    b = sec_server.client("B")

    def post(path: str, name: str, data: bytes):
        r = b.post(path, files={"file": (name, io.BytesIO(data))})
        assert r.status_code in (200, 201), r.text
        return r

    def named(name: str) -> list[dict]:
        return [s for s in b.get("/v1/sources").json() if s["name"] == name]

    v1 = shopify_catalog(12, price=lambda i: 20 + i, prefix="re")
    first = post("/v1/catalog/import", "reimport.csv", v1)
    assert first.status_code == 201 and first.json()["status"] == "created"
    sid = first.json()["source"]["id"]

    again = post("/v1/catalog/import", "reimport.csv", v1)
    assert again.status_code == 200, again.text
    body = again.json()
    assert body["status"] == "unchanged" and "identical" in body["detail"] and body["stats"]["embedded"] == 0
    assert body["source"]["id"] == sid and len(named("reimport.csv")) == 1

    v2 = shopify_catalog(12, price=lambda i: 70 + i, prefix="re")
    replaced = post("/v1/catalog/import", "reimport.csv", v2)
    assert replaced.status_code == 200 and replaced.json()["status"] == "replaced"
    assert replaced.json()["source"]["id"] == sid and replaced.json()["stats"]["updated"] == 12
    assert [s["items"] for s in named("reimport.csv")] == [12]
    reply = b.post("/v1/answer", json={"message": f"How much is the {product_title(3)}?"}).json()["reply"]
    assert "73.00" in reply and "23.00" not in reply

    # the generic upload route does the same for knowledge files
    post("/v1/sources", "care-b.md", b"# Care\n\nWash the tent with cold water.")
    second = post("/v1/sources", "care-b.md", b"# Care\n\nWash the tent with lukewarm water only.")
    assert second.json()["status"] == "replaced" and len(named("care-b.md")) == 1
    # and a catalog upload through it as well
    assert post("/v1/sources", "reimport.csv", v2).json()["status"] == "unchanged"
    assert len(named("reimport.csv")) == 1


# -- a real `rag-agent import` killed with SIGKILL -------------------------------------------------

def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, RAG_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1", RAG_PROGRESS="1",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    env.pop("RAG_ADMIN_KEY", None)
    return env


def rag(data_dir: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "rag_agent.cli", *args], env=_env(data_dir), capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def import_killed_at(data_dir: Path, csv_path: Path, at: int, timeout: float = 600) -> int:
    """Run `rag-agent import shopify-csv` and SIGKILL it once its progress bar passes ``at`` items.

    Returns the last progress count seen (the kill lands while it writes the next batch)."""
    proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", "import", "shopify-csv", str(csv_path)],
                            env=_env(data_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = [0]
    buffer = bytearray()

    def read() -> None:
        while chunk := os.read(proc.stderr.fileno(), 4096):
            buffer.extend(chunk)
            counts = re.findall(rb"(\d+)(?:/\d+)? items \[", bytes(buffer[-400:]))
            if counts:
                seen[0] = int(counts[-1])

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.time() + timeout
    while seen[0] < at:
        if proc.poll() is not None:
            tail = bytes(buffer[-1500:]).decode(errors="replace")
            raise AssertionError(f"the import ended before {at} items: {tail}")
        if time.time() > deadline:
            proc.kill()
            raise AssertionError("the import made no progress")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join(5)
    return seen[0]


def sources(data_dir: Path) -> list[dict]:
    return json.loads(rag(data_dir, "sources", "list", "--json").stdout)


def ask(data_dir: Path, question: str) -> str:
    return json.loads(rag(data_dir, "ask", question, "--json").stdout)["reply"]


def points(data_dir: Path) -> int:
    """Points of the default workspace in the embedded store (no process holds it when this runs)."""
    from rag_agent.store.edge import EdgeStore

    (path,) = [p for p in (data_dir / "qdrant").iterdir() if p.is_dir()]
    store = EdgeStore(path, 384)
    try:
        return store.count({"workspace_id": "default"})
    finally:
        store.close()


def test_a_catalog_import_killed_at_any_moment_keeps_the_previous_catalog(tmp_path):
    data = tmp_path / "data"
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    v1, v2 = tmp_path / "v1" / "shop.csv", tmp_path / "v2" / "shop.csv"
    v1.write_bytes(shopify_catalog(20, price=lambda i: 10 + i))
    v2.write_bytes(shopify_catalog(700, price=lambda i: 500 + i))  # every product changes: all re-embedded
    rag(data, "import", "shopify-csv", str(v1))
    question = f"How much is the {product_title(2)}?"
    assert "12.00" in ask(data, question)

    for at in (100, 600):  # killed after its first batch, and near its end
        seen = import_killed_at(data, v2, at)
        listed = sources(data)  # this command opens the data directory: it finishes or undoes the killed work
        print(f"\nkilled after {seen} of 700 products: sources {[(s['name'], s['items']) for s in listed]}")
        assert [(s["name"], s["items"]) for s in listed] == [("shop.csv", 20)]
        reply = ask(data, question)
        assert "12.00" in reply and "502.00" not in reply, reply
        assert points(data) == 20  # no half-written generation left behind

    rag(data, "import", "shopify-csv", str(v2))  # run again: it completes
    assert [(s["name"], s["items"]) for s in sources(data)] == [("shop.csv", 700)]
    assert "502.00" in ask(data, question)
    assert points(data) == 700

    again = rag(data, "import", "shopify-csv", str(v2))  # identical bytes: a no-op that says so
    assert "identical" in again.stdout and "nothing changed" in again.stdout

    fresh = tmp_path / "fresh.csv"  # a new catalog killed half way leaves no source at all
    fresh.write_bytes(shopify_catalog(400, prefix="fresh"))
    import_killed_at(data, fresh, 100)
    assert [s["name"] for s in sources(data)] == ["shop.csv"]
    assert points(data) == 700


# -- the moments between the steps, rebuilt exactly -----------------------------------------------

def test_reopening_finishes_or_undoes_an_import_killed_between_its_steps(tmp_path):
    """A kill can land after the new generation is written but before the switch, or after the switch but
    before the old generation is deleted; these states are rebuilt step by step and the data directory is
    reopened, as the next command or server start does."""
    from ingestion.pipeline import generation_ids
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    settings = Settings(data_dir=tmp_path / "data")

    def open_service() -> Service:
        svc = Service(settings, embedder=HashEmbedder())
        svc.ensure_workspace("w", "Shop")
        return svc

    def products(data: bytes):
        from connectors.csv_import import import_catalog_csv

        return svc.indexer.product_items(import_catalog_csv(data.decode()).products)

    svc = open_service()
    first = svc.add_catalog("w", shopify_catalog(10, price=lambda i: 10 + i), "cat.csv").source
    a, b = generation_ids(first.id)
    assert first.meta["generation"] == a and svc.store.count({"workspace_id": "w", "source_id": a}) == 10

    # 1. killed after writing generation b, before the switch
    svc.state.add_pending_write("w", first.id, b)
    svc.indexer.upsert_items("w", b, products(shopify_catalog(15, price=lambda i: 90 + i)))
    svc.close()
    svc = open_service()
    assert svc.store.count({"workspace_id": "w", "source_id": b}) == 0
    assert svc.store.count({"workspace_id": "w", "source_id": a}) == 10
    assert svc.state.get_source("w", first.id).meta["generation"] == a and svc.state.pending_writes() == []
    assert "12.00" in svc.answer("w", f"How much is the {product_title(2)}?").reply

    # 2. killed after the switch to b, before generation a was deleted
    svc.state.add_pending_write("w", first.id, b)
    svc.indexer.upsert_items("w", b, products(shopify_catalog(15, price=lambda i: 90 + i)))
    svc.state.update_source("w", first.id, items=15, meta=dict(first.meta, generation=b))
    svc.close()
    svc = open_service()
    assert svc.store.count({"workspace_id": "w", "source_id": a}) == 0
    assert svc.store.count({"workspace_id": "w"}) == 15
    assert svc.state.pending_writes() == []
    assert "92.00" in svc.answer("w", f"How much is the {product_title(2)}?").reply

    # 3. a new source killed before it was published: its points go, no source appears
    svc.state.add_pending_write("w", "src_killed", generation_ids("src_killed")[0])
    svc.indexer.upsert_items("w", generation_ids("src_killed")[0], products(shopify_catalog(5, prefix="k")))
    svc.close()
    svc = open_service()
    assert svc.store.count({"workspace_id": "w"}) == 15
    assert [s.name for s in svc.state.list_sources("w")] == ["cat.csv"]
    svc.close()
