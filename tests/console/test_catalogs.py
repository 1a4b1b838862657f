"""Texts a customer reads that the console and the conversation layer own: every language, same keys."""

from __future__ import annotations

import json
from importlib import resources

from rag_agent.conversations import phrases
from rag_agent.engine.phrases import LANGS


def test_the_widget_speaks_every_language_of_the_engine_with_the_same_keys_and_placeholders():
    texts = json.loads((resources.files("rag_agent.console") / "widget_texts.json").read_text(encoding="utf-8"))
    assert set(texts) == set(LANGS)
    for lang, t in texts.items():
        assert set(t) == set(texts["en"]), lang
        assert all(("{name}" in v) == ("{name}" in texts["en"][k]) for k, v in t.items()), lang


def test_the_nobody_on_duty_text_exists_in_every_language():
    by_lang = phrases.PHRASES["handoff_nobody"]
    assert set(by_lang) == set(LANGS)
    assert len(set(by_lang.values())) == len(LANGS)  # translated, not copied
    assert phrases.say("handoff_nobody", "xx") == by_lang["en"]
