"""Issue 13's demo examples, asked over HTTP of a real `rag-agent serve --demo`, and every variant-stock question
over the demo catalog (each size x colour, in stock or not), answered for the variant asked."""

from __future__ import annotations

import csv
import re

import httpx
import pytest

from rag_agent.cli import demo_dir


def ask(server, message, history=()):
    url, key, _ = server
    hist = [{"role": "customer" if i % 2 == 0 else "agent", "text": t} for i, t in enumerate(history)]
    r = httpx.post(url + "/v1/answer", json={"message": message, "history": hist},
                   headers={"Authorization": f"Bearer {key}"}, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()


def test_the_issues_demo_examples(server, tmp_path):
    a = ask(server, "Is the Trail Runner Jacket in M Olive in stock?")
    assert a["reply"].startswith("No") and "M / Olive" in a["reply"] and "S / Olive" in a["reply"]
    a = ask(server, "Is the Trail Runner Jacket in XL Black available?")
    assert a["reply"].startswith("No") and "XL / Black" in a["reply"]
    a = ask(server, "I don't need a human, just tell me the price of the stove")
    assert not a["handoff"] and "$49.00" in a["reply"]
    a = ask(server, "Where is your store located?")
    assert "order number" not in a["reply"] and "online-only" in a["reply"]
    a = ask(server, "Can I return the tent if I already used it once?")
    assert "unused" in a["reply"] and "within 30 days" not in a["reply"]
    a = ask(server, "Please cancel order 5002, my email is joao@example.com")
    assert "can't cancel" in a["reply"] and "being prepared" in a["reply"]  # proven: its status too
    a = ask(server, "Please cancel order 5002, my email is maria@example.com")
    assert "can't cancel" in a["reply"] and "being prepared" not in a["reply"]  # not proven: no status
    a = ask(server, "Is the jacket waterproof?")
    assert "waterproof" in a["reply"] and a["intent"] != "out_of_scope"
    a = ask(server, "Is the Ultralight Tent 2P good for winter?")
    assert "$329" not in a["reply"] and a["intent"] == "product_description"
    a = ask(server, "do u have the jacket in XL")
    assert "XL" in a["reply"] and "only help with questions" not in a["reply"]
    a = ask(server, "you guys are useless, ive been waiting 3 weeks")
    assert "sorry" in a["reply"].lower() and "team" in a["reply"] and a["intent"] != "out_of_scope"
    a = ask(server, "Do you have a store in Madrid?")
    assert "online-only" in a["reply"] and a["intent"] != "product_recommend"
    a = ask(server, "whats ur return policy")
    assert "30 days" in a["reply"]
    a = ask(server, "Merhaba, iade süresi kaç gün?")
    assert a["language"] == "tr" and "30 gün" in a["reply"]
    a = ask(server, "How much is the Trail Runner Jacket?")
    assert "$89.00" in a["reply"] and "available" not in a["reply"] and not re.search(r"\b125\b", a["reply"])
    # padding: no unasked offer about orders after a policy answer
    assert "order with us" not in ask(server, "whats ur return policy")["reply"]


def test_the_wording_of_an_uploaded_policy_does_not_decide(server):
    """A store whose only policy says "Our shop returns: 45 days from delivery" is answered from it."""
    url, _, _ = server
    r = httpx.post(url + "/v1/workspaces", json={"name": "returns wording"},
                   headers={"Authorization": "Bearer test-admin-key-123"}, timeout=60)
    assert r.status_code == 201, r.text
    key = r.json()["api_key"]
    r = httpx.post(url + "/v1/sources", headers={"Authorization": f"Bearer {key}"}, timeout=120,
                   files={"file": ("returns.md", b"# Returns\nOur shop returns: 45 days from delivery, unworn items only.",
                                   "text/markdown")})
    assert r.status_code in (200, 201), r.text
    a = ask((url, key, None), "what is the return policy?")
    assert "45 days" in a["reply"] and "couldn't find" not in a["reply"]
    a = ask((url, key, None), "¿cuántos días tengo para devolver?")
    assert "45 días" in a["reply"] and a["language"] == "es"


def _variants():
    rows = list(csv.DictReader(open(demo_dir() / "products.csv", encoding="utf-8")))
    out, title, names = [], None, {}
    for row in rows:
        if row["Title"]:
            title = row["Title"]
            names = {k: row[f"Option{k} Name"] for k in (1, 2)}
        opts = [row[f"Option{k} Value"] for k in (1, 2) if row[f"Option{k} Value"]]
        if names.get(1) == "Size" and names.get(2) == "Color" and len(opts) == 2:
            out.append((title, opts[0], opts[1], int(row["Variant Inventory Qty"] or 0)))
    return out


VARIANTS = _variants()


def test_every_size_and_colour_of_the_demo_catalog(server):
    assert len(VARIANTS) >= 10
    for title, size, colour, qty in VARIANTS:
        a = ask(server, f"Is the {title} in {size} {colour} in stock?")
        label = f"{size} / {colour}"
        assert label in a["reply"], (title, label, a["reply"])
        if qty > 0:
            assert a["reply"].startswith("Yes"), (title, label, a["reply"])
        else:
            assert a["reply"].startswith("No"), (title, label, a["reply"])
