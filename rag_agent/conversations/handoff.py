"""Handoff as a state machine: one owner at a time, the allowed moves, and the guard against loops.

States are owners (:class:`~rag_agent.conversations.models.Owner`): ``ai:<agent>``, ``human:<member>``,
``team:<team>`` and ``none``. Any owner may pass a conversation to any other owner, with these rules:

- a conversation never goes to the owner it already has (nothing to do);
- only an *active* AI agent may receive a conversation (checked by the caller, which knows the agents);
- *automatic* handoffs (made by an AI reply, an external bot's ``KM_ASSIGN_TO``, a limit) are guarded against
  loops: since the last handoff a person made, a conversation may not return to an owner that already passed it
  on automatically, nor be passed automatically more than ``max_auto`` times. When the guard trips, the
  conversation goes to a human by the routing rules instead, and further automatic handoffs are ignored until
  a person acts.
"""

from __future__ import annotations

from typing import Any, Sequence

from rag_agent.conversations.models import Owner
from rag_agent.errors import InputError

#: why a conversation changed hands
REASONS = {
    "customer_asked_human": "the customer asked for a person",
    "ai_cannot_answer": "the AI agent could not answer",
    "action_transfer": "an action of the AI agent transferred the conversation",
    "km_assign": "an external bot's handoff instruction (KM_ASSIGN_TO / KM_ASSIGN_TEAM)",
    "credits_exhausted": "the workspace has no credits left for AI replies",
    "usage_limit": "the workspace reached its daily usage limit",
    "ai_error": "the AI agent failed to reply",
    "agent_missing": "the AI agent no longer exists",
    "human_take_over": "a person took the conversation over",
    "human_assign": "a person assigned the conversation",
    "loop_guard": "a handoff loop between agents was stopped",
}


class HandoffRefused(InputError):
    """A handoff that the state machine does not allow."""

    status_code = 409


def check_move(current: Owner, to: Owner) -> None:
    """Raise :class:`HandoffRefused` when moving from ``current`` to ``to`` makes no sense."""
    if to.kind == "none" or (to.kind != "none" and not to.id):
        raise HandoffRefused("a handoff needs a target: an AI agent, a human or a team")
    if current.kind == to.kind and current.id == to.id:
        raise HandoffRefused(f"the conversation is already owned by {to}")


def loop_guard(history: Sequence[dict[str, Any]], to: Owner, max_auto: int) -> str | None:
    """Why an automatic handoff to ``to`` would loop (None when it may go ahead).

    ``history`` is the conversation's handoffs, oldest first, each with from_kind, from_id, automatic.
    """
    chain: list[dict[str, Any]] = []
    for h in history:
        if not h["automatic"]:
            chain = []  # a person acted: start counting again
        else:
            chain.append(h)
    passed_on = {(h["from_kind"], h["from_id"]) for h in chain}
    if (to.kind, to.id) in passed_on:
        return f"{to} already passed this conversation on; handing it back would loop"
    if len(chain) >= max_auto:
        return f"{len(chain)} automatic handoffs in a row (limit {max_auto})"
    return None


__all__ = ["REASONS", "HandoffRefused", "check_move", "loop_guard"]
