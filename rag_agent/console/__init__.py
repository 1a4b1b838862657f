"""The store owner's web console (``/``) and the storefront chat widget (``/widget.js``), in the API's process.

Server-rendered pages (FastAPI + Jinja2, a little vanilla JavaScript); every asset ships in this package
(``templates/``, ``static/``), so the console works offline. The pages call the same service methods as the
``/v1`` routes. :func:`mount` adds everything to the app::

    app = create_app(service)          # rag_agent.api: one line calls mount(app)

Modules: :mod:`.web` (layout, sign-in context, CSRF), :mod:`.sessions` (console sessions),
:mod:`.widget_keys` (public widget keys), :mod:`.webchat` (the widget's public routes), :mod:`.views_*` (pages),
:mod:`.charts` (SVG charts drawn on the server).
"""

from __future__ import annotations

from importlib import resources
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from rag_agent.console.ratelimit import RateLimiter
from rag_agent.console.sessions import Sessions
from rag_agent.console.web import SignInRequired
from rag_agent.console.widget_keys import WidgetKeys
from rag_agent.db import Database
from rag_agent.settings import ConsoleSettings


class ConsoleState:
    """The console's own stores and limits, one per app."""

    def __init__(self, db: Database, settings: ConsoleSettings) -> None:
        self.sessions = Sessions(db, settings.session_hours * 3600)
        self.keys = WidgetKeys(db)
        self.sign_ins = RateLimiter(settings.sign_ins_per_minute)
        self.widget_messages = RateLimiter(settings.widget_messages_per_minute)
        self.new_visitors = RateLimiter(settings.widget_visitors_per_minute)


def mount(app: FastAPI) -> None:
    """Add the console's pages, its static files and the widget's public routes to ``app``."""
    from rag_agent.console import views_agents, views_auth, views_chat, views_knowledge, views_settings, webchat

    service = app.state.service
    app.state.console = ConsoleState(service.db, service.settings.console)

    @app.exception_handler(SignInRequired)
    async def _sign_in(_: Request, exc: SignInRequired) -> RedirectResponse:
        return RedirectResponse(exc.to, status_code=303)

    static = str(resources.files("rag_agent.console") / "static")
    app.mount("/console/static", StaticFiles(directory=static), name="console-static")
    for module in (webchat, views_auth, views_knowledge, views_agents, views_settings, views_chat):
        app.include_router(module.router)


__all__ = ["mount", "ConsoleState"]
