"""Agents end to end over HTTP: each condition family, each THEN type, ALL vs ANY, ask-wait-thank, limits.

In-process FastAPI (TestClient) over a real Service on the demo store (HashEmbedder: the model is not the
subject here), plus the key flows through a real `rag-agent serve` subprocess, and a custom condition judged by a
local fake OpenAI-compatible server.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import numpy as np
import pytest
from fastapi.testclient import TestClient

from rag_agent.agents.conditions import ConditionEvaluator
from rag_agent.agents.models import Condition
from rag_agent.api import create_app
from rag_agent.cli import demo_dir
from rag_agent.embed import HashEmbedder
from rag_agent.service import Service
from rag_agent.settings import Settings

KEY = "rk_test_agents_key_123"
ALWAYS = {"type": "time", "value": "outside_business_hours", "tz": "UTC", "days": ["mon"], "start": "00:00",
          "end": "00:00"}  # an empty opening window: always "outside business hours"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    svc = Service(Settings(data_dir=tmp_path_factory.mktemp("agents-http")), embedder=HashEmbedder())
    svc.ensure_workspace("w", "Shop", plan="paid", api_key=KEY)
    svc.load_store_dir("w", demo_dir())
    with TestClient(create_app(svc), headers={"Authorization": f"Bearer {KEY}"}) as c:
        yield c
    svc.close()


def make_agent(c, actions, **extra) -> str:
    r = c.post("/v1/agents", json={"name": "Test", "actions": actions, **extra})
    assert r.status_code == 201, r.text
    return r.json()["id"]


def reply(c, agent_id, message, lead=None, history=None) -> dict:
    r = c.post(f"/v1/agents/{agent_id}/reply", json={"lead_id": lead, "message": message, "history": history or []})
    assert r.status_code == 200, r.text
    return r.json()


# -- every condition family: the action fires on one message and not on the other -------------------------
CASES = [
    ({"type": "wants", "value": "human"}, "I want to talk to a real person", "How much is the Trail Runner Jacket?"),
    ({"type": "wants", "value": "buy"}, "Quiero comprar la chaqueta", "Hola, buenos días"),
    ({"type": "wants", "value": "refund"}, "Quero meu dinheiro de volta", "Bom dia"),
    ({"type": "wants", "value": "help"}, "Can you help me please?", "ok"),
    ({"type": "asks_about", "value": "order_status"}, "Siparişim nerede?", "Merhaba"),
    ({"type": "asks_about", "value": "price"}, "Сколько стоит куртка?", "Привет"),
    ({"type": "asks_about", "value": "delivery_time"}, "Berapa lama pengirimannya?", "Halo kak"),
    ({"type": "asks_about", "value": "refund_policy"}, "What is your return policy?", "hello"),
    ({"type": "asks_about", "value": "availability"}, "Is the jacket in stock?", "thanks"),
    ({"type": "asks_about", "value": "troubleshooting"}, "My headphones won't turn on", "hello"),
    ({"type": "sentiment", "value": "frustrated"}, "This is ridiculous, I've asked three times!", "Thanks a lot"),
    ({"type": "sentiment", "value": "happy"}, "Awesome, I love it, thank you so much!", "Where is my order?"),
    ({"type": "sentiment", "value": "confused"}, "I'm confused, I don't understand the sizes", "Hi"),
    ({"type": "sentiment", "value": "sad"}, "I'm so sad, the gift arrived broken", "Do you ship to Canada?"),
    ({"type": "sentiment", "value": "neutral"}, "Do you ship to Canada?", "This is ridiculous, worst shop ever!"),
    ({"type": "provides", "value": "email"}, "it's ana.souza@example.com", "my email is ana at example"),
    ({"type": "provides", "value": "phone"}, "call me on +55 11 98765-4321", "order 4521 please"),
    ({"type": "provides", "value": "name"}, "My name is Ana Souza", "I'm looking for shoes"),
    ({"type": "provides", "value": "address"}, "Ship it to 742 Evergreen Terrace, Springfield", "ship it fast"),
    ({"type": "contains", "value": "greeting"}, "Merhaba!", "Kargo ne kadar?"),
    ({"type": "contains", "value": "profanity"}, "this shit is broken", "this is broken"),
    ({"type": "contains", "value": "url"}, "see https://example.com/item/3", "see the item"),
    ({"type": "contains", "value": "custom", "text": "gift wrap"}, "Can you Gift-Wrap... I mean gift wrap it?",
     "Can you wrap it?"),
    (ALWAYS, "anything", None),
    ({**ALWAYS, "value": "business_hours"}, None, "anything"),
]


@pytest.mark.parametrize("cond,yes,no", CASES, ids=[f"{c['type']}:{c['value']}" for c, _, _ in CASES])
def test_each_condition_family(client, cond, yes, no):
    aid = make_agent(client, [{"when": [cond], "then": [{"type": "use_message", "text": "MATCHED-RULE"}]}])
    if yes:
        r = reply(client, aid, yes)
        assert r["text"] == "MATCHED-RULE", r
        assert r["conditions_matched"][0]["conditions"][0]["type"] == cond["type"]
    if no:
        r = reply(client, aid, no)
        assert "MATCHED-RULE" not in r["text"] and r["conditions_matched"] == []


def test_business_hours_in_a_time_zone():
    ev = ConditionEvaluator(heads=None, lexicons={})
    cond = Condition(type="time", value="business_hours", tz="America/Sao_Paulo", days=["mon", "tue"],
                     start="09:00", end="18:00")
    sig = ev.analyze("hi")
    monday_10_sp = dt.datetime(2025, 3, 3, 13, 0, tzinfo=dt.timezone.utc)  # 10:00 in São Paulo (UTC-3)
    monday_20_sp = dt.datetime(2025, 3, 3, 23, 0, tzinfo=dt.timezone.utc)
    wednesday = dt.datetime(2025, 3, 5, 13, 0, tzinfo=dt.timezone.utc)
    assert ev.check(cond, sig, monday_10_sp).matched
    assert not ev.check(cond, sig, monday_20_sp).matched
    assert not ev.check(cond, sig, wednesday).matched
    night = Condition(type="time", value="business_hours", tz="UTC", days=["fri"], start="22:00", end="02:00")
    assert ev.check(night, sig, dt.datetime(2025, 3, 8, 1, 0, tzinfo=dt.timezone.utc)).matched  # Sat 01:00


# -- ALL versus ANY ----------------------------------------------------------------------------------------
def test_all_versus_any(client):
    when = [{"type": "wants", "value": "refund"}, {"type": "sentiment", "value": "frustrated"}]
    then = [{"type": "transfer", "user": "maria@shop.example"}]
    all_id = make_agent(client, [{"match": "ALL", "when": when, "then": then}])
    any_id = make_agent(client, [{"match": "any", "when": when, "then": then}])
    calm = "I'd like a refund for my order please"
    angry = "I want a refund NOW, this is ridiculous!"
    assert not reply(client, all_id, calm)["transfer_to"]
    assert reply(client, all_id, angry)["transfer_to"] == "maria@shop.example"
    r = reply(client, any_id, calm)
    assert r["transfer_to"] == "maria@shop.example" and r["handoff"] is True


# -- every THEN type ---------------------------------------------------------------------------------------
def test_then_types(client):
    buy = [{"type": "wants", "value": "buy"}]
    aid = make_agent(client, [
        {"when": buy, "then": [{"type": "reply_with_info", "text": "Free shipping over $50."},
                               {"type": "bring_up_topic", "text": "Ask about our loyalty club."},
                               {"type": "try_bring_up_topic", "text": "We also sell gift cards."},
                               {"type": "do_not_mention", "text": "in stock"},
                               {"type": "answer_from_kb"}]},
    ])
    r1 = reply(client, aid, "I want to buy the Trail Runner Jacket", lead="then-1")
    assert "Free shipping over $50." in r1["text"] and "loyalty club" in r1["text"] and "gift cards" in r1["text"]
    assert "$89.00" in r1["text"]  # the knowledge-base answer is there
    assert "in stock" not in r1["text"].lower()  # ... without what must not be mentioned
    hist = [{"role": "customer", "text": "I want to buy the Trail Runner Jacket"}, {"role": "agent", "text": r1["text"]}]
    r2 = reply(client, aid, "I want to buy the Trail Runner Jacket in M", lead="then-1", history=hist)
    assert "loyalty club" in r2["text"]  # always
    assert "gift cards" not in r2["text"]  # tried once already
    types = {a["type"] for a in r1["actions_applied"]}
    assert types == {"reply_with_info", "bring_up_topic", "try_bring_up_topic", "do_not_mention", "answer_from_kb"}


def test_use_message_transfer_and_answer_from_kb(client):
    aid = make_agent(client, [
        {"when": [{"type": "wants", "value": "human"}],
         "then": [{"type": "use_message", "text": "Maria will be with you shortly."},
                  {"type": "transfer", "user": "maria"}]},
        {"when": [{"type": "asks_about", "value": "price"}],
         "then": [{"type": "use_message", "text": "Prices include tax."}, {"type": "answer_from_kb"}]},
    ])
    r = reply(client, aid, "Can I talk to a human?")
    assert r["text"] == "Maria will be with you shortly." and r["handoff"] and r["transfer_to"] == "maria"
    r = reply(client, aid, "How much is the Trail Runner Jacket?")
    assert r["text"].startswith("Prices include tax.") and "$89.00" in r["text"] and r["citations"]


def test_store_phone_region_reads_national_numbers(tmp_path):
    """RAG_PHONE_REGION: a US store reads "(415) 555-2671" in a Spanish message as a US number (Mexico writes the
    same ten digits the same way, and Spanish messages try Mexico first); the lead gets the US number."""
    actions = [{"when": [{"type": "provides", "value": "phone"}], "then": [{"type": "answer_from_kb"}]}]
    got = {}
    for region in (None, "US"):
        svc = Service(Settings(data_dir=tmp_path / str(region), phone_region=region), embedder=HashEmbedder())
        svc.ensure_workspace("w", "Shop", plan="paid", api_key=KEY)
        with TestClient(create_app(svc), headers={"Authorization": f"Bearer {KEY}"}) as c:
            aid = make_agent(c, actions)
            reply(c, aid, "Hola, mi teléfono es (415) 555-2671", lead="lead-region")
            got[region] = c.get("/v1/leads/lead-region").json()["phone"]
        svc.close()
    assert got == {None: "+524155552671", "US": "+14155552671"}


def test_unknown_phone_region_is_refused():
    with pytest.raises(ValueError, match="RAG_PHONE_REGION 'XX'"):
        Settings(phone_region="XX")
    assert Settings(phone_region=" br ").phone_region == "BR"


def test_wants_human_is_not_a_product_that_names_people(client):
    """In English a word like "human" or "agent" in a longer message counts only with the classifier's support:
    "human hair wigs" is a product; "I'd like a human to check my order" a request. Elsewhere it still counts
    alone (recall first)."""
    aid = make_agent(client, [{"when": [{"type": "wants", "value": "human"}],
                               "then": [{"type": "transfer", "user": "maria"}]}])
    for message in ("Do you sell human hair wigs?", "Is this leather cleaning agent safe for suede?",
                    "Which password manager app do you recommend?"):
        assert not reply(client, aid, message)["handoff"], message
    for message in ("human", "I need a human, this bot is useless", "Let me speak with your manager",
                    "Quiero hablar con un humano", "Позовите оператора"):
        r = reply(client, aid, message)
        assert r["handoff"] and r["transfer_to"] == "maria", message


# -- ask, wait, validate, store, thank; never ask again ----------------------------------------------------
def test_ask_wait_validate_store_thank(client):
    aid = make_agent(client, [{"when": [{"type": "wants", "value": "buy"}],
                               "then": [{"type": "answer_from_kb"}, {"type": "request", "field": "email"}]}])
    lead = "lead-awt"
    r = reply(client, aid, "I want to buy the Trail Runner Jacket", lead=lead)
    assert "email" in r["text"].lower() and r["waiting_for"] == ["email"]
    r = reply(client, aid, "Which colors does it come in?", lead=lead)
    assert r["waiting_for"] == ["email"] and "thanks" not in r["text"].lower()
    r = reply(client, aid, "sure: ana@@example", lead=lead)
    assert "doesn't look right" in r["text"] and r["lead_updates"] == {}
    assert client.get(f"/v1/leads/{lead}").json()["email"] is None
    r = reply(client, aid, "ana.souza@example.com", lead=lead)
    assert r["text"].startswith("Thanks, I've saved your email") and r["lead_updates"] == {"email": "ana.souza@example.com"}
    assert r["waiting_for"] == []
    lead_now = client.get(f"/v1/leads/{lead}").json()
    assert lead_now["email"] == "ana.souza@example.com"
    assert (lead_now["phone"], lead_now["name"], lead_now["address"], lead_now["custom"]) == (None, None, None, {})
    r = reply(client, aid, "I want to buy another Trail Runner Jacket", lead=lead)
    assert "email" not in r["text"].lower()
    assert any(a.get("skipped") == "the lead already has a email" for a in r["actions_applied"])


def test_request_name_takes_a_bare_name_and_in_spanish(client):
    aid = make_agent(client, [{"when": [{"type": "wants", "value": "buy"}],
                               "then": [{"type": "request", "field": "name"}]}])
    r = reply(client, aid, "Quiero comprar la chaqueta", lead="lead-es")
    assert "¿Cómo te llamas?" in r["text"]
    r = reply(client, aid, "Lucía García", lead="lead-es")
    assert r["lead_updates"] == {"name": "Lucía García"} and "Gracias, Lucía García" in r["text"]


# -- sources and products ----------------------------------------------------------------------------------
def test_connected_sources_and_products_switch(client):
    sources = client.get("/v1/sources").json()
    catalog = next(s["id"] for s in sources if s["kind"] == "catalog")
    aid = make_agent(client, [], source_ids=[])
    q = "How much is the Trail Runner Jacket?"
    assert "$89.00" not in reply(client, aid, q)["text"]
    assert catalog in client.post(f"/v1/agents/{aid}/sources/{catalog}").json()["source_ids"]
    assert "$89.00" in reply(client, aid, q)["text"]
    client.patch(f"/v1/agents/{aid}", json={"products_enabled": False})
    assert "$89.00" not in reply(client, aid, q)["text"]
    client.patch(f"/v1/agents/{aid}", json={"products_enabled": True})
    client.post(f"/v1/sources/{catalog}/disable")  # disabling a source turns it off for every agent
    try:
        assert "$89.00" not in reply(client, aid, q)["text"]
    finally:
        client.post(f"/v1/sources/{catalog}/enable")
    r = client.delete(f"/v1/agents/{aid}/sources/{catalog}")
    assert catalog not in r.json()["source_ids"]
    assert client.delete(f"/v1/agents/{aid}/sources/{catalog}").status_code == 404


# -- limits, templates, states -----------------------------------------------------------------------------
def test_limits_are_clear_errors(client):
    one = {"when": [{"type": "wants", "value": "buy"}], "then": [{"type": "answer_from_kb"}]}
    aid = make_agent(client, [one] * 20)
    r = client.post(f"/v1/agents/{aid}/actions", json=one)
    assert r.status_code == 422 and "at most 20" in r.json()["detail"]
    r = client.post("/v1/agents", json={"name": "x", "actions": [one] * 21})
    assert r.status_code == 422 and "at most 20 actions; got 21" in r.json()["detail"]
    six = {"when": [{"type": "wants", "value": "buy"}] * 6, "then": [{"type": "answer_from_kb"}]}
    r = client.post("/v1/agents", json={"name": "x", "actions": [six]})
    assert r.status_code == 422 and "at most 5 WHEN conditions; got 6" in r.json()["detail"]
    r = client.post("/v1/agents", json={"name": "x", "actions": [{"when": [{"type": "vibe"}], "then": [{"type": "answer_from_kb"}]}]})
    assert r.status_code == 422 and "unknown condition type 'vibe'" in r.json()["detail"]
    r = client.post("/v1/agents", json={"name": "x", "actions": [{"when": one["when"], "then": []}]})
    assert r.status_code == 422 and "THEN is empty" in r.json()["detail"]
    assert len(client.get(f"/v1/agents/{aid}/actions").json()) == 20  # nothing lost


def test_templates_drafts_and_states(client):
    names = {t["id"] for t in client.get("/v1/agent-templates").json()}
    assert names == {"sales", "support", "ecommerce"}
    r = client.post("/v1/agents", json={"template": "support"})
    assert r.status_code == 201 and r.json()["state"] == "draft" and r.json()["actions"]
    aid = r.json()["id"]
    client.patch(f"/v1/agents/{aid}", json={"name": "Support EN", "settings": {"reply_delay_s": 5}})
    assert client.get(f"/v1/agents/{aid}").json()["state"] == "draft"  # saved as a draft
    r = client.patch(f"/v1/agents/{aid}", json={"settings": {"reply_delay_s": 90000}})  # the limit is in the schema
    assert r.status_code == 422 and "settings.reply_delay_s" in r.json()["detail"]
    r = client.post(f"/v1/agents/{aid}/activate", json={"by": "owner@shop", "reason": "launch"})
    assert r.json()["state"] == "active" and r.json()["state_changed_by"] == "owner@shop"
    r = client.post(f"/v1/agents/{aid}/deactivate", json={"by": "owner@shop", "reason": "pause"})
    assert r.json()["state"] == "inactive" and r.json()["settings"]["reply_delay_s"] == 5
    assert [e["event"] for e in client.get(f"/v1/agents/{aid}/events").json()] == ["activate", "deactivate"]


def test_plan_limit_on_active_agents(tmp_path, database_url):
    svc = Service(Settings(data_dir=tmp_path / "d", database_url=database_url), embedder=HashEmbedder())
    svc.ensure_workspace("t", "Trial", plan="trial", api_key="rk_trial_key_1234")
    with TestClient(create_app(svc), headers={"X-API-Key": "rk_trial_key_1234"}) as c:
        a, b = (c.post("/v1/agents", json={"name": n}).json()["id"] for n in ("a", "b"))
        assert c.post(f"/v1/agents/{a}/activate").status_code == 200
        r = c.post(f"/v1/agents/{b}/activate")
        assert r.status_code == 409 and "allows 1 active agent" in r.json()["detail"]
    svc.close()


# -- custom conditions judged by an OpenAI-compatible model ------------------------------------------------
class _FakeOpenAI(BaseHTTPRequestHandler):
    seen: list[dict] = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _FakeOpenAI.seen.append(body)
        prompt = body["messages"][-1]["content"]
        latest = prompt.split("Latest customer message:", 1)[1]
        answer = "YES" if "wrap" in latest.lower() else "NO"
        out = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
               "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": answer}}],
               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(out).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("use_llama_index", [False, True])
def test_custom_condition_judged_by_model(use_llama_index):
    from rag_agent.agents.judge import OpenAIJudge

    srv = HTTPServer(("127.0.0.1", 0), _FakeOpenAI)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        judge = OpenAIJudge(f"http://127.0.0.1:{srv.server_port}/v1", "fake", "sk-test",
                            use_llama_index=use_llama_index)
        ev = ConditionEvaluator(judge=judge)
        cond = Condition(type="custom", text="the client asks for gift wrapping")
        assert ev.check(cond, ev.analyze("Could you wrap it as a present?")).how == "judge"
        assert ev.check(cond, ev.analyze("Could you wrap it as a present?")).matched
        assert not ev.check(cond, ev.analyze("Where is my order?")).matched
        assert "gift wrapping" in _FakeOpenAI.seen[-1]["messages"][-1]["content"]
    finally:
        srv.shutdown()


def test_custom_condition_by_similarity_without_a_model(embedder):
    ev = ConditionEvaluator(embedder=embedder)
    cond = Condition(type="custom", text="the client asks for gift wrapping")
    assert ev.check(cond, ev.analyze("Do you offer gift wrapping for presents?")).matched
    assert not ev.check(cond, ev.analyze("What is the price of the jacket?")).matched


def test_custom_condition_on_the_int8_copy_agrees_with_the_float_model(embedder):
    from rag_agent.embed import QuantizedEmbedder, message_embedder

    q = QuantizedEmbedder(embedder)
    msgs = ["Do you offer gift wrapping for presents?", "What is the price of the jacket?", "Quiero hablar con alguien",
            "Сколько стоит доставка?", "Can you wrap it as a present?"]
    a, b = embedder.embed(msgs), q.embed(msgs)
    assert b.shape == a.shape and np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-4)
    assert (a * b).sum(1).min() > 0.9  # close to the float vectors, not equal to them
    assert not np.allclose(a, b)
    # the original model is untouched (the copy shares only its token embeddings)
    assert np.allclose(embedder.embed(msgs), a, atol=1e-5)
    cond = Condition(type="custom", text="the client asks for gift wrapping")
    evs = [ConditionEvaluator(embedder=embedder), ConditionEvaluator(embedder=message_embedder(embedder))]
    for m in msgs:
        assert len({ev.check(cond, ev.analyze(m)).matched for ev in evs}) == 1, m
    assert evs[1].check(cond, evs[1].analyze(msgs[0])).matched
    assert message_embedder(embedder, quantize=False) is embedder
    assert message_embedder(HashEmbedder()).name == "hash-64"


def test_sentence_heads_read_english_messages_on_the_int8_model_only(embedder):
    from rag_agent.agents.classifier import shipped_embedding_heads
    from rag_agent.embed import message_embedder

    heads = shipped_embedding_heads()
    assert heads is not None and heads.model == "all-MiniLM-L6-v2-int8" and heads.language == "en"
    ev = ConditionEvaluator(embedder=message_embedder(embedder))
    assert ev.sentence_heads is heads
    assert ConditionEvaluator(embedder=HashEmbedder()).sentence_heads is None  # other models: cues and n-grams only
    assert ConditionEvaluator(embedder=embedder).sentence_heads is None  # the float model is not what they learnt
    angry = ev.analyze("I am furious, this is unacceptable")
    calm = ev.analyze("Could you tell me how long delivery to Lisbon takes?")
    assert ev.sentence_score(angry, "sentiment:frustrated") > 0.8
    assert ev.sentence_score(calm, "sentiment:frustrated") < 0.3
    assert ev.sentence_score(ev.analyze("Estoy muy molesto con el servicio"), "sentiment:frustrated") is None
    # one vector per message, shared with custom conditions
    vec = angry.vector
    ev.check(Condition(type="custom", text="the client asks for gift wrapping"), angry)
    assert angry.vector is vec


# -- the key flows through a real server process -----------------------------------------------------------
@pytest.mark.integration
def test_key_flows_over_a_real_server(server):
    url, key, _ = server
    h = {"Authorization": f"Bearer {key}"}
    actions = [{"match": "any", "when": [{"type": "wants", "value": "human"}, {"type": "sentiment", "value": "frustrated"}],
                "then": [{"type": "transfer", "user": "maria@shop.example"}]},
               {"when": [{"type": "wants", "value": "buy"}], "then": [{"type": "request", "field": "email"}]}]
    r = httpx.post(f"{url}/v1/agents", json={"name": "Sales", "actions": actions}, headers=h, timeout=30)
    assert r.status_code == 201, r.text
    aid = r.json()["id"]
    for demo in httpx.get(f"{url}/v1/agents", params={"state": "active"}, headers=h, timeout=30).json():
        # serve --demo runs its own agent, and the trial plan allows one active agent
        httpx.post(f"{url}/v1/agents/{demo['id']}/deactivate", json={"by": "t"}, headers=h, timeout=30)
    assert httpx.post(f"{url}/v1/agents/{aid}/activate", json={"by": "t"}, headers=h, timeout=30).status_code == 200
    say = lambda m: httpx.post(f"{url}/v1/agents/{aid}/reply", json={"lead_id": "srv-lead", "message": m},  # noqa: E731
                               headers=h, timeout=60).json()
    assert say("Quiero hablar con una persona")["transfer_to"] == "maria@shop.example"
    assert "correo" in say("Quiero comprar la chaqueta Trail Runner")["text"].lower()
    assert say("ana@example.com")["lead_updates"] == {"email": "ana@example.com"}
    assert httpx.get(f"{url}/v1/leads/srv-lead", headers=h, timeout=30).json()["email"] == "ana@example.com"
    r = httpx.post(f"{url}/v1/agents/{aid}/actions", json={"when": [], "then": []}, headers=h, timeout=30)
    assert r.status_code == 422
