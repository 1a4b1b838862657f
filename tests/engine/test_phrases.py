"""Tests for rag_agent.engine.phrases (reply templates, durations, lists)."""

from __future__ import annotations

import re
import string

import pytest

from rag_agent.engine import phrases as ph
from rag_agent.engine.phrases import (
    COUNTRIES,
    DAYS,
    LANGS,
    ORDINALS,
    PHRASES,
    STATUS_WORDS,
    TONES,
    duration,
    duration_range,
    join_list,
    phrase,
)

REQUIRED_KEYS = {
    "greeting", "thanks", "goodbye", "bot_question", "handoff", "handoff_upset",
    "out_of_scope", "refuse_injection", "no_answer", "ask_clarify_product",
    "product_not_found", "price", "price_sale", "price_range", "stock_in_qty",
    "stock_in", "stock_out", "stock_variant_in", "stock_variant_out",
    "stock_variant_unknown", "options", "options_single", "option_name_size",
    "option_name_color", "link", "recommend", "recommend_none", "ships_in",
    "ships_overnight", "ships_multi", "returns_days", "returns_none", "warranty",
    "warranty_lifetime", "warranty_none", "order_status_processing",
    "order_status_shipped", "order_status_shipped_no_tracking",
    "order_status_delivered", "order_status_cancelled", "order_status_other",
    "order_tracking_link", "order_ask_contact", "order_ask_number", "order_refused",
    "policy_intro", "ship_cost", "time_clause_takes", "ship_free_over", "ship_express",
    "ship_countries", "contact_email", "hours", "closed_on", "payment_methods",
    "return_condition", "return_how", "return_fee", "refund_time", "discount_code",
    "min_clause", "cancel_policy", "stale_notice", "closing_short", "closing_long",
}

# expected placeholders for keys whose API is fixed by the caller
EXPECTED_FIELDS = {
    "ask_clarify_product": {"examples"},
    "product_not_found": {"query"},
    "price": {"title", "price"},
    "price_sale": {"title", "price", "compare_at"},
    "price_range": {"title", "min_price", "max_price"},
    "stock_in_qty": {"title", "qty"},
    "stock_in": {"title"},
    "stock_out": {"title"},
    "stock_variant_in": {"title", "variant", "qty"},
    "stock_variant_out": {"title", "variant"},
    "stock_variant_unknown": {"title", "variant", "options"},
    "options": {"title", "option_name", "values"},
    "options_single": {"title"},
    "link": {"title", "url"},
    "recommend": {"items"},
    "ships_in": {"title", "duration"},
    "ships_overnight": {"title"},
    "ships_multi": {"title", "duration"},
    "returns_days": {"title", "duration"},
    "returns_none": {"title"},
    "warranty": {"title", "duration"},
    "warranty_lifetime": {"title"},
    "warranty_none": {"title"},
    "order_status_processing": {"number"},
    "order_status_shipped": {"number", "tracking"},
    "order_status_shipped_no_tracking": {"number"},
    "order_status_delivered": {"number", "tracking"},
    "order_status_cancelled": {"number"},
    "order_status_other": {"number", "status"},
    "order_tracking_link": {"url"},
    "order_ask_contact": {"number"},
    "order_refused": {"number"},
    "ship_cost": {"price", "time_clause"},
    "time_clause_takes": {"time"},
    "ship_free_over": {"amount"},
    "ship_express": {"price", "time_clause"},
    "ship_countries": {"countries"},
    "contact_email": {"email"},
    "hours": {"hours"},
    "closed_on": {"days"},
    "payment_methods": {"methods"},
    "return_how": {"email"},
    "return_fee": {"fee"},
    "refund_time": {"time"},
    "discount_code": {"code", "percent", "min_clause"},
    "min_clause": {"amount"},
    "stale_notice": {"when"},
}

IN_STOCK_WORDS = {
    "en": ["in stock", "available"],
    "es": ["disponible", "en stock"],
    "pt": ["em estoque", "disponível"],
    "tr": ["stokta var", "mevcut"],
    "id": ["tersedia", "ada stok"],
    "ru": ["есть в наличии", "в наличии есть"],
}
OUT_OF_STOCK_WORDS = {
    "en": ["out of stock"],
    "es": ["agotado"],
    "pt": ["esgotado", "sem estoque"],
    "tr": ["stokta yok"],
    "id": ["stok habis"],
    "ru": ["нет в наличии"],
}
YES_WORDS = {"en": "yes", "es": "sí", "pt": "sim", "tr": "evet", "id": "ya", "ru": "да"}

# key -> lang -> alternatives (at least one must appear in every tone)
REQUIRED_WORDS = {
    "stock_out": OUT_OF_STOCK_WORDS,
    "stock_variant_out": OUT_OF_STOCK_WORDS,
    "ships_overnight": {
        "en": ["overnight"],
        "es": ["al día siguiente"],
        "pt": ["no dia seguinte"],
        "tr": ["ertesi gün"],
        "id": ["keesokan hari", "besok"],
        "ru": ["на следующий день"],
    },
    "returns_none": {"en": ["cannot be returned"]},
    "order_status_processing": {
        "es": ["preparando", "en proceso"],
        "pt": ["em processamento", "sendo preparado"],
        "tr": ["hazırlanıyor"],
        "id": ["sedang diproses"],
        "ru": ["готовится", "обрабатывается"],
    },
    "order_status_shipped": {
        "en": ["shipped"],
        "es": ["enviado"],
        "pt": ["enviado"],
        "tr": ["kargoya verildi"],
        "id": ["dikirim"],
        "ru": ["отправлен"],
    },
    "order_status_delivered": {
        "en": ["delivered"],
        "es": ["entregado"],
        "pt": ["entregue"],
        "tr": ["teslim edildi"],
        "id": ["sudah diterima", "terkirim"],
        "ru": ["доставлен"],
    },
    "order_status_cancelled": {
        "en": ["cancelled"],
        "es": ["cancelado"],
        "pt": ["cancelado"],
        "tr": ["iptal edildi"],
        "id": ["dibatalkan"],
        "ru": ["отменён", "отменен"],
    },
    "closed_on": {
        "en": ["closed"],
        "es": ["cerrado"],
        "pt": ["fechado"],
        "tr": ["kapalı"],
        "id": ["tutup"],
        "ru": ["не работаем", "закрыто"],
    },
    "return_condition": {"pt": ["sem uso"]},
}

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _all_texts():
    for key, by_lang in PHRASES.items():
        for lang, by_tone in by_lang.items():
            for tone, text in by_tone.items():
                yield key, lang, tone, text


def _sample_values(key: str) -> dict[str, str]:
    template = PHRASES[key]["en"]["friendly"]
    return {name: f"<{name}>" for name in _fields(template)}


# ---------------------------------------------------------------------- structure


def test_langs_and_tones():
    # the languages are the catalog files present (a new file adds one), English, the fallback, first
    assert LANGS[0] == "en" and set(LANGS) >= {"en", "es", "pt", "tr", "id", "ru"}
    assert TONES == ("casual", "friendly", "professional")


def test_required_keys_present():
    missing = REQUIRED_KEYS - set(PHRASES)
    assert not missing, missing


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_every_key_has_every_lang_and_tone(key):
    assert set(PHRASES[key]) == set(LANGS)
    for lang in LANGS:
        assert set(PHRASES[key][lang]) == set(TONES), (key, lang)
        for tone in TONES:
            text = PHRASES[key][lang][tone]
            assert isinstance(text, str) and text.strip(), (key, lang, tone)


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_placeholders_identical_across_langs_and_tones(key):
    reference = _fields(PHRASES[key]["en"]["friendly"])
    for lang in LANGS:
        for tone in TONES:
            assert _fields(PHRASES[key][lang][tone]) == reference, (key, lang, tone)


@pytest.mark.parametrize("key", sorted(EXPECTED_FIELDS))
def test_expected_placeholders(key):
    assert _fields(PHRASES[key]["en"]["friendly"]) == EXPECTED_FIELDS[key]


def test_templates_are_single_line_plain_text():
    for key, lang, tone, text in _all_texts():
        where = (key, lang, tone)
        assert "\n" not in text and "\r" not in text, where
        assert not EMOJI.search(text), where
        for md in ("**", "`", "#", "](", "__"):
            assert md not in text, where
        # no positional / formatted placeholders, all are named
        for _, name, spec, conv in string.Formatter().parse(text):
            if name is not None:
                assert name.isidentifier(), where
                assert not spec and not conv, where


def test_templates_are_short():
    for key, lang, tone, text in _all_texts():
        assert len(text) <= 150, (key, lang, tone, len(text))


def test_templates_format_with_sample_values():
    for key, lang, tone, text in _all_texts():
        out = text.format(**_sample_values(key))
        assert "{" not in out and "}" not in out, (key, lang, tone)


def test_clauses_start_with_space():
    for key in ("time_clause_takes", "min_clause"):
        for lang in LANGS:
            for tone in TONES:
                text = PHRASES[key][lang][tone]
                assert text.startswith(" ") and not text.startswith("  "), (key, lang)


# ---------------------------------------------------------------------- phrase()


def test_phrase_formats():
    assert phrase("price", "en", "friendly", title="Classic Tee", price="$20.00") == (
        "The Classic Tee costs $20.00."
    )
    out = phrase("price", "ru", title="Classic Tee", price="1 990 ₽")
    assert "Classic Tee" in out and "1 990 ₽" in out


def test_phrase_default_tone_is_friendly():
    assert phrase("greeting", "es") == PHRASES["greeting"]["es"]["friendly"]


def test_phrase_unknown_lang_falls_back_to_en():
    assert phrase("greeting", "xx", "casual") == PHRASES["greeting"]["en"]["casual"]
    assert phrase("greeting", "", "casual") == PHRASES["greeting"]["en"]["casual"]


def test_phrase_accepts_regional_lang_codes():
    assert phrase("greeting", "pt-BR") == PHRASES["greeting"]["pt"]["friendly"]
    assert phrase("greeting", "ES") == PHRASES["greeting"]["es"]["friendly"]


def test_phrase_unknown_tone_falls_back_to_friendly():
    assert phrase("thanks", "tr", "pirate") == PHRASES["thanks"]["tr"]["friendly"]


def test_phrase_unknown_key_raises():
    with pytest.raises(KeyError):
        phrase("no_such_key", "en")


def test_phrase_composes_clauses():
    for lang in LANGS:
        clause = phrase("time_clause_takes", lang, time=duration_range(3, 5, "day", lang, business=True))
        out = phrase("ship_cost", lang, "friendly", price="$5", time_clause=clause)
        assert "$5" in out and "3-5" in out
        mc = phrase("min_clause", lang, amount="$50")
        out = phrase("discount_code", lang, code="WELCOME10", percent="10%", min_clause=mc)
        assert "WELCOME10" in out and "$50" in out
    assert phrase("ship_cost", "en", price="$5", time_clause="") == "Standard shipping costs $5 per order."


# ---------------------------------------------------------------------- duration


@pytest.mark.parametrize(
    "n, unit, expected",
    [
        (1, "day", "1 день"),
        (2, "day", "2 дня"),
        (5, "day", "5 дней"),
        (11, "day", "11 дней"),
        (14, "day", "14 дней"),
        (21, "day", "21 день"),
        (22, "day", "22 дня"),
        (1, "week", "1 неделя"),
        (2, "week", "2 недели"),
        (5, "week", "5 недель"),
        (21, "week", "21 неделя"),
        (1, "month", "1 месяц"),
        (2, "month", "2 месяца"),
        (5, "month", "5 месяцев"),
        (21, "month", "21 месяц"),
        (1, "year", "1 год"),
        (2, "year", "2 года"),
        (5, "year", "5 лет"),
        (21, "year", "21 год"),
        (112, "year", "112 лет"),
    ],
)
def test_duration_ru(n, unit, expected):
    assert duration(n, unit, "ru") == expected


@pytest.mark.parametrize(
    "n, expected",
    [(1, "1 рабочий день"), (2, "2 рабочих дня"), (5, "5 рабочих дней"), (21, "21 рабочий день")],
)
def test_duration_ru_business(n, expected):
    assert duration(n, "day", "ru", business=True) == expected


@pytest.mark.parametrize(
    "lang, one, two, five",
    [
        ("en", "1 day", "2 days", "5 days"),
        ("es", "1 día", "2 días", "5 días"),
        ("pt", "1 dia", "2 dias", "5 dias"),
        ("tr", "1 gün", "2 gün", "5 gün"),
        ("id", "1 hari", "2 hari", "5 hari"),
    ],
)
def test_duration_days(lang, one, two, five):
    assert duration(1, "day", lang) == one
    assert duration(2, "day", lang) == two
    assert duration(5, "day", lang) == five


@pytest.mark.parametrize(
    "lang, unit, one, many",
    [
        ("en", "week", "1 week", "3 weeks"),
        ("en", "month", "1 month", "3 months"),
        ("en", "year", "1 year", "3 years"),
        ("es", "week", "1 semana", "3 semanas"),
        ("es", "month", "1 mes", "3 meses"),
        ("es", "year", "1 año", "3 años"),
        ("pt", "week", "1 semana", "3 semanas"),
        ("pt", "month", "1 mês", "3 meses"),
        ("pt", "year", "1 ano", "3 anos"),
        ("tr", "week", "1 hafta", "3 hafta"),
        ("tr", "month", "1 ay", "3 ay"),
        ("tr", "year", "1 yıl", "3 yıl"),
        ("id", "week", "1 minggu", "3 minggu"),
        ("id", "month", "1 bulan", "3 bulan"),
        ("id", "year", "1 tahun", "3 tahun"),
    ],
)
def test_duration_other_units(lang, unit, one, many):
    assert duration(1, unit, lang) == one
    assert duration(3, unit, lang) == many


@pytest.mark.parametrize(
    "lang, one, many",
    [
        ("en", "1 business day", "3 business days"),
        ("es", "1 día hábil", "3 días hábiles"),
        ("pt", "1 dia útil", "3 dias úteis"),
        ("tr", "1 iş günü", "3 iş günü"),
        ("id", "1 hari kerja", "3 hari kerja"),
    ],
)
def test_duration_business(lang, one, many):
    assert duration(1, "day", lang, business=True) == one
    assert duration(3, "day", lang, business=True) == many


def test_duration_unit_aliases_and_errors():
    assert duration(2, "weeks", "en") == "2 weeks"
    assert duration(2, "Day", "en") == "2 days"
    assert duration(2, "day", "xx") == "2 days"
    with pytest.raises(ValueError):
        duration(2, "fortnight", "en")


def test_duration_none_is_vague():
    assert duration(None, "day", "en") == "a few days"
    assert duration(None, "week", "es") == "unas semanas"
    assert duration(None, "day", "pt", business=True) == "alguns dias úteis"
    assert duration(None, "day", "ru", business=True) == "несколько рабочих дней"
    assert duration(None, "week", "tr") == "birkaç hafta"
    for lang in LANGS:
        assert not any(ch.isdigit() for ch in duration(None, "month", lang))


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", "3-5 business days"),
        ("es", "3-5 días hábiles"),
        ("pt", "3-5 dias úteis"),
        ("tr", "3-5 iş günü"),
        ("id", "3-5 hari kerja"),
        ("ru", "3-5 рабочих дней"),
    ],
)
def test_duration_range_business(lang, expected):
    assert duration_range(3, 5, "day", lang, business=True) == expected


def test_duration_range_agrees_with_upper_bound():
    assert duration_range(1, 2, "week", "ru") == "1-2 недели"
    assert duration_range(2, 4, "day", "ru") == "2-4 дня"
    assert duration_range(20, 21, "day", "ru") == "20-21 день"
    assert duration_range(1, 2, "week", "en") == "1-2 weeks"
    assert duration_range(1, 2, "month", "pt") == "1-2 meses"
    assert duration_range(2, 2, "day", "en") == "2 days"
    assert duration_range(1, 1, "week", "ru") == "1 неделя"


# ---------------------------------------------------------------------- join_list


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", "a, b and c"),
        ("es", "a, b y c"),
        ("pt", "a, b e c"),
        ("tr", "a, b ve c"),
        ("id", "a, b, dan c"),
        ("ru", "a, b и c"),
    ],
)
def test_join_list_three(lang, expected):
    assert join_list(["a", "b", "c"], lang) == expected


def test_join_list_small_and_edge_cases():
    assert join_list([], "en") == ""
    assert join_list(["a"], "ru") == "a"
    assert join_list(["a", "b"], "en") == "a and b"
    assert join_list(["a", "b"], "id") == "a dan b"
    assert join_list(["a", "", "b"], "tr") == "a ve b"
    assert join_list(["a", "b"], "xx") == "a and b"


def test_join_list_spanish_e_before_i_sound():
    assert join_list(["España", "Italia"], "es") == "España e Italia"
    assert join_list(["Francia", "Indonesia"], "es") == "Francia e Indonesia"
    assert join_list(["agua", "hielo"], "es") == "agua y hielo"
    assert join_list(["México", "Canadá"], "es") == "México y Canadá"


# ---------------------------------------------------------------------- content rules


def test_refuse_injection_has_no_digits_percent_or_system_prompt():
    for lang in LANGS:
        for tone in TONES:
            text = PHRASES["refuse_injection"][lang][tone]
            assert not any(ch.isdigit() for ch in text), (lang, tone)
            assert "%" not in text, (lang, tone)
            assert "system prompt" not in text.lower(), (lang, tone)
            assert "{" not in text, (lang, tone)


@pytest.mark.parametrize("key", ["stock_out", "stock_variant_out"])
def test_stock_out_has_no_in_stock_words(key):
    for lang in LANGS:
        for tone in TONES:
            text = PHRASES[key][lang][tone].lower()
            for word in IN_STOCK_WORDS[lang]:
                assert word not in text, (key, lang, tone, word)


@pytest.mark.parametrize("key", ["stock_in", "stock_in_qty", "stock_variant_in"])
def test_stock_in_says_yes_and_in_stock(key):
    for lang in LANGS:
        positive = IN_STOCK_WORDS[lang] + (["в наличии"] if lang == "ru" else [])
        for tone in TONES:
            text = PHRASES[key][lang][tone].lower()
            assert re.search(rf"(?<!\w){YES_WORDS[lang]}(?!\w)", text), (key, lang, tone)
            assert any(w in text for w in positive), (key, lang, tone)
            for word in OUT_OF_STOCK_WORDS[lang]:
                assert word not in text, (key, lang, tone, word)


def test_order_refused_reveals_no_status():
    for lang in LANGS:
        banned = [words[lang].lower() for words in STATUS_WORDS.values()]
        for key in (
            "order_status_processing",
            "order_status_shipped",
            "order_status_delivered",
            "order_status_cancelled",
        ):
            banned += [w.lower() for w in REQUIRED_WORDS[key].get(lang, [])]
        for tone in TONES:
            text = PHRASES["order_refused"][lang][tone].lower()
            for word in banned:
                assert word not in text, (lang, tone, word)
            assert "{number}" in PHRASES["order_refused"][lang][tone]


@pytest.mark.parametrize("key", sorted(REQUIRED_WORDS))
def test_required_keywords(key):
    for lang, alternatives in REQUIRED_WORDS[key].items():
        for tone in TONES:
            text = PHRASES[key][lang][tone].lower()
            assert any(a.lower() in text for a in alternatives), (key, lang, tone, alternatives)


def test_return_condition_pt_mentions_original_packaging():
    for tone in TONES:
        assert "embalagem original" in PHRASES["return_condition"]["pt"][tone]


def test_processing_does_not_claim_shipped():
    for lang in LANGS:
        shipped = STATUS_WORDS["shipped"][lang].lower()
        for tone in TONES:
            assert shipped not in PHRASES["order_status_processing"][lang][tone].lower(), (lang, tone)


def test_handoff_upset_apologizes():
    apology = {
        "en": ["sorry", "apologi"],
        "es": ["siento", "lamento", "disculpa"],
        "pt": ["sinto muito", "desculpa"],
        "tr": ["üzgün", "özür"],
        "id": ["maaf"],
        "ru": ["жаль", "прост", "извин"],
    }
    for lang in LANGS:
        for tone in TONES:
            text = PHRASES["handoff_upset"][lang][tone].lower()
            assert any(a in text for a in apology[lang]), (lang, tone)


def test_option_names_tone_independent():
    for key in ("option_name_size", "option_name_color"):
        for lang in LANGS:
            assert len(set(PHRASES[key][lang].values())) == 1, (key, lang)


def test_russian_professional_uses_capital_vy():
    # casual/friendly use lowercase "вы"; professional addresses the customer as "Вы"
    for key in ("greeting", "closing_short", "handoff", "bot_question"):
        assert re.search(r"\bВ(ы|ам|ас|аш)", PHRASES[key]["ru"]["professional"]), key
        for tone in ("casual", "friendly"):
            mid_sentence_vy = r"(?<=[^.!?\s])\s+В(?:ы|ам|ас|аш\w*)\b"
            assert not re.search(mid_sentence_vy, PHRASES[key]["ru"][tone]), (key, tone)


# ---------------------------------------------------------------------- tables


def test_status_words_complete():
    assert set(STATUS_WORDS) >= {
        "processing", "shipped", "delivered", "cancelled", "refunded", "on_hold", "awaiting_payment",
        "ready_for_pickup", "in_transit", "out_for_delivery",
    }
    for status, by_lang in STATUS_WORDS.items():
        assert set(by_lang) == set(LANGS), status
        assert all(w.strip() for w in by_lang.values()), status
    assert STATUS_WORDS["processing"]["pt"] == "em processamento"
    assert STATUS_WORDS["shipped"]["pt"] == "enviado"
    assert STATUS_WORDS["delivered"]["pt"] == "entregue"
    assert STATUS_WORDS["cancelled"]["pt"] == "cancelado"


def test_ordinals():
    assert set(ORDINALS) == set(LANGS)
    for lang, words in ORDINALS.items():
        assert len(words) == 5, lang
        for w in words:
            re.compile(w)
    assert ORDINALS["en"] == ["first", "second", "third", "fourth", "fifth"]
    assert re.search(ORDINALS["tr"][0], "ilk ürün")
    assert re.search(ORDINALS["pt"][0], "a primeira opção")
    assert re.search(ORDINALS["ru"][2], "третий вариант")


def test_days():
    assert set(DAYS) == set(LANGS)
    for lang, days in DAYS.items():
        assert len(days) == 7 and len(set(days)) == 7, lang
    assert DAYS["en"][0] == "Monday" and DAYS["en"][6] == "Sunday"
    assert DAYS["ru"][6] == "воскресенье"


def test_countries():
    names = {
        "United States", "Canada", "Mexico", "Brazil", "United Kingdom", "Turkey",
        "Indonesia", "Russia", "Spain", "Portugal", "Germany", "France",
    }
    assert set(COUNTRIES) == names
    for name, by_lang in COUNTRIES.items():
        assert set(by_lang) == set(LANGS), name
        assert by_lang["en"] == name
    us = COUNTRIES["United States"]
    assert us["es"] == "Estados Unidos" and us["pt"] == "Estados Unidos"
    assert us["tr"] == "Amerika Birleşik Devletleri"
    assert us["id"] == "Amerika Serikat" and us["ru"] == "США"


def test_closed_on_with_localized_days():
    for lang in LANGS:
        days = join_list([DAYS[lang][5], DAYS[lang][6]], lang)
        out = phrase("closed_on", lang, days=days)
        assert DAYS[lang][6] in out


def test_module_exports():
    for name in ph.__all__:
        assert hasattr(ph, name), name
