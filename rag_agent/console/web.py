"""What every console page shares: the templates, the signed-in context, CSRF checks, flash messages, headers.

Pages are rendered on the server by Jinja2 with autoescaping on, so a customer's message or a file name is
always text, never markup; a strict Content-Security-Policy (scripts and styles from this origin only, no
inline code) is the second lock. State changes are POSTs that carry the session's CSRF token (a hidden
``csrf`` field, or the ``X-CSRF-Token`` header of the few fetch calls).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from rag_agent.console.sessions import COOKIE, ConsoleSession
from rag_agent.errors import AuthError, RagAgentError
from rag_agent.service import Service
from rag_agent.state import Workspace

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
           "Referrer-Policy": "same-origin", "Cache-Control": "no-store"}

NAV = [("dashboard", "Dashboard"), ("inbox", "Conversations"), ("knowledge", "Knowledge"), ("products", "Products"),
       ("persona", "Persona"), ("agents", "Agents and actions"), ("integrations", "Integrations"),
       ("widget", "Widget"), ("playground", "Playground")]


class CsrfError(AuthError):
    """A state change without this session's CSRF token (a forged request, or a page older than the sign-in)."""

    status_code = 403


class SignInRequired(Exception):
    """No live console session: pages redirect to the sign-in form (``to``: where to go instead)."""

    def __init__(self, to: str = "/login") -> None:
        self.to = to


def _ts(value: float | None) -> str:
    if not value:
        return "never"
    return dt.datetime.fromtimestamp(float(value), dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _num(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.{digits}f}"
    return f"{int(value):,}" if isinstance(value, (int, float)) else str(value)


def _http_url(value: Any) -> str | None:
    """Only http(s) links are rendered as links (a catalog's ``javascript:`` URL stays text)."""
    return value if isinstance(value, str) and value.lower().startswith(("http://", "https://")) else None


env = Environment(loader=PackageLoader("rag_agent.console", "templates"), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)
env.filters["ts"] = _ts
env.filters["num"] = _num
env.filters["http_url"] = _http_url


@dataclass
class Ctx:
    """A signed-in request: the service, the session and the workspace it works on."""

    request: Request
    svc: Service
    session: ConsoleSession
    ws: Workspace
    form: Any = None  # a form post's fields (parsed once, by the CSRF check)

    @property
    def console(self) -> Any:
        return self.request.app.state.console

    def flash(self, text: str, kind: str = "ok") -> None:
        self.console.sessions.set_flash(self.session, f"{kind}:{text}")

    def back(self, url: str, text: str | None = None, kind: str = "ok") -> RedirectResponse:
        """Redirect after a form (303), with an optional flash message for the next page."""
        if text:
            self.flash(text, kind)
        return RedirectResponse(url, status_code=303)

    def fail(self, url: str, exc: RagAgentError) -> RedirectResponse:
        return self.back(url, exc.message, "error")


def session_of(request: Request) -> ConsoleSession | None:
    return request.app.state.console.sessions.get(request.cookies.get(COOKIE))


def _ctx(request: Request, session: ConsoleSession) -> Ctx:
    svc: Service = request.app.state.service
    ws = svc.state.find_workspace(session.workspace_id) if session.workspace_id else None
    if ws is None:
        raise SignInRequired("/workspaces" if session.admin else "/login")
    return Ctx(request, svc, session, ws)


def page_ctx(request: Request) -> Ctx:
    """A page's context; not signed in: to the sign-in form."""
    s = session_of(request)
    if s is None:
        raise SignInRequired()
    return _ctx(request, s)


async def form_ctx(request: Request) -> Ctx:
    """A form post's context: signed in, and the form's ``csrf`` field is this session's token."""
    s = session_of(request)
    if s is None:
        raise SignInRequired()
    form = await request.form()
    token = form.get("csrf")
    if not s.csrf_ok(token if isinstance(token, str) else None):
        raise CsrfError("this form is missing its CSRF token or the token is not this session's; reload the page")
    ctx = _ctx(request, s)
    ctx.form = form
    return ctx


def api_ctx(request: Request) -> Ctx:
    """A console fetch call's context: signed in (else 401 JSON); a POST also needs ``X-CSRF-Token``."""
    s = session_of(request)
    if s is None:
        raise AuthError("sign in to the console first")
    if request.method != "GET" and not s.csrf_ok(request.headers.get("x-csrf-token")):
        raise CsrfError("the X-CSRF-Token header is missing or not this session's token; reload the page")
    try:
        return _ctx(request, s)
    except SignInRequired as exc:
        raise AuthError("choose a workspace first") from exc


PageCtx = Annotated[Ctx, Depends(page_ctx)]
FormCtx = Annotated[Ctx, Depends(form_ctx)]
ApiCtx = Annotated[Ctx, Depends(api_ctx)]


def render(request: Request, template: str, ctx: Ctx | None = None, status: int = 200, **data: Any) -> HTMLResponse:
    """A page from ``templates/`` with the shared layout's data (navigation, flash, CSRF token)."""
    flash = None
    if ctx is not None:
        raw = ctx.console.sessions.pop_flash(ctx.session)
        if raw:
            kind, _, text = raw.partition(":")
            flash = {"kind": kind, "text": text}
    values: dict[str, Any] = {"request": request, "ctx": ctx, "ws": ctx.ws if ctx else None,
                              "csrf": ctx.session.csrf if ctx else "", "admin": bool(ctx and ctx.session.admin),
                              "nav": NAV, "flash": flash, "page": template.removesuffix(".html")}
    values.update(data)
    html = env.get_template(template).render(**values)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


__all__ = ["Ctx", "PageCtx", "FormCtx", "ApiCtx", "render", "CsrfError", "SignInRequired", "env", "HEADERS",
           "session_of"]
