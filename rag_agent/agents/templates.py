"""Starting points for new agents: sales, support and e-commerce store (persona, actions, settings)."""

from __future__ import annotations

import copy
from typing import Any

from rag_agent.errors import NotFound

TEMPLATES: dict[str, dict[str, Any]] = {
    "sales": {
        "description": "Answers product questions, collects the email of clients who want to buy.",
        "persona": {"name": "Sales assistant", "tone": "friendly", "reply_length": "medium",
                    "role": "A helpful sales assistant who recommends products from the catalog."},
        "products_enabled": True,
        "actions": [
            {"name": "Capture buyers", "match": "any",
             "when": [{"type": "wants", "value": "buy"}, {"type": "asks_about", "value": "price"}],
             "then": [{"type": "answer_from_kb"}, {"type": "request", "field": "email"}]},
            {"name": "Human on request", "when": [{"type": "wants", "value": "human"}],
             "then": [{"type": "transfer", "user": "sales-team"}]},
        ],
    },
    "support": {
        "description": "Order status, returns and troubleshooting; hands frustrated clients to a person.",
        "persona": {"name": "Support assistant", "tone": "professional", "reply_length": "medium",
                    "role": "A calm support agent who solves order and product problems."},
        "products_enabled": True,  # customers ask support about products too (sizes, stock, warranty)
        "actions": [
            {"name": "Frustrated refund", "match": "all",
             "when": [{"type": "wants", "value": "refund"}, {"type": "sentiment", "value": "frustrated"}],
             "then": [{"type": "transfer", "user": "support-lead"}]},
            {"name": "Human on request", "when": [{"type": "wants", "value": "human"}],
             "then": [{"type": "transfer", "user": "support-team"}]},
            {"name": "Order lookups need contact", "when": [{"type": "asks_about", "value": "order_status"}],
             "then": [{"type": "answer_from_kb"}, {"type": "request", "field": "email"}]},
        ],
    },
    "ecommerce": {
        "description": "A general store assistant: products, policies, orders, after-hours notice.",
        "persona": {"name": "Store assistant", "tone": "friendly", "reply_length": "medium"},
        "products_enabled": True,
        "actions": [
            {"name": "After hours", "when": [{"type": "time", "value": "outside_business_hours", "tz": "UTC",
                                              "days": ["mon", "tue", "wed", "thu", "fri"],
                                              "start": "09:00", "end": "18:00"},
                                             {"type": "wants", "value": "human"}],
             "then": [{"type": "use_message", "text": "Our team is offline now; we will reply during business "
                                                      "hours. Meanwhile I can help with products and orders."},
                      {"type": "request", "field": "email"}]},
            {"name": "Human on request", "when": [{"type": "wants", "value": "human"}],
             "then": [{"type": "transfer", "user": "store-team"}]},
            {"name": "No bad words back", "when": [{"type": "contains", "value": "profanity"}],
             "then": [{"type": "use_message", "text": "I'm sorry this has been frustrating. Let me help."},
                      {"type": "answer_from_kb"}]},
        ],
    },
}


def list_templates() -> list[dict[str, Any]]:
    return [{"id": k, **copy.deepcopy(v)} for k, v in TEMPLATES.items()]


def get_template(name: str) -> dict[str, Any]:
    if name not in TEMPLATES:
        raise NotFound(f"unknown template {name!r}; available: {', '.join(TEMPLATES)}")
    return copy.deepcopy(TEMPLATES[name])
