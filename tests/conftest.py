"""Shared fixtures: the real embedding model (loaded once), a demo-store service, paths to ../shared, and the
state database of a test on SQLite and PostgreSQL.

PostgreSQL: with ``RAG_TEST_POSTGRES_URL`` set (a user allowed to create databases; ``scripts/with-postgres``
starts a throw-away server and sets it), every test that takes ``database_url`` or ``state_db`` runs twice, on
SQLite and on a fresh PostgreSQL database of its own; without it the PostgreSQL runs are skipped, saying why.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import uuid

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DUMMYJSON = SHARED / "eval" / "dummyjson-store"
POSTGRES_ENV = "RAG_TEST_POSTGRES_URL"
NO_POSTGRES = (f"{POSTGRES_ENV} is not set: no PostgreSQL server to run this on "
               "(scripts/with-postgres python -m pytest ... starts one)")


def postgres_url() -> str:
    """The server of ``RAG_TEST_POSTGRES_URL``; without it the test is skipped, saying why (or fails, where
    ``RAG_TEST_REQUIRE_POSTGRES=1``: CI, where a PostgreSQL run must never be skipped)."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("RAG_TEST_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"RAG_TEST_REQUIRE_POSTGRES=1 but {NO_POSTGRES}")
        pytest.skip(NO_POSTGRES)
    return url


class PostgresDatabases:
    """Creates fresh, empty databases on the server of ``RAG_TEST_POSTGRES_URL`` and drops them afterwards."""

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
    dbs = PostgresDatabases(postgres_url())
    try:
        yield dbs.new()
    finally:
        dbs.drop_all()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request) -> str | None:
    """The state database of a test, as ``Settings.database_url`` takes it: None (SQLite in the data directory),
    then a fresh PostgreSQL database (skipped without ``RAG_TEST_POSTGRES_URL``)."""
    if request.param == "sqlite":
        return None
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def state_db(tmp_path, database_url):
    """An open, migrated state database: ``state.sqlite3`` in ``tmp_path``, then PostgreSQL."""
    from rag_agent.db import Database, sqlite_url

    db = Database(database_url or sqlite_url(tmp_path))
    yield db
    db.close()


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
def service(tmp_path, embedder, database_url):
    """An empty Service on its own data directory (its state on SQLite, then PostgreSQL)."""
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=tmp_path / "data", database_url=database_url), embedder=embedder)
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
