"""Store-policy answers: the best sentences for a question, and typed facts rendered in any language.

Typed facts (shipping cost, free-shipping threshold, countries, hours, returns...) are read from the
store's own policy sentences with patterns for how e-commerce policies are commonly written; the values
(amounts, durations, e-mails, days) always come from the store's text. When no typed fact fits, the
engine quotes the best sentences instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag_agent.engine import phrases as P
from rag_agent.engine.lexicon import has
from rag_agent.engine.text import EMAIL, fold, parse_duration

MONEY = re.compile(r"(?:[$€£₺₽]|R\$|Rp)\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|EUR|BRL|TRY|IDR|RUB|dollars?)")
PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%")
CODE = re.compile(r"\b[A-Z][A-Z0-9]{3,}\d+\b|\b[A-Z]{4,}[0-9]*\b")
DAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_WORDS = {  # folded forms in the six languages -> index
    0: ["monday", "lunes", "segunda", "pazartesi", "senin", "понедельник"],
    1: ["tuesday", "martes", "terca", "sali", "selasa", "вторник"],
    2: ["wednesday", "miercoles", "quarta", "carsamba", "rabu", "сред"],
    3: ["thursday", "jueves", "quinta", "persembe", "kamis", "четверг"],
    4: ["friday", "viernes", "sexta", "cuma", "jumat", "пятниц"],
    5: ["saturday", "sabado", "cumartesi", "sabtu", "суббот"],
    6: ["sunday", "domingo", "pazar", "minggu", "воскресен"],
}
FREE = re.compile(r"\b(free|gratis|gratuit|ucretsiz|бесплатн)", re.I)
COUNTRY_Q = re.compile(r"(canad|mexic|brasil|brazil|uk\b|united kingdom|europe|international|abroad|outside|"
                       r"pais|ulke|negara|стран|за границ|turk|indonesia|росси|espan|portugal|germany|france|"
                       r"ship to|deliver to|entregam n|envian a|gonder.*(?:yurt|ulke)|kirim ke)", re.I)


@dataclass
class Fact:
    """A sentence of the store's text and, when typed, the reply it gives in any language."""

    sentence: str
    key: str | None = None
    values: dict | None = None


def sentences(text: str) -> list[str]:
    """Bullet lines and sentences of a policy text."""
    out = []
    for line in re.split(r"\n+", text):
        line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line).strip()
        if not line or line.startswith("#"):
            continue
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line):
            if len(s) > 3:
                out.append(s.strip())
    return out


def _lang_days(idx: list[int], lang: str) -> str:
    return P.join_list([P.DAYS[lang][i] for i in idx], lang)


_JOINS = {"to": {"es": "a", "pt": "a", "tr": "-", "id": "sampai", "ru": "по"},
          "and": {"es": "y", "pt": "e", "tr": "ve", "id": "dan", "ru": "и"}}


def _localize_days(text: str, lang: str) -> str:
    for i, d in enumerate(DAYS_EN):
        text = re.sub(rf"\b{d}s?\b", P.DAYS[lang][i], text, flags=re.I)
    if lang != "en":
        for word, local in _JOINS.items():
            text = re.sub(rf"\b{word}\b", local[lang], text)
    return text.rstrip(". ")


def _duration_text(sentence: str, lang: str) -> str | None:
    d = parse_duration(sentence)
    if not d or "unit" not in d:
        return None
    if d["hi"]:
        return P.duration_range(d["lo"], d["hi"], d["unit"], lang, business=d["business"])
    return P.duration(d["lo"], d["unit"], lang, business=d["business"])


def typed_fact(question: str, sents: list[str], lang: str, currency_hint: str = "") -> Fact | None:
    """The typed fact this question asks for, when the store's sentences state it."""
    q = fold(question)

    def find(*patterns: str) -> str | None:
        for s in sents:
            fs = fold(s)
            if all(re.search(p, fs) for p in patterns):
                return s
        return None

    shipping, returns, promo = has("shipping", q), has("returns", q), has("promo", q)
    if (shipping or promo) and FREE.search(q):
        s = find(r"free", r"ship", r"\d")
        m = MONEY.search(s or "")
        if s and m:
            return Fact(s, "ship_free_over", {"amount": m.group(0).strip()})
    if COUNTRY_Q.search(q) and shipping:
        s = find(r"ship", r"\bonly\b|\bto\b")
        if s:
            m = re.search(r"ship (?:only )?to (?:addresses in )?(?:the )?([A-Z][\w .]+?)(?: only|\.|,|$)", s)
            if m:
                name = m.group(1).strip()
                local = P.COUNTRIES.get(name, {}).get(lang, name)
                return Fact(s, "ship_countries", {"countries": local})
    if re.search(r"express|expres|ekspres|экспресс|rapid|quick|fast|cepat|hizli|быстр", q) and shipping or "express" in q:
        s = find(r"express", r"\d")
        if s and MONEY.search(s):
            dur = _duration_text(s.split("takes", 1)[-1], lang)
            clause = P.phrase("time_clause_takes", lang, time=dur) if dur else ""
            return Fact(s, "ship_express", {"price": MONEY.search(s).group(0), "time_clause": clause})
    if shipping and (has("price", q) or re.search(r"how much|cost|ongkir|berapa|стоит|ucret|costo|custo", q)):
        s = find(r"standard", r"ship", r"cost|\$") or find(r"ship\w* costs?")
        if s and MONEY.search(s):
            dur = _duration_text(s.split("takes", 1)[-1], lang) if "takes" in s else None
            clause = P.phrase("time_clause_takes", lang, time=dur) if dur else ""
            return Fact(s, "ship_cost", {"price": MONEY.search(s).group(0), "time_clause": clause})
    if returns and re.search(r"condi|durum|kondisi|состоян|unused|state|sin usar|sem uso|packag|embalag", q):
        s = find(r"unused|original packaging")
        if s:
            return Fact(s, "return_condition", {})
    if re.search(r"refund|reembols|iade|pengembalian dana|возврат (?:денег|средств)|dinero|dinheiro|uang|деньг", q) \
            and re.search(r"how long|when|days?|cuando|cuanto tiempo|quando|quanto tempo|ne zaman|kac gun|berapa lama|"
                          r"kapan|когда|сколько|take|\bdias\b|\bgun\b|\bhari\b|\bдн|tarda|demora|\bleva|surer|занима", q):
        for s in sents:  # the refund sentence that states a duration (not the one with a fee)
            fs = fold(s)
            if "refund" in fs and re.search(r"\d", fs) and re.search(r"\bdays?\b|\bweeks?\b|business", fs):
                dur = _duration_text(s, lang)
                if dur:
                    return Fact(s, "refund_time", {"time": dur})
    if returns and not re.search(r"how long|how many", q) and re.search(r"how|start|cara|mulai|como|nasil|как|iniciar|begin|baslat", q):
        s = find(r"return", r"@") or find(r"to start a return")
        if s and EMAIL.search(s):
            return Fact(s, "return_how", {"email": EMAIL.search(s).group(0)})
    if returns and re.search(r"pay|fee|cost|shipping|frete|envio|kargo|ongkir|платит|доставк|cobr|custo|cuesta|"
                             r"ucret|biaya|bayar|платн|стоит|gratis|gratuit|ucretsiz|бесплатн", q):
        s = find(r"return", r"fee|deduct|cost")
        if s and MONEY.search(s):
            return Fact(s, "return_fee", {"fee": MONEY.search(s).group(0)})
    if has("hours", q):
        asked_days = [i for i, words in DAY_WORDS.items() if any(re.search(rf"(?<!\w){w}", q) for w in words)]
        closed = find(r"closed")
        if closed and asked_days:
            shut = [i for i in asked_days if re.search(DAYS_EN[i], fold(closed))]
            if shut:
                return Fact(closed, "closed_on", {"days": _lang_days(shut, lang)})
        s = find(r"hours|open", r"\d")
        if s:
            body = s.split(":", 1)[1].strip() if ":" in s else s
            return Fact(s, "hours", {"hours": _localize_days(body, lang)})
    if promo:
        for cand in sents:
            m = CODE.search(cand)
            pct = PERCENT.search(cand)
            if m and pct and not EMAIL.search(cand):
                mins = re.search(r"minimum order (?:of )?((?:[$€£]|R\$)\s?\d[\d.,]*)", cand)
                clause = P.phrase("min_clause", lang, amount=mins.group(1)) if mins else ""
                return Fact(cand, "discount_code", {"code": m.group(0), "percent": pct.group(0).replace(" ", ""),
                                                    "min_clause": clause})
    if has("payment", q):
        s = find(r"accept")
        if s:
            m = re.search(r"accept (.+?)\.?$", s)
            if m:
                return Fact(s, "payment_methods", {"methods": m.group(1)})
    if has("contact", q) or re.search(r"e-?mail|e-?posta|почт", q):
        s = find(r"@")
        if s:
            return Fact(s, "contact_email", {"email": EMAIL.search(s).group(0)})
    if re.search(r"cancel|cancelar|iptal|batal|отмен", q):
        s = find(r"cancel")
        if s:
            return Fact(s, "cancel_policy", {})
    return None
