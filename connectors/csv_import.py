"""Catalog CSV importers: store product exports turned into our :class:`Product` records.

Two formats, as the platforms' own exporters write them:

* **Shopify** product CSV (Products > Export). One row per variant; rows sharing a ``Handle``
  belong to one product. The first row of a handle carries the product fields (Title, Body,
  Vendor, ...); later rows carry only variant fields, or only image fields (``Image Src``,
  ``Image Position``), and image-only rows create no variant. Both header dialects are read:
  the long-standing one (``Handle``, ``Body (HTML)``, ``Variant Price``, ``Variant Inventory
  Qty``, ...) and the renamed one of newer exports (``URL handle``, ``Description``, ``Price``,
  ``Inventory quantity``, ``Continue selling when out of stock``, ...). Multi-location stores
  export no quantity column at all: quantities are then untracked (``None``).
* **WooCommerce** built-in product CSV exporter (``WC_Product_CSV_Exporter``): one row per
  product or variation; a ``variable`` product owns ``variation`` rows whose ``Parent`` is
  ``id:NN`` or the parent's SKU; ``Attribute N name`` / ``Attribute N value(s)`` columns hold
  attributes (on a variation, the single value it stands for). Descriptions have their newlines
  written as a literal ``\\n``; prices use the store's decimal separator.

A row that cannot be read (wrong number of fields, a non-numeric price, a
variation whose parent is unknown, a product without a title) becomes a :class:`RowError` with the
1-based physical line where the row starts (quoted fields may span lines), and the rest imports.
A header matching neither format raises :class:`CatalogFormatError` naming the missing columns, and
so does a header without a price column (``Handle,Title`` alone is no catalog: every answer about a
product would lack its price). ``max_rows`` stops reading past that many data rows
(:class:`FileTooLarge`), before the rest of a huge file costs anything.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator, Literal

from rag_agent.errors import CatalogFormatError, FileTooLarge
from rag_agent.records import Product, Variant

__all__ = [
    "ImportResult",
    "RowError",
    "detect_format",
    "html_to_text",
    "import_catalog_csv",
    "import_shopify_csv",
    "import_woocommerce_csv",
    "parse_attributes",
    "slugify",
]

CatalogFormat = Literal["shopify", "woocommerce"]


@dataclass
class RowError:
    """A row that was not imported: the physical line where it starts, and why."""

    line: int
    message: str


@dataclass
class ImportResult:
    """What an import produced."""

    products: list[Product] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0  # data rows read (header and blank lines not counted)
    format: str = ""  # "shopify" | "woocommerce"


# --------------------------------------------------------------------------------------------
# Column sets
# --------------------------------------------------------------------------------------------

# canonical key -> accepted header names (matched case-insensitively), old dialect first.
_SHOPIFY_COLUMNS: dict[str, tuple[str, ...]] = {
    "handle": ("Handle", "URL handle"),
    "title": ("Title",),
    "body": ("Body (HTML)", "Description", "Body HTML"),
    "vendor": ("Vendor",),
    "category": ("Product Category", "Standard Product Type"),
    "type": ("Type", "Custom Product Type"),
    "tags": ("Tags",),
    "published": ("Published", "Published on online store"),
    "status": ("Status",),
    "option1_name": ("Option1 Name",),
    "option1_value": ("Option1 Value",),
    "option2_name": ("Option2 Name",),
    "option2_value": ("Option2 Value",),
    "option3_name": ("Option3 Name",),
    "option3_value": ("Option3 Value",),
    "sku": ("Variant SKU", "SKU"),
    "grams": ("Variant Grams", "Weight value (grams)"),
    "tracker": ("Variant Inventory Tracker", "Inventory tracker"),
    "qty": ("Variant Inventory Qty", "Inventory quantity"),
    "policy": ("Variant Inventory Policy", "Continue selling when out of stock"),
    "price": ("Variant Price", "Price"),
    "compare_at": ("Variant Compare At Price", "Compare-at price"),
    "barcode": ("Variant Barcode", "Barcode"),
    "image": ("Image Src", "Product image URL"),
    "image_position": ("Image Position",),
    "variant_image": ("Variant Image", "Variant image URL"),
}
_SHOPIFY_REQUIRED = ("handle", "title")
_SHOPIFY_ESSENTIAL = ("price",)  # required to import, not to recognise the format

_WOO_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("ID",),
    "type": ("Type",),
    "sku": ("SKU",),
    "name": ("Name",),
    "published": ("Published",),
    "short_description": ("Short description",),
    "description": ("Description",),
    "sale_from": ("Date sale price starts",),
    "sale_to": ("Date sale price ends",),
    "in_stock": ("In stock?",),
    "stock": ("Stock",),
    "backorders": ("Backorders allowed?",),
    "sale_price": ("Sale price",),
    "regular_price": ("Regular price",),
    "categories": ("Categories",),
    "tags": ("Tags",),
    "images": ("Images",),
    "parent": ("Parent",),
    "brands": ("Brands",),
}
_WOO_REQUIRED = ("id", "type", "name")
_WOO_ESSENTIAL = ("regular_price",)

_WOO_ATTR_NAME = re.compile(r"^attribute (\d+) name$", re.I)


class _Columns:
    """Header lookup by canonical key, case- and whitespace-insensitive."""

    def __init__(self, header: list[str], spec: dict[str, tuple[str, ...]]) -> None:
        self.header = header
        self.width = len(header)
        self.spec = spec
        position: dict[str, int] = {}
        for i, name in enumerate(header):
            position.setdefault(_norm_header(name), i)
        self.position = position
        self.index: dict[str, int] = {}
        for key, names in spec.items():
            for name in names:
                if _norm_header(name) in position:
                    self.index[key] = position[_norm_header(name)]
                    break

    def has(self, key: str) -> bool:
        return key in self.index

    def missing(self, keys: tuple[str, ...]) -> list[str]:
        return [self.spec[k][0] for k in keys if k not in self.index]

    def get(self, row: list[str], key: str) -> str:
        i = self.index.get(key)
        if i is None or i >= len(row):
            return ""
        return row[i].strip()

    def raw(self, row: list[str], name: str) -> str:
        i = self.position.get(_norm_header(name))
        if i is None or i >= len(row):
            return ""
        return row[i].strip()


def _norm_header(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).lower()


def detect_format(header: list[str]) -> CatalogFormat:
    """Which export a header row comes from; :class:`CatalogFormatError` if neither."""
    shopify = _Columns(header, _SHOPIFY_COLUMNS).missing(_SHOPIFY_REQUIRED)
    if not shopify:
        return "shopify"
    woo = _Columns(header, _WOO_COLUMNS).missing(_WOO_REQUIRED)
    if not woo:
        return "woocommerce"
    raise CatalogFormatError(
        f"not a Shopify or WooCommerce product CSV: missing columns: {', '.join(shopify)} "
        f"(Shopify) or {', '.join(woo)} (WooCommerce)"
    )


def _require_essential(cols: _Columns, keys: tuple[str, ...], fmt: str) -> None:
    """Refuse a header without the columns an import cannot do without (the price)."""
    for key in keys:
        if not cols.has(key):
            raise CatalogFormatError(
                f"not a usable {fmt} product CSV: it has no price column ({' or '.join(cols.spec[key])}); "
                "a catalog needs each product's price"
            )


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def _read_text(path_or_text: Any) -> str:
    """The CSV text of a path, raw text, bytes or a file object (BOM removed)."""
    data: Any = path_or_text
    if isinstance(data, Path):
        data = data.read_bytes()
    elif isinstance(data, str):
        if "\n" not in data and "\r" not in data:
            candidate = Path(data)
            try:
                is_file = candidate.is_file()
            except OSError:
                is_file = False
            if is_file:
                data = candidate.read_bytes()
            elif data.lower().endswith(".csv") and "," not in data:
                raise FileNotFoundError(data)
    elif hasattr(data, "read"):
        data = data.read()
    if isinstance(data, (bytes, bytearray)):
        raw = bytes(data)
        try:
            data = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                data = raw.decode("cp1252")  # spreadsheet re-saves on Windows
            except UnicodeDecodeError:
                data = raw.decode("latin-1")
    if not isinstance(data, str):
        raise TypeError(f"expected a path, text, bytes or file, got {type(path_or_text).__name__}")
    return data.lstrip("\ufeff")


def _records(text: str) -> Iterator[tuple[int, list[str] | None, str | None]]:
    """(first physical line, fields, read error) for every record, blank lines included."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if ("," not in first_line and ";" in first_line) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            start, previous = previous + 1, reader.line_num
            yield start, None, f"unreadable CSV record: {exc}"
            continue
        start, previous = previous + 1, reader.line_num
        yield start, row, None


def _is_blank(row: list[str]) -> bool:
    return not any(cell.strip() for cell in row)


class _Reader:
    """The header and the data rows of one CSV text, with shape errors reported."""

    def __init__(self, text: str, max_rows: int | None = None) -> None:
        self.records = _records(text)
        self.header: list[str] = []
        self.errors: list[RowError] = []
        self.rows = 0
        self.max_rows = max_rows
        for _line, row, problem in self.records:
            if problem is not None:
                raise CatalogFormatError(f"unreadable CSV header: {problem}")
            if row is not None and not _is_blank(row):
                self.header = [cell.replace("\ufeff", "").strip() for cell in row]
                break
        if not self.header:
            raise CatalogFormatError("the CSV file is empty: no header row")

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        width = len(self.header)
        for line, row, problem in self.records:
            if self.max_rows is not None and self.rows >= self.max_rows and (row is None or not _is_blank(row)):
                raise FileTooLarge(f"the CSV has more than {self.max_rows} rows; at most {self.max_rows} are "
                                   "accepted (RAG_MAX_CSV_ROWS)")
            if problem is not None:
                self.rows += 1
                self.errors.append(RowError(line, problem))
                continue
            assert row is not None
            if _is_blank(row):
                continue
            self.rows += 1
            if len(row) > width and not any(c.strip() for c in row[width:]):
                row = row[:width]  # trailing empty cells some spreadsheets add
            if len(row) != width:
                self.errors.append(
                    RowError(line, f"wrong number of fields: expected {width}, found {len(row)}")
                )
                continue
            yield line, row


class _RowProblem(ValueError):
    """A value that makes its row unusable."""


_NUMBER = re.compile(r"^\d+(?:\.\d+)?$|^\d*\.\d+$")


def _money(value: str, column: str, decimal_comma: bool = False) -> float | None:
    text = value.strip()
    if not text:
        return None
    if decimal_comma and re.fullmatch(r"\d+,\d+", text):
        text = text.replace(",", ".")
    if not _NUMBER.match(text):
        raise _RowProblem(f"{column}: {value!r} is not a valid price")
    amount = float(text)
    if not math.isfinite(amount):
        raise _RowProblem(f"{column}: {value!r} is not a valid price")
    return amount


def _quantity(value: str, column: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise _RowProblem(f"{column}: {value!r} is not a number") from None
    if not math.isfinite(number) or number != int(number):
        raise _RowProblem(f"{column}: {value!r} is not a whole number")
    # Stores that keep selling when out of stock export negative quantities (oversold): nothing is on
    # hand, so the variant is quoted as out of stock rather than the row being lost.
    return max(0, int(number))


def _truthy(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "y", "continue"}


def _falsy(value: str) -> bool:
    return value.strip().lower() in {"0", "false", "no", "n"}


def _base_url(store_url: str | None) -> str:
    return (store_url or "").rstrip("/")


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|<!--")
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
}
_SKIP_TAGS = {"script", "style", "template", "noscript"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.cells: list[str] | None = None  # inside a <tr>
        self.cell: list[str] | None = None  # inside a <td>/<th>

    def _emit(self, text: str) -> None:
        (self.cell if self.cell is not None else self.parts).append(text)

    def _newline(self) -> None:
        self._emit(" " if self.cell is not None else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag == "tr":
            self._newline()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cell = []
        elif tag == "li":
            self._newline()
            if self.cell is None:
                self._emit("- ")
        elif tag in _BLOCK_TAGS:
            self._newline()
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("td", "th") and self.cell is not None and self.cells is not None:
            self.cells.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            cells = [c for c in self.cells if c]
            self.cells = None
            if len(cells) == 2:
                key = cells[0] if cells[0].endswith(":") else cells[0] + ":"
                self.parts.append(f"\n{key} {cells[1]}\n")
            elif cells:
                self.parts.append("\n" + " | ".join(cells) + "\n")
        elif tag in _BLOCK_TAGS:
            self._newline()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
        self._emit(data)


def html_to_text(html: str, newlines_are_breaks: bool = False) -> str:
    """Plain text of an HTML fragment: one line per block, ``- `` before list items.

    ``newlines_are_breaks``: line breaks in the source are paragraph breaks (WordPress content,
    rendered through ``wpautop``) rather than insignificant whitespace.
    """
    if not html or not html.strip():
        return ""
    if _HTML_TAG.search(html):
        if newlines_are_breaks:
            html = re.sub(r"\r\n?|\n", "<br>", html)
        parser = _TextExtractor()
        parser.feed(html)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = html
    lines = (" ".join(line.split()) for line in re.split(r"\r\n?|\n", text))
    return "\n".join(line for line in lines if line and line != "-")


_ATTRIBUTE_LINE = re.compile(r"^(?:[-*•·]\s*)?(?P<key>[^:]{1,40}?)\s*:\s+(?P<value>\S.*)$")


def parse_attributes(text: str) -> dict[str, str]:
    """``Key: Value`` lines of a plain-text description (list items included), first wins."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = _ATTRIBUTE_LINE.match(line.strip())
        if not match:
            continue
        key, value = match["key"].strip(), match["value"].strip()
        if (
            not key[0].isalpha()
            or len(key.split()) > 5
            or re.search(r"[.!?;]\s|https?\b|www\.", key, re.I)
            or len(value) > 200
        ):
            continue
        found.setdefault(key, value)
    return found


def slugify(value: str) -> str:
    """URL slug of a name, the way WordPress makes product slugs: "Men's Tee" -> "mens-tee"."""
    text = unicodedata.normalize("NFKD", value)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’‘\"]", "", text)
    text = re.sub(r"[\W_]+", "-", text)
    return text.strip("-")


def _split_list(value: str) -> list[str]:
    """A comma-separated cell (``\\,`` escapes a comma inside a value, as WooCommerce writes)."""
    parts = re.split(r"(?<!\\),", value)
    out = []
    for part in parts:
        part = part.replace("\\,", ",").strip()
        if part and part not in out:
            out.append(part)
    return out


# --------------------------------------------------------------------------------------------
# Shopify
# --------------------------------------------------------------------------------------------


@dataclass
class _ShopifyProduct:
    handle: str
    line: int
    fields: dict[str, str]
    option_names: list[str]
    variants: list[Variant] = field(default_factory=list)
    images: list[tuple[float, int, str]] = field(default_factory=list)
    variant_images: list[str] = field(default_factory=list)


_SHOPIFY_VARIANT_KEYS = (
    "option1_value", "option2_value", "option3_value", "sku", "price", "compare_at",
    "barcode", "qty", "grams",
)


def import_shopify_csv(
    path_or_text: Any,
    source: str = "",
    store_url: str | None = None,
    currency: str = "USD",
    max_rows: int | None = None,
) -> ImportResult:
    """Products of a Shopify product CSV export (old or new header names)."""
    reader = _Reader(_read_text(path_or_text), max_rows)
    cols = _Columns(reader.header, _SHOPIFY_COLUMNS)
    missing = cols.missing(_SHOPIFY_REQUIRED)
    if missing:
        raise CatalogFormatError(
            f"not a Shopify product CSV: missing columns: {', '.join(missing)}"
        )
    _require_essential(cols, _SHOPIFY_ESSENTIAL, "Shopify")

    groups: dict[str, _ShopifyProduct] = {}
    rejected: set[str] = set()
    errors: list[RowError] = []

    for line, row in reader:
        handle, title = cols.get(row, "handle"), cols.get(row, "title")
        if not handle:
            if not title:
                errors.append(RowError(line, "row has neither a Handle nor a Title"))
                continue
            handle = slugify(title)
        if handle in rejected:
            continue
        group = groups.get(handle)
        if group is None:
            if not title:
                errors.append(RowError(line, f"product {handle!r} has no Title on its first row"))
                rejected.add(handle)
                continue
            option_names = [cols.get(row, f"option{i}_name") for i in (1, 2, 3)]
            group = _ShopifyProduct(
                handle=handle,
                line=line,
                fields={key: cols.get(row, key) for key in _SHOPIFY_COLUMNS},
                option_names=option_names,
            )
            groups[handle] = group

        image = cols.get(row, "image")
        if image:
            try:
                position = float(cols.get(row, "image_position") or "inf")
            except ValueError:
                position = math.inf
            group.images.append((position, len(group.images), image))
        variant_image = cols.get(row, "variant_image")
        if variant_image:
            group.variant_images.append(variant_image)

        if not any(cols.get(row, key) for key in _SHOPIFY_VARIANT_KEYS):
            continue  # an image-only (or otherwise variant-less) row
        try:
            group.variants.append(_shopify_variant(cols, row, group.option_names))
        except _RowProblem as exc:
            errors.append(RowError(line, f"{handle}: {exc}"))

    base = _base_url(store_url)
    products = [_shopify_product(g, base, source, currency) for g in groups.values()]
    errors.extend(reader.errors)
    errors.sort(key=lambda e: e.line)
    return ImportResult(products=products, errors=errors, rows=reader.rows, format="shopify")


def _shopify_variant(cols: _Columns, row: list[str], option_names: list[str]) -> Variant:
    options: dict[str, str] = {}
    for i in (1, 2, 3):
        value = cols.get(row, f"option{i}_value")
        if value:
            options[option_names[i - 1] or f"Option{i}"] = value
    if options == {"Title": "Default Title"}:
        options = {}
    price = _money(cols.get(row, "price"), _column_name(cols, "price"))
    compare_at = _money(cols.get(row, "compare_at"), _column_name(cols, "compare_at"))
    if compare_at is not None and (price is None or compare_at <= price):
        compare_at = None  # Shopify shows no "was" price unless it is above the price
    qty_column = _column_name(cols, "qty")
    if cols.has("tracker") and not cols.get(row, "tracker"):
        quantity = None  # inventory not tracked: the exported number means nothing
    else:
        quantity = _quantity(cols.get(row, "qty"), qty_column)
    continue_selling = cols.get(row, "policy").lower() in {"continue", "true", "yes", "1"}
    return Variant(
        sku=cols.get(row, "sku") or None,
        title=" / ".join(options.values()) or "Default Title",
        options=options,
        price=price,
        compare_at_price=compare_at,
        inventory_quantity=quantity,
        available=quantity is None or quantity > 0 or continue_selling,
    )


def _column_name(cols: _Columns, key: str) -> str:
    i = cols.index.get(key)
    return cols.header[i] if i is not None else cols.spec[key][0]


def _shopify_product(g: _ShopifyProduct, base: str, source: str, currency: str) -> Product:
    f = g.fields
    description = html_to_text(f["body"])
    status = (f["status"] or "active").strip().lower()
    if _falsy(f["published"]) and status == "active":
        status = "unpublished"
    images = [url for _, _, url in sorted(g.images)] + g.variant_images
    return Product(
        id=g.handle,
        title=f["title"],
        handle=g.handle,
        url=f"{base}/products/{g.handle}",
        description=description,
        attributes=parse_attributes(description),
        vendor=f["vendor"],
        product_type=f["type"],
        category=f["category"],
        tags=_split_list(f["tags"]),
        variants=g.variants,
        currency=currency,
        image=images[0] if images else None,
        status=status,
        source=source,
    )


# --------------------------------------------------------------------------------------------
# WooCommerce
# --------------------------------------------------------------------------------------------

_WOO_STATUS = {"-1": "draft", "0": "private", "1": "active", "2": "pending"}
_WOO_BASE_TYPES = ("variation", "variable", "simple", "grouped", "external")


@dataclass
class _WooProduct:
    kind: str
    product: Product
    quantity: int | None
    option_names: list[str] = field(default_factory=list)
    csv_attributes: dict[str, str] = field(default_factory=dict)


def import_woocommerce_csv(
    path_or_text: Any,
    source: str = "",
    store_url: str | None = None,
    currency: str = "USD",
    max_rows: int | None = None,
) -> ImportResult:
    """Products of a WooCommerce product CSV export (built-in exporter)."""
    reader = _Reader(_read_text(path_or_text), max_rows)
    cols = _Columns(reader.header, _WOO_COLUMNS)
    missing = cols.missing(_WOO_REQUIRED)
    if missing:
        raise CatalogFormatError(
            f"not a WooCommerce product CSV: missing columns: {', '.join(missing)}"
        )
    _require_essential(cols, _WOO_ESSENTIAL, "WooCommerce")
    attribute_numbers = sorted(
        int(m.group(1)) for name in reader.header if (m := _WOO_ATTR_NAME.match(_norm_header(name)))
    )
    base = _base_url(store_url)
    today = date.today()

    parents: list[_WooProduct] = []
    by_id: dict[str, _WooProduct] = {}
    by_sku: dict[str, _WooProduct] = {}
    rejected: dict[str, int] = {}  # id / sku of a rejected row -> its line
    variations: list[tuple[int, list[str]]] = []
    errors: list[RowError] = []

    for line, row in reader:
        kind = _woo_kind(cols.get(row, "type"))
        if kind == "variation":
            variations.append((line, row))
            continue
        name, row_id, sku = cols.get(row, "name"), cols.get(row, "id"), cols.get(row, "sku")
        try:
            if not name:
                raise _RowProblem("product has no Name")
            item = _woo_parent(cols, row, kind, attribute_numbers, base, source, currency, today)
        except _RowProblem as exc:
            label = name or sku or (f"id:{row_id}" if row_id else "row")
            errors.append(RowError(line, f"{label}: {exc}"))
            for key in (row_id, sku):
                if key:
                    rejected[key] = line
            continue
        parents.append(item)
        if row_id:
            by_id[row_id] = item
        if sku:
            by_sku[sku] = item

    for line, row in variations:
        name = cols.get(row, "name") or cols.get(row, "sku") or f"id:{cols.get(row, 'id')}"
        reference = cols.get(row, "parent")
        if not reference:
            errors.append(RowError(line, f"{name}: variation has no Parent"))
            continue
        if reference.lower().startswith("id:"):
            key = reference[3:].strip()
            parent = by_id.get(key)
        else:
            key = reference
            parent = by_sku.get(key) or by_id.get(key)
        if parent is None:
            if key in rejected:
                message = f"parent {reference!r} was not imported (line {rejected[key]})"
            else:
                message = f"unknown parent {reference!r}"
            errors.append(RowError(line, f"{name}: {message}"))
            continue
        if parent.kind != "variable":
            errors.append(
                RowError(line, f"{name}: parent {reference!r} is a {parent.kind} product")
            )
            continue
        try:
            variant = _woo_variation(cols, row, parent, attribute_numbers, today)
        except _RowProblem as exc:
            errors.append(RowError(line, f"{name}: {exc}"))
            continue
        parent.product.variants.append(variant)
        for option in variant.options:
            if option not in parent.option_names:
                parent.option_names.append(option)

    products = []
    for item in parents:
        product = item.product
        attributes = dict(product.attributes)
        for key, value in item.csv_attributes.items():
            if key not in item.option_names:
                attributes[key] = value
        product.attributes = attributes
        products.append(product)
    errors.extend(reader.errors)
    errors.sort(key=lambda e: e.line)
    return ImportResult(products=products, errors=errors, rows=reader.rows, format="woocommerce")


def _woo_kind(value: str) -> str:
    types = [t.strip().lower() for t in value.split(",") if t.strip()]
    for kind in _WOO_BASE_TYPES:
        if kind in types:
            return kind
    return types[0] if types else "simple"


def _woo_text(cols: _Columns, row: list[str], key: str) -> str:
    """A description cell: the exporter's literal ``\\n`` back to newlines, then plain text."""
    value = cols.get(row, key)
    parts = value.split("\\\\n")
    value = "\\n".join(part.replace("\\n", "\n") for part in parts)
    return html_to_text(value, newlines_are_breaks=True)


def _woo_attributes(
    cols: _Columns, row: list[str], numbers: list[int]
) -> list[tuple[str, str]]:
    pairs = []
    for n in numbers:
        name = cols.raw(row, f"Attribute {n} name")
        value = cols.raw(row, f"Attribute {n} value(s)")
        if name:
            pairs.append((name, value))
    return pairs


def _woo_prices(
    cols: _Columns, row: list[str], today: date
) -> tuple[float | None, float | None]:
    """(price, compare_at): the sale price while a sale runs, the regular price otherwise."""
    regular = _money(cols.get(row, "regular_price"), "Regular price", decimal_comma=True)
    sale = _money(cols.get(row, "sale_price"), "Sale price", decimal_comma=True)
    if sale is not None and _sale_running(
        cols.get(row, "sale_from"), cols.get(row, "sale_to"), today
    ):
        if regular is not None and sale < regular:
            return sale, regular
        return sale, None
    return regular, None


def _sale_running(start: str, end: str, today: date) -> bool:
    def day(value: str) -> date | None:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None

    begins, ends = day(start), day(end)
    return (begins is None or begins <= today) and (ends is None or ends >= today)


def _woo_available(cols: _Columns, row: list[str], quantity: int | None) -> bool:
    in_stock = cols.get(row, "in_stock").lower()
    if in_stock in {"1", "true", "yes", "instock", "backorder", "onbackorder"}:
        return True
    if in_stock in {"0", "false", "no", "outofstock"}:
        return False
    backorders = cols.get(row, "backorders").lower()
    return quantity is None or quantity > 0 or backorders in {"1", "notify", "yes", "true"}


def _woo_parent(
    cols: _Columns,
    row: list[str],
    kind: str,
    attribute_numbers: list[int],
    base: str,
    source: str,
    currency: str,
    today: date,
) -> _WooProduct:
    name = cols.get(row, "name")
    sku = cols.get(row, "sku")
    handle = slugify(name)
    product_id = cols.get(row, "id") or sku or handle
    stock = cols.get(row, "stock")
    quantity = None if stock.lower() == "parent" else _quantity(stock, "Stock")
    price, compare_at = _woo_prices(cols, row, today)

    short = _woo_text(cols, row, "short_description")
    long = _woo_text(cols, row, "description")
    description = "\n".join(part for part in (short, long) if part)
    csv_attributes = {
        key: ", ".join(_split_list(value))
        for key, value in _woo_attributes(cols, row, attribute_numbers)
        if _split_list(value)
    }

    variants: list[Variant] = []
    if kind not in ("variable", "grouped"):
        variants.append(
            Variant(
                sku=sku or None,
                title="Default Title",
                price=price,
                compare_at_price=compare_at,
                inventory_quantity=quantity,
                available=_woo_available(cols, row, quantity),
            )
        )
    published = cols.get(row, "published")
    status = _WOO_STATUS.get(published.split(".")[0], "active") if published else "active"
    images = _split_list(cols.get(row, "images"))
    product = Product(
        id=product_id,
        title=name,
        handle=handle,
        url=f"{base}/product/{handle}/",
        description=description,
        attributes=parse_attributes(description),
        vendor=", ".join(_split_list(cols.get(row, "brands"))),
        category=", ".join(_split_list(cols.get(row, "categories"))),
        tags=_split_list(cols.get(row, "tags")),
        variants=variants,
        currency=currency,
        image=images[0] if images else None,
        status=status,
        source=source,
    )
    return _WooProduct(
        kind=kind, product=product, quantity=quantity, csv_attributes=csv_attributes
    )


def _woo_variation(
    cols: _Columns,
    row: list[str],
    parent: _WooProduct,
    attribute_numbers: list[int],
    today: date,
) -> Variant:
    options = {
        key: value.replace("\\,", ",")
        for key, value in _woo_attributes(cols, row, attribute_numbers)
        if value  # an empty value means "any": the variation is not tied to it
    }
    stock = cols.get(row, "stock")
    if stock.lower() == "parent":
        quantity = parent.quantity  # stock managed on the variable product
    else:
        quantity = _quantity(stock, "Stock")
    price, compare_at = _woo_prices(cols, row, today)
    available = _woo_available(cols, row, quantity)
    if cols.get(row, "published") == "0":
        available = False  # a disabled ("private") variation cannot be bought
    title = " / ".join(options.values())
    if not title:
        name = cols.get(row, "name")
        prefix = parent.product.title + " - "
        title = name[len(prefix):] if name.startswith(prefix) else (name or "Default Title")
    return Variant(
        sku=cols.get(row, "sku") or None,
        title=title,
        options=options,
        price=price,
        compare_at_price=compare_at,
        inventory_quantity=quantity,
        available=available,
    )


# --------------------------------------------------------------------------------------------
# Either
# --------------------------------------------------------------------------------------------


def import_catalog_csv(path_or_text: Any, **kw: Any) -> ImportResult:
    """Detect the export format from the header and import with the matching importer.

    Keyword arguments (``source``, ``store_url``, ``currency``, ``max_rows``) go to the importer.
    """
    text = _read_text(path_or_text)
    fmt = detect_format(_Reader(text).header)
    if fmt == "shopify":
        return import_shopify_csv(text, **kw)
    return import_woocommerce_csv(text, **kw)
