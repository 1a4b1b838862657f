"""The demo's first run (``rag-agent serve --demo``): an agent that answers the webchat at once.

Loading the demo store gives knowledge; this gives the rest a newcomer needs to chat with it from the console
and the storefront widget without touching an API: an active agent made from the e-commerce template (products
on), a short delay before its reply, routing that gives new conversations to it, what customers are told when
they ask for a person and nobody is on duty (the demo store's hours and email), and a widget key allowed on the
server's own address (the console's Widget page has a page to try it). Nothing is changed on later runs: what
the owner changed in the console stays.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from rag_agent.agents.templates import get_template
from rag_agent.errors import LimitExceeded

if TYPE_CHECKING:
    from rag_agent.agents.store import AgentStore
    from rag_agent.console.widget_keys import WidgetKeys
    from rag_agent.conversations.service import ConversationService

logger = logging.getLogger(__name__)

DEMO_AGENT = "Store assistant"
DEMO_DELAY_S = 2
AWAY = ("Our team answers Monday to Friday 8:00-17:00 and Saturday 9:00-13:00 (Central European Time), "
        "here or at help@trailhead.example.")


def prepare_demo(store: AgentStore, conversations: ConversationService, widget_keys: WidgetKeys, ws_id: str,
                 origins: list[str]) -> str | None:
    """Make the demo workspace answer chats (once); returns the demo agent's id, or None when not made."""
    if any(a.template == "ecommerce" and a.name == DEMO_AGENT for a in store.list(ws_id)):
        return None  # done on an earlier run; the owner's later changes stay
    t = get_template("ecommerce")
    agent = store.create(ws_id, DEMO_AGENT, persona=t["persona"], products_enabled=True, actions=t["actions"],
                         settings={"reply_delay_s": DEMO_DELAY_S}, template="ecommerce")
    try:
        store.activate(ws_id, agent.id, "rag-agent serve --demo", "the demo store answers chats")
    except LimitExceeded as exc:  # the owner already runs another agent: leave theirs in charge
        logger.warning("demo agent left as a draft: %s", exc.message)
        return agent.id
    routing = conversations.config(ws_id).routing
    if not routing.assign_new_to_ai:
        conversations.set_routing(ws_id, {"assign_new_to_ai": agent.id, "away_message": routing.away_message or AWAY})
    if not widget_keys.list(ws_id):
        widget_keys.create(ws_id, "Demo storefront", origins)
    return agent.id


__all__ = ["prepare_demo", "DEMO_AGENT", "DEMO_DELAY_S"]
