"""Playground (talk to an agent as a customer), Dashboard (an agent's week) and Conversations (the inbox)."""

from __future__ import annotations

import secrets
from typing import Any, Literal

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from rag_agent.console.charts import bar_chart
from rag_agent.console.web import ApiCtx, Ctx, FormCtx, PageCtx, render
from rag_agent.engine.persona import LANGUAGES, LENGTHS
from rag_agent.errors import InputError, NotFound, RagAgentError

router = APIRouter(include_in_schema=False)


def _conv(ctx: Ctx) -> Any:
    from rag_agent.conversations.api import get_conversations

    return get_conversations(ctx.request)


# -- playground ---------------------------------------------------------------------------------------
@router.get("/playground")
def playground(ctx: PageCtx, agent: str = "") -> HTMLResponse:
    agents = ctx.svc.agent_store.list(ctx.ws.id)
    chosen = agent or next((a.id for a in agents if a.state == "active"), "")
    return render(ctx.request, "playground.html", ctx, agents=agents, chosen=chosen, languages=LANGUAGES,
                  lengths=list(LENGTHS), tones=("casual", "friendly", "professional"))


class Turn(BaseModel):
    role: Literal["customer", "agent"]
    text: str = Field(max_length=20000)


class PlayIn(BaseModel):
    message: str = Field(max_length=20000)
    agent_id: str = ""
    lead_id: str = Field("", max_length=64)
    history: list[Turn] = Field(default_factory=list, max_length=60)
    language: str = "auto"
    tone: str = ""
    reply_length: str = ""


def _citations(ctx: Ctx, cites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for c in cites:
        src = ctx.svc.state.find_source_by_name(ctx.ws.id, str(c.get("source", "")))
        out.append({"source": c.get("source"), "title": c.get("title"), "url": c.get("url"),
                    "link": f"/knowledge/{src.id}" if src else None})
    return out


def play(ctx: Ctx, body: PlayIn) -> dict[str, Any]:
    """One playground turn: as the agent (its actions, sources, products switch) or the workspace's answer."""
    overrides = {k: v for k, v in {"reply_language": body.language or "auto", "tone": body.tone or None,
                                   "reply_length": body.reply_length or None}.items() if v}
    history = [t.model_dump() for t in body.history][-20:]
    if body.agent_id:
        lead = body.lead_id or "play-" + secrets.token_hex(6)
        r = ctx.svc.agent_runtime.respond(ctx.ws.id, body.agent_id, f"{ctx.ws.id}-{lead}"[:64], [body.message],
                                         history, persona=overrides)
        fired = [m.get("action_name") or m.get("action_id") for m in r.conditions_matched]
        return {"reply": r.text, "language": r.language, "handoff": r.handoff, "intent": r.intent,
                "citations": _citations(ctx, r.citations), "actions": fired, "steps": r.actions_applied,
                "latency_ms": r.latency_ms, "lead_id": lead}
    a = ctx.svc.answer(ctx.ws.id, body.message, history, overrides, conversation_id=f"console-{body.lead_id}"[:200])
    return {"reply": a.reply, "language": a.language, "handoff": a.handoff, "intent": a.intent,
            "citations": _citations(ctx, a.citations), "actions": [], "steps": [], "latency_ms": a.latency_ms,
            "lead_id": body.lead_id}


@router.post("/console/api/playground")
async def playground_turn(body: PlayIn, ctx: ApiCtx) -> dict[str, Any]:
    return await run_in_threadpool(play, ctx, body)


# -- dashboard ----------------------------------------------------------------------------------------
def figures(ctx: Ctx, agent_id: str) -> dict[str, Any]:
    """The agent's last 7 days, computed exactly as ``GET /v1/dashboard/agents/{id}`` does by default."""
    from rag_agent.conversations.dashboard import WEEK, agent_dashboard

    conv = _conv(ctx)
    conv.responder.get(ctx.ws.id, agent_id)
    now = conv.clock.now()
    return agent_dashboard(conv.db, ctx.ws.id, agent_id, now - WEEK, now + 0.001, "UTC")


@router.get("/dashboard")
def dashboard(ctx: PageCtx, agent: str = "") -> HTMLResponse:
    agents = ctx.svc.agent_store.list(ctx.ws.id)
    chosen = next((a for a in agents if a.id == agent), None) or next(
        (a for a in agents if a.state == "active"), agents[0] if agents else None)
    data = figures(ctx, chosen.id) if chosen else None
    charts = {}
    if data:
        charts["channels"] = bar_chart(data["conversations_by_channel"], "Conversations by channel")
        charts["credits"] = bar_chart(data["credit_usage"], "Credits by message type")
    return render(ctx.request, "dashboard.html", ctx, agents=agents, agent=chosen, d=data, charts=charts,
                  account=_conv(ctx).account(ctx.ws.id))


@router.post("/dashboard/unanswered/{question_id}")
def answer_unanswered(question_id: str, ctx: FormCtx) -> RedirectResponse:
    agent = str(ctx.form.get("agent") or "")
    try:
        _conv(ctx).answered.answer(ctx.ws.id, question_id, str(ctx.form.get("answer") or "")[:4000], None)
    except RagAgentError as exc:
        return ctx.fail(f"/dashboard?agent={agent}", exc)
    return ctx.back(f"/dashboard?agent={agent}", "answer saved: it is now knowledge (answered-questions.md)")


# -- conversations ------------------------------------------------------------------------------------
@router.get("/inbox")
def inbox(ctx: PageCtx, show: str = "handed") -> HTMLResponse:
    conv = _conv(ctx)
    items = conv.list(ctx.ws.id, limit=500)
    if show != "all":
        items = [c for c in items if c.handed_over or c.owner.kind != "ai" or c.ai_stopped]
    items.sort(key=lambda c: (not c.unread, -c.updated_at))
    humans = conv.list_humans(ctx.ws.id)
    names = {h["id"]: h["name"] for h in humans}
    last = {}
    for c in items[:100]:
        msgs = conv.messages(ctx.ws.id, c.id)
        last[c.id] = msgs[-1].content[:140] if msgs else ""
    cfg = conv.config(ctx.ws.id).routing
    agents = [a for a in ctx.svc.agent_store.list(ctx.ws.id)]
    return render(ctx.request, "inbox.html", ctx, items=items[:100], last=last, names=names, show=show,
                  humans=humans, routing=cfg, agents=agents)


@router.get("/inbox/{conversation_id}")
def conversation(conversation_id: str, ctx: PageCtx) -> HTMLResponse:
    conv = _conv(ctx)
    try:
        c = conv.get(ctx.ws.id, conversation_id)
    except NotFound as exc:
        return render(ctx.request, "error.html", ctx, status=404, message=exc.message)
    msgs = conv.messages(ctx.ws.id, c.id)
    if c.unread:
        conv.mark_read(ctx.ws.id, c.id)
    humans = conv.list_humans(ctx.ws.id)
    return render(ctx.request, "conversation.html", ctx, c=c, messages=msgs, handoffs=conv.handoffs(ctx.ws.id, c.id),
                  humans=humans, names={h["id"]: h["name"] for h in humans},
                  lead=conv.lead(ctx.ws.id, c.lead_id))


@router.post("/inbox/{conversation_id}/{op}")
def conversation_op(conversation_id: str, op: str, ctx: FormCtx) -> RedirectResponse:
    conv = _conv(ctx)
    human = str(ctx.form.get("human_id") or "")
    back = f"/inbox/{conversation_id}"
    try:
        if op == "take-over":
            conv.take_over(ctx.ws.id, conversation_id, human)
            note = "you have the conversation: the AI stopped in it"
        elif op == "reply":
            conv.human_reply(ctx.ws.id, conversation_id, human, str(ctx.form.get("text") or "")[:4000])
            note = "reply sent"
        elif op == "close":
            conv.close_conversation(ctx.ws.id, conversation_id)
            note = "conversation closed"
        elif op == "stop-ai":
            conv.stop_ai(ctx.ws.id, conversation_id)
            note = "the AI stopped in this conversation"
        else:
            raise InputError(f"unknown operation {op!r}; accepted: take-over, reply, close, stop-ai")
    except RagAgentError as exc:
        return ctx.fail(back, exc)
    return ctx.back(back, note)


@router.post("/team")
def add_member(ctx: FormCtx) -> RedirectResponse:
    f = ctx.form
    try:
        if f.get("human_id"):
            _conv(ctx).update_human(ctx.ws.id, str(f.get("human_id")), status=str(f.get("status") or "online"))
            return ctx.back("/inbox", "status changed")
        name = str(f.get("name") or "").strip()[:120]
        if not name:
            raise InputError("a team member needs a name")
        h = _conv(ctx).add_human(ctx.ws.id, name, str(f.get("email") or "").strip()[:200] or None,
                                 str(f.get("status") or "online"))
    except RagAgentError as exc:
        return ctx.fail("/inbox", exc)
    return ctx.back("/inbox", f"{h['name']} can now take over conversations")


@router.post("/routing")
def routing(ctx: FormCtx) -> RedirectResponse:
    f = ctx.form
    changes = {"assign_new_to_ai": str(f.get("assign_new_to_ai") or "") or None,
               "welcome_message": str(f.get("welcome_message") or "").strip()[:2000] or None,
               "away_message": str(f.get("away_message") or "").strip()[:1000] or None}
    try:
        _conv(ctx).set_routing(ctx.ws.id, changes)
    except RagAgentError as exc:
        return ctx.fail("/inbox", exc)
    return ctx.back("/inbox", "routing saved")


__all__ = ["router", "play", "figures"]
