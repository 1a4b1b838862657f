"""HTTP routes for agents, their actions and sources, templates, leads, and direct replies.

Every route needs the workspace API key. Limits (21st action, 6th condition, unknown condition type, empty
THEN, active agents per plan) answer 422 / 409 with a message naming the rule.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from rag_agent.agents.models import Action, AgentSettings
from rag_agent.agents.templates import get_template, list_templates
from rag_agent.openapi import errors
from rag_agent.schemas import PersonaOverrides, RequestModel
from rag_agent.deps import ServiceDep, WorkspaceDep

router = APIRouter(tags=["agents"])


class AgentCreate(RequestModel):
    """A new agent: a name, or a template to take it from."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"anyOf": [
        {"required": ["name"], "properties": {"name": {"type": "string", "minLength": 1}}},
        {"required": ["template"], "properties": {"template": {"type": "string"}}}]})

    name: str | None = Field(None, max_length=120)
    template: Literal["sales", "support", "ecommerce"] | None = Field(None, description="start from this template")
    persona: PersonaOverrides | None = None
    source_ids: list[str] | None = Field(None, description="omit to connect every current source")
    products_enabled: bool | None = None
    actions: list[Action] | None = Field(None, description="WHEN/THEN actions (at most 20)",
                                         json_schema_extra={"maxItems": 20})
    settings: AgentSettings | None = None


class AgentUpdate(RequestModel):
    name: str | None = Field(None, max_length=120)
    persona: PersonaOverrides | None = None
    source_ids: list[str] | None = None
    products_enabled: bool | None = None
    actions: list[Action] | None = Field(None, description="WHEN/THEN actions (at most 20)",
                                         json_schema_extra={"maxItems": 20})
    settings: AgentSettings | None = None


class StateChange(RequestModel):
    by: str | None = Field(None, max_length=200, description="who (user id or email)")
    reason: str | None = Field(None, max_length=500)


class ReplyRequest(RequestModel):
    """One customer message (``message``) or several in a row (``messages``): at least one not blank."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"anyOf": [
        {"required": ["message"], "properties": {"message": {"type": "string", "pattern": r"\S"}}},
        {"required": ["messages"], "properties": {"messages": {"type": "array", "contains":
                                                                {"type": "string", "pattern": r"\S"}}}}]})

    lead_id: str | None = Field(None, max_length=64)
    message: str | None = None
    messages: list[str] | None = None
    history: list[dict[str, str]] = Field(default_factory=list)


class LeadUpdate(RequestModel):
    email: str | None = None
    phone: str | None = None
    name: str | None = None
    address: str | None = None
    custom: dict[str, Any] | None = None


@router.get("/v1/agent-templates")
def templates() -> list[dict[str, Any]]:
    return list_templates()


@router.get("/v1/agents")
def list_agents(ws: WorkspaceDep, svc: ServiceDep, state: str | None = None) -> list[dict[str, Any]]:
    return [a.public() for a in svc.agent_store.list(ws.id, state)]


@router.post("/v1/agents", status_code=201, responses=errors(404, 409))
def create_agent(body: AgentCreate, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    base: dict[str, Any] = get_template(body.template) if body.template else {}
    name = body.name or (base.get("persona", {}).get("name") if base else None)
    from rag_agent.errors import InputError

    if not name:
        raise InputError("an agent needs a name (or a template to take it from)")
    agent = svc.agent_store.create(
        ws.id, name, persona=body.persona.model_dump(exclude_none=True) if body.persona is not None
        else base.get("persona"),
        source_ids=body.source_ids,
        products_enabled=body.products_enabled if body.products_enabled is not None else base.get("products_enabled", True),
        actions=body.actions if body.actions is not None else base.get("actions"), settings=body.settings.model_dump() if body.settings else None,
        template=body.template)
    return agent.public()


@router.get("/v1/agents/{agent_id}")
def get_agent(agent_id: str, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    return svc.agent_store.get(ws.id, agent_id).public()


@router.patch("/v1/agents/{agent_id}", responses=errors(409))
def update_agent(agent_id: str, body: AgentUpdate, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    """Save changes (a draft stays a draft; an active agent stays active)."""
    return svc.agent_store.update(ws.id, agent_id, **body.model_dump(exclude_none=True)).public()


@router.delete("/v1/agents/{agent_id}", status_code=204)
def delete_agent(agent_id: str, ws: WorkspaceDep, svc: ServiceDep) -> None:
    svc.agent_store.delete(ws.id, agent_id)


@router.post("/v1/agents/{agent_id}/activate")
def activate(agent_id: str, ws: WorkspaceDep, svc: ServiceDep, body: StateChange | None = None) -> dict[str, Any]:
    b = body or StateChange()
    return svc.agent_store.activate(ws.id, agent_id, b.by, b.reason).public()


@router.post("/v1/agents/{agent_id}/deactivate")
def deactivate(agent_id: str, ws: WorkspaceDep, svc: ServiceDep, body: StateChange | None = None) -> dict[str, Any]:
    b = body or StateChange()
    return svc.agent_store.deactivate(ws.id, agent_id, b.by, b.reason).public()


@router.get("/v1/agents/{agent_id}/events")
def events(agent_id: str, ws: WorkspaceDep, svc: ServiceDep) -> list[dict[str, Any]]:
    return svc.agent_store.events(ws.id, agent_id)


@router.get("/v1/agents/{agent_id}/actions")
def list_actions(agent_id: str, ws: WorkspaceDep, svc: ServiceDep) -> list[dict[str, Any]]:
    return [a.model_dump() for a in svc.agent_store.get(ws.id, agent_id).actions]


@router.post("/v1/agents/{agent_id}/actions", status_code=201)
def add_action(agent_id: str, body: dict[str, Any], ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    return svc.agent_store.add_action(ws.id, agent_id, body).model_dump()


@router.put("/v1/agents/{agent_id}/actions/{action_id}")
def replace_action(agent_id: str, action_id: str, body: dict[str, Any], ws: WorkspaceDep,
                   svc: ServiceDep) -> dict[str, Any]:
    return svc.agent_store.update_action(ws.id, agent_id, action_id, body).model_dump()


@router.delete("/v1/agents/{agent_id}/actions/{action_id}", status_code=204)
def delete_action(agent_id: str, action_id: str, ws: WorkspaceDep, svc: ServiceDep) -> None:
    svc.agent_store.delete_action(ws.id, agent_id, action_id)


@router.post("/v1/agents/{agent_id}/sources/{source_id}")
def connect_source(agent_id: str, source_id: str, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    return svc.agent_store.connect_source(ws.id, agent_id, source_id).public()


@router.delete("/v1/agents/{agent_id}/sources/{source_id}")
def disconnect_source(agent_id: str, source_id: str, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    return svc.agent_store.disconnect_source(ws.id, agent_id, source_id).public()


@router.post("/v1/agents/{agent_id}/reply")
def reply(agent_id: str, body: ReplyRequest, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    """Answer as this agent (any state: drafts can be tried before launch)."""
    messages = list(body.messages or []) + ([body.message] if body.message else [])
    return svc.agent_runtime.respond(ws.id, agent_id, body.lead_id, messages, body.history).as_dict()


@router.get("/v1/leads")
def list_leads(ws: WorkspaceDep, svc: ServiceDep) -> list[dict[str, Any]]:
    return [lead.public() for lead in svc.agent_store.list_leads(ws.id)]


@router.get("/v1/leads/{lead_id}")
def get_lead(lead_id: str, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    return svc.agent_store.get_lead(ws.id, lead_id).public()


@router.patch("/v1/leads/{lead_id}")
def update_lead(lead_id: str, body: LeadUpdate, ws: WorkspaceDep, svc: ServiceDep) -> dict[str, Any]:
    return svc.agent_store.update_lead(ws.id, lead_id, **body.model_dump(exclude_none=True)).public()
