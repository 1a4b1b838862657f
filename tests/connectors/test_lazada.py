"""The Lazada connector against a local fake of the signed Open Platform API (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone

import httpx
import pytest

from connectors import lazada
from connectors.base import AuthFailed, ConnectorError, RateLimited, StoreConnector
from connectors.lazada import (
    LazadaConnector,
    LazadaError,
    from_config,
    parse_webhook,
    sign,
    sign_string,
    verify_webhook,
    webhook_signature,
)
from rag_agent.errors import ConfigError, InputError
from tests.connectors.contract import ConnectorContract
from tests.fakes.lazada import PAYLOAD_DIR, LazadaFake, lazada_sign

SECRET = "lazada-test-secret"


def _config(fake: LazadaFake, **extra: str) -> dict[str, str]:
    config = {
        "app_key": fake.app_key,
        "app_secret": fake.app_secret,
        "access_token": fake.access_token,
        "refresh_token": fake.refresh_token,
        "country": "sg",
        "base_url": fake.api_url,
        "auth_url": fake.api_url,
        "page_size": "20",
        "max_retries": "3",
        "backoff_s": "0.01",
        "max_wait_s": "0.05",
    }
    config.update(extra)
    return config


class TestLazadaContract(ConnectorContract):
    platform = "lazada"
    has_pages = False

    @pytest.fixture()
    def fake(self):
        with LazadaFake(products=120, orders=8) as fake:
            yield fake

    @pytest.fixture()
    def connector(self, fake):
        connector = from_config(_config(fake))
        yield connector
        connector.close()

    @pytest.fixture()
    def bad_connector(self, fake):
        connector = from_config(_config(fake, app_secret="wrong-secret"))
        yield connector
        connector.close()

    @pytest.fixture()
    def secrets(self):
        return [SECRET, "wrong-secret", "lzd-access-0", "lzd-refresh-0"]

    def test_orders_listing_and_filter(self, connector, fake):
        # The shared test also wants an e-mail on some order; Lazada never shares buyers' e-mail
        # addresses, so orders are matched on the (unmasked) phone instead.
        orders = list(connector.orders())
        assert sorted(o.number for o in orders) == sorted(fake.order_numbers())
        assert any(o.phone for o in orders) and all(o.email is None for o in orders)
        assert all(o.phone is None or "*" not in o.phone for o in orders)
        future = datetime(2100, 1, 1, tzinfo=timezone.utc)
        assert list(connector.orders(updated_since=future)) == []


@pytest.fixture()
def fake():
    with LazadaFake(products=45, orders=6) as fake:
        yield fake


@pytest.fixture()
def tokens():
    return []


@pytest.fixture()
def connector(fake, tokens):
    with LazadaConnector(
        fake.app_key, fake.app_secret, fake.access_token, refresh_token=fake.refresh_token, country="sg",
        base_url=fake.api_url, auth_url=fake.api_url, page_size=20, max_retries=3, backoff_s=0.01,
        max_wait_s=0.05, on_tokens=tokens.append,
    ) as connector:
        yield connector


# -- signatures ------------------------------------------------------------------------------------

DOC_PARAMS = {"app_key": "123456", "timestamp": "1517820392000", "sign_method": "sha256",
              "access_token": "test", "order_id": "1234"}


def test_sign_known_answer_from_the_docs():
    assert sign_string("/order/get", DOC_PARAMS) == (
        "/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000"
    )
    assert sign("/order/get", DOC_PARAMS, "helloworld") == (
        "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A"
    )
    # A sign already in the parameters is not signed over.
    assert sign("/order/get", dict(DOC_PARAMS, sign="X"), "helloworld").startswith("4190D323")
    # The fake computes it on its own and agrees.
    assert lazada_sign("/order/get", DOC_PARAMS, "helloworld") == sign("/order/get", DOC_PARAMS, "helloworld")


def test_every_call_is_signed_and_a_bad_signature_is_refused(connector, fake):
    list(connector.products())
    assert fake.requests
    for req in fake.requests:
        params = {k: v[-1] for k, v in req.query.items()}
        assert params["app_key"] == fake.app_key and params["sign_method"] == "sha256"
        assert abs(int(params["timestamp"]) / 1000 - time.time()) < 120
        assert params["sign"] == lazada_sign(req.path[len("/rest"):], params, SECRET)
    # The same request with one parameter changed after signing is refused: the check is real.
    params = {k: v[-1] for k, v in fake.requests[0].query.items()}
    params["limit"] = "50"
    refused = httpx.get(f"{fake.api_url}/products/get", params=params).json()
    assert refused["code"] == "IncompleteSignature"


def test_wrong_secret_is_auth_failed_without_secrets(fake):
    with LazadaConnector(fake.app_key, "not-the-secret", fake.access_token, base_url=fake.api_url,
                         max_retries=1, backoff_s=0.01) as connector:
        with pytest.raises(AuthFailed) as caught:
            connector.order(fake.order_numbers()[0])
    assert "IncompleteSignature" in str(caught.value)
    assert "not-the-secret" not in str(caught.value) and fake.access_token not in str(caught.value)


def test_a_skewed_clock_is_refused(fake):
    skewed = lambda: int((time.time() - 3 * 3600) * 1000)  # noqa: E731 - a clock three hours slow
    with LazadaConnector(fake.app_key, fake.app_secret, fake.access_token, base_url=fake.api_url,
                         clock=skewed, max_retries=0) as connector:
        with pytest.raises(ConnectorError, match="InvalidTimestamp"):
            list(connector.products())


# -- envelopes -------------------------------------------------------------------------------------


def test_a_non_zero_code_with_http_200_is_an_error(connector, fake):
    fake.throttle_next(1, code="SellerNotVerified")
    with pytest.raises(LazadaError) as caught:
        list(connector.products())
    assert caught.value.code == "SellerNotVerified"
    assert "SellerNotVerified" in str(caught.value) and "/products/get" in str(caught.value)
    assert fake.requests[-1].status == 200
    assert SECRET not in str(caught.value) and fake.access_token not in str(caught.value)


def test_api_call_limit_backs_off_then_succeeds(connector, fake):
    fake.throttle_next(2, code="ApiCallLimit")
    fake.throttle_next(1, code="ServiceTimeout")
    ids = {p.id for p in connector.products()}
    assert ids == set(fake.product_ids())
    assert connector.retries == 3
    assert all(r.status == 200 for r in fake.requests)  # throttled with HTTP 200, as Lazada does


def test_persistent_api_call_limit_raises_rate_limited(connector, fake):
    fake.throttle_next(20, code="ApiCallLimit")
    with pytest.raises(RateLimited, match="ApiCallLimit"):
        list(connector.products())
    assert connector.retries == 3


def test_malformed_json_once_is_retried(connector, fake):
    fake.fail_next(malformed=True)
    assert {p.id for p in connector.products()} == set(fake.product_ids())


# -- tokens ----------------------------------------------------------------------------------------


def test_expired_token_is_refreshed_kept_and_handed_over(connector, fake, tokens):
    list(connector.products())
    fake.expire_token()
    fake.clear_requests()
    ids = {p.id for p in connector.products()}
    assert ids == set(fake.product_ids())
    assert fake.refreshes == 1
    assert tokens == [{"access_token": "lzd-access-1", "refresh_token": "lzd-refresh-1", "expires_in": 604800,
                       "refresh_expires_in": 2592000, "token_expires_at": tokens[0]["token_expires_at"]}]
    assert tokens[0]["token_expires_at"] > time.time() + 600_000
    assert connector.tokens["access_token"] == "lzd-access-1"
    refresh = fake.requests_to("/auth/token/refresh")
    assert len(refresh) == 1 and refresh[0].param("refresh_token") == "lzd-refresh-0"
    assert "access_token" not in refresh[0].query
    later = [r for r in fake.requests if "/products/get" in r.path][1:]
    assert later and all(r.param("access_token") == "lzd-access-1" for r in later)
    # Still good afterwards, without another refresh.
    assert connector.order(fake.order_numbers()[0]) is not None and fake.refreshes == 1


def test_a_refused_refresh_token_is_auth_failed(fake):
    with LazadaConnector(fake.app_key, fake.app_secret, fake.access_token, refresh_token="stale-refresh",
                         base_url=fake.api_url, auth_url=fake.api_url, backoff_s=0.01) as connector:
        fake.expire_token()
        with pytest.raises(AuthFailed) as caught:
            list(connector.products())
    assert "IllegalRefreshToken" in str(caught.value) and "stale-refresh" not in str(caught.value)


def test_without_a_refresh_token_an_expired_token_is_auth_failed(fake):
    with LazadaConnector(fake.app_key, fake.app_secret, fake.access_token, base_url=fake.api_url) as connector:
        fake.expire_token()
        with pytest.raises(AuthFailed, match="IllegalAccessToken"):
            list(connector.products())


def test_a_token_past_its_expiry_is_refreshed_before_the_call(fake, tokens):
    with LazadaConnector(fake.app_key, fake.app_secret, fake.access_token, refresh_token=fake.refresh_token,
                         base_url=fake.api_url, auth_url=fake.api_url, token_expires_at=time.time() - 5,
                         on_tokens=tokens.append) as connector:
        assert connector.order(fake.order_numbers()[0]) is not None
    assert fake.refreshes == 1 and len(tokens) == 1
    assert fake.requests[0].path == "/rest/auth/token/refresh"  # refreshed first, not after a refusal


# -- records ---------------------------------------------------------------------------------------


def test_products_map_skus_to_variants_with_options_prices_and_links(connector, fake):
    products = {p.id: p for p in connector.products()}
    multi = products["3000000001"]  # index 1: three SKUs and a running special price
    assert [v.options for v in multi.variants] == [
        {"Color Family": "Silver", "Size": "S"}, {"Color Family": "Rose Gold", "Size": "M"},
        {"Color Family": "Blue", "Size": "L"},
    ]
    assert [(v.price, v.compare_at_price) for v in multi.variants] == [(41.65, 49.0), (45.9, 54.0), (50.15, 59.0)]
    assert multi.variants[0].sku == "LZ-3000000001-0"
    assert multi.url == "https://www.lazada.sg/-i3000000001-s14000000010.html"
    assert multi.currency == "SGD" and multi.vendor == "NAVIFORCE"
    assert multi.attributes["Warranty"] == "2 year" and multi.attributes["Model"] == "9001"
    assert "Water resistant to 30m" in multi.description and "<" not in multi.description
    single = products["3000000000"]
    assert single.variants[0].title == "Default Title" and single.variants[0].options == {}
    assert single.variants[0].inventory_quantity == 0 and not single.variants[0].available


def test_product_item_get_gives_the_same_record(connector, fake):
    listed = next(p for p in connector.products() if p.id == "3000000002")
    single = connector.product("3000000002")
    assert single is not None
    assert (single.title, single.url, single.variants, single.updated_at) == (
        listed.title, listed.url, listed.variants, listed.updated_at)
    assert connector.product("3999999999") is None


def test_the_documented_product_payloads_map():
    sample = json.loads((PAYLOAD_DIR / "lazada_products_get_doc_sample.json").read_text())["data"]
    item = json.loads((PAYLOAD_DIR / "lazada_product_item_get_doc_sample.json").read_text())
    with LazadaConnector("k", "s", "t", country="my") as connector:
        p = connector._product(sample)
        assert (p.id, p.title, p.currency) == ("2807246166", "#TEST TITLE#$2022-02-18 15:21:16&", "MYR")
        assert p.url == "https://www.lazada.com.my/-i2807246166-s13449296008.html"
        assert [(v.sku, v.price, v.inventory_quantity) for v in p.variants] == [("12333-poi", 102.0, 20)]
        q = connector._product(item)
        assert q.id == "5758254690" and q.title == "LC541" and q.vendor == ""  # "No Brand"
        assert q.variants[0].options == {"Color": "Magic"}  # the variation's label names the option
        assert (q.variants[0].price, q.variants[0].compare_at_price) == (6500.0, 8500.0)  # special until 2122
        assert q.url == "http://www.lazada.co.id/-i5758254690-s11212296431.html"


def test_pages_are_empty_policies_come_from_uploads(connector):
    assert list(connector.pages()) == []
    assert "uploaded files" in (lazada.__doc__ or "")


def test_orders_use_update_after_or_the_lookback_window(connector, fake):
    list(connector.orders())
    first = fake.requests_to("/orders/get")[-1]
    assert first.param("created_after") and not first.param("update_after")
    since = datetime(2020, 1, 1, tzinfo=timezone.utc)
    assert len(list(connector.orders(updated_since=since))) == len(fake.order_numbers())
    assert fake.requests_to("/orders/get")[-1].param("update_after") == "2020-01-01T00:00:00+00:00"


def test_order_lines_are_grouped_and_tracking_comes_from_the_trace(connector, fake):
    shipped = next(n for n in fake.order_numbers() if fake.order_tracking(n))
    fake.clear_requests()
    order = connector.order(shipped)
    assert order.tracking_number == fake.order_tracking(shipped)
    assert fake.requests_to("/logistic/order/trace")
    assert all(item.quantity >= 1 for item in order.items)
    assert sum(i.quantity for i in order.items) == len(fake._orders[int(shipped)].lines)
    unpaid = connector.order(fake.order_numbers()[0])
    assert unpaid.status == "pending" and unpaid.tracking_number is None


def test_order_status_words():
    assert lazada.order_status(["unpaid"]) == "pending"
    assert lazada.order_status(["pending", "ready_to_ship"]) == "processing"
    assert lazada.order_status(["shipped", "pending"]) == "shipped"
    assert lazada.order_status(["delivered"]) == "delivered"
    assert lazada.order_status(["delivered", "canceled"]) == "delivered"
    assert lazada.order_status(["canceled"]) == "cancelled"
    assert lazada.order_status(["returned"]) == "refunded"
    assert lazada.order_status(["lost_by_3pl"]) == "failed"


# -- push messages ---------------------------------------------------------------------------------


def test_verify_webhook_true_false_and_tampered(fake):
    headers, body = fake.webhook("product/updated", product_id="3000000003")
    assert verify_webhook(headers, body, fake.app_key, SECRET)
    assert verify_webhook({"authorization": headers["Authorization"].upper()}, body, fake.app_key, SECRET)
    assert not verify_webhook(headers, body, fake.app_key, "other-secret")
    assert not verify_webhook(headers, body, "654321", SECRET)  # the app key is part of what is signed
    assert not verify_webhook(headers, body.replace(b"3000000003", b"3000000004"), fake.app_key, SECRET)
    assert not verify_webhook({}, body, fake.app_key, SECRET)


def test_the_documented_push_messages_parse():
    def load(name: str) -> bytes:
        return (PAYLOAD_DIR / name).read_bytes()

    trade = parse_webhook({}, load("lazada_push_trade_order_msg0.json"))
    assert (trade.topic, trade.refetch_order_number) == ("trade_order", "260422900198363")
    reverse = parse_webhook({}, load("lazada_push_reverse_order_msg0.json"))
    assert (reverse.topic, reverse.refetch_order_number) == ("reverse_order", "252883361348153")
    product = parse_webhook({}, load("lazada_push_product_update_msg4.json"))
    assert (product.topic, product.refetch_product_id) == ("product/updated", "1760954113")
    assert len({trade.delivery_id, reverse.delivery_id, product.delivery_id}) == 3
    body = load("lazada_push_trade_order_msg0.json")
    signature = webhook_signature(body, "123456", "s3cret")
    assert verify_webhook({"Authorization": signature}, body, "123456", "s3cret")
    deleted = json.loads(load("lazada_push_product_update_msg4.json"))
    deleted.update(message_type=5, data=dict(deleted["data"], action="DELETED"))
    event = parse_webhook({}, json.dumps(deleted).encode())
    assert event.deleted_product_id == "1760954113" and event.refetch_product_id is None
    deleted["data"]["action"] = "EDITED_DELETED"  # only some SKUs went: refetch the product
    assert parse_webhook({}, json.dumps(deleted).encode()).refetch_product_id == "1760954113"
    with pytest.raises(InputError):
        parse_webhook({}, b"not json")
    with pytest.raises(InputError):
        parse_webhook({}, b'{"message_type": 0}')


def test_webhook_refetch_brings_the_new_price(connector, fake):
    fake.set_price("3000000004", 12.5)
    headers, body = fake.webhook("product/updated", product_id="3000000004")
    assert verify_webhook(headers, body, fake.app_key, SECRET)
    event = parse_webhook(headers, body)
    product = connector.product(event.refetch_product_id)
    assert [v.price for v in product.variants] == [12.5]
    number = fake.order_numbers()[3]
    headers, body = fake.webhook("order/updated", order_number=number)
    event = parse_webhook(headers, body)
    assert connector.order(event.refetch_order_number).number == number


# -- config ----------------------------------------------------------------------------------------


def test_country_table_and_config():
    assert lazada.BASE_URLS == {
        "sg": "https://api.lazada.sg/rest", "my": "https://api.lazada.com.my/rest",
        "th": "https://api.lazada.co.th/rest", "ph": "https://api.lazada.com.ph/rest",
        "id": "https://api.lazada.co.id/rest", "vn": "https://api.lazada.vn/rest",
    }
    assert not set(lazada.CONFIG_KEYS) & set(lazada.SECRET_KEYS)
    assert {"app_secret", "access_token", "refresh_token"} == set(lazada.SECRET_KEYS)
    connector = from_config({"app_key": "1", "app_secret": "s", "access_token": "t", "country": "th"})
    assert isinstance(connector, StoreConnector)
    assert connector.base_url == "https://api.lazada.co.th/rest" and connector.currency == "THB"
    assert connector.auth_url == "https://auth.lazada.com/rest"
    connector.close()
    with pytest.raises(ConfigError, match="country"):
        from_config({"app_key": "1", "app_secret": "s", "access_token": "t", "country": "us"})
    with pytest.raises(ConfigError, match="app_secret"):
        from_config({"app_key": "1", "access_token": "t", "country": "sg"})
    with pytest.raises(ConfigError, match="lazada: page_size must be a number, got 'x'"):
        from_config({"app_key": "1", "app_secret": "s", "access_token": "t", "country": "sg", "page_size": "x"})
    with pytest.raises(ConfigError, match="lazada: max_retries must be a whole number"):
        from_config({"app_key": "1", "app_secret": "s", "access_token": "t", "country": "sg", "max_retries": "2.5"})


# -- end to end: synced, changed by a push message, answered ---------------------------------------


def test_a_push_message_changes_the_price_the_next_answer_quotes(tmp_path):
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings
    from rag_agent.sync import WebhookSignatureError

    svc = Service(Settings(data_dir=tmp_path / "data"), embedder=HashEmbedder())
    svc.ensure_workspace("w1", "Shop one")
    runner = svc.runner
    try:
        with LazadaFake(products=30, orders=4) as fake:
            runner.connect("w1", "lzd", "lazada", _config(fake))
            first = runner.sync("w1", "lzd")
            assert first.failed == 0 and first.added == 30 and first.pages == 0
            item = fake._items[3_000_000_002]
            title, cheapest = item.name, min(sku["price"] for sku in item.skus)
            before = svc.answer("w1", f"How much is the {title}?")
            assert f"{cheapest:.2f} SGD" in before.reply
            assert any("lazada.sg/-i3000000002-" in (c.get("url") or "") for c in before.citations)
            assert runner.sync("w1", "lzd").embedded == 0
            fake.set_price("3000000002", 17.25)
            headers, body = fake.webhook("product/updated", product_id="3000000002")
            conn = runner.connections.get("w1", "lzd")
            assert runner.webhook(conn.id, headers, body)["status"] == "applied"
            after = svc.answer("w1", f"How much is the {title}?").reply
            assert "17.25 SGD" in after and f"{cheapest:.2f}" not in after
            tampered = body.replace(b"3000000002", b"3000000003")
            with pytest.raises(WebhookSignatureError) as refused:
                runner.webhook(conn.id, headers, tampered)
            assert refused.value.status_code == 401
            assert "17.25 SGD" in svc.answer("w1", f"How much is the {title}?").reply  # nothing changed
    finally:
        runner.close()
        svc.close()
