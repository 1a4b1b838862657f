"""Text helpers shared by the engine: folding, tokens, money, durations, contact data."""

from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

WORD = re.compile(r"[\w']+", re.UNICODE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w@.(])(?:\+|\()?\d[\d\s().-]{6,}\d")
#: words that say the number after them is a postcode or a tax number, not a phone
_NOT_PHONE_BEFORE = re.compile(r"(?i)(?:cep|cnpj|cpf|nif|cif|zip|zip code|postcode|postal code|código postal|"
                               r"codigo postal|kode pos|posta kodu|индекс|инн|огрн|npwp)\W{0,3}$")
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "BRL": "R$", "TRY": "₺", "IDR": "Rp", "RUB": "₽",
                  "MXN": "MX$", "ARS": "AR$", "CAD": "CA$", "AUD": "A$", "JPY": "¥"}


def fold(text: str) -> str:
    """Lowercase, accents removed (ç→c, ñ→n, İ→i), Cyrillic kept (й stays й: it is a letter, not и + accent)."""
    if text.isascii():
        return text.lower()  # nothing to fold: the common case, without the per-character pass
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    text = text.replace("İ", "i").replace("ı", "i").lower().replace("й", "\ue000")
    nfkd = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in nfkd if not unicodedata.combining(ch))
    return out.replace("ё", "е").replace("\ue000", "й")


_APOS = re.compile(r"['’](?!(?:s|t|re|ve|ll|d|m)\b)")


def tokens(text: str) -> list[str]:
    """Folded word tokens, '&' and punctuation dropped; an apostrophe before a suffix splits ("Türkiye'ye" is
    "turkiye ye"), English contractions stay whole ("don't")."""
    return WORD.findall(_APOS.sub(" ", fold(text).replace("’", "'")).replace("'s", " ").replace("_", " "))


#: currencies written as their home shops write them ("R$ 1.249,90", "Rp 149.000", "4990 ₽"); the others as
#: "$1099.99". Never a space inside a number, so that a number reads back as one value.
_HOME_FORMS = {"BRL": ("R$ ", "", ".", ","), "IDR": ("Rp ", "", ".", ","), "RUB": ("", " ₽", "", ",")}
#: currencies whose amounts have no cents in practice
_WHOLE = frozenset({"IDR", "RUB", "JPY", "KRW", "VND", "CLP"})


def money(amount: float, currency: str = "USD") -> str:
    """$1099.99 (no thousands separator, so a number reads back unambiguously); a currency of _HOME_FORMS as its
    shops write it."""
    cur = currency.upper()
    whole = cur in _WHOLE and abs(amount - round(amount)) < 0.005
    if cur in _HOME_FORMS:
        before, after, group, dec = _HOME_FORMS[cur]
        num = f"{round(amount):,}" if whole else f"{amount:,.2f}"
        num = num.replace(",", "\0").replace(".", dec).replace("\0", group)
        return f"{before}{num}{after}"
    sign = CURRENCY_SIGNS.get(cur)
    num = f"{round(amount)}" if whole else f"{amount:.2f}"
    if sign:
        return f"{sign}{num}"
    return f"{num} {cur}"


def emails_in(text: str) -> list[str]:
    return [m.group(0).rstrip(".") for m in EMAIL.finditer(text)]


def phones_in(text: str) -> list[str]:
    text = EMAIL.sub(" ", text)
    found = []
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if _NOT_PHONE_BEFORE.search(text[max(0, m.start() - 16):m.start()]) or text[m.end():m.end() + 1] == "/" \
                or re.fullmatch(r"\d{5}-\d{3}", m.group(0).strip()) or not digits.strip("0") \
                or _DATE.fullmatch(m.group(0).strip()):
            continue  # "CEP 30112-000", "CNPJ 00.000.000/0001-00", "27.07.2006": a postcode, a tax number, a date
        rng = _NUMBER_RANGE.search(m.group(0))
        if rng and len(rng.group(1)) == len(rng.group(2)) and int(rng.group(2)) > int(rng.group(1)) \
                and 2 * len(rng.group(1)) >= len(digits) - 2:
            continue  # "10115 - 14199": a range of postcodes or numbers, not a phone
        if 7 <= len(digits) <= 15:
            found.append(m.group(0).strip())
    return found


#: a day, month and year ("27.07.2006", "05/12/2026", "2026-12-05"): a date, never a phone
_DATE = re.compile(r"(?:[0-3]?\d[./-][01]?\d[./-](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)")
_NUMBER_RANGE = re.compile(r"(\d{3,6})(?:\s+[-–]\s+|–)(\d{3,6})")


DURATION = re.compile(
    r"(?P<lo>\d+)(?:\s*(?:-|–|to)\s*(?P<hi>\d+))?\s*(?P<biz>business\s+|working\s+)?"
    r"(?P<unit>day|week|month|year)s?", re.I)


def parse_duration(text: str) -> dict | None:
    """'Ships in 1-2 business days' → {'lo':1,'hi':2,'unit':'day','business':True}; also overnight, lifetime, none."""
    low = text.lower()
    if re.search(r"\bno (return|warranty)|non-returnable|not returnable", low):
        return {"none": True}
    if "lifetime" in low:
        return {"lifetime": True}
    if "overnight" in low or "next day" in low or "next business day" in low:
        return {"overnight": True}
    m = DURATION.search(text)
    if not m:
        return None
    return {"lo": int(m.group("lo")), "hi": int(m.group("hi")) if m.group("hi") else None,
            "unit": m.group("unit").lower(), "business": bool(m.group("biz"))}


def duration_days(d: dict | None) -> float:
    """Rough length in days for comparing durations (lifetime is longest, overnight shortest)."""
    if not d or d.get("none"):
        return 0.0
    if d.get("lifetime"):
        return 1e9
    if d.get("overnight"):
        return 1.0
    per = {"day": 1, "week": 7, "month": 30, "year": 365}[d["unit"]]
    return float(d["hi"] or d["lo"]) * per


def clip_words(text: str, limit: int) -> str:
    """Cut at a word boundary to at most ``limit`` characters, ending with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
