"""`rag-agent eval …`: run a set (in-process or over HTTP), retrieval ablation, generate a store's own set,
language-detection report. Thin: parse, call eval's library, print; exit 0 / 1 (error or gate) / 2 (usage)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import click

from rag_agent.errors import RagAgentError

CONTEXT = {"help_option_names": ["-h", "--help"]}


@contextmanager
def _bar(label: str, total: int | None = None) -> Iterator[Any]:
    from tqdm import tqdm

    with tqdm(total=total, desc=label, unit="item", file=sys.stderr, disable=not sys.stderr.isatty() and
              os.environ.get("RAG_PROGRESS") != "1") as bar:
        yield bar.update


def _fail(exc: Exception) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(1)


def _limit_default() -> int | None:
    raw = os.environ.get("RAG_EVAL_LIMIT")
    return int(raw) if raw and raw.isdigit() and int(raw) > 0 else None


@click.group("eval", context_settings=CONTEXT)
def eval_() -> None:
    """Evaluate answer quality on an evaluation set."""


@eval_.command("run", context_settings=CONTEXT)
@click.argument("set_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="answers file to write (JSONL)")
@click.option("--url", help="answer through a running server instead of in-process")
@click.option("--api-key", envvar="RAG_API_KEY", help="workspace API key for --url")
@click.option("--upload-store", is_flag=True, help="with --url: first load SET_DIR/store into the server's workspace")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              help="data directory for the in-process run (default: a fresh temporary one)")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="answer at most N cases, spread over kinds and languages (default: all, or RAG_EVAL_LIMIT)")
@click.option("--min-pass", type=click.FloatRange(0, 1), default=None,
              help="gate: exit 1 when the pass rate is below this fraction (e.g. 0.90)")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON")
@click.option("--markdown", is_flag=True, help="print the results as Markdown tables")
@click.option("--readme", type=click.Path(dir_okay=False, path_type=Path),
              help="write the Markdown results between this README's eval markers for the set")
@click.option("--show-failures", is_flag=True, help="list failed cases")
def eval_run(set_dir: Path, out: Path | None, url: str | None, api_key: str | None, upload_store: bool,
             data_dir: Path | None, limit: int | None, min_pass: float | None, as_json: bool, markdown: bool,
             readme: Path | None, show_failures: bool) -> None:
    """Load SET_DIR/store into a fresh data directory, answer SET_DIR/questions.jsonl, score."""
    from eval.report import run_markdown, text_report, write_block
    from eval.runner import (answer_in_process, answer_over_http, load_cases, load_secrets, run, select_cases,
                             store_files, summarize, upload_store as upload)

    if upload_store and not url:
        raise click.UsageError("--upload-store needs --url")
    svc = None
    try:
        cases = select_cases(load_cases(set_dir), limit or _limit_default())
        if url:
            from rag_agent.cli_base import api_key_for

            api_key = api_key_for(url, api_key)
            if upload_store:
                with _bar("uploading store", len(store_files(set_dir))) as bar:
                    upload(url, api_key or "", set_dir, bar)
            ask_fn = answer_over_http(url, api_key or "")
        else:
            with _bar("loading store") as bar:
                ask_fn = answer_in_process(set_dir, data_dir or Path(tempfile.mkdtemp(prefix="rag-eval-")), bar)
            svc = ask_fn.service  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        with _bar("answering", len(cases)) as bar:
            answers, scores = run(cases, ask_fn, out, bar, load_secrets(set_dir))
    except RagAgentError as exc:
        _fail(exc)
    finally:
        if svc is not None:
            svc.close()
    summary = summarize(scores)
    summary["wall_s"] = round(time.perf_counter() - t0, 2)
    summary["set"] = set_dir.resolve().name
    mode = f"over HTTP ({url})" if url else "in-process"
    md = run_markdown(summary, scores, summary["set"], "over HTTP" if url else "in-process")
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    elif markdown:
        click.echo(md)
    else:
        click.echo(text_report(summary) + f"\n{len(scores)} cases {mode} in {summary['wall_s']}s")
    if readme:
        write_block(readme, f"run:{summary['set']}", md)
    if show_failures:
        by_id = {a["id"]: a for a in answers}
        for s in scores:
            if not s.passed:
                click.echo(f"FAIL {s.id} [{s.kind}/{s.language}]: {'; '.join(s.failures)} | {by_id[s.id]['reply']}",
                           err=True)
    if min_pass is not None and summary["overall"]["rate"] < min_pass:
        click.echo(f"gate: pass rate {summary['overall']['rate']:.1%} is below --min-pass {min_pass:.1%}", err=True)
        sys.exit(1)


@eval_.command("retrieval", context_settings=CONTEXT)
@click.argument("set_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              help="data directory to load the set's store into (default: a fresh temporary one)")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="rank at most N gold-sourced cases")
@click.option("--json", "as_json", is_flag=True, help="print the metrics as JSON")
@click.option("--readme", type=click.Path(dir_okay=False, path_type=Path),
              help="write the ablation table between this README's eval markers for the set")
def eval_retrieval(set_dir: Path, data_dir: Path | None, limit: int | None, as_json: bool,
                   readme: Path | None) -> None:
    """Retrieval ablation (dense only / BM25 only / hybrid): hit@5, MRR, nDCG@10 per language, for the cases of
    SET_DIR that name their gold source (expect.source)."""
    from eval.report import write_block
    from eval.retrieval import ablation_markdown, gold_source, hybrid_shortfalls, rank_cases, summarize_retrieval
    from eval.runner import answer_in_process, load_cases, select_cases

    svc = None
    try:
        cases = select_cases([c for c in load_cases(set_dir) if gold_source(c)], limit or _limit_default())
        if not cases:
            raise RagAgentError(f"no case of {set_dir} names its gold source (expect.source); "
                                "sets made by `rag-agent eval generate` do")
        with _bar("loading store") as bar:
            svc = answer_in_process(set_dir, data_dir or Path(tempfile.mkdtemp(prefix="rag-eval-")), bar).service
        with _bar("ranking", len(cases)) as bar:
            summary = summarize_retrieval(rank_cases(svc, "eval", cases, bar))
    except RagAgentError as exc:
        _fail(exc)
    finally:
        if svc is not None:
            svc.close()
    short = hybrid_shortfalls(summary)
    summary["hybrid_below_best"] = short
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        click.echo(ablation_markdown(summary))
        if summary["gold_missing"]:
            click.echo(f"gold source not in the store for: {', '.join(summary['gold_missing'])}", err=True)
        click.echo("hybrid >= max(dense, BM25) on nDCG@10 in every language" if not short else
                   "hybrid below the better single mode: " + "; ".join(short))
    if readme:
        name = set_dir.resolve().name
        write_block(readme, f"retrieval:{name}", f"Retrieval ablation on **{name}** ({summary['cases']} cases with "
                    f"a gold source), {time.strftime('%Y-%m-%d')}:\n\n" + ablation_markdown(summary))


@eval_.command("generate", context_settings=CONTEXT)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="set folder to write (questions.jsonl, store/, README.md)")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="data directory holding the loaded store (default: RAG_DATA_DIR)")
@click.option("--workspace", default="default", show_default=True, help="workspace of the store")
@click.option("--orders", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="the store's orders (FORMAT.md orders.jsonl) for order-status and lookup-denied cases")
@click.option("--seed", default=7, show_default=True, help="random seed (same store and seed, same set)")
@click.option("--per-kind", default=3, show_default=True, type=click.IntRange(1, 50),
              help="product questions of each kind per language")
def eval_generate(out: Path, data_dir: Path | None, workspace: str, orders: Path | None, seed: int,
                  per_kind: int) -> None:
    """Build an evaluation set from the store already loaded: products, policies, six languages."""
    from eval.generate import generate_cases, read_orders, read_store, write_set
    from rag_agent.service import Service
    from rag_agent.settings import get_settings

    settings = get_settings()
    if data_dir:
        settings = settings.model_copy(update={"data_dir": data_dir})
    if (out / "questions.jsonl").exists():
        raise click.UsageError(f"{out} already holds a set; choose another --out")
    svc = None
    try:
        svc = Service(settings)
        view = read_store(svc, workspace)
        cases = generate_cases(view, read_orders(orders) if orders else None, seed=seed, per_kind=per_kind)
        info = write_set(out, cases, view, orders, origin=f"workspace {workspace!r} of {settings.data_dir}")
    except RagAgentError as exc:
        _fail(exc)
    finally:
        if svc is not None:
            svc.close()
    click.echo(f"wrote {info['cases']} cases to {out / 'questions.jsonl'} (store: {', '.join(info['store_files'])})")
    click.echo("by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(info["by_kind"].items())))
    click.echo(f"run it: rag-agent eval run {out}")


@eval_.command("langid", context_settings=CONTEXT)
@click.option("--data", "data", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="lingua test data folder (default: ../shared/data/lingua_langid_testdata)")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="samples per language and category")
@click.option("--json", "as_json", is_flag=True, help="print the report as JSON")
def eval_langid(data: Path | None, limit: int | None, as_json: bool) -> None:
    """Language detection accuracy per language for sentences, word pairs and single words, and the
    confusion matrix, with the engine's detector."""
    from eval.langid import default_testdata, evaluate, load_samples, markdown

    try:
        samples = load_samples(data or default_testdata(), limit or _limit_default())
        with _bar("detecting", sum(len(v) for c in samples.values() for v in c.values())) as bar:
            report = evaluate(samples, bar)
    except RagAgentError as exc:
        _fail(exc)
    click.echo(json.dumps(report, indent=2) if as_json else markdown(report))


__all__ = ["eval_"]
