"""Where a customer is (a city, a state, an island), a code's own terms, list headings that refuse and a count of
time units - on a small store of its own (a fake embedder: the answer path runs no model)."""

from __future__ import annotations

import pytest

from tests.engine.stores import HEADER, ask, build_store, csv_text

GOODS = [["lamp", "Brass Desk Lamp", "<p>A desk lamp.</p>", "Lumen", "Lighting", "lamp", "Title", "Default Title",
          "shopify", "8", "89.00", "active"],
         ["fern", "Boston Fern", "<p>A fern in a 14 cm pot.</p>", "Lumen", "Plants", "plant", "Title",
          "Default Title", "shopify", "12", "19.00", "active"]]
SHIPPING = """# Shipping

## Zones

| Zone | Ground | Two-day |
|---|---|---|
| Zone A: Ohio, Indiana, Kentucky | $5.00 | $14.00 |
| Zone B: every other contiguous state | $9.00 | $19.00 |
| Zone C: Alaska, Hawaii, Puerto Rico | $21.00 | $35.00 |

## Canada

Canadian orders ship by Canada Post for a flat $18.00, in 8-12 business days.

## Other countries

We do not ship outside the United States and Canada.
"""
RETURNS = """# Returns

Returns are accepted within 30 days of delivery.

## Items we cannot take back

- Plants: they are living goods.
- Gift cards.

## Warranty

Lamps carry a warranty of 2 years from the date of purchase.
"""
PROMOS = """# Promotions

## SPRING15 · spring sale

15% off plants until April 30. Not valid on lamps.

## LIGHT10 · lighting week

10% off every lamp, orders of $50 or more.
"""


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    s = build_store(tmp_path_factory, "lumen", "Lumen", {"products.csv": csv_text(HEADER, GOODS),
                                                          "shipping.md": SHIPPING, "returns.md": RETURNS,
                                                          "promotions.md": PROMOS})
    yield s
    s.close()


@pytest.mark.parametrize("message, want, not_want", [
    ("im in toronto, how much is shipping", "18", "$5.00"),  # a city of Canada: the rule for Canada
    ("how much is ground shipping to Cincinnati?", "$5.00", "$9.00"),  # Cincinnati, Ohio: Zone A's row
    ("Anchorage'a kargo ne kadar?", "21", "$5.00"),  # Anchorage, Alaska, in Turkish
])
def test_a_city_meets_the_rule_for_the_place_it_lies_in(svc, message, want, not_want):
    reply = ask(svc, message).reply
    assert want in reply and not_want not in reply, reply


def test_a_code_named_is_answered_by_its_own_terms(svc):
    reply = ask(svc, "does light10 work on lamps?").reply
    assert "10%" in reply or "50" in reply, reply
    assert "SPRING15" not in reply


@pytest.mark.parametrize("message, no_word", [
    ("¿Puedo devolver una planta?", "No"),
    ("can i send back a plant if i dont like it", "No"),
    ("bitki iade edebilir miyim?", "Hayır"),
])
def test_an_item_of_a_list_headed_by_a_refusal_answers_no(svc, message, no_word):
    assert ask(svc, message).reply.startswith(no_word)


@pytest.mark.parametrize("message", ["lambanın garantisi kaç yıl", "how many years of warranty on the lamp?",
                                     "сколько лет гарантия на лампу?"])
def test_a_count_of_years_is_answered_with_the_duration(svc, message):
    a = ask(svc, message)
    assert "2" in a.reply and "89" not in a.reply, a.reply
