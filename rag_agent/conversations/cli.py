"""`rag-agent conversations ...`: dashboard, list, show, migrate, tick. Thin: parse, call the library, print.

With ``--url`` a command asks a running server; without, it opens the service's database (the data directory's
``state.sqlite3``, or ``RAG_DATABASE_URL``) itself.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from rag_agent.errors import RagAgentError

CONTEXT = {"help_option_names": ["-h", "--help"]}
DEFAULT_WS = "default"


def _fail(exc: Exception) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(1)


def _db():
    from rag_agent.db import open_database
    from rag_agent.settings import get_settings

    return open_database(get_settings())


def _remote(url: str, api_key: str | None, path: str, params: dict[str, Any] | None = None) -> Any:
    import httpx

    from rag_agent.cli_base import api_key_for

    r = httpx.get(url.rstrip("/") + path, params={k: v for k, v in (params or {}).items() if v is not None},
                  headers={"Authorization": f"Bearer {api_key_for(url, api_key)}"}, timeout=60)
    if r.status_code != 200:
        try:
            detail = r.json().get("detail", r.text)
        except ValueError:
            detail = r.text
        _fail(RagAgentError(f"HTTP {r.status_code}: {detail}"))
    return r.json()


_remote_options = [
    click.option("--url", help="ask a running server instead of opening the data directory"),
    click.option("--api-key", envvar="RAG_API_KEY", help="workspace API key for --url"),
    click.option("--workspace", default=DEFAULT_WS, show_default=True, help="workspace id (local mode)"),
    click.option("--json", "as_json", is_flag=True, help="print JSON"),
]


def remote_options(f):  # noqa: ANN001, ANN201 - a click decorator
    for opt in reversed(_remote_options):
        f = opt(f)
    return f


@click.group("conversations", context_settings=CONTEXT)
def conversations() -> None:
    """Conversations: per-agent dashboard, listing, migrations, one scheduler step."""


@conversations.command(context_settings=CONTEXT)
@click.argument("agent_id")
@click.option("--start", help="start of the range (ISO 8601 or epoch seconds); default: 7 days before --end")
@click.option("--end", help="end of the range (exclusive); default: now")
@click.option("--tz", default="UTC", show_default=True, help="time zone for weekend figures")
@remote_options
def dashboard(agent_id: str, start: str | None, end: str | None, tz: str, url: str | None, api_key: str | None,
              workspace: str, as_json: bool) -> None:
    """The figures of one AI agent (the last 7 days by default)."""
    import time

    from rag_agent.conversations.dashboard import WEEK, agent_dashboard, parse_time

    if url:
        d = _remote(url, api_key, f"/v1/dashboard/agents/{agent_id}", {"start": start, "end": end, "tz": tz})
    else:
        db = _db()
        try:
            now = time.time()
            e = parse_time(end, now + 0.001)
            d = agent_dashboard(db, workspace, agent_id, parse_time(start, now - WEEK), e, tz)
        except RagAgentError as exc:
            _fail(exc)
        finally:
            db.close()
    if as_json:
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    avg = d["avg_response_time_s"]
    click.echo(f"agent {agent_id}: {d['conversations']} conversations, {d['unique_leads']} unique leads")
    click.echo(f"  answered conversations  {d['answered_conversations']}")
    click.echo(f"  handover rate           {d['handover_rate']:.1%}")
    click.echo(f"  avg response time       {'-' if avg is None else f'{avg:.1f} s'}")
    click.echo(f"  weekend                 {d['weekend_leads']} leads, {d['weekend_conversations']} conversations")
    click.echo("  by channel              " + (", ".join(f"{k} {v}" for k, v in
                                                       d["conversations_by_channel"].items()) or "-"))
    click.echo("  credits                 " + ", ".join(f"{k} {v:g}" for k, v in d["credit_usage"].items()))
    items = d["unanswered_questions"]["items"]
    click.echo(f"  unanswered questions    {d['unanswered_questions']['count']}")
    for q in items:
        mark = "answered" if q["answer"] else "open"
        click.echo(f"    {q['id']} [{mark}] {q['question'][:80]}")


@conversations.command("list", context_settings=CONTEXT)
@click.option("--status", type=click.Choice(["waiting", "open", "closed"]))
@click.option("--lead", "lead_id", help="only this lead's conversations")
@remote_options
def list_(status: str | None, lead_id: str | None, url: str | None, api_key: str | None, workspace: str,
          as_json: bool) -> None:
    """List conversations."""
    if url:
        items = _remote(url, api_key, "/v1/conversations", {"status": status, "lead_id": lead_id})
    else:
        db = _db()
        try:
            sql = "SELECT * FROM cv_conversations WHERE workspace_id=:w AND playground=0"
            args: dict[str, Any] = {"w": workspace}
            if status:
                sql += " AND status=:s"
                args["s"] = status
            if lead_id:
                sql += " AND lead_id=:l"
                args["l"] = lead_id
            from rag_agent.conversations.service import conversation_from_row

            items = [conversation_from_row(r).public() for r in db.rows(sql + " ORDER BY created_at", **args)]
        finally:
            db.close()
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for c in items:
        owner = c["owner"]["kind"] + (f":{c['owner']['id']}" if c["owner"]["id"] else "")
        click.echo(f"{c['id']}  {c['status']:<7} {c['channel']:<9} lead {c['lead_id']:<16} owner {owner}"
                   f"{'  unread' if c['unread'] else ''}")


@conversations.command(context_settings=CONTEXT)
def migrate() -> None:
    """Apply pending migrations of the service's database and print its schema version."""
    try:
        db = _db()
    except RagAgentError as exc:
        _fail(exc)
    click.echo(f"schema version {db.schema_version()} ({db.dialect})")
    db.close()


@conversations.command(context_settings=CONTEXT)
def tick() -> None:
    """Run one scheduler step on the data directory (write due replies, deliver webhooks)."""
    from rag_agent.cli_base import open_service
    from rag_agent.conversations.runtime import build

    try:
        svc = open_service()  # refused in one line when a running server holds the data directory
    except RagAgentError as exc:
        _fail(exc)
    try:
        conv = build(svc)
        rep = conv.tick()
        conv.close()
    except RagAgentError as exc:
        _fail(exc)
    finally:
        svc.close()
    click.echo(json.dumps(rep.as_dict()))


__all__ = ["conversations"]
