"""The seams between the service's parts (:mod:`rag_agent.ports`): each real implementation satisfies its
Protocol and does what the seam promises, and a part handed a fake through a seam uses that fake.

The parts are the ones the composition root (:class:`rag_agent.service.Service`) builds; HashEmbedder keeps
them fast (the model is not what is tested here).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rag_agent.agents.runtime import AgentRuntime, make_evaluator
from rag_agent.embed import HashEmbedder
from rag_agent.engine.answers import Answer
from rag_agent.engine.engine import AnswerEngine
from rag_agent.engine.persona import Persona
from rag_agent.index_writer import IndexWriter
from rag_agent.ports import AnswerCache, Answerer, KnowledgeBase, OrderSource
from rag_agent.reports import ImportReport
from rag_agent.service import Service
from rag_agent.settings import Settings
from rag_agent.sync import StoreOrders
from tests.fakes.shopify import ShopifyFake

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "rag_agent" / "demo"


@pytest.fixture()
def svc(tmp_path):
    s = Service(Settings(data_dir=tmp_path / "data"), embedder=HashEmbedder())
    s.ensure_workspace("w", "Shop", plan="paid")
    yield s
    s.close()


def test_the_composition_root_hands_each_part_its_seams(svc):
    assert isinstance(svc.engine.order_source, StoreOrders) and isinstance(svc.engine.order_source, OrderSource)
    assert isinstance(svc.engine, AnswerCache)
    assert isinstance(svc.writer, IndexWriter) and svc.writer.answers is svc.engine
    assert svc.runner.writer is svc.writer and svc.runner.state is svc.state
    assert isinstance(svc, Answerer) and isinstance(svc, KnowledgeBase)
    assert svc.agent_runtime.answers is svc and svc.agent_runtime.store is svc.agent_store


def test_the_sync_runner_and_the_seams_do_not_import_the_service():
    """sync.py once imported service.py (and service.py sync.py): a circle. Now the service is the top."""
    code = ("import sys, rag_agent.sync, rag_agent.ports, rag_agent.index_writer, rag_agent.agents.runtime, "
            "rag_agent.conversations.runtime; print('rag_agent.service' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False"


class _OneOrder:
    """A fake OrderSource: the first time an order is asked about, it "arrives" from the store."""

    def __init__(self, svc: Service, source_id: str) -> None:
        self.svc, self.source_id, self.asked = svc, source_id, []

    def refresh_order(self, ws_id: str, number: str) -> bool:
        self.asked.append((ws_id, number))
        order = {"number": number, "email": "ana@example.com", "status": "shipped", "tracking_number": "TRK777"}
        self.svc.state.put_orders(ws_id, self.source_id, iter([order]), replace=False)
        return True


def test_the_engine_reads_an_order_through_the_order_source_it_was_handed(svc):
    src = svc.state.add_source("w", "orders.jsonl", "orders")
    orders = _OneOrder(svc, src.id)
    assert isinstance(orders, OrderSource)
    engine = AnswerEngine(svc.state, svc.store, svc.embedder, svc.sparse, order_source=orders)
    ws = svc.state.get_workspace("w")
    ans = engine.answer(ws, "Where is my order #5001? My email is ana@example.com", persona=Persona())
    assert orders.asked == [("w", "5001")]
    assert "TRK777" in ans.reply, ans.reply
    # without a source the same order is unknown: nothing is refreshed, nothing is told
    bare = AnswerEngine(svc.state, svc.store, svc.embedder, svc.sparse)
    assert "TRK777" not in bare.answer(ws, "Where is my order #5002? My email is ana@example.com").reply


def test_store_orders_reads_a_connected_store_and_skips_a_workspace_without_one(svc):
    fake = ShopifyFake(products=2, orders=2)
    fake.start()
    try:
        svc.ensure_workspace("alone", "No store")
        svc.runner.connect("w", "shop", "shopify", {"shop": "fake-store.myshopify.com", "base_url": fake.base_url,
                                                    "access_token": fake.token})
        svc.runner.sync("w", "shop")
        orders = StoreOrders(svc.state, svc.runner.connections, max_age_s=0)
        before = len(fake.requests)
        assert orders.refresh_order("alone", "1001") is False and len(fake.requests) == before
        fake.set_order_status("1001", "shipped", tracking_number="1Z999")
        assert orders.refresh_order("w", "1001") is True and len(fake.requests) > before
        fresh = StoreOrders(svc.state, svc.runner.connections, max_age_s=3600)
        assert fresh.refresh_order("w", "1001") is False  # the copy just stored is fresh
    finally:
        fake.stop()


def test_the_index_writer_removes_a_source_and_answers_stop_using_it(svc):
    svc.load_store_dir("w", DEMO)
    ask = "How much is the Trail Runner Jacket?"
    assert "$" in svc.answer("w", ask).reply
    catalog = next(s for s in svc.state.list_sources("w") if s.kind == "catalog")
    svc.writer.delete_source("w", catalog.id)
    assert svc.store.count({"workspace_id": "w", "source_id": catalog.id}) == 0
    assert catalog.id not in {s.id for s in svc.state.list_sources("w")}
    assert "Trail Runner Jacket" not in svc.answer("w", ask).reply  # the engine's cache was dropped


class _Canned:
    """A fake Answerer: one fixed reply, and the calls it got."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def answer(self, ws_id, message, history=None, persona=None, source_ids=None, products=True,
               conversation_id=None, explain=False) -> Answer:
        self.calls.append((ws_id, message))
        return Answer("Canned reply from the knowledge base.", "en", False, [], "faq")


def test_an_agent_answers_through_the_answerer_it_was_handed(svc):
    canned = _Canned()
    assert isinstance(canned, Answerer)
    agent = svc.agent_store.create("w", "Helper")
    runtime = AgentRuntime(canned, svc.agent_store, make_evaluator(svc.settings, None))
    reply = runtime.respond("w", agent.id, None, ["do you ship to Canada?"])
    assert canned.calls == [("w", "do you ship to Canada?")]
    assert "Canned reply from the knowledge base." in reply.text


def test_the_service_as_knowledge_base_adds_and_replaces_a_file_by_source(svc):
    kb: KnowledgeBase = svc
    first = kb.add_file("w", b"# Returns\n\nReturns are accepted within 30 days.\n", "answers.md")
    assert isinstance(first, ImportReport) and first.status == "created"
    again = kb.add_file("w", b"# Returns\n\nReturns are accepted within 45 days.\n", "answers.md", first.source.id)
    assert again.status == "replaced" and again.source.id == first.source.id
    assert [s.name for s in svc.state.list_sources("w")] == ["answers.md"]
