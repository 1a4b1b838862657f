"""Several products listed in one price question, and an option written with its unit apart ("128 ГБ") - on a
small store of its own (a fake embedder: the answer path runs no model)."""

from __future__ import annotations

import pytest

from rag_agent.engine.catalog import unit_forms
from tests.engine.stores import HEADER, ask, build_store, csv_text

GOODS = [["bonsai", "Bonsai Tree", "<p>A small tree.</p>", "Verde", "Plants", "plant", "Title", "Default Title",
          "shopify", "4", "19.99", "active"],
         ["cactus", "Spiky Cactus", "<p>A cactus.</p>", "Verde", "Plants", "plant", "Title", "Default Title",
          "shopify", "6", "15.50", "active"],
         ["laptop", "Aero Laptop 14", "<p>A light laptop.</p>", "Volt", "Computers", "laptop", "Title",
          "Default Title", "shopify", "2", "999.00", "active"],
         ["tablet", "Slate Tablet", "<p>A tablet.</p>", "Volt", "Computers", "tablet", "Storage", "32GB",
          "shopify", "5", "329.00", "active"],
         ["tablet", "", "", "", "", "", "", "128GB", "shopify", "3", "445.00", ""],
         ["tote", "Canvas Tote", "<p>A roomy bag.</p>", "Volt", "Bags", "bag", "Color", "Red", "shopify", "3", "25.00",
          "active"],
         ["tote", "", "", "", "", "", "", "Blue", "shopify", "5", "25.00", ""]]


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    s = build_store(tmp_path_factory, "verde", "Verde", {"products.csv": csv_text(HEADER, GOODS)})
    yield s
    s.close()


@pytest.mark.parametrize("message, want", [
    ("How much are the bonsai and the spiky cactus?", ["19.99", "15.50"]),
    ("cuanto cuestan el bonsai y el cactus? y cuanto seria todo junto", ["19.99", "15.50", "35.49"]),
    ("berapa harga bonsai sama cactus, totalnya?", ["19.99", "15.50", "35.49"]),
    ("what do the Aero Laptop and the Slate Tablet cost?", ["999", "329"]),
])
def test_every_product_listed_gets_its_price_and_the_sum_when_asked_together(svc, message, want):
    a = ask(svc, message)
    for w in want:
        assert w in a.reply.replace(",", "."), a.reply


def test_no_sum_unless_asked_together(svc):
    a = ask(svc, "How much are the bonsai and the spiky cactus?")
    assert "35.49" not in a.reply


@pytest.mark.parametrize("message", ["how much is the slate tablet with 128 GB?",
                                     "сколько стоит Slate Tablet на 128 ГБ?"])
def test_an_option_with_its_unit_apart_names_the_variant(svc, message):
    a = ask(svc, message)
    assert "445" in a.reply and "329" not in a.reply, a.reply


def test_unit_forms_join_a_number_and_its_unit():
    assert "128gb" in unit_forms(["128", "гб"])
    assert "500ml" in unit_forms(["500", "мл"])
    assert unit_forms(["2", "pieces"]) == ["2", "pieces"]  # a word, not a unit


FIT = """# Size guide

Measured flat, in centimetres.

| Size | Chest | Waist | Length |
|---|---|---|---|
| S | 86 cm | 68 cm | 85 cm |
| M | 90 cm | 72 cm | 87 cm |
| One Size (fits up to L) | 100 cm | 80 cm | 95 cm |
"""
DRESSES = [["linen-dress", "Linen Dress", "<p>A loose summer dress.</p>", "Verde", "Dresses", "dress", "Size",
            "One Size", "shopify", "7", "59.00", "active"],
           ["wrap-dress", "Wrap Dress", "<p>A wrap dress.</p>", "Verde", "Dresses", "dress", "Size", "S", "shopify",
            "2", "69.00", "active"],
           ["wrap-dress", "", "", "", "", "", "", "M", "shopify", "0", "69.00", ""]]


@pytest.fixture(scope="module")
def fit(tmp_path_factory):
    s = build_store(tmp_path_factory, "fit", "Fit", {"products.csv": csv_text(HEADER, DRESSES), "size-guide.md": FIT})
    yield s
    s.close()


@pytest.mark.parametrize("message, history, want, not_want", [
    ("what are the chest and length of the linen dress in cm?", (), ["100", "95"], ["86"]),
    ("berapa lingkar dada linen dress?", (), ["100"], ["86"]),
    ("and its waist measurement?", ("how much is the linen dress?", "The Linen Dress costs $59.00."), ["80"], ["68"]),
    ("what's the waist of the wrap dress in M?", (), ["72"], ["68", "80"]),
])
def test_a_measure_of_a_product_comes_from_the_size_chart_row_of_its_size(fit, message, history, want, not_want):
    a = ask(fit, message, history)
    for w in want:
        assert w in a.reply, a.reply
    for w in not_want:
        assert w not in a.reply, a.reply


def test_a_measure_the_description_does_not_state_is_said_so_not_answered_with_the_options(svc):
    a = ask(svc, "Какая высота у Canvas Tote?")  # which height: none stated; "which" asks for no option list
    assert "Red" not in a.reply and "Blue" not in a.reply, a.reply
    assert a.intent == "product_description", (a.intent, a.reply)


def test_which_capacities_of_a_product_sold_in_capacities_lists_them(svc):
    a = ask(svc, "какие объемы есть у Slate Tablet?")
    assert "32GB" in a.reply and "128GB" in a.reply, a.reply


def test_an_option_in_cyrillic_units_is_named_by_latin_ones():
    from rag_agent.engine.catalog import CatalogProduct, resolve_variant
    p = CatalogProduct({"title": "Бита", "variants": [{"options": {"Длина": "66 см"}}, {"options": {"Длина": "76 см"}}]},
                       options={"Длина": ["66 см", "76 см"]})
    q = resolve_variant(p, ["76", "cm", "bita"], [], [])
    assert q.named == {"Длина": "76 см"}


def test_a_colour_a_product_does_not_come_in_is_answered_with_the_colour_it_has(tmp_path_factory):
    goods = [["moon", "Moon Charm Bracelet", "<p>Moon 14k gold chain friendship bracelet.</p>", "Luna", "Bracelet",
              "Gold, Moon", "Title", "Default Title", "shopify", "10", "47.99", "active"]]
    s = build_store(tmp_path_factory, "luna", "Luna", {"products.csv": csv_text(HEADER, goods)})
    try:
        a = ask(s, "moon charm bracelet есть серебряный? золото не ношу")
        assert "gold" in a.reply.lower() and not a.reply.startswith("Да"), a.reply
    finally:
        s.close()


def test_every_product_listed_gets_its_link(svc):
    a = ask(svc, "me manda os links do bonsai e do cactus pfv")
    assert "/products/bonsai" in a.reply and "/products/cactus" in a.reply, a.reply
