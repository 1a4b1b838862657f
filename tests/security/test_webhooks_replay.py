"""Webhooks under attack and faults (issue 12 item 12, issue 14 item 6), against a real ``rag-agent serve``.

* A captured, signed ``products/delete`` replayed under a new ``X-Shopify-Webhook-Id`` (the id is not
  signed) must not remove a product the store still sells, and the next incremental sync still has it.
* The signature is checked with the webhook secret alone: a connection whose access token cannot be read
  (an ``env:`` variable the server lacks) still refuses a forged delivery with 401, and answers a genuine one
  it cannot apply with 503 and no detail, the reason going to the server's log only.

The store is the Shopify fake on 127.0.0.1, connected by the operator (admin key), who may name a local
address; the server itself allows no private upstreams.
"""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from tests.fakes.shopify import ShopifyFake, sign_webhook

UNSET_TOKEN_VAR = "SEC_UNSET_SHOPIFY_TOKEN_5c1d"
UNSET_HOOK_VAR = "SEC_UNSET_WEBHOOK_SECRET_9a2e"


@pytest.fixture(scope="module")
def shop():
    fake = ShopifyFake(products=12, orders=1)
    fake.start()
    yield fake
    fake.stop()


def _admin_connect(srv, fake: ShopifyFake, name: str, **secrets: str) -> dict:
    body = {"platform": "shopify", "name": name,
            "config": {"shop": "fake-store.myshopify.com", "base_url": fake.base_url, "max_retries": "0"},
            "secrets": {"access_token": fake.token, "webhook_secret": fake.webhook_secret, **secrets}}
    with srv.client("admin") as c:
        r = c.post(f"/v1/admin/workspaces/{srv.ws_id('A')}/connections", json=body)
        assert r.status_code == 201, r.text
        return r.json()


def _sync(c: httpx.Client, name: str, full: bool = False) -> dict:
    sync_id = c.post(f"/v1/connections/{name}/sync", json={"full": full}).json()["sync_id"]
    deadline = time.time() + 180
    while (rec := c.get(f"/v1/syncs/{sync_id}").json())["status"] == "running" and time.time() < deadline:
        time.sleep(0.2)
    assert rec["status"] == "succeeded", rec
    return rec


def _items(c: httpx.Client, source_id: str) -> int:
    return next(s["items"] for s in c.get("/v1/sources").json() if s["id"] == source_id)


def _post(srv, path: str, headers: dict, body: bytes) -> httpx.Response:
    return httpx.post(srv.url + path, content=body, headers=headers, timeout=60)  # no API key: the signature


def test_a_replayed_delete_is_harmless(sec_server, shop):
    conn = _admin_connect(sec_server, shop, "replay")
    pid = shop.product_ids()[3]
    title = shop.products[int(pid)]["title"]
    price = shop.products[int(pid)]["variants"][0]["price"]
    with sec_server.client("A") as c:
        try:
            _sync(c, "replay", full=True)
            catalog = conn["products_source_id"]
            assert _items(c, catalog) == 12
            # a delete captured in flight (the store never deleted the product), sent as a new delivery
            headers, body = shop.webhook("products/delete", product_id=pid)
            r = _post(sec_server, conn["webhook_path"], headers, body)
            assert r.status_code == 200, r.text
            assert _items(c, catalog) == 12
            for _ in range(3):  # replayed under fresh delivery ids
                r = _post(sec_server, conn["webhook_path"], dict(headers, **{"X-Shopify-Webhook-Id": str(uuid.uuid4())}),
                          body)
                assert r.status_code == 200 and r.json()["status"] != "duplicate", r.text
                assert _items(c, catalog) == 12
            assert _post(sec_server, conn["webhook_path"], headers, body).json()["status"] == "duplicate"
            _sync(c, "replay")  # incremental: the product is still there
            assert _items(c, catalog) == 12
            reply = c.post("/v1/answer", json={"message": f"How much is the {title}?"}).json()["reply"]
            assert price in reply or price.replace(".", ",") in reply, reply
            # the store deletes it for real: the delete, checked with the store, is applied
            shop.delete_product(pid)
            headers, body = shop.webhook("products/delete", product_id=pid)
            r = _post(sec_server, conn["webhook_path"], headers, body)
            assert r.status_code == 200 and r.json()["status"] == "applied", r.text
            assert _items(c, catalog) == 11
        finally:
            c.delete("/v1/connections/replay")


def test_the_signature_is_checked_with_the_webhook_secret_alone(sec_server, shop):
    conn = _admin_connect(sec_server, shop, "no-token", access_token=f"env:{UNSET_TOKEN_VAR}")
    pid = shop.product_ids()[0]
    try:
        headers, body = shop.webhook("products/update", product_id=pid)
        forged = dict(headers, **{"X-Shopify-Hmac-Sha256": sign_webhook(body, "not-the-secret")})
        r = _post(sec_server, conn["webhook_path"], forged, body)
        assert r.status_code == 401, r.text
        assert UNSET_TOKEN_VAR not in r.text
        # a genuine delivery that needs the store (a refetch) cannot be applied: 503, no detail, reason logged
        r = _post(sec_server, conn["webhook_path"], headers, body)
        assert r.status_code == 503, r.text
        assert r.json()["error"] == "ConnectionUnavailable"
        assert UNSET_TOKEN_VAR not in r.text and "environment" not in r.text
        assert UNSET_TOKEN_VAR in sec_server.log()  # the operator reads why
        # not recorded as delivered: the platform's retry is applied once the operator sets the variable
        assert _post(sec_server, conn["webhook_path"], headers, body).status_code == 503
    finally:
        with sec_server.client("A") as c:
            c.delete("/v1/connections/no-token")


def test_an_unreadable_webhook_secret_answers_503_without_detail(sec_server, shop):
    conn = _admin_connect(sec_server, shop, "no-hook-secret", webhook_secret=f"env:{UNSET_HOOK_VAR}")
    try:
        headers, body = shop.webhook("products/update", product_id=shop.product_ids()[1])
        for h in (headers, dict(headers, **{"X-Shopify-Hmac-Sha256": "AAAA"})):
            r = _post(sec_server, conn["webhook_path"], h, body)
            assert r.status_code == 503, r.text
            assert UNSET_HOOK_VAR not in r.text and "environment" not in r.text
        assert UNSET_HOOK_VAR in sec_server.log()
        assert shop.webhook_secret not in sec_server.log() and shop.token not in sec_server.log()
    finally:
        with sec_server.client("A") as c:
            c.delete("/v1/connections/no-hook-secret")
