"""The state layer on SQLite and PostgreSQL: two workers (each its own engine, as two processes have) share one
database: a change through one is in force in the other at once, limits hold when both write at once, a webhook
delivery is applied once; the schema's history adopts a conversation database of the previous version; the older
``RAG_CONVERSATIONS__DATABASE_URL`` still names the database; a transaction opened inside another joins it."""

from __future__ import annotations

import threading
import time

import pytest

from rag_agent.agents.store import AgentStore
from rag_agent.connections import Connections
from rag_agent import db as state_db_module
from rag_agent.db import MIGRATIONS, Database, sqlite_url
from rag_agent.db.migrations import CV_OFFSET
from rag_agent.errors import LimitExceeded
from rag_agent.secretbox import SecretBox
from rag_agent.settings import ConversationSettings, Settings
from rag_agent.state import State


@pytest.fixture()
def two_workers(tmp_path, database_url):
    """Two States over two engines on one database: what two API workers have."""
    url = database_url or sqlite_url(tmp_path)
    dbs = [Database(url), Database(url)]
    yield [State(db) for db in dbs]
    for db in dbs:
        db.close()


def test_a_change_through_one_worker_is_in_force_in_the_other_at_once(two_workers):
    one, two = two_workers
    one.create_workspace("Shop", "paid", workspace_id="w")
    faq = one.add_source("w", "faq.md", "file")
    assert [s.enabled for s in two.list_sources("w")] == [True]  # the second worker has it cached now
    before = two.version("w")
    one.update_source("w", faq.id, enabled=False)
    assert two.version("w") == before + 1
    assert [s.enabled for s in two.list_sources("w")] == [False]
    assert two.enabled_source_ids("w") == []
    one.set_persona("w", {"name": "Maya"})
    assert two.get_workspace("w").persona == {"name": "Maya"}
    agents_one, agents_two = AgentStore(one), AgentStore(two)
    agent = agents_one.create("w", "Sales", source_ids=[faq.id])
    agents_two.activate("w", agent.id, by="worker two")
    assert agents_one.get("w", agent.id).state == "active"
    one.delete_source("w", faq.id)
    assert two.list_sources("w") == [] and two.find_source_by_name("w", "faq.md") is None


def test_two_workers_adding_sources_at_once_stay_within_the_plan(two_workers):
    one, two = two_workers
    one.create_workspace("Trial shop", "trial", workspace_id="w")  # 10 sources
    start = threading.Barrier(2)
    added: list[str] = []
    refused: list[Exception] = []

    def add(state: State, who: str) -> None:
        start.wait()
        for i in range(8):
            try:
                added.append(state.add_source("w", f"{who}-{i}.md", "file").id)
            except LimitExceeded as exc:
                refused.append(exc)

    threads = [threading.Thread(target=add, args=(s, n)) for s, n in ((one, "a"), (two, "b"))]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(added) == 10 and len(refused) == 6
    assert len(one.list_sources("w")) == 10 == len(two.list_sources("w"))


def test_one_webhook_delivery_given_to_two_workers_is_applied_once(tmp_path, two_workers):
    one, two = two_workers
    box = SecretBox(tmp_path)
    conns = [Connections(s.db, box) for s in two_workers]
    one.create_workspace("Shop", workspace_id="w")
    conn = conns[0].create("w", "shop", "shopify", {"shop": "x.myshopify.com"}, {"access_token": "t"}, "s1", "s2")
    start = threading.Barrier(2)
    firsts: list[bool] = []

    def deliver(c: Connections) -> None:
        start.wait()
        firsts.append(c.first_delivery(conn.id, "d-1", "products/update"))

    threads = [threading.Thread(target=deliver, args=(c,)) for c in conns]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(firsts) == [False, True]
    assert conns[1].secret_values(conns[1].get("w", "shop")) == {"access_token": "t"}  # the same key file


def test_a_conversation_database_of_the_previous_version_is_adopted(tmp_path, database_url):
    """Conversations had their own database and history (``cv_schema_migrations``, versions 1-3): opening it
    records those as migrations 5-7 (not applied again: its rows stay) and adds the rest of the schema."""
    url = database_url or sqlite_url(tmp_path)
    old = Database(url, migrate=False)
    with old.tx() as tx:
        tx.run("CREATE TABLE cv_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "applied_at DOUBLE PRECISION NOT NULL)")
        for version, name, steps in MIGRATIONS[CV_OFFSET:CV_OFFSET + 3]:
            for step in steps:
                tx.run(step)
            tx.run("INSERT INTO cv_schema_migrations VALUES (:v, :n, 1.0)", v=version - CV_OFFSET, n=name)
        tx.run("INSERT INTO cv_teams(id, workspace_id, name, created_at) VALUES ('t1', 'w', 'Support', 1)")
    old.close()
    db = Database(url)
    try:
        assert [r["version"] for r in db.rows("SELECT version FROM schema_migrations ORDER BY version")] == \
            [v for v, _, _ in MIGRATIONS]
        assert db.value("SELECT name FROM cv_teams WHERE id='t1'") == "Support"
        State(db).create_workspace("Shop", workspace_id="w")  # the state tables are there too
    finally:
        db.close()


def test_migrations_are_numbered_one_after_another():
    assert [v for v, _, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_the_older_setting_name_still_names_the_database(tmp_path, database_url):
    """``RAG_CONVERSATIONS__DATABASE_URL`` (from when only conversations could live elsewhere) now holds all of the
    service's state; ``RAG_DATABASE_URL`` wins when both are set."""
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service

    other = database_url or f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    named = state_db_module.database_url
    assert named(Settings(data_dir=tmp_path, database_url=other,
                          conversations=ConversationSettings(database_url="sqlite:///ignored"))) == other
    assert named(Settings(data_dir=tmp_path / "data")) == sqlite_url(tmp_path / "data")
    settings = Settings(data_dir=tmp_path / "data", conversations=ConversationSettings(database_url=other))
    assert named(settings) == other
    svc = Service(settings, embedder=HashEmbedder())
    try:
        svc.ensure_workspace("w", "Shop")
    finally:
        svc.close()
    assert not (tmp_path / "data" / "state.sqlite3").exists()
    db = Database(other)
    try:
        assert [w.id for w in State(db).list_workspaces()] == ["w"]
    finally:
        db.close()


def test_a_transaction_opened_inside_another_joins_it(state_db):
    """One part of the service calling another inside its transaction (a conversation step writing a lead) does
    not wait for the lock its own thread holds; the inner part rolls back alone when it fails."""
    state = State(state_db)
    state.create_workspace("Shop", workspace_id="w")
    t0 = time.monotonic()
    with state_db.tx() as tx:
        tx.run("UPDATE workspaces SET name='Renamed' WHERE id='w'")
        state.add_source("w", "inner.md", "file")  # its own transaction: joins this one
        assert state.get_workspace("w").name == "Renamed"  # reads inside see the open transaction's writes
        with pytest.raises(LimitExceeded):
            with state_db.tx() as inner:
                inner.run("UPDATE workspaces SET currency='EUR' WHERE id='w'")
                raise LimitExceeded("inner part fails")
    assert time.monotonic() - t0 < 5
    ws = state.get_workspace("w")
    assert (ws.name, ws.currency) == ("Renamed", "USD")
    assert [s.name for s in state.list_sources("w")] == ["inner.md"]
