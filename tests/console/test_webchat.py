"""The widget's public routes against a real server: origins enforced, CORS only for allowed origins, a visitor
reads only their own conversation, rate limits, the public key opens nothing else, and an honest handoff."""

from __future__ import annotations

import json
import time

import httpx
import pytest

pytestmark = pytest.mark.integration


def make_key(console, origins: list[str], name: str = "test") -> str:
    c, csrf = console.signed_in()
    r = c.post("/widget/keys", data={"csrf": csrf, "name": name, "origins": "\n".join(origins)})
    assert r.status_code == 303
    html = c.get("/widget").text
    keys = [k for k in __import__("re").findall(r'data-key=&#34;(pk_[^&]+)&#34;|data-key="(pk_[^"]+)"', html)]
    found = [a or b for a, b in keys]
    assert found, html
    return found[-1]


def hello(url: str, key: str, origin: str | None, visitor: str | None = None) -> httpx.Response:
    headers = {"Origin": origin} if origin else {}
    return httpx.get(url + "/v1/webchat/hello", params={"key": key, "visitor": visitor or ""}, headers=headers)


def send(url: str, key: str, visitor: str, text: str, origin: str) -> httpx.Response:
    return httpx.post(url + "/v1/webchat/messages", content=json.dumps({"key": key, "visitor": visitor, "text": text}),
                      headers={"Origin": origin, "Content-Type": "text/plain"}, timeout=60)


def read(url: str, key: str, visitor: str, origin: str) -> httpx.Response:
    return httpx.get(url + "/v1/webchat/messages", params={"key": key, "visitor": visitor}, headers={"Origin": origin})


SHOP = "https://shop.example"


def test_only_allowed_origins_get_an_answer_and_a_cors_header(console):
    key = make_key(console, [SHOP, "http://127.0.0.1:9"])
    ok = hello(console.url, key, SHOP)
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == SHOP
    assert "access-control-allow-credentials" not in ok.headers  # no cookies, ever
    for origin in ("https://evil.example", "https://shop.example.evil.example", "http://shop.example", None):
        r = hello(console.url, key, origin)
        assert r.status_code == 403, (origin, r.text)
        assert "access-control-allow-origin" not in r.headers
        assert r.json()["error"] == "OriginNotAllowed"
    assert hello(console.url, "pk_unknown", SHOP).status_code == 401


def test_a_visitor_reads_only_their_own_conversation_and_the_key_opens_no_api_route(console):
    key = make_key(console, [SHOP])
    a = hello(console.url, key, SHOP).json()["visitor"]
    b = hello(console.url, key, SHOP).json()["visitor"]
    assert a != b
    assert send(console.url, key, a, "Hi, do you ship to Spain?", SHOP).status_code == 200
    seen_a = read(console.url, key, a, SHOP).json()
    assert [m["text"] for m in seen_a["messages"] if m["from"] == "customer"] == ["Hi, do you ship to Spain?"]
    assert read(console.url, key, b, SHOP).json()["messages"] == []  # B sees nothing of A's
    forged = a.split(".")[0] + ".0000000000000000"
    assert read(console.url, key, forged, SHOP).status_code == 401  # a visitor id cannot be guessed into
    other_key = make_key(console, [SHOP], "other")
    assert read(console.url, other_key, a, SHOP).status_code == 401  # nor carried to another key
    for path in ("/v1/sources", "/v1/conversations", "/v1/persona"):
        assert httpx.get(console.url + path, headers={"Authorization": f"Bearer {key}"}).status_code == 401
    # the console's session cookie does not stand in for a widget key
    c, _ = console.signed_in()
    r = c.get("/v1/webchat/messages", params={"key": "", "visitor": a}, headers={"Origin": SHOP})
    assert r.status_code == 401


def test_a_visitor_is_rate_limited(console):
    key = make_key(console, [SHOP])
    v = hello(console.url, key, SHOP).json()["visitor"]
    codes = [send(console.url, key, v, f"question {i}", SHOP).status_code for i in range(11)]
    assert codes[:10] == [200] * 10 and codes[10] == 429
    r = send(console.url, key, v, "one more", SHOP)
    assert r.status_code == 429 and r.headers["access-control-allow-origin"] == SHOP and "Retry-After" in r.headers
    other = hello(console.url, key, SHOP).json()["visitor"]
    assert send(console.url, key, other, "hello", SHOP).status_code == 200  # per visitor, not per key


def test_a_revoked_key_stops_at_once(console):
    key = make_key(console, [SHOP], "to revoke")
    assert hello(console.url, key, SHOP).status_code == 200
    c, csrf = console.signed_in()
    key_id = __import__("re").findall(r'action="/widget/keys/(wk_[^/]+)/revoke"', c.get("/widget").text)[-1]
    assert c.post(f"/widget/keys/{key_id}/revoke", data={"csrf": csrf}).status_code == 303
    assert hello(console.url, key, SHOP).status_code == 401


def wait_for(fn, timeout: float = 30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        out = fn()
        if out:
            return out
        time.sleep(0.3)
    raise AssertionError("timed out")


def test_the_demo_answers_the_widget_at_once_and_a_handoff_with_nobody_on_duty_says_so(console):
    """First run: the demo agent gets new webchat conversations and answers within seconds; asking for a
    person when the team has nobody tells the truth and leaves the chat unassigned and flagged."""
    key = make_key(console, [SHOP])
    v = hello(console.url, key, SHOP).json()["visitor"]
    t0 = time.time()
    send(console.url, key, v, "How much is the Trail Runner Jacket?", SHOP)
    view = wait_for(lambda: (lambda d: d if any(m["from"] == "ai" for m in d["messages"]) else None)(
        read(console.url, key, v, SHOP).json()))
    assert time.time() - t0 < 15
    reply = [m for m in view["messages"] if m["from"] == "ai"][-1]["text"]
    assert "89" in reply
    with console.api() as api:
        for h in api.get("/v1/humans").json():  # nobody on duty (other tests may have added members)
            assert api.patch(f"/v1/humans/{h['id']}", json={"status": "offline"}).status_code == 200
        send(console.url, key, v, "I want to talk to a human", SHOP)
        view = wait_for(lambda: (lambda d: d if len([m for m in d["messages"] if m["from"] == "ai"]) >= 2 else None)(
            read(console.url, key, v, SHOP).json()))
        said = [m for m in view["messages"] if m["from"] == "ai"][-1]["text"]
        assert "Nobody from our team is available" in said and "help@trailhead.example" in said
        assert "transferring you" not in said and "teammate" not in said
        assert view["waiting_for_person"] is True
        conv = api.get(f"/v1/conversations/{view['conversation']}").json()
        assert conv["owner"] == {"kind": "none", "id": None} and conv["handed_over"] and conv["unread"]


def test_the_readme_agents_example_works_as_shown(console):
    """README "Agents and actions", step by step over HTTP, on a trial workspace that runs a demo-like agent."""
    admin = {"Authorization": f"Bearer {__import__('tests.console.conftest', fromlist=['x']).ADMIN_KEY}"}
    key = httpx.post(console.url + "/v1/workspaces", json={"name": "readme"}, headers=admin).json()["api_key"]
    with httpx.Client(base_url=console.url, headers={"Authorization": f"Bearer {key}"}, timeout=60) as c:
        demo = c.post("/v1/agents", json={"name": "Store assistant", "template": "ecommerce"}).json()["id"]
        assert c.post(f"/v1/agents/{demo}/activate").status_code == 200
        assert {t["id"] for t in c.get("/v1/agent-templates").json()} == {"sales", "support", "ecommerce"}
        agent = c.post("/v1/agents", json={"name": "Support", "template": "support"}).json()
        assert agent["products_enabled"] is True
        r = c.post(f"/v1/agents/{agent['id']}/actions", json={
            "name": "Express note", "when": [{"type": "asks_about", "value": "delivery_time"}],
            "then": [{"type": "answer_from_kb"},
                     {"type": "reply_with_info", "text": "Express shipping arrives in 1 business day."}]})
        assert r.status_code == 201
        reply = c.post(f"/v1/agents/{agent['id']}/reply",
                       json={"lead_id": "lead-1", "message": "How long does delivery take?"}).json()
        assert [m["action_name"] for m in reply["conditions_matched"]] == ["Express note"]  # fires once, alone
        assert reply["text"].count("Express shipping arrives in 1 business day.") == 1
        [active] = c.get("/v1/agents", params={"state": "active"}).json()
        assert c.post(f"/v1/agents/{active['id']}/deactivate",
                      json={"by": "owner", "reason": "support takes the chats"}).status_code == 200
        assert c.post(f"/v1/agents/{agent['id']}/activate", json={"by": "owner", "reason": "launch"}).status_code == 200
        assert c.patch("/v1/routing", json={"assign_new_to_ai": agent["id"]}).json()["assign_new_to_ai"] == agent["id"]
