"""Integrations (connect a store, sync with live progress, webhook URL) and Widget (public keys, origins)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse

from rag_agent.console.web import ApiCtx, Ctx, FormCtx, PageCtx, render
from rag_agent.errors import InputError, NotFound, RagAgentError
from rag_agent.sync import SyncRunner

router = APIRouter(include_in_schema=False)

# platform -> fields of its form: (key, label, kind) with kind config | secret | address (the operator's API
# address override: accepted from a workspace only when the server allows private upstreams)
PLATFORMS: dict[str, dict[str, Any]] = {
    "shopify": {"label": "Shopify", "fields": [
        ("shop", "Shop domain (my-store.myshopify.com)", "config"),
        ("access_token", "Admin API access token (shpat_…)", "secret"),
        ("webhook_secret", "Webhook secret (the app's API secret key)", "secret"),
        ("base_url", "API address (a staging store or a local test server)", "address")]},
    "woocommerce": {"label": "WooCommerce", "fields": [
        ("url", "Store URL (https://shop.example.com)", "config"),
        ("consumer_key", "Consumer key (ck_…)", "secret"),
        ("consumer_secret", "Consumer secret (cs_…)", "secret"),
        ("webhook_secret", "Webhook secret", "secret")]},
    "nuvemshop": {"label": "Nuvemshop / Tiendanube", "fields": [
        ("store_id", "Store id (user_id of the token)", "config"),
        ("user_agent", "User-Agent (MyApp (ops@example.com))", "config"),
        ("access_token", "Access token", "secret"),
        ("webhook_secret", "Webhook secret (the app's client secret)", "secret"),
        ("base_url", "API address", "address")]},
    "lazada": {"label": "Lazada", "fields": [
        ("country", "Country (sg, my, th, vn, ph, id)", "config"),
        ("app_key", "App key", "config"),
        ("app_secret", "App secret", "secret"),
        ("access_token", "Access token", "secret"),
        ("refresh_token", "Refresh token", "secret"),
        ("base_url", "API address", "address")]},
}


def _runner(ctx: Ctx) -> SyncRunner:
    return ctx.svc.runner


def _base(ctx: Ctx) -> str:
    return str(ctx.request.base_url).rstrip("/")


@router.get("/integrations")
def integrations(ctx: PageCtx) -> HTMLResponse:
    runner = _runner(ctx)
    rows = []
    for c in runner.connections.list(ctx.ws.id):
        last = None
        if c.last_sync_id:
            try:
                last = runner.connections.get_sync(ctx.ws.id, c.last_sync_id).public(c.name)
            except NotFound:
                last = None
        rows.append({"c": c, "last": last, "webhook": _base(ctx) + c.webhook_path})
    return render(ctx.request, "integrations.html", ctx, connections=rows, platforms=PLATFORMS,
                  allow_address=ctx.svc.settings.allow_private_upstreams)


@router.post("/integrations/connect")
def connect(ctx: FormCtx) -> RedirectResponse:
    form = ctx.form
    platform = str(form.get("platform") or "")
    name = str(form.get("name") or "").strip()
    try:
        if platform not in PLATFORMS:
            raise InputError(f"choose a platform: {', '.join(PLATFORMS)}")
        options = {}
        for key, _, _kind in PLATFORMS[platform]["fields"]:
            value = str(form.get(f"{platform}_{key}") or "").strip()
            if value:
                options[key] = value
        conn = _runner(ctx).connect(ctx.ws.id, name, platform, options, origin="workspace")
    except RagAgentError as exc:
        return ctx.fail("/integrations", exc)
    return ctx.back("/integrations", f"{conn.name} is connected: sync it now to load its products and pages")


@router.post("/integrations/{name}/delete")
def disconnect(name: str, ctx: FormCtx) -> RedirectResponse:
    try:
        _runner(ctx).disconnect(ctx.ws.id, name)
    except RagAgentError as exc:
        return ctx.fail("/integrations", exc)
    return ctx.back("/integrations", f"{name} was disconnected and everything synced from it removed")


@router.post("/console/api/connections/{name}/sync", status_code=202)
def start_sync(name: str, ctx: ApiCtx) -> dict[str, Any]:
    return {"sync_id": _runner(ctx).start(ctx.ws.id, name), "status": "running"}


@router.get("/console/api/syncs/{sync_id}")
def get_sync(sync_id: str, ctx: ApiCtx) -> dict[str, Any]:
    runner = _runner(ctx)
    rec = runner.connections.get_sync(ctx.ws.id, sync_id)
    return rec.public(runner.connections.get_by_id(rec.connection_id).name)


# -- widget keys --------------------------------------------------------------------------------------
@router.get("/widget")
def widget(ctx: PageCtx) -> HTMLResponse:
    return render(ctx.request, "widget.html", ctx, keys=ctx.console.keys.list(ctx.ws.id), base=_base(ctx))


@router.get("/widget/try")
def try_widget(ctx: PageCtx) -> HTMLResponse:
    """A page of this server with the widget on it, using a key that allows this server's own origin."""
    wk = next((k for k in ctx.console.keys.list(ctx.ws.id) if k.allows(_base(ctx))), None)
    return render(ctx.request, "try.html", ctx, key=wk, base=_base(ctx))


@router.post("/widget/keys")
def create_key(ctx: FormCtx) -> RedirectResponse:
    try:
        wk = ctx.console.keys.create(ctx.ws.id, str(ctx.form.get("name") or ""), str(ctx.form.get("origins") or ""))
    except RagAgentError as exc:
        return ctx.fail("/widget", exc)
    note = "" if wk.origins else " Add the origins of your store's pages: until then it works nowhere."
    return ctx.back("/widget", f"widget key {wk.name} created.{note}")


@router.post("/widget/keys/{key_id}/{op}")
def key_op(key_id: str, op: str, ctx: FormCtx) -> RedirectResponse:
    keys = ctx.console.keys
    try:
        if op == "origins":
            wk = keys.set_origins(ctx.ws.id, key_id, str(ctx.form.get("origins") or ""))
            return ctx.back("/widget", f"{wk.name}: {len(wk.origins)} allowed origin(s) saved")
        if op == "revoke":
            keys.revoke(ctx.ws.id, key_id)
            return ctx.back("/widget", "the key was revoked: pages using it stop chatting at once")
        raise InputError(f"unknown operation {op!r}; accepted: origins, revoke")
    except RagAgentError as exc:
        return ctx.fail("/widget", exc)


__all__ = ["router", "PLATFORMS"]
