"""HTTP routes of store connections: create and list connections, start and read syncs, receive webhooks.

Connection and sync routes need the workspace API key. ``POST /v1/webhooks/{connection_id}`` needs
none: the platform's signature, verified with the connection's webhook secret, authenticates it.

A workspace key gives secret values only and names public stores (see :mod:`rag_agent.sync`); the
operator's ``env:`` references, local paths and API address overrides go through the admin route
``POST /v1/admin/workspaces/{workspace_id}/connections`` (admin key, same body) or the CLI.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from rag_agent.openapi import errors
from rag_agent.schemas import RequestModel
from rag_agent.deps import ServiceDep, WorkspaceDep, require_admin
from rag_agent.sync import SyncRunner

router = APIRouter(tags=["connections"])


def get_runner(svc: ServiceDep) -> SyncRunner:
    """The service's sync runner."""
    return svc.runner


RunnerDep = Annotated[SyncRunner, Depends(get_runner)]


class ConnectionCreate(RequestModel):
    platform: str = Field(description="shopify, woocommerce, nuvemshop, lazada or csv",
                          json_schema_extra={"enum": ["shopify", "woocommerce", "nuvemshop", "lazada", "csv"]})
    name: str = Field(min_length=1, max_length=64)
    config: dict[str, str] = Field(default_factory=dict, description="the platform's config keys")
    secrets: dict[str, str] = Field(default_factory=dict,
                                    description="secret keys: values are stored encrypted, or 'env:NAME'")


class SyncStart(RequestModel):
    full: bool = False


@router.post("/v1/connections", status_code=201)
def create_connection(body: ConnectionCreate, ws: WorkspaceDep, runner: RunnerDep) -> dict[str, Any]:
    """Connect a store: secret values only, a public store address (403 / 422 name what is refused)."""
    conn = runner.connect(ws.id, body.name, body.platform, {**body.config, **body.secrets}, origin="workspace")
    return conn.public()


@router.post("/v1/admin/workspaces/{workspace_id}/connections", status_code=201,
             dependencies=[Depends(require_admin)])
def admin_create_connection(workspace_id: str, body: ConnectionCreate, runner: RunnerDep) -> dict[str, Any]:
    """Connect a store for a workspace as the operator: ``env:`` secrets, a csv ``path``, ``base_url``."""
    conn = runner.connect(workspace_id, body.name, body.platform, {**body.config, **body.secrets},
                          origin="operator")
    return conn.public()


@router.get("/v1/connections")
def list_connections(ws: WorkspaceDep, runner: RunnerDep) -> list[dict[str, Any]]:
    return [c.public() for c in runner.connections.list(ws.id)]


@router.delete("/v1/connections/{name}", status_code=204)
def delete_connection(name: str, ws: WorkspaceDep, runner: RunnerDep) -> None:
    runner.disconnect(ws.id, name)


@router.post("/v1/connections/{name}/sync", status_code=202)
def start_sync(name: str, ws: WorkspaceDep, runner: RunnerDep, body: SyncStart | None = None) -> dict[str, Any]:
    sync_id = runner.start(ws.id, name, full=bool(body and body.full))
    return {"sync_id": sync_id, "status": "running"}


@router.get("/v1/syncs/{sync_id}")
def get_sync(sync_id: str, ws: WorkspaceDep, runner: RunnerDep) -> dict[str, Any]:
    rec = runner.connections.get_sync(ws.id, sync_id)
    name = runner.connections.get_by_id(rec.connection_id).name
    return rec.public(name)


@router.post("/v1/webhooks/{connection_id}", responses=errors(401, 503))
async def webhook(connection_id: str, request: Request, runner: RunnerDep) -> dict[str, Any]:
    body = await request.body()
    headers = {k.lower(): v for k, v in request.headers.items()}
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(runner.webhook, connection_id, headers, body)
