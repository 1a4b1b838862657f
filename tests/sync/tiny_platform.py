"""A tiny in-memory store platform for the sync tests: a catalog a test edits, a connector that reads it.

Registered as platform ``tiny`` (``connectors.registry.register``). It records what the sync asked
(``CALLS``), can fail mid-stream (``FAIL_AFTER``) and signs webhooks like Shopify (base64
HMAC-SHA256 of the raw body in ``X-Tiny-Hmac``) with a delivery id in ``X-Tiny-Delivery``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from datetime import datetime, timezone
from typing import Any, Iterator, Mapping

from connectors.base import UpstreamError, WebhookEvent
from rag_agent.records import Order, OrderItem, Page, Product, Variant

CONFIG_KEYS = ("store",)
SECRET_KEYS = ("token",)

STORES: dict[str, "TinyStore"] = {}
CALLS: list[tuple[str, Any]] = []


class TinyStore:
    """The upstream catalog: products, pages and orders a test can change."""

    def __init__(self, n: int = 10) -> None:
        self.clock = time.time() - 3600  # the platform's clock: products were edited an hour ago
        self.products: dict[str, Product] = {}
        self.orders: dict[str, Order] = {}
        self.pages = [Page(id="ship", title="Shipping policy", kind="policy",
                           body="We ship in 3 business days. Shipping is free over $50.")]
        self.fail_after: int | None = None
        for i in range(n):
            self.put(product(str(i), f"Gadget {i}", 10.0 + i))
        self.orders["1001"] = Order(number="1001", email="ana@example.com", status="shipped",
                                    items=[OrderItem(title="Gadget 1")], tracking_number="TRK1")

    def tick(self) -> datetime:
        self.clock = max(self.clock + 0.001, time.time()) if len(self.products) >= 10 else self.clock + 1
        return datetime.fromtimestamp(self.clock, timezone.utc)

    def put(self, p: Product) -> Product:
        p.updated_at = self.tick()
        self.products[p.id] = p
        return p

    def set_price(self, pid: str, price: float) -> Product:
        p = self.products[pid].model_copy(deep=True)
        for v in p.variants:
            v.price = price
        return self.put(p)


def product(pid: str, title: str, price: float) -> Product:
    return Product(id=pid, title=title, handle=title.lower().replace(" ", "-"),
                   url=f"https://tiny.example/products/{pid}", description=f"{title} is a handy gadget.",
                   variants=[Variant(sku=f"SKU{pid}", price=price, inventory_quantity=5)], source="tiny")


class TinyConnector:
    platform = "tiny"

    def __init__(self, store: TinyStore, token: str) -> None:
        self.store = store
        self.token = token

    def products(self, updated_since: datetime | None = None) -> Iterator[Product]:
        CALLS.append(("products", updated_since))
        for n, p in enumerate(sorted(self.store.products.values(), key=lambda p: int(p.id))):
            if self.store.fail_after is not None and n >= self.store.fail_after:
                raise UpstreamError("the tiny store answered 500 three times")
            if updated_since is None or (p.updated_at and p.updated_at >= updated_since):
                yield p.model_copy(deep=True)

    def product_ids(self) -> set[str]:
        CALLS.append(("product_ids", None))
        return set(self.store.products)

    def product(self, pid: str) -> Product | None:
        p = self.store.products.get(pid)
        return p.model_copy(deep=True) if p else None

    def pages(self) -> Iterator[Page]:
        return iter(list(self.store.pages))

    def orders(self, updated_since: datetime | None = None) -> Iterator[Order]:
        CALLS.append(("orders", updated_since))
        return iter(list(self.store.orders.values()))

    def order(self, number: str) -> Order | None:
        return self.store.orders.get(number)

    def close(self) -> None:
        pass


def from_config(config: dict[str, str]) -> TinyConnector:
    if "store" not in config:
        from rag_agent.errors import InputError

        raise InputError("a tiny connection needs store=<name>")
    return TinyConnector(STORES.setdefault(config["store"], TinyStore()), config.get("token", ""))


def sign(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def verify_webhook(headers: Mapping[str, str], body: bytes, secret: str) -> bool:
    given = {k.lower(): v for k, v in headers.items()}.get("x-tiny-hmac", "")
    return hmac.compare_digest(given.encode(), sign(body, secret).encode())


def parse_webhook(headers: Mapping[str, str], body: bytes) -> WebhookEvent:
    h = {k.lower(): v for k, v in headers.items()}
    data = json.loads(body)
    topic = h.get("x-tiny-topic", "products/update")
    event = WebhookEvent("tiny", topic, h.get("x-tiny-delivery") or hashlib.sha256(body).hexdigest())
    if topic == "products/delete":
        event.deleted_product_id = str(data["id"])
    elif topic == "inventory/update":
        event.refetch_product_id = str(data["id"])
    elif topic.startswith("orders/"):
        event.order = Order.model_validate(data)
    else:
        event.product = Product.model_validate(data)
    return event


def delivery(topic: str, data: dict[str, Any], secret: str, delivery_id: str) -> tuple[dict[str, str], bytes]:
    body = json.dumps(data).encode()
    return {"X-Tiny-Hmac": sign(body, secret), "X-Tiny-Topic": topic, "X-Tiny-Delivery": delivery_id,
            "Content-Type": "application/json"}, body
