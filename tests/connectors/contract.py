"""The contract every :class:`connectors.base.StoreConnector` passes, against its platform's local fake.

A connector proves itself by subclassing :class:`ConnectorContract` in its own test module and
providing four fixtures (function scope: the tests change the store)::

    class TestShopify(ConnectorContract):
        platform = "shopify"

        @pytest.fixture()
        def fake(self):            # a started FakeStore (tests/fakes/common.py) with >= 100 products
            with ShopifyFake(products=120, orders=6) as fake:
                yield fake

        @pytest.fixture()
        def connector(self, fake): # good credentials; a page size small enough for >= 3 product pages;
            ...                    # retry backoff and the Retry-After cap small (<= 0.05 s) via config

        @pytest.fixture()
        def bad_connector(self, fake):  # the same store with a wrong secret
            ...

        @pytest.fixture()
        def secrets(self):         # every secret string the two connectors were given
            return ["shpat_good", "shpat_wrong"]

The fake's generated products must have updated times in the past and spread out (so an
``updated_since`` cut-off splits them), at least one product with several variants and options,
and at least one order with a tracking number. Class attributes tune the few platform differences:
``has_pages`` (False for Lazada, which has no page API) and ``min_product_requests``.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from connectors.base import AuthFailed, ConnectorError, RateLimited, StoreConnector, UpstreamError

__all__ = ["ConnectorContract", "ORDER_STATUSES"]

#: The order statuses connectors map platform statuses to (what the answer engine phrases).
ORDER_STATUSES = frozenset(
    {"pending", "processing", "on_hold", "shipped", "delivered", "cancelled", "refunded", "failed"}
)


class ConnectorContract:
    """Behaviour every store connector must show against its platform's fake API."""

    platform: str = ""
    has_pages: bool = True
    min_product_requests: int = 3  # the fixture's page size must split the catalog into this many pages

    # -- shape -----------------------------------------------------------------------------------
    def test_is_a_store_connector(self, connector):
        assert isinstance(connector, StoreConnector)
        assert connector.platform == self.platform

    def test_every_product_once_with_variants_prices_stock_and_links(self, connector, fake):
        fake.clear_requests()
        products = list(connector.products())
        ids = [p.id for p in products]
        assert len(ids) == len(set(ids)), "a product came back twice across pages"
        assert set(ids) == set(fake.product_ids())
        assert len(fake.requests) >= self.min_product_requests, "the catalog should span several pages"
        for p in products:
            assert p.title.strip(), p.id
            assert p.url and p.url.startswith(("http://", "https://")), (p.id, p.url)
            assert p.variants, f"product {p.id} has no variants"
            assert all(v.price is not None and v.price > 0 for v in p.variants), p.id
            assert p.updated_at is not None and p.updated_at.tzinfo is not None, p.id
            assert p.source, p.id
            assert len(p.currency) == 3, p.currency
            assert "<p>" not in p.description and "</" not in p.description, "description must be plain text"
        variants = [v for p in products for v in p.variants]
        assert any(v.inventory_quantity is not None for v in variants), "stock must come through"
        assert any(len(p.variants) > 1 and p.variants[0].options for p in products), "options must come through"

    def test_price_and_stock_are_the_stores(self, connector, fake):
        pid = sorted(fake.product_ids())[len(fake.product_ids()) // 2]
        fake.set_price(pid, 12.34)
        fake.set_stock(pid, 7)
        product = next(p for p in connector.products() if p.id == pid)
        assert [v.price for v in product.variants] == [12.34] * len(product.variants)
        assert [v.inventory_quantity for v in product.variants] == [7] * len(product.variants)
        assert all(v.available for v in product.variants)

    def test_updated_since_returns_only_changed_products(self, connector, fake):
        products = list(connector.products())
        times = sorted(p.updated_at for p in products)
        cutoff = times[len(times) // 2]
        got = {p.id for p in connector.products(updated_since=cutoff)}
        after = {p.id for p in products if p.updated_at > cutoff}
        at_or_after = {p.id for p in products if p.updated_at >= cutoff}
        assert after <= got <= at_or_after
        assert got and len(got) < len(products)

        latest = times[-1]
        changed = sorted(fake.product_ids())[:2]
        fake.set_price(changed[0], 99.5)
        fake.set_stock(changed[1], 3)
        assert {p.id for p in connector.products(updated_since=latest)} == set(changed)

    def test_product_count_is_what_products_yields(self, connector, fake):
        """A sync's progress total: where the platform tells a count, it is the number of products the same
        read yields, in full and since a time."""
        count = getattr(connector, "product_count", None)
        if count is None:
            pytest.skip(f"{self.platform} tells no product count; its progress bar counts without a total")
        products = list(connector.products())
        assert count() == len(products)
        cutoff = sorted(p.updated_at for p in products)[len(products) // 2]
        assert count(cutoff) == len(list(connector.products(updated_since=cutoff)))

    def test_product_ids_follow_deletions(self, connector, fake):
        assert connector.product_ids() == set(fake.product_ids())
        gone = sorted(fake.product_ids())[0]
        fake.delete_product(gone)
        ids = connector.product_ids()
        assert gone not in ids and ids == set(fake.product_ids())
        assert gone not in {p.id for p in connector.products()}

    # -- pages and orders ------------------------------------------------------------------------
    def test_pages_and_policies_as_plain_text(self, connector):
        pages = list(connector.pages())
        if not self.has_pages:
            assert pages == []
            return
        assert pages
        assert any(p.kind == "policy" for p in pages)
        for page in pages:
            assert page.title.strip() and page.body.strip(), page.id
            assert "<p>" not in page.body and "</" not in page.body, page.id

    def test_order_by_number_with_status_items_and_tracking(self, connector, fake):
        numbers = fake.order_numbers()
        tracked = [n for n in numbers if fake.order_tracking(n)]
        assert tracked, "the fake must hold a shipped order"
        for number in numbers[:4] + tracked[:2]:
            order = connector.order(number)
            assert order is not None, number
            assert order.number == number
            assert order.status in ORDER_STATUSES, order.status
            assert order.items and all(i.title and i.quantity >= 1 for i in order.items)
            assert order.tracking_number == fake.order_tracking(number)
        hashed = connector.order("#" + tracked[0])
        assert hashed is not None and hashed.number == tracked[0]
        shipped = connector.order(tracked[0])
        assert shipped.status in {"shipped", "delivered"}

    def test_unknown_order_is_none(self, connector):
        assert connector.order("987654321") is None
        assert connector.order("no-such-order") is None

    def test_orders_listing_and_filter(self, connector, fake):
        orders = list(connector.orders())
        assert sorted(o.number for o in orders) == sorted(fake.order_numbers())
        assert any(o.email for o in orders)
        future = datetime(2100, 1, 1, tzinfo=timezone.utc)
        assert list(connector.orders(updated_since=future)) == []

    # -- failures --------------------------------------------------------------------------------
    def test_wrong_credentials_raise_auth_failed_without_secrets(self, bad_connector, secrets):
        with pytest.raises(AuthFailed) as caught:
            list(bad_connector.products())
        text = f"{caught.value} {caught.value!r} {caught.value.args!r}"
        for secret in secrets:
            assert secret not in text
        assert caught.value.status_code in (401, 403, 502)

    def test_401_is_not_retried_and_the_next_call_works(self, connector, fake):
        fake.clear_requests()
        fake.fail_next(401)
        with pytest.raises(AuthFailed):
            list(connector.products())
        assert len(fake.requests) == 1, "an auth failure must not be retried"
        assert set(connector.product_ids()) == set(fake.product_ids())

    def test_429_with_retry_after_then_success(self, connector, fake):
        fake.fail_next(429, retry_after=1, times=2)
        ids = [p.id for p in connector.products()]
        assert fake.pending_faults() == 0
        assert sorted(ids) == sorted(fake.product_ids())
        assert sum(1 for r in fake.requests if r.status == 429) == 2

    def test_persistent_429_raises_rate_limited(self, connector, fake):
        fake.fail_next(429, retry_after=1, times=50)
        try:
            with pytest.raises(RateLimited):
                list(connector.products())
            assert fake.pending_faults() > 0, "retries must be bounded"
        finally:
            fake.clear_faults()

    def test_500_then_retry_success(self, connector, fake):
        fake.fail_next(500)
        ids = [p.id for p in connector.products()]
        assert fake.pending_faults() == 0
        assert sorted(ids) == sorted(fake.product_ids())
        fake.fail_next(503)
        assert connector.order(fake.order_numbers()[0]) is not None

    def test_persistent_500_raises_upstream_error(self, connector, fake):
        fake.fail_next(500, times=50)
        try:
            with pytest.raises(UpstreamError) as caught:
                list(connector.products())
            assert fake.pending_faults() > 0, "retries must be bounded"
            assert isinstance(caught.value, ConnectorError)
        finally:
            fake.clear_faults()

    def test_malformed_json_raises_upstream_error(self, connector, fake):
        fake.fail_next(malformed=True, times=50)
        try:
            with pytest.raises(UpstreamError):
                list(connector.products())
        finally:
            fake.clear_faults()
        fake.fail_next(malformed=True, times=50)
        try:
            with pytest.raises(UpstreamError):
                connector.order(fake.order_numbers()[0])
        finally:
            fake.clear_faults()

    def test_close_is_idempotent(self, connector):
        connector.close()
        connector.close()
