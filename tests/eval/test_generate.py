"""`eval generate`: a store's own set from what it loaded, with gold answers that match the store's data."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eval.generate import generate_from_store_dir, read_store
from eval.report import write_block
from eval.retrieval import gold_source, is_relevant
from eval.runner import load_cases, load_secrets
from rag_agent.embed import HashEmbedder
from rag_agent.errors import InputError

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "rag_agent" / "demo"
LANGS = {"en", "es", "pt", "tr", "id", "ru"}


@pytest.fixture(scope="module")
def demo_set(tmp_path_factory):
    out = tmp_path_factory.mktemp("set")
    data = tmp_path_factory.mktemp("data")
    info = generate_from_store_dir(DEMO, out, embedder=HashEmbedder(), data_dir=data)
    return out, info, data


def _catalog() -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    for r in csv.DictReader(open(DEMO / "products.csv", encoding="utf-8")):
        rows.setdefault(r["Handle"], []).append(r)
    return rows


def test_size_languages_and_kinds(demo_set):
    out, info, _ = demo_set
    cases = load_cases(out)
    assert len(cases) == info["cases"] >= 200
    assert {c["expect"]["language"] for c in cases} == LANGS
    kinds = {c["expect"]["kind"] for c in cases}
    assert {"product_price", "product_sizes", "product_colors", "product_stock", "product_link", "policy_shipping",
            "policy_returns", "promo", "store_info", "smalltalk", "handoff", "out_of_scope", "injection",
            "order_status", "order_lookup_denied"} <= kinds
    assert len({c["id"] for c in cases}) == len(cases)
    assert sorted(p.name for p in (out / "store").iterdir()) == ["faq.md", "orders.jsonl", "policies.md",
                                                                  "products.csv"]
    assert "ana@example.com" in load_secrets(out)


def test_gold_answers_are_the_catalogs_values(demo_set):
    cases, catalog = load_cases(demo_set[0]), _catalog()
    checked = 0
    for c in cases:
        e = c["expect"]
        if e["kind"] == "product_price":
            prices = {float(r["Variant Price"]) for r in catalog[e["source"]["handle"]]}
            assert {float(x) for x in e["any_of"] + e["all_of"]} == {min(prices), max(prices)} or \
                [float(x) for x in e["any_of"]] == [min(prices)]
            checked += 1
        elif e["kind"] == "product_sizes":
            rows = catalog[e["source"]["handle"]]
            assert set(e["all_of"]) == {r["Option1 Value"] for r in rows}
            checked += 1
        elif e["kind"] == "product_stock" and e["none_of"]:
            qty = sum(int(r["Variant Inventory Qty"] or 0) for r in catalog[e["source"]["handle"]])
            assert str(qty) == e["any_of"][0] and qty > 0
            checked += 1
        elif e["kind"] == "product_link":
            assert e["any_of"] == [e["source"]["handle"]]
    assert checked >= 40


def test_policy_gold_comes_from_the_store_text(demo_set):
    policies = " ".join((DEMO / "policies.md").read_text(encoding="utf-8").split())
    topics = [c for c in load_cases(demo_set[0]) if c["expect"]["kind"] in ("promo", "store_info")
              or (c["expect"].get("source") or {}).get("file") == "policies.md"]
    assert topics
    for c in topics:
        src = c["expect"]["source"]
        assert src["text"] in policies
        for value in c["expect"]["any_of"] + c["expect"]["all_of"]:
            assert value in src["text"]
    assert any(c["expect"]["any_of"] == ["TRAIL15"] for c in topics)


def test_every_gold_source_is_in_the_store(demo_set):
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=demo_set[2]), embedder=HashEmbedder())
    try:
        names = {sid: s.name for s in svc.state.list_sources("default") for sid in s.point_source_ids()}
        points = svc.store.lookup({"workspace_id": "default"})
        for c in load_cases(demo_set[0]):
            gold = gold_source(c)
            if gold:
                assert any(is_relevant(h.payload, names.get(h.payload.get("source_id"), ""), gold) for h in points), c
    finally:
        svc.close()


def test_same_seed_same_set(tmp_path, demo_set):
    generate_from_store_dir(DEMO, tmp_path / "again", embedder=HashEmbedder())
    assert (tmp_path / "again" / "questions.jsonl").read_text() == (demo_set[0] / "questions.jsonl").read_text()
    generate_from_store_dir(DEMO, tmp_path / "other", embedder=HashEmbedder(), seed=99)
    assert (tmp_path / "other" / "questions.jsonl").read_text() != (demo_set[0] / "questions.jsonl").read_text()


def test_empty_store_is_a_clear_error(tmp_path):
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    svc = Service(Settings(data_dir=tmp_path), embedder=HashEmbedder())
    svc.ensure_workspace("default", "empty")
    with pytest.raises(InputError, match="no products or texts"):
        read_store(svc, "default")
    svc.close()


def test_readme_block_is_replaced_not_duplicated(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Project\n\nintro\n", encoding="utf-8")
    write_block(readme, "run:x", "first table")
    write_block(readme, "run:x", "second table")
    write_block(readme, "run:y", "other set")
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Project\n\nintro\n")
    assert text.count("<!-- eval:run:x:start -->") == 1 and "second table" in text and "first table" not in text
    assert "other set" in text and text.count("## Evaluation results") == 1
    json.dumps(text)
