"""A bounded Schemathesis run over every /v1 operation of a real `rag-agent serve --demo`, with every check.

No 5xx, no status the schema does not declare, no schema-valid request refused, no schema-violating one
accepted, the right `Allow` on a 405. The budget is fixed (examples per operation and a seed), so a run
takes a few minutes on 2 cores; ``RAG_FUZZ_EXAMPLES`` raises it for a longer run by hand. The few operations
whose accepted input cannot be said in a JSON schema (an uploaded file's contents, a platform's config keys,
an action's value per type) skip only the "schema-valid request accepted" check: see tests/schemathesis.toml.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.fuzz, pytest.mark.integration]

EXAMPLES = int(os.environ.get("RAG_FUZZ_EXAMPLES", "25"))


def test_every_v1_operation_honours_its_schema(fuzz_server, tmp_path, capsys):
    url, key = fuzz_server
    st = shutil.which("st") or str(Path(sys.executable).with_name("st"))
    report = tmp_path / "report.json"
    cmd = [st, "--config-file", str(REPO / "tests" / "schemathesis.toml"), "run", f"{url}/openapi.json",
           "-H", f"Authorization: Bearer {key}", "--include-path-regex", "^/v1", "-n", str(EXAMPLES),
           "--seed", "7", "--generation-database", "none", "-w", "1",  # one worker: CPython 3.11.7 ast.parse is not thread-safe (gh-106905)
           "--no-color", "--request-timeout", "60",
           "--report", "json", "--report-json-path", str(report)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1200, cwd=tmp_path)  # its caches there
    out = proc.stdout + proc.stderr
    summary = json.loads(report.read_text()) if report.exists() else {}
    ops, cases = summary.get("operations", {}), summary.get("test_cases", {})
    failures = {f["code"]: f["count"] for f in summary.get("failures", [])}
    line = (f"schemathesis {summary.get('schemathesis_version')}: {ops.get('tested')} operations, "
            f"{cases.get('generated')} generated requests, {cases.get('with_failures')} with failures "
            f"{failures or ''}, {len(summary.get('errors', []))} errors, {summary.get('running_time', 0):.0f}s")
    with capsys.disabled():  # CI's log shows the counts
        print("\n" + line)
    assert proc.returncode == 0 and ops.get("tested", 0) >= 70, line + "\n" + out[-6000:]


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    """Its own `serve --demo` (the run creates and deletes things): private upstreams allowed, so a webhook URL
    the fuzzer invents is judged by its form, not by whether its host resolves."""
    from tests.conftest import free_port, wait_for_server

    data = tmp_path_factory.mktemp("fuzz-data")
    port = free_port()
    env = dict(os.environ, RAG_DATA_DIR=str(data), HF_HUB_OFFLINE="1", RAG_ALLOW_PRIVATE_UPSTREAMS="1",
               PYTHONPATH=str(REPO))
    env.pop("RAG_ADMIN_KEY", None)
    env.pop("RAG_CONVERSATIONS__TEST_CLOCK", None)
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "rag_agent.cli", "serve", "--demo", "--port", str(port)],
                            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(proc, url, data / "server.log")
        yield url, (data / "api-key").read_text().strip()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
