"""Two `rag-agent serve` processes on one PostgreSQL: a change made through one worker is in force in the other at
once: a persona, a source disabled, an agent's activation, a conversation's handoff, a console sign-in.

State is what is tested. The vector store is not shared: the embedded Qdrant Edge belongs to one process, so the
demo store is loaded once by a first run, which is then stopped, and its data directory (the Edge shard, the
``secret.key`` every worker needs to open the connections' secrets, the API key file) is copied for the second
worker. In production several workers share a Qdrant server or cluster instead (README, "State and scale-out").
Each worker answered before the change, so what it cached (the catalog and policy sentences of a sources
version) must be dropped because the database says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ADMIN = "two-workers-admin-key"


class Worker:
    """One `rag-agent serve` process on its own data directory and the shared database."""

    def __init__(self, data: Path, database_url: str, demo: bool = False) -> None:
        self.data = data
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, RAG_DATA_DIR=str(data), RAG_DATABASE_URL=database_url, RAG_ADMIN_KEY=ADMIN,
                   HF_HUB_OFFLINE="1", RAG_CONVERSATIONS__SCHEDULER_INTERVAL_S="0.2")
        data.mkdir(parents=True, exist_ok=True)
        self.log_path = data.parent / f"{data.name}.log"
        self.log = open(self.log_path, "a")
        cmd = [sys.executable, "-m", "rag_agent.cli", "serve", "--port", str(self.port)] + (["--demo"] if demo else [])
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=REPO)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("worker exited: " + self.log_path.read_text())
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            self.stop()
            raise RuntimeError("worker did not start: " + self.log_path.read_text())
        key = (data / "api-key").read_text().strip()
        self.api = httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {key}"}, timeout=120)
        self.key = key

    def ask(self, message: str) -> dict:
        r = self.api.post("/v1/answer", json={"message": message})
        assert r.status_code == 200, r.text
        return r.json()

    def send(self, lead: str, text: str) -> dict:
        r = self.api.post("/v1/channels/webchat/messages", json={"lead": {"id": lead}, "text": text})
        assert r.status_code == 202, r.text
        return r.json()

    def stop(self) -> None:
        if hasattr(self, "api"):
            self.api.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def _cited(answer: dict) -> set[str]:
    return {c["source"] for c in answer["citations"]}


def test_two_workers_on_one_postgresql_see_each_others_changes_at_once(tmp_path, pg_url):
    first = Worker(tmp_path / "a", pg_url, demo=True)  # loads the demo store, makes its agent and routing
    first.stop()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    a, b = Worker(tmp_path / "a", pg_url), Worker(tmp_path / "b", pg_url)
    try:
        assert a.key == b.key
        sources = {s["name"]: s["id"] for s in b.api.get("/v1/sources").json()}
        policies = sources["policies.md"]

        # a persona changed through A is what B answers with
        assert b.ask("How much is the Trail Runner Jacket?")["language"] == "en"
        r = a.api.patch("/v1/persona", json={"reply_language": "es"})
        assert r.status_code == 200, r.text
        assert b.api.get("/v1/persona").json()["reply_language"] == "es"
        assert b.ask("How much is the Trail Runner Jacket?")["language"] == "es"
        assert a.api.patch("/v1/persona", json={"reply_language": "auto"}).status_code == 200

        # a source disabled through A is no longer read by B (which had it cached)
        before = b.ask("How much does express shipping cost?")
        assert "policies.md" in _cited(before) and "14.90" in before["reply"], before
        assert a.api.post(f"/v1/sources/{policies}/disable").status_code == 200
        after = b.ask("How much does express shipping cost?")
        assert "policies.md" not in _cited(after) and "14.90" not in after["reply"], after
        assert a.api.post(f"/v1/sources/{policies}/enable").status_code == 200
        assert "policies.md" in _cited(b.ask("How much does express shipping cost?"))

        # a console sign-in through A is a sign-in on B
        console = httpx.Client(base_url=a.url, timeout=60)
        assert console.post("/login", data={"api_key": a.key}, headers={"Origin": a.url}).status_code == 303
        r = httpx.get(b.url + "/knowledge", cookies=console.cookies, timeout=60, follow_redirects=False)
        assert r.status_code == 200 and "policies.md" in r.text
        console.close()

        # an agent deactivated through A takes no new conversation on B
        [agent] = b.api.get("/v1/agents", params={"state": "active"}).json()
        one = b.send("lead-one", "Hello, do you ship to Spain?")["conversation"]
        assert one["owner"] == {"kind": "ai", "id": agent["id"]} and one["reply_due_at"] is not None
        assert a.api.post(f"/v1/agents/{agent['id']}/deactivate", json={"by": "worker A"}).status_code == 200
        two = b.send("lead-two", "Hello, do you ship to Spain?")["conversation"]
        assert two["owner"]["kind"] != "ai" and two["reply_due_at"] is None
        assert [e["event"] for e in b.api.get(f"/v1/agents/{agent['id']}/events").json()][-1] == "deactivate"

        # a conversation taken over by a person through A gets no AI reply through B
        human = a.api.post("/v1/humans", json={"name": "Olivia", "status": "online"}).json()["id"]
        r = a.api.post(f"/v1/conversations/{one['id']}/take-over", json={"human_id": human})
        assert r.status_code == 200, r.text
        later = b.send("lead-one", "Are you still there?")["conversation"]
        assert later["id"] == one["id"] and later["owner"] == {"kind": "human", "id": human}
        assert later["reply_due_at"] is None
        assert [h["to_kind"] for h in b.api.get(f"/v1/conversations/{one['id']}/handoffs").json()][-1] == "human"
    finally:
        a.stop()
        b.stop()
