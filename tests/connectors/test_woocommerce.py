"""WooCommerce connector against the local WooCommerce fake: the shared contract plus WooCommerce's own
rules (OAuth 1.0a over HTTP, X-WP-TotalPages paging, variations, Shipment Tracking, wp/v2 pages,
webhook signatures and bodies)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import subprocess
import sys
from datetime import datetime, timezone

import httpx
import pytest

from connectors import woocommerce as woo_connector
from connectors.base import UpstreamError
from connectors.woocommerce import CONFIG_KEYS, SECRET_KEYS, from_config, parse_webhook, verify_webhook
from connectors._retry import signed_by
from rag_agent.errors import ConfigError, InputError
from tests.connectors.contract import ConnectorContract
from tests.fakes.common import REPO_ROOT, load_payload
from tests.fakes.woocommerce import WooCommerceFake

WRONG_SECRET = "cs_wrong000000000000000000000000000000000"


def _config(fake: WooCommerceFake, **overrides: str) -> dict[str, str]:
    config = {"url": fake.base_url, "consumer_key": fake.consumer_key, "consumer_secret": fake.consumer_secret,
              "per_page": "20", "max_retries": "3", "backoff_s": "0.001", "max_wait_s": "0.02"}
    config.update(overrides)
    return config


class TestWooCommerceContract(ConnectorContract):
    platform = "woocommerce"

    @pytest.fixture()
    def fake(self):
        with WooCommerceFake(products=120, orders=8) as fake:
            yield fake

    @pytest.fixture()
    def connector(self, fake):
        c = from_config(_config(fake))
        yield c
        c.close()

    @pytest.fixture()
    def bad_connector(self, fake):
        c = from_config(_config(fake, consumer_secret=WRONG_SECRET))
        yield c
        c.close()

    @pytest.fixture()
    def secrets(self, fake):
        return [fake.consumer_secret, WRONG_SECRET]


@pytest.fixture()
def fake():
    with WooCommerceFake(products=40, orders=10) as fake:
        yield fake


@pytest.fixture()
def connector(fake):
    c = from_config(_config(fake))
    yield c
    c.close()


# -- requests as WooCommerce wants them ----------------------------------------------------------
def test_oauth1_signed_requests_over_http_and_x_wp_totalpages_paging(fake, connector):
    list(connector.products())
    assert fake.auth_modes == {"oauth1"}
    listing = [r for r in fake.requests if r.path == "/wp-json/wc/v3/products"]
    assert [r.param("page") for r in listing] == ["1", "2"]  # 40 products, 20 a page, stop at X-WP-TotalPages
    assert all(r.param("oauth_signature_method") == "HMAC-SHA256" for r in listing)
    assert all(fake.consumer_secret not in json.dumps(r.query) for r in fake.requests)
    variable = [pid for pid, p in fake.products.items() if p["type"] == "variable"]
    assert sorted(int(r.path.split("/")[-2]) for r in fake.requests_to("/variations")) == sorted(variable)


def test_a_replayed_or_tampered_signature_is_refused(fake, connector):
    connector.product_ids()
    signed = next(r for r in fake.requests if r.path == "/wp-json/wc/v3/products")
    query = {k: v[-1] for k, v in signed.query.items()}
    replay = httpx.get(f"{fake.base_url}{signed.path}", params=query)
    assert replay.status_code == 401 and "nonce" in replay.json()["message"]
    query["per_page"] = "100"
    tampered = httpx.get(f"{fake.base_url}{signed.path}", params=query)
    assert tampered.status_code == 401 and tampered.json()["code"] == "woocommerce_rest_authentication_error"


def test_updated_since_is_modified_after_in_gmt(fake, connector):
    since = datetime(2024, 1, 1, 1, 0, 0, tzinfo=timezone.utc)
    got = list(connector.products(updated_since=since))
    sent = [r for r in fake.requests if r.path == "/wp-json/wc/v3/products"]
    assert {(r.param("modified_after"), r.param("dates_are_gmt")) for r in sent} == {("2024-01-01T01:00:00", "true")}
    assert got and all(p.updated_at > since for p in got)


def test_prices_sale_prices_and_stock(fake, connector):
    products = {p.id: p for p in connector.products()}
    on_sale = [str(pid) for pid, p in fake.products.items() if p.get("on_sale")]
    untracked = [str(pid) for pid, p in fake.products.items() if p["type"] == "simple" and not p["manage_stock"]]
    assert on_sale and untracked
    sale = products[on_sale[0]].variants[0]
    raw = fake.products[int(on_sale[0])]
    assert (sale.price, sale.compare_at_price) == (float(raw["sale_price"]), float(raw["regular_price"]))
    assert products[untracked[0]].variants[0].inventory_quantity is None

    pid = next(pid for pid, p in fake.products.items() if p["type"] == "variable")
    variations = fake.variations[pid]
    fake.products[pid].update(manage_stock=True, stock_quantity=11)
    variations[0].update(manage_stock="parent", stock_quantity=None)
    variations[1].update(stock_quantity=0, stock_status="outofstock")
    product = connector.product(str(pid))
    assert product.variants[0].inventory_quantity == 11
    assert product.variants[1].available is False and product.variants[1].inventory_quantity == 0
    assert product.variants[0].options == {"Color": "Black", "Size": "S"}
    assert product.attributes["Material"]  # the visible, non-variation attribute


def test_currency_comes_from_the_store_unless_configured():
    with WooCommerceFake(products=4, orders=1, currency="BRL") as fake:
        c = from_config(_config(fake))
        assert {p.currency for p in c.products()} == {"BRL"}
        fake.clear_requests()
        configured = from_config(_config(fake, currency="eur"))
        assert {p.currency for p in configured.products()} == {"EUR"}
        assert not fake.requests_to("/data/currencies")


def test_pages_are_public_requests_and_skip_woocommerce_system_pages(fake, connector):
    pages = list(connector.pages())
    titles = {p.title: p for p in pages}
    assert "Cart" not in titles
    assert titles["Refund and Returns Policy"].kind == "policy" and titles["FAQ"].kind == "page"
    assert "can\u2019t offer you a full refund" in titles["Refund and Returns Policy"].body
    assert titles["Shipping"].url.endswith("/shipping/")
    for r in fake.requests_to("/wp-json/wp/v2/pages"):
        assert "authorization" not in r.headers and "oauth_signature" not in r.query


def test_store_without_shipment_tracking_probes_once():
    with WooCommerceFake(products=4, orders=10, shipment_tracking=False) as fake:
        c = from_config(_config(fake))
        orders = list(c.orders())
        assert len(orders) == 10 and all(o.tracking_number is None for o in orders)
        assert {o.status for o in orders} >= {"shipped", "processing", "on_hold", "cancelled"}
        assert len(fake.requests_to("shipment-trackings")) == 2  # one probe in each namespace, then no more


def test_order_numbers_that_are_not_ids_are_searched(fake, connector):
    oid = sorted(fake.orders)[1]
    fake.orders[oid]["number"] = "A-2024-17"
    order = connector.order("A-2024-17")
    assert order is not None and order.number == "A-2024-17" and order.tracking_number
    assert any(r.param("search") == "A-2024-17" for r in fake.requests_to("/wc/v3/orders"))
    fake.clear_requests()
    assert connector.order("1 OR 1=1") is None and fake.requests == []


def test_order_status_mapping():
    from connectors.woocommerce import order_status

    assert [order_status(s) for s in ("pending", "processing", "on-hold", "completed", "cancelled", "refunded",
                                      "failed", "wc-delivered", "checkout-draft", "ready-to-ship")] == [
        "pending", "processing", "on_hold", "shipped", "cancelled", "refunded", "failed", "delivered",
        "pending", "ready_to_ship"]


# -- config ----------------------------------------------------------------------------------------
def test_config_keys_and_errors(fake):
    assert "url" in CONFIG_KEYS
    assert set(SECRET_KEYS) == {"consumer_key", "consumer_secret", "webhook_secret"}
    assert "Read" in woo_connector.__doc__ and "consumer key" in woo_connector.__doc__
    with pytest.raises(ConfigError, match="url"):
        from_config(_config(fake, url="example.com"))
    with pytest.raises(ConfigError, match="consumer key"):
        from_config(_config(fake, consumer_secret=""))
    with pytest.raises(ConfigError, match="per_page"):
        from_config(_config(fake, per_page="500"))
    with pytest.raises(ConfigError, match="woocommerce: workers must be a whole number"):
        from_config(_config(fake, workers="1.5"))
    with pytest.raises(ConfigError, match="query_string_auth"):
        from_config(_config(fake, query_string_auth="maybe"))
    c = from_config({"base_url": "https://shop.example.com/", "consumer_key": "ck_1", "consumer_secret": "cs_2"})
    assert c.url == "https://shop.example.com" and "cs_2" not in repr(c) and "ck_1" not in repr(c)
    c.close()


def test_unreachable_store_is_upstream_error_without_credentials():
    c = from_config({"url": "http://127.0.0.1:9", "consumer_key": "ck_visible_key", "consumer_secret": "cs_secret",
                     "currency": "USD", "max_retries": "1", "backoff_s": "0.001"})
    with pytest.raises(UpstreamError) as caught:
        c.product_ids()
    assert "ck_visible_key" not in str(caught.value) and "cs_secret" not in str(caught.value)
    c.close()


# -- webhooks ------------------------------------------------------------------------------------
def _sign(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def test_webhook_signature_true_false_tampered():
    body = json.dumps(load_payload("woocommerce", "wc_v3_product_retrieve.json")).encode()
    good = {"X-WC-Webhook-Signature": _sign(body, "s3cret"), "X-WC-Webhook-Topic": "product.updated"}
    assert verify_webhook(good, body, "s3cret")
    assert verify_webhook({k.lower(): v for k, v in good.items()}, body, "s3cret")
    assert not verify_webhook(good, body.replace(b"21.99", b"2.99"), "s3cret")
    assert not verify_webhook(good, body, "other")
    assert not verify_webhook({"X-WC-Webhook-Topic": "product.updated"}, body, "s3cret")
    assert not verify_webhook({"X-WC-Webhook-Signature": hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()},
                              body, "s3cret")
    assert not verify_webhook(good, body, "")
    # the comparison is the shared constant-time one
    assert "signed_by" in verify_webhook.__code__.co_names and "compare_digest" in signed_by.__code__.co_names


def test_webhook_from_the_real_product_and_order_fixtures():
    product = json.dumps(load_payload("woocommerce", "wc_v3_product_retrieve.json")).encode()
    headers = {"X-WC-Webhook-Topic": "product.updated", "X-WC-Webhook-Delivery-ID": "9f1c",
               "X-WC-Webhook-Source": "https://example.com/"}
    event = parse_webhook(headers, product, currency="USD")
    p = event.product
    assert event.delivery_id == "9f1c" and p.id == "794" and p.title == "Premium Quality"
    assert p.url == "https://example.com/product/premium-quality-19/" and p.category == "Clothing, T-shirts"
    assert [(v.price, v.inventory_quantity, v.available) for v in p.variants] == [(21.99, None, True)]
    assert "<p>" not in p.description and p.source == "woocommerce:example.com"
    assert parse_webhook(headers, product).refetch_product_id == "794"  # no currency known: refetch

    variable = json.dumps(load_payload("woocommerce", "wc_v3_products_list.json")[0]).encode()
    assert parse_webhook(headers, variable, currency="USD").refetch_product_id == "799"
    deleted = parse_webhook({"X-WC-Webhook-Topic": "product.deleted"}, b'{"id": 794}')
    assert deleted.deleted_product_id == "794"
    draft = dict(load_payload("woocommerce", "wc_v3_product_retrieve.json"), status="draft")
    assert parse_webhook(headers, json.dumps(draft).encode(), currency="USD").deleted_product_id == "794"

    order = json.dumps(load_payload("woocommerce", "wc_v3_order_retrieve.json")).encode()
    o = parse_webhook({"X-WC-Webhook-Topic": "order.updated", "X-WC-Webhook-Delivery-ID": "d2"}, order).order
    assert (o.number, o.status, o.email, o.phone) == ("727", "processing", "john.doe@example.com", "(555) 555-5555")
    assert [(i.title, i.variant, i.quantity) for i in o.items] == [
        ("Woo Single #1", "", 2), ("Ship Your Idea", "black / M Test", 1)]
    completed = dict(load_payload("woocommerce", "wc_v3_order_retrieve.json"), status="completed")
    shipped = parse_webhook({"X-WC-Webhook-Topic": "order.updated"}, json.dumps(completed).encode())
    assert shipped.order is None and shipped.refetch_order_number == "727"

    ping = parse_webhook({"X-WC-Webhook-Delivery-ID": "p1"}, b"webhook_id=12")
    assert ping.topic == "ping" and ping.product is None and ping.order is None
    with pytest.raises(InputError, match="not JSON"):
        parse_webhook({"X-WC-Webhook-Topic": "order.updated"}, b"<html>")


def test_webhook_product_matches_the_api_product(fake, connector):
    simple = next(str(pid) for pid, p in fake.products.items() if p["type"] == "simple")
    fake.set_price(simple, 31.5)
    headers, body = fake.webhook("product.updated", product_id=simple)
    assert verify_webhook(headers, body, fake.webhook_secret)
    event = connector.parse_webhook(headers, body)
    assert event.product.variants[0].price == 31.5
    assert event.product.content_hash() == connector.product(simple).content_hash()

    variable = next(str(pid) for pid, p in fake.products.items() if p["type"] == "variable")
    fake.set_stock(variable, 4)
    event = connector.parse_webhook(*fake.webhook("product.updated", product_id=variable))
    refetched = connector.product(event.refetch_product_id)
    assert {v.inventory_quantity for v in refetched.variants} == {4}
    fake.delete_product(variable)
    assert connector.product(variable) is None


def test_order_webhook_refetch_brings_tracking(fake, connector):
    number = fake.order_numbers()[0]
    fake.set_order_status(number, "completed", tracking_number="1ZTRACK")
    event = parse_webhook(*fake.webhook("order.updated", order_number=number))
    order = connector.order(event.refetch_order_number)
    assert (order.status, order.tracking_number) == ("shipped", "1ZTRACK")


# -- as a separate process -----------------------------------------------------------------------
@pytest.mark.integration
def test_fake_runs_as_its_own_process():
    proc = subprocess.Popen([sys.executable, "-m", "tests.fakes.woocommerce", "--port", "0", "--products", "30"],
                            cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        from tests.fakes.woocommerce import DEFAULT_KEY, DEFAULT_SECRET

        c = from_config({"url": url, "consumer_key": DEFAULT_KEY, "consumer_secret": DEFAULT_SECRET})
        ids = c.product_ids()
        assert len(ids) == 30
        pid = sorted(ids)[1]
        assert httpx.post(f"{url}/_fake/set_stock", json={"product_id": pid, "quantity": 3}).status_code == 200
        assert {v.inventory_quantity for v in c.product(pid).variants} == {3}
        c.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
