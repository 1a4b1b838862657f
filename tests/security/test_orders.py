"""Issue 12, items 4 and 6: an order belongs to its source, and verification cannot be brute-forced.

Item 4 (data loss): two sources holding the same order number both keep their order, each told only to its
own customer; deleting one source removes exactly its orders; item counts stay true; an older data directory
is re-keyed in place on start. Item 6 (privacy): contact data counts only from the current message and the
last few customer turns, a handful of candidates at most, and failed lookups of one number are limited per
conversation and per workspace, with one refusal text for every reason.

The HTTP tests run against the suite's real `rag-agent serve` (``sec_server``); each test uses its own order
numbers, because attempt counts are per number and the server is shared by the whole suite.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import uuid

import pytest

from rag_agent.db import Database, sqlite_url
from rag_agent.embed import HashEmbedder
from rag_agent.orders import OrderVerifier, VerifyPolicy
from rag_agent.service import Service
from rag_agent.settings import Settings
from rag_agent.state import State
from tests.fakes.shopify import ShopifyFake


def jsonl(orders: list[dict]) -> bytes:
    return "\n".join(json.dumps(o) for o in orders).encode()


def order(number: int, email: str, tracking: str, phone: str | None = None) -> dict:
    o = {"number": str(number), "email": email, "status": "shipped", "tracking_number": tracking}
    if phone:
        o["phone"] = phone
    return o


def upload(client, name: str, data: bytes) -> dict:
    r = client.post("/v1/sources", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 201, r.text
    return r.json()


def ask(client, message: str, history: list[dict] | None = None, conversation_id: str | None = None) -> dict:
    body: dict = {"message": message, "history": history or []}
    if conversation_id is not None:
        body["conversation_id"] = conversation_id
    r = client.post("/v1/answer", json=body)
    assert r.status_code == 200, r.text
    return r.json()


def items(client) -> dict[str, int]:
    return {s["name"]: s["items"] for s in client.get("/v1/sources").json()}


def told(ans: dict, tracking: str) -> bool:
    return ans["intent"] == "order_status" and tracking in ans["reply"]


def not_told(ans: dict, tracking: str) -> bool:
    """Nothing of the order in the reply: neither its tracking number nor a status word."""
    return tracking not in ans["reply"] and "shipped" not in ans["reply"].lower()


# -- item 4: an order belongs to its source --------------------------------------------------------------


def test_two_orders_files_with_the_same_number_keep_both_orders(sec_server):
    with sec_server.client("A") as c:
        first = upload(c, "orders-first.jsonl", jsonl([
            order(7101, "alice@first.test", "TRKFIRST7101"), order(7102, "amy@first.test", "TRKFIRST7102"),
            order(7103, "ann@first.test", "TRKFIRST7103")]))["source"]
        second = upload(c, "orders-second.jsonl", jsonl([
            order(7101, "bob@second.test", "TRKSECOND7101"), order(7104, "ben@second.test", "TRKOLD7104"),
            order(7104, "ben@second.test", "TRKSECOND7104")]))  # 7104 twice: the later line is kept
        assert second["source"]["items"] == 2 and "7104" in json.dumps(second["errors"])
        second = second["source"]

        alice = ask(c, "Where is my order 7101? my email is alice@first.test")
        bob = ask(c, "Where is my order 7101? my email is bob@second.test")
        assert told(alice, "TRKFIRST7101") and "TRKSECOND" not in alice["reply"]
        assert told(bob, "TRKSECOND7101") and "TRKFIRST" not in bob["reply"]
        assert told(ask(c, "Where is my order 7104? my email is ben@second.test"), "TRKSECOND7104")
        assert items(c)["orders-first.jsonl"] == 3 and items(c)["orders-second.jsonl"] == 2

        assert c.delete(f"/v1/sources/{second['id']}").status_code == 204
        assert told(ask(c, "Where is my order 7101? my email is alice@first.test"), "TRKFIRST7101")
        gone = ask(c, "Where is my order 7101? my email is bob@second.test")
        assert gone["intent"] == "order_lookup_denied" and "TRK" not in gone["reply"]
        for n, who in ((7102, "amy"), (7103, "ann")):
            assert told(ask(c, f"Where is my order {n}? my email is {who}@first.test"), f"TRKFIRST{n}")
        assert items(c)["orders-first.jsonl"] == 3
        assert c.delete(f"/v1/sources/{first['id']}").status_code == 204


def test_a_store_sync_does_not_overwrite_an_uploaded_orders_file(tmp_path, database_url):
    fake = ShopifyFake(products=4, orders=8)  # orders #1001..#1008, customer1001@example.com...
    fake.start()
    svc = Service(Settings(data_dir=tmp_path / "data", database_url=database_url), embedder=HashEmbedder())
    try:
        svc.ensure_workspace("w", "Shop", plan="paid")
        file_orders = [order(n, f"file{n}@upload.test", f"FILE{n}") for n in range(1001, 1009)]
        src = svc.add_orders("w", jsonl(file_orders), "orders.jsonl").source
        svc.runner.connect("w", "shop", "shopify", {"shop": "fake-store.myshopify.com", "base_url": fake.base_url,
                                                     "access_token": fake.token})
        assert svc.runner.sync("w", "shop").orders == 8
        for n in range(1001, 1009):
            mine = svc.answer("w", f"Where is my order {n}? my email is file{n}@upload.test")
            assert mine.intent == "order_status" and f"FILE{n}" in mine.reply, (n, mine.reply)
            theirs = svc.answer("w", f"Where is my order {n}? my email is customer{n}@example.com")
            assert theirs.intent == "order_status" and "FILE" not in theirs.reply, (n, theirs.reply)
        assert svc.state.get_source("w", src.id).items == 8
        svc.runner.disconnect("w", "shop")  # removes exactly the store's orders
        assert "FILE1001" in svc.answer("w", "Where is my order 1001? my email is file1001@upload.test").reply
        assert svc.answer("w", "Where is my order 1002? my email is customer1002@example.com").intent \
            == "order_lookup_denied"
    finally:
        svc.close()
        fake.stop()


OLD_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE workspaces (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'trial',
    api_key_hash TEXT NOT NULL UNIQUE, currency TEXT NOT NULL DEFAULT 'USD',
    persona TEXT NOT NULL DEFAULT '{}', store_url TEXT, created_at REAL NOT NULL);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL, kind TEXT NOT NULL, enabled INTEGER NOT NULL DEFAULT 1,
    locked INTEGER NOT NULL DEFAULT 0, items INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT, meta TEXT NOT NULL DEFAULT '{}', synced_at REAL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE orders (
    workspace_id TEXT NOT NULL, number TEXT NOT NULL, source_id TEXT NOT NULL,
    email_hash TEXT, phone_hash TEXT, data TEXT NOT NULL, synced_at REAL NOT NULL,
    PRIMARY KEY (workspace_id, number));
"""


def test_an_old_data_directory_is_rekeyed_in_place_on_start(tmp_path):
    """A state.sqlite3 written by the previous version (orders keyed by workspace and number; the first file
    still claims the order the second file took from it) opens, keeps every stored order, lets two sources
    hold the same number from then on, and its orders source claims only what it holds."""
    data = tmp_path / "data"
    data.mkdir()
    key = bytes(range(32))

    def keyed(value: str) -> str:
        return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()

    db = sqlite3.connect(data / "state.sqlite3")
    db.executescript(OLD_SCHEMA)
    db.execute("INSERT INTO meta VALUES ('order_hash_key', ?)", (key.hex(),))
    db.execute("INSERT INTO workspaces(id, name, plan, api_key_hash, created_at) VALUES ('w', 'Shop', 'paid', 'x', 0)")
    for sid, name, claimed in (("src_a", "a.jsonl", 2), ("src_b", "b.jsonl", 1)):
        db.execute("INSERT INTO sources(id, workspace_id, name, kind, items, created_at, updated_at)"
                   " VALUES (?, 'w', ?, 'orders', ?, 0, 0)", (sid, name, claimed))
    for number, sid, email in (("5001", "src_b", "bea@b.test"), ("5002", "src_a", "al@a.test")):
        db.execute("INSERT INTO orders VALUES ('w', ?, ?, ?, NULL, ?, 1.0)",
                   (number, sid, keyed(email), json.dumps({"number": number, "status": "shipped",
                                                           "tracking_number": f"T{number}{sid}"})))
    db.commit()
    db.close()

    svc = Service(Settings(data_dir=data), embedder=HashEmbedder())
    try:
        pk = {r["name"]: r["pk"] for r in svc.db.rows("PRAGMA table_info(orders)")}
        assert pk["source_id"] and pk["number"] and pk["workspace_id"]
        assert "T5001src_b" in svc.answer("w", "Where is my order 5001? my email is bea@b.test").reply
        assert "T5002src_a" in svc.answer("w", "Where is my order 5002? my email is al@a.test").reply
        assert svc.state.get_source("w", "src_a").items == 1  # claimed 2, held 1 since 5001 was taken from it
        svc.add_orders("w", jsonl([order(5001, "al@a.test", "NEW5001"), order(5002, "al@a.test", "NEW5002")]),
                       "a.jsonl", source_id="src_a")
        assert "NEW5001" in svc.answer("w", "Where is my order 5001? my email is al@a.test").reply
        assert "T5001src_b" in svc.answer("w", "Where is my order 5001? my email is bea@b.test").reply
    finally:
        svc.close()
    again = Database(sqlite_url(data))  # opening a migrated directory again is a no-op
    assert again.migrate() == []
    again.close()


# -- item 6: verification reads few, recent candidates and limits attempts --------------------------------


@pytest.fixture(scope="module")
def shop_b(sec_server):
    """Workspace B with an orders file of the verification tests (numbers 73xx), removed afterwards."""
    rows = [order(7301, "dora@shop.test", "TRK7301"),
            order(7302, "ed@shop.test", "TRK7302", phone="+1 415 555 0142"),
            order(7303, "carol@shop.test", "TRK7303"),
            order(7304, "fay@shop.test", "TRK7304"),
            order(7305, "gus@shop.test", "TRK7305"),
            order(7306, "hal@shop.test", "TRK7306")]
    with sec_server.client("B") as c:
        src = upload(c, "verify-orders.jsonl", jsonl(rows))["source"]
        yield c
        c.delete(f"/v1/sources/{src['id']}")


def test_twenty_guessed_emails_in_one_message_do_not_unlock(shop_b):
    guesses = [f"dora{i}@shop.test" for i in range(19)] + ["dora@shop.test"]
    ans = ask(shop_b, "Where is my order 7301? It is one of " + ", ".join(guesses))
    assert ans["intent"] == "order_lookup_denied" and "TRK7301" not in ans["reply"]
    # the customer's own single email still works
    assert told(ask(shop_b, "Where is my order 7301? my email is dora@shop.test"), "TRK7301")


def test_nine_hundred_phones_over_nineteen_history_turns_do_not_unlock(shop_b):
    phones = [f"+1 415 555 {i:04d}" for i in range(900)]  # the right one, 0142, is among them
    per_turn = -(-len(phones) // 19)
    history = [{"role": "customer", "text": "my phone might be " + ", ".join(phones[k:k + per_turn])}
               for k in range(0, len(phones), per_turn)]
    history[-1]["text"] += ", +1 415 555 0142"  # and in the most recent turn too
    assert len(history) == 19
    ans = ask(shop_b, "Where is my order 7302?", history)
    assert ans["intent"] == "order_lookup_denied" and not_told(ans, "TRK7302")
    assert told(ask(shop_b, "Where is my order 7302? phone +1 415 555 0142"), "TRK7302")


def test_contact_data_in_an_agent_turn_or_an_old_turn_does_not_count(shop_b):
    filler = []
    for q in ("do you ship to Canada?", "and how long does it take?", "ok thanks", "is there a warranty?"):
        filler += [{"role": "customer", "text": q}, {"role": "agent", "text": "Sure."}]
    old = [{"role": "customer", "text": "hi, my email is carol@shop.test"}, {"role": "agent", "text": "Thanks!"}]
    ans = ask(shop_b, "Where is my order 7303?", old + filler)
    assert not_told(ans, "TRK7303"), ans

    agent_said = [{"role": "customer", "text": "I lost my order confirmation"},
                  {"role": "agent", "text": "Is your email carol@shop.test or +1 415 555 0199?"}]
    ans = ask(shop_b, "Where is my order 7303?", agent_said)
    assert not_told(ans, "TRK7303"), ans

    # the same email in one of the last three customer turns does count
    recent = [{"role": "customer", "text": "hi, my email is carol@shop.test"}, {"role": "agent", "text": "Thanks!"}]
    assert told(ask(shop_b, "Where is my order 7303?", recent + filler[:4]), "TRK7303")


def test_the_sixth_attempt_in_a_conversation_is_refused_like_an_unknown_number(shop_b):
    conv = "conv-" + uuid.uuid4().hex
    wrong = [ask(shop_b, f"Where is my order 7304? my email is fay{i}@shop.test", conversation_id=conv)
             for i in range(5)]
    assert all(a["intent"] == "order_lookup_denied" for a in wrong)
    limited = ask(shop_b, "Where is my order 7304? my email is fay@shop.test", conversation_id=conv)
    assert limited["intent"] == "order_lookup_denied" and "TRK7304" not in limited["reply"]
    unknown = ask(shop_b, "Where is my order 7399? my email is fay@shop.test", conversation_id=conv)
    assert limited["reply"] == wrong[0]["reply"]  # rate limited reads exactly like a wrong email
    assert limited["reply"].replace("7304", "#") == unknown["reply"].replace("7399", "#")  # and an unknown number
    # the limit is this conversation's: the customer in another conversation is answered
    assert told(ask(shop_b, "Where is my order 7304? my email is fay@shop.test", conversation_id="conv-other"),
                "TRK7304")


def test_the_workspace_limit_catches_fabricated_histories(shop_b):
    """A guesser who invents a new conversation (or none) for every try still gets 20 failures per number."""
    for i in range(20):
        fake_history = [{"role": "customer", "text": f"hello {i}"}, {"role": "agent", "text": "Hi!"}]
        a = ask(shop_b, f"Where is my order 7305? my email is gus{i}@shop.test", fake_history,
                conversation_id=None if i % 2 else f"fabricated-{i}")
        assert a["intent"] == "order_lookup_denied"
    for conv in (None, "conv-" + uuid.uuid4().hex):
        limited = ask(shop_b, "Where is my order 7305? my email is gus@shop.test", conversation_id=conv)
        assert limited["intent"] == "order_lookup_denied" and "TRK7305" not in limited["reply"]
    # per number: another order of the workspace is still told to its customer
    assert told(ask(shop_b, "Where is my order 7306? my email is hal@shop.test"), "TRK7306")


def test_failed_attempts_are_shared_by_workers_and_expire_after_the_window(tmp_path, database_url):
    """The counts live in the state database: a second State on it (another worker, its own engine) sees them,
    and after the window the customer is answered again."""
    url = database_url or sqlite_url(tmp_path)
    dbs = Database(url), Database(url)
    one, two = State(dbs[0]), State(dbs[1])
    try:
        one.create_workspace("Shop", workspace_id="w")
        src = one.add_source("w", "o.jsonl", "orders")
        one.put_orders("w", src.id, iter([order(8001, "ivy@shop.test", "TRK8001")]))
        now = [1000.0]
        policy = VerifyPolicy(workspace_attempts=3, conversation_attempts=2, window_s=600)
        w1, w2 = (OrderVerifier(s, policy, clock=lambda: now[0]) for s in (one, two))
        for i in range(3):
            assert w1.verify("w", "8001", f"my email is x{i}@shop.test", []).outcome == "refused"
        assert w2.verify("w", "8001", "my email is ivy@shop.test", []).outcome == "refused"
        now[0] += 601
        v = w2.verify("w", "8001", "my email is ivy@shop.test", [])
        assert v.outcome == "verified" and v.order["tracking_number"] == "TRK8001"
        assert w2.verify("w", "8001", "where is it?", []).outcome == "ask_contact"  # no contact: not an attempt
    finally:
        for db in dbs:
            db.close()
