"""AgentStore: agents, their state changes, leads and per-conversation action memory.

The tables live in the service's database (:mod:`rag_agent.db`), beside :class:`rag_agent.state.State`'s, whose
database this store uses. Every change to an agent raises the workspace's state version
(:func:`rag_agent.state.bump_version`), so what a worker caches about agents is re-read after another's change.

Tables: ``agents`` (the agent as JSON plus its id, workspace and state), ``agent_events`` (activate /
deactivate: who, when, why), ``leads`` (only what a client gave) and ``agent_memory`` (per agent and lead: the
data request the agent is waiting for and the topics it already brought up; never written to the lead).
"""

from __future__ import annotations

import json
import time
from typing import Any

from rag_agent.agents.models import (MAX_AGENTS_PER_WORKSPACE, PLAN_ACTIVE_AGENT_LIMITS, Action, ActionError,
                                     Agent, Lead, parse_action, parse_actions, parse_settings)
from rag_agent.db import Tx
from rag_agent.errors import InputError, LimitExceeded, NotFound
from rag_agent.state import State, bump_version

_UPDATABLE = {"name", "persona", "source_ids", "products_enabled", "actions", "settings"}


class AgentInactive(InputError):
    """The agent is not active, so it cannot start a new conversation."""

    status_code = 409


class AgentStore:
    """CRUD for agents and leads of every workspace, over the service's database."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.db = state.db

    def close(self) -> None:
        """Nothing to release: the database belongs to whoever opened it."""

    # -- agents ----------------------------------------------------------------------------------
    @staticmethod
    def _row(row: dict[str, Any]) -> Agent:
        return Agent.model_validate_json(row["data"])

    @staticmethod
    def _write(tx: Tx, agent: Agent, new: bool = False) -> Agent:
        data = agent.model_dump_json()
        if new:
            tx.run("INSERT INTO agents(id, workspace_id, name, state, data, created_at, updated_at) "
                   "VALUES (:id, :w, :name, :state, :data, :c, :u)", id=agent.id, w=agent.workspace_id,
                   name=agent.name, state=agent.state, data=data, c=agent.created_at, u=agent.updated_at)
        else:
            tx.run("UPDATE agents SET name=:name, state=:state, data=:data, updated_at=:u WHERE id=:id AND "
                   "workspace_id=:w", name=agent.name, state=agent.state, data=data, u=agent.updated_at,
                   id=agent.id, w=agent.workspace_id)
        bump_version(tx, agent.workspace_id)
        return agent

    def get(self, workspace_id: str, agent_id: str) -> Agent:
        """The agent, or NotFound."""
        row = self.db.one("SELECT data FROM agents WHERE id=:id AND workspace_id=:w", id=agent_id, w=workspace_id)
        if row is None:
            raise NotFound(f"agent {agent_id!r} not found in this workspace")
        return self._row(row)

    def list(self, workspace_id: str, state: str | None = None) -> list[Agent]:
        """The workspace's agents, oldest first, optionally only those in one state."""
        sql = "SELECT data FROM agents WHERE workspace_id=:w" + (" AND state=:state" if state else "")
        return [self._row(r) for r in self.db.rows(sql + " ORDER BY created_at, id", w=workspace_id, state=state)]

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
        if not (name or "").strip():
            raise InputError("an agent needs a name")
        if source_ids is None:
            source_ids = [s.id for s in self.state.list_sources(workspace_id)]
        agent = Agent(workspace_id=workspace_id, name=name.strip()[:120], persona=persona or {},
                      source_ids=self._check_sources(workspace_id, source_ids), products_enabled=products_enabled,
                      actions=parse_actions(list(actions or [])), settings=parse_settings(settings),
                      template=template)
        with self.db.tx() as tx:
            tx.lock("SELECT id FROM workspaces WHERE id=:w", w=workspace_id)  # counted one worker at a time
            n = tx.value("SELECT COUNT(*) AS n FROM agents WHERE workspace_id=:w", w=workspace_id)
            if n >= MAX_AGENTS_PER_WORKSPACE:
                raise LimitExceeded(f"a workspace has at most {MAX_AGENTS_PER_WORKSPACE} agents")
            return self._write(tx, agent, new=True)

    def update(self, workspace_id: str, agent_id: str, **changes: Any) -> Agent:
        """Change name, persona, source_ids, products_enabled, actions or settings (save draft); state is kept."""
        unknown = set(changes) - _UPDATABLE
        if unknown:
            raise InputError(f"cannot change {', '.join(sorted(unknown))}; changeable: {', '.join(sorted(_UPDATABLE))}")
        with self.db.tx() as tx:
            agent = self._locked(tx, workspace_id, agent_id)  # two workers' changes apply one after the other
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
            return self._write(tx, Agent.model_validate(data))

    def delete(self, workspace_id: str, agent_id: str) -> None:
        self.get(workspace_id, agent_id)
        with self.db.tx() as tx:
            tx.run("DELETE FROM agents WHERE id=:id AND workspace_id=:w", id=agent_id, w=workspace_id)
            tx.run("DELETE FROM agent_memory WHERE agent_id=:id", id=agent_id)
            bump_version(tx, workspace_id)

    # -- state -----------------------------------------------------------------------------------
    def active_limit(self, workspace_id: str) -> int:
        return PLAN_ACTIVE_AGENT_LIMITS.get(self.state.get_workspace(workspace_id).plan, 1)

    def _event(self, tx: Tx, agent: Agent, event: str, by: str | None, reason: str | None) -> Agent:
        now = time.time()
        tx.run('INSERT INTO agent_events(agent_id, workspace_id, event, "by", reason, at) '
               "VALUES (:a, :w, :e, :by, :r, :at)", a=agent.id, w=agent.workspace_id, e=event, by=by, r=reason, at=now)
        agent.state_changed_at, agent.state_changed_by, agent.state_reason = now, by, reason
        agent.updated_at = now
        return self._write(tx, agent)

    def _locked(self, tx: Tx, workspace_id: str, agent_id: str) -> Agent:
        """The agent, read after locking its workspace's row: state changes of one workspace's agents are made one
        at a time across workers (the active-agent limit counts them)."""
        tx.lock("SELECT id FROM workspaces WHERE id=:w", w=workspace_id)
        row = tx.one("SELECT data FROM agents WHERE id=:id AND workspace_id=:w", id=agent_id, w=workspace_id)
        if row is None:
            raise NotFound(f"agent {agent_id!r} not found in this workspace")
        return self._row(row)

    def activate(self, workspace_id: str, agent_id: str, by: str | None = None, reason: str | None = None) -> Agent:
        """Make the agent active at once; LimitExceeded past the plan's active-agent limit."""
        limit = self.active_limit(workspace_id)
        with self.db.tx() as tx:
            agent = self._locked(tx, workspace_id, agent_id)
            if agent.state == "active":
                return agent
            active = tx.value("SELECT COUNT(*) AS n FROM agents WHERE workspace_id=:w AND state='active'",
                              w=workspace_id)
            if active >= limit:
                plan = self.state.get_workspace(workspace_id).plan
                raise LimitExceeded(f"the {plan!r} plan allows {limit} active agent{'s' if limit != 1 else ''}; "
                                    f"deactivate one first or change plan (limits: "
                                    + ", ".join(f"{k} {v}" for k, v in PLAN_ACTIVE_AGENT_LIMITS.items()) + ")")
            agent.state = "active"
            return self._event(tx, agent, "activate", by, reason)

    def deactivate(self, workspace_id: str, agent_id: str, by: str | None = None,
                   reason: str | None = None) -> Agent:
        """Stop new conversations at once; conversations in progress go on. Everything else is kept."""
        with self.db.tx() as tx:
            agent = self._locked(tx, workspace_id, agent_id)
            if agent.state == "inactive":
                return agent
            agent.state = "inactive"
            return self._event(tx, agent, "deactivate", by, reason)

    def events(self, workspace_id: str, agent_id: str) -> list[dict[str, Any]]:
        """Activation history, oldest first: event, by, reason, at."""
        return self.db.rows('SELECT event, "by", reason, at FROM agent_events WHERE agent_id=:a AND workspace_id=:w '
                            "ORDER BY id", a=agent_id, w=workspace_id)

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
    @staticmethod
    def _lead(row: dict[str, Any]) -> Lead:
        d = dict(row)
        d["custom"] = json.loads(d["custom"] or "{}")
        return Lead.model_validate(d)

    def create_lead(self, workspace_id: str, lead_id: str | None = None, **fields: Any) -> Lead:
        self.state.get_workspace(workspace_id)
        lead = Lead(workspace_id=workspace_id, **({"id": lead_id} if lead_id else {}), **fields)
        self.db.run("INSERT INTO leads(id, workspace_id, email, phone, name, address, custom, created_at, updated_at) "
                    "VALUES (:id, :w, :email, :phone, :name, :address, :custom, :c, :u)", id=lead.id, w=workspace_id,
                    email=lead.email, phone=lead.phone, name=lead.name, address=lead.address,
                    custom=json.dumps(lead.custom), c=lead.created_at, u=lead.updated_at)
        return lead

    def get_lead(self, workspace_id: str, lead_id: str) -> Lead:
        row = self.db.one("SELECT * FROM leads WHERE id=:id AND workspace_id=:w", id=lead_id, w=workspace_id)
        if row is None:
            raise NotFound(f"lead {lead_id!r} not found in this workspace")
        return self._lead(row)

    def get_or_create_lead(self, workspace_id: str, lead_id: str | None) -> Lead:
        """The lead with this id (created, empty, when missing); a new lead when ``lead_id`` is None."""
        if lead_id:
            row = self.db.one("SELECT * FROM leads WHERE id=:id", id=lead_id)
            if row is not None:
                if row["workspace_id"] != workspace_id:
                    raise NotFound(f"lead {lead_id!r} not found in this workspace")
                return self._lead(row)
            self.state.get_workspace(workspace_id)
            self.db.run("INSERT INTO leads(id, workspace_id, custom, created_at, updated_at) "
                        "VALUES (:id, :w, '{}', :t, :t) ON CONFLICT (id) DO NOTHING",
                        id=lead_id, w=workspace_id, t=time.time())  # two workers creating it at once make one
            return self.get_or_create_lead(workspace_id, lead_id)
        return self.create_lead(workspace_id, lead_id)

    def list_leads(self, workspace_id: str, limit: int = 1000) -> list[Lead]:
        rows = self.db.rows("SELECT * FROM leads WHERE workspace_id=:w ORDER BY created_at, id LIMIT :n",
                            w=workspace_id, n=limit)
        return [self._lead(r) for r in rows]

    def update_lead(self, workspace_id: str, lead_id: str, **fields: Any) -> Lead:
        """Set email, phone, name, address, or merge keys into custom (None leaves a field unchanged)."""
        unknown = set(fields) - {"email", "phone", "name", "address", "custom"}
        if unknown:
            raise InputError(f"a lead has no {', '.join(sorted(unknown))}; fields: email, phone, name, address, custom")
        with self.db.tx() as tx:
            rows = tx.lock("SELECT * FROM leads WHERE id=:id AND workspace_id=:w", id=lead_id, w=workspace_id)
            if not rows:
                raise NotFound(f"lead {lead_id!r} not found in this workspace")
            lead = self._lead(rows[0])
            data = lead.model_dump()
            for k, v in fields.items():
                if v is None:
                    continue
                data[k] = {**lead.custom, **v} if k == "custom" else str(v)[:500]
            data["updated_at"] = time.time()
            new = Lead.model_validate(data)
            tx.run("UPDATE leads SET email=:email, phone=:phone, name=:name, address=:address, custom=:custom, "
                   "updated_at=:u WHERE id=:id", email=new.email, phone=new.phone, name=new.name, address=new.address,
                   custom=json.dumps(new.custom), u=new.updated_at, id=lead_id)
        return new

    # -- per (agent, lead) memory of the action runner -------------------------------------------
    def memory(self, agent_id: str, lead_id: str) -> dict[str, Any]:
        value = self.db.value("SELECT data FROM agent_memory WHERE agent_id=:a AND lead_id=:l", a=agent_id, l=lead_id)
        return json.loads(value) if value else {}

    def set_memory(self, agent_id: str, lead_id: str, data: dict[str, Any]) -> None:
        self.db.run("INSERT INTO agent_memory(agent_id, lead_id, data, updated_at) VALUES (:a, :l, :d, :t) "
                    "ON CONFLICT (agent_id, lead_id) DO UPDATE SET data=excluded.data, updated_at=excluded.updated_at",
                    a=agent_id, l=lead_id, d=json.dumps(data), t=time.time())


__all__ = ["AgentStore", "AgentInactive"]
