"""A local Nuvemshop/Tiendanube API: ``/v1/{store_id}/...`` and the 2025-03 ``/pages``, on 127.0.0.1.

Bodies are the real documentation payloads (``platform_payloads/nuvemshop``) with ids, handles,
names, prices and stock varied per product; their shape is kept. The fake checks auth as the
platform does (``Authentication: bearer TOKEN`` and a ``User-Agent`` naming the app), pages with
``page``/``per_page`` (max 200, ``Link`` and ``X-Total-Count`` headers, 404 ``Last page is N`` past
the end), filters by ``updated_at_min``, ``q`` and ``fields``, and runs a leaky bucket (``bucket_size``
requests, leaking ``leak_per_s``) that answers 429 when full and reports ``X-Rate-Limit-Limit`` /
``-Remaining`` / ``-Reset`` on every answer.

Products: every third product (index % 3 == 2) has its name translated per language ("Remera Roja
1002" / "Camiseta Vermelha 1002" / "Red T-shirt 1002"); the others carry one name in every language,
as untranslated stores do. :meth:`NuvemshopFake.product_ids` reports ids the way the connector does:
``"{id}"`` plus ``"{id}:{lang}"`` for each other active language with a different name.

Run it alone: ``python -m tests.fakes.nuvemshop --port 8081 --products 2000`` prints the API base URL
(``http://127.0.0.1:8081/v1/1234``); the token is ``--token`` (default ``tn-test-token``).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import hmac
import json
import math
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tests.fakes.common import FakeServer, RecordedRequest, Reply, serve_main

try:  # the shared location, where the common module names it
    from tests.fakes.common import PAYLOADS as _PAYLOADS  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older common module
    _PAYLOADS = Path(__file__).resolve().parents[3] / "shared" / "data" / "platform_payloads"

__all__ = ["NuvemshopFake", "main"]

PAYLOAD_DIR = Path(_PAYLOADS) / "nuvemshop"
FIRST_ID = 10_000_000
FIRST_ORDER_ID = 450_789_469
FIRST_NUMBER = 100
_EPOCH = datetime(2024, 1, 1, tzinfo=timezone.utc)

_TRANSLATED = [  # (es, pt, en) nouns
    ("Remera", "Camiseta", "T-shirt"),
    ("Pantalón", "Calça", "Trousers"),
    ("Zapatilla", "Tênis", "Sneaker"),
    ("Campera", "Jaqueta", "Jacket"),
    ("Gorra", "Boné", "Cap"),
    ("Bufanda", "Cachecol", "Scarf"),
]
_COLOURS = [("Roja", "Vermelha", "Red"), ("Azul", "Azul", "Blue"), ("Negra", "Preta", "Black"),
            ("Verde", "Verde", "Green")]
_BRANDED = ["Master Ball", "Ultra Ball", "Great Ball", "Poké Ball", "Luxury Ball", "Quick Ball"]
_SIZES = [{"es": "Chico", "pt": "Pequeno", "en": "Small"}, {"es": "Mediano", "pt": "Médio", "en": "Medium"},
          {"es": "Grande", "pt": "Grande", "en": "Large"}]
_SIZE_NAME = {"es": "Talle", "pt": "Tamanho", "en": "Size"}
_LANGS = ("es", "pt", "en")

_PAGES = [  # (handle, {lang: name}, {lang: html})
    ("envios", {"es": "Política de envíos", "pt": "Política de envio", "en": "Shipping policy"},
     {"es": "<p>Enviamos a todo el país en 3 a 5 días hábiles.</p><ul><li>Envío gratis desde $50.000</li></ul>",
      "pt": "<p>Enviamos para todo o país em 3 a 5 dias úteis.</p><ul><li>Frete grátis acima de R$ 300</li></ul>",
      "en": "<p>We ship nationwide in 3 to 5 business days.</p><ul><li>Free shipping over $50</li></ul>"}),
    ("cambios-y-devoluciones", {"es": "Cambios y devoluciones", "pt": "Trocas e devoluções",
                                "en": "Returns and exchanges"},
     {"es": "<p>Tenés 30 días para devolver un producto sin uso.</p>",
      "pt": "<p>Você tem 30 dias para devolver um produto sem uso.</p>",
      "en": "<p>You have 30 days to return an unused product.</p>"}),
    ("preguntas-frecuentes", {"es": "Preguntas frecuentes", "pt": "Perguntas frequentes", "en": "FAQ"},
     {"es": "<p><strong>¿Hacen factura?</strong> Sí, factura A y B.</p>",
      "pt": "<p><strong>Emitem nota fiscal?</strong> Sim, sempre.</p>",
      "en": "<p><strong>Do you issue invoices?</strong> Yes, always.</p>"}),
]


def _load(name: str) -> Any:
    return json.loads((PAYLOAD_DIR / name).read_text(encoding="utf-8"))


def _tn_time(moment: datetime) -> str:
    """The platform's time format: ``2022-02-23T12:25:18+0000``."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _parse_time(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.strip().replace(" ", "+").replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass
class _Product:
    id: int
    index: int
    names: dict[str, str]
    handles: dict[str, str]
    prices: list[float]
    promo: list[float | None]
    stock: list[int | None]
    sized: bool
    updated_at: datetime
    created_at: datetime
    published: bool = True


@dataclass
class _Order:
    id: int
    number: int
    status: str
    payment_status: str
    shipping_status: str
    tracking: str | None
    lines: list[tuple[int, int, int]]  # (product id, variant index, quantity)
    email: str
    phone: str
    updated_at: datetime
    created_at: datetime
    extra: dict[str, Any] = field(default_factory=dict)


class NuvemshopFake(FakeServer):
    """A Nuvemshop store API with `products` products and `orders` orders."""

    platform = "nuvemshop"
    control_names = FakeServer.control_names + (
        "set_name", "touch", "expire_token", "set_order_status", "configure_bucket",
    )

    def __init__(
        self,
        products: int = 2000,
        orders: int = 20,
        *,
        seed: int = 0,
        store_id: str = "1234",
        token: str = "tn-test-token",
        app_secret: str = "tn-app-secret",
        main_language: str = "es",
        languages: tuple[str, ...] = ("es", "pt"),
        bucket_size: int = 40,
        leak_per_s: float = 2.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host=host, port=port)
        self.store_id = str(store_id)
        self.token = token
        self.app_secret = app_secret
        self.main_language = main_language
        self.active_languages = tuple(dict.fromkeys((main_language,) + tuple(languages)))
        self.seed = seed
        self.bucket_size = bucket_size
        self.leak_per_s = leak_per_s
        self._level = 0.0
        self._leak_at = time.monotonic()
        #: 429 answers the leaky bucket gave (not counting queued faults).
        self.bucket_429s = 0
        self._product_tpl = _load("tn_v1_products_list.json")[0]
        self._product_json = json.dumps(self._product_tpl)  # json.loads of it: a fast deep copy
        self._order_tpl = _load("tn_v1_orders_list.json")[0]
        self._store_tpl = _load("tn_v1_store_get.json")
        self._page_tpl = _load("tn_2025-03_pages_list_doc_sample.json")["pages"]["results"][0]
        self._products: dict[int, _Product] = {}
        for i in range(products):
            self._products[FIRST_ID + i] = self._make_product(i)
        self._orders: dict[int, _Order] = {}
        for i in range(orders):
            order = self._make_order(i)
            self._orders[order.id] = order
        self._clock = max((p.updated_at for p in self._products.values()), default=_EPOCH)

    # -- generation ------------------------------------------------------------------------------
    def _make_product(self, i: int) -> _Product:
        pid = FIRST_ID + i
        k = i + self.seed
        if i % 3 == 2:
            noun = _TRANSLATED[k % len(_TRANSLATED)]
            colour = _COLOURS[(k // len(_TRANSLATED)) % len(_COLOURS)]
            names = {
                "es": f"{noun[0]} {colour[0]} {pid}",
                "pt": f"{noun[1]} {colour[1]} {pid}",
                "en": f"{colour[2]} {noun[2]} {pid}",
            }
        else:
            name = f"{_BRANDED[k % len(_BRANDED)]} {pid}"
            names = {lang: name for lang in _LANGS}
        handles = {lang: _slug(names[lang]) for lang in _LANGS}
        sized = i % 4 != 0
        count = 3 if sized else 1
        base = 10 + (k * 37) % 900 + 0.99
        prices = [round(base + j * 2, 2) for j in range(count)]
        promo = [round(p * 0.8, 2) if i % 5 == 1 else None for p in prices]
        if i % 10 == 9:
            stock: list[int | None] = [None] * count  # not tracked
        else:
            stock = [((k * 7) + j * 3) % 25 for j in range(count)]
        updated = _EPOCH + timedelta(minutes=i)
        return _Product(pid, i, names, handles, prices, promo, stock, sized, updated, updated - timedelta(days=30),
                        published=i % 50 != 49)

    def _make_order(self, i: int) -> _Order:
        kinds = [
            ("open", "pending", "unpacked"),
            ("open", "paid", "unpacked"),
            ("open", "paid", "shipped"),
            ("closed", "paid", "shipped"),
            ("cancelled", "voided", "unpacked"),
        ]
        status, payment, shipping = kinds[i % len(kinds)]
        number = FIRST_NUMBER + i
        ids = sorted(self._products)
        lines = []
        for j in range(1 + i % 3):
            if ids:
                pid = ids[(i * 13 + j * 7) % len(ids)]
                variant = j % len(self._products[pid].prices)
                lines.append((pid, variant, 1 + (i + j) % 3))
        updated = _EPOCH + timedelta(hours=i)
        return _Order(
            id=FIRST_ORDER_ID + i * 97,
            number=number,
            status=status,
            payment_status=payment,
            shipping_status=shipping,
            tracking=f"NU{number:08d}BR" if shipping == "shipped" else None,
            lines=lines,
            email=f"cliente{number}@example.com",
            phone=f"+54911{5550000 + number}",
            updated_at=updated,
            created_at=updated - timedelta(days=1),
        )

    # -- rendering -------------------------------------------------------------------------------
    def _render_product(self, p: _Product, fields: list[str] | None = None) -> dict[str, Any]:
        tpl = self._product_tpl
        out = json.loads(self._product_json)
        out["id"] = p.id
        out["name"] = dict(p.names)
        out["handle"] = dict(p.handles)
        out["description"] = {
            lang: tpl["description"].get(lang, "") + (
                f"<p>{p.names[lang]}</p><ul><li>Garantía: 6 meses</li></ul>" if lang == "es" else
                f"<p>{p.names[lang]}</p><ul><li>Garantia: 6 meses</li></ul>" if lang == "pt" else
                f"<p>{p.names[lang]}</p><ul><li>Warranty: 6 months</li></ul>")
            for lang in _LANGS
        }
        out["published"] = p.published
        out["seo_title"] = p.names[self.main_language]
        out["created_at"] = _tn_time(p.created_at)
        out["updated_at"] = _tn_time(p.updated_at)
        out["attributes"] = [dict(_SIZE_NAME)] if p.sized else []
        out["tags"] = "fake,generated"
        for n, image in enumerate(out["images"]):
            image["id"] = p.id * 10 + n
            image["product_id"] = p.id
        variants = []
        vtpl = tpl["variants"]
        for j, price in enumerate(p.prices):
            v = dict(out["variants"][j % len(vtpl)])
            v["id"] = p.id * 10 + j
            v["product_id"] = p.id
            v["values"] = [dict(_SIZES[j])] if p.sized else []
            v["price"] = f"{price:.2f}"
            v["promotional_price"] = f"{p.promo[j]:.2f}" if p.promo[j] is not None else None
            v["stock_management"] = p.stock[j] is not None
            v["stock"] = p.stock[j]
            v["sku"] = f"TN-{p.id}-{j}"
            v["created_at"] = _tn_time(p.created_at)
            v["updated_at"] = _tn_time(p.updated_at)
            variants.append(v)
        out["variants"] = variants
        if fields:
            out = {key: value for key, value in out.items() if key in fields}
        return out

    def _render_order(self, o: _Order, full: bool = False) -> dict[str, Any]:
        out = copy.deepcopy(self._order_tpl)
        out["id"] = o.id
        out["number"] = o.number
        out["token"] = hashlib.sha1(str(o.id).encode()).hexdigest()
        out["store_id"] = self.store_id
        out["status"] = o.status
        out["payment_status"] = o.payment_status
        out["shipping_status"] = o.shipping_status
        out["shipping_tracking_number"] = o.tracking
        out["shipping_tracking_url"] = (
            f"https://www.correoargentino.com.ar/seguimiento/{o.tracking}" if o.tracking else None
        )
        out["created_at"] = _tn_time(o.created_at)
        out["updated_at"] = _tn_time(o.updated_at)
        out["cancelled_at"] = _tn_time(o.updated_at) if o.status == "cancelled" else None
        out["cancel_reason"] = "customer" if o.status == "cancelled" else None
        customer = out["customer"]
        customer["email"] = o.email
        customer["phone"] = o.phone
        customer["name"] = f"Cliente {o.number}"
        customer["id"] = 100 + o.number
        out["contact_email"] = o.email
        line_tpl = self._order_tpl["products"][0]
        lines = []
        for n, (pid, variant, quantity) in enumerate(o.lines):
            line = copy.deepcopy(line_tpl)
            p = self._products.get(pid)
            line["id"] = o.id * 10 + n
            line["product_id"] = pid
            line["variant_id"] = str(pid * 10 + variant)
            line["name"] = p.names[self.main_language] if p else f"Producto {pid}"
            line["price"] = f"{p.prices[variant]:.2f}" if p else "10.00"
            line["quantity"] = str(quantity)
            line["variant_values"] = [_SIZES[variant][self.main_language]] if p and p.sized else []
            line["sku"] = f"TN-{pid}-{variant}"
            line["image"] = dict(line["image"], product_id=pid)
            lines.append(line)
        out["products"] = lines
        return out

    def _render_store(self) -> dict[str, Any]:
        out = copy.deepcopy(self._store_tpl)
        out["id"] = int(self.store_id) if self.store_id.isdigit() else self.store_id
        out["main_language"] = self.main_language
        langs = out.get("languages") or {}
        for lang in set(langs) | set(self.active_languages):
            info = dict(langs.get(lang) or {"currency": "USD"})
            info["active"] = lang in self.active_languages
            langs[lang] = info
        out["languages"] = langs
        out["main_currency"] = langs[self.main_language].get("currency", out.get("main_currency"))
        return out

    def _render_page(self, n: int, handle: str, names: dict[str, str], html: dict[str, str]) -> dict[str, Any]:
        out = copy.deepcopy(self._page_tpl)
        out["id"] = self._page_tpl["id"] + n
        out["store_id"] = int(self.store_id) if self.store_id.isdigit() else self.store_id
        langs = [lang for lang in self.active_languages if lang in names]
        out["name"] = {lang: names[lang] for lang in langs}
        out["handle"] = {lang: handle for lang in langs}
        out["content"] = {lang: html[lang] for lang in langs}
        out["seo_title"] = {lang: names[lang] for lang in langs}
        out["seo_description"] = {lang: names[lang] for lang in langs}
        return out

    def _all_pages(self) -> list[dict[str, Any]]:
        pages = [copy.deepcopy(self._page_tpl)]  # "About Us", as the platform's own example
        for n, (handle, names, html) in enumerate(_PAGES, start=1):
            pages.append(self._render_page(n, handle, names, html))
        return pages

    @property
    def api_url(self) -> str:
        """The v1 API root a connector's ``base_url`` points at (``http://127.0.0.1:P/v1/STORE``)."""
        return f"{self.base_url}/v1/{self.store_id}"

    # -- FakeStore surface -----------------------------------------------------------------------
    def _extra_languages(self, p: _Product) -> list[str]:
        main = p.names[self.main_language]
        return [lang for lang in self.active_languages if lang != self.main_language and p.names[lang] != main]

    def product_ids(self) -> list[str]:
        """Ids as the connector reports them: ``"{id}"`` and ``"{id}:{lang}"`` for translated names."""
        with self.lock:
            out = []
            for p in self._products.values():
                out.append(str(p.id))
                out.extend(f"{p.id}:{lang}" for lang in self._extra_languages(p))
            return out

    def raw_product_ids(self) -> list[str]:
        """The platform's product ids (no language copies)."""
        with self.lock:
            return [str(pid) for pid in self._products]

    def _product(self, product_id: str | int) -> _Product:
        pid = int(str(product_id).split(":", 1)[0])
        return self._products[pid]

    def _bump(self, p: _Product) -> None:
        now = datetime.now(timezone.utc).replace(microsecond=0)
        self._clock = max(now, self._clock + timedelta(seconds=1))
        p.updated_at = self._clock

    def set_price(self, product_id: str, price: float) -> None:
        """Every variant of one product costs `price` (no promotion); bumps its updated time."""
        with self.lock:
            p = self._product(product_id)
            p.prices = [float(price)] * len(p.prices)
            p.promo = [None] * len(p.prices)
            self._bump(p)

    def set_stock(self, product_id: str, quantity: int) -> None:
        """Every variant of one product has `quantity` in stock; bumps its updated time."""
        with self.lock:
            p = self._product(product_id)
            p.stock = [int(quantity)] * len(p.prices)
            self._bump(p)

    def set_name(self, product_id: str, lang: str, name: str) -> None:
        """Rename one product in one language; bumps its updated time."""
        with self.lock:
            p = self._product(product_id)
            p.names[lang] = name
            p.handles[lang] = _slug(name)
            self._bump(p)

    def touch(self, product_id: str) -> None:
        """Bump one product's updated time without changing it."""
        with self.lock:
            self._bump(self._product(product_id))

    def delete_product(self, product_id: str) -> None:
        """Remove one product (and so its language copies)."""
        with self.lock:
            self._products.pop(self._product(product_id).id, None)

    def order_numbers(self) -> list[str]:
        with self.lock:
            return [str(o.number) for o in self._orders.values()]

    def order_id(self, number: str) -> int:
        """The platform's id of the order with this number."""
        with self.lock:
            return next(o.id for o in self._orders.values() if str(o.number) == str(number).lstrip("#"))

    def order_tracking(self, number: str) -> str | None:
        with self.lock:
            return next((o.tracking for o in self._orders.values() if str(o.number) == str(number)), None)

    def set_order_status(self, number: str, shipping_status: str, tracking: str | None = None) -> None:
        """Move one order along (e.g. to ``shipped`` with a tracking number); bumps its updated time."""
        with self.lock:
            o = next(o for o in self._orders.values() if str(o.number) == str(number))
            o.shipping_status = shipping_status
            o.tracking = tracking
            o.updated_at = datetime.now(timezone.utc).replace(microsecond=0)

    def expire_token(self, new_token: str | None = None) -> None:
        """Revoke the access token (uninstalled app): every call answers 401 until a new one is set."""
        with self.lock:
            self.token = new_token or f"revoked-{time.time()}"

    def configure_bucket(self, bucket_size: int, leak_per_s: float) -> None:
        """Change the leaky bucket (and empty it)."""
        with self.lock:
            self.bucket_size = int(bucket_size)
            self.leak_per_s = float(leak_per_s)
            self._level = 0.0
            self._leak_at = time.monotonic()

    def webhook(self, topic: str, *, product_id: str | None = None,
                order_number: str | None = None) -> tuple[dict[str, str], bytes]:
        """A signed delivery: ``{"store_id", "event", "id"}``; order events carry the order's id."""
        if topic.startswith("order/"):
            object_id = self.order_id(order_number or self.order_numbers()[0])
        else:
            if product_id is None:
                raise ValueError("a product webhook needs product_id")
            object_id = int(str(product_id).split(":", 1)[0])
        body = json.dumps({"store_id": int(self.store_id) if self.store_id.isdigit() else self.store_id,
                           "event": topic, "id": object_id}).encode()
        signature = hmac.new(self.app_secret.encode(), body, hashlib.sha256).hexdigest()
        return {"X-Linkedstore-HMAC-SHA256": signature, "Content-Type": "application/json"}, body

    # -- HTTP: auth, bucket, errors --------------------------------------------------------------
    def _bucket_headers(self) -> dict[str, str]:
        remaining = max(0, int(math.floor(self.bucket_size - self._level)))
        reset_ms = int(self._level / self.leak_per_s * 1000) if self.leak_per_s > 0 else 0
        return {"X-Rate-Limit-Limit": str(self.bucket_size), "X-Rate-Limit-Remaining": str(remaining),
                "X-Rate-Limit-Reset": str(reset_ms)}

    def _leak(self) -> None:
        now = time.monotonic()
        self._level = max(0.0, self._level - (now - self._leak_at) * self.leak_per_s)
        self._leak_at = now

    def authorize(self, req: RecordedRequest) -> Reply | None:
        agent = req.headers.get("user-agent", "")
        if not agent.strip() or agent.startswith("python-httpx/"):
            return Reply(400, {"code": 400, "message": "Bad Request",
                               "description": "A User-Agent header naming your app and a contact is required"})
        given = req.headers.get("authentication", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or token.strip() != self.token:
            return self.unauthorized_reply()
        with self.lock:
            self._leak()
            if self._level + 1 > self.bucket_size:
                self.bucket_429s += 1
                return Reply(429, {"code": 429, "message": "Too Many Requests",
                                   "description": "Too many requests. Slow down."}, self._bucket_headers())
            self._level += 1
        return None

    def unauthorized_reply(self) -> Reply:
        return Reply(401, {"code": 401, "message": "Unauthorized", "description": "Invalid access token"})

    def rate_limited_reply(self, retry_after: float | None) -> Reply:
        reply = super().rate_limited_reply(retry_after)
        reply.body = {"code": 429, "message": "Too Many Requests", "description": "Too many requests. Slow down."}
        with self.lock:
            reply.headers.update(self._bucket_headers())
        return reply

    def server_error_reply(self, status: int) -> Reply:
        return Reply(status, {"code": status, "message": "Internal Server Error", "description": ""})

    # -- HTTP: resources -------------------------------------------------------------------------
    def handle(self, req: RecordedRequest) -> Reply:
        reply = self._route(req)
        with self.lock:
            reply.headers.update(self._bucket_headers())
        reply.headers.setdefault("X-Main-Language", self.main_language)
        return reply

    def _route(self, req: RecordedRequest) -> Reply:
        v1 = f"/v1/{self.store_id}"
        pages_root = f"/2025-03/{self.store_id}"
        path = req.path.rstrip("/")
        if req.method != "GET":
            return Reply(405, {"code": 405, "message": "Method Not Allowed", "description": ""})
        if path == pages_root + "/pages":
            return self._pages(req)
        if not path.startswith(v1):
            return _not_found("Unknown store or resource")
        rest = path[len(v1):]
        if rest == "/store":
            with self.lock:
                return Reply(200, self._render_store())
        if rest == "/products":
            return self._list_products(req)
        if rest.startswith("/products/"):
            key = rest[len("/products/"):]
            with self.lock:
                p = self._products.get(int(key)) if key.isdigit() else None
                if p is None:
                    return _not_found("Product not found")
                return Reply(200, self._render_product(p, _fields(req)))
        if rest == "/orders":
            return self._list_orders(req)
        if rest.startswith("/orders/"):
            key = rest[len("/orders/"):]
            with self.lock:
                o = self._orders.get(int(key)) if key.isdigit() else None
                if o is None:
                    return _not_found("Order not found")
                return Reply(200, self._render_order(o, full=True))
        return _not_found("Unknown resource")

    def _paged(self, req: RecordedRequest, items: list[Any]) -> tuple[list[Any], dict[str, str]] | Reply:
        try:
            page = int(req.param("page", "1") or 1)
            per_page = min(int(req.param("per_page", "30") or 30), 200)
        except ValueError:
            return Reply(422, {"code": 422, "message": "Unprocessable Entity", "description": "page must be a number"})
        page, per_page = max(page, 1), max(per_page, 1)
        last = math.ceil(len(items) / per_page)
        if page > last:
            return _not_found(f"Last page is {last}")
        chunk = items[(page - 1) * per_page: page * per_page]
        base = f"{self.base_url}{req.path}"
        query = {k: v[-1] for k, v in req.query.items() if k not in ("page", "per_page")}

        def link(n: int) -> str:
            params = "&".join(f"{k}={v}" for k, v in {**query, "page": n, "per_page": per_page}.items())
            return f"<{base}?{params}>"

        links = []
        if page < last:
            links.append(f'{link(page + 1)}; rel="next"')
        links.append(f'{link(last)}; rel="last"')
        links.append(f'{link(1)}; rel="first"')
        if page > 1:
            links.append(f'{link(page - 1)}; rel="prev"')
        return chunk, {"Link": ", ".join(links), "X-Total-Count": str(len(items))}

    def _list_products(self, req: RecordedRequest) -> Reply:
        since = _parse_time(req.param("updated_at_min") or "") if req.param("updated_at_min") else None
        if req.param("updated_at_min") and since is None:
            return Reply(422, {"code": 422, "message": "Unprocessable Entity",
                               "description": "updated_at_min must be an ISO 8601 date"})
        q = (req.param("q") or "").lower()
        with self.lock:
            items = sorted(self._products.values(), key=lambda p: p.id)
            if since is not None:
                items = [p for p in items if p.updated_at > since]  # "updated after"
            if q:
                items = [p for p in items if any(q in name.lower() for name in p.names.values())]
            result = self._paged(req, items)
            if isinstance(result, Reply):
                return result
            chunk, headers = result
            fields = _fields(req)
            return Reply(200, [self._render_product(p, fields) for p in chunk], headers)

    def _list_orders(self, req: RecordedRequest) -> Reply:
        since = _parse_time(req.param("updated_at_min") or "") if req.param("updated_at_min") else None
        q = (req.param("q") or "").strip().lower().lstrip("#")
        with self.lock:
            items = sorted(self._orders.values(), key=lambda o: o.number)
            if since is not None:
                items = [o for o in items if o.updated_at > since]
            if q:
                items = [o for o in items if str(o.number) == q or q in o.email.lower()
                         or q in f"cliente {o.number}"]
            result = self._paged(req, items)
            if isinstance(result, Reply):
                return result
            chunk, headers = result
            return Reply(200, [self._render_order(o) for o in chunk], headers)

    def _pages(self, req: RecordedRequest) -> Reply:
        pages = self._all_pages()
        try:
            page = max(int(req.param("page", "1") or 1), 1)
            per_page = max(min(int(req.param("per_page") or req.param("perPage") or 5), 50), 1)
        except ValueError:
            return Reply(422, {"code": 422, "message": "Unprocessable Entity", "description": "bad paging"})
        last = max(math.ceil(len(pages) / per_page), 1)
        chunk = pages[(page - 1) * per_page: page * per_page]
        return Reply(200, {"pages": {"results": chunk, "total": len(pages), "page": page, "perPage": per_page,
                                     "lastPage": last}})


def _fields(req: RecordedRequest) -> list[str] | None:
    raw = req.param("fields")
    return [f.strip() for f in raw.split(",") if f.strip()] if raw else None


def _not_found(description: str) -> Reply:
    return Reply(404, {"code": 404, "message": "Not Found", "description": description})


def _slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    out = "".join(c if c.isalnum() else "-" for c in folded)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def main(argv: list[str] | None = None) -> None:
    """``python -m tests.fakes.nuvemshop``: serve a fake store; prints the API base URL."""

    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--store-id", default="1234")
        parser.add_argument("--token", default="tn-test-token")
        parser.add_argument("--app-secret", default="tn-app-secret")
        parser.add_argument("--bucket-size", type=int, default=40)
        parser.add_argument("--leak-rate", type=float, default=2.0, help="requests per second the bucket leaks")

    class _Printing(NuvemshopFake):
        def start(self) -> str:
            super().start()
            return self.api_url

    def factory(args: argparse.Namespace) -> NuvemshopFake:
        return _Printing(products=args.products, orders=args.orders, seed=args.seed, store_id=args.store_id,
                         token=args.token, app_secret=args.app_secret, bucket_size=args.bucket_size,
                         leak_per_s=args.leak_rate, host=args.host, port=args.port)

    serve_main(factory, argv, description="A local Nuvemshop/Tiendanube API for tests and benchmarks.",
               add_options=options)


if __name__ == "__main__":
    main()
