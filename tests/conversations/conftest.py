"""A service over the demo store (HashEmbedder: answer quality is not the subject here), real agents from
rag_agent.agents, the conversation routes on a FastAPI TestClient with a manual clock, and a webhook receiver.

PostgreSQL: with ``RAG_TEST_POSTGRES_URL`` set (a user allowed to create databases, e.g.
``postgresql+psycopg://rag:rag@127.0.0.1/rag``), every test here runs on a fresh PostgreSQL database of its own
instead of SQLite, and ``test_postgres.py`` runs; without it (CI has no PostgreSQL server) those are skipped.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
import uuid
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
POSTGRES_ENV = "RAG_TEST_POSTGRES_URL"


class PostgresDatabases:
    """Creates a fresh, empty database per test on the server of ``RAG_TEST_POSTGRES_URL`` and drops it after."""

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.base = make_url(admin_url)
        self.engine = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def new(self) -> str:
        from sqlalchemy import text

        name = f"rag_test_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        self.made.append(name)
        return self.base.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self.engine.connect() as c:
            for name in self.made:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.made.clear()
        self.engine.dispose()


@pytest.fixture()
def pg_url():
    """A fresh PostgreSQL database URL (skipped without ``RAG_TEST_POSTGRES_URL``)."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against (CI has none)")
    dbs = PostgresDatabases(url)
    try:
        yield dbs.new()
    finally:
        dbs.drop_all()


@pytest.fixture()
def db_url(request):
    """The conversation database of a test: None (SQLite in the data directory), or a fresh PostgreSQL
    database when ``RAG_TEST_POSTGRES_URL`` is set."""
    if not os.environ.get(POSTGRES_ENV):
        return None
    return request.getfixturevalue("pg_url")


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
        from rag_agent.agents.runtime import store_for
        from rag_agent.api import create_app
        from rag_agent.conversations import ManualClock, build
        from rag_agent.embed import HashEmbedder
        from rag_agent.service import Service
        from rag_agent.settings import ConversationSettings, Settings

        # the webhook receiver listens on 127.0.0.1, which a workspace may name only when the operator allows it
        settings = Settings(data_dir=tmp_path / "data", admin_key=ADMIN, allow_private_upstreams=True,
                            conversations=ConversationSettings(test_clock=True, database_url=database_url))
        self.svc = Service(settings, embedder=HashEmbedder())
        self.svc.ensure_workspace("w1", "Shop", plan=plan, api_key=KEY)
        self.svc.load_store_dir("w1", DEMO)
        self.agents = store_for(self.svc)
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
def world(tmp_path, db_url):
    w = World(tmp_path, database_url=db_url)
    yield w
    w.close()


@pytest.fixture()
def stt():
    return ScriptedSpeechToText()


@pytest.fixture()
def voice_world(tmp_path, stt, db_url):
    w = World(tmp_path, stt=stt, database_url=db_url)
    yield w
    w.close()
