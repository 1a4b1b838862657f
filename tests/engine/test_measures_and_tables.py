"""Measures a product states, table rows and columns a message names, scene-setting statements and what a rendered
fact may mean - on a small store of its own (a fake embedder: the answer path runs no model)."""

from __future__ import annotations

import pytest

from rag_agent.engine.compose import Draft, finalize
from rag_agent.engine.persona import Persona
from rag_agent.engine.understand import read
from rag_agent.lang.facts import measures_in
from tests.engine.stores import HEADER, ask, build_store, csv_text

ROWS = [
    ["olive-oil", "Kreta Olive Oil", "<p>Cold-pressed olive oil from Crete. 750 ml glass bottle.</p>", "Agora",
     "Pantry", "oil", "Title", "Default Title", "shopify", "30", "14.50", "active"],
    ["clay-pot", "Terracotta Cooking Pot", "<p>Hand-made clay pot for stews, oven safe. 24 cm, 2.5 L.</p>", "Agora",
     "Cookware", "pot", "Title", "Default Title", "shopify", "6", "39.00", "active"],
    ["gift-box", "Gift Box Deluxe", "<p>A box of six jars. 6 pcs.</p>", "Agora", "Gifts", "gift",
     "Title", "Default Title", "shopify", "5", "45.00", "active"],
]
PAGES = """# Shipping

## Rates

| Destination | Saver (USPS) | Ground (UPS) |
|---|---|---|
| Oregon, Washington | $4.00 · 3-5 business days | $7.00 · 2-3 business days |
| Alaska, Hawaii | $12.00 · 8-10 business days | $19.00 · 5-6 business days |
| Canada | $15.00 · 9-14 business days | $24.00 · 6-8 business days |

## Payment

Cash on delivery is possible for orders up to $200 in Portland.
Refunds of orders paid in cash are sent by bank transfer.
"""


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    svc = build_store(tmp_path_factory, "agora", "Agora", {"products.csv": csv_text(HEADER, ROWS), "help.md": PAGES})
    yield svc
    svc.close()


def test_measures_in_text():
    assert measures_in("Clear glass. 250 ml.") == ["250 ml"]
    assert measures_in("Tray, 45 x 30 cm.") == ["45 x 30 cm"]
    assert measures_in("20 cm, 3 L.") == ["20 cm", "3 L"]
    assert measures_in("6.1-inch display") == ["6.1-inch"]
    assert measures_in("Taze yumurta. 10'lu, M boy.") == ["10'lu"]
    assert measures_in("Costs $20 in 3 days, a 2-year warranty") == []


def test_a_measure_question_asks_a_measure_not_a_stock_count_or_a_price():
    assert read("how many ml is the olive oil").asks == ["measure"]
    assert read("сколько мл в бутылке").asks == ["measure"]
    assert "stock" not in read("kaç litrelik bu tencere").asks
    both = read("how much is the olive oil and how much oil is in a bottle, how many ml")
    assert "price" in both.asks and "measure" in both.asks


def test_a_product_measure_is_answered_from_its_description(shop):
    a = ask(shop, "how many ml is the Kreta Olive Oil?")
    assert "750 ml" in a.reply and "30" not in a.reply  # no unasked stock count
    a = ask(shop, "cuantos litros tiene la Terracotta Cooking Pot?")
    assert a.language == "es" and "2.5 L" in a.reply
    a = ask(shop, "Is the Terracotta Cooking Pot available in 30 cm?")
    assert a.reply.startswith("No") and "24 cm" in a.reply


def test_a_topic_word_inside_a_named_title_is_part_of_the_name(shop):
    a = ask(shop, "What is the size of the Gift Box Deluxe?")
    assert a.intent != "policy" and "6 pcs" in a.reply


def test_a_later_part_keeps_the_product_of_an_earlier_part(shop):
    a = ask(shop, "How much is the Kreta Olive Oil, and what is its volume?")
    assert "14.50" in a.reply and "750 ml" in a.reply and "don't sell" not in a.reply


def test_a_table_answer_narrows_to_the_row_and_column_named_and_keeps_the_time(shop):
    a = ask(shop, "how much is saver shipping to anchorage alaska and how long")
    assert "$12.00" in a.reply and "8-10" in a.reply
    assert "$4.00" not in a.reply and "$19.00" not in a.reply and "$15.00" not in a.reply
    a = ask(shop, "cuanto cuesta el envio saver a canada y cuanto tarda")
    assert "$15.00" in a.reply and "9-14" in a.reply and "$24.00" not in a.reply


def test_a_scene_setting_statement_is_read_with_its_question(shop):
    a = ask(shop, "I paid the courier in cash. How do I get my refund?")
    assert "bank transfer" in a.reply


def test_an_upper_limit_is_never_told_as_a_cost(shop):
    a = ask(shop, "¿Aceptan pago contra reembolso?")
    assert "200" not in a.reply or "«" in a.reply  # quoted with its qualifier, never "shipping costs $200"
    assert "cuesta $200" not in a.reply and "envío cuesta" not in a.reply


def test_an_offer_of_a_person_survives_the_length_limit():
    persona = Persona(reply_length="short")
    offer = "Would you like me to connect you with our team?"
    d = Draft(intent="policy", main=["I'm sorry about that.", "A" * 90 + ".", "B" * 90 + ".", offer])
    d.keep.append(offer)
    reply = finalize(d, persona, "en").reply
    assert reply.startswith("I'm sorry") and offer in reply and "B" * 90 not in reply


RETURNS = """# Returns

| Category | Return window |
|---|---|
| Phones and tablets | 14 days |
| Kitchen appliances and cookware | 45 days |
| Clothing and shoes | 30 days |

Gift wrapping costs $4 per item.

Candles that were lit cannot be returned unless they are faulty.

# Delivery

If you are not at home, the courier leaves the parcel with a neighbour only if you allowed it at checkout.
A second delivery attempt is $3.50.
"""
GOODS = [
    ["slate-tab", "Slate Tab 10", "<p>A 10-inch tablet.</p>", "Nova", "Tablets", "tablets, electronics",
     "Title", "Default Title", "shopify", "8", "299.00", "active"],
    ["slate-tab-mini", "Slate Tab Mini", "<p>An 8-inch tablet.</p>", "Nova", "Tablets", "tablets, electronics",
     "Title", "Default Title", "shopify", "8", "199.00", "active"],
    ["slate-tab-pro", "Slate Tab Pro", "<p>A 12-inch tablet.</p>", "Nova", "Tablets", "tablets, electronics",
     "Title", "Default Title", "shopify", "8", "599.00", "active"],
    ["whirl-blender", "Whirl Blender", "<p>A 1.5 L blender.</p>", "Nova", "Kitchen", "kitchen appliances",
     "Title", "Default Title", "shopify", "3", "59.00", "active"],
    ["field-watch", "Field Watch", "<p>A steel watch.</p>", "Nova", "Watches", "watches",
     "Title", "Default Title", "shopify", "3", "120.00", "active"],
    ["dress-watch", "Dress Watch", "<p>A gold watch.</p>", "Nova", "Watches", "watches",
     "Title", "Default Title", "shopify", "3", "450.00", "active"],
]


@pytest.fixture(scope="module")
def nova(tmp_path_factory):
    svc = build_store(tmp_path_factory, "nova", "Nova", {"products.csv": csv_text(HEADER, GOODS), "returns.md": RETURNS})
    yield svc
    svc.close()


def test_the_cheapest_and_the_most_expensive_of_a_kind(nova):
    a = ask(nova, "qual o tablet mais barato?")
    assert a.intent == "product_recommend" and a.reply.index("199.00") < a.reply.index("299.00")
    a = ask(nova, "what's your most expensive tablet")
    assert a.reply.index("599.00") < a.reply.index("299.00")


def test_a_gift_recommendation_is_products_not_the_gift_wrapping_rule(nova):
    a = ask(nova, "I'm looking for a watch as a gift, under $200. What do you suggest?")
    assert a.intent == "product_recommend" and "Field Watch" in a.reply and "Dress Watch" not in a.reply


def test_a_product_noun_is_not_read_as_a_topic_word_inside_it():
    r = read("saya mencari jam tangan untuk menyelam")
    assert "noun:watch" in r.concepts and "topic:hours" not in r.concepts


def test_a_name_neither_catalog_nor_pages_know_is_not_sold(nova):
    a = ask(nova, "do u have the zorblax 3000 in stock")
    assert a.intent == "product_not_sold"


def test_the_rule_for_a_products_kind_answers_for_it(nova):
    a = ask(nova, "How long do I have to return a blender?")
    assert "45 days" in a.reply and "14 days" not in a.reply and "30 days" not in a.reply


def test_a_condition_word_alone_does_not_make_a_page_the_answer(nova):
    a = ask(nova, "How do I fix a leaking kitchen tap?")
    assert a.intent == "out_of_scope" and "Candles" not in a.reply


def test_an_exchange_with_a_question_asks_the_policy_not_a_change_of_an_order():
    r = read("aldigim vazoyu degistirmek istiyorum kac gun icinde yapabilirim")
    assert r.acts.get("change_request", 0) < 0.6


def test_delivery_when_nobody_is_home_in_another_language(nova):
    a = ask(nova, "Se eu não estiver em casa, o entregador deixa o pacote com o vizinho?")
    assert "neighbour" in a.reply


def test_an_amount_whose_clause_names_another_topic_is_told_with_its_own_label(nova):
    a = ask(nova, "kalo aku ga dirumah, kirim ulang bayar berapa?")
    assert "3.50" in a.reply and "second delivery attempt" in a.reply.lower()
    assert "Ongkos kirimnya $3.50" not in a.reply  # never "shipping costs $3.50"


def test_a_product_not_sold_cites_the_catalog_it_was_looked_up_in(nova):
    a = ask(nova, "do u have the zorblax 3000 in stock")
    assert a.intent == "product_not_sold" and a.citations and a.citations[0]["title"] == "Product catalog"
    a = ask(nova, "How many moons does Mars have?")
    assert a.intent != "product_not_sold" and not a.citations
