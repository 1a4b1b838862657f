"""Shopify connector against the local Shopify fake: the shared contract plus Shopify's own rules
(GraphQL query cost and throttling, pinned version, webhook signatures and bodies)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import subprocess
import sys
import time
from datetime import datetime, timezone

import httpx
import pytest

from connectors import shopify as shopify_connector
from connectors.base import AuthFailed, RateLimited, UpstreamError
from connectors.shopify import (
    API_VERSION,
    CONFIG_KEYS,
    SECRET_KEYS,
    from_config,
    parse_webhook,
    verify_webhook,
)
from connectors._retry import signed_by
from rag_agent.errors import ConfigError, InputError
from tests.connectors.contract import ConnectorContract
from tests.fakes.common import REPO_ROOT, load_payload
from tests.fakes.shopify import ShopifyFake

WRONG_TOKEN = "shpat_wrong_token_000000"


def _config(fake: ShopifyFake, **overrides: str) -> dict[str, str]:
    config = {"shop": "fake-store.myshopify.com", "access_token": fake.token, "base_url": fake.base_url,
              "page_size": "20", "max_retries": "3", "backoff_s": "0.001", "max_wait_s": "0.02"}
    config.update(overrides)
    return config


class Sleeps(list):
    """Records every wait the connector asks for, and waits it."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)
        time.sleep(seconds)


class TestShopifyContract(ConnectorContract):
    platform = "shopify"

    @pytest.fixture()
    def fake(self):
        with ShopifyFake(products=120, orders=8) as fake:
            yield fake

    @pytest.fixture()
    def connector(self, fake):
        c = from_config(_config(fake))
        yield c
        c.close()

    @pytest.fixture()
    def bad_connector(self, fake):
        c = from_config(_config(fake, access_token=WRONG_TOKEN))
        yield c
        c.close()

    @pytest.fixture()
    def secrets(self, fake):
        return [fake.token, WRONG_TOKEN]


@pytest.fixture()
def fake():
    with ShopifyFake(products=60, orders=8) as fake:
        yield fake


# -- requests as Shopify wants them --------------------------------------------------------------
def test_token_header_and_pinned_version_on_every_request(fake):
    c = from_config(_config(fake))
    list(c.products())
    c.order("1001")
    assert fake.requests and all(r.headers["x-shopify-access-token"] == fake.token for r in fake.requests)
    assert {r.path for r in fake.requests} == {f"/admin/api/{API_VERSION}/graphql.json"}
    assert fake.versions_seen == {API_VERSION}

    other = from_config(_config(fake, api_version="2024-10"))
    other.product_ids()
    assert "2024-10" in fake.versions_seen


def test_updated_since_uses_shopify_search_syntax(fake):
    c = from_config(_config(fake))
    since = datetime(2024, 1, 1, 3, 0, 0, tzinfo=timezone.utc)
    got = list(c.products(updated_since=since))
    sent = [r.json()["variables"].get("query") for r in fake.requests if "products(" in r.json()["query"]]
    assert sent and all(q == "updated_at:>'2024-01-01T03:00:00Z'" for q in sent)
    assert got and all(p.updated_at > since for p in got)


def test_products_without_online_store_url_link_to_the_storefront(fake):
    products = {p.id: p for p in from_config(_config(fake)).products()}
    offline = [pid for pid, raw in ((str(k), v) for k, v in fake.products.items()) if not raw["_online"]]
    assert offline
    for pid in offline:
        assert products[pid].url == f"https://{fake.storefront_domain}/products/{products[pid].handle}"
    custom = {p.id: p for p in from_config(_config(fake, storefront_domain="www.my-brand.com")).products()}
    assert custom[offline[0]].url == f"https://www.my-brand.com/products/{custom[offline[0]].handle}"


def test_variants_past_the_first_page_are_fetched(fake):
    pid = sorted(fake.products)[3]
    raw = fake.products[pid]
    base = raw["variants"][0]
    raw["options"] = [{"name": "Size"}]
    raw["variants"] = [dict(base, id=base["id"] * 100 + k, title=f"EU {30 + k}", option1=f"EU {30 + k}",
                            option2=None, sku=f"SHOE-{k}") for k in range(75)]
    product = next(p for p in from_config(_config(fake)).products() if p.id == str(pid))
    assert [v.options["Size"] for v in product.variants] == [f"EU {30 + k}" for k in range(75)]
    assert len({v.sku for v in product.variants}) == 75


def test_default_title_variants_have_no_options(fake):
    products = list(from_config(_config(fake)).products())
    single = [p for p in products if len(p.variants) == 1]
    assert single and all(p.variants[0].options == {} for p in single)
    multi = [p for p in products if len(p.variants) == 6]
    assert multi and set(multi[0].variants[0].options) == {"Size", "Color"}


# -- query cost and throttling -------------------------------------------------------------------
def test_query_cost_is_respected_before_the_bucket_runs_dry():
    # A standard-plan-sized bucket restoring fast: each products page asks for ~850 points and costs
    # ~200, so after the first page the connector must wait for the bucket instead of being throttled.
    with ShopifyFake(products=120, orders=2, maximum_available=1000, restore_rate=2000) as fake:
        sleeps = Sleeps()
        c = from_config(_config(fake, page_size="25", max_wait_s="2"), sleep=sleeps)
        ids = [p.id for p in c.products()]
        assert sorted(ids) == sorted(fake.product_ids())
        assert fake.throttled == 0
        assert sleeps and all(0 < s < 1 for s in sleeps)
        cost = json.loads(fake.requests[0].body)  # the request went out as GraphQL with variables
        assert cost["variables"]["first"] == 25


class FakeClock:
    """A clock that only moves when the connector sleeps: the fake's bucket restores in that time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_throttled_answer_waits_for_the_bucket_and_retries():
    # A standard plan's 1,000-point bucket restoring 50 points/s, empty: the first page (~850 points)
    # is throttled and the connector must wait ~17 s of bucket time, computed from extensions.cost.
    clock = FakeClock()
    with ShopifyFake(products=30, orders=2, maximum_available=1000, restore_rate=50, clock=clock) as fake:
        fake.drain_bucket(0)
        c = from_config(_config(fake, page_size="25", max_wait_s="60"), sleep=clock.sleep)
        ids = [p.id for p in c.products()]
        assert sorted(ids) == sorted(fake.product_ids())
        assert fake.throttled >= 1
        requested = 2 + 25 * (1 + 1 + 2 + 30)
        assert requested / 50 - 1 < clock.sleeps[0] <= requested / 50


def test_persistent_throttling_raises_rate_limited():
    with ShopifyFake(products=30, orders=2, maximum_available=1000, restore_rate=0.001) as fake:
        fake.drain_bucket(0)
        c = from_config(_config(fake, page_size="25", max_wait_s="0.01"))
        with pytest.raises(RateLimited):
            list(c.products())
        assert fake.throttled == 4  # first try + max_retries


def test_retry_after_is_honoured_and_capped(fake):
    sleeps = Sleeps()
    c = from_config(_config(fake, max_wait_s="0.5"), sleep=sleeps)
    fake.fail_next(429, retry_after=0.03)
    c.product_ids()
    assert 0.03 in sleeps
    sleeps.clear()
    fake.fail_next(429, retry_after=3600)
    c.product_ids()
    assert sleeps == [0.5]


def test_query_over_the_single_query_cost_limit_is_a_clear_error(fake):
    c = from_config(_config(fake))
    with pytest.raises(UpstreamError, match="exceeds the single query max cost"):
        c.execute("query { products(first: 250) { nodes { id variants(first: 100) { nodes { id } } } } }")


def test_access_denied_is_auth_failed(fake):
    class Denying(ShopifyFake):
        def handle(self, req):
            if "shopPolicies" in req.json()["query"]:
                from tests.fakes.common import Reply
                return Reply(200, {"errors": [{"message": "Access denied for shopPolicies field. Required access: "
                                               "`read_legal_policies` access scope.",
                                               "extensions": {"code": "ACCESS_DENIED"}}]})
            return super().handle(req)

    with Denying(products=5, orders=1) as denying:
        with pytest.raises(AuthFailed, match="read_legal_policies"):
            list(from_config(_config(denying)).pages())


def test_pages_without_the_pages_scope_still_give_policies_but_a_revoked_token_fails(fake):
    class NoPagesScope(ShopifyFake):
        def handle(self, req):
            if "pages(" in req.json()["query"]:
                from tests.fakes.common import Reply
                return Reply(200, {"errors": [{"message": "Access denied for pages field. Required access: "
                                               "`read_online_store_pages` access scope.",
                                               "extensions": {"code": "ACCESS_DENIED"}}]})
            return super().handle(req)

    with NoPagesScope(products=5, orders=1) as store:
        pages = list(from_config(_config(store)).pages())
        assert pages and {p.kind for p in pages} == {"policy"}
    c = from_config(_config(fake))
    pages = c.pages()
    assert [next(pages).kind for _ in range(4)] == ["policy"] * 4
    fake.fail_next(401)  # the token is revoked before the pages query: that is not a missing scope
    with pytest.raises(AuthFailed):
        list(pages)


# -- config ----------------------------------------------------------------------------------------
def test_config_keys_and_errors(fake):
    assert "shop" in CONFIG_KEYS and "api_version" in CONFIG_KEYS and "base_url" in CONFIG_KEYS
    assert set(SECRET_KEYS) == {"access_token", "webhook_secret"}
    for doc_scope in ("read_products", "read_inventory", "read_online_store_pages", "read_legal_policies",
                      "read_orders", "read_fulfillments"):
        assert doc_scope in shopify_connector.__doc__
    with pytest.raises(ConfigError, match="api_version"):
        from_config(_config(fake, api_version="july"))
    with pytest.raises(ConfigError, match="access token"):
        from_config(_config(fake, access_token=""))
    with pytest.raises(ConfigError, match="shop"):
        from_config(_config(fake, shop=""))
    with pytest.raises(ConfigError, match="page_size"):
        from_config(_config(fake, page_size="250"))
    with pytest.raises(ConfigError, match="shopify: max_retries must be a number, got 'many'"):
        from_config(_config(fake, max_retries="many"))
    c = from_config({"shop": "https://my-store.myshopify.com/admin", "access_token": "shpat_x"})
    assert c.endpoint == f"https://my-store.myshopify.com/admin/api/{API_VERSION}/graphql.json"
    assert "shpat_x" not in repr(c)
    c.close()


def test_unreachable_store_is_upstream_error_without_token():
    c = from_config({"shop": "s", "access_token": "shpat_secret_value", "base_url": "http://127.0.0.1:9",
                     "max_retries": "1", "backoff_s": "0.001"})
    with pytest.raises(UpstreamError) as caught:
        c.product_ids()
    assert "shpat_secret_value" not in str(caught.value)


# -- webhooks ------------------------------------------------------------------------------------
def _sign(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def test_webhook_signature_true_false_tampered():
    body = json.dumps(load_payload("shopify", "product.json")["product"]).encode()
    secret = "hush"
    good = {"X-Shopify-Hmac-Sha256": _sign(body, secret), "X-Shopify-Topic": "products/update"}
    assert verify_webhook(good, body, secret)
    assert verify_webhook({k.lower(): v for k, v in good.items()}, body, secret)  # header case
    assert not verify_webhook(good, body + b" ", secret)  # tampered body
    assert not verify_webhook(good, body.replace(b"199.00", b"1.00"), secret)
    assert not verify_webhook(good, body, "other-secret")
    assert not verify_webhook({"X-Shopify-Topic": "products/update"}, body, secret)  # unsigned
    assert not verify_webhook({"X-Shopify-Hmac-Sha256": "not base64 at all é"}, body, secret)
    hexsig = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()  # Shopify signs base64, not hex
    assert not verify_webhook({"X-Shopify-Hmac-Sha256": hexsig}, body, secret)
    assert not verify_webhook(good, body, "")


def test_webhook_signature_compare_is_constant_time():
    # the comparison is the shared constant-time one
    assert "signed_by" in verify_webhook.__code__.co_names and "compare_digest" in signed_by.__code__.co_names


def test_webhook_from_the_real_product_fixture():
    obj = load_payload("shopify", "product.json")["product"]
    body = json.dumps(obj).encode()
    headers = {"X-Shopify-Topic": "products/update", "X-Shopify-Webhook-Id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
               "X-Shopify-Shop-Domain": "apple.myshopify.com"}
    event = parse_webhook(headers, body, currency="USD", storefront_domain="shop.apple.com")
    assert event.delivery_id == "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043" and event.topic == "products/update"
    p = event.product
    assert p.id == "632910392" and p.title == "IPod Nano - 8GB" and p.url == "https://shop.apple.com/products/ipod-nano"
    assert [(v.sku, v.price, v.inventory_quantity) for v in p.variants] == [
        ("IPOD2008PINK", 199.0, 10), ("IPOD2008RED", 199.0, 20), ("IPOD2008GREEN", 199.0, 30),
        ("IPOD2008BLACK", 199.0, 40)]
    assert p.variants[0].options == {"Title": "Pink"}  # the fixture names its only option "Title"
    assert p.tags == ["Emotive", "Flash Memory", "MP3", "Music"] and p.vendor == "Apple"
    assert "<p>" not in p.description and "small iPod" in p.description
    # without the shop's currency the body is not enough: the runner refetches it
    bare = parse_webhook(headers, body)
    assert bare.product is None and bare.refetch_product_id == "632910392"


def test_webhook_products_delete_inventory_and_orders_from_fixtures():
    headers = {"X-Shopify-Topic": "products/delete", "X-Shopify-Webhook-Id": "d1"}
    assert parse_webhook(headers, b'{"id": 788032119674292922}').deleted_product_id == "788032119674292922"

    level = json.dumps(load_payload("shopify", "inventory_level.json")["inventory_level"]).encode()
    event = parse_webhook({"X-Shopify-Topic": "inventory_levels/update", "X-Shopify-Webhook-Id": "i1"}, level)
    assert event.refetch_product_id == "gid://shopify/InventoryItem/808950810"

    order = json.dumps(load_payload("shopify", "order.json")["order"]).encode()
    event = parse_webhook({"X-Shopify-Topic": "orders/updated", "X-Shopify-Webhook-Id": "o1"}, order)
    o = event.order
    assert o.number == "1001" and o.email == "bob.norman@hostmail.com" and o.phone == "555-625-1199"
    assert o.status == "processing"  # authorized, not fulfilled
    assert o.tracking_number == "1Z2345" and o.tracking_url.startswith("http://wwwapps.ups.com/")
    assert [(i.title, i.variant, i.quantity) for i in o.items][0] == ("IPod Nano - 8gb", "green", 1)

    unsigned_delivery = parse_webhook({"X-Shopify-Topic": "orders/create"}, order)
    assert unsigned_delivery.delivery_id == hashlib.sha256(order).hexdigest()
    other = parse_webhook({"X-Shopify-Topic": "collections/update", "X-Shopify-Webhook-Id": "c1"}, b"{}")
    assert (other.product, other.order, other.refetch_product_id, other.deleted_product_id) == (None,) * 4
    with pytest.raises(InputError, match="not JSON"):
        parse_webhook({"X-Shopify-Topic": "orders/create"}, b"{not json")
    with pytest.raises(InputError, match="lacks"):
        parse_webhook({"X-Shopify-Topic": "products/delete"}, b"{}")


def test_webhook_product_matches_the_api_product(fake):
    c = from_config(_config(fake))
    pid = sorted(fake.product_ids())[4]
    fake.set_price(pid, 55.5)
    headers, body = fake.webhook("products/update", product_id=pid)
    assert verify_webhook(headers, body, fake.webhook_secret)
    event = c.parse_webhook(headers, body)
    from_api = c.product(pid)
    assert event.product.variants[0].price == 55.5
    assert event.product.content_hash() == from_api.content_hash()


def test_inventory_webhook_refetch_resolves_the_product(fake):
    c = from_config(_config(fake))
    pid = sorted(fake.product_ids())[7]
    fake.set_stock(pid, 2)
    headers, body = fake.webhook("inventory_levels/update", product_id=pid)
    event = parse_webhook(headers, body)
    product = c.product(event.refetch_product_id)
    assert product.id == pid and {v.inventory_quantity for v in product.variants} == {2}
    fake.delete_product(pid)
    assert c.product(pid) is None and c.product(event.refetch_product_id) is None
    assert c.product("not-an-id") is None


def test_order_webhook_and_status_changes(fake):
    c = from_config(_config(fake))
    fake.set_order_status("1001", "delivered", tracking_number="TRACK-9")
    headers, body = fake.webhook("orders/updated", order_number="1001")
    event = parse_webhook(headers, body)
    assert event.order.status == "delivered" and event.order.tracking_number == "TRACK-9"
    api = c.order("1001")
    assert (api.status, api.tracking_number) == ("delivered", "TRACK-9")
    fake.set_order_status("1001", "cancelled")
    assert c.order("#1001").status == "cancelled"


def test_order_lookup_keeps_customer_text_out_of_the_search(fake):
    c = from_config(_config(fake))
    fake.clear_requests()
    assert c.order("1001 OR name:*") is None
    assert c.order("") is None
    assert fake.requests == []


# -- as a separate process (the sync runner's kill-and-resume test runs it this way) --------------
@pytest.mark.integration
def test_fake_runs_as_its_own_process():
    proc = subprocess.Popen([sys.executable, "-m", "tests.fakes.shopify", "--port", "0", "--products", "40"],
                            cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        from tests.fakes.shopify import DEFAULT_TOKEN

        c = from_config({"shop": "fake-store", "access_token": DEFAULT_TOKEN, "base_url": url})
        ids = c.product_ids()
        assert len(ids) == 40
        pid = sorted(ids)[0]
        r = httpx.post(f"{url}/_fake/set_price", json={"product_id": pid, "price": 7.25})
        assert r.status_code == 200
        assert {v.price for v in c.product(pid).variants} == {7.25}
        c.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
