"""One contract for every VectorStore backend: Qdrant Edge (embedded) and Qdrant server (local mode in CI).

The data is tiny and hand-made: 8-d one-hot dense vectors (so the nearest point is known) and BM25
vectors of short texts from the real ``Bm25Encoder`` (so the best keyword match is known).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid

import numpy as np
import pytest
from qdrant_client import QdrantClient

from rag_agent.errors import StoreError, StoreLocked
from rag_agent.sparse import Bm25Encoder
from rag_agent.store import EdgeStore, Hit, Point, QdrantServerStore, SparseVector, VectorStore

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
                                                 "item_key": k, "text": t, "number": i, "in_stock": i % 2 == 0})
            for i, ((k, t), s) in enumerate(zip(TEXTS.items(), sparse))]


def keys(hits: list[Hit]) -> list[str]:
    return [h.payload["item_key"] for h in hits]


class VectorStoreContract:
    """Every backend must pass these; subclasses provide the ``store`` fixture (an empty store)."""

    @pytest.fixture()
    def store(self, tmp_path) -> VectorStore:
        raise NotImplementedError

    def test_is_a_vector_store(self, store):
        assert isinstance(store, VectorStore)

    def test_empty_store(self, store):
        assert store.count({"workspace_id": "a"}) == 0
        assert store.lookup({"workspace_id": "a"}) == []
        assert store.query(vec(0), ENC.encode_query("shipping"), {"workspace_id": "a"}) == []

    def test_upsert_lookup_count(self, store):
        store.upsert(points())
        assert store.count({"workspace_id": "a"}) == 4
        assert store.count({}) == 4
        hits = store.lookup({"workspace_id": "a", "item_key": "warranty"})
        assert len(hits) == 1 and hits[0].id == pid("a/warranty") and hits[0].score == 0
        assert hits[0].payload == {"workspace_id": "a", "source_id": "s1", "kind": "chunk", "item_key": "warranty",
                                   "text": TEXTS["warranty"], "number": 2, "in_stock": True}

    def test_match_any_lists(self, store):
        store.upsert(points())
        hits = store.lookup({"workspace_id": "a", "item_key": ["ship", "hours", "nope"]})
        assert set(keys(hits)) == {"ship", "hours"}
        assert set(keys(store.lookup({"workspace_id": ["a", "zzz"], "number": [1, 3]}))) == {"return", "hours"}
        assert store.count({"workspace_id": "a", "item_key": []}) == 0
        assert store.count({"workspace_id": "a", "kind": ("chunk",)}) == 4

    def test_filter_value_types(self, store):
        store.upsert(points())
        assert keys(store.lookup({"workspace_id": "a", "number": 2})) == ["warranty"]
        assert store.count({"workspace_id": "a", "number": "2"}) == 0  # an int is not its string
        assert set(keys(store.lookup({"workspace_id": "a", "in_stock": True}))) == {"ship", "warranty"}
        assert set(keys(store.lookup({"workspace_id": "a", "in_stock": False}))) == {"return", "hours"}
        assert store.count({"workspace_id": "a", "in_stock": [True, False]}) == 4
        assert store.count({"workspace_id": "a", "number": 1}) == 1  # True is not 1
        assert set(keys(store.lookup({"workspace_id": "a", "item_key": ["ship", 3]}))) == {"ship"}
        with pytest.raises(StoreError):
            store.count({"workspace_id": "a", "number": 2.5})

    def test_lookup_limit_and_many_pages(self, store):
        rng = np.random.default_rng(1)
        sv = ENC.encode_documents(["plain text"])[0]
        many = [Point(str(uuid.UUID(int=i + 1)), rng.random(DIM).tolist(), sv, {"workspace_id": "m", "n": i})
                for i in range(1234)]
        store.upsert(many)
        assert store.count({"workspace_id": "m"}) == 1234
        hits = store.lookup({"workspace_id": "m"})
        assert len(hits) == 1234 and len({h.id for h in hits}) == 1234
        assert len(store.lookup({"workspace_id": "m"}, limit=7)) == 7
        assert len(store.lookup({"workspace_id": "m"}, limit=1100)) == 1100

    def test_upsert_replaces_by_id(self, store):
        store.upsert(points())
        p = points()[0]
        p.payload["text"] = "changed"
        p.payload.pop("in_stock")
        store.upsert([p])
        assert store.count({"workspace_id": "a"}) == 4
        hit = store.lookup({"workspace_id": "a", "item_key": "ship"})[0]
        assert hit.payload["text"] == "changed" and "in_stock" not in hit.payload  # replaced, not merged

    def test_replaced_vectors_are_searched(self, store):
        store.upsert(points())
        p = points()[0]  # "ship" moves to dimension 5 and becomes about gift cards
        p.dense, p.sparse = vec(5), ENC.encode_documents(["gift cards never expire"])[0]
        store.upsert([p])
        assert keys(store.query(vec(5), None, {"workspace_id": "a"}, 1, "dense")) == ["ship"]
        assert keys(store.query(None, ENC.encode_query("gift card"), {"workspace_id": "a"}, 5, "sparse")) == ["ship"]
        assert store.query(None, ENC.encode_query("shipping"), {"workspace_id": "a"}, 5, "sparse") == []

    def test_delete_by_filter_and_ids(self, store):
        store.upsert(points() + points(source="s2"))  # same ids: s2 replaced s1's points
        store.upsert(points(ws="b"))
        assert store.count({"workspace_id": "a", "source_id": "s1"}) == 0
        store.delete({"workspace_id": "b"})
        assert store.count({"workspace_id": "b"}) == 0 and store.count({"workspace_id": "a"}) == 4
        store.delete({"workspace_id": "a", "item_key": ["hours", "return"]})
        assert set(keys(store.lookup({"workspace_id": "a"}))) == {"ship", "warranty"}
        store.delete_ids([pid("a/ship"), str(uuid.uuid4())])  # unknown ids are ignored
        assert keys(store.lookup({"workspace_id": "a"})) == ["warranty"]
        store.delete_ids([])
        assert store.count({"workspace_id": "a"}) == 1

    def test_empty_filter_delete_refused(self, store):
        store.upsert(points())
        with pytest.raises(StoreError):
            store.delete({})
        assert store.count({"workspace_id": "a"}) == 4

    def test_workspaces_never_mix(self, store):
        store.upsert(points("a") + points("b"))
        extra = Point(pid("a/only"), vec(7), ENC.encode_documents(["gift cards never expire"])[0],
                      {"workspace_id": "a", "source_id": "s1", "kind": "chunk", "item_key": "only"})
        store.upsert([extra])  # the perfect answer below lives in workspace a only
        for mode in ("hybrid", "dense", "sparse"):
            hits = store.query(vec(7), ENC.encode_query("gift cards"), {"workspace_id": "b"}, 10, mode)
            assert all(h.payload["workspace_id"] == "b" for h in hits) and pid("a/only") not in {h.id for h in hits}
            top = store.query(vec(7), ENC.encode_query("gift cards"), {"workspace_id": "a"}, 1, mode)
            assert top[0].id == pid("a/only")
        assert store.query(None, ENC.encode_query("gift cards"), {"workspace_id": "b"}, 10, "sparse") == []
        assert all(h.payload["workspace_id"] == "a" for h in store.lookup({"workspace_id": "a"}))
        assert {h.payload["workspace_id"] for h in store.lookup({"workspace_id": "b"})} == {"b"}
        assert store.lookup({"workspace_id": "b", "item_key": "only"}) == []
        assert store.count({"workspace_id": "a"}) == 5 and store.count({"workspace_id": "b"}) == 4
        assert store.count({"workspace_id": "c"}) == 0

    @pytest.mark.parametrize("mode,query_vec,text,expected", [
        ("dense", 2, "", "warranty"),
        ("dense", 3, "shipping", "hours"),
        ("sparse", 0, "how long is the warranty", "warranty"),
        ("sparse", 0, "returns accepted", "return"),
        ("sparse", 2, "when is customer service open", "hours"),
        ("hybrid", 1, "returns within thirty days", "return"),
        ("hybrid", 0, "shipping cost", "ship"),
        ("hybrid", 4, "jacket warranty", "warranty"),  # dense points nowhere: BM25 decides
    ])
    def test_query_modes_find_the_right_point(self, store, mode, query_vec, text, expected):
        store.upsert(points())
        hits = store.query(vec(query_vec), ENC.encode_query(text), {"workspace_id": "a"}, 3, mode)
        assert hits[0].payload["item_key"] == expected
        assert all(isinstance(h.id, str) and uuid.UUID(h.id) for h in hits)
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)

    def test_dense_ranking(self, store):
        store.upsert(points())
        q = [0.1, 0.0, 0.8, 0.5, 0, 0, 0, 0]  # warranty (dim 2), then hours (3), then ship (0)
        assert keys(store.query(q, None, {"workspace_id": "a"}, 3, "dense")) == ["warranty", "hours", "ship"]

    def test_sparse_idf_ranks_rare_terms_higher(self, store):
        texts = {"t1": "red shirt", "t2": "blue shirt", "t3": "green shirt", "t4": "red scarf silk"}
        sparse = ENC.encode_documents(list(texts.values()))
        store.upsert([Point(pid(k), vec(i), s, {"workspace_id": "a", "item_key": k})
                      for i, (k, s) in enumerate(zip(texts, sparse))])
        # "shirt" is in 3 of 4 documents, "scarf" in one: scarf outweighs shirt thanks to IDF
        assert keys(store.query(None, ENC.encode_query("shirt scarf"), {"workspace_id": "a"}, 1, "sparse")) == ["t4"]
        assert keys(store.query(None, ENC.encode_query("red shirt"), {"workspace_id": "a"}, 1, "sparse")) == ["t1"]

    def test_hybrid_fuses_both_lists(self, store):
        store.upsert(points())
        # dense says hours (dim 3), BM25 says warranty: both must be in the top 2
        hits = store.query(vec(3), ENC.encode_query("jacket warranty defects"), {"workspace_id": "a"}, 2)
        assert set(keys(hits)) == {"hours", "warranty"}

    def test_hybrid_with_one_side_missing(self, store):
        store.upsert(points())
        assert keys(store.query(vec(2), None, {"workspace_id": "a"}, 1)) == ["warranty"]
        assert keys(store.query(vec(2), ENC.encode_query("the"), {"workspace_id": "a"}, 1)) == ["warranty"]
        assert keys(store.query(None, ENC.encode_query("returns"), {"workspace_id": "a"}, 1)) == ["return"]
        assert store.query(vec(0), SparseVector([], []), {"workspace_id": "a"}, 3, "sparse") == []
        assert store.query(vec(0), None, {"workspace_id": "a"}, 0) == []

    def test_limit(self, store):
        store.upsert(points())
        for mode in ("hybrid", "dense", "sparse"):
            assert len(store.query(vec(0), ENC.encode_query("days"), {"workspace_id": "a"}, 1, mode)) == 1

    def test_source_filter_in_query(self, store):
        store.upsert(points("a", "s1"))
        other = points("a", "s2")
        for p in other:
            p.id = pid("s2/" + p.payload["item_key"])
        store.upsert(other)
        store.upsert([Point(pid("s3/x"), vec(0), ENC.encode_documents(["shipping"])[0],
                            {"workspace_id": "a", "source_id": "s3", "item_key": "x"})])
        for mode in ("hybrid", "dense", "sparse"):
            hits = store.query(vec(0), ENC.encode_query("shipping"), {"workspace_id": "a", "source_id": ["s2"]}, 10,
                               mode)
            assert hits and {h.payload["source_id"] for h in hits} == {"s2"}
            hits = store.query(vec(0), ENC.encode_query("shipping"),
                               {"workspace_id": "a", "source_id": ["s2", "s3"]}, 10, mode)
            assert hits and {h.payload["source_id"] for h in hits} <= {"s2", "s3"}
        assert store.query(vec(0), ENC.encode_query("shipping"), {"workspace_id": "a", "source_id": []}, 10) == []

    def test_closed_store_refuses_work(self, store):
        store.close()
        store.close()  # idempotent
        with pytest.raises(StoreError):
            store.count({"workspace_id": "a"})


class TestEdgeStore(VectorStoreContract):
    @pytest.fixture()
    def store(self, tmp_path):
        s = EdgeStore(tmp_path / "edge", DIM)
        yield s
        s.close()

    def test_persists_across_reopen(self, tmp_path):
        s = EdgeStore(tmp_path / "e", DIM)
        s.upsert(points() + points("b"))
        s.delete({"workspace_id": "b"})
        s.delete_ids([pid("a/hours")])
        s.close()
        s = EdgeStore(tmp_path / "e", DIM)
        assert s.count({"workspace_id": "a"}) == 3 and s.count({"workspace_id": "b"}) == 0
        assert keys(s.query(vec(1), ENC.encode_query("returns within thirty days"), {"workspace_id": "a"}, 1)) \
            == ["return"]
        assert keys(s.lookup({"workspace_id": "a", "in_stock": True})) and \
            set(keys(s.lookup({"workspace_id": "a", "in_stock": True}))) == {"ship", "warranty"}
        s.close()

    def test_persists_after_optimize_and_without_close(self, tmp_path):
        s = EdgeStore(tmp_path / "e", DIM, optimize_every=3)  # optimizes inside upsert
        s.upsert(points())
        s.optimize()
        s.upsert(points("b"))
        s.close()
        # a process that dies without close(): the WAL still has its writes
        code = textwrap.dedent(f"""
            import os, pathlib
            from rag_agent.store import EdgeStore
            from tests.store.test_contract import points
            s = EdgeStore(pathlib.Path({str(tmp_path / 'e')!r}), {DIM})
            s.upsert(points("c"))
            s.delete({{"workspace_id": "a", "item_key": "ship"}})
            os._exit(0)
        """)
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=_repo())
        assert r.returncode == 0, r.stderr
        s = EdgeStore(tmp_path / "e", DIM)
        assert [s.count({"workspace_id": w}) for w in "abc"] == [3, 4, 4]
        s.close()

    def test_second_process_gets_clear_error(self, tmp_path):
        s = EdgeStore(tmp_path / "e", DIM)
        code = ("import sys; from rag_agent.store import EdgeStore; from rag_agent.errors import StoreLocked\n"
                f"try:\n    EdgeStore(__import__('pathlib').Path({str(tmp_path / 'e')!r}), {DIM})\n"
                "except StoreLocked as e:\n    print('LOCKED', e); sys.exit(3)\n")
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=_repo())
        assert r.returncode == 3, r.stderr
        import os

        assert "in use by another process" in r.stdout and f"(pid {os.getpid()})" in r.stdout
        assert str(tmp_path / "e") in r.stdout
        s.close()
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=_repo())
        assert r.returncode == 0, r.stdout + r.stderr  # released on close

    def test_second_opener_in_same_process(self, tmp_path):
        s = EdgeStore(tmp_path / "e", DIM)
        s.upsert(points())
        with pytest.raises(StoreLocked, match="in use by another process"):
            EdgeStore(tmp_path / "e", DIM)
        assert s.count({"workspace_id": "a"}) == 4  # the first one is unharmed
        s.close()
        with EdgeStore(tmp_path / "e", DIM) as again:
            assert again.count({"workspace_id": "a"}) == 4

    def test_other_vector_size_refused(self, tmp_path):
        EdgeStore(tmp_path / "e", DIM).close()
        with pytest.raises(StoreError, match="vector size"):
            EdgeStore(tmp_path / "e", DIM * 2)
        EdgeStore(tmp_path / "e", DIM).close()  # the failed open released the lock

    def test_optimize_keeps_results(self, tmp_path):
        s = EdgeStore(tmp_path / "e", DIM, optimize_every=None)
        s.upsert(points())
        before = [s.query(vec(i), ENC.encode_query(t), {"workspace_id": "a"}, 4) for i, t in enumerate(TEXTS.values())]
        s.optimize()
        after = [s.query(vec(i), ENC.encode_query(t), {"workspace_id": "a"}, 4) for i, t in enumerate(TEXTS.values())]
        assert [[h.id for h in r] for r in before] == [[h.id for h in r] for r in after]
        s.close()


class TestQdrantServerStore(VectorStoreContract):
    @pytest.fixture()
    def store(self):
        s = QdrantServerStore(QdrantClient(":memory:"), "test", DIM)
        yield s
        s.close()

    def test_reuses_existing_collection(self):
        client = QdrantClient(":memory:")
        QdrantServerStore(client, "c", DIM).upsert(points())
        assert QdrantServerStore(client, "c", DIM).count({"workspace_id": "a"}) == 4
        with pytest.raises(StoreError, match="size"):
            QdrantServerStore(client, "c", DIM + 1)

    def test_persists_in_local_path_mode(self, tmp_path):
        client = QdrantClient(path=str(tmp_path / "q"))
        QdrantServerStore(client, "c", DIM).upsert(points())
        client.close()
        client = QdrantClient(path=str(tmp_path / "q"))
        assert QdrantServerStore(client, "c", DIM).count({"workspace_id": "a"}) == 4
        client.close()


def _repo() -> str:
    from pathlib import Path

    return str(Path(__file__).resolve().parents[2])


def _both(tmp_path):
    return EdgeStore(tmp_path / "e", DIM), QdrantServerStore(QdrantClient(":memory:"), "c", DIM)


def test_backends_agree(tmp_path):
    edge, server = _both(tmp_path)
    for s in (edge, server):
        s.upsert(points() + points("b"))
    cases = [(0, "shipping cost"), (1, "return window"), (2, "jacket warranty"), (3, "opening hours"),
             (3, "customer service days"), (1, "three days delivery"), (0, "two year warranty")]
    for i, text in cases:
        for mode in ("hybrid", "dense", "sparse"):
            qv = [x + 0.01 * (j + 1) for j, x in enumerate(vec(i))]  # no ties in the dense ranking
            q = (qv, ENC.encode_query(text), {"workspace_id": "a"}, 2, mode)
            e, s = edge.query(*q), server.query(*q)
            assert e[0].id == s[0].id, (text, mode)
            assert e[0].score == pytest.approx(s[0].score, rel=1e-4), (text, mode)
    edge.close()


def test_backends_agree_on_a_larger_random_set(tmp_path):
    """300 points, random dense vectors and texts, filtered queries: both backends rank alike.

    Dense and BM25 scores match point for point; hybrid top-1 ids match wherever the order is not
    decided by a tie (equal BM25 scores, or equal RRF scores, are broken differently).
    """
    rng = np.random.default_rng(7)
    words = [f"{w}{j}" for w in ("jacket shirt boots tent bottle stove socks pants bag lamp watch black red "
                                 "blue green waterproof leather cotton wool steel kids travel camping").split()
             for j in range(8)]
    texts = [" ".join(rng.choice(words, rng.integers(4, 16))) for _ in range(300)]
    dense = rng.standard_normal((300, DIM))
    sparse = ENC.encode_documents(texts)
    pts = [Point(str(uuid.UUID(int=i + 1)), dense[i].tolist(), sparse[i],
                 {"workspace_id": f"w{i % 2}", "source_id": f"s{i % 5}", "item_key": str(i)}) for i in range(300)]
    edge, server = _both(tmp_path)
    for s in (edge, server):
        s.upsert(pts)
    edge.optimize()
    flt = {"workspace_id": "w1", "source_id": ["s1", "s3"]}
    compared = 0
    for _ in range(150):
        qd, qs = rng.standard_normal(DIM).tolist(), ENC.encode_query(" ".join(rng.choice(words, 4)))
        results = {}
        for mode, limit in (("dense", 40), ("sparse", 40), ("hybrid", 5)):
            e, s = edge.query(qd, qs, flt, limit, mode), server.query(qd, qs, flt, limit, mode)
            assert all(h.payload["workspace_id"] == "w1" and h.payload["source_id"] in ("s1", "s3") for h in e + s)
            results[mode] = e, s
        (de, ds), (se, ss), (he, hs) = results["dense"], results["sparse"], results["hybrid"]
        assert [h.id for h in de] == [h.id for h in ds]
        assert [h.score for h in de] == pytest.approx([h.score for h in ds], rel=1e-4, abs=1e-6)
        assert [h.score for h in se] == pytest.approx([h.score for h in ss], rel=1e-4, abs=1e-6)
        sparse_scores = [round(h.score, 4) for h in se]
        if len(set(sparse_scores)) == len(sparse_scores) and round(he[0].score, 6) != round(he[1].score, 6):
            assert he[0].id == hs[0].id
            compared += 1
    edge.close()
    assert compared >= 20
