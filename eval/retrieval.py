"""Retrieval metrics (hit@5, MRR@10, nDCG@10) for cases that name their gold source, per query mode.

A case names its gold source in ``expect.source`` (an extension of FORMAT.md, written by
``rag-agent eval generate``)::

    {"file": "products.csv", "handle": "trail-runner-jacket"}                    a product
    {"file": "policies.md", "section": "Shipping", "text": "Standard shipping …"} a passage of a knowledge file

A point is relevant when it comes from the named file and has that handle, or its text contains the gold
text (else: that section, or that title). The query is built as the answer engine builds its retrieval
query (the folded message plus lexicon expansions, BM25 in the documents' language, filtered to the
workspace's enabled sources), and is run three ways on the same store: dense only, BM25 only, and hybrid
(RRF fusion), so the ablation compares the modes on exactly the same points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rag_agent.engine.engine import TEXT_KINDS
from rag_agent.lang.cues import expand_query
from rag_agent.engine.text import fold

MODES = ("dense", "sparse", "hybrid")
MODE_NAMES = {"dense": "dense only", "sparse": "BM25 only", "hybrid": "hybrid (RRF)"}
KINDS = ["product", *TEXT_KINDS]
DEPTH = 10


def gold_source(case: dict[str, Any]) -> dict[str, Any] | None:
    """The case's gold source, or None when it names none."""
    src = case.get("expect", {}).get("source")
    return src if isinstance(src, dict) and src else None


def _flat(text: str) -> str:
    return " ".join(fold(text).split())


def is_relevant(payload: dict[str, Any], source_name: str, gold: dict[str, Any]) -> bool:
    """Does this point hold the gold source?"""
    if gold.get("file") and gold["file"] != source_name:
        return False
    if gold.get("handle"):
        return payload.get("handle") == gold["handle"]
    if gold.get("text"):
        return _flat(gold["text"]) in _flat(payload.get("text") or payload.get("description") or "")
    if gold.get("section"):
        return (payload.get("section") or "") == gold["section"]
    if gold.get("title"):
        return payload.get("title") == gold["title"]
    return False


def retrieval_query(message: str) -> str:
    """The text the engine searches with for a message."""
    return expand_query(fold(message))


@dataclass
class CaseRanks:
    """Where the first relevant point came, per mode (None: not in the top DEPTH)."""

    id: str
    language: str
    kind: str
    relevant: int
    ranks: dict[str, list[int]] = field(default_factory=dict)


def _metrics(ranks: list[int], n_relevant: int) -> dict[str, float]:
    first = min(ranks) if ranks else None
    dcg = sum(1 / math.log2(r + 1) for r in ranks if r <= DEPTH)
    idcg = sum(1 / math.log2(r + 1) for r in range(1, min(n_relevant, DEPTH) + 1))
    return {"hit@5": float(first is not None and first <= 5),
            "mrr": 1 / first if first else 0.0,
            "ndcg@10": dcg / idcg if idcg else 0.0}


def rank_cases(service: Any, workspace_id: str, cases: Iterable[dict[str, Any]],
               progress: Callable[[int], None] | None = None, modes: Iterable[str] = MODES) -> list[CaseRanks]:
    """Run each gold-sourced case's retrieval query in every mode; the ranks of its relevant points."""
    modes = list(modes)
    sources = service.state.list_sources(workspace_id)
    names = {sid: s.name for s in sources for sid in s.point_source_ids()}  # catalogs: the live generation
    enabled = [sid for s in sources if s.enabled for sid in s.point_source_ids()]
    flt = {"workspace_id": workspace_id, "source_id": enabled, "kind": KINDS}
    every = service.store.lookup(flt) if enabled else []
    out = []
    for case in cases:
        gold = gold_source(case)
        if gold is None:
            continue
        relevant = {h.id for h in every if is_relevant(h.payload, names.get(h.payload.get("source_id", ""), ""), gold)}
        q = retrieval_query(case["message"])
        dense = service.embedder.embed([q])[0].tolist()
        sparse = service.sparse.encode_query(q, "en")
        cr = CaseRanks(case["id"], case["expect"].get("language", "?"), case["expect"].get("kind", "?"), len(relevant))
        for mode in modes:
            hits = service.store.query(dense, sparse, flt, limit=DEPTH, mode=mode)
            cr.ranks[mode] = [i for i, h in enumerate(hits, 1) if h.id in relevant]
        out.append(cr)
        if progress:
            progress(1)
    return out


def summarize_retrieval(ranked: list[CaseRanks]) -> dict[str, Any]:
    """Mean hit@5, MRR and nDCG@10 per mode, overall and per language (cases whose gold is missing from the
    store are counted apart, not scored)."""
    scored = [c for c in ranked if c.relevant]

    def agg(items: list[CaseRanks]) -> dict[str, dict[str, float]]:
        res = {}
        for mode in MODES:
            ms = [_metrics(c.ranks[mode], c.relevant) for c in items if mode in c.ranks]
            if ms:
                res[mode] = {k: round(sum(m[k] for m in ms) / len(ms), 4) for k in ms[0]}
        return res

    by_lang: dict[str, list[CaseRanks]] = {}
    for c in scored:
        by_lang.setdefault(c.language, []).append(c)
    return {"cases": len(scored), "gold_missing": [c.id for c in ranked if not c.relevant],
            "overall": agg(scored),
            "by_language": {k: {"cases": len(v), **agg(v)} for k, v in sorted(by_lang.items())}}


def hybrid_shortfalls(summary: dict[str, Any], metric: str = "ndcg@10") -> list[str]:
    """Languages where hybrid scores below the better of dense and BM25 on ``metric``."""
    out = []
    for lang, row in summary["by_language"].items():
        if all(m in row for m in MODES):
            best = max(row["dense"][metric], row["sparse"][metric])
            if row["hybrid"][metric] + 1e-9 < best:
                out.append(f"{lang}: hybrid {row['hybrid'][metric]:.3f} < {best:.3f}")
    return out


def ablation_markdown(summary: dict[str, Any]) -> str:
    """The per-language ablation as a Markdown table."""
    lines = ["| language | cases | mode | hit@5 | MRR | nDCG@10 |", "|---|---:|---|---:|---:|---:|"]
    rows = list(summary["by_language"].items()) + [("all", {"cases": summary["cases"], **summary["overall"]})]
    for lang, row in rows:
        for mode in MODES:
            if mode in row:
                m = row[mode]
                lines.append(f"| {lang} | {row['cases']} | {MODE_NAMES[mode]} | {m['hit@5']:.3f} | {m['mrr']:.3f} "
                             f"| {m['ndcg@10']:.3f} |")
    return "\n".join(lines)


__all__ = ["gold_source", "is_relevant", "retrieval_query", "rank_cases", "summarize_retrieval",
           "hybrid_shortfalls", "ablation_markdown", "MODES", "CaseRanks"]
