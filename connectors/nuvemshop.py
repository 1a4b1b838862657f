"""Nuvemshop / Tiendanube: the store's REST API (v1, plus the 2025-03 pages API) as our records.

Connect a store
---------------
Create an app in the partners' portal (Tiendanube: https://partners.tiendanube.com, Nuvemshop:
https://partners.nuvemshop.com.br), install it on the store and exchange the authorization code for an
access token (``POST https://www.tiendanube.com/apps/authorize/token``). The token answer carries the
``user_id``: that is the **store id**. Scopes to ask for: ``read_products``, ``read_orders``,
``read_customers`` (order e-mail and phone, used only as keyed hashes for order lookups) and
``read_content`` (pages). Webhooks (``product/created``, ``product/updated``, ``product/deleted``,
``order/created``, ``order/updated``, ``order/paid``, ``order/packed``, ``order/fulfilled``,
``order/cancelled``) are signed with the **app's client secret**, which is the ``webhook_secret`` here.

Config (:data:`CONFIG_KEYS`, non-secret): ``store_id`` (required), ``user_agent`` (required by the
platform: app name and a contact e-mail, e.g. ``"RagAgent (ops@example.com)"``), ``base_url`` (default
``https://api.tiendanube.com/v1/{store_id}``; ``https://api.nuvemshop.com.br/v1/{store_id}`` works the
same), ``pages_base_url`` (default: ``base_url`` with ``/v1/`` replaced by ``/2025-03/``), ``store_url``
(public storefront, default the store's first custom domain or its original domain), ``languages``
(comma list; default every active store language), ``per_page`` (max 200), ``max_retries``,
``backoff_s``, ``max_wait_s``, ``min_remaining``, ``timeout_s``.
Secrets (:data:`SECRET_KEYS`): ``access_token``, ``webhook_secret``.

Languages
---------
Product and page texts come keyed by language (``{"es": ..., "pt": ..., "en": ...}``). Each product is
produced once in the store's main language (``/store`` ``main_language``) with the platform id as its
id, and once more for every other active language whose name differs from the main one, with the id
``"{id}:{lang}"``, that language's title, description, handle, options and link. Prices, stock and
variants are the same in each copy. So a Spanish customer who names "Camiseta Roja" and a Portuguese
customer who names "Camisa Vermelha" both find the product by the name they know and get its link in
their language; when the names are the same in every language only the main-language copy exists, so
the catalog never holds two identical titles. A sync runner that deletes product ``X`` should also
delete ``X:*``. Pages are produced per language the same way, with :attr:`Page.language` set.

Paging and limits
-----------------
``page``/``per_page`` paging, stopping at an empty page, a ``Link`` header without ``rel="next"``, or
the platform's 404 ``Last page is 0``. The leaky bucket's ``X-Rate-Limit-Limit`` / ``-Remaining`` /
``-Reset`` (milliseconds to empty the bucket) headers are read on every answer: when fewer than
``min_remaining`` requests are left the connector waits for the bucket to drain that far before its
next call, and a 429 waits for ``Retry-After`` or the reset time. 5xx answers, transport errors and
bodies that are not JSON are retried with exponential backoff (``backoff_s`` doubled per attempt).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from datetime import datetime, timezone
from typing import Any, Iterator, Mapping

import httpx

from connectors.base import (
    AuthFailed,
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
    "CONFIG_KEYS",
    "DEFAULT_BASE_URL",
    "SECRET_KEYS",
    "NuvemshopConnector",
    "from_config",
    "parse_webhook",
    "verify_webhook",
]

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.tiendanube.com/v1/{store_id}"
PAGES_API_VERSION = "2025-03"
CONFIG_KEYS: tuple[str, ...] = (
    "store_id",
    "user_agent",
    "base_url",
    "pages_base_url",
    "store_url",
    "languages",
    "per_page",
    "max_retries",
    "backoff_s",
    "max_wait_s",
    "min_remaining",
    "timeout_s",
)
SECRET_KEYS: tuple[str, ...] = ("access_token", "webhook_secret")
#: API address overrides: the server operator's (a workspace's connection talks to the platform's own API).
ADDRESS_KEYS: tuple[str, ...] = ("base_url", "pages_base_url")
HMAC_HEADER = "x-linkedstore-hmac-sha256"
MAX_PER_PAGE = 200

# The storefront's product path word in each language.
_PRODUCT_PATH = {"es": "productos", "pt": "produtos", "en": "products"}
_POLICY_WORDS = re.compile(
    r"envio|envío|entrega|shipping|devoluc|devoluç|devolu|cambio|troca|return|reembolso|refund|"
    r"garant|warrant|privacidad|privacidade|privacy|t[eé]rminos|termos|terms|condiciones|condições|"
    r"pol[ií]tica|policy",
    re.I,
)


# ------------------------------------------------------------------------------------------------
# Small helpers
# ------------------------------------------------------------------------------------------------


def _pick(value: Any, lang: str, main: str) -> str:
    """One language's text of a language-keyed field, falling back to the main language, then any."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for key in (lang, main):
            text = value.get(key)
            if isinstance(text, str) and text.strip():
                return text
        for text in value.values():
            if isinstance(text, str) and text.strip():
                return text
    return ""


def _parse_time(value: Any) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


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


# ------------------------------------------------------------------------------------------------
# The connector
# ------------------------------------------------------------------------------------------------


class NuvemshopConnector:
    """One Nuvemshop/Tiendanube store, read through its REST API.

    Args:
        store_id: the store's id (``user_id`` of the OAuth token answer).
        access_token: the app's access token for this store.
        user_agent: app name and contact e-mail; the platform answers 400 without it.
        base_url: API root including the version and store id.
        pages_base_url: root of the versioned API that serves ``/pages``.
        store_url: public storefront root for product links (default from ``/store``).
        languages: languages to produce (default every active store language).
        per_page: page size (1..200).
        max_retries: retries of one request after 429, 5xx, transport errors or bad JSON.
        backoff_s: first retry delay, doubled per attempt.
        max_wait_s: the longest single wait (backoff, Retry-After or bucket drain).
        min_remaining: keep at least this many requests in the leaky bucket.
        timeout_s: per-request timeout.
        transport: an httpx transport (tests).
    """

    platform = "nuvemshop"

    def __init__(
        self,
        store_id: str,
        access_token: str,
        user_agent: str,
        *,
        base_url: str | None = None,
        pages_base_url: str | None = None,
        store_url: str | None = None,
        languages: list[str] | None = None,
        per_page: int = MAX_PER_PAGE,
        max_retries: int = 5,
        backoff_s: float = 1.0,
        max_wait_s: float = 60.0,
        min_remaining: int = 3,
        timeout_s: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not str(store_id).strip():
            raise ConfigError("nuvemshop: store_id is required")
        if not access_token:
            raise ConfigError("nuvemshop: access_token is required")
        if not user_agent or not user_agent.strip():
            raise ConfigError(
                "nuvemshop: user_agent is required by the platform: your app's name and a contact "
                "e-mail, e.g. 'MyApp (me@example.com)'"
            )
        self.store_id = str(store_id).strip()
        self.base_url = (base_url or DEFAULT_BASE_URL).format(store_id=self.store_id).rstrip("/")
        if pages_base_url:
            self.pages_base_url = pages_base_url.format(store_id=self.store_id).rstrip("/")
        else:
            self.pages_base_url = re.sub(r"/v1(/|$)", f"/{PAGES_API_VERSION}\\1", self.base_url, count=1)
        self.store_url = store_url.rstrip("/") if store_url else None
        self.languages = [lang.strip() for lang in languages or [] if lang.strip()] or None
        self.per_page = max(1, min(int(per_page), MAX_PER_PAGE))
        self.max_retries = max(0, int(max_retries))
        self.backoff_s = max(0.0, float(backoff_s))
        self.max_wait_s = max(0.0, float(max_wait_s))
        self.min_remaining = max(0, int(min_remaining))
        self.source = f"nuvemshop:{self.store_id}"
        self._token = access_token
        self._client = httpx.Client(
            timeout=timeout_s,
            transport=transport,
            headers={
                "Authentication": f"bearer {access_token}",
                "User-Agent": user_agent.strip(),
                "Accept": "application/json",
            },
        )
        self._store: dict[str, Any] | None = None
        # Leaky-bucket state from the last answer.
        self._limit: int | None = None
        self._remaining: int | None = None
        self._reset_ms: float | None = None
        self._main_language_header: str | None = None
        #: How often and how long the connector slowed down for the rate limit (for tests/benchmarks).
        self.throttle_waits = 0
        self.throttled_s = 0.0
        self.requests = 0

    @property
    def upstream_urls(self) -> tuple[str, ...]:
        """The API roots this connector fetches."""
        return (self.base_url, self.pages_base_url)

    # -- Protocol --------------------------------------------------------------------------------
    def products(self, updated_since: datetime | None = None) -> Iterator[Product]:
        """Products in the main language, plus a copy per other language whose name differs."""
        store = self.store()
        params: dict[str, Any] = {}
        if updated_since is not None:
            params["updated_at_min"] = _iso(updated_since)
        for raw in self._paged(self.base_url + "/products", params):
            yield from self._products_of(raw, store)

    def product_ids(self) -> set[str]:
        """Every product id (language copies included), read with only ``id`` and ``name``."""
        store = self.store()
        ids: set[str] = set()
        for raw in self._paged(self.base_url + "/products", {"fields": "id,name"}):
            ids.add(str(raw["id"]))
            for lang in self._extra_languages(raw, store):
                ids.add(f"{raw['id']}:{lang}")
        return ids

    def product_records(self, product_id: str) -> list[Product]:
        """Every record of one product (main language first, then language copies); [] when gone.

        ``product_id`` may be a language copy's id (``"123:pt"``): the whole product is read again,
        so a webhook's refetch refreshes every language at once.
        """
        base_id = str(product_id).split(":", 1)[0].strip()
        if not base_id.isdigit():
            return []
        raw = self._request(f"{self.base_url}/products/{base_id}", {})
        if not isinstance(raw, dict) or raw.get("id") is None:
            return []
        return list(self._products_of(raw, self.store()))

    def product(self, product_id: str) -> Product | None:
        """One product record by id (``"123"`` or a language copy's ``"123:pt"``); None when gone."""
        wanted = str(product_id).strip()
        return next((p for p in self.product_records(wanted) if p.id == wanted), None)

    def pages(self) -> Iterator[Page]:
        """Published pages from the 2025-03 pages API, one record per language."""
        store = self.store()
        main = store["main_language"]
        page = 1
        while True:
            body = self._request(
                self.pages_base_url + "/pages", {"page": page, "per_page": min(self.per_page, 50)}
            )
            if body is None:
                return
            block = body.get("pages") if isinstance(body, dict) else None
            if isinstance(block, dict):
                results = block.get("results") or []
                last = block.get("lastPage")
            else:  # a bare list, as v1 resources answer
                results = body if isinstance(body, list) else []
                last = None
            if not results:
                return
            for raw in results:
                if raw.get("published") is False:
                    continue
                yield from self._pages_of(raw, store, main)
            if last is not None and page >= int(last):
                return
            page += 1

    def orders(self, updated_since: datetime | None = None) -> Iterator[Order]:
        """Orders, newest changes included, optionally only those updated since a time."""
        params: dict[str, Any] = {}
        if updated_since is not None:
            params["updated_at_min"] = _iso(updated_since)
        for raw in self._paged(self.base_url + "/orders", params):
            yield self._order(raw)

    def order(self, number: str) -> Order | None:
        """One order by its number (``"101"``, ``"#101"``), or by the platform's order id.

        Webhooks carry the order's id rather than its number, so a value that matches no order
        number is tried as an id.
        """
        wanted = str(number).strip().lstrip("#").strip()
        if not wanted.isdigit():
            return None
        body = self._request(self.base_url + "/orders", {"q": wanted, "per_page": 50})
        for raw in body or []:
            if str(raw.get("number")) == wanted:
                return self._order(raw)
        raw = self._request(f"{self.base_url}/orders/{wanted}", {})
        if isinstance(raw, dict) and raw.get("id") is not None:
            return self._order(raw)
        return None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "NuvemshopConnector":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- store -----------------------------------------------------------------------------------
    def store(self) -> dict[str, Any]:
        """The ``/store`` facts the records need: main language, active languages, currency, domain."""
        if self._store is None:
            raw = self._request(self.base_url + "/store", {})
            if raw is None:
                raise UpstreamError(
                    f"nuvemshop: no store {self.store_id} at {httpx.URL(self.base_url).host} (404); check "
                    "store_id (the user_id of the token answer) and base_url"
                )
            if not isinstance(raw, dict):
                raise UpstreamError("nuvemshop: /store did not answer with the store")
            main = raw.get("main_language") or self._main_language_header or "es"
            langs = raw.get("languages") or {}
            active = [code for code, info in langs.items() if isinstance(info, dict) and info.get("active")]
            if main not in active:
                active.insert(0, main)
            if self.languages:
                active = [main] + [lang for lang in self.languages if lang != main]
            domains = [d for d in raw.get("domains") or [] if isinstance(d, str) and d]
            domain = domains[0] if domains else raw.get("original_domain")
            url = self.store_url or (f"https://{domain}" if domain else "")
            self._store = {
                "main_language": main,
                "languages": active,
                "currency": raw.get("main_currency") or "USD",
                "url": url.rstrip("/"),
                "name": _pick(raw.get("name"), main, main),
            }
        return self._store

    # -- mapping ---------------------------------------------------------------------------------
    def _extra_languages(self, raw: dict[str, Any], store: dict[str, Any]) -> list[str]:
        main = store["main_language"]
        names = raw.get("name")
        if not isinstance(names, Mapping):
            return []
        main_name = _pick(names, main, main).strip()
        out = []
        for lang in store["languages"]:
            if lang == main:
                continue
            name = names.get(lang)
            if isinstance(name, str) and name.strip() and name.strip() != main_name:
                out.append(lang)
        return out

    def _products_of(self, raw: dict[str, Any], store: dict[str, Any]) -> Iterator[Product]:
        main = store["main_language"]
        yield self._product(raw, store, main, main)
        for lang in self._extra_languages(raw, store):
            yield self._product(raw, store, lang, main)

    def _product(self, raw: dict[str, Any], store: dict[str, Any], lang: str, main: str) -> Product:
        pid = str(raw["id"])
        handle = _pick(raw.get("handle"), lang, main)
        url = None
        if lang == main and isinstance(raw.get("canonical_url"), str) and raw["canonical_url"]:
            url = raw["canonical_url"]
        elif store["url"] and handle:
            prefix = "" if lang == main else f"/{lang}"
            url = f"{store['url']}{prefix}/{_PRODUCT_PATH.get(lang, 'productos')}/{handle}/"
        description = html_to_text(_pick(raw.get("description"), lang, main))
        attributes = parse_attributes(description)
        option_names = [_pick(a, lang, main) or f"Option{i + 1}" for i, a in enumerate(raw.get("attributes") or [])]
        variants = [self._variant(v, option_names, lang, main) for v in raw.get("variants") or []]
        images = sorted(
            (img for img in raw.get("images") or [] if isinstance(img, dict) and img.get("src")),
            key=lambda img: img.get("position") or 0,
        )
        categories = [_pick(c.get("name"), lang, main) for c in raw.get("categories") or [] if isinstance(c, dict)]
        tags = raw.get("tags") or ""
        if isinstance(tags, str):
            tag_list = [t.strip() for t in tags.split(",") if t.strip()]
        else:
            tag_list = [str(t) for t in tags]
        brand = raw.get("brand")
        return Product(
            id=pid if lang == main else f"{pid}:{lang}",
            title=_pick(raw.get("name"), lang, main),
            handle=handle,
            url=url,
            description=description,
            attributes=attributes,
            vendor=brand if isinstance(brand, str) else "",
            category=", ".join(c for c in categories if c),
            tags=tag_list,
            variants=variants,
            currency=store["currency"],
            image=images[0]["src"] if images else None,
            status="active" if raw.get("published", True) else "unpublished",
            updated_at=_parse_time(raw.get("updated_at")),
            source=self.source,
        )

    @staticmethod
    def _variant(raw: dict[str, Any], option_names: list[str], lang: str, main: str) -> Variant:
        values = [_pick(v, lang, main) for v in raw.get("values") or []]
        options: dict[str, str] = {}
        for i, value in enumerate(values):
            if value:
                name = option_names[i] if i < len(option_names) else f"Option{i + 1}"
                options[name] = value
        price = _money(raw.get("price"))
        promo = _money(raw.get("promotional_price"))
        compare_at = _money(raw.get("compare_at_price"))
        if promo is not None and promo > 0 and (price is None or promo < price):
            price, compare_at = promo, price
        if compare_at is not None and (price is None or compare_at <= price):
            compare_at = None
        managed = raw.get("stock_management", True)
        stock = raw.get("stock")
        quantity = int(stock) if managed and stock is not None else None
        return Variant(
            sku=raw.get("sku") or None,
            title=" / ".join(options.values()) or "Default Title",
            options=options,
            price=price,
            compare_at_price=compare_at,
            inventory_quantity=quantity,
            available=quantity is None or quantity > 0,
        )

    def _pages_of(self, raw: dict[str, Any], store: dict[str, Any], main: str) -> Iterator[Page]:
        names = raw.get("name") if isinstance(raw.get("name"), Mapping) else {}
        contents = raw.get("content") if isinstance(raw.get("content"), Mapping) else {}
        langs = [main] + [lang for lang in store["languages"] if lang != main]
        present = [lang for lang in langs if (contents.get(lang) or names.get(lang))]
        if not present:  # a language the store no longer lists: keep the page anyway
            present = [next(iter(contents or names), main)]
        for i, lang in enumerate(present):
            title = _pick(raw.get("name"), lang, main)
            body = html_to_text(_pick(raw.get("content"), lang, main))
            handle = _pick(raw.get("handle"), lang, main)
            prefix = "" if lang == main else f"/{lang}"
            url = f"{store['url']}{prefix}/{handle}/" if store["url"] and handle else None
            kind = "policy" if _POLICY_WORDS.search(f"{title} {handle}") else "page"
            yield Page(
                id=str(raw["id"]) if i == 0 else f"{raw['id']}:{lang}",
                title=title,
                body=body,
                kind=kind,
                url=url,
                language=lang,
                updated_at=_parse_time(raw.get("updated_at")),
                source=self.source,
            )

    def _order(self, raw: dict[str, Any]) -> Order:
        customer = raw.get("customer") if isinstance(raw.get("customer"), dict) else {}
        shipping = raw.get("shipping_address") if isinstance(raw.get("shipping_address"), dict) else {}
        email = customer.get("email") or raw.get("contact_email") or None
        phone = (
            customer.get("phone")
            or raw.get("contact_phone")
            or raw.get("billing_phone")
            or shipping.get("phone")
            or None
        )
        items = []
        for line in raw.get("products") or []:
            if not isinstance(line, dict):
                continue
            values = line.get("variant_values") or []
            try:
                quantity = int(float(line.get("quantity") or 1))
            except (TypeError, ValueError):
                quantity = 1
            items.append(
                OrderItem(
                    title=line.get("name") or f"Product {line.get('product_id', '')}".strip(),
                    variant=" / ".join(str(v) for v in values if v),
                    quantity=quantity,
                )
            )
        return Order(
            number=str(raw.get("number") or raw.get("id")),
            email=email,
            phone=str(phone) if phone else None,
            status=order_status(raw),
            items=items,
            tracking_number=raw.get("shipping_tracking_number") or None,
            tracking_url=raw.get("shipping_tracking_url") or None,
            created_at=_parse_time(raw.get("created_at")),
            updated_at=_parse_time(raw.get("updated_at")),
            source=self.source,
        )

    # -- HTTP ------------------------------------------------------------------------------------
    def _paged(self, url: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        page = 1
        while True:
            body, more = self._request_page(url, dict(params, page=page, per_page=self.per_page))
            if not body:
                return
            for raw in body:
                if isinstance(raw, dict) and raw.get("id") is not None:
                    yield raw
            if not more:
                return
            page += 1

    def _request_page(self, url: str, params: dict[str, Any]) -> tuple[list[Any], bool]:
        response_holder: list[httpx.Response] = []
        body = self._request(url, params, response_holder)
        if body is None:
            return [], False  # 404 "Last page is 0": past the end
        if not isinstance(body, list):
            raise UpstreamError(f"nuvemshop: {self._path(url)} answered with a {type(body).__name__}, not a list")
        link = response_holder[0].headers.get("link") if response_holder else None
        more = bool(body) and (link is None or 'rel="next"' in link)
        return body, more

    def _path(self, url: str) -> str:
        return httpx.URL(url).path

    def _pace(self) -> None:
        """Wait before a request when the leaky bucket is nearly full."""
        if self._remaining is None or self._remaining > self.min_remaining:
            return
        limit = self._limit or 40
        used = max(limit - self._remaining, 1)
        reset_s = (self._reset_ms or 0) / 1000.0
        per_request = reset_s / used if reset_s > 0 else 0.5  # the documented leak: 2 requests/s
        wait = min(per_request * (self.min_remaining - self._remaining + 1), max(reset_s, per_request))
        wait = min(wait, self.max_wait_s)
        if wait > 0:
            self.throttle_waits += 1
            self.throttled_s += wait
            logger.debug("nuvemshop: %s requests left in the bucket, waiting %.3fs", self._remaining, wait)
            time.sleep(wait)
        self._remaining = None  # re-read from the next answer

    def _read_bucket(self, response: httpx.Response) -> None:
        def number(name: str) -> float | None:
            raw = response.headers.get(name)
            try:
                return float(raw) if raw is not None else None
            except ValueError:
                return None

        limit, remaining, reset = (
            number("x-rate-limit-limit"),
            number("x-rate-limit-remaining"),
            number("x-rate-limit-reset"),
        )
        if remaining is not None:
            self._limit = int(limit) if limit is not None else self._limit
            self._remaining = int(remaining)
            self._reset_ms = reset
        main = response.headers.get("x-main-language")
        if main:
            self._main_language_header = main

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff_s * (2**attempt), self.max_wait_s)

    def _request(
        self, url: str, params: dict[str, Any], holder: list[httpx.Response] | None = None
    ) -> Any:
        """GET one resource: JSON body, or None for 404. Retries 429/5xx/transport/bad JSON."""
        path = self._path(url)
        problem = ""
        for attempt in range(self.max_retries + 1):
            self._pace()
            try:
                self.requests += 1
                response = self._client.get(url, params=params)
            except httpx.HTTPError as exc:
                problem = f"could not reach the store API ({type(exc).__name__})"
                logger.warning("nuvemshop %s: %s, attempt %d", path, problem, attempt + 1)
                if attempt < self.max_retries:
                    time.sleep(self._backoff(attempt))
                continue
            self._read_bucket(response)
            status = response.status_code
            if status in (401, 403):
                raise AuthFailed(
                    f"nuvemshop {path}: the store refused the access token ({status}); reinstall the "
                    "app or update the token"
                )
            if status == 402:
                raise AuthFailed(f"nuvemshop {path}: the store's API access is suspended (402 Payment Required)")
            if status == 404:
                return None
            if status == 429:
                wait = self._retry_after(response, attempt)
                problem = "rate limited (429)"
                if attempt < self.max_retries:
                    self.throttle_waits += 1
                    self.throttled_s += wait
                    logger.info("nuvemshop %s: 429, waiting %.3fs", path, wait)
                    time.sleep(wait)
                    continue
                raise RateLimited(f"nuvemshop {path}: still rate limited after {self.max_retries} retries")
            if status >= 500:
                problem = f"server error {status}"
                logger.warning("nuvemshop %s: %s, attempt %d", path, problem, attempt + 1)
                if attempt < self.max_retries:
                    time.sleep(self._backoff(attempt))
                continue
            if status >= 400:
                raise UpstreamError(f"nuvemshop {path}: {status} {self._error_text(response)}")
            try:
                body = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
                problem = "the answer was not valid JSON"
                logger.warning("nuvemshop %s: %s, attempt %d", path, problem, attempt + 1)
                if attempt < self.max_retries:
                    time.sleep(self._backoff(attempt))
                continue
            if holder is not None:
                holder.append(response)
            return body
        raise UpstreamError(f"nuvemshop {path}: {problem} after {self.max_retries + 1} attempts")

    def _retry_after(self, response: httpx.Response, attempt: int) -> float:
        raw = response.headers.get("retry-after")
        if raw:
            try:
                return min(max(float(raw), 0.0), self.max_wait_s)
            except ValueError:
                pass
        if self._reset_ms:
            return min(self._reset_ms / 1000.0, self.max_wait_s)
        return self._backoff(attempt)

    def _error_text(self, response: httpx.Response) -> str:
        try:
            body = response.json()
        except ValueError:
            return response.reason_phrase
        if isinstance(body, dict):
            text = body.get("description") or body.get("message") or body.get("error") or ""
            text = str(text)
        else:
            text = ""
        return text.replace(self._token, "***")[:200] or response.reason_phrase


def order_status(raw: Mapping[str, Any]) -> str:
    """Our status word for a Nuvemshop order: cancelled, delivered, shipped, pending, refunded or processing."""
    status = str(raw.get("status") or "").lower()
    shipping = str(raw.get("shipping_status") or "").lower()
    payment = str(raw.get("payment_status") or "").lower()
    if status == "cancelled" or payment == "voided":
        return "cancelled"
    if payment == "refunded":
        return "refunded"
    if shipping == "delivered":
        return "delivered"
    if shipping in ("shipped", "fulfilled"):
        return "shipped"
    if payment in ("pending", "authorized", "abandoned"):
        return "pending"
    return "processing"


# ------------------------------------------------------------------------------------------------
# Config and webhooks
# ------------------------------------------------------------------------------------------------


def from_config(config: Mapping[str, str], transport: httpx.BaseTransport | None = None) -> StoreConnector:
    """A connector from a stored connection's config (non-secret keys and secrets in one mapping)."""
    missing = [key for key in ("store_id", "access_token", "user_agent") if not config.get(key)]
    if missing:
        raise ConfigError(f"nuvemshop: missing {', '.join(missing)} (needed: store_id, access_token, user_agent)")
    languages = [lang for lang in (config.get("languages") or "").split(",") if lang.strip()]
    return NuvemshopConnector(
        store_id=config["store_id"],
        access_token=config["access_token"],
        user_agent=config["user_agent"],
        base_url=config.get("base_url") or None,
        pages_base_url=config.get("pages_base_url") or None,
        store_url=config.get("store_url") or None,
        languages=languages or None,
        per_page=config_int(config, "per_page", MAX_PER_PAGE, "nuvemshop"),
        max_retries=config_int(config, "max_retries", 5, "nuvemshop"),
        backoff_s=config_float(config, "backoff_s", 1.0, "nuvemshop"),
        max_wait_s=config_float(config, "max_wait_s", 60.0, "nuvemshop"),
        min_remaining=config_int(config, "min_remaining", 3, "nuvemshop"),
        timeout_s=config_float(config, "timeout_s", 30.0, "nuvemshop"),
        transport=transport,
    )


def sign_webhook(body: bytes, secret: str) -> str:
    """The hex HMAC-SHA256 of a raw webhook body, as the platform puts it in X-Linkedstore-HMAC-SHA256."""
    return hmac_sha256(secret, body, "hex")


def verify_webhook(headers: Mapping[str, str], body: bytes, secret: str) -> bool:
    """True when X-Linkedstore-HMAC-SHA256 is the hex HMAC-SHA256 of the raw body (constant time)."""
    return bool(secret) and signed_by(headers, HMAC_HEADER, sign_webhook(body, secret), any_case=True)


def parse_webhook(headers: Mapping[str, str], body: bytes) -> WebhookEvent:
    """What a verified delivery means: refetch (or delete) a product, refetch an order.

    Bodies are ``{"store_id": ..., "event": "product/updated", "id": ...}``. Order events carry the
    order's id, which :meth:`NuvemshopConnector.order` accepts. The platform sends no delivery id, so
    the delivery id is a hash of the body.
    """
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError("nuvemshop webhook: the body is not JSON") from exc
    if not isinstance(data, dict) or not data.get("event") or data.get("id") is None:
        raise InputError("nuvemshop webhook: expected a JSON object with 'event' and 'id'")
    event = str(data["event"])
    object_id = str(data["id"])
    delivery = hashlib.sha256(body).hexdigest()[:32]
    result = WebhookEvent(platform="nuvemshop", topic=event, delivery_id=delivery)
    if event == "product/deleted":
        result.deleted_product_id = object_id
    elif event.startswith("product/"):
        result.refetch_product_id = object_id
    elif event.startswith("order/"):
        result.refetch_order_number = object_id
    return result
