"""The sync runner on the tiny platform: counts, incremental reads, deletions, failures, generations."""

from __future__ import annotations

import pytest

from connectors.base import UpstreamError
from rag_agent.errors import InputError
from tests.sync import tiny_platform
from tests.sync.tiny_platform import product


def connect(runner, store_name, name="shop"):
    return runner.connect("w1", name, "tiny", {"store": store_name, "token": "tok-secret-123",
                                               "webhook_secret": "whsec-1"})


def live(runner, name="shop"):
    """{product id: price} of what answers read."""
    out = {}
    for h in runner.live_points("w1", name):
        if h.payload["kind"] == "product":
            out[h.payload["product_id"]] = h.payload["price_min"]
    return out


def price_reply(svc, title):
    return svc.answer("w1", f"How much is the {title}?").reply


def test_first_sync_then_nothing_changed_embeds_nothing(runner, tiny, hash_service):
    name, store = tiny
    connect(runner, name)
    s1 = runner.sync("w1", "shop")
    assert (s1.added, s1.updated, s1.unchanged, s1.deleted, s1.failed) == (10, 0, 0, 0, 0)
    assert s1.full and s1.embedded == 10 + 1 and s1.pages == 1 and s1.orders == 1
    assert "$13.00" in price_reply(hash_service, "Gadget 3")
    s2 = runner.sync("w1", "shop")
    assert not s2.full and (s2.added, s2.updated, s2.unchanged, s2.deleted) == (0, 0, 10, 0)
    assert s2.embedded == 0
    s3 = runner.sync("w1", "shop", full=True)
    assert (s3.unchanged, s3.embedded) == (10, 0)
    assert live(runner) == {str(i): 10.0 + i for i in range(10)}
    # one generation holds the data: the old one is dropped after each switch
    assert hash_service.store.count({"workspace_id": "w1", "kind": "product"}) == 10


def test_incremental_reads_changes_only_and_drops_deleted(runner, tiny, hash_service):
    name, store = tiny
    connect(runner, name)
    runner.sync("w1", "shop")
    store.set_price("3", 99.5)
    store.put(product("10", "Gizmo Ten", 5.0))
    del store.products["7"]
    tiny_platform.CALLS.clear()
    s = runner.sync("w1", "shop")
    since = [arg for what, arg in tiny_platform.CALLS if what == "products"][0]
    assert since is not None  # an updated-since filter was used
    assert (s.added, s.updated, s.unchanged, s.deleted, s.embedded) == (1, 1, 8, 1, 2)
    prices = live(runner)
    assert prices["3"] == 99.5 and prices["10"] == 5.0 and "7" not in prices and len(prices) == 10
    assert "$99.50" in price_reply(hash_service, "Gadget 3")


def test_failed_sync_keeps_answering_from_the_previous_data(runner, tiny, hash_service):
    name, store = tiny
    connect(runner, name)
    runner.sync("w1", "shop")
    for i in range(10):
        store.set_price(str(i), 50.0 + i)
    store.fail_after = 6  # dies mid-stream, after a batch was already written to the new generation
    with pytest.raises(UpstreamError):
        runner.sync("w1", "shop", full=True)
    assert live(runner) == {str(i): 10.0 + i for i in range(10)}
    assert "$12.00" in price_reply(hash_service, "Gadget 2")
    rec = runner.connections.get_sync("w1", runner.connections.get("w1", "shop").last_sync_id)
    assert rec.status == "failed" and "500" in rec.error
    store.fail_after = None
    s = runner.sync("w1", "shop")
    assert live(runner) == {str(i): 50.0 + i for i in range(10)}
    assert s.updated == 10 and "$52.00" in price_reply(hash_service, "Gadget 2")


def test_orders_are_upserted_with_hashed_contacts(runner, tiny, hash_service):
    name, store = tiny
    conn = connect(runner, name)
    runner.sync("w1", "shop")
    svc = hash_service
    assert svc.state.verified_order("w1", "1001", ["ana@example.com"], [])["tracking_number"] == "TRK1"
    assert svc.state.verified_order("w1", "1001", ["eve@example.com"], []) is None
    raw = svc.db.one("SELECT * FROM orders WHERE number='1001'")
    assert "ana@example.com" not in raw["data"] and raw["source_id"] == conn.products_source_id
    reply = svc.answer("w1", "Where is my order 1001? my email is ana@example.com").reply
    assert "TRK1" in reply


def test_pages_are_synced_into_their_own_locked_source(runner, tiny, hash_service):
    name, store = tiny
    conn = connect(runner, name)
    runner.sync("w1", "shop")
    src = hash_service.state.get_source("w1", conn.pages_source_id)
    assert src.locked and src.items >= 1 and src.meta["generation"].startswith(src.id + "#")
    reply = hash_service.answer("w1", "How long does shipping take?").reply
    assert "3 business days" in reply


def test_connect_refuses_unknown_options_and_duplicates(runner, tiny, hash_service):
    name, _ = tiny
    with pytest.raises(InputError, match="unknown: colour"):
        runner.connect("w1", "shop", "tiny", {"store": name, "colour": "red"})
    with pytest.raises(InputError, match="unknown platform 'etsy'"):
        runner.connect("w1", "shop", "etsy", {})
    connect(runner, name)
    with pytest.raises(InputError, match="already exists"):
        connect(runner, name)
    with pytest.raises(InputError, match="not valid"):
        runner.connect("w1", "bad name!", "tiny", {"store": name})
    assert len(hash_service.state.list_sources("w1")) == 2


def test_disconnect_removes_sources_and_points(runner, tiny, hash_service):
    name, _ = tiny
    connect(runner, name)
    runner.sync("w1", "shop")
    runner.disconnect("w1", "shop")
    assert hash_service.store.count({"workspace_id": "w1"}) == 0
    assert hash_service.state.list_sources("w1") == [] and runner.connections.list("w1") == []
