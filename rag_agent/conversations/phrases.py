"""What the conversation layer itself tells a customer, in every language of the engine's catalogs.

Keys: ``handoff_human`` (a person takes over), ``handoff_ai`` (another assistant takes over),
``voice_failed`` (a voice message could not be understood: please write), ``voice_unavailable`` (voice is not
on for this agent or plan: please write), ``limit_human`` (the AI is at a limit, a person will answer).
The texts are the ``conversation_replies`` section of ``rag_agent/engine/locales/<lang>.json``.
"""

from __future__ import annotations

from rag_agent.engine import phrases as _catalogs

LANGS = _catalogs.LANGS

PHRASES: dict[str, dict[str, str]] = _catalogs.texts("conversation_replies")


def say(key: str, lang: str | None) -> str:
    """The text ``key`` in ``lang`` (English when the language is unknown)."""
    by_lang = PHRASES[key]
    return by_lang.get(lang or "en", by_lang["en"])


__all__ = ["PHRASES", "LANGS", "say"]
