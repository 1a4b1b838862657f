"""WooCommerce: the wc/v3 REST API (through the ``woocommerce`` package) as our records, and its webhooks.

Connect a store
---------------
In WordPress: WooCommerce > Settings > Advanced > REST API > Add key, for a user who can manage the
shop, with **Read** permissions; copy the **consumer key** (``ck_...``) and **consumer secret**
(``cs_...``). Read keys are enough: products, variations, orders, the store currency
(``data/currencies/current``) and the Shipment Tracking extension's tracking numbers are all GET
requests. Policy and FAQ pages come from WordPress's public ``wp/v2/pages`` and need no key. For
webhooks (WooCommerce > Settings > Advanced > Webhooks: topics ``product.created``,
``product.updated``, ``product.deleted``, ``order.created``, ``order.updated``), the secret you type
there is the ``webhook_secret``.

Config (:data:`CONFIG_KEYS`, non-secret): ``url`` (the store's address, e.g. ``https://shop.example.com``;
a staging site or local test server works the same; ``base_url`` is accepted as another name for it),
``currency`` (default: asked from the store). Tuning (optional): ``per_page`` (1-100, default 100),
``workers`` (parallel variation and tracking reads, default 4), ``query_string_auth`` (``true`` for
HTTPS hosts that strip the Authorization header), ``verify_ssl``, ``max_retries``, ``backoff_s``,
``max_wait_s``, ``timeout_s``. Secrets (:data:`SECRET_KEYS`): ``consumer_key``, ``consumer_secret``,
``webhook_secret``.

How it talks to WooCommerce
---------------------------
Every request is signed as WooCommerce expects (the ``woocommerce`` package's rules and its OAuth signer):
HTTP Basic over HTTPS, the key in the query string with ``query_string_auth``, one-legged OAuth 1.0a in the
query string over plain HTTP. Requests go through one ``httpx`` client, so the service can hand the
connector a transport (``from_config(..., transport=...)``) that checks every address it connects to; with
such a transport, TLS certificates are always verified (``verify_ssl`` applies to the built-in transport). Lists are read page by page
(``orderby=id``, ``X-WP-TotalPages``); ``updated_since`` becomes ``modified_after`` with
``dates_are_gmt=true``; variable products' variations come from ``products/{id}/variations``, read in
parallel for each page. 429 waits for ``Retry-After`` (capped by ``max_wait_s``); 5xx, network errors
and bodies that are not JSON are retried with exponential backoff; 401/403 raise :class:`AuthFailed`
at once. Error messages name the store and the status, never the key, the secret or a signed URL.

Statuses: ``pending`` and ``checkout-draft`` -> pending, ``processing`` -> processing, ``on-hold`` ->
on_hold, ``completed`` -> shipped (WooCommerce has no delivered state; extensions' ``shipped`` and
``delivered`` are kept), ``cancelled``, ``refunded``, ``failed``. Tracking numbers come from the
Shipment Tracking extension (``wc-shipment-tracking/v3/orders/{id}/shipment-trackings``); a store
without it gives orders without tracking, after one probe.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any, Callable, Iterator, Mapping
from urllib.parse import urlencode, urlsplit

import httpx
from woocommerce.oauth import OAuth

from connectors._retry import Backoff, config_float, config_int, header, hmac_sha256, parse_retry_after, signed_by
from connectors.base import AuthFailed, RateLimited, StoreConnector, UpstreamError, WebhookEvent
from connectors.csv_import import html_to_text, parse_attributes
from rag_agent.errors import ConfigError, InputError
from rag_agent.records import Order, OrderItem, Page, Product, Variant

__all__ = [
    "CONFIG_KEYS",
    "SECRET_KEYS",
    "WooCommerceConnector",
    "from_config",
    "order_from_wc",
    "order_status",
    "parse_webhook",
    "product_from_wc",
    "sign_webhook",
    "verify_webhook",
]

logger = logging.getLogger(__name__)

CONFIG_KEYS: tuple[str, ...] = ("url", "currency")
SECRET_KEYS: tuple[str, ...] = ("consumer_key", "consumer_secret", "webhook_secret")
SIGNATURE_HEADER = "X-WC-Webhook-Signature"
USER_AGENT = "rag-agent (WooCommerce-Python-REST-API)"
TRACKING_NAMESPACES = ("wc-shipment-tracking/v3", "wc/v3")  # the extension's canonical one first

_STATUS = {
    "pending": "pending", "checkout-draft": "pending", "processing": "processing", "on-hold": "on_hold",
    "completed": "shipped", "shipped": "shipped", "partial-shipped": "shipped", "delivered": "delivered",
    "cancelled": "cancelled", "trash": "cancelled", "refunded": "refunded", "failed": "failed",
}
_NO_TRACKING = {"pending", "checkout-draft", "on-hold", "cancelled", "trash", "refunded", "failed"}
_SYSTEM_PAGES = {"cart", "checkout", "my-account", "shop"}
_NUMBER_OK = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")
_POLICY = re.compile(r"polic|refund|return|shipping|delivery|privacy|terms|warrant|envio|devoluc|troca", re.I)


class _Response(Exception):
    """Internal: a non-2xx answer the caller may accept (404)."""


class _RestApi:
    """One REST namespace of the store (``wc/v3``, a tracking extension's), signed as ``woocommerce.API``
    signs it: Basic over HTTPS, the key in the query (``query_string_auth``), OAuth 1.0a over HTTP."""

    def __init__(self, client: httpx.Client, url: str, consumer_key: str, consumer_secret: str, version: str,
                 query_string_auth: bool) -> None:
        self._client = client
        self._root = f"{url}/wp-json/{version}/"
        self._key, self._secret = consumer_key, consumer_secret
        self._version = version
        self._https = url.startswith("https")
        self._query_auth = query_string_auth

    def get(self, endpoint: str, params: Mapping[str, Any] | None = None) -> httpx.Response:
        url = self._root + endpoint
        params = dict(params or {})
        if self._https and not self._query_auth:
            return self._client.get(url, params=params, auth=(self._key, self._secret))
        if self._https:
            return self._client.get(url, params={**params, "consumer_key": self._key,
                                                 "consumer_secret": self._secret})
        if params:
            url = f"{url}?{urlencode(params)}"
        signed = OAuth(url=url, consumer_key=self._key, consumer_secret=self._secret, version=self._version,
                       method="GET").get_oauth_url()
        return self._client.get(signed)


class WooCommerceConnector:
    """One WooCommerce store through the wc/v3 REST API (see the module docstring)."""

    platform = "woocommerce"

    def __init__(self, url: str, consumer_key: str, consumer_secret: str, *, currency: str | None = None,
                 per_page: int = 100, workers: int = 4, timeout_s: float = 30.0, backoff: Backoff | None = None,
                 query_string_auth: bool = False, verify_ssl: bool = True,
                 transport: httpx.BaseTransport | None = None) -> None:
        parts = urlsplit(url or "")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"WooCommerce needs the store's address as an http(s) URL (url), got {url!r}")
        if not consumer_key or not consumer_secret:
            raise ConfigError("WooCommerce needs a REST API consumer key and secret (consumer_key, consumer_secret)")
        if not 1 <= per_page <= 100:
            raise ConfigError(f"per_page must be between 1 and 100, got {per_page}")
        self.url = url.rstrip("/")
        self.host = parts.netloc
        self.source = f"woocommerce:{parts.hostname}"
        self.per_page = per_page
        self.backoff = backoff or Backoff()
        self._currency = currency.upper() if currency else None
        self._client = httpx.Client(timeout=timeout_s, verify=verify_ssl, transport=transport,
                                    headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
        self._api = _RestApi(self._client, self.url, consumer_key, consumer_secret, "wc/v3", query_string_auth)
        self._tracking_apis = {ns: _RestApi(self._client, self.url, consumer_key, consumer_secret, ns,
                                            query_string_auth) for ns in TRACKING_NAMESPACES}
        self._tracking_ns: str | None | bool = True  # True: not probed yet; None: the store has no tracking
        self._tracking_lock = threading.Lock()
        # wp/v2 is public; a Basic header there is read by WordPress as an application password and refused
        self._wp = httpx.Client(base_url=f"{self.url}/wp-json/wp/v2", timeout=timeout_s, verify=verify_ssl,
                                transport=transport,
                                headers={"User-Agent": "rag-agent", "Accept": "application/json"})
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="woo")

    def __repr__(self) -> str:
        return f"WooCommerceConnector(url={self.url!r})"

    @property
    def upstream_urls(self) -> tuple[str, ...]:
        """The store's address (every request goes under it)."""
        return (self.url,)

    # -- transport -------------------------------------------------------------------------------
    def _request(self, send: Callable[[], Any], what: str, accept_404: bool = False) -> tuple[Any, Mapping[str, str]]:
        """One GET with the retry rules; (parsed JSON, headers). A 404 raises `_Response` when accepted."""
        attempt = 0
        while True:
            try:
                resp = send()
            except httpx.TransportError as exc:
                # never str(exc): the error message may carry the signed URL
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise UpstreamError(f"WooCommerce {self.host} ({what}): cannot reach the store: "
                                        f"{type(exc).__name__}") from None
                self.backoff.wait(self.backoff.delay(attempt))
                continue
            status = resp.status_code
            if status in (401, 403):
                raise AuthFailed(f"WooCommerce {self.host} ({what}): the store refused the REST API key "
                                 f"(HTTP {status}{_code(resp)}); check the consumer key and secret and that the "
                                 "key has read access")
            if status == 404 and accept_404:
                raise _Response(_code(resp).strip(": "))
            if status == 429:
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise RateLimited(f"WooCommerce {self.host} ({what}): still rate limited (HTTP 429) after "
                                      f"{attempt - 1} retries")
                self.backoff.wait(self.backoff.delay(attempt, parse_retry_after(resp.headers.get("Retry-After"))))
                continue
            if status >= 500:
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise UpstreamError(f"WooCommerce {self.host} ({what}): the store answered HTTP {status} "
                                        f"after {attempt - 1} retries")
                self.backoff.wait(self.backoff.delay(attempt))
                continue
            if status >= 300:
                raise UpstreamError(f"WooCommerce {self.host} ({what}): the store answered HTTP {status}{_code(resp)}")
            try:
                return resp.json(), resp.headers
            except ValueError:
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise UpstreamError(f"WooCommerce {self.host} ({what}): the answer is not readable JSON "
                                        "(a plugin printing into the REST API, or a cut connection)") from None
                self.backoff.wait(self.backoff.delay(attempt))

    def _get(self, endpoint: str, params: Mapping[str, Any] | None = None, *, api: Any = None,
             accept_404: bool = False) -> tuple[Any, Mapping[str, str]]:
        api = api or self._api
        return self._request(lambda: api.get(endpoint, params=dict(params or {})), endpoint.split("?")[0],
                             accept_404)

    def _paged(self, endpoint: str, params: Mapping[str, Any], *, per_page: int | None = None,
               get: Callable[[str, dict[str, Any]], tuple[Any, Mapping[str, str]]] | None = None
               ) -> Iterator[list[dict[str, Any]]]:
        per_page = per_page or self.per_page
        page = 1
        while True:
            query = {**params, "page": page, "per_page": per_page}
            body, headers = get(endpoint, query) if get else self._get(endpoint, query)
            if not isinstance(body, list):
                raise UpstreamError(f"WooCommerce {self.host} ({endpoint}): expected a list, got {type(body).__name__}")
            yield body
            total = header(headers, "X-WP-TotalPages")
            if total is not None and str(total).isdigit():
                if page >= int(total):
                    return
            elif len(body) < per_page:
                return
            page += 1

    # -- store facts -----------------------------------------------------------------------------
    def currency(self) -> str:
        """The store's currency code (config, else ``data/currencies/current``, else USD with a warning)."""
        if self._currency is None:
            try:
                body, _ = self._get("data/currencies/current", accept_404=True)
                self._currency = str(body.get("code") or "USD").upper() if isinstance(body, dict) else "USD"
            except _Response:
                logger.warning("WooCommerce %s: no data/currencies endpoint; prices taken as USD "
                               "(set the connection's currency)", self.host)
                self._currency = "USD"
        return self._currency

    # -- products --------------------------------------------------------------------------------
    def products(self, updated_since: datetime | None = None) -> Iterator[Product]:
        """Published products, variable ones with their variations; only those modified strictly after
        `updated_since` when given (a variation's change shows on its parent when WooCommerce syncs it)."""
        params: dict[str, Any] = {"orderby": "id", "order": "asc", "status": "publish"}
        if updated_since is not None:
            params.update(modified_after=_gmt(updated_since), dates_are_gmt="true")
        currency = self.currency()
        seen: set[int] = set()
        for batch in self._paged("products", params):
            batch = [p for p in batch if p.get("id") not in seen]
            seen.update(p.get("id") for p in batch)
            futures = {p["id"]: self._pool.submit(self._variations, p["id"])
                       for p in batch if p.get("type") == "variable"}
            for raw in batch:
                variations = futures[raw["id"]].result() if raw["id"] in futures else []
                yield product_from_wc(raw, variations, currency=currency, source=self.source)

    def product_count(self, updated_since: datetime | None = None) -> int | None:
        """How many products :meth:`products` will yield (``X-WP-Total`` of a one-item page), for progress."""
        params: dict[str, Any] = {"status": "publish", "page": 1, "per_page": 1}
        if updated_since is not None:
            params.update(modified_after=_gmt(updated_since), dates_are_gmt="true")
        _, headers = self._get("products", params)
        total = header(headers, "X-WP-Total")
        return int(total) if total is not None and str(total).isdigit() else None

    def _variations(self, product_id: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for batch in self._paged(f"products/{int(product_id)}/variations", {"orderby": "id", "order": "asc"},
                                 per_page=100):
            out += batch
        return out

    def product(self, product_id: str) -> Product | None:
        """One published product by id, with its variations; None when it is gone or not published."""
        if not str(product_id).isdigit():
            return None
        try:
            raw, _ = self._get(f"products/{int(product_id)}", accept_404=True)
        except _Response:
            return None
        if not isinstance(raw, dict) or raw.get("status") != "publish":
            return None
        if raw.get("type") == "variation" and raw.get("parent_id"):
            return self.product(str(raw["parent_id"]))
        variations = self._variations(raw["id"]) if raw.get("type") == "variable" else []
        return product_from_wc(raw, variations, currency=self.currency(), source=self.source)

    def product_ids(self) -> set[str]:
        ids: set[str] = set()
        for batch in self._paged("products", {"orderby": "id", "order": "asc", "status": "publish", "_fields": "id"}):
            ids.update(str(p["id"]) for p in batch if "id" in p)
        return ids

    # -- pages -----------------------------------------------------------------------------------
    def pages(self) -> Iterator[Page]:
        """Published WordPress pages with text: refund, shipping, privacy and terms pages as policies;
        WooCommerce's own cart/checkout/account pages left out."""
        def get(endpoint: str, params: dict[str, Any]) -> tuple[Any, Mapping[str, str]]:
            return self._request(lambda: self._wp.get(endpoint, params=params), f"wp/v2/{endpoint}")

        for batch in self._paged("pages", {"orderby": "id", "order": "asc"}, get=get):
            for raw in batch:
                content = raw.get("content") or {}
                if content.get("protected") or raw.get("slug") in _SYSTEM_PAGES:
                    continue
                body = html_to_text(str(content.get("rendered") or ""))
                title = html.unescape(re.sub(r"<[^>]+>", "", str((raw.get("title") or {}).get("rendered") or "")))
                if not body.strip():
                    continue
                kind = "policy" if _POLICY.search(f"{raw.get('slug', '')} {title}") else "page"
                yield Page(id=f"page:{raw.get('id')}", title=title or str(raw.get("slug") or ""), body=body,
                           kind=kind, url=raw.get("link"), updated_at=_parse_gmt(raw.get("modified_gmt")),
                           source=self.source)

    # -- orders ----------------------------------------------------------------------------------
    def orders(self, updated_since: datetime | None = None) -> Iterator[Order]:
        params: dict[str, Any] = {"orderby": "id", "order": "asc"}
        if updated_since is not None:
            params.update(modified_after=_gmt(updated_since), dates_are_gmt="true")
        for batch in self._paged("orders", params):
            futures = [self._pool.submit(self._tracking, o) for o in batch]
            for raw, fut in zip(batch, futures):
                yield order_from_wc(raw, fut.result(), source=self.source)

    def order(self, number: str) -> Order | None:
        """One order by its number (``727`` or ``#727``); None when the store has none."""
        wanted = str(number).strip().lstrip("#")
        if not _NUMBER_OK.match(wanted):
            return None
        raw = None
        if wanted.isdigit():
            try:
                body, _ = self._get(f"orders/{int(wanted)}", accept_404=True)
                if isinstance(body, dict) and str(body.get("number")) == wanted:
                    raw = body
            except _Response:
                pass
        if raw is None:  # sequential-number plugins: the number is not the id
            body, _ = self._get("orders", {"search": wanted, "per_page": 10})
            raw = next((o for o in body or [] if str(o.get("number")) == wanted), None)
        if raw is None:
            return None
        return order_from_wc(raw, self._tracking(raw), source=self.source)

    def _tracking(self, raw: Mapping[str, Any]) -> dict[str, Any] | None:
        """The last Shipment Tracking item of an order; None without one (or without the extension)."""
        if raw.get("status") in _NO_TRACKING or self._tracking_ns is None:
            return None
        order_id = int(raw["id"])
        if self._tracking_ns is True:
            with self._tracking_lock:  # parallel order reads probe the namespaces once, not once each
                if self._tracking_ns is True:
                    for ns in TRACKING_NAMESPACES:
                        found, item = self._tracking_in(ns, order_id)
                        if found:
                            self._tracking_ns = ns
                            return item
                    logger.info("WooCommerce %s: no Shipment Tracking endpoint; orders come without tracking",
                                self.host)
                    self._tracking_ns = None
                    return None
        ns = self._tracking_ns
        return self._tracking_in(ns, order_id)[1] if isinstance(ns, str) else None

    def _tracking_in(self, ns: str, order_id: int) -> tuple[bool, dict[str, Any] | None]:
        """(whether the namespace exists, the order's last tracking item there)."""
        try:
            body, _ = self._get(f"orders/{order_id}/shipment-trackings", api=self._tracking_apis[ns],
                                accept_404=True)
        except _Response as missing:
            return str(missing) != "rest_no_route", None  # no route: no extension here; else the order is gone
        items = [t for t in body or [] if isinstance(t, dict) and t.get("tracking_number")]
        return True, (items[-1] if items else None)

    # -- webhooks with this store's currency -----------------------------------------------------
    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> WebhookEvent:
        """:func:`parse_webhook` with this store's currency, so simple products' bodies become products."""
        return parse_webhook(headers, body, currency=self.currency(), source=self.source)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._wp.close()
        self._client.close()


# -- mapping -------------------------------------------------------------------------------------
def order_status(status: str) -> str:
    """Our order status for a WooCommerce one (unknown custom statuses pass through, dashes as underscores)."""
    status = str(status or "").lower().removeprefix("wc-")
    return _STATUS.get(status, status.replace("-", "_") or "processing")


def _money(value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        return round(float(value), 2)
    except (TypeError, ValueError):
        return None


def _stock(raw: Mapping[str, Any], parent: Mapping[str, Any] | None = None) -> int | None:
    manage = raw.get("manage_stock")
    if manage == "parent" and parent is not None:
        return _stock(parent)
    if manage is True and raw.get("stock_quantity") is not None:
        return int(raw["stock_quantity"])
    return None


def _variant(raw: Mapping[str, Any], options: dict[str, str], parent: Mapping[str, Any] | None) -> Variant:
    price = _money(raw.get("price"))
    regular = _money(raw.get("regular_price"))
    return Variant(
        sku=raw.get("sku") or None,
        title=" / ".join(options.values()) if options else "Default Title",
        options=options,
        price=price,
        compare_at_price=regular if regular is not None and price is not None and regular > price else None,
        inventory_quantity=_stock(raw, parent),
        available=bool(raw.get("purchasable", True)) and raw.get("stock_status") != "outofstock",
    )


def product_from_wc(raw: Mapping[str, Any], variations: list[Mapping[str, Any]] | None = None, *,
                    currency: str, source: str = "woocommerce") -> Product:
    """A wc/v3 product (and its variations) as our :class:`Product`."""
    short = html_to_text(str(raw.get("short_description") or ""))
    long = html_to_text(str(raw.get("description") or ""))
    description = "\n".join(part for part in (short, long) if part)
    attributes = parse_attributes(description)
    for a in raw.get("attributes") or []:
        if not a.get("variation") and a.get("visible", True) and a.get("options"):
            attributes.setdefault(str(a["name"]), ", ".join(str(o) for o in a["options"]))
    if raw.get("type") == "variable":
        variants = [_variant(v, {str(a["name"]): str(a["option"]) for a in v.get("attributes") or [] if a.get("option")},
                             raw)
                    for v in variations or [] if v.get("status", "publish") == "publish"]
    elif raw.get("type") == "grouped":
        variants = []
    else:
        variants = [_variant(raw, {}, None)]
    images = raw.get("images") or []
    return Product(
        id=str(raw["id"]),
        title=html.unescape(str(raw.get("name") or raw.get("slug") or "")),
        handle=str(raw.get("slug") or ""),
        url=raw.get("permalink") or None,
        description=description,
        attributes=attributes,
        vendor=", ".join(str(b.get("name")) for b in raw.get("brands") or [] if isinstance(b, Mapping)),
        category=", ".join(html.unescape(str(c.get("name"))) for c in raw.get("categories") or []),
        tags=[html.unescape(str(t.get("name"))) for t in raw.get("tags") or [] if t.get("name")],
        variants=variants,
        currency=currency,
        image=images[0].get("src") if images else None,
        status="active" if raw.get("status", "publish") == "publish" else "draft",
        updated_at=_parse_gmt(raw.get("date_modified_gmt")) or _parse_gmt(raw.get("date_modified")),
        source=source,
    )


def order_from_wc(raw: Mapping[str, Any], tracking: Mapping[str, Any] | None = None, *,
                  source: str = "woocommerce") -> Order:
    """A wc/v3 order (and its last Shipment Tracking item) as our :class:`Order`."""
    billing = raw.get("billing") or {}
    items = []
    for li in raw.get("line_items") or []:
        name = html.unescape(str(li.get("name") or ""))
        meta = [m for m in li.get("meta_data") or [] if not str(m.get("key", "")).startswith("_")]
        variant = " / ".join(str(m.get("display_value") or m.get("value")) for m in meta
                            if isinstance(m.get("display_value") or m.get("value"), (str, int, float)))
        if variant and " \u2013 " in name:
            name = name.split(" \u2013 ", 1)[0]  # "Ship Your Idea – Color: Black" -> the product's name
        items.append(OrderItem(title=name, variant=variant, quantity=int(li.get("quantity") or 1)))
    link = None
    if tracking:
        link = tracking.get("tracking_link") or tracking.get("custom_tracking_link") or None
    return Order(
        number=str(raw.get("number") or raw.get("id")),
        email=billing.get("email") or None,
        phone=billing.get("phone") or None,
        status=order_status(str(raw.get("status") or "")),
        items=items,
        tracking_number=(tracking or {}).get("tracking_number") or None,
        tracking_url=link,
        created_at=_parse_gmt(raw.get("date_created_gmt")),
        updated_at=_parse_gmt(raw.get("date_modified_gmt")),
        source=source,
    )


def _parse_gmt(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _gmt(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def _code(resp: Any) -> str:
    """``: woocommerce_rest_...`` from a WooCommerce error body (never the body's other text)."""
    try:
        body = resp.json()
    except ValueError:
        return ""
    code = body.get("code") if isinstance(body, dict) else None
    return f": {code}" if isinstance(code, str) and re.fullmatch(r"[a-z0-9_]{1,80}", code) else ""


# -- webhooks ------------------------------------------------------------------------------------
def sign_webhook(body: bytes, secret: str) -> str:
    """WooCommerce's signature of a webhook body: base64 of HMAC-SHA256 with the webhook's secret."""
    return hmac_sha256(secret, body)


def verify_webhook(headers: Mapping[str, str], body: bytes, secret: str) -> bool:
    """Whether ``X-WC-Webhook-Signature`` is the base64 HMAC-SHA256 of the raw body (constant time)."""
    return bool(secret) and signed_by(headers, SIGNATURE_HEADER, sign_webhook(body, secret))


def parse_webhook(headers: Mapping[str, str], body: bytes, *, currency: str | None = None,
                  source: str | None = None) -> WebhookEvent:
    """What a verified delivery means (call :func:`verify_webhook` first).

    ``X-WC-Webhook-Topic``: ``product.created``/``updated``/``restored`` give a simple product parsed from
    the body when the store's `currency` is known (``WooCommerceConnector.parse_webhook`` knows it);
    variable products (whose body lacks the variations' prices and stock), variations (their parent) and
    bodies without a known currency ask for a refetch. A product that is no longer published, and
    ``product.deleted``, give ``deleted_product_id``. ``order.*`` give the order, except completed or
    shipped ones, which ask for a refetch so that the tracking number (not in the body) comes too.
    The ping WooCommerce sends when a webhook is saved (``webhook_id=N``) gives an event with nothing to
    apply. ``delivery_id`` is ``X-WC-Webhook-Delivery-ID`` (a body hash without it).
    """
    topic = (header(headers, "X-WC-Webhook-Topic") or "").strip()
    delivery = header(headers, "X-WC-Webhook-Delivery-ID") or hashlib.sha256(body).hexdigest()
    site = header(headers, "X-WC-Webhook-Source") or ""
    src = source or (f"woocommerce:{urlsplit(site).hostname}" if site else "woocommerce")
    event = WebhookEvent(platform="woocommerce", topic=topic or "ping", delivery_id=delivery)
    if not topic and re.fullmatch(rb"webhook_id=\d+", body.strip()):
        return event
    try:
        obj = json.loads(body)
    except ValueError:
        raise InputError(f"WooCommerce webhook {topic or '(no topic)'}: the body is not JSON") from None
    if not isinstance(obj, dict):
        raise InputError(f"WooCommerce webhook {topic}: the body is not a JSON object")
    resource, _, action = topic.partition(".")
    try:
        if resource == "product":
            pid = str(int(obj["id"]))
            if action == "deleted":
                event.deleted_product_id = pid
            elif obj.get("type") == "variation" or (obj.get("parent_id") and "variations" not in obj):
                event.refetch_product_id = str(int(obj["parent_id"]))
            elif obj.get("status", "publish") != "publish":
                event.deleted_product_id = pid
            elif obj.get("type") == "variable" or not currency:
                event.refetch_product_id = pid
            else:
                event.product = product_from_wc(obj, [], currency=currency, source=src)
        elif resource == "order" and action != "deleted":
            if str(obj.get("status")) in ("completed", "shipped", "partial-shipped", "delivered"):
                event.refetch_order_number = str(obj.get("number") or obj["id"])
            else:
                event.order = order_from_wc(obj, None, source=src)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"WooCommerce webhook {topic}: the body lacks {exc}") from None
    return event


def _flag(config: Mapping[str, Any], key: str, default: bool) -> bool:
    raw = str(config.get(key) or "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{key} must be true or false, got {config.get(key)!r}")


def from_config(config: Mapping[str, str], *, sleep: Callable[[float], None] = time.sleep,
                transport: httpx.BaseTransport | None = None) -> StoreConnector:
    """A :class:`WooCommerceConnector` from a connection's config and secrets (see the module docstring)."""
    url = (config.get("url") or config.get("base_url") or "").strip()
    backoff = Backoff(max_retries=config_int(config, "max_retries", 4, "woocommerce"),
                      backoff_s=config_float(config, "backoff_s", 0.5, "woocommerce"),
                      max_wait_s=config_float(config, "max_wait_s", 30.0, "woocommerce"), sleep=sleep)
    return WooCommerceConnector(
        url, config.get("consumer_key") or "", config.get("consumer_secret") or "",
        currency=config.get("currency") or None,
        per_page=config_int(config, "per_page", 100, "woocommerce"),
        workers=config_int(config, "workers", 4, "woocommerce"),
        timeout_s=config_float(config, "timeout_s", 30.0, "woocommerce"),
        backoff=backoff,
        query_string_auth=_flag(config, "query_string_auth", False),
        verify_ssl=_flag(config, "verify_ssl", True),
        transport=transport,
    )
