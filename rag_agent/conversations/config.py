"""Per-workspace settings of the conversation layer (routing, webhook, limits, plan), stored as JSON.

The outgoing webhook's signing secret is stored sealed (``enc:v1:...``, :class:`rag_agent.secretbox.SecretBox`,
the data directory's key), like connector secrets: a copy of the database alone does not let anyone forge the
service's webhooks. Secrets written in clear by older versions are sealed on start (:meth:`ConfigStore.seal_secrets`).
"""

from __future__ import annotations

import secrets
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from rag_agent.db import Database, dumps, loads
from rag_agent.conversations.models import CHANNELS
from rag_agent.conversations.plans import PLANS
from rag_agent.errors import InputError
from rag_agent.secretbox import SecretBox


class ChannelRule(BaseModel):
    """Who gets new conversations of one channel: an AI agent, a human or a team."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["ai", "human", "team"]
    id: str = Field(min_length=1)


class Routing(BaseModel):
    """How new conversations and handoffs find their owner.

    ``mode``: ``round_robin`` (the next online human; away and offline ones are skipped; the default agent
    when nobody is online) or ``notify_everybody`` (the default agent owns it, every human is notified and
    anyone may take it). ``assign_new_to_ai``: an AI agent id that gets every new conversation, overriding
    channel rules and human routing. ``welcome_message``: sent when a conversation starts, by the AI when an
    AI is assigned, else by the assigned human. ``away_message``: added to what a customer is told when they
    need a person and nobody is on duty (no member online, no default agent): when and how the store answers.
    """

    model_config = ConfigDict(extra="forbid")
    mode: Literal["round_robin", "notify_everybody"] = "round_robin"
    default_human_id: str | None = None
    assign_new_to_ai: str | None = None
    channel_rules: dict[str, ChannelRule] = Field(default_factory=dict)
    welcome_message: str | None = Field(None, max_length=2000)
    away_message: str | None = Field(None, max_length=1000)
    max_auto_handoffs: int = Field(4, ge=1, le=50)

    @field_validator("channel_rules")
    @classmethod
    def _channels(cls, v: dict[str, ChannelRule]) -> dict[str, ChannelRule]:
        bad = [c for c in v if c not in CHANNELS]
        if bad:
            raise ValueError(f"unknown channel {bad[0]!r} in channel_rules; accepted: {', '.join(CHANNELS)}")
        return v


class Limits(BaseModel):
    """Overrides of the plan's limits (None: the plan's value)."""

    model_config = ConfigDict(extra="forbid")
    daily_credit_limit: float | None = Field(None, ge=0)
    replies_per_minute: int | None = Field(None, ge=1)


class WorkspaceConfig(BaseModel):
    """Everything configurable per workspace."""

    model_config = ConfigDict(extra="forbid")
    plan: Literal["trial", "paid", "pro"] | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    routing: Routing = Field(default_factory=Routing)
    limits: Limits = Field(default_factory=Limits)

    def public(self) -> dict[str, Any]:
        d = self.model_dump()
        d["webhook_secret"] = "set" if self.webhook_secret else None
        return d


def _problems(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {str(e['msg']).removeprefix('Value error, ')}"
                     for e in exc.errors())


class ConfigStore:
    """Reads and writes :class:`WorkspaceConfig` rows; the webhook secret is sealed with ``box`` at rest."""

    def __init__(self, db: Database, box: SecretBox | None = None) -> None:
        self.db = db
        self.box = box

    def _open(self, data: dict[str, Any]) -> dict[str, Any]:
        if self.box is not None and data.get("webhook_secret"):
            data["webhook_secret"] = self.box.open(data["webhook_secret"], "the outgoing webhook's secret")
        return data

    def _seal(self, data: dict[str, Any]) -> dict[str, Any]:
        if self.box is not None and data.get("webhook_secret"):
            data["webhook_secret"] = self.box.seal(data["webhook_secret"])
        return data

    def get(self, workspace_id: str) -> WorkspaceConfig:
        row = self.db.one("SELECT data FROM cv_settings WHERE workspace_id=:w", w=workspace_id)
        return WorkspaceConfig.model_validate(self._open(loads(row["data"], {}))) if row else WorkspaceConfig()

    def seal_secrets(self) -> int:
        """Seal webhook secrets stored in clear (by versions before sealing); returns how many."""
        if self.box is None:
            return 0
        done = 0
        for row in self.db.rows("SELECT workspace_id, data FROM cv_settings"):
            secret = loads(row["data"], {}).get("webhook_secret")
            if not secret or self.box.is_sealed(secret):
                continue
            with self.db.tx() as tx:
                [locked] = tx.lock("SELECT data FROM cv_settings WHERE workspace_id=:w", w=row["workspace_id"])
                data = loads(locked["data"], {})
                if data.get("webhook_secret") and not self.box.is_sealed(data["webhook_secret"]):
                    tx.run("UPDATE cv_settings SET data=:d WHERE workspace_id=:w", d=dumps(self._seal(data)),
                           w=row["workspace_id"])
                    done += 1
        if done:
            self.db.scrub()  # the clear values must not survive in free pages or the WAL
        return done

    def update(self, workspace_id: str, now: float, **changes: Any) -> WorkspaceConfig:
        """Merge ``changes`` (top-level keys; nested dicts replace the section's given keys)."""
        with self.db.tx() as tx:
            # read-modify-write under a row lock: two workers changing different sections both keep their change
            tx.run("INSERT INTO cv_settings(workspace_id, data, updated_at) VALUES (:w, '{}', :t) "
                   "ON CONFLICT (workspace_id) DO NOTHING", w=workspace_id, t=now)
            [row] = tx.lock("SELECT data FROM cv_settings WHERE workspace_id=:w", w=workspace_id)
            data = self._open(loads(row["data"], {}))
            for k, v in changes.items():
                if isinstance(v, dict) and isinstance(data.get(k), dict):
                    data[k] = {**data[k], **v}
                else:
                    data[k] = v
            try:
                cfg = WorkspaceConfig.model_validate(data)
            except ValidationError as exc:
                raise InputError(f"invalid settings: {_problems(exc)}") from exc
            if cfg.plan is not None and cfg.plan not in PLANS:
                raise InputError(f"unknown plan {cfg.plan!r}; accepted: {', '.join(PLANS)}")
            tx.run("UPDATE cv_settings SET data=:d, updated_at=:t WHERE workspace_id=:w",
                   d=dumps(self._seal(cfg.model_dump())), t=now, w=workspace_id)
        return cfg


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


__all__ = ["WorkspaceConfig", "Routing", "ChannelRule", "Limits", "ConfigStore", "new_secret"]
