"""The storefront widget's public routes: ``/widget.js`` and ``/v1/webchat/...`` (public widget key only).

A page adds ``<script src="https://HOST/widget.js" data-key="pk_..."></script>``. The script talks to:

- ``GET  /v1/webchat/hello?key=&visitor=``: checks the key and the page's origin, returns the visitor token
  (a new one when the given one is missing or not this server's) and the chat's title;
- ``POST /v1/webchat/messages`` (``{"key", "visitor", "text"}``, sent as ``text/plain`` so the browser needs no
  preflight): one customer message on the ``webchat`` channel, rate-limited per visitor;
- ``GET  /v1/webchat/messages?key=&visitor=``: the visitor's own latest conversation, whether the agent is
  writing (its reply is due), and whether a person has taken over.

Every request must come from a page whose ``Origin`` the key allows: others get 403 and no CORS header, so
the browser shows them nothing. Requests never carry cookies (the console's session stays on the console's
own origin: the script sends ``credentials: "omit"`` and these routes read no cookie). The key opens
nothing else: ``/v1`` routes need the workspace API key.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from rag_agent.console.widget_keys import WidgetKey, lead_id
from rag_agent.errors import AuthError, InputError, OriginNotAllowed, RagAgentError, TooManyRequests

router = APIRouter(tags=["webchat"])
MAX_SHOWN = 100  # messages of the latest conversation a visitor gets back


@lru_cache(maxsize=1)
def widget_source() -> str:
    """widget.js with the texts of every language inlined (so a page loads one file)."""
    base = resources.files("rag_agent.console")
    js = (base / "static" / "widget.js").read_text(encoding="utf-8")
    texts = json.loads((base / "widget_texts.json").read_text(encoding="utf-8"))
    return js.replace("/*__TEXTS__*/{}", json.dumps(texts, ensure_ascii=False, sort_keys=True))


@router.get("/widget.js", include_in_schema=False)
def widget_js() -> Response:
    return Response(widget_source(), media_type="application/javascript; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff",
                             "Cross-Origin-Resource-Policy": "cross-origin"})


def _cors(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin", "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff"}


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _handle(request: Request, key: str | None, work: Callable[[WidgetKey, str], Any]) -> Response:
    """Check the key and the origin, run ``work(key, origin)`` in a thread, answer with CORS headers."""
    console = request.app.state.console
    origin = request.headers.get("origin")
    wk = console.keys.find(key)
    if wk is None:
        return JSONResponse({"error": "AuthError", "detail": "unknown or revoked widget key"}, status_code=401,
                            headers={"Vary": "Origin"})
    if not wk.allows(origin):
        err = OriginNotAllowed(f"this widget key is not allowed on {origin or 'a page without an Origin'}; "
                               "add the site's origin to the key in the console (Widget)")
        return JSONResponse({"error": type(err).__name__, "detail": err.message}, status_code=err.status_code,
                            headers={"Vary": "Origin"})
    headers = _cors(origin)  # type: ignore[arg-type]
    try:
        out = await run_in_threadpool(work, wk, origin)
    except RagAgentError as exc:
        if isinstance(exc, TooManyRequests):
            headers["Retry-After"] = str(max(1, round(exc.retry_after_s)))
        return JSONResponse({"error": type(exc).__name__, "detail": exc.message}, status_code=exc.status_code,
                            headers=headers)
    return JSONResponse(out, headers=headers)


def _visitor(request: Request, wk: WidgetKey, token: str | None) -> str:
    visitor = request.app.state.console.keys.visitor(wk, token)
    if visitor is None:
        raise AuthError("unknown visitor: call /v1/webchat/hello first")
    return visitor


def _view(request: Request, wk: WidgetKey, visitor: str) -> dict[str, Any]:
    """What the visitor sees: their latest webchat conversation, typing, who answers now."""
    from rag_agent.conversations.api import get_conversations

    conv = get_conversations(request)
    convs = conv.list(wk.workspace_id, lead_id=lead_id(wk, visitor))
    convs = [c for c in convs if c.channel == "webchat"]
    if not convs:
        return {"conversation": None, "messages": [], "typing": False, "person": None, "waiting_for_person": False,
                "language": None}
    c = convs[-1]
    names = {h["id"]: h["name"] for h in conv.list_humans(wk.workspace_id)}
    msgs = conv.messages(wk.workspace_id, c.id)[-MAX_SHOWN:]
    # the conversation read again after its messages: a reply and the owner it was handed to are written in one
    # transaction, so the state shown is never older than the last message shown (on PostgreSQL each query sees
    # what was committed when it ran)
    c = conv.get(wk.workspace_id, c.id)
    shown = [{"id": m.id, "from": "customer" if m.direction == "in" else m.sender_kind,
              "name": names.get(m.sender_id or "") if m.sender_kind == "human" else None,
              "text": m.content, "at": m.created_at} for m in msgs if m.content]
    language = c.language or next((m.language for m in reversed(msgs) if m.direction == "out" and m.language), None)
    return {"conversation": c.id, "status": c.status, "messages": shown,
            "typing": bool(c.ai_replies and c.reply_due_at is not None),
            "person": names.get(c.owner.id or "") if c.owner.kind == "human" else None,
            "waiting_for_person": c.owner.kind in ("none", "team") and c.status == "open",
            "language": language}


@router.get("/v1/webchat/hello", include_in_schema=False)
async def hello(request: Request, key: str | None = None, visitor: str | None = None) -> Response:
    def work(wk: WidgetKey, origin: str) -> dict[str, Any]:
        console = request.app.state.console
        token = visitor if console.keys.visitor(wk, visitor) else None
        if token is None:
            console.new_visitors.hit(f"{wk.id}:{_client(request)}", "new chat visitors from this address")
            token = console.keys.new_visitor(wk)
        ws = request.app.state.service.state.get_workspace(wk.workspace_id)
        return {"visitor": token, "title": ws.name}

    return await _handle(request, key, work)


@router.get("/v1/webchat/messages", include_in_schema=False)
async def read_messages(request: Request, key: str | None = None, visitor: str | None = None) -> Response:
    return await _handle(request, key, lambda wk, _: _view(request, wk, _visitor(request, wk, visitor)))


@router.post("/v1/webchat/messages", include_in_schema=False)
async def send_message(request: Request) -> Response:
    raw = await request.body()
    try:
        body = json.loads(raw[:20000] or b"{}")
        if not isinstance(body, dict):
            raise ValueError
    except ValueError:
        body = {"_bad": True}

    def work(wk: WidgetKey, origin: str) -> dict[str, Any]:
        if body.get("_bad"):
            raise InputError('the body must be JSON: {"key", "visitor", "text"}')
        visitor = _visitor(request, wk, body.get("visitor"))
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError("the message is empty")
        console = request.app.state.console
        console.widget_messages.hit(f"{wk.id}:{visitor}", "messages from this chat")
        from rag_agent.conversations.api import get_conversations

        get_conversations(request).receive(wk.workspace_id, "webchat", lead_id(wk, visitor), text=text)
        return _view(request, wk, visitor)

    return await _handle(request, body.get("key") if isinstance(body.get("key"), str) else None, work)


__all__ = ["router", "widget_source"]
