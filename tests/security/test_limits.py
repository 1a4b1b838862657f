"""Resource limits and isolation against a real `rag-agent serve` (issue 12, items 7, 8, 9 and 11).

No input may stall the server or make it grow: uploads are read in a killable worker with a time limit, zip
bombs and over-large tables are refused before they expand, catalogs without prices or with mostly broken rows
import nothing, request bodies are capped while they are read, and bad input is a specific 4xx that leaves
nothing behind. The last test measures one workspace's answer latency while another uploads bombs and imports
a large catalog.
"""

from __future__ import annotations

import io
import random
import statistics
import threading
import time

import httpx
import pytest

from tests.security.conftest import start_server, stop_server
from tests.security.payloads import (
    SHOPIFY_HEAD,
    descendants,
    docx,
    docx_bomb,
    long_pdf,
    minimal_pdf,
    product_title,
    raw_post,
    rss_mb,
    shopify_catalog,
    xlsx_with_entries,
)

pytestmark = pytest.mark.integration

MB = 1024 * 1024


def source_names(client: httpx.Client) -> set[str]:
    r = client.get("/v1/sources")
    assert r.status_code == 200, r.text
    return {s["name"] for s in r.json()}


def upload(client: httpx.Client, name: str, data: bytes, path: str = "/v1/sources", timeout: float = 120):
    return client.post(path, files={"file": (name, io.BytesIO(data))}, timeout=timeout)


def refused(r: httpx.Response, status: int, error: str, *words: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"] == error, body
    for w in words:
        assert w in body["detail"], body
    return body


@pytest.fixture(scope="module")
def tight(tmp_path_factory):
    """A second server with small limits, so that each limit is reached by a small file."""
    srv = start_server(tmp_path_factory.mktemp("tight-server"), {
        "RAG_MAX_CSV_ROWS": "1000", "RAG_MAX_CHUNKS_PER_FILE": "40", "RAG_PARSE_TIMEOUT_S": "3",
        "RAG_MAX_UPLOAD_MB": "30"})
    yield srv
    stop_server(srv)


# -- item 7: zip bombs, and work kept off the event loop ------------------------------------------

def test_docx_and_xlsx_bombs_are_refused_before_they_expand(sec_server):
    b = sec_server.client("B", timeout=60)
    before, rss0 = source_names(b), rss_mb(sec_server.proc.pid)
    big = docx_bomb(111, varied=True)  # ~300 KB holding a 111 MB document.xml (the 324 KB bomb)
    small = docx_bomb(22, varied=False)  # ~26 KB holding 22 MB
    assert len(big) < 400 * 1024 and len(small) < 30 * 1024
    refused(upload(b, "manual.docx", big, timeout=60), 413, "FileTooLarge", "111 MB", "RAG_MAX_UNZIPPED_MB")
    refused(upload(b, "manual.docx", small, timeout=60), 413, "FileTooLarge", "RAG_MAX_ZIP_RATIO")
    many = xlsx_with_entries(3000)  # a real workbook with 3,000 extra parts
    refused(upload(b, "sizes.xlsx", many, timeout=60), 413, "FileTooLarge", "3009 files", "RAG_MAX_ZIP_ENTRIES")
    grown = rss_mb(sec_server.proc.pid) - rss0
    print(f"\nserver RSS change over three bombs: {grown:+.0f} MB")
    assert grown < 100
    assert source_names(b) == before
    # a real DOCX still goes through
    ok = upload(b, "care.docx", docx(["Care guide", "Wash the jacket cold and hang it to dry."]))
    assert ok.status_code == 201, ok.text


def test_a_slow_upload_is_killed_at_the_time_limit_and_nothing_is_left(tight):
    a = tight.client("A")
    assert upload(a, "warm.md", b"# Hello\n\nWe open at nine.").status_code == 201  # the reader is running
    workers_before = descendants(tight.proc.pid)
    before = source_names(a)
    slow = long_pdf(12_000)  # ~22 MB, ~20 s of pypdf: far past the 3 s limit
    started = time.perf_counter()
    r = upload(a, "manual.pdf", slow, timeout=90)
    took = time.perf_counter() - started
    print(f"\nslow upload answered after {took:.1f} s (limit 3 s)")
    refused(r, 422, "ParseTimeout", "RAG_PARSE_TIMEOUT_S", "manual.pdf")
    assert source_names(a) == before
    assert descendants(tight.proc.pid) == workers_before  # the worker was killed, not left running
    assert httpx.get(tight.url + "/health").status_code == 200


# -- item 9: rows, chunks, bad rows, essential columns, content sniffing --------------------------

def test_tables_and_chunks_over_their_limits_are_refused(tight):
    a = tight.client("A")
    before = source_names(a)
    refused(upload(a, "big.csv", shopify_catalog(1500), "/v1/catalog/import"), 413, "FileTooLarge",
            "1000 rows", "RAG_MAX_CSV_ROWS")
    table = "Size,Chest\n" + "".join(f"S{i},{80 + i}\n" for i in range(1500))
    refused(upload(a, "sizes.csv", table.encode()), 413, "FileTooLarge", "RAG_MAX_CSV_ROWS")
    many = "\n\n".join(f"## Topic {i}\n\nShipping to zone {i} takes {i % 9 + 1} days." for i in range(60))
    refused(upload(a, "zones.md", many.encode()), 413, "FileTooLarge", "60 chunks", "RAG_MAX_CHUNKS_PER_FILE")
    assert source_names(a) == before
    # under the limits the same kinds of file are accepted
    assert upload(a, "small.csv", shopify_catalog(50), "/v1/catalog/import").status_code == 201


def test_catalog_with_mostly_broken_rows_imports_nothing(sec_server):
    b = sec_server.client("B")
    before = source_names(b)
    rows = []
    for i in range(300):
        if i % 10 < 3:  # 30% garbage: wrong number of fields
            rows.append(f"junk-{i},x{i}~~,,{random.Random(i).random()}")
        else:
            rows.append(f"item-{i},{product_title(i)},<p>ok</p>,Acme,Lamp,,TRUE,Title,Default Title,S{i},5,{i}.00,,"
                        "active")
    data = (SHOPIFY_HEAD + "\n".join(rows) + "\n").encode()
    body = refused(upload(b, "garbage.csv", data, "/v1/catalog/import"), 422, "CatalogFormatError",
                   "90 of 300 rows", "RAG_MAX_BAD_ROW_SHARE", "nothing was imported")
    assert "wrong number of fields" in body["detail"]
    assert source_names(b) == before


def test_catalog_without_a_price_column_is_refused(sec_server):
    b = sec_server.client("B")
    before = source_names(b)
    data = b"Handle,Title\nmug,Stoneware Mug\nbowl,Stoneware Bowl\n"
    refused(upload(b, "handles.csv", data, "/v1/catalog/import"), 422, "CatalogFormatError", "no price column",
            "Variant Price")
    refused(upload(b, "handles.csv", data), 422, "CatalogFormatError", "no price column")
    assert source_names(b) == before


def test_content_must_be_what_the_name_says(sec_server):
    b = sec_server.client("B")
    before = source_names(b)
    pdf = minimal_pdf("Returns are accepted within 30 days.")
    refused(upload(b, "returns.md", pdf), 415, "UnsupportedFileType", "PDF", ".pdf")
    refused(upload(b, "catalog.csv", docx(["not a csv"]), "/v1/catalog/import"), 415, "UnsupportedFileType", "ZIP")
    refused(upload(b, "returns.txt", minimal_pdf("x")), 415, "UnsupportedFileType", "PDF")
    assert source_names(b) == before
    assert upload(b, "returns.pdf", pdf).status_code == 201  # the same bytes under their real name


# -- item 8: request bodies capped while reading ---------------------------------------------------

def _megabytes(n: int):
    block = b"x" * MB
    for _ in range(n):
        yield block


def test_webhook_body_over_the_cap_is_refused_while_reading(sec_server):
    url, pid = sec_server.url, sec_server.proc.pid
    rss0 = rss_mb(pid)
    # 2 GB announced: refused at once, before a byte of the body is read, and with no key or signature needed
    status, resp, sent = raw_post(url, "/v1/webhooks/con_doesnotexist",
                                  {"Content-Type": "application/json", "Content-Length": str(2 * 1024 ** 3)},
                                  _megabytes(64), wait_s=20)
    assert status == 413, resp[:300]
    assert b"RequestTooLarge" in resp and b"RAG_MAX_WEBHOOK_MB" in resp
    print(f"\n2 GB announced: 413 after {sent / MB:.1f} MB offered")
    # no length announced (chunked): counted while streaming, refused past the 2 MB cap
    status, resp, sent = raw_post(url, "/v1/webhooks/con_doesnotexist", {"Content-Type": "application/json"},
                                  _megabytes(64), chunked=True, wait_s=20)
    assert status == 413, resp[:300]
    print(f"chunked: 413 after {sent / MB:.1f} MB sent (cap 2 MB, the rest sat in socket buffers)")
    assert sent < 24 * MB
    grown = rss_mb(pid) - rss0
    print(f"server RSS change: {grown:+.0f} MB")
    assert grown < 50
    # an ordinary delivery still gets its ordinary answer
    r = httpx.post(url + "/v1/webhooks/con_doesnotexist", content=b"{}", headers={"Content-Type": "application/json"})
    assert r.status_code == 401


def test_upload_and_json_bodies_over_their_caps_are_refused_before_anything_else(sec_server):
    url = sec_server.url
    form = {"Content-Type": "multipart/form-data; boundary=xyz"}
    # no API key: the size is refused before the form is spooled and before the key is even looked at
    status, resp, _ = raw_post(url, "/v1/sources", dict(form, **{"Content-Length": str(2 * 1024 ** 3)}),
                               _megabytes(8), wait_s=20)
    assert status == 413 and b"RAG_MAX_UPLOAD_MB" in resp, resp[:300]
    def multipart():  # a well-formed form whose one file never ends
        yield b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n' \
              b"Content-Type: text/plain\r\n\r\n"
        yield from _megabytes(80)

    status, resp, sent = raw_post(url, "/v1/sources", form, multipart(), chunked=True, wait_s=30)
    assert status == 413 and b"RAG_MAX_UPLOAD_MB" in resp, resp[:300]
    assert sent < 72 * MB  # stopped past the 50 MB cap, not after the whole body
    status, resp, _ = raw_post(url, "/v1/answer", {"Content-Type": "application/json",
                                                   "Content-Length": str(100 * MB)}, _megabytes(8), wait_s=20)
    assert status == 413 and b"RAG_MAX_BODY_MB" in resp, resp[:300]
    assert httpx.get(url + "/health").status_code == 200


# -- item 11: honest errors, nothing left behind ---------------------------------------------------

def test_orders_file_with_bad_bytes_or_types_is_a_clear_422(sec_server):
    b = sec_server.client("B")
    before = source_names(b)
    bad_bytes = b'{"number": "5001", "status": "shipped", "email": "ann@example.com"}\n\xff\xfe\x00broken\n'
    refused(upload(b, "orders.jsonl", bad_bytes), 422, "CorruptFile", "not UTF-8")
    numeric = b'{"number": "5002", "status": "shipped", "email": 12345}\n'
    refused(upload(b, "orders.jsonl", numeric), 422, "CorruptFile", "'email' must be text")
    assert source_names(b) == before


def test_nan_and_infinity_in_json_are_a_422_that_serialises(sec_server):
    a = sec_server.client("A")
    tone = a.get("/v1/persona").json()["tone"]
    json_header = {"Content-Type": "application/json"}
    for path, method, body in [("/v1/answer", "POST", b'{"message": NaN}'),
                               ("/v1/answer", "POST", b'{"message": "hi", "persona": {"tone": Infinity}}'),
                               ("/v1/persona", "PATCH", b'{"tone": Infinity}'),
                               ("/v1/persona", "PATCH", b'{"tone": -Infinity, "name": NaN}')]:
        r = a.request(method, path, content=body, headers=json_header)
        body_json = refused(r, 422, "ValidationError")
        # the field and what it accepts (a tone is one of three words since the schema lists them)
        assert "valid string" in body_json["detail"] or "should be 'casual'" in body_json["detail"], body_json
    assert a.get("/v1/persona").json()["tone"] == tone


def test_a_300_character_file_name_is_refused_before_indexing(sec_server):
    b = sec_server.client("B")
    before = source_names(b)
    name = "returns-policy-" + "x" * 282 + ".md"
    assert len(name) == 300
    refused(upload(b, name, b"# Returns\n\nReturns are free within 30 days."), 400, "InputError",
            "300 characters", "at most 200")
    assert source_names(b) == before
    uploads = sec_server.data_dir / "uploads" / sec_server.ws_id("B")
    assert not uploads.exists() or not any(len(p.name) > 200 for p in uploads.rglob("*"))


# -- the "Done when": one workspace's latency while another uploads bombs and a big catalog -------

def test_answer_latency_of_a_workspace_while_another_uploads_bombs_and_a_large_catalog(sec_server):
    a, b = sec_server.client("A"), sec_server.client("B", timeout=600)
    assert upload(a, "lat-shop.csv", shopify_catalog(40, prefix="lat"), "/v1/catalog/import").status_code in (200, 201)
    questions = [f"How much is the {product_title(i)}?" for i in range(0, 40, 3)]

    def ask(q: str) -> tuple[float, float, dict]:
        t0 = time.perf_counter()
        r = a.post("/v1/answer", json={"message": q})
        t1 = time.perf_counter()
        assert r.status_code == 200, r.text
        return t0, t1, r.json()

    for q in questions[:3]:  # warm caches
        ask(q)
    idle = [t1 - t0 for t0, t1, _ in (ask(q) for q in questions[:10])]

    outcome: dict[str, object] = {}

    def workspace_b() -> None:
        outcome["bomb_small"] = upload(b, "bomb.docx", docx_bomb(22, varied=False)).status_code
        outcome["bomb_big"] = upload(b, "bomb.docx", docx_bomb(111, varied=True)).status_code
        outcome["import_start"] = time.perf_counter()
        r = upload(b, "big-catalog.csv", shopify_catalog(2500, prefix="big"), "/v1/catalog/import", timeout=900)
        outcome["import_end"] = time.perf_counter()
        outcome["import"] = (r.status_code, r.json())

    worker = threading.Thread(target=workspace_b)
    worker.start()
    loaded: list[tuple[float, float, dict]] = []
    i = 0
    while worker.is_alive():  # a customer every 20 ms
        loaded.append(ask(questions[i % len(questions)]))
        i += 1
        time.sleep(0.02)
    worker.join()

    status, body = outcome["import"]
    assert outcome["bomb_small"] == 413 and outcome["bomb_big"] == 413
    assert status == 201 and body["source"]["items"] == 2500, body
    start, end = outcome["import_start"], outcome["import_end"]
    during = [(t0, t1) for t0, t1, _ in loaded if t0 >= start and t1 <= end]
    lat_load = [t1 - t0 for t0, t1, _ in loaded]
    ratio = statistics.median(lat_load) / statistics.median(idle)
    print(f"\nworkspace A answer latency: idle median {statistics.median(idle) * 1000:.0f} ms "
          f"(n={len(idle)}); while B uploaded two zip bombs and imported 2,500 products "
          f"({end - start:.1f} s): median {statistics.median(lat_load) * 1000:.0f} ms, "
          f"max {max(lat_load) * 1000:.0f} ms (n={len(lat_load)}, {len(during)} inside the import); "
          f"ratio {ratio:.1f}x")
    assert len(during) >= 3, "workspace A got no answers while workspace B imported"
    assert all("$" in ans["reply"] for _, _, ans in loaded[-3:])
