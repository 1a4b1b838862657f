"""The README followed step by step, as a new user meets it: each test is one failure such a user hit once.

A CLI command beside a running server, `--url` without `--api-key`, a second upload of the same CSV, an
unknown field, a 404's body, `/docs` with no network, a busy port, commands that need no model, progress
in a log. Real `rag-agent` processes and real HTTP throughout.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.integration

DEMO_CSV = REPO / "rag_agent" / "demo" / "products.csv"


def rag(data_dir: Path, *args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    full = dict(os.environ, RAG_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO), **env)
    full.pop("RAG_API_KEY", None)
    full.pop("RAG_PROGRESS", None)
    return subprocess.run([sys.executable, "-m", "rag_agent.cli", *args], cwd=REPO, env=full, text=True,
                          capture_output=True, timeout=timeout)


# -- beside a running server ------------------------------------------------------------------------

def test_cli_beside_a_running_server_goes_through_it(server):
    url, key, data = server
    t0 = time.monotonic()
    r = rag(data, "ask", "How much is the Trail Runner Jacket?")
    assert r.returncode == 0, r.stderr
    assert "89.00" in r.stdout and f"through the server at {url}" in r.stderr
    assert "Traceback" not in r.stderr and time.monotonic() - t0 < 60
    listed = rag(data, "sources", "list")
    assert listed.returncode == 0 and "products.csv" in listed.stdout, listed.stderr


def test_url_without_api_key_reads_the_key_file_or_says_what_is_missing(server, tmp_path):
    url, _, data = server
    r = rag(data, "ask", "hello", "--url", url, "--json")
    assert r.returncode == 0 and '"reply"' in r.stdout, r.stderr
    empty = rag(tmp_path / "nothing-here", "ask", "hello", "--url", url)
    assert empty.returncode == 1 and "Traceback" not in empty.stderr
    assert empty.stderr.count("\n") == 1 and "--api-key" in empty.stderr and "api-key" in empty.stderr


# -- the API's answers --------------------------------------------------------------------------------

def test_unknown_field_is_a_422_naming_it(server):
    url, key, _ = server
    r = httpx.post(f"{url}/v1/answer", json={"message": "hi", "persona": {"language": "tr"}},
                   headers={"Authorization": f"Bearer {key}"}, timeout=60)
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "ValidationError" and "persona.language" in body["detail"]
    assert body["errors"][0]["loc"] == ["body", "persona", "language"]


def test_unknown_paths_and_methods_answer_in_the_one_error_shape(server):
    url, key, _ = server
    r = httpx.get(f"{url}/v1/nothing-here", headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 404 and r.json() == {
        "error": "NotFound", "detail": "no route GET /v1/nothing-here; the API is under /v1 (see /docs)"}
    r = httpx.delete(f"{url}/v1/persona", headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 405 and r.json()["error"] == "MethodNotAllowed"
    assert set(r.headers["allow"].split(", ")) == {"GET", "PATCH"}


def test_second_upload_of_the_same_csv_is_a_no_op_that_says_so(server):
    url, key, _ = server
    auth = {"Authorization": f"Bearer {key}"}
    data = DEMO_CSV.read_bytes()
    for route in ("/v1/catalog/import", "/v1/sources"):
        r = httpx.post(f"{url}{route}", files={"file": ("products.csv", data)}, headers=auth, timeout=120)
        assert r.status_code == 200 and r.json()["status"] == "unchanged", r.text
        assert "identical" in r.json()["detail"]
    names = [s["name"] for s in httpx.get(f"{url}/v1/sources", headers=auth).json()]
    assert names.count("products.csv") == 1


def test_docs_work_offline_with_an_authorize_button(server):
    url, _, _ = server
    page = httpx.get(f"{url}/docs").text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets and all(a.startswith("/docs/static/") for a in assets), assets  # nothing from a CDN
    for a in assets:
        assert httpx.get(url + a).status_code == 200, a
    schema = httpx.get(f"{url}/openapi.json").json()
    assert schema["components"]["securitySchemes"]["bearer"] == {
        "type": "http", "scheme": "bearer", "description": schema["components"]["securitySchemes"]["bearer"]
        ["description"]}
    assert {"bearer": []} in schema["paths"]["/v1/answer"]["post"]["security"]
    assert not any(p.startswith("/v1/_clock") for p in schema["paths"])  # test-only routes, not on this server
    assert schema["paths"]["/v1/sources/{source_id}"]["delete"]["responses"]["404"]["content"][
        "application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


def test_access_log_has_each_request_and_never_a_key(server):
    url, key, data = server
    httpx.get(f"{url}/v1/persona", headers={"Authorization": f"Bearer {key}", "X-Request-ID": "req-42"})
    time.sleep(0.3)
    log = (data / "server.log").read_text()
    assert re.search(r"GET /v1/persona 200 [\d.]+ms id=req-42", log), log[-2000:]
    assert key not in log


# -- serve --------------------------------------------------------------------------------------------

def test_serve_on_a_busy_port_says_so_before_any_banner(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        t0 = time.monotonic()
        r = rag(tmp_path / "data", "serve", "--port", str(port), timeout=60)
    assert r.returncode == 1 and time.monotonic() - t0 < 20
    assert r.stdout == "" and r.stderr.strip().count("\n") == 0
    assert f"port {port} on 127.0.0.1 is already in use" in r.stderr


# -- start-up: commands that need no model do not load it -----------------------------------------------

LOADED = ("import runpy, sys\nsys.argv = ['rag-agent', *sys.argv[1:]]\n"
          "try:\n    runpy.run_module('rag_agent.cli', run_name='__main__')\nexcept SystemExit as e:\n"
          "    code = e.code\nprint('MODEL-LOADED' if 'torch' in sys.modules else 'NO-MODEL', file=sys.stderr)\n")


def _loads_model(data: Path, *args: str) -> tuple[subprocess.CompletedProcess, bool]:
    env = dict(os.environ, RAG_DATA_DIR=str(data), HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-c", LOADED, *args], cwd=REPO, env=env, text=True, capture_output=True,
                       timeout=600)
    return r, "MODEL-LOADED" in r.stderr


def test_commands_that_need_no_model_do_not_load_it(tmp_path):
    for args in (["--help"], ["sources", "list"], ["connections", "list"]):
        r, loaded = _loads_model(tmp_path / "d", *args)
        assert not loaded and "Traceback" not in r.stderr, (args, r.stderr[-1500:])
    assert "Loading weights" not in r.stderr


def test_listing_sources_of_a_fresh_data_directory_creates_nothing_and_loads_no_database_driver(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    probe = ("import runpy, sys\nsys.argv = ['rag-agent', 'sources', 'list']\n"
             "try:\n    runpy.run_module('rag_agent.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print('SQLALCHEMY' if 'sqlalchemy' in sys.modules else 'NO-DRIVER', file=sys.stderr)\n")
    env = dict(os.environ, RAG_DATA_DIR=str(data), PYTHONPATH=str(REPO))
    env.pop("RAG_DATABASE_URL", None)
    r = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, text=True, capture_output=True, timeout=120)
    assert "no sources yet" in r.stdout and "NO-DRIVER" in r.stderr, r.stderr[-1500:]
    assert list(data.iterdir()) == []  # a read creates no database and no key
    # once something is stored, the list reads the database
    assert rag(data, "sources", "add", str(REPO / "README.md")).returncode == 0
    assert "README.md" in rag(data, "sources", "list").stdout


def test_unchanged_reimport_does_not_load_the_model_and_says_so(tmp_path):
    data = tmp_path / "d"
    first = rag(data, "import", "shopify-csv", str(DEMO_CSV))
    assert first.returncode == 0 and "added" in first.stdout, first.stderr
    assert "Loading weights" not in first.stderr
    # not a terminal: one plain line per stage, with the total
    assert re.search(r"importing products\.csv: indexing products \(\d+ items\)", first.stderr), first.stderr
    again, loaded = _loads_model(data, "import", "shopify-csv", str(DEMO_CSV))
    assert "identical to the imported copy, nothing changed" in again.stdout, again.stderr
    assert not loaded
