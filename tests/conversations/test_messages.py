"""Messages over HTTP with a manual clock: one delayed reply per burst, signed webhooks, WhatsApp Lite, cooldown."""

from __future__ import annotations

from rag_agent.conversations import verify


def test_a_burst_of_messages_gets_one_reply_after_the_delay(world):
    agent = world.agent("Sales", delay=60)
    world.routing(assign_new_to_ai=agent)
    secret = world.client.put("/v1/webhook", json={"url": world.hook.url}).json()["secret"]
    first = world.send("lead-1", "Hi there")
    cid = first["conversation"]["id"]
    assert first["conversation"]["owner"] == {"kind": "ai", "id": agent}
    world.advance(10)
    world.send("lead-1", "How much is the Trail Runner Jacket?")
    world.advance(10)
    third = world.send("lead-1", "and is it waterproof?")
    assert third["conversation"]["id"] == cid
    assert third["conversation"]["reply_due_at"] == world.clock.now() + 60  # counted from the latest message
    world.advance(59)
    assert world.out(cid) == []  # still inside the delay
    world.advance(1)
    out = world.out(cid)
    assert len(out) == 1
    reply = out[0]
    ins = [m for m in world.conversation(cid)["messages"] if m["direction"] == "in"]
    assert sorted(reply["reply_to"]) == sorted(m["id"] for m in ins) and len(ins) == 3
    assert all(m["status"] == "answered" for m in ins)
    assert reply["sender_kind"] == "ai" and reply["sender_id"] == agent
    assert "89" in reply["text"]  # the price question inside the burst was answered
    assert reply["response_s"] == 80  # from the first message of the burst
    # one signed webhook for the one reply
    world.advance(0)
    created = [e for e in world.hook.events if e["json"]["type"] == "message.created"]
    assert len(created) == 1 and created[0]["json"]["data"]["message"]["id"] == reply["id"]
    sig = created[0]["headers"]["X-RagAgent-Signature"]
    assert verify(secret, created[0]["body"], sig, world.clock.now())
    assert not verify(secret, created[0]["body"] + b" ", sig, world.clock.now())
    assert not verify("whsec_wrong_secret_value", created[0]["body"], sig, world.clock.now())


def test_whatsapp_lite_is_refused_and_nothing_is_stored(world):
    r = world.client.post("/v1/channels/whatsapp_lite/messages", json={"lead": {"id": "l"}, "text": "hi"})
    assert r.status_code == 422 and "WhatsApp Lite" in r.json()["detail"] and "'whatsapp'" in r.json()["detail"]
    r = world.client.post("/v1/channels/fax/messages", json={"lead": {"id": "l"}, "text": "hi"})
    assert r.status_code == 400 and "unknown channel" in r.json()["detail"]
    assert world.client.get("/v1/conversations").json() == []


def test_bad_messages_get_clear_errors(world):
    r = world.client.post("/v1/channels/telegram/messages", json={"lead": {"id": "l"}})
    assert r.status_code == 400 and "'text' or 'audio'" in r.json()["detail"]
    r = world.client.post("/v1/channels/telegram/messages", json={"lead": {"id": "l"}, "text": "x" * 5000})
    assert r.status_code == 413 and "5000 characters" in r.json()["detail"]
    r = world.client.post("/v1/channels/telegram/messages",
                          json={"lead": {"id": "l"}, "text": "hi", "metadata": {"event": {"data": {}}}})
    assert r.status_code == 400 and "event" in r.json()["detail"]
    r = world.client.post("/v1/channels/telegram/messages",
                          json={"lead": {"id": "l"}, "audio": {"base64": "%%%", "format": "ogg"}})
    assert r.status_code == 400 and "base64" in r.json()["detail"]
    r = world.client.post("/v1/channels/telegram/messages", json={"lead": {"id": "l"}, "text": "hi"},
                          headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    assert world.client.get("/v1/conversations").json() == []


def test_agents_never_start_a_conversation(world):
    world.routing(assign_new_to_ai=world.agent("Sales", delay=5))
    report = world.advance(3600)
    assert report["replied"] == 0 and world.client.get("/v1/conversations").json() == []
    assert world.client.post("/v1/conversations", json={"lead": "x"}).status_code == 405  # no outbound start


def test_closing_then_five_minutes_of_cooldown_before_a_new_conversation(world):
    agent = world.agent("Sales", delay=30)
    world.routing(assign_new_to_ai=agent)
    cid = world.send("lead-9", "Hello")["conversation"]["id"]
    world.advance(30)
    assert len(world.out(cid)) == 1
    closed = world.client.post(f"/v1/conversations/{cid}/close").json()
    assert closed["status"] == "closed"
    assert world.client.post(f"/v1/conversations/{cid}/close").status_code == 400
    world.advance(60)
    r = world.send("lead-9", "Do you ship to Spain?")
    new_id = r["conversation"]["id"]
    assert new_id != cid and r["conversation"]["status"] == "waiting"
    assert r["cooldown_until"] == closed["closed_at"] + 300
    world.advance(200)  # 260 s after closing: still cooling down, nothing answered
    assert world.conversation(new_id)["status"] == "waiting" and world.out(new_id) == []
    assert len(world.out(cid)) == 1  # the closed one got nothing more
    world.advance(40)  # 300 s: the new conversation starts with the waiting message
    conv = world.conversation(new_id)
    assert conv["status"] == "open" and conv["owner"]["id"] == agent
    world.advance(30)
    out = world.out(new_id)
    assert len(out) == 1 and out[0]["reply_to"] == [conv["messages"][0]["id"]]
    # another channel is another conversation, without cooldown
    assert world.send("lead-9", "hi", channel="instagram")["conversation"]["status"] == "open"
