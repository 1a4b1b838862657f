"""Fitting a reply to the persona: do-not-mention, tone closings, and the length range."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rag_agent.engine import phrases as P
from rag_agent.engine.persona import Persona
from rag_agent.engine.text import clip_words, fold


@dataclass
class Draft:
    """Reply parts before the persona's constraints: main facts first, optional extras after."""

    intent: str
    main: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    handoff: bool = False
    stale: str | None = None
    shrink: list[str] = field(default_factory=list)  # shorter alternatives of main, longest first


def _mentions(text: str, banned: list[str]) -> bool:
    f = fold(text)
    return any(b.strip() and fold(b.strip()) in f for b in banned)


def _repeats(text: str, pad: str) -> bool:
    """Whether the pad mostly says again what the text says (most of its word triples are in the text)."""
    def grams(s: str) -> list[tuple[str, ...]]:
        w = re.findall(r"\w+", fold(s))
        return [tuple(w[i:i + 3]) for i in range(len(w) - 2)]

    have, mine = set(grams(text)), grams(pad)
    return bool(mine) and sum(g in have for g in mine) / len(mine) >= 0.6


def finalize(d: Draft, persona: Persona, lang: str):
    """Apply do-not-mention and the length range; returns an Answer."""
    from rag_agent.engine.engine import Answer

    lo, hi = persona.length_range
    tone = persona.tone
    main = [s for s in d.main if not _mentions(s, persona.do_not_mention)]
    if not main:
        main = [P.phrase("no_answer", lang, tone)]
    extras = [s for s in d.extras if not _mentions(s, persona.do_not_mention)]
    parts = list(main)
    if d.stale:
        parts.append(P.phrase("stale_notice", lang, tone, when=d.stale))
    text = " ".join(parts)
    if len(text) > hi and d.shrink:
        for alt in d.shrink:
            if len(alt) <= hi:
                text = alt
                break
    for extra in extras:
        if len(text) >= lo:
            break
        if len(text) + 1 + len(extra) <= hi:
            text = f"{text} {extra}"
    # pad to the minimum with one closing line, or the offer of what else we can help with
    pads = [P.phrase("closing_long", lang, tone), P.phrase("closing_short", lang, tone),
            P.phrase("capabilities", lang, tone)]
    if not d.intent.startswith("order"):
        pads.append(P.phrase("order_tip", lang, tone))
    used: list[str] = []
    while len(text) < lo:
        fits = [p for p in pads if p not in used and len(text) + 1 + len(p) <= hi and not _repeats(text, p)]
        if not fits:
            break
        # the shortest pad that reaches the minimum, else the longest that fits
        reach = [p for p in fits if len(text) + 1 + len(p) >= lo]
        pick = min(reach, key=len) if reach else max(fits, key=len)
        used.append(pick)
        text = f"{text} {pick}"
    if len(text) > hi:
        text = clip_words(text, hi)
    text = re.sub(r"\s+", " ", text).strip()
    return Answer(reply=text, language=lang, handoff=d.handoff, citations=d.citations, intent=d.intent)
