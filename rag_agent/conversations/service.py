"""ConversationService: messages in, one delayed reply per burst out, routing, handoff, voice, credits.

Flow of an incoming message (:meth:`ConversationService.receive`):

1. the channel is checked (WhatsApp Lite is refused), the lead is registered;
2. the lead's open conversation on that channel takes the message; without one a new conversation starts, unless
   the last one closed less than :data:`COOLDOWN_S` ago: then it waits (status ``waiting``) until the cooldown
   ends, keeping the messages;
3. a new conversation gets its owner from the routing rules (:mod:`.routing`) and the welcome message;
4. when an AI agent owns the conversation, its reply is due ``reply_delay_s`` after the latest message, so a
   burst of messages gets one reply that takes all of them into account; otherwise the owner is notified.

:meth:`ConversationService.tick` (the scheduler's step; a background thread in the server, an endpoint in tests)
starts waiting conversations, writes due replies and delivers webhooks. Every time comes from the injected
:class:`~rag_agent.conversations.clock.Clock`.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from connectors.egress import PublicOnlyTransport, check_public_urls
from rag_agent.conversations import phrases
from rag_agent.conversations.clock import Clock
from rag_agent.conversations.config import ConfigStore, WorkspaceConfig, new_secret
from rag_agent.conversations.credits import CreditsExhausted, Credits, RateLimited, UsageLimitReached
from rag_agent.db import Database, Tx, dumps, loads
from rag_agent.conversations.delivery import Outbox
from rag_agent.conversations.knowledge import AnsweredQuestions
from rag_agent.conversations.handoff import REASONS, HandoffRefused, check_move, loop_guard
from rag_agent.conversations.models import (COOLDOWN_S, UNANSWERED_INTENTS, Conversation, Message, Owner,
                                            check_channel)
from rag_agent.conversations.pipelines import Pipelines
from rag_agent.conversations.plans import plan as get_plan
from rag_agent.conversations.responder import AgentAnswer, AgentResponder
from rag_agent.conversations.routing import Decision, Router
from rag_agent.conversations.voice import NoSpeechToText, SpeechToText, SpeechToTextError
from rag_agent.errors import InputError, LimitExceeded, MessageTooLong, NotFound, RagAgentError
from rag_agent.ports import KnowledgeBase
from rag_agent.secretbox import SecretBox
from rag_agent.state import State

logger = logging.getLogger(__name__)

MAX_HISTORY = 30


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def conversation_from_row(row: dict[str, Any]) -> Conversation:
    """A conversation as a ``cv_conversations`` row stores it."""
    return Conversation(
        id=row["id"], workspace_id=row["workspace_id"], lead_id=row["lead_id"], channel=row["channel"],
        status=row["status"], owner=Owner(row["owner_kind"], row["owner_id"]), agent_id=row["agent_id"],
        ai_stopped=bool(row["ai_stopped"]), unread=bool(row["unread"]), playground=bool(row["playground"]),
        stage_id=row["stage_id"], event=loads(row["event"]), language=row["language"], intent=row["intent"],
        sentiment=row["sentiment"], reply_due_at=row["reply_due_at"], starts_at=row["starts_at"],
        handed_over=bool(row["handed_over"]), loop_guarded=bool(row["loop_guarded"]), last_error=row["last_error"],
        created_at=row["created_at"], closed_at=row["closed_at"], updated_at=row["updated_at"],
        first_agent_id=row["first_agent_id"], routed_by=row["routed_by"])


def _msg(row: dict[str, Any]) -> Message:
    return Message(
        id=row["id"], conversation_id=row["conversation_id"], seq=row["seq"], direction=row["direction"],
        sender_kind=row["sender_kind"], sender_id=row["sender_id"], kind=row["kind"], text=row["text"],
        transcript=row["transcript"], audio_path=row["audio_path"], error=row["error"], status=row["status"],
        reply_to=loads(row["reply_to"], []), language=row["language"], intent=row["intent"],
        response_s=row["response_s"], credits=row["credits"], meta=loads(row["meta"], {}),
        created_at=row["created_at"])


@dataclass
class Metadata:
    """Handoff instructions of an external bot, from an incoming message's metadata."""

    assign_to: str | None = None
    assign_team: str | None = None
    event: dict[str, Any] | None = None

    @classmethod
    def parse(cls, meta: dict[str, Any] | None) -> "Metadata":
        meta = meta or {}
        to = meta.get("KM_ASSIGN_TO")
        team = meta.get("KM_ASSIGN_TEAM")
        event = meta.get("event")
        if to is not None and not isinstance(to, str):
            raise InputError("metadata.KM_ASSIGN_TO must be a string: a user's id or email, or an AI agent's id")
        if team is not None and not isinstance(team, str):
            raise InputError("metadata.KM_ASSIGN_TEAM must be a team id (a string)")
        if event is not None:
            if not isinstance(event, dict) or not isinstance(event.get("name"), str) or not event["name"].strip():
                raise InputError("metadata.event must be an object with a 'name' (and optional 'data')")
            if not isinstance(event.get("data", {}), dict):
                raise InputError("metadata.event.data must be an object")
            event = {"name": event["name"].strip(), "data": event.get("data") or {}}
        return cls((to or "").strip() or None, (team or "").strip() or None, event)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class TickReport:
    """What one scheduler step did."""

    now: float
    started: int = 0
    replied: int = 0
    handed_off: int = 0
    waiting_on_limits: int = 0
    delivered: int = 0
    errors: list[str] = field(default_factory=list)
    reply_ms: list[float] = field(default_factory=list)  # wall time of each reply written in this step

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class ConversationService:
    """Conversations of every workspace over one database."""

    def __init__(self, db: Database, responder: AgentResponder, clock: Clock, *, data_dir: Path,
                 stt: SpeechToText | None = None, state: State | None = None, knowledge: KnowledgeBase | None = None,
                 max_message_chars: int = 2000,
                 max_audio_bytes: int = 20 * 1024 * 1024, outbox: Outbox | None = None,
                 public_webhooks_only: bool = True, owns_db: bool = True) -> None:
        self.db = db
        self.owns_db = owns_db  # False: the database is the service's, closed by it
        self.responder = responder
        self.clock = clock
        self.data_dir = Path(data_dir)
        self.stt = stt or NoSpeechToText()
        self.state = state  # the service's workspaces (their plans); None: a conversation service alone
        # answered questions become a knowledge source through the knowledge base (the Service)
        self.answered = AnsweredQuestions(db, clock, state, knowledge, responder)
        self.max_message_chars = max_message_chars
        self.max_audio_bytes = max_audio_bytes
        self.configs = ConfigStore(db, SecretBox(self.data_dir))
        if self.configs.seal_secrets():
            logger.info("outgoing webhook secrets stored in clear were sealed")
        self.router = Router(responder)
        self.pipelines = Pipelines(responder)
        self.credits = Credits(db)
        # a workspace names its webhook URL: unless the operator allows private upstreams, it must be a public
        # host when set and at every delivery (no requests into the operator's network)
        self.public_webhooks_only = public_webhooks_only
        self.outbox = outbox or Outbox(db, self._webhook_target, httpx.Client(
            timeout=5.0, transport=PublicOnlyTransport() if public_webhooks_only else None))
        self._tick_lock = threading.Lock()

    def close(self) -> None:
        """Release the webhook client and the database when it is this service's own (it cannot be used afterwards)."""
        self.outbox.client.close()
        if self.owns_db:
            self.db.close()

    # -- settings ----------------------------------------------------------------------------------
    def _webhook_target(self, ws: str) -> tuple[str | None, str | None]:
        cfg = self.configs.get(ws)
        return cfg.webhook_url, cfg.webhook_secret

    def config(self, ws: str) -> WorkspaceConfig:
        return self.configs.get(ws)

    def set_webhook(self, ws: str, url: str | None, secret: str | None = None) -> dict[str, Any]:
        """Set (or clear, with None) the outgoing webhook; a secret is generated when none is given and returned."""
        if url is not None and not url.startswith(("http://", "https://")):
            raise InputError("webhook url must start with http:// or https://")
        if url is not None and self.public_webhooks_only:
            check_public_urls([("url", url)])
        cur = self.configs.get(ws)
        secret = secret or cur.webhook_secret or new_secret()
        self.configs.update(ws, self.clock.now(), webhook_url=url, webhook_secret=secret if url else None)
        return {"url": url, "secret": secret if url else None}

    def set_routing(self, ws: str, changes: dict[str, Any]) -> WorkspaceConfig:
        """Change the routing rules; every agent, member and team they name must be this workspace's own
        (404 naming the id otherwise, and nothing changes)."""
        with self.db.tx() as tx:
            if changes.get("default_human_id"):
                self.router.human(tx, ws, changes["default_human_id"])
            for channel, rule in (changes.get("channel_rules") or {}).items():
                kind, target = (rule or {}).get("kind"), (rule or {}).get("id")
                if not isinstance(target, str) or not target:
                    continue  # the settings' own validation names what is missing
                try:
                    if kind == "ai":
                        self.responder.get(ws, target)
                    elif kind == "human":
                        if not self.router.find_human(tx, ws, target):
                            raise NotFound(f"team member {target!r} not found")
                    elif kind == "team":
                        self.router.team(tx, ws, target)
                except NotFound as exc:
                    raise NotFound(f"channel_rules.{channel}: {exc.message} in this workspace") from None
        if changes.get("assign_new_to_ai"):
            self.responder.get(ws, changes["assign_new_to_ai"])
        return self.configs.update(ws, self.clock.now(), routing=changes)

    def set_plan(self, ws: str, plan: str | None) -> WorkspaceConfig:
        return self.configs.update(ws, self.clock.now(), plan=plan)

    def set_limits(self, ws: str, changes: dict[str, Any]) -> WorkspaceConfig:
        return self.configs.update(ws, self.clock.now(), limits=changes)

    def plan_name(self, ws: str, cfg: WorkspaceConfig | None = None) -> str:
        cfg = cfg or self.configs.get(ws)
        if cfg.plan:
            return cfg.plan
        if self.state is not None:
            try:
                return self.state.get_workspace(ws).plan
            except NotFound:
                return "trial"
        return "trial"

    # -- humans, teams, pipelines ------------------------------------------------------------------
    def add_human(self, ws: str, name: str, email: str | None = None, status: str = "online",
                  teams: list[str] | None = None) -> dict[str, Any]:
        with self.db.tx() as tx:
            return self.router.add_human(tx, ws, name, email, status, teams or [], self.clock.now()).public()

    def update_human(self, ws: str, human_id: str, **changes: Any) -> dict[str, Any]:
        with self.db.tx() as tx:
            return self.router.update_human(tx, ws, human_id, **changes).public()

    def list_humans(self, ws: str) -> list[dict[str, Any]]:
        with self.db.tx() as tx:
            return [h.public() for h in self.router.humans(tx, ws)]

    def add_team(self, ws: str, name: str) -> dict[str, Any]:
        with self.db.tx() as tx:
            return self.router.add_team(tx, ws, name, self.clock.now())

    def list_teams(self, ws: str) -> list[dict[str, Any]]:
        with self.db.tx() as tx:
            return self.router.teams(tx, ws)

    def create_pipeline(self, ws: str, name: str, stages: list[str]) -> dict[str, Any]:
        with self.db.tx() as tx:
            return self.pipelines.create(tx, ws, name, stages, self.clock.now())

    def list_pipelines(self, ws: str) -> list[dict[str, Any]]:
        with self.db.tx() as tx:
            return self.pipelines.list(tx, ws)

    def set_triggers(self, ws: str, pipeline_id: str, launch: list[dict[str, Any]],
                     stop: list[dict[str, Any]]) -> dict[str, Any]:
        with self.db.tx() as tx:
            return self.pipelines.set_triggers(tx, ws, pipeline_id, launch, stop, self.clock.now())

    def remove_trigger(self, ws: str, trigger_id: str) -> None:
        with self.db.tx() as tx:
            self.pipelines.remove_trigger(tx, ws, trigger_id)

    def move_lead(self, ws: str, lead_id: str, stage_id: str) -> dict[str, Any]:
        """Put a lead in a stage; the stage's stop triggers stop their agents in all the lead's conversations."""
        now = self.clock.now()
        with self.db.tx() as tx:
            stage = self.pipelines.stage(tx, ws, stage_id)
            self._lead(tx, ws, lead_id, None, None, now)
            tx.run("UPDATE cv_leads SET stage_id=:s, updated_at=:t WHERE workspace_id=:w AND id=:l", s=stage_id, t=now,
                   w=ws, l=lead_id)
            stopped = []
            for agent_id in self.pipelines.stop_agents(tx, ws, stage_id):
                for row in tx.rows("SELECT id FROM cv_conversations WHERE workspace_id=:w AND lead_id=:l AND "
                                   "agent_id=:a AND status IN ('open', 'waiting') AND ai_stopped=0", w=ws, l=lead_id,
                                   a=agent_id):
                    self._stop_ai(tx, ws, row["id"], now, f"stop trigger of stage {stage['name']!r}")
                    stopped.append({"conversation_id": row["id"], "agent_id": agent_id})
        return {"lead_id": lead_id, "stage_id": stage_id, "stage": stage["name"], "stopped": stopped}

    def agent_off(self, ws: str, agent_id: str) -> dict[str, Any]:
        """Turn an AI agent off for conversations: it stops in every conversation and loses its triggers."""
        self.responder.get(ws, agent_id)
        now = self.clock.now()
        with self.db.tx() as tx:
            removed = self.pipelines.remove_agent(tx, ws, agent_id)
            rows = tx.rows("SELECT id FROM cv_conversations WHERE workspace_id=:w AND agent_id=:a AND ai_stopped=0 "
                           "AND status IN ('open', 'waiting')", w=ws, a=agent_id)
            for r in rows:
                self._stop_ai(tx, ws, r["id"], now, "the AI agent was turned off")
            cfg = self.configs.get(ws)
        if cfg.routing.assign_new_to_ai == agent_id:
            self.configs.update(ws, now, routing={"assign_new_to_ai": None})
        return {"agent_id": agent_id, "triggers_removed": removed, "conversations_stopped": len(rows)}

    # -- reading ------------------------------------------------------------------------------------
    def get(self, ws: str, conversation_id: str, tx: Tx | None = None) -> Conversation:
        q = tx or self.db
        row = q.one("SELECT * FROM cv_conversations WHERE id=:id AND workspace_id=:w", id=conversation_id, w=ws)
        if not row:
            raise NotFound(f"conversation {conversation_id!r} not found")
        return conversation_from_row(row)

    def messages(self, ws: str, conversation_id: str, tx: Tx | None = None) -> list[Message]:
        q = tx or self.db
        self.get(ws, conversation_id, tx)
        return [_msg(r) for r in q.rows("SELECT * FROM cv_messages WHERE conversation_id=:c ORDER BY seq",
                                        c=conversation_id)]

    def message(self, ws: str, message_id: str) -> Message:
        row = self.db.one("SELECT * FROM cv_messages WHERE id=:id AND workspace_id=:w", id=message_id, w=ws)
        if not row:
            raise NotFound(f"message {message_id!r} not found")
        return _msg(row)

    def list(self, ws: str, lead_id: str | None = None, status: str | None = None, owner_kind: str | None = None,
             unread: bool | None = None, limit: int = 200) -> list[Conversation]:
        sql = "SELECT * FROM cv_conversations WHERE workspace_id=:w AND playground=0"
        args: dict[str, Any] = {"w": ws, "n": limit}
        for col, val in (("lead_id", lead_id), ("status", status), ("owner_kind", owner_kind)):
            if val is not None:
                sql += f" AND {col}=:{col}"
                args[col] = val
        if unread is not None:
            sql += " AND unread=:unread"
            args["unread"] = int(unread)
        return [conversation_from_row(r) for r in self.db.rows(sql + " ORDER BY created_at, id LIMIT :n", **args)]

    def handoffs(self, ws: str, conversation_id: str) -> list[dict[str, Any]]:
        self.get(ws, conversation_id)
        rows = self.db.rows("SELECT * FROM cv_handoffs WHERE conversation_id=:c ORDER BY seq", c=conversation_id)
        for r in rows:
            r["payload"] = loads(r["payload"], {})
            r["automatic"] = bool(r["automatic"])
            r.pop("workspace_id")
        return rows

    def notifications(self, ws: str, human_id: str | None = None, target: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM cv_notifications WHERE workspace_id=:w"
        args: dict[str, Any] = {"w": ws}
        if human_id:
            sql += " AND target_kind='human' AND target_id=:h"
            args["h"] = human_id
        elif target:
            sql += " AND target_kind=:k"
            args["k"] = target
        rows = self.db.rows(sql + " ORDER BY created_at, id", **args)
        for r in rows:
            r["silent"] = bool(r["silent"])
            r.pop("workspace_id")
        return rows

    def lead(self, ws: str, lead_id: str) -> dict[str, Any]:
        row = self.db.one("SELECT * FROM cv_leads WHERE workspace_id=:w AND id=:l", w=ws, l=lead_id)
        if not row:
            raise NotFound(f"lead {lead_id!r} not found")
        row["data"] = loads(row["data"], {})
        row.pop("workspace_id")
        return row

    # -- incoming messages -------------------------------------------------------------------------
    def _lead(self, tx: Tx, ws: str, lead_id: str, name: str | None, language: str | None,
              now: float) -> dict[str, Any]:
        # the first message of a new lead may reach two workers at once: one inserts, the other finds it; the
        # lock then makes every message of this lead wait for the one before it (one open conversation each)
        created = tx.run("INSERT INTO cv_leads(workspace_id, id, name, data, language, created_at, updated_at) "
                         "VALUES (:w, :l, :n, '{}', :g, :t, :t) ON CONFLICT (workspace_id, id) DO NOTHING",
                         w=ws, l=lead_id, n=name, g=language, t=now)
        [row] = tx.lock("SELECT * FROM cv_leads WHERE workspace_id=:w AND id=:l", w=ws, l=lead_id)
        if not created and ((name and name != row["name"]) or (language and language != row["language"])):
            tx.run("UPDATE cv_leads SET name=COALESCE(:n, name), language=COALESCE(:g, language), updated_at=:t "
                   "WHERE workspace_id=:w AND id=:l", n=name, g=language, t=now, w=ws, l=lead_id)
        return row  # type: ignore[return-value]

    def _insert_message(self, tx: Tx, conv_id: str, ws: str, now: float, *, direction: str, sender_kind: str,
                        sender_id: str | None = None, kind: str = "text", text: str | None = None,
                        status: str = "sent", **extra: Any) -> str:
        tx.lock("SELECT id FROM cv_conversations WHERE id=:c", c=conv_id)  # one numbering worker at a time
        seq = tx.one("SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM cv_messages WHERE conversation_id=:c", c=conv_id)["s"]
        mid = _id("msg")
        cols = {"id": mid, "conversation_id": conv_id, "workspace_id": ws, "seq": seq, "direction": direction,
                "sender_kind": sender_kind, "sender_id": sender_id, "kind": kind, "text": text, "status": status,
                "created_at": now, "transcript": None, "audio_path": None, "error": None, "reply_to": None,
                "language": None, "intent": None, "response_s": None, "credits": None, "meta": None}
        for k, v in extra.items():
            cols[k] = dumps(v) if k in {"reply_to", "meta"} and v is not None else v
        tx.run(f"INSERT INTO cv_messages({', '.join(cols)}) VALUES ({', '.join(':' + k for k in cols)})", **cols)
        return mid

    def _say(self, tx: Tx, conv: Conversation, now: float, text: str, sender_kind: str = "system",
             sender_id: str | None = None, **extra: Any) -> str:
        """Send an outgoing message (stored, and delivered to the webhook)."""
        mid = self._insert_message(tx, conv.id, conv.workspace_id, now, direction="out", sender_kind=sender_kind,
                                   sender_id=sender_id, text=text, **extra)
        if self._webhook_target(conv.workspace_id)[0]:  # build the event only when someone receives it
            self.outbox.enqueue(tx, conv.workspace_id, "message.created",
                                {"conversation_id": conv.id, "lead_id": conv.lead_id, "channel": conv.channel,
                                 "message": _msg(tx.one("SELECT * FROM cv_messages WHERE id=:id", id=mid)).public()},
                                now)
        return mid

    def _notify(self, tx: Tx, ws: str, now: float, target_kind: str, target_id: str | None, kind: str,
                conv_id: str | None, text: str, silent: bool = False) -> None:
        tx.run("INSERT INTO cv_notifications(id, workspace_id, target_kind, target_id, kind, conversation_id, text, "
               "link, silent, created_at) VALUES (:id, :w, :k, :t, :kind, :c, :x, :l, :s, :n)", id=_id("ntf"), w=ws,
               k=target_kind, t=target_id, kind=kind, c=conv_id, x=text,
               l=f"/v1/conversations/{conv_id}" if conv_id else None, s=int(silent), n=now)

    def _update(self, tx: Tx, conv_id: str, now: float, **cols: Any) -> None:
        sets = ", ".join(f"{k}=:{k}" for k in cols)
        tx.run(f"UPDATE cv_conversations SET {sets}, updated_at=:now_ WHERE id=:id_", now_=now, id_=conv_id, **cols)

    def receive(self, ws: str, channel: str, lead_id: str, *, text: str | None = None, audio: bytes | None = None,
                audio_format: str | None = None, lead_name: str | None = None, language: str | None = None,
                metadata: dict[str, Any] | None = None) -> dict[str, Any]:
        """Take one incoming message; returns the conversation, the stored message and what happens next."""
        channel = check_channel(channel)
        lead_id = (lead_id or "").strip()
        if not lead_id or len(lead_id) > 200:
            raise InputError("lead.id is required (at most 200 characters)")
        if (text is None or not text.strip()) and audio is None:
            raise InputError("a message needs 'text' or 'audio'")
        if text is not None and audio is not None:
            raise InputError("send either 'text' or 'audio', not both")
        if text is not None and len(text) > self.max_message_chars:
            raise MessageTooLong(f"the message has {len(text)} characters; at most {self.max_message_chars} "
                                 "are accepted")
        if language is not None and language not in phrases.LANGS:
            raise InputError(f"language {language!r} is not one of {', '.join(phrases.LANGS)}")
        meta = Metadata.parse(metadata)
        now = self.clock.now()
        cfg = self.configs.get(ws)
        with self.db.tx() as tx:
            lead = self._lead(tx, ws, lead_id, lead_name, language, now)
            row = tx.one("SELECT * FROM cv_conversations WHERE workspace_id=:w AND lead_id=:l AND channel=:c AND "
                         "status IN ('open', 'waiting') AND playground=0", w=ws, l=lead_id, c=channel)
            new = row is None
            if new:
                last = tx.one("SELECT closed_at FROM cv_conversations WHERE workspace_id=:w AND lead_id=:l AND "
                              "channel=:c AND status='closed' AND playground=0 ORDER BY closed_at DESC LIMIT 1",
                              w=ws, l=lead_id, c=channel)
                waiting = last is not None and now < last["closed_at"] + COOLDOWN_S
                cid = _id("conv")
                tx.run("INSERT INTO cv_conversations(id, workspace_id, lead_id, channel, status, stage_id, language, "
                       "starts_at, created_at, updated_at) VALUES (:id, :w, :l, :c, :s, :g, :lang, :st, :t, :t)",
                       id=cid, w=ws, l=lead_id, c=channel, s="waiting" if waiting else "open", g=lead["stage_id"],
                       lang=language or lead["language"], st=(last["closed_at"] + COOLDOWN_S) if waiting else now,
                       t=now)
                row = tx.one("SELECT * FROM cv_conversations WHERE id=:id", id=cid)
            conv = conversation_from_row(row)  # type: ignore[arg-type]
            if language and conv.language != language:
                self._update(tx, conv.id, now, language=language)
                conv.language = language
            mid = self._insert_message(tx, conv.id, ws, now, direction="in", sender_kind="customer",
                                       kind="audio" if audio is not None else "text", text=text,
                                       status="received" if audio is not None else "pending",
                                       meta=meta.as_dict() or None, language=language)
            notes: list[str] = []
            if conv.status == "open":
                if new:
                    notes += self._start(tx, conv, cfg, meta, now)
                else:
                    notes += self._apply_metadata(tx, conv, cfg, meta, now)
                if audio is None:
                    self._after_customer_message(tx, ws, conv.id, now, notify=not new)
        if audio is not None:
            notes += self._voice(ws, conv.id, mid, audio, audio_format or "ogg", cfg)
        with self.db.tx() as tx:
            conv = self.get(ws, conv.id, tx)
            msg = _msg(tx.one("SELECT * FROM cv_messages WHERE id=:id", id=mid))
            limits = self._limit_state(tx, ws, cfg, now) if conv.ai_replies else None
        out: dict[str, Any] = {"conversation": conv.public(), "message": msg.public(), "notes": notes}
        if conv.status == "waiting":
            out["cooldown_until"] = conv.starts_at
            notes.append(f"the last conversation closed less than {COOLDOWN_S // 60} minutes ago; a new one starts at "
                         "the end of the cooldown with this message")
        if limits:
            out["limit"] = limits
        return out

    def _limit_state(self, tx: Tx, ws: str, cfg: WorkspaceConfig, now: float) -> dict[str, Any] | None:
        """The limit that would stop an AI reply now, as a clear error (None when replies can go out)."""
        try:
            self.credits.check(tx, ws, get_plan(self.plan_name(ws, cfg)), cfg.limits, "text", now)
        except LimitExceeded as exc:
            action = "waits" if isinstance(exc, RateLimited) else "goes to a human"
            return {"error": type(exc).__name__, "detail": exc.message, "reply": action}
        return None

    def _start(self, tx: Tx, conv: Conversation, cfg: WorkspaceConfig, meta: Metadata, now: float) -> list[str]:
        """Route a conversation that starts now, and send the welcome message."""
        ws = conv.workspace_id
        launch = self.pipelines.launch_agent(tx, ws, conv.stage_id, conv.channel)
        d = self.router.route_new(tx, ws, cfg.routing, conv.channel, launch, meta.assign_to, meta.assign_team, now)
        self._update(tx, conv.id, now, owner_kind=d.owner.kind, owner_id=d.owner.id, agent_id=d.agent_id,
                     first_agent_id=d.agent_id, routed_by=d.how, event=dumps(meta.event) if meta.event else None,
                     unread=int(d.owner.kind != "ai"), handed_over=0)
        for h in d.notify:
            self._notify(tx, ws, now, "human", h, "new_conversation", conv.id,
                         f"new {conv.channel} conversation from lead {conv.lead_id} ({d.how})")
        if d.owner.kind == "none":
            self._notify(tx, ws, now, "admins", None, "unassigned", conv.id,
                         f"new {conv.channel} conversation from lead {conv.lead_id} has no owner: nobody is available")
        conv.owner, conv.agent_id = d.owner, d.agent_id
        self.outbox.enqueue(tx, ws, "conversation.started", {"conversation_id": conv.id, "lead_id": conv.lead_id,
                                                             "channel": conv.channel, "owner": d.owner.__dict__,
                                                             "routed_by": d.how}, now)
        welcome = cfg.routing.welcome_message
        if welcome and d.owner.kind in {"ai", "human"}:
            self._say(tx, conv, now, welcome, sender_kind=d.owner.kind, sender_id=d.owner.id, meta={"welcome": True})
        return d.notes

    def _apply_metadata(self, tx: Tx, conv: Conversation, cfg: WorkspaceConfig, meta: Metadata,
                        now: float) -> list[str]:
        """An external bot's handoff instruction on a message of an existing conversation."""
        notes: list[str] = []
        if meta.event:
            self._update(tx, conv.id, now, event=dumps(meta.event))
            conv.event = meta.event
        target = None
        if meta.assign_to:
            target = self.router.resolve(tx, conv.workspace_id, meta.assign_to)
            if target is None:
                notes.append(f"KM_ASSIGN_TO {meta.assign_to!r} matches no team member or AI agent; ignored")
        elif meta.assign_team:
            target = self.router.resolve(tx, conv.workspace_id, meta.assign_team)
            if target is None or target.kind != "team":
                notes.append(f"KM_ASSIGN_TEAM {meta.assign_team!r} is not a team of this workspace; ignored")
                target = None
        if target is not None and not (target.kind == conv.owner.kind and target.id == conv.owner.id):
            try:
                self._transfer(tx, conv, target, "km_assign", True, now, cfg, by="external_bot")
            except HandoffRefused as exc:
                notes.append(exc.message)
        return notes

    def _after_customer_message(self, tx: Tx, ws: str, conv_id: str, now: float, notify: bool = True) -> None:
        """Schedule the AI reply, or tell the owner a message waits (``notify=False``: already told)."""
        conv = self.get(ws, conv_id, tx)
        if conv.status != "open":
            return
        if conv.ai_replies:
            self._schedule(tx, conv, now)
            return
        self._update(tx, conv.id, now, unread=1)
        if not notify:
            return
        if conv.owner.kind == "human":
            self._notify(tx, ws, now, "human", conv.owner.id, "message", conv.id,
                         f"new message from lead {conv.lead_id}")
        elif conv.owner.kind == "team":
            for h in self.router.humans(tx, ws, conv.owner.id):
                self._notify(tx, ws, now, "human", h.id, "message", conv.id, f"new message from lead {conv.lead_id}")

    def _schedule(self, tx: Tx, conv: Conversation, now: float, immediately: bool = False) -> None:
        """The reply is due ``reply_delay_s`` after the latest pending message (now at the earliest)."""
        last = tx.one("SELECT MAX(created_at) AS t FROM cv_messages WHERE conversation_id=:c AND direction='in' "
                      "AND status='pending'", c=conv.id)["t"]
        if last is None:
            self._update(tx, conv.id, now, reply_due_at=None)
            return
        delay = 0 if immediately else self.responder.get(conv.workspace_id, conv.agent_id).reply_delay_s  # type: ignore[arg-type]
        self._update(tx, conv.id, now, reply_due_at=max(now, last + delay))

    # -- voice --------------------------------------------------------------------------------------
    def _voice(self, ws: str, conv_id: str, mid: str, audio: bytes, fmt: str, cfg: WorkspaceConfig) -> list[str]:
        """Keep the audio, transcribe it when voice is allowed, and either answer it like text or ask for text."""
        from rag_agent.conversations.voice import check_audio

        check_audio(audio, self.max_audio_bytes)
        folder = self.data_dir / "conversations" / "audio" / ws
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{mid}.{fmt.lower().lstrip('.')}"
        path.write_bytes(audio)
        conv = self.get(ws, conv_id)
        plan_name = self.plan_name(ws, cfg)
        error, refusal = None, None
        if not get_plan(plan_name).voice:
            error, refusal = f"voice messages need the Pro plan (this workspace is on {plan_name})", "voice_unavailable"
        elif conv.ai_replies and not self.responder.get(ws, conv.agent_id).voice_enabled:  # type: ignore[arg-type]
            error, refusal = "voice messages are off for this AI agent", "voice_unavailable"
        transcript = None
        if error is None:
            try:
                t = self.stt.transcribe(audio, path.name, conv.language)
                transcript = t.text
            except SpeechToTextError as exc:
                error, refusal = f"speech-to-text failed: {exc.message}", "voice_failed"
        now = self.clock.now()
        with self.db.tx() as tx:
            tx.run("UPDATE cv_messages SET audio_path=:p, transcript=:t, error=:e, status=:s WHERE id=:id",
                   p=str(path), t=transcript, e=error, s="pending" if transcript else "failed", id=mid)
            conv = self.get(ws, conv_id, tx)
            if transcript:
                if conv.status == "open":
                    self._after_customer_message(tx, ws, conv.id, now)
                return []
            if conv.status == "open" and conv.ai_replies:
                lang = self._customer_language(tx, conv)
                self._say(tx, conv, now, phrases.say(refusal or "voice_failed", lang), sender_kind="ai",
                          sender_id=conv.agent_id, reply_to=[mid], language=lang, meta={"voice_error": True})
            elif conv.status == "open":
                self._after_customer_message(tx, ws, conv.id, now)
            self._notify(tx, ws, now, "admins", None, "voice_failed", conv.id,
                         f"a voice message in conversation {conv.id} could not be answered: {error}", silent=True)
        return [error] if error else []

    def _customer_language(self, tx: Tx, conv: Conversation) -> str:
        if conv.language:
            return conv.language
        texts = [r["text"] or r["transcript"] for r in tx.rows(
            "SELECT text, transcript FROM cv_messages WHERE conversation_id=:c AND direction='in' ORDER BY seq",
            c=conv.id) if r["text"] or r["transcript"]]
        lead = tx.one("SELECT language FROM cv_leads WHERE workspace_id=:w AND id=:l", w=conv.workspace_id,
                      l=conv.lead_id)
        if texts:
            from rag_agent.engine.language import detect

            return detect(texts[-1], texts[:-1], default=(lead or {}).get("language") or "en")
        return (lead or {}).get("language") or "en"

    # -- the scheduler ------------------------------------------------------------------------------
    def tick(self, now: float | None = None) -> TickReport:
        """Start conversations whose cooldown ended, write the replies that are due, deliver webhooks."""
        with self._tick_lock:
            now = self.clock.now() if now is None else now
            rep = TickReport(now)
            for row in self.db.rows("SELECT id, workspace_id FROM cv_conversations WHERE status='waiting' AND "
                                    "starts_at <= :t ORDER BY starts_at", t=now):
                self._start_waiting(row["workspace_id"], row["id"], now)
                rep.started += 1
            for row in self.db.rows("SELECT id, workspace_id, reply_due_at FROM cv_conversations WHERE status='open' "
                                    "AND reply_due_at IS NOT NULL AND reply_due_at <= :t ORDER BY reply_due_at",
                                    t=now):
                t0 = time.perf_counter()
                try:
                    outcome = self._reply(row["workspace_id"], row["id"], row["reply_due_at"], now)
                except RagAgentError as exc:
                    logger.warning("reply in conversation %s failed: %s", row["id"], exc)
                    rep.errors.append(f"{row['id']}: {exc.message}")
                    continue
                if outcome == "replied":
                    rep.replied += 1
                    rep.reply_ms.append(round((time.perf_counter() - t0) * 1000, 3))
                elif outcome == "handed_off":
                    rep.handed_off += 1
                elif outcome == "waiting":
                    rep.waiting_on_limits += 1
            rep.delivered = self.outbox.flush(now)
            return rep

    def _start_waiting(self, ws: str, conv_id: str, now: float) -> None:
        cfg = self.configs.get(ws)
        with self.db.tx() as tx:
            conv = self.get(ws, conv_id, tx)
            if conv.status != "waiting":
                return
            first = tx.one("SELECT meta FROM cv_messages WHERE conversation_id=:c ORDER BY seq LIMIT 1", c=conv.id)
            m = (loads(first["meta"]) if first else None) or {}
            meta = Metadata(m.get("assign_to"), m.get("assign_team"), m.get("event"))
            lead = tx.one("SELECT stage_id FROM cv_leads WHERE workspace_id=:w AND id=:l", w=ws, l=conv.lead_id)
            self._update(tx, conv.id, now, status="open", created_at=now, stage_id=lead["stage_id"] if lead else None)
            conv.status, conv.stage_id = "open", lead["stage_id"] if lead else None
            self._start(tx, conv, cfg, meta, now)
            self._after_customer_message(tx, ws, conv.id, now, notify=False)

    def _history(self, tx: Tx, conv_id: str, before_seq: int) -> list[dict[str, Any]]:
        rows = tx.rows("SELECT direction, text, transcript FROM cv_messages WHERE conversation_id=:c AND seq < :s "
                       "ORDER BY seq", c=conv_id, s=before_seq)
        out = [{"role": "customer" if r["direction"] == "in" else "agent", "text": r["text"] or r["transcript"]}
               for r in rows if r["text"] or r["transcript"]]
        return out[-MAX_HISTORY:]

    def _reply(self, ws: str, conv_id: str, due_at: float, now: float) -> str:
        """Write the AI reply of one conversation whose reply is due; returns what happened."""
        cfg = self.configs.get(ws)
        with self.db.tx() as tx:
            # claim: of several workers, the one whose conditional update hits does the work
            if not tx.run("UPDATE cv_conversations SET reply_due_at=NULL WHERE id=:id AND reply_due_at=:d",
                          id=conv_id, d=due_at):
                return "taken"
            conv = self.get(ws, conv_id, tx)
            if not conv.ai_replies:
                return "skipped"
            pending = [_msg(r) for r in tx.rows("SELECT * FROM cv_messages WHERE conversation_id=:c AND "
                                                "direction='in' AND status='pending' ORDER BY seq", c=conv.id)]
            if not pending:
                return "skipped"
            history = self._history(tx, conv.id, pending[0].seq)
            msg_type = "voice" if any(m.kind == "audio" for m in pending) else "text"
            try:
                self.responder.get(ws, conv.agent_id)  # type: ignore[arg-type]
            except NotFound:
                self._handoff_to_human(tx, conv, cfg, "agent_missing", now, tell=True)
                return "handed_off"
            try:
                price = self.credits.check(tx, ws, get_plan(self.plan_name(ws, cfg)), cfg.limits, msg_type, now)
            except RateLimited as exc:
                self._update(tx, conv.id, now, reply_due_at=exc.retry_at, last_error=exc.message)
                return "waiting"
            except (CreditsExhausted, UsageLimitReached) as exc:
                reason = "credits_exhausted" if isinstance(exc, CreditsExhausted) else "usage_limit"
                self._update(tx, conv.id, now, last_error=exc.message)
                self._notify(tx, ws, now, "admins", None, reason, conv.id, exc.message)
                self._handoff_to_human(tx, conv, cfg, reason, now, tell=True, detail=exc.message)
                return "handed_off"
        texts = [m.content for m in pending]
        try:
            ans = self.responder.respond(ws, conv.agent_id, conv.lead_id, texts,  # type: ignore[arg-type]
                                         self._with_event(conv, history), now=now)
        except RagAgentError as exc:
            with self.db.tx() as tx:
                conv = self.get(ws, conv_id, tx)
                self._update(tx, conv.id, now, last_error=f"the AI agent failed: {exc.message}")
                if conv.ai_replies:
                    self._handoff_to_human(tx, conv, cfg, "ai_error", now, tell=True, detail=exc.message)
            return "handed_off"
        with self.db.tx() as tx:
            # the lead first, then the conversation: the order every transaction locks them in (no deadlock with
            # a message of this lead arriving now); storing the reply may update the lead's data
            tx.lock("SELECT id FROM cv_leads WHERE workspace_id=:w AND id=:l", w=ws, l=conv.lead_id)
            conv = self.get(ws, conv_id, tx)
            if not conv.ai_replies:
                return "skipped"  # a person took over while the agent was writing: their turn now
            self._store_reply(tx, conv, cfg, pending, ans, msg_type, price, now)
            return "replied"

    @staticmethod
    def _with_event(conv: Conversation, history: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The history, starting with the external bot's event (as context the agent receives) when there is one."""
        if not conv.event:
            return history
        data = ", ".join(f"{k}: {v}" for k, v in (conv.event.get("data") or {}).items())
        note = f"[event {conv.event['name']}{': ' + data if data else ''}]"
        return [{"role": "customer", "text": note, "event": conv.event}, *history]

    def _store_reply(self, tx: Tx, conv: Conversation, cfg: WorkspaceConfig, pending: list[Message],
                     ans: AgentAnswer, msg_type: str, price: float, now: float) -> None:
        ws = conv.workspace_id
        ids = [m.id for m in pending]
        response_s = now - pending[0].created_at
        if (ans.handoff or ans.transfer_to) and self._nobody_on_duty(tx, ws, cfg, ans.transfer_to):
            ans.text = self._honest_handoff(ans.text, ans.language, cfg)
        mid = self._say(tx, conv, now, ans.text, sender_kind="ai", sender_id=conv.agent_id, reply_to=ids,
                        language=ans.language, intent=ans.intent, response_s=response_s, credits=price,
                        meta={"citations": ans.citations, "merged": len(ids), "msg_type": msg_type})
        for i in ids:
            tx.run("UPDATE cv_messages SET status='answered' WHERE id=:id AND status='pending'", id=i)
        self.credits.charge(tx, ws, conv.agent_id, conv.id, mid, msg_type, price, now)
        self._update(tx, conv.id, now, language=ans.language or conv.language, intent=ans.intent or conv.intent,
                     sentiment=ans.sentiment or conv.sentiment, last_error=None)
        conv.language = ans.language or conv.language
        conv.intent, conv.sentiment = ans.intent or conv.intent, ans.sentiment or conv.sentiment
        if ans.lead_updates:
            row = tx.one("SELECT data FROM cv_leads WHERE workspace_id=:w AND id=:l", w=ws, l=conv.lead_id)
            data = {**loads(row["data"] if row else None, {}), **ans.lead_updates}
            tx.run("UPDATE cv_leads SET data=:d, updated_at=:t WHERE workspace_id=:w AND id=:l", d=dumps(data), t=now,
                   w=ws, l=conv.lead_id)
        unanswered = ans.unanswered or ans.intent in UNANSWERED_INTENTS
        if unanswered:
            tx.run("INSERT INTO cv_unanswered(id, workspace_id, agent_id, conversation_id, message_id, question, "
                   "language, created_at) VALUES (:id, :w, :a, :c, :m, :q, :g, :t)", id=_id("q"), w=ws,
                   a=conv.agent_id, c=conv.id, m=pending[-1].id, q="\n".join(m.content for m in pending),
                   g=ans.language, t=now)
        # handoff decisions of the reply
        if ans.transfer_to:
            target = self.router.resolve(tx, ws, ans.transfer_to)
            if target is not None and not (target.kind == "ai" and not self.router.active_agent(ws, target.id)):
                try:
                    self._transfer(tx, conv, target, "action_transfer", True, now, cfg, by=f"ai:{conv.agent_id}",
                                   tell=not ans.handoff)
                    return
                except HandoffRefused:
                    pass
            logger.warning("transfer target %r of agent %s is unknown or inactive; routing decides", ans.transfer_to,
                           conv.agent_id)
            self._handoff_to_human(tx, conv, cfg, "action_transfer", now, tell=not ans.handoff,
                                   detail=f"transfer target {ans.transfer_to!r} is unknown or not active")
        elif ans.handoff:
            self._handoff_to_human(tx, conv, cfg, "customer_asked_human", now, tell=False)
        elif unanswered:
            self._handoff_to_human(tx, conv, cfg, "ai_cannot_answer", now, tell=True)

    # -- handoff ------------------------------------------------------------------------------------
    def _nobody_on_duty(self, tx: Tx, ws: str, cfg: WorkspaceConfig, transfer_to: str | None) -> bool:
        """Whether a handoff now would find nobody (no named member or team, nobody online, no default agent)."""
        if transfer_to:
            target = self.router.resolve(tx, ws, transfer_to)
            if target is not None and (target.kind in ("human", "team") or self.router.active_agent(ws, target.id)):
                return False
        humans = self.router.humans(tx, ws)
        if any(h.id == cfg.routing.default_human_id for h in humans):
            return False
        return cfg.routing.mode == "notify_everybody" or not any(h.status == "online" for h in humans)

    @staticmethod
    def _nobody_text(cfg: WorkspaceConfig, lang: str | None) -> str:
        away = (cfg.routing.away_message or "").strip()
        return phrases.say("handoff_nobody", lang) + (f" {away}" if away else "")

    def _honest_handoff(self, text: str, lang: str | None, cfg: WorkspaceConfig) -> str:
        """The reply with any "I'm passing you to a teammate" sentence replaced by the truth: nobody is on duty,
        the message is kept and answered here later (and the store's own away message: when and how)."""
        from rag_agent.agents import phrases as agent_phrases
        from rag_agent.engine import phrases as engine_phrases

        promises = list((engine_phrases.PHRASES["handoff"].get(lang or "en") or {}).values())
        promises.append(agent_phrases.say("transfer", lang or "en"))
        honest = self._nobody_text(cfg, lang)
        for p in promises:
            if p and p in text:
                return text.replace(p, honest, 1).strip()
        return f"{text} {honest}".strip() if text else honest

    def _handoff_to_human(self, tx: Tx, conv: Conversation, cfg: WorkspaceConfig, reason: str, now: float,
                          tell: bool, detail: str | None = None) -> None:
        d = self.router.next_human(tx, conv.workspace_id, cfg.routing, now)
        self._transfer(tx, conv, d.owner, reason, True, now, cfg, by=str(conv.owner), tell=tell, decision=d,
                       detail=detail)

    def _payload(self, tx: Tx, conv: Conversation, frm: Owner, to: Owner, reason: str, detail: str | None,
                 now: float) -> dict[str, Any]:
        msgs = [_msg(r) for r in tx.rows("SELECT * FROM cv_messages WHERE conversation_id=:c ORDER BY seq", c=conv.id)]
        lead = tx.one("SELECT * FROM cv_leads WHERE workspace_id=:w AND id=:l", w=conv.workspace_id, l=conv.lead_id)
        return {
            "conversation_id": conv.id, "link": f"/v1/conversations/{conv.id}", "channel": conv.channel,
            "from": {"kind": frm.kind, "id": frm.id}, "to": {"kind": to.kind, "id": to.id},
            "reason": reason, "reason_text": REASONS.get(reason, reason), "detail": detail,
            "transcript": [{"role": "customer" if m.direction == "in" else m.sender_kind, "sender_id": m.sender_id,
                            "text": m.content, "kind": m.kind, "error": m.error, "at": m.created_at} for m in msgs],
            "lead": {"id": conv.lead_id, "name": (lead or {}).get("name"),
                     "data": loads((lead or {}).get("data"), {})},
            "intent": conv.intent, "sentiment": conv.sentiment, "language": conv.language, "event": conv.event,
            "at": now,
        }

    def _transfer(self, tx: Tx, conv: Conversation, to: Owner, reason: str, automatic: bool, now: float,
                  cfg: WorkspaceConfig, by: str | None = None, tell: bool = True, decision: Decision | None = None,
                  detail: str | None = None) -> Owner:
        """Move the conversation to ``to`` (the one owner from now on); returns the owner it ended with."""
        ws = conv.workspace_id
        if to.kind == "none":
            # nobody to take it: the conversation waits unassigned, every admin is told
            self._update(tx, conv.id, now, owner_kind="none", owner_id=None, unread=1, handed_over=1,
                         reply_due_at=None)
            self._notify(tx, ws, now, "admins", None, "unassigned", conv.id,
                         f"conversation {conv.id} needs a person ({REASONS.get(reason, reason)}) but nobody is "
                         "available")
            payload = self._payload(tx, conv, conv.owner, to, reason, detail, now)
            self._record_handoff(tx, conv, conv.owner, to, reason, automatic, payload, now)
            if tell:  # nobody will pick it up now: say so, and when and how the store answers
                self._say(tx, conv, now, self._nobody_text(cfg, self._customer_language(tx, conv)))
            conv.owner = to
            return to
        check_move(conv.owner, to)
        if to.kind == "ai" and not self.router.active_agent(ws, to.id):
            raise HandoffRefused(f"AI agent {to.id!r} is not active; only active agents can take a conversation")
        if automatic:
            history = tx.rows("SELECT from_kind, from_id, automatic FROM cv_handoffs WHERE conversation_id=:c "
                              "ORDER BY seq", c=conv.id)
            why = "loop guard is on until a person acts" if conv.loop_guarded else loop_guard(
                history, to, cfg.routing.max_auto_handoffs)
            if why and reason != "loop_guard":
                if conv.loop_guarded and conv.owner.kind in {"human", "team", "none"}:
                    return conv.owner  # already with people: ignore further automatic moves
                self._update(tx, conv.id, now, loop_guarded=1)
                conv.loop_guarded = True
                d = self.router.next_human(tx, ws, cfg.routing, now)
                if d.owner.kind == conv.owner.kind and d.owner.id == conv.owner.id:
                    return conv.owner
                return self._transfer(tx, conv, d.owner, "loop_guard", True, now, cfg, by=by, tell=tell, decision=d,
                                      detail=f"stopped a handoff to {to} ({reason}): {why}")
        frm = conv.owner
        cols: dict[str, Any] = {"owner_kind": to.kind, "owner_id": to.id, "unread": 1}
        if to.kind == "ai":
            cols.update(agent_id=to.id, ai_stopped=0)
        else:
            cols.update(handed_over=1, reply_due_at=None)
        if not automatic:
            cols["loop_guarded"] = 0
        self._update(tx, conv.id, now, **cols)
        conv.owner = to
        if to.kind == "ai":
            conv.agent_id, conv.ai_stopped = to.id, False
            tx.run("UPDATE cv_conversations SET first_agent_id=COALESCE(first_agent_id, :a) WHERE id=:id", a=to.id,
                   id=conv.id)
        payload = self._payload(tx, conv, frm, to, reason, detail, now)
        self._record_handoff(tx, conv, frm, to, reason, automatic, payload, now)
        targets = decision.notify if decision else ([to.id] if to.kind == "human" else [])
        if to.kind == "team" and not decision:
            targets = [h.id for h in self.router.humans(tx, ws, to.id)]
        for h in targets:
            self._notify(tx, ws, now, "human", h, "handoff", conv.id,
                         f"conversation {conv.id} was handed to {to}: {REASONS.get(reason, reason)}")
        if tell:
            key = "handoff_ai" if to.kind == "ai" else (
                "limit_human" if reason in {"credits_exhausted", "usage_limit"} else "handoff_human")
            self._say(tx, conv, now, phrases.say(key, self._customer_language(tx, conv)))
        if to.kind == "ai":
            self._schedule(tx, conv, now, immediately=True)  # the new agent answers what waits, with the context
        return to

    def _record_handoff(self, tx: Tx, conv: Conversation, frm: Owner, to: Owner, reason: str, automatic: bool,
                        payload: dict[str, Any], now: float) -> None:
        tx.lock("SELECT id FROM cv_conversations WHERE id=:c", c=conv.id)
        seq = tx.one("SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM cv_handoffs WHERE conversation_id=:c", c=conv.id)["s"]
        tx.run("INSERT INTO cv_handoffs(id, conversation_id, workspace_id, from_kind, from_id, to_kind, to_id, reason, "
               "automatic, payload, created_at, seq) VALUES (:id, :c, :w, :fk, :fi, :tk, :ti, :r, :a, :p, :t, :s)",
               id=_id("hnd"), c=conv.id, w=conv.workspace_id, fk=frm.kind, fi=frm.id, tk=to.kind, ti=to.id, r=reason,
               a=int(automatic), p=dumps(payload), t=now, s=seq)
        self.outbox.enqueue(tx, conv.workspace_id, "conversation.handoff", payload, now)

    # -- actions of people --------------------------------------------------------------------------
    def take_over(self, ws: str, conversation_id: str, human_id: str) -> Conversation:
        """A team member takes the conversation (from the AI, the default agent or a team): the AI stops."""
        now = self.clock.now()
        cfg = self.configs.get(ws)
        with self.db.tx() as tx:
            conv = self.get(ws, conversation_id, tx)
            self._open(conv)
            h = self.router.human(tx, ws, human_id)
            self._transfer(tx, conv, Owner("human", h.id), "human_take_over", False, now, cfg, by=f"human:{h.id}",
                           tell=False)
            return self.get(ws, conversation_id, tx)

    def assign(self, ws: str, conversation_id: str, kind: str, target_id: str, by_human: str | None = None) -> Conversation:
        """A person hands the conversation to an active AI agent, another member or a team."""
        now = self.clock.now()
        cfg = self.configs.get(ws)
        if kind not in {"ai", "human", "team"}:
            raise InputError(f"kind {kind!r} is not one of ai, human, team")
        with self.db.tx() as tx:
            conv = self.get(ws, conversation_id, tx)
            self._open(conv)
            if by_human is not None and not self.router.find_human(tx, ws, by_human):
                raise NotFound(f"by_human: team member {by_human!r} not found")
            if kind == "human":
                h = self.router.find_human(tx, ws, target_id)
                if not h:
                    raise NotFound(f"team member {target_id!r} not found")
                target_id = h.id
            elif kind == "team":
                self.router.team(tx, ws, target_id)
            else:
                self.responder.get(ws, target_id)
            self._transfer(tx, conv, Owner(kind, target_id), "human_assign", False, now, cfg,  # type: ignore[arg-type]
                           by=f"human:{by_human}" if by_human else "api")
            return self.get(ws, conversation_id, tx)

    def assignable(self, ws: str) -> dict[str, Any]:
        """Who a conversation can be handed to: active AI agents only, every member, every team."""
        with self.db.tx() as tx:
            humans = [h.public() for h in self.router.humans(tx, ws)]
            teams = self.router.teams(tx, ws)
        agents = [{"id": a.id, "name": a.name} for a in self.responder.list_agents(ws) if a.active]
        return {"ai_agents": agents, "humans": humans, "teams": teams}

    def stop_ai(self, ws: str, conversation_id: str) -> Conversation:
        """Stop the AI agent in this one conversation (from the chat)."""
        now = self.clock.now()
        with self.db.tx() as tx:
            conv = self.get(ws, conversation_id, tx)
            if conv.owner.kind != "ai":
                raise InputError(f"no AI agent answers conversation {conversation_id} (owner: {conv.owner})")
            self._stop_ai(tx, ws, conversation_id, now, "stopped from the chat")
            return self.get(ws, conversation_id, tx)

    def _stop_ai(self, tx: Tx, ws: str, conv_id: str, now: float, why: str) -> None:
        self._update(tx, conv_id, now, ai_stopped=1, reply_due_at=None, unread=1)
        conv = self.get(ws, conv_id, tx)
        self.outbox.enqueue(tx, ws, "conversation.ai_stopped", {"conversation_id": conv_id, "agent_id": conv.agent_id,
                                                                "why": why}, now)
        self._notify(tx, ws, now, "admins", None, "ai_stopped", conv_id, f"AI agent {conv.agent_id} stopped: {why}")

    def human_reply(self, ws: str, conversation_id: str, human_id: str, text: str) -> Message:
        """A member writes to the customer; pending customer messages count as answered."""
        if not text or not text.strip():
            raise InputError("the reply is empty")
        now = self.clock.now()
        with self.db.tx() as tx:
            conv = self.get(ws, conversation_id, tx)
            self._open(conv)
            h = self.router.human(tx, ws, human_id)
            if conv.owner.kind == "ai" and not conv.ai_stopped:
                raise HandoffRefused(f"AI agent {conv.agent_id} owns this conversation; take it over first")
            pending = [r["id"] for r in tx.rows("SELECT id FROM cv_messages WHERE conversation_id=:c AND "
                                                "direction='in' AND status IN ('pending', 'failed')", c=conv.id)]
            mid = self._say(tx, conv, now, text.strip(), sender_kind="human", sender_id=h.id, reply_to=pending)
            for p in pending:
                tx.run("UPDATE cv_messages SET status='answered' WHERE id=:id", id=p)
            self._update(tx, conv.id, now, unread=0)
            return _msg(tx.one("SELECT * FROM cv_messages WHERE id=:id", id=mid))

    def mark_read(self, ws: str, conversation_id: str) -> Conversation:
        with self.db.tx() as tx:
            self.get(ws, conversation_id, tx)
            self._update(tx, conversation_id, self.clock.now(), unread=0)
            return self.get(ws, conversation_id, tx)

    def close_conversation(self, ws: str, conversation_id: str) -> Conversation:
        """Close a conversation; the lead's next message on the channel starts a new one after the cooldown."""
        now = self.clock.now()
        with self.db.tx() as tx:
            conv = self.get(ws, conversation_id, tx)
            if conv.status == "closed":
                raise InputError(f"conversation {conversation_id} is already closed")
            self._update(tx, conv.id, now, status="closed", closed_at=now, reply_due_at=None)
            self.outbox.enqueue(tx, ws, "conversation.closed", {"conversation_id": conv.id, "lead_id": conv.lead_id,
                                                                "cooldown_until": now + COOLDOWN_S}, now)
            return self.get(ws, conversation_id, tx)

    @staticmethod
    def _open(conv: Conversation) -> None:
        if conv.status != "open":
            raise InputError(f"conversation {conv.id} is {conv.status}")

    # -- credits ------------------------------------------------------------------------------------
    def account(self, ws: str) -> dict[str, Any]:
        cfg = self.configs.get(ws)
        name = self.plan_name(ws, cfg)
        with self.db.tx() as tx:
            acc = self.credits.account(tx, ws, get_plan(name), cfg.limits, self.clock.now())
        return {"plan": name, **acc.public()}

    def add_credits(self, ws: str, amount: float) -> dict[str, Any]:
        cfg = self.configs.get(ws)
        now = self.clock.now()
        with self.db.tx() as tx:
            self.credits.add(tx, ws, get_plan(self.plan_name(ws, cfg)), amount, now)
            # conversations handed to people only for lack of credits stay with them: a person already has them
        return self.account(ws)

    # -- playground ---------------------------------------------------------------------------------
    def playground(self, ws: str, agent_id: str, text: str, session_id: str | None = None) -> dict[str, Any]:
        """A conversation with an agent outside any pipeline, answered at once through the same agent runtime."""
        if not text or not text.strip():
            raise InputError("the message is empty")
        if len(text) > self.max_message_chars:
            raise MessageTooLong(f"the message has {len(text)} characters; at most {self.max_message_chars} "
                                 "are accepted")
        agent = self.responder.get(ws, agent_id)
        now = self.clock.now()
        with self.db.tx() as tx:
            if session_id:
                row = tx.one("SELECT * FROM cv_conversations WHERE id=:id AND workspace_id=:w AND playground=1",
                             id=session_id, w=ws)
                if not row:
                    raise NotFound(f"playground session {session_id!r} not found")
                if row["agent_id"] != agent_id:
                    raise InputError(f"playground session {session_id} talks to agent {row['agent_id']}")
            else:
                session_id = _id("play")
                tx.run("INSERT INTO cv_conversations(id, workspace_id, lead_id, channel, status, owner_kind, owner_id, "
                       "agent_id, first_agent_id, playground, created_at, updated_at) VALUES (:id, :w, :l, 'webchat', "
                       "'open', 'ai', :a, :a, :a, 1, :t, :t)", id=session_id, w=ws, l=f"playground:{session_id}",
                       a=agent_id, t=now)
            mid = self._insert_message(tx, session_id, ws, now, direction="in", sender_kind="customer", text=text,
                                       status="pending")
            seq = tx.one("SELECT seq FROM cv_messages WHERE id=:id", id=mid)["seq"]
            history = self._history(tx, session_id, seq)
        ans = self.responder.respond(ws, agent.id, f"playground:{session_id}", [text], history, now=now)
        with self.db.tx() as tx:
            self._insert_message(tx, session_id, ws, self.clock.now(), direction="out", sender_kind="ai",
                                 sender_id=agent.id, text=ans.text, reply_to=[mid], language=ans.language,
                                 intent=ans.intent, meta={"citations": ans.citations})
            tx.run("UPDATE cv_messages SET status='answered' WHERE id=:id", id=mid)
        return {"session_id": session_id, "agent_id": agent.id, "reply": ans.text, "language": ans.language,
                "intent": ans.intent, "handoff": ans.handoff, "transfer_to": ans.transfer_to,
                "sentiment": ans.sentiment, "lead_updates": ans.lead_updates, "citations": ans.citations}


__all__ = ["ConversationService", "TickReport", "Metadata", "conversation_from_row"]
