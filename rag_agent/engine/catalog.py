"""The products a message names, among a workspace's catalog: by full, partial or generic name, and the
variant it names by its options.

Titles are matched word by word, typos allowed in longer words. A word counts by how rare it is among the
store's titles (a brand name in every title counts for nothing), and words that a message uses as question or
topic words ("how *long*", "return *policy*") are not product words. A product's generic nouns (jacket, tent,
necklace) come from its title and type through the language files, so "la chaqueta" or "палатка" finds the
store's only jacket or tent, and a message naming another noun ("the trail runner *vest*") does not get the
jacket.
"""

from __future__ import annotations

import math
from functools import cached_property, lru_cache
from dataclasses import dataclass, field
from typing import Any, Iterable

from rapidfuzz import fuzz, process

from rag_agent.engine.text import fold, tokens
from rag_agent.lang.concepts import language_data, matcher

STOP = {"the", "a", "an", "of", "for", "with", "and", "de", "do", "da", "del", "la", "el", "o", "e", "y", "&", "in",
        "by", "to", "on", "x"}
DEFAULT_TITLE = "default title"


@dataclass
class CatalogProduct:
    """The payload of one product point plus what matching needs."""

    payload: dict[str, Any]
    toks: list[str] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)  # noun concepts of title and type ("jacket")
    cats: set[str] = field(default_factory=set)  # category concepts of title, type, category and tags ("garden")
    type_toks: set[str] = field(default_factory=set)  # words of type, category leaf and tags
    options: dict[str, list[str]] = field(default_factory=dict)  # option name -> values in catalog order
    noun_toks: dict[str, str] = field(default_factory=dict)  # title word -> the generic noun it is ("shoe" -> shoes)

    @property
    def title(self) -> str:
        return self.payload["title"]

    @property
    def variants(self) -> list[dict[str, Any]]:
        return [v for v in self.payload.get("variants") or []]

    @property
    def option_values(self) -> set[str]:
        """Every value of its options, folded ("olive", "44", "xl")."""
        return {fold(v) for vals in self.options.values() for v in vals}


@dataclass
class Match:
    product: CatalogProduct
    score: float  # 0..1: how much of the title (by rarity) the message names
    start: int  # position of the first matched message token
    how: str = "title"  # title | partial | noun
    matched: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # message token positions of the matched words


def _title_tokens(title: str) -> list[str]:
    return [t for t in tokens(title) if t not in STOP] or tokens(title)


def _nouns(text: str) -> set[str]:
    return {m.value for m in matcher().match(tokens(text)) if m.kind == "noun"}


_COMMON: set[str] | None = None


def ordinary_words() -> set[str]:
    """Words of the language files (concept forms, stopwords): ordinary words, never a product's own name."""
    global _COMMON
    if _COMMON is None:
        from rag_agent.lang.concepts import english_words

        _COMMON = set().union(*matcher().known.values()) | english_words()
    return _COMMON


def option_concepts(value: str) -> set[str]:
    """Colour and size concepts an option value stands for ("Olive" -> colour:green, "P" -> size:S)."""
    toks = tokens(value)
    found = {m.concept for m in matcher().match(toks) if m.kind in ("colour", "size") and m.end - m.start == len(toks)}
    if not found:
        found = {m.concept for m in matcher().match(toks) if m.kind == "colour"}
    return found


class Catalog:
    """An in-memory view of one workspace's products, rebuilt when its sources change."""

    def __init__(self, payloads: Iterable[dict[str, Any]]) -> None:
        self.products: list[CatalogProduct] = []
        for p in payloads:
            title = p.get("title", "")
            cp = CatalogProduct(p, _title_tokens(title))
            leaf = (p.get("category") or "").rsplit(">", 1)[-1]
            kind_text = " ".join([p.get("product_type") or "", leaf, " ".join(p.get("tags") or [])])
            cp.nouns = _nouns(title) or _nouns(kind_text)
            ttoks = tokens(title)
            cp.noun_toks = {ttoks[m.start]: m.value for m in matcher().match(ttoks)
                            if m.kind == "noun" and m.end - m.start == 1}
            cp.cats = {m.value for m in matcher().match(tokens(" ".join([title, kind_text, p.get("category") or ""])))
                       if m.kind == "cat"}
            cp.type_toks = set(tokens(kind_text))
            for v in cp.variants:
                for name, val in (v.get("options") or {}).items():
                    if val and fold(val) != DEFAULT_TITLE:
                        cp.options.setdefault(name, [])
                        if val not in cp.options[name]:
                            cp.options[name].append(val)
            self.products.append(cp)
        self.by_token: dict[str, list[int]] = {}
        for i, p in enumerate(self.products):
            for t in set(p.toks):
                self.by_token.setdefault(t, []).append(i)
        self.vocab = list(self.by_token)
        self.vocabulary = frozenset(self.vocab)
        # word stems of titles, types, categories and tags: does a message name a kind of thing the store sells?
        self.stems = {t[:5] for p in self.products for t in tokens(" ".join(
            [p.title, p.payload.get("product_type") or "", p.payload.get("category") or "",
             " ".join(p.payload.get("tags") or [])])) if len(t) > 2}
        n = max(1, len(self.products))
        self.idf = {t: math.log(1 + n / len(ix)) for t, ix in self.by_token.items()}
        self.by_noun: dict[str, list[int]] = {}
        for i, p in enumerate(self.products):
            for noun in p.nouns:
                self.by_noun.setdefault(noun, []).append(i)

    def __len__(self) -> int:
        return len(self.products)

    @cached_property
    def language(self) -> str:
        """The language the catalog is written in (its titles and descriptions), read once."""
        from rag_agent.engine.language import detect

        text = " ".join(p.title + ". " + (p.payload.get("description") or "")[:200] for p in self.products[:40])
        return detect(text) if text.strip() else "en"

    # -- matching --------------------------------------------------------------------------------
    def token_matches(self, word: str) -> list[tuple[str, float]]:
        """Catalog words this message word may stand for, with a similarity in 0..1."""
        out = [(word, 1.0)] if word in self.by_token else []
        if len(word) >= 4 and not word.isdigit():
            for cand, score, _ in process.extract(word, self.vocab, scorer=fuzz.ratio, score_cutoff=80, limit=5):
                if cand != word and len(cand) >= 4 and not any(ch.isdigit() for ch in cand):
                    out.append((cand, score / 100.0 * 0.95))
        return out

    def find_tokens(self, words: list[str], skip: set[int] = frozenset(), limit: int = 5,
                    min_score: float = 0.5, nouns_at: dict[int, str] | None = None) -> list[Match]:
        """Products whose titles the words name, best first. Words at ``skip`` positions (question and topic words:
        "how *long*", "*max* price") can complete a title but never make a match on their own: a product needs a
        matched word of its own. ``nouns_at`` (message position -> generic noun read there, in any language) lets
        "tenis" stand for the "Shoe" of "Freerun Running Shoe" once another word has named the product."""
        hits: dict[str, tuple[float, int]] = {}
        for pos, w in enumerate(words):
            for cand, sim in self.token_matches(w):
                if cand not in hits or hits[cand][0] < sim:
                    hits[cand] = (sim, pos)
            if pos + 1 < len(words):  # "sun glasses" vs "sunglasses"
                joined = w + words[pos + 1]
                if joined in self.by_token and joined not in hits:
                    hits[joined] = (1.0, pos)
        if not hits:
            return []
        cands: set[int] = set()
        for tok, (_, pos) in hits.items():
            if pos not in skip:
                cands.update(self.by_token.get(tok, ()))
        out: list[Match] = []
        for i in cands:
            p = self.products[i]
            if not p.toks:
                continue
            total = sum(self.idf.get(t, 1.0) for t in p.toks) or 1.0
            got = [(t, hits[t]) for t in p.toks if t in hits]
            if not any(pos not in skip for _, (_, pos) in got):
                continue
            if nouns_at:
                named = {p.noun_toks.get(t) for t, _ in got}
                for t in p.toks:
                    noun = p.noun_toks.get(t)
                    if t not in hits and noun is not None and noun not in named:
                        at = [pos for pos, n in nouns_at.items() if n == noun]
                        if at:
                            got.append((t, (0.9, at[0])))
            score = sum(self.idf.get(t, 1.0) * s for t, (s, _) in got) / total
            plain = sum(s for _, (s, _) in got) / len(p.toks)
            own = [t for t, (s, pos) in got if s >= 0.99 and pos not in skip and len(self.by_token.get(t, ())) == 1
                   and len(t) >= 5 and not t.isdigit() and t not in ordinary_words()]
            if own:
                score = max(score, 0.6)  # a word only this product's title has ("ultraboost") names it
            score = max(score, plain * 0.9) if plain >= 0.99 else score
            if score < min_score:
                continue
            if len(p.toks) == 1 and got[0][1][0] < 1.0:
                continue  # a one-word title ("Pan") needs the exact word
            start = min(pos for _, (_, pos) in got)
            out.append(Match(p, score, start, "title" if plain >= 0.99 else "partial", [t for t, _ in got],
                             sorted(pos for _, (_, pos) in got)))
        out.sort(key=lambda m: (-(m.score * (1 + 0.1 * len(m.matched))), m.start))
        kept: list[Match] = []
        for m in out:
            if any(set(m.product.toks) < set(k.product.toks) and k.score >= m.score - 0.01 for k in kept):
                continue
            kept.append(m)
        return kept[:limit]

    def find(self, message: str, limit: int = 5, min_score: float = 0.74) -> list[Match]:
        """Products named in a text, best first (used on agent turns and plain texts)."""
        return [m for m in self.find_tokens(tokens(message), limit=limit, min_score=min_score)]

    def by_nouns(self, nouns: Iterable[str]) -> list[CatalogProduct]:
        """Products whose generic noun is one of these, in catalog order."""
        seen: list[int] = []
        for noun in nouns:
            for i in self.by_noun.get(noun, ()):
                if i not in seen:
                    seen.append(i)
        return [self.products[i] for i in sorted(seen)]

    def mentioned_in_order(self, text: str) -> list[CatalogProduct]:
        """Products named in a text (e.g. an agent's earlier list), in the order they appear."""
        found = self.find_tokens(tokens(text), limit=10, min_score=0.99)
        found.sort(key=lambda m: m.start)
        return [m.product for m in found]

    def by_handle(self, handle: str) -> CatalogProduct | None:
        for p in self.products:
            if p.payload.get("handle") == handle:
                return p
        return None

    def by_id(self, product_id: str) -> CatalogProduct | None:
        for p in self.products:
            if p.payload.get("product_id") == product_id or p.payload.get("handle") == product_id:
                return p
        return None


# -- variants ------------------------------------------------------------------------------------
@dataclass
class VariantQuery:
    """The options a message names for one product: matched values, and asked values it does not come in."""

    named: dict[str, str] = field(default_factory=dict)  # option name -> value
    missing: list[tuple[str, str]] = field(default_factory=list)  # (option kind "colour"/"size", asked value)
    variants: list[dict[str, Any]] = field(default_factory=list)  # variants matching every named value


def option_kind(option_name: str, values: list[str]) -> str:
    """What an option names: "colour", "size" or another kind (from its name, else its values)."""
    f = fold(option_name)
    if any(f.startswith(x) for x in ("colo", "cor", "renk", "warna", "цвет")):
        return "colour"
    if any(f.startswith(x) for x in ("size", "tall", "tama", "beden", "ukuran", "разм", "talle")):
        return "size"
    kinds = [k for v in values for k in option_concepts(v)]
    if kinds and sum(k.startswith("colour") for k in kinds) >= len(values) / 2:
        return "colour"
    return "other"


@lru_cache(maxsize=1)
def _unit_latin() -> dict[str, str]:
    out: dict[str, str] = {}
    for d in language_data().values():
        out.update({fold(k): v for k, v in (d.get("unit_latin") or {}).items()})
    return out


def unit_forms(words: list[str]) -> list[str]:
    """The words with a number and its unit written together as a catalog writes an option ("128 ГБ", "128 gb"
    -> "128gb"; "500 мл" -> "500ml"): a unit in another script in its Latin form (the language files'
    ``unit_latin``)."""
    latin = _unit_latin()
    out = list(words) + [latin[w] for w in words if w in latin]
    for a, b in zip(words, words[1:]):
        unit = latin.get(b, b)
        if a.isdigit() and unit.isascii() and unit.isalpha() and len(unit) <= 3:
            out.append(a + unit)
    return out


def resolve_variant(p: CatalogProduct, words: list[str], colours: list[str], sizes: list[str],
                    shades: list[str] = ()) -> VariantQuery:
    """The variant a message names: option values written as in the catalog ("M", "Olive", "Forest Green"), or
    a colour / size concept ("verde", "medium") that one value stands for."""
    q = VariantQuery()
    latin = _unit_latin()
    words = unit_forms(words)
    wordset = set(words)
    text = " " + " ".join(words) + " "
    for name, values in p.options.items():
        kind = option_kind(name, values)
        hit = None
        for val in sorted(values, key=lambda v: -len(v)):
            vt = [latin.get(t, t) for t in tokens(val)]  # "76 см" as "76 cm"
            if vt and all(t in wordset for t in vt) and (len(vt) > 1 or len(vt[0]) > 1 or kind == "size"):
                if f" {' '.join(vt)} " in text:
                    hit = val
                    break
        if hit is None and kind == "colour" and shades:
            q.missing.append(("colour", shades[0]))  # "rose gold" asked; the bracelet comes in Gold: not the same
            continue
        if hit is None and kind in ("colour", "size"):
            asked = colours if kind == "colour" else sizes
            for concept in asked:
                same = [v for v in values if f"{kind}:{concept}" in option_concepts(v)]
                if len(same) == 1:
                    hit = same[0]
                    break
                if len(same) > 1:
                    hit = same[0]
                    break
            if hit is None and asked:
                q.missing.append((kind, asked[0]))
        if hit is None and kind == "other" and colours:
            # "the sofa in beige" of an upholstery option ("Рогожка, бежевый"): the one value naming that colour
            same = [v for v in values if any(f"colour:{x}" in option_concepts(v) for x in colours)]
            hit = same[0] if len(same) == 1 else None
        if hit is not None:
            q.named[name] = hit
    if q.named:
        q.variants = [v for v in p.variants
                      if all((v.get("options") or {}).get(k) == val for k, val in q.named.items())]
    return q
