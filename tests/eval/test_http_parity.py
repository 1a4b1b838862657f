"""In-process and over HTTP (a real `rag-agent serve` process) give the same verdict on every case."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from eval.runner import answer_in_process, answer_over_http, load_cases, load_secrets, run, select_cases, upload_store
from eval.scoring import summarize

REPO = Path(__file__).resolve().parents[2]
DUMMYJSON = REPO.parent / "shared" / "eval" / "dummyjson-store"
SLICE = 42  # three cases of each kind, spread over languages


@pytest.fixture(scope="module")
def eval_server(tmp_path_factory):
    """`rag-agent serve` on an empty data directory; the test loads the set's store through the API."""
    from tests.conftest import free_port

    data = tmp_path_factory.mktemp("eval-server")
    port = free_port()
    env = dict(os.environ, RAG_DATA_DIR=str(data), HF_HUB_OFFLINE="1")
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", "serve", "--port", str(port)], cwd=REPO,
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    try:
        while time.time() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("server exited: " + (data / "server.log").read_text())
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            raise RuntimeError("server did not start: " + (data / "server.log").read_text())
        yield url, (data / "api-key").read_text().strip()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.mark.slow
@pytest.mark.integration
def test_same_verdicts_in_process_and_over_http(eval_server, embedder):
    url, key = eval_server
    reports = upload_store(url, key, DUMMYJSON)
    assert [r["source"]["name"] for r in reports] == ["orders.jsonl", "policies.md", "products.csv"]
    cases = select_cases(load_cases(DUMMYJSON), SLICE)
    secrets = load_secrets(DUMMYJSON)
    _, over_http = run(cases, answer_over_http(url, key), secrets=secrets)
    local = answer_in_process(DUMMYJSON, embedder=embedder)
    try:
        _, in_process = run(cases, local, secrets=secrets)
    finally:
        local.service.close()
    assert [(s.id, s.passed, s.failures) for s in over_http] == [(s.id, s.passed, s.failures) for s in in_process]
    assert summarize(over_http)["overall"] == summarize(in_process)["overall"]
    assert len({s.kind for s in in_process}) == 14 and len({s.language for s in in_process}) == 6


@pytest.mark.slow
@pytest.mark.integration
def test_uploading_again_replaces_sources(eval_server):
    url, key = eval_server
    upload_store(url, key, DUMMYJSON)
    sources = httpx.get(url + "/v1/sources", headers={"Authorization": f"Bearer {key}"}).json()
    assert sorted(s["name"] for s in sources) == ["orders.jsonl", "policies.md", "products.csv"]


def test_a_wrong_key_is_a_clear_error(eval_server):
    from rag_agent.errors import UpstreamError

    url, _ = eval_server
    with pytest.raises(UpstreamError, match="401"):
        upload_store(url, "not-a-key", DUMMYJSON)
