"""Agent records: limits with clear errors, plan limits, state changes recorded, leads, draft saving."""

from __future__ import annotations

import pytest

from rag_agent.agents.models import ActionError, parse_action
from rag_agent.agents.store import AgentInactive, AgentStore
from rag_agent.errors import LimitExceeded, NotFound, PersonaError
from rag_agent.state import State

ACTION = {"when": [{"type": "wants", "value": "buy"}], "then": [{"type": "request", "field": "email"}]}


@pytest.fixture()
def store(state_db):
    state = State(state_db)
    state.create_workspace("Trial shop", "trial", workspace_id="t1")
    state.create_workspace("Paid shop", "paid", workspace_id="p1")
    s = AgentStore(state)
    yield s
    s.close()
    state.close()


def test_action_limits_have_clear_errors():
    with pytest.raises(ActionError, match="at most 5 WHEN"):
        parse_action({"when": [{"type": "wants", "value": "buy"}] * 6, "then": ACTION["then"]})
    with pytest.raises(ActionError, match="at most 5 THEN"):
        parse_action({"when": ACTION["when"], "then": [{"type": "answer_from_kb"}] * 6})
    with pytest.raises(ActionError, match="THEN is empty"):
        parse_action({"when": ACTION["when"], "then": []})
    with pytest.raises(ActionError, match="unknown condition type 'mood'"):
        parse_action({"when": [{"type": "mood", "value": "x"}], "then": ACTION["then"]})
    with pytest.raises(ActionError, match="unknown value 'dance'"):
        parse_action({"when": [{"type": "wants", "value": "dance"}], "then": ACTION["then"]})
    with pytest.raises(ActionError, match="custom 'wants' condition needs its text"):
        parse_action({"when": [{"type": "wants", "value": "custom"}], "then": ACTION["then"]})
    with pytest.raises(ActionError, match="unknown time zone"):
        parse_action({"when": [{"type": "time", "value": "business_hours", "tz": "Mars/Olympus"}], "then": ACTION["then"]})
    with pytest.raises(ActionError, match="needs 'user'"):
        parse_action({"when": ACTION["when"], "then": [{"type": "transfer"}]})


def test_21st_action_is_refused_and_nothing_is_lost(store):
    agent = store.create("p1", "Sales", actions=[ACTION] * 20)
    with pytest.raises(ActionError, match="at most 20"):
        store.add_action("p1", agent.id, ACTION)
    with pytest.raises(ActionError, match="at most 20 actions; got 21"):
        store.update("p1", agent.id, actions=[ACTION] * 21)
    assert len(store.get("p1", agent.id).actions) == 20


def test_plan_limit_on_active_agents_and_recorded_changes(store):
    a = store.create("t1", "Sales")
    b = store.create("t1", "Support")
    assert a.state == "draft"
    store.activate("t1", a.id, by="owner@shop.com", reason="launch")
    with pytest.raises(LimitExceeded, match="'trial' plan allows 1 active agent"):
        store.activate("t1", b.id, by="owner@shop.com")
    store.deactivate("t1", a.id, by="owner@shop.com", reason="holidays")
    store.activate("t1", b.id)
    ev = store.events("t1", a.id)
    assert [(e["event"], e["by"], e["reason"]) for e in ev] == [("activate", "owner@shop.com", "launch"),
                                                                 ("deactivate", "owner@shop.com", "holidays")]
    with pytest.raises(AgentInactive):
        store.require_active("t1", a.id)
    # settings, actions and persona survive state changes
    store.update("t1", a.id, actions=[ACTION], settings={"reply_delay_s": 30}, persona={"tone": "casual"})
    store.activate("p1", store.create("p1", "x").id)
    kept = store.get("t1", a.id)
    assert kept.settings.reply_delay_s == 30 and len(kept.actions) == 1 and kept.persona["tone"] == "casual"


def test_bad_settings_persona_and_unknown_ids(store):
    a = store.create("p1", "Sales")
    with pytest.raises(Exception, match="reply_delay_s"):
        store.update("p1", a.id, settings={"reply_delay_s": 0})
    with pytest.raises(PersonaError):
        store.update("p1", a.id, persona={"tone": "grumpy"})
    with pytest.raises(NotFound):
        store.get("t1", a.id)  # another workspace's agent
    with pytest.raises(NotFound):
        store.update("p1", a.id, source_ids=["nope"])
    assert store.get("p1", a.id).settings.reply_delay_s == 600


def test_leads_hold_only_contact_fields(store):
    lead = store.get_or_create_lead("p1", "L1")
    store.update_lead("p1", "L1", email="a@b.co", custom={"size": "M"})
    got = store.get_lead("p1", lead.id)
    assert (got.email, got.custom) == ("a@b.co", {"size": "M"})
    with pytest.raises(Exception, match="a lead has no"):
        store.update_lead("p1", "L1", password="x")
    with pytest.raises(NotFound):
        store.get_or_create_lead("t1", "L1")
