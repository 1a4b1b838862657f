"""Shared fixtures: the real embedding model (loaded once), a demo-store service, paths to ../shared."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DUMMYJSON = SHARED / "eval" / "dummyjson-store"


@pytest.fixture(scope="session")
def embedder():
    from rag_agent.embed import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def demo_service(tmp_path_factory, embedder):
    """A Service on a fresh data directory holding the packaged demo store (real model, real Edge files)."""
    from rag_agent.cli import demo_dir
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=tmp_path_factory.mktemp("demo-data")), embedder=embedder)
    svc.ensure_workspace("demo", "Demo", plan="paid")
    svc.load_store_dir("demo", demo_dir())
    yield svc
    svc.close()


@pytest.fixture()
def service(tmp_path, embedder):
    """An empty Service on its own data directory."""
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=tmp_path / "data"), embedder=embedder)
    svc.ensure_workspace("w1", "Shop one")
    yield svc
    svc.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_server(proc: subprocess.Popen, url: str, log: Path, timeout: float = 180) -> None:
    """Wait until a `rag-agent serve` process answers /health; its log in the error when it does not."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited: " + log.read_text())
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("server did not start: " + log.read_text())


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """`rag-agent serve --demo` in its own process; yields (base_url, api_key, data_dir)."""
    data = tmp_path_factory.mktemp("server-data")
    port = free_port()
    env = dict(os.environ, RAG_DATA_DIR=str(data), RAG_MAX_UPLOAD_MB="1", RAG_ADMIN_KEY="test-admin-key-123",
               HF_HUB_OFFLINE="1")
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", "serve", "--demo", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_for_server(proc, url, data / "server.log")
    key = (data / "api-key").read_text().strip()
    yield url, key, data
    proc.terminate()
    proc.wait(timeout=20)
    log.close()
