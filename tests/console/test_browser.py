"""The console and the widget in a real headless Chromium, against a real `rag-agent serve --demo`.

One server for the package and one browser for the module; each test gets a fresh signed-in context (see
conftest). Screenshots of every page land in docs/screenshots/ (the README shows three of them).
"""

from __future__ import annotations

import re
import time

import httpx
import pytest

from tests.console.conftest import shot

pytestmark = [pytest.mark.browser, pytest.mark.integration]

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'


def demo_agent(console) -> str:
    with console.api() as api:
        return next(a["id"] for a in api.get("/v1/agents").json() if a["name"] == "Store assistant")


def ask(pg, message: str):
    """Send one playground message; returns the agent's message element once answered."""
    n = pg.locator("#play-log li.msg-ai").count()
    pg.fill("#play-message", message)
    pg.press("#play-message", "Enter")
    item = pg.locator("#play-log li.msg-ai").nth(n)
    item.locator(".meta").wait_for(timeout=60_000)
    return item


def test_every_page_renders_with_labels_and_no_script_errors(page, console, browser):
    pages = {"dashboard": "/dashboard", "conversations": "/inbox?show=all", "knowledge": "/knowledge",
             "products": "/products", "persona": "/persona", "agents": "/agents", "integrations": "/integrations",
             "widget": "/widget", "playground": "/playground", "agent": f"/agents/{demo_agent(console)}"}
    for name, path in pages.items():
        page.goto(console.url + path)
        unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll(
            'input:not([type=hidden]), select, textarea, button')).filter(e =>
            !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !(e.textContent || '').trim()
        ).map(e => e.outerHTML.slice(0, 80))""")
        assert unlabelled == [], (name, unlabelled)
        shot(page, f"console-{name}", full=True)
    # keyboard: the first Tab reaches the skip link, then the navigation
    page.goto(console.url + "/knowledge")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    # phone width: the menu folds behind a toggle and the table stacks
    phone = browser.new_context(viewport={"width": 390, "height": 844}, storage_state=page.context.storage_state())
    p2 = phone.new_page()
    p2.goto(console.url + "/knowledge")
    assert not p2.locator("header nav").is_visible()
    p2.locator("#menu-toggle").check()
    assert p2.locator("header nav").is_visible()
    assert p2.evaluate("document.documentElement.scrollWidth") <= 400
    shot(p2, "console-phone-knowledge")
    phone.close()


def test_upload_a_policy_see_it_listed_then_disable_it_and_the_playground_stops_citing_it(page, console, tmp_path):
    policy = tmp_path / "gift-cards.md"
    policy.write_text("# Gift cards\n\nGift cards never expire. A gift card can be used for online orders only "
                      "and cannot be exchanged for cash.\n")
    page.goto(console.url + "/knowledge")
    page.set_input_files("#files", str(policy))
    page.locator("#uploads li.ok").wait_for(timeout=60_000)
    page.wait_for_load_state("load")
    page.locator("tr[data-name='gift-cards.md']").wait_for()
    row = page.locator("tr[data-name='gift-cards.md']")
    assert "enabled" in row.inner_text() and "file" in row.inner_text()
    shot(page, "knowledge-uploaded")

    page.goto(console.url + "/playground")
    cited = ask(page, "Do gift cards expire?")
    assert "never expire" in cited.locator(".text").inner_text()
    assert "gift-cards.md" in cited.locator(".citations").inner_text()
    cited.locator(".citations a").first.click()  # a citation opens its source
    page.wait_for_url("**/knowledge/src_*")
    assert page.locator("h1").inner_text() == "gift-cards.md"

    page.goto(console.url + "/knowledge")
    page.locator("tr[data-name='gift-cards.md'] button", has_text="Disable").click()
    page.wait_for_load_state("load")
    assert "disabled" in page.locator("tr[data-name='gift-cards.md']").inner_text()
    page.goto(console.url + "/playground")
    after = ask(page, "Do gift cards expire?")
    assert "gift-cards.md" not in after.inner_text()
    assert "never expire" not in after.locator(".text").inner_text()


def test_changing_the_tone_changes_the_next_reply_and_limits_are_checked_as_typed(page, console):
    agent = demo_agent(console)

    def set_tone(tone: str) -> None:
        page.goto(f"{console.url}/persona?agent={agent}")
        page.select_option("#tone", tone)
        page.click("#persona-form button[type=submit]")
        page.locator(".flash-ok").wait_for()

    set_tone("professional")
    page.goto(f"{console.url}/playground?agent={agent}")
    before = ask(page, "hi").locator(".text").inner_text()
    set_tone("casual")
    page.goto(f"{console.url}/playground?agent={agent}")
    after = ask(page, "hi").locator(".text").inner_text()
    assert before != after and after.startswith("Hey")
    set_tone("friendly")
    # limits: shown as the owner types, and the API's own error beside the field when sent anyway
    page.goto(f"{console.url}/persona?agent={agent}")
    page.fill("#role", "x" * 1501)
    assert "at most 1500" in page.locator("#role-count").inner_text()
    page.fill("#guidelines", "ok\n" + "y" * 301)
    assert "line 2 has 301 characters" in page.locator("#guidelines-count").inner_text()
    shot(page, "persona-limits")
    page.evaluate("document.getElementById('persona-form').noValidate = true")
    page.fill("#reply_delay_s", "0")
    page.click("#persona-form button[type=submit]")
    assert page.locator("#role-error").inner_text()  # the server's message, beside the field
    assert page.locator("#guidelines-error").inner_text()


def test_the_playground_answers_in_two_languages_with_citations(page, console):
    page.goto(console.url + "/playground")
    es = ask(page, "¿Cuánto cuesta la Trail Runner Jacket?")
    assert "language es" in es.inner_text() and "products.csv" in es.locator(".citations").inner_text()
    pt = ask(page, "Quanto custa a Trail Runner Jacket?")
    assert "language pt" in pt.inner_text() and "products.csv" in pt.locator(".citations").inner_text()
    assert "ms" in pt.locator(".latency").inner_text()
    page.select_option("#play-language", "tr")
    tr = ask(page, "How much is the Trail Runner Jacket?")
    assert "language tr" in tr.inner_text()
    shot(page, "playground")
    page.click("#play-reset")
    assert page.locator("#play-log li").count() == 0


def test_an_action_made_in_the_editor_fires_in_the_playground(page, console):
    page.goto(console.url + "/agents")
    page.fill("#new-name", "Action tester")
    page.click("form[action='/agents'] button[type=submit]")
    page.wait_for_url("**/agents/*")
    agent_url = page.url
    page.fill("#a-name", "Express note")
    page.select_option("#when_type_1", "asks_about")
    page.select_option("#when_value_1", "delivery_time")
    page.select_option("#then_type_1", "answer_from_kb")
    page.select_option("#then_type_2", "reply_with_info")
    page.fill("#then_text_2", "Express shipping arrives in 1 business day.")
    page.click("#action-form button[type=submit]")
    page.locator("#actions li", has_text="Express note").wait_for()
    # a broken rule comes back with the rule named and the form as typed
    page.fill("#a-name", "Empty THEN")
    page.select_option("#when_type_1", "wants")
    page.click("#action-form button[type=submit]")
    assert "THEN" in page.locator("#action-error").inner_text()
    assert page.input_value("#a-name") == "Empty THEN"
    shot(page, "agent-actions", full=True)
    agent_id = agent_url.rsplit("/", 1)[1]
    page.goto(f"{console.url}/playground?agent={agent_id}")
    r = ask(page, "How long does delivery take?")
    assert "action: Express note" in r.locator(".meta").inner_text()
    assert "Express shipping arrives in 1 business day." in r.locator(".text").inner_text()


def test_connect_the_fake_shopify_store_and_sync_with_progress(page, console):
    from tests.fakes.shopify import DEFAULT_TOKEN, DEFAULT_WEBHOOK_SECRET, ShopifyFake

    with ShopifyFake(products=40, orders=3) as fake:
        page.goto(console.url + "/integrations")
        page.select_option("#platform", "shopify")
        page.fill("#conn-name", "fakeshop")
        page.fill("#shopify_shop", "fake-store.myshopify.com")
        page.fill("#shopify_access_token", DEFAULT_TOKEN)
        page.fill("#shopify_webhook_secret", DEFAULT_WEBHOOK_SECRET)
        page.fill("#shopify_base_url", fake.base_url)
        page.click("#connect-form button[type=submit]")
        page.locator(".flash-ok").wait_for()
        assert DEFAULT_TOKEN not in page.content() and DEFAULT_WEBHOOK_SECRET not in page.content()
        row = page.locator("tr[data-connection='fakeshop']")
        assert "/v1/webhooks/con_" in row.locator("input.copy").input_value()
        row.locator("button.sync-now").click()
        row.locator(".sync-live", has_text="succeeded").wait_for(timeout=120_000)
        assert "40 products" in row.locator(".sync-live").inner_text()
        shot(page, "integrations-synced")
    page.goto(console.url + "/products?q=" + "fakeshop")
    page.goto(console.url + "/products")
    assert "fakeshop" in page.locator(".products").inner_text()
    page.goto(console.url + "/knowledge")
    assert "change it in the store and sync" in page.locator("#sources").inner_text()


def wait_for(fn, timeout: float = 30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        out = fn()
        if out:
            return out
        time.sleep(0.3)
    raise AssertionError("timed out")


def create_widget_key(page, console, origins: list[str], name: str) -> str:
    page.goto(console.url + "/widget")
    page.fill("#key-name", name)
    page.fill("#key-origins", "\n".join(origins))
    page.click("#new-key button[type=submit]")
    page.locator(".flash-ok").wait_for()
    embed = page.locator(".widget-key", has_text=name).locator("textarea.embed").input_value()
    return re.search(r'data-key="([^"]+)"', embed).group(1)


def write_store_page(storefront, console, key: str, name: str = "index.html") -> None:
    (storefront.dir / name).write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Trailhead Outfitters</title></head>"
        "<body><h1>Trailhead Outfitters</h1><p>Jackets, pants and more.</p>"
        f'<script src="{console.url}/widget.js" data-key="{key}"></script></body></html>')


def test_the_widget_on_another_origin_chats_a_person_takes_over_and_a_disallowed_origin_is_refused(
        page, console, storefront, browser):
    key = create_widget_key(page, console, [storefront.url], "Storefront test")
    shot(page, "widget-keys")
    write_store_page(storefront, console, key)
    shop = browser.new_context(viewport={"width": 1100, "height": 800})
    sp = shop.new_page()
    js_errors: list[str] = []
    sp.on("pageerror", lambda e: js_errors.append(str(e)))
    sp.goto(storefront.url + "/index.html")
    assert sp.context.cookies(console.url) == []  # nothing of the console's session on the store's page
    sp.click("#rag-agent-widget >> button.bubble")
    sp.fill("#rag-agent-widget >> input", "How much is the Trail Runner Jacket?")
    sp.press("#rag-agent-widget >> input", "Enter")
    sp.locator("#rag-agent-widget >> .typing").wait_for(state="visible", timeout=10_000)  # the agent's delay
    sp.locator("#rag-agent-widget >> li.m.ai").first.wait_for(timeout=30_000)
    assert "89" in sp.locator("#rag-agent-widget >> li.m.ai").first.inner_text()
    shot(sp, "widget-storefront")
    sp.reload()  # the conversation goes on across page loads
    sp.locator("#rag-agent-widget >> li.m.customer").first.wait_for(timeout=10_000)
    assert sp.locator("#rag-agent-widget >> li.m").count() >= 2

    # a person takes over from the console; the widget shows it and their reply
    page.goto(console.url + "/inbox")
    page.fill("#member-name", "Ana")
    page.click("form[action='/team'] button[type=submit]")
    page.locator(".flash-ok").wait_for()
    page.goto(console.url + "/inbox?show=all")
    page.locator("#inbox a", has_text="web-").first.click()
    page.click("form[action$='/take-over'] button[type=submit]")
    page.locator(".flash-ok").wait_for()
    page.fill("#reply-text", "Hi, Ana here: the jacket ships today.")
    page.click("form.reply button[type=submit]")
    page.locator(".flash-ok").wait_for()
    shot(page, "conversation", full=True)
    sp.locator("#rag-agent-widget >> .banner", has_text="Ana from our team has joined").wait_for(timeout=15_000)
    sp.locator("#rag-agent-widget >> li.m.human", has_text="Ana here").wait_for(timeout=15_000)
    shot(sp, "widget-person")
    assert js_errors == []
    # the team goes offline again, so the other tests' handoffs still find nobody on duty
    page.goto(console.url + "/inbox")
    page.select_option("select[name=status]", "offline")
    page.locator(".flash-ok").wait_for()

    # the same page served under another origin (localhost instead of 127.0.0.1) is refused
    other = storefront.url.replace("127.0.0.1", "localhost")
    sp.goto(other + "/index.html")
    sp.click("#rag-agent-widget >> button.bubble")
    sp.locator("#rag-agent-widget >> .err", has_text="not available on this site").wait_for(timeout=10_000)
    assert sp.locator("#rag-agent-widget >> input").is_disabled()
    r = httpx.get(console.url + "/v1/webchat/hello", params={"key": key}, headers={"Origin": other})
    assert r.status_code == 403 and "access-control-allow-origin" not in r.headers
    shop.close()


def test_a_message_typed_before_the_server_answered_the_widget_waits_for_it(page, console, storefront, browser):
    """A visitor who opens the chat and types at once, while the server has not answered the widget's first call
    yet (a busy server, a slow database), gets the message sent, not "unknown visitor" and a disabled chat."""
    key = create_widget_key(page, console, [storefront.url], "Slow hello")
    write_store_page(storefront, console, key, "slow.html")
    shop = browser.new_context()
    sp = shop.new_page()
    held: list = []
    sp.route("**/v1/webchat/hello*", lambda route: held.append(route))  # held until the message is typed
    sp.goto(storefront.url + "/slow.html")
    sp.click("#rag-agent-widget >> button.bubble")
    sp.fill("#rag-agent-widget >> input", "Do you ship to Spain?")
    sp.press("#rag-agent-widget >> input", "Enter")
    for _ in range(50):
        if held:
            break
        sp.wait_for_timeout(100)
    assert len(held) == 1
    held[0].continue_()
    sp.locator("#rag-agent-widget >> li.m.customer", has_text="ship to Spain").wait_for(timeout=15_000)
    assert sp.locator("#rag-agent-widget >> .err").is_hidden()
    assert sp.locator("#rag-agent-widget >> input").is_enabled()
    shop.close()


def test_the_dashboard_shows_the_same_figures_as_the_api(page, console):
    agent = demo_agent(console)
    with console.api() as api:
        # the server may still be writing a delayed reply of an earlier test: compare a page read between two
        # equal API reads
        for _ in range(10):
            before = api.get(f"/v1/dashboard/agents/{agent}").json()
            page.goto(f"{console.url}/dashboard?agent={agent}")
            shown = {el.get_attribute("data-figure"): (el.get_attribute("data-value") or el.inner_text())
                     for el in page.locator("#figures dd").all()}
            d = api.get(f"/v1/dashboard/agents/{agent}").json()
            if d == before:
                break
            time.sleep(1)
    assert d["conversations"] >= 1
    for k in ("unique_leads", "conversations", "answered_conversations", "weekend_leads", "weekend_conversations"):
        assert int(shown[k]) == d[k], k
    assert int(shown["unanswered"]) == d["unanswered_questions"]["count"]
    assert float(shown["handover_rate"]) == pytest.approx(d["handover_rate"])
    if d["avg_response_time_s"] is not None:
        assert float(shown["avg_response_time_s"]) == pytest.approx(d["avg_response_time_s"], abs=1e-6)
    for channel, n in d["conversations_by_channel"].items():
        assert page.locator(f"svg .chart-value[data-key='{channel}']").first.text_content() == str(n)
    shot(page, "dashboard", full=True)


def test_script_and_img_payloads_never_run_anywhere(page, console, storefront, browser):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    payload = f"{XSS_SCRIPT} {XSS_IMG}"
    with console.api() as api:  # every channel, a lead's name, an upload's file name
        for ch in ("telegram", "whatsapp", "email"):
            api.post(f"/v1/channels/{ch}/messages", json={"lead": {"id": f"x-{ch}", "name": XSS_IMG},
                                                          "text": payload})
        r = api.post("/v1/sources", files={"file": (f'{XSS_IMG}.md', b"# Note\n\n" + payload.encode())})
        assert r.status_code == 201, r.text
    page.goto(console.url + "/agents")  # names typed in the console
    page.fill("#new-name", XSS_IMG)
    page.click("form[action='/agents'] button[type=submit]")
    page.wait_for_url("**/agents/*")
    page.fill("#a-name", XSS_SCRIPT)
    page.select_option("#when_type_1", "contains")
    page.select_option("#when_value_1", "greeting")
    page.select_option("#then_type_1", "use_message")
    page.fill("#then_text_1", payload)
    page.click("#action-form button[type=submit]")
    page.locator(".flash-ok").wait_for()
    agent_url = page.url
    key = create_widget_key(page, console, [storefront.url], XSS_IMG)
    page.goto(console.url + "/inbox")
    page.fill("#member-name", XSS_SCRIPT)
    page.click("form[action='/team'] button[type=submit]")

    # the widget: the visitor's own payload and the agent's reply with it
    write_store_page(storefront, console, key, "xss.html")
    shop = browser.new_context()
    sp = shop.new_page()
    sp.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    sp.goto(storefront.url + "/xss.html")
    sp.click("#rag-agent-widget >> button.bubble")
    sp.fill("#rag-agent-widget >> input", payload)
    sp.press("#rag-agent-widget >> input", "Enter")
    sp.locator("#rag-agent-widget >> li.m.customer").first.wait_for()
    assert XSS_SCRIPT in sp.locator("#rag-agent-widget >> li.m.customer").first.inner_text()
    assert sp.evaluate("window.__xss") is None
    shop.close()

    page.goto(agent_url.replace("/agents/", "/playground?agent="))
    echoed = ask(page, "hello there")
    assert XSS_IMG in echoed.locator(".text").inner_text()  # the action's message, shown as text
    with console.api() as api:
        convs = api.get("/v1/conversations").json()
        src = next(s["id"] for s in api.get("/v1/sources").json() if s["name"].startswith("<img"))
    paths = ["/inbox?show=all", "/knowledge", f"/knowledge/{src}", "/agents", agent_url[len(console.url):], "/widget",
             "/persona", f"/persona?agent={agent_url.rsplit('/', 1)[1]}", "/dashboard"]
    paths += [f"/inbox/{c['id']}" for c in convs if c["lead_id"].startswith(("x-", "web-"))]
    for path in paths:
        page.goto(console.url + path)
        assert page.evaluate("window.__xss") is None, path
        injected = page.evaluate("""() => document.querySelectorAll('img[onerror], script:not([src])').length""")
        assert injected == 0, path
        if path not in ("/persona", "/dashboard"):
            assert "window.__xss=1" in page.locator("main").inner_text(), path  # shown, as text
    assert dialogs == []
