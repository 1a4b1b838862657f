"""A local Lazada Open Platform API (``/rest/...``) on 127.0.0.1, signed and enveloped like the real one.

Bodies come from the real documentation payloads (``platform_payloads/lazada``): ``/products/get``
renders each product in the shape of the GetProducts sample, ``/product/item/get`` in the shape of the
GetProductItem sample (camelCase keys), and push messages in the shapes of the documented trade order,
reverse order and product messages. Lazada publishes no order payload samples, so orders,
order items and traces are built from the documented response fields.

Every call is checked as Lazada does: ``app_key``, ``timestamp`` (milliseconds, at most
``max_skew_s`` from now), ``sign_method=sha256`` and the ``sign`` recomputed over the API path and
the sorted parameters (``IncompleteSignature`` otherwise), and, except on ``/auth/token/*``, a valid
``access_token`` (``IllegalAccessToken`` otherwise). Errors come as an envelope with a non-"0"
``code`` and HTTP 200, as Lazada answers them. :meth:`LazadaFake.expire_token` invalidates the access
token so a connector must refresh it through ``/auth/token/refresh``; :meth:`LazadaFake.throttle_next`
answers the next calls with ``ApiCallLimit`` (HTTP 200).

Run it alone: ``python -m tests.fakes.lazada --port 8082 --products 2000`` prints the API root
(``http://127.0.0.1:8082/rest``); the app key, secret and tokens are options.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import hmac
import json
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from tests.fakes.common import FakeServer, RecordedRequest, Reply, serve_main

try:  # the shared location, where the common module names it
    from tests.fakes.common import PAYLOADS as _PAYLOADS  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older common module
    _PAYLOADS = Path(__file__).resolve().parents[3] / "shared" / "data" / "platform_payloads"

__all__ = ["LazadaFake", "main"]

PAYLOAD_DIR = Path(_PAYLOADS) / "lazada"
FIRST_ITEM = 3_000_000_000
FIRST_SKU = 14_000_000_000
FIRST_ORDER = 260_422_900_100_000
_SITE_HOST = {"sg": "www.lazada.sg", "my": "www.lazada.com.my", "th": "www.lazada.co.th",
              "ph": "www.lazada.com.ph", "id": "www.lazada.co.id", "vn": "www.lazada.vn"}
_NOUNS = ["Quartz Watch", "Leather Strap Watch", "Sports Watch", "Lip Tint", "Phone Case", "Power Bank",
          "Wireless Earbuds", "Backpack"]
_COLOURS = ["Black", "Silver", "Rose Gold", "Blue"]
_SIZES = ["S", "M", "L"]
_ORDER_KINDS = ["unpaid", "pending", "ready_to_ship", "shipped", "delivered", "canceled"]


def _load(name: str) -> Any:
    return json.loads((PAYLOAD_DIR / name).read_text(encoding="utf-8"))


def _lazada_time(moment: datetime) -> str:
    """Lazada's order time format: ``2018-02-09 22:08:36 +0800``."""
    local = moment.astimezone(timezone(timedelta(hours=8)))
    return local.strftime("%Y-%m-%d %H:%M:%S +0800")


def _ms(moment: datetime) -> str:
    return str(int(moment.timestamp() * 1000))


def _parse_iso(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.strip().replace(" ", "+").replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def lazada_sign(api_path: str, params: dict[str, str], secret: str) -> str:
    """The fake's own copy of Lazada's signature (kept apart from the connector's on purpose)."""
    text = api_path + "".join(k + params[k] for k in sorted(params) if k != "sign")
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


@dataclass
class _Item:
    item_id: int
    index: int
    name: str
    skus: list[dict[str, Any]]  # SellerSku, SkuId, price, special_price, quantity, options
    updated_at: datetime
    created_at: datetime


@dataclass
class _Order:
    order_id: int
    status: str
    lines: list[tuple[int, int]]  # (item id, sku index), one line per unit as Lazada lists them
    tracking: str | None
    phone: str
    updated_at: datetime
    created_at: datetime


class LazadaFake(FakeServer):
    """A Lazada seller with `products` products and `orders` orders in one country."""

    platform = "lazada"
    control_names = FakeServer.control_names + ("expire_token", "throttle_next", "set_order_status", "touch")

    def __init__(
        self,
        products: int = 2000,
        orders: int = 20,
        *,
        seed: int = 0,
        country: str = "sg",
        app_key: str = "123456",
        app_secret: str = "lazada-test-secret",
        access_token: str = "lzd-access-0",
        refresh_token: str = "lzd-refresh-0",
        max_skew_s: float = 7200.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host=host, port=port)
        self.country = country
        self.app_key = app_key
        self.app_secret = app_secret
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.max_skew_s = max_skew_s
        self.seed = seed
        self.refreshes = 0
        self._generation = 0
        self._throttles: list[str] = []
        self._products_tpl = _load("lazada_products_get_doc_sample.json")["data"]
        self._products_json = json.dumps(self._products_tpl)
        self._item_tpl = _load("lazada_product_item_get_doc_sample.json")
        self._push = {
            "trade": _load("lazada_push_trade_order_msg0.json"),
            "reverse": _load("lazada_push_reverse_order_msg0.json"),
            "product": _load("lazada_push_product_update_msg4.json"),
        }
        # Times in the recent past, spread out: products a minute apart, orders an hour apart.
        self._epoch = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=30)
        self._items: dict[int, _Item] = {}
        for i in range(products):
            item = self._make_item(i)
            self._items[item.item_id] = item
        self._orders: dict[int, _Order] = {}
        for i in range(orders):
            order = self._make_order(i)
            self._orders[order.order_id] = order
        self._clock = max((p.updated_at for p in self._items.values()), default=self._epoch)

    @property
    def api_url(self) -> str:
        """The API root a connector's ``base_url`` (and ``auth_url``) points at."""
        return f"{self.base_url}/rest"

    # -- generation ------------------------------------------------------------------------------
    def _make_item(self, i: int) -> _Item:
        k = i + self.seed
        item_id = FIRST_ITEM + i
        name = f"{_NOUNS[k % len(_NOUNS)]} {item_id}"
        count = 1 if i % 4 == 0 else 3
        base = 20 + (k * 29) % 400
        skus = []
        for j in range(count):
            price = float(base + j * 5)
            options = {} if count == 1 else {"color_family": _COLOURS[(k + j) % len(_COLOURS)],
                                             "size": _SIZES[j % len(_SIZES)]}
            skus.append({
                "SellerSku": f"LZ-{item_id}-{j}",
                "SkuId": FIRST_SKU + i * 10 + j,
                "price": price,
                "special_price": round(price * 0.85, 2) if i % 5 == 1 else 0.0,
                "quantity": ((k * 11) + j * 4) % 30,
                "options": options,
                "Status": "active",
            })
        updated = self._epoch - timedelta(days=10) + timedelta(minutes=i)
        return _Item(item_id, i, name, skus, updated, updated - timedelta(days=60))

    def _make_order(self, i: int) -> _Order:
        status = _ORDER_KINDS[i % len(_ORDER_KINDS)]
        ids = sorted(self._items)
        lines: list[tuple[int, int]] = []
        if ids:
            for j in range(1 + i % 3):
                item_id = ids[(i * 17 + j * 5) % len(ids)]
                sku = j % len(self._items[item_id].skus)
                lines.extend([(item_id, sku)] * (1 + (i + j) % 2))
        order_id = FIRST_ORDER + i * 101
        tracking = f"SGLEX{order_id % 10**10:010d}" if status in ("shipped", "delivered") else None
        updated = self._epoch + timedelta(minutes=10 * i)
        phone = f"65{81000000 + i}" if i % 2 == 0 else f"65****{1000 + i}"  # Lazada often masks phones
        return _Order(order_id, status, lines, tracking, phone, updated, updated - timedelta(days=1))

    # -- rendering -------------------------------------------------------------------------------
    def _render_sku(self, item: _Item, sku: dict[str, Any], tpl: dict[str, Any]) -> dict[str, Any]:
        out = dict(tpl)
        out["SellerSku"] = sku["SellerSku"]
        out["SkuId"] = sku["SkuId"]
        out["ShopSku"] = f"{item.item_id}_{self.country.upper()}-{sku['SkuId']}"
        out["Url"] = f"https://{_SITE_HOST.get(self.country, 'www.lazada.sg')}/-i{item.item_id}-s{sku['SkuId']}.html"
        out["price"] = sku["price"]
        out["special_price"] = sku["special_price"]
        out["quantity"] = sku["quantity"]
        out["Available"] = sku["quantity"]
        out["Status"] = sku["Status"]
        out["multiWarehouseInventories"] = [dict(tpl["multiWarehouseInventories"][0], quantity=sku["quantity"],
                                                 sellableQuantity=sku["quantity"], totalQuantity=sku["quantity"])]
        if sku["options"]:
            out["saleProp"] = dict(sku["options"])
            out.update(sku["options"])
        return out

    def _render_product(self, item: _Item) -> dict[str, Any]:
        """In the shape of the GetProducts sample."""
        out = json.loads(self._products_json)
        sku_tpl = out["skus"][0]
        out["item_id"] = item.item_id
        out["created_time"] = _ms(item.created_at)
        out["updated_time"] = _ms(item.updated_at)
        out["attributes"].update({
            "name": item.name,
            "name_ms": item.name,
            "short_description": f"<ul><li>Warranty: {1 + item.index % 3} year</li></ul>",
            "description": f"<p>{item.name}</p><p>Water resistant to 30m, Japanese quartz movement.</p>",
            "model": str(9000 + item.index),
            "warranty_type": "Local Manufacturer Warranty",
        })
        out["skus"] = [self._render_sku(item, sku, sku_tpl) for sku in item.skus]
        if len(item.skus) > 1:
            out["variation"] = {
                "Variation1": {"name": "color_family", "options": sorted({s["options"]["color_family"]
                                                                           for s in item.skus}),
                               "hasImage": False, "label": "Color Family", "customize": False},
                "Variation2": {"name": "size", "options": [s["options"]["size"] for s in item.skus],
                               "hasImage": False, "label": "Size", "customize": False},
            }
        return out

    def _render_item(self, item: _Item) -> dict[str, Any]:
        """In the shape of the GetProductItem sample (camelCase keys)."""
        product = self._render_product(item)
        out = copy.deepcopy(self._item_tpl)
        out["itemId"] = item.item_id
        out["createdTime"] = product["created_time"]
        out["updatedTime"] = product["updated_time"]
        out["attributes"] = dict(out["attributes"], **product["attributes"])
        out["skus"] = product["skus"]
        out["productImageList"] = product["images"]
        out["primaryCategory"] = product["primary_category"]
        out["variation"] = product.get("variation") or {}
        out["status"] = "Active"
        return out

    def _order_items(self, order: _Order) -> list[dict[str, Any]]:
        lines = []
        for n, (item_id, sku_index) in enumerate(order.lines):
            item = self._items.get(item_id)
            sku = item.skus[sku_index] if item else {"SellerSku": f"LZ-{item_id}", "price": 10.0, "options": {},
                                                     "SkuId": 0}
            variation = ",".join(f"{k.replace('_', ' ').title()}:{v}" for k, v in sku["options"].items())
            lines.append({
                "order_item_id": order.order_id * 10 + n,
                "order_id": str(order.order_id),
                "name": item.name if item else f"Item {item_id}",
                "sku": sku["SellerSku"],
                "shop_sku": f"{item_id}_{self.country.upper()}-{sku['SkuId']}",
                "sku_id": str(sku["SkuId"]),
                "product_id": str(item_id),
                "variation": variation,
                "status": order.status,
                "item_price": f"{sku['price']:.2f}",
                "paid_price": f"{sku['price']:.2f}",
                "currency": "SGD",
                "tracking_code": order.tracking or "",
                "tracking_code_pre": "",
                "shipment_provider": "LEX SG" if order.tracking else "",
                "shipping_type": "Dropshipping",
                "shipping_provider_type": "standard",
                "package_id": f"FP{order.order_id}" if order.tracking else "",
                "product_main_image": "https://sg-live.slatic.net/p/placeholder.jpg",
                "product_detail_url": f"https://{_SITE_HOST.get(self.country, 'www.lazada.sg')}/-i{item_id}.html",
                "invoice_number": "",
                "reason": "",
                "reason_detail": "",
                "return_status": "",
                "is_digital": 0,
                "voucher_amount": "0.00",
                "shipping_amount": "0.00",
                "tax_amount": "0.00",
                "wallet_credits": "0.00",
                "promised_shipping_time": "",
                "digital_delivery_info": "",
                "extra_attributes": "",
                "purchase_order_id": "",
                "purchase_order_number": "",
                "created_at": _lazada_time(order.created_at),
                "updated_at": _lazada_time(order.updated_at),
            })
        return lines

    def _render_order(self, order: _Order) -> dict[str, Any]:
        address = {"first_name": "Tan", "last_name": "", "phone": order.phone, "phone2": "",
                   "address1": "1 Orchard Road", "address2": "", "address3": "", "address4": "", "address5": "",
                   "city": "Singapore", "post_code": "238801", "country": "Singapore"}
        total = sum(self._items[i].skus[s]["price"] for i, s in order.lines if i in self._items)
        return {
            "order_id": order.order_id,
            "order_number": order.order_id,
            "created_at": _lazada_time(order.created_at),
            "updated_at": _lazada_time(order.updated_at),
            "address_updated_at": _lazada_time(order.created_at),
            "statuses": [order.status],
            "items_count": len(order.lines),
            "price": f"{total:.2f}",
            "customer_first_name": "Tan",
            "customer_last_name": "",
            "payment_method": "COD",
            "remarks": "",
            "voucher": "0.00",
            "voucher_code": "",
            "shipping_fee": "1.99",
            "gift_option": "0",
            "gift_message": "",
            "delivery_info": "",
            "promised_shipping_times": "",
            "national_registration_number": "",
            "branch_number": "",
            "tax_code": "",
            "extra_attributes": "",
            "address_shipping": dict(address),
            "address_billing": dict(address),
        }

    def _trace(self, order: _Order) -> dict[str, Any]:
        events = [
            {"title": "Order packed", "detail_type": "packed", "status_code": "RTS", "description": "Packed",
             "event_time": int(order.created_at.timestamp() * 1000), "event_date": "", "icon": "",
             "package_location_name": "Singapore", "proof_images": [], "receive_time": 0},
        ]
        if order.status in ("shipped", "delivered"):
            events.append({"title": "In transit", "detail_type": "in_transit", "status_code": "SHIP",
                           "description": "Parcel is on its way", "event_time": int(order.updated_at.timestamp() * 1000),
                           "event_date": "", "icon": "", "package_location_name": "Singapore", "proof_images": [],
                           "receive_time": 0})
        return {
            "error_code": {"displayMessage": ""},
            "repeated": False, "retry": False, "not_success": False, "success": True,
            "module": [{
                "ofc_order_id": str(order.order_id),
                "warehouse_detail_info": "dropshipping",
                "package_detail_info_list": [{
                    "tracking_number": order.tracking,
                    "ofc_package_id": f"FP{order.order_id}",
                    "order_line_info_list": "",
                    "logistic_detail_info_list": events,
                }],
            }],
        }

    # -- FakeStore surface -----------------------------------------------------------------------
    def product_ids(self) -> list[str]:
        with self.lock:
            return [str(i) for i in self._items]

    def _item(self, product_id: str | int) -> _Item:
        return self._items[int(product_id)]

    def _bump(self, item: _Item) -> None:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        self._clock = max(now, self._clock + timedelta(seconds=1))
        item.updated_at = self._clock

    def set_price(self, product_id: str, price: float) -> None:
        """Every SKU of one product costs `price` (no special price); bumps its updated time."""
        with self.lock:
            item = self._item(product_id)
            for sku in item.skus:
                sku["price"] = float(price)
                sku["special_price"] = 0.0
            self._bump(item)

    def set_stock(self, product_id: str, quantity: int) -> None:
        """Every SKU of one product has `quantity` in stock; bumps its updated time."""
        with self.lock:
            item = self._item(product_id)
            for sku in item.skus:
                sku["quantity"] = int(quantity)
            self._bump(item)

    def touch(self, product_id: str) -> None:
        with self.lock:
            self._bump(self._item(product_id))

    def delete_product(self, product_id: str) -> None:
        with self.lock:
            self._items.pop(int(product_id), None)

    def order_numbers(self) -> list[str]:
        with self.lock:
            return [str(o) for o in self._orders]

    def order_tracking(self, number: str) -> str | None:
        with self.lock:
            order = self._orders.get(int(number)) if str(number).isdigit() else None
            return order.tracking if order else None

    def set_order_status(self, number: str, status: str, tracking: str | None = None) -> None:
        """Move one order to `status` (e.g. ``shipped`` with a tracking number)."""
        with self.lock:
            order = self._orders[int(number)]
            order.status = status
            order.tracking = tracking
            order.updated_at = datetime.now(timezone.utc).replace(microsecond=0)

    def expire_token(self) -> None:
        """The access token stops working (as after its 7 days): calls answer ``IllegalAccessToken``."""
        with self.lock:
            self.access_token = f"expired-{uuid.uuid4().hex}"

    def throttle_next(self, times: int = 1, code: str = "ApiCallLimit") -> None:
        """The next `times` API calls answer HTTP 200 with a ``code`` envelope (ApiCallLimit, ServiceTimeout)."""
        with self.lock:
            self._throttles.extend([code] * int(times))

    def webhook(self, topic: str, *, product_id: str | None = None,
                order_number: str | None = None) -> tuple[dict[str, str], bytes]:
        """A signed push message: ``Authorization`` = hex HMAC-SHA256(app_secret, app_key + body)."""
        now_ms = int(time.time() * 1000)
        if topic.startswith("order/") or topic in ("trade_order", "reverse_order"):
            number = order_number or self.order_numbers()[0]
            order = self._orders[int(number)]
            kind = "reverse" if topic in ("reverse_order", "order/cancelled", "order/refunded") else "trade"
            message = copy.deepcopy(self._push[kind])
            message["seller_id"] = "1000" + self.app_key
            message["data"]["trade_order_id"] = str(order.order_id)
            message["data"]["trade_order_line_id"] = str(order.order_id + 1)
            message["data"]["order_status"] = order.status
            message["data"]["status_update_time"] = now_ms // 1000
            message["timestamp"] = now_ms
            message["site"] = f"lazada_{self.country}"
        else:
            if product_id is None:
                raise ValueError("a product push message needs product_id")
            message = copy.deepcopy(self._push["product"])
            kinds = {"product/created": (3, "PUBLISHED"), "product/updated": (4, "EDITED_UPDATED"),
                     "product/deleted": (5, "DELETED")}
            message_type, action = kinds.get(topic, (4, "EDITED_UPDATED"))
            item = self._items.get(int(product_id))
            message["message_type"] = message_type
            message["data"]["item_id"] = int(product_id)
            message["data"]["action"] = action
            message["data"]["status_update_time"] = now_ms
            if item is not None:
                message["data"]["sku_list"] = [
                    {"shop_sku": f"{item.item_id}_{self.country.upper()}-{s['SkuId']}", "seller_sku": s["SellerSku"],
                     "sku_id": s["SkuId"]} for s in item.skus
                ]
            message["timestamp"] = now_ms // 1000
            message["site"] = f"LAZADA_{self.country.upper()}"
        body = json.dumps(message, separators=(",", ":")).encode()
        signature = hmac.new(self.app_secret.encode(), self.app_key.encode() + body, hashlib.sha256).hexdigest()
        return {"Authorization": signature, "Content-Type": "application/json"}, body

    # -- HTTP ------------------------------------------------------------------------------------
    @staticmethod
    def _params(req: RecordedRequest) -> dict[str, str]:
        params = {k: v[-1] for k, v in req.query.items()}
        if req.method == "POST" and req.body:
            params.update({k: v[-1] for k, v in parse_qs(req.body.decode(), keep_blank_values=True).items()})
        return params

    @staticmethod
    def _error(code: str, message: str, kind: str = "ISV") -> Reply:
        return Reply(200, {"type": kind, "code": code, "message": message,
                           "request_id": uuid.uuid4().hex[:25]})

    def authorize(self, req: RecordedRequest) -> Reply | None:
        if not req.path.startswith("/rest/"):
            return None
        params = self._params(req)
        api_path = req.path[len("/rest"):]
        for name in ("app_key", "timestamp", "sign_method", "sign"):
            if not params.get(name):
                return self._error("MissingParameter", f"The input parameter \"{name}\" that is mandatory for "
                                   "processing this request is not supplied.")
        if params["app_key"] != self.app_key:
            return self._error("InvalidAppKey", "Specified app key is not valid")
        if params["sign_method"] != "sha256":
            return self._error("InvalidSignMethod", "sign_method must be sha256")
        if not hmac.compare_digest(lazada_sign(api_path, params, self.app_secret), params["sign"].upper()):
            return self._error("IncompleteSignature", "The request signature does not conform to lazada standards")
        try:
            sent = int(params["timestamp"]) / 1000.0
        except ValueError:
            return self._error("InvalidTimestamp", "timestamp must be milliseconds since the epoch")
        if abs(time.time() - sent) > self.max_skew_s:
            return self._error("InvalidTimestamp", "The timestamp differs from the server time by more than 7200s")
        if not api_path.startswith("/auth/token/"):
            with self.lock:
                token = self.access_token
            if params.get("access_token") != token:
                return self._error("IllegalAccessToken", "The specified access token is invalid or expired")
        return None

    def unauthorized_reply(self) -> Reply:
        # What Lazada answers a request signed with the wrong app secret.
        return self._error("IncompleteSignature", "The request signature does not conform to lazada standards")

    def rate_limited_reply(self, retry_after: float | None) -> Reply:
        reply = self._error("ApiCallLimit", "The request has exceeded the limit of this API", kind="ISP")
        reply.status = 429
        if retry_after is not None:
            reply.headers["Retry-After"] = str(retry_after)
        return reply

    def server_error_reply(self, status: int) -> Reply:
        return Reply(status, {"type": "SYSTEM", "code": "InternalError", "message": "Service unavailable",
                              "request_id": uuid.uuid4().hex[:25]})

    def handle(self, req: RecordedRequest) -> Reply:
        with self.lock:
            if self._throttles and not req.path.startswith("/rest/auth/"):
                code = self._throttles.pop(0)
                message = ("The request has exceeded the limit of this API" if code == "ApiCallLimit"
                           else "The service timed out")
                return self._error(code, message, kind="ISP")
        params = self._params(req)
        api_path = req.path[len("/rest"):] if req.path.startswith("/rest") else req.path
        routes = {
            "/auth/token/refresh": self._refresh,
            "/products/get": self._products,
            "/product/item/get": self._product_item,
            "/orders/get": self._orders_get,
            "/order/get": self._order_get,
            "/order/items/get": self._order_items_get,
            "/logistic/order/trace": self._trace_get,
        }
        route = routes.get(api_path)
        if route is None:
            return self._error("InvalidApiPath", "The specified API path is invalid")
        return route(params)

    def _ok(self, **body: Any) -> Reply:
        return Reply(200, dict(body, code="0", request_id=uuid.uuid4().hex[:25]))

    def _refresh(self, params: dict[str, str]) -> Reply:
        with self.lock:
            if params.get("refresh_token") != self.refresh_token:
                return self._error("IllegalRefreshToken", "The specified refresh token is invalid or expired")
            self._generation += 1
            self.refreshes += 1
            self.access_token = f"lzd-access-{self._generation}"
            self.refresh_token = f"lzd-refresh-{self._generation}"
            return self._ok(access_token=self.access_token, refresh_token=self.refresh_token, expires_in=604800,
                            refresh_expires_in=2592000, country=self.country, account_platform="seller_center",
                            account="seller@example.com",
                            country_user_info=[{"country": self.country, "seller_id": "1000" + self.app_key,
                                                "user_id": "100", "short_code": "SG1234"}])

    def _products(self, params: dict[str, str]) -> Reply:
        try:
            offset = int(params.get("offset") or 0)
            limit = int(params.get("limit") or 10)
        except ValueError:
            return self._error("InvalidParameter", "offset and limit must be numbers")
        if offset < 0 or limit < 1:
            return self._error("InvalidParameter", "offset must be >= 0 and limit >= 1")
        limit = min(limit, 50)
        since = None
        if params.get("update_after"):
            since = _parse_iso(params["update_after"])
            if since is None:
                return self._error("17", "E017: Invalid Date Format")
        with self.lock:
            items = sorted(self._items.values(), key=lambda p: p.item_id)
            if since is not None:
                items = [p for p in items if p.updated_at > since]
            chunk = items[offset: offset + limit]
            return self._ok(data={"total_products": len(items),
                                  "products": [self._render_product(p) for p in chunk]})

    def _product_item(self, params: dict[str, str]) -> Reply:
        key = params.get("item_id", "")
        with self.lock:
            item = self._items.get(int(key)) if key.isdigit() else None
            if item is None:
                return self._error("208", "Product not found")
            return self._ok(data=self._render_item(item))

    def _orders_get(self, params: dict[str, str]) -> Reply:
        since_update = _parse_iso(params["update_after"]) if params.get("update_after") else None
        since_create = _parse_iso(params["created_after"]) if params.get("created_after") else None
        if since_update is None and since_create is None:
            return self._error("MissingParameter", "Either update_after or created_after is mandatory")
        try:
            offset = int(params.get("offset") or 0)
            limit = min(int(params.get("limit") or 100), 100)
        except ValueError:
            return self._error("14", "E014: Invalid Offset")
        with self.lock:
            orders = sorted(self._orders.values(), key=lambda o: (o.updated_at, o.order_id))
            if since_update is not None:
                orders = [o for o in orders if o.updated_at > since_update]
            if since_create is not None:
                orders = [o for o in orders if o.created_at >= since_create]
            chunk = orders[offset: offset + limit]
            return self._ok(data={"count": len(chunk), "countTotal": len(orders),
                                  "orders": [self._render_order(o) for o in chunk]})

    def _find_order(self, params: dict[str, str]) -> _Order | None:
        key = params.get("order_id", "")
        return self._orders.get(int(key)) if key.isdigit() else None

    def _order_get(self, params: dict[str, str]) -> Reply:
        with self.lock:
            order = self._find_order(params)
            if order is None:
                return self._error("16", 'E016: "%s" Invalid Order ID' % params.get("order_id", ""))
            return self._ok(data=self._render_order(order))

    def _order_items_get(self, params: dict[str, str]) -> Reply:
        with self.lock:
            order = self._find_order(params)
            if order is None:
                return self._error("16", 'E016: "%s" Invalid Order ID' % params.get("order_id", ""))
            return self._ok(data=self._order_items(order))

    def _trace_get(self, params: dict[str, str]) -> Reply:
        with self.lock:
            order = self._find_order(params)
            if order is None:
                return self._error("LD_INPUT_PARAM_VALID", "orderId is wrong")
            if order.tracking is None:
                return self._error("INPUT_PARAM_VALID", "query trade failed")
            return self._ok(result=self._trace(order))


def main(argv: list[str] | None = None) -> None:
    """``python -m tests.fakes.lazada``: serve a fake seller; prints the API root."""

    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--country", default="sg")
        parser.add_argument("--app-key", default="123456")
        parser.add_argument("--app-secret", default="lazada-test-secret")
        parser.add_argument("--access-token", default="lzd-access-0")
        parser.add_argument("--refresh-token", default="lzd-refresh-0")

    class _Printing(LazadaFake):
        def start(self) -> str:
            super().start()
            return self.api_url

    def factory(args: argparse.Namespace) -> LazadaFake:
        return _Printing(products=args.products, orders=args.orders, seed=args.seed, country=args.country,
                         app_key=args.app_key, app_secret=args.app_secret, access_token=args.access_token,
                         refresh_token=args.refresh_token, host=args.host, port=args.port)

    serve_main(factory, argv, description="A local Lazada Open Platform API for tests and benchmarks.",
               add_options=options)


if __name__ == "__main__":
    main()
