"""The conversation layer in a real server process: replies through the scheduler endpoint, signed webhooks to a
local receiver, and a restart that loses nothing (pending replies included); the CLI reads the dashboard."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
import pytest

from rag_agent.conversations import verify
from tests.conftest import free_port
from tests.conversations.conftest import ADMIN, Receiver

pytestmark = [pytest.mark.integration, pytest.mark.slow]


class Server:
    def __init__(self, data, database_url=None) -> None:
        self.data = data
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # RAG_ALLOW_PRIVATE_UPSTREAMS: the test's webhook receiver listens on 127.0.0.1
        self.env = dict(os.environ, RAG_DATA_DIR=str(data), RAG_ADMIN_KEY=ADMIN, HF_HUB_OFFLINE="1",
                        RAG_CONVERSATIONS__TEST_CLOCK="1", RAG_ALLOW_PRIVATE_UPSTREAMS="1")
        if database_url:  # PostgreSQL (RAG_TEST_POSTGRES_URL set): the state lives there, not in the data dir
            self.env["RAG_DATABASE_URL"] = database_url
        self.log = open(data / "server.log", "a")
        self.proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", "serve", "--demo", "--port", str(self.port)],
                                     env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited: " + (data / "server.log").read_text())
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            self.stop()
            raise RuntimeError("server did not start: " + (data / "server.log").read_text())
        key = (data / "api-key").read_text().strip()
        self.client = httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {key}"}, timeout=60)
        self.key = key

    def advance(self, seconds):
        r = self.client.post("/v1/_clock/advance", json={"seconds": seconds},
                             headers={"Authorization": f"Bearer {ADMIN}"})
        assert r.status_code == 200, r.text
        return r.json()

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self.log.close()


def test_restart_loses_nothing_and_webhooks_are_signed(tmp_path, database_url):
    data = tmp_path / "data"
    data.mkdir()
    hook = Receiver()
    srv = Server(data, database_url)
    try:
        c = srv.client
        agent = c.post("/v1/agents", json={"name": "Sales", "settings": {"reply_delay_s": 60}}).json()["id"]
        for demo in c.get("/v1/agents", params={"state": "active"}).json():  # the demo's agent (trial: one active)
            assert c.post(f"/v1/agents/{demo['id']}/deactivate", json={"by": "test"}).status_code == 200
        assert c.post(f"/v1/agents/{agent}/activate", json={"by": "test"}).status_code == 200
        assert c.patch("/v1/routing", json={"assign_new_to_ai": agent}).status_code == 200
        secret = c.put("/v1/webhook", json={"url": hook.url}).json()["secret"]
        cid = c.post("/v1/channels/telegram/messages",
                     json={"lead": {"id": "lead-1"}, "text": "Hello"}).json()["conversation"]["id"]
        c.post("/v1/channels/telegram/messages", json={"lead": {"id": "lead-1"}, "text": "Do you ship to Spain?"})
        srv.advance(60)
        msgs = c.get(f"/v1/conversations/{cid}/messages").json()
        assert [m["direction"] for m in msgs] == ["in", "in", "out"] and len(msgs[2]["reply_to"]) == 2
        [created] = [e for e in hook.events if e["json"]["type"] == "message.created"]
        now = c.get("/v1/_clock", headers={"Authorization": f"Bearer {ADMIN}"}).json()["now"]
        assert verify(secret, created["body"], created["headers"]["X-RagAgent-Signature"], now)
        # a message whose reply is not due yet, then a restart
        c.post("/v1/channels/telegram/messages", json={"lead": {"id": "lead-1"}, "text": "Thanks!"})
        before = c.get(f"/v1/conversations/{cid}").json()
        assert before["reply_due_at"] == now + 60
    finally:
        srv.stop()
    srv = Server(data, database_url)
    try:
        c = srv.client
        after = c.get(f"/v1/conversations/{cid}").json()
        assert after["reply_due_at"] == before["reply_due_at"] and after["owner"] == before["owner"]
        assert [m["text"] for m in after["messages"]] == [m["text"] for m in before["messages"]]
        assert c.get("/v1/routing").json()["assign_new_to_ai"] == agent
        srv.advance(60)  # the clock went on from where it was: the pending reply goes out after the restart
        msgs = c.get(f"/v1/conversations/{cid}/messages").json()
        assert [m["direction"] for m in msgs] == ["in", "in", "out", "in", "out"]
        assert len([e for e in hook.events if e["json"]["type"] == "message.created"]) == 2
        out = subprocess.run([sys.executable, "-m", "rag_agent.cli", "conversations", "dashboard", agent, "--url",
                              srv.url, "--api-key", srv.key, "--json"], capture_output=True, text=True,
                             env=srv.env, timeout=120)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["answered_conversations"] == 1
    finally:
        srv.stop()
        hook.close()
    # with no server, the CLI opens the database itself
    out = subprocess.run([sys.executable, "-m", "rag_agent.cli", "conversations", "list", "--json"],
                         capture_output=True, text=True, env=srv.env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [c["id"] for c in json.loads(out.stdout)] == [cid]
    out = subprocess.run([sys.executable, "-m", "rag_agent.cli", "conversations", "dashboard", "nope"],
                         capture_output=True, text=True, env=srv.env, timeout=120)
    assert out.returncode == 0 and "0 conversations" in out.stdout
