"""CLI commands of store connections: ``connect``, ``connections list|rm`` and ``sync``.

Thin: parse, call :class:`rag_agent.sync.SyncRunner`, print. Secrets are never echoed.
"""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any

import click

from connectors.registry import PLATFORMS
from rag_agent import cli_base as core
from rag_agent.errors import RagAgentError

if TYPE_CHECKING:
    from rag_agent.service import Service
    from rag_agent.sync import SyncRunner

CONTEXT = core.CONTEXT


def _pairs(values: tuple[str, ...], what: str) -> dict[str, str]:
    out = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key.strip():
            raise click.UsageError(f"{what} {v.split('=')[0]!r} must be key=value")
        if value == "-":  # read from a hidden prompt, out of the shell history and the process list
            value = click.prompt(key.strip(), hide_input=True)
        out[key.strip()] = value
    return out


def _open() -> tuple["Service", "SyncRunner"]:
    svc = core.open_service()
    return svc, svc.runner


@click.command("connect", context_settings=CONTEXT)
@click.argument("platform", type=click.Choice(sorted(PLATFORMS)))
@click.argument("name")
@click.option("--opt", "opts", multiple=True, metavar="KEY=VALUE",
              help="a config value (shop domain, base URL...); repeatable")
@click.option("--secret", "secrets", multiple=True, metavar="KEY=VALUE",
              help="a secret, stored encrypted; KEY=env:VAR reads it from $VAR at use; KEY=- prompts")
@click.option("--json", "as_json", is_flag=True, help="print the connection as JSON")
def connect(platform: str, name: str, opts: tuple[str, ...], secrets: tuple[str, ...], as_json: bool) -> None:
    """Connect a store: `rag-agent connect shopify mystore --opt shop=mystore.myshopify.com
    --secret access_token=env:SHOPIFY_TOKEN`."""
    from rag_agent.connections import Connections
    from rag_agent.db import open_database
    from rag_agent.secretbox import SecretBox
    from rag_agent.state import State
    from rag_agent.sync import create_connection

    options = {**_pairs(opts, "--opt"), **_pairs(secrets, "--secret")}
    settings = core.settings()
    try:
        db = open_database(settings)
    except RagAgentError as exc:
        core.fail(exc)
    state, conns = State(db), Connections(db, SecretBox(settings.data_dir))
    try:
        core.ensure_default_key(state, settings)
        conn = create_connection(state, conns, core.DEFAULT_WS, name, platform, options)
    except RagAgentError as exc:
        core.fail(exc)
    finally:
        db.close()
    if as_json:
        click.echo(json.dumps(conn.public(), indent=2))
        return
    click.echo(f"connected {conn.name} ({conn.platform}); sources {conn.products_source_id}, {conn.pages_source_id}")
    click.echo(f"webhook URL: <your server>{conn.webhook_path}")
    click.echo(f"next: rag-agent sync {conn.name}")


@click.group("connections", context_settings=CONTEXT)
def connections() -> None:
    """List and remove store connections."""


@connections.command("list", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True)
def connections_list(as_json: bool) -> None:
    """List connections (secrets are named, never shown)."""
    from rag_agent.connections import Connections
    from rag_agent.db import open_database
    from rag_agent.secretbox import SecretBox

    settings = core.settings()
    try:
        db = open_database(settings)
    except RagAgentError as exc:
        core.fail(exc)
    conns = Connections(db, SecretBox(settings.data_dir))
    try:
        items = [c.public() for c in conns.list(core.DEFAULT_WS)]
        for item in items:
            if item["last_sync_id"]:
                item["last_sync"] = conns.get_sync(core.DEFAULT_WS, item["last_sync_id"]).public()
    except RagAgentError as exc:
        core.fail(exc)
    finally:
        db.close()
    if as_json:
        click.echo(json.dumps(items, indent=2))
        return
    if not items:
        click.echo("no connections yet: rag-agent connect PLATFORM NAME --opt key=value --secret key=value")
    for c in items:
        last = c.get("last_sync") or {}
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(last["started_at"])) if last else "never"
        secrets = ", ".join(f"{k} ({v})" for k, v in c["secrets"].items()) or "none"
        config = ", ".join(f"{k}={v}" for k, v in c["config"].items())
        click.echo(f"{c['name']:<16} {c['platform']:<11} last sync: {when} {last.get('status', '')}")
        click.echo(f"    config: {config}; secrets: {secrets}; webhook: {c['webhook_path']}")


@connections.command("rm", context_settings=CONTEXT)
@click.argument("name")
def connections_rm(name: str) -> None:
    """Remove a connection and everything synced from it."""
    remote = core.remote_for(None, None)
    if remote is not None:
        with remote:
            remote.call("DELETE", f"/v1/connections/{name}", ok=(204,))
        click.echo(f"removed {name}")
        return
    try:
        svc, runner = _open()
    except RagAgentError as exc:
        core.fail(exc)
    try:
        runner.disconnect(core.DEFAULT_WS, name)
    except RagAgentError as exc:
        core.fail(exc)
    finally:
        runner.close()
        svc.close()
    click.echo(f"removed {name}")


def _summary_line(d: dict[str, Any]) -> str:
    return (f"{d['connection']}: {d['added']} added, {d['updated']} updated, {d['unchanged']} unchanged, "
            f"{d['deleted']} deleted, {d['failed']} failed ({d['embedded']} embedded, {d['pages']} pages, "
            f"{d['orders']} orders) in {d['seconds']:.1f}s")


@click.command("sync", context_settings=CONTEXT)
@click.argument("name")
@click.option("--full", is_flag=True, help="read the whole store, not only what changed since the last sync")
@click.option("--url", help="ask this server to sync (default: the server holding the data directory, else "
                            "in this process)")
@click.option("--api-key", envvar="RAG_API_KEY", help="workspace API key for the server (default: the key file)")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON")
def sync(name: str, full: bool, url: str | None, api_key: str | None, as_json: bool) -> None:
    """Sync a connected store into the agent's knowledge (incremental unless --full)."""
    remote = core.remote_for(url, api_key)
    if remote is not None:
        with remote:
            out = _sync_remote(remote, name, full)
    else:
        try:
            svc, runner = _open()
        except RagAgentError as exc:
            core.fail(exc)
        try:
            with core.progress(f"syncing {name}") as bar:
                out = runner.sync(core.DEFAULT_WS, name, full, bar).as_dict()
        except RagAgentError as exc:
            core.fail(exc)
        finally:
            runner.close()
            svc.close()
    if as_json:
        click.echo(json.dumps(out, indent=2))
    else:
        click.echo(_summary_line(out))
    for f in out.get("failures", []):
        click.echo(f"failed: {f}", err=True)


def _sync_remote(remote: "core.Remote", name: str, full: bool) -> dict[str, Any]:
    """Start the sync on the server and follow it, its products done shown as they are counted."""
    sync_id = remote.call("POST", f"/v1/connections/{name}/sync", ok=(202,), json={"full": full})["sync_id"]
    done = 0
    with core.progress(f"syncing {name} on {remote.url}") as bar:
        bar.stage("products")
        while True:
            rec = remote.call("GET", f"/v1/syncs/{sync_id}")
            counts = rec.get("counts") or {}
            now = sum(int(counts.get(k) or 0) for k in ("added", "updated", "unchanged"))
            if now > done:
                bar(now - done)
                done = now
            if rec.get("status") != "running":
                break
            time.sleep(0.5)
    if rec.get("status") != "succeeded":
        core.fail(f"sync {sync_id} {rec.get('status')}: {rec.get('error') or ''}".strip())
    return dict(rec["counts"], connection=name)


COMMANDS = [connect, connections, sync]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(click.Group(commands={c.name: c for c in COMMANDS})())
