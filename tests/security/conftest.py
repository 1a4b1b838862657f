"""Fixtures of the adversarial suite: a real `rag-agent serve` process with two workspaces (A and B) and an
"attacker" HTTP server on 127.0.0.1 that records what reaches it.

The server runs with an admin key and a canary environment variable (``RAG_TEST_CANARY``) that no workspace
may ever read; it does NOT allow private upstream addresses, so every upstream host a workspace names must
resolve to a public address.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import free_port, wait_for_server

ADMIN_KEY = "sec-admin-key-7f3a9c2e51"
CANARY = "canary-7b1e0c9d-do-not-leak"


@dataclass
class SecServer:
    """A running server: its URL, data directory, admin key and the two workspaces' ids and keys."""

    url: str
    data_dir: Path
    proc: subprocess.Popen
    admin_key: str
    workspaces: dict[str, tuple[str, str]] = field(default_factory=dict)  # "A"/"B" -> (id, api key)

    def client(self, who: str = "A", **kw: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.workspaces[who][1]}"} if who in self.workspaces else {}
        if who == "admin":
            headers = {"Authorization": f"Bearer {self.admin_key}"}
        return httpx.Client(base_url=self.url, headers=headers, timeout=kw.pop("timeout", 120), **kw)

    def ws_id(self, who: str) -> str:
        return self.workspaces[who][0]

    def log(self) -> str:
        return (self.data_dir.parent / "server.log").read_text(errors="replace")


def start_server(base: Path, extra_env: dict[str, str] | None = None, demo: bool = False) -> SecServer:
    """Start `rag-agent serve` on a free port with its data directory under ``base``; wait for /health."""
    data = base / "data"
    port = free_port()
    env = dict(os.environ, RAG_DATA_DIR=str(data), RAG_ADMIN_KEY=ADMIN_KEY, RAG_TEST_CANARY=CANARY,
               HF_HUB_OFFLINE="1", **(extra_env or {}))
    for k in [k for k in env if k.startswith("RAG_ALLOW_PRIVATE")]:
        env.pop(k)
    log = open(base / "server.log", "w")
    cmd = [sys.executable, "-m", "rag_agent.cli", "serve", "--port", str(port)] + (["--demo"] if demo else [])
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_for_server(proc, url, base / "server.log")
    srv = SecServer(url, data, proc, ADMIN_KEY)
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=60) as c:
        for who in ("A", "B"):
            r = c.post("/v1/workspaces", json={"name": f"shop {who}", "plan": "paid"})
            r.raise_for_status()
            srv.workspaces[who] = (r.json()["id"], r.json()["api_key"])
    return srv


def stop_server(srv: SecServer) -> None:
    srv.proc.terminate()
    try:
        srv.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        srv.proc.kill()


@pytest.fixture(scope="session")
def sec_server(tmp_path_factory):
    """One `rag-agent serve` for the whole suite, with workspaces A and B (paid plan)."""
    srv = start_server(tmp_path_factory.mktemp("sec-server"))
    yield srv
    stop_server(srv)


class _Recorder(BaseHTTPRequestHandler):
    def _record(self) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        self.server.hits.append({"method": self.command, "path": self.path,  # type: ignore[attr-defined]
                                 "headers": dict(self.headers.items()), "body": body.decode(errors="replace")})
        payload = json.dumps({"products": [], "pages": [], "orders": []}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _record

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def attacker():
    """An HTTP server on 127.0.0.1 recording every request (``.hits``) and its URL (``.url``)."""
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    srv.hits = []  # type: ignore[attr-defined]
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}"  # type: ignore[attr-defined]
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()
