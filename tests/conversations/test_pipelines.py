"""Pipelines over HTTP: launch triggers per stage and channel, the stage conflict, stop triggers, agents keeping
their conversations, turning an agent off, stopping an agent in one conversation."""

from __future__ import annotations


def pipeline(world, *stages):
    r = world.client.post("/v1/pipelines", json={"name": "Sales", "stages": list(stages)})
    assert r.status_code == 201, r.text
    return {s["name"]: s["id"] for s in r.json()["stages"]}, r.json()["id"]


def move(world, lead, stage):
    r = world.client.put(f"/v1/pipelines/leads/{lead}/stage", json={"stage_id": stage})
    assert r.status_code == 200, r.text
    return r.json()


def test_stage_conflict_is_refused_naming_the_stage_while_free_stages_apply(world):
    sales, support = world.agent("Sales"), world.agent("Support")
    st, pid = pipeline(world, "New", "Qualified", "Won")
    r = world.client.put(f"/v1/pipelines/{pid}/triggers", json={"launch": [
        {"stage_id": st["New"], "agent_id": sales, "channels": ["whatsapp"]}]})
    assert r.status_code == 200 and r.json()["refused"] == []
    r = world.client.put(f"/v1/pipelines/{pid}/triggers", json={"launch": [
        {"stage_id": st["New"], "agent_id": support},
        {"stage_id": st["Qualified"], "agent_id": support, "channels": ["instagram", "telegram"]}]})
    assert r.status_code == 207
    body = r.json()
    [refused] = body["refused"]
    assert refused["stage"] == "New" and "'New'" in refused["reason"] and "'Sales'" in refused["reason"]
    assert [(a["stage"], a["agent_id"]) for a in body["applied"]] == [("Qualified", support)]
    stages = {s["name"]: s for s in body["pipeline"]["stages"]}
    assert stages["New"]["launch"]["agent_id"] == sales
    assert stages["Qualified"]["launch"]["channels"] == ["instagram", "telegram"]
    # only conflicts: 409 with the stage named
    r = world.client.put(f"/v1/pipelines/{pid}/triggers", json={"launch": [{"stage_id": st["New"],
                                                                            "agent_id": support}]})
    assert r.status_code == 409 and "'New'" in r.json()["detail"]
    # the same agent again only updates its channels
    r = world.client.put(f"/v1/pipelines/{pid}/triggers", json={"launch": [
        {"stage_id": st["New"], "agent_id": sales, "channels": ["whatsapp", "email"]}]})
    assert r.status_code == 200
    r = world.client.put(f"/v1/pipelines/{pid}/triggers", json={"launch": [{"stage_id": "stg_x", "agent_id": sales}]})
    assert r.status_code == 404


def test_launch_triggers_by_stage_and_channel_and_agents_keep_their_conversations(world):
    sales, support = world.agent("Sales", delay=10), world.agent("Support", delay=10)
    ana = world.human("Ana")
    st, pid = pipeline(world, "New", "Customer", "Quiet")
    world.client.put(f"/v1/pipelines/{pid}/triggers", json={"launch": [
        {"stage_id": st["New"], "agent_id": sales, "channels": ["whatsapp"]},
        {"stage_id": st["Customer"], "agent_id": support, "channels": ["whatsapp", "instagram"]}]})
    move(world, "l1", st["New"])
    c1 = world.send("l1", "Hi")["conversation"]
    assert c1["owner"] == {"kind": "ai", "id": sales} and c1["routed_by"] == "pipeline_trigger"
    # a channel the trigger does not cover goes to routing
    assert world.send("l1", "Hi", channel="instagram")["conversation"]["owner"] == {"kind": "human", "id": ana}
    # the lead moves on: its existing conversation keeps its agent, new ones get the stage's agent
    move(world, "l1", st["Customer"])
    world.send("l1", "How much is the Trail Runner Jacket?")
    world.advance(10)
    assert world.out(c1["id"])[-1]["sender_id"] == sales
    c3 = world.send("l1", "Hello", channel="telegram")["conversation"]
    assert c3["owner"]["kind"] == "human"  # telegram is not a channel of that trigger
    world.client.post(f"/v1/conversations/{c1['id']}/close")
    world.advance(301)
    c4 = world.send("l1", "Back again")["conversation"]
    assert c4["id"] != c1["id"] and c4["owner"] == {"kind": "ai", "id": support}
    # a stage without any trigger: the agent keeps replying
    move(world, "l1", st["Quiet"])
    world.send("l1", "Do you have the Daypack 28L?")
    world.advance(10)
    assert world.out(c4["id"])[-1]["sender_id"] == support


def test_stop_trigger_stops_that_agent_in_all_the_leads_conversations_only(world):
    sales, support = world.agent("Sales", delay=10), world.agent("Support", delay=10)
    st, pid = pipeline(world, "New", "Lost")
    world.client.put(f"/v1/pipelines/{pid}/triggers", json={
        "launch": [{"stage_id": st["New"], "agent_id": sales, "channels": ["whatsapp", "instagram"]}],
        "stop": [{"stage_id": st["Lost"], "agent_id": sales}]})
    world.routing(channel_rules={"telegram": {"kind": "ai", "id": support}})
    move(world, "l1", st["New"])
    move(world, "l2", st["New"])
    a = world.send("l1", "hi")["conversation"]["id"]
    b = world.send("l1", "hi", channel="instagram")["conversation"]["id"]
    c = world.send("l1", "hi", channel="telegram")["conversation"]["id"]  # Support's
    other = world.send("l2", "hi")["conversation"]["id"]  # another lead with Sales
    r = move(world, "l1", st["Lost"])
    assert sorted(s["conversation_id"] for s in r["stopped"]) == sorted([a, b])
    world.advance(10)
    assert world.out(a) == [] and world.out(b) == []
    assert world.conversation(a)["ai_stopped"] is True
    assert len(world.out(c)) == 1 and len(world.out(other)) == 1  # Support and the other lead go on
    # new messages in a stopped conversation wait for a person
    world.send("l1", "anyone?")
    world.advance(100)
    assert world.out(a) == [] and world.conversation(a)["unread"] is True


def test_turning_an_agent_off_stops_it_everywhere_and_removes_its_triggers(world):
    sales, support = world.agent("Sales", delay=10), world.agent("Support", delay=10)
    st, pid = pipeline(world, "New")
    world.client.put(f"/v1/pipelines/{pid}/triggers", json={"launch": [{"stage_id": st["New"], "agent_id": sales}]})
    world.routing(channel_rules={"telegram": {"kind": "ai", "id": support}})
    move(world, "l1", st["New"])
    move(world, "l2", st["New"])
    a = world.send("l1", "hi")["conversation"]["id"]
    b = world.send("l2", "hi")["conversation"]["id"]
    c = world.send("l3", "hi", channel="telegram")["conversation"]["id"]
    r = world.client.post(f"/v1/pipelines/agents/{sales}/off").json()
    assert r == {"agent_id": sales, "triggers_removed": 1, "conversations_stopped": 2}
    world.advance(10)
    assert world.out(a) == world.out(b) == [] and len(world.out(c)) == 1
    assert world.client.get("/v1/pipelines").json()[0]["stages"][0]["launch"] is None
    assert world.send("l4", "hi", channel="instagram")["conversation"]["owner"]["kind"] != "ai"


def test_stop_the_agent_in_one_conversation_from_the_chat(world):
    sales = world.agent("Sales", delay=10)
    world.routing(assign_new_to_ai=sales)
    a = world.send("l1", "hi")["conversation"]["id"]
    b = world.send("l2", "hi")["conversation"]["id"]
    r = world.client.post(f"/v1/conversations/{a}/stop-ai")
    assert r.status_code == 200 and r.json()["ai_stopped"] is True
    world.advance(10)
    assert world.out(a) == [] and len(world.out(b)) == 1
