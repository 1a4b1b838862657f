"""Typed facts in a piece of store text: money, percentages, durations, e-mails, phones, links, opening hours,
codes and addresses, each with the words that qualify it.

A fact is never used without its qualifier: "Alaska and Hawaii: additional $10" is a money fact of $10 whose
label is "Alaska and Hawaii" and whose qualifiers include ``fact:additional``, so it is never told as "shipping
costs $10". Qualifiers are concept ids (see :mod:`rag_agent.lang.concepts`) found in the fact's clause.

Units and number words come from the language files (``units``, ``business``, ``number_words``, ``weekdays``),
so a duration is read in any shipped language ("30 días hábiles", "14 gün", "5 рабочих дней"); so do the words
for a currency (``currency_words``: "30 dólares", "52 euroluk", "250 реалов") and for a shut day
(``closed_words``: "Pazar: kapalı", "воскресенье — выходной"). Only symbols and ISO codes (€, R$, USD) are code.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from rag_agent.engine.text import EMAIL, fold, phones_in
from rag_agent.lang.concepts import language_data, matcher

__all__ = ["Fact", "extract_facts", "parse_amount", "strictly_over", "days_of_year_in", "days_of_year_at", "day_concepts", "tells_hours", "money_in", "durations_in", "percent_in", "weekday_index",
           "range_of_text", "closed_rx", "currency_codes"]

CUR_BEFORE = r"(?:US\$|R\$|AR\$|MX\$|CA\$|AU\$|A\$|C\$|\$|€|£|₺|₽|¥|Rp\.?|IDR|USD|EUR|BRL|TRY|RUB|GBP|TL)"
#: currency symbols and ISO codes written after an amount; the currency WORDS ("dollars", "reais", "рублей",
#: "52 euroluk") come from the language files' ``currency_words`` (see :func:`_money_rx`)
CUR_AFTER_SIGNS = r"€|₺|₽|\$|USD|EUR|BRL|TRY|IDR|RUB|GBP|TL"
NUM = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
PERCENT_RX = re.compile(rf"(?P<n1>\d+(?:[.,]\d+)?)\s?%|%\s?(?P<n2>\d+(?:[.,]\d+)?)|(?P<n3>\d+(?:[.,]\d+)?)\s?"
                        r"(?:percent|per cent|por ciento|por cento|persen|процент\w*)|(?:yüzde|yuzde)\s?(?P<n4>\d+)", re.I)
URL_RX = re.compile(r"https?://[^\s)>\]]+|www\.[^\s)>\]]+", re.I)
TIME = r"(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d)?(?:\s*(?:a\.?m\.?|p\.?m\.?|h|hs|uhr)(?![^\W\d_]))?"
TIME_RANGE_RX = re.compile(rf"(?<![\d/])(?P<a>{TIME})\s*(?:-|–|—|to|a|às|as|ate|até|ila|sampai|hingga|s/d|до|a las)\s*"
                           rf"(?P<b>{TIME})(?![\d/])", re.I)
CODE_RX = re.compile(r"(?<![\w@/.-])([A-Z][A-Z0-9]{3,19}|[A-Z0-9]{2,}[A-Z][A-Z0-9]{1,17})(?![\w@])")
NOT_CODES = frozenset("""USA USD EUR GBP BRL TRY IDR RUB MXN FAQ GDPR LGPD KVKK CCPA VAT IVA ICMS CEP CPF CNPJ SMS PDF UPS DHL
USPS FEDEX SEDEX PIX COD API HTML HTTP HTTPS JSON SKU EAN UPC NOTE ONLY FREE SALE OFF NEW ALL AND THE FOR YOU
CET CEST GMT UTC EST PST CST MST WIB WITA WIT MSK TRT BRT ART EMAIL PHONE INFO STORE SHOP HOURS ITEM ITEMS DAYS
MON TUE WED THU FRI SAT SUN JAN FEB MAR APR JUN JUL AUG SEP OCT NOV DEC NYC EU UK US RMA ETA QR ID DIY LED
XXS XXL XXXL IMPORTANT WARNING PLEASE ATTENTION TERMS POLICY POLICIES CONTACT RETURNS SHIPPING REFUNDS""".split())

STREET = re.compile(
    r"\b(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|lane|suite|floor|calle|c/|avenida|av\.|avda\.?|"
    r"carrera|colonia|col\.|rua|r\.|travessa|alameda|praça|praca|bairro|andar|cep|cadde(?:si)?|cad\.|sokak|sok\.|"
    r"mahalle(?:si)?|mah\.|jalan|jl\.?|gedung|lantai|kelurahan|kecamatan|улица|ул\.|проспект|пр-т|шоссе|переулок|"
    r"офис|дом|д\.)(?=[\s,.])", re.I)


_CAP = r"[A-ZÀ-ÖØ-ÞĞİŞА-ЯЁ]"
#: a street (capitalised, with its small words: "Carrer de Sueca"), its number, a postcode of 4-6 digits (or
#: 5+3) and a capitalised town: the European and Latin American way of writing an address on one line
POSTAL_ADDRESS = re.compile(
    rf"(?<![\w.,]){_CAP}[\w'’.-]+(?:[ ](?:[a-zà-ÿ]{{1,3}}[ ])?{_CAP}?[\w'’.-]+){{0,3}},?\s\d{{1,5}}[a-zA-Z]?"
    rf"(?:\s?[-/]\s?\d{{1,4}})?,?\s+\d{{4,6}}(?:-\d{{3}})?,?\s+{_CAP}[\w'’-]+(?:[ -]{_CAP}[\w'’-]+(?=\s*(?:[,.;:()\n/–-]|$)))?")


@dataclass
class Fact:
    """One typed fact. ``value`` depends on ``type``; ``quals`` are qualifier concept ids of its clause."""

    type: str
    text: str
    value: dict[str, Any] = field(default_factory=dict)
    start: int = 0
    end: int = 0
    clause: str = ""
    label: str = ""
    quals: list[str] = field(default_factory=list)
    column: int = -1  # a table cell's column

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Fact":
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})


def parse_amount(raw: str) -> float | None:
    """'1.299,90' -> 1299.9, '1,299.90' -> 1299.9, '5,90' -> 5.9, '1 500' -> 1500, '50.000' -> 50000."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").strip()
    s = re.sub(r"(?<=\d) (?=\d{3}\b)", "", s)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        if len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] != "0"):
            s = s.replace(sep, "")
        else:
            s = s.replace(sep, ".")
    try:
        return float(s)
    except ValueError:
        return None


#: symbols and ISO codes (lowercased, as written) -> ISO code; the words come from ``currency_words``
_SIGN_CODES = {"$": "USD", "us$": "USD", "usd": "USD", "r$": "BRL", "brl": "BRL", "€": "EUR", "eur": "EUR",
               "£": "GBP", "gbp": "GBP", "₺": "TRY", "tl": "TRY", "try": "TRY", "₽": "RUB", "rub": "RUB",
               "rp": "IDR", "rp.": "IDR", "idr": "IDR", "¥": "JPY", "mx$": "MXN", "ar$": "ARS", "ca$": "CAD",
               "c$": "CAD", "a$": "AUD", "au$": "AUD"}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so "bin liralık" wins over "bin"); one that never
    matches when there are none."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def _language_words(key: str) -> set[str]:
    """Every language file's ``key`` words, lowercased."""
    return {w.lower() for data in language_data().values() for w in data.get(key) or ()}


@lru_cache(maxsize=1)
def currency_codes() -> dict[str, str]:
    """Every way of writing a currency (lowercased) -> its ISO code: the symbols and codes above and every
    language's ``currency_words`` ("dólares" -> USD, "euroluk" -> EUR, "реалов" -> BRL)."""
    codes = dict(_SIGN_CODES)
    for data in language_data().values():
        codes.update({w.lower(): code for w, code in data.get("currency_words", {}).items()})
    return codes


@lru_cache(maxsize=1)
def _money_rx() -> re.Pattern[str]:
    """An amount with a currency before it ("R$ 49,90") or after it ("49,90 €", "30 dólares", "52 euroluk")."""
    after = f"{CUR_AFTER_SIGNS}|{_alternation(_language_words('currency_words'))}"
    mult = _alternation(amount_multipliers())
    alone = _alternation(_language_words("amounts_without_currency"))
    return re.compile(rf"(?P<c1>{CUR_BEFORE})\s?(?P<n1>{NUM})(?:\s?(?P<k1>{mult})(?!\w))?(?![\d%])"
                      rf"|(?<![\w.,])(?P<n2>{NUM})\s?(?:(?P<k2>{mult})\s?)?(?P<c2>(?:{after}))(?!\w)"
                      # "budget max 500rb", "900 binlik", "до 5 тыс": a round sum the chat's words make money
                      rf"|(?<![\w.,])(?P<n3>\d{{1,4}}(?:[.,]\d)?)\s?(?P<k3>{alone})(?![\w.]*\w)", re.I)


@lru_cache(maxsize=1)
def amount_multipliers() -> dict[str, int]:
    """Words that multiply the number before them ("3 mil reais", "5 bin ruble", "6 ribu", "2 тыс. ₽"), from the
    language files' ``amount_multipliers``."""
    out: dict[str, int] = {}
    for data in language_data().values():
        for w, k in (data.get("amount_multipliers") or {}).items():
            out.setdefault(w.lower(), int(k))
    return out


def money_in(text: str) -> list[tuple[float, str, int, int, str]]:
    """(amount, currency code, start, end, as written) of every amount of money in ``text``."""
    out = []
    codes = currency_codes()
    for m in _money_rx().finditer(text):
        raw = m.group("n1") or m.group("n2") or m.group("n3")
        cur = (m.group("c1") or m.group("c2") or "").lower()
        amount = parse_amount(raw)
        if amount is None:
            continue
        k = m.group("k1") or m.group("k2") or m.group("k3")
        if k:
            amount *= amount_multipliers().get(k.lower(), 1)
        out.append((amount, codes.get(cur, cur.upper()), m.start(), m.end(), m.group(0).strip()))
    return out


def percent_in(text: str) -> list[tuple[float, int, int, str]]:
    out = []
    for m in PERCENT_RX.finditer(text):
        raw = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
        try:
            out.append((float(raw.replace(",", ".")), m.start(), m.end(), m.group(0).strip()))
        except ValueError:
            continue
    return out


@lru_cache(maxsize=1)
def _measure_rx() -> re.Pattern[str]:
    from rag_agent.lang.cues import MEASURE_UNITS

    units = sorted(MEASURE_UNITS, key=len, reverse=True)
    alts = "|".join(re.escape(u) for u in units)
    number = r"\d+(?:[.,]\d+)?"
    return re.compile(rf"(?<![\w.,$€£¥₺₽])(?:{number}(?:\s*[x×]\s*{number})*)\s*-?\s*(?:{alts})(?!\w)", re.I)


def measures_in(text: str) -> list[str]:
    """Every measure ``text`` states, as written: a number (or ``45 x 30``) with a unit of size, weight, volume,
    capacity or count from the language data ("250 ml", "2 kg", "45 x 30 cm", "6.1-inch", "10'lu", "6 pcs")."""
    out: list[str] = []
    for m in _measure_rx().finditer(text):
        value = m.group(0).strip()
        if value not in out:
            out.append(value)
    return out


def _alt(words: list[str]) -> str:
    parts = []
    for w in sorted({fold(x) for x in words}, key=len, reverse=True):
        star = w.endswith("*")
        body = re.escape(w.rstrip("*"))
        parts.append(body + (r"\w*" if star else r"(?!\w)"))
    return "|".join(parts)


@lru_cache(maxsize=1)
def _duration_rx() -> tuple[re.Pattern[str], dict[str, str], dict[str, int], re.Pattern[str], re.Pattern[str]]:
    data = language_data()
    unit_of: dict[str, str] = {}
    units: list[str] = []
    business: list[str] = []
    numbers: dict[str, int] = {}
    joiners: set[str] = set()
    lifetime: list[str] = []
    overnight: list[str] = []
    for d in data.values():
        for unit, forms in d.get("units", {}).items():
            for f in forms:
                units.append(f)
                unit_of[fold(f.rstrip("*"))] = unit
        business += d.get("business", [])
        numbers.update({fold(k): v for k, v in d.get("number_words", {}).items()})
        joiners.update(d.get("range_joiners", []))
        lifetime += d.get("lifetime", [])
        overnight += d.get("overnight", [])
    # a number word must stand apart ("one week"), never glued to what follows ("ahora" is not "a hora")
    num = r"\d+|(?:" + "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True)) + r")(?=\s)"
    join = "|".join(re.escape(fold(j)) for j in sorted(joiners, key=len, reverse=True))
    biz = _alt(business)
    rx = re.compile(
        rf"(?<![\w.,])(?:(?:от|de|da|entre|between|from)\s+)?(?P<lo>{num})(?:\s*(?:{join})\s*(?P<hi>{num}))?\s*"
        rf"(?P<biz1>(?:{biz})\s+)?(?P<unit>{_alt(units)})(?P<biz2>\s+(?:de\s+)?(?:{biz}))?", re.I)
    return rx, unit_of, numbers, re.compile(_alt(lifetime), re.I), re.compile(_alt(overnight), re.I)


def _unit_name(word: str, unit_of: dict[str, str]) -> str | None:
    w = fold(word)
    if w in unit_of:
        return unit_of[w]
    for k in sorted(unit_of, key=len, reverse=True):
        if w.startswith(k) and len(k) >= 3:
            return unit_of[k]
    return None


@lru_cache(maxsize=1)
def _date_rx() -> tuple[re.Pattern[str], dict[str, int]]:
    """Written dates of the six languages: "September 1, 2026", "1 de septiembre de 2026", "1º de setembro de
    2026", "1 Eylül 2026", "1 сентября 2026", "01/09/2026", "2026-09-01" (over folded text)."""
    month_of: dict[str, int] = {}
    for d in language_data().values():
        for i, forms in enumerate(d.get("months", ())):
            for f in forms:
                if len(f) >= 3:
                    month_of[fold(f)] = i + 1
    names = _alternation(month_of)
    rx = re.compile(rf"(?P<m1>{names})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
                    rf"|(?P<d2>\d{{1,2}})(?:º|o|ª|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<m2>{names})\.?,?\s+(?:de\s+|del\s+)?(?P<y2>\d{{4}})"
                    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
                    rf"|(?P<d4>\d{{1,2}})[./](?P<m4>\d{{1,2}})[./](?P<y4>\d{{4}})", re.I)
    return rx, month_of


def dates_in(text: str) -> list[tuple[dict[str, int], int, int]]:
    """({"y", "m", "d"}, start, end) of every full date in ``text`` (day, month and year)."""
    rx, month_of = _date_rx()
    folded = fold(text)
    out = []
    for m in rx.finditer(folded):
        if m.group("m1"):
            y, mo, d = m.group("y1"), month_of.get(m.group("m1")), m.group("d1")
        elif m.group("m2"):
            y, mo, d = m.group("y2"), month_of.get(m.group("m2")), m.group("d2")
        elif m.group("y3"):
            y, mo, d = m.group("y3"), m.group("m3"), m.group("d3")
        else:
            y, mo, d = m.group("y4"), m.group("m4"), m.group("d4")
        try:
            value = {"y": int(y), "m": int(mo), "d": int(d)}
        except (TypeError, ValueError):
            continue
        if 1 <= value["m"] <= 12 and 1 <= value["d"] <= 31:
            out.append((value, m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _day_month_rx() -> tuple[re.Pattern[str], dict[str, int]]:
    """A day of the year without its year: "December 31", "31 декабря", "1 de enero", "31 Aralık", "31/12"."""
    _, month_of = _date_rx()
    names = _alternation(month_of)
    rx = re.compile(rf"(?<![\w/.])(?:(?P<m1>{names})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
                    rf"|(?P<d2>\d{{1,2}})(?:º|o|ª|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<m2>{names}))"
                    rf"(?:['’]?(?:ta|te|da|de|tan|ten|dan|den|ya|ye|a|e|ı|i|in|ın|un|ün))?(?!\w)", re.I)  # "1 Mayıs'ta"
    return rx, month_of


def days_of_year_at(folded: str) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of every day of the year a folded text names, in order."""
    rx, month_of = _day_month_rx()
    out = []
    for m in rx.finditer(folded):
        mo = month_of.get(m.group("m1") or m.group("m2") or "")
        d = int(m.group("d1") or m.group("d2"))
        if mo and 1 <= d <= 31:
            out.append((mo, d, m.start(), m.end()))
    return out


def days_of_year_in(folded: str) -> list[tuple[int, int]]:
    """(month, day) of every day of the year a folded text names, with or without its year: a question about
    "December 31" and a page saying "31 декабря работаем до 15:00" name the same day."""
    return list(dict.fromkeys((mo, d) for mo, d, _, _ in days_of_year_at(folded)))


#: a time of day as shops write it ("15:00", "9.30")
CLOCK_RX = re.compile(r"(?<!\d)(?<!\d[.,:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|[.,:]\d)")


def tells_hours(folded: str) -> bool:
    """Whether a folded text gives a time of day or says closed: with a day of the year or a holiday beside it,
    it tells that day's opening hours ("31 декабря работаем до 15:00", "closed on Thanksgiving Day")."""
    if closed_rx().search(folded):
        return True
    prices = [(s, e) for _, _, s, e, _ in money_in(folded)]  # "€15.50" is no time of day
    return any(not any(s <= m.start() < e for s, e in prices) for m in CLOCK_RX.finditer(folded))


@lru_cache(maxsize=1)
def _over_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = language_data().values()
    strict = {fold(w) for d in data for w in d.get("strictly_over", ())}
    incl = {fold(w) for d in data for w in d.get("or_more", ())}
    return (re.compile(rf"(?<!\w)(?:{_alternation(strict)})\W*$"),
            re.compile(rf"^\W*(?:{_alternation(incl)})(?!\w)"))


def strictly_over(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` is a threshold the total must exceed ("free on orders *over*
    $150": $150 itself pays) rather than reach ("$150 *or more*", "*a partir de* R$ 500"): a strictly-over word
    just before it and no or-more word just after it (the language files' ``strictly_over`` and ``or_more``)."""
    before, after = _over_rx()
    folded = fold(text)
    if len(folded) != len(text):
        return False
    return bool(before.search(folded[max(0, start - 24):start])) and not after.search(folded[end:end + 24])


def day_concepts(folded: str) -> dict[str, float]:
    """A concept per day of the year a folded text names ("day:12-31"): a question and a page naming the same
    day share it whatever their languages."""
    return {f"day:{mo:02d}-{d:02d}": 1.0 for mo, d in days_of_year_in(folded)}


def durations_in(text: str) -> list[dict[str, Any]]:
    """Durations in ``text`` (any shipped language): {lo, hi, unit, business, start, end, text}; also
    {lifetime: True} and {overnight: True} spans."""
    rx, unit_of, numbers, life_rx, night_rx = _duration_rx()
    f = fold(text)
    same = len(f) == len(text)
    out = []
    for m in rx.finditer(f):
        unit = _unit_name(m.group("unit"), unit_of)
        if unit is None:
            continue
        lo_raw, hi_raw = m.group("lo"), m.group("hi")
        lo = int(lo_raw) if lo_raw.isdigit() else numbers.get(lo_raw)
        hi = (int(hi_raw) if hi_raw.isdigit() else numbers.get(hi_raw)) if hi_raw else None
        if lo is None or (unit == "hour" and m.group("unit") in ("h",) and not lo_raw.isdigit()):
            continue
        if unit in ("minute", "hour") and ":" in f[max(0, m.start() - 1):m.start()]:
            continue
        if unit == "year" and lo >= 1900:
            continue  # "с 2015 года" (since 2015): a year of the calendar, not 2015 years
        if unit == "year" and re.match(r"\s+(?:19|20)\d\d(?!\d)", f[m.end():]):
            continue  # "Nomor 27 Tahun 2022" (law no. 27 of the year 2022): a number and a calendar year
        if unit == "year" and re.search(r"(?:n[ºo°]\.?|nomor|number|numero|номер|№|sayili|sayılı)\s*$", f[:m.start()]):
            continue  # a law's or a document's number, not a count of years
        times = re.search(r"(\d+)\s*[x×]\s*$", f[:m.start()])
        start = m.start()
        if times and unit == "hour" and lo == 24 and not hi:
            # "2 x 24 jam" (Indonesian for two days): the count before "x 24 hours"
            lo, start = int(times.group(1)) * 24, times.start()
        span = text[start:m.end()] if same else f[start:m.end()]
        out.append({"lo": lo, "hi": hi if hi and hi != lo else None, "unit": unit,
                    "business": bool(m.group("biz1") or m.group("biz2")), "start": start, "end": m.end(),
                    "text": span.strip()})
    for rx2, key in ((life_rx, "lifetime"), (night_rx, "overnight")):
        for m in rx2.finditer(f):
            out.append({key: True, "start": m.start(), "end": m.end(),
                        "text": (text[m.start():m.end()] if same else m.group(0))})
    return out


@lru_cache(maxsize=1)
def _weekdays() -> list[tuple[re.Pattern[str], int]]:
    out = []
    for d in language_data().values():
        for i, forms in enumerate(d.get("weekdays", [])):
            for w in forms:
                out.append((re.compile(rf"(?<!\w){re.escape(fold(w))}(?!\w)"), i))
    return out


def weekday_index(folded: str) -> list[int]:
    """Weekdays (0 = Monday) named in folded text, in the order they appear, each once."""
    found: list[tuple[int, int]] = []
    for rx, i in _weekdays():
        for m in rx.finditer(folded):
            found.append((m.start(), i))
    found.sort()
    seen: list[int] = []
    for _, i in found:
        if i not in seen:
            seen.append(i)
    return seen


_CODE_WORD = re.compile(r"(?i)\b(?:code|codes|coupon|promo|voucher|c[oó]digo|cupom|cup[oó]n|kod|kodu|kode|промокод|"
                        r"код)\b")
_DAY_JOIN = re.compile(r"^\W*(?:-|–|—|to|through|thru|a|al|ate|até|ila|sampai|hingga|s/d|по|до)\W*$", re.I)


def day_span(folded: str) -> list[int]:
    """Weekdays named in a stretch of folded text: "monday to friday" -> [0..4], "sat and sun" -> [5, 6]."""
    found: list[tuple[int, int, int]] = []
    for rx, i in _weekdays():
        for m in rx.finditer(folded):
            found.append((m.start(), m.end(), i))
    found.sort()
    days: list[int] = []
    k = 0
    while k < len(found):
        s, e, i = found[k]
        if k + 1 < len(found) and _DAY_JOIN.match(folded[e:found[k + 1][0]]):
            j = found[k + 1][2]
            days += list(range(i, j + 1)) if j >= i else list(range(i, 7)) + list(range(0, j + 1))
            k += 2
            continue
        days.append(i)
        k += 1
    return list(dict.fromkeys(days))


@lru_cache(maxsize=1)
def _per_item_rx() -> re.Pattern[str]:
    words = {fold(w) for d in language_data().values() for w in d.get("per_item", ())}
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)")


def per_item(clause: str) -> bool:
    """Whether an amount's clause charges it per item, parcel or bottle ("$12.00 per parcel", "şişe başına
    0,25 €"), so that a count of them multiplies it; "per order" does not."""
    return bool(_per_item_rx().search(fold(clause)))


@lru_cache(maxsize=1)
def closed_rx() -> re.Pattern[str]:
    """A word saying a place is shut ("Monday: closed", "domingo fechado", "Pazartesi kapalı", "закрыто"): every
    language's ``closed_words``, each found at the start of a word, so its longer forms count too ("закрыт" in
    "закрыто", "kapalı" in "kapalıyız"); written and folded forms, so raw and folded text both match."""
    words = {form for data in language_data().values() for w in data.get("closed_words", ())
             for form in (w.lower(), fold(w))}
    return re.compile(rf"\b(?:{_alternation(words)})", re.I)


def closed_days_in(text: str) -> list[int]:
    """Weekdays a text says are closed: those named in the same clause as a closed word ("Monday: closed",
    "Tue-Sat 9-17 (Monday closed)" -> [0]); days named in other clauses are not."""
    folded = fold(text)
    closed = closed_rx()
    if not closed.search(folded):
        return []
    days: list[int] = []
    for clause in re.split(r"[.;()\n|]+", folded):
        if closed.search(clause):
            days += [d for d in day_span(clause) if d not in days]
    return days


_ABBR = re.compile(r"(?:\b(?:st|av|ave|avda|rd|no|nº|jl|ul|d|r|c|col|cad|sok|mah|blvd|dr|apt|n)|\d)$", re.I)


def _sentence_start(text: str, pos: int) -> int:
    i = pos
    while True:
        i = text.rfind(". ", 0, i)
        if i < 0:
            return 0
        if not _ABBR.search(text[max(0, i - 5):i]):
            return i + 2
        # an abbreviation ("St. ", "Av. "): keep looking left


def _sentence_end(text: str, pos: int) -> int:
    i = pos
    while True:
        j = min([x for x in (text.find(". ", i), text.find("\n", i)) if x >= 0] or [len(text)])
        if j >= len(text) or text[j] == "\n" or not _ABBR.search(text[max(0, j - 5):j]):
            return j
        i = j + 1


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause around a span (split at ; . newline and at ", " before a capital or a new fact) and the label
    before a colon on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    rel_s, rel_e = start - line_start, end - line_start
    label = ""
    colon = line.find(":")
    if 0 < colon < rel_s and colon < 60 and not re.search(r"\d:\d", line[max(0, colon - 1):colon + 2]):
        label = line[:colon].strip(" -*•|")
    # clause bounds inside the line
    left = max(line.rfind(";", 0, rel_s), line.rfind(". ", 0, rel_s), line.rfind("|", 0, rel_s))
    right_cands = [x for x in (line.find(";", rel_e), line.find(". ", rel_e), line.find("|", rel_e)) if x >= 0]
    right = min(right_cands) if right_cands else len(line)
    clause = line[left + 1:right].strip(" .;|")
    return clause, label


_QUAL_KINDS = ("fact:", "speed:", "cond:")


def _quals(clause: str, label: str) -> list[str]:
    from rag_agent.engine.text import tokens

    toks = tokens(label + " " + clause)
    found = []
    for mnt in matcher().match(toks):
        if mnt.concept.startswith(_QUAL_KINDS) or mnt.concept in ("topic:international", "topic:pickup",
                                                                 "topic:return", "topic:refund", "topic:exchange",
                                                                 "topic:shipping", "topic:discount"):
            if mnt.concept not in found:
                found.append(mnt.concept)
    return found


def extract_facts(text: str) -> list[Fact]:
    """Every typed fact of one unit of store text, with its clause, label and qualifiers."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, s: int, e: int, written: str, value: dict[str, Any]) -> None:
        clause, label = _clause(text, s, e)
        facts.append(Fact(kind, written, value, s, e, clause, label, _quals(clause, label)))
        taken.append((s, e))

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in EMAIL.finditer(text):
        add("email", m.start(), m.end(), m.group(0).rstrip("."), {"email": m.group(0).rstrip(".")})
    for m in URL_RX.finditer(text):
        if free(m.start(), m.end()):
            add("url", m.start(), m.end(), m.group(0).rstrip(".,"), {"url": m.group(0).rstrip(".,")})
    for amount, cur, s, e, written in money_in(text):
        if free(s, e):
            add("money", s, e, written, {"amount": amount, "currency": cur})
    for value, s, e, written in percent_in(text):
        if free(s, e):
            add("percent", s, e, written, {"percent": value})
    folded = fold(text)
    prev_end = 0
    for m in TIME_RANGE_RX.finditer(folded):
        if free(m.start(), m.end()) and re.search(r"[:h.]|am|pm", m.group(0), re.I):
            days = day_span(folded[prev_end:m.start()]) or day_span(folded[m.end():m.end() + 40])
            written = text[m.start():m.end()].strip() if len(folded) == len(text) else m.group(0).strip()
            add("hours", m.start(), m.start() + len(written), written,
                {"days": days, "open": m.group("a").strip(), "close": m.group("b").strip()})
            prev_end = m.end()
    if re.search(r"24\s*/\s*7", text):
        m2 = re.search(r"24\s*/\s*7", text)
        add("hours", m2.start(), m2.end(), m2.group(0), {"always": True})
    if len(fold(text)) == len(text):  # positions of folded text are the text's own
        for value, s, e in dates_in(text):
            if free(s, e):
                add("date", s, e, text[s:e], value)
    for d in durations_in(text):
        if free(d["start"], d["end"]):
            value = {k: v for k, v in d.items() if k not in ("start", "end", "text")}
            add("duration", d["start"], d["end"], d["text"], value)
    for m in POSTAL_ADDRESS.finditer(text):
        # "Sonnenallee 164, 12059 Berlin", "Carrer de Sueca, 41, 46006 València": a street, its number, a postcode
        # and a town, whatever the street word is (and never a phone "164 12059")
        if free(m.start(), m.end()):
            addr = m.group(0).strip(" .,;")
            add("address", m.start(), m.start() + len(addr), addr, {"address": addr})
    for phone in phones_in(text):
        s = text.find(phone)
        if s >= 0 and free(s, s + len(phone)) and sum(ch.isdigit() for ch in phone) >= 7:
            add("phone", s, s + len(phone), phone, {"phone": phone})
    code_word = bool(_CODE_WORD.search(text))
    for m in CODE_RX.finditer(text):
        tok = m.group(1)
        if tok in NOT_CODES or not free(m.start(), m.end()) or sum(ch.isalpha() for ch in tok) < 2:
            continue
        if not any(ch.isdigit() for ch in tok) and not code_word:
            continue  # an acronym ("SEUR", "IGIC") is a code only where the text speaks of codes
        add("code", m.start(), m.end(), tok, {"code": tok})
    sm = None if any(f.type == "address" for f in facts) else STREET.search(text)
    near = text[max(0, sm.start() - 25):sm.end() + 25] if sm else ""
    if sm and free(sm.start(), sm.end()) and re.search(r"\b\d{1,5}[a-zA-Z]?\b|\bs/n\b", near) \
            and not any(d["start"] <= sm.end() + 25 and d["end"] >= sm.start() - 25 for d in durations_in(text)):
        # the sentence holding the street word, from its first number or the street word on
        sent_s = max(text.rfind("\n", 0, sm.start()), _sentence_start(text, sm.start()))
        sent_e = _sentence_end(text, sm.end())
        sent = text[sent_s:sent_e]
        rel = sm.start() - sent_s
        digit = re.search(r"\d", sent)
        begin = min(rel, digit.start()) if digit else rel
        begin = sent.rfind(" ", 0, begin) + 1 if begin > 0 and sent[begin - 1].isalnum() else begin
        addr = sent[begin:].strip(" .,;")
        if addr:
            add("address", sent_s + begin, sent_s + begin + len(addr), addr, {"address": addr})
    for m in YEAR_RX.finditer(text):
        # "started in 2014", "nasceu em 2017", "2009'da açıldı", "Работаем с 2015 года": a year on its own, which
        # answers "since when are you in business?" (never a year inside a date, an amount, a phone or an address)
        if free(m.start(), m.end()):
            add("year", m.start(), m.end(), m.group(0), {"year": int(m.group(0))})
            facts[-1].quals = []  # a year qualifies nothing: "since 2020 we ship abroad" states no rule of 2020
    facts.sort(key=lambda f: f.start)
    return facts


#: a year of the last and this century standing alone (not a part of a longer number, a date or a range of codes)
YEAR_RX = re.compile(r"(?<![\d.,/:#№-])(?:19[5-9]\d|20[0-4]\d)(?![\d]|[.,/:-]\d)")


def range_of_text(text: str) -> tuple[float | None, float | None] | None:
    """The money range a cell or header names ("Up to $50" -> (None, 50); "$50.01 - $150" -> (50.01, 150);
    "Over $150", "$150+", "A partir de R$ 500,00" -> (150, None)); None when it names no range."""
    amounts = [a for a, _, _, _, _ in money_in(text)]
    if not amounts:
        return None
    if len(amounts) >= 2:
        return (min(amounts), max(amounts))
    a = amounts[0]
    if text.rstrip().endswith("+"):
        return (a, None)
    from rag_agent.engine.text import tokens
    kinds = {m.concept for m in matcher().match(tokens(text))}  # "Up to", "Até", "ve üzeri", "o más"... (lang data)
    if "range:under" in kinds:
        return (None, a)
    if "range:over" in kinds:
        return (a, None)
    return None
