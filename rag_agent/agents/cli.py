"""`rag-agent agents ...`: list, create, show, activate, deactivate agents; actions; the conditions report.

Works on the data directory (RAG_DATA_DIR) directly, in the default workspace unless ``--workspace`` is given.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from rag_agent.errors import RagAgentError

CONTEXT = {"help_option_names": ["-h", "--help"]}


def _fail(exc: Exception) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(1)


def _store():
    from rag_agent.agents.store import AgentStore
    from rag_agent.db import open_database
    from rag_agent.settings import get_settings
    from rag_agent.state import State

    return AgentStore(State(open_database(get_settings())))


def _ws(store, workspace: str) -> str:
    if not store.state.find_workspace(workspace):
        store.state.create_workspace("My store", workspace_id=workspace)
    return workspace


def _out(data: Any, as_json: bool, line: str) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False) if as_json else line)


ws_opt = click.option("--workspace", "-w", default="default", show_default=True, help="workspace id")
json_opt = click.option("--json", "as_json", is_flag=True, help="print JSON")


@click.group("agents", context_settings=CONTEXT)
def agents() -> None:
    """Agents, their WHEN/THEN actions, and the conditions report."""


@agents.command("list", context_settings=CONTEXT)
@ws_opt
@json_opt
def list_(workspace: str, as_json: bool) -> None:
    """List the workspace's agents."""
    try:
        st = _store()
        items = st.list(_ws(st, workspace))
    except RagAgentError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps([a.public() for a in items], indent=2, ensure_ascii=False))
        return
    for a in items:
        click.echo(f"{a.id}  {a.state:<8}  {a.name}  ({len(a.actions)} actions, {len(a.source_ids)} sources)")


@agents.command(context_settings=CONTEXT)
@click.argument("name", required=False)
@click.option("--template", type=click.Choice(["sales", "support", "ecommerce"]), help="start from a template")
@click.option("--actions-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON list of actions")
@ws_opt
@json_opt
def create(name: str | None, template: str | None, actions_file: Path | None, workspace: str, as_json: bool) -> None:
    """Create an agent (saved as a draft)."""
    from rag_agent.agents.templates import get_template

    try:
        st = _store()
        base = get_template(template) if template else {}
        actions = json.loads(actions_file.read_text()) if actions_file else base.get("actions")
        a = st.create(_ws(st, workspace), name or base.get("persona", {}).get("name") or "Agent",
                      persona=base.get("persona"), products_enabled=base.get("products_enabled", True),
                      actions=actions, template=template)
    except (RagAgentError, ValueError) as exc:
        _fail(exc)
    _out(a.public(), as_json, f"created {a.id} ({a.name}, draft)")


@agents.command(context_settings=CONTEXT)
@click.argument("agent_id")
@ws_opt
def show(agent_id: str, workspace: str) -> None:
    """Show one agent as JSON."""
    try:
        st = _store()
        a = st.get(workspace, agent_id)
        data = a.public()
        data["events"] = st.events(workspace, agent_id)
    except RagAgentError as exc:
        _fail(exc)
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@agents.command(context_settings=CONTEXT)
@click.argument("agent_id")
@click.option("--by", default=None, help="who activates")
@click.option("--reason", default=None)
@ws_opt
def activate(agent_id: str, by: str | None, reason: str | None, workspace: str) -> None:
    """Activate an agent (within the plan's active-agent limit)."""
    try:
        a = _store().activate(workspace, agent_id, by, reason)
    except RagAgentError as exc:
        _fail(exc)
    click.echo(f"{a.id} active")


@agents.command(context_settings=CONTEXT)
@click.argument("agent_id")
@click.option("--by", default=None, help="who deactivates")
@click.option("--reason", default=None)
@ws_opt
def deactivate(agent_id: str, by: str | None, reason: str | None, workspace: str) -> None:
    """Deactivate an agent (no new conversations; those in progress go on)."""
    try:
        a = _store().deactivate(workspace, agent_id, by, reason)
    except RagAgentError as exc:
        _fail(exc)
    click.echo(f"{a.id} inactive")


@agents.group(context_settings=CONTEXT)
def actions() -> None:
    """List, add and remove an agent's actions."""


@actions.command("list", context_settings=CONTEXT)
@click.argument("agent_id")
@ws_opt
def actions_list(agent_id: str, workspace: str) -> None:
    """Print the agent's actions as JSON."""
    try:
        a = _store().get(workspace, agent_id)
    except RagAgentError as exc:
        _fail(exc)
    click.echo(json.dumps([x.model_dump() for x in a.actions], indent=2, ensure_ascii=False))


@actions.command("add", context_settings=CONTEXT)
@click.argument("agent_id")
@click.argument("action_json")
@ws_opt
def actions_add(agent_id: str, action_json: str, workspace: str) -> None:
    """Add one action given as JSON ('{"when": [...], "then": [...]}' or @file.json)."""
    try:
        raw = Path(action_json[1:]).read_text() if action_json.startswith("@") else action_json
        action = json.loads(raw)
    except (OSError, ValueError) as exc:
        _fail(ValueError(f"the action is not valid JSON: {exc}"))
    try:
        new = _store().add_action(workspace, agent_id, action)
    except RagAgentError as exc:
        _fail(exc)
    click.echo(f"added action {new.id}")


@actions.command("remove", context_settings=CONTEXT)
@click.argument("agent_id")
@click.argument("action_id")
@ws_opt
def actions_remove(agent_id: str, action_id: str, workspace: str) -> None:
    """Remove one action."""
    try:
        _store().delete_action(workspace, agent_id, action_id)
    except RagAgentError as exc:
        _fail(exc)
    click.echo(f"removed action {action_id}")


@agents.command("eval-conditions", context_settings=CONTEXT)
@click.option("--limit", type=int, default=None, help="rows per source and language (default: RAG_EVAL_LIMIT or all)")
@json_opt
def eval_conditions(limit: int | None, as_json: bool) -> None:
    """Precision and recall of each condition per language, on held-out labelled data."""
    from rag_agent.agents.evaluate import evaluate, floors

    result = evaluate(limit)
    result["floors"] = floors(result)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for group in ("support", "emotion corpora"):
        rows = [r for r in result["conditions"] if r["set"] == group]
        if not rows:
            continue
        click.echo(f"== {group} (held-out)")
        click.echo(f"{'condition':<28} {'lang':<4} {'n':>4} {'precision':>9} {'recall':>7}")
        for r in rows:
            p = "-" if r["precision"] is None else f"{r['precision']:.2f}"
            rc = "-" if r["recall"] is None else f"{r['recall']:.2f}"
            click.echo(f"{r['condition']:<28} {r['language']:<4} {r['n_pos']:>4} {p:>9} {rc:>7}")
    click.echo("== floors (support set)")
    for f in result["floors"]:
        click.echo(f"{'ok ' if f['ok'] else 'LOW'} {f['condition']:<22} {f['language']:<4} P={f['precision']} "
                   f"R={f['recall']} need {f['floor']}")
    click.echo(f"{result['messages']} messages, {result['ms_per_message']} ms per message")
