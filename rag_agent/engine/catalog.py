"""Finding the product a customer names, typos and all, among a workspace's catalog.

Titles are matched token by token against the message: a title matches when (nearly) all of its
words appear in the message, allowing small typos in longer words; digits and short words must match
exactly. The longest, best-covered title wins, so "iPhone 13 Pro" beats "iPhone 13".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from rapidfuzz import fuzz, process

from rag_agent.engine.text import fold, tokens

STOP = {"the", "a", "an", "of", "for", "with", "and", "de", "do", "da", "del", "la", "el", "o", "e", "y", "&"}


@dataclass
class CatalogProduct:
    """The payload of one product point plus its match tokens."""

    payload: dict[str, Any]
    toks: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.payload["title"]


@dataclass
class Match:
    product: CatalogProduct
    score: float  # 0..1 coverage of the title's words
    start: int  # position of the first matched message token (for "which came first" in lists)


def _title_tokens(title: str) -> list[str]:
    return [t for t in tokens(title) if t not in STOP] or tokens(title)


class Catalog:
    """An in-memory view of one workspace's products, rebuilt when its sources change."""

    def __init__(self, payloads: Iterable[dict[str, Any]]) -> None:
        self.products = [CatalogProduct(p, _title_tokens(p.get("title", ""))) for p in payloads]
        self.by_token: dict[str, list[int]] = {}
        for i, p in enumerate(self.products):
            for t in set(p.toks):
                self.by_token.setdefault(t, []).append(i)
        self.vocab = list(self.by_token)
        self.vocabulary = frozenset(self.vocab)

    def __len__(self) -> int:
        return len(self.products)

    def _token_matches(self, word: str) -> list[tuple[str, float]]:
        """Catalog words this message word may stand for, with a similarity in 0..1."""
        out = [(word, 1.0)] if word in self.by_token else []
        if len(word) >= 4 and not word.isdigit():
            for cand, score, _ in process.extract(word, self.vocab, scorer=fuzz.ratio, score_cutoff=80, limit=5):
                if cand != word and len(cand) >= 4 and not any(ch.isdigit() for ch in cand):
                    out.append((cand, score / 100.0 * 0.95))
        return out

    def find(self, message: str, limit: int = 5, min_score: float = 0.74) -> list[Match]:
        """Products named in the message, best first."""
        words = tokens(message)
        # message word index -> {catalog token: similarity}
        hits: dict[str, tuple[float, int]] = {}
        for pos, w in enumerate(words):
            for cand, sim in self._token_matches(w):
                if cand not in hits or hits[cand][0] < sim:
                    hits[cand] = (sim, pos)
            if pos + 1 < len(words):  # "sun glasses" vs "sunglasses"
                joined = w + words[pos + 1]
                if joined in self.by_token and joined not in hits:
                    hits[joined] = (1.0, pos)
        if not hits:
            return []
        cands: set[int] = set()
        for tok in hits:
            cands.update(self.by_token.get(tok, ()))
        out: list[Match] = []
        for i in cands:
            p = self.products[i]
            if not p.toks:
                continue
            got = [hits[t] for t in p.toks if t in hits]
            cover = sum(s for s, _ in got) / len(p.toks)
            if cover < min_score:
                continue
            # single generic words ("Apple", "Pan") need the exact word
            if len(p.toks) == 1 and (got[0][0] < 1.0):
                continue
            start = min(pos for _, pos in got)
            out.append(Match(p, cover, start))
        out.sort(key=lambda m: (-(m.score * (1 + 0.15 * len(m.product.toks))), m.start))
        # drop matches whose words are all inside a better match's words ("iPhone 13" inside "iPhone 13 Pro")
        kept: list[Match] = []
        for m in out:
            if any(set(m.product.toks) < set(k.product.toks) and k.score >= m.score - 0.01 for k in kept):
                continue
            kept.append(m)
        return kept[:limit]

    def find_partial(self, message: str) -> CatalogProduct | None:
        """The one product a message names by part of its title ("the trail runner", "the stove").

        Used only when no full title matched and the customer asks about a product's facts. A product
        qualifies when at least half of its title words are in the message, or one of its words belongs to no
        other title; it must be the single best candidate, else None (ambiguous).
        """
        words = set(tokens(message))
        best: list[tuple[float, int]] = []
        for i, p in enumerate(self.products):
            hit = [t for t in p.toks if t in words and len(t) >= 3 and not t.isdigit()]
            if not hit:
                continue
            unique = any(len(self.by_token.get(t, ())) == 1 and len(t) >= 4 for t in hit)
            cover = len(hit) / len(p.toks)
            if cover >= 0.5 or unique:
                best.append((cover + (0.5 if unique else 0.0), i))
        if not best:
            return None
        best.sort(reverse=True)
        if len(best) > 1 and best[1][0] >= best[0][0] - 1e-9:
            return None
        return self.products[best[0][1]]

    def mentioned_in_order(self, text: str) -> list[CatalogProduct]:
        """Products named in a text (e.g. an agent's earlier list), in the order they appear."""
        found = self.find(text, limit=10, min_score=0.99)
        found.sort(key=lambda m: m.start)
        return [m.product for m in found]

    def by_handle(self, handle: str) -> CatalogProduct | None:
        for p in self.products:
            if p.payload.get("handle") == handle:
                return p
        return None

