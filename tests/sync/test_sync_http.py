"""Connections, syncs and webhooks over real HTTP (uvicorn on 127.0.0.1 in a thread, one Service)."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from tests.conftest import REPO, free_port
from tests.sync import tiny_platform

pytestmark = pytest.mark.integration

SECRET = "whsec-tiny-123"


class _Server:
    def __init__(self, svc) -> None:
        import uvicorn

        from rag_agent.api import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(svc), host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "_Server":
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started and time.time() < deadline:
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        runner = getattr(self.server.config.app.state, "sync_runner", None)
        if runner is not None:
            runner.close()
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _api(svc):
    _, key = svc.state.create_workspace("Shop two")
    return key


@pytest.fixture()
def http(hash_service, tiny):
    key = _api(hash_service)
    with _Server(hash_service) as srv:
        with httpx.Client(base_url=srv.url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
            yield c, tiny


def create(c, store_name, name="shop"):
    r = c.post("/v1/connections", json={"platform": "tiny", "name": name, "config": {"store": store_name},
                                        "secrets": {"token": "tok-very-secret", "webhook_secret": SECRET}})
    assert r.status_code == 201, r.text
    return r.json()


def wait_sync(c, sync_id):
    deadline = time.time() + 60
    while time.time() < deadline:
        rec = c.get(f"/v1/syncs/{sync_id}").json()
        if rec["status"] != "running":
            return rec
        time.sleep(0.1)
    raise AssertionError("sync did not finish")


def ask(c, message):
    r = c.post("/v1/answer", json={"message": message})
    assert r.status_code == 200, r.text
    return r.json()["reply"]


def test_connect_sync_and_read_status_over_http(http):
    c, (store_name, store) = http
    conn = create(c, store_name)
    assert "tok-very-secret" not in str(conn) and conn["secrets"] == {"token": "stored", "webhook_secret": "stored"}
    listed = c.get("/v1/connections").json()
    assert [x["name"] for x in listed] == ["shop"] and SECRET not in str(listed)
    r = c.post("/v1/connections/shop/sync", json={"full": True})
    assert r.status_code == 202
    rec = wait_sync(c, r.json()["sync_id"])
    assert rec["status"] == "succeeded" and rec["connection"] == "shop"
    assert rec["counts"]["added"] == 10 and rec["counts"]["orders"] == 1
    assert "$14.00" in ask(c, "How much is the Gadget 4?")
    assert c.get("/v1/syncs/sync_nope").status_code == 404
    assert c.post("/v1/connections/nope/sync").status_code == 404


def test_synced_sources_refuse_edits_through_the_api(http):
    c, (store_name, _) = http
    conn = create(c, store_name)
    wait_sync(c, c.post("/v1/connections/shop/sync").json()["sync_id"])
    demo_csv = (REPO / "rag_agent" / "demo" / "products.csv").read_bytes()
    r = c.put(f"/v1/sources/{conn['products_source_id']}", files={"file": ("products.csv", demo_csv)})
    assert r.status_code == 400 and "change it in the store and sync" in r.json()["detail"]
    r = c.put(f"/v1/sources/{conn['pages_source_id']}", files={"file": ("faq.md", b"# FAQ\nWe ship to Mars.")})
    assert r.status_code == 400 and "change it in the store and sync" in r.json()["detail"]
    assert "$14.00" in ask(c, "How much is the Gadget 4?")


def test_webhook_signature_duplicates_and_delete(http):
    c, (store_name, store) = http
    conn = create(c, store_name)
    wait_sync(c, c.post("/v1/connections/shop/sync").json()["sync_id"])
    url = conn["webhook_path"]
    changed = store.set_price("2", 77.0).model_dump(mode="json")
    headers, body = tiny_platform.delivery("products/update", changed, "wrong-secret", "d1")
    r = httpx.post(c.base_url.join(url), content=body, headers=headers)  # no API key: the signature authenticates
    assert r.status_code == 401
    assert "$12.00" in ask(c, "How much is the Gadget 2?")
    headers, body = tiny_platform.delivery("products/update", changed, SECRET, "d2")
    r = httpx.post(c.base_url.join(url), content=body, headers=headers)
    assert r.status_code == 200 and r.json()["status"] == "applied"
    assert "$77.00" in ask(c, "How much is the Gadget 2?")
    # the same delivery again is a no-op, even when its body would now be stale
    older = dict(changed, variants=[dict(changed["variants"][0], price=1.0)])
    headers, body = tiny_platform.delivery("products/update", older, SECRET, "d2")
    r = httpx.post(c.base_url.join(url), content=body, headers=headers)
    assert r.status_code == 200 and r.json()["status"] == "duplicate"
    assert "$77.00" in ask(c, "How much is the Gadget 2?")
    del store.products["5"]  # the store deletes the product, then tells us (a delete is checked with the store)
    headers, body = tiny_platform.delivery("products/delete", {"id": 5}, SECRET, "d3")
    assert httpx.post(c.base_url.join(url), content=body, headers=headers).json()["status"] == "applied"
    assert "Gadget 5" not in ask(c, "How much is the Gadget 5?")
    assert c.post("/v1/webhooks/con_unknown", content=b"{}").status_code == 401


def test_webhook_refetch_and_orders(http):
    c, (store_name, store) = http
    conn = create(c, store_name)
    wait_sync(c, c.post("/v1/connections/shop/sync").json()["sync_id"])
    url = conn["webhook_path"]
    store.set_price("6", 61.0)  # an inventory event carries only the id: the runner refetches the product
    headers, body = tiny_platform.delivery("inventory/update", {"id": 6}, SECRET, "i1")
    assert httpx.post(c.base_url.join(url), content=body, headers=headers).json()["status"] == "applied"
    assert "$61.00" in ask(c, "How much is the Gadget 6?")
    order = {"number": "1002", "email": "bo@example.com", "status": "shipped", "tracking_number": "TRK2",
             "items": [{"title": "Gadget 6"}]}
    headers, body = tiny_platform.delivery("orders/updated", order, SECRET, "o1")
    assert httpx.post(c.base_url.join(url), content=body, headers=headers).json()["status"] == "applied"
    assert "TRK2" in ask(c, "Where is order 1002? email bo@example.com")
