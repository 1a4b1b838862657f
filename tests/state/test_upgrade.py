"""A data directory made by the previous version (main at 5893021: ``state.sqlite3`` written by three raw-sqlite3
classes, ``conversations.sqlite3`` by the conversation layer; tests/fixtures/make_datadir_v0.py made it) opens with
today's state layer and everything a store owner kept is found: workspaces and their keys, the persona, sources
(one disabled), orders told only to their customers, a failed lookup, the Shopify connection with its encrypted and
environment secrets, its sync run, cursors and webhook delivery, agents with their actions and activation history,
leads and agent memory, a console sign-in, a widget key and its visitor tokens, and the conversations (messages, a
handoff to a person, a sealed webhook secret, credits).

On SQLite the directory is upgraded in place (``conversations.sqlite3`` is moved into ``state.sqlite3``); with
``RAG_DATABASE_URL`` naming an empty PostgreSQL database, both files are copied into it on start.
"""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from rag_agent.console.sessions import Sessions
from rag_agent.console.widget_keys import WidgetKeys
from rag_agent.conversations import ManualClock, build
from rag_agent.embed import HashEmbedder
from rag_agent.service import Service
from rag_agent.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FACTS = json.loads((FIXTURES / "datadir_v0.json").read_text())


def _open(data: Path, database_url: str | None) -> Service:
    return Service(Settings(data_dir=data, database_url=database_url), embedder=HashEmbedder())


@pytest.fixture()
def old_dir(tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "datadir_v0", data)
    return data


def test_a_data_directory_of_the_previous_version_opens_with_everything_in_it(old_dir, database_url, monkeypatch):
    svc = _open(old_dir, database_url)
    try:
        _everything_is_there(svc, monkeypatch)
    finally:
        svc.close()
    names = {p.name for p in old_dir.iterdir()}
    if database_url is None:  # moved into state.sqlite3, in place
        assert "conversations.sqlite3" not in names and "state.sqlite3" in names
    else:  # copied into PostgreSQL; the operator's files are left as they were found
        assert {"state.sqlite3", "conversations.sqlite3"} <= names
    assert [p for p in old_dir.rglob("*") if p.is_file() and stat.S_IMODE(p.stat().st_mode) & 0o077] == []

    again = _open(old_dir, database_url)  # a second start copies nothing twice
    try:
        assert again.db.value("SELECT COUNT(*) FROM cv_messages") == FACTS["conversation"]["messages"]
        assert again.db.value("SELECT COUNT(*) FROM orders") == 3
        assert [w.id for w in again.state.list_workspaces()] == FACTS["workspaces"]
        assert again.db.migrate() == []
    finally:
        again.close()


def _everything_is_there(svc: Service, monkeypatch) -> None:
    state = svc.state
    # workspaces, keys, persona
    assert [w.id for w in state.list_workspaces()] == FACTS["workspaces"]
    for ws, key in FACTS["keys"].items():
        assert state.workspace_for_key(key).id == ws
    assert state.get_workspace("w2").currency == "EUR"
    assert svc.persona("w1").name == "Maya" and svc.persona("w1").tone == "friendly"
    # sources, one disabled
    sources = {s.name: s for s in state.list_sources("w1")}
    for name, sid in FACTS["sources"].items():
        assert sources[name].id == sid and sources[name].enabled
    assert sources["products.csv"].items == 12 and sources["orders.jsonl"].items == 3
    assert sources["shop (shopify)"].locked
    [returns] = state.list_sources("w2")
    assert returns.id == FACTS["disabled_source"] and not returns.enabled
    # orders: told only to their own customer (the contact hashes are keyed by the key the old directory made)
    order = state.verified_order("w1", "5001", ["Ana@Example.com"], [])
    assert order is not None and order["tracking_number"] == "TRK5001ES"
    assert state.verified_order("w1", "5001", ["eve@example.com"], []) is None
    assert state.verified_order("w1", "5002", [], ["+351 910 000 333"])["status"] == "processing"
    assert state.order_failures("w1", "9999", since=0) == 1
    # the store connection: secrets still open, the environment reference still a reference
    runner = svc.runner
    conn = runner.connections.get("w1", "shop")
    assert conn.id == FACTS["connection"]["id"] and conn.origin == "operator"
    assert conn.secret_refs == {"access_token": "stored", "webhook_secret": "env:FIXTURE_WEBHOOK_SECRET"}
    assert runner.connections.secret_value(conn, "access_token") == "shpat_fixture_token"
    monkeypatch.setenv("FIXTURE_WEBHOOK_SECRET", "from-the-environment")
    assert runner.connections.secret_value(conn, "webhook_secret") == "from-the-environment"
    assert (conn.products_cursor, conn.orders_cursor) == (1_700_000_100.0, 1_700_000_200.0)
    sync = runner.connections.get_sync("w1", FACTS["connection"]["sync"])
    assert sync.status == "succeeded" and sync.counts == {"products": 3, "pages": 1} and sync.full
    assert runner.connections.first_delivery(conn.id, "delivery-1", "products/update") is False  # seen before
    assert runner.connections.first_delivery(conn.id, "delivery-2", "products/update") is True
    # agents, their history, leads and memory; new history continues after the old
    agents = svc.agent_store
    ids = FACTS["agents"]
    active = agents.get("w1", ids["active"])
    assert active.state == "active" and active.persona == {"name": "Sam"} and len(active.actions) == 1
    assert agents.get("w1", ids["draft"]).state == "draft"
    assert [(e["event"], e["by"], e["reason"]) for e in agents.events("w1", ids["active"])] == \
        [("activate", "fixture", "launch")]
    agents.deactivate("w1", ids["active"], by="upgrade-test")
    assert [e["event"] for e in agents.events("w1", ids["active"])] == ["activate", "deactivate"]
    assert agents.get_lead("w1", ids["lead"]).email == "ana@example.com"
    assert agents.memory(ids["active"], ids["lead"]) == {"waiting_for": "email"}
    # the console sign-in and the widget key (visitor tokens signed by the old key still verify)
    session = Sessions(svc.db, 3600).get(FACTS["console_session"])
    assert session is not None and session.workspace_id == "w1" and not session.admin
    keys = WidgetKeys(svc.db)
    wk = keys.find(FACTS["widget_key"]["key"])
    assert wk is not None and wk.id == FACTS["widget_key"]["id"] and wk.origins == ["https://trail-shop.example"]
    assert keys.visitor(wk, FACTS["widget_key"]["visitor"]) == FACTS["widget_key"]["visitor"].split(".")[0]
    # the conversations
    conv = build(svc, clock=ManualClock(1_750_000_100.0))
    try:
        c = conv.get("w1", FACTS["conversation"]["id"])
        assert c.lead_id == FACTS["conversation"]["lead"]
        assert (c.owner.kind, c.owner.id) == ("human", FACTS["conversation"]["human"])
        assert len(conv.messages("w1", c.id)) == FACTS["conversation"]["messages"]
        assert [(h["to_kind"], h["to_id"]) for h in conv.handoffs("w1", c.id)] == \
            [("human", FACTS["conversation"]["human"])]
        assert [h["name"] for h in conv.list_humans("w1")] == ["Olivia"]
        assert conv.config("w1").webhook_secret == "whsec_fixture_secret"
        assert conv.config("w1").routing.assign_new_to_ai == ids["active"]
        assert svc.db.value("SELECT COUNT(*) FROM cv_usage WHERE workspace_id='w1'") == 1
    finally:
        conv.close()
