"""Agents and Actions (templates, activation history, the WHEN/THEN editor, sources) and Persona."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rag_agent.agents.models import (CONDITION_VALUES, DAYS, LEAD_FIELDS, MAX_ACTIONS, MAX_CONDITIONS, MAX_THEN,
                                     REPLY_DELAY_RANGE, THEN_TYPES)
from rag_agent.agents.templates import get_template, list_templates
from rag_agent.console.web import Ctx, FormCtx, PageCtx, render
from rag_agent.engine.persona import LANGUAGES, LENGTHS, Persona
from rag_agent.errors import InputError, NotFound, RagAgentError

router = APIRouter(include_in_schema=False)

PERSONA_LIMITS = {"name": 80, "role": 1500, "guidelines": 50, "guideline_chars": 300, "do_not_mention": 100}


def _form(ctx: Ctx) -> Any:
    return ctx.form


def _s(form: Any, name: str, limit: int = 5000) -> str:
    v = form.get(name)
    return v.strip()[:limit] if isinstance(v, str) else ""


# -- agents -----------------------------------------------------------------------------------------
@router.get("/agents")
def agents(ctx: PageCtx) -> HTMLResponse:
    store = ctx.svc.agent_store
    items = store.list(ctx.ws.id)
    return render(ctx.request, "agents.html", ctx, agents=items, templates=list_templates(),
                  active_limit=store.active_limit(ctx.ws.id), events={a.id: store.events(ctx.ws.id, a.id)
                                                                      for a in items})


@router.post("/agents")
def create_agent(ctx: FormCtx) -> RedirectResponse:
    form = _form(ctx)
    try:
        template = _s(form, "template") or None
        base = get_template(template) if template else {}
        name = _s(form, "name", 120) or (base.get("persona", {}).get("name") if base else None)
        if not name:
            raise InputError("an agent needs a name (or a template to take it from)")
        agent = ctx.svc.agent_store.create(ctx.ws.id, name, persona=base.get("persona"),
                                          products_enabled=base.get("products_enabled", True),
                                          actions=base.get("actions"), template=template)
    except RagAgentError as exc:
        return ctx.fail("/agents", exc)
    return ctx.back(f"/agents/{agent.id}", f"agent {agent.name} created (draft): activate it to answer customers")


@router.post("/agents/{agent_id}/state")
def change_state(agent_id: str, ctx: FormCtx) -> RedirectResponse:
    form = _form(ctx)
    store = ctx.svc.agent_store
    op, reason = _s(form, "op"), _s(form, "reason", 500) or None
    try:
        if op == "activate":
            a = store.activate(ctx.ws.id, agent_id, "console", reason)
        elif op == "deactivate":
            a = store.deactivate(ctx.ws.id, agent_id, "console", reason)
        elif op == "delete":
            a = store.get(ctx.ws.id, agent_id)
            store.delete(ctx.ws.id, agent_id)
            return ctx.back("/agents", f"agent {a.name} was deleted")
        else:
            raise InputError(f"unknown operation {op!r}; accepted: activate, deactivate, delete")
    except RagAgentError as exc:
        return ctx.fail(_back(ctx, agent_id), exc)
    return ctx.back(_back(ctx, agent_id), f"{a.name} is {a.state}")


def _back(ctx: Ctx, agent_id: str) -> str:
    ref = ctx.request.headers.get("referer", "")
    return "/agents" if ref.endswith("/agents") else f"/agents/{agent_id}"


def _agent_page(ctx: Ctx, agent_id: str, draft: dict[str, Any] | None = None, error: str | None = None,
                status: int = 200) -> HTMLResponse:
    store = ctx.svc.agent_store
    try:
        agent = store.get(ctx.ws.id, agent_id)
    except NotFound as exc:
        return render(ctx.request, "error.html", ctx, status=404, message=exc.message)
    return render(ctx.request, "agent.html", ctx, status=status, agent=agent, events=store.events(ctx.ws.id, agent_id),
                  sources=ctx.svc.state.list_sources(ctx.ws.id), families=CONDITION_VALUES, then_types=THEN_TYPES,
                  lead_fields=LEAD_FIELDS, days=DAYS, max_actions=MAX_ACTIONS, max_when=MAX_CONDITIONS,
                  max_then=MAX_THEN, draft=draft or {}, error=error)


@router.get("/agents/{agent_id}")
def agent_page(agent_id: str, ctx: PageCtx) -> HTMLResponse:
    return _agent_page(ctx, agent_id)


def action_from_form(form: Any) -> dict[str, Any]:
    """An action dict (the API's shape) from the editor's numbered rows; empty rows are skipped."""
    when, then = [], []
    for i in range(1, MAX_CONDITIONS + 1):
        t = _s(form, f"when_type_{i}")
        if not t:
            continue
        c: dict[str, Any] = {"type": t, "value": _s(form, f"when_value_{i}") or "custom"}
        if _s(form, f"when_text_{i}"):
            c["text"] = _s(form, f"when_text_{i}", 500)
        if t == "time":
            c.update(tz=_s(form, f"when_tz_{i}") or "UTC", start=_s(form, f"when_start_{i}") or "09:00",
                     end=_s(form, f"when_end_{i}") or "18:00",
                     days=[d for d in re.split(r"[\s,]+", _s(form, f"when_days_{i}") or "mon,tue,wed,thu,fri") if d])
        when.append(c)
    for i in range(1, MAX_THEN + 1):
        t = _s(form, f"then_type_{i}")
        if not t:
            continue
        step: dict[str, Any] = {"type": t}
        for k in ("text", "user", "field"):
            if _s(form, f"then_{k}_{i}"):
                step[k] = _s(form, f"then_{k}_{i}", 1500)
        then.append(step)
    return {"name": _s(form, "name", 120), "match": _s(form, "match") or "all", "when": when, "then": then}


@router.post("/agents/{agent_id}/actions")
def add_action(agent_id: str, ctx: FormCtx) -> Response:
    action = action_from_form(_form(ctx))
    try:
        ctx.svc.agent_store.add_action(ctx.ws.id, agent_id, action)
    except RagAgentError as exc:  # the editor comes back with what was typed and the rule that was broken
        return _agent_page(ctx, agent_id, draft=dict(_form(ctx)), error=exc.message, status=exc.status_code)
    return ctx.back(f"/agents/{agent_id}", f"action {action['name'] or 'without a name'} added")


@router.post("/agents/{agent_id}/actions/{action_id}/{op}")
def action_op(agent_id: str, action_id: str, op: str, ctx: FormCtx) -> RedirectResponse:
    store = ctx.svc.agent_store
    try:
        agent = store.get(ctx.ws.id, agent_id)
        action = next((a for a in agent.actions if a.id == action_id), None)
        if action is None:
            raise NotFound(f"action {action_id!r} not found on agent {agent.name!r}")
        if op == "delete":
            store.delete_action(ctx.ws.id, agent_id, action_id)
        elif op == "toggle":
            store.update_action(ctx.ws.id, agent_id, action_id, {**action.model_dump(), "enabled": not action.enabled})
        else:
            raise InputError(f"unknown operation {op!r}; accepted: delete, toggle")
    except RagAgentError as exc:
        return ctx.fail(f"/agents/{agent_id}", exc)
    return ctx.back(f"/agents/{agent_id}", f"action {action.name or action.id} {'deleted' if op == 'delete' else 'changed'}")


@router.post("/agents/{agent_id}/sources")
def agent_sources(agent_id: str, ctx: FormCtx) -> RedirectResponse:
    form = _form(ctx)
    ids = [v for v in form.getlist("source_ids") if isinstance(v, str)]
    try:
        ctx.svc.agent_store.update(ctx.ws.id, agent_id, source_ids=ids, products_enabled=form.get("products") == "1")
    except RagAgentError as exc:
        return ctx.fail(f"/agents/{agent_id}", exc)
    return ctx.back(f"/agents/{agent_id}", "sources and products switch saved")


# -- persona ----------------------------------------------------------------------------------------
def field_errors(message: str) -> dict[str, str]:
    """``{"role": "...", "guidelines": "..."}`` from a PersonaError / settings error message."""
    out: dict[str, str] = {}
    body = message.split(": ", 1)[1] if message.startswith("invalid ") else message
    for part in body.split("; "):
        m = re.match(r"(\w+)(?:\.\d+)?: (.*)", part)
        if m:
            out.setdefault(m.group(1), m.group(2).removeprefix("Value error, "))
    return out or {"_": message}


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


@router.get("/persona")
def persona(ctx: PageCtx, agent: str = "") -> HTMLResponse:
    return _persona_page(ctx, agent)


def _persona_page(ctx: Ctx, agent_id: str, values: dict[str, Any] | None = None,
                  errors: dict[str, str] | None = None, status: int = 200) -> HTMLResponse:
    store = ctx.svc.agent_store
    agents = store.list(ctx.ws.id)
    agent = next((a for a in agents if a.id == agent_id), None)
    base = ctx.svc.persona(ctx.ws.id)
    current = base.merged(agent.persona) if agent else base
    v = values or {**current.model_dump(), "reply_delay_s": agent.settings.reply_delay_s if agent else None}
    return render(ctx.request, "persona.html", ctx, status=status, agents=agents, agent=agent, v=v,
                  errors=errors or {}, limits=PERSONA_LIMITS, lengths=LENGTHS, languages=LANGUAGES,
                  tones=Persona.model_fields["tone"].annotation.__args__, delay_range=REPLY_DELAY_RANGE)


@router.post("/persona")
def save_persona(ctx: FormCtx) -> Response:
    form = _form(ctx)
    agent_id = _s(form, "agent")
    values: dict[str, Any] = {
        "name": _s(form, "name", 2000), "role": _s(form, "role", 20000), "tone": _s(form, "tone"),
        "reply_length": _s(form, "reply_length"), "reply_language": _s(form, "reply_language") or "auto",
        "guidelines": _lines(_s(form, "guidelines", 100000)), "do_not_mention": _lines(_s(form, "do_not_mention", 20000)),
        "reply_delay_s": _s(form, "reply_delay_s")}
    # an emptied role, guideline list or do-not-mention list is a change; an empty name/tone keeps the current one
    changes = {k: v for k, v in values.items() if k != "reply_delay_s" and (v != "" or k == "role")}
    errors: dict[str, str] = {}
    try:
        if agent_id:
            settings = {}
            if values["reply_delay_s"]:
                if not re.fullmatch(r"\d{1,9}", values["reply_delay_s"]):
                    errors["reply_delay_s"] = "a whole number of seconds"
                else:
                    settings["reply_delay_s"] = int(values["reply_delay_s"])
            if not errors:
                ctx.svc.agent_store.update(ctx.ws.id, agent_id, persona=changes, settings=settings or None)
        else:
            ctx.svc.set_persona(ctx.ws.id, changes)
    except RagAgentError as exc:
        errors = field_errors(exc.message) if exc.status_code in (400, 422) else {"_": exc.message}
        if "reply_delay_s" not in errors and "settings" in exc.message:
            errors["reply_delay_s"] = exc.message
    if errors:
        return _persona_page(ctx, agent_id, values, errors, status=422)
    return ctx.back(f"/persona?agent={agent_id}" if agent_id else "/persona", "persona saved")


__all__ = ["router", "action_from_form", "field_errors"]
