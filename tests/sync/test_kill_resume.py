"""kill -9 in the middle of `rag-agent sync`, then run it again: the index converges to a clean sync's.

A real CLI process syncs from a real fake-platform process (Nuvemshop, slowed by its leaky bucket) and is
killed with SIGKILL once its progress shows a batch written. Meanwhile answers must still quote the
previous data; after the next run the live index equals that of a clean sync of the same store (point
ids, content hashes, counts), with nothing duplicated and nothing lost.
"""

from __future__ import annotations

import re
import signal
import time

import pytest

from tests.sync.procs import FakeProcess, Streaming, cli_env, rag

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TOKEN = "tn-test-token"
CONNECT = ["connect", "nuvemshop", "shop", "--opt", "store_id=1234", "--opt", "user_agent=RagAgent (t@example.com)",
           "--opt", "per_page=20", "--opt", "min_remaining=1", "--secret", "access_token=env:TN_TOKEN",
           "--secret", "webhook_secret=tn-app-secret"]


def live_index(svc, ws="default"):
    """{point id: (item key, content hash)} of what answers read, and the total number of points."""
    out = {}
    for src in svc.state.list_sources(ws):
        gen = src.meta.get("generation")
        if gen:
            for h in svc.store.lookup({"workspace_id": ws, "source_id": gen}):
                out[h.id] = (h.payload["item_key"], h.payload["content_hash"])
    return out, svc.store.count({"workspace_id": ws})


def prices(svc, ws="default"):
    out = {}
    for src in svc.state.list_sources(ws):
        gen = src.meta.get("generation")
        if gen:
            for h in svc.store.lookup({"workspace_id": ws, "source_id": gen, "kind": "product"}):
                out[h.payload["product_id"]] = (h.payload["title"], h.payload["price_min"])
    return out


def open_service(data_dir, embedder):
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    return Service(Settings(data_dir=data_dir), embedder=embedder)


def test_kill_9_mid_sync_then_resume_converges(tmp_path, embedder, monkeypatch):
    fake = FakeProcess("nuvemshop", "--products", "60", "--orders", "5", "--bucket-size", "2",
                       "--leak-rate", "4")
    try:
        data = tmp_path / "data"
        env = cli_env(data, TN_TOKEN=TOKEN)
        r = rag(env, *CONNECT, "--opt", f"base_url={fake.url}")
        assert r.returncode == 0, r.stderr
        r = rag(env, "sync", "shop")
        assert r.returncode == 0, r.stderr
        assert re.search(r"shop: \d+ added, 0 updated", r.stdout), r.stdout

        svc = open_service(data, embedder)
        before = prices(svc)
        svc.close()
        ids = sorted(before, key=lambda x: int(x.split(":")[0]))
        assert len(ids) > 64
        for pid in {x.split(":")[0] for x in ids}:  # every product gets a new price upstream
            fake.control("set_price", product_id=pid, price=500.0 + int(pid) % 100)
        gone = ids[-1].split(":")[0]
        fake.control("delete_product", product_id=gone)

        run = Streaming(env, "sync", "shop", "--full")
        deadline = time.time() + 240
        while time.time() < deadline and run.proc.poll() is None:
            done = [int(n) for n in re.findall(r"(\d+)(?:/\d+)? items", run.stderr)]
            if done and max(done) >= 64:
                break
            time.sleep(0.05)
        assert run.proc.poll() is None, "the sync finished before it could be killed: " + run.stderr[-500:]
        run.proc.send_signal(signal.SIGKILL)
        assert run.proc.wait(timeout=30) == -signal.SIGKILL

        svc = open_service(data, embedder)
        try:
            # the killed run wrote part of the next generation, but answers still read the previous one
            assert prices(svc) == before
            staged = sum(svc.store.count({"workspace_id": "default", "source_id": f"{s.id}#{g}"})
                         for s in svc.state.list_sources("default") for g in "ab"
                         if s.meta.get("generation") != f"{s.id}#{g}")
            assert staged >= 64
            title, old_price = before[ids[0]]
            reply = svc.answer("default", f"¿Cuánto cuesta {title}?").reply
            assert f"{old_price:.2f}".replace(".", ",") in reply or f"{old_price:.2f}" in reply, reply
        finally:
            svc.close()

        r = rag(env, "sync", "shop")
        assert r.returncode == 0, r.stderr
        svc = open_service(data, embedder)
        try:
            after = prices(svc)
            resumed, total = live_index(svc)
            title, _ = after[ids[0]]
            new_price = after[ids[0]][1]
            reply = svc.answer("default", f"¿Cuánto cuesta {title}?").reply
            assert f"{new_price:.2f}".replace(".", ",") in reply or f"{new_price:.2f}" in reply, reply
        finally:
            svc.close()
        assert gone not in after and all(p >= 400 for _, p in after.values())
        assert total == len(resumed)  # no duplicates, no leftover generation

        # a clean sync of the same store into a fresh data directory (two runs: same generation parity)
        from rag_agent.embed import HashEmbedder

        monkeypatch.setenv("TN_TOKEN", TOKEN)
        ref_dir = tmp_path / "reference"
        ref = open_service(ref_dir, HashEmbedder())
        ref.ensure_workspace("default", "My store")
        runner = ref.runner
        try:
            opts = dict(a.split("=", 1) for a in CONNECT[4::2])
            runner.connect("default", "shop", "nuvemshop", dict(opts, base_url=fake.url))
            runner.sync("default", "shop")
            runner.sync("default", "shop", full=True)
            clean, clean_total = live_index(ref)
        finally:
            runner.close()
            ref.close()
        assert resumed == clean and total == clean_total
    finally:
        fake.stop()
