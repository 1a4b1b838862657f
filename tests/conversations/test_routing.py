"""Routing over HTTP: round robin skipping away/offline humans, default agent, notify-everybody, channel rules,
"assign new conversations to AI agents", welcome messages, KM_ASSIGN_* instructions, take-over and hand-back."""

from __future__ import annotations


def owners(world, leads, channel="whatsapp"):
    return [world.send(lead, "Hello, I need help", channel=channel)["conversation"]["owner"]["id"] for lead in leads]


def test_round_robin_skips_away_and_offline_members(world):
    ana, bob = world.human("Ana"), world.human("Bob", "away")
    cem, dia = world.human("Cem"), world.human("Dia", "offline")
    assert owners(world, ["l1", "l2", "l3", "l4"]) == [ana, cem, ana, cem]
    world.client.patch(f"/v1/humans/{bob}", json={"status": "online"})
    world.client.patch(f"/v1/humans/{ana}", json={"status": "away"})
    assert owners(world, ["l5", "l6", "l7"]) == [bob, cem, bob]  # Bob was never assigned: he is next
    assert dia not in owners(world, ["l8"])
    conv = world.client.get("/v1/conversations", params={"lead_id": "l1"}).json()[0]
    assert conv["routed_by"] == "round_robin" and conv["unread"] is True
    notes = world.client.get("/v1/notifications", params={"human_id": ana}).json()
    assert sorted(n["conversation_id"] for n in notes if n["kind"] == "new_conversation") == sorted(
        c["id"] for c in world.client.get("/v1/conversations", params={"owner_kind": "human"}).json()
        if c["owner"]["id"] == ana)


def test_all_offline_goes_to_the_default_agent(world):
    ana = world.human("Ana", "offline")
    bob = world.human("Bob", "away")
    world.routing(default_human_id=bob)
    assert owners(world, ["l1", "l2"]) == [bob, bob]
    conv = world.client.get("/v1/conversations").json()[0]
    assert conv["routed_by"] == "default_agent"
    assert ana != bob
    r = world.client.patch("/v1/routing", json={"default_human_id": "hum_nobody"})
    assert r.status_code == 404


def test_notify_everybody_then_anyone_takes_it(world):
    ana, bob, cem = world.human("Ana"), world.human("Bob", "away"), world.human("Cem", "offline")
    world.routing(mode="notify_everybody", default_human_id=ana)
    cid = world.send("l1", "Hi, where is my order?")["conversation"]["id"]
    conv = world.conversation(cid)
    assert conv["owner"] == {"kind": "human", "id": ana} and conv["routed_by"] == "notify_everybody"
    for h in (ana, bob, cem):
        kinds = [n["kind"] for n in world.client.get("/v1/notifications", params={"human_id": h}).json()]
        assert kinds == ["new_conversation"]
    taken = world.client.post(f"/v1/conversations/{cid}/take-over", json={"human_id": cem}).json()
    assert taken["owner"] == {"kind": "human", "id": cem}
    msg = world.client.post(f"/v1/conversations/{cid}/reply", json={"human_id": cem, "text": "Hi, Cem here"}).json()
    assert msg["sender_kind"] == "human" and msg["status"] == "sent"
    assert world.conversation(cid)["messages"][0]["status"] == "answered"


def test_channel_rules_and_assign_new_to_ai(world):
    sales = world.agent("Sales", delay=30)
    team = world.client.post("/v1/teams", json={"name": "Support"}).json()["id"]
    ana = world.human("Ana")
    bob = world.human("Bob", teams=[team])
    world.routing(channel_rules={"telegram": {"kind": "ai", "id": sales}, "instagram": {"kind": "team", "id": team},
                                 "email": {"kind": "human", "id": ana}})
    assert world.send("l1", "hi", channel="telegram")["conversation"]["owner"] == {"kind": "ai", "id": sales}
    assert world.send("l1", "hi", channel="instagram")["conversation"]["owner"] == {"kind": "human", "id": bob}
    assert world.send("l1", "hi", channel="email")["conversation"]["owner"] == {"kind": "human", "id": ana}
    # nobody of the team online: the team owns it and its members are told
    world.client.patch(f"/v1/humans/{bob}", json={"status": "offline"})
    c = world.send("l2", "hi", channel="instagram")["conversation"]
    assert c["owner"] == {"kind": "team", "id": team}
    assert any(n["conversation_id"] == c["id"] for n in world.client.get(
        "/v1/notifications", params={"human_id": bob}).json())
    # "assign new conversations to AI agents" overrides channel rules and human routing
    support = world.agent("Support AI", delay=30)
    world.routing(assign_new_to_ai=support)
    for ch in ("telegram", "instagram", "webchat"):
        assert world.send("l3", "hi", channel=ch)["conversation"]["owner"] == {"kind": "ai", "id": support}
    bad = world.client.patch("/v1/routing", json={"channel_rules": {"fax": {"kind": "ai", "id": sales}}})
    assert bad.status_code == 400 and "fax" in bad.json()["detail"]


def test_inactive_agents_are_never_routed_to_nor_offered(world):
    draft = world.agent("Draft", active=False)
    live = world.agent("Live")
    world.human("Ana")
    world.routing(assign_new_to_ai=draft)
    assert world.send("l1", "hi")["conversation"]["owner"]["kind"] == "human"
    offered = world.client.get("/v1/conversations/assignable").json()
    assert [a["id"] for a in offered["ai_agents"]] == [live]
    cid = world.client.get("/v1/conversations").json()[0]["id"]
    r = world.client.post(f"/v1/conversations/{cid}/assign", json={"kind": "ai", "id": draft})
    assert r.status_code == 409 and "not active" in r.json()["detail"]


def test_welcome_message_comes_from_the_ai_when_an_ai_is_assigned(world):
    sales = world.agent("Sales", delay=60)
    ana = world.human("Ana")
    world.routing(welcome_message="Welcome to Trailhead!", channel_rules={"telegram": {"kind": "ai", "id": sales}})
    ai_conv = world.send("l1", "hi", channel="telegram")["conversation"]["id"]
    human_conv = world.send("l2", "hi", channel="webchat")["conversation"]["id"]
    w1, w2 = world.out(ai_conv), world.out(human_conv)
    assert [(m["text"], m["sender_kind"], m["sender_id"]) for m in w1] == [("Welcome to Trailhead!", "ai", sales)]
    assert [(m["text"], m["sender_kind"], m["sender_id"]) for m in w2] == [("Welcome to Trailhead!", "human", ana)]
    world.advance(60)
    assert len(world.out(ai_conv)) == 2  # the welcome did not count as the reply


def test_km_assign_instructions_from_an_external_bot(world):
    sales = world.agent("Sales", delay=10)
    team = world.client.post("/v1/teams", json={"name": "VIP"}).json()["id"]
    ana = world.human("Ana", email="ana@shop.test")
    bob = world.human("Bob", teams=[team])
    world.routing(assign_new_to_ai=sales)
    c = world.send("l1", "hi", metadata={"KM_ASSIGN_TO": "ana@shop.test"})["conversation"]
    assert c["owner"] == {"kind": "human", "id": ana} and c["routed_by"] == "km_assign_to"
    c = world.send("l2", "hi", metadata={"KM_ASSIGN_TO": ""})["conversation"]
    assert c["owner"] == {"kind": "ai", "id": sales}  # empty: the routing rules decide
    c = world.send("l3", "hi", metadata={"KM_ASSIGN_TEAM": team})["conversation"]
    assert c["owner"] == {"kind": "human", "id": bob} and c["routed_by"] == "km_assign_team"
    r = world.send("l4", "hi", metadata={"KM_ASSIGN_TO": "nobody@x.test"})
    assert r["conversation"]["owner"]["id"] == sales and "matches no team member" in r["notes"][0]
    # an event is kept and handed to the receiving AI agent as context
    helper = world.agent("Helper", delay=10)
    event = {"name": "checkout_help", "data": {"cart_total": "120.00", "email": "lee@example.com"}}
    r = world.send("l5", "I need help with my cart", channel="webchat",
                   metadata={"KM_ASSIGN_TO": helper, "event": event})
    cid = r["conversation"]["id"]
    assert r["conversation"]["owner"] == {"kind": "ai", "id": helper} and r["conversation"]["event"] == event
    world.advance(10)
    assert len(world.out(cid)) == 1
    # on an existing conversation, the instruction hands it over
    r = world.send("l5", "thanks", channel="webchat", metadata={"KM_ASSIGN_TO": ana})
    assert r["conversation"]["owner"] == {"kind": "human", "id": ana}
    h = world.handoffs(cid)[-1]
    assert h["reason"] == "km_assign" and h["payload"]["event"] == event and h["automatic"] is True


def test_take_over_stops_the_ai_and_hand_back_to_an_active_agent(world):
    sales = world.agent("Sales", delay=60)
    ana = world.human("Ana")
    world.routing(assign_new_to_ai=sales)
    cid = world.send("l1", "How much is the Trail Runner Jacket?")["conversation"]["id"]
    world.advance(30)
    taken = world.client.post(f"/v1/conversations/{cid}/take-over", json={"human_id": ana}).json()
    assert taken["owner"] == {"kind": "human", "id": ana} and taken["reply_due_at"] is None
    world.advance(600)
    assert world.out(cid) == []  # the AI stopped: no reply, even though the delay passed
    r = world.client.post(f"/v1/conversations/{cid}/reply", json={"human_id": ana, "text": "It is $89."})
    assert r.status_code == 201
    world.send("l1", "How much is the Daypack 28L?")
    world.advance(600)
    assert [m["sender_kind"] for m in world.out(cid)] == ["human"]
    # hand it back to the AI: it answers what waits, at once
    back = world.client.post(f"/v1/conversations/{cid}/assign", json={"kind": "ai", "id": sales, "by_human": ana})
    assert back.status_code == 200 and back.json()["owner"] == {"kind": "ai", "id": sales}
    world.advance(0)
    out = world.out(cid)
    assert [m["sender_kind"] for m in out] == ["human", "system", "ai"]
    assert "95" in out[-1]["text"]  # the Daypack's price
    assert [h["reason"] for h in world.handoffs(cid)] == ["human_take_over", "human_assign"]
    # a person owns it only once: taking over what you own is refused
    world.client.post(f"/v1/conversations/{cid}/take-over", json={"human_id": ana})
    r = world.client.post(f"/v1/conversations/{cid}/take-over", json={"human_id": ana})
    assert r.status_code == 409 and "already owned" in r.json()["detail"]
