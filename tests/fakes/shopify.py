"""A local Shopify Admin API: the GraphQL endpoint our connector uses, and signed REST-shaped webhooks.

The store is kept in the REST shape of the real fixtures (``shopify/product.json``, ``order.json``,
``shop.json``; Shopify/shopify_python_api test fixtures), multiplied across N products by varying
ids, handles, titles, options, prices and stock, and is answered in the GraphQL Admin shape
(``gid://`` ids, ``nodes`` + ``pageInfo`` connections, ``extensions.cost`` as in
``admin_graphql_product_with_cost_extensions.json``). Webhook bodies are the REST objects, as
Shopify sends them.

What it checks and enforces, like the platform:

* ``POST /admin/api/{version}/graphql.json`` with ``X-Shopify-Access-Token``; a wrong or missing
  token gets 401 with Shopify's body; the version must look like ``YYYY-MM`` (404 otherwise);
* calculated query cost (objects 1, connections 2 + ``first``), refused above 1000 with
  ``MAX_COST_EXCEEDED``; a leaky bucket (``maximum_available``, ``restore_rate``) that answers
  ``THROTTLED`` (HTTP 200, as Shopify does) when the requested cost is not available, and refunds
  the difference between requested and actual cost. The default bucket restores fast (50,000
  points/s) so syncs and benchmarks measure our code; pass a plan's figures (Standard: 1,000 and
  100/s; Plus: 1,000/s) to see the connector pace itself as it must against a real store;
* search syntax ``updated_at:>'ISO'`` on products and orders, ``name:#1001`` on orders;
  cursor paging with opaque cursors.

The fake reads a query's root fields (``shop``, ``products``, ``product``, ``pages``, ``orders``,
``inventoryItem``) and
their arguments (variables or literals); it answers with every field the connector may select.

Run alone: ``python -m tests.fakes.shopify --port 8787 --products 2000`` prints the base URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

from tests.fakes.common import FakeServer, RecordedRequest, Reply, load_payload, product_name, serve_main, slug

__all__ = ["ShopifyFake", "DEFAULT_TOKEN", "DEFAULT_WEBHOOK_SECRET", "sign_webhook"]

DEFAULT_TOKEN = "shpat_fake0123456789abcdef"
DEFAULT_WEBHOOK_SECRET = "shopify-webhook-secret-fake"
MAX_QUERY_COST = 1000
BASE_TIME = datetime(2024, 1, 1, tzinfo=timezone.utc)

_COLORS = ["Pink", "Red", "Green", "Black"]  # the fixture's variants
_SIZES = ["S", "M", "L"]

_POLICIES = [
    ("REFUND_POLICY", "Refund policy", "refund-policy",
     "<h2>Returns</h2><p>You can return any unused item within <strong>30 days</strong> of delivery "
     "for a full refund.</p><p>Refunds go back to the original payment method within 5 business days.</p>"),
    ("SHIPPING_POLICY", "Shipping policy", "shipping-policy",
     "<p>Orders ship within 1&ndash;2 business days.</p><ul><li>Standard: 3&ndash;5 days, free over $50"
     "</li><li>Express: 1&ndash;2 days, $15</li></ul>"),
    ("PRIVACY_POLICY", "Privacy policy", "privacy-policy",
     "<p>We use your data only to fulfil your orders. We never sell it.</p>"),
    ("TERMS_OF_SERVICE", "Terms of service", "terms-of-service",
     "<p>By using this store you agree to these terms.</p>"),
]
_PAGES = [
    ("About us", "about-us", "<p>We are a small team making durable everyday goods since 2012.</p>"),
    ("FAQ", "faq", "<h3>Do you ship internationally?</h3><p>Yes, to 40 countries.</p>"
     "<h3>Can I change my order?</h3><p>Within 2 hours of placing it, from your account.</p>"),
    ("Contact", "contact", "<p>Write to help@example.com or call +1 555 0100, Monday to Friday.</p>"),
]

_TAG = re.compile(r"<[^>]+>")


def sign_webhook(body: bytes, secret: str) -> str:
    """Shopify's webhook signature: base64 of HMAC-SHA256 of the raw body."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _rest_time(dt: datetime) -> str:
    return dt.astimezone(timezone(timedelta(hours=-4))).isoformat()


def _parse_time(text: str) -> datetime:
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _plain(html: str) -> str:
    text = _TAG.sub(" ", html).replace("&ndash;", "-").replace("&amp;", "&")
    return re.sub(r"\s+", " ", text).strip()


def _cursor(n: int) -> str:
    return base64.b64encode(json.dumps({"last_id": n}).encode()).decode()


def _uncursor(cursor: str | None) -> int:
    if not cursor:
        return -1
    return int(json.loads(base64.b64decode(cursor))["last_id"])


def _gid_number(gid: str) -> int:
    return int(str(gid).rsplit("/", 1)[-1])


class ShopifyFake(FakeServer):
    """A Shopify store behind a local GraphQL Admin API (see the module docstring)."""

    platform = "shopify"
    control_names = FakeServer.control_names + ("drain_bucket", "set_order_status")

    def __init__(self, products: int = 2000, orders: int = 20, *, seed: int = 0,
                 token: str = DEFAULT_TOKEN, webhook_secret: str = DEFAULT_WEBHOOK_SECRET,
                 shop_domain: str = "fake-store.myshopify.com", storefront_domain: str = "shop.example.com",
                 maximum_available: float = 2000.0, restore_rate: float = 50_000.0,
                 clock: Callable[[], float] = time.monotonic, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host=host, port=port)
        self.token = token
        self.webhook_secret = webhook_secret
        self.shop_domain = shop_domain
        self.storefront_domain = storefront_domain
        self.maximum_available = float(maximum_available)
        self.restore_rate = float(restore_rate)
        self.clock = clock  # the bucket's clock: tests pass one their connector's sleep advances
        self._available = float(maximum_available)
        self._bucket_at = clock()
        self.throttled = 0  # THROTTLED answers given
        self.versions_seen: set[str] = set()
        self._template = json.dumps(load_payload("shopify", "product.json")["product"])
        self._order_template = json.dumps(load_payload("shopify", "order.json")["order"])
        self.shop = load_payload("shopify", "shop.json")["shop"]
        self.shop.update(myshopify_domain=shop_domain, domain=storefront_domain)
        self.products: dict[int, dict[str, Any]] = {}
        for i in range(products):
            p = self._make_product(i, seed)
            self.products[p["id"]] = p
        self.orders: dict[int, dict[str, Any]] = {}
        ids = sorted(self.products)
        for k in range(orders):
            o = self._make_order(k, ids)
            self.orders[o["id"]] = o

    # -- generation from the real fixtures -------------------------------------------------------
    def _make_product(self, i: int, seed: int) -> dict[str, Any]:
        p = json.loads(self._template)
        pid = 632910392 + i * 7 + seed
        title, adj, mat, ptype = product_name(i)
        handle = slug(title)
        updated = BASE_TIME + timedelta(minutes=7 * i)
        p.update(id=pid, title=title, handle=handle, product_type=ptype, vendor=["Apple", "Northwind", "Acme"][i % 3],
                 tags=f"{ptype}, {mat}, {adj}", created_at=_rest_time(updated - timedelta(days=30)),
                 updated_at=_rest_time(updated), published_at=_rest_time(BASE_TIME - timedelta(days=60)))
        p["body_html"] = f"<p><strong>{title}</strong> in {mat.lower()}.</p>" + p["body_html"]
        p["images"][0].update(product_id=pid, id=850703190 + i, src=f"https://cdn.example.com/products/{handle}.png")
        template_variant = p["variants"][0]
        kind = i % 3
        if kind == 0:  # the fixture's single "colour" option
            options = [{"name": "Color"}]
            combos = [(c,) for c in _COLORS]
        elif kind == 1:
            options = [{"name": "Size"}, {"name": "Color"}]
            combos = [(s, c) for s in _SIZES for c in _COLORS[:2]]
        else:
            options = [{"name": "Title"}]
            combos = [("Default Title",)]
        price = 10 + (i * 37) % 190 + 0.99
        variants = []
        for k, combo in enumerate(combos):
            v = dict(template_variant)
            vid = 40000000000 + i * 10 + k
            v.update(id=vid, product_id=pid, position=k + 1, title=" / ".join(combo),
                     option1=combo[0], option2=combo[1] if len(combo) > 1 else None, option3=None,
                     sku=f"{handle[:12].upper()}-{i}-{k}", price=f"{price:.2f}",
                     compare_at_price=f"{price + 20:.2f}" if i % 4 == 0 else None,
                     inventory_quantity=(i * 7 + k * 3) % 40, inventory_management="shopify",
                     inventory_policy="continue" if i % 10 == 0 else "deny",
                     inventory_item_id=50000000000 + i * 10 + k,
                     created_at=p["created_at"], updated_at=p["updated_at"])
            variants.append(v)
        p["variants"] = variants
        p["options"] = options
        p["_online"] = i % 5 != 4  # some products are not on the Online Store: no onlineStoreUrl
        p["_updated"] = updated
        return p

    def _make_order(self, k: int, product_ids: list[int]) -> dict[str, Any]:
        o = json.loads(self._order_template)
        number = 1001 + k
        oid = 450789469 + k
        updated = BASE_TIME + timedelta(days=40, hours=k)
        o.update(id=oid, name=f"#{number}", order_number=number, number=k + 1,
                 email=f"customer{number}@example.com", updated_at=_rest_time(updated),
                 created_at=_rest_time(updated - timedelta(days=1)))
        o["billing_address"]["phone"] = f"+1 555 01{k:02d}"
        o["customer"]["email"] = o["email"]
        items = []
        for j, li in enumerate(o["line_items"][: 1 + k % 3]):
            p = self.products[product_ids[(k * 5 + j) % len(product_ids)]] if product_ids else None
            if p is not None:
                v = p["variants"][0]
                li = dict(li, product_id=p["id"], variant_id=v["id"], title=p["title"], variant_title=v["title"],
                          sku=v["sku"], name=f"{p['title']} - {v['title']}", price=v["price"], quantity=1 + j)
            items.append(li)
        o["line_items"] = items
        state = k % 4  # 0 unfulfilled, 1 shipped, 2 delivered, 3 cancelled
        fulfillment = o["fulfillments"][0]
        o["fulfillments"] = []
        o["fulfillment_status"] = None
        o["financial_status"] = "paid"
        if state in (1, 2):
            tracking = f"1Z2345{number}"
            f = dict(fulfillment, id=255858046 + k, order_id=oid, status="success",
                     tracking_company="UPS", tracking_number=tracking, tracking_numbers=[tracking],
                     tracking_url=f"https://www.ups.com/track?tracknum={tracking}",
                     tracking_urls=[f"https://www.ups.com/track?tracknum={tracking}"],
                     shipment_status="delivered" if state == 2 else "in_transit",
                     line_items=items)
            o["fulfillments"] = [f]
            o["fulfillment_status"] = "fulfilled"
        if state == 3:
            o["cancelled_at"] = _rest_time(updated)
            o["cancel_reason"] = "customer"
            o["financial_status"] = "refunded"
        o["_updated"] = updated
        return o

    # -- store changes (tests, sync and webhook scenarios) ---------------------------------------
    def _touch(self, p: dict[str, Any]) -> None:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        now = max(now, p["_updated"] + timedelta(seconds=1))
        p["_updated"] = now
        p["updated_at"] = _rest_time(now)
        for v in p["variants"]:
            v["updated_at"] = p["updated_at"]

    def _product(self, product_id: str | int) -> dict[str, Any]:
        try:
            return self.products[int(str(product_id).rsplit("/", 1)[-1])]
        except (KeyError, ValueError):
            raise KeyError(f"no product {product_id!r}") from None

    def product_ids(self) -> list[str]:
        with self.lock:
            return [str(i) for i in self.products]

    def set_price(self, product_id: str, price: float) -> None:
        with self.lock:
            p = self._product(product_id)
            for v in p["variants"]:
                v["price"] = f"{float(price):.2f}"
            self._touch(p)

    def set_stock(self, product_id: str, quantity: int) -> None:
        with self.lock:
            p = self._product(product_id)
            for v in p["variants"]:
                v["inventory_quantity"] = int(quantity)
                v["inventory_management"] = "shopify"
            self._touch(p)

    def delete_product(self, product_id: str) -> None:
        with self.lock:
            self.products.pop(self._product(product_id)["id"])

    def set_order_status(self, number: str, status: str, tracking_number: str | None = None) -> None:
        """Move an order to "processing", "shipped", "delivered" or "cancelled"."""
        with self.lock:
            o = self._order_by_number(number)
            if o is None:
                raise KeyError(f"no order {number!r}")
            if status in ("shipped", "delivered"):
                tracking = tracking_number or f"1Z2345{number}"
                o["fulfillments"] = [{"id": 255858046, "order_id": o["id"], "status": "success",
                                      "tracking_company": "UPS", "tracking_number": tracking,
                                      "tracking_numbers": [tracking],
                                      "tracking_url": f"https://www.ups.com/track?tracknum={tracking}",
                                      "shipment_status": "delivered" if status == "delivered" else "in_transit"}]
                o["fulfillment_status"] = "fulfilled"
            elif status == "cancelled":
                o["cancelled_at"] = _rest_time(datetime.now(timezone.utc))
            else:
                o["fulfillments"], o["fulfillment_status"], o["cancelled_at"] = [], None, None
            o["_updated"] = datetime.now(timezone.utc).replace(microsecond=0)
            o["updated_at"] = _rest_time(o["_updated"])

    def order_numbers(self) -> list[str]:
        with self.lock:
            return [str(o["order_number"]) for o in self.orders.values()]

    def _order_by_number(self, number: str) -> dict[str, Any] | None:
        wanted = str(number).lstrip("#")
        return next((o for o in self.orders.values() if o["name"].lstrip("#") == wanted), None)

    def order_tracking(self, number: str) -> str | None:
        with self.lock:
            o = self._order_by_number(number)
            return o["fulfillments"][0]["tracking_number"] if o and o["fulfillments"] else None

    def drain_bucket(self, to: float = 0.0) -> None:
        """Empty the cost bucket (as another app's heavy use of the same store would)."""
        with self.lock:
            self._available = float(to)
            self._bucket_at = self.clock()

    # -- webhooks --------------------------------------------------------------------------------
    def webhook(self, topic: str, *, product_id: str | None = None,
                order_number: str | None = None) -> tuple[dict[str, str], bytes]:
        """A signed delivery of `topic` as Shopify sends it (REST-shaped body, X-Shopify-* headers)."""
        with self.lock:
            if topic in ("products/create", "products/update"):
                body_obj: Any = self._public(self._product(product_id))
            elif topic == "products/delete":
                body_obj = {"id": int(str(product_id).rsplit("/", 1)[-1])}
            elif topic == "inventory_levels/update":
                v = self._product(product_id)["variants"][0]
                body_obj = dict(load_payload("shopify", "inventory_level.json")["inventory_level"],
                                inventory_item_id=v["inventory_item_id"], available=v["inventory_quantity"],
                                updated_at=v["updated_at"])
            elif topic.startswith("orders/"):
                o = self._order_by_number(order_number or "")
                if o is None:
                    raise KeyError(f"no order {order_number!r}")
                body_obj = self._public(o)
            else:
                raise ValueError(f"unsupported topic {topic!r}")
        body = json.dumps(body_obj).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Shopify-Topic": topic,
            "X-Shopify-Hmac-Sha256": sign_webhook(body, self.webhook_secret),
            "X-Shopify-Shop-Domain": self.shop_domain,
            "X-Shopify-API-Version": "2025-07",
            "X-Shopify-Webhook-Id": str(uuid.uuid4()),
            "X-Shopify-Event-Id": str(uuid.uuid4()),
            "X-Shopify-Triggered-At": _iso(datetime.now(timezone.utc)),
        }
        return headers, body

    @staticmethod
    def _public(obj: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in obj.items() if not k.startswith("_")}

    # -- HTTP ------------------------------------------------------------------------------------
    def authorize(self, req: RecordedRequest) -> Reply | None:
        if not hmac.compare_digest(req.headers.get("x-shopify-access-token", ""), self.token):
            return self.unauthorized_reply()
        return None

    def unauthorized_reply(self) -> Reply:
        return Reply(401, {"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"})

    def rate_limited_reply(self, retry_after: float | None) -> Reply:
        headers = {"Retry-After": f"{float(retry_after):g}"} if retry_after is not None else {}
        return Reply(429, {"errors": "Exceeded 2 calls per second for api client. Reduce request rates to resume "
                                     "uninterrupted service."}, headers)

    def server_error_reply(self, status: int) -> Reply:
        return Reply(status, {"errors": "Internal Server Error"})

    def handle(self, req: RecordedRequest) -> Reply:
        m = re.fullmatch(r"/admin/api/(\d{4}-\d{2}|unstable)/graphql\.json", req.path)
        if not m:
            return Reply(404, {"errors": "Not Found"})
        if req.method != "POST":
            return Reply(405, {"errors": "Method Not Allowed"})
        self.versions_seen.add(m.group(1))
        try:
            payload = req.json()
            query = payload["query"]
            variables = payload.get("variables") or {}
        except (ValueError, KeyError, TypeError):
            return Reply(400, {"errors": {"query": "Required parameter missing or invalid"}})
        with self.lock:
            return self._graphql(query, variables)

    def _graphql(self, query: str, variables: dict[str, Any]) -> Reply:
        query = re.sub(r"#[^\n]*", "", query)
        roots = _roots(query)
        if not roots:
            return Reply(200, {"errors": [{"message": "Field must have selections", "extensions": {"code": "PARSE"}}]})
        requested = sum(self._cost(name, args, query, variables, None) for name, args in roots)
        if requested > MAX_QUERY_COST:
            return Reply(200, {"errors": [{
                "message": f"Query cost is {requested}, which exceeds the single query max cost limit "
                           f"({MAX_QUERY_COST}).",
                "extensions": {"code": "MAX_COST_EXCEEDED", "cost": requested, "maxCost": MAX_QUERY_COST}}],
                "extensions": {"cost": self._cost_block(requested, None)}})
        self._restore()
        if self._available < requested:
            self.throttled += 1
            return Reply(200, {"errors": [{"message": "Throttled", "extensions": {
                "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
                "extensions": {"cost": self._cost_block(requested, None)}})
        data: dict[str, Any] = {}
        actual = 0
        for name, args in roots:
            value = self._resolve(name, args, query, variables)
            data[name] = value
            actual += self._cost(name, args, query, variables, value)
        actual = min(actual, requested)
        self._available -= actual
        return Reply(200, {"data": data, "extensions": {"cost": self._cost_block(requested, actual)}})

    def _restore(self) -> None:
        now = self.clock()
        self._available = min(self.maximum_available,
                              self._available + (now - self._bucket_at) * self.restore_rate)
        self._bucket_at = now

    def _cost_block(self, requested: int, actual: int | None) -> dict[str, Any]:
        return {"requestedQueryCost": requested, "actualQueryCost": actual,
                "throttleStatus": {"maximumAvailable": self.maximum_available,
                                   "currentlyAvailable": int(self._available),
                                   "restoreRate": self.restore_rate}}

    # -- query cost: objects 1, connections 2 + first (actual: 2 + returned) ---------------------
    def _cost(self, name: str, args: dict[str, str], query: str, variables: dict[str, Any],
              value: Any) -> int:
        first = int(_arg(args, "first", variables, 0) or 0)
        nested_first = _nested_first(query, "variants", variables) if "variants" in query else 0
        if name == "shop":
            return 1 + (10 if "shopPolicies" in query else 0)
        if name == "product":
            if value is None and nested_first:
                return 1 + 2 + nested_first
            return 1 + (2 + len(value["variants"]["nodes"]) if value and "variants" in value else 0)
        if name in ("products", "pages", "orders"):
            child = 1
            if name == "products" and nested_first:
                child += 1 + 2 + nested_first  # featuredImage + variants connection
            if name == "orders":
                child += 1 + 2 + _nested_first(query, "lineItems", variables)
            if value is None:
                return 2 + first * child
            actual = 2
            for node in value["nodes"]:
                actual += 1
                if name == "products" and "variants" in node:
                    actual += 1 + 2 + len(node["variants"]["nodes"])
                if name == "orders":
                    actual += 1 + 2 + len(node["lineItems"]["nodes"])
            return actual
        return 1

    # -- resolvers -------------------------------------------------------------------------------
    def _resolve(self, name: str, args: dict[str, str], query: str, variables: dict[str, Any]) -> Any:
        if name == "shop":
            return self._shop()
        if name == "products":
            return self._products(args, query, variables)
        if name == "productsCount":  # like the Admin API's: the same search syntax as products(query:)
            return {"count": len(self._filtered(self.products, _arg(args, "query", variables, None))),
                    "precision": "EXACT"}
        if name == "product":
            return self._one_product(args, query, variables)
        if name == "pages":
            return self._pages(args, variables)
        if name == "orders":
            return self._orders(args, query, variables)
        if name == "inventoryItem":
            return self._inventory_item(_arg(args, "id", variables, ""))
        return None

    def _inventory_item(self, gid: str) -> dict[str, Any] | None:
        item = _gid_number(gid) if gid else -1
        for p in self.products.values():
            for v in p["variants"]:
                if v.get("inventory_item_id") == item:
                    return {"id": gid, "variant": {"id": f"gid://shopify/ProductVariant/{v['id']}",
                                                    "product": {"id": f"gid://shopify/Product/{p['id']}"}}}
        return None

    def _shop(self) -> dict[str, Any]:
        updated = _iso(BASE_TIME)
        return {
            "id": f"gid://shopify/Shop/{self.shop['id']}",
            "name": self.shop["name"],
            "email": self.shop["email"],
            "currencyCode": self.shop["currency"],
            "myshopifyDomain": self.shop["myshopify_domain"],
            "primaryDomain": {"host": self.storefront_domain, "url": f"https://{self.storefront_domain}"},
            "shopPolicies": [
                {"id": f"gid://shopify/ShopPolicy/{9000 + n}", "type": t, "title": title, "body": body,
                 "url": f"https://{self.storefront_domain}/policies/{handle}", "createdAt": updated,
                 "updatedAt": updated}
                for n, (t, title, handle, body) in enumerate(_POLICIES)
            ],
        }

    def _filtered(self, items: dict[int, dict[str, Any]], search: str | None) -> list[dict[str, Any]]:
        rows = [items[k] for k in sorted(items)]
        if not search:
            return rows
        for op, value in re.findall(r"updated_at:\s*(>=|<=|>|<)\s*['\"]?([^'\"\s)]+)['\"]?", search):
            t = _parse_time(value)
            test = {">": lambda d: d > t, ">=": lambda d: d >= t, "<": lambda d: d < t, "<=": lambda d: d <= t}[op]
            rows = [r for r in rows if test(r["_updated"])]
        for value in re.findall(r"\bname:\s*['\"]?([^'\"\s)]+)['\"]?", search):
            rows = [r for r in rows if r.get("name", "").lstrip("#") == value.lstrip("#")]
        for value in re.findall(r"\bid:\s*['\"]?(\d+)['\"]?", search):
            rows = [r for r in rows if r["id"] == int(value)]
        return rows

    def _page(self, rows: list[dict[str, Any]], args: dict[str, str], variables: dict[str, Any],
              convert: Any) -> dict[str, Any]:
        first = int(_arg(args, "first", variables, 50) or 50)
        after = _uncursor(_arg(args, "after", variables, None))
        rows = [r for r in rows if r["id"] > after]
        chunk = rows[:first]
        nodes = [convert(r) for r in chunk]
        return {"nodes": nodes, "edges": [{"cursor": _cursor(r["id"]), "node": n} for r, n in zip(chunk, nodes)],
                "pageInfo": {"hasNextPage": len(rows) > first,
                             "endCursor": _cursor(chunk[-1]["id"]) if chunk else None}}

    def _products(self, args: dict[str, str], query: str, variables: dict[str, Any]) -> dict[str, Any]:
        rows = self._filtered(self.products, _arg(args, "query", variables, None))
        vfirst = _nested_first(query, "variants", variables) if "variants" in query else 0
        return self._page(rows, args, variables, lambda p: self._gql_product(p, vfirst))

    def _one_product(self, args: dict[str, str], query: str, variables: dict[str, Any]) -> dict[str, Any] | None:
        gid = _arg(args, "id", variables, "")
        p = self.products.get(_gid_number(gid)) if gid else None
        if p is None:
            return None
        vfirst = _nested_first(query, "variants", variables)
        vafter = _nested_arg(query, "variants", "after", variables)
        return self._gql_product(p, vfirst, after=_uncursor(vafter) if vafter else -1)

    def _gql_product(self, p: dict[str, Any], vfirst: int, after: int = -1) -> dict[str, Any]:
        online = f"https://{self.storefront_domain}/products/{p['handle']}" if p["_online"] else None
        node: dict[str, Any] = {
            "id": f"gid://shopify/Product/{p['id']}",
            "legacyResourceId": str(p["id"]),
            "title": p["title"],
            "handle": p["handle"],
            "description": _plain(p["body_html"]),
            "descriptionHtml": p["body_html"],
            "vendor": p["vendor"],
            "productType": p["product_type"],
            "tags": [t.strip() for t in p["tags"].split(",") if t.strip()],
            "status": "ACTIVE",
            "createdAt": _iso(_parse_time(p["created_at"])),
            "updatedAt": _iso(p["_updated"]),
            "onlineStoreUrl": online,
            "featuredImage": {"url": p["images"][0]["src"], "altText": None} if p["images"] else None,
            "options": [{"name": o["name"], "values": sorted({v[f"option{n + 1}"] for v in p["variants"]})}
                        for n, o in enumerate(p["options"])],
        }
        if vfirst:
            variants = [(k, v) for k, v in enumerate(p["variants"]) if k > after]
            chunk = variants[:vfirst]
            node["variants"] = {
                "nodes": [self._gql_variant(p, v) for _, v in chunk],
                "pageInfo": {"hasNextPage": len(variants) > vfirst,
                             "endCursor": _cursor(chunk[-1][0]) if chunk else None},
            }
        return node

    @staticmethod
    def _gql_variant(p: dict[str, Any], v: dict[str, Any]) -> dict[str, Any]:
        tracked = v.get("inventory_management") == "shopify"
        qty = v.get("inventory_quantity")
        return {
            "id": f"gid://shopify/ProductVariant/{v['id']}",
            "title": v["title"],
            "sku": v.get("sku") or None,
            "price": v["price"],
            "compareAtPrice": v.get("compare_at_price"),
            "inventoryQuantity": qty,
            "inventoryPolicy": str(v.get("inventory_policy", "deny")).upper(),
            "availableForSale": (not tracked) or (qty or 0) > 0 or v.get("inventory_policy") == "continue",
            "selectedOptions": [{"name": o["name"], "value": v[f"option{n + 1}"]}
                                for n, o in enumerate(p["options"]) if v.get(f"option{n + 1}") is not None],
            "inventoryItem": {"id": f"gid://shopify/InventoryItem/{v.get('inventory_item_id', v['id'])}",
                              "tracked": tracked},
        }

    def _pages(self, args: dict[str, str], variables: dict[str, Any]) -> dict[str, Any]:
        rows = [{"id": 108828309 + n, "title": title, "handle": handle, "body_html": body}
                for n, (title, handle, body) in enumerate(_PAGES)]
        return self._page(rows, args, variables, lambda r: {
            "id": f"gid://shopify/Page/{r['id']}", "title": r["title"], "handle": r["handle"],
            "body": r["body_html"], "bodySummary": _plain(r["body_html"])[:150], "isPublished": True,
            "createdAt": _iso(BASE_TIME), "updatedAt": _iso(BASE_TIME)})

    def _orders(self, args: dict[str, str], query: str, variables: dict[str, Any]) -> dict[str, Any]:
        rows = self._filtered(self.orders, _arg(args, "query", variables, None))
        li_first = _nested_first(query, "lineItems", variables) or 10
        return self._page(rows, args, variables, lambda o: self._gql_order(o, li_first))

    def _gql_order(self, o: dict[str, Any], li_first: int) -> dict[str, Any]:
        fulfilled = bool(o["fulfillments"])
        delivered = fulfilled and o["fulfillments"][0].get("shipment_status") == "delivered"
        return {
            "id": f"gid://shopify/Order/{o['id']}",
            "name": o["name"],
            "email": o["email"],
            "phone": (o.get("billing_address") or {}).get("phone"),
            "createdAt": _iso(_parse_time(o["created_at"])),
            "updatedAt": _iso(o["_updated"]),
            "cancelledAt": _iso(_parse_time(o["cancelled_at"])) if o.get("cancelled_at") else None,
            "closed": bool(o.get("closed_at")),
            "displayFinancialStatus": str(o.get("financial_status") or "pending").upper(),
            "displayFulfillmentStatus": "FULFILLED" if fulfilled else "UNFULFILLED",
            "customer": {"email": o["email"], "phone": (o.get("customer") or {}).get("phone")},
            "lineItems": {"nodes": [{"title": li["title"], "variantTitle": li.get("variant_title"),
                                     "quantity": li["quantity"], "sku": li.get("sku")}
                                    for li in o["line_items"][:li_first]],
                          "pageInfo": {"hasNextPage": len(o["line_items"]) > li_first, "endCursor": None}},
            "fulfillments": [
                {"status": str(f.get("status", "success")).upper(),
                 "displayStatus": "DELIVERED" if delivered else "IN_TRANSIT",
                 "trackingInfo": [{"number": n, "url": u, "company": f.get("tracking_company")}
                                  for n, u in zip(f.get("tracking_numbers") or [f.get("tracking_number")],
                                                  f.get("tracking_urls") or [f.get("tracking_url")])]}
                for f in o["fulfillments"]
            ],
        }


# -- a tiny reader for the root fields and arguments of a GraphQL query --------------------------
def _roots(query: str) -> list[tuple[str, dict[str, str]]]:
    """(field, raw arguments) of the top-level selections of the first operation."""
    start = query.find("{")
    if start < 0:
        return []
    roots, depth, i, n = [], 0, start + 1, len(query)
    while i < n:
        ch = query[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and (ch.isalpha() or ch == "_"):
            m = re.match(r"(\w+)\s*(?::\s*(\w+))?\s*", query[i:])
            name = m.group(2) or m.group(1)  # aliases: "alias: field"
            i += m.end()
            args: dict[str, str] = {}
            if i < n and query[i] == "(":
                end = _matching(query, i, "(", ")")
                args = _parse_args(query[i + 1:end])
                i = end + 1
            roots.append((name, args))
            continue
        i += 1
    return roots


def _matching(text: str, start: int, open_: str, close: str) -> int:
    depth = 0
    for j in range(start, len(text)):
        if text[j] == open_:
            depth += 1
        elif text[j] == close:
            depth -= 1
            if depth == 0:
                return j
    return len(text) - 1


def _parse_args(text: str) -> dict[str, str]:
    return {k: v for k, v in re.findall(r"(\w+)\s*:\s*(\$\w+|\"(?:[^\"\\]|\\.)*\"|-?\d+|\w+)", text)}


def _arg(args: dict[str, str], name: str, variables: dict[str, Any], default: Any) -> Any:
    raw = args.get(name)
    if raw is None:
        return default
    if raw.startswith("$"):
        return variables.get(raw[1:], default)
    if raw.startswith('"'):
        return json.loads(raw)
    if raw.lstrip("-").isdigit():
        return int(raw)
    return None if raw == "null" else raw


def _nested_first(query: str, field: str, variables: dict[str, Any]) -> int:
    value = _nested_arg(query, field, "first", variables)
    return int(value or 0)


def _nested_arg(query: str, field: str, name: str, variables: dict[str, Any]) -> Any:
    m = re.search(rf"\b{field}\s*\(", query)
    if not m:
        return None
    end = _matching(query, m.end() - 1, "(", ")")
    return _arg(_parse_args(query[m.end():end]), name, variables, None)


def _options(parser: Any) -> None:
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--webhook-secret", default=DEFAULT_WEBHOOK_SECRET)
    parser.add_argument("--restore-rate", type=float, default=50_000.0)
    parser.add_argument("--maximum-available", type=float, default=2000.0)


if __name__ == "__main__":
    serve_main(lambda a: ShopifyFake(products=a.products, orders=a.orders, seed=a.seed, token=a.token,
                                     webhook_secret=a.webhook_secret, restore_rate=a.restore_rate,
                                     maximum_available=a.maximum_available, host=a.host, port=a.port),
               description="Local fake Shopify Admin GraphQL API", add_options=_options)
