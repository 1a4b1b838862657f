"""Voice messages (Pro plan, per-agent switch, speech-to-text success and failure) and credits/limits over HTTP."""

from __future__ import annotations

from rag_agent.conversations.phrases import say

AUDIO = b"OggS\x00fake-opus-frames-of-a-voice-note" * 20


def pro(world):
    r = world.client.put("/v1/admin/workspaces/w1/plan", json={"plan": "pro"}, headers=world.admin)
    assert r.status_code == 200 and r.json()["plan"] == "pro"


def test_voice_without_speech_to_text_asks_for_text_in_the_customers_language(world):
    pro(world)
    agent = world.agent("Voice", delay=30, voice=True)
    world.routing(assign_new_to_ai=agent)
    cid = world.send("l1", "Merhaba, bir sorum var")["conversation"]["id"]
    world.advance(30)
    r = world.voice("l1", AUDIO)
    msg = r["message"]
    assert msg["kind"] == "audio" and msg["has_audio"] and msg["status"] == "failed"
    assert msg["error"].startswith("speech-to-text failed") and "no speech-to-text model is configured" in msg["error"]
    out = world.out(cid)
    assert out[-1]["text"] == say("voice_failed", "tr") and out[-1]["reply_to"] == [msg["id"]]
    # the original audio is kept
    audio = world.client.get(f"/v1/conversations/{cid}/messages/{msg['id']}/audio")
    assert audio.status_code == 200 and audio.content == AUDIO
    # admins get a silent notification linking to the conversation
    [n] = [n for n in world.client.get("/v1/notifications", params={"target": "admins"}).json()
           if n["kind"] == "voice_failed"]
    assert n["silent"] is True and n["link"] == f"/v1/conversations/{cid}"
    world.advance(3600)
    assert len(world.out(cid)) == 2  # nothing else was answered for the failed voice message


def test_voice_is_transcribed_and_answered_like_text(voice_world, stt):
    world = voice_world
    pro(world)
    agent = world.agent("Voice", delay=30, voice=True)
    world.routing(assign_new_to_ai=agent)
    stt.add(AUDIO, "How much is the Trail Runner Jacket?")
    r = world.voice("l1", AUDIO)
    cid = r["conversation"]["id"]
    assert r["message"]["transcript"] == "How much is the Trail Runner Jacket?" and r["message"]["status"] == "pending"
    world.advance(30)
    conv = world.conversation(cid)
    [inc] = [m for m in conv["messages"] if m["direction"] == "in"]
    [reply] = world.out(cid)
    assert inc["status"] == "answered" and inc["has_audio"] and "89" in reply["text"]
    assert reply["meta"]["msg_type"] == "voice" and reply["credits"] == 3.0
    # a voice note the model cannot make out: ask for text
    r = world.voice("l1", b"RIFF" + b"\x00" * 500)
    assert r["message"]["status"] == "failed" and world.out(cid)[-1]["text"] == say("voice_failed", "en")


def test_voice_needs_the_pro_plan_and_the_agents_switch(voice_world, stt):
    world = voice_world
    stt.add(AUDIO, "Do you ship to Spain?")
    on = world.agent("On", delay=30, voice=True)
    off = world.agent("Off", delay=30, voice=False)
    world.routing(channel_rules={"whatsapp": {"kind": "ai", "id": on}, "telegram": {"kind": "ai", "id": off}})
    r = world.voice("l1", AUDIO, lead={"language": "es"})
    assert "Pro plan" in r["message"]["error"] and r["message"]["transcript"] is None
    assert world.out(r["conversation"]["id"])[-1]["text"] == say("voice_unavailable", "es")
    pro(world)
    r = world.voice("l2", AUDIO, channel="telegram")
    assert "off for this AI agent" in r["message"]["error"]
    r = world.voice("l3", AUDIO)
    assert r["message"]["error"] is None and r["message"]["transcript"] == "Do you ship to Spain?"
    # multipart upload works the same way
    up = world.client.post("/v1/channels/whatsapp/audio", data={"lead_id": "l4"},
                           files={"file": ("note.ogg", AUDIO, "audio/ogg")})
    assert up.status_code == 202 and up.json()["message"]["transcript"] == "Do you ship to Spain?"
    bad = world.client.post("/v1/channels/whatsapp/audio", data={"lead_id": "l4"},
                            files={"file": ("note.exe", AUDIO, "application/octet-stream")})
    assert bad.status_code == 400 and "audio format" in bad.json()["detail"]


def test_credits_exhausted_hands_the_reply_to_a_person_and_loses_nothing(world):
    agent = world.agent("Sales", delay=30)
    ana = world.human("Ana")
    world.routing(assign_new_to_ai=agent)
    acc = world.client.get("/v1/credits").json()
    assert acc["balance"] == 5000 and acc["prices"] == {"text": 1.0, "voice": 3.0}
    world.client.post("/v1/admin/workspaces/w1/credits", json={"amount": -4999.5}, headers=world.admin)
    r = world.send("l1", "How much is the Trail Runner Jacket?", lead={"language": "en"})
    assert r["limit"]["error"] == "CreditsExhausted" and r["limit"]["reply"] == "goes to a human"
    assert "0.5 credits left" in r["limit"]["detail"]
    cid = r["conversation"]["id"]
    world.advance(30)
    conv = world.conversation(cid)
    assert conv["owner"] == {"kind": "human", "id": ana} and "credits" in conv["last_error"]
    [inc] = [m for m in conv["messages"] if m["direction"] == "in"]
    assert inc["status"] == "pending"  # still waiting for its answer, now from a person
    [notice] = world.out(cid)
    assert notice["text"] == say("limit_human", "en")
    [h] = world.handoffs(cid)
    assert h["reason"] == "credits_exhausted" and h["payload"]["transcript"][0]["text"].startswith("How much")
    assert any(n["kind"] == "credits_exhausted" for n in world.client.get(
        "/v1/notifications", params={"target": "admins"}).json())
    world.client.post(f"/v1/conversations/{cid}/reply", json={"human_id": ana, "text": "It is $89."})
    assert world.conversation(cid)["messages"][0]["status"] == "answered"
    # credits added: AI replies resume
    world.client.post("/v1/admin/workspaces/w1/credits", json={"amount": 100}, headers=world.admin)
    c2 = world.send("l2", "Hello")["conversation"]["id"]
    world.advance(30)
    assert world.out(c2)[0]["sender_kind"] == "ai"
    assert world.client.get("/v1/credits").json()["balance"] == 99.5


def test_rate_limit_makes_replies_wait_and_usage_limit_hands_over(world):
    agent = world.agent("Sales", delay=30)
    world.human("Ana")
    world.routing(assign_new_to_ai=agent)
    world.client.put("/v1/admin/workspaces/w1/limits", json={"replies_per_minute": 2}, headers=world.admin)
    ids = [world.send(f"l{i}", "Hello")["conversation"]["id"] for i in range(3)]
    rep = world.advance(30)
    assert rep["replied"] == 2 and rep["waiting_on_limits"] == 1
    waiting = [c for c in ids if not world.out(c)]
    assert len(waiting) == 1 and "replies in the last minute" in world.conversation(waiting[0])["last_error"]
    assert world.send("l9", "hi")["limit"]["error"] == "RateLimited"
    world.advance(61)
    assert all(len(world.out(c)) == 1 for c in ids)  # the waiting reply went out; nothing lost
    # daily usage limit: past it, replies go to a person
    world.client.put("/v1/admin/workspaces/w1/limits", json={"daily_credit_limit": 4, "replies_per_minute": 100},
                     headers=world.admin)
    c = world.send("l20", "Hello")["conversation"]["id"]
    world.advance(30)
    conv = world.conversation(c)
    assert conv["owner"]["kind"] == "human" and world.handoffs(c)[0]["reason"] == "usage_limit"
    assert world.client.get("/v1/credits").json()["spent_today"] == 4.0
    r = world.client.put("/v1/admin/workspaces/w1/limits", json={"replies_per_minute": 0}, headers=world.admin)
    assert r.status_code == 422
    assert world.client.put("/v1/admin/workspaces/w1/plan", json={"plan": "pro"}).status_code == 401
