"""What the conversation layer itself tells a customer, in every language of the engine's catalogs.

Keys: ``handoff_human`` (a person takes over), ``handoff_ai`` (another assistant takes over),
``voice_failed`` (a voice message could not be understood: please write), ``voice_unavailable`` (voice is not
on for this agent or plan: please write), ``limit_human`` (the AI is at a limit, a person will answer): the
``conversation_replies`` section of ``rag_agent/engine/locales/<lang>.json``. ``handoff_nobody`` (a person was
asked for but nobody is on duty: the message is kept and answered here when the team is back) is in this
package's ``locales/<lang>.json``, one file per language with the same keys.
"""

from __future__ import annotations

import json
from pathlib import Path

from rag_agent.engine import phrases as _catalogs

LANGS = _catalogs.LANGS
LOCALES = Path(__file__).with_name("locales")


def _own() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for path in sorted(LOCALES.glob("*.json")):
        for key, text in json.loads(path.read_text(encoding="utf-8")).items():
            out.setdefault(key, {})[path.stem] = text
    return out


OWN: dict[str, dict[str, str]] = _own()  # this package's own keys (handoff_nobody)
PHRASES: dict[str, dict[str, str]] = {**_catalogs.texts("conversation_replies"), **OWN}


def say(key: str, lang: str | None) -> str:
    """The text ``key`` in ``lang`` (English when the language is unknown)."""
    by_lang = PHRASES[key]
    return by_lang.get(lang or "en", by_lang["en"])


__all__ = ["PHRASES", "OWN", "LANGS", "say"]
