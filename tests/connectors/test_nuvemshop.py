"""The Nuvemshop/Tiendanube connector against a local fake of the store API (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import hashlib
import hmac
import json

import httpx
import pytest

from connectors import nuvemshop
from connectors.base import AuthFailed, ConnectorError, StoreConnector
from connectors.nuvemshop import NuvemshopConnector, from_config, parse_webhook, verify_webhook
from rag_agent.errors import ConfigError, InputError
from tests.connectors.contract import ConnectorContract
from tests.fakes.nuvemshop import PAYLOAD_DIR, NuvemshopFake

UA = "RagAgent tests (tests@example.com)"


def _config(fake: NuvemshopFake, **extra: str) -> dict[str, str]:
    config = {
        "store_id": fake.store_id,
        "access_token": fake.token,
        "user_agent": UA,
        "base_url": fake.api_url,
        "pages_base_url": f"{fake.base_url}/2025-03/{fake.store_id}",
        "per_page": "30",
        "max_retries": "3",
        "backoff_s": "0.01",
        "max_wait_s": "0.05",
    }
    config.update(extra)
    return config


class TestNuvemshopContract(ConnectorContract):
    platform = "nuvemshop"

    @pytest.fixture()
    def fake(self):
        with NuvemshopFake(products=120, orders=8, leak_per_s=10_000) as fake:
            yield fake

    @pytest.fixture()
    def connector(self, fake):
        connector = from_config(_config(fake))
        yield connector
        connector.close()

    @pytest.fixture()
    def bad_connector(self, fake):
        connector = from_config(_config(fake, access_token="tn-wrong-token"))
        yield connector
        connector.close()

    @pytest.fixture()
    def secrets(self):
        return ["tn-test-token", "tn-wrong-token"]


@pytest.fixture()
def fake():
    with NuvemshopFake(products=60, orders=6, leak_per_s=10_000) as fake:
        yield fake


@pytest.fixture()
def connector(fake):
    with NuvemshopConnector(
        fake.store_id, fake.token, UA, base_url=fake.api_url, per_page=20, max_retries=3, backoff_s=0.01,
        max_wait_s=0.05,
    ) as connector:
        yield connector


# -- auth ------------------------------------------------------------------------------------------


def test_every_request_carries_the_authentication_header_and_user_agent(connector, fake):
    list(connector.products())
    list(connector.pages())
    connector.order(fake.order_numbers()[0])
    assert fake.requests
    for req in fake.requests:
        assert req.headers["authentication"] == f"bearer {fake.token}"
        assert req.headers["user-agent"] == UA
        assert "authorization" not in req.headers  # the platform's header is "Authentication"


def test_user_agent_is_required():
    with pytest.raises(ConfigError, match="user_agent"):
        NuvemshopConnector("1234", "token", "")
    with pytest.raises(ConfigError, match="user_agent"):
        from_config({"store_id": "1234", "access_token": "token"})


def test_fake_refuses_requests_without_our_headers(fake):
    # The fake checks as the platform does; a client that forgets them is refused.
    no_agent = httpx.get(f"{fake.api_url}/products", headers={"Authentication": f"bearer {fake.token}"})
    assert no_agent.status_code == 400
    wrong_header = httpx.get(f"{fake.api_url}/products",
                             headers={"Authorization": f"bearer {fake.token}", "User-Agent": UA})
    assert wrong_header.status_code == 401


def test_revoked_token_raises_auth_failed_without_the_token(connector, fake):
    token = fake.token
    fake.expire_token()
    with pytest.raises(AuthFailed) as caught:
        list(connector.products())
    assert token not in str(caught.value)


# -- rate limit ------------------------------------------------------------------------------------


def test_leaky_bucket_headers_slow_the_connector_down_before_a_429():
    with NuvemshopFake(products=80, orders=1, bucket_size=4, leak_per_s=2) as fake:
        # Without pacing, a burst against this bucket is refused: the fake's limit is real.
        with httpx.Client(headers={"Authentication": f"bearer {fake.token}", "User-Agent": UA}) as raw:
            statuses = [raw.get(f"{fake.api_url}/store").status_code for _ in range(12)]
        assert 429 in statuses
        fake.configure_bucket(4, 10)
        fake.bucket_429s = 0
        with NuvemshopConnector(fake.store_id, fake.token, UA, base_url=fake.api_url, per_page=10,
                                min_remaining=2, max_wait_s=1.0, backoff_s=0.01) as connector:
            ids = {p.id for p in connector.products()}
            assert ids == set(fake.product_ids())
            assert connector.requests > 4  # more calls than the bucket holds
            assert connector.throttle_waits > 0
        assert fake.bucket_429s == 0


def test_429_without_retry_after_waits_for_the_bucket_reset(connector, fake):
    fake.fail_next(429)
    ids = {p.id for p in connector.products()}
    assert ids == set(fake.product_ids())
    assert [r.status for r in fake.requests].count(429) == 1
    assert connector.throttle_waits >= 1


# -- languages -------------------------------------------------------------------------------------


def test_each_language_keeps_its_own_title_options_and_link(connector, fake):
    products = {p.id: p for p in connector.products()}
    translated = str(fake._products[10_000_002].id)  # index 2: names differ per language
    es, pt = products[translated], products[f"{translated}:pt"]
    assert es.title.startswith(("Remera", "Pantalón", "Zapatilla", "Campera", "Gorra", "Bufanda"))
    assert pt.title.startswith(("Camiseta", "Calça", "Tênis", "Jaqueta", "Boné", "Cachecol"))
    assert es.url.endswith(f"/productos/{es.handle}/") and "/pt/" not in es.url
    assert pt.url.endswith(f"/pt/produtos/{pt.handle}/")
    assert set(es.option_values("Talle")) == {"Chico", "Mediano", "Grande"}
    assert set(pt.option_values("Tamanho")) == {"Pequeno", "Médio", "Grande"}
    assert "Atrapará" in es.description and "Pokémon selvagem" in pt.description
    assert [(v.price, v.inventory_quantity) for v in es.variants] == [
        (v.price, v.inventory_quantity) for v in pt.variants
    ]
    # An untranslated product (same name everywhere) exists once.
    assert "10000001" in products and "10000001:pt" not in products
    assert "10000001:en" not in products  # English is not an active language of this store
    assert all(p.currency == "ARS" for p in products.values())


def test_languages_setting_limits_the_copies(fake):
    with from_config(_config(fake, languages="es")) as connector:
        ids = {p.id for p in connector.products()}
    assert ids == set(fake.raw_product_ids())


def test_pages_per_language_and_policies(connector):
    pages = list(connector.pages())
    by_id = {p.id: p for p in pages}
    shipping = next(p for p in pages if p.title == "Política de envíos")
    assert shipping.kind == "policy" and shipping.language == "es"
    assert "3 a 5 días hábiles" in shipping.body and "<" not in shipping.body
    portuguese = by_id[f"{shipping.id}:pt"]
    assert portuguese.language == "pt" and portuguese.title == "Política de envio"
    assert portuguese.url.endswith("/pt/envios/")
    about = next(p for p in pages if p.title == "About Us")  # the documented page: Spanish only
    assert about.kind == "page" and f"{about.id}:pt" not in by_id


# -- paging and filters ----------------------------------------------------------------------------


def test_paging_reads_every_page_and_sends_updated_at_min(connector, fake):
    fake.clear_requests()
    list(connector.products())
    pages = [int(r.param("page")) for r in fake.requests_to("/products")]
    assert pages == [1, 2, 3]  # 60 products at 20 a page; the third page's Link has no "next"
    fake.clear_requests()
    cutoff = max(p.updated_at for p in connector.products())
    list(connector.products(updated_since=cutoff))
    assert fake.requests_to("/products")[-1].param("updated_at_min") == cutoff.isoformat(timespec="seconds")


def test_an_empty_store_ends_on_last_page_is_0():
    with NuvemshopFake(products=0, orders=0, leak_per_s=10_000) as fake:
        with NuvemshopConnector(fake.store_id, fake.token, UA, base_url=fake.api_url) as connector:
            assert list(connector.products()) == []
            assert connector.product_ids() == set()
            assert list(connector.orders()) == []
        notfound = [r for r in fake.requests if r.path.endswith("/products")]
        assert notfound and notfound[0].status == 404


def test_malformed_json_once_is_retried(connector, fake):
    fake.fail_next(malformed=True)
    assert {p.id for p in connector.products()} == set(fake.product_ids())


# -- orders ----------------------------------------------------------------------------------------


def test_order_statuses_map_to_our_words(connector, fake):
    statuses = {number: connector.order(number).status for number in fake.order_numbers()}
    assert statuses == {"100": "pending", "101": "processing", "102": "shipped", "103": "shipped",
                        "104": "cancelled", "105": "pending"}
    shipped = connector.order("102")
    assert shipped.tracking_url and shipped.tracking_number in shipped.tracking_url
    assert shipped.email == "cliente102@example.com" and shipped.phone


def test_order_status_mapping_of_the_real_payload():
    raw = json.loads((PAYLOAD_DIR / "tn_v1_order_get.json").read_text())
    assert nuvemshop.order_status(raw) == "pending"  # payment pending, unshipped
    listed = json.loads((PAYLOAD_DIR / "tn_v1_orders_list.json").read_text())[0]
    assert nuvemshop.order_status(listed) == "processing"  # paid, unshipped
    assert nuvemshop.order_status(dict(listed, shipping_status="shipped")) == "shipped"
    assert nuvemshop.order_status(dict(listed, status="cancelled")) == "cancelled"
    assert nuvemshop.order_status(dict(listed, payment_status="refunded")) == "refunded"


# -- webhooks --------------------------------------------------------------------------------------

SECRET = "tn-app-secret"


def test_verify_webhook_true_false_and_tampered(fake):
    headers, body = fake.webhook("product/updated", product_id="10000002")
    assert verify_webhook(headers, body, SECRET)
    assert verify_webhook({k.lower(): v for k, v in headers.items()}, body, SECRET)  # any header case
    assert not verify_webhook(headers, body, "another-secret")
    assert not verify_webhook(headers, body.replace(b"10000002", b"10000003"), SECRET)
    assert not verify_webhook({}, body, SECRET)
    assert not verify_webhook(headers, body, "")
    upper = {k: v.upper() for k, v in headers.items()}
    assert verify_webhook(upper, body, SECRET)  # hex compared case-insensitively


def test_parse_the_real_order_webhook_payload():
    body = (PAYLOAD_DIR / "tn_webhook_order_created_sample.json").read_bytes()
    signature = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert verify_webhook({"X-Linkedstore-HMAC-SHA256": signature}, body, "s3cret")
    event = parse_webhook({}, body)
    assert event.platform == "nuvemshop" and event.topic == "order/created"
    assert event.refetch_order_number == "1639882221"
    assert event.delivery_id == parse_webhook({}, body).delivery_id  # the same delivery, the same id
    assert event.product is None and event.refetch_product_id is None


def test_parse_product_events(fake):
    _, updated = fake.webhook("product/updated", product_id="10000005")
    _, deleted = fake.webhook("product/deleted", product_id="10000005")
    assert parse_webhook({}, updated).refetch_product_id == "10000005"
    gone = parse_webhook({}, deleted)
    assert gone.deleted_product_id == "10000005" and gone.refetch_product_id is None
    assert parse_webhook({}, updated).delivery_id != gone.delivery_id
    with pytest.raises(InputError):
        parse_webhook({}, b"{not json")
    with pytest.raises(InputError):
        parse_webhook({}, b'{"store_id": 1}')


def test_webhook_refetch_brings_the_new_price_in_every_language(connector, fake):
    fake.set_price("10000002", 77.5)
    headers, body = fake.webhook("product/updated", product_id="10000002")
    assert verify_webhook(headers, body, SECRET)
    event = parse_webhook(headers, body)
    records = connector.product_records(event.refetch_product_id)
    assert [p.id for p in records] == ["10000002", "10000002:pt"]
    assert all(v.price == 77.5 for p in records for v in p.variants)
    assert connector.product("10000002:pt").title == records[1].title
    fake.delete_product("10000002")
    assert connector.product_records("10000002") == [] and connector.product("10000002") is None


def test_order_webhook_carries_the_id_and_order_finds_it(connector, fake):
    headers, body = fake.webhook("order/paid", order_number="103")
    event = parse_webhook(headers, body)
    assert event.refetch_order_number == str(fake.order_id("103"))
    order = connector.order(event.refetch_order_number)
    assert order is not None and order.number == "103"


# -- config ----------------------------------------------------------------------------------------


def test_from_config_keys_and_errors(fake):
    assert not set(nuvemshop.CONFIG_KEYS) & set(nuvemshop.SECRET_KEYS)
    assert {"access_token", "webhook_secret"} <= set(nuvemshop.SECRET_KEYS)
    connector = from_config(_config(fake))
    assert isinstance(connector, StoreConnector)
    assert connector.base_url == fake.api_url
    connector.close()
    with pytest.raises(ConfigError, match="nuvemshop: per_page must be a number, got 'many'"):
        from_config(_config(fake, per_page="many"))
    with pytest.raises(ConfigError, match="store_id"):
        from_config({"access_token": "t", "user_agent": UA})
    default = NuvemshopConnector("555", "t", UA)
    assert default.base_url == "https://api.tiendanube.com/v1/555"
    assert default.pages_base_url == "https://api.tiendanube.com/2025-03/555"
    default.close()
    br = NuvemshopConnector("555", "t", UA, base_url="https://api.nuvemshop.com.br/v1/{store_id}")
    assert br.base_url == "https://api.nuvemshop.com.br/v1/555"
    br.close()


def test_a_wrong_store_id_says_so(fake):
    with NuvemshopConnector("999", fake.token, UA, base_url=f"{fake.base_url}/v1/999") as connector:
        with pytest.raises(ConnectorError, match="store_id"):
            list(connector.products())


# -- end to end: synced, then asked in Spanish and in Portuguese -----------------------------------


def test_spanish_and_portuguese_customers_are_both_answered_after_a_sync(tmp_path):
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=tmp_path / "data"), embedder=HashEmbedder())
    svc.ensure_workspace("w1", "Shop one")
    runner = svc.runner
    try:
        with NuvemshopFake(products=30, orders=4, leak_per_s=10_000) as fake:
            config = _config(fake)
            config["webhook_secret"] = fake.app_secret
            runner.connect("w1", "tn", "nuvemshop", config)
            first = runner.sync("w1", "tn")
            assert first.failed == 0 and first.added == len(fake.product_ids())
            p = fake._products[10_000_002]
            es = svc.answer("w1", f"¿Cuánto cuesta la {p.names['es']}?")
            pt = svc.answer("w1", f"Quanto custa a {p.names['pt']}?")
            assert p.names["es"] in es.reply and "84.99" in es.reply
            assert p.names["pt"] in pt.reply and "84.99" in pt.reply
            assert any((c.get("url") or "").endswith("/productos/zapatilla-roja-10000002/") for c in es.citations)
            assert any("/pt/produtos/" in (c.get("url") or "") for c in pt.citations)
            again = runner.sync("w1", "tn")
            assert again.embedded == 0 and again.unchanged == first.added
            # A webhook changes the price in both languages.
            fake.set_price("10000002", 55.0)
            headers, body = fake.webhook("product/updated", product_id="10000002")
            assert runner.webhook(runner.connections.get("w1", "tn").id, headers, body)["status"] == "applied"
            assert "55.00" in svc.answer("w1", f"Quanto custa a {p.names['pt']}?").reply
            assert "55.00" in svc.answer("w1", f"¿Cuánto cuesta la {p.names['es']}?").reply
    finally:
        runner.close()
        svc.close()
