"""`rag-agent eval run`: the gate (--min-pass), Markdown/README output, usage errors; `eval langid`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rag_agent.cli import cli

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tiny_set(tmp_path_factory):
    """Three cases on the demo store; the third asks for a value the store does not have, so it fails."""
    out = tmp_path_factory.mktemp("tiny")
    shutil.copytree(REPO / "rag_agent" / "demo", out / "store")
    cases = [
        {"id": "p1", "message": "How much is the Compact Camp Stove?",
         "expect": {"kind": "product_price", "language": "en", "any_of": ["49"], "handoff": False}},
        {"id": "h1", "message": "I want to talk to a real person.",
         "expect": {"kind": "handoff", "language": "en", "handoff": True}},
        {"id": "x1", "message": "How much is the Compact Camp Stove?",
         "expect": {"kind": "product_price", "language": "en", "any_of": ["12345.67"], "handoff": False}},
    ]
    (out / "questions.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    return out


@pytest.mark.slow
def test_gate_exits_1_below_the_bar_and_0_above(tiny_set, tmp_path):
    runner = CliRunner()
    below = runner.invoke(cli, ["eval", "run", str(tiny_set), "--min-pass", "0.90", "--json"])
    assert below.exit_code == 1, below.output
    summary = json.loads(below.stdout[: below.stdout.rindex("}") + 1])
    assert summary["overall"] == {"passed": 2, "total": 3, "rate": 0.6667}
    assert "below --min-pass" in below.stderr
    readme = tmp_path / "README.md"
    readme.write_text("# x\n", encoding="utf-8")
    above = runner.invoke(cli, ["eval", "run", str(tiny_set), "--min-pass", "0.6", "--markdown",
                                "--readme", str(readme)])
    assert above.exit_code == 0, above.output
    assert "pass rate **66.7%** (2/3)" in above.stdout
    text = readme.read_text(encoding="utf-8")
    assert f"<!-- eval:run:{tiny_set.name}:start -->" in text and "| product_price |" in text


def test_usage_errors_exit_2(tiny_set):
    runner = CliRunner()
    assert runner.invoke(cli, ["eval", "run", str(tiny_set), "--upload-store"]).exit_code == 2
    assert runner.invoke(cli, ["eval", "run", str(tiny_set), "--min-pass", "1.5"]).exit_code == 2


def test_a_set_without_questions_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(cli, ["eval", "run", str(tmp_path)])
    assert res.exit_code == 1 and "no questions.jsonl" in res.stderr


def test_langid_report_on_a_slice():
    res = CliRunner().invoke(cli, ["eval", "langid", "--limit", "15", "--json"])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.stdout)
    assert set(rep["categories"]) == {"sentences", "word-pairs", "single-words"}
    for cat in rep["categories"].values():
        assert cat["samples"] == 15 * 6
        assert all(sum(row.values()) == 15 for row in cat["confusion"].values())
    # whole sentences are easy for every first-class language; single words are not
    assert min(rep["categories"]["sentences"]["accuracy"].values()) >= 0.8
    assert rep["categories"]["sentences"]["mean"] >= rep["categories"]["single-words"]["mean"]
