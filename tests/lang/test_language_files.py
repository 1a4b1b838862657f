"""The language data a translator edits (rag_agent/lang/data/<code>.json) for dates, closed days and currency
words: every language file has the keys with the right types, and each one's words work end to end."""

from __future__ import annotations

import string

import pytest

from rag_agent.engine.render import date_text
from rag_agent.lang.concepts import LANG_CODES, language_data
from rag_agent.lang.facts import closed_days_in, dates_in, money_in

SEPT_1 = {"y": 2026, "m": 9, "d": 1}
DATES = {"en": "September 1, 2026", "es": "1 de septiembre de 2026", "pt": "1 de setembro de 2026",
         "tr": "1 Eylül 2026", "id": "1 September 2026", "ru": "1 сентября 2026"}


@pytest.mark.parametrize("lang", LANG_CODES)
def test_every_language_file_has_date_closed_and_currency_data(lang):
    data = language_data()[lang]
    form = data["date_form"]
    assert isinstance(form, str)
    assert {name for _, name, _, _ in string.Formatter().parse(form) if name} == {"d", "month", "y"}, lang
    assert data["month_case"] in ("nominative", "genitive"), lang
    assert isinstance(data["month_capital"], bool), lang
    words = data["closed_words"]
    assert isinstance(words, list) and words, lang
    assert all(isinstance(w, str) and w.strip() == w and w for w in words), lang
    currency = data["currency_words"]
    assert isinstance(currency, dict) and currency, lang
    for word, code in currency.items():
        assert isinstance(word, str) and word.strip() == word and word, (lang, word)
        assert isinstance(code, str) and len(code) == 3 and code.isupper(), (lang, word, code)


def test_no_currency_word_names_two_currencies():
    seen: dict[str, tuple[str, str]] = {}
    for lang, data in language_data().items():
        for word, code in data.get("currency_words", {}).items():
            other = seen.setdefault(word.lower(), (lang, code))
            assert other[1] == code, (word, other, (lang, code))


@pytest.mark.parametrize("lang", LANG_CODES)
def test_a_date_is_written_in_each_language_and_reads_back(lang):
    text = date_text(SEPT_1, lang)
    assert text == DATES[lang]
    assert [value for value, _, _ in dates_in(text)] == [SEPT_1]


@pytest.mark.parametrize("text, days", [
    ("Pazar: kapalı", [6]),
    ("воскресенье — выходной", [6]),
    ("Domingo: fechado", [6]),
    ("Lunes a viernes 9-18; sábados y domingos cerrados", [5, 6]),
    ("Monday to Friday 9-17. Sunday closed", [6]),
    ("Minggu: libur", [6]),
    ("Monday to Friday 9-17", []),
])
def test_closed_days_are_read_in_every_language(text, days):
    assert closed_days_in(text) == days


@pytest.mark.parametrize("lang", LANG_CODES)
def test_each_closed_word_of_a_language_closes_its_sunday(lang):
    data = language_data()[lang]
    sunday = data["weekdays"][6][0]
    for word in data["closed_words"]:
        assert closed_days_in(f"{sunday}: {word}") == [6], (lang, word)


@pytest.mark.parametrize("text, amount, code", [
    ("52 euroluk", 52.0, "EUR"),
    ("250 реалов", 250.0, "BRL"),
    ("30 dólares", 30.0, "USD"),
    ("100 рублей", 100.0, "RUB"),
    ("20 dolarlık", 20.0, "USD"),
    ("R$ 49,90", 49.9, "BRL"),
    ("15 €", 15.0, "EUR"),
])
def test_currency_words_are_money_with_their_code(text, amount, code):
    assert [(a, c) for a, c, _, _, _ in money_in(text)] == [(amount, code)]


@pytest.mark.parametrize("lang", LANG_CODES)
def test_each_currency_word_of_a_language_is_money(lang):
    for word, code in language_data()[lang]["currency_words"].items():
        assert [(a, c) for a, c, _, _, _ in money_in(f"Shipping: 12 {word}")] == [(12.0, code)], (lang, word)
