"""One contract for every VectorStore backend: Qdrant Edge (embedded) and Qdrant server (local mode in CI)."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from qdrant_client import QdrantClient

from rag_agent.errors import StoreError, StoreLocked
from rag_agent.sparse import Bm25Encoder
from rag_agent.store import EdgeStore, Point, QdrantServerStore, VectorStore

DIM = 8
ENC = Bm25Encoder()
TEXTS = {
    "ship": "Standard shipping costs five dollars and takes three days",
    "return": "Returns are accepted within thirty days of delivery",
    "warranty": "Every jacket has a two year warranty against defects",
    "hours": "Customer service is open Monday to Friday",
}


def vec(i: int) -> list[float]:
    v = [0.0] * DIM
    v[i % DIM] = 1.0
    return v


def pid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def points(ws: str = "a", source: str = "s1") -> list[Point]:
    sparse = ENC.encode_documents(list(TEXTS.values()))
    return [Point(pid(f"{ws}/{k}"), vec(i), s, {"workspace_id": ws, "source_id": source, "kind": "chunk",
                                                 "item_key": k, "text": t})
            for i, ((k, t), s) in enumerate(zip(TEXTS.items(), sparse))]


class VectorStoreContract:
    """Every backend must pass these."""

    @pytest.fixture()
    def store(self, tmp_path) -> VectorStore:
        raise NotImplementedError

    def test_is_a_vector_store(self, store):
        assert isinstance(store, VectorStore)

    def test_upsert_lookup_count(self, store):
        store.upsert(points())
        assert store.count({"workspace_id": "a"}) == 4
        keys = {h.payload["item_key"] for h in store.lookup({"workspace_id": "a", "item_key": ["ship", "hours"]})}
        assert keys == {"ship", "hours"}

    def test_upsert_replaces_by_id(self, store):
        store.upsert(points())
        p = points()[0]
        p.payload["text"] = "changed"
        store.upsert([p])
        assert store.count({"workspace_id": "a"}) == 4
        assert store.lookup({"workspace_id": "a", "item_key": "ship"})[0].payload["text"] == "changed"

    def test_delete_by_filter_and_ids(self, store):
        store.upsert(points() + points(source="s2"))  # same ids: s2 replaced s1's points
        store.upsert(points(ws="b"))
        store.delete({"workspace_id": "b"})
        assert store.count({"workspace_id": "b"}) == 0 and store.count({"workspace_id": "a"}) == 4
        store.delete_ids([pid("a/ship"), str(uuid.uuid4())])
        assert store.count({"workspace_id": "a"}) == 3

    def test_empty_filter_delete_refused(self, store):
        store.upsert(points())
        with pytest.raises(StoreError):
            store.delete({})
        assert store.count({"workspace_id": "a"}) == 4

    def test_workspaces_never_mix(self, store):
        store.upsert(points("a") + points("b"))
        for mode in ("hybrid", "dense", "sparse"):
            hits = store.query(vec(0), ENC.encode_query("shipping"), {"workspace_id": "b"}, 10, mode)
            assert hits and all(h.payload["workspace_id"] == "b" for h in hits)
        assert all(h.payload["workspace_id"] == "a" for h in store.lookup({"workspace_id": "a"}))

    @pytest.mark.parametrize("mode,query_vec,text,expected", [
        ("dense", 2, "", "warranty"),
        ("sparse", 0, "how long is the warranty", "warranty"),
        ("sparse", 0, "returns accepted", "return"),
        ("hybrid", 1, "returns within thirty days", "return"),
    ])
    def test_query_modes_find_the_right_point(self, store, mode, query_vec, text, expected):
        store.upsert(points())
        hits = store.query(vec(query_vec), ENC.encode_query(text), {"workspace_id": "a"}, 3, mode)
        assert hits[0].payload["item_key"] == expected

    def test_source_filter_in_query(self, store):
        store.upsert(points("a", "s1"))
        other = points("a", "s2")
        for p in other:
            p.id = pid("s2/" + p.payload["item_key"])
        store.upsert(other)
        hits = store.query(vec(0), ENC.encode_query("shipping"), {"workspace_id": "a", "source_id": ["s2"]}, 10)
        assert hits and {h.payload["source_id"] for h in hits} == {"s2"}


class TestEdgeStore(VectorStoreContract):
    @pytest.fixture()
    def store(self, tmp_path):
        s = EdgeStore(tmp_path / "edge", DIM)
        yield s
        s.close()

    def test_persists_across_reopen(self, tmp_path):
        s = EdgeStore(tmp_path / "e", DIM)
        s.upsert(points())
        s.close()
        s = EdgeStore(tmp_path / "e", DIM)
        assert s.count({"workspace_id": "a"}) == 4
        s.close()

    def test_second_process_gets_clear_error(self, tmp_path):
        s = EdgeStore(tmp_path / "e", DIM)
        code = ("import sys; from rag_agent.store import EdgeStore; from rag_agent.errors import StoreLocked\n"
                f"try:\n    EdgeStore(__import__('pathlib').Path({str(tmp_path / 'e')!r}), {DIM})\n"
                "except StoreLocked as e:\n    print('LOCKED', e); sys.exit(3)\n")
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert r.returncode == 3 and "in use by another process" in r.stdout
        with pytest.raises(StoreLocked):
            EdgeStore(tmp_path / "e", DIM)
        s.close()


class TestQdrantServerStore(VectorStoreContract):
    @pytest.fixture()
    def store(self):
        s = QdrantServerStore(QdrantClient(":memory:"), "test", DIM)
        yield s
        s.close()


def test_backends_agree(tmp_path):
    edge = EdgeStore(tmp_path / "e", DIM)
    server = QdrantServerStore(QdrantClient(":memory:"), "c", DIM)
    for s in (edge, server):
        s.upsert(points())
    for i, text in enumerate(["shipping cost", "return window", "jacket warranty", "opening hours"]):
        q = (vec(i), ENC.encode_query(text), {"workspace_id": "a"}, 2)
        assert edge.query(*q)[0].payload["item_key"] == server.query(*q)[0].payload["item_key"]
    edge.close()
