"""Retrieval metrics and the dense / BM25 / hybrid ablation on the demo store (real model, real Edge files)."""

from __future__ import annotations

import pytest

from eval.generate import generate_cases, read_store
from eval.retrieval import MODES, _metrics, ablation_markdown, hybrid_shortfalls, rank_cases, summarize_retrieval
from eval.runner import select_cases


def test_metrics_of_known_ranks():
    assert _metrics([1], 1) == {"hit@5": 1.0, "mrr": 1.0, "ndcg@10": 1.0}
    m = _metrics([3], 1)
    assert m["hit@5"] == 1.0 and m["mrr"] == pytest.approx(1 / 3) and m["ndcg@10"] == pytest.approx(0.5)
    assert _metrics([7], 1)["hit@5"] == 0.0
    assert _metrics([], 2) == {"hit@5": 0.0, "mrr": 0.0, "ndcg@10": 0.0}
    assert _metrics([1, 2], 2)["ndcg@10"] == pytest.approx(1.0)


def test_hybrid_shortfalls_are_reported_per_language():
    row = {"cases": 3, "dense": {"ndcg@10": 0.9}, "sparse": {"ndcg@10": 0.5}, "hybrid": {"ndcg@10": 0.8}}
    ok = {"cases": 3, "dense": {"ndcg@10": 0.9}, "sparse": {"ndcg@10": 0.5}, "hybrid": {"ndcg@10": 0.95}}
    assert hybrid_shortfalls({"by_language": {"es": row, "en": ok}}) == ["es: hybrid 0.800 < 0.900"]


@pytest.mark.slow
def test_ablation_on_the_demo_store(demo_service):
    cases = select_cases([c for c in generate_cases(read_store(demo_service, "demo")) if c["expect"].get("source")], 72)
    ranked = rank_cases(demo_service, "demo", cases)
    assert len(ranked) == 72 and all(r.relevant >= 1 for r in ranked)
    summary = summarize_retrieval(ranked)
    assert set(summary["by_language"]) == {"en", "es", "pt", "tr", "id", "ru"}
    for mode in MODES:
        assert 0.0 <= summary["overall"][mode]["mrr"] <= summary["overall"][mode]["hit@5"] <= 1.0
    # English questions naming a product or a policy find it near the top in every mode
    en = [r for r in ranked if r.language == "en"]
    assert all(r.ranks["hybrid"] and r.ranks["hybrid"][0] <= 5 for r in en)
    table = ablation_markdown(summary)
    assert table.count("hybrid (RRF)") == 7  # six languages and all
