"""Catalog CSV importers: Shopify and WooCommerce product exports -> Product records."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from connectors.csv_import import (
    ImportResult,
    RowError,
    detect_format,
    html_to_text,
    import_catalog_csv,
    import_shopify_csv,
    import_woocommerce_csv,
    parse_attributes,
    slugify,
)
from rag_agent.errors import CatalogFormatError, InputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHOPIFY_FIXTURE = FIXTURES / "shopify_products_export.csv"
WOO_FIXTURE = FIXTURES / "woocommerce_products_export.csv"
DUMMYJSON_CSV = (
    Path(__file__).resolve().parents[2].parent
    / "shared" / "eval" / "dummyjson-store" / "store" / "products.csv"
)

# The long-standing Shopify export header (as in the fixture).
SHOPIFY_HEADER = next(csv.reader(io.StringIO(SHOPIFY_FIXTURE.read_text(encoding="utf-8"))))
WOO_HEADER = next(csv.reader(io.StringIO(WOO_FIXTURE.read_text(encoding="utf-8"))))


def _csv(header: list[str], rows: list[dict[str, str]], newline: str = "\n") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator=newline, restval="")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _by_id(result: ImportResult) -> dict:
    return {p.id: p for p in result.products}


# ------------------------------------------------------------------------------ Shopify


def test_shopify_fixture_groups_variants_under_their_handle():
    result = import_shopify_csv(SHOPIFY_FIXTURE, source="shopify-csv:fixture")
    assert result.format == "shopify"
    assert result.errors == []
    assert result.rows == 7  # 4 tee variants + 1 image-only row + tote + beanie
    assert [p.id for p in result.products] == ["classic-tee", "canvas-tote", "winter-beanie"]

    tee = _by_id(result)["classic-tee"]
    assert tee.title == "Classic Tee"
    assert tee.handle == "classic-tee"
    assert tee.source == "shopify-csv:fixture"
    assert tee.vendor == "Northwind Apparel"
    assert tee.product_type == "T-Shirts"
    assert tee.category == "Apparel & Accessories > Clothing > Shirts & Tops"
    assert tee.tags == ["apparel", "cotton", "summer"]
    assert tee.url == "/products/classic-tee"
    assert tee.status == "active"
    # image-only row adds no variant; the position-1 image is the product image
    assert len(tee.variants) == 4
    assert tee.image.endswith("classic-tee-front.jpg")
    assert tee.option_values("size") == ["S", "M"]
    assert tee.option_values("Color") == ["Black", "White"]


def test_shopify_variant_fields_and_availability():
    tee = _by_id(import_shopify_csv(SHOPIFY_FIXTURE))["classic-tee"]
    by_sku = {v.sku: v for v in tee.variants}

    s_black = by_sku["TEE-S-BLK"]
    assert s_black.title == "S / Black"
    assert s_black.options == {"Size": "S", "Color": "Black"}
    assert s_black.price == 25.0
    assert s_black.compare_at_price == 30.0
    assert s_black.inventory_quantity == 5
    assert s_black.available is True

    assert by_sku["TEE-S-WHT"].inventory_quantity == 0
    assert by_sku["TEE-S-WHT"].available is False  # qty 0, policy deny
    assert by_sku["TEE-M-BLK"].available is True  # qty 0, policy continue
    assert by_sku["TEE-M-WHT"].price == 27.0
    assert by_sku["TEE-M-WHT"].compare_at_price is None


def test_shopify_body_becomes_text_and_attributes():
    tee = _by_id(import_shopify_csv(SHOPIFY_FIXTURE))["classic-tee"]
    assert "<" not in tee.description
    assert tee.description.startswith(
        "Our Classic Tee is cut from soft, breathable cotton & made to last."
    )
    assert "- Material: 100% organic cotton" in tee.description
    assert tee.attributes == {
        "Material": "100% organic cotton",
        "Fit": "Regular fit",
        "Care": "Machine wash cold",
    }


def test_shopify_single_variant_untracked_and_draft():
    products = _by_id(import_shopify_csv(SHOPIFY_FIXTURE, store_url="https://shop.example.com/"))
    tote = products["canvas-tote"]
    assert tote.url == "https://shop.example.com/products/canvas-tote"
    assert len(tote.variants) == 1
    variant = tote.variants[0]
    assert variant.title == "Default Title"
    assert variant.options == {}
    assert variant.price == 18.5
    assert variant.inventory_quantity is None  # no inventory tracker: untracked
    assert variant.available is True
    assert tote.attributes == {"Dimensions": "40 x 38 x 10 cm"}

    beanie = products["winter-beanie"]  # draft, unpublished: still imported
    assert beanie.status == "draft"
    assert beanie.variants[0].inventory_quantity == 40
    assert beanie.image is None


def test_shopify_unpublished_active_product_keeps_a_status():
    rows = [
        {"Handle": "hidden", "Title": "Hidden", "Published": "FALSE", "Status": "active",
         "Option1 Name": "Title", "Option1 Value": "Default Title", "Variant Price": "5"},
    ]
    (product,) = import_shopify_csv(_csv(SHOPIFY_HEADER, rows)).products
    assert product.status == "unpublished"


def test_shopify_currency_passes_through():
    result = import_shopify_csv(SHOPIFY_FIXTURE, currency="EUR")
    assert {p.currency for p in result.products} == {"EUR"}


def test_shopify_newer_export_header_without_quantity_column():
    # Newer exports rename columns; multi-location stores export no quantity column.
    header = [
        "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags",
        "Published on online store", "Status", "SKU", "Barcode",
        "Option1 name", "Option1 value", "Option2 name", "Option2 value",
        "Option3 name", "Option3 value", "Price", "Compare-at price", "Cost per item",
        "Charge tax", "Inventory tracker", "Continue selling when out of stock",
        "Weight value (grams)", "Requires shipping", "Fulfillment service",
        "Product image URL", "Image position", "Image alt text", "Variant image URL",
        "Gift card", "SEO title", "SEO description",
    ]
    rows = [
        {"Title": "Trail Sock", "URL handle": "trail-sock", "Description": "<p>Warm.</p>",
         "Vendor": "Acme", "Type": "Socks", "Tags": "outdoor", "Published on online store": "TRUE",
         "Status": "Active", "SKU": "SOCK-M", "Option1 name": "Size", "Option1 value": "M",
         "Price": "12.00", "Compare-at price": "15.00", "Inventory tracker": "shopify",
         "Continue selling when out of stock": "DENY", "Product image URL": "https://x/s.jpg",
         "Image position": "1"},
        {"URL handle": "trail-sock", "SKU": "SOCK-L", "Option1 value": "L", "Price": "12.00",
         "Inventory tracker": "shopify", "Continue selling when out of stock": "CONTINUE"},
    ]
    text = _csv(header, rows)
    assert detect_format(header) == "shopify"
    result = import_catalog_csv(text)
    assert result.errors == []
    (sock,) = result.products
    assert (sock.id, sock.title, sock.status, sock.image) == (
        "trail-sock", "Trail Sock", "active", "https://x/s.jpg"
    )
    assert [v.options for v in sock.variants] == [{"Size": "M"}, {"Size": "L"}]
    assert sock.variants[0].compare_at_price == 15.0
    assert all(v.inventory_quantity is None and v.available for v in sock.variants)


# ------------------------------------------------------------------------------ WooCommerce


def test_woocommerce_fixture_variable_product_owns_its_variations():
    result = import_woocommerce_csv(WOO_FIXTURE, source="woocommerce-csv:fixture")
    assert result.format == "woocommerce"
    assert result.errors == []
    assert result.rows == 6
    assert [p.id for p in result.products] == ["101", "105", "106"]

    hoodie = _by_id(result)["101"]
    assert hoodie.title == "Hoodie"
    assert hoodie.handle == "hoodie"
    assert hoodie.url == "/product/hoodie/"
    assert hoodie.source == "woocommerce-csv:fixture"
    assert hoodie.category == "Clothing > Hoodies"
    assert hoodie.tags == ["fleece", "winter"]
    assert hoodie.image.endswith("hoodie-blue.jpg")
    assert [v.sku for v in hoodie.variants] == [
        "woo-hoodie-blue-m", "woo-hoodie-green-l", "woo-hoodie-red",
    ]
    blue, green, red = hoodie.variants
    assert blue.options == {"Color": "Blue", "Size": "M"}  # parent referenced by SKU
    assert blue.title == "Blue / M"
    assert (blue.price, blue.inventory_quantity, blue.available) == (45.0, 5, True)
    assert (green.inventory_quantity, green.available) == (0, False)
    assert red.options == {"Color": "Red"}  # parent referenced as id:101; any size
    assert (red.price, red.compare_at_price) == (39.5, 49.0)
    assert hoodie.option_values("Color") == ["Blue", "Green", "Red"]


def test_woocommerce_descriptions_and_attributes():
    products = _by_id(import_woocommerce_csv(WOO_FIXTURE))
    hoodie = products["101"]
    # the exporter's literal "\n" are line breaks again; HTML is gone
    assert "\\n" not in hoodie.description and "<" not in hoodie.description
    assert "- Material: 80% cotton, 20% polyester" in hoodie.description
    # options used by variations are not repeated as attributes
    assert hoodie.attributes == {"Material": "80% cotton, 20% polyester", "Care": "Wash inside out"}

    beanie = products["105"]
    assert beanie.description == (
        "This is a simple product.\nWarm knitted beanie.\nOne size fits most."
    )
    assert beanie.attributes == {"Material": "Merino wool"}  # from the Attribute 1 columns


def test_woocommerce_simple_and_on_sale_products():
    products = _by_id(import_woocommerce_csv(WOO_FIXTURE, store_url="https://shop.example.com"))
    beanie = products["105"]
    (variant,) = beanie.variants
    assert variant.title == "Default Title"
    assert variant.options == {}
    assert (variant.price, variant.compare_at_price) == (18.0, None)
    assert variant.inventory_quantity is None and variant.available is True

    glasses = products["106"]
    assert glasses.handle == "mens-sunglasses"
    assert glasses.url == "https://shop.example.com/product/mens-sunglasses/"
    assert glasses.category == "Clothing > Accessories, Sale"
    assert glasses.attributes == {"Warranty": "2 year warranty"}
    (variant,) = glasses.variants
    assert (variant.price, variant.compare_at_price, variant.inventory_quantity) == (75.0, 90.0, 12)


def test_woocommerce_sale_outside_its_dates_is_not_the_price():
    rows = [
        {"ID": "1", "Type": "simple", "SKU": "a", "Name": "Ended", "Published": "1",
         "Sale price": "5", "Regular price": "10", "Date sale price ends": "2001-01-31"},
        {"ID": "2", "Type": "simple", "SKU": "b", "Name": "Future", "Published": "1",
         "Sale price": "5", "Regular price": "10", "Date sale price starts": "2999-01-01"},
        {"ID": "3", "Type": "simple", "SKU": "c", "Name": "Running", "Published": "-1",
         "Sale price": "5,50", "Regular price": "10", "Date sale price starts": "2001-01-01"},
    ]
    products = _by_id(import_woocommerce_csv(_csv(WOO_HEADER, rows)))
    assert products["1"].variants[0].price == 10.0
    assert products["2"].variants[0].price == 10.0
    running = products["3"].variants[0]
    assert (running.price, running.compare_at_price) == (5.5, 10.0)  # decimal comma store
    assert products["3"].status == "draft"


def test_woocommerce_stock_managed_on_the_parent():
    rows = [
        {"ID": "10", "Type": "variable", "SKU": "tee", "Name": "Tee", "Stock": "7",
         "Attribute 1 name": "Size", "Attribute 1 value(s)": "S, M"},
        {"ID": "11", "Type": "variation", "Name": "Tee - S", "Parent": "id:10", "Stock": "parent",
         "In stock?": "1", "Regular price": "9", "Attribute 1 name": "Size",
         "Attribute 1 value(s)": "S"},
        {"ID": "12", "Type": "variation", "Name": "Tee - M", "Parent": "id:10", "Stock": "parent",
         "In stock?": "1", "Regular price": "9", "Published": "0", "Attribute 1 name": "Size",
         "Attribute 1 value(s)": "M"},
    ]
    (tee,) = import_woocommerce_csv(_csv(WOO_HEADER, rows)).products
    small, medium = tee.variants
    assert small.inventory_quantity == 7 and small.available
    assert medium.available is False  # a disabled variation
    assert tee.attributes == {}


# ------------------------------------------------------------------------------ detection


def test_detect_format():
    assert detect_format(SHOPIFY_HEADER) == "shopify"
    assert detect_format(WOO_HEADER) == "woocommerce"
    assert detect_format(["\ufeffhandle", " TITLE "]) == "shopify"


def test_import_catalog_csv_dispatches():
    assert import_catalog_csv(SHOPIFY_FIXTURE).format == "shopify"
    result = import_catalog_csv(str(WOO_FIXTURE), source="s", currency="GBP")
    assert result.format == "woocommerce"
    assert {(p.source, p.currency) for p in result.products} == {("s", "GBP")}


def test_unknown_header_names_the_missing_columns():
    with pytest.raises(CatalogFormatError) as caught:
        import_catalog_csv("Title,Type,Price\nA,simple,3\n")
    message = caught.value.message
    assert "missing columns" in message
    assert "Handle" in message and "(Shopify)" in message
    assert "ID" in message and "Name" in message and "(WooCommerce)" in message
    assert "Title," not in message.split("(Shopify)")[0]  # present columns are not listed
    assert isinstance(caught.value, InputError) and caught.value.status_code == 422


def test_importer_called_on_the_other_format_says_what_is_missing():
    with pytest.raises(CatalogFormatError, match="missing columns: Handle, Title"):
        import_shopify_csv(WOO_FIXTURE)
    with pytest.raises(CatalogFormatError, match="missing columns: ID, Name"):
        import_woocommerce_csv(SHOPIFY_FIXTURE)


def test_empty_input_is_a_format_error():
    with pytest.raises(CatalogFormatError):
        import_catalog_csv("\n\n")


def test_bom_crlf_and_bytes(tmp_path):
    text = SHOPIFY_FIXTURE.read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    for given in (path, str(path), path.read_bytes(), "\ufeff" + text):
        result = import_catalog_csv(given)
        assert result.format == "shopify"
        assert [p.id for p in result.products] == ["classic-tee", "canvas-tote", "winter-beanie"]
        assert result.products[0].attributes["Care"] == "Machine wash cold"


def test_semicolon_delimited_export():
    text = "Handle;Title;Variant Price\nmug;Mug;7.5\n"
    (mug,) = import_catalog_csv(text).products
    assert mug.variants[0].price == 7.5


# ------------------------------------------------------------------------------ bad rows


def test_shopify_bad_rows_are_reported_with_physical_line_numbers():
    body = "<p>Line one</p>\n<ul>\n<li>Brand: Acme</li>\n</ul>"  # spans 4 physical lines
    rows = [
        # line 2-5: good product whose body spans four lines
        {"Handle": "good", "Title": "Good", "Body (HTML)": body, "Option1 Name": "Size",
         "Option1 Value": "S", "Variant Price": "10", "Variant Inventory Tracker": "shopify",
         "Variant Inventory Qty": "3"},
        # line 6: non-numeric price
        {"Handle": "good", "Option1 Value": "M", "Variant Price": "ten"},
        # line 7: first row of a handle without a Title
        {"Handle": "untitled", "Option1 Value": "S", "Variant Price": "4"},
        # line 8: later row of that rejected handle: skipped, not reported again
        {"Handle": "untitled", "Option1 Value": "M", "Variant Price": "4"},
        # line 9: negative stock (oversold): imported as 0 on hand
        {"Handle": "good", "Option1 Value": "L", "Variant Price": "10",
         "Variant Inventory Tracker": "shopify", "Variant Inventory Qty": "-2"},
        # line 10: fine
        {"Handle": "other", "Title": "Other", "Variant Price": "1.50",
         "Option1 Name": "Title", "Option1 Value": "Default Title"},
    ]
    text = _csv(SHOPIFY_HEADER, rows)
    text += "short,row\n"  # line 11: wrong number of fields
    text += "\n"  # line 12: blank, ignored
    text += _csv(SHOPIFY_HEADER, [{"Handle": "last", "Title": "Last", "Variant Price": "2"}]).split(
        "\n", 1
    )[1]  # line 13

    result = import_shopify_csv(text)
    assert [(e.line, e.message.split(":")[0]) for e in result.errors] == [
        (6, "good"),
        (7, "product 'untitled' has no Title on its first row"),
        (11, "wrong number of fields"),
    ]
    assert "Variant Price" in result.errors[0].message and "'ten'" in result.errors[0].message
    assert all(isinstance(e, RowError) for e in result.errors)
    assert result.rows == 8  # blank line not counted
    products = _by_id(result)
    assert list(products) == ["good", "other", "last"]
    assert [v.options for v in products["good"].variants] == [{"Size": "S"}, {"Size": "L"}]
    assert [v.inventory_quantity for v in products["good"].variants] == [3, 0]
    assert products["good"].attributes == {"Brand": "Acme"}


def test_line_numbers_count_crlf_and_multiline_fields():
    rows = [
        {"Handle": "a", "Title": "A", "Body (HTML)": "one\r\ntwo\r\nthree", "Variant Price": "1"},
        {"Handle": "b", "Title": "B", "Variant Price": "x"},
    ]
    result = import_shopify_csv(_csv(SHOPIFY_HEADER, rows, newline="\r\n"))
    assert [e.line for e in result.errors] == [5]


def test_unterminated_quote_is_reported_on_its_first_line():
    text = _csv(SHOPIFY_HEADER, [{"Handle": "a", "Title": "A", "Variant Price": "1"}])
    text += 'b,"broken\n'
    result = import_shopify_csv(text)
    assert [e.line for e in result.errors] == [3]
    assert [p.id for p in result.products] == ["a"]


def test_woocommerce_bad_rows():
    rows = [
        {"ID": "1", "Type": "variable", "SKU": "parent", "Name": "Parent",
         "Description": "Intro\\nSize: runs small"},  # line 2
        {"ID": "2", "Type": "variation", "Name": "Parent - S", "Parent": "id:1",
         "Regular price": "9.5", "Attribute 1 name": "Size", "Attribute 1 value(s)": "S"},  # 3
        {"ID": "3", "Type": "variation", "Name": "Ghost - S", "Parent": "id:99",
         "Regular price": "9"},  # line 4: unknown parent
        {"ID": "4", "Type": "simple", "SKU": "cheap", "Name": "Cheap",
         "Regular price": "free"},  # line 5: non-numeric price
        {"ID": "5", "Type": "simple", "SKU": "neg", "Name": "Negative", "Stock": "-3",
         "Regular price": "3"},  # line 6: oversold, imported with 0 on hand
        {"ID": "6", "Type": "variation", "Name": "Parent - M", "Parent": "parent",
         "Regular price": "abc", "Attribute 1 name": "Size",
         "Attribute 1 value(s)": "M"},  # line 7: bad variation price
        {"ID": "7", "Type": "variable", "SKU": "broken", "Name": "Broken", "Regular price": "x"},  # 8
        {"ID": "8", "Type": "variation", "Name": "Broken - S", "Parent": "broken",
         "Regular price": "1"},  # line 9: its parent was rejected
    ]
    result = import_woocommerce_csv(_csv(WOO_HEADER, rows))
    assert [e.line for e in result.errors] == [4, 5, 7, 8, 9]
    messages = [e.message for e in result.errors]
    assert "unknown parent 'id:99'" in messages[0]
    assert "Regular price" in messages[1] and "'free'" in messages[1]
    assert "(line 8)" in messages[4]
    parent, negative = result.products
    assert negative.title == "Negative" and negative.variants[0].inventory_quantity == 0
    assert [v.options for v in parent.variants] == [{"Size": "S"}]
    assert parent.attributes == {"Size": "runs small"}
    assert result.rows == 8


# ------------------------------------------------------------------------------ helpers


def test_html_to_text_and_parse_attributes():
    html = (
        "<h2>Details</h2><p>Soft&nbsp;and <em>warm</em>.</p><script>x=1</script>"
        "<table><tr><th>Weight</th><td>200 g</td></tr><tr><td>Origin:</td><td>Portugal</td></tr>"
        "</table><ul><li>Fit: Slim</li><li>Wash: cold, inside out</li></ul>"
    )
    text = html_to_text(html)
    assert text == (
        "Details\nSoft and warm.\nWeight: 200 g\nOrigin: Portugal\n- Fit: Slim\n"
        "- Wash: cold, inside out"
    )
    assert parse_attributes(text) == {
        "Weight": "200 g",
        "Origin": "Portugal",
        "Fit": "Slim",
        "Wash": "cold, inside out",
    }
    assert parse_attributes("See https://example.com: great\nA sentence. Then: no") == {}
    assert html_to_text("plain\n\n text ") == "plain\ntext"


def test_slugify():
    assert slugify("Men's Sunglasses") == "mens-sunglasses"
    assert slugify("Crème Brûlée & Co.") == "creme-brulee-co"
    assert slugify("  T-Shirt  with   Logo ") == "t-shirt-with-logo"


# ------------------------------------------------------------------------------ real export


@pytest.mark.skipif(not DUMMYJSON_CSV.exists(), reason="shared eval data not present")
def test_real_dummyjson_store_export():
    result = import_catalog_csv(DUMMYJSON_CSV, source="shopify-csv:products.csv")
    assert result.format == "shopify"
    assert result.errors == []
    assert len(result.products) == 194
    assert len({p.id for p in result.products}) == 194
    mascara = next(p for p in result.products if p.title == "Essence Mascara Lash Princess")
    assert mascara.id == mascara.handle == "essence-mascara-lash-princess"
    assert mascara.url == "/products/essence-mascara-lash-princess"
    assert mascara.vendor == "Essence"
    assert mascara.tags == ["Beauty", "mascara"]
    (variant,) = mascara.variants
    assert variant.price == 9.99
    assert variant.inventory_quantity == 99
    assert variant.available is True
    assert variant.title == "Default Title" and variant.options == {}
    assert mascara.attributes == {
        "Brand": "Essence",
        "Warranty": "1 week warranty",
        "Shipping": "Ships in 3-5 business days",
        "Returns": "No return policy",
    }
    assert "<" not in mascara.description
    assert all(p.variants and p.variants[0].price is not None for p in result.products)
    assert all("Warranty" in p.attributes for p in result.products)


# ------------------------------------------------------------------------------ limits


def test_a_catalog_needs_its_price_column():
    with pytest.raises(CatalogFormatError, match=r"no price column \(Variant Price or Price\)"):
        import_catalog_csv("Handle,Title\nmug,Mug\n")
    with pytest.raises(CatalogFormatError, match=r"no price column \(Regular price\)"):
        import_catalog_csv("ID,Type,Name\n1,simple,Mug\n")


def test_rows_past_max_rows_stop_the_import():
    from rag_agent.errors import FileTooLarge

    text = "Handle,Title,Variant Price\n" + "".join(f"p{i},P {i},{i}\n\n" for i in range(50))
    assert len(import_catalog_csv(text, max_rows=50).products) == 50  # blank lines do not count
    with pytest.raises(FileTooLarge, match=r"more than 49 rows.*RAG_MAX_CSV_ROWS"):
        import_catalog_csv(text, max_rows=49)
