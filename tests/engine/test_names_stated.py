"""A yes/no question about a name that the store's sentence states ("do you take Discover?" - "We accept Visa,
Mastercard, Discover and PayPal"), in any language, and never a yes where the sentence says no."""

from __future__ import annotations

import pytest

from tests.engine.stores import HEADER, ask, build_store, csv_text

GOODS = [["mug", "Stone Mug", "<p>A mug.</p>", "Argil", "Kitchen", "mug", "Title", "Default Title", "shopify", "4",
          "14.00", "active"]]
PAY_EN = """# Payment

Online we accept Visa, Mastercard, Discover and PayPal.

## Not accepted

We do not accept American Express or cheques.
"""
PAY_TR = """# Ödeme

Online ödeme: Visa ve Mastercard, PayPal ve Google Pay ile ödeme yapabilirsiniz.
"""


@pytest.fixture(scope="module")
def en(tmp_path_factory):
    s = build_store(tmp_path_factory, "argil", "Argil", {"products.csv": csv_text(HEADER, GOODS), "pay.md": PAY_EN})
    yield s
    s.close()


@pytest.fixture(scope="module")
def tr(tmp_path_factory):
    s = build_store(tmp_path_factory, "bakir", "Bakir", {"products.csv": csv_text(HEADER, GOODS), "odeme.md": PAY_TR})
    yield s
    s.close()


def test_a_name_the_sentence_states_is_a_yes(en):
    a = ask(en, "do you take discover cards?")
    assert a.reply.startswith("Yes") and "Discover" in a.reply, a.reply


def test_a_sentence_that_says_not_is_never_a_yes(en):
    a = ask(en, "do you accept american express?")
    assert not a.reply.startswith("Yes"), a.reply


@pytest.mark.parametrize("message, yes", [
    ("¿aceptan Mastercard?", "Sí"),
    ("можно оплатить через Google Pay?", "Да"),
])
def test_a_name_stated_on_a_page_in_another_language_is_a_yes_with_the_sentence(tr, message, yes):
    a = ask(tr, message)
    assert a.reply.startswith(yes) and "Mastercard" in a.reply, a.reply


@pytest.mark.parametrize("message", ["dont need a person, just tell me if u take discover",
                                     "no hace falta pasarme con nadie, solo dime si aceptan tarjetas discover"])
def test_a_question_put_as_tell_me_if_is_a_yes_no_question(en, message):
    a = ask(en, message)
    assert a.reply.split()[0].strip(".,!") in ("Yes", "Sí"), a.reply
    assert not a.handoff
