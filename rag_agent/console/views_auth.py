"""Sign-in with the workspace API key (or the admin key, then a workspace picker) and sign-out."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rag_agent.console.sessions import COOKIE
from rag_agent.console.web import CsrfError, SignInRequired, render, session_of
from rag_agent.errors import AuthError, TooManyRequests

router = APIRouter(include_in_schema=False)


def _same_origin(request: Request) -> bool:
    """A sign-in form posted from this site (the Origin header, sent by browsers on POST, names this host)."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return origin.split("://", 1)[-1] == request.headers.get("host", "")


@router.get("/")
def home(request: Request) -> RedirectResponse:
    s = session_of(request)
    if s is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse("/dashboard" if s.workspace_id else "/workspaces", status_code=303)


@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    key_file = request.app.state.service.settings.data_dir / "api-key"
    return render(request, "login.html", key_file=str(key_file), error=None)


@router.post("/login")
def login(request: Request, api_key: str = Form("")) -> Response:
    console = request.app.state.console
    svc = request.app.state.service
    key_file = str(svc.settings.data_dir / "api-key")
    if not _same_origin(request):
        raise CsrfError("sign-in forms are accepted from this site only")
    client = request.client.host if request.client else "unknown"
    try:
        console.sign_ins.hit(client, "sign-in attempts from this address")
    except TooManyRequests as exc:
        return render(request, "login.html", status=429, key_file=key_file, error=exc.message)
    key = api_key.strip()
    admin = svc.settings.admin_key
    if admin is not None and key and hmac.compare_digest(key.encode(), admin.get_secret_value().encode()):
        token, to = console.sessions.create(None, admin=True), "/workspaces"
    else:
        try:
            ws = svc.state.workspace_for_key(key) if key else None
        except AuthError:
            ws = None
        if ws is None:
            return render(request, "login.html", status=401, key_file=key_file,
                          error="That key is not a workspace API key of this server (nor its admin key).")
        token, to = console.sessions.create(ws.id, admin=False), "/dashboard"
    resp = RedirectResponse(to, status_code=303)
    resp.set_cookie(COOKIE, token, max_age=int(console.sessions.lifetime_s), httponly=True, samesite="lax",
                    secure=request.url.scheme == "https", path="/")
    return resp


@router.post("/logout")
async def logout(request: Request) -> Response:
    s = session_of(request)
    if s is not None:
        form = await request.form()
        token = form.get("csrf")
        if not s.csrf_ok(token if isinstance(token, str) else None):
            raise CsrfError("sign-out needs this session's CSRF token; reload the page")
        request.app.state.console.sessions.end(s)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


@router.get("/workspaces")
def workspaces(request: Request) -> HTMLResponse:
    s = session_of(request)
    if s is None or not s.admin:
        raise SignInRequired()
    items = request.app.state.service.state.list_workspaces()
    return render(request, "workspaces.html", workspaces=items, csrf=s.csrf, picked=s.workspace_id)


@router.post("/workspaces")
def pick_workspace(request: Request, workspace_id: str = Form(""), csrf: str = Form("")) -> Response:
    s = session_of(request)
    if s is None or not s.admin:
        raise SignInRequired()
    if not s.csrf_ok(csrf):
        raise CsrfError("this form is missing its CSRF token; reload the page")
    if request.app.state.service.state.find_workspace(workspace_id) is None:
        return RedirectResponse("/workspaces", status_code=303)
    request.app.state.console.sessions.set_workspace(s, workspace_id)
    return RedirectResponse("/dashboard", status_code=303)


__all__ = ["router"]
