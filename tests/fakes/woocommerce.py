"""A local WooCommerce store: the wc/v3 REST API, WordPress ``wp/v2/pages``, the Shipment Tracking
extension's endpoint, and signed webhooks.

Bodies copy the real wc/v3 examples (``woocommerce/wc_v3_products_list.json``,
``wc_v3_product_retrieve.json``, ``wc_v3_product_variations_list.json``, ``wc_v3_orders_list.json``;
woocommerce-rest-api-docs), multiplied across N products: even indexes are simple products shaped like
"Premium Quality", odd ones variable products shaped like "Ship Your Idea" with Color x Size variations.

What it checks and enforces, like WooCommerce:

* authentication as ``WC_REST_Authentication`` does it: over plain HTTP, one-legged OAuth 1.0a in the
  query string (HMAC-SHA1 or -SHA256 over the normalised parameters, key ``consumer_secret&``, a
  timestamp within 15 minutes, each nonce once), which is what the ``woocommerce`` package sends to an
  ``http://`` store; over HTTPS-style clients, HTTP Basic or ``consumer_key``/``consumer_secret`` query
  parameters. Failures get WooCommerce's 401 bodies (``woocommerce_rest_authentication_error``...);
* ``page``/``per_page`` paging (``per_page`` 1..100, else 400 ``rest_invalid_param``) with ``X-WP-Total``
  and ``X-WP-TotalPages``; ``modified_after`` (site time, or GMT with ``dates_are_gmt=true``);
  ``orderby=id``/``order``; ``status``; ``search`` on orders;
* ``wp/v2/pages`` is public, as in WordPress; a Basic header there is refused the way WordPress's
  application passwords refuse an unknown user;
* ``wc-shipment-tracking/v3/orders/{id}/shipment-trackings`` only while ``shipment_tracking`` is on
  (``rest_no_route`` 404 otherwise).

Run alone: ``python -m tests.fakes.woocommerce --port 8788 --products 2000`` prints the base URL.
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
from typing import Any
from urllib.parse import quote, unquote

from tests.fakes.common import FakeServer, RecordedRequest, Reply, load_payload, product_name, serve_main, slug

__all__ = ["WooCommerceFake", "DEFAULT_KEY", "DEFAULT_SECRET", "DEFAULT_WEBHOOK_SECRET", "sign_webhook"]

DEFAULT_KEY = "ck_fake0123456789abcdef0123456789abcdef01"
DEFAULT_SECRET = "cs_fake0123456789abcdef0123456789abcdef01"
DEFAULT_WEBHOOK_SECRET = "woo-webhook-secret-fake"
SITE = "https://example.com"  # the fixtures' store URL: product permalinks point there
SITE_TZ = timezone(timedelta(hours=-3))  # the fixtures' date_created vs date_created_gmt
BASE_TIME = datetime(2024, 1, 1, tzinfo=timezone.utc)

_PAGES = [
    ("Refund and Returns Policy", "refund_returns",
     "<h2>Overview</h2>\n<p>Our refund and returns policy lasts 30 days. If 30 days have passed since your "
     "purchase, we can&#8217;t offer you a full refund or exchange.</p>\n<p>To be eligible for a return, "
     "your item must be unused and in the same condition that you received it.</p>"),
    ("Shipping", "shipping", "<p>We ship within 2 business days. Free shipping on orders over $60.</p>\n"
     "<ul>\n<li>Brazil: 3&#8211;7 days</li>\n<li>Rest of the world: 7&#8211;15 days</li>\n</ul>"),
    ("Privacy Policy", "privacy-policy", "<p>We only use your data to process your orders.</p>"),
    ("FAQ", "faq", "<h3>Do you have a store?</h3>\n<p>Only online, but you can pick up in Curitiba.</p>"),
    ("Cart", "cart", "<!-- wp:woocommerce/cart -->\n<div class=\"wp-block-woocommerce-cart\"></div>\n"
     "<!-- /wp:woocommerce/cart -->"),
]


def sign_webhook(body: bytes, secret: str) -> str:
    """WooCommerce's webhook signature: base64 of HMAC-SHA256 of the raw body."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def _local(dt: datetime) -> str:
    return dt.astimezone(SITE_TZ).strftime("%Y-%m-%dT%H:%M:%S")


def _gmt(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def _rawurlencode(text: str) -> str:
    return quote(text, safe="-_.~")


def _error(status: int, code: str, message: str, **data: Any) -> Reply:
    return Reply(status, {"code": code, "message": message, "data": {"status": status, **data}})


class WooCommerceFake(FakeServer):
    """A WooCommerce store behind a local wc/v3 REST API (see the module docstring)."""

    platform = "woocommerce"
    control_names = FakeServer.control_names + ("set_order_status",)

    def __init__(self, products: int = 2000, orders: int = 20, *, seed: int = 0,
                 consumer_key: str = DEFAULT_KEY, consumer_secret: str = DEFAULT_SECRET,
                 webhook_secret: str = DEFAULT_WEBHOOK_SECRET, currency: str = "USD",
                 shipment_tracking: bool = True, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host=host, port=port)
        self.consumer_key = consumer_key
        self.consumer_secret = consumer_secret
        self.webhook_secret = webhook_secret
        self.currency = currency
        self.shipment_tracking = shipment_tracking
        self.auth_modes: set[str] = set()  # "oauth1", "basic", "query": how clients authenticated
        self._nonces: set[str] = set()
        listing = load_payload("woocommerce", "wc_v3_products_list.json")
        self._variable_t = json.dumps(listing[0])
        self._simple_t = json.dumps(load_payload("woocommerce", "wc_v3_product_retrieve.json"))
        self._variation_t = json.dumps(load_payload("woocommerce", "wc_v3_product_variations_list.json")[0])
        self._order_t = json.dumps(load_payload("woocommerce", "wc_v3_order_retrieve.json"))
        self.products: dict[int, dict[str, Any]] = {}
        self.variations: dict[int, list[dict[str, Any]]] = {}
        for i in range(products):
            p, variations = self._make_product(i, seed)
            self.products[p["id"]] = p
            if variations:
                self.variations[p["id"]] = variations
        self.orders: dict[int, dict[str, Any]] = {}
        self.trackings: dict[int, list[dict[str, Any]]] = {}
        ids = sorted(self.products)
        for k in range(orders):
            o = self._make_order(k, ids)
            self.orders[o["id"]] = o

    # -- generation from the real fixtures -------------------------------------------------------
    def _make_product(self, i: int, seed: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        variable = i % 2 == 1
        p = json.loads(self._variable_t if variable else self._simple_t)
        pid = 794 + i * 3 + seed
        title, adj, mat, ptype = product_name(i)
        handle = slug(title)
        updated = BASE_TIME + timedelta(minutes=7 * i)
        price = 9 + (i * 31) % 150 + 0.5
        on_sale = i % 6 == 0
        p.update(id=pid, name=title, slug=handle, permalink=f"{SITE}/product/{handle}/",
                 date_created=_local(updated - timedelta(days=30)), date_created_gmt=_gmt(updated - timedelta(days=30)),
                 date_modified=_local(updated), date_modified_gmt=_gmt(updated), sku=f"WOO-{i:05d}",
                 categories=[{"id": 9 + (i // 500) % 20, "name": ptype, "slug": slug(ptype)}],
                 tags=[{"id": 30 + i % 25, "name": adj, "slug": slug(adj)}])
        p["description"] = f"<p><strong>{title}</strong>, made of {mat.lower()}.</p>\n" + p["description"]
        p["images"][0]["src"] = f"{SITE}/wp-content/uploads/2017/03/{handle}.jpg"
        p["_links"]["self"][0]["href"] = f"{SITE}/wp-json/wc/v3/products/{pid}"
        variations: list[dict[str, Any]] = []
        if variable:
            p.update(price=f"{price:.2f}", regular_price="", sale_price="", manage_stock=False, stock_quantity=None)
            p["attributes"].append({"id": 7, "name": "Material", "position": 2, "visible": True,
                                    "variation": False, "options": [mat]})
            colors, sizes = p["attributes"][0]["options"], p["attributes"][1]["options"]
            for k, (color, size) in enumerate((c, s) for c in colors for s in sizes):
                v = json.loads(self._variation_t)
                vid = 500000 + i * 10 + k
                qty = (i * 5 + k * 3) % 25
                v.update(id=vid, sku=f"WOO-{i:05d}-{k}", price=f"{price:.2f}", regular_price=f"{price:.2f}",
                         sale_price="", on_sale=False, manage_stock=True, stock_quantity=qty,
                         stock_status="instock" if qty > 0 else "outofstock",
                         date_modified=p["date_modified"], date_modified_gmt=p["date_modified_gmt"],
                         permalink=f"{p['permalink']}?attribute_pa_color={color.lower()}&attribute_size={size}",
                         attributes=[{"id": 6, "name": "Color", "option": color},
                                     {"id": 0, "name": "Size", "option": size}])
                v["_links"]["up"][0]["href"] = f"{SITE}/wp-json/wc/v3/products/{pid}"
                v["_updated"] = updated
                variations.append(v)
            p["variations"] = [v["id"] for v in variations]
        else:
            tracked = i % 5 != 0
            qty = (i * 7) % 30 if tracked else None
            regular = price + 10 if on_sale else price
            p.update(price=f"{price:.2f}", regular_price=f"{regular:.2f}", sale_price=f"{price:.2f}" if on_sale else "",
                     on_sale=on_sale, manage_stock=tracked, stock_quantity=qty,
                     stock_status="outofstock" if tracked and qty == 0 else "instock",
                     attributes=[{"id": 7, "name": "Material", "position": 0, "visible": True, "variation": False,
                                  "options": [mat]}])
        p["_updated"] = updated
        return p, variations

    def _make_order(self, k: int, product_ids: list[int]) -> dict[str, Any]:
        o = json.loads(self._order_t)
        oid = 727 + k * 4
        updated = BASE_TIME + timedelta(days=40, hours=k)
        status = ["processing", "completed", "on-hold", "completed", "cancelled"][k % 5]
        o.update(id=oid, number=str(oid), order_key=f"wc_order_{uuid.uuid4().hex[:13]}", status=status,
                 currency=self.currency, date_created=_local(updated - timedelta(days=1)),
                 date_created_gmt=_gmt(updated - timedelta(days=1)), date_modified=_local(updated),
                 date_modified_gmt=_gmt(updated),
                 date_completed=_local(updated) if status == "completed" else None,
                 date_completed_gmt=_gmt(updated) if status == "completed" else None)
        o["billing"].update(email=f"customer{oid}@example.com", phone=f"(555) 555-{oid:04d}")
        items = []
        for j, li in enumerate(o["line_items"]):
            p = self.products.get(product_ids[(k * 7 + j) % len(product_ids)]) if product_ids else None
            if p is not None:
                li = dict(li, product_id=p["id"], name=p["name"], quantity=1 + (k + j) % 3)
                if p["type"] == "variable":
                    v = self.variations[p["id"]][0]
                    li.update(variation_id=v["id"], sku=v["sku"], name=f"{p['name']} &ndash; "
                              + ", ".join(f"{a['name']}: {a['option']}" for a in v["attributes"]),
                              meta_data=[{"id": 2095 + j, "key": "pa_color", "value": v["attributes"][0]["option"].lower(),
                                          "display_key": "Color", "display_value": v["attributes"][0]["option"]},
                                         {"id": 2096 + j, "key": "size", "value": v["attributes"][1]["option"],
                                          "display_key": "Size", "display_value": v["attributes"][1]["option"]}])
                else:
                    li.update(variation_id=0, sku=p["sku"], meta_data=[])
            items.append(li)
        o["line_items"] = items
        o["_links"]["self"][0]["href"] = f"{SITE}/wp-json/wc/v3/orders/{oid}"
        if status == "completed":
            number = f"9400111899560{oid:09d}"
            self.trackings[oid] = [{
                "tracking_id": hashlib.md5(number.encode()).hexdigest(),
                "tracking_provider": "USPS",
                "tracking_link": f"https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1={number}",
                "tracking_number": number,
                "date_shipped": (updated - timedelta(hours=2)).strftime("%Y-%m-%d"),
                "_links": {"self": [{"href": f"{SITE}/wp-json/wc-shipment-tracking/v3/orders/{oid}/shipment-trackings"}]},
            }]
        o["_updated"] = updated
        return o

    # -- store changes ---------------------------------------------------------------------------
    def _touch(self, obj: dict[str, Any]) -> None:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        now = max(now, obj["_updated"] + timedelta(seconds=1))
        obj["_updated"] = now
        obj["date_modified"], obj["date_modified_gmt"] = _local(now), _gmt(now)

    def _product(self, product_id: str | int) -> dict[str, Any]:
        try:
            return self.products[int(product_id)]
        except (KeyError, ValueError):
            raise KeyError(f"no product {product_id!r}") from None

    def product_ids(self) -> list[str]:
        with self.lock:
            return [str(i) for i in self.products]

    def set_price(self, product_id: str, price: float) -> None:
        with self.lock:
            p = self._product(product_id)
            text = f"{float(price):.2f}"
            targets = self.variations.get(p["id"]) or [p]
            for t in targets:
                t.update(price=text, regular_price=text, sale_price="", on_sale=False)
                if t is not p:
                    self._touch(t)
            if targets[0] is not p:
                p["price"] = text
            self._touch(p)

    def set_stock(self, product_id: str, quantity: int) -> None:
        with self.lock:
            p = self._product(product_id)
            for t in self.variations.get(p["id"]) or [p]:
                t.update(manage_stock=True, stock_quantity=int(quantity),
                         stock_status="instock" if int(quantity) > 0 else "outofstock")
                if t is not p:
                    self._touch(t)
            self._touch(p)

    def delete_product(self, product_id: str) -> None:
        with self.lock:
            p = self._product(product_id)
            self.products.pop(p["id"])
            self.variations.pop(p["id"], None)

    def set_order_status(self, number: str, status: str, tracking_number: str | None = None) -> None:
        """Set an order's WooCommerce status (``processing``, ``completed``...) and optionally a tracking number."""
        with self.lock:
            o = self._order_by_number(number)
            if o is None:
                raise KeyError(f"no order {number!r}")
            o["status"] = status
            if tracking_number:
                self.trackings[o["id"]] = [{"tracking_id": uuid.uuid4().hex, "tracking_provider": "UPS",
                                            "tracking_link": f"https://www.ups.com/track?tracknum={tracking_number}",
                                            "tracking_number": tracking_number, "date_shipped": "2024-03-01"}]
            self._touch(o)

    def order_numbers(self) -> list[str]:
        with self.lock:
            return [o["number"] for o in self.orders.values()]

    def _order_by_number(self, number: str) -> dict[str, Any] | None:
        return next((o for o in self.orders.values() if o["number"] == str(number).lstrip("#")), None)

    def order_tracking(self, number: str) -> str | None:
        with self.lock:
            o = self._order_by_number(number)
            items = self.trackings.get(o["id"]) if o and self.shipment_tracking else None
            return items[-1]["tracking_number"] if items else None

    # -- webhooks --------------------------------------------------------------------------------
    def webhook(self, topic: str, *, product_id: str | None = None,
                order_number: str | None = None) -> tuple[dict[str, str], bytes]:
        """A signed delivery of `topic` (``product.updated``, ``order.created``...) as WooCommerce sends it."""
        resource, _, event = topic.partition(".")
        with self.lock:
            if resource == "product":
                if event == "deleted":
                    body_obj: Any = {"id": int(product_id)}
                else:
                    body_obj = _public(self._product(product_id))
            elif resource == "order":
                o = self._order_by_number(order_number or "")
                if o is None:
                    raise KeyError(f"no order {order_number!r}")
                body_obj = {"id": o["id"]} if event == "deleted" else _public(o)
            else:
                raise ValueError(f"unsupported topic {topic!r}")
        body = json.dumps(body_obj).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "WooCommerce/9.4.2 Hookshot (WordPress/6.7.1)",
            "X-WC-Webhook-Source": f"{SITE}/",
            "X-WC-Webhook-Topic": topic,
            "X-WC-Webhook-Resource": resource,
            "X-WC-Webhook-Event": event,
            "X-WC-Webhook-Signature": sign_webhook(body, self.webhook_secret),
            "X-WC-Webhook-ID": "12",
            "X-WC-Webhook-Delivery-ID": uuid.uuid4().hex,
        }
        return headers, body

    # -- authentication, as WC_REST_Authentication does it -----------------------------------------
    def unauthorized_reply(self) -> Reply:
        return _error(401, "woocommerce_rest_authentication_error", "Invalid signature - provided signature does not match.")

    def rate_limited_reply(self, retry_after: float | None) -> Reply:
        headers = {"Retry-After": f"{float(retry_after):g}"} if retry_after is not None else {}
        return Reply(429, {"code": "rate_limit_exceeded", "message": "Too many requests. Please wait and try again.",
                           "data": {"status": 429}}, headers)

    def server_error_reply(self, status: int) -> Reply:
        return _error(status, "internal_server_error",
                      "<p>There has been a critical error on this website.</p>")

    def authorize(self, req: RecordedRequest) -> Reply | None:
        if req.path.startswith("/wp-json/wp/v2/"):
            if req.headers.get("authorization", "").lower().startswith("basic "):
                return _error(401, "invalid_username", "Unknown username. Check again or try your email address.")
            return None
        auth = req.headers.get("authorization", "")
        if auth.lower().startswith("basic "):
            try:
                key, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return _error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
            self.auth_modes.add("basic")
            return self._check_key_secret(key, secret)
        if req.param("consumer_key") is not None:
            self.auth_modes.add("query")
            return self._check_key_secret(req.param("consumer_key") or "", req.param("consumer_secret") or "")
        if req.param("oauth_signature") is not None:
            self.auth_modes.add("oauth1")
            return self._check_oauth(req)
        return _error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")

    def _check_key_secret(self, key: str, secret: str) -> Reply | None:
        if not hmac.compare_digest(key, self.consumer_key):
            return _error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
        if not hmac.compare_digest(secret, self.consumer_secret):
            return _error(401, "woocommerce_rest_authentication_error", "Consumer secret is invalid.")
        return None

    def _check_oauth(self, req: RecordedRequest) -> Reply | None:
        params = {k: v[-1] for k, v in req.query.items()}  # PHP's $_GET keeps the last of repeated keys
        for name in ("oauth_consumer_key", "oauth_timestamp", "oauth_nonce", "oauth_signature",
                     "oauth_signature_method"):
            if not params.get(name):
                return _error(401, "woocommerce_rest_authentication_error", f"{name} parameter is missing.")
        if not hmac.compare_digest(params["oauth_consumer_key"], self.consumer_key):
            return _error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
        method = params["oauth_signature_method"]
        if method not in ("HMAC-SHA1", "HMAC-SHA256"):
            return _error(401, "woocommerce_rest_authentication_error",
                          "Invalid signature - signature method is invalid.")
        given = params.pop("oauth_signature").replace(" ", "+")
        base_uri = _rawurlencode(f"{self.base_url}{req.path}")
        pairs = []
        for key in sorted(params):
            k = _rawurlencode(unquote(key)).replace("%", "%25")
            v = _rawurlencode(unquote(params[key])).replace("%", "%25")
            pairs.append(f"{k}%3D{v}")
        string_to_sign = f"{req.method}&{base_uri}&{'%26'.join(pairs)}"
        digest = hashlib.sha256 if method == "HMAC-SHA256" else hashlib.sha1
        expected = base64.b64encode(hmac.new(f"{self.consumer_secret}&".encode(), string_to_sign.encode(),
                                             digest).digest()).decode()
        if not hmac.compare_digest(expected, given):
            return self.unauthorized_reply()
        try:
            age = abs(time.time() - int(params["oauth_timestamp"]))
        except ValueError:
            age = 1e9
        if age > 15 * 60:
            return _error(401, "woocommerce_rest_authentication_error", "Invalid timestamp.")
        nonce = f"{params['oauth_consumer_key']}:{params['oauth_nonce']}"
        with self.lock:
            if nonce in self._nonces:
                return _error(401, "woocommerce_rest_authentication_error",
                              "Invalid nonce - nonce has already been used.")
            self._nonces.add(nonce)
        return None

    # -- routes ----------------------------------------------------------------------------------
    def handle(self, req: RecordedRequest) -> Reply:
        if req.method != "GET":
            return _error(405, "rest_no_route", "No route was found matching the URL and request method.")
        path = req.path.rstrip("/")
        with self.lock:
            m = re.fullmatch(r"/wp-json/wc/v3/products", path)
            if m:
                return self._list(req, self._product_rows(req), page_error=False)
            m = re.fullmatch(r"/wp-json/wc/v3/products/(\d+)", path)
            if m:
                p = self.products.get(int(m.group(1)))
                return Reply(200, _public(p)) if p else _error(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
            m = re.fullmatch(r"/wp-json/wc/v3/products/(\d+)/variations", path)
            if m:
                if int(m.group(1)) not in self.products:
                    return _error(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
                return self._list(req, list(self.variations.get(int(m.group(1)), [])), page_error=False)
            if path == "/wp-json/wc/v3/orders":
                return self._list(req, self._order_rows(req), page_error=False)
            m = re.fullmatch(r"/wp-json/wc/v3/orders/(\d+)", path)
            if m:
                o = self.orders.get(int(m.group(1)))
                return Reply(200, _public(o)) if o else _error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
            m = re.fullmatch(r"/wp-json/wc-shipment-tracking/v3/orders/(\d+)/shipment-trackings", path)
            if m and self.shipment_tracking:
                if int(m.group(1)) not in self.orders:
                    return _error(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
                return Reply(200, self.trackings.get(int(m.group(1)), []))
            if path == "/wp-json/wc/v3/data/currencies/current":
                return Reply(200, {"code": self.currency, "name": self.currency, "symbol": "$"})
            if path == "/wp-json/wp/v2/pages":
                return self._list(req, self._page_rows(), page_error=True)
        return _error(404, "rest_no_route", "No route was found matching the URL and request method.")

    def _list(self, req: RecordedRequest, rows: list[dict[str, Any]], page_error: bool) -> Reply:
        try:
            per_page = int(req.param("per_page", "10") or 10)
            page = int(req.param("page", "1") or 1)
        except ValueError:
            return _error(400, "rest_invalid_param", "Invalid parameter(s): per_page")
        if not 1 <= per_page <= 100:
            return _error(400, "rest_invalid_param", "Invalid parameter(s): per_page",
                          params={"per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"})
        if req.param("order", "desc") == "desc" and req.param("orderby") in (None, "date"):
            rows = list(reversed(rows))  # WooCommerce's default: newest first
        elif req.param("order") == "desc":
            rows = list(reversed(rows))
        total = len(rows)
        pages = (total + per_page - 1) // per_page
        if page_error and page > max(pages, 1):
            return _error(400, "rest_post_invalid_page_number",
                          "The page number requested is larger than the number of pages available.")
        chunk = rows[(page - 1) * per_page: page * per_page]
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        if page < pages:
            headers["Link"] = f'<{self.base_url}{req.path}?page={page + 1}>; rel="next"'
        return Reply(200, [_public(r) for r in chunk], headers)

    def _since(self, req: RecordedRequest, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        after = req.param("modified_after")
        if not after:
            return rows
        try:
            moment = datetime.fromisoformat(after.replace("Z", "+00:00"))
        except ValueError:
            return rows
        if moment.tzinfo is None:
            gmt = (req.param("dates_are_gmt") or "").lower() in ("1", "true")
            moment = moment.replace(tzinfo=timezone.utc if gmt else SITE_TZ)
        return [r for r in rows if r["_updated"] > moment]

    def _product_rows(self, req: RecordedRequest) -> list[dict[str, Any]]:
        rows = [self.products[k] for k in sorted(self.products)]
        status = req.param("status")
        if status and status != "any":
            rows = [r for r in rows if r["status"] == status]
        return self._since(req, rows)

    def _order_rows(self, req: RecordedRequest) -> list[dict[str, Any]]:
        rows = self._since(req, [self.orders[k] for k in sorted(self.orders)])
        search = req.param("search")
        if search:
            rows = [r for r in rows if search == r["number"] or search.lower() in r["billing"]["email"].lower()]
        return rows

    def _page_rows(self) -> list[dict[str, Any]]:
        rows = []
        for n, (title, handle, html) in enumerate(_PAGES):
            rows.append({
                "id": 2 + n * 3, "date": _local(BASE_TIME), "date_gmt": _gmt(BASE_TIME),
                "guid": {"rendered": f"{SITE}/?page_id={2 + n * 3}"}, "modified": _local(BASE_TIME),
                "modified_gmt": _gmt(BASE_TIME), "slug": handle, "status": "publish", "type": "page",
                "link": f"{SITE}/{handle}/", "title": {"rendered": title},
                "content": {"rendered": html, "protected": False},
                "excerpt": {"rendered": "", "protected": False}, "author": 1, "parent": 0,
                "menu_order": 0, "comment_status": "closed", "template": "", "meta": [],
            })
        return rows


def _public(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if not k.startswith("_") or k == "_links"}


def _options(parser: Any) -> None:
    parser.add_argument("--consumer-key", default=DEFAULT_KEY)
    parser.add_argument("--consumer-secret", default=DEFAULT_SECRET)
    parser.add_argument("--webhook-secret", default=DEFAULT_WEBHOOK_SECRET)
    parser.add_argument("--currency", default="USD")


if __name__ == "__main__":
    serve_main(lambda a: WooCommerceFake(products=a.products, orders=a.orders, seed=a.seed,
                                         consumer_key=a.consumer_key, consumer_secret=a.consumer_secret,
                                         webhook_secret=a.webhook_secret, currency=a.currency,
                                         host=a.host, port=a.port),
               description="Local fake WooCommerce REST API", add_options=_options)
