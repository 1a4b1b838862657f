"""Unanswered questions become knowledge: a person's answer is added to the workspace as a Markdown source.

All answered questions of a workspace live in one file, ``answered-questions.md`` (one section per question),
replaced through :meth:`rag_agent.service.Service.add_file` each time, so one source holds them and the plan's
source limit is not used up. The source is connected to the agent that could not answer.
"""

from __future__ import annotations

from typing import Any

from rag_agent.errors import ConfigError, InputError, NotFound

FILENAME = "answered-questions.md"


def render(rows: list[dict[str, Any]]) -> str:
    """The Markdown file of answered questions."""
    parts = ["# Answers to customer questions\n"]
    for r in rows:
        q = " ".join(r["question"].split())
        parts.append(f"## {q}\n\n{r['answer'].strip()}\n")
    return "\n".join(parts)


def answer_question(conv: Any, ws: str, question_id: str, answer: str, human_id: str | None) -> dict[str, Any]:
    """Record ``answer`` to an unanswered question and add it to the workspace's knowledge."""
    svc = conv.knowledge
    if svc is None:
        raise ConfigError("no knowledge service is attached to the conversation service")
    if not answer.strip():
        raise InputError("the answer is empty")
    row = conv.db.one("SELECT * FROM cv_unanswered WHERE id=:id AND workspace_id=:w", id=question_id, w=ws)
    if not row:
        raise NotFound(f"unanswered question {question_id!r} not found")
    if human_id is not None and not conv.db.one("SELECT id FROM cv_humans WHERE id=:h AND workspace_id=:w",
                                                h=human_id, w=ws):
        raise NotFound(f"human_id: team member {human_id!r} not found in this workspace")
    now = conv.clock.now()
    with conv._knowledge_lock:
        conv.db.run("UPDATE cv_unanswered SET answer=:a, answered_by=:h, answered_at=:t WHERE id=:id",
                    a=answer.strip(), h=human_id, t=now, id=question_id)
        rows = conv.db.rows("SELECT question, answer FROM cv_unanswered WHERE workspace_id=:w AND answer IS NOT NULL "
                            "ORDER BY answered_at, id", w=ws)
        existing = svc.state.find_source_by_name(ws, FILENAME)
        rep = svc.add_file(ws, render(rows).encode(), FILENAME, existing.id if existing else None)
        conv.db.run("UPDATE cv_unanswered SET source_id=:s WHERE id=:id", s=rep.source.id, id=question_id)
    connect = getattr(conv.responder, "connect_source", None)
    if row["agent_id"] and connect:
        connect(ws, row["agent_id"], rep.source.id)
    return {"id": question_id, "question": row["question"], "answer": answer.strip(), "source_id": rep.source.id,
            "answered_questions": len(rows)}


__all__ = ["answer_question", "render", "FILENAME"]
