"""Sales pipelines: stages, and the triggers that launch or stop AI agents as leads move through them.

- A *launch* trigger on a stage starts one AI agent on new conversations of leads in that stage, for incoming
  messages on its chosen channels. One agent per stage: a second agent for a taken stage is refused, naming the
  stage, while the free stages of the same request are applied.
- A *stop* trigger on a stage stops an AI agent in all the lead's conversations when the lead enters the stage.
- Moving a lead changes nothing for its existing conversations otherwise: they keep their agent, also in a stage
  without a trigger. Turning an agent off for pipelines stops it everywhere and removes its triggers.
"""

from __future__ import annotations

import uuid
from typing import Any

from rag_agent.db import Tx, dumps, loads
from rag_agent.conversations.models import CHANNELS, check_channel
from rag_agent.conversations.responder import AgentResponder
from rag_agent.errors import InputError, NotFound


class Pipelines:
    """Pipelines, stages and triggers of a workspace."""

    def __init__(self, responder: AgentResponder) -> None:
        self.responder = responder

    def create(self, tx: Tx, ws: str, name: str, stages: list[str], now: float) -> dict[str, Any]:
        if not stages:
            raise InputError("a pipeline needs at least one stage")
        if len(set(s.strip().lower() for s in stages)) != len(stages):
            raise InputError("stage names must be different from each other")
        pid = "pipe_" + uuid.uuid4().hex[:10]
        tx.run("INSERT INTO cv_pipelines(id, workspace_id, name, created_at) VALUES (:id, :w, :n, :t)",
               id=pid, w=ws, n=name, t=now)
        for i, s in enumerate(stages):
            if not s.strip():
                raise InputError("a stage needs a name")
            tx.run("INSERT INTO cv_stages(id, pipeline_id, workspace_id, name, position) VALUES (:id, :p, :w, :n, :i)",
                   id="stg_" + uuid.uuid4().hex[:10], p=pid, w=ws, n=s.strip(), i=i)
        return self.get(tx, ws, pid)

    def get(self, tx: Tx, ws: str, pipeline_id: str) -> dict[str, Any]:
        p = tx.one("SELECT id, name, created_at FROM cv_pipelines WHERE id=:id AND workspace_id=:w", id=pipeline_id,
                   w=ws)
        if not p:
            raise NotFound(f"pipeline {pipeline_id!r} not found")
        stages = tx.rows("SELECT id, name, position FROM cv_stages WHERE pipeline_id=:p ORDER BY position", p=p["id"])
        for s in stages:
            trig = tx.rows("SELECT id, kind, agent_id, channels FROM cv_triggers WHERE stage_id=:s ORDER BY created_at",
                           s=s["id"])
            launch = [t for t in trig if t["kind"] == "launch"]
            s["launch"] = ({"trigger_id": launch[0]["id"], "agent_id": launch[0]["agent_id"],
                            "channels": loads(launch[0]["channels"], [])} if launch else None)
            s["stop"] = [{"trigger_id": t["id"], "agent_id": t["agent_id"]} for t in trig if t["kind"] == "stop"]
        return {**p, "stages": stages}

    def list(self, tx: Tx, ws: str) -> list[dict[str, Any]]:
        return [self.get(tx, ws, r["id"]) for r in
                tx.rows("SELECT id FROM cv_pipelines WHERE workspace_id=:w ORDER BY created_at", w=ws)]

    def stage(self, tx: Tx, ws: str, stage_id: str) -> dict[str, Any]:
        row = tx.one("SELECT * FROM cv_stages WHERE id=:id AND workspace_id=:w", id=stage_id, w=ws)
        if not row:
            raise NotFound(f"stage {stage_id!r} not found")
        return row

    def _agent_name(self, ws: str, agent_id: str) -> str:
        try:
            return self.responder.get(ws, agent_id).name
        except NotFound:
            return agent_id

    def set_triggers(self, tx: Tx, ws: str, pipeline_id: str, launch: list[dict[str, Any]],
                     stop: list[dict[str, Any]], now: float) -> dict[str, Any]:
        """Add launch and stop triggers; conflicting launch triggers are refused one by one, naming the stage."""
        pipe = self.get(tx, ws, pipeline_id)
        stages = {s["id"]: s for s in pipe["stages"]}
        for t in [*launch, *stop]:
            if t.get("stage_id") not in stages:
                raise NotFound(f"stage {t.get('stage_id')!r} is not a stage of pipeline {pipe['name']!r}")
            self.responder.get(ws, t.get("agent_id") or "")  # NotFound for an unknown agent
        applied, refused = [], []
        for t in launch:
            s = stages[t["stage_id"]]
            channels = [check_channel(c) for c in (t.get("channels") or list(CHANNELS))]
            cur = s["launch"]
            if cur and cur["agent_id"] != t["agent_id"]:
                refused.append({"stage_id": s["id"], "stage": s["name"], "agent_id": t["agent_id"],
                                "reason": f"stage {s['name']!r} already launches AI agent "
                                          f"{self._agent_name(ws, cur['agent_id'])!r} ({cur['agent_id']}); "
                                          "remove that trigger first"})
                continue
            if cur:
                tx.run("UPDATE cv_triggers SET channels=:c WHERE id=:id", c=dumps(channels), id=cur["trigger_id"])
            else:
                tx.run("INSERT INTO cv_triggers(id, workspace_id, stage_id, kind, agent_id, channels, created_at) "
                       "VALUES (:id, :w, :s, 'launch', :a, :c, :t)", id="trg_" + uuid.uuid4().hex[:10], w=ws,
                       s=s["id"], a=t["agent_id"], c=dumps(channels), t=now)
            s["launch"] = {"agent_id": t["agent_id"], "channels": channels, "trigger_id": None}
            applied.append({"kind": "launch", "stage_id": s["id"], "stage": s["name"], "agent_id": t["agent_id"],
                            "channels": channels})
        for t in stop:
            s = stages[t["stage_id"]]
            if not any(x["agent_id"] == t["agent_id"] for x in s["stop"]):
                tx.run("INSERT INTO cv_triggers(id, workspace_id, stage_id, kind, agent_id, channels, created_at) "
                       "VALUES (:id, :w, :s, 'stop', :a, '[]', :t)", id="trg_" + uuid.uuid4().hex[:10], w=ws,
                       s=s["id"], a=t["agent_id"], t=now)
                s["stop"].append({"agent_id": t["agent_id"]})
            applied.append({"kind": "stop", "stage_id": s["id"], "stage": s["name"], "agent_id": t["agent_id"]})
        return {"applied": applied, "refused": refused, "pipeline": self.get(tx, ws, pipeline_id)}

    def remove_trigger(self, tx: Tx, ws: str, trigger_id: str) -> None:
        if not tx.run("DELETE FROM cv_triggers WHERE id=:id AND workspace_id=:w", id=trigger_id, w=ws):
            raise NotFound(f"trigger {trigger_id!r} not found")

    def launch_agent(self, tx: Tx, ws: str, stage_id: str | None, channel: str) -> str | None:
        """The agent the stage launches on this channel, if any."""
        if not stage_id:
            return None
        row = tx.one("SELECT agent_id, channels FROM cv_triggers WHERE stage_id=:s AND workspace_id=:w "
                     "AND kind='launch'", s=stage_id, w=ws)
        if row and channel in loads(row["channels"], []):
            return row["agent_id"]
        return None

    def stop_agents(self, tx: Tx, ws: str, stage_id: str) -> list[str]:
        return [r["agent_id"] for r in tx.rows("SELECT agent_id FROM cv_triggers WHERE stage_id=:s AND "
                                               "workspace_id=:w AND kind='stop'", s=stage_id, w=ws)]

    def remove_agent(self, tx: Tx, ws: str, agent_id: str) -> int:
        """Remove every trigger of an agent; returns how many."""
        return tx.run("DELETE FROM cv_triggers WHERE workspace_id=:w AND agent_id=:a", w=ws, a=agent_id)


__all__ = ["Pipelines"]
