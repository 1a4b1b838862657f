"""Reports of an evaluation run as text and Markdown, and writing a Markdown block into a README."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from eval.templates import LANGS


def _pct(r: dict[str, Any]) -> str:
    return f"{r['rate']:.0%} ({r['passed']}/{r['total']})"


def _ms(v: float | None) -> str:
    return "-" if v is None else f"{v:.0f} ms" if v >= 10 else f"{v:.1f} ms"


def text_report(summary: dict[str, Any]) -> str:
    """The summary of a run for a terminal."""
    o = summary["overall"]
    lines = [f"pass rate: {o['rate']:.1%} ({o['passed']}/{o['total']})"]
    for k, v in summary["by_kind"].items():
        lines.append(f"  {k:<22} {_pct(v)}")
    lines.append("by language: " + ", ".join(f"{k} {v['rate']:.0%}" for k, v in summary["by_language"].items()))
    if summary.get("checks"):
        lines.append("checks: " + ", ".join(f"{k} {v['rate']:.0%} ({v['passed']}/{v['total']})"
                                            for k, v in summary["checks"].items()))
    lat = summary.get("latency_ms") or {}
    if lat.get("p50") is not None:
        lines.append(f"latency: p50 {_ms(lat['p50'])}, p95 {_ms(lat['p95'])}")
    return "\n".join(lines)


def kind_language_table(scores: list[Any]) -> str:
    """Pass rate per kind (rows) and language (columns), as Markdown."""
    langs = [lg for lg in LANGS if any(s.language == lg for s in scores)] + \
        sorted({s.language for s in scores} - set(LANGS))
    cells: dict[tuple[str, str], list[bool]] = {}
    for s in scores:
        cells.setdefault((s.kind, s.language), []).append(s.passed)
        cells.setdefault((s.kind, "all"), []).append(s.passed)
        cells.setdefault(("all", s.language), []).append(s.passed)
        cells.setdefault(("all", "all"), []).append(s.passed)

    def cell(k: str, lg: str) -> str:
        v = cells.get((k, lg))
        return f"{sum(v)}/{len(v)}" if v else "–"

    kinds = sorted({s.kind for s in scores})
    lines = ["| kind | " + " | ".join(langs) + " | all |", "|---|" + "---:|" * (len(langs) + 1)]
    for k in kinds + ["all"]:
        name = "**all**" if k == "all" else k
        lines.append(f"| {name} | " + " | ".join(cell(k, lg) for lg in langs) + f" | {cell(k, 'all')} |")
    return "\n".join(lines)


def run_markdown(summary: dict[str, Any], scores: list[Any], set_name: str, mode: str) -> str:
    """A run's results as Markdown: the headline, the kind × language table, checks and latency."""
    o, lat = summary["overall"], summary.get("latency_ms") or {}
    checks = ", ".join(f"{k} {v['rate']:.0%}" for k, v in (summary.get("checks") or {}).items())
    return "\n".join([
        f"Set **{set_name}**, run {mode} on {time.strftime('%Y-%m-%d')}: pass rate **{o['rate']:.1%}** "
        f"({o['passed']}/{o['total']}); latency p50 {_ms(lat.get('p50'))}, p95 {_ms(lat.get('p95'))}.",
        "", kind_language_table(scores), "", f"Checks: {checks}."])


def write_block(readme: Path, key: str, body: str, heading: str = "## Evaluation results") -> None:
    """Put ``body`` between ``<!-- eval:KEY:start -->`` and ``<!-- eval:KEY:end -->`` in the README, replacing
    what was there; when the markers are missing, append them (under ``heading`` if it is missing too)."""
    readme = Path(readme)
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    start, end = f"<!-- eval:{key}:start -->", f"<!-- eval:{key}:end -->"
    block = f"{start}\n{body.strip()}\n{end}"
    if start in text and end in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        if heading not in text:
            text = text.rstrip("\n") + f"\n\n{heading}\n"
        text = text.rstrip("\n") + f"\n\n{block}\n"
    readme.write_text(text, encoding="utf-8")


__all__ = ["text_report", "kind_language_table", "run_markdown", "write_block"]
