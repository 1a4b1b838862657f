"""Progress of imports and syncs: a bar with a total on any terminal, a plain line per stage elsewhere."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

from rag_agent.progress import ConsoleProgress
from tests.conftest import REPO


class Terminal(io.StringIO):
    """A terminal as the bar sees it (the rendering is what the user would read)."""

    def isatty(self) -> bool:
        return True


def test_bar_on_a_terminal_shows_total_percentage_and_eta(monkeypatch):
    monkeypatch.delenv("RAG_PROGRESS", raising=False)
    out = Terminal()
    with ConsoleProgress("importing shop.csv", out) as bar:
        bar.stage("indexing products", 200)
        bar(100)
    text = out.getvalue()
    assert "importing shop.csv: indexing products" in text
    assert re.search(r"\b50%\|", text) or re.search(r"\b100%\|", text), text
    assert "/200 items [" in text and "<" in text  # a total and a time left


def test_a_terminal_that_reports_no_width_still_gets_a_bar(monkeypatch):
    monkeypatch.delenv("RAG_PROGRESS", raising=False)
    monkeypatch.setenv("COLUMNS", "0")
    out = Terminal()
    with ConsoleProgress("syncing shop", out) as bar:
        bar.stage("products")
        bar.expect(64)  # the platform told its count with the first page
        bar(64)
    assert "64/64 items" in out.getvalue() and "100%" in out.getvalue()


def test_not_a_terminal_gets_one_plain_line_per_stage(monkeypatch):
    monkeypatch.delenv("RAG_PROGRESS", raising=False)
    out = io.StringIO()
    with ConsoleProgress("syncing shop", out) as bar:
        bar.stage("products", 3)
        bar(3)
        bar.stage("pages and orders")
    lines = out.getvalue().splitlines()
    assert lines[0] == "syncing shop: products (3 items)"
    assert re.fullmatch(r"syncing shop: products: 3 items in \d+\.\ds", lines[1])
    assert lines[2] == "syncing shop: pages and orders"
    assert re.fullmatch(r"syncing shop: pages and orders: done in \d+\.\ds", lines[3])
    assert "\r" not in out.getvalue()


def test_a_csv_sync_in_a_log_says_each_stage_with_the_product_count(tmp_path):
    env = dict(os.environ, RAG_DATA_DIR=str(tmp_path / "data"), HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO))
    env.pop("RAG_PROGRESS", None)
    csv = REPO / "rag_agent" / "demo" / "products.csv"

    def rag(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "rag_agent.cli", *args], cwd=REPO, env=env, text=True,
                              capture_output=True, timeout=600)

    assert rag("connect", "csv", "catalog", "--opt", f"path={csv}").returncode == 0
    r = rag("sync", "catalog")
    assert r.returncode == 0, r.stderr
    count = int(re.search(r"catalog: (\d+) added", r.stdout).group(1))
    assert f"syncing catalog: products ({count} items)" in r.stderr, r.stderr
    assert re.search(rf"syncing catalog: products: {count} items in", r.stderr), r.stderr
    assert "syncing catalog: pages and orders" in r.stderr
