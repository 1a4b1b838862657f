"""BM25 encoder: language-aware stemming, stopwords, weights, empty input."""

from __future__ import annotations

import threading

import pytest

from rag_agent.sparse import Bm25Encoder, SparseEncoder, normalize_language
from rag_agent.store import SparseVector

ENC = Bm25Encoder()


def terms(text: str, language: str = "en") -> set[int]:
    return set(ENC.encode_query(text, language).indices)


def test_is_a_sparse_encoder():
    assert isinstance(ENC, SparseEncoder)


@pytest.mark.parametrize("language,a,b", [
    ("en", "shipping", "shipped"),
    ("en", "returns", "returned"),
    ("es", "envíos", "envío"),
    ("es", "devoluciones", "devolución"),
    ("pt", "devoluções", "devolução"),
    ("pt", "entregas", "entrega"),
    ("tr", "kargolar", "kargo"),
    ("ru", "доставки", "доставка"),
    ("ru", "возврата", "возврат"),
])
def test_stemming_merges_word_forms(language, a, b):
    ta, tb = terms(a, language), terms(b, language)
    assert ta and ta == tb


def test_stemming_follows_the_language():
    # each stemmer knows its own language's endings only
    for language, a, b in (("es", "devoluciones", "devolución"), ("tr", "kargolar", "kargo"),
                            ("ru", "доставки", "доставка")):
        assert terms(a, language) == terms(b, language)
        assert terms(a, "en") != terms(b, "en")


def test_language_without_stemmer_still_works():
    # Indonesian: stopwords yes ("dan" = "and"), Snowball stemmer no
    assert terms("pengiriman dan pembayaran", "id") == terms("pengiriman pembayaran", "id")
    assert len(terms("pengiriman pembayaran", "id")) == 2
    assert terms("kirim", "id") != terms("pengiriman", "id")


def test_unknown_language_is_neutral_not_an_error():
    v = ENC.encode_query("the shipping shipped", "xx")
    assert len(v.indices) == 3  # no stopwords dropped, no stemming
    assert ENC.encode_documents(["hola mundo"], "klingon")[0].indices


def test_language_codes_are_normalized():
    assert normalize_language("en-US") == normalize_language("EN") == normalize_language("en_GB") == "en"
    assert normalize_language("") == normalize_language(None) == "en"
    assert terms("envíos", "es-MX") == terms("envío", "ES")


def test_stopwords_dropped():
    assert terms("the shipping", "en") == terms("shipping", "en")
    assert terms("los envíos", "es") == terms("envíos", "es")


def test_empty_text_gives_empty_vector():
    assert ENC.encode_query("") == SparseVector([], [])
    assert ENC.encode_query("   ") == SparseVector([], [])
    assert ENC.encode_query("the and of", "en") == SparseVector([], [])  # only stopwords
    assert ENC.encode_documents(["", "  ", "hello"]) [:2] == [SparseVector([], []), SparseVector([], [])]
    assert ENC.encode_documents([]) == []


def test_query_weights_are_one_per_unique_term():
    v = ENC.encode_query("red red shoes")
    assert len(v.indices) == 2 and v.values == [1.0, 1.0]


def test_document_weights_are_bm25_term_frequencies():
    (once,), (twice,), (longer,) = (ENC.encode_documents([t]) for t in
                                    ("red shoes", "red red shoes", "red shoes " + "word " * 300))
    w = dict(zip(once.indices, once.values))
    w2 = dict(zip(twice.indices, twice.values))
    w3 = dict(zip(longer.indices, longer.values))
    red = next(i for i in once.indices if i in w2 and w2[i] > w[i])
    assert 1.0 < w[red] < w2[red] < 2.2  # saturates below k + 1
    assert w3[red] < w[red]  # longer document, lower weight (length normalization)
    assert all(isinstance(x, float) for x in once.values) and all(isinstance(i, int) for i in once.indices)


def test_same_text_same_vector_across_instances():
    assert Bm25Encoder().encode_documents(["Waterproof hiking boots"], "en") == \
        ENC.encode_documents(["Waterproof hiking boots"], "en")


def test_models_are_cached_per_language():
    enc = Bm25Encoder()
    enc.encode_query("a", "en")
    enc.encode_query("b", "en-US")
    enc.encode_query("c", "es")
    assert set(enc._models) == {"en", "es"}


def test_thread_safe():
    enc, out, errors = Bm25Encoder(), [], []

    def work(lang):
        try:
            out.append(enc.encode_documents(["shipping and returns"] * 50, lang))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(lang,)) for lang in ("en", "es", "pt", "tr", "ru", "id") * 3]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(out) == 18
