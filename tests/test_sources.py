"""Sources in the service: content hashes, replace, disable, delete, limits, and nothing lost on bad input."""

from __future__ import annotations

import pytest

from rag_agent.errors import CorruptFile, LimitExceeded

pytestmark = pytest.mark.integration

CSV_HEAD = ("Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,"
            "Variant Inventory Qty,Variant Price,Variant Compare At Price,Status\n")


def catalog(n: int, price_of=lambda i: 10 + i) -> bytes:
    rows = [f"item-{i},Item {i},<p>Thing {i}</p>,Acme,Things,,TRUE,Title,Default Title,SKU{i},5,{price_of(i)},,active"
            for i in range(n)]
    return (CSV_HEAD + "\n".join(rows) + "\n").encode()


def test_reimport_unchanged_embeds_nothing_and_changes_replace(service):
    first = service.add_catalog("w1", catalog(30), "cat.csv")
    assert first.stats.added == 30 and first.stats.embedded == 30
    again = service.add_catalog("w1", catalog(30), "cat.csv", first.source.id)
    assert again.stats.embedded == 0 and again.stats.unchanged == 30
    changed = service.add_catalog("w1", catalog(29, lambda i: 99 if i == 3 else 10 + i), "cat.csv", first.source.id)
    assert changed.stats.updated == 1 and changed.stats.embedded == 1 and changed.stats.deleted == 1
    assert "$99.00" in service.answer("w1", "How much is Item 3?").reply
    assert "$" not in service.answer("w1", "How much is Item 29?").reply
    assert service.store.count({"workspace_id": "w1"}) == 29


def test_source_limit_by_plan(service):
    for i in range(10):
        service.add_file("w1", f"# Note {i}\n\nFact number {i} about the store.".encode(), f"n{i}.md")
    with pytest.raises(LimitExceeded, match="trial plan allows 10"):
        service.add_file("w1", b"# One more\n\nMore text here.", "n10.md")
    service.state.update_workspace("w1", plan="paid")
    service.add_file("w1", b"# One more\n\nMore text here.", "n10.md")


def test_corrupt_replace_keeps_old_content(service):
    rep = service.add_file("w1", b"# Hours\n\nWe are open from 9 to 5 on weekdays.", "hours.md")
    with pytest.raises(CorruptFile):
        service.add_file("w1", b"%PDF-1.4 garbage", "hours.pdf")
    assert service.store.count({"workspace_id": "w1", "source_id": rep.source.id}) >= 1
    assert [s.name for s in service.state.list_sources("w1")] == ["hours.md"]


def test_delete_removes_points(service):
    rep = service.add_catalog("w1", catalog(5), "cat.csv")
    service.delete_source("w1", rep.source.id)
    assert service.store.count({"workspace_id": "w1"}) == 0
    assert service.state.list_sources("w1") == []
