"""Who gets a conversation: humans with online/away/offline status and teams, and the routing rules.

New conversations, in this order (the first rule that names an available owner wins):

1. an external bot's instruction in the message metadata: ``KM_ASSIGN_TO`` (a member's id or email, or an AI
   agent's id), then ``KM_ASSIGN_TEAM`` (a team id); empty means the rules below decide;
2. the lead's pipeline stage launches an AI agent for this channel;
3. "assign new conversations to AI agents" (``routing.assign_new_to_ai``), overriding human routing;
4. a channel rule (an AI agent, a human or a team for this channel);
5. human routing: ``round_robin`` gives it to the online member assigned least recently (away and offline
   members are skipped; the default agent when nobody is online), ``notify_everybody`` gives it to the default
   agent and notifies every member, any of whom may take it.

AI agents that are not active are never chosen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from rag_agent.conversations.config import Routing
from rag_agent.db import Tx, dumps, loads
from rag_agent.conversations.models import HUMAN_STATUSES, Human, Owner
from rag_agent.conversations.responder import AgentResponder
from rag_agent.errors import InputError, NotFound


@dataclass
class Decision:
    """The owner chosen for a conversation, why, and whom to notify."""

    owner: Owner
    agent_id: str | None
    how: str
    notify: list[str] = field(default_factory=list)  # human ids
    notes: list[str] = field(default_factory=list)


def _human(row: dict[str, Any]) -> Human:
    return Human(row["id"], row["workspace_id"], row["name"], row["email"], row["status"], loads(row["teams"], []),
                 row["rr_seq"], row["created_at"])


class Router:
    """Humans, teams and the routing rules."""

    def __init__(self, responder: AgentResponder) -> None:
        self.responder = responder

    # -- humans and teams ------------------------------------------------------------------------
    def add_human(self, tx: Tx, ws: str, name: str, email: str | None, status: str, teams: list[str],
                  now: float) -> Human:
        self._check_status(status)
        for t in teams:
            self.team(tx, ws, t)
        if email and tx.one("SELECT id FROM cv_humans WHERE workspace_id=:w AND lower(email)=lower(:e)", w=ws, e=email):
            raise InputError(f"a team member with email {email!r} already exists")
        hid = "hum_" + uuid.uuid4().hex[:10]
        pos = tx.one("SELECT COALESCE(MAX(position), 0) + 1 AS p FROM cv_humans WHERE workspace_id=:w", w=ws)["p"]
        tx.run("INSERT INTO cv_humans(id, workspace_id, name, email, status, teams, position, created_at) "
               "VALUES (:id, :w, :n, :e, :s, :t, :p, :c)", id=hid, w=ws, n=name, e=email, s=status, t=dumps(teams),
               p=pos, c=now)
        return self.human(tx, ws, hid)

    @staticmethod
    def _check_status(status: str) -> None:
        if status not in HUMAN_STATUSES:
            raise InputError(f"unknown status {status!r}; accepted: {', '.join(HUMAN_STATUSES)}")

    def update_human(self, tx: Tx, ws: str, human_id: str, **changes: Any) -> Human:
        self.human(tx, ws, human_id)
        for k, v in changes.items():
            if v is None:
                continue
            if k == "status":
                self._check_status(v)
            elif k == "teams":
                for t in v:
                    self.team(tx, ws, t)
                v = dumps(v)
            elif k not in {"name", "email"}:
                raise InputError(f"cannot change {k!r} of a team member")
            tx.run(f"UPDATE cv_humans SET {k}=:v WHERE id=:id AND workspace_id=:w", v=v, id=human_id, w=ws)
        return self.human(tx, ws, human_id)

    def human(self, tx: Tx, ws: str, human_id: str) -> Human:
        row = tx.one("SELECT * FROM cv_humans WHERE id=:id AND workspace_id=:w", id=human_id, w=ws)
        if not row:
            raise NotFound(f"team member {human_id!r} not found")
        return _human(row)

    def find_human(self, tx: Tx, ws: str, ref: str) -> Human | None:
        """A member by id or email."""
        row = tx.one("SELECT * FROM cv_humans WHERE workspace_id=:w AND (id=:r OR lower(email)=lower(:r))", w=ws, r=ref)
        return _human(row) if row else None

    def humans(self, tx: Tx, ws: str, team_id: str | None = None) -> list[Human]:
        out = [_human(r) for r in tx.rows("SELECT * FROM cv_humans WHERE workspace_id=:w ORDER BY position",
                                          w=ws)]
        return [h for h in out if team_id is None or team_id in h.teams]

    def add_team(self, tx: Tx, ws: str, name: str, now: float) -> dict[str, Any]:
        tid = "team_" + uuid.uuid4().hex[:10]
        tx.run("INSERT INTO cv_teams(id, workspace_id, name, created_at) VALUES (:id, :w, :n, :t)", id=tid, w=ws,
               n=name, t=now)
        return self.team(tx, ws, tid)

    def team(self, tx: Tx, ws: str, team_id: str) -> dict[str, Any]:
        row = tx.one("SELECT id, name, created_at FROM cv_teams WHERE id=:id AND workspace_id=:w", id=team_id, w=ws)
        if not row:
            raise NotFound(f"team {team_id!r} not found")
        return row

    def teams(self, tx: Tx, ws: str) -> list[dict[str, Any]]:
        return tx.rows("SELECT id, name, created_at FROM cv_teams WHERE workspace_id=:w ORDER BY created_at", w=ws)

    # -- choosing ----------------------------------------------------------------------------------
    def active_agent(self, ws: str, agent_id: str | None) -> bool:
        return bool(agent_id) and self.responder.is_active(ws, agent_id)  # type: ignore[arg-type]

    def resolve(self, tx: Tx, ws: str, ref: str) -> Owner | None:
        """``ref`` as an owner: a member (id or email), an AI agent id or a team id; None when unknown."""
        h = self.find_human(tx, ws, ref)
        if h:
            return Owner("human", h.id)
        if tx.one("SELECT id FROM cv_teams WHERE id=:id AND workspace_id=:w", id=ref, w=ws):
            return Owner("team", ref)
        try:
            self.responder.get(ws, ref)
            return Owner("ai", ref)
        except NotFound:
            return None

    def next_human(self, tx: Tx, ws: str, routing: Routing, now: float, team_id: str | None = None) -> Decision:
        """The human (or team) who gets a conversation by the human routing rules."""
        # workers routing at once take turns, so round robin never gives two conversations to the same member
        tx.lock("SELECT id FROM cv_humans WHERE workspace_id=:w ORDER BY id", w=ws)
        members = self.humans(tx, ws, team_id)
        default = next((h for h in self.humans(tx, ws) if h.id == routing.default_human_id), None)
        if team_id:
            online = [h for h in members if h.status == "online"]
            if online:
                pick = min(online, key=lambda h: h.rr_seq)
                self._assigned(tx, pick, now)
                return Decision(Owner("human", pick.id), None, "team_round_robin", [pick.id])
            return Decision(Owner("team", team_id), None, "team", [h.id for h in members])
        if routing.mode == "notify_everybody":
            owner = Owner("human", default.id) if default else Owner("none")
            return Decision(owner, None, "notify_everybody", [h.id for h in members])
        online = [h for h in members if h.status == "online"]
        if online:
            pick = min(online, key=lambda h: h.rr_seq)
            self._assigned(tx, pick, now)
            return Decision(Owner("human", pick.id), None, "round_robin", [pick.id])
        if default:
            return Decision(Owner("human", default.id), None, "default_agent", [default.id])
        return Decision(Owner("none"), None, "unassigned", [h.id for h in members])

    @staticmethod
    def _assigned(tx: Tx, h: Human, now: float) -> None:
        seq = tx.one("SELECT COALESCE(MAX(rr_seq), 0) + 1 AS s FROM cv_humans WHERE workspace_id=:w",
                     w=h.workspace_id)["s"]
        tx.run("UPDATE cv_humans SET rr_seq=:s WHERE id=:id", s=seq, id=h.id)
        h.rr_seq = seq

    def route_new(self, tx: Tx, ws: str, routing: Routing, channel: str, launch_agent: str | None,
                  assign_to: str | None, assign_team: str | None, now: float) -> Decision:
        """The owner of a new conversation (see the module docstring for the order)."""
        notes = []
        if assign_to:
            owner = self.resolve(tx, ws, assign_to)
            if owner and owner.kind == "ai" and not self.active_agent(ws, owner.id):
                notes.append(f"KM_ASSIGN_TO {assign_to!r} is an AI agent that is not active; the rules decided")
            elif owner and owner.kind == "team":
                d = self.next_human(tx, ws, routing, now, team_id=owner.id)
                d.how, d.notes = "km_assign_to", notes
                return d
            elif owner:
                return Decision(owner, owner.id if owner.kind == "ai" else None, "km_assign_to",
                                [owner.id] if owner.kind == "human" else [], notes)  # type: ignore[list-item]
            else:
                notes.append(f"KM_ASSIGN_TO {assign_to!r} matches no team member or AI agent; the rules decided")
        if assign_team:
            if tx.one("SELECT id FROM cv_teams WHERE id=:id AND workspace_id=:w", id=assign_team, w=ws):
                d = self.next_human(tx, ws, routing, now, team_id=assign_team)
                d.how, d.notes = "km_assign_team", notes
                return d
            notes.append(f"KM_ASSIGN_TEAM {assign_team!r} is not a team of this workspace; the rules decided")
        if launch_agent and self.active_agent(ws, launch_agent):
            return Decision(Owner("ai", launch_agent), launch_agent, "pipeline_trigger", [], notes)
        if routing.assign_new_to_ai and self.active_agent(ws, routing.assign_new_to_ai):
            a = routing.assign_new_to_ai
            return Decision(Owner("ai", a), a, "assign_new_to_ai", [], notes)
        rule = routing.channel_rules.get(channel)
        if rule:
            if rule.kind == "ai" and self.active_agent(ws, rule.id):
                return Decision(Owner("ai", rule.id), rule.id, "channel_rule", [], notes)
            if rule.kind == "human" and self.find_human(tx, ws, rule.id):
                h = self.find_human(tx, ws, rule.id)
                return Decision(Owner("human", h.id), None, "channel_rule", [h.id], notes)  # type: ignore[union-attr]
            if rule.kind == "team" and tx.one("SELECT id FROM cv_teams WHERE id=:id AND workspace_id=:w", id=rule.id,
                                              w=ws):
                d = self.next_human(tx, ws, routing, now, team_id=rule.id)
                d.how, d.notes = "channel_rule", notes
                return d
        d = self.next_human(tx, ws, routing, now)
        d.notes = notes
        return d


__all__ = ["Router", "Decision"]
