"""Handoff over HTTP: one owner at a time, unread mark, full context payloads for each reason, the customer told
in their language, and the loop guard."""

from __future__ import annotations

from rag_agent.conversations.phrases import say


def payload_ok(h, reason, frm, to):
    p = h["payload"]
    assert h["reason"] == p["reason"] == reason
    assert p["from"] == frm and p["to"] == to
    assert p["transcript"] and all({"role", "text", "at"} <= set(t) for t in p["transcript"])
    assert p["link"] == f"/v1/conversations/{p['conversation_id']}"
    assert p["reason_text"]
    return p


def test_customer_asks_for_a_person_in_spanish(world):
    sales = world.agent("Ventas", delay=30)
    ana = world.human("Ana")
    world.routing(assign_new_to_ai=sales)
    world.client.put("/v1/webhook", json={"url": world.hook.url})
    cid = world.send("l1", "Hola, tengo una pregunta", lead={"name": "Lucía"})["conversation"]["id"]
    world.advance(5)
    world.send("l1", "Quiero hablar con una persona, por favor")
    world.advance(30)
    conv = world.conversation(cid)
    assert conv["owner"] == {"kind": "human", "id": ana} and conv["unread"] is True and conv["handed_over"] is True
    [h] = world.handoffs(cid)
    p = payload_ok(h, "customer_asked_human", {"kind": "ai", "id": sales}, {"kind": "human", "id": ana})
    assert [t["text"] for t in p["transcript"] if t["role"] == "customer"] == [
        "Hola, tengo una pregunta", "Quiero hablar con una persona, por favor"]
    assert p["lead"]["name"] == "Lucía" and p["language"] == "es" and p["intent"] == "wants:human"
    out = world.out(cid)
    # the agent's own reply already tells the customer, in Spanish; no second notice
    assert len(out) == 1 and out[0]["language"] == "es" and "equipo" in out[0]["text"]
    assert any(n["kind"] == "handoff" for n in world.client.get("/v1/notifications", params={"human_id": ana}).json())
    assert [e["data"]["reason"] for e in world.hook.of("conversation.handoff")] == ["customer_asked_human"]
    # one owner: the AI does not answer any more
    world.send("l1", "¿Hola?")
    world.advance(3600)
    assert len(world.out(cid)) == 1


def test_ai_cannot_answer_goes_to_the_default_agent_and_everybody_is_told(world):
    empty = world.agent("Knows nothing", delay=30, source_ids=[], products_enabled=False)
    ana, bob = world.human("Ana"), world.human("Bob", "away")
    world.routing(assign_new_to_ai=empty, mode="notify_everybody", default_human_id=bob)
    cid = world.send("l1", "Vocês entregam aos domingos?", lead={"language": "pt"})["conversation"]["id"]
    world.advance(30)
    conv = world.conversation(cid)
    assert conv["owner"] == {"kind": "human", "id": bob}
    [h] = world.handoffs(cid)
    p = payload_ok(h, "ai_cannot_answer", {"kind": "ai", "id": empty}, {"kind": "human", "id": bob})
    assert p["language"] == "pt"
    out = world.out(cid)
    assert [m["sender_kind"] for m in out] == ["ai", "system"]
    assert out[1]["text"] == say("handoff_human", "pt")
    for hid in (ana, bob):
        assert any(n["kind"] == "handoff" and n["conversation_id"] == cid
                   for n in world.client.get("/v1/notifications", params={"human_id": hid}).json())


def test_ai_cannot_answer_goes_to_the_next_human_by_round_robin(world):
    empty = world.agent("Knows nothing", delay=30, source_ids=[], products_enabled=False)
    ana, bob = world.human("Ana", "away"), world.human("Bob")
    world.routing(assign_new_to_ai=empty)
    cid = world.send("l1", "Do you deliver on Sundays?")["conversation"]["id"]
    world.advance(30)
    [h] = world.handoffs(cid)
    payload_ok(h, "ai_cannot_answer", {"kind": "ai", "id": empty}, {"kind": "human", "id": bob})
    assert ana != bob


def test_action_transfer_carries_the_collected_lead_data(world):
    sales = world.agent("Sales", delay=20, actions=[{
        "when": [{"type": "wants", "value": "refund"}], "then": [{"type": "transfer", "user": "ana@shop.test"}]}])
    ana = world.human("Ana", "away", email="ana@shop.test")
    world.human("Bob")
    world.routing(assign_new_to_ai=sales)
    cid = world.send("l1", "Hi, my email is lee@example.com")["conversation"]["id"]
    world.advance(20)
    world.send("l1", "I want a refund for my order")
    world.advance(20)
    conv = world.conversation(cid)
    assert conv["owner"] == {"kind": "human", "id": ana}  # the chosen member, even when away
    [h] = world.handoffs(cid)
    p = payload_ok(h, "action_transfer", {"kind": "ai", "id": sales}, {"kind": "human", "id": ana})
    assert p["lead"]["data"]["email"] == "lee@example.com"
    assert p["intent"] == "wants:refund"
    assert world.client.get("/v1/conversation-leads/l1").json()["data"]["email"] == "lee@example.com"


def test_loop_guard_stops_agents_passing_a_conversation_back_and_forth(world):
    a = world.agent("A", delay=10)
    b = world.agent("B", delay=10)
    world.agents.update("w1", a, actions=[{"when": [{"type": "wants", "value": "refund"}],
                                            "then": [{"type": "transfer", "user": b}]}])
    world.agents.update("w1", b, actions=[{"when": [{"type": "wants", "value": "refund"}],
                                            "then": [{"type": "transfer", "user": a}]}])
    cem = world.human("Cem")
    world.routing(assign_new_to_ai=a)
    cid = world.send("l1", "I want a refund")["conversation"]["id"]
    world.advance(10)
    assert world.conversation(cid)["owner"] == {"kind": "ai", "id": b}
    world.send("l1", "Please, I want a refund now")
    world.advance(10)
    conv = world.conversation(cid)
    assert conv["owner"] == {"kind": "human", "id": cem} and conv["loop_guarded"] is True
    hs = world.handoffs(cid)
    assert [(h["reason"], h["to_kind"]) for h in hs] == [("action_transfer", "ai"), ("loop_guard", "human")]
    assert "already passed this conversation on" in hs[1]["payload"]["detail"]
    # while guarded, automatic instructions are ignored; a person's choice is not
    r = world.send("l1", "hello?", metadata={"KM_ASSIGN_TO": a})
    assert r["conversation"]["owner"] == {"kind": "human", "id": cem}
    r = world.client.post(f"/v1/conversations/{cid}/assign", json={"kind": "ai", "id": a, "by_human": cem})
    assert r.json()["owner"] == {"kind": "ai", "id": a} and r.json()["loop_guarded"] is False


def test_external_bots_cannot_loop_either(world):
    a, b, c = world.agent("A", delay=10), world.agent("B", delay=10), world.agent("C", delay=10)
    world.routing(assign_new_to_ai=a, max_auto_handoffs=1)
    world.human("Cem")
    cid = world.send("l1", "hi")["conversation"]["id"]
    world.send("l1", "x", metadata={"KM_ASSIGN_TO": b})
    world.send("l1", "y", metadata={"KM_ASSIGN_TO": c})
    conv = world.conversation(cid)
    assert conv["owner"]["kind"] == "human" and conv["loop_guarded"]  # a 2nd automatic handoff in a row
    hs = world.handoffs(cid)
    assert [h["reason"] for h in hs] == ["km_assign", "loop_guard"]
    assert f"handoff to ai:{c}" in hs[1]["payload"]["detail"] and "limit 1" in hs[1]["payload"]["detail"]
