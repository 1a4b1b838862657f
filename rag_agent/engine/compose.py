"""Fitting a reply to the persona: do-not-mention, the claim check, the length range.

The claim check: every number a reply states must stand in the sources it cites (the product's fields, the
unit's text, the order) or in the customer's own message. A sentence with any other number is dropped, and a
reply left with nothing says it could not find the answer. The same check guards model-written replies
(:func:`rag_agent.engine.generate.check_reply`).

Padding to the persona's minimum length uses only closing lines ("Anything else I can help with?"), never a
fact or an offer nobody asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rag_agent.engine import phrases as P
from rag_agent.engine.answers import Answer
from rag_agent.engine.generate import numbers_in
from rag_agent.engine.persona import Persona
from rag_agent.engine.text import clip_words, fold

_NUM = re.compile(r"\d+(?:[.,]\d+)*")


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
    claims: list[str] = field(default_factory=list)  # the source texts every number must come from
    #: sentences that must survive the length limit (an apology's offer of a person): sentences before them
    #: are dropped, from the last, to make room
    keep: list[str] = field(default_factory=list)


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


def unsupported_numbers(sentence: str, sources: set[str]) -> set[str]:
    """Numbers of a sentence that none of the sources states (as values: '$5.90' is '5.9')."""
    return {n for n in numbers_in(sentence) if n not in sources}


def claim_check(d: Draft, allowed: set[str]) -> tuple[list[str], list[str]]:
    """``main`` and ``extras`` without sentences stating numbers their sources do not state."""
    if not d.claims:
        return d.main, d.extras
    sources = set(allowed)
    for text in d.claims:
        sources |= numbers_in(text)
    keep_main = [s for s in d.main if not unsupported_numbers(s, sources)]
    keep_extra = [s for s in d.extras if not unsupported_numbers(s, sources)]
    return keep_main, keep_extra


def finalize(d: Draft, persona: Persona, lang: str, allowed_numbers: set[str] | None = None) -> Answer:
    """Apply the claim check, do-not-mention and the length range; returns an Answer."""
    lo, hi = persona.length_range
    tone = persona.tone
    main, extras = claim_check(d, allowed_numbers or set())
    main = [s for s in main if not _mentions(s, persona.do_not_mention)]
    intent = d.intent
    if not main:
        main = [P.phrase("no_answer", lang, tone)]
        if d.main:
            intent = "no_answer"
    extras = [s for s in extras if not _mentions(s, persona.do_not_mention)]
    parts = list(main)
    keep = [s for s in d.keep if s in parts]
    while keep and len(" ".join(parts)) > hi:
        droppable = [i for i, s in enumerate(parts) if s not in keep and i > 0]
        if not droppable:
            break
        del parts[droppable[-1]]
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
    # one closing line, then (only if still short) one line on what else the assistant can do
    closings = [P.phrase("closing_long", lang, tone), P.phrase("closing_short", lang, tone)]
    more = [[P.phrase("capabilities", lang, tone)], [P.phrase("closing_offer", lang, tone),
                                                      P.phrase("closing_here", lang, tone)]]
    used: list[str] = []
    while len(text) < lo and len(used) < 3:
        pads = closings if not used else more[len(used) - 1]
        fits = [p for p in pads if p not in used and len(text) + 1 + len(p) <= hi and not _repeats(text, p)]
        if not fits:
            break
        reach = [p for p in fits if len(text) + 1 + len(p) >= lo]
        pick = min(reach, key=len) if reach else max(fits, key=len)
        used.append(pick)
        text = f"{text} {pick}"
    if len(text) > hi:
        text = clip_words(text, hi)
    text = re.sub(r"\s+", " ", text).strip()
    return Answer(reply=text, language=lang, handoff=d.handoff, citations=d.citations, intent=intent)
