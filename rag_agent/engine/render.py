"""Store text answered in the customer's language: a unit's typed facts rendered from the reply catalogs.

When the customer writes in the language of the page, the unit's own words are the answer (rows of a table
with their column headers). Otherwise each fact is told by a frame chosen from what the unit is about and how
the fact is qualified: a duration in a returns unit is a return window, in a refunds unit a refund time; an
amount qualified as *additional* is a surcharge for its label, never "shipping costs"; a free-shipping amount is
a threshold. Values (amounts, durations, codes, e-mails) are the store's own; the words around them come from
``locales/<lang>.json``. A unit with nothing to render is quoted, framed in the customer's language.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from typing import Any, Collection

from rag_agent.engine import phrases as P
from rag_agent.engine.knowledge import GENERIC, Unit, range_contains, row_range, words_rx
from rag_agent.engine.text import fold, tokens
from rag_agent.engine.understand import Reading
from rag_agent.lang.concepts import LANG_CODES, common_words, language_data, matcher
from rag_agent.lang.facts import Fact, closed_rx, strictly_over
from rag_agent.lang.places import ONLY, countries_in, country_name, gazetteer, only_countries

__all__ = ["render_unit", "render_table", "duration_text", "unit_topic", "clean", "polarity", "names_stated",
           "SHIPPING_TO"]

_TOPIC_ORDER = ("topic:refund", "topic:exchange", "topic:return", "topic:warranty", "topic:shipping",
                "topic:discount", "topic:giftcard", "topic:hours", "topic:address", "topic:phone", "topic:email",
                "topic:contact", "topic:privacy", "topic:payment")
_RECEIPT = re.compile(r"receiv|receipt|recib|recebe|teslim al|terima|получ|arriv|chega|llega", re.I)
_DELIVERY = re.compile(r"deliver|entrega|recebimento|teslim|diterima|sampai|доставк|получени|arriv", re.I)
_PURCHASE = re.compile(r"purchase|order date|bought|compra|satın|satin|pembelian|покупк|заказ", re.I)


_YES_NO = re.compile(r"^(?:yes|no|sí|si|sim|não|nao|evet|hayır|hayir|ya|tidak|да|нет)\s*[,.!:;—-]\s*", re.I)


def clean(text: str, yes_no: bool = True) -> str:
    """A unit's text as a reply sentence: markdown and bullets gone, ends with punctuation; a leading "Yes," or
    "No," (an FAQ answer's) only when the question was a yes/no one."""
    t = re.sub(r"\*\*|__|`|^\s*[-*•]\s*", "", text).strip()
    if not yes_no:
        t = _YES_NO.sub("", t)
        t = t[:1].upper() + t[1:]
    t = re.sub(r"\s+", " ", t).rstrip(" ;,")  # a list item ends "...;" in its list, not in a reply
    if t and t[-1] not in ".!?:)»\"":
        t += "."
    return t


def unit_topic(unit: Unit, r: Reading | None = None) -> str | None:
    """What a unit is about: a topic of its text the customer asked about, else its text's first topic, else its
    heading's (a returns page's "Trocas e devoluções" heading names both exchanges and returns)."""
    asked = set(r.concepts) if r is not None else set()
    for t in _TOPIC_ORDER:
        if t in unit.concepts and t in asked:
            return t
    for t in _TOPIC_ORDER:
        if t in unit.concepts:
            return t
    for t in _TOPIC_ORDER:
        if t in unit.context and t in asked:
            return t
    for t in _TOPIC_ORDER:
        if t in unit.context:
            return t
    return None


def duration_text(value: dict[str, Any], lang: str) -> str:
    if value.get("lifetime"):
        words = language_data().get(lang, {}).get("lifetime") or language_data()["en"]["lifetime"]
        return words[0].rstrip("*")
    if value.get("overnight"):
        words = language_data().get(lang, {}).get("overnight") or language_data()["en"]["overnight"]
        return words[0].rstrip("*")
    unit = value.get("unit", "day")
    if unit not in ("hour", "day", "week", "month", "year"):
        return value.get("text") or f"{value.get('lo')} {unit}"
    if value.get("hi"):
        return P.duration_range(value["lo"], value["hi"], unit, lang, business=value.get("business", False))
    return P.duration(value.get("lo"), unit, lang, business=value.get("business", False))


def _service(quals: list[str], text: str, lang: str) -> str | None:
    if "speed:overnight" in quals:
        return P.phrase("service_overnight", lang)
    if "speed:express" in quals:
        return P.phrase("service_express", lang)
    if "speed:standard" in quals:
        return P.phrase("service_standard", lang)
    return None


#: the yes or no an FAQ answer opens with ("Yes, choose gift wrap..."): said by the reply's own yes/no, never a label
_POLARITY_LEAD = re.compile(r"^(?:yes|no|s[ií]|sim|n[aã]o|evet|hay[ıi]r|ya|iya|tidak|да|нет)\b[\s,.!:;-]*", re.I)


def _label(f: Fact, unit: Unit) -> str:
    label = _POLARITY_LEAD.sub("", (f.label or "").strip(" :-*")).strip(" :-*")
    if len(label) >= 4:
        return label
    head = _POLARITY_LEAD.sub("", f.clause[: max(0, f.clause.find(f.text))].strip(" :-,")).strip(" :-,")
    return head if 4 <= len(head) <= 60 and len(head.split()) >= 2 else (unit.heading or unit.title)


@lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    """Everyday words of every language (common_words.json): words that name no promotion."""
    return frozenset(w for lang in LANG_CODES for w in common_words(lang))


def _names_something(text: str) -> bool:
    """Whether some word of a label is more than a stopword or an everyday word ("Pix" is; "It costs" is not)."""
    return not all(matcher().is_stopword(fold(w)) or fold(w) in _everyday() for w in text.split())


def _promotion_label(f: Fact, unit: Unit) -> str:
    """What a promotion's percentage is told under: its own label ("Summer sale: up to 40%"), else its
    section's heading (not an FAQ question) with the dates its sentence opens with ("Black Friday (Del 27 al 30
    de noviembre)"), else the words before the figure - without the small words that led up to it ("hasta un")."""
    own = _POLARITY_LEAD.sub("", (f.label or "").strip(" :-*")).strip(" :-*")
    if len(own) >= 4 and _names_something(own):
        return own
    words = re.findall(r"\S+", f.clause[: max(0, f.clause.find(f.text))])
    while words and (matcher().is_stopword(fold(words[-1].strip(",;:()")))
                     or any(m.concept == "fact:maximum" for m in matcher().match(tokens(words[-1])))):
        words.pop()  # "hasta un", "até", "com"
    head = " ".join(words).strip(" :-,;(")
    heading = (unit.heading or "").strip(" :-*#")
    if 3 <= len(head) and len(head.split()) <= 3 and not any(ch.isdigit() for ch in head) and _names_something(head):
        return head  # "Pix (com 5% de desconto)": the sentence names what the figure is for ("It costs" does not)
    if heading and not heading.endswith("?"):
        dated = any(ch.isdigit() for ch in head) and 4 <= len(head) <= 60 and fold(head) not in fold(heading)
        return f"{heading} ({head})" if dated else heading
    return head if 3 <= len(head) <= 60 else (unit.heading or unit.title)


def _hours_text(facts: list[Fact], lang: str) -> str:
    parts = []
    for f in facts:
        days = f.value.get("days") or []
        if f.value.get("always"):
            parts.append("24/7")
            continue
        span = f"{f.value.get('open', '')}–{f.value.get('close', '')}".strip("–")
        if days:
            if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
                dtext = f"{P.DAYS[lang][days[0]]}–{P.DAYS[lang][days[-1]]}"
            else:
                dtext = P.join_list([P.DAYS[lang][d] for d in days], lang)
            parts.append(f"{dtext} {span}")
        else:
            parts.append(span)
    return "; ".join(parts)


def _range_label(rng: tuple, written: dict[float, str], lang: str, tone: str) -> str:
    lo, hi = rng
    if lo is None:
        return P.phrase("range_upto", lang, tone, amount=written.get(hi, str(hi)))
    if hi is None:
        return P.phrase("range_over", lang, tone, amount=written.get(lo, str(lo)))
    return P.phrase("range_between", lang, tone, lo=written.get(lo, str(lo)), hi=written.get(hi, str(hi)))


def _written(text: str) -> dict[float, str]:
    from rag_agent.lang.facts import money_in

    return {a: w for a, _, _, _, w in money_in(text)}


def _column_name(header: str, quals: list[str], unit_lang: str, lang: str) -> str:
    name = _service(quals, header, lang) if lang != unit_lang else None
    return name or re.sub(r"\s*\(.*?\)\s*", "", header).strip() or header


def _duration_of(header: str, lang: str, unit_lang: str) -> str:
    from rag_agent.lang.facts import durations_in

    durs = [d for d in durations_in(header) if "lo" in d]
    if not durs:
        return ""
    return f" ({duration_text(durs[0], lang)})" if lang != unit_lang else f" ({durs[0]['text']})"


def _row(unit: Unit, r: Reading | None, lang: str, tone: str) -> list[str]:
    """One row: its range (or label) and its other cells with their column names."""
    header, cells = unit.header, unit.cells
    rng = row_range(unit)
    asked_speed = [c for c in ("speed:express", "speed:standard", "speed:overnight") if r is not None and c in r.concepts]
    cols = []
    for i in range(1, len(header)):
        if i >= len(cells) or not cells[i]:
            continue
        quals = [m.concept for m in matcher().match(tokens(header[i])) if m.kind == "speed"]
        if asked_speed and quals and not set(asked_speed) & set(quals):
            continue
        cols.append((i, quals, _names(r, header[i])))
    # a column named by its own word, or by the speed asked when the message asks two ("normal? and urgent?")
    named = [col for col in cols if col[2] or len(asked_speed) > 1 and set(col[1]) & set(asked_speed)]
    if named and len(named) < len(cols):
        cols = named  # "economy to Canada": the column the message names by its own word, of two "standard" ones
    opts = []
    for i, quals, said in cols:
        money = [f for f in unit.facts if f.type == "money" and f.column == i]
        value = _cell_value(unit, i, money, lang)
        name = _column_name(header[i], [] if said else quals, unit.lang, lang)
        dur = _duration_of(header[i], lang, unit.lang)
        if dur and (dur.strip() in value or dur.strip() in name):
            dur = ""  # the cell (or the column's name) already says how long
        opts.append(f"{name}{dur}: {value}")
    if not opts:
        return [clean(unit.text)]
    label = _range_label(rng, _written(cells[0]), lang, tone) if rng is not None else cells[0]
    return [P.phrase("fact_row", lang, tone, range=label, options="; ".join(opts))]


def _message_words(r: Reading) -> set[str]:
    """The message's content and topical words, cut to five letters, that a table label is compared with."""
    return {t[:5] for t in r.content + r.surface if len(t) > 2 and not t.isdigit()}


def _names(r: Reading | None, text: str, skip: frozenset[str] | set[str] = frozenset()) -> int:
    """How many of a table row's or column's own words the message names ("Alaska", "economy"), a country in
    any language counting as one ("Kanada" for a "Canada" row); 0 when it names none. Words of the ``skip``
    concepts (what every row of the table is about) do not count."""
    if r is None:
        return 0
    words = _message_words(r)
    label = fold(text)
    toks = tokens(label)
    if skip:
        common = {i for m in matcher().match(toks) if m.concept in skip for i in range(m.start, m.end)}
        toks = [t for i, t in enumerate(toks) if i not in common]
    hits = len(words & {t[:5] for t in toks if len(t) > 2 and not t.isdigit()})
    return hits + (1 if set(r.places) & set(gazetteer().named(label)) else 0)


def _cell_value(unit: Unit, col: int, money: list[Fact], lang: str) -> str:
    """A cell as told: the store's own words in the page's language; elsewhere its amount and its delivery time
    ("$8.99 · 2–3 business days" -> "$8.99 (2-3 días hábiles)")."""
    cell = unit.cells[col]
    if lang == unit.lang:
        return cell
    durs = [f for f in unit.facts if f.type == "duration" and f.column == col and "lo" in f.value]
    if not money:
        toks = tokens(cell)
        if toks and len(toks) <= 3 and any(m.concept == "fact:free" for m in matcher().match(toks)):
            # "FREE", "Grátis", "Бесплатно": the word in the customer's language
            return P.phrase("free_word", lang) + (f" ({duration_text(durs[0].value, lang)})" if durs else "")
        if len(durs) == 1 and len(toks) <= 4 and len(durs[0].text) >= 0.6 * len(cell.strip()):
            return duration_text(durs[0].value, lang)  # "30 дней", "14 gün": the time in the customer's words
        return cell
    return money[0].text + (f" ({duration_text(durs[0].value, lang)})" if durs else "")


def render_table(rows: list[Unit], r: Reading | None, lang: str, tone: str, best: Unit | None = None) -> list[str]:
    """A table answer: the row (or column) for the amount asked, the rows of the speed asked, or every row.
    ``best``: the row the search found best, which counts as one more word of evidence among the labels."""
    if not rows:
        return []
    amount = r.amounts[0][0] if r is not None and r.amounts else None
    asked_speed = [c for c in ("speed:express", "speed:standard", "speed:overnight") if r is not None and c in r.concepts]
    head = rows[0]
    if amount is not None:
        hit = [u for u in rows if range_contains(u.row_range, amount)]
        if hit:
            return _row(hit[0], r, lang, tone)
        cols = [i for i, rg in enumerate(head.col_ranges) if range_contains(rg, amount)]
        if cols:
            col = cols[0]
            picked = [u for u in rows if not asked_speed or set(asked_speed) & set(u.concepts)] or rows
            opts = []
            for u in picked:
                if col >= len(u.cells) or not u.cells[col]:
                    continue
                quals = [c for c in u.concepts if c.startswith("speed:")]
                money = [f for f in u.facts if f.type == "money" and f.column == col]
                value = money[0].text if money else _cell_value(u, col, money, lang)
                durs = [f for f in u.facts if f.type == "duration" and f.column not in (col,)]
                dur = f" ({duration_text(durs[0].value, lang)})" if durs and lang != u.lang else \
                    (f" ({durs[0].text})" if durs else "")
                opts.append(f"{_column_name(u.cells[0], quals, u.lang, lang)}{dur}: {value}")
            if opts:
                label = _range_label(head.col_ranges[col], _written(head.header[col]), lang, tone)
                return [P.phrase("fact_row", lang, tone, range=label, options="; ".join(opts))]
    from rag_agent.lang.facts import day_span, weekday_index

    asked_days = weekday_index(r.folded) if r is not None else []
    if asked_days:
        by_day = [u for u in rows if u.cells and set(day_span(fold(u.cells[0]))) & set(asked_days)]
        if by_day:
            u = by_day[0]
            if any(closed_rx().search(cell) for cell in u.cells[1:]):
                days = [d for d in asked_days if d in day_span(fold(u.cells[0]))]
                return [P.phrase("fact_closed", lang, tone, days=P.join_list([P.DAYS[lang][d] for d in days], lang))]
            return _row(u, r, lang, tone)
    # what the columns are about ("Return shipping") and "order" or "price" do not tell one row from another:
    # "Orders shipped to Canada" is not the row for "do I pay the return shipping for a wrong item?"
    column = {m.concept for h in head.header for m in matcher().match(tokens(h))} | GENERIC
    named = {id(u): _names(r, u.cells[0], column) for u in rows if u.cells}
    if r is not None:
        # "how long do you keep my *order* data" (in any language): the row whose label has a concept the
        # message has and most other rows' labels lack ("Order and payment records" among "Analytics data"...)
        words = _message_words(r)

        def label_concepts(label: str) -> set[str]:
            toks = tokens(label)  # a word the message shares with the label already counts once above
            return {m.concept for m in matcher().match(toks) if m.kind in ("topic", "noun", "cat", "speed", "cond")
                    and m.concept not in column and not any(t[:5] in words for t in toks[m.start:m.end])}

        labels = {id(u): label_concepts(u.cells[0]) for u in rows if u.cells}
        counts = Counter(c for cs in labels.values() for c in cs)
        for k, cs in labels.items():
            named[k] += sum(1 for c in cs if c in r.concepts and counts[c] * 2 <= len(labels))
        if best is not None and id(best) in named:
            named[id(best)] += 1  # the search weighed the whole row, not only its label
    most = max(named.values(), default=0)
    if most and sum(1 for n in named.values() if n == most) < len(rows):
        # "economy to Anchorage, Alaska": the row whose label the message names (by the most words)
        rows = [u for u in rows if named.get(id(u)) == most]
    picked = [u for u in rows if asked_speed and set(asked_speed) & set(u.concepts)]
    out: list[str] = []
    for u in (picked or rows)[:4]:
        for sentence in _row(u, r, lang, tone):
            if sentence not in out:
                out.append(sentence)
    return out




def closed_days(unit: Unit, r: Reading | None, lang: str, tone: str) -> list[str]:
    """"We're closed on Sunday" for the days a customer asks about that the unit's hours leave out, or that
    the unit says are closed."""
    from rag_agent.lang.facts import closed_days_in, weekday_index

    if r is None:
        return []
    asked = weekday_index(r.folded)
    if not asked:
        return []
    hours = [f for f in unit.facts if f.type == "hours"]
    open_days = {d for f in hours for d in f.value.get("days") or []}
    said_closed = set(closed_days_in(unit.text))
    # a day the unit's own hours open on is open, whatever else it says is closed ("Tue-Sat 9-17 (closed Mon)")
    shut = [d for d in asked if d in said_closed - open_days or (open_days and d not in open_days)]
    if not shut:
        return []
    return [P.phrase("fact_closed", lang, tone, days=P.join_list([P.DAYS[lang][d] for d in shut], lang))]


def _countries(unit: Unit, topic: str | None, lang: str, tone: str) -> list[str]:
    """"We ship to the United States only" told in any language, with the country names the catalogs know."""
    if topic not in ("topic:shipping", "topic:international") or not ONLY.search(unit.text):
        return []
    names = only_countries(unit.text)  # "España", "Brasil", "США": any shipped language's name
    if not names:
        return []
    local = [P.COUNTRIES[n].get(lang, n) if n in P.COUNTRIES else country_name(n, lang) for n in names]
    return [P.phrase("ship_countries", lang, tone, countries=P.join_list(local, lang))]


def _conditions(unit: Unit, lang: str) -> list[str]:
    out = []
    for c, key in (("cond:use", "cond_unused"), ("cond:tags", "cond_tags"), ("cond:packaging", "cond_packaging")):
        if c in unit.concepts:
            out.append(P.phrase(key, lang))
    return out


#: the topics a clause may name for its amount to be told as what shipping costs ("a second delivery attempt
#: is 3,90 €" names another topic: told with its own label)
_SHIPPING_COST_TOPICS = frozenset({"topic:shipping", "topic:international", "topic:order", "topic:price"})


def _clause_topics(f: Fact) -> set[str]:
    return {m.concept for m in matcher().match(tokens(f"{f.label} {f.clause}")) if m.kind == "topic"}


def percent_text(value: float, lang: str) -> str:
    """A percentage as the customer's language writes it: "10%", Turkish "%10" (the language file's
    ``percent_form``)."""
    form = language_data().get(lang, {}).get("percent_form") or "{n}%"
    return form.format(n=f"{float(value):g}")


def date_text(value: dict, lang: str) -> str:
    """A date in the customer's language ("1 de septiembre de 2026", "1 сентября 2026"): the layout is the
    language file's ``date_form``, the month its ``months`` entry (the second form, the genitive, where
    ``month_case`` says "genitive", as Russian dates need), capitalised where ``month_capital`` says so."""
    data = language_data().get(lang) or language_data()["en"]
    months = data.get("months") or language_data()["en"]["months"]
    forms = months[value["m"] - 1]
    name = forms[1] if data.get("month_case") == "genitive" and len(forms) > 1 else forms[0]
    if data.get("month_capital"):
        name = name.capitalize()
    form = data.get("date_form") or language_data()["en"]["date_form"]
    return form.format(month=name, d=value["d"], y=value["y"])


def render_unit(unit: Unit, r: Reading | None, lang: str, tone: str) -> list[str]:
    """Sentences answering from one unit, in ``lang``."""
    if unit.kind == "row" and unit.header:
        return render_table([unit], r, lang, tone)
    if unit.lang == lang:
        return [clean(unit.text, yes_no=r is None or not _open_question(r))]
    topic = unit_topic(unit, r)
    out: list[str] = []
    if "fact:example" in unit.concepts:
        # "shown on each product page, for example 30 days": an example, never told as the store's rule
        values = [duration_text(f.value, lang) for f in unit.facts if f.type == "duration" and "lo" in f.value]
        values += [f.text for f in unit.facts if f.type in ("money", "percent")]
        return [P.phrase("fact_varies_example", lang, tone, value=P.join_list(values, lang))] if values else []
    facts = unit.facts
    monies = [f for f in facts if f.type == "money"]
    if len(monies) >= 2 and len({(tuple(sorted(f.quals)), f.label or "", f.column) for f in monies}) < len(monies):
        # "Bölge 3: 12,90 € 17,90 € 24,90 €" (a table flattened by a PDF): amounts nothing tells apart would each be
        # told without the qualifier that says which is which - quote the unit when an amount is asked; else its
        # other facts answer ("valid for 2 years" beside "from 20 € to 300 €") and the amounts are left out
        if r is None or {"cost", "price"} & set(r.asks) or not [f for f in unit.facts if f.type != "money"]:
            return []
        facts = [f for f in unit.facts if f.type != "money"]
    out += _countries(unit, topic, lang, tone)
    hours = [f for f in facts if f.type == "hours"]
    if hours:
        out.append(P.phrase("fact_hours", lang, tone, hours=_hours_text(hours, lang)))
    dates = [f for f in facts if f.type == "date"]
    if dates and r is not None and "topic:updated" in r.concepts:
        out.append(P.phrase("fact_updated", lang, tone, date=date_text(dates[0].value, lang)))
    years = [f for f in facts if f.type == "year"]
    if years and r is not None and "year" in r.asks:
        out.append(P.phrase("fact_founded", lang, tone, year=years[0].value["year"]))
    shut = closed_days(unit, r, lang, tone)
    if not shut and not hours and unit.closed_days:
        # "Monday: closed" answers "when are you open?" too, in the customer's language, not quoted
        shut = [P.phrase("fact_closed", lang, tone, days=P.join_list([P.DAYS[lang][d] for d in unit.closed_days],
                                                                    lang))]
    out += shut
    codes = [f for f in facts if f.type == "code"]
    percents = [f for f in facts if f.type == "percent"]
    if not codes and unit.section_codes and (percents or "topic:discount" in unit.concepts):
        codes = unit.section_codes[:1]  # "BIENVENIDA10 · tu primera compra": the code its section names
    if codes and percents:
        mins = [f for f in facts if f.type == "money" and "fact:minimum" in f.quals]
        clause = P.phrase("min_clause", lang, tone, amount=mins[0].text) if mins else ""
        out.append(P.phrase("fact_discount_code", lang, tone, code=codes[0].text, percent=percent_text(percents[0].value["percent"], lang),
                            min_clause=clause))
    elif percents and percents[0].value["percent"] < 100 and (
            "topic:discount" in percents[0].quals or "topic:discount" in unit.about):
        # "100% original", "it costs 12% of the price": no discount
        # "Black Friday: 15% off", not "Del 27 al 30 de noviembre, un: 15% off": a promotion is named by its own
        # label or its section's heading before the words that happen to precede its figure; "hasta un 40%"
        # stays "up to 40%"
        pct = percents[0]
        before = tokens(pct.clause[: max(0, pct.clause.find(pct.text))])[-3:]
        upto = "fact:maximum" in pct.quals and any(m.concept == "fact:maximum" for m in matcher().match(before))
        key = "fact_discount_upto" if upto else "fact_discount_percent"
        label = _promotion_label(pct, unit)
        out.append(P.phrase(key, lang, tone, label=label, percent=percent_text(pct.value["percent"], lang)))
    done: set[int] = set()
    if topic == "topic:shipping":
        # one service's cost and time in one sentence
        monies = [f for f in facts if f.type == "money" and not {"fact:additional", "fact:free", "fact:minimum"} & set(f.quals)]
        durs = [f for f in facts if f.type == "duration" and "lo" in f.value]
        if len(monies) == 1 and len(durs) == 1:
            svc = _service(monies[0].quals, monies[0].clause, lang)
            d = duration_text(durs[0].value, lang)
            out.append(P.phrase("fact_ship_cost_time_service", lang, tone, service=svc, price=monies[0].text, duration=d)
                       if svc else P.phrase("fact_ship_cost_time", lang, tone, price=monies[0].text, duration=d))
            done = {id(monies[0]), id(durs[0])}
    for f in facts:
        if id(f) in done:
            continue
        if f.type == "duration" and in_brackets(unit.text, f.start) and \
                any(g.type == "duration" and not in_brackets(unit.text, g.start) for g in facts):
            continue  # "ampliamos el plazo legal (14 días): tienes 30 días": the bracketed figure is an aside
        if f.type == "duration" and (f.value.get("overnight") or "fact:additional" in f.quals) and \
                topic != "topic:shipping":
            continue  # "same day" or "express" named in a surcharge clause is a service, not a return window
        if f.type == "duration" and "lo" in f.value or f.type == "duration" and f.value.get("overnight"):
            d = duration_text(f.value, lang)
            anchor = ""
            if topic in ("topic:return", "topic:exchange", "topic:refund"):
                if topic == "topic:refund" and _RECEIPT.search(f.clause):
                    anchor = P.phrase("anchor_receipt", lang)
                elif _DELIVERY.search(f.clause):
                    anchor = P.phrase("anchor_delivery", lang)
                elif _PURCHASE.search(f.clause):
                    anchor = P.phrase("anchor_purchase", lang)
            if topic == "topic:refund" or ("topic:refund" in f.quals and topic != "topic:exchange"):
                out.append(P.phrase("fact_refund_time", lang, tone, duration=d, anchor=anchor))
            elif topic == "topic:exchange":
                out.append(P.phrase("fact_exchange_window", lang, tone, duration=d, anchor=anchor))
            elif topic == "topic:return":
                out.append(P.phrase("fact_return_window", lang, tone, duration=d, anchor=anchor))
            elif topic == "topic:shipping":
                svc = _service(f.quals, f.clause, lang)
                if f.value.get("overnight") and "speed:overnight" in f.quals:
                    continue  # "overnight shipping takes overnight": the service's name already says it
                out.append(P.phrase("fact_ship_time_service", lang, tone, service=svc, duration=d) if svc
                           else P.phrase("fact_ship_time", lang, tone, duration=d))
            elif topic == "topic:warranty":
                out.append(P.phrase("fact_warranty", lang, tone, duration=d))
            elif topic not in ("topic:email", "topic:contact", "topic:hours"):
                out.append(P.phrase("fact_duration_label", lang, tone, label=_label(f, unit), duration=d))
        elif f.type == "money":
            if "fact:minimum" in f.quals and codes:
                continue  # told with the code
            if "fact:maximum" in f.quals and not {"fact:free", "fact:additional"} & set(f.quals):
                continue  # "cash on delivery for orders up to 150 €": a limit, never what something costs
            if "fact:additional" in f.quals:
                out.append(P.phrase("fact_surcharge", lang, tone, label=_label(f, unit), price=f.text))
            elif "fact:free" in f.quals and "fact:minimum" in f.quals \
                    and (topic == "topic:shipping" or "topic:shipping" in f.quals):
                # "over $150" is not "$150 or more": the total must exceed it
                key = "fact_ship_free_above" if strictly_over(unit.text, f.start, f.end) else "fact_ship_free_over"
                out.append(P.phrase(key, lang, tone, amount=f.text))
            elif (topic == "topic:shipping" or "topic:shipping" in f.quals and topic not in ("topic:return",)) \
                    and not _clause_topics(f) - _SHIPPING_COST_TOPICS:
                svc = _service(f.quals, f.clause, lang)
                out.append(P.phrase("fact_ship_cost_service", lang, tone, service=svc, price=f.text) if svc
                           else P.phrase("fact_ship_cost", lang, tone, price=f.text))
            elif topic in ("topic:return", "topic:exchange"):
                out.append(P.phrase("fact_return_fee", lang, tone, price=f.text))
            else:
                out.append(P.phrase("fact_fee", lang, tone, label=_label(f, unit), price=f.text))
        elif f.type == "email" and "proc:start" in unit.concepts and topic in ("topic:return", "topic:exchange",
                                                                               "topic:refund"):
            out.append(P.phrase("fact_start_return", lang, tone, email=f.text))
        elif f.type == "email":
            out.append(P.phrase("fact_email", lang, tone, email=f.text))
        elif f.type == "phone":
            out.append(P.phrase("fact_phone", lang, tone, phone=f.text))
        elif f.type == "address":
            out.append(P.phrase("fact_address", lang, tone, address=f.text.rstrip(".")))
    if "fact:free" in unit.concepts and not any(f.type == "money" for f in facts) and _free_throughout(unit):
        if topic == "topic:shipping":
            out.append(P.phrase("fact_ship_free", lang, tone))
        elif topic == "topic:exchange":
            out.append(P.phrase("fact_exchanges_free", lang, tone))
        elif topic == "topic:return":
            out.append(P.phrase("fact_returns_free", lang, tone))
    if not out and topic == "topic:payment" and not facts and (unit.kind == "item" or _methods(unit) >= 3):
        # "We accept Visa, PayPal, Klarna": a list of methods, never a whole sentence about something else
        out.append(P.phrase("payment_methods", lang, tone, methods=clean(unit.text).rstrip(".")))
    conds = _conditions(unit, lang)
    if conds and topic in ("topic:return", "topic:exchange", "topic:refund", None) and not _negative_condition(unit):
        out.append(P.phrase("fact_conditions", lang, tone, conditions=P.join_list(conds, lang)))
    if unit.kind == "item" and unit.lead and "cond:final_sale" in {**unit.concepts, **unit.context}:
        out.append(P.phrase("fact_exceptions", lang, tone, items=clean(unit.text).rstrip(".")))
    if "cond:final_sale" in unit.concepts and not out and unit.kind != "item":
        pass
    return out


def _methods(unit: Unit) -> int:
    """How many payment words a unit names (Visa, PayPal, bank transfer...)."""
    return len({m.form for m in matcher().match(tokens(unit.text)) if m.concept == "topic:payment"})


def _open_question(r: Reading) -> bool:
    """A question that asks what / where / when / how (not yes or no)."""
    return any(q in r.concepts for q in ("q:where", "q:when", "q:how", "q:how_long", "q:how_much", "q:which",
                                           "q:what", "q:how_many", "q:who", "q:why"))


_NEGATION = re.compile(r"(?<!\w)(?:not|no|never|cannot|can't|don't|doesn't|won't|isn't|aren't|não|nao|nunca|nem|"
                       r"no|nunca|jamás|jamas|değil\w*|degil\w*|yok|hayır|hayir|tidak|bukan|tak|belum|не|нет|нельзя|"
                       r"никогда)(?!\w)|\w+m[ıi]yor|\w+m[ae]z(?!\w)", re.I)
_EXCLUDED_LEAD = re.compile(r"(?i)not accept|can't accept|cannot accept|cannot be returned|can't be returned|"
                            r"non-returnable|final sale|não aceitamos|nao aceitamos|no aceptamos|no se aceptan|"
                            r"kabul etmiyoruz|iade alınmaz|tidak menerima|не принимаем|не подлежат")


def in_brackets(text: str, at: int) -> bool:
    """Whether position ``at`` of a text lies inside brackets: an aside ("the legal period (14 days)")."""
    return text[:at].count("(") > text[:at].count(")")


#: the topics of "do you ship to X?"
SHIPPING_TO = {"topic:shipping", "topic:international"}


def _free_throughout(unit: Unit) -> bool:
    """Whether a sentence saying "free" says it of all it speaks of: "A primeira troca é grátis; a partir da
    segunda, o frete é pago pelo cliente" is free only for the first, and "exchanges are free" would drop that.
    Its clauses part at a ";" and at a contrast word ("but", "mas", "но": the language files' ``contrast_words``)."""
    contrast = words_rx("contrast_words")
    parts = fold(unit.text).split(";")
    clauses = [c for part in parts for c in (contrast.split(part) if contrast else [part]) if c and len(tokens(c)) >= 2]
    return all(any(m.concept == "fact:free" for m in matcher().match(tokens(c))) for c in clauses) \
        if len(clauses) > 1 else True


def names_stated(unit: Unit, r: Reading, skip: Collection[str] = ()) -> list[str]:
    """The names the message asks about that the unit states as names ("do you take Discover?" - "Visa,
    Mastercard, Discover and PayPal"; "Mastercard kabul ediyor musunuz?" - "Online: Visa ve Mastercard ..."): words
    of the message written capitalised inside the unit's sentence (not as its first word), in any language, and
    only where the sentence says no "not". ``skip``: words that name something else (the catalog's titles)."""
    if _NEGATION.search(fold(unit.text)):
        return []
    capital: set[str] = set()
    for m in re.finditer(r"[^\W\d_][\w'&-]*", unit.text):
        before = unit.text[:m.start()].rstrip(" \"'«(*")
        if before and before[-1] not in ".!?:;\n" and m.group()[:1].isupper():
            capital.add(fold(m.group().strip("-'")))
    places = {w for p in r.places for w in tokens(p)}  # where to is asked and told by the shipping rules
    return [t for t in dict.fromkeys(r.tokens) if len(t) >= 3 and t.isalpha() and t in capital and t not in skip
            and t not in places]


def polarity(unit: Unit, r: Reading, same_language: bool = False) -> str | None:
    """"yes" or "no" to open an answer to a yes/no question told from a page in another language: an FAQ answer
    that starts with it ("Sí, ...", "No, ..."), or a statement that says no ("We do not sell your data", an
    item of a "we do not accept returns of:" list)."""
    if _open_question(r) or not (r.is_question or "q:can" in r.concepts or "q:have" in r.concepts or
                                 "q:is" in r.concepts):
        return None
    lead = " ".join([unit.lead, unit.heading])
    if unit.kind == "item" and (_EXCLUDED_LEAD.search(lead) or _NEGATION.search(fold(lead))):
        return "no"  # an item of a list headed "Items we cannot accept back" / "Artículos que no admiten devolución"
    if same_language:
        return None  # a sentence quoted in the customer's language says itself whether it is a yes or a no
    first = fold(unit.text).split()[:1]
    if first:
        w = first[0].strip(",.!:;")
        if w in ("yes", "si", "sim", "evet", "ya", "да", "iya"):
            return "yes"
        if w in ("no", "nao", "hayir", "tidak", "нет"):
            return "no"
    asked_countries = gazetteer().countries(r.places)
    unit_countries = set(only_countries(unit.text))
    if asked_countries and unit_countries and not asked_countries & unit_countries:
        return "no"  # "do you ship to Mexico?" - "we deliver within the United States only"
    if _NEGATION.search(fold(unit.text)):
        return "no"
    if set(r.places) & unit.places and "topic:shipping" in r.concepts and r.only_about(SHIPPING_TO) \
            and not r.values("noun") \
            and not r.values("cat") and ({"topic:shipping", "topic:international"} & unit.about):
        # only to "do you ship to X?" and not for a kind of thing ("plants to Mallorca?" may have a rule of its own)
        return "yes"  # "entregam em Whitehorse, no Yukon?" - "We ship to all Canadian provinces and territories"
    return None


def _negative_condition(unit: Unit) -> bool:
    """'Used items cannot be returned' states a condition too, but as a refusal: quote it instead."""
    return bool(re.search(r"\b(?:not|cannot|can't|no)\b", fold(unit.text))) and "unused" not in fold(unit.text) \
        and "unworn" not in fold(unit.text)
