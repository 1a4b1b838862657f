"""The conversation state on a real PostgreSQL server: migrations from an empty database, a restart that loses
nothing, the delay merging a burst, hand-counted dashboard figures, and two workers sharing one database (two
schedulers claiming the same due reply, two API workers taking the first messages of one new lead).

Needs ``RAG_TEST_POSTGRES_URL`` (a user allowed to create databases; every test gets a fresh database and drops
it); skipped without it. CI starts a throw-away server for the whole run; a developer does the same with:

    scripts/with-postgres python -m pytest -q tests/conversations
"""

from __future__ import annotations

import threading

from sqlalchemy import create_engine, inspect

from rag_agent.conversations import build
from rag_agent.db import MIGRATIONS, Database
from rag_agent.conversations.plans import PRICES
from tests.conversations.conftest import T0, World

DAY = 86400


def test_migrations_from_an_empty_database(pg_url):
    tables = set(inspect(create_engine(pg_url)).get_table_names())
    assert not tables
    # two workers starting at once: the advisory lock lets one migrate, the other finds it done
    dbs: list[Database] = []
    start = threading.Barrier(2)

    def open_db() -> None:
        start.wait()
        dbs.append(Database(pg_url))

    threads = [threading.Thread(target=open_db) for _ in range(2)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(dbs) == 2 and all(db.dialect == "postgresql" for db in dbs)
    latest = MIGRATIONS[-1][0]
    assert [db.schema_version() for db in dbs] == [latest, latest]
    rows = dbs[0].rows("SELECT version FROM schema_migrations ORDER BY version")
    assert [r["version"] for r in rows] == [v for v, _, _ in MIGRATIONS]  # each applied exactly once
    insp = inspect(dbs[0].engine)
    assert {"cv_conversations", "cv_messages", "cv_handoffs", "cv_usage"} <= set(insp.get_table_names())
    cols = {c["name"]: c for c in insp.get_columns("cv_conversations")}
    assert str(cols["reply_due_at"]["type"]) == "DOUBLE PRECISION" and str(cols["ai_stopped"]["type"]) == "INTEGER"
    assert "seq" in {c["name"] for c in insp.get_columns("cv_handoffs")}  # migration 6
    unique = {i["name"]: i for i in insp.get_indexes("cv_messages") if i["unique"]}
    assert unique["cv_msg_conv_seq"]["column_names"] == ["conversation_id", "seq"]  # migration 7
    assert dbs[1].migrate() == []
    for db in dbs:
        db.close()


def test_a_burst_gets_one_reply_and_a_restart_loses_nothing(tmp_path, pg_url):
    w = World(tmp_path, database_url=pg_url)
    try:
        assert w.conv.db.dialect == "postgresql"
        agent = w.agent("Sales", delay=60)
        w.routing(assign_new_to_ai=agent)
        cid = w.send("lead-1", "Hi there")["conversation"]["id"]
        w.advance(10)
        w.send("lead-1", "How much is the Trail Runner Jacket?")
        w.advance(10)
        due = w.send("lead-1", "and is it waterproof?")["conversation"]["reply_due_at"]
        assert due == T0 + 20 + 60  # counted from the latest message
        w.advance(59)
        assert w.out(cid) == []
        w.advance(1)
        [reply] = w.out(cid)
        ins = [m for m in w.conversation(cid)["messages"] if m["direction"] == "in"]
        assert sorted(reply["reply_to"]) == sorted(m["id"] for m in ins) and len(ins) == 3
        assert "89" in reply["text"] and reply["response_s"] == 80
        # a message whose reply is not due yet, then the process goes away
        w.send("lead-1", "Thanks!", lead={"name": "Ana"})
        before = w.conversation(cid)
        now = w.clock.now()
    finally:
        w.close()
    # nothing of the state is in the data directory: it is all in PostgreSQL
    assert not (tmp_path / "data" / "conversations.sqlite3").exists()
    assert not (tmp_path / "data" / "state.sqlite3").exists()
    w = World(tmp_path, database_url=pg_url)
    try:
        w.clock.set(now)
        after = w.conversation(cid)
        assert after["reply_due_at"] == before["reply_due_at"] == now + 60
        assert after["owner"] == before["owner"] == {"kind": "ai", "id": agent}
        assert [(m["id"], m["text"], m["status"]) for m in after["messages"]] == \
               [(m["id"], m["text"], m["status"]) for m in before["messages"]]
        assert w.client.get("/v1/routing").json()["assign_new_to_ai"] == agent
        assert w.client.get("/v1/conversation-leads/lead-1").json()["name"] == "Ana"
        w.advance(60)  # the pending reply goes out from the restarted service
        assert [m["direction"] for m in w.conversation(cid)["messages"]] == ["in", "in", "in", "out", "in", "out"]
    finally:
        w.close()


def test_dashboard_counts_on_postgres(tmp_path, pg_url):
    w = World(tmp_path, database_url=pg_url)
    try:
        sales = w.agent("Sales", delay=60)
        ana = w.human("Ana")
        w.routing(assign_new_to_ai=sales)
        monday = T0 + 7 * DAY + 3600  # Monday 9 June 2025, 10:00 UTC
        w.clock.set(monday - 3 * DAY)  # the Friday before: outside the range
        w.send("z", "Hello")
        w.advance(60)
        w.clock.set(monday)
        a = w.send("A", "How much is the Trail Runner Jacket?")["conversation"]["id"]
        w.send("B", "Hi", channel="instagram")
        w.advance(20)
        w.send("B", "How much is the Daypack 28L?", channel="instagram")
        w.advance(60)  # A answered 80 s after its message, B once, 60 s after its second (80 s after its first)
        w.client.post(f"/v1/conversations/{a}/close")
        w.clock.set(monday + DAY)
        w.send("A", "Do you ship to Spain?", channel="telegram")  # A again, another channel
        w.send("C", "I want to talk to a human")  # answered, then handed over
        w.advance(60)
        w.clock.set(monday + 3 * DAY)
        e = w.send("E", "Hello there")["conversation"]["id"]
        assert w.client.post(f"/v1/conversations/{e}/take-over", json={"human_id": ana}).status_code == 200
        w.advance(60)
        w.clock.set(monday + 5 * DAY)  # Saturday
        w.send("F", "Do you have the Daypack 28L in stock?")
        w.send("G", "Hola", channel="webchat")
        w.advance(60)
        w.clock.set(monday + 6 * DAY)  # Sunday: a message that is not answered yet
        w.send("F", "and in blue?")
        r = w.client.get(f"/v1/dashboard/agents/{sales}",
                         params={"start": monday - 3600, "end": monday + 7 * DAY - 3600})
        assert r.status_code == 200, r.text
        d = r.json()
        # by hand: A (whatsapp, telegram), B, C, E, F, G started in the week; A twice
        assert d["conversations"] == 7 and d["unique_leads"] == 6
        assert d["conversations_by_channel"] == {"instagram": 1, "telegram": 1, "webchat": 1, "whatsapp": 4}
        assert d["answered_conversations"] == 6  # all but E (taken over before the reply)
        assert d["handover_rate"] == round(2 / 7, 4)  # C (asked for a person) and E (take-over)
        assert d["weekend_conversations"] == 2 and d["weekend_leads"] == 2  # F and G
        replies = [m["response_s"] for c in w.client.get("/v1/conversations").json()
                   for m in w.conversation(c["id"])["messages"]
                   if m["direction"] == "out" and m["sender_kind"] == "ai" and m["response_s"] is not None
                   and monday - 3600 <= m["created_at"] < monday + 7 * DAY - 3600]
        assert len(replies) == 6 and d["avg_response_time_s"] == round(sum(replies) / 6, 3)
        assert sorted(replies) == [60, 60, 60, 60, 80, 80]
        assert d["credit_usage"] == {"text": 6 * PRICES["text"], "voice": 0.0}
    finally:
        w.close()


def test_two_schedulers_one_reply(tmp_path, pg_url):
    """Two workers tick the same database at the same instant: every due reply is written exactly once."""
    w = World(tmp_path, database_url=pg_url)
    second = build(w.svc, clock=w.clock, db=Database(pg_url))  # another worker: its own engine and in-process lock
    try:
        assert second.db is not w.conv.db
        agent = w.agent("Sales", delay=60)
        w.routing(assign_new_to_ai=agent)
        leads = [f"lead-{i}" for i in range(12)]
        cids = [w.send(lead, "How much is the Trail Runner Jacket?")["conversation"]["id"] for lead in leads]
        w.clock.advance(60)
        reports = []
        start = threading.Barrier(2)

        def tick(conv) -> None:
            start.wait()
            reports.append(conv.tick())

        threads = [threading.Thread(target=tick, args=(c,)) for c in (w.conv, second)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        assert sum(r.replied for r in reports) == len(cids)
        assert not [e for r in reports for e in r.errors]
        for cid in cids:
            msgs = w.conversation(cid)["messages"]
            assert [m["direction"] for m in msgs] == ["in", "out"], cid
            assert msgs[1]["reply_to"] == [msgs[0]["id"]] and msgs[0]["status"] == "answered"
        usage = w.conv.db.one("SELECT COUNT(*) AS n FROM cv_usage")["n"]
        assert usage == len(cids)  # each reply charged once
        assert second.tick().replied == 0 and w.conv.tick().replied == 0
    finally:
        second.close()
        w.close()


def test_two_workers_take_the_first_messages_of_one_new_lead(tmp_path, pg_url):
    """Messages of a new lead reach two workers at once: one lead, one open conversation, messages numbered 1..n."""
    w = World(tmp_path, database_url=pg_url)
    second = build(w.svc, clock=w.clock, db=Database(pg_url))
    try:
        agent = w.agent("Sales", delay=60)
        w.routing(assign_new_to_ai=agent)
        start = threading.Barrier(2)
        results: list[dict] = []
        errors: list[BaseException] = []

        def receive(conv, n: int) -> None:
            start.wait()
            for i in range(5):
                try:
                    results.append(conv.receive("w1", "whatsapp", "new-lead", text=f"message {n}.{i}"))
                except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                    errors.append(exc)

        threads = [threading.Thread(target=receive, args=(c, n)) for n, c in enumerate((w.conv, second))]
        [t.start() for t in threads]
        [t.join() for t in threads]
        assert errors == []
        assert len({r["conversation"]["id"] for r in results}) == 1
        [conv] = w.client.get("/v1/conversations", params={"lead_id": "new-lead"}).json()
        msgs = w.conversation(conv["id"])["messages"]
        assert sorted(m["text"] for m in msgs) == sorted(f"message {n}.{i}" for n in range(2) for i in range(5))
        assert [m["seq"] for m in msgs] == list(range(1, 11))
        w.advance(60)
        # one reply for the whole burst (a burst the AI cannot answer is also handed on, with a system notice)
        assert len([m for m in w.out(conv["id"]) if m["sender_kind"] == "ai"]) == 1
    finally:
        second.close()
        w.close()
