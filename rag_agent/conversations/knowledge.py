"""Unanswered questions become knowledge: a person's answer is added to the workspace as a Markdown source.

All answered questions of a workspace live in one file, ``answered-questions.md`` (one section per question),
replaced through the knowledge base's ``add_file`` (:class:`rag_agent.ports.KnowledgeBase`, the Service) each time, so one source holds them and the plan's
source limit is not used up. The source is connected to the agent that could not answer.
"""

from __future__ import annotations

import threading
from typing import Any

from rag_agent.conversations.clock import Clock
from rag_agent.conversations.responder import AgentResponder
from rag_agent.db import Database
from rag_agent.errors import ConfigError, InputError, NotFound
from rag_agent.ports import KnowledgeBase
from rag_agent.state import State

FILENAME = "answered-questions.md"


def render(rows: list[dict[str, Any]]) -> str:
    """The Markdown file of answered questions."""
    parts = ["# Answers to customer questions\n"]
    for r in rows:
        q = " ".join(r["question"].split())
        parts.append(f"## {q}\n\n{r['answer'].strip()}\n")
    return "\n".join(parts)


class AnsweredQuestions:
    """Records a person's answer to an unanswered question and adds it to the workspace's knowledge.

    One at a time in this process (:attr:`lock`): each answer rewrites the workspace's one file of answers.
    """

    def __init__(self, db: Database, clock: Clock, state: State | None, knowledge: KnowledgeBase | None,
                 responder: AgentResponder) -> None:
        self.db = db
        self.clock = clock
        self.state = state
        self.knowledge = knowledge  # None: answers cannot become knowledge (a conversation service alone)
        self.responder = responder
        self.lock = threading.Lock()

    def answer(self, ws: str, question_id: str, answer: str, human_id: str | None) -> dict[str, Any]:
        """Record ``answer`` to an unanswered question and add it to the workspace's knowledge."""
        if self.knowledge is None or self.state is None:
            raise ConfigError("no knowledge service is attached to the conversation service")
        if not answer.strip():
            raise InputError("the answer is empty")
        db = self.db
        row = db.one("SELECT * FROM cv_unanswered WHERE id=:id AND workspace_id=:w", id=question_id, w=ws)
        if not row:
            raise NotFound(f"unanswered question {question_id!r} not found")
        if human_id is not None and not db.one("SELECT id FROM cv_humans WHERE id=:h AND workspace_id=:w",
                                               h=human_id, w=ws):
            raise NotFound(f"human_id: team member {human_id!r} not found in this workspace")
        now = self.clock.now()
        with self.lock:
            db.run("UPDATE cv_unanswered SET answer=:a, answered_by=:h, answered_at=:t WHERE id=:id",
                   a=answer.strip(), h=human_id, t=now, id=question_id)
            rows = db.rows("SELECT question, answer FROM cv_unanswered WHERE workspace_id=:w AND answer IS NOT NULL "
                           "ORDER BY answered_at, id", w=ws)
            existing = self.state.find_source_by_name(ws, FILENAME)
            rep = self.knowledge.add_file(ws, render(rows).encode(), FILENAME, existing.id if existing else None)
            db.run("UPDATE cv_unanswered SET source_id=:s WHERE id=:id", s=rep.source.id, id=question_id)
        connect = getattr(self.responder, "connect_source", None)  # a responder that can connect sources
        if row["agent_id"] and connect:
            connect(ws, row["agent_id"], rep.source.id)
        return {"id": question_id, "question": row["question"], "answer": answer.strip(), "source_id": rep.source.id,
                "answered_questions": len(rows)}


__all__ = ["AnsweredQuestions", "render", "FILENAME"]
