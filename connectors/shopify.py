"""Shopify: the GraphQL Admin API (pinned version) as our records, and Shopify's webhooks.

Connect a store
---------------
In the Shopify admin: Settings > Apps and sales channels > Develop apps > Create an app, give it the
Admin API access scopes below, install it and copy the **Admin API access token** (``shpat_...``). For
webhooks, the signing secret is the app's **API secret key** (or, for webhooks created in the admin's
Notifications page, the secret shown there). Scopes:

* ``read_products``: products, variants, prices, options, links;
* ``read_inventory``: stock (``inventoryQuantity``) and inventory-level webhooks;
* ``read_online_store_pages``: pages (FAQ, about...); ``read_legal_policies``: shop policies
  (refund, shipping, privacy, terms);
* ``read_orders``: orders by name, their status and e-mail/phone (used only as keyed hashes);
* ``read_fulfillments``: fulfillments and their tracking numbers and links.

Config (:data:`CONFIG_KEYS`, non-secret): ``shop`` (``my-store`` or ``my-store.myshopify.com``,
required), ``api_version`` (default :data:`API_VERSION`), ``base_url`` (default
``https://{shop}``; a staging proxy or local test server), ``storefront_domain`` (for product links
when a product has no ``onlineStoreUrl``; default the shop's primary domain). Tuning (optional):
``page_size`` (products per request, default 25), ``max_retries``, ``backoff_s``, ``max_wait_s``,
``timeout_s``. Secrets (:data:`SECRET_KEYS`): ``access_token``, ``webhook_secret``.

How it talks to Shopify
-----------------------
``shopify.Session`` (the ShopifyAPI package) normalises the shop domain, pins and validates the API
version and builds the Admin API site URL (``/admin/api/{version}``). The request itself is sent with
``httpx`` rather than ``shopify.GraphQL``: that class reads process-global session state
(``ShopifyResource.activate_session``), so two connections in one server would overwrite each other's
token; it opens a new connection per call, prints error bodies to stdout, and hides the status and
``Retry-After`` of a failed call behind ``urllib``'s exception. The session's ``site`` is used as is, so
``base_url`` (``http://127.0.0.1:PORT`` in tests) only swaps the scheme and host.

Rate limits: every answer's ``extensions.cost`` is read; before a query whose last requested cost is
above what the bucket holds now (``currentlyAvailable`` restored at ``restoreRate`` per second since),
the connector waits for the difference. A ``THROTTLED`` answer waits the same way and retries; a 429
waits for ``Retry-After`` (capped by ``max_wait_s``). 5xx, transport errors and unreadable bodies are
retried with exponential backoff; 401/403 and ``ACCESS_DENIED`` raise :class:`AuthFailed` at once.
Large catalogs page 25 products (with up to 30 variants each, more fetched per product when needed) per
request to stay under the 1,000-point single-query limit.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from datetime import datetime, timezone
from typing import Any, Callable, Iterator, Mapping
from urllib.parse import urlsplit

import httpx
import shopify
from shopify.api_version import InvalidVersionError, VersionNotFoundError

from connectors._retry import Backoff, config_float, config_int, header, hmac_sha256, parse_retry_after, signed_by
from connectors.base import (
    AuthFailed,
    RateLimited,
    StoreConnector,
    UpstreamError,
    WebhookEvent,
)
from connectors.csv_import import html_to_text, parse_attributes
from rag_agent.errors import ConfigError, InputError
from rag_agent.records import Order, OrderItem, Page, Product, Variant

__all__ = [
    "API_VERSION",
    "CONFIG_KEYS",
    "SECRET_KEYS",
    "ScopeMissing",
    "ShopifyConnector",
    "from_config",
    "order_from_rest",
    "order_status",
    "parse_webhook",
    "product_from_rest",
    "sign_webhook",
    "verify_webhook",
]

logger = logging.getLogger(__name__)

API_VERSION = "2025-07"
CONFIG_KEYS: tuple[str, ...] = ("shop", "api_version", "base_url", "storefront_domain")
SECRET_KEYS: tuple[str, ...] = ("access_token", "webhook_secret")
#: API address overrides: the server operator's (a workspace names the shop; its host must be public).
ADDRESS_KEYS: tuple[str, ...] = ("base_url",)
HMAC_HEADER = "X-Shopify-Hmac-Sha256"

_VARIANTS_PER_PRODUCT = 30  # per products page; 25 x (4 + 30) + 2 stays under the 1,000-point limit
_VARIANTS_PAGE = 100  # when one product is read alone
_ORDERS_PAGE = 15
_LINE_ITEMS = 50
_IDS_PAGE = 250
_NUMBER_OK = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")

_VARIANT_FIELDS = """
      pageInfo { hasNextPage endCursor }
      nodes {
        id title sku price compareAtPrice inventoryQuantity inventoryPolicy availableForSale
        selectedOptions { name value }
        inventoryItem { tracked }
      }"""

_PRODUCT_FIELDS = """
    id legacyResourceId title handle descriptionHtml vendor productType tags status updatedAt
    onlineStoreUrl
    featuredImage { url }
    variants(first: $variantsFirst) {""" + _VARIANT_FIELDS + """
    }"""

PRODUCTS_QUERY = """
query Products($first: Int!, $after: String, $query: String, $variantsFirst: Int!) {
  products(first: $first, after: $after, query: $query, sortKey: ID) {
    pageInfo { hasNextPage endCursor }
    nodes {""" + _PRODUCT_FIELDS + """
    }
  }
}"""

PRODUCT_QUERY = """
query Product($id: ID!, $variantsFirst: Int!) {
  product(id: $id) {""" + _PRODUCT_FIELDS + """
  }
}"""

PRODUCT_VARIANTS_QUERY = """
query ProductVariants($id: ID!, $variantsFirst: Int!, $after: String) {
  product(id: $id) {
    variants(first: $variantsFirst, after: $after) {""" + _VARIANT_FIELDS + """
    }
  }
}"""

PRODUCT_IDS_QUERY = """
query ProductIds($first: Int!, $after: String) {
  products(first: $first, after: $after, sortKey: ID) {
    pageInfo { hasNextPage endCursor }
    nodes { id legacyResourceId }
  }
}"""

PRODUCTS_COUNT_QUERY = """
query ProductsCount($query: String) {
  productsCount(query: $query, limit: null) { count precision }
}"""

INVENTORY_ITEM_QUERY = """
query InventoryItemProduct($id: ID!) {
  inventoryItem(id: $id) { id variant { id product { id } } }
}"""

SHOP_QUERY = """
query Shop {
  shop { name currencyCode myshopifyDomain primaryDomain { host url } }
}"""

POLICIES_QUERY = """
query ShopPolicies {
  shop { shopPolicies { id type title body url updatedAt } }
}"""

PAGES_QUERY = """
query Pages($first: Int!, $after: String) {
  pages(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id title handle body isPublished updatedAt }
  }
}"""

ORDERS_QUERY = """
query Orders($first: Int!, $after: String, $query: String, $lineItemsFirst: Int!) {
  orders(first: $first, after: $after, query: $query, sortKey: ID) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id name email phone createdAt updatedAt cancelledAt
      displayFinancialStatus displayFulfillmentStatus
      lineItems(first: $lineItemsFirst) { nodes { title variantTitle quantity } }
      fulfillments(first: 10) { status displayStatus trackingInfo(first: 5) { number url company } }
    }
  }
}"""


class ScopeMissing(AuthFailed):
    """The token works but lacks an access scope a query needs (GraphQL ``ACCESS_DENIED``)."""

    status_code = 403


class _Throttle:
    """What the last answer said about the cost bucket, and the last requested cost per operation."""

    def __init__(self) -> None:
        self.available: float | None = None
        self.maximum: float | None = None
        self.restore_rate: float | None = None
        self.at = 0.0
        self.cost: dict[str, float] = {}

    def update(self, operation: str, cost: Mapping[str, Any] | None) -> None:
        if not isinstance(cost, Mapping):
            return
        requested = cost.get("requestedQueryCost")
        if isinstance(requested, (int, float)):
            self.cost[operation] = float(requested)
        status = cost.get("throttleStatus")
        if isinstance(status, Mapping):
            try:
                self.available = float(status["currentlyAvailable"])
                self.maximum = float(status["maximumAvailable"])
                self.restore_rate = float(status["restoreRate"])
                self.at = time.monotonic()
            except (KeyError, TypeError, ValueError):
                pass

    def wait_needed(self, operation: str) -> float:
        """Seconds until the bucket holds this operation's last requested cost (0 when it does)."""
        need = self.cost.get(operation)
        if need is None or self.available is None or not self.restore_rate:
            return 0.0
        if self.maximum is not None:
            need = min(need, self.maximum)
        now_available = self.available + (time.monotonic() - self.at) * self.restore_rate
        if self.maximum is not None:
            now_available = min(now_available, self.maximum)
        return max(0.0, (need - now_available) / self.restore_rate)


class ShopifyConnector:
    """One Shopify store through the GraphQL Admin API (see the module docstring)."""

    platform = "shopify"

    def __init__(self, shop: str, access_token: str, *, api_version: str = API_VERSION,
                 base_url: str | None = None, storefront_domain: str | None = None, page_size: int = 25,
                 timeout_s: float = 30.0, backoff: Backoff | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        if not access_token:
            raise ConfigError("Shopify needs an Admin API access token (access_token)")
        try:
            session = shopify.Session(shop, api_version, access_token)
        except (VersionNotFoundError, InvalidVersionError):
            raise ConfigError(f"Shopify api_version must look like 2025-07, got {api_version!r}") from None
        if not session.url:
            raise ConfigError(f"not a Shopify shop domain: {shop!r} (expected my-store.myshopify.com)")
        self.shop = session.url  # my-store.myshopify.com
        self.shop_name = session.url.split(".")[0]
        if base_url:
            parts = urlsplit(base_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ConfigError(f"base_url must be an http(s) URL, got {base_url!r}")
            session.protocol = parts.scheme  # instance attributes: no global ShopifyAPI state
            session.url = parts.netloc + parts.path.rstrip("/")
        if not 1 <= page_size <= 25:
            raise ConfigError(f"page_size must be between 1 and 25 (query cost limit), got {page_size}")
        self._session = session
        self.api_version = session.api_version.name
        self.endpoint = f"{session.site}/graphql.json"
        self.page_size = page_size
        self.storefront_domain = storefront_domain
        self.backoff = backoff or Backoff()
        self.source = f"shopify:{self.shop_name}"
        self._throttle = _Throttle()
        self._shop_info: dict[str, Any] | None = None
        self._client = httpx.Client(
            timeout=timeout_s, transport=transport,
            headers={"User-Agent": f"rag-agent ShopifyAPI/{shopify.version.VERSION}",
                     "Accept": "application/json"},
        )

    def __repr__(self) -> str:
        return f"ShopifyConnector(shop={self.shop_name!r}, api_version={self.api_version!r})"

    @property
    def upstream_urls(self) -> tuple[str, ...]:
        """The URL this connector fetches (the Admin API's GraphQL endpoint)."""
        return (self.endpoint,)

    # -- transport -------------------------------------------------------------------------------
    def _post(self, body: bytes) -> httpx.Response:
        headers = {"Content-Type": "application/json", "X-Shopify-Access-Token": self._session.token}
        return self._client.post(self.endpoint, content=body, headers=headers)

    def execute(self, query: str, variables: Mapping[str, Any] | None = None,
                operation: str = "query") -> dict[str, Any]:
        """Run one GraphQL query with the retry and throttle rules; returns its ``data``."""
        body = json.dumps({"query": query, "variables": dict(variables or {})}).encode()
        what = f"Shopify {self.shop_name} ({operation})"
        attempt = 0
        while True:
            self.backoff.wait(self._throttle.wait_needed(operation))
            try:
                resp = self._post(body)
            except httpx.TransportError as exc:
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise UpstreamError(f"{what}: cannot reach {self.endpoint}: {type(exc).__name__}") from exc
                self.backoff.wait(self.backoff.delay(attempt))
                continue
            status = resp.status_code
            if status in (401, 403):
                raise AuthFailed(f"{what}: Shopify refused the access token (HTTP {status}); check the token "
                                 "and that the app is installed with the read scopes it needs")
            if status == 429:
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise RateLimited(f"{what}: still rate limited (HTTP 429) after {attempt - 1} retries")
                self.backoff.wait(self.backoff.delay(attempt, parse_retry_after(resp.headers.get("Retry-After"))))
                continue
            if status >= 500:
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise UpstreamError(f"{what}: Shopify answered HTTP {status} after {attempt - 1} retries")
                self.backoff.wait(self.backoff.delay(attempt))
                continue
            if status != 200:
                raise UpstreamError(f"{what}: Shopify answered HTTP {status} at {self.endpoint}")
            try:
                payload = resp.json()
                if not isinstance(payload, dict):
                    raise ValueError("not a JSON object")
            except ValueError:
                attempt += 1
                if attempt > self.backoff.max_retries:
                    raise UpstreamError(f"{what}: the answer is not readable JSON") from None
                self.backoff.wait(self.backoff.delay(attempt))
                continue
            self._throttle.update(operation, (payload.get("extensions") or {}).get("cost"))
            errors = payload.get("errors")
            if errors:
                codes = _error_codes(errors)
                if "THROTTLED" in codes:
                    attempt += 1
                    if attempt > self.backoff.max_retries:
                        raise RateLimited(f"{what}: still throttled by the query-cost limit after "
                                          f"{attempt - 1} retries")
                    # the wait comes from the bucket state just read; at least one backoff step
                    self.backoff.wait(max(self._throttle.wait_needed(operation), self.backoff.delay(attempt)))
                    continue
                if "ACCESS_DENIED" in codes:
                    raise ScopeMissing(f"{what}: access denied: {_error_text(errors)}")
                raise UpstreamError(f"{what}: {_error_text(errors)}")
            data = payload.get("data")
            if not isinstance(data, dict):
                raise UpstreamError(f"{what}: the answer has no data")
            return data

    def _connection(self, query: str, root: str, variables: dict[str, Any], operation: str
                    ) -> Iterator[dict[str, Any]]:
        after: str | None = None
        while True:
            data = self.execute(query, {**variables, "after": after}, operation)
            conn = data.get(root)
            if not isinstance(conn, dict):
                raise UpstreamError(f"Shopify {self.shop_name} ({operation}): the answer has no {root}")
            yield from conn.get("nodes") or []
            info = conn.get("pageInfo") or {}
            if not info.get("hasNextPage") or not info.get("endCursor"):
                return
            after = info["endCursor"]

    # -- shop ------------------------------------------------------------------------------------
    def shop_info(self) -> dict[str, Any]:
        """Name, currency and storefront domain of the shop (read once)."""
        if self._shop_info is None:
            self._shop_info = self.execute(SHOP_QUERY, None, "shop")["shop"] or {}
        return self._shop_info

    def _storefront(self) -> str:
        if self.storefront_domain:
            return self.storefront_domain
        info = self.shop_info()
        return (info.get("primaryDomain") or {}).get("host") or info.get("myshopifyDomain") or self.shop

    def _currency(self) -> str:
        return self.shop_info().get("currencyCode") or "USD"

    # -- products --------------------------------------------------------------------------------
    def products(self, updated_since: datetime | None = None) -> Iterator[Product]:
        """Every product (sorted by id), or those updated strictly after `updated_since` (one-second
        precision: pass the previous sync's start minus a small overlap)."""
        search = f"updated_at:>'{_iso(updated_since)}'" if updated_since else None
        variables = {"first": self.page_size, "query": search, "variantsFirst": _VARIANTS_PER_PRODUCT}
        for node in self._connection(PRODUCTS_QUERY, "products", variables, "products"):
            yield self._product(node)

    def product_count(self, updated_since: datetime | None = None) -> int | None:
        """How many products :meth:`products` will yield (``productsCount`` with the same search), for progress."""
        search = f"updated_at:>'{_iso(updated_since)}'" if updated_since else None
        found = self.execute(PRODUCTS_COUNT_QUERY, {"query": search}, "products_count").get("productsCount") or {}
        count = found.get("count")
        return int(count) if isinstance(count, int) else None

    def product(self, product_id: str) -> Product | None:
        """One product by id (``632910392``, its ``gid://shopify/Product/...``, or an inventory item's
        ``gid://shopify/InventoryItem/...`` as in inventory webhooks); None when it is gone."""
        gid = str(product_id)
        if gid.startswith("gid://shopify/InventoryItem/"):
            item = self.execute(INVENTORY_ITEM_QUERY, {"id": gid}, "inventory_item").get("inventoryItem")
            variant = (item or {}).get("variant") or {}
            gid = ((variant.get("product") or {}).get("id")) or ""
            if not gid:
                return None
        elif not gid.startswith("gid://"):
            if not gid.isdigit():
                return None
            gid = f"gid://shopify/Product/{gid}"
        node = self.execute(PRODUCT_QUERY, {"id": gid, "variantsFirst": _VARIANTS_PAGE}, "product").get("product")
        return self._product(node) if node else None

    def product_ids(self) -> set[str]:
        return {_legacy_id(node) for node in
                self._connection(PRODUCT_IDS_QUERY, "products", {"first": _IDS_PAGE}, "product_ids")}

    def _product(self, node: dict[str, Any]) -> Product:
        variants_conn = node.get("variants") or {}
        raw_variants = list(variants_conn.get("nodes") or [])
        info = variants_conn.get("pageInfo") or {}
        after = info.get("endCursor")
        while info.get("hasNextPage") and after:
            more = self.execute(PRODUCT_VARIANTS_QUERY,
                                {"id": node["id"], "variantsFirst": _VARIANTS_PAGE, "after": after},
                                "product_variants").get("product") or {}
            conn = more.get("variants") or {}
            raw_variants += conn.get("nodes") or []
            info = conn.get("pageInfo") or {}
            after = info.get("endCursor")
        handle = node.get("handle") or ""
        description = html_to_text(node.get("descriptionHtml") or "")
        return Product(
            id=_legacy_id(node),
            title=node.get("title") or handle,
            handle=handle,
            url=node.get("onlineStoreUrl") or f"https://{self._storefront()}/products/{handle}",
            description=description,
            attributes=parse_attributes(description),
            vendor=node.get("vendor") or "",
            product_type=node.get("productType") or "",
            tags=[t for t in node.get("tags") or [] if t],
            variants=[_variant(v) for v in raw_variants],
            currency=self._currency(),
            image=(node.get("featuredImage") or {}).get("url"),
            status=str(node.get("status") or "active").lower(),
            updated_at=_parse_time(node.get("updatedAt")),
            source=self.source,
        )

    # -- pages -----------------------------------------------------------------------------------
    def pages(self) -> Iterator[Page]:
        """Shop policies (refund, shipping, privacy, terms...) and published Online Store pages."""
        for pol in self.execute(POLICIES_QUERY, None, "policies")["shop"].get("shopPolicies") or []:
            body = html_to_text(pol.get("body") or "")
            if not body:
                continue
            yield Page(id=f"policy:{str(pol.get('type') or pol.get('id')).lower()}",
                       title=pol.get("title") or str(pol.get("type", "")).replace("_", " ").title(),
                       body=body, kind="policy", url=pol.get("url"),
                       updated_at=_parse_time(pol.get("updatedAt")), source=self.source)
        try:
            nodes = list(self._connection(PAGES_QUERY, "pages", {"first": 50}, "pages"))
        except ScopeMissing as exc:
            logger.warning("Shopify %s: pages skipped (%s); grant read_online_store_pages to sync them",
                           self.shop_name, exc.message)
            return
        for node in nodes:
            body = html_to_text(node.get("body") or "")
            if node.get("isPublished") is False or not body:
                continue
            yield Page(id=f"page:{_legacy_id(node)}", title=node.get("title") or node.get("handle") or "",
                       body=body, kind=_page_kind(node.get("title") or "", node.get("handle") or ""),
                       url=f"https://{self._storefront()}/pages/{node.get('handle')}",
                       updated_at=_parse_time(node.get("updatedAt")), source=self.source)

    # -- orders ----------------------------------------------------------------------------------
    def orders(self, updated_since: datetime | None = None) -> Iterator[Order]:
        search = f"updated_at:>'{_iso(updated_since)}'" if updated_since else None
        variables = {"first": _ORDERS_PAGE, "query": search, "lineItemsFirst": _LINE_ITEMS}
        for node in self._connection(ORDERS_QUERY, "orders", variables, "orders"):
            yield self._order(node)

    def order(self, number: str) -> Order | None:
        """One order by its name (``#1001``) or number (``1001``); None when the store has none."""
        wanted = str(number).strip().lstrip("#")
        if not _NUMBER_OK.match(wanted):
            return None  # never let a customer's text into the search syntax
        for search in (f"name:'#{wanted}'", f"name:'{wanted}'"):
            data = self.execute(ORDERS_QUERY, {"first": 5, "after": None, "query": search,
                                               "lineItemsFirst": _LINE_ITEMS}, "order")
            for node in (data.get("orders") or {}).get("nodes") or []:
                if str(node.get("name", "")).lstrip("#").lower() == wanted.lower():
                    return self._order(node)
        return None

    def _order(self, node: dict[str, Any]) -> Order:
        tracking_number = tracking_url = None
        delivered = False
        for f in node.get("fulfillments") or []:
            delivered |= str(f.get("displayStatus", "")).upper() == "DELIVERED"
            for info in f.get("trackingInfo") or []:
                if info.get("number"):
                    tracking_number, tracking_url = info.get("number"), info.get("url")
        status = order_status(
            cancelled=bool(node.get("cancelledAt")),
            financial=str(node.get("displayFinancialStatus") or ""),
            fulfillment=str(node.get("displayFulfillmentStatus") or ""),
            delivered=delivered,
        )
        return Order(
            number=str(node.get("name", "")).lstrip("#"),
            email=node.get("email") or None,
            phone=node.get("phone") or None,
            status=status,
            items=[OrderItem(title=li.get("title") or "", variant=_variant_title(li.get("variantTitle")),
                             quantity=int(li.get("quantity") or 1))
                   for li in (node.get("lineItems") or {}).get("nodes") or []],
            tracking_number=tracking_number,
            tracking_url=tracking_url,
            created_at=_parse_time(node.get("createdAt")),
            updated_at=_parse_time(node.get("updatedAt")),
            source=self.source,
        )

    # -- webhooks with this shop's currency and storefront ---------------------------------------
    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> WebhookEvent:
        """:func:`parse_webhook` with this shop's currency and storefront domain, so product bodies
        become products directly."""
        return parse_webhook(headers, body, currency=self._currency(), storefront_domain=self._storefront(),
                             source=self.source)

    def close(self) -> None:
        self._client.close()


# -- mapping helpers -----------------------------------------------------------------------------
def order_status(*, cancelled: bool, financial: str, fulfillment: str, delivered: bool) -> str:
    """Our order status from Shopify's: cancelled, refunded, delivered, shipped, on_hold, pending or
    processing."""
    financial, fulfillment = financial.upper(), fulfillment.upper()
    if cancelled:
        return "cancelled"
    if financial == "REFUNDED":
        return "refunded"
    if delivered:
        return "delivered"
    if fulfillment in ("FULFILLED", "PARTIALLY_FULFILLED", "PARTIAL"):
        return "shipped"
    if fulfillment == "ON_HOLD":
        return "on_hold"
    if financial in ("PENDING", "EXPIRED"):
        return "pending"
    return "processing"


def _variant(v: Mapping[str, Any]) -> Variant:
    tracked = (v.get("inventoryItem") or {}).get("tracked", True)
    qty = v.get("inventoryQuantity")
    return Variant(
        sku=v.get("sku") or None,
        title=v.get("title") or "",
        options={o["name"]: o["value"] for o in v.get("selectedOptions") or []
                 if o.get("name") and not (o["name"] == "Title" and o.get("value") == "Default Title")},
        price=_money(v.get("price")),
        compare_at_price=_money(v.get("compareAtPrice")),
        inventory_quantity=int(qty) if tracked and qty is not None else None,
        available=bool(v.get("availableForSale", True)),
    )


def _variant_title(value: Any) -> str:
    return "" if not value or value == "Default Title" else str(value)


def _money(value: Any) -> float | None:
    if isinstance(value, Mapping):  # MoneyV2 {amount, currencyCode}
        value = value.get("amount")
    if value in (None, ""):
        return None
    try:
        return round(float(value), 2)
    except (TypeError, ValueError):
        return None


def _legacy_id(node: Mapping[str, Any]) -> str:
    return str(node.get("legacyResourceId") or str(node.get("id", "")).rsplit("/", 1)[-1])


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _page_kind(title: str, handle: str) -> str:
    text = f"{title} {handle}".lower()
    return "policy" if re.search(r"polic|refund|return|shipping|delivery|privacy|terms|warrant", text) else "page"


def _error_codes(errors: Any) -> set[str]:
    codes = set()
    for e in errors if isinstance(errors, list) else [errors]:
        if isinstance(e, Mapping):
            code = (e.get("extensions") or {}).get("code")
            if code:
                codes.add(str(code))
            if str(e.get("message", "")).lower() == "throttled":
                codes.add("THROTTLED")
    return codes


def _error_text(errors: Any) -> str:
    if isinstance(errors, list):
        return "; ".join(str(e.get("message", e)) if isinstance(e, Mapping) else str(e) for e in errors)[:500]
    return str(errors)[:500]


# -- REST-shaped bodies (webhooks) ---------------------------------------------------------------
def product_from_rest(obj: Mapping[str, Any], *, currency: str, storefront_domain: str,
                      source: str = "shopify") -> Product:
    """A REST product object (webhook body, ``products.json`` shape) as our :class:`Product`."""
    names = [o.get("name") for o in obj.get("options") or []]
    variants = []
    for v in obj.get("variants") or []:
        options = {}
        for n in range(3):
            value = v.get(f"option{n + 1}")
            name = names[n] if n < len(names) else f"Option{n + 1}"
            if value is not None and name and not (name == "Title" and value == "Default Title"):
                options[name] = value
        tracked = v.get("inventory_management") == "shopify"
        qty = v.get("inventory_quantity")
        variants.append(Variant(
            sku=v.get("sku") or None,
            title=v.get("title") or "",
            options=options,
            price=_money(v.get("price")),
            compare_at_price=_money(v.get("compare_at_price")),
            inventory_quantity=int(qty) if tracked and qty is not None else None,
            available=(not tracked) or (qty or 0) > 0 or v.get("inventory_policy") == "continue",
        ))
    handle = obj.get("handle") or ""
    images = obj.get("images") or []
    image = (obj.get("image") or {}).get("src") if isinstance(obj.get("image"), Mapping) else None
    tags = obj.get("tags") or ""
    description = html_to_text(obj.get("body_html") or "")
    return Product(
        id=str(obj["id"]),
        title=obj.get("title") or handle,
        handle=handle,
        url=f"https://{storefront_domain}/products/{handle}",
        description=description,
        attributes=parse_attributes(description),
        vendor=obj.get("vendor") or "",
        product_type=obj.get("product_type") or "",
        tags=[t.strip() for t in (tags.split(",") if isinstance(tags, str) else tags) if t.strip()],
        variants=variants,
        currency=currency,
        image=image or (images[0].get("src") if images else None),
        status=str(obj.get("status") or "active").lower(),
        updated_at=_parse_time(obj.get("updated_at")),
        source=source,
    )


def order_from_rest(obj: Mapping[str, Any], source: str = "shopify") -> Order:
    """A REST order object (webhook body, ``order.json`` shape) as our :class:`Order`."""
    fulfillments = obj.get("fulfillments") or []
    tracking_number = tracking_url = None
    for f in fulfillments:
        if f.get("tracking_number"):
            tracking_number, tracking_url = f.get("tracking_number"), f.get("tracking_url")
    status = order_status(
        cancelled=bool(obj.get("cancelled_at")),
        financial=str(obj.get("financial_status") or ""),
        fulfillment=str(obj.get("fulfillment_status") or ""),
        delivered=any(f.get("shipment_status") == "delivered" for f in fulfillments),
    )
    phone = obj.get("phone") or (obj.get("billing_address") or {}).get("phone") or \
        (obj.get("shipping_address") or {}).get("phone")
    return Order(
        number=str(obj.get("name") or obj.get("order_number") or "").lstrip("#"),
        email=obj.get("email") or obj.get("contact_email") or None,
        phone=phone or None,
        status=status,
        items=[OrderItem(title=li.get("title") or li.get("name") or "", variant=_variant_title(li.get("variant_title")),
                         quantity=int(li.get("quantity") or 1)) for li in obj.get("line_items") or []],
        tracking_number=tracking_number,
        tracking_url=tracking_url,
        created_at=_parse_time(obj.get("created_at")),
        updated_at=_parse_time(obj.get("updated_at")),
        source=source,
    )


# -- webhooks ------------------------------------------------------------------------------------
def sign_webhook(body: bytes, secret: str) -> str:
    """Shopify's signature of a webhook body: base64 of HMAC-SHA256 with the app's secret."""
    return hmac_sha256(secret, body)


def verify_webhook(headers: Mapping[str, str], body: bytes, secret: str) -> bool:
    """Whether ``X-Shopify-Hmac-Sha256`` is the base64 HMAC-SHA256 of the raw body (constant time)."""
    return bool(secret) and signed_by(headers, HMAC_HEADER, sign_webhook(body, secret))


def parse_webhook(headers: Mapping[str, str], body: bytes, *, currency: str | None = None,
                  storefront_domain: str | None = None, source: str | None = None) -> WebhookEvent:
    """What a verified delivery means (call :func:`verify_webhook` first).

    Topics (``X-Shopify-Topic``): ``products/create`` and ``products/update`` give the product, parsed
    from the REST body, when the shop's `currency` is known (``ShopifyConnector.parse_webhook`` knows
    it); without it they ask for a refetch (``refetch_product_id``), since the body carries no currency.
    ``products/delete`` gives ``deleted_product_id``; ``inventory_levels/update`` asks for a refetch of
    the inventory item's product (``refetch_product_id`` is the item's gid, which
    :meth:`ShopifyConnector.product` resolves); ``orders/*`` give the order. Other topics give an
    event with nothing to apply. ``delivery_id`` is ``X-Shopify-Webhook-Id`` (a body hash without it).
    """
    topic = (header(headers, "X-Shopify-Topic") or "").strip()
    delivery = header(headers, "X-Shopify-Webhook-Id") or hashlib.sha256(body).hexdigest()
    shop_domain = header(headers, "X-Shopify-Shop-Domain") or ""
    src = source or (f"shopify:{shop_domain.split('.')[0]}" if shop_domain else "shopify")
    event = WebhookEvent(platform="shopify", topic=topic, delivery_id=delivery)
    try:
        obj = json.loads(body)
    except ValueError:
        raise InputError(f"Shopify webhook {topic or '(no topic)'}: the body is not JSON") from None
    if not isinstance(obj, dict):
        raise InputError(f"Shopify webhook {topic}: the body is not a JSON object")
    try:
        if topic in ("products/create", "products/update"):
            if currency:
                event.product = product_from_rest(obj, currency=currency,
                                                  storefront_domain=storefront_domain or shop_domain, source=src)
            else:
                event.refetch_product_id = str(obj["id"])
        elif topic == "products/delete":
            event.deleted_product_id = str(obj["id"])
        elif topic == "inventory_levels/update":
            event.refetch_product_id = f"gid://shopify/InventoryItem/{int(obj['inventory_item_id'])}"
        elif topic.startswith("orders/") and topic != "orders/delete":
            event.order = order_from_rest(obj, source=src)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"Shopify webhook {topic}: the body lacks {exc}") from None
    return event


def from_config(config: Mapping[str, str], *, transport: httpx.BaseTransport | None = None,
                sleep: Callable[[float], None] = time.sleep) -> StoreConnector:
    """A :class:`ShopifyConnector` from a connection's config and secrets (see the module docstring)."""
    shop = (config.get("shop") or "").strip()
    if not shop:
        raise ConfigError("Shopify needs the shop domain (shop), e.g. my-store.myshopify.com")
    token = config.get("access_token") or ""
    backoff = Backoff(max_retries=config_int(config, "max_retries", 4, "shopify"),
                      backoff_s=config_float(config, "backoff_s", 0.5, "shopify"),
                      max_wait_s=config_float(config, "max_wait_s", 30.0, "shopify"), sleep=sleep)
    return ShopifyConnector(
        shop, token,
        api_version=config.get("api_version") or API_VERSION,
        base_url=config.get("base_url") or None,
        storefront_domain=config.get("storefront_domain") or None,
        page_size=config_int(config, "page_size", 25, "shopify"),
        timeout_s=config_float(config, "timeout_s", 30.0, "shopify"),
        backoff=backoff,
        transport=transport,
    )

