"""Knowledge (upload, list, enable/disable, replace, delete) and Products (the catalog the agent answers from)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from rag_agent.console.web import ApiCtx, Ctx, FormCtx, PageCtx, render
from rag_agent.errors import FileTooLarge, NotFound, RagAgentError
from rag_agent.service import ImportReport, Service
from rag_agent.state import PLAN_SOURCE_LIMITS

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 25


@router.get("/knowledge")
def knowledge(ctx: PageCtx) -> HTMLResponse:
    sources = ctx.svc.state.list_sources(ctx.ws.id)
    return render(ctx.request, "knowledge.html", ctx, sources=sources, limit=PLAN_SOURCE_LIMITS[ctx.ws.plan],
                  max_mb=ctx.svc.settings.max_upload_mb)


async def _read(file: UploadFile, svc: Service) -> bytes:
    limit = svc.settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"{file.filename} is over the {svc.settings.max_upload_mb:g} MB limit")
    return data


def _add(svc: Service, ws_id: str, data: bytes, name: str, source_id: str | None = None) -> ImportReport:
    """The same choice as ``POST /v1/sources``: catalog CSV, orders file or knowledge file."""
    kind = svc.state.get_source(ws_id, source_id).kind if source_id else svc.guess_kind(name, data)
    if kind == "catalog":
        return svc.add_catalog(ws_id, data, name, source_id)
    if kind == "orders":
        return svc.add_orders(ws_id, data, name, source_id)
    return svc.add_file(ws_id, data, name, source_id)


@router.post("/console/api/sources", status_code=201)
async def upload(ctx: ApiCtx, file: UploadFile = File(...), all_agents: str = Form("1")) -> dict[str, Any]:
    """One file per request (the page sends several in turn, each with its own progress bar)."""
    from starlette.concurrency import run_in_threadpool

    data = await _read(file, ctx.svc)
    name = Path(file.filename or "upload").name or "upload"
    rep = await run_in_threadpool(_add, ctx.svc, ctx.ws.id, data, name)
    if all_agents == "1":  # a new source is used by every agent, unless the owner unticks it
        store = ctx.svc.agent_store
        for agent in store.list(ctx.ws.id):
            if rep.source.id not in agent.source_ids:
                store.connect_source(ctx.ws.id, agent.id, rep.source.id)
    return rep.as_dict()


@router.post("/console/api/sources/{source_id}/replace")
async def replace(source_id: str, ctx: ApiCtx, file: UploadFile = File(...)) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    data = await _read(file, ctx.svc)
    src = ctx.svc.state.get_source(ctx.ws.id, source_id)
    name = Path(file.filename or src.name).name or src.name
    return (await run_in_threadpool(_add, ctx.svc, ctx.ws.id, data, name, source_id)).as_dict()


@router.post("/knowledge/{source_id}/{op}")
def source_op(source_id: str, op: str, ctx: FormCtx) -> RedirectResponse:
    try:
        src = ctx.svc.state.get_source(ctx.ws.id, source_id)
        if op in ("enable", "disable"):
            ctx.svc.set_enabled(ctx.ws.id, source_id, op == "enable")
            return ctx.back("/knowledge", f"{src.name} is {op}d")
        if op == "delete":
            if src.locked:
                return ctx.back("/knowledge", f"{src.name} is synced from the store; disconnect it in Integrations",
                                "error")
            ctx.svc.delete_source(ctx.ws.id, source_id)
            return ctx.back("/knowledge", f"{src.name} was deleted")
        raise NotFound(f"unknown operation {op!r}; accepted: enable, disable, delete")
    except RagAgentError as exc:
        return ctx.fail("/knowledge", exc)


@router.get("/knowledge/{source_id}")
def source_page(source_id: str, ctx: PageCtx) -> HTMLResponse:
    try:
        src = ctx.svc.state.get_source(ctx.ws.id, source_id)
    except NotFound as exc:
        return render(ctx.request, "error.html", ctx, status=404, message=exc.message)
    agents = [a for a in ctx.svc.agent_store.list(ctx.ws.id) if source_id in a.source_ids]
    return render(ctx.request, "source.html", ctx, src=src, agents=agents, original=_original(ctx, source_id))


def _original(ctx: Ctx, source_id: str) -> Path | None:
    d = ctx.svc.settings.data_dir / "uploads" / ctx.ws.id / source_id
    files = [p for p in d.iterdir() if p.is_file()] if d.is_dir() else []
    return files[0] if files else None


@router.get("/knowledge/{source_id}/original")
def original(source_id: str, ctx: PageCtx) -> FileResponse:
    ctx.svc.state.get_source(ctx.ws.id, source_id)
    path = _original(ctx, source_id)
    if path is None:
        raise NotFound(f"source {source_id} has no uploaded original (synced sources come from the store)")
    # always a download, never rendered here: an uploaded HTML file must not run in the console's origin
    return FileResponse(path, media_type="application/octet-stream", filename=path.name,
                        headers={"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"})


# -- products ---------------------------------------------------------------------------------------
def catalog(svc: Service, ws_id: str) -> list[dict[str, Any]]:
    """The products the agent answers from: those of enabled sources' live generations, by title."""
    sources = svc.state.list_sources(ws_id)
    owner = {sid: s for s in sources if s.enabled for sid in s.point_source_ids()}
    if not owner:
        return []
    hits = svc.store.lookup({"workspace_id": ws_id, "kind": "product", "source_id": list(owner)})
    out = []
    for h in hits:
        p = dict(h.payload)
        src = owner.get(p.get("source_id", ""))
        p["source_name"] = src.name if src else p.get("source_id")
        p["source_locked"] = bool(src and src.locked)
        p["last_sync"] = (src.synced_at or src.updated_at) if src else None
        out.append(p)
    return sorted(out, key=lambda p: (str(p.get("title", "")).lower(), str(p.get("product_id", ""))))


def _matches(p: dict[str, Any], q: str) -> bool:
    hay = " ".join([str(p.get(k) or "") for k in ("title", "handle", "vendor", "product_type", "category")]
                   + [str(t) for t in p.get("tags") or []]
                   + [str(v.get("sku") or "") + " " + " ".join(map(str, (v.get("options") or {}).values()))
                      for v in p.get("variants") or []]).lower()
    return all(w in hay for w in q.lower().split())


@router.get("/products")
def products(ctx: PageCtx, q: str = "", page: int = 1) -> HTMLResponse:
    items = catalog(ctx.svc, ctx.ws.id)
    total = len(items)
    if q.strip():
        items = [p for p in items if _matches(p, q[:200])]
    pages = max(1, -(-len(items) // PAGE_SIZE))
    page = min(max(1, page), pages)
    return render(ctx.request, "products.html", ctx, products=items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE],
                  q=q[:200], page=page, pages=pages, found=len(items), total=total)


__all__ = ["router", "catalog"]
