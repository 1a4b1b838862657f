"""Answer units and typed facts made at ingest (ingestion.units, rag_agent.lang.facts): no model."""

from __future__ import annotations

from ingestion.files import chunk_document, parse_file
from ingestion.units import build_units
from rag_agent.lang.facts import extract_facts, parse_amount


def _units(md: str) -> list[dict]:
    out = []
    for ch in chunk_document(parse_file(md.encode(), "page.md")):
        out += build_units(ch.section, ch.text)
    return out


def test_amounts_in_any_notation():
    assert parse_amount("1.299,90") == 1299.9 and parse_amount("1,299.90") == 1299.9
    assert parse_amount("5,90") == 5.9 and parse_amount("1 500") == 1500 and parse_amount("50.000") == 50000


def test_a_fact_keeps_its_qualifier_and_label():
    [f] = extract_facts("Alaska and Hawaii: additional $10 per order.")
    assert f.type == "money" and f.value["amount"] == 10 and f.label == "Alaska and Hawaii"
    assert "fact:additional" in f.quals
    facts = extract_facts("Standard shipping costs $5.90 per order and takes 2-4 business days.")
    assert [x.type for x in facts] == ["money", "duration"]
    assert facts[1].value == {"lo": 2, "hi": 4, "unit": "day", "business": True}
    assert "speed:standard" in facts[0].quals


def test_durations_hours_and_codes_in_other_languages():
    [d] = [f for f in extract_facts("Reembolsos en 5 a 7 días hábiles.") if f.type == "duration"]
    assert (d.value["lo"], d.value["hi"], d.value["business"]) == (5, 7, True)
    assert [f.value["lo"] for f in extract_facts("İadeler 14 gün içinde, 5 рабочих дней.")] == [14, 5]
    hours = [f for f in extract_facts("Monday to Friday 8:00-17:00 and Saturday 9:00-13:00") if f.type == "hours"]
    assert [h.value["days"] for h in hours] == [[0, 1, 2, 3, 4], [5]]
    codes = [f.text for f in extract_facts("Use TRAIL15 for 15% off. Carriers: SEUR, DHL.") if f.type == "code"]
    assert codes == ["TRAIL15"]  # an acronym is not a code unless the text speaks of codes
    assert not [f for f in extract_facts("Por ahora no enviamos a otros países.") if f.type == "duration"]


def test_table_rows_keep_their_headers_and_faq_answers_their_question():
    units = _units("# Shipping\n\n| Order total | Standard (5-7 days) | Express (2-3 days) |\n|---|---|---|\n"
                   "| Up to $50 | $6.95 | $14.95 |\n| Over $50 | Free | $9.95 |\n\n"
                   "**Q: Do you ship to P.O. boxes?**\nA: Yes, with standard shipping only.\n")
    rows = [u for u in units if u["kind"] == "row"]
    assert rows[0]["text"] == "Order total: Up to $50; Standard (5-7 days): $6.95; Express (2-3 days): $14.95"
    assert rows[0]["header"][2] == "Express (2-3 days)" and rows[0]["cells"][0] == "Up to $50"
    express = [f for f in rows[0]["facts"] if f["column"] == 2 and f["type"] == "money"]
    assert express[0]["text"] == "$14.95" and "speed:express" in express[0]["quals"]
    faq = [u for u in units if u.get("question")]
    assert faq[0]["question"] == "Do you ship to P.O. boxes?"
    assert faq[0]["text"] == "Yes, with standard shipping only."
