"""The product-noun glossary (``noun:`` concepts of rag_agent/lang/data/<lang>.json): every product word has its
words in all six languages, no word stands for two products, and a question in one language finds a product titled
in another through the real matcher."""

from __future__ import annotations

import pytest

from rag_agent.engine.text import tokens
from rag_agent.engine.understand import read
from rag_agent.lang.concepts import LANG_CODES, _compile, language_data, matcher

#: words that were both a product and another meaning before the glossary was widened, on purpose: "phone" is a
#: product and the way to reach the store, "café"/"kahve" a drink and a colour, "sepet"/"корзина" a basket and the
#: shopping cart, Turkish "bot" boots and a chatbot. New product words must not add to this list.
KNOWN_OVERLAPS = {
    ("en", ("glass",)), ("en", ("cream",)),
    ("es", ("telefono",)), ("es", ("cafe",)),
    ("pt", ("telefone",)), ("pt", ("fone",)), ("pt", ("cafe",)),
    ("tr", ("sepet*",)), ("tr", ("telefon*",)), ("tr", ("bot",)),
    ("id", ("hp",)),
    ("ru", ("корзин*",)), ("ru", ("телефон*",)),
}


def _nouns(lang: str) -> dict[str, list[str]]:
    return {c: f for c, f in language_data()[lang]["concepts"].items() if c.startswith("noun:")}


def test_the_glossary_covers_what_stores_commonly_sell():
    assert len(_nouns("en")) >= 200


@pytest.mark.parametrize("lang", LANG_CODES)
def test_every_product_noun_has_words_in_every_language(lang):
    missing = sorted(set(_nouns("en")) - set(_nouns(lang)))
    extra = sorted(set(_nouns(lang)) - set(_nouns("en")))
    empty = sorted(c for c, forms in _nouns(lang).items() if not forms)
    assert not missing and not extra and not empty, (missing, extra, empty)


@pytest.mark.parametrize("lang", LANG_CODES)
def test_no_word_stands_for_two_products_in_one_language(lang):
    owner: dict[tuple[str, ...], set[str]] = {}
    for concept, forms in _nouns(lang).items():
        for form in forms:
            owner.setdefault(_compile(form), set()).add(concept)
    shared = {k: v for k, v in owner.items() if len(v) > 1}
    assert not shared, shared


@pytest.mark.parametrize("lang", LANG_CODES)
def test_no_product_word_is_a_word_of_another_kind_of_concept(lang):
    """A product word that is also a topic, a question or a colour ("swimwear" as a final-sale rule, "mustard" as a
    colour) would make a question about that rule look like a product search. Categories (``cat:``) are products
    too and may share words."""
    nouns = {_compile(f) for forms in _nouns(lang).values() for f in forms}
    clashes = sorted((c, f) for c, forms in language_data()[lang]["concepts"].items()
                     if not c.startswith(("noun:", "cat:")) for f in forms
                     if _compile(f) in nouns and (lang, _compile(f)) not in KNOWN_OVERLAPS)
    assert not clashes, clashes


@pytest.mark.parametrize("lang", LANG_CODES)
def test_no_product_stem_is_too_short_to_be_safe(lang):
    """A two-letter stem with ``*`` ("su*", "et*") would match half the words of a message; the existing
    three-letter stems are Cyrillic word roots that no common word shares."""
    short = [(c, f) for c, forms in _nouns(lang).items() for f in forms
             if len(_compile(f)) == 1 and _compile(f)[0].endswith("*") and len(_compile(f)[0]) - 1 < 3]
    assert not short, short


def _title_nouns(title: str) -> set[str]:
    """The nouns the catalog gives a product title (every language's words, as rag_agent.engine.catalog reads it)."""
    return {m.concept for m in matcher().match(tokens(title)) if m.kind == "noun"}


@pytest.mark.parametrize("message, title, concept", [
    ("Do you have eggs?", "Yumurta", "noun:egg"),
    ("¿Tienen huevos?", "Yumurta", "noun:egg"),
    ("У вас есть яйца?", "Eggs, free range", "noun:egg"),
    ("Ada telur?", "Eggs", "noun:egg"),
    ("süt var mı?", "Whole Milk 1L", "noun:milk"),
    ("Do you sell tea?", "Rize Çayı 500 g", "noun:tea"),
    ("Quanto custa o mel?", "Kavanoz Bal", "noun:honey"),
    ("сколько стоит разделочная доска?", "Kesme Tahtası", "noun:cutting_board"),
    ("do you have a grater", "Siyah Rende", "noun:grater"),
    ("¿Tienen rallador?", "Siyah Rende", "noun:grater"),
    ("rolling pin price?", "Ahşap Oklava", "noun:rolling_pin"),
    ("lunch box for kids?", "Beslenme Kutusu", "noun:lunch_box"),
    ("Есть повербанк?", "Power bank 10000 mAh", "noun:charger"),
    ("kulaklık fiyatı", "Wireless Earbuds", "noun:headphones"),
    ("Apakah ada sampo?", "Argan Shampoo 250 ml", "noun:shampoo"),
    ("do you have toothpaste", "Diş Macunu", "noun:toothbrush"),
    ("¿Venden pañales?", "Baby Diapers Size 3", "noun:diaper"),
    ("Tem ração para gato?", "Kedi Maması", "noun:pet_food"),
    ("Есть ли шоколад?", "Dark Chocolate 70%", "noun:chocolate"),
    ("harga air mineral", "Doğal Kaynak Suyu", "noun:water"),
    ("meyve suyu var mı", "Orange Juice", "noun:juice"),
    ("¿Tienen arroz?", "Pirinç 1 kg", "noun:rice"),
])
def test_a_question_finds_a_product_titled_in_another_language(message, title, concept):
    assert concept in read(message).concepts, message
    assert concept in _title_nouns(title), title


def test_tea_is_not_coffee():
    for message in ("çay var mı?", "Do you sell tea?", "У вас есть чай?", "Tem chá verde?", "Ada teh?"):
        concepts = read(message).concepts
        assert "noun:tea" in concepts and "noun:coffee" not in concepts, message
    assert _title_nouns("Nescafe Kahve") == {"noun:coffee"}
    assert "noun:coffee" not in _title_nouns("Rize Çayı")


@pytest.mark.parametrize("title, wrong", [
    ("Sea Salt 500 g", "noun:scarf"),          # Turkish "şal" (shawl) is a word, not the stem of "salt"
    ("Kettlebell 12 kg", "noun:kettle"),
    ("Mustard Yellow Sweater", "noun:sauce"),  # mustard is a colour of clothes
    ("Yumurta Dilimleyici", "noun:egg"),       # an egg slicer is a kitchen tool, not eggs
    ("Olay Shea Butter Cream", "noun:butter"),
    ("Boxing Gloves", "noun:underwear"),
])
def test_a_title_does_not_get_the_noun_of_a_word_inside_another(title, wrong):
    assert wrong not in _title_nouns(title), title


@pytest.mark.parametrize("message", [
    "Can I put it in the washing machine?", "¿Se puede lavar en lavadora?", "makinede yıkanabilir mi?",
    "Is it water resistant?", "su geçirmez mi?", "Can I return swimwear?", "Do you offer gift wrapping?",
    "I saw it on your website", "te envío el pedido mañana",
])
def test_a_question_about_care_returns_or_gifts_is_not_a_product_search(message):
    nouns = [c for c in read(message).concepts if c.startswith("noun:")]
    assert not nouns, (message, nouns)
