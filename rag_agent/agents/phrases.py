"""What the action runner itself says (requests, thanks, validation, transfer), in every catalog language.

The texts are the ``agent_replies`` section of ``rag_agent/engine/locales/<lang>.json``.
"""

from __future__ import annotations

from rag_agent.engine import phrases as _catalogs

PHRASES: dict[str, dict[str, str]] = _catalogs.texts("agent_replies")


def say(key: str, lang: str, **values: str) -> str:
    """The phrase in the language (English when the language has no catalog)."""
    table = PHRASES[key]
    return table.get(lang, table["en"]).format(**values)
