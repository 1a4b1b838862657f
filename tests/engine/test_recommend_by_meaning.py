"""A request for products that names no product and no kind the catalog lists ("something to reheat lunches at
the office") gets the products nearest in meaning by the real embedding model, within a stated budget, and no
product when none is close."""

from __future__ import annotations

import pytest

from tests.engine.stores import HEADER, ask, csv_text

GOODS = [["microwave", "Microwave Oven", "<p>A compact microwave oven to heat up and defrost food in minutes.</p>",
          "Volt", "Kitchen Appliances", "appliance", "Title", "Default Title", "shopify", "5", "89.99", "active"],
         ["chair", "Executive Office Chair", "<p>An ergonomic chair for the office with lumbar support.</p>", "Volt",
          "Furniture", "furniture", "Title", "Default Title", "shopify", "4", "499.99", "active"],
         ["watch", "Apple Watch Series 4", "<p>A smartwatch that tracks your heart rate and workouts.</p>", "Apple",
          "Watches", "smartwatch", "Title", "Default Title", "shopify", "7", "349.99", "active"],
         ["lamp", "Desk Lamp", "<p>An LED desk lamp with three brightness levels.</p>", "Volt", "Lighting", "lamp",
          "Title", "Default Title", "shopify", "9", "29.99", "active"]]


@pytest.fixture(scope="module")
def svc(tmp_path_factory, embedder):
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    root = tmp_path_factory.mktemp("meaning")
    (root / "store").mkdir()
    (root / "store" / "products.csv").write_text(csv_text(HEADER, GOODS))
    s = Service(Settings(data_dir=root / "data"), embedder=embedder)
    s.ensure_workspace("w", "Volt", plan="paid")
    s.load_store_dir("w", root / "store")
    yield s
    s.close()


@pytest.mark.parametrize("message, want, not_want", [
    ("The break room at my office needs something to reheat and defrost lunches quickly. What do you sell for that?",
     "Microwave Oven", "Office Chair"),
    ("Saya ingin jam tangan pintar untuk memantau detak jantung saat berolahraga. Apa yang Anda rekomendasikan?",
     "Apple Watch", "Microwave"),
])
def test_a_request_naming_no_product_gets_the_products_nearest_in_meaning(svc, message, want, not_want):
    a = ask(svc, message)
    assert want in a.reply and not_want not in a.reply, a.reply
    assert a.intent == "product_recommend", a.intent


def test_a_budget_is_kept(svc):
    a = ask(svc, "I need something to reheat my lunches at work, what do you recommend under $50?")
    assert "Microwave" not in a.reply, a.reply


def test_a_request_for_something_that_is_no_product_stays_out_of_scope(svc):
    a = ask(svc, "Can you recommend a good dentist in Chicago?")
    assert a.intent == "out_of_scope" and not a.citations, (a.intent, a.reply)


def test_the_catalog_knows_its_language_and_only_english_is_matched_by_meaning(svc):
    from rag_agent.engine.catalog import Catalog

    toko = Catalog([{"title": "Kemeja Lengan Pendek Pria", "description": "Kemeja katun lengan pendek untuk pria, "
                     "nyaman dipakai sehari-hari dan mudah dicuci."},
                    {"title": "Anting Kristal Hijau", "description": "Anting kristal warna hijau untuk acara spesial "
                     "dan pesta, ringan dan tidak membuat telinga gatal."}])
    assert toko.language == "id"
    assert Catalog([{"title": g[1], "description": g[2]} for g in GOODS]).language == "en"
