"""Precision and recall of every condition per language, on held-out labelled data only.

Two held-out sets, neither ever read by ``scripts/build_classifiers.py``:

- ``eval_data/heldout_messages.tsv``: hand-written customer messages in en, es, pt, tr, id, ru, with condition
  labels, profanity, and the exact email / phone / name / address each gives;
- ``eval_data/heldout_public.tsv``: rows of the shared public sets in the held-out hash bucket
  (bitext + clinc150 for intents and greetings, presidio for emails and phones; semeval, xed and goemotions for
  sentiment, reported apart as "emotion corpora": general text, not customer messages).

``RAG_EVAL_LIMIT`` (or ``limit``) bounds how many rows of each set are read.
"""

from __future__ import annotations

import os
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from rag_agent.agents.conditions import ConditionEvaluator
from rag_agent.agents.models import Condition
from rag_agent.agents.splits import LABELS, SHORT, read_tsv

EVAL_DIR = Path(__file__).parent / "eval_data"
EXTRACT = ("email", "phone", "name", "address")
SUPPORT_SOURCES = {"bitext", "clinc150", "hand", "presidio"}


def _cond(label: str) -> Condition:
    typ, value = label.split(":", 1)
    return Condition(type=typ, value=value)


def load_public(limit: int | None = None) -> list[tuple[str, str, str, list[str]]]:
    """(source, language, text, labels) of the public held-out sample."""
    rows = []
    for line in (EVAL_DIR / "heldout_public.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        src, lang, labels, text = line.split("\t", 3)
        rows.append((src, lang, text, [] if labels == "-" else re.split(r",(?=[a-z_]+(?:=|,|$))", labels)))
    return _limited(rows, limit)


def _limited(rows: list, limit: int | None) -> list:
    """At most ``limit`` rows per (source, language), spread over the file."""
    if not limit:
        return rows
    groups: dict[tuple, list] = defaultdict(list)
    for r in rows:
        groups[(r[0], r[1])].append(r)
    out = []
    for g in groups.values():
        step = max(1, len(g) // limit)
        out.extend(g[::step][:limit])
    return out


def _env_limit() -> int | None:
    raw = os.environ.get("RAG_EVAL_LIMIT", "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else None


def _group(src: str) -> str:
    return "support" if src in SUPPORT_SOURCES else "emotion corpora"


def score(rows: list[tuple[str, str, str, list[str]]], ev: ConditionEvaluator, group_of=_group,
          on_miss=None) -> dict[tuple[str, str, str], list[int]]:
    """{(condition, language, group_of(source)): [tp, fp, fn, positives]} of labelled (source, language, text,
    labels) rows. Each source is scored on the conditions it labels: hand-written messages on all of them and
    on the contact data they give, bitext / clinc150 on intents and greetings, presidio on emails and phones, the
    emotion corpora on sentiment. ``on_miss(condition, source, language, text, got, want, signals)`` hears
    every wrong answer (``got`` / ``want``: booleans, or the sets of values of a ``provides`` field)."""
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp fp fn n_pos
    for src, lang, text, labels in rows:
        group = group_of(src)
        sig = ev.analyze(text)
        full = {SHORT.get(lab, lab) for lab in labels if "=" not in lab}
        if src == "hand":
            names = LABELS + ["contains:profanity"]
        elif src in ("bitext", "clinc150"):
            names = [lab for lab in LABELS if not lab.startswith("sentiment:")]
        elif src == "presidio":
            names = []
        else:
            names = [lab for lab in LABELS if lab.startswith("sentiment:")]
        for label in names:
            got = ev.check(_cond(label) if label != "contains:profanity" else Condition(type="contains",
                                                                                         value="profanity"), sig).matched
            want = label in full or (label == "contains:profanity" and "profanity" in labels)
            c = counts[(label, lang, group)]
            c[0] += got and want
            c[1] += got and not want
            c[2] += want and not got
            c[3] += want
            if on_miss and got != want:
                on_miss(label, src, lang, text, got, want, sig)
        if src in ("hand", "presidio"):
            expected = defaultdict(set)
            for lab in labels:
                if "=" in lab:
                    k, v = lab.split("=", 1)
                    expected[k].add(v.lower() if k in ("email", "name", "address") else v)
            for field in EXTRACT:
                if src == "presidio" and field not in ("email", "phone"):
                    continue
                found = {v.lower() if field in ("email", "name", "address") else v for v in sig.extracted.get(field)}
                c = counts[(f"provides:{field}", lang, group)]
                c[0] += len(found & expected[field])
                c[1] += len(found - expected[field])
                c[2] += len(expected[field] - found)
                c[3] += len(expected[field])
                if on_miss and found != expected[field]:
                    on_miss(f"provides:{field}", src, lang, text, found, expected[field], sig)
    return counts


def evaluate(limit: int | None = None, evaluator: ConditionEvaluator | None = None) -> dict[str, Any]:
    """{"conditions": [{condition, language, set, n_pos, tp, fp, fn, precision, recall}], "ms_per_message"}."""
    limit = limit if limit is not None else _env_limit()
    if evaluator is None:
        # as agents run: cues, n-gram heads, and the sentence heads on the int8 MiniLM copy
        from rag_agent.embed import SentenceTransformerEmbedder, message_embedder

        evaluator = ConditionEvaluator(embedder=message_embedder(SentenceTransformerEmbedder()))
    hand = [("hand", lang, text, labels) for lang, text, labels in read_tsv(EVAL_DIR / "heldout_messages.tsv")]
    rows = _limited(hand, limit) + load_public(limit)
    t0 = time.perf_counter()
    counts = score(rows, evaluator)
    n = len(rows)
    ms = (time.perf_counter() - t0) * 1000 / max(1, n)
    out = []
    for (label, lang, group), (tp, fp, fn, pos) in sorted(counts.items()):
        if pos == 0 and tp + fp == 0:
            continue
        out.append({"condition": label, "language": lang, "set": group, "n_pos": pos, "tp": tp, "fp": fp, "fn": fn,
                    "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                    "recall": round(tp / (tp + fn), 3) if tp + fn else None})
    return {"conditions": out, "messages": n, "ms_per_message": round(ms, 3), "limit": limit}


FLOORS = {"wants:human": {"recall": 0.95}, "sentiment:frustrated": {"recall": 0.8, "precision": 0.7},
          "provides:email": {"recall": 0.95, "precision": 0.95}, "provides:phone": {"recall": 0.95, "precision": 0.95},
          "contains:profanity": {"recall": 0.9}}


def floors(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's floors, checked per language on the support set (pooled counts per condition too)."""
    rows = []
    for cond, need in FLOORS.items():
        per = [r for r in result["conditions"] if r["condition"] == cond and r["set"] == "support"]
        pooled = [sum(r[k] for r in per) for k in ("tp", "fp", "fn")]
        for lang, tp, fp, fn in [(r["language"], r["tp"], r["fp"], r["fn"]) for r in per] + [("all", *pooled)]:
            p = tp / (tp + fp) if tp + fp else None
            rc = tp / (tp + fn) if tp + fn else None
            ok = all((rc if k == "recall" else p) is not None and (rc if k == "recall" else p) >= v
                     for k, v in need.items())
            rows.append({"condition": cond, "language": lang, "precision": None if p is None else round(p, 3),
                         "recall": None if rc is None else round(rc, 3), "floor": need, "ok": ok})
    return rows
