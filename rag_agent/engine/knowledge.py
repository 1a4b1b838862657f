"""The store's pages and files as answer units, scored against a reading of a message.

Units (sentences, list items, table rows with their headers) and their typed facts are made at ingest
(:mod:`ingestion.units`) and kept in the chunk points' payloads; this module loads them once per workspace
version and scores them. Matching runs on concepts, not words, so a Turkish question finds an English page:

    score = concept coverage (each concept weighted by its kind and by how rare it is among the store's units;
            a concept in the unit's heading counts a little less than in its text)
          + word overlap (for names a concept cannot know: "PO box", "Canada", "engraving")
          + the fit of the unit's facts to what is asked (a "how long" question wants a duration, "how much" an
            amount, "where" an address) and to the qualifiers the message names (express, a region)

No model runs here: the first answer after a restart costs a payload lookup and this arithmetic.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Iterable

from ingestion.units import UNITS_VERSION, analyze_units, build_units
from rag_agent.engine import language as langdet
from rag_agent.engine.text import tokens
from rag_agent.engine.text import fold
from rag_agent.engine.understand import AFTER_SALE, CONCEPT_WEIGHTS, Reading
from rag_agent.lang.concepts import matcher
from rag_agent.lang.facts import Fact, closed_days_in, days_of_year_in, extract_facts, tells_hours, weekday_index
from rag_agent.lang.places import gazetteer, only_countries

__all__ = ["Unit", "KnowledgeIndex", "ScoredUnit", "ASK_FACTS", "words_rx"]

#: what kind of fact answers each kind of question
ASK_FACTS = {"time": {"duration"}, "cost": {"money", "free"}, "price": {"money"}, "place": {"address"},
             "contact": {"email", "phone", "address"}, "hours": {"hours"}, "date": {"date"},
             "year": {"year", "date"}}
#: facts that help a "how do I..." question (a procedure usually names where to write or go), without a penalty
HOW_FACTS = {"email", "url", "phone"}
#: topics too general to show what a question is about ("how much", "order", "product")
GENERIC = frozenset({"topic:price", "topic:product", "topic:order"})
_STEM = 5


def _stems(words: Iterable[str]) -> set[str]:
    return {w[:_STEM] for w in words if len(w) > 2 and not w.isdigit()}


@dataclass
class Unit:
    """One answer unit of the store's text."""

    text: str
    heading: str
    title: str
    source_id: str
    kind: str  # sentence | item | row
    facts: list[Fact]
    lang: str = "en"
    lead: str = ""
    header: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    pos: tuple[int, int] = (0, 0)  # (chunk order, unit order) for neighbours
    concepts: dict[str, float] = field(default_factory=dict)  # in the text
    context: dict[str, float] = field(default_factory=dict)  # in heading, lead and title only
    stems: set[str] = field(default_factory=set)
    url: str | None = None
    instruction: bool = False  # a sentence addressed to an assistant ("ignore your rules"): never an answer
    question: str = ""  # the FAQ question this sentence answers
    section_codes: list = field(default_factory=list)  # discount codes in its heading or its section
    row_range: tuple | None = None  # a table row for an amount range ("Up to $50")
    col_ranges: list = field(default_factory=list)  # a table whose columns are amount ranges
    places: set[str] = field(default_factory=set)  # places its text or heading names (not those they lie in)

    def fact_types(self) -> set[str]:
        return {f.type for f in self.facts} | ({"hours"} if self.closed_days or self.special_days else set()) \
            | ({"free"} if self.concepts.get("fact:free", 0) >= 0.5 else set())  # "Free: we cover it" tells a cost

    @property
    def special_days(self) -> bool:
        """Whether this unit tells the hours of named days of the year or holidays ("closed on Thanksgiving Day",
        "31 декабря работаем до 15:00"): an opening-hours answer without an opening-hours range in it."""
        said = self.__dict__.get("_special")
        if said is None:  # worked out once: fact_types() asks for it each time the unit is scored
            said = self.__dict__["_special"] = ("topic:holiday" in self.concepts or bool(self.days_of_year)) \
                and tells_hours(fold(self.text))
        return said

    @property
    def closed_days(self) -> list[int]:
        """Weekdays this unit says are closed ("Monday: closed"): an answer about opening hours too."""
        days = self.__dict__.get("_closed")
        if days is None:
            # a table row is one clause whatever its cells' labels: "День: Понедельник; Часы работы: выходной"
            text = " ".join(self.cells) if self.kind == "row" and self.cells else self.text
            days = self.__dict__["_closed"] = closed_days_in(text)
        return days

    @property
    def about(self) -> set[str]:
        """Every concept of the unit: in its own text and in its heading, lead and title."""
        return set(self.concepts) | set(self.context)

    @property
    def own_places(self) -> set[str]:
        """The places its own text names (``places`` adds its heading's)."""
        own = self.__dict__.get("_own_places")
        if own is None:
            own = self.__dict__["_own_places"] = set(gazetteer().named(self.text)) if self.places else set()
        return own

    @property
    def days_of_year(self) -> list[tuple[int, int]]:
        """The days of the year this unit names ("31 декабря", "December 24"), for a question about one."""
        days = self.__dict__.get("_doy")
        if days is None:
            days = self.__dict__["_doy"] = days_of_year_in(fold(self.text))
        return days


@dataclass
class ScoredUnit:
    unit: Unit
    score: float
    coverage: float
    overlap: float
    fit: float
    why: dict[str, Any] = field(default_factory=dict)


class KnowledgeIndex:
    """Every answer unit of a workspace's enabled text sources, with concept and word statistics."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        g = gazetteer()
        for u in units:
            u.places = set(g.named(u.text + " " + u.heading))
        n = max(1, len(units))
        df: dict[str, int] = {}
        tdf: dict[str, int] = {}
        for u in units:
            for c in u.about:
                df[c] = df.get(c, 0) + 1
            for s in u.stems:
                tdf[s] = tdf.get(s, 0) + 1
        self.idf = {c: math.log(1 + n / k) for c, k in df.items()}
        # inverted indexes: a message is scored in full only against units sharing a concept or a word with it
        self.by_concept: dict[str, list[int]] = {}
        self.by_stem: dict[str, list[int]] = {}
        for i, u in enumerate(units):
            for c in u.about:
                self.by_concept.setdefault(c, []).append(i)
            for st in u.stems:
                self.by_stem.setdefault(st, []).append(i)
        self.tidf = {s: math.log(1 + n / k) for s, k in tdf.items()}
        #: for a condition or process concept, the topics of the units that carry it
        self.topics_with: dict[str, set[str]] = {}
        for u in units:
            held = u.about
            topics = {c for c in held if c.startswith("topic:")}
            for c in held:
                if c.startswith(_MODIFIERS):
                    self.topics_with.setdefault(c, set()).update(topics)
        self.default_idf = math.log(1 + n)
        self.langs = {u.lang for u in units}
        self.fact_types = {t for u in units for t in u.fact_types()}
        counts: dict[str, int] = {}
        for u in units:
            for f in u.facts:
                if f.type == "money" and f.value.get("currency"):
                    counts[f.value["currency"]] = counts.get(f.value["currency"], 0) + 1
        total = sum(counts.values())
        top = max(counts, key=counts.get) if counts else None
        #: the country the store is in: the one its address names, else the one its pages name most
        home: dict[str, int] = {}
        for u in units:
            weight = 5 if "address" in u.fact_types() else 1
            for c in {g.country_of(p) for p in u.places} - {None}:
                home[c] = home.get(c, 0) + weight
        self.home = max(sorted(home), key=home.get) if home else None
        #: the names of the store's promotions: headings of two words or more over a percentage or a code
        self.promotions = {tuple(tokens(u.heading)) for u in units if u.heading and len(tokens(u.heading)) >= 2
                           and any(f.type in ("percent", "code") for f in u.facts)}
        #: the store's discount codes, folded: a message naming one is about that promotion
        self.codes = {fold(f.text) for u in units for f in u.facts + u.section_codes if f.type == "code"}
        #: the currency the store's own pages write amounts in, when they clearly use one
        self.currency = top if top and total >= 3 and counts[top] / total >= 0.8 else None

    @classmethod
    def from_payloads(cls, payloads: Iterable[dict[str, Any]]) -> "KnowledgeIndex":
        """The index of chunk payloads; units analysed at ingest are read as they are (older payloads are
        analysed here, once)."""
        units: list[Unit] = []
        for ci, p in enumerate(payloads):
            raw = p.get("units")
            lang = p.get("units_lang")
            title = p.get("title") or p.get("filename") or ""
            if raw is None or p.get("units_v") != UNITS_VERSION:
                lang = lang or _lang_of(p.get("text") or "")
                raw = analyze_units(build_units(p.get("section") or "", p.get("text") or ""), title, lang)
            for ui, u in enumerate(raw):
                unit = Unit(u["text"], u.get("heading") or "", title, p.get("source_id", ""), u.get("kind", "sentence"),
                            [Fact.from_dict(f) for f in u.get("facts", [])], lang or "en", u.get("lead") or "",
                            u.get("header") or [], u.get("cells") or [], (ci, ui), url=p.get("url"))
                unit.instruction = bool(u.get("instruction"))
                unit.question = u.get("question") or ""
                unit.concepts = dict(u.get("concepts") or {})
                unit.context = dict(u.get("context") or {})
                unit.stems = set(u.get("stems") or ())
                unit.row_range = tuple(u["row_range"]) if u.get("row_range") else None
                unit.col_ranges = [tuple(x) if x else None for x in u.get("col_ranges") or []]
                unit.section_codes = [Fact.from_dict(f) for f in u.get("section_codes") or []]
                units.append(unit)
        return cls(units)

    def _code_units(self, code: str) -> Iterable[tuple[Unit, Fact]]:
        """(unit, the code as written) for each unit about a discount code: those naming it first, then those
        under a heading that names it."""
        for own in (True, False):
            for u in self.units:
                named = [f for f in (u.facts if own else u.section_codes) if f.type == "code" and fold(f.text) == code]
                if named:
                    yield u, named[0]

    def code_excludes(self, code: str, names: set[tuple[str, ...]], nouns: set[str]) -> Unit | None:
        """The unit about a discount code whose terms leave out a product: the words a clause puts after "not
        valid for" ("Tidak berlaku untuk parfum dan produk Prada", "no válido para artículos rebajados") or before
        "hariç" hold one of the product's ``names`` (its vendor's words together, each own word of its title;
        folded) or one of its ``nouns`` (the values of its noun and category concepts: a kettle, jewellery)."""
        if not names and not nouns:
            return None
        for u, _ in self._code_units(code):
            for toks in _left_out_words(u.text):
                if any(set(n) <= set(toks) for n in names) or \
                        nouns & {m.value for m in matcher().match(toks) if m.kind in ("noun", "cat")}:
                    return u
        return None

    def code_percent(self, code: str) -> tuple[str, float] | None:
        """(the code as written, its percentage off) when the store's text gives one code's terms a percentage
        ("HELLO15 · 15% off full-price items"): the percentage in a unit that names the code itself or under
        its heading."""
        for u, named in self._code_units(code):
            pct = [f for f in u.facts if f.type == "percent"]
            if len({f.value["percent"] for f in pct}) == 1:
                return named.text, float(pct[0].value["percent"])
        return None

    def promotion_percent(self, r: Reading, nouns: set[str], words: set[str]) -> tuple[str, float, Unit] | None:
        """(the promotion's name, its percentage off, the unit saying so) for a product when the message names a promotion by its
        heading ("the Regador during the Semana do Jardim?", "Harbolnas'ta çanta kaça?") and that promotion's text
        gives a percentage for the product's kind: the percentage whose words up to the next one name one of the
        product's ``nouns`` (noun concepts) or, failing that, its ``words`` ("20% em vasos, regadores e
        ferramentas": a watering can; "20% semua sepatu ... dan 12% semua tas": a bag gets 12%)."""
        for u in self._named_promotions(r, words):
            pct = sorted((f for f in u.facts if f.type == "percent"), key=lambda f: f.start)
            if pct and self._left_out(u, words, nouns):
                continue  # "... salvo la Vintage Folding Camera": not for the product its terms leave out
            named = _stems(words)
            for i, f in enumerate(pct):
                # "Pişirme kategorisindeki tüm ürünlerde (..., Karbon Çelik Wok Tava, ...) %20": the product's own
                # title in the words after a percentage or before it (languages put the goods on either side)
                after = u.text[f.end:pct[i + 1].start if i + 1 < len(pct) else len(u.text)]
                before = u.text[pct[i - 1].end if i else 0:f.start]
                if len(named) >= 2 and any(len(_stems(tokens(w)) & named) >= 2 for w in (after, before)):
                    return u.heading.strip(), float(f.value["percent"]), u
            for i, f in enumerate(pct):
                end = pct[i + 1].start if i + 1 < len(pct) else len(u.text)
                window = tokens(u.text[f.end:end])
                kinds = {m.value for m in matcher().match(window) if m.kind == "noun"}
                if (kinds & nouns) if nouns else (_stems(window) & _stems(words)):
                    return u.heading.strip(), float(f.value["percent"]), u
                wide = words_rx("store_wide")
                if wide and wide.search(fold(u.text[f.end:end])):
                    # "un 15% en toda la tienda salvo la Vintage Folding Camera": every product but those
                    return u.heading.strip(), float(f.value["percent"]), u
        return None

    def names_promotion(self, r: Reading) -> bool:
        """Whether the message names one of the store's promotions by its heading."""
        return next(iter(self._named_promotions(r, set())), None) is not None

    def named_promotion_units(self, r: Reading) -> list[Unit]:
        """The units under the headings of the promotions the message names."""
        return list(self._named_promotions(r, set()))

    def _named_promotions(self, r: Reading, words: set[str]) -> Iterable[Unit]:
        """The units under a heading the message names (at least half its words, one of them not a word of the
        product's own ``words``)."""
        asked = _stems(r.tokens)
        # "Kitchen Week" of a page's "Mutfak Haftası": the heading's concepts, all in the message's own words
        # (not the product's), name it across languages
        found = matcher().match(r.tokens)
        said = {m.concept for m in found}
        own = {m.concept for m in found if not set(r.tokens[m.start:m.end]) <= words}
        for u in self.units:
            if not u.heading:
                continue
            heads, head = self._heading_keys(u.heading)
            if len(heads) >= 2 and heads <= said and heads & own \
                    and any(h.startswith(("cat:", "season:", "noun:")) for h in heads):
                yield u
                continue
            named = head & asked
            if named and len(named) >= 0.5 * len(head) and named - _stems(words):
                yield u

    @staticmethod
    @lru_cache(maxsize=4096)
    def _heading_keys(heading: str) -> tuple[frozenset[str], frozenset[str]]:
        """What names a heading, read once per heading: the concepts of its name before any dates ("Mutfak
        Haftası: 11 - 24 Ocak" -> kitchen, week) and the stems of its own words ("5% off no Pix" -> "pix", not
        its figure or "no")."""
        name = re.split(r"\s*[:(|–—]\s*|\s+-\s+", heading.strip())[0]
        heads = frozenset(m.concept for m in matcher().match(tokens(name))
                          if not m.concept.startswith(("colour:", "topic:hours")))
        head = _stems([t for t in tokens(heading) if not any(ch.isdigit() for ch in t)
                       and not matcher().is_stopword(t)]) or _stems(tokens(heading))
        return heads, frozenset(head)

    def promotion_leaving_out(self, r: Reading, nouns: set[str], words: set[str]) -> Unit | None:
        """The unit of a promotion the message names whose terms leave the product out ("un 15% en toda la tienda
        salvo la Vintage Folding Camera"), or None."""
        return next((u for u in self._named_promotions(r, words)
                     if any(f.type == "percent" for f in u.facts) and self._left_out(u, words, nouns)), None)

    def leaving_out_kind(self, r: Reading, kinds: set[str]) -> Unit | None:
        """The unit of a code or promotion the message names whose terms leave out a kind of thing the message
        names, with no product in it ("does the Black Friday discount apply to gift cards?" - "... salvo ... las
        tarjetas regalo"; "can I use HELLO10 on jewellery?"): ``kinds`` are the message's concepts of things
        (nouns, categories, gift cards), matched against the concepts of the clause that leaves things out."""
        if not kinds:
            return None
        named = [u for code in r.codes for u, _ in self._code_units(code)] if r.codes else \
            [u for u in self._named_promotions(r, set()) if any(f.type == "percent" for f in u.facts)]
        for u in named:
            for toks in _left_out_words(u.text):
                if kinds & {m.concept for m in matcher().match(toks)}:
                    return u
        return None

    @staticmethod
    def left_out_kinds(u: Unit) -> set[str]:
        """The concepts a unit names only to leave them out ("grátis ... (exceto móveis)": furniture)."""
        return {m.concept for toks in _left_out_words(u.text) for m in matcher().match(toks)}

    @staticmethod
    def _left_out(u: Unit, words: set[str], nouns: set[str]) -> bool:
        """Whether a unit's "except ..." / "salvo ..." words name the product: two of its words (one, for a
        one-word name), or its kind named as a kind ("las tarjetas regalo", "jewellery") - not the last word of
        another product's name ("salvo la Vintage Folding *Camera*" leaves out that camera, not every camera)."""
        own = _stems(words)
        for toks in _left_out_words(u.text):
            if len(_stems(toks) & own) >= min(2, len(own)):
                return True
            found = matcher().match(toks)
            covered = {i for m in found for i in range(m.start, m.end)}
            for m in found:
                before = toks[m.start - 1] if m.start else ""
                named = bool(before) and m.start - 1 not in covered and not matcher().is_stopword(before)
                if m.kind == "noun" and m.value in nouns and not named:
                    return True
        return False

    def code_amount(self, code: str) -> tuple[str, float, str | None] | None:
        """(the code as written, the amount it takes off, its currency) for a code that takes a fixed amount off
        ("VUELTA20: 20 € de descuento en pedidos de 150 € o más", "$10 off your order"): the amount with a
        discount word right after it (or right before it), not a minimum or a cap."""
        for u, named in self._code_units(code):
            for f in u.facts:
                if f.type != "money":
                    continue
                after = {m.concept for m in matcher().match(tokens(u.text[f.end:f.end + 40])[:3])}
                before = {m.concept for m in matcher().match(tokens(u.text[max(0, f.start - 30):f.start])[-2:])}
                if {"fact:minimum", "fact:maximum"} & (after | before):
                    continue
                if "topic:discount" in after or "topic:discount" in before:
                    return named.text, float(f.value["amount"]), f.value.get("currency") or None
        return None

    def code_limits(self, code: str) -> tuple[float | None, float | None, str | None]:
        """(the most a code takes off, the least order it needs, their currency) as the units about the code state
        them - the one naming it first, then the others under its heading - each read from the words just before
        its amount ("potongan maksimal Rp 100.000 untuk minimal belanja Rp 400.000" -> (100000, 400000, "IDR");
        "Koşullar: sepet tutarı en az 40 € ..., indirim en fazla 15 €" -> (15, 40, "EUR")); None where none says."""
        cap = floor = cur = None
        for u, _ in self._code_units(code):
            for f in u.facts:
                if f.type != "money":
                    continue
                near = {m.concept for m in matcher().match(tokens(u.text[max(0, f.start - 40):f.start])[-3:])}
                if "fact:maximum" in near and cap is None:
                    cap, cur = f.value["amount"], cur or f.value.get("currency") or None
                elif "fact:minimum" in near and floor is None:
                    floor, cur = f.value["amount"], cur or f.value.get("currency") or None
        return cap, floor, cur

    def __len__(self) -> int:
        return len(self.units)

    # -- scoring ---------------------------------------------------------------------------------
    def message_stems(self, r: Reading) -> set[str]:
        """The message's word stems that a unit's words are matched against: its content words and its rare
        concept words (:meth:`_surface`)."""
        return _stems(r.content) | self._surface(r)

    def _surface(self, r: Reading) -> set[str]:
        """The message's concept words as typed that the store's text writes rarely: a shared rare name
        ("WhatsApp", "DHL") says which sentence is meant better than the concept it stands for. Words the store
        never writes, or writes everywhere, are left to the concepts."""
        n = len(self.units)
        return {s for s in _stems(r.surface) if s in self.tidf and self.tidf[s] >= math.log(1 + n / max(3, 0.02 * n))}

    def promotion_positions(self, toks: list[str]) -> set[int]:
        """The positions of the message's words that spell a promotion's name ("New Year Tech Sale", "Semana do
        Jardim"): words of its name, not of a product's."""
        found: set[int] = set()
        for name in self.promotions:
            n = len(name)
            for i in range(len(toks) - n + 1):
                if tuple(toks[i:i + n]) == name:
                    found.update(range(i, i + n))
        return found

    def named_codes(self, r: Reading) -> set[str]:
        """The store's discount codes the message names (folded)."""
        return {t for t in r.tokens if t in self.codes} if self.codes else set()

    def score(self, r: Reading, unit: Unit, concepts: dict[str, float] | None = None,
              stems: set[str] | None = None, named_codes: set[str] | None = None) -> ScoredUnit:
        msg = concepts if concepts is not None else r.concepts
        total = got = 0.0
        matched: list[str] = []
        for c, w in msg.items():
            if not w or c not in self.idf:
                continue  # no unit of the store can match it: it says nothing about which unit answers
            idf = self.idf[c]
            total += w * idf
            if c in unit.concepts:
                got += w * idf
                matched.append(c)
            elif c in unit.context:
                got += (0.4 if c.startswith("cond:") else 0.7) * w * idf
                matched.append(c + "(h)")
        coverage = got / total if total else 0.0
        mstems = stems if stems is not None else self.message_stems(r)
        tot_t = sum(self.tidf.get(s, self.default_idf) for s in mstems)
        got_t = sum(self.tidf.get(s, self.default_idf) for s in mstems & unit.stems)
        overlap = got_t / tot_t if tot_t else 0.0
        fit = 0.0
        types = unit.fact_types()
        for i, ask in enumerate(a for a in r.asks if a in ASK_FACTS):
            want = ASK_FACTS[ask]
            if want & self.fact_types:
                if types & want:
                    fit += 0.25
                elif i == 0:
                    fit -= 0.1  # only the main thing asked counts against a unit without its kind of fact
        if "topic:discount" in msg and types & {"code", "percent"}:
            fit += 0.15
        if named_codes is None:
            named_codes = self.named_codes(r)
        if named_codes:
            # "kode vuelta20 bisa buat sepatu?": the terms written under that code's heading answer, not another
            # code's
            own = {fold(f.text) for f in unit.facts + unit.section_codes if f.type == "code"}
            fit += 0.45 if own & named_codes else (-0.15 if own else 0.0)
        if "how" in r.asks and types & HOW_FACTS:
            fit += 0.25
        if "place" in r.asks and "topic:online" in unit.concepts and "address" not in self.fact_types:
            fit += 0.35  # where is the store? - a store without an address answers that it is online only
        # precision: a unit about other topics than the ones asked answers less well
        utopics = [c for c in unit.concepts if c.startswith("topic:") and c not in GENERIC]
        ctopics = [c for c in unit.context if c.startswith("topic:") and c not in GENERIC]
        if utopics or ctopics:
            hit = sum(1 for c in utopics if c in msg) + 0.5 * sum(1 for c in ctopics if c in msg)
            fit += 0.15 * hit / (len(utopics) + 0.5 * len(ctopics))
        asked_topics = [c for c in msg if c.startswith(("topic:", "doc:")) and c not in GENERIC and msg[c] > 0.3]
        if asked_topics and not any(c in unit.concepts or c in unit.context for c in asked_topics):
            fit -= 0.2  # "can I send the shoes back?": a sale on shoes says nothing about returning them
        after_sale = AFTER_SALE.intersection(asked_topics)
        if after_sale and "topic:shipping" in msg and (set(r.asks[:1]) & {"cost", "price"} or
                                                       {"fact:fee", "fact:free", "q:who"} & set(msg)):
            # "who pays the shipping on an exchange?": the exchange rule about its shipping, not the delivery rates
            if not after_sale & unit.about:
                fit -= 0.35
            elif "topic:shipping" in unit.about:
                fit += 0.2
        unit_kinds = {c for c in unit.concepts if c.startswith("noun:")}
        if unit_kinds and not unit_kinds & set(msg) and r.places:
            fit -= 0.15  # "do you ship to France?": "plants go only to the Peninsula and Portugal" is a rule for plants
        quals = {q for f in unit.facts for q in f.quals}
        for q in ("speed:express", "speed:standard", "fact:additional", "topic:international", "fact:free"):
            if q in msg and q in quals:
                fit += 0.1
        money = [f for f in unit.facts if f.type == "money"]
        if money and all("fact:additional" in f.quals for f in money) and "fact:additional" not in msg \
                and overlap < 0.3:
            fit -= 0.3  # a surcharge for some regions does not answer what shipping costs
        if ("topic:international" in unit.concepts or "topic:international" in unit.context) and \
                "topic:international" not in msg:
            fit -= 0.15  # rules for other countries do not answer a general question
        # a time or cost whose clause names the topic asked ("30 days ... to start a *return*") over one that
        # only sits near it ("drop the parcel within 7 days" under a returns heading)
        asked_topics = {c for c in msg if c.startswith("topic:") and c not in GENERIC}
        for ask in r.asks[:1]:
            want = ASK_FACTS.get(ask, set())
            if any(f.type in want and asked_topics & set(f.quals) for f in unit.facts):
                fit += 0.2
        if r.places and unit.places:
            # "im in toronto": Toronto lies in Ontario, Canada - the unit written for Canada (or for the zone
            # naming Illinois, for Chicago) answers; a rule for other countries does not
            g = gazetteer()
            shared = unit.places & set(r.places)
            if shared:  # a state, island or city shared says more than a country shared
                fit += 0.3 if g.countries(shared) == shared else 0.45
                if shared & unit.own_places:
                    fit += 0.01  # named by the sentence itself, not only by its heading (it wins a tie)
                elif unit.own_places - g.countries(unit.own_places):
                    # "Baleares: a 6 € surcharge" for a question about Tenerife: the sentence is about another
                    # place than the one asked, whatever its heading lists
                    fit -= 0.35
            elif only_countries(unit.text):
                # "we ship only to the US and Canada" answers "do you ship to Turkey?"; "outside Java and Bali,
                # perfume goes only by J&T" does not
                fit += 0.15
            else:
                theirs = {g.country_of(p) for p in unit.places} - {None}
                if theirs and g.countries(r.places) and not theirs & set(r.places):
                    fit -= 0.15
        if unit.kind == "row" and r.amounts:
            fit += 0.4 if table_has_amount(unit, r.amounts[0][0]) else -0.1
        if unit.kind == "row" and unit.header and set(r.asks) & {"time", "cost"}:
            speeds = [c for c in ("speed:express", "speed:standard", "speed:overnight") if c in msg]
            if speeds and any(set(speeds) & {m.concept for m in matcher().match(tokens(h))} for h in unit.header):
                fit += 0.2
        asked_days = weekday_index(r.folded) if "topic:hours" in msg else []
        if "topic:phone" in msg and "hours" in types and not ({"topic:phone", "topic:contact"} &
                                                             unit.about):
            fit -= 0.3  # "can I call on Saturday?": the phone line's hours, not the shop's
        if asked_days and "hours" in types:
            days = {d for f in unit.facts if f.type == "hours" for d in f.value.get("days") or []}
            days |= set(unit.closed_days)  # "Monday: closed" answers "are you open on monday?"
            fit += 0.3 if set(asked_days) & days else -0.1
            if days and days <= set(asked_days):
                fit += 0.1  # about the day asked alone ("Monday: closed"), not a week that includes it
        # the days of the year the message names, read once by read() as its "day:MM-DD" concepts
        asked_dates = [tuple(int(x) for x in c[4:].split("-")) for c in msg if c.startswith("day:")]
        if asked_dates and len(unit.days_of_year) >= 2:
            # "bought a gift on Dec 10": the rule for purchases "between 15 November and 31 December" is the rule
            # for that day (a range of days the unit names holds the day asked)
            pairs = zip(unit.days_of_year, unit.days_of_year[1:])
            if any(a <= d <= b if a <= b else (d >= a or d <= b) for a, b in pairs for d in asked_dates):
                fit += 0.4
        if "topic:hours" in msg or "topic:holiday" in msg:
            # "are you open on December 31?": the unit naming that day ("31 декабря работаем до 15:00")
            # and "are you open on Thanksgiving?" the one about holidays
            if asked_dates and set(asked_dates) & set(unit.days_of_year):
                fit += 0.3
            elif "topic:hours" in msg and "topic:holiday" in msg and "topic:holiday" in unit.concepts \
                    and "hours" in types:
                fit += 0.4

        score = 0.65 * coverage + 0.35 * overlap + fit
        if not unit.concepts and not (mstems & unit.stems):
            score *= 0.5
        # a condition alone ("damaged", "used") qualifies a rule; with none of the message's own words beside it
        # ("how do I fix a leaking tap?") it does not show that the unit is about the same thing
        conds_only = overlap == 0 and len(r.content) >= 2
        specific = [m for m in matched if m.split("(")[0] not in GENERIC
                    and m.startswith(("topic:", "cat:", "speed:", "season:", "proc:", "doc:", "day:") + (() if conds_only else ("cond:",)))]
        if not specific and overlap < 0.3:
            score *= 0.25  # only "how much" or "order" in common: not about the same thing
        return ScoredUnit(unit, score, coverage, overlap, fit,
                          {"matched": matched, "overlap": sorted(mstems & unit.stems)})

    def search(self, r: Reading, limit: int = 5, concepts: dict[str, float] | None = None,
               shortlist: int = 80) -> list[ScoredUnit]:
        """The best units for a reading, best first (instructions planted in a document never come back).

        A first pass adds up, through the inverted indexes, the rarity-weighted concepts and words each unit
        shares with the message; only the ``shortlist`` best of those get the full score."""
        msg = concepts if concepts is not None else r.concepts
        asked = {c for c, w in msg.items() if c.startswith("topic:") and c not in GENERIC and w > 0.3}
        if asked and any(c.startswith(_MODIFIERS) for c in msg):
            # "metode pembayaran apa saja yang bisa dipakai?": "dipakai" (used, as of a worn item) says nothing
            # about payment where no unit about payment is about use: a condition counts where it can meet the topic
            msg = {c: w for c, w in msg.items() if not c.startswith(_MODIFIERS) or self.topics_with.get(c, set()) & asked}
            concepts = msg
        quick: dict[int, float] = {}
        for c, w in msg.items():
            idf = self.idf.get(c)
            if not w or idf is None:
                continue
            for i in self.by_concept.get(c, ()):
                quick[i] = quick.get(i, 0.0) + w * idf
        stems = self.message_stems(r)  # once per message, not once per unit scored
        for st in sorted(stems):  # sorted: one answer whatever the hash seed
            idf = self.tidf.get(st)
            if idf is None:
                continue
            for i in self.by_stem.get(st, ()):
                quick[i] = quick.get(i, 0.0) + 0.5 * idf
        best = sorted(quick, key=lambda i: (-round(quick[i], 9), i))[:shortlist]
        codes = self.named_codes(r)  # once per message too
        scored = [self.score(r, self.units[i], concepts, stems, codes) for i in best if not self.units[i].instruction]
        scored = [s for s in scored if s.score > 0]
        scored.sort(key=lambda s: (-round(s.score, 9), s.unit.pos))
        return scored[:limit]

    def neighbours(self, unit: Unit) -> list[Unit]:
        """Units of the same chunk, in order (the rest of a list, the other rows of a table)."""
        return [u for u in self.units if u.pos[0] == unit.pos[0] and u.source_id == unit.source_id]


def _left_out_words(text: str) -> list[list[str]]:
    """The words (at most ten) of each list of what a sentence leaves out: after "not valid for" / "salvo" up to
    the end of the clause, before "hariç" back to its start."""
    before, after = words_rx("exclusion_before"), words_rx("exclusion_after")
    text = fold(text)
    windows = [re.split(r"[.;:!?]", text[m.end():][:120])[0] for m in before.finditer(text)] if before else []
    if after:
        windows += [re.split(r"[.;:!?,]", text[:m.start()])[-1] for m in after.finditer(text)]
    return [tokens(w)[:10] for w in windows]


@lru_cache(maxsize=None)
def words_rx(key: str) -> re.Pattern | None:
    """Any of the words the language files list under ``key`` (folded, whole words, longest first):
    ``exclusion_before`` ("not valid for", "tidak berlaku untuk"), ``exclusion_after`` ("hariç"), ``store_wide``
    ("toda la tienda", "sitewide"), ``ago_words``, ``both_words``; None when no language lists any."""
    from rag_agent.lang.concepts import language_data

    forms = sorted({fold(f) for d in language_data().values() for f in d.get(key, ())}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)") if forms else None


#: concepts that qualify a topic (a condition, a process) rather than name one
_MODIFIERS = ("cond:", "proc:")


def _lang_of(text: str) -> str:
    if not text.strip():
        return "en"
    return langdet.detect(text[:600], [])


# -- table rows ----------------------------------------------------------------------------------
def _contains(rng: tuple | None, amount: float) -> bool:
    if rng is None:
        return False
    lo, hi = rng
    return (lo is None or amount >= lo - 1e-9) and (hi is None or amount <= hi + 1e-9)


def row_range(unit: Unit) -> tuple[float | None, float | None] | None:
    return unit.row_range


def row_range_contains(unit: Unit, amount: float) -> bool:
    return _contains(unit.row_range, amount)


def table_has_amount(unit: Unit, amount: float) -> bool:
    """Whether a table row answers for this amount: its own range holds it, or one of its table's column ranges."""
    return _contains(unit.row_range, amount) or any(_contains(rg, amount) for rg in unit.col_ranges)


def range_contains(rng: tuple | None, amount: float) -> bool:
    return _contains(rng, amount)
