"""Cue patterns shared by the agents' WHEN conditions and the answer engine's reading, loaded from
``data/cues.json`` (regular expressions over folded text, grouped by cue, with the talk-to-a-human phrase families
and the glossary that puts English topic words beside other languages' words for search).

The file is data: a translator or an owner of a condition edits it, not Python. :data:`CUES` maps a cue name to its
compiled pattern; ``CUES["handoff"]`` asks for a person (a phrase anywhere, or a word for a person alone in a message
of one to three words).
"""

from __future__ import annotations

import json
import re
from importlib import resources

__all__ = ["CUES", "HANDOFF_WORDS", "HANDOFF", "MEASURE_UNITS", "expand_query", "has"]

B = r"(?<![\w])"  # word start (works for Cyrillic too)
_SHORT = r"^(?=\W*+(?:[^\W\d]++\W*+){{1,3}}$).*?(?<!\w)(?:{words})(?!\w)"


def _rx(alts: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"{B}(?:{a})" for a in alts), re.I)


_DATA = json.loads((resources.files("rag_agent.lang") / "data" / "cues.json").read_text(encoding="utf-8"))
HANDOFF_WORDS: str = _DATA["handoff_words"]
HANDOFF_PHRASES = _rx(_DATA["handoff_phrases"])
HANDOFF = re.compile(HANDOFF_PHRASES.pattern + "|" + _SHORT.format(words=HANDOFF_WORDS), re.I)
CUES: dict[str, re.Pattern[str]] = {name: _rx(alts) for name, alts in _DATA["cues"].items()}
CUES["handoff"] = HANDOFF
#: units a number states a size, weight, volume or count in ("ml", "kg", "cm", "pcs", "'lu")
MEASURE_UNITS: list[str] = _DATA["measure_units"]["units"]
_GLOSSARY: dict[str, str] = _DATA["glossary"]
_GLOSS_RX = [(re.compile(f"{B}{re.escape(k)}"), v) for k, v in sorted(_GLOSSARY.items(), key=lambda kv: -len(kv[0]))]


def expand_query(folded: str) -> str:
    """The folded query plus English topic words for the non-English words it contains (search only)."""
    extra = [v for rx, v in _GLOSS_RX if rx.search(folded)]
    return folded + (" " + " ".join(extra) if extra else "")


def has(cue: str, folded: str) -> bool:
    return bool(CUES[cue].search(folded))
