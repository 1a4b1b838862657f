"""The HTTP API (FastAPI): answers, persona, knowledge sources, catalog imports, health.

Every route but /health needs a workspace API key (``Authorization: Bearer KEY`` or ``X-API-Key``);
creating workspaces needs the admin key from settings. Request bodies are capped while they are read
(:mod:`rag_agent.bodylimit`); uploads are read in a killable worker process (:mod:`ingestion.sandbox`)
from routes that run in the thread pool, so one workspace's upload never holds another's answers.
Every error is JSON ``{"error": ..., "detail": ...}``, validation errors included.
"""


import http
import logging
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, File, Request, Response, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from rag_agent.accesslog import AccessLogMiddleware
from rag_agent.bodylimit import MULTIPART_ENVELOPE_BYTES, BodyCaps, BodyLimitMiddleware
from rag_agent.deps import ServiceDep, WorkspaceDep, require_admin
from rag_agent.errors import FileTooLarge, InputError, RagAgentError
from rag_agent.openapi import errors, hide_paths, install as install_openapi, set_limit
from rag_agent.schemas import HistoryTurn, PersonaOverrides, RequestModel
from rag_agent.service import ImportReport, Service

logger = logging.getLogger(__name__)


class AnswerRequest(RequestModel):
    message: str = Field(description="the customer's message (not blank; at most RAG_MAX_MESSAGE_CHARS characters, "
                                     "else 413)", json_schema_extra={"pattern": r"\S"})
    history: list[HistoryTurn] = Field(default_factory=list)
    persona: PersonaOverrides | None = None
    conversation_id: str | None = Field(
        None, min_length=1, max_length=200,
        description="a stable id of this conversation (your chat's id): failed order lookups are limited per "
                    "conversation and per workspace; without it only the workspace limit applies")
    explain: bool = Field(False, description="add `explanation`: the reading of the message (language and its "
                                             "evidence, concepts, what is asked), the candidates with their scores, "
                                             "the decision and the facts used")


class Citation(BaseModel):
    source: str
    title: str | None = None
    url: str | None = None


class AnswerPublic(BaseModel):
    reply: str
    language: str
    handoff: bool
    citations: list[Citation]
    intent: str
    latency_ms: float
    generated_by: str = Field("composer", description="who wrote the reply: composer or llm")
    explanation: dict[str, Any] | None = Field(None, description="why, when the request asked to `explain`")


class WorkspaceCreate(RequestModel):
    name: str = Field(min_length=1, max_length=120)
    plan: Literal["trial", "paid"] = "trial"
    currency: str = Field("USD", min_length=3, max_length=3)
    store_url: str | None = None


def _allowed_methods(app: FastAPI, request: Request) -> list[str]:
    """Every method some route answers on this path (a 405's ``Allow``; Starlette names one route's only)."""
    from starlette.routing import Match

    allowed = []
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        scope = dict(request.scope, method=method)
        if any(route.matches(scope)[0] == Match.FULL for route in app.router.routes):
            allowed.append(method)
    return allowed


def create_app(service: Service) -> FastAPI:
    """The FastAPI app over one service."""
    app = FastAPI(title="rag-agent", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Grounded answers for an online store's customers. Authenticate with the workspace "
                              "API key (Authorize: bearer). Every error is `{\"error\", \"detail\"}`.")
    app.state.service = service
    app.state.sync_runner = service.runner  # the one the routes use (tests read it here)

    s = service.settings
    app.add_middleware(BodyLimitMiddleware, caps=BodyCaps(upload=s.max_upload_bytes + MULTIPART_ENVELOPE_BYTES,
                                                          webhook=s.max_webhook_bytes, other=s.max_body_bytes))
    app.add_middleware(AccessLogMiddleware)  # outermost: it sees every answer, refusals of the body caps too
    install_openapi(app)
    set_limit(app, "AnswerRequest", "message", maxLength=s.max_message_chars)
    if not s.conversations.test_clock:  # test-only routes: listed only where they answer
        hide_paths(app, "/v1/_clock")

    @app.exception_handler(RagAgentError)
    async def _rag_error(_: Request, exc: RagAgentError) -> JSONResponse:
        return JSONResponse(status_code=exc.status_code, content={"error": type(exc).__name__, "detail": exc.message})

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's own handler echoes the input, and NaN or Infinity in it cannot be written as JSON (a 500)
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")),
                   "type": str(e.get("type", ""))} for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(e['loc'][1:] or e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
        return JSONResponse(status_code=422, content={"error": "ValidationError", "detail": detail, "errors": errors})

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        try:
            name = http.HTTPStatus(exc.status_code).phrase.title().replace(" ", "").replace("-", "")
        except ValueError:
            name = "HTTPError"
        detail, headers = str(exc.detail), dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 404 and detail == "Not Found":  # no route: say what exists
            detail = f"no route {request.method} {request.url.path}; the API is under /v1 (see /docs)"
        elif exc.status_code == 405:
            allowed = _allowed_methods(app, request)
            headers["Allow"] = ", ".join(allowed)
            detail = f"{request.method} is not allowed on {request.url.path}; allowed: {', '.join(allowed)}"
        return JSONResponse(status_code=exc.status_code, content={"error": name, "detail": detail},
                            headers=headers or None)

    @app.get("/health")
    def health(svc: ServiceDep) -> dict[str, Any]:
        return {"status": "ok", "store": svc.settings.store, "workspaces": len(svc.state.list_workspaces())}

    @app.post("/v1/workspaces", dependencies=[Depends(require_admin)], status_code=201)
    def create_workspace(body: WorkspaceCreate, svc: ServiceDep) -> dict[str, Any]:
        ws, key = svc.state.create_workspace(body.name, body.plan, body.currency.upper(), store_url=body.store_url)
        return {"id": ws.id, "name": ws.name, "plan": ws.plan, "api_key": key}

    @app.post("/v1/answer", response_model=AnswerPublic, responses=errors(400, 503))
    def answer(body: AnswerRequest, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
        overrides = body.persona.model_dump(exclude_none=True) if body.persona else None
        ans = svc.answer(ws.id, body.message, [t.model_dump() for t in body.history], overrides,
                         conversation_id=body.conversation_id, explain=body.explain)
        return ans.as_dict()

    @app.get("/v1/persona")
    def get_persona(ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
        return svc.persona(ws.id).model_dump()

    @app.patch("/v1/persona")
    def patch_persona(body: PersonaOverrides, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
        return svc.set_persona(ws.id, body.model_dump(exclude_none=True)).model_dump()

    @app.get("/v1/sources")
    def list_sources(ws: WorkspaceDep, svc: ServiceDep) -> list[dict[str, Any]]:
        return [s.public() for s in svc.state.list_sources(ws.id)]

    # Upload routes are plain functions: FastAPI runs them in its thread pool, so reading (in a worker
    # process, ingestion.sandbox) and embedding never hold the event loop every workspace shares.
    def _read(file: UploadFile, svc: Service) -> bytes:
        limit = svc.settings.max_upload_bytes
        data = file.file.read(limit + 1)
        if len(data) > limit:
            raise FileTooLarge(f"{file.filename} is over the {svc.settings.max_upload_mb:g} MB limit "
                               "(RAG_MAX_UPLOAD_MB)")
        return data

    def _reply(rep: ImportReport, response: Response) -> dict[str, Any]:
        response.status_code = 201 if rep.status == "created" else 200
        return rep.as_dict()

    upload_errors = errors(400, 409, 415, 422, 503)

    @app.post("/v1/sources", status_code=201, responses=upload_errors)
    def upload_source(ws: WorkspaceDep, svc: ServiceDep, response: Response,
                      file: UploadFile = File(...)) -> dict[str, Any]:
        data = _read(file, svc)
        name = file.filename or "upload"
        kind = svc.guess_kind(name, data)
        if kind == "catalog":
            rep = svc.add_catalog(ws.id, data, name)
        elif kind == "orders":
            rep = svc.add_orders(ws.id, data, name)
        else:
            rep = svc.add_file(ws.id, data, name)
        return _reply(rep, response)

    @app.put("/v1/sources/{source_id}", responses=upload_errors)
    def replace_source(source_id: str, ws: WorkspaceDep, svc: ServiceDep,
                       file: UploadFile = File(...)) -> dict[str, Any]:
        src = svc.state.get_source(ws.id, source_id)
        data = _read(file, svc)
        name = file.filename or src.name
        if src.kind == "catalog":
            return svc.add_catalog(ws.id, data, name, source_id).as_dict()
        if src.kind == "orders":
            return svc.add_orders(ws.id, data, name, source_id).as_dict()
        return svc.add_file(ws.id, data, name, source_id).as_dict()

    @app.post("/v1/sources/{source_id}/disable")
    def disable_source(source_id: str, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
        return svc.set_enabled(ws.id, source_id, False).public()

    @app.post("/v1/sources/{source_id}/enable")
    def enable_source(source_id: str, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
        return svc.set_enabled(ws.id, source_id, True).public()

    @app.delete("/v1/sources/{source_id}", status_code=204)
    def delete_source(source_id: str, ws: WorkspaceDep, svc: ServiceDep) -> None:
        svc.delete_source(ws.id, source_id)

    @app.post("/v1/catalog/import", status_code=201, responses=upload_errors)
    def import_catalog(ws: WorkspaceDep, svc: ServiceDep, response: Response,
                       file: UploadFile = File(...)) -> dict[str, Any]:
        if not (file.filename or "").lower().endswith(".csv"):
            raise InputError("a catalog import takes a Shopify or WooCommerce product CSV export (.csv)")
        data = _read(file, svc)
        return _reply(svc.add_catalog(ws.id, data, file.filename or "catalog.csv"), response)

    # Routers of the other rooms (each module owns its routes; add one line per router here).
    app.include_router(__import__("rag_agent.sync_api", fromlist=["router"]).router)
    app.include_router(__import__("rag_agent.conversations.api", fromlist=["router"]).router)
    app.include_router(__import__("rag_agent.agents.api", fromlist=["router"]).router)
    __import__("rag_agent.console", fromlist=["mount"]).mount(app)  # the web console at / and /widget.js
    return app
