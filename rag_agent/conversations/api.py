"""HTTP routes of the conversation layer (included by :func:`rag_agent.api.create_app`).

Every route needs a workspace API key, except the admin routes (``/v1/admin/...``, admin key) and the test clock
(``/v1/_clock/...``: only with ``RAG_CONVERSATIONS__TEST_CLOCK=1``, and the admin key).
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from typing import Annotated, Any, AsyncIterator, Literal

from fastapi import APIRouter, Depends, FastAPI, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from rag_agent.conversations.clock import ManualClock
from rag_agent.conversations.dashboard import WEEK, agent_dashboard, parse_time
from rag_agent.conversations.service import ConversationService
from rag_agent.conversations.voice import decode_audio
from rag_agent.conversations.models import CHANNELS
from rag_agent.deps import ServiceDep, WorkspaceDep, require_admin
from rag_agent.openapi import errors
from rag_agent.conversations.config import ChannelRule
from rag_agent.schemas import JsonInt, RequestModel
from rag_agent.errors import InputError, NotFound

_build_lock = threading.Lock()


def _ensure(app: FastAPI) -> ConversationService:
    conv = getattr(app.state, "conversations", None)
    if conv is None:
        with _build_lock:
            conv = getattr(app.state, "conversations", None)
            if conv is None:
                from rag_agent.conversations.runtime import build

                conv = build(app.state.service)
                app.state.conversations = conv
    return conv


def conversations_for(app: FastAPI) -> ConversationService:
    """The app's conversation service (built on first use), for code outside a request (``serve --demo``)."""
    return _ensure(app)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Build the conversation service at start-up and run its scheduler (not with the test clock)."""
    from rag_agent.conversations.runtime import Scheduler

    conv = _ensure(app)
    settings = app.state.service.settings.conversations
    scheduler = None if isinstance(conv.clock, ManualClock) else Scheduler(conv, settings.scheduler_interval_s).start()
    try:
        yield
    finally:
        if scheduler:
            scheduler.stop()


def get_conversations(request: Request) -> ConversationService:
    return _ensure(request.app)


ConvDep = Annotated[ConversationService, Depends(get_conversations)]
router = APIRouter(lifespan=lifespan, tags=["conversations"])


#: A channel in a path: the schema lists the accepted ones; the route itself says why another is refused.
ChannelPath = Annotated[str, Path(json_schema_extra={"enum": list(CHANNELS)})]


# -- schemas -------------------------------------------------------------------------------------------
class LeadIn(RequestModel):
    id: str = Field(min_length=1, max_length=200, description="the lead's id on the channel (phone, handle, ...)",
                    json_schema_extra={"pattern": r"\S"})
    name: str | None = Field(None, max_length=200)
    language: Literal["en", "es", "pt", "tr", "id", "ru"] | None = Field(None, description="the customer's language when known")


#: Standard base64 of at least one byte (what ``base64.b64decode(..., validate=True)`` reads).
_BASE64 = r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)$"


class AudioIn(RequestModel):
    base64: str = Field(description="the audio file, base64-encoded (not empty)", json_schema_extra={"pattern": _BASE64})
    format: Literal["ogg", "oga", "opus", "mp3", "m4a", "mp4", "wav", "webm", "amr", "aac", "flac"] = "ogg"


class IncomingMessage(RequestModel):
    """A text (not blank) or an audio message."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        {"required": ["text"], "not": {"required": ["audio"]},
         "properties": {"text": {"type": "string", "pattern": r"\S"}}},
        {"required": ["audio"], "not": {"required": ["text"]}, "properties": {"audio": {"type": "object"}}}]})

    lead: LeadIn
    text: str | None = None
    audio: AudioIn | None = None
    metadata: dict[str, Any] | None = Field(
        None, description="KM_ASSIGN_TO (user id/email or AI agent id), KM_ASSIGN_TEAM (team id), "
                          "event {name, data}")


class HumanIn(RequestModel):
    name: str = Field(min_length=1, max_length=120)
    email: str | None = Field(None, max_length=200)
    status: Literal["online", "away", "offline"] = "online"
    teams: list[str] = Field(default_factory=list)


class HumanPatch(RequestModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    email: str | None = None
    status: Literal["online", "away", "offline"] | None = None
    teams: list[str] | None = None


class TeamIn(RequestModel):
    name: str = Field(min_length=1, max_length=120)


class RoutingPatch(RequestModel):
    mode: Literal["round_robin", "notify_everybody"] = Field(None, description="omit to keep it")  # type: ignore[assignment]
    default_human_id: str | None = None
    assign_new_to_ai: str | None = None
    channel_rules: dict[str, ChannelRule] = Field(  # type: ignore[assignment]
        None, json_schema_extra={"propertyNames": {"enum": list(CHANNELS)}}, description="omit to keep them")
    welcome_message: str | None = None
    away_message: str | None = Field(None, description="when nobody is on duty: when and how the store answers")
    max_auto_handoffs: JsonInt = Field(None, ge=1, le=50, description="omit to keep it")  # type: ignore[assignment]


class WebhookIn(RequestModel):
    url: str | None = Field(None, description="where replies and handoffs are POSTed (a public address); null "
                                        "turns it off", json_schema_extra={"pattern": r"^https?://[^/?#\s]+"})
    secret: str | None = Field(None, min_length=16, description="signing secret; generated when omitted")


class PipelineIn(RequestModel):
    name: str = Field(min_length=1, max_length=120)
    stages: list[Annotated[str, Field(json_schema_extra={"pattern": r"\S"})]] = Field(min_length=1, max_length=50, json_schema_extra={"uniqueItems": True})


class LaunchTrigger(RequestModel):
    stage_id: str
    agent_id: str
    channels: list[str] | None = Field(None, description="channels it answers on; all when omitted")


class StopTrigger(RequestModel):
    stage_id: str
    agent_id: str


class TriggersIn(RequestModel):
    launch: list[LaunchTrigger] = Field(default_factory=list)
    stop: list[StopTrigger] = Field(default_factory=list)


class StageIn(RequestModel):
    stage_id: str


class TakeOverIn(RequestModel):
    human_id: str


class AssignIn(RequestModel):
    kind: Literal["ai", "human", "team"]
    id: str
    by_human: str | None = None


class HumanReplyIn(RequestModel):
    human_id: str
    text: str = Field(min_length=1, max_length=4000)


class PlaygroundIn(RequestModel):
    text: str = Field(json_schema_extra={"pattern": r"\S"})
    session_id: str | None = None


class AnswerIn(RequestModel):
    answer: str = Field(min_length=1, max_length=4000)
    human_id: str | None = None


class AmountIn(RequestModel):
    amount: float


class PlanIn(RequestModel):
    plan: Literal["trial", "paid", "pro"] | None


class LimitsIn(RequestModel):
    daily_credit_limit: float | None = Field(None, ge=0)
    replies_per_minute: JsonInt | None = Field(None, ge=1)


class ClockIn(RequestModel):
    seconds: float | None = Field(None, ge=0)
    to: float | str | None = Field(None, description="epoch seconds or ISO 8601")


# -- incoming messages --------------------------------------------------------------------------------
@router.post("/v1/channels/{channel}/messages", status_code=202)
def incoming(channel: ChannelPath, body: IncomingMessage, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    """An incoming message (text or base64 audio) from a lead on a channel. WhatsApp Lite is refused."""
    audio = None
    if body.audio is not None:
        audio = decode_audio(body.audio.base64, body.audio.format, conv.max_audio_bytes)
    return conv.receive(ws.id, channel, body.lead.id, text=body.text, audio=audio,
                        audio_format=body.audio.format if body.audio else None, lead_name=body.lead.name,
                        language=body.lead.language, metadata=body.metadata)


@router.post("/v1/channels/{channel}/audio", status_code=202)
async def incoming_audio(channel: ChannelPath, ws: WorkspaceDep, conv: ConvDep,
                         lead_id: str = Form(..., min_length=1),
                         lead_name: str | None = Form(None), language: str | None = Form(None),
                         file: UploadFile = File(...)) -> dict[str, Any]:
    """A voice message uploaded as a file (multipart)."""
    data = await file.read(conv.max_audio_bytes + 1)
    fmt = (file.filename or "voice.ogg").rsplit(".", 1)[-1].lower()
    from rag_agent.conversations.voice import AUDIO_FORMATS, check_audio

    if fmt not in AUDIO_FORMATS:
        raise InputError(f"audio format {fmt!r} is not accepted; accepted: {', '.join(AUDIO_FORMATS)}")
    check_audio(data, conv.max_audio_bytes)
    return conv.receive(ws.id, channel, lead_id, audio=data, audio_format=fmt, lead_name=lead_name,
                        language=language)


# -- conversations -----------------------------------------------------------------------------------
@router.get("/v1/conversations")
def list_conversations(ws: WorkspaceDep, conv: ConvDep, lead_id: str | None = None, status: str | None = None,
                       owner_kind: str | None = None, unread: bool | None = None) -> list[dict[str, Any]]:
    return [c.public() for c in conv.list(ws.id, lead_id, status, owner_kind, unread)]


@router.get("/v1/conversations/assignable")
def assignable(ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    """Who a conversation can be handed to (inactive AI agents are not offered)."""
    return conv.assignable(ws.id)


@router.get("/v1/conversations/{conversation_id}")
def get_conversation(conversation_id: str, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    c = conv.get(ws.id, conversation_id)
    return {**c.public(), "messages": [m.public() for m in conv.messages(ws.id, conversation_id)]}


@router.get("/v1/conversations/{conversation_id}/messages")
def get_messages(conversation_id: str, ws: WorkspaceDep, conv: ConvDep) -> list[dict[str, Any]]:
    return [m.public() for m in conv.messages(ws.id, conversation_id)]


@router.get("/v1/conversations/{conversation_id}/messages/{message_id}/audio")
def get_audio(conversation_id: str, message_id: str, ws: WorkspaceDep, conv: ConvDep) -> FileResponse:
    m = conv.message(ws.id, message_id)
    if m.conversation_id != conversation_id or not m.audio_path:
        raise NotFound(f"message {message_id} has no audio in conversation {conversation_id}")
    return FileResponse(m.audio_path)


@router.get("/v1/conversations/{conversation_id}/handoffs")
def get_handoffs(conversation_id: str, ws: WorkspaceDep, conv: ConvDep) -> list[dict[str, Any]]:
    return conv.handoffs(ws.id, conversation_id)


@router.post("/v1/conversations/{conversation_id}/close")
def close(conversation_id: str, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.close_conversation(ws.id, conversation_id).public()


@router.post("/v1/conversations/{conversation_id}/take-over")
def take_over(conversation_id: str, body: TakeOverIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.take_over(ws.id, conversation_id, body.human_id).public()


@router.post("/v1/conversations/{conversation_id}/assign")
def assign(conversation_id: str, body: AssignIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.assign(ws.id, conversation_id, body.kind, body.id, body.by_human).public()


@router.post("/v1/conversations/{conversation_id}/stop-ai")
def stop_ai(conversation_id: str, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.stop_ai(ws.id, conversation_id).public()


@router.post("/v1/conversations/{conversation_id}/reply", status_code=201)
def human_reply(conversation_id: str, body: HumanReplyIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.human_reply(ws.id, conversation_id, body.human_id, body.text).public()


@router.post("/v1/conversations/{conversation_id}/read")
def mark_read(conversation_id: str, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.mark_read(ws.id, conversation_id).public()


@router.get("/v1/conversation-leads/{lead_id}")
def get_lead(lead_id: str, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    """The lead as the conversation layer knows it: name, language, stage, data collected by agents."""
    return conv.lead(ws.id, lead_id)


@router.get("/v1/notifications")
def notifications(ws: WorkspaceDep, conv: ConvDep, human_id: str | None = None,
                  target: Literal["human", "admins"] | None = None) -> list[dict[str, Any]]:
    return conv.notifications(ws.id, human_id, target)


# -- people and routing --------------------------------------------------------------------------------
@router.post("/v1/humans", status_code=201, responses=errors(404))
def add_human(body: HumanIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.add_human(ws.id, body.name, body.email, body.status, body.teams)


@router.get("/v1/humans")
def list_humans(ws: WorkspaceDep, conv: ConvDep) -> list[dict[str, Any]]:
    return conv.list_humans(ws.id)


@router.patch("/v1/humans/{human_id}")
def patch_human(human_id: str, body: HumanPatch, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.update_human(ws.id, human_id, **body.model_dump(exclude_none=True))


@router.post("/v1/teams", status_code=201)
def add_team(body: TeamIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.add_team(ws.id, body.name)


@router.get("/v1/teams")
def list_teams(ws: WorkspaceDep, conv: ConvDep) -> list[dict[str, Any]]:
    return conv.list_teams(ws.id)


@router.get("/v1/routing")
def get_routing(ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.config(ws.id).public()["routing"]


@router.patch("/v1/routing", responses=errors(404))
def patch_routing(body: RoutingPatch, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.set_routing(ws.id, body.model_dump(exclude_unset=True)).public()["routing"]


@router.put("/v1/webhook")
def put_webhook(body: WebhookIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    """Set the outgoing webhook; the signing secret is returned here only."""
    return conv.set_webhook(ws.id, body.url, body.secret)


@router.get("/v1/webhook/deliveries")
def deliveries(ws: WorkspaceDep, conv: ConvDep) -> list[dict[str, Any]]:
    return conv.outbox.list(ws.id)


# -- pipelines -------------------------------------------------------------------------------------------
@router.post("/v1/pipelines", status_code=201)
def create_pipeline(body: PipelineIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.create_pipeline(ws.id, body.name, body.stages)


@router.get("/v1/pipelines")
def list_pipelines(ws: WorkspaceDep, conv: ConvDep) -> list[dict[str, Any]]:
    return conv.list_pipelines(ws.id)


@router.put("/v1/pipelines/{pipeline_id}/triggers")
def put_triggers(pipeline_id: str, body: TriggersIn, ws: WorkspaceDep, conv: ConvDep) -> JSONResponse:
    """Add launch/stop triggers. A launch trigger on a stage that already launches another agent is refused
    (named in ``refused``) while the others are applied: 200 when all applied, 207 when some were refused,
    409 when none could be applied."""
    out = conv.set_triggers(ws.id, pipeline_id, [t.model_dump() for t in body.launch],
                            [t.model_dump() for t in body.stop])
    code = 200 if not out["refused"] else (207 if out["applied"] else 409)
    if code == 409:
        out["error"] = "StageTaken"
        out["detail"] = "; ".join(r["reason"] for r in out["refused"])
    return JSONResponse(out, status_code=code)


@router.delete("/v1/pipelines/triggers/{trigger_id}", status_code=204)
def delete_trigger(trigger_id: str, ws: WorkspaceDep, conv: ConvDep) -> None:
    conv.remove_trigger(ws.id, trigger_id)


@router.put("/v1/pipelines/leads/{lead_id}/stage")
def move_lead(lead_id: str, body: StageIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.move_lead(ws.id, lead_id, body.stage_id)


@router.post("/v1/pipelines/agents/{agent_id}/off")
def agent_off(agent_id: str, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    """Turn an AI agent off for conversations: it stops everywhere and its triggers are removed."""
    return conv.agent_off(ws.id, agent_id)


# -- credits ---------------------------------------------------------------------------------------------
@router.get("/v1/credits")
def credits(ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    return conv.account(ws.id)


@router.post("/v1/admin/workspaces/{workspace_id}/credits", dependencies=[Depends(require_admin)])
def add_credits(workspace_id: str, body: AmountIn, svc: ServiceDep, conv: ConvDep) -> dict[str, Any]:
    svc.state.get_workspace(workspace_id)
    return conv.add_credits(workspace_id, body.amount)


@router.put("/v1/admin/workspaces/{workspace_id}/plan", dependencies=[Depends(require_admin)])
def set_plan(workspace_id: str, body: PlanIn, svc: ServiceDep, conv: ConvDep) -> dict[str, Any]:
    """The conversation plan of a workspace (``pro`` adds voice); null goes back to the workspace's plan."""
    svc.state.get_workspace(workspace_id)
    conv.set_plan(workspace_id, body.plan)
    return conv.account(workspace_id)


@router.put("/v1/admin/workspaces/{workspace_id}/limits", dependencies=[Depends(require_admin)])
def set_limits(workspace_id: str, body: LimitsIn, svc: ServiceDep, conv: ConvDep) -> dict[str, Any]:
    svc.state.get_workspace(workspace_id)
    conv.set_limits(workspace_id, body.model_dump())
    return conv.account(workspace_id)


# -- dashboard and playground ----------------------------------------------------------------------------
@router.get("/v1/dashboard/agents/{agent_id}")
def dashboard(agent_id: str, ws: WorkspaceDep, conv: ConvDep, start: str | None = None, end: str | None = None,
              tz: str = "UTC") -> dict[str, Any]:
    """The agent's figures; the range is [start, end), the last 7 days by default."""
    conv.responder.get(ws.id, agent_id)
    now = conv.clock.now()
    e = parse_time(end, now + 0.001)  # by default up to and including now
    s = parse_time(start, now - WEEK)
    return agent_dashboard(conv.db, ws.id, agent_id, s, e, tz)


@router.post("/v1/dashboard/unanswered/{question_id}/answer")
def answer_unanswered(question_id: str, body: AnswerIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    """A person answers a question the agent could not; the answer becomes knowledge of the workspace."""
    return conv.answered.answer(ws.id, question_id, body.answer, body.human_id)


@router.post("/v1/playground/{agent_id}")
def playground(agent_id: str, body: PlaygroundIn, ws: WorkspaceDep, conv: ConvDep) -> dict[str, Any]:
    """Talk to an agent outside any pipeline (no delay, no routing, no credits), through the same runtime."""
    return conv.playground(ws.id, agent_id, body.text, body.session_id)


# -- test clock --------------------------------------------------------------------------------------------
def _manual(conv: ConversationService) -> ManualClock:
    if not isinstance(conv.clock, ManualClock):
        raise NotFound("the test clock is off (set RAG_CONVERSATIONS__TEST_CLOCK=1 to use it)")
    return conv.clock


@router.get("/v1/_clock", dependencies=[Depends(require_admin)])
def clock_now(conv: ConvDep) -> dict[str, Any]:
    return {"now": _manual(conv).now()}


@router.post("/v1/_clock/advance", dependencies=[Depends(require_admin)])
def clock_advance(body: ClockIn, conv: ConvDep) -> dict[str, Any]:
    """Move the test clock (by ``seconds`` or to ``to``) and run one scheduler step at the new time."""
    c = _manual(conv)
    try:
        if body.to is not None:
            c.set(parse_time(body.to, c.now()))
        c.advance(body.seconds or 0)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    return conv.tick().as_dict()


__all__ = ["router", "get_conversations", "conversations_for", "ConvDep"]
