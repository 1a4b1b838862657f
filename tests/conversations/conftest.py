"""A service over the demo store (HashEmbedder: answer quality is not the subject here), real agents from
rag_agent.agents, the conversation routes on a FastAPI TestClient with a manual clock, and a webhook receiver.

The state database: every scenario runs on SQLite and, with ``RAG_TEST_POSTGRES_URL`` set, again on a fresh
PostgreSQL database of its own (``database_url`` in tests/conftest.py); ``test_postgres.py`` runs only there.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

DEMO = Path(__file__).resolve().parents[2] / "rag_agent" / "demo"
ADMIN = "test-admin-key-123"
KEY = "rk_test_conversations_key"
# Monday 2 June 2025, 09:00 UTC
T0 = datetime(2025, 6, 2, 9, 0, tzinfo=timezone.utc).timestamp()
class Receiver:
    """A local HTTP server that records every webhook POST (body and headers)."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        outer = self

        class H(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.events.append({"body": body, "headers": dict(self.headers), "json": json.loads(body)})
                self.send_response(204)
                self.end_headers()

            def log_message(self, *a):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def of(self, kind: str) -> list[dict]:
        return [e["json"] for e in self.events if e["json"]["type"] == kind]

    def close(self) -> None:
        self.httpd.shutdown()


class ScriptedSpeechToText:
    """A fake speech-to-text for the success path: it knows the transcripts of given audio bytes."""

    name = "scripted"

    def __init__(self) -> None:
        self.known: dict[str, str] = {}

    def add(self, audio: bytes, text: str) -> None:
        self.known[hashlib.sha256(audio).hexdigest()] = text

    def transcribe(self, audio, filename, language=None):
        from rag_agent.conversations.voice import SpeechToTextError, Transcript

        t = self.known.get(hashlib.sha256(audio).hexdigest())
        if t is None:
            raise SpeechToTextError("the model heard no words")
        return Transcript(t, language)


class World:
    """Everything one scenario needs."""

    def __init__(self, tmp_path, stt=None, plan="paid", database_url: str | None = None) -> None:
        from rag_agent.api import create_app
        from rag_agent.conversations import ManualClock, build
        from rag_agent.embed import HashEmbedder
        from rag_agent.service import Service
        from rag_agent.settings import ConversationSettings, Settings

        # the webhook receiver listens on 127.0.0.1, which a workspace may name only when the operator allows it
        settings = Settings(data_dir=tmp_path / "data", admin_key=ADMIN, allow_private_upstreams=True,
                            database_url=database_url, conversations=ConversationSettings(test_clock=True))
        self.svc = Service(settings, embedder=HashEmbedder())
        self.svc.ensure_workspace("w1", "Shop", plan=plan, api_key=KEY)
        self.svc.load_store_dir("w1", DEMO)
        self.agents = self.svc.agent_store
        self.clock = ManualClock(T0)
        self.conv = build(self.svc, clock=self.clock, stt=stt)
        self.app = create_app(self.svc)
        self.app.state.conversations = self.conv
        self.client = TestClient(self.app, headers={"Authorization": f"Bearer {KEY}"})
        self.admin = {"Authorization": f"Bearer {ADMIN}"}
        self.hook = Receiver()

    # -- helpers ---------------------------------------------------------------------------------
    def agent(self, name: str, delay: int = 60, active: bool = True, voice: bool = False, **kw) -> str:
        a = self.agents.create("w1", name, settings={"reply_delay_s": delay, "voice_enabled": voice}, **kw)
        if active:
            self.agents.activate("w1", a.id, by="test")
        return a.id

    def send(self, lead_id: str, text: str | None = None, channel: str = "whatsapp", expect: int = 202,
             **kw) -> dict:
        body = {"lead": {"id": lead_id, **kw.pop("lead", {})}, **kw}
        if text is not None:
            body["text"] = text
        r = self.client.post(f"/v1/channels/{channel}/messages", json=body)
        assert r.status_code == expect, r.text
        return r.json()

    def voice(self, lead_id: str, audio: bytes, channel: str = "whatsapp", **kw) -> dict:
        return self.send(lead_id, channel=channel, audio={"base64": base64.b64encode(audio).decode(), "format": "ogg"},
                         **kw)

    def advance(self, seconds: float) -> dict:
        r = self.client.post("/v1/_clock/advance", json={"seconds": seconds}, headers=self.admin)
        assert r.status_code == 200, r.text
        return r.json()

    def human(self, name: str, status: str = "online", **kw) -> str:
        r = self.client.post("/v1/humans", json={"name": name, "status": status, **kw})
        assert r.status_code == 201, r.text
        return r.json()["id"]

    def routing(self, **kw) -> dict:
        r = self.client.patch("/v1/routing", json=kw)
        assert r.status_code == 200, r.text
        return r.json()

    def conversation(self, cid: str) -> dict:
        r = self.client.get(f"/v1/conversations/{cid}")
        assert r.status_code == 200, r.text
        return r.json()

    def out(self, cid: str) -> list[dict]:
        return [m for m in self.conversation(cid)["messages"] if m["direction"] == "out"]

    def handoffs(self, cid: str) -> list[dict]:
        return self.client.get(f"/v1/conversations/{cid}/handoffs").json()

    def close(self) -> None:
        self.client.close()
        self.hook.close()
        self.conv.close()
        self.svc.close()


@pytest.fixture()
def world(tmp_path, database_url):
    w = World(tmp_path, database_url=database_url)
    yield w
    w.close()


@pytest.fixture()
def stt():
    return ScriptedSpeechToText()


@pytest.fixture()
def voice_world(tmp_path, stt, database_url):
    w = World(tmp_path, stt=stt, database_url=database_url)
    yield w
    w.close()
