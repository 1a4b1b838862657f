"""Scoring one answer against one case, as ../shared/eval/FORMAT.md describes.

Matching is case-insensitive and accent-insensitive; a string that is a number matches the same value
written with a decimal comma or point, a currency sign or trailing zeros; strings of at most three
characters match whole tokens only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

LENGTHS = {"short": (100, 200), "medium": (150, 250), "long": (200, 300)}
NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
NUM_IN_TEXT = re.compile(r"\d+(?:[.,]\d+)*")


def _fold(s: str) -> str:
    s = s.replace("İ", "i").lower()
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ё", "е")


def _numbers(text: str) -> set[float]:
    out = set()
    for m in NUM_IN_TEXT.finditer(text):
        raw = m.group(0)
        variants = {raw.replace(",", ""), raw.replace(".", "").replace(",", "."), raw.replace(",", ".")}
        for v in variants:
            try:
                out.add(round(float(v), 4))
            except ValueError:
                pass
    return out


def contains(reply: str, needle: str) -> bool:
    """Does the reply contain the expected string (numbers by value, short strings as tokens)?"""
    if NUMBER.match(needle.strip()):
        return round(float(needle.replace(",", ".")), 4) in _numbers(reply)
    r, n = _fold(reply), _fold(needle)
    if len(n) <= 3:
        return re.search(rf"(?<!\w){re.escape(n)}(?!\w)", r) is not None
    return n in r


@dataclass
class Score:
    """Pass/fail of one case, with the reasons it failed."""

    id: str
    kind: str
    language: str
    passed: bool
    failures: list[str] = field(default_factory=list)


def score_case(case: dict[str, Any], answer: dict[str, Any]) -> Score:
    exp = case["expect"]
    reply = answer.get("reply", "")
    fails: list[str] = []
    if exp.get("language") and answer.get("language") != exp["language"]:
        fails.append(f"language {answer.get('language')} != {exp['language']}")
    if exp.get("any_of") and not any(contains(reply, s) for s in exp["any_of"]):
        fails.append("none of any_of")
    for s in exp.get("all_of", []):
        if not contains(reply, s):
            fails.append(f"missing {s!r}")
    for s in exp.get("none_of", []):
        if contains(reply, s):
            fails.append(f"contains forbidden {s!r}")
    if "handoff" in exp and exp["handoff"] is not None and bool(answer.get("handoff")) != exp["handoff"]:
        fails.append(f"handoff {answer.get('handoff')} != {exp['handoff']}")
    length = (case.get("agent") or {}).get("reply_length")
    if length:
        lo, hi = LENGTHS[length]
        if not lo <= len(reply) <= hi:
            fails.append(f"length {len(reply)} outside {lo}-{hi}")
    return Score(case["id"], exp.get("kind", "?"), exp.get("language", "?"), not fails, fails)


def summarize(scores: list[Score]) -> dict[str, Any]:
    """Pass rate overall, per kind and per language."""
    def rate(items: list[Score]) -> dict[str, Any]:
        return {"passed": sum(s.passed for s in items), "total": len(items),
                "rate": round(sum(s.passed for s in items) / len(items), 4) if items else 0.0}

    by_kind: dict[str, list[Score]] = {}
    by_lang: dict[str, list[Score]] = {}
    for s in scores:
        by_kind.setdefault(s.kind, []).append(s)
        by_lang.setdefault(s.language, []).append(s)
    return {"overall": rate(scores), "by_kind": {k: rate(v) for k, v in sorted(by_kind.items())},
            "by_language": {k: rate(v) for k, v in sorted(by_lang.items())}}
