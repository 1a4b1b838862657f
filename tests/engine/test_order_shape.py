"""A bare number read as an order number from the shape of the store's own orders (rag_agent.orders.OrderShape),
the dialogue state that keeps an order asked about until contact data completes it, and the proof an order's
details still need (a fake embedder: the answer path runs no model)."""

from __future__ import annotations

import json

import pytest

from rag_agent.engine.catalog import Catalog
from rag_agent.engine.dialogue import state_from_history
from rag_agent.engine.understand import read
from rag_agent.orders import OrderShape
from tests.engine.stores import ask, build_store

SHAPE6 = OrderShape.learn(["418311", "418329", "418369"])


def test_the_shape_is_learnt_from_the_stores_numbers():
    assert SHAPE6 == OrderShape(6, 6, ("",))
    assert SHAPE6.fits("418329") and not SHAPE6.fits("41832") and not SHAPE6.fits("4183291")
    assert OrderShape.learn([]) is None and OrderShape.learn(["n/a"]) is None
    prefixed = OrderShape.learn(["SO-10021", "SO-10400"])
    assert prefixed.prefixed_in("where is so-10400 ?") == ["10400"] and prefixed.stored("10400") == "SO-10400"
    assert SHAPE6.stored("418329") == "418329"


@pytest.mark.parametrize("message, numbers", [
    ("hey can u check 418329 for me", ["418329"]),
    ("did 418311 arrive? my number is 030 23125111", ["418311"]),
    ("wheres 418311", ["418311"]),
    ("418369 nerede kaldı", ["418369"]),
    # the message gives the number another role: money, a quantity, a range, a phone, a date, another subject
    ("anything under 250000?", []),
    ("do you have 100000 units of it", []),
    ("call me at 555012", []),
    ("who won the 201800 marathon in berlin city yesterday", []),
    ("hey can u check 41832 for me", []),
    ("do you deliver to 460011?", []),  # a destination
    ("my zip code is 460011", []),
    ("Я живу в Нойкёльне, индекс 120470", []),
    ("i have 150000 to spend on a laptop", []),  # a budget beside a kind of product  # not the length of the store's numbers
])
def test_a_bare_number_of_the_shape_is_an_order_number_when_nothing_else_claims_it(message, numbers):
    assert read(message, order_shape=SHAPE6).order_numbers == numbers, message


def test_without_a_shape_a_bare_number_stays_a_number():
    assert read("hey can u check 418329 for me").order_numbers == []


def test_a_model_number_of_the_catalog_is_not_an_order():
    r = read("is the 418329 in stock", vocabulary=frozenset({"418329", "speaker"}), order_shape=SHAPE6)
    assert r.order_numbers == []


def test_a_date_is_not_an_order():
    shape4 = OrderShape.learn(["2048", "2050"])
    assert read("delivered on 12 march 2048 ?", order_shape=shape4).order_numbers == []
    assert read("can u check 2050 for me", order_shape=shape4).order_numbers == ["2050"]


def test_the_state_keeps_an_order_asked_about_until_contact_data_completes_it():
    s = state_from_history([("customer", "hey can u check 418329 for me"),
                            ("agent", "Of course! What's the email address or phone number on the order?")],
                           Catalog([]), order_shape=SHAPE6)
    assert s.order_number == "418329" and s.order_pending and s.awaiting == "contact"
    s = state_from_history([("customer", "hey can u check 418329 for me"), ("customer", "ana@example.com")],
                           Catalog([]), order_shape=SHAPE6)
    assert not s.order_pending

ORDERS = [
    {"number": "418329", "email": "valentina.rojas@example.com", "phone": "+15035550101", "status": "shipped",
     "items": [{"title": "Pocket Radio", "variant": "", "quantity": 1}], "tracking_number": "1ZTEST0001",
     "tracking_url": "https://track.example/1ZTEST0001"},
    {"number": "418311", "email": "sam@example.com", "phone": "+15035550102", "status": "processing",
     "items": [{"title": "Pocket Radio", "variant": "", "quantity": 1}]},
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    svc = build_store(tmp_path_factory, "radio", "Radio", {
        "products.csv": "Handle,Title,Body (HTML),Variant Price,Variant Inventory Qty,Status\n"
                        "pocket-radio,Pocket Radio,<p>A small radio.</p>,39.00,5,active\n",
        "help.md": "# Shipping\n\nWe ship within 3 working days. Shipping costs $6.\n",
        "orders.jsonl": "".join(json.dumps(o) + "\n" for o in ORDERS)})
    yield svc
    svc.close()


def test_a_bare_number_asks_for_proof_and_contact_in_a_later_turn_completes_it(shop):
    a = ask(shop, "hey can u check 418329 for me")
    assert a.intent == "order_status" and "418329" in a.reply and "1ZTEST0001" not in a.reply
    assert a.explanation["reading"]["order_evidence"] == {"418329": "shape"}
    history = ["hey can u check 418329 for me", a.reply]
    b = ask(shop, "valentina.rojas@example.com", history)
    assert b.intent == "order_status" and "1ZTEST0001" in b.reply
    # the wrong contact data tells nothing
    c = ask(shop, "sam@example.com", history)
    assert c.intent == "order_lookup_denied" and "1ZTEST0001" not in c.reply and "Pocket" not in c.reply


def test_contact_data_after_another_turn_still_completes_the_order(shop):
    a = ask(shop, "my email is valentina.rojas@example.com",
            ["where is 418329?", "To check order 418329, tell me the email or phone used for the order.",
             "ok one sec", "Sure."])
    assert a.intent == "order_status" and "1ZTEST0001" in a.reply


def test_an_order_number_with_contact_in_one_message(shop):
    a = ask(shop, "did 418311 arrive? my number is +1 503 555 0102")
    assert a.intent == "order_status" and "418311" in a.reply


def test_a_change_asked_after_an_order_exchange_offers_a_person_and_tells_nothing(shop):
    history = ["What's the status of order 418311? My email is sam@example.com.", "Order 418311 is being prepared."]
    a = ask(shop, "Please change the delivery address to 120 Pine Street, Boston, MA.", history)
    assert a.intent == "change_request" and "team" in a.reply and "Shipping costs" not in a.reply
    # the same words as a question about the store's rules, with no order in the conversation, ask the policy
    assert ask(shop, "how do I change my shipping address?").intent != "change_request"
    a = ask(shop, "bisa ganti alamat pengirimannya?", ["order 418311 ya", "Pesanan 418311 sedang disiapkan."])
    assert a.intent == "change_request" and a.language == "id"


def test_a_bad_experience_gets_an_apology_and_a_person(shop):
    a = ask(shop, "bought a radio from u 2 weeks ago and it already stopped working. total junk")
    assert "sorry" in a.reply.lower() and ("team" in a.reply or "order number" in a.reply)
    a = ask(shop, "the courier left my parcel with the neighbour and it was soaked. gross")
    assert a.intent == "complaint" and "sorry" in a.reply.lower() and "Shipping costs" not in a.reply
    a = ask(shop, "I'd like to speak with a member of your staff, please.")
    assert a.intent == "handoff" and a.handoff


def test_a_status_question_is_about_the_customers_own_order(shop):
    for message in ("when will my order arrive?", "siparişim ne zaman gelir?", "kapan pesananku sampai?"):
        a = ask(shop, message)
        assert a.intent == "order_status" and "418" not in a.reply, message  # asks for the number
    a = ask(shop, "what's the minimum order for free shipping?")
    assert a.intent != "order_status"
