"""The `rag-agent` command: serve, import, sources, ask, eval. Thin: parse, call the library, print."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

import click

from rag_agent.errors import RagAgentError

DEFAULT_WS = "default"
CONTEXT = {"help_option_names": ["-h", "--help"]}


def _settings():
    from rag_agent.settings import get_settings

    return get_settings()


def _service():
    from rag_agent.service import Service

    return Service(_settings())


def _key_file(settings) -> Path:
    return settings.data_dir / "api-key"


def _ensure_default(svc) -> None:
    ws, key = svc.ensure_workspace(DEFAULT_WS, "My store")
    if key:
        path = _key_file(svc.settings)
        path.write_text(key + "\n")
        os.chmod(path, 0o600)


@contextmanager
def _bar(label: str, total: int | None = None) -> Iterator[Any]:
    from tqdm import tqdm

    with tqdm(total=total, desc=label, unit="item", file=sys.stderr, disable=not sys.stderr.isatty() and
              os.environ.get("RAG_PROGRESS") != "1") as bar:
        yield bar.update


def _fail(exc: Exception) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(1)


@click.group(context_settings=CONTEXT)
@click.option("-v", "--verbose", is_flag=True, help="log progress details to stderr")
def cli(verbose: bool) -> None:
    """rag-agent: a self-hosted AI agent for an online store's customers."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def demo_dir() -> Path:
    return Path(str(resources.files("rag_agent") / "demo"))


@cli.command(context_settings=CONTEXT)
@click.option("--demo", is_flag=True, help="load the demo store shipped with the package first")
@click.option("--host", default=None, help="address to listen on (default 127.0.0.1 or RAG_HOST)")
@click.option("--port", default=None, type=int, help="port (default 8000 or RAG_PORT)")
def serve(demo: bool, host: str | None, port: int | None) -> None:
    """Start the HTTP API on the data directory (RAG_DATA_DIR)."""
    import uvicorn

    from rag_agent.api import create_app

    try:
        svc = _service()
        _ensure_default(svc)
        if demo:
            with _bar("loading demo store") as bar:
                svc.load_store_dir(DEFAULT_WS, demo_dir(), bar)
    except RagAgentError as exc:
        _fail(exc)
    import threading

    from ingestion.sandbox import warm_up

    threading.Thread(target=warm_up, name="reader-warm-up", daemon=True).start()  # the first upload waits less
    # every workspace's catalog and knowledge units loaded before the first customer asks
    threading.Thread(target=svc.warm, name="answers-warm-up", daemon=True).start()
    s = svc.settings
    host, port = host or s.host, port or s.port
    app = create_app(svc)
    if demo:
        from rag_agent.conversations.api import conversations_for
        from rag_agent.firstrun import prepare_demo

        try:
            prepare_demo(svc, conversations_for(app), app.state.console, DEFAULT_WS,
                         [f"http://{host}:{port}", f"http://localhost:{port}", f"http://127.0.0.1:{port}"])
        except RagAgentError as exc:
            _fail(exc)
    click.echo(f"rag-agent serving {s.data_dir} on http://{host}:{port}  (docs: http://{host}:{port}/docs)")
    click.echo(f"console: open http://{host}:{port}/ and sign in with the workspace API key in {_key_file(s)}")
    click.echo(f"try: curl -s http://{host}:{port}/v1/answer -H \"Authorization: Bearer $(cat {_key_file(s)})\" "
               "-H 'Content-Type: application/json' -d '{\"message\": \"How much is the Trail Runner Jacket?\"}'")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.group("import", context_settings=CONTEXT)
def import_() -> None:
    """Import a catalog export."""


def _import_catalog(path: Path, expected: str) -> None:
    from connectors.csv_import import detect_format

    svc = _service()
    try:
        _ensure_default(svc)
        data = path.read_bytes()
        import csv
        import io

        header = next(csv.reader(io.StringIO(data.decode("utf-8-sig", "replace"))), [])
        fmt = detect_format(header)
        if fmt != expected:
            raise RagAgentError(f"{path.name} looks like a {fmt} export, not {expected}")
        existing = svc.state.find_source_by_name(DEFAULT_WS, path.name)
        with _bar(f"importing {path.name}") as bar:
            rep = svc.add_catalog(DEFAULT_WS, data, path.name, existing.id if existing else None, bar)
    except RagAgentError as exc:
        _fail(exc)
    finally:
        svc.close()
    st = rep.stats
    if rep.status == "unchanged":
        click.echo(f"{rep.source.id}: {rep.source.items} products; {path.name} is identical to the imported copy, "
                   "nothing changed")
        return
    click.echo(f"{rep.source.id}: {rep.source.items} products ({st.added} added, {st.updated} updated, "
               f"{st.unchanged} unchanged, {st.deleted} deleted) in {st.seconds:.1f}s")
    for e in rep.errors:
        click.echo(f"line {e['line']}: {e['message']}", err=True)


@import_.command("shopify-csv", context_settings=CONTEXT)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_shopify(file: Path) -> None:
    """Import Shopify's product CSV export."""
    _import_catalog(file, "shopify")


@import_.command("woocommerce-csv", context_settings=CONTEXT)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_woo(file: Path) -> None:
    """Import WooCommerce's product CSV export."""
    _import_catalog(file, "woocommerce")


@cli.group(context_settings=CONTEXT)
def sources() -> None:
    """List, add, disable, enable and remove knowledge sources."""


@sources.command("list", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True)
def sources_list(as_json: bool) -> None:
    """List the sources of the workspace."""
    svc = _service()
    try:
        _ensure_default(svc)
        items = [s.public() for s in svc.state.list_sources(DEFAULT_WS)]
    finally:
        svc.close()
    if as_json:
        click.echo(json.dumps(items, indent=2))
        return
    for s in items:
        state = "enabled" if s["enabled"] else "disabled"
        click.echo(f"{s['id']}  {s['kind']:<8} {state:<8} {s['items']:>6} items  {s['name']}")


@sources.command("add", context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def sources_add(files: tuple[Path, ...]) -> None:
    """Add knowledge files (PDF, DOCX, HTML, MD, TXT, CSV, XLSX), catalogs or orders.jsonl."""
    svc = _service()
    failed = False
    try:
        _ensure_default(svc)
        for f in files:
            try:
                with _bar(f"adding {f.name}") as bar:
                    rep = svc.add_source_file(DEFAULT_WS, f, bar)
                click.echo(f"{rep.source.id}: {f.name} ({rep.source.kind}, {rep.source.items} items)")
            except RagAgentError as exc:
                click.echo(f"error: {f.name}: {exc}", err=True)
                failed = True
    finally:
        svc.close()
    sys.exit(1 if failed else 0)


def _source_op(source_id: str, op: str) -> None:
    svc = _service()
    try:
        if op == "rm":
            svc.delete_source(DEFAULT_WS, source_id)
            click.echo(f"removed {source_id}")
        else:
            s = svc.set_enabled(DEFAULT_WS, source_id, op == "enable")
            click.echo(f"{s.id}: {'enabled' if s.enabled else 'disabled'}")
    except RagAgentError as exc:
        _fail(exc)
    finally:
        svc.close()


@sources.command("rm", context_settings=CONTEXT)
@click.argument("source_id")
def sources_rm(source_id: str) -> None:
    """Delete a source and everything indexed from it."""
    _source_op(source_id, "rm")


@sources.command("disable", context_settings=CONTEXT)
@click.argument("source_id")
def sources_disable(source_id: str) -> None:
    """Keep a source but stop using it in answers."""
    _source_op(source_id, "disable")


@sources.command("enable", context_settings=CONTEXT)
@click.argument("source_id")
def sources_enable(source_id: str) -> None:
    """Use a disabled source again."""
    _source_op(source_id, "enable")


@cli.command(context_settings=CONTEXT)
@click.argument("message")
@click.option("--json", "as_json", is_flag=True, help="print the whole answer as JSON")
@click.option("--tone", type=click.Choice(["casual", "friendly", "professional"]))
@click.option("--reply-length", type=click.Choice(["short", "medium", "long"]))
@click.option("--language", help="reply language: auto or en, es, pt, tr, id, ru")
@click.option("--url", help="ask a running server instead of opening the data directory")
@click.option("--api-key", envvar="RAG_API_KEY", help="workspace API key for --url")
@click.option("--explain", is_flag=True, help="also print why: language, concepts, candidates with scores, decision")
def ask(message: str, as_json: bool, tone: str | None, reply_length: str | None, language: str | None,
        url: str | None, api_key: str | None, explain: bool) -> None:
    """Ask the agent one question."""
    persona = {k: v for k, v in {"tone": tone, "reply_length": reply_length, "reply_language": language}.items() if v}
    if url:
        import httpx

        r = httpx.post(url.rstrip("/") + "/v1/answer", json={"message": message, "persona": persona or None,
                                                              "explain": explain},
                       headers={"Authorization": f"Bearer {api_key or ''}"}, timeout=60)
        if r.status_code != 200:
            _fail(RagAgentError(r.json().get("detail", r.text)))
        out = r.json()
    else:
        svc = _service()
        try:
            _ensure_default(svc)
            out = svc.answer(DEFAULT_WS, message, None, persona or None, explain=explain).as_dict()
        except RagAgentError as exc:
            _fail(exc)
        finally:
            svc.close()
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        click.echo(out["reply"])
        if out.get("handoff"):
            click.echo("[handed off to a human]")
        if explain and out.get("explanation"):
            from rag_agent.engine.explain import format_explanation

            click.echo(format_explanation(out["explanation"]))


# Commands of the other rooms (each module owns its commands; one add_command line each).
from rag_agent.sync_cli import COMMANDS as _sync_commands  # noqa: E402

for _command in _sync_commands:
    cli.add_command(_command)
from eval.cli import eval_ as _eval_group  # noqa: E402

cli.add_command(_eval_group)

from rag_agent.agents.cli import agents as _agents_group  # noqa: E402

cli.add_command(_agents_group)

from rag_agent.conversations.cli import conversations as _conversations_group  # noqa: E402

cli.add_command(_conversations_group)


def main() -> None:
    """Console entry point."""
    cli()


if __name__ == "__main__":
    main()
