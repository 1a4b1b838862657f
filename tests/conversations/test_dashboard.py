"""A scripted week of conversations: the dashboard's figures equal the counts made by hand here; an unanswered
question answered by a person becomes knowledge; the playground talks to an agent outside any pipeline."""

from __future__ import annotations

from datetime import datetime, timezone

from tests.conversations.conftest import T0

DAY = 86400
AUDIO = b"OggS\x00a-voice-note-about-the-jacket" * 10


def at(world, t):
    world.advance(t - world.clock.now())


def test_a_scripted_week_gives_the_hand_counted_figures(voice_world, stt):
    world = voice_world
    world.client.put("/v1/admin/workspaces/w1/plan", json={"plan": "pro"}, headers=world.admin)
    sales = world.agent("Sales", delay=60, voice=True)
    empty = world.agent("Knows nothing", delay=60, source_ids=[], products_enabled=False)
    ana = world.human("Ana")
    world.routing(assign_new_to_ai=sales)
    stt.add(AUDIO, "How much is the Trail Runner Jacket?")

    def day(n, hour=10):
        return T0 + 7 * DAY - 9 * 3600 + n * DAY + hour * 3600  # day n (0 = Monday 9 June 2025) at `hour`:00 UTC

    # the Friday before the week: outside the range
    world.clock.set(day(-3))
    world.send("z", "Hello")
    world.advance(60)
    # Monday: A on whatsapp (closed later), B on instagram with a burst of two messages
    at(world, day(0))
    a_mon = world.send("A", "How much is the Trail Runner Jacket?")["conversation"]["id"]
    world.send("B", "Hi", channel="instagram")
    world.advance(10)
    world.send("B", "How much is the Daypack 28L?", channel="instagram")
    world.advance(50)  # A's reply, 60 s after its message
    world.advance(10)  # B's one reply, 60 s after its second message
    world.client.post(f"/v1/conversations/{a_mon}/close")
    # Tuesday: A on telegram; C asks for a person (answered, then handed over)
    at(world, day(1))
    world.send("A", "Do you ship to Spain?", channel="telegram")
    world.send("C", "I want to talk to a human")
    world.advance(60)
    # Wednesday: D sends a voice note on web chat
    at(world, day(2))
    world.voice("D", AUDIO, channel="webchat")
    world.advance(60)
    # Thursday: E writes, Ana takes over before the agent replies
    at(world, day(3))
    e = world.send("E", "Hello there")["conversation"]["id"]
    world.client.post(f"/v1/conversations/{e}/take-over", json={"human_id": ana})
    world.advance(60)
    # Friday: H emails the agent that knows nothing (another agent's figures)
    at(world, day(4))
    world.routing(channel_rules={"email": {"kind": "ai", "id": empty}}, assign_new_to_ai=None)
    world.send("H", "Do you deliver on Sundays?", channel="email")
    world.advance(60)
    world.routing(assign_new_to_ai=sales)
    # Saturday: F, and A again on whatsapp (a new conversation: the Monday one was closed)
    at(world, day(5))
    world.send("F", "Hello")
    world.send("A", "Is the Trail Runner Jacket in stock?")
    world.advance(60)
    # Sunday: G on instagram
    at(world, day(6))
    world.send("G", "hi", channel="instagram")
    world.advance(60)

    week = {"start": "2025-06-09", "end": "2025-06-16"}
    d = world.client.get(f"/v1/dashboard/agents/{sales}", params=week).json()
    # counted by hand from the script above
    assert d["conversations"] == 9  # A-mon, B, A-tue, C, D, E, F, A-sat, G
    assert d["unique_leads"] == 7  # A B C D E F G
    assert d["answered_conversations"] == 8  # all but E (taken over before the reply)
    assert d["handover_rate"] == round(2 / 9, 4)  # C and E
    assert d["avg_response_time_s"] == (60 * 7 + 70) / 8  # B's burst waited 70 s from its first message
    assert d["weekend_leads"] == 3 and d["weekend_conversations"] == 3  # F, A-sat, G
    assert d["conversations_by_channel"] == {"instagram": 2, "telegram": 1, "webchat": 1, "whatsapp": 5}
    assert d["credit_usage"] == {"text": 7.0, "voice": 3.0}
    assert d["unanswered_questions"] == {"count": 0, "items": []}

    e_dash = world.client.get(f"/v1/dashboard/agents/{empty}", params=week).json()
    assert e_dash["conversations"] == 1 and e_dash["handover_rate"] == 1.0
    assert e_dash["unanswered_questions"]["count"] == 1
    [q] = e_dash["unanswered_questions"]["items"]
    assert q["question"] == "Do you deliver on Sundays?"

    # the default range is the last 7 days: on the next Monday at 10:30, last Monday 10:00's fall out
    at(world, day(7, 10) + 1800)
    default = world.client.get(f"/v1/dashboard/agents/{sales}").json()
    assert default["start"] == world.clock.now() - 7 * DAY and abs(default["end"] - world.clock.now()) < 0.01
    assert default["conversations"] == 7  # the two Monday ones started before the window
    # one day only, any range
    tue = world.client.get(f"/v1/dashboard/agents/{sales}",
                           params={"start": day(1, 0), "end": day(2, 0)}).json()
    assert tue["conversations"] == 2 and tue["unique_leads"] == 2 and tue["handover_rate"] == 0.5
    bad = world.client.get(f"/v1/dashboard/agents/{sales}", params={"start": "yesterday"})
    assert bad.status_code == 400 and "ISO 8601" in bad.json()["detail"]
    assert datetime.fromtimestamp(day(5), timezone.utc).weekday() == 5


def test_an_answered_question_becomes_knowledge(world):
    empty = world.agent("Knows nothing", delay=30, source_ids=[], products_enabled=False)
    ana = world.human("Ana")
    world.routing(assign_new_to_ai=empty)
    world.send("l1", "Do you deliver on Sundays?")
    world.advance(30)
    [q] = world.client.get(f"/v1/dashboard/agents/{empty}").json()["unanswered_questions"]["items"]
    before = world.client.post(f"/v1/playground/{empty}", json={"text": "Do you deliver on Sundays?"}).json()
    assert "Lisbon" not in before["reply"]
    r = world.client.post(f"/v1/dashboard/unanswered/{q['id']}/answer",
                          json={"answer": "Yes, we deliver on Sundays in Lisbon and Porto.", "human_id": ana})
    assert r.status_code == 200
    src = r.json()["source_id"]
    assert any(s["id"] == src and s["name"] == "answered-questions.md"
               for s in world.client.get("/v1/sources").json())
    after = world.client.post(f"/v1/playground/{empty}", json={"text": "Do you deliver on Sundays?"}).json()
    assert "Lisbon" in after["reply"]
    d = world.client.get(f"/v1/dashboard/agents/{empty}").json()["unanswered_questions"]
    assert d["count"] == 0 and d["items"][0]["answer"].startswith("Yes, we deliver")
    assert world.client.post("/v1/dashboard/unanswered/q_nope/answer", json={"answer": "x"}).status_code == 404


def test_playground_talks_to_an_agent_outside_any_pipeline(world):
    draft = world.agent("Draft", active=False)
    r = world.client.post(f"/v1/playground/{draft}", json={"text": "How much is the Trail Runner Jacket?"})
    assert r.status_code == 200
    first = r.json()
    assert "89" in first["reply"] and first["session_id"]
    r = world.client.post(f"/v1/playground/{draft}", json={"text": "Is it in stock?", "session_id": first["session_id"]})
    assert r.status_code == 200 and "stock" in r.json()["reply"].lower()
    # no conversation, no credits, no dashboard figure
    assert world.client.get("/v1/conversations").json() == []
    assert world.client.get("/v1/credits").json()["spent_today"] == 0
    assert world.client.get(f"/v1/dashboard/agents/{draft}").json()["conversations"] == 0
    assert world.client.post("/v1/playground/nope", json={"text": "hi"}).status_code == 404
    assert world.client.post(f"/v1/playground/{draft}", json={"text": " "}).status_code == 400
