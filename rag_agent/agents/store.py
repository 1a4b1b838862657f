"""AgentStore: agents, their state changes, leads and per-conversation action memory in SQLite.

The tables live in the service's own ``state.sqlite3`` (see :class:`rag_agent.state.State`), reached through
a second connection of this store (WAL mode, a busy timeout), so deleting the data directory resets agents too.

Tables: ``agents`` (the agent as JSON plus its id, workspace and state), ``agent_events`` (activate /
deactivate: who, when, why), ``leads`` (only what a client gave) and ``agent_memory`` (per agent and lead: the
data request the agent is waiting for and the topics it already brought up; never written to the lead).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from rag_agent.agents.models import (MAX_AGENTS_PER_WORKSPACE, PLAN_ACTIVE_AGENT_LIMITS, Action, ActionError,
                                     Agent, Lead, parse_action, parse_actions, parse_settings)
from rag_agent.errors import InputError, LimitExceeded, NotFound
from rag_agent.state import State

SCHEMA = """
CREATE TABLE IF NOT EXISTS agents (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL,
    data TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS agents_ws ON agents(workspace_id);
CREATE TABLE IF NOT EXISTS agent_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, agent_id TEXT NOT NULL, workspace_id TEXT NOT NULL,
    event TEXT NOT NULL, by TEXT, reason TEXT, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS agent_events_agent ON agent_events(agent_id);
CREATE TABLE IF NOT EXISTS leads (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, email TEXT, phone TEXT, name TEXT, address TEXT,
    custom TEXT NOT NULL DEFAULT '{}', created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS leads_ws ON leads(workspace_id);
CREATE TABLE IF NOT EXISTS agent_memory (
    agent_id TEXT NOT NULL, lead_id TEXT NOT NULL, data TEXT NOT NULL, updated_at REAL NOT NULL,
    PRIMARY KEY (agent_id, lead_id));
"""

_UPDATABLE = {"name", "persona", "source_ids", "products_enabled", "actions", "settings"}


class AgentInactive(InputError):
    """The agent is not active, so it cannot start a new conversation."""

    status_code = 409


class AgentStore:
    """CRUD for agents and leads of every workspace, over the service's SQLite file."""

    def __init__(self, state: State, path: Path | None = None) -> None:
        self.state = state
        self.path = Path(path or state.path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: a crash loses at most the last writes, never corrupts
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _q(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _x(self, sql: str, args: tuple = ()) -> None:
        with self._lock:
            self._db.execute(sql, args)

    # -- agents ----------------------------------------------------------------------------------
    def _row(self, row: sqlite3.Row) -> Agent:
        return Agent.model_validate_json(row["data"])

    def _save(self, agent: Agent, new: bool = False) -> Agent:
        data = agent.model_dump_json()
        if new:
            self._x("INSERT INTO agents(id, workspace_id, name, state, data, created_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?)", (agent.id, agent.workspace_id, agent.name, agent.state, data,
                                               agent.created_at, agent.updated_at))
        else:
            self._x("UPDATE agents SET name=?, state=?, data=?, updated_at=? WHERE id=? AND workspace_id=?",
                    (agent.name, agent.state, data, agent.updated_at, agent.id, agent.workspace_id))
        return agent

    def get(self, workspace_id: str, agent_id: str) -> Agent:
        """The agent, or NotFound."""
        rows = self._q("SELECT data FROM agents WHERE id=? AND workspace_id=?", (agent_id, workspace_id))
        if not rows:
            raise NotFound(f"agent {agent_id!r} not found in this workspace")
        return self._row(rows[0])

    def list(self, workspace_id: str, state: str | None = None) -> list[Agent]:
        """The workspace's agents, oldest first, optionally only those in one state."""
        if state:
            rows = self._q("SELECT data FROM agents WHERE workspace_id=? AND state=? ORDER BY created_at",
                           (workspace_id, state))
        else:
            rows = self._q("SELECT data FROM agents WHERE workspace_id=? ORDER BY created_at", (workspace_id,))
        return [self._row(r) for r in rows]

    def _check_sources(self, workspace_id: str, source_ids: list[str]) -> list[str]:
        for sid in source_ids:
            self.state.get_source(workspace_id, sid)  # NotFound names the id
        return list(dict.fromkeys(source_ids))

    def create(self, workspace_id: str, name: str, *, persona: dict[str, Any] | None = None,
               source_ids: list[str] | None = None, products_enabled: bool = True,
               actions: list[dict[str, Any] | Action] | None = None, settings: dict[str, Any] | None = None,
               template: str | None = None) -> Agent:
        """A new agent in the draft state. ``source_ids=None`` connects every source the workspace has now."""
        self.state.get_workspace(workspace_id)
        n = self._q("SELECT COUNT(*) AS n FROM agents WHERE workspace_id=?", (workspace_id,))[0]["n"]
        if n >= MAX_AGENTS_PER_WORKSPACE:
            raise LimitExceeded(f"a workspace has at most {MAX_AGENTS_PER_WORKSPACE} agents")
        if not (name or "").strip():
            raise InputError("an agent needs a name")
        if source_ids is None:
            source_ids = [s.id for s in self.state.list_sources(workspace_id)]
        agent = Agent(workspace_id=workspace_id, name=name.strip()[:120], persona=persona or {},
                      source_ids=self._check_sources(workspace_id, source_ids), products_enabled=products_enabled,
                      actions=parse_actions(list(actions or [])), settings=parse_settings(settings),
                      template=template)
        return self._save(agent, new=True)

    def update(self, workspace_id: str, agent_id: str, **changes: Any) -> Agent:
        """Change name, persona, source_ids, products_enabled, actions or settings (save draft); state is kept."""
        unknown = set(changes) - _UPDATABLE
        if unknown:
            raise InputError(f"cannot change {', '.join(sorted(unknown))}; changeable: {', '.join(sorted(_UPDATABLE))}")
        agent = self.get(workspace_id, agent_id)
        data = agent.model_dump()
        for k, v in changes.items():
            if v is None:
                continue
            if k == "actions":
                data[k] = [a.model_dump() for a in parse_actions(list(v))]
            elif k == "settings":
                data[k] = parse_settings({**agent.settings.model_dump(), **v}).model_dump()
            elif k == "source_ids":
                data[k] = self._check_sources(workspace_id, list(v))
            elif k == "persona":
                from rag_agent.engine.persona import make_persona

                merged = {**agent.persona, **v}
                make_persona(merged)  # PersonaError names the field and its limit
                data[k] = merged
            elif k == "name":
                if not str(v).strip():
                    raise InputError("an agent needs a name")
                data[k] = str(v).strip()[:120]
            else:
                data[k] = v
        data["updated_at"] = time.time()
        return self._save(Agent.model_validate(data))

    def delete(self, workspace_id: str, agent_id: str) -> None:
        self.get(workspace_id, agent_id)
        self._x("DELETE FROM agents WHERE id=? AND workspace_id=?", (agent_id, workspace_id))
        self._x("DELETE FROM agent_memory WHERE agent_id=?", (agent_id,))

    # -- state -----------------------------------------------------------------------------------
    def active_limit(self, workspace_id: str) -> int:
        return PLAN_ACTIVE_AGENT_LIMITS.get(self.state.get_workspace(workspace_id).plan, 1)

    def _event(self, agent: Agent, event: str, by: str | None, reason: str | None) -> Agent:
        now = time.time()
        self._x("INSERT INTO agent_events(agent_id, workspace_id, event, by, reason, at) VALUES (?,?,?,?,?,?)",
                (agent.id, agent.workspace_id, event, by, reason, now))
        agent.state_changed_at, agent.state_changed_by, agent.state_reason = now, by, reason
        agent.updated_at = now
        return self._save(agent)

    def activate(self, workspace_id: str, agent_id: str, by: str | None = None, reason: str | None = None) -> Agent:
        """Make the agent active at once; LimitExceeded past the plan's active-agent limit."""
        with self._lock:
            agent = self.get(workspace_id, agent_id)
            if agent.state == "active":
                return agent
            limit = self.active_limit(workspace_id)
            active = len(self.list(workspace_id, "active"))
            if active >= limit:
                plan = self.state.get_workspace(workspace_id).plan
                raise LimitExceeded(f"the {plan!r} plan allows {limit} active agent{'s' if limit != 1 else ''}; "
                                    f"deactivate one first or change plan (limits: "
                                    + ", ".join(f"{k} {v}" for k, v in PLAN_ACTIVE_AGENT_LIMITS.items()) + ")")
            agent.state = "active"
            return self._event(agent, "activate", by, reason)

    def deactivate(self, workspace_id: str, agent_id: str, by: str | None = None,
                   reason: str | None = None) -> Agent:
        """Stop new conversations at once; conversations in progress go on. Everything else is kept."""
        with self._lock:
            agent = self.get(workspace_id, agent_id)
            if agent.state == "inactive":
                return agent
            agent.state = "inactive"
            return self._event(agent, "deactivate", by, reason)

    def events(self, workspace_id: str, agent_id: str) -> list[dict[str, Any]]:
        """Activation history, oldest first: event, by, reason, at."""
        rows = self._q("SELECT event, by, reason, at FROM agent_events WHERE agent_id=? AND workspace_id=? "
                       "ORDER BY id", (agent_id, workspace_id))
        return [dict(r) for r in rows]

    def require_active(self, workspace_id: str, agent_id: str) -> Agent:
        """The agent if it may start a new conversation, else AgentInactive."""
        agent = self.get(workspace_id, agent_id)
        if agent.state != "active":
            raise AgentInactive(f"agent {agent.name!r} is {agent.state}; activate it to start new conversations")
        return agent

    # -- sources ---------------------------------------------------------------------------------
    def connect_source(self, workspace_id: str, agent_id: str, source_id: str) -> Agent:
        agent = self.get(workspace_id, agent_id)
        return self.update(workspace_id, agent_id, source_ids=agent.source_ids + [source_id])

    def disconnect_source(self, workspace_id: str, agent_id: str, source_id: str) -> Agent:
        agent = self.get(workspace_id, agent_id)
        if source_id not in agent.source_ids:
            raise NotFound(f"source {source_id!r} is not connected to agent {agent.name!r}")
        return self.update(workspace_id, agent_id, source_ids=[s for s in agent.source_ids if s != source_id])

    # -- actions ---------------------------------------------------------------------------------
    def add_action(self, workspace_id: str, agent_id: str, action: dict[str, Any] | Action) -> Action:
        agent = self.get(workspace_id, agent_id)
        if len(agent.actions) >= 20:
            raise ActionError(f"agent {agent.name!r} already has {len(agent.actions)} actions; at most 20 are allowed")
        new = parse_action(action)
        self.update(workspace_id, agent_id, actions=[a.model_dump() for a in agent.actions] + [new.model_dump()])
        return new

    def update_action(self, workspace_id: str, agent_id: str, action_id: str, action: dict[str, Any]) -> Action:
        agent = self.get(workspace_id, agent_id)
        if not any(a.id == action_id for a in agent.actions):
            raise NotFound(f"action {action_id!r} not found on agent {agent.name!r}")
        new = parse_action({**action, "id": action_id})
        self.update(workspace_id, agent_id,
                    actions=[new.model_dump() if a.id == action_id else a.model_dump() for a in agent.actions])
        return new

    def delete_action(self, workspace_id: str, agent_id: str, action_id: str) -> None:
        agent = self.get(workspace_id, agent_id)
        if not any(a.id == action_id for a in agent.actions):
            raise NotFound(f"action {action_id!r} not found on agent {agent.name!r}")
        self.update(workspace_id, agent_id, actions=[a.model_dump() for a in agent.actions if a.id != action_id])

    # -- leads -----------------------------------------------------------------------------------
    def _lead(self, row: sqlite3.Row) -> Lead:
        d = dict(row)
        d["custom"] = json.loads(d["custom"] or "{}")
        return Lead.model_validate(d)

    def create_lead(self, workspace_id: str, lead_id: str | None = None, **fields: Any) -> Lead:
        self.state.get_workspace(workspace_id)
        lead = Lead(workspace_id=workspace_id, **({"id": lead_id} if lead_id else {}), **fields)
        self._x("INSERT INTO leads(id, workspace_id, email, phone, name, address, custom, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?)", (lead.id, workspace_id, lead.email, lead.phone, lead.name, lead.address,
                                              json.dumps(lead.custom), lead.created_at, lead.updated_at))
        return lead

    def get_lead(self, workspace_id: str, lead_id: str) -> Lead:
        rows = self._q("SELECT * FROM leads WHERE id=? AND workspace_id=?", (lead_id, workspace_id))
        if not rows:
            raise NotFound(f"lead {lead_id!r} not found in this workspace")
        return self._lead(rows[0])

    def get_or_create_lead(self, workspace_id: str, lead_id: str | None) -> Lead:
        """The lead with this id (created, empty, when missing); a new lead when ``lead_id`` is None."""
        if lead_id:
            rows = self._q("SELECT * FROM leads WHERE id=? AND workspace_id=?", (lead_id, workspace_id))
            if rows:
                return self._lead(rows[0])
            if self._q("SELECT 1 FROM leads WHERE id=?", (lead_id,)):
                raise NotFound(f"lead {lead_id!r} not found in this workspace")
        return self.create_lead(workspace_id, lead_id)

    def list_leads(self, workspace_id: str, limit: int = 1000) -> list[Lead]:
        rows = self._q("SELECT * FROM leads WHERE workspace_id=? ORDER BY created_at LIMIT ?", (workspace_id, limit))
        return [self._lead(r) for r in rows]

    def update_lead(self, workspace_id: str, lead_id: str, **fields: Any) -> Lead:
        """Set email, phone, name, address, or merge keys into custom (None leaves a field unchanged)."""
        unknown = set(fields) - {"email", "phone", "name", "address", "custom"}
        if unknown:
            raise InputError(f"a lead has no {', '.join(sorted(unknown))}; fields: email, phone, name, address, custom")
        lead = self.get_lead(workspace_id, lead_id)
        data = lead.model_dump()
        for k, v in fields.items():
            if v is None:
                continue
            data[k] = {**lead.custom, **v} if k == "custom" else str(v)[:500]
        data["updated_at"] = time.time()
        new = Lead.model_validate(data)
        self._x("UPDATE leads SET email=?, phone=?, name=?, address=?, custom=?, updated_at=? WHERE id=?",
                (new.email, new.phone, new.name, new.address, json.dumps(new.custom), new.updated_at, lead_id))
        return new

    # -- per (agent, lead) memory of the action runner -------------------------------------------
    def memory(self, agent_id: str, lead_id: str) -> dict[str, Any]:
        rows = self._q("SELECT data FROM agent_memory WHERE agent_id=? AND lead_id=?", (agent_id, lead_id))
        return json.loads(rows[0]["data"]) if rows else {}

    def set_memory(self, agent_id: str, lead_id: str, data: dict[str, Any]) -> None:
        self._x("INSERT INTO agent_memory(agent_id, lead_id, data, updated_at) VALUES (?,?,?,?) "
                "ON CONFLICT(agent_id, lead_id) DO UPDATE SET data=excluded.data, updated_at=excluded.updated_at",
                (agent_id, lead_id, json.dumps(data), time.time()))


__all__ = ["AgentStore", "AgentInactive"]
