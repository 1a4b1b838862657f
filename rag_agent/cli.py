"""The `rag-agent` command: serve, import, sources, ask, and the other rooms' commands. Thin: parse, call the
library, print.

Start-up is kept small: this module imports click and :mod:`rag_agent.cli_base` only; each room's commands
(`sync`, `agents`, `conversations`, `eval`...) are imported when they are run (:class:`LazyGroup`), and the
service, torch and the embedding model only by the commands that need them. On a data directory that a
running server holds, commands go through that server (see :mod:`rag_agent.cli_base`).
"""

from __future__ import annotations

import json
import logging
import sys
from importlib import import_module
from pathlib import Path

import click

from rag_agent import cli_base as base
from rag_agent.cli_base import demo_dir
from rag_agent.errors import RagAgentError

DEFAULT_WS = base.DEFAULT_WS
CONTEXT = base.CONTEXT

#: Commands of the other rooms, imported when run: name -> "module:attribute" (one line each).
LAZY_COMMANDS = {
    "connect": "rag_agent.sync_cli:connect",
    "connections": "rag_agent.sync_cli:connections",
    "sync": "rag_agent.sync_cli:sync",
    "eval": "eval.cli:eval_",
    "agents": "rag_agent.agents.cli:agents",
    "conversations": "rag_agent.conversations.cli:conversations",
}


class LazyGroup(click.Group):
    """A click group whose commands named in :data:`LAZY_COMMANDS` are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            module, attr = LAZY_COMMANDS[cmd_name].split(":")
            self.add_command(getattr(import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings=CONTEXT)
@click.option("-v", "--verbose", is_flag=True, help="log progress details to stderr")
def cli(verbose: bool) -> None:
    """rag-agent: a self-hosted AI agent for an online store's customers."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@cli.command(context_settings=CONTEXT)
@click.option("--demo", is_flag=True, help="load the demo store shipped with the package first")
@click.option("--host", default=None, help="address to listen on (default 127.0.0.1 or RAG_HOST)")
@click.option("--port", default=None, type=int, help="port (default 8000 or RAG_PORT)")
@click.option("--access-log/--no-access-log", default=True, show_default=True,
              help="log one line per request to stderr (method, path, status, latency, request id)")
def serve(demo: bool, host: str | None, port: int | None, access_log: bool) -> None:
    """Start the HTTP API on the data directory (RAG_DATA_DIR)."""
    from rag_agent.serving import bind, run_server

    s = base.settings()
    host, port = host or s.host, port or s.port
    try:
        sock = bind(host, port)  # before anything else: a busy port is said at once, in one line
        base.check_not_held(s)
    except RagAgentError as exc:
        base.fail(exc)
    run_server(sock, host, port, demo, access_log)


@cli.group("import", context_settings=CONTEXT)
def import_() -> None:
    """Import a catalog export."""


def _import_catalog(path: Path, expected: str) -> None:
    import csv
    import io

    from connectors.csv_import import detect_format

    data = path.read_bytes()
    header = next(csv.reader(io.StringIO(data[:65536].decode("utf-8-sig", "replace"))), [])
    fmt = detect_format(header)
    if fmt != expected:
        base.fail(f"{path.name} looks like a {fmt} export, not {expected}")
    remote = base.remote_for(None, None)
    if remote is not None:
        with remote:
            click.echo(f"uploading {path.name} ({len(data) / 1048576:.1f} MB)", err=True)
            out = remote.call("POST", "/v1/catalog/import", ok=(200, 201), files={"file": (path.name, data)})
        _print_import(path.name, out["status"], out["source"], out["stats"], out["errors"])
        return
    try:
        svc = base.open_service()
    except RagAgentError as exc:
        base.fail(exc)
    try:
        existing = svc.state.find_source_by_name(DEFAULT_WS, path.name)
        with base.progress(f"importing {path.name}") as bar:
            rep = svc.add_catalog(DEFAULT_WS, data, path.name, existing.id if existing else None, bar)
    except RagAgentError as exc:
        base.fail(exc)
    finally:
        svc.close()
    _print_import(path.name, rep.status, rep.source.public(), rep.stats.as_dict(), rep.errors)


def _print_import(name: str, status: str, source: dict, st: dict, errors: list[dict]) -> None:
    if status == "unchanged":
        click.echo(f"{source['id']}: {source['items']} products; {name} is identical to the imported copy, "
                   "nothing changed")
        return
    click.echo(f"{source['id']}: {source['items']} products ({st['added']} added, {st['updated']} updated, "
               f"{st['unchanged']} unchanged, {st['deleted']} deleted) in {st['seconds']:.1f}s")
    for e in errors:
        click.echo(f"line {e['line']}: {e['message']}", err=True)


@import_.command("shopify-csv", context_settings=CONTEXT)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_shopify(file: Path) -> None:
    """Import Shopify's product CSV export (a file of the same name again replaces its source)."""
    _import_catalog(file, "shopify")


@import_.command("woocommerce-csv", context_settings=CONTEXT)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_woo(file: Path) -> None:
    """Import WooCommerce's product CSV export (a file of the same name again replaces its source)."""
    _import_catalog(file, "woocommerce")


@cli.group(context_settings=CONTEXT)
def sources() -> None:
    """List, add, disable, enable and remove knowledge sources."""


def _local_state():
    """The state database alone (no vector store, no model): enough to list sources."""
    from rag_agent.db import open_database
    from rag_agent.state import State

    s = base.settings()
    try:
        state = State(open_database(s))  # makes the data directory private before anything is created in it
    except RagAgentError as exc:
        base.fail(exc)
    base.ensure_default_key(state, s)
    return state


def _list_local() -> list[dict]:
    """The sources, from the state database alone; when a killed import left work half done, the service is
    opened instead, which finishes or undoes it first (the vector store, never the model). A data directory
    without a state database has no sources: listing them creates nothing (and loads no database driver)."""
    s = base.settings()
    if not s.database_url and not s.conversations.database_url and not (s.data_dir / "state.sqlite3").exists():
        return []
    state = _local_state()
    try:
        if not state.pending_writes():
            return [s.public() for s in state.list_sources(DEFAULT_WS)]
    finally:
        state.db.close()
    svc = base.open_service()
    try:
        return [s.public() for s in svc.state.list_sources(DEFAULT_WS)]
    finally:
        svc.close()


@sources.command("list", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True)
def sources_list(as_json: bool) -> None:
    """List the sources of the workspace."""
    remote = base.remote_for(None, None)
    if remote is not None:
        with remote:
            items = remote.call("GET", "/v1/sources")
    else:
        try:
            items = _list_local()
        except RagAgentError as exc:
            base.fail(exc)
    if as_json:
        click.echo(json.dumps(items, indent=2))
        return
    if not items:
        click.echo("no sources yet: rag-agent sources add FILE... or rag-agent import shopify-csv FILE")
    for s in items:
        state = "enabled" if s["enabled"] else "disabled"
        click.echo(f"{s['id']}  {s['kind']:<8} {state:<8} {s['items']:>6} items  {s['name']}")


def _added_line(name: str, status: str, source: dict) -> str:
    if status == "unchanged":
        return f"{source['id']}: {name} is identical to the stored copy; nothing changed"
    verb = "replaced" if status == "replaced" else "added"
    return f"{source['id']}: {name} {verb} ({source['kind']}, {source['items']} items)"


@sources.command("add", context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def sources_add(files: tuple[Path, ...]) -> None:
    """Add knowledge files (PDF, DOCX, HTML, MD, TXT, CSV, XLSX), catalogs or orders.jsonl; a file whose name a
    source already has replaces that source."""
    failed = False
    remote = base.remote_for(None, None)
    if remote is not None:
        with remote:
            for f in files:
                click.echo(f"uploading {f.name}", err=True)
                r = remote.http.post("/v1/sources", files={"file": (f.name, f.read_bytes())})
                body = r.json() if r.content else {}
                if r.status_code in (200, 201):
                    click.echo(_added_line(f.name, body["status"], body["source"]))
                else:
                    click.echo(f"error: {f.name}: {body.get('detail', r.text[:200])}", err=True)
                    failed = True
        sys.exit(1 if failed else 0)
    try:
        svc = base.open_service()
    except RagAgentError as exc:
        base.fail(exc)
    try:
        for f in files:
            try:
                with base.progress(f"adding {f.name}") as bar:
                    rep = svc.add_source_file(DEFAULT_WS, f, bar)
                click.echo(_added_line(f.name, rep.status, rep.source.public()))
            except RagAgentError as exc:
                click.echo(f"error: {f.name}: {exc}", err=True)
                failed = True
    finally:
        svc.close()
    sys.exit(1 if failed else 0)


def _source_op(source_id: str, op: str) -> None:
    remote = base.remote_for(None, None)
    if remote is not None:
        with remote:
            if op == "rm":
                remote.call("DELETE", f"/v1/sources/{source_id}", ok=(204,))
                click.echo(f"removed {source_id}")
            else:
                s = remote.call("POST", f"/v1/sources/{source_id}/{op}")
                click.echo(f"{s['id']}: {'enabled' if s['enabled'] else 'disabled'}")
        return
    try:
        svc = base.open_service()
    except RagAgentError as exc:
        base.fail(exc)
    try:
        if op == "rm":
            svc.delete_source(DEFAULT_WS, source_id)
            click.echo(f"removed {source_id}")
        else:
            s = svc.set_enabled(DEFAULT_WS, source_id, op == "enable")
            click.echo(f"{s.id}: {'enabled' if s.enabled else 'disabled'}")
    except RagAgentError as exc:
        base.fail(exc)
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
@click.option("--url", help="ask this server (default: the server holding the data directory, else in-process)")
@click.option("--api-key", envvar="RAG_API_KEY", help="workspace API key for the server (default: the key file)")
@click.option("--explain", is_flag=True, help="also print why: language, concepts, candidates with scores, decision")
def ask(message: str, as_json: bool, tone: str | None, reply_length: str | None, language: str | None,
        url: str | None, api_key: str | None, explain: bool) -> None:
    """Ask the agent one question."""
    persona = {k: v for k, v in {"tone": tone, "reply_length": reply_length, "reply_language": language}.items() if v}
    remote = base.remote_for(url, api_key)
    if remote is not None:
        with remote:
            out = remote.call("POST", "/v1/answer", json={"message": message, "persona": persona or None,
                                                          "explain": explain})
    else:
        try:
            svc = base.open_service()
        except RagAgentError as exc:
            base.fail(exc)
        try:
            out = svc.answer(DEFAULT_WS, message, None, persona or None, explain=explain).as_dict()
        except RagAgentError as exc:
            base.fail(exc)
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


def main() -> None:
    """Console entry point."""
    try:
        cli()
    except RagAgentError as exc:  # e.g. StoreLocked from a command that raced a starting server
        base.fail(exc)


if __name__ == "__main__":
    main()
