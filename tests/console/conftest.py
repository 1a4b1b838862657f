"""Fixtures of the console and widget tests: one real `rag-agent serve --demo` for the whole package, a
signed-in HTTP client, and (browser tests) one headless Chromium from Debian's package driven by Playwright.

The server allows private upstreams (the fake Shopify store runs on 127.0.0.1), has an admin key and a high
sign-in limit (the tests sign in many times from one address). Its state is in the data directory's SQLite file,
then (with ``RAG_TEST_POSTGRES_URL``) in a fresh PostgreSQL database: every console test runs on both.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

import httpx
import pytest

from tests.conftest import REPO, PostgresDatabases, free_port, postgres_url, wait_for_server

ADMIN_KEY = "console-admin-key-4d1c9e"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = REPO / "docs" / "screenshots"


@dataclass
class Console:
    """A running server: its URL, the demo workspace's API key, its data directory and process."""

    url: str
    key: str
    data_dir: Path
    proc: subprocess.Popen

    def api(self) -> httpx.Client:
        """A client with the workspace API key (what the console's figures are compared with)."""
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {self.key}"}, timeout=120)

    def signed_in(self, key: str | None = None) -> tuple[httpx.Client, str]:
        """A client signed in to the console (session cookie) and its CSRF token."""
        c = httpx.Client(base_url=self.url, timeout=120)
        r = c.post("/login", data={"api_key": key or self.key}, headers={"Origin": self.url})
        assert r.status_code == 303, r.text
        return c, csrf_of(c.get("/knowledge").text)

    def log(self) -> str:
        return (self.data_dir.parent / "server.log").read_text(errors="replace")


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


@pytest.fixture(scope="package", params=["sqlite", "postgresql"])
def console_database(request) -> Any:
    """The console server's state database: None (SQLite in its data directory), then a fresh PostgreSQL one."""
    if request.param == "sqlite":
        yield None
        return
    dbs = PostgresDatabases(postgres_url())
    try:
        yield dbs.new()
    finally:
        dbs.drop_all()


@pytest.fixture(scope="package")
def console(tmp_path_factory, console_database) -> Any:
    """`rag-agent serve --demo` for every test of tests/console/ (once per state database)."""
    base = tmp_path_factory.mktemp("console")
    data = base / "data"
    port = free_port()
    env = dict(os.environ, RAG_DATA_DIR=str(data), RAG_ADMIN_KEY=ADMIN_KEY, HF_HUB_OFFLINE="1",
               RAG_ALLOW_PRIVATE_UPSTREAMS="true", RAG_CONSOLE__SIGN_INS_PER_MINUTE="1000",
               RAG_CONVERSATIONS__SCHEDULER_INTERVAL_S="0.5")
    if console_database:
        env["RAG_DATABASE_URL"] = console_database
    log = open(base / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", "serve", "--demo", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    wait_for_server(proc, url, base / "server.log")
    yield Console(url, (data / "api-key").read_text().strip(), data, proc)
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="package")
def storefront(tmp_path_factory):
    """A static web server on another origin (its own port): ``.url`` and ``.dir`` to write pages into."""
    root = tmp_path_factory.mktemp("storefront")

    class Handler(_Quiet):
        def __init__(self, *a: Any, **kw: Any) -> None:
            super().__init__(*a, directory=str(root), **kw)

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}"  # type: ignore[attr-defined]
    srv.dir = root  # type: ignore[attr-defined]
    Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        return f"{CHROMIUM} is missing: apt-get install chromium (.ci/run installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright for Python is missing: pip install -e '.[test]' (never `playwright install`)"
    return None


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium (Debian's) for every browser test; skipped with the reason when missing."""
    why = _browser_missing()
    if why:
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, console):
    """A fresh browser context signed in to the console; fails the test on any JavaScript error."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.goto(console.url + "/login")
    pg.fill("#api_key", console.key)
    pg.click("button[type=submit]")
    pg.wait_for_url("**/dashboard")
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert not [e for e in errors if "the server responded with a status of 4" not in e], errors


def shot(pg: Any, name: str, full: bool = False) -> Path:
    """Save a screenshot of the page as docs/screenshots/NAME.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=full)
    return path
