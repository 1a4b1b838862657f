"""Per-agent figures over a time range (the last 7 days by default), from the conversation tables.

An agent's conversations are those it was assigned (at the start or later) that started in the range.

- ``unique_leads``: distinct leads of those conversations;
- ``conversations``: how many; ``answered_conversations``: those with at least one reply of the agent;
- ``unanswered_questions``: questions the agent could not answer (listed, with any answer a person gave);
- ``handover_rate``: the share of its conversations that went to a person;
- ``avg_response_time_s``: mean time from the first message of a burst to the agent's reply, over its replies;
- ``weekend_leads`` / ``weekend_conversations``: the same counts for conversations started on Saturday or Sunday
  in the time zone asked for (UTC by default);
- ``conversations_by_channel``; ``credit_usage``: credits the agent's replies used, by message type.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rag_agent.db import Database
from rag_agent.conversations.plans import PRICES
from rag_agent.errors import InputError

WEEK = 7 * 86400


def zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {tz!r}; use an IANA name like 'Europe/Istanbul'") from exc


def agent_dashboard(db: Database, ws: str, agent_id: str, start: float, end: float, tz: str = "UTC") -> dict[str, Any]:
    """The figures of one agent for conversations started in [start, end)."""
    if end <= start:
        raise InputError("the range is empty: 'end' must be after 'start'")
    z = zone(tz)
    convs = db.rows("SELECT id, lead_id, channel, handed_over, created_at FROM cv_conversations WHERE workspace_id=:w "
                    "AND playground=0 AND status <> 'waiting' AND (agent_id=:a OR first_agent_id=:a) "
                    "AND created_at >= :s AND created_at < :e", w=ws, a=agent_id, s=start, e=end)
    ids = [c["id"] for c in convs]
    answered: set[str] = set()
    if ids:
        for r in db.rows("SELECT DISTINCT conversation_id FROM cv_messages WHERE workspace_id=:w AND direction='out' "
                         "AND sender_kind='ai' AND sender_id=:a AND response_s IS NOT NULL", w=ws, a=agent_id):
            if r["conversation_id"] in ids:
                answered.add(r["conversation_id"])
    replies = db.rows("SELECT response_s FROM cv_messages WHERE workspace_id=:w AND direction='out' AND "
                      "sender_kind='ai' AND sender_id=:a AND response_s IS NOT NULL AND created_at >= :s AND "
                      "created_at < :e", w=ws, a=agent_id, s=start, e=end)
    questions = db.rows("SELECT id, conversation_id, question, language, answer, answered_by, source_id, created_at, "
                        "answered_at FROM cv_unanswered WHERE workspace_id=:w AND agent_id=:a AND created_at >= :s "
                        "AND created_at < :e ORDER BY created_at", w=ws, a=agent_id, s=start, e=end)
    usage = {k: 0.0 for k in PRICES}
    for r in db.rows("SELECT msg_type, SUM(credits) AS c FROM cv_usage WHERE workspace_id=:w AND agent_id=:a AND "
                     "created_at >= :s AND created_at < :e GROUP BY msg_type", w=ws, a=agent_id, s=start, e=end):
        usage[r["msg_type"]] = float(r["c"])
    weekend = [c for c in convs if datetime.fromtimestamp(c["created_at"], z).weekday() >= 5]
    by_channel: dict[str, int] = {}
    for c in convs:
        by_channel[c["channel"]] = by_channel.get(c["channel"], 0) + 1
    n = len(convs)
    return {
        "agent_id": agent_id, "start": start, "end": end, "tz": tz,
        "conversations": n,
        "unique_leads": len({c["lead_id"] for c in convs}),
        "answered_conversations": len(answered),
        "unanswered_questions": {"count": sum(1 for q in questions if q["answer"] is None), "items": questions},
        "handover_rate": round(sum(1 for c in convs if c["handed_over"]) / n, 4) if n else 0.0,
        "avg_response_time_s": round(sum(r["response_s"] for r in replies) / len(replies), 3) if replies else None,
        "weekend_leads": len({c["lead_id"] for c in weekend}),
        "weekend_conversations": len(weekend),
        "conversations_by_channel": dict(sorted(by_channel.items())),
        "credit_usage": usage,
    }


def parse_time(value: str | float | None, default: float) -> float:
    """A time given as epoch seconds or ISO 8601 (a date alone means its midnight UTC)."""
    if value is None or value == "":
        return default
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value)
    except ValueError:
        pass
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"time {value!r} is neither epoch seconds nor ISO 8601 (2025-06-01 or "
                         "2025-06-01T12:00:00+00:00)") from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo("UTC"))
    return dt.timestamp()


__all__ = ["agent_dashboard", "parse_time", "WEEK"]
