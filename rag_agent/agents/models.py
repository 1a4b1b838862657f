"""Agents, their WHEN/THEN actions, and leads: the records and every limit on them.

An :class:`Agent` belongs to one workspace and carries a persona (the fields of
:class:`rag_agent.engine.persona.Persona`), the knowledge sources connected to it, a products switch,
up to :data:`MAX_ACTIONS` actions and its settings. Each :class:`Action` has 1..5 WHEN
:class:`Condition` s joined by ``ALL`` or ``ANY`` and 1..5 THEN :class:`Then` steps.

Limits are enforced here, with one clear :class:`ActionError` (HTTP 422) naming what was wrong and what is
accepted; plan limits (active agents per plan) live in :data:`PLAN_ACTIVE_AGENT_LIMITS`.
"""

from __future__ import annotations

import re
import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rag_agent.engine.persona import make_persona
from rag_agent.errors import InputError
from rag_agent.schemas import JsonInt

# -- limits, in one place ----------------------------------------------------------------------------
PLAN_ACTIVE_AGENT_LIMITS: dict[str, int] = {"trial": 1, "paid": 10}
MAX_ACTIONS = 20
MAX_CONDITIONS = 5
MAX_THEN = 5
MAX_AGENTS_PER_WORKSPACE = 100
REPLY_DELAY_RANGE = (1, 86400)

# -- condition vocabulary ----------------------------------------------------------------------------
#: condition type -> the values it accepts ("custom" takes free text in ``text``)
CONDITION_VALUES: dict[str, tuple[str, ...]] = {
    "wants": ("buy", "help", "refund", "human", "custom"),
    "asks_about": ("availability", "delivery_time", "price", "refund_policy", "order_status", "troubleshooting",
                   "custom"),
    "sentiment": ("frustrated", "confused", "happy", "neutral", "sad", "custom"),
    "provides": ("email", "phone", "name", "address", "custom"),
    "contains": ("greeting", "profanity", "url", "custom"),
    "time": ("business_hours", "outside_business_hours"),
    "custom": ("custom",),
}
THEN_TYPES = ("transfer", "use_message", "reply_with_info", "bring_up_topic", "answer_from_kb", "request",
              "do_not_mention", "try_bring_up_topic")
LEAD_FIELDS = ("email", "phone", "name", "address")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
AgentState = Literal["draft", "active", "inactive"]
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class ActionError(InputError):
    """An action, condition or THEN step breaks a rule (count limits, unknown type, missing text)."""

    status_code = 422


def _id() -> str:
    return uuid.uuid4().hex[:12]


class Condition(BaseModel):
    """One WHEN condition.

    ``type`` is a family of :data:`CONDITION_VALUES`, ``value`` one of its values; ``text`` is the free text of
    a custom value (and of the ``custom`` family). ``time`` conditions use ``tz`` (IANA name), ``days``
    (mon..sun) and ``start``/``end`` (HH:MM, local time; end may be before start for overnight hours).
    """

    model_config = ConfigDict(extra="forbid")

    type: str
    value: str = "custom"
    text: str | None = Field(None, max_length=500)
    tz: str = "UTC"
    days: list[str] = Field(default_factory=lambda: list(DAYS[:5]))
    start: str = "09:00"
    end: str = "18:00"

    @model_validator(mode="after")
    def _check(self) -> "Condition":
        if self.type not in CONDITION_VALUES:
            raise ValueError(f"unknown condition type {self.type!r}; accepted: {', '.join(CONDITION_VALUES)}")
        if self.type == "custom":
            self.value = "custom"
        if self.type == "time" and self.value == "custom":
            self.value = "business_hours"
        if self.value not in CONDITION_VALUES[self.type]:
            raise ValueError(f"unknown value {self.value!r} for condition {self.type!r}; accepted: "
                             f"{', '.join(CONDITION_VALUES[self.type])}")
        if self.value == "custom" and not (self.text or "").strip():
            raise ValueError(f"a custom {self.type!r} condition needs its text")
        if self.type == "time":
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(self.tz)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {self.tz!r}; use an IANA name like 'America/Sao_Paulo'") \
                    from exc
            days = [d.strip().lower()[:3] for d in self.days]
            bad = [d for d in days if d not in DAYS]
            if bad or not days:
                raise ValueError(f"days must be some of {', '.join(DAYS)}")
            self.days = days
            for v in (self.start, self.end):
                if not _HHMM.match(v):
                    raise ValueError(f"time {v!r} is not HH:MM (00:00..23:59)")
        return self


class Then(BaseModel):
    """One THEN step.

    - ``transfer``: hand the conversation to ``user`` (a team member's id or email).
    - ``use_message``: reply with exactly ``text``.
    - ``reply_with_info``: always add the information in ``text`` to the reply.
    - ``bring_up_topic``: always bring up ``text`` in the reply.
    - ``answer_from_kb``: answer from the knowledge base (the engine's grounded answer).
    - ``request``: ask the client for ``field`` (email, name, phone, address), wait, validate, store, thank.
    - ``do_not_mention``: never say ``text``.
    - ``try_bring_up_topic``: bring up ``text`` once in the conversation, when it has not come up yet.
    """

    model_config = ConfigDict(extra="forbid")

    type: str
    text: str | None = Field(None, max_length=1500)
    user: str | None = Field(None, max_length=200)
    field: str | None = None

    @model_validator(mode="after")
    def _check(self) -> "Then":
        if self.type not in THEN_TYPES:
            raise ValueError(f"unknown THEN type {self.type!r}; accepted: {', '.join(THEN_TYPES)}")
        if self.type == "transfer" and not (self.user or "").strip():
            raise ValueError("a 'transfer' step needs 'user' (the team member's id or email)")
        if self.type == "request" and self.field not in LEAD_FIELDS:
            raise ValueError(f"a 'request' step needs 'field', one of {', '.join(LEAD_FIELDS)}")
        if self.type in ("use_message", "reply_with_info", "bring_up_topic", "do_not_mention",
                         "try_bring_up_topic") and not (self.text or "").strip():
            raise ValueError(f"a {self.type!r} step needs its 'text'")
        return self


class Action(BaseModel):
    """WHEN (1..5 conditions, ALL or ANY) THEN (1..5 steps)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default_factory=_id)
    name: str = Field("", max_length=120)
    match: Literal["all", "any"] = "all"
    # the limits are declared for the schema; the validators below say them in words
    when: list[Condition] = Field(json_schema_extra={"minItems": 1, "maxItems": MAX_CONDITIONS})
    then: list[Then] = Field(json_schema_extra={"minItems": 1, "maxItems": MAX_THEN})
    enabled: bool = True

    @field_validator("match", mode="before")
    @classmethod
    def _lower(cls, v: Any) -> Any:
        return v.lower() if isinstance(v, str) else v

    @field_validator("when")
    @classmethod
    def _when(cls, v: list[Condition]) -> list[Condition]:
        if not v:
            raise ValueError("an action needs at least one WHEN condition")
        if len(v) > MAX_CONDITIONS:
            raise ValueError(f"an action has at most {MAX_CONDITIONS} WHEN conditions; got {len(v)}")
        return v

    @field_validator("then")
    @classmethod
    def _then(cls, v: list[Then]) -> list[Then]:
        if not v:
            raise ValueError("THEN is empty: an action needs at least one THEN step")
        if len(v) > MAX_THEN:
            raise ValueError(f"an action has at most {MAX_THEN} THEN steps; got {len(v)}")
        return v


class AgentSettings(BaseModel):
    """Per-agent settings: how long to wait for more messages before replying, voice replies."""

    model_config = ConfigDict(extra="forbid", strict=True)

    reply_delay_s: JsonInt = Field(600, ge=REPLY_DELAY_RANGE[0], le=REPLY_DELAY_RANGE[1])
    voice_enabled: bool = False


class Agent(BaseModel):
    """One agent of a workspace. Settings, sources and actions are kept whatever the state."""

    id: str = Field(default_factory=_id)
    workspace_id: str
    name: str = Field(min_length=1, max_length=120)
    persona: dict[str, Any] = Field(default_factory=dict)
    source_ids: list[str] = Field(default_factory=list)
    products_enabled: bool = True
    actions: list[Action] = Field(default_factory=list)
    settings: AgentSettings = Field(default_factory=AgentSettings)
    state: AgentState = "draft"
    template: str | None = None
    created_at: float = Field(default_factory=time.time)
    updated_at: float = Field(default_factory=time.time)
    state_changed_at: float | None = None
    state_changed_by: str | None = None
    state_reason: str | None = None

    @field_validator("persona")
    @classmethod
    def _persona(cls, v: dict[str, Any]) -> dict[str, Any]:
        make_persona(v)  # raises PersonaError with the field and the limit
        return v

    @field_validator("actions")
    @classmethod
    def _actions(cls, v: list[Action]) -> list[Action]:
        if len(v) > MAX_ACTIONS:
            raise ValueError(f"an agent has at most {MAX_ACTIONS} actions; got {len(v)}")
        return v

    def public(self) -> dict[str, Any]:
        return self.model_dump()


class Lead(BaseModel):
    """What a client gave: email, phone, name, address and custom fields. Nothing else is written here."""

    id: str = Field(default_factory=_id)
    workspace_id: str
    email: str | None = None
    phone: str | None = None
    name: str | None = None
    address: str | None = None
    custom: dict[str, Any] = Field(default_factory=dict)
    created_at: float = Field(default_factory=time.time)
    updated_at: float = Field(default_factory=time.time)

    def public(self) -> dict[str, Any]:
        return self.model_dump()


def _problems(exc: ValidationError) -> str:
    out = []
    for e in exc.errors():
        loc = ".".join(str(p) for p in e["loc"])
        msg = str(e["msg"]).removeprefix("Value error, ")
        out.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(out)


def parse_action(data: dict[str, Any] | Action) -> Action:
    """An Action from a dict, with one clear ActionError on any problem."""
    if isinstance(data, Action):
        return data
    try:
        return Action.model_validate(data)
    except ValidationError as exc:
        raise ActionError(f"invalid action: {_problems(exc)}") from exc


def parse_actions(items: list[dict[str, Any] | Action]) -> list[Action]:
    """A list of actions, checking the per-agent limit first so the 21st gets the right message."""
    if len(items) > MAX_ACTIONS:
        raise ActionError(f"an agent has at most {MAX_ACTIONS} actions; got {len(items)}")
    out = []
    for i, a in enumerate(items, 1):
        try:
            out.append(parse_action(a))
        except ActionError as exc:
            raise ActionError(f"action {i}: {exc.message}") from exc
    return out


def parse_settings(data: dict[str, Any] | None) -> AgentSettings:
    try:
        return AgentSettings.model_validate(data or {})
    except ValidationError as exc:
        raise InputError(f"invalid agent settings: {_problems(exc)}") from exc


__all__ = ["Agent", "Action", "Condition", "Then", "Lead", "AgentSettings", "ActionError", "parse_action",
           "parse_actions", "parse_settings", "PLAN_ACTIVE_AGENT_LIMITS", "MAX_ACTIONS", "MAX_CONDITIONS",
           "MAX_THEN", "CONDITION_VALUES", "THEN_TYPES", "LEAD_FIELDS"]
