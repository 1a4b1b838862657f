"""Lazada: the Lazada Open Platform's signed REST API as our records.

Connect a seller account
------------------------
Register as a developer on https://open.lazada.com, create an app (category "ERP system" or "Seller
in-house app") and note its **App Key** and **App Secret**. Authorize the seller's shop through
``https://auth.lazada.com/oauth/authorize?response_type=code&client_id={app_key}&redirect_uri=...`` and
exchange the code at ``/auth/token/create`` for an **access token** (valid about 7 days) and a
**refresh token** (about 30 days); the answer also names the seller's country. The app needs the
Product and Order API groups (and Logistics for tracking). Push messages (webhooks) are set in the app
console under "Push Mechanism": subscribe to trade order, reverse order and product messages; they
are signed with the same App Secret.

Lazada has **no per-store policy or page API**: :meth:`LazadaConnector.pages` yields nothing, and a
seller's shipping, return and warranty policies come from uploaded files.

Config (:data:`CONFIG_KEYS`, non-secret): ``country`` (sg, my, th, ph, id, vn; picks the API host from
:data:`BASE_URLS` and the currency from :data:`CURRENCIES`), ``app_key`` (required), ``base_url``
(overrides the country's host), ``auth_url`` (default ``https://auth.lazada.com/rest``),
``currency``, ``page_size`` (products, max 50), ``orders_lookback_days`` (first full order sync),
``token_expires_at`` (epoch seconds; refresh before that), ``max_retries``, ``backoff_s``,
``max_wait_s``, ``timeout_s``. Secrets (:data:`SECRET_KEYS`): ``app_secret``, ``access_token``,
``refresh_token``.

Requests and errors
-------------------
Every call carries ``app_key``, ``timestamp`` (ms), ``sign_method=sha256``, ``access_token`` and
``sign``: the uppercase hex HMAC-SHA256, keyed with the app secret, of the API path followed by every
parameter's key and value, sorted by key (:func:`sign`). Lazada answers errors with HTTP 200 and an
envelope whose ``code`` is not ``"0"``: ``ApiCallLimit`` and ``ServiceTimeout`` back off and retry;
``IllegalAccessToken`` refreshes the access token once (``/auth/token/refresh``) and retries, handing
the new tokens to ``on_tokens`` so the caller can store them; every other code raises a
:class:`~connectors.base.ConnectorError` naming the code and message, never a secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Iterator, Mapping

import httpx

from connectors.base import (
    AuthFailed,
    ConnectorError,
    RateLimited,
    StoreConnector,
    UpstreamError,
    WebhookEvent,
)
from connectors._retry import config_float, config_int, hmac_sha256, signed_by
from connectors.csv_import import html_to_text, parse_attributes
from rag_agent.errors import ConfigError, InputError
from rag_agent.records import Order, OrderItem, Page, Product, Variant

__all__ = [
    "AUTH_URL",
    "BASE_URLS",
    "CONFIG_KEYS",
    "CURRENCIES",
    "SECRET_KEYS",
    "LazadaConnector",
    "LazadaError",
    "from_config",
    "parse_webhook",
    "sign",
    "sign_string",
    "verify_webhook",
    "webhook_signature",
]

logger = logging.getLogger(__name__)

BASE_URLS: dict[str, str] = {
    "sg": "https://api.lazada.sg/rest",
    "my": "https://api.lazada.com.my/rest",
    "th": "https://api.lazada.co.th/rest",
    "ph": "https://api.lazada.com.ph/rest",
    "id": "https://api.lazada.co.id/rest",
    "vn": "https://api.lazada.vn/rest",
}
CURRENCIES: dict[str, str] = {"sg": "SGD", "my": "MYR", "th": "THB", "ph": "PHP", "id": "IDR", "vn": "VND"}
AUTH_URL = "https://auth.lazada.com/rest"
CONFIG_KEYS: tuple[str, ...] = (
    "country",
    "app_key",
    "base_url",
    "auth_url",
    "currency",
    "page_size",
    "orders_lookback_days",
    "token_expires_at",
    "max_retries",
    "backoff_s",
    "max_wait_s",
    "timeout_s",
)
SECRET_KEYS: tuple[str, ...] = ("app_secret", "access_token", "refresh_token")
#: API address overrides: the server operator's (a workspace's connection talks to the country's API host).
ADDRESS_KEYS: tuple[str, ...] = ("base_url", "auth_url")

RETRY_CODES = frozenset({"ApiCallLimit", "ServiceTimeout"})
TOKEN_CODES = frozenset({"IllegalAccessToken"})
AUTH_CODES = frozenset({"IncompleteSignature", "InvalidAppKey", "IllegalRefreshToken", "AppWhiteIpLimit"})
MAX_PRODUCTS_PAGE = 50
MAX_ORDERS_PAGE = 100
# Order statuses after which /logistic/order/trace has something to say.
_TRACEABLE = frozenset({"ready_to_ship", "shipped", "delivered", "failed_delivery", "shipped_back", "returned",
                        "lost_by_3pl", "damaged_by_3pl", "shipping", "in_transit"})
# Product attributes that are not facts a customer asks about.
_SKIP_ATTRIBUTES = re.compile(
    r"^(name|description|short_description)(_\w+)?$|^(video|source|brand|hazmat|delivery_option_\w+|"
    r"package_\w+|special_\w+|units_hb|brand_classification)$",
    re.I,
)
_ATTRIBUTE_LABELS = {
    "warranty_type": "Warranty type",
    "warranty": "Warranty",
    "product_warranty": "Product warranty",
    "model": "Model",
    "color_family": "Color family",
    "country_origin_hb": "Country of origin",
    "shelf_expiry": "Shelf life",
}
_SKU_OPTION_KEYS = ("color_family", "size", "color_text", "variation", "smartwatch_size")


class LazadaError(ConnectorError):
    """Lazada answered with an error envelope (a ``code`` other than ``"0"``)."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


# ------------------------------------------------------------------------------------------------
# Signatures
# ------------------------------------------------------------------------------------------------


def sign_string(api_path: str, params: Mapping[str, Any]) -> str:
    """The text Lazada signs: the API path, then each parameter's key and value, sorted by key."""
    return api_path + "".join(f"{key}{params[key]}" for key in sorted(params) if key != "sign")


def sign(api_path: str, params: Mapping[str, Any], app_secret: str) -> str:
    """Uppercase hex HMAC-SHA256 of :func:`sign_string`, keyed with the app secret."""
    return hmac.new(
        app_secret.encode(), sign_string(api_path, params).encode(), hashlib.sha256
    ).hexdigest().upper()


def webhook_signature(body: bytes, app_key: str, app_secret: str) -> str:
    """The hex HMAC-SHA256 of app_key + raw body that Lazada sends in the Authorization header."""
    return hmac_sha256(app_secret, app_key.encode() + body, "hex")


def verify_webhook(headers: Mapping[str, str], body: bytes, app_key: str, app_secret: str) -> bool:
    """True when the Authorization header is the push message's signature (hex, any case; constant time)."""
    return bool(app_key and app_secret) and signed_by(
        headers, "Authorization", webhook_signature(body, app_key, app_secret), any_case=True)


def parse_webhook(headers: Mapping[str, str], body: bytes) -> WebhookEvent:
    """What a verified push message means for the index.

    ``message_type`` 0 (trade or reverse order) refetches the order ``trade_order_id`` (Lazada's
    order id, which is its order number); 3 (product created) and 4 (product updated) refetch the
    item; 5 deletes the item when ``action`` is ``DELETED`` and refetches it when only some SKUs went
    (``EDITED_DELETED``). Push messages carry no delivery id: it is a hash of the body, which holds
    the push time.
    """
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError("lazada push message: the body is not JSON") from exc
    if not isinstance(data, dict) or "message_type" not in data or not isinstance(data.get("data"), dict):
        raise InputError("lazada push message: expected a JSON object with 'message_type' and 'data'")
    try:
        kind = int(data["message_type"])
    except (TypeError, ValueError) as exc:
        raise InputError("lazada push message: 'message_type' is not a number") from exc
    inner = data["data"]
    delivery = hashlib.sha256(body).hexdigest()[:32]
    event = WebhookEvent(platform="lazada", topic=f"message_type/{kind}", delivery_id=delivery)
    if kind == 0 and inner.get("trade_order_id"):
        event.topic = "reverse_order" if inner.get("reverse_order_id") else "trade_order"
        event.refetch_order_number = str(inner["trade_order_id"])
    elif kind in (3, 4, 5) and inner.get("item_id") is not None:
        item = str(inner["item_id"])
        action = str(inner.get("action") or "")
        event.topic = {3: "product/created", 4: "product/updated", 5: "product/deleted"}[kind]
        if kind == 5 and action == "DELETED":
            event.deleted_product_id = item
        else:
            event.refetch_product_id = item
    return event


# ------------------------------------------------------------------------------------------------
# Helpers
# ------------------------------------------------------------------------------------------------

_TIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)


def _parse_time(value: Any) -> datetime | None:
    """Lazada's times: epoch milliseconds (as number or text), ``2018-02-09 22:08:36 +0800`` or ISO."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
        number = float(value)
        if number > 1e11:  # milliseconds
            number /= 1000.0
        return datetime.fromtimestamp(number, tz=timezone.utc)
    if not isinstance(value, str):
        return None
    match = _TIME.match(value.strip())
    if not match:
        return None
    day, clock, zone = match.groups()
    if len(clock) == 5:
        clock += ":00"
    if zone in (None, "Z"):
        zone = "+00:00"
    elif ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    try:
        return datetime.fromisoformat(f"{day}T{clock}{zone}")
    except ValueError:
        return None


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _money(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _label(key: str) -> str:
    return _ATTRIBUTE_LABELS.get(key) or key.replace("_", " ").strip().capitalize()


def _special_running(sku: Mapping[str, Any], today: date) -> bool:
    """Whether a SKU's special price applies today (no dates = always)."""

    def day(*keys: str) -> date | None:
        for key in keys:
            raw = sku.get(key)
            if isinstance(raw, str) and raw.strip():
                try:
                    return date.fromisoformat(raw.strip()[:10])
                except ValueError:
                    continue
        return None

    start = day("special_from_date", "special_from_time")
    end = day("special_to_date", "special_to_time")
    return (start is None or start <= today) and (end is None or end >= today)


# ------------------------------------------------------------------------------------------------
# The connector
# ------------------------------------------------------------------------------------------------


class LazadaConnector:
    """One Lazada seller account in one country, read through the signed Open Platform API.

    Args:
        app_key: the app's key (public).
        app_secret: the app's secret; signs every request.
        access_token: the seller's access token.
        refresh_token: used to get a new access token when Lazada says the old one is invalid.
        country: sg, my, th, ph, id or vn (host and currency).
        base_url: API root overriding the country's (tests, proxies).
        auth_url: root of the token API.
        currency: overrides the country's currency.
        page_size: products per page (1..50).
        orders_lookback_days: how far back a full order sync reaches (the API needs a start date).
        token_expires_at: epoch seconds when the access token expires (refresh just before).
        on_tokens: called with ``{"access_token", "refresh_token", "expires_in",
            "refresh_expires_in", "token_expires_at"}`` after every refresh, to store them.
        max_retries: retries of one call after ApiCallLimit/ServiceTimeout, 5xx, transport errors.
        backoff_s: first retry delay, doubled per attempt.
        max_wait_s: the longest single wait.
        timeout_s: per-request timeout.
        transport: an httpx transport (tests).
        clock: milliseconds since the epoch (tests that need a skewed clock).
    """

    platform = "lazada"

    def __init__(
        self,
        app_key: str,
        app_secret: str,
        access_token: str,
        *,
        refresh_token: str | None = None,
        country: str = "sg",
        base_url: str | None = None,
        auth_url: str | None = None,
        currency: str | None = None,
        page_size: int = MAX_PRODUCTS_PAGE,
        orders_lookback_days: int = 365,
        token_expires_at: float | None = None,
        on_tokens: Callable[[dict[str, Any]], None] | None = None,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        max_wait_s: float = 60.0,
        timeout_s: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], int] | None = None,
    ) -> None:
        country = (country or "").strip().lower()
        if not base_url and country not in BASE_URLS:
            raise ConfigError(
                f"lazada: unknown country {country!r}; use one of {', '.join(sorted(BASE_URLS))} or set base_url"
            )
        for name, value in (("app_key", app_key), ("app_secret", app_secret), ("access_token", access_token)):
            if not value:
                raise ConfigError(f"lazada: {name} is required")
        self.app_key = str(app_key)
        self.country = country
        self.base_url = (base_url or BASE_URLS[country]).rstrip("/")
        self.auth_url = (auth_url or AUTH_URL).rstrip("/")
        self.currency = currency or CURRENCIES.get(country, "USD")
        self.page_size = max(1, min(int(page_size), MAX_PRODUCTS_PAGE))
        self.orders_lookback_days = max(1, int(orders_lookback_days))
        self.token_expires_at = token_expires_at
        self.on_tokens = on_tokens
        self.max_retries = max(0, int(max_retries))
        self.backoff_s = max(0.0, float(backoff_s))
        self.max_wait_s = max(0.0, float(max_wait_s))
        self.source = f"lazada:{country or 'custom'}:{self.app_key}"
        self._secret = app_secret
        self._access_token = access_token
        self._refresh_token = refresh_token
        self._clock = clock or (lambda: int(time.time() * 1000))
        self._client = httpx.Client(timeout=timeout_s, transport=transport)
        #: Counters for tests and benchmarks.
        self.requests = 0
        self.retries = 0
        self.refreshes = 0

    # -- tokens ----------------------------------------------------------------------------------
    @property
    def tokens(self) -> dict[str, Any]:
        """The current access and refresh tokens (after any refresh), for the caller to store."""
        return {
            "access_token": self._access_token,
            "refresh_token": self._refresh_token,
            "token_expires_at": self.token_expires_at,
        }

    def refresh_access_token(self) -> dict[str, Any]:
        """Exchange the refresh token for new tokens; keep them and hand them to ``on_tokens``."""
        if not self._refresh_token:
            raise AuthFailed("lazada: the access token is invalid or expired and no refresh_token is configured")
        body = self._call("/auth/token/refresh", {"refresh_token": self._refresh_token}, base=self.auth_url,
                          with_token=False)
        access = body.get("access_token")
        if not access:
            raise AuthFailed("lazada /auth/token/refresh: the answer holds no access_token")
        self._access_token = str(access)
        self._refresh_token = str(body.get("refresh_token") or self._refresh_token)
        expires_in = body.get("expires_in")
        try:
            self.token_expires_at = time.time() + float(expires_in) if expires_in is not None else None
        except (TypeError, ValueError):
            self.token_expires_at = None
        self.refreshes += 1
        tokens = {
            "access_token": self._access_token,
            "refresh_token": self._refresh_token,
            "expires_in": expires_in,
            "refresh_expires_in": body.get("refresh_expires_in"),
            "token_expires_at": self.token_expires_at,
        }
        logger.info("lazada: access token refreshed")
        if self.on_tokens is not None:
            self.on_tokens(dict(tokens))
        return tokens

    @property
    def upstream_urls(self) -> tuple[str, ...]:
        """The API roots this connector fetches."""
        return (self.base_url, self.auth_url)

    # -- Protocol --------------------------------------------------------------------------------
    def products(self, updated_since: datetime | None = None) -> Iterator[Product]:
        """Products (skipping deleted ones), paged by offset/limit, optionally ``update_after``."""
        for raw in self._products_raw(updated_since):
            yield self._product(raw)

    def product_ids(self) -> set[str]:
        """Ids of every product that is not deleted."""
        return {str(raw.get("item_id") or raw.get("itemId")) for raw in self._products_raw(None)}

    def product(self, item_id: str) -> Product | None:
        """One product by item id (``/product/item/get``); None when Lazada does not know it."""
        try:
            raw = self._call("/product/item/get", {"item_id": str(item_id)})
        except LazadaError as exc:
            if exc.code in ("208", "InvalidItemId", "ITEM_NOT_FOUND"):
                return None
            raise
        data = raw.get("data")
        if not isinstance(data, dict) or str(data.get("status", "")).lower() == "deleted":
            return None
        return self._product(data)

    def pages(self) -> Iterator[Page]:
        """Nothing: Lazada has no per-store policy or page API (policies come from uploaded files)."""
        return iter(())

    def orders(self, updated_since: datetime | None = None) -> Iterator[Order]:
        """Orders with items and tracking; ``update_after`` when given, else the lookback window."""
        params: dict[str, Any] = {"sort_by": "updated_at", "sort_direction": "ASC", "limit": MAX_ORDERS_PAGE}
        if updated_since is not None:
            params["update_after"] = _iso(updated_since)
        else:
            start = datetime.now(timezone.utc) - timedelta(days=self.orders_lookback_days)
            params["created_after"] = _iso(start)
        offset = 0
        while True:
            body = self._call("/orders/get", dict(params, offset=offset))
            data = body.get("data") if isinstance(body.get("data"), dict) else {}
            batch = [o for o in data.get("orders") or [] if isinstance(o, dict)]
            for raw in batch:
                yield self._order(raw)
            offset += len(batch)
            total = data.get("countTotal")  # "count" is not reliably the grand total
            if not batch or len(batch) < MAX_ORDERS_PAGE or (total is not None and offset >= int(total)):
                return

    def order(self, number: str) -> Order | None:
        """One order by its number (Lazada's order id); None when Lazada does not know it."""
        wanted = str(number).strip().lstrip("#").strip()
        if not wanted.isdigit():
            return None
        try:
            body = self._call("/order/get", {"order_id": wanted})
        except LazadaError as exc:
            if exc.code in ("16", "E016"):
                return None
            raise
        raw = body.get("data")
        if not isinstance(raw, dict) or not (raw.get("order_id") or raw.get("order_number")):
            return None
        return self._order(raw)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "LazadaConnector":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------------
    def _products_raw(self, updated_since: datetime | None) -> Iterator[dict[str, Any]]:
        params: dict[str, Any] = {"filter": "all", "limit": self.page_size}
        if updated_since is not None:
            params["update_after"] = _iso(updated_since)
        offset = 0
        while True:
            body = self._call("/products/get", dict(params, offset=offset))
            data = body.get("data") if isinstance(body.get("data"), dict) else {}
            batch = data.get("products")
            if batch is None and (data.get("item_id") or data.get("itemId")):
                batch = [data]  # the documented sample: one product straight under data
            batch = [p for p in batch or [] if isinstance(p, dict)]
            for raw in batch:
                if str(raw.get("status", "")).lower() == "deleted":
                    continue
                yield raw
            offset += len(batch)
            total = data.get("total_products")
            if not batch or len(batch) < self.page_size or (total is not None and offset >= int(total)):
                return

    def _product(self, raw: dict[str, Any]) -> Product:
        attrs = raw.get("attributes") if isinstance(raw.get("attributes"), dict) else {}
        item_id = str(raw.get("item_id") or raw.get("itemId"))
        description = html_to_text(str(attrs.get("description") or attrs.get("short_description") or ""))
        short = html_to_text(str(attrs.get("short_description") or ""))
        if short and short not in description:
            description = f"{short}\n{description}" if description else short
        facts = parse_attributes(description)
        for key, value in attrs.items():
            if value in (None, "") or _SKIP_ATTRIBUTES.match(key) or not isinstance(value, (str, int, float)):
                continue
            facts.setdefault(_label(key), str(value))
        labels = self._option_labels(raw)
        skus = [s for s in raw.get("skus") or [] if isinstance(s, dict)]
        today = datetime.now(timezone.utc).date()
        variants = [self._variant(s, labels, today) for s in skus]
        url = raw.get("Url") or raw.get("url") or next((s.get("Url") for s in skus if s.get("Url")), None)
        images = [i for i in raw.get("images") or raw.get("productImageList") or [] if isinstance(i, str) and i]
        if not images:
            images = [i for s in skus for i in s.get("Images") or [] if isinstance(i, str) and i]
        status = str(raw.get("status") or "active").lower()
        brand = attrs.get("brand")
        return Product(
            id=item_id,
            title=str(attrs.get("name") or raw.get("name") or item_id),
            handle=item_id,
            url=url,
            description=description,
            attributes=facts,
            vendor=str(brand) if brand and str(brand).lower() != "no brand" else "",
            category=str(raw.get("primary_category") or raw.get("primaryCategory") or ""),
            variants=variants,
            currency=self.currency,
            image=images[0] if images else None,
            status="active" if status == "active" else status,
            updated_at=_parse_time(raw.get("updated_time") or raw.get("updatedTime")),
            source=self.source,
        )

    @staticmethod
    def _option_labels(raw: dict[str, Any]) -> dict[str, str]:
        """SKU field -> option name, from the product's ``variation`` block where it has one."""
        labels: dict[str, str] = {}
        variation = raw.get("variation")
        if isinstance(variation, dict):
            for spec in variation.values():
                if isinstance(spec, dict) and spec.get("name"):
                    labels[str(spec["name"])] = str(spec.get("label") or _label(str(spec["name"])))
        return labels

    @staticmethod
    def _variant(sku: dict[str, Any], labels: dict[str, str], today: date) -> Variant:
        options: dict[str, str] = {}
        sale_prop = sku.get("saleProp")
        if isinstance(sale_prop, dict):
            for key, value in sale_prop.items():
                if value not in (None, ""):
                    options[labels.get(key) or _label(key)] = str(value)
        for key in list(labels) + [k for k in _SKU_OPTION_KEYS if k not in labels]:
            value = sku.get(key)
            name = labels.get(key) or _label(key)
            if value not in (None, "") and name not in options:
                options[name] = str(value)
        price = _money(sku.get("price"))
        special = _money(sku.get("special_price"))
        compare_at = None
        if special and special > 0 and (price is None or special < price) and _special_running(sku, today):
            price, compare_at = special, price
        quantity = sku.get("quantity", sku.get("Available"))
        try:
            qty = int(quantity) if quantity is not None else None
        except (TypeError, ValueError):
            qty = None
        active = str(sku.get("Status") or "active").lower() == "active"
        return Variant(
            sku=sku.get("SellerSku") or None,
            title=" / ".join(options.values()) or "Default Title",
            options=options,
            price=price,
            compare_at_price=compare_at,
            inventory_quantity=qty,
            available=active and (qty is None or qty > 0),
        )

    def _order(self, raw: dict[str, Any]) -> Order:
        order_id = str(raw.get("order_id") or raw.get("order_number"))
        body = self._call("/order/items/get", {"order_id": order_id})
        lines = [i for i in body.get("data") or [] if isinstance(i, dict)]
        statuses = [str(s).lower() for s in raw.get("statuses") or []] or [
            str(i.get("status") or "").lower() for i in lines
        ]
        counts: Counter[tuple[str, str]] = Counter()
        for line in lines:  # Lazada lists one line per unit
            counts[(str(line.get("name") or line.get("sku") or "item"), str(line.get("variation") or ""))] += 1
        items = [OrderItem(title=t, variant=v, quantity=n) for (t, v), n in counts.items()]
        tracking = next((str(i["tracking_code"]) for i in lines if i.get("tracking_code")), None)
        if set(statuses) & _TRACEABLE:
            tracking = self._trace(order_id) or tracking
        shipping = raw.get("address_shipping") if isinstance(raw.get("address_shipping"), dict) else {}
        phone = str(shipping.get("phone") or "").strip() or None
        if phone and "*" in phone:  # masked by Lazada: useless as a lookup key
            phone = None
        return Order(
            number=str(raw.get("order_number") or order_id),
            email=None,  # Lazada does not share buyers' e-mail addresses
            phone=phone,
            status=order_status(statuses),
            items=items,
            tracking_number=tracking,
            tracking_url=None,
            created_at=_parse_time(raw.get("created_at")),
            updated_at=_parse_time(raw.get("updated_at")),
            source=self.source,
        )

    def _trace(self, order_id: str) -> str | None:
        """The first package's tracking number from /logistic/order/trace, if Lazada has one."""
        try:
            body = self._call("/logistic/order/trace", {"order_id": order_id, "locale": "en", "ofcPackageIdList": "[]"})
        except LazadaError as exc:
            logger.info("lazada: no trace for order %s (%s)", order_id, exc.code)
            return None
        result = body.get("result") if isinstance(body.get("result"), dict) else body.get("data")
        modules = result.get("module") if isinstance(result, dict) else None
        for module in modules or []:
            for package in (module or {}).get("package_detail_info_list") or []:
                number = (package or {}).get("tracking_number")
                if number:
                    return str(number)
        return None

    # -- HTTP ------------------------------------------------------------------------------------
    def _backoff(self, attempt: int) -> float:
        return min(self.backoff_s * (2**attempt), self.max_wait_s)

    def _redact(self, text: str) -> str:
        for secret in (self._secret, self._access_token, self._refresh_token):
            if secret:
                text = text.replace(secret, "***")
        return text

    def _call(
        self,
        api_path: str,
        params: dict[str, Any],
        *,
        base: str | None = None,
        with_token: bool = True,
    ) -> dict[str, Any]:
        """One signed GET; the envelope on ``code == "0"``, retries and one token refresh otherwise."""
        if with_token and self.token_expires_at is not None and time.time() >= self.token_expires_at - 60:
            if self._refresh_token:
                self.refresh_access_token()
        refreshed = False
        problem = ""
        attempt = 0
        while attempt <= self.max_retries:
            query = {key: str(value) for key, value in params.items()}
            query.update(app_key=self.app_key, timestamp=str(self._clock()), sign_method="sha256")
            if with_token:
                query["access_token"] = self._access_token
            query["sign"] = sign(api_path, query, self._secret)
            url = (base or self.base_url) + api_path
            try:
                self.requests += 1
                response = self._client.get(url, params=query)
            except httpx.HTTPError as exc:
                problem = f"could not reach Lazada ({type(exc).__name__})"
                attempt = self._retry(api_path, problem, attempt)
                continue
            if response.status_code in (401, 403):
                raise AuthFailed(f"lazada {api_path}: HTTP {response.status_code}, credentials refused")
            if response.status_code == 429:
                problem = "HTTP 429"
                attempt = self._retry(api_path, problem, attempt, response.headers.get("retry-after"))
                continue
            if response.status_code >= 500:
                problem = f"HTTP {response.status_code}"
                attempt = self._retry(api_path, problem, attempt)
                continue
            try:
                body = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
                problem = "the answer was not valid JSON"
                attempt = self._retry(api_path, problem, attempt)
                continue
            if not isinstance(body, dict):
                problem = "the answer was not a JSON object"
                attempt = self._retry(api_path, problem, attempt)
                continue
            code = str(body.get("code", "0"))
            if code == "0" and response.status_code < 400:
                return body
            message = self._redact(str(body.get("message") or body.get("msg") or response.reason_phrase))[:200]
            if code in RETRY_CODES:
                problem = f"{code}: {message}"
                attempt = self._retry(api_path, problem, attempt)
                continue
            if code in TOKEN_CODES and with_token and not refreshed and self._refresh_token:
                refreshed = True
                self.refresh_access_token()
                continue  # the same attempt, with the new token
            if code in TOKEN_CODES or code in AUTH_CODES:
                raise AuthFailed(f"lazada {api_path}: {code}: {message}")
            raise LazadaError(f"lazada {api_path}: {code}: {message}", code=code)
        if problem.startswith(tuple(RETRY_CODES)) or problem == "HTTP 429":
            raise RateLimited(f"lazada {api_path}: still throttled after {self.max_retries} retries ({problem})")
        raise UpstreamError(f"lazada {api_path}: {problem} after {self.max_retries + 1} attempts")

    def _retry(self, api_path: str, problem: str, attempt: int, retry_after: str | None = None) -> int:
        if attempt < self.max_retries:
            wait = self._backoff(attempt)
            if retry_after:
                try:
                    wait = min(max(float(retry_after), 0.0), self.max_wait_s)
                except ValueError:
                    pass
            self.retries += 1
            logger.warning("lazada %s: %s; retrying in %.3fs", api_path, problem, wait)
            time.sleep(wait)
        return attempt + 1


def order_status(statuses: list[str]) -> str:
    """One status word for an order from its items' statuses (pending, processing, shipped, delivered,
    cancelled, refunded or failed)."""
    found = {s.lower() for s in statuses if s}
    if not found:
        return "processing"
    if found <= {"canceled", "cancelled"}:
        return "cancelled"
    if found & {"returned", "shipped_back", "shipped_back_success"} and not found - {
        "returned", "shipped_back", "shipped_back_success", "canceled", "cancelled"
    }:
        return "refunded"  # returned to the seller: the buyer is refunded
    if "delivered" in found and found <= {"delivered", "canceled", "cancelled", "returned"}:
        return "delivered"
    if found & {"shipped", "shipping", "in_transit", "delivered"}:
        return "shipped"
    if found & {"failed", "failed_delivery", "lost", "lost_by_3pl", "damaged_by_3pl"}:
        return "failed"
    if found & {"unpaid"}:
        return "pending"
    return "processing"


def from_config(
    config: Mapping[str, str],
    on_tokens: Callable[[dict[str, Any]], None] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> StoreConnector:
    """A connector from a stored connection's config (non-secret keys and secrets in one mapping)."""
    missing = [key for key in ("app_key", "app_secret", "access_token") if not config.get(key)]
    if missing:
        raise ConfigError(f"lazada: missing {', '.join(missing)} (needed: app_key, app_secret, access_token)")
    if not config.get("country") and not config.get("base_url"):
        raise ConfigError(f"lazada: set country ({', '.join(sorted(BASE_URLS))}) or base_url")
    expires = config.get("token_expires_at")
    return LazadaConnector(
        app_key=config["app_key"],
        app_secret=config["app_secret"],
        access_token=config["access_token"],
        refresh_token=config.get("refresh_token") or None,
        country=config.get("country") or "",
        base_url=config.get("base_url") or None,
        auth_url=config.get("auth_url") or None,
        currency=config.get("currency") or None,
        page_size=config_int(config, "page_size", MAX_PRODUCTS_PAGE, "lazada"),
        orders_lookback_days=config_int(config, "orders_lookback_days", 365, "lazada"),
        token_expires_at=config_float(config, "token_expires_at", 0.0, "lazada") if expires else None,
        on_tokens=on_tokens,
        max_retries=config_int(config, "max_retries", 5, "lazada"),
        backoff_s=config_float(config, "backoff_s", 1.0, "lazada"),
        max_wait_s=config_float(config, "max_wait_s", 60.0, "lazada"),
        timeout_s=config_float(config, "timeout_s", 30.0, "lazada"),
        transport=transport,
    )
