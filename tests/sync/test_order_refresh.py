"""An order asked about is re-read from the store when the stored copy is older than RAG_ORDER_MAX_AGE_S.

The Shopify fake runs in-thread on 127.0.0.1; the order changes there after the sync and the next answer
(with the matching email) tells the new status, while a wrong email still gets nothing.
"""

from __future__ import annotations

import pytest

from rag_agent.embed import HashEmbedder
from rag_agent.service import Service
from rag_agent.settings import Settings
from tests.fakes.shopify import ShopifyFake


@pytest.fixture()
def fake():
    f = ShopifyFake(products=6, orders=3)
    f.start()
    yield f
    f.stop()


def _service(tmp_path, fake, max_age: int) -> Service:
    svc = Service(Settings(data_dir=tmp_path / "data", order_max_age_s=max_age), embedder=HashEmbedder())
    svc.ensure_workspace("w", "Shop")
    svc.runner.connect("w", "shop", "shopify", {"shop": "fake-store.myshopify.com", "base_url": fake.base_url,
                                                 "access_token": fake.token})
    summary = svc.runner.sync("w", "shop")
    assert summary.orders == 3
    return svc


def _order_reads(fake) -> int:
    return sum(1 for r in fake.requests if "orders(" in (r.body or b"").decode("utf-8", "replace"))


def test_a_stale_order_is_read_again_and_still_needs_the_matching_email(tmp_path, fake):
    svc = _service(tmp_path, fake, max_age=0)
    try:
        ask = "Where is my order #1001? My email is customer1001@example.com"
        before = svc.answer("w", ask)
        assert before.intent == "order_status" and "1Z2345" not in before.reply
        fake.set_order_status("1001", "shipped", tracking_number="1Z2345TRACK")
        after = svc.answer("w", ask)
        assert "1Z2345TRACK" in after.reply, after.reply
        wrong = svc.answer("w", "Where is my order #1001? My email is someone.else@example.com")
        assert wrong.intent == "order_lookup_denied" and "1Z2345TRACK" not in wrong.reply
    finally:
        svc.close()


def test_a_fresh_copy_is_not_read_again(tmp_path, fake):
    svc = _service(tmp_path, fake, max_age=3600)
    try:
        reads = _order_reads(fake)
        fake.set_order_status("1001", "shipped", tracking_number="1Z2345TRACK")
        ans = svc.answer("w", "Where is my order #1001? My email is customer1001@example.com")
        assert "1Z2345TRACK" not in ans.reply and _order_reads(fake) == reads
    finally:
        svc.close()


def test_an_upstream_failure_answers_from_the_stored_copy(tmp_path, fake):
    svc = _service(tmp_path, fake, max_age=0)
    try:
        fake.fail_next(500, times=50)
        ans = svc.answer("w", "Where is my order #1002? My email is customer1002@example.com")
        assert ans.intent == "order_status" and "1002" in ans.reply
        # and the same number is not read again from the store at once (no request storm from one customer)
        reads = _order_reads(fake)
        fake.clear_faults()
        svc.answer("w", "Where is my order #1002? My email is customer1002@example.com")
        assert _order_reads(fake) == reads
    finally:
        svc.close()
