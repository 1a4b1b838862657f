"""Plans and prices of the conversation features, in one place.

Workspaces carry ``trial`` or ``paid`` in :mod:`rag_agent.state`; the conversation features add ``pro``, kept as
an override in this package's own settings table so that the core state (and other rooms' per-plan limits)
keep working unchanged. The effective plan is the override when set, else the workspace's plan.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    """What a plan allows."""

    name: str
    voice: bool  # voice messages are transcribed and answered
    starting_credits: float  # credits granted when the workspace first uses conversations
    daily_credit_limit: float  # usage limit: credits the workspace may spend per UTC day
    replies_per_minute: int  # rate limit: AI replies per rolling minute, all agents together


PLANS: dict[str, Plan] = {
    "trial": Plan("trial", voice=False, starting_credits=200, daily_credit_limit=100, replies_per_minute=30),
    "paid": Plan("paid", voice=False, starting_credits=5000, daily_credit_limit=2000, replies_per_minute=120),
    "pro": Plan("pro", voice=True, starting_credits=20000, daily_credit_limit=10000, replies_per_minute=600),
}

#: credits one AI reply costs, by the kind of message it answers
PRICES: dict[str, float] = {"text": 1.0, "voice": 3.0}


def plan(name: str) -> Plan:
    """The plan called ``name`` (unknown names get the trial plan's limits)."""
    return PLANS.get(name, PLANS["trial"])


__all__ = ["Plan", "PLANS", "PRICES", "plan"]
