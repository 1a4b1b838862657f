"""Our own records: what every connector and importer produces, whatever the platform.

Connectors turn platform payloads into these; ingestion turns these into indexed points.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class Variant(BaseModel):
    """One purchasable variant of a product (a size/colour combination)."""

    sku: str | None = None
    title: str = ""  # "M / Black"; "Default Title" for single-variant products
    options: dict[str, str] = Field(default_factory=dict)  # {"Size": "M", "Color": "Black"}
    price: float | None = None
    compare_at_price: float | None = None
    inventory_quantity: int | None = None  # None: not tracked
    available: bool = True


class Product(BaseModel):
    """A catalog product with its variants."""

    id: str  # stable id within its source (handle for CSV imports, platform id for connectors)
    title: str
    handle: str = ""
    url: str | None = None
    description: str = ""  # plain text
    attributes: dict[str, str] = Field(default_factory=dict)  # "Warranty": "1 year warranty", ...
    vendor: str = ""
    product_type: str = ""
    category: str = ""
    tags: list[str] = Field(default_factory=list)
    variants: list[Variant] = Field(default_factory=list)
    currency: str = "USD"
    image: str | None = None
    status: str = "active"
    updated_at: datetime | None = None
    source: str = ""  # e.g. "shopify-csv:products.csv", "shopify:mystore"

    def option_values(self, name: str) -> list[str]:
        """Distinct values of one option (case-insensitive name), in catalog order."""
        seen: list[str] = []
        for v in self.variants:
            for k, val in v.options.items():
                if k.lower() == name.lower() and val not in seen:
                    seen.append(val)
        return seen

    def content_hash(self) -> str:
        """Hash of everything an answer could quote; a change re-embeds the product."""
        data = self.model_dump(mode="json", exclude={"updated_at"})
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:32]


class Page(BaseModel):
    """A store page or policy (shipping, returns, privacy, FAQ...)."""

    id: str
    title: str
    body: str  # plain text or Markdown
    kind: Literal["page", "policy"] = "page"
    url: str | None = None
    language: str | None = None
    updated_at: datetime | None = None
    source: str = ""


class OrderItem(BaseModel):
    """One line of an order."""

    title: str
    variant: str = ""
    quantity: int = 1


class Order(BaseModel):
    """A customer order, as kept for status lookups."""

    number: str
    email: str | None = None
    phone: str | None = None
    status: str  # processing | shipped | delivered | cancelled | ...
    items: list[OrderItem] = Field(default_factory=list)
    tracking_number: str | None = None
    tracking_url: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    source: str = ""


class Element(BaseModel):
    """One parsed element of an uploaded document."""

    kind: Literal["title", "text", "list", "table"] = "text"
    text: str  # tables: Markdown pipe table
    page: int | None = None


class Chunk(BaseModel):
    """A retrievable piece of a document."""

    text: str
    section: str = ""  # nearest heading above
    index: int = 0


class Document(BaseModel):
    """An uploaded knowledge file after parsing."""

    filename: str
    content_type: str = ""
    title: str = ""
    elements: list[Element] = Field(default_factory=list)
    sha256: str = ""
    parser: str = ""  # which parser read it: "unstructured", "pypdf", ...
