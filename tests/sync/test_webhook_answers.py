"""After a platform's webhook changes a price, the next /v1/answer quotes the new price (real model, real HTTP).

Each platform's fake runs in-thread; our API runs under uvicorn on 127.0.0.1; the webhook is the
platform's own signed delivery, posted without an API key.
"""

from __future__ import annotations

import time

import httpx
import pytest

from tests.sync.test_sync_http import _Server

pytestmark = [pytest.mark.integration, pytest.mark.slow]

NEW_PRICE = 987.65


def _shopify(n: int = 20):
    from tests.fakes.shopify import ShopifyFake

    fake = ShopifyFake(products=n, orders=2)
    fake.start()
    return fake, {"shop": "fake-store.myshopify.com", "base_url": fake.base_url, "access_token": fake.token,
                  "webhook_secret": fake.webhook_secret}, "products/update"


def _woocommerce(n: int = 20):
    from tests.fakes.woocommerce import WooCommerceFake

    fake = WooCommerceFake(products=n, orders=2)
    fake.start()
    return fake, {"url": fake.base_url, "consumer_key": fake.consumer_key, "consumer_secret": fake.consumer_secret,
                  "webhook_secret": fake.webhook_secret, "per_page": "20"}, "product.updated"


def _nuvemshop(n: int = 20):
    from tests.fakes.nuvemshop import NuvemshopFake

    fake = NuvemshopFake(products=n, orders=2, bucket_size=100_000, leak_per_s=10_000)
    fake.start()
    return fake, {"store_id": fake.store_id, "access_token": fake.token, "user_agent": "RagAgent (t@example.com)",
                  "base_url": fake.api_url, "pages_base_url": f"{fake.base_url}/2025-03/{fake.store_id}",
                  "webhook_secret": fake.app_secret}, "product/updated"


def _lazada(n: int = 20):
    from tests.fakes.lazada import LazadaFake

    fake = LazadaFake(products=n, orders=2)
    fake.start()
    return fake, {"app_key": fake.app_key, "app_secret": fake.app_secret, "access_token": fake.access_token,
                  "refresh_token": fake.refresh_token, "country": "sg", "base_url": fake.api_url,
                  "auth_url": fake.api_url}, "product/updated"


FAKES = {"shopify": _shopify, "woocommerce": _woocommerce, "nuvemshop": _nuvemshop, "lazada": _lazada}


def _matches(payload_id: str, fake_id: str) -> bool:
    return payload_id == fake_id or payload_id.endswith("/" + fake_id)


@pytest.mark.parametrize("platform", sorted(FAKES))
def test_webhook_price_change_reaches_the_next_answer(platform, tmp_path, embedder):
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    fake, options, topic = FAKES[platform]()
    # the fakes listen on 127.0.0.1, which a workspace key may name only when the operator allows it
    svc = Service(Settings(data_dir=tmp_path / "data", allow_private_upstreams=True), embedder=embedder)
    try:
        ws, key = svc.state.create_workspace("Shop")
        with _Server(svc) as srv, httpx.Client(base_url=srv.url, timeout=60,
                                               headers={"Authorization": f"Bearer {key}"}) as c:
            config = {k: v for k, v in options.items() if k not in {"access_token", "consumer_secret", "app_secret",
                                                                   "refresh_token", "webhook_secret",
                                                                   "consumer_key"}}
            secrets = {k: v for k, v in options.items() if k not in config}
            r = c.post("/v1/connections", json={"platform": platform, "name": "shop", "config": config,
                                                "secrets": secrets})
            assert r.status_code == 201, r.text
            conn = r.json()
            sync_id = c.post("/v1/connections/shop/sync").json()["sync_id"]
            deadline = time.time() + 120
            while (rec := c.get(f"/v1/syncs/{sync_id}").json())["status"] == "running" and time.time() < deadline:
                time.sleep(0.2)
            assert rec["status"] == "succeeded", rec
            runner = srv.server.config.app.state.sync_runner
            live = [h.payload for h in runner.live_points(ws.id, "shop") if h.payload["kind"] == "product"]
            # a plain product (no sale price, one title) whose price the store changes
            target = next(p for p in live
                          if not any(v.get("compare_at_price") for v in p["variants"]) and ":" not in p["product_id"]
                          and any(_matches(p["product_id"], fid) for fid in fake.product_ids()))
            fid = next(f for f in fake.product_ids() if _matches(target["product_id"], f))
            question = f"How much is the {target['title']}?"
            before = c.post("/v1/answer", json={"message": question}).json()["reply"]
            assert "987" not in before
            fake.set_price(fid, NEW_PRICE)
            headers, body = fake.webhook(topic, product_id=fid)
            bad = dict(headers)
            sig = next(k for k in bad if k.lower() in {"x-shopify-hmac-sha256", "x-wc-webhook-signature",
                                                       "x-linkedstore-hmac-sha256", "authorization"})
            bad[sig] = "AAAA" + bad[sig][4:]
            assert httpx.post(srv.url + conn["webhook_path"], content=body, headers=bad).status_code == 401
            t0 = time.perf_counter()
            r = httpx.post(srv.url + conn["webhook_path"], content=body, headers=headers, timeout=30)
            assert r.status_code == 200 and r.json()["status"] == "applied", r.text
            reply = c.post("/v1/answer", json={"message": question}).json()["reply"]
            elapsed = time.perf_counter() - t0
            assert "987.65" in reply or "987,65" in reply, reply
            print(f"{platform}: webhook to answer {elapsed * 1000:.0f} ms")
    finally:
        svc.close()
        fake.stop()
