"""What the reply catalogs produce, through their public API only, as one JSON-ready dict.

``tests/engine/phrases_golden.json`` holds this capture as it was when the texts still lived in Python dicts;
``test_locales.py`` compares today's capture with it, so moving the texts into data files changed no reply.
A text changed on purpose is re-captured with::

    PYTHONPATH=$PWD python -m tests.engine.capture_phrases > tests/engine/phrases_golden.json

New keys and languages are captured too; the comparison only looks at what the golden file holds.
"""

from __future__ import annotations

import json
import string
import sys

from rag_agent.agents import phrases as agent_phrases
from rag_agent.conversations import phrases as conversation_phrases
from rag_agent.engine import phrases as P

#: a realistic value per placeholder name (non-ASCII on purpose); names not listed get ``<name>``
VALUES = {
    "amount": "$75.00", "code": "WELCOME10", "compare_at": "$149.00", "countries": "Canadá y México",
    "days": "Saturday and Sunday", "duration": "14 days", "email": "help@shop.example", "examples": "Tee, Hoodie",
    "fee": "$5.00", "hours": "Mon-Fri 9:00-17:00", "items": "Trail Runner Jacket ($129.00), Daypack 28L",
    "max_price": "$40.00", "methods": "Visa, PayPal", "min_clause": " on orders over $50", "min_price": "$20.00",
    "number": "5002", "option_name": "size", "options": "S / Olive, M / Black", "percent": "10%", "price": "1 990 ₽",
    "qty": "19", "query": "Çadır 2P", "status": "on hold", "time": "3-5 business days", "time_clause": "",
    "title": "Trail Runner Jacket", "tracking": "1Z999AA10123456784", "url": "https://shop.example/p/jacket",
    "value": "Ana Souza", "values": "S, M and L", "variant": "M / Olive", "when": "2 hours ago",
}

FALLBACK_KEYS = ["greeting", "price", "stock_variant_out", "order_status_other", "option_name_size"]
FALLBACK_LANGS = ["pt-BR", "ES", "ru_RU", "xx", "", None]
FALLBACK_TONES = ["casual", "pirate", ""]
NUMBERS = [None, 0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, -1]
RANGES = [(1, 1), (1, 2), (2, 2), (2, 4), (3, 5), (5, 11), (10, 14), (20, 21), (21, 25)]
UNITS = ["day", "week", "month", "year", "Days", " weeks "]
LISTS = [
    [], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "", "b"], ["España", "Italia"], ["Francia", "Indonesia"],
    ["agua", "hielo"], ["México", "Canadá"], ["x", "Híbrido"], ["x", "hierro"], ["x", "Ícaro"], ["x", "y", "z", "w"],
]


def _values(template: str) -> dict[str, str]:
    names = {n for _, n, _, _ in string.Formatter().parse(template) if n}
    return {n: VALUES.get(n, f"<{n}>") for n in names}


def capture() -> dict:
    """Every key x language x tone through ``phrase()``, durations, lists, tables and the two ``say()``."""
    langs = list(P.LANGS)
    out: dict = {"phrase": {}, "phrase_fallback": {}}
    for key in P.PHRASES:
        values = _values(P.PHRASES[key]["en"]["friendly"])
        out["phrase"][key] = {
            lang: {tone: P.phrase(key, lang, tone, **values) for tone in P.TONES} for lang in langs
        }
    for key in FALLBACK_KEYS:
        values = _values(P.PHRASES[key]["en"]["friendly"])
        out["phrase_fallback"][key] = {
            str(lang): {tone: P.phrase(key, lang, tone, **values) for tone in FALLBACK_TONES}
            for lang in FALLBACK_LANGS
        }
        out["phrase_fallback"][key]["default_tone"] = P.phrase(key, "tr", **values)
    out["duration"] = {
        f"{unit}|{lang}|{business}": [P.duration(n, unit, lang, business=business) for n in NUMBERS]
        for unit in UNITS for lang in langs + ["xx"] for business in (False, True)
    }
    out["duration_range"] = {
        f"{unit}|{lang}|{business}": [P.duration_range(lo, hi, unit, lang, business=business) for lo, hi in RANGES]
        for unit in UNITS for lang in langs + ["xx"] for business in (False, True)
    }
    out["join_list"] = {lang: [P.join_list(items, lang) for items in LISTS] for lang in langs + ["xx"]}
    out["STATUS_WORDS"] = P.STATUS_WORDS
    out["ORDINALS"] = P.ORDINALS
    out["DAYS"] = P.DAYS
    out["COUNTRIES"] = P.COUNTRIES
    out["agents_say"] = {
        key: {lang: agent_phrases.say(key, lang, value=VALUES["value"]) for lang in langs + ["xx", "pt-BR"]}
        for key in agent_phrases.PHRASES
    }
    out["conversations_say"] = {
        key: {str(lang): conversation_phrases.say(key, lang) for lang in langs + ["xx", "pt-BR", None]}
        for key in conversation_phrases.PHRASES
    }
    return out


if __name__ == "__main__":
    json.dump(capture(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
