"""The `StoreConnector` seam: one platform's API in, our own records out.

A connector knows its platform's auth, paging, rate limits and payload shapes, and nothing else: it does
not embed, index or store. The sync runner (`rag_agent.sync`) drives any connector through this Protocol.

Every connector:
- takes its API base URL from its config (staging stores and local test servers);
- yields records lazily, page by page, so a 10,000-product store never sits in memory twice;
- honours `updated_since` where the platform has such a filter (None = everything);
- raises `connectors.base.ConnectorError` subclasses for upstream trouble after its own retries
  (`AuthFailed` for 401/403, `UpstreamError` for 5xx or malformed bodies after retries);
- never logs or includes secrets in error messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterator, Protocol, runtime_checkable

from rag_agent.errors import RagAgentError
from rag_agent.records import Order, Page, Product


class ConnectorError(RagAgentError):
    """The store's API could not be read."""

    status_code = 502


class AuthFailed(ConnectorError):
    """The store refused our credentials (401/403)."""


class UpstreamError(ConnectorError):
    """The store answered with an error, or with a body we cannot read, after retries."""


class RateLimited(ConnectorError):
    """The store kept throttling after the allowed retries."""


@runtime_checkable
class StoreConnector(Protocol):
    """One connected store on one platform."""

    platform: str  # "shopify" | "woocommerce" | "nuvemshop" | "lazada" | "csv"

    def products(self, updated_since: datetime | None = None) -> Iterator[Product]:
        """Products (with variants, prices, stock, links), optionally only those changed since a time."""
        ...

    def product_ids(self) -> set[str]:
        """Ids of every product the store has now (to drop products deleted upstream)."""
        ...

    def pages(self) -> Iterator[Page]:
        """Policies and pages (shipping, returns, FAQ...). Empty where the platform has none (Lazada)."""
        ...

    def orders(self, updated_since: datetime | None = None) -> Iterator[Order]:
        """Orders with status, items and tracking, optionally only those changed since a time."""
        ...

    def order(self, number: str) -> Order | None:
        """One order by its customer-facing number (or name, like '#1001'); None when there is none."""
        ...

    def close(self) -> None:
        ...


@dataclass
class WebhookEvent:
    """What one verified webhook delivery means for the index.

    `delivery_id` is the platform's id of the delivery (or a hash of the body where it has none), so a
    delivery seen before is applied once. Exactly one of the record fields is usually set; `deleted_product_id`
    for product deletions. `refetch_product_id` asks the sync runner to fetch the product from the API
    (platforms whose webhook bodies are partial, such as inventory-level or Lazada push messages).
    """

    platform: str
    topic: str
    delivery_id: str
    product: Product | None = None
    deleted_product_id: str | None = None
    refetch_product_id: str | None = None
    order: Order | None = None
    refetch_order_number: str | None = None
