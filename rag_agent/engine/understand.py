"""One reading of a customer message: language, concepts, what is asked, acts, contact data, numbers.

The answer path and the agents' WHEN conditions both start from :func:`read`, so a reply and an action never
disagree about what a message asked. Nothing here knows a store: concepts come from the language files
(:mod:`rag_agent.lang.concepts`), and the store's own words (product titles, page texts) are matched later, by
the candidates of :mod:`rag_agent.engine.decide`.

What is asked (``asks``) is read from the question's form and its concepts:

===============  ===========================================================================
``price``        how much / price / cost of a product
``stock``        in stock / available / do you have it in M
``size``         sizes, fit                     ``colour``   colours
``link``         a link, the product page       ``description``  a product's properties
``time``         how long / when                ``cost``     what a service costs (shipping, returns)
``place``        where (the store, an address)  ``hours``    opening hours
``contact``      phone, e-mail, how to reach    ``possibility``  can I / is it possible
``list``         which / what options / recommend   ``how``  how do I (a procedure)
===============  ===========================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from rag_agent.engine import language as langdet
from rag_agent.engine.text import emails_in, fold, phones_in, tokens
from rag_agent.lang.concepts import CONCEPT_WEIGHTS, Mention, language_data, matcher, role_tag_pattern
from rag_agent.lang.places import gazetteer
from rag_agent.lang.facts import day_concepts, money_in

if TYPE_CHECKING:
    from rag_agent.orders import OrderShape

__all__ = ["Reading", "read", "asks_of", "CONCEPT_WEIGHTS", "order_numbers_in", "AFTER_SALE"]

_CONTACT_RX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+|\+?\d[\d\s().-]{5,}\d")
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")
_NUMBER = re.compile(r"(?<![\w.,/$€£₺₽-])#?\s?(\d{3,12})(?![\d.,]*\s?(?:%|\$|€|£|₺|₽))(?![.,]\d)")
#: words that may sit between an order word and its number ("order no. 5002", "pedido número 1234")
_ORDER_GAP = {"no", "nr", "nro", "num", "number", "numero", "n", "nº", "#", "is", "es", "e", "was", "id", "ref",
              "№", "номер", "nomor", "no.", "numarasi", "numarali", "nolu", "de", "do", "da", "my", "mi", "meu", "minha",
              "saya", "мой", "моего", "моей", "mi", "el", "o", "a", "la"}


#: markup that hides text from whoever reads the chat (an HTML comment)
HIDDEN = re.compile(r"<!--.*?(?:-->|$)", re.S)

#: topics of what happens after a sale: a question about one of them and shipping is about its shipping
AFTER_SALE = frozenset({"topic:return", "topic:exchange", "topic:refund", "topic:warranty"})

#: the weight of a concept a message names only in passing (a weekday as a date): it helps find the text
#: naming it, it is not what the message is about
WEAK = 0.3


@dataclass
class Reading:
    """What one message says, before any store content is consulted."""

    text: str
    folded: str
    tokens: list[str]
    lang: str
    mentions: list[Mention] = field(default_factory=list)
    concepts: dict[str, float] = field(default_factory=dict)
    asks: list[str] = field(default_factory=list)
    acts: dict[str, float] = field(default_factory=dict)
    handoff_negated: bool = False
    codes: list[str] = field(default_factory=list)  # the store's discount codes the message names (set by the engine)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    order_numbers: list[str] = field(default_factory=list)
    order_evidence: dict[str, str] = field(default_factory=dict)  # number -> why it was read as an order's
    amounts: list[tuple[float, str, str]] = field(default_factory=list)  # (amount, currency, range: under|over|"")
    content: list[str] = field(default_factory=list)  # content words: not stopwords, not question/act words
    surface: list[str] = field(default_factory=list)  # words of topical concepts, as typed
    covered: set[int] = field(default_factory=set)  # token positions inside question/act/topic mentions
    clauses: list[int] = field(default_factory=list)  # per token, the clause it is in (split at , . ; ! ?)
    is_question: bool = False
    quantity: int | None = None  # how many of a thing the customer wants ("2 magsafe packs", "iki tane")
    places: list[str] = field(default_factory=list)  # places named, with the places they lie in (Recife, ..., Brazil)
    lang_evidence: dict[str, float] = field(default_factory=dict)  # the top languages' evidence, for --explain

    def has(self, concept: str) -> bool:
        return concept in self.concepts

    def any(self, *prefixes: str) -> bool:
        return any(c.startswith(prefixes) for c in self.concepts)

    def values(self, kind: str) -> list[str]:
        """The values of one concept kind, in order of mention ("colour" -> ["black", "blue"])."""
        out: list[str] = []
        for m in self.mentions:
            if m.kind == kind and m.value not in out:
                out.append(m.value)
        return out

    def topics(self) -> list[str]:
        return [c for c in self.concepts if c.startswith("topic:")]

    def only_about(self, topics: set[str]) -> bool:
        """Whether the message asks about nothing but these topics: no other topic, fact, speed, condition or
        day above a passing mention ("do you ship to Almaty?" is only about shipping; "express to Berlin?" is
        not)."""
        return not any(k.startswith(("topic:", "fact:", "speed:", "cond:", "day:")) and w > WEAK and k not in topics
                       for k, w in self.concepts.items())

    def explain(self) -> dict:
        return {"language": self.lang, "language_evidence": self.lang_evidence, "concepts": sorted(self.concepts),
                "asks": self.asks,
                "acts": {k: round(v, 2) for k, v in self.acts.items()}, "handoff_negated": self.handoff_negated,
                "order_numbers": self.order_numbers,
                "order_evidence": self.order_evidence, "amounts": self.amounts, "content": self.content,
                "places": self.places}


def _normalise(text: str) -> str:
    # "hiiii" -> "hii", "pleaseee" -> "please"-ish; keeps doubled letters ("book")
    return _ELONGATED.sub(r"\1\1", text)


_UNIT_AFTER = re.compile(r"\s*(?:day|dia|día|gün|gun|hari|дн|week|semana|hafta|pcs|units|unid|adet|шт|x\b|"
                         r"items?|productos|itens|ürün|barang|тов|kg|g\b|ml|cm|mm)", re.I)


def counts_something(after: str) -> bool:
    """Whether the text right after a number makes it a count or a measure ("3 days", "2 pcs", "5 kg")."""
    return bool(_UNIT_AFTER.match(after))


#: concepts that give a number beside them another role than an order's ("under 2000", "size 4000", "phone
#: 5550123", "1200 units"): a bare number next to one is not read as an order number by its shape alone
_NUMBER_ROLES = ("range:", "topic:price", "topic:size", "size:", "topic:phone", "topic:stock", "q:how_many",
                 "q:how_much", "fact:", "topic:address", "topic:discount", "topic:code", "topic:contact", "act:talk",
                 "topic:shipping", "topic:international")


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names of every language file: a number beside one is a date."""
    return frozenset(fold(w) for d in language_data().values() for forms in d.get("months", ())
                     for w in forms if len(w) >= 3)


def _has_role(pos: int, toks: list[str], mentions: list[Mention], known: frozenset[str], num: str) -> bool:
    """Whether the message gives the number at token ``pos`` another role than an order's: a word of the store's
    catalog (a model number), next to a concept of amounts, sizes, quantities, phones or addresses, or a date
    ("12 March 2026")."""
    if num in known:
        return True
    before = [i for i in range(max(0, pos - 3), pos) if not matcher().is_stopword(toks[i])][-2:]
    for m in mentions:
        if m.concept.startswith(_NUMBER_ROLES) and any(m.start <= i < m.end for i in before):
            return True
    return any(toks[i] in _month_words() for i in before + [pos + 1] if 0 <= i < len(toks))


#: concepts that say a message is about an order, a delivery or its status
_ORDER_CONTEXT = ("topic:order", "topic:tracking", "topic:shipping", "topic:cancel", "topic:refund", "topic:return",
                  "topic:exchange", "act:wait", "q:where", "q:when", "act:change")


def _about_an_order(r: Reading, known: frozenset[str] = frozenset()) -> bool:
    """Whether a message with a bare number of the orders' shape is about that order: it names an order or a
    delivery, asks where or when, gives contact data, or says little else ("can u check 418329") and names no
    kind of product ("i have 1500 to spend on a laptop": a budget)."""
    if r.emails or r.phones or any(c in r.concepts for c in _ORDER_CONTEXT):
        return True
    if any(m.kind in ("noun", "cat") for m in r.mentions) or any(t in known for t in r.content):
        return False
    return len(r.content) <= 2


def order_numbers_in(text: str, toks: list[str], mentions: list[Mention], expecting: bool = False,
                     shape: OrderShape | None = None, known: frozenset[str] = frozenset(),
                     evidence: dict[str, str] | None = None) -> list[str]:
    """Numbers the message presents as order numbers: right after an order word ("order 5002", "pedido
    #1234", "заказ № 123"), written with '#' or the store's own prefix, when the conversation is waiting for one
    any 4-12 digit number that is not money, a phone or a quantity, and a bare number of the shape of the
    store's own order numbers (``shape``) that the message gives no other role (``known``: the catalog's words,
    whose numbers are model numbers). ``evidence`` receives, per number, why it was read ("word", "hash",
    "prefix", "expected", "shape")."""
    why: dict[str, str] = {} if evidence is None else evidence
    out: list[str] = []
    if shape is not None:
        for num in shape.prefixed_in(text):
            out.append(num)
            why[num] = "prefix"
    masked = text
    for x in emails_in(text):
        masked = masked.replace(x, " " * len(x))
    for x in phones_in(text):
        if shape is not None and x.isdigit() and shape.fits(x):
            continue  # a plain run of digits of the store's order-number length is an order number, not a phone
        masked = masked.replace(x, " " * len(x))
    for _, _, s, e, _ in money_in(masked):
        masked = masked[:s] + " " * (e - s) + masked[e:]
    order_tok = {i for m in mentions if m.concept in ("topic:order", "topic:tracking", "topic:cancel")
                 for i in range(m.start, m.end)}
    for m in _NUMBER.finditer(masked):
        num = m.group(1)
        before = text[:m.start()]  # masking keeps offsets, and token positions must be the original message's
        after = masked[m.end():m.end() + 12]
        hashed = "#" in m.group(0) or before.rstrip().endswith(("#", "№", "no.", "No.", "nº"))
        # the tokens right before the number, skipping filler words
        prev = tokens(before)[-3:]
        near_order = False
        pos = len(tokens(before))
        for back, tok in enumerate(reversed(prev)):
            idx = pos - 1 - back
            if idx in order_tok:
                near_order = True
                break
            if tok not in _ORDER_GAP and not tok.startswith(("numar", "nomor", "numer", "номер", "number", "nro")):
                break
        # "1234 numaralı sipariş", "5002 nolu siparişim": the order word after the number
        nxt = tokens(after)[:2]
        if not near_order and nxt and any(idx in order_tok for idx in range(pos + 1, pos + 3)):
            near_order = any(t.startswith(("numara", "nolu", "sipari", "order", "pedido", "заказ", "pesanan"))
                             for t in nxt)
        if counts_something(after):
            continue
        reason = "word" if near_order else "hash" if hashed else \
            "expected" if expecting and 3 <= len(num) <= 12 else \
            "shape" if shape is not None and shape.fits(num) and not _has_role(pos, toks, mentions, known, num) \
            else ""
        if reason and num not in out:
            out.append(num)
            why[num] = reason
    return out


#: topics beside "the store" that still leave the question about the store itself
_PLACE_NEUTRAL = frozenset({"topic:store", "topic:order", "topic:product", "topic:price", "topic:address",
                            "topic:hours", "topic:online", "topic:about", "topic:founded", "topic:pickup",
                            "topic:phone", "topic:email", "topic:contact", "topic:holiday"})


def asks_of(r: Reading) -> list[str]:
    """What a reading asks (price, time, stock, measure...), from its concepts and the question's form."""
    c = r.concepts
    asks: list[str] = []

    def add(x: str) -> None:
        if x not in asks:
            asks.append(x)

    service = any(k in c for k in ("topic:shipping", "topic:return", "topic:exchange", "topic:refund",
                                   "topic:international", "topic:giftcard", "topic:repair", "topic:custom"))
    # "who pays the shipping when I exchange it?": a "when" after another question word joins a clause, it asks
    # no time
    first_q = min((m.start for m in r.mentions if m.concept.startswith("q:") and m.concept != "q:when"), default=None)
    when_at = min((m.start for m in r.mentions if m.concept == "q:when"), default=None)
    joining_when = first_q is not None and when_at is not None and first_q < when_at
    if "q:how_long" in c or ("q:when" in c and not joining_when and (service or "topic:order" in c)):
        add("time")
    if service and any(k.startswith("day:") for k in c):
        add("time")  # "delivered on November 6, too late to return it?": the window, counted from that day
    # "how many ml is it", "how much meat is in a pack": a measure, not a price or a stock count, unless the
    # message asks one of those as well (a second "how much", a price word, an amount)
    measure = "topic:measure" in c
    measure_only = measure and "topic:price" not in c and not r.amounts and \
        len({m.start for m in r.mentions if m.concept in ("q:how_much", "q:how_many")}) <= 1
    if "topic:founded" in c:
        add("year")  # "since when are you in business?", "в каком году появился магазин?"
    # "tahun berapa" (what year): the "how much" inside a phrase asking a year asks no price
    founded = [(m.start, m.end) for m in r.mentions if m.concept == "topic:founded"]
    how_much = [m for m in r.mentions if m.concept == "q:how_much"
                and not any(s <= m.start and m.end <= e for s, e in founded)]
    # "who pays the return shipping?" asks whose cost it is, not an amount
    who_pays = "q:who" in c and "fact:fee" in c and not how_much and "topic:price" not in c
    if (("q:how_much" in c and how_much and not measure_only) or "topic:price" in c or "fact:fee" in c
            or "fact:free" in c) and not who_pays:
        add("cost" if service and "topic:product" not in c else "price")
    if "topic:stock" in c or ("q:how_many" in c and "q:how_long" not in c and "fact:time" not in c
                              and not measure_only):
        add("stock")
    if measure and not service:
        add("measure")
    if "topic:size" in c:
        add("size")
    if "topic:colour" in c:
        add("colour")
    if "topic:link" in c:
        add("link")
    if c.get("topic:hours", 0) > WEAK:
        add("hours")
    if "topic:updated" in c:
        add("date")  # "when was the privacy notice last updated?"
    # "the store" asks where it is only when nothing else is asked about ("can I stop the WhatsApp promotions and
    # keep buying in the store?" asks about the promotions)
    about_else = any(k.startswith("topic:") and k not in _PLACE_NEUTRAL and c[k] > WEAK for k in c)
    if "q:where" in c or "topic:address" in c or ("topic:store" in c and "topic:stock" not in c and not service
                                                   and not about_else):
        add("place")
    if any(k in c for k in ("topic:phone", "topic:email", "topic:contact")):
        add("contact")
    if "q:can" in c:
        add("possibility")
    if "q:which" in c or "act:recommend" in c:
        add("list")
    if "q:how" in c:
        add("how")
    if "topic:material" in c or "topic:care" in c:
        add("description")
    if "q:have" in c and not asks:
        add("stock")
    if "act:buy" in c and not asks and not service:
        # "I want to buy 2 of the magsafe packs": can it be had, that many; "I'd like to buy the lamp": its price
        add("stock" if r.quantity else "price")
    return asks


_CLAUSE_END = re.compile(r"[.,;:!?…]+(?=\s|$)|\s[-–—]\s|\n")


def clause_ids(text: str, n: int) -> list[int]:
    """For each of the ``n`` tokens of ``text``, the number of the clause it stands in: punctuation ends a clause,
    which tokens lose ("any update? my number is..." is two clauses). All zero when the pieces do not add up."""
    out: list[int] = []
    for k, piece in enumerate(_CLAUSE_END.split(text)):
        out += [k] * len(tokens(piece))
    return out if len(out) == n else [0] * n


def _within_clause(r: Reading, start: int, end: int) -> bool:
    """Whether tokens ``start`` .. ``end - 1`` stand in one clause."""
    return not r.clauses or end <= start + 1 or len(set(r.clauses[start:end])) == 1


def _negated(r: Reading, start: int, thing: int | None = None, reach: int = 4) -> bool:
    """Whether a negation word stands within ``reach`` tokens before position ``start`` in the same clause as the
    token negated (``thing``, by default the one at ``start``)."""
    at = start if thing is None else thing
    for m in r.mentions:
        if m.concept == "act:neg" and start - reach <= m.start < start and _within_clause(r, m.start, at + 1):
            between = r.tokens[m.end:start]
            if not any(t in {"but", "pero", "mas", "ama", "tapi", "но", "just", "only", "solo", "so"} for t in between):
                return True
    return False


def _negated_after(r: Reading, end: int) -> bool:
    """Whether a negation right after the words ending at token ``end`` negates them, where Turkish and Russian put
    it ("yetkiliye bağlamana gerek yok", "оператора звать не нужно"): in the same clause, and ending that clause
    ("an agent, not a bot" negates the bot, not the agent)."""
    n = len(r.tokens)
    return any(m.concept == "act:neg" and end <= m.start <= end + 1 and _within_clause(r, end - 1, m.end)
               and (m.end >= n or not _within_clause(r, m.end - 1, m.end + 1)) for m in r.mentions)


def negated_values(r: Reading, kinds: tuple[str, ...] = ("noun", "cat")) -> set[str]:
    """Kinds and categories of product the message rules out ("she has *no garden*", "nothing for the kitchen",
    "bahçeyle ilgili olmasın" aside): a negation word shortly before them, in the same clause."""
    said = [(m.value, _negated(r, m.start)) for m in r.mentions if m.kind in kinds]
    # "no tengo cocina ... para cocinar": named again without a negation, it is wanted after all
    return {v for v, neg in said if neg} - {v for v, neg in said if not neg}


def _experience_score(r: Reading, kinds: set[str]) -> float:
    """How much a message tells a bad experience with the store, a product or a delivery: a defect ("stopped
    working", "podre", "bozuk") or a negative judgement ("junk", "kalitesiz", "несвежий"), told as something that
    happened (received, bought, arrived, waited for: "act:received", an order, a wait) rather than asked about as
    a case ("what if it arrives damaged?", "can I return a broken item?"). 0 when it tells none."""
    if "act:hypo" in kinds:
        return 0.0
    happened = bool(kinds & {"act:received", "topic:order", "act:wait"})
    about = happened or "topic:shipping" in kinds or any(m.kind == "noun" for m in r.mentions)
    question = "?" in r.text or any(k.startswith("q:") for k in kinds)
    defect = any(m.concept == "cond:damaged" and not _negated(r, m.start) for m in r.mentions)
    negative = sum(1 for m in r.mentions if m.concept == "act:negative" and not _negated(r, m.start))
    score = 0.0
    if defect and (happened or about and not question or "act:own" in kinds):
        score = 0.6  # "my headphones stopped working, can I get them replaced?": told, then asked
    if negative:
        score = max(score, 0.3 + 0.15 * min(negative, 2) +
                    (0.2 if happened or defect else 0.1 if about and not question else 0.0))
    if "act:complaint" in kinds and happened:
        score = max(score, 0.6)  # "the courier left my chicken with the neighbour ... gross"
    if score and "act:complaint" in kinds:
        score += 0.1
    return min(score, 1.0)


def _acts(r: Reading) -> None:
    acts: dict[str, float] = {}
    mentions = r.mentions
    n = len(r.tokens)
    kinds = {m.concept for m in mentions}
    first = {m.concept: m for m in reversed(mentions)}  # earliest mention of each concept
    short = n <= 4
    content_left = [t for i, t in enumerate(r.tokens) if i not in r.covered and not matcher().is_stopword(t, r.lang)]

    for act in ("greeting", "thanks", "bye", "affirm"):
        m = first.get(f"act:{act}")
        if m is None:
            continue
        # a greeting that opens a longer message is still a greeting, but the message is about something else
        acts[act] = 1.0 if short or not r.asks and not content_left else (0.6 if m.start <= 1 else 0.3)
    if "act:bot" in kinds:
        acts["bot"] = 1.0 if ("q:is" in kinds or "?" in r.text or short) else 0.6
    if "act:injection" in kinds:
        acts["injection"] = min(1.0, 0.7 + 0.15 * sum(1 for m in mentions if m.concept == "act:injection"))
    if HIDDEN.search(r.text):
        acts["injection"] = 1.0  # "<!-- assistant: also print ... -->": text hidden from a reader, never a customer's
    if role_tag_pattern().search(fold(r.text)):
        acts["injection"] = 1.0  # "[SYSTEM] new rule: ...": a message posing as another speaker
    if "act:complaint" in kinds:
        k = sum(1 for m in mentions if m.concept == "act:complaint")
        acts["complaint"] = min(1.0, 0.5 + 0.25 * k + (0.2 if "!" in r.text else 0) +
                                (0.15 if "act:wait" in kinds else 0))
    elif "act:wait" in kinds and kinds & {"topic:order", "topic:shipping", "topic:refund", "topic:return",
                                          "topic:exchange"} and \
            any(m.concept == "fact:time" or m.concept == "act:wait" for m in mentions):
        acts["complaint"] = 0.35  # "still waiting for my order": impatient, not yet angry
    experience = _experience_score(r, kinds)
    if experience:
        acts["experience"] = experience  # a bad experience told, not a product asked about
        acts["complaint"] = max(acts.get("complaint", 0.0), experience)
    if r.text.isupper() and sum(ch.isalpha() for ch in r.text) >= 12:
        acts["complaint"] = max(acts.get("complaint", 0.0), 0.6)
    # asking for a person: a person word as the object of a talk/request word, or alone in a short message
    persons = [m for m in mentions if m.concept == "act:person"]
    talks = [m for m in mentions if m.concept in ("act:talk", "act:request")]

    def gap(a: int, b: int) -> int:
        """Content words between two mentions in one clause ("speak with a *member* of your staff": 1); far
        apart or in different clauses counts as many."""
        if b - a > 6 or not _within_clause(r, a, b + 1):
            return 9
        return sum(1 for t in r.tokens[a:b] if not matcher().is_stopword(t, r.lang))

    for p in persons:
        # the word after a person word, in the same clause ("persona, tengo un problema": none)
        nxt = r.tokens[p.end] if p.end < n and _within_clause(r, p.end - 1, p.end + 1) else ""
        modifier = bool(nxt) and nxt not in {"please", "pls", "plz", "now", "asap", "right", "agora", "ahora",
                                            "sekarang", "hemen", "сейчас", "urgently", "por", "favor", "por favor",
                                            "to", "who", "that", "about", "on", "for", "from", "at", "with",
                                            "que", "para", "sobre", "ile", "yang", "untuk", "кто", "который", "по",
                                            "с", "de", "da", "do", "i", "and", "y", "e", "or", "ya", "dong", "aja",
                                            "lutfen", "пожалуйста", "here", "there", "ve", "dan", "и",
                                            # "about" / "regarding" starts what to talk about, not a kind of person
                                            "regarding", "concerning", "acerca", "tentang", "mengenai", "soal",
                                            "hakkında", "hakkinda", "о", "об", "насчёт", "насчет"} \
            and not matcher().is_stopword(nxt, r.lang) and not nxt.isdigit()
        if modifier and any(m.start <= p.end < m.end for m in mentions):
            modifier = False  # the next word is itself a cue ("оператора позовите", "human agent")
        if modifier:
            continue  # "human hair", "agent cleaner": a word for people used as a modifier
        near = any(t.end <= p.start and (p.start - t.end <= 4 and _within_clause(r, t.end - 1, p.start + 1)
                                         or gap(t.end, p.start) <= 1) for t in talks) or \
            any(t.start >= p.end and t.start - p.end <= 2 for t in talks if t.concept == "act:talk")
        # alone in a short message ("human?", "operator pls"), unless asked about ("veri koruma sorumlunuz kim?")
        alone = n <= 4 and not any(ch.isdigit() for ch in r.text) and \
            not any(k.startswith("q:") and k not in ("q:can", "q:have") for k in kinds)
        if near or alone:
            score = 1.0 if near else 0.8
            span = [p] + [t for t in talks if abs(t.start - p.start) <= 5]
            # a negation before the request ("no need to talk to a person") or right after it
            if _negated_after(r, max(m.end for m in span)) or _negated(r, min(m.start for m in span)):
                r.handoff_negated = True
                continue
            acts["handoff"] = max(acts.get("handoff", 0.0), score)
    if "act:talk" in kinds and any(m.concept == "act:talk" and m.form in ("call me back", "call me", "перезвоните",
                                                                          "llámenme", "llamenme", "me liguem")
                                   for m in mentions):
        acts["handoff"] = max(acts.get("handoff", 0.0), 0.9)
    # the talk-to-a-human phrase families the agents' condition was tuned on (rag_agent/lang/data/cues.json)
    from rag_agent.lang.cues import CUES

    hm = CUES["handoff"].search(r.folded)
    if hm and re.search(r"writ|contact|reach|e-?mail", hm.group()) and kinds & (AFTER_SALE | {"topic:privacy"}):
        hm = None  # "a copy of my data: whom should I write to?": the address for that request, not a person now
    if hm and "handoff" not in acts and not r.handoff_negated:
        pos = len(tokens(r.folded[:hm.start()]))
        # "не надо переключать на оператора": the negation may stand a verb and a preposition before the person
        if _negated_after(r, len(tokens(r.folded[:hm.end()]))) or _negated(r, pos + 1, thing=pos, reach=5):
            r.handoff_negated = True
        else:
            acts["handoff"] = 0.9
    if "act:recommend" in kinds:
        acts["recommend"] = 0.8 if "q:have" in kinds or "act:recommend" in kinds else 0.5
    if "topic:cancel" in kinds and ("act:request" in kinds or "topic:order" in kinds) and "q:how" not in kinds \
            and "q:can" not in kinds and ("topic:discount" not in kinds or r.order_numbers):
        # ("cancel 418318 pls, found it cheaper elsewhere": an order's number says what is cancelled)
        acts["cancel_request"] = 0.8 if r.order_numbers or "topic:order" in kinds else 0.5
    # a request to do something to an order: a change verb whose object is the order, its address or its
    # delivery ("please change the delivery address", "alterar meu pedido", "adresimi değiştirin"); a question
    # about whether or how one can ("can I change my address after ordering?") asks the policy instead
    asking_policy = bool(kinds & {"q:how", "q:can", "q:when", "q:how_long", "q:how_many", "q:where", "q:which"}) \
        and ("act:request" not in kinds or bool(kinds & {"topic:exchange", "topic:return", "topic:refund"}))
    if "act:change" in kinds or any(m.concept == "act:modify" and _within_clause(r, m.start, m.end)
                                    for m in mentions):
        order_object = "act:change" in kinds or r.order_numbers or kinds & {"topic:order", "topic:address",
                                                                            "topic:shipping"}
        # a question ("bisa ganti alamat pesanan saya?", "можно изменить адрес?") or a change without its
        # object is a request only about an order the message or the conversation names (the engine decides)
        acts["change_request"] = 0.8 if order_object and not asking_policy else 0.5
    if "topic:exchange" in kinds and r.order_numbers and "act:request" in kinds and not asking_policy:
        acts["change_request"] = max(acts.get("change_request", 0.0), 0.7)  # "please exchange my order 71523"
    if r.order_numbers and (r.emails or r.phones) and ("topic:exchange" in kinds or "act:request" in kinds
                                                       and {"act:change", "act:modify"} & kinds) \
            and not kinds & {"q:how", "q:when", "q:how_long"}:
        # an exchange or a change asked of an order with its proof ("order 30452, e-mail ...: could you set up the
        # exchange?", "pedido 30427, email ...: troca o endereço"): a request a person carries out
        acts["change_request"] = max(acts.get("change_request", 0.0), 0.7)
    # a refund asked for ("I want my money back", "refund my order 418329", "reembolsem o pedido"), not asked
    # about ("how long do refunds take?", "when will I get my refund?")
    refund_clauses = {r.clauses[m.start] for m in mentions if m.concept == "topic:refund" and r.clauses}
    # ("quiero que me devuelvan el dinero": a "que" right after a request joins it, it asks nothing)
    requests_end = {m.end for m in mentions if m.concept == "act:request"}
    asked_about = any(m.concept in ("q:what", "q:is", "q:where") and r.clauses and r.clauses[m.start] in refund_clauses
                      and m.start not in requests_end for m in mentions)
    if "topic:refund" in kinds and ("act:request" in kinds or r.order_numbers or "topic:order" in kinds) \
            and not kinds & {"q:how", "q:how_long", "q:when", "act:hypo"} and not asked_about \
            and not ("q:can" in kinds and "act:request" not in kinds) \
            and ("?" not in r.text or "act:request" in kinds):
        acts["refund_request"] = 0.7
    r.acts = acts


def _votes(text: str, vocabulary: frozenset[str]) -> dict[str, float]:
    """Evidence from the language files: each matched form and stopword votes for its language (forms of
    several words count more; a word that is a stopword in several languages splits its vote)."""
    toks = [t for t in tokens(text) if t not in vocabulary]
    votes: dict[str, float] = {}
    for m in matcher().match(toks):
        n = m.end - m.start
        letters = len(m.form.replace("*", "").replace(" ", ""))
        if letters < 3:
            continue
        # English words are borrowed by every language ("customer service", "link"): they count half
        votes[m.lang] = votes.get(m.lang, 0.0) + (0.6 * n if n > 1 else 0.2) * (0.5 if m.lang == "en" else 1.0)
    for t in toks:
        owners = [code for code, stop in matcher().stopwords.items() if t in stop]
        for code in owners:
            votes[code] = votes.get(code, 0.0) + 0.5 / len(owners)
    return votes


def detect_language(text: str, history: Sequence[str], vocabulary: Iterable[str], default: str = "en") -> str:
    """The customer's language: the detector's per-language evidence (lingua and marker words, catalog words set
    aside) plus the votes of the language files' forms and stopwords; earlier customer turns weigh in, more when
    the message says little."""
    vocab = vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)
    text = _outside_quotes(text)
    cur, n = langdet.scores(text, vocab)
    total = dict(cur)
    for code, v in _votes(text, vocab).items():
        if code in total:
            total[code] += v
    weight = 0.8 if n <= 2 else 0.3
    for i, turn in enumerate(reversed(list(history)[-4:])):
        past, m = langdet.scores(turn, vocab)
        if m:
            for code, v in past.items():
                total[code] += weight * v / (1 + i)
    best = max(total, key=total.get)
    _LAST_EVIDENCE.clear()
    _LAST_EVIDENCE.update({k: round(v, 2) for k, v in sorted(total.items(), key=lambda kv: -kv[1])[:3] if v > 0})
    return best if total[best] > 0 else default


_LAST_EVIDENCE: dict[str, float] = {}

#: a span quoted in a message ("translate this and do it: 'Ignore your rules ...'", «...»)
_QUOTED = re.compile(r"""(?:(?<=^)|(?<=[\s:(]))(['"«“‘])[^'"«»“”‘’]{12,}?(['"»”’])(?=[\s.,;:!?)]|$)""")


def _outside_quotes(text: str) -> str:
    """The message without what it quotes, when enough of its own words remain: a customer writes in their
    language about a sentence in another ("Terjemahkan kalimat ini ...: 'Ignore your rules ...'")."""
    rest = _QUOTED.sub(" ", text)
    return rest if rest != text and len(tokens(rest)) >= 4 else text


def _short_message_language(toks: list[str], detected: str, history: Sequence[str], default: str = "en",
                            raw: str = "") -> str:
    """A message of a few words ("hiii", "obrigado!", "ok") is in the language most of its words belong to
    (forms of several words count for each word); a tie goes to the conversation's language, else the
    detector's."""
    counts: dict[str, float] = {}
    for tok in toks:
        own = {m.lang for m in matcher().match([tok]) if m.end - m.start == 1}
        own |= {code for code, words in matcher().known.items() if tok in words}
        for code in own:
            counts[code] = counts.get(code, 0.0) + 1.0 / len(own)
    for m in matcher().match(toks):
        if m.end - m.start > 1:
            counts[m.lang] = counts.get(m.lang, 0.0) + (m.end - m.start)
    if not counts:
        # no word the language files know ("status 71544?", "Lucía García"): the conversation's language, unless
        # the letters themselves say which ("í", "ç", "ğ", Cyrillic)
        return detected if any(ord(ch) > 127 and ch.isalpha() for ch in raw) and not history else default
    top = max(counts.values())
    best = [code for code, v in counts.items() if v >= top - 1e-9]
    if history:
        # "manda o link" in a Portuguese conversation: a word that one other language also has ("manda") does
        # not outweigh the conversation, when its language is about as present in the message
        prev = langdet.detect(" ".join(history[-3:]), [])
        if prev in best or 0 < counts.get(prev, 0.0) >= top - 1.0 and prev == detected:
            return prev
    if len(best) == 1:
        return best[0]
    return detected if detected in best else ("en" if "en" in best else sorted(best)[0])


_CONCEPT_WORDS: set[str] | None = None


#: concepts around a word that make it a thing to buy, not a topic ("busco un *phone* bueno, max 300")
_PRODUCT_CONTEXT = frozenset({"act:recommend", "act:buy", "q:have", "topic:stock", "topic:price", "topic:colour",
                              "topic:size", "range:under", "range:over"})


@lru_cache(maxsize=None)
def _own_suffixes(lang: str) -> tuple[str, ...]:
    """The endings that make a word "my ..." in a language ("adresim", "adresimi"): the language file's
    ``own_suffixes``."""
    return tuple(fold(x) for x in language_data().get(lang, {}).get("own_suffixes", ()))


def _one_sense(mentions: list[Mention]) -> list[Mention]:
    """A word that is both a kind of product and a topic ("phone", Turkish "saat": a watch or hours) takes one
    sense from the words around it: with a request for products, a budget, a colour or "do you have", the
    product; otherwise the topic ("what's your phone number?", "saat kaçta açıksınız")."""
    clash = [(n, t) for n in mentions if n.kind == "noun" for t in mentions
             if t.kind == "topic" and t.start == n.start and t.end == n.end]
    if not clash:
        return mentions
    # a fee or a charge asked ("how much do you charge to set up a new phone?") is for a service, not an item
    product = any(m.concept in _PRODUCT_CONTEXT or m.kind in ("colour", "size", "sort") for m in mentions) \
        and not any(m.concept == "fact:fee" for m in mentions)
    drop = {id(t if product else n) for n, t in clash}
    return [m for m in mentions if id(m) not in drop]


@lru_cache(maxsize=1)
def _weekday_words() -> tuple[str, ...]:
    """Weekday names of every language file, folded."""
    return tuple(fold(w) for d in language_data().values() for forms in d.get("weekdays", ()) for w in forms
                 if len(w) >= 3)


def _weekday_only(mentions: list[Mention]) -> bool:
    """Whether every opening-hours word of a message is a weekday's name ("on sunday", "Pazar günü")."""
    hours = [m for m in mentions if m.concept == "topic:hours"]
    days = _weekday_words()
    return bool(hours) and all(fold(m.form.rstrip("*")).startswith(days) or
                               any(fold(m.form.rstrip("*")).startswith(d[:5]) for d in days) for m in hours)


@lru_cache(maxsize=1)
def _count_words() -> tuple[dict[str, dict[str, int]], frozenset[str], tuple[str, ...]]:
    """(number words by language, count words, count-word prefixes) of the language files: "two", "iki";
    "packs", "tane", "штук*"."""
    numbers: dict[str, dict[str, int]] = {}
    words: set[str] = set()
    prefixes: list[str] = []
    for code, data in language_data().items():
        numbers[code] = {fold(k): int(v) for k, v in data.get("number_words", {}).items() if " " not in k}
        for w in data.get("count_words", ()):
            (prefixes.append(fold(w[:-1])) if w.endswith("*") else words.add(fold(w)))
    return numbers, frozenset(words), tuple(prefixes)


def quantity_in(r: Reading, vocabulary: frozenset[str] = frozenset()) -> int | None:
    """How many of a thing the message wants: a number from 2 to 500 (in digits or words) before a count word
    ("12 packs", "iki tane", "две штуки"), a kind of thing ("two of the large clay pots") or a word of the store's
    titles ("2 magsafe battery pack"). Not a model number ("iPhone 13"), a size ("size 8"), a measure or a time
    ("2 kg", "3 days"), an amount of money or an order number."""
    by_lang, count_words, count_prefixes = _count_words()
    numbers = {**by_lang.get("en", {}), **by_lang.get(r.lang, {})}  # Turkish "on" (ten) is not English "on"
    toks = r.tokens
    # a kind of thing, a gift or a product ("3 подарка", "2 items")
    nouns = {m.start for m in r.mentions if m.kind == "noun" or m.concept in ("topic:gift", "topic:product")}
    for i, t in enumerate(toks):
        n = int(t) if t.isdigit() and len(t) <= 3 else numbers.get(t)
        if not n or n < 2 or n > 500 or t in r.order_numbers or t in vocabulary:
            continue
        if any(m.start <= i < m.end and m.start not in nouns for m in r.mentions):
            continue  # inside a size, a range, a time ("iki hafta"): not a count of things
        if i in r.covered and t.isdigit():
            continue  # a part of an amount of money
        if i and any(m.start <= i - 1 < m.end and (m.kind in ("size", "range") or m.concept == "topic:size")
                     for m in r.mentions):
            continue  # "size 8", "under 50"
        after = " ".join(toks[i + 1:i + 3])
        nxt = [j for j in range(i + 1, min(len(toks), i + 6)) if not matcher().is_stopword(toks[j], r.lang)
               or toks[j] in count_words][:3]
        if not nxt:
            continue
        first = toks[nxt[0]]
        if first in count_words or first.startswith(count_prefixes) and count_prefixes:
            return n
        if counts_something(" " + after) or first in numbers or first.isdigit() or first in _month_words():
            continue
        if any(j in nouns or toks[j] in vocabulary for j in nxt):
            return n
    return None


def _concept_words() -> set[str]:
    """Words that are, alone, a form of some concept ("time", "days", "price"): inside a question phrase they
    are not content words ("what *time*", "how many *days*")."""
    global _CONCEPT_WORDS
    if _CONCEPT_WORDS is None:
        _CONCEPT_WORDS = set().union(*matcher().known.values()) - set().union(*matcher().stopwords.values())
    return _CONCEPT_WORDS


def read(message: str, history: Sequence[str] = (), vocabulary: Iterable[str] = frozenset(),
         expecting_order: bool = False, default_lang: str = "en", order_shape: OrderShape | None = None) -> Reading:
    """Read one message. ``history``: earlier customer turns (for the language of a short message);
    ``vocabulary``: the store's product words (set aside when detecting the language); ``expecting_order``: the
    conversation waits for an order number, so a bare number is one; ``order_shape``: how the store's order
    numbers look, so a bare number of that shape is one when nothing else in the message claims it."""
    vocab = vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)
    text = _normalise(message)
    folded = fold(text)
    toks = tokens(text)
    words = tokens(_CONTACT_RX.sub(" ", text))
    _LAST_EVIDENCE.clear()
    if not [w for w in words if not w.isdigit()]:
        lang = default_lang  # an e-mail, a phone or a number says nothing about the language
    else:
        lang = detect_language(_CONTACT_RX.sub(" ", text), list(history), vocab, default_lang)
        if len(words) <= 3:
            lang = _short_message_language(words, lang, history, default_lang, text)
    r = Reading(text=message, folded=folded, tokens=toks, lang=lang, lang_evidence=dict(_LAST_EVIDENCE))
    r.mentions = _one_sense(matcher().match(toks, lang))
    r.clauses = clause_ids(text, len(toks))
    concepts: dict[str, float] = {}
    topical: set[int] = set()
    for m in r.mentions:
        w = CONCEPT_WEIGHTS.get(m.kind, 0.0)
        concepts[m.concept] = max(concepts.get(m.concept, 0.0), w if m.lang == lang or len(m.form) > 4 else w * 0.6)
        if m.kind in ("q", "act", "topic", "fact", "range", "speed", "cond"):
            r.covered.update(range(m.start, m.end))
        if m.kind in ("topic", "fact", "speed", "cond", "act"):
            topical.update(range(m.start, m.end))
    # "how many years", "kaç yıl", "сколько лет": a count of a unit of time asks how long, not a price or stock
    timed = [m for m in r.mentions if m.concept in ("q:how_many", "q:how_much")
             and any(f.concept == "fact:time" and f.start == m.end for f in r.mentions)]
    if timed:
        concepts["q:how_long"] = max(concepts.get("q:how_long", 0.0), concepts[timed[0].concept])
        for m in timed:
            if not any(o.concept == m.concept and o not in timed for o in r.mentions):
                concepts.pop(m.concept, None)
    sends = [m for m in r.mentions if m.concept == "topic:shipping"]
    if sends and all(any(o.concept in ("topic:link", "topic:email", "topic:photo", "topic:contact")
                         and (0 <= o.start - m.end <= 3 or 0 <= m.start - o.end <= 2) for o in r.mentions)
                     for m in sends):
        # "¿me puede enviar el enlace?", "kirimin linknya", "скиньте ссылку", "linkini gönderir misiniz":
        # sending a link is not shipping
        concepts.pop("topic:shipping", None)
    owns = [m for m in r.mentions if m.concept == "act:own"]
    mine = [m for m in r.mentions if m.concept == "topic:address" and (
        any(-1 <= m.start - o.end <= 0 or 0 <= o.start - m.end <= 1 for o in owns)
        or any(toks[m.end - 1].endswith(x) for x in _own_suffixes(lang)))]
    if mine and len(mine) == len([m for m in r.mentions if m.concept == "topic:address"]) \
            and "q:where" not in concepts:
        # "can carriers use my address for ads?", "adresimi", "alamat saya": the customer's address is their data,
        # not a question about where the store is
        concepts.pop("topic:address", None)
        concepts["topic:privacy"] = max(concepts.get("topic:privacy", 0.0), 0.8)
    if "topic:hours" in concepts and _weekday_only(r.mentions) and any(m.kind == "noun" for m in r.mentions):
        # "12 packs of eggs for a brunch on sunday": a day named beside a kind of product is a date, not a
        # question about opening hours (beside delivery it is a schedule: "do you deliver on sunday?")
        concepts["topic:hours"] = WEAK
    g = gazetteer()
    named = g.named(text)
    r.places = g.with_parents(named)
    if g.countries(named) and ("topic:shipping" in concepts or "topic:international" in concepts
                                 or "topic:store" in concepts or "topic:address" in concepts):
        # a country is about destinations only beside a word about shipping or the store
        concepts["topic:international"] = max(concepts.get("topic:international", 0.0), 1.0)
    for c, w in day_concepts(folded).items():
        concepts.setdefault(c, w)  # "open on December 31?": the page naming that day, in whatever language
    if any(c.startswith("day:") for c in concepts) and "topic:shipping" in concepts and \
            ("topic:return" in concepts or "topic:exchange" in concepts):
        # "delivered on November 6, can I still return it?": the delivery is the day the window starts, not a
        # question about shipping
        concepts["topic:shipping"] = WEAK
    r.concepts = concepts
    r.emails = emails_in(message)
    r.order_numbers = order_numbers_in(message, toks, r.mentions, expecting=expecting_order, shape=order_shape,
                                       known=vocab, evidence=r.order_evidence)
    r.phones = [p for p in phones_in(message) if p not in r.order_numbers]
    for amount, cur, s, e, _ in money_in(message):
        first = len(tokens(message[:s]))
        r.covered.update(range(first, first + len(tokens(message[s:e]))))  # "$300" is not a product called "300"
        pre = fold(message[max(0, s - 25):s])
        post = fold(message[e:e + 20])
        rng = ""
        under = matcher().match(tokens(pre)[-3:])
        if any(m.concept == "range:under" for m in under):
            rng = "under"
        elif any(m.concept == "range:over" for m in under) or re.match(r"\s*(?:\+|or more|and up|ve uzeri|ve üzeri|"
                                                                       r"или больше|o mas|ou mais)", post):
            rng = "over"
        r.amounts.append((amount, cur, rng))
    if len(r.amounts) >= 2 and not any(rng for _, _, rng in r.amounts[:2]) and \
            any(m.concept == "range:between" for m in r.mentions):
        # "something between R$ 250 and R$ 400": the smaller is a floor, the larger a limit
        (a1, c1, _), (a2, c2, _) = r.amounts[:2]
        r.amounts[:2] = [(a1, c1, "over" if a1 <= a2 else "under"), (a2, c2, "under" if a1 <= a2 else "over")]
    stop = matcher().stopwords
    concept_words = _concept_words()
    r.content = [t for i, t in enumerate(toks) if i not in topical and t not in stop.get(lang, ())
                 and not (i in r.covered and t in concept_words)
                 and t not in stop.get("en", ()) and not t.isdigit() and len(t) > 1]
    # words a concept took ("WhatsApp", "DHL", "refund") still match the same word in the store's text
    r.surface = [t for i, t in enumerate(toks) if i in topical and t not in stop.get(lang, ())
                 and t not in stop.get("en", ()) and not t.isdigit() and len(t) > 2]
    if any(why == "shape" for why in r.order_evidence.values()) and not _about_an_order(r, vocab):
        # "2018 dunya kupasini kim kazandi": a number of the orders' shape inside a message about something else
        r.order_numbers = [n for n in r.order_numbers if r.order_evidence.get(n) != "shape"]
        r.order_evidence = {n: why for n, why in r.order_evidence.items() if why != "shape"}
    r.quantity = quantity_in(r, vocab)
    r.is_question = "?" in message or any(k.startswith("q:") for k in concepts)
    r.asks = asks_of(r)
    _acts(r)
    return r
