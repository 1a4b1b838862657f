"""Console sign-in, session cookie, CSRF on every state change, secrets never rendered, no 5xx on bad forms."""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest

from tests.console.conftest import ADMIN_KEY, csrf_of

pytestmark = pytest.mark.integration


def test_sign_in_gives_a_locked_down_session_cookie_and_the_key_is_never_rendered(console):
    c = httpx.Client(base_url=console.url)
    assert c.get("/knowledge").status_code == 303  # signed out: to the sign-in form
    bad = c.post("/login", data={"api_key": "rk_wrong"}, headers={"Origin": console.url})
    assert bad.status_code == 401 and "not a workspace API key" in bad.text
    r = c.post("/login", data={"api_key": console.key}, headers={"Origin": console.url})
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert console.key not in cookie
    for path in ("/dashboard", "/knowledge", "/products", "/persona", "/agents", "/integrations", "/widget",
                 "/playground", "/inbox", "/inbox?show=all", "/widget/try"):
        page = c.get(path)
        assert page.status_code == 200, path
        assert console.key not in page.text and ADMIN_KEY not in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert page.headers["x-frame-options"] == "DENY"
    # a login form posted from another site is refused (login CSRF)
    assert httpx.post(console.url + "/login", data={"api_key": console.key},
                      headers={"Origin": "https://evil.example"}).status_code == 403
    # sign-out ends the session on the server: the old cookie opens nothing
    token = c.cookies.get("rag_console")
    assert c.post("/logout", data={"csrf": csrf_of(c.get("/knowledge").text)}).status_code == 303
    assert httpx.get(console.url + "/knowledge", cookies={"rag_console": token}).status_code == 303


def test_the_admin_key_signs_in_to_a_workspace_picker(console):
    with httpx.Client(base_url=console.url) as c:
        r = c.post("/login", data={"api_key": ADMIN_KEY}, headers={"Origin": console.url})
        assert r.headers["location"] == "/workspaces"
        assert c.get("/dashboard").headers["location"] == "/workspaces"
        page = c.get("/workspaces").text
        assert "My store" in page
        assert c.post("/workspaces", data={"workspace_id": "default", "csrf": "wrong"}).status_code == 403
        r = c.post("/workspaces", data={"workspace_id": "default", "csrf": csrf_of(page)})
        assert r.headers["location"] == "/dashboard" and c.get("/dashboard").status_code == 200


@pytest.fixture(scope="module")
def scratch(console) -> str:
    """The API key of a workspace of its own (with a source and an agent), for tests that change things."""
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    key = httpx.post(console.url + "/v1/workspaces", json={"name": "scratch", "plan": "paid"}, headers=admin).json()["api_key"]
    h = {"Authorization": f"Bearer {key}"}
    assert httpx.post(console.url + "/v1/sources", files={"file": ("faq.md", b"# FAQ\n\nWe ship worldwide.")},
                      headers=h, timeout=60).status_code == 201
    assert httpx.post(console.url + "/v1/agents", json={"template": "sales"}, headers=h).status_code == 201
    return key


def post_routes(console, key: str) -> list[str]:
    """Every state-changing console path, with ids of real objects where the path has some."""
    c, _ = console.signed_in(key)
    agents = c.get("/agents").text
    agent = re.search(r'data-agent="([^"]+)"', agents).group(1)
    src = re.search(r'data-source="([^"]+)"', c.get("/knowledge").text).group(1)
    return ["/agents", f"/agents/{agent}/state", f"/agents/{agent}/actions", f"/agents/{agent}/sources",
            f"/agents/{agent}/actions/nope/toggle", f"/knowledge/{src}/disable", f"/knowledge/{src}/bogus",
            "/persona", "/integrations/connect", "/integrations/nope/delete", "/widget/keys",
            "/widget/keys/wk_nope/origins", "/dashboard/unanswered/q_nope", "/inbox/conv_nope/reply",
            "/inbox/conv_nope/take-over", "/team", "/routing", "/workspaces"]


def test_every_state_change_needs_the_csrf_token(console, scratch):
    c, csrf = console.signed_in(scratch)
    for path in post_routes(console, scratch):
        for token in (None, "not-the-token", csrf_of(console.signed_in()[0].get("/knowledge").text)):
            data = {"name": "x"} if token is None else {"name": "x", "csrf": token}
            r = c.post(path, data=data)
            assert r.status_code in (403, 303), (path, r.status_code)  # 303: admin-only picker sends to sign-in
            assert r.status_code == 403 or path == "/workspaces"
    for path, body in (("/console/api/playground", {"message": "hi"}), ("/console/api/connections/x/sync", None)):
        assert c.post(path, json=body).status_code == 403
        assert c.post(path, json=body, headers={"X-CSRF-Token": "nope"}).status_code == 403
    r = c.post("/console/api/sources", files={"file": ("a.md", b"# A\n\ntext")})
    assert r.status_code == 403
    assert c.post("/logout", data={"csrf": "nope"}).status_code == 403


BAD = ["", " ", "x" * 5000, "-1", "99999999999999999999", "<script>alert(1)</script>", "\x00", "null", "[]",
       "../../etc/passwd", "env:HOME", "ﬀ\u202e", "1e309"]


def test_no_console_form_answers_5xx_on_bad_input(console, scratch):
    c, csrf = console.signed_in(scratch)
    fields = ["name", "template", "op", "reason", "match", "when_type_1", "when_value_1", "when_text_1", "when_tz_1",
              "when_days_1", "when_start_1", "then_type_1", "then_text_1", "then_user_1", "then_field_1",
              "source_ids", "products", "agent", "role", "tone", "reply_length", "reply_language", "guidelines",
              "do_not_mention", "reply_delay_s", "platform", "shopify_shop", "shopify_base_url", "origins",
              "answer", "human_id", "text", "email", "status", "assign_new_to_ai", "welcome_message",
              "away_message", "workspace_id"]
    for path in post_routes(console, scratch):
        for value in BAD:
            r = c.post(path, data={"csrf": csrf, **{f: value for f in fields}})
            assert r.status_code < 500, (path, value, r.status_code, r.text[:300])
    for raw in BAD:
        value = quote(raw, safe="")
        for path in ("/products?q=" + value, "/products?page=" + value, "/persona?agent=" + value,
                     "/dashboard?agent=" + value, "/inbox?show=" + value, "/knowledge/" + value,
                     "/agents/" + value, "/inbox/" + value, "/playground?agent=" + value):
            r = c.get(path)
            assert r.status_code < 500, (path, r.status_code)
        value = raw
        r = c.post("/console/api/playground", json={"message": value, "agent_id": value, "language": value,
                                                      "tone": value, "history": [{"role": "agent", "text": value}]},
                   headers={"X-CSRF-Token": csrf})
        assert r.status_code < 500, (value, r.text[:300])
        r = c.post("/console/api/sources", files={"file": (value or "x", value.encode())},
                   headers={"X-CSRF-Token": csrf})
        assert r.status_code < 500, (value, r.text[:300])
    assert "Traceback" not in console.log()
