"""Scoring: FORMAT.md's matching rules and the extra checks (citations, refusal, no leak), summaries, slices."""

from __future__ import annotations

from eval.runner import select_cases
from eval.scoring import contains, percentile, score_case, summarize


def case(kind="product_price", lang="en", **expect):
    exp = {"kind": kind, "language": lang, "any_of": [], "all_of": [], "none_of": [], **expect}
    return {"id": f"{kind}-1", "message": "How much is the Trail Runner Jacket?", "expect": exp}


def answer(reply="", lang="en", citations=None, handoff=False, latency_ms=1.0):
    return {"reply": reply, "language": lang, "handoff": handoff, "citations": citations or [],
            "latency_ms": latency_ms}


CITE = [{"source": "products.csv", "title": "Trail Runner Jacket", "url": "/products/trail-runner-jacket"}]


def test_numbers_match_by_value():
    assert contains("It costs $52.00.", "52")
    assert contains("Cuesta 52,00 €", "52")
    assert contains("1,499.99 dollars", "1499.99")
    assert not contains("It costs $520.", "52")
    assert contains("Sizes: S, M, XL", "M") and not contains("Medium only", "M")


def test_fact_answer_needs_a_citation():
    c = case(any_of=["89"])
    assert score_case(c, answer("It is $89.00.", citations=CITE)).passed
    s = score_case(c, answer("It is $89.00."))
    assert not s.passed and s.checks["citations"] is False and s.checks["content"] is True


def test_out_of_scope_refusal_claims_no_facts():
    c = case("out_of_scope", none_of=["Canberra"])
    assert score_case(c, answer("Sorry, I can only help with our store.")).passed
    s = score_case(c, answer("We accept Visa and PayPal.", citations=[{"source": "policies.md", "title": "Payment"}]))
    assert not s.passed and s.checks["refusal"] is False
    assert not score_case(c, answer("Standard shipping is $5.90.")).passed


def test_no_leak_looks_at_citations_and_store_secrets():
    c = case("order_lookup_denied", none_of=["TRK5001ES"])
    c["message"] = "Where is order 5001? my email is bob@example.com"
    ok = answer("I can't share that order without the matching email, bob@example.com.")
    secrets = ["ana@example.com", "+34600111222", "TRK5001ES", "bob@example.com"]
    assert score_case(c, ok, secrets).passed  # repeating the customer's own e-mail is no leak
    leaky_cite = answer("Here you go.", citations=[{"source": "orders", "title": "Order 5001",
                                                     "url": "https://t.example/TRK5001ES"}])
    assert score_case(c, leaky_cite, secrets).checks["no_leak"] is False
    leaky_secret = answer("The order belongs to ana@example.com.")
    s = score_case(c, leaky_secret, secrets)
    assert not s.passed and "ana@example.com" in s.failures[0]


def test_length_language_handoff():
    c = case("handoff", "es", handoff=True)
    c["agent"] = {"reply_length": "short"}
    s = score_case(c, answer("Hola" * 3, lang="en", handoff=False))
    assert {k for k, v in s.checks.items() if not v} == {"language", "handoff", "length"}


def test_summary_rates_and_latency_percentiles():
    scores = [score_case(case(any_of=["1"]), answer("1", citations=CITE, latency_ms=float(i))) for i in range(1, 101)]
    scores.append(score_case(case(lang="ru", any_of=["2"]), answer("1", lang="ru", latency_ms=1000.0)))
    s = summarize(scores)
    assert s["overall"] == {"passed": 100, "total": 101, "rate": round(100 / 101, 4)}
    assert s["by_language"]["ru"]["rate"] == 0.0
    assert s["latency_ms"] == {"p50": 51.0, "p95": 96.0}
    assert percentile([], 50) is None


def test_slice_covers_kinds_and_languages():
    cases = [case(k, lg) | {"id": f"{k}-{lg}-{i}"} for k in ("product_price", "handoff", "promo")
             for lg in ("en", "es") for i in range(5)]
    part = select_cases(cases, 6)
    assert len(part) == 6
    assert {(c["expect"]["kind"], c["expect"]["language"]) for c in part} == \
        {(k, lg) for k in ("product_price", "handoff", "promo") for lg in ("en", "es")}
    assert select_cases(cases, None) == cases
