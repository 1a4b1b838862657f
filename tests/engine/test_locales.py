"""The per-language reply catalogs (rag_agent/engine/locales/<lang>.json): complete, congruent, and the only text.

Read from the files themselves, so a translator's mistake names the file and the key; the loader's own checks
(English fallback for what is missing) are exercised on broken copies in a temporary directory.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import string
from pathlib import Path

import pytest

from rag_agent.agents import phrases as agent_phrases
from rag_agent.conversations import phrases as conversation_phrases
from rag_agent.engine import phrases as P
from tests.engine.capture_phrases import capture

LOCALES = P.LOCALES_DIR
FILES = sorted(LOCALES.glob("*.json"))
EN = json.loads((LOCALES / "en.json").read_text(encoding="utf-8"))
GOLDEN = Path(__file__).with_name("phrases_golden.json")
TEMPLATE_SECTIONS = {"replies": True, "agent_replies": False, "conversation_replies": False}
UNITS = ["hour", "day", "business_day", "week", "month", "year"]
PLURAL_FORMS = {"one_other": {"one", "other"}, "other": {"other"}, "east_slavic": {"one", "few", "many"}}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _tones(value) -> dict[str, str]:
    return dict.fromkeys(P.TONES, value) if isinstance(value, str) else value


def _catalog(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_six_languages_have_catalogs_and_load_without_problems():
    assert {p.stem for p in FILES} >= {"en", "es", "pt", "tr", "id", "ru"}
    catalogs, problems = P.load_catalogs()
    assert problems == []
    assert set(catalogs) == {p.stem for p in FILES} == set(P.LANGS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_key_in_every_tone_with_the_placeholders_of_english(path):
    cat = _catalog(path)
    for section, tones in TEMPLATE_SECTIONS.items():
        assert list(cat[section]) == list(EN[section]), f"{path.name}: {section} keys differ from en.json"
        for key, value in cat[section].items():
            where = f"{path.name}: {section}.{key}"
            if tones:
                assert isinstance(value, str) or set(value) == set(P.TONES), where
            else:
                assert isinstance(value, str), where
            reference = _fields(_tones(EN[section][key])["friendly"] if tones else EN[section][key])
            for tone, text in (_tones(value) if tones else {"-": value}).items():
                assert isinstance(text, str) and text.strip(), (where, tone)
                assert _fields(text) == reference, (where, tone, sorted(_fields(text)), sorted(reference))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_data_table_has_the_shape_of_english(path):
    cat = _catalog(path)
    assert list(cat) == list(EN), f"{path.name}: sections differ from en.json (same order helps a translator)"
    assert cat["language"]["name"].strip()
    forms = PLURAL_FORMS[cat["language"]["plural_rule"]]
    for table in ("status_words", "countries", "duration_vague"):
        assert list(cat[table]) == list(EN[table]), (path.name, table)
        assert all(isinstance(v, str) and v.strip() for v in cat[table].values()), (path.name, table)
    assert len(cat["days"]) == 7 and len(set(cat["days"])) == 7, path.name
    assert len(cat["ordinals"]) == 5, path.name
    for stem in cat["ordinals"]:
        re.compile(stem)
    assert list(cat["duration_units"]) == UNITS, path.name
    for unit, by_form in cat["duration_units"].items():
        assert set(by_form) == forms, (path.name, unit, cat["language"]["plural_rule"])
        assert all(v.strip() for v in by_form.values()), (path.name, unit)
    assert set(cat["list"]) == {"and", "serial_comma", "and_before"}, path.name
    assert cat["list"]["and"].strip() and isinstance(cat["list"]["serial_comma"], bool), path.name
    for alternative in cat["list"]["and_before"]:
        re.compile(alternative["pattern"])
        assert alternative["and"].strip(), path.name


def test_moving_the_texts_into_catalogs_changed_no_reply():
    """Every key x language x tone, durations, lists and tables equal the capture taken from the Python dicts."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(capture(), ensure_ascii=False))

    def compare(old, new, where):
        if isinstance(old, dict):  # a key or language added since the capture is not compared
            for k, v in old.items():
                assert k in new, f"{where}/{k} is gone"
                compare(v, new[k], f"{where}/{k}")
        else:
            assert new == old, where

    compare(golden, now, "")
    assert len(golden["phrase"]) == 68 and len(golden["agents_say"]) == 11 and len(golden["conversations_say"]) == 5


def test_agent_and_conversation_replies_follow_the_catalogs():
    assert set(agent_phrases.PHRASES) == set(EN["agent_replies"])
    # the engine's conversation_replies, plus the keys the conversation layer keeps in its own locales/ (same languages)
    assert set(conversation_phrases.PHRASES) == set(EN["conversation_replies"]) | set(conversation_phrases.OWN)
    assert all(set(v) == set(P.LANGS) for v in conversation_phrases.OWN.values())
    assert conversation_phrases.LANGS == P.LANGS
    ru = _catalog(LOCALES / "ru.json")
    thanks_name = ru["agent_replies"]["thanks_name"]
    assert agent_phrases.say("thanks_name", "ru", value="Ана") == thanks_name.format(value="Ана")
    assert conversation_phrases.say("voice_failed", "ru") == ru["conversation_replies"]["voice_failed"]
    assert conversation_phrases.say("voice_failed", "xx") == EN["conversation_replies"]["voice_failed"]


# ---------------------------------------------------------------------- no text in code

PHRASE_MODULES = [
    Path(P.__file__),
    Path(agent_phrases.__file__),
    Path(conversation_phrases.__file__),
]
#: calls whose string arguments are messages to a developer, not to a customer
DEVELOPER_MESSAGES = {"RuntimeError", "ValueError", "KeyError", "append", "warning"}


def _long_literals(source: str) -> list[str]:
    """String literals over 30 characters with a space, outside docstrings and developer messages."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in DEVELOPER_MESSAGES:
                for arg in ast.walk(node):
                    skip.add(id(arg))
    return [
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
        and len(node.value) > 30 and " " in node.value
    ]


@pytest.mark.parametrize("path", PHRASE_MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_reply_text_left_in_code(path):
    assert _long_literals(path.read_text(encoding="utf-8")) == []
    texts = {t for cat in map(_catalog, FILES) for s in TEMPLATE_SECTIONS for v in cat[s].values()
             for t in _tones(v).values()}
    constants = {n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    assert not constants & texts, path


def test_the_check_for_text_in_code_finds_a_reply():
    source = (
        '"""A module docstring that is long enough."""\n'
        'PHRASES = {"greeting": {"en": "Hi there! How can I help you today?"}}\n'
        'raise ValueError("a long message for a developer, not a customer")\n'
    )
    assert _long_literals(source) == ["Hi there! How can I help you today?"]


# ---------------------------------------------------------------------- the loader on broken catalogs


def _locales(tmp_path: Path, **catalogs: dict) -> Path:
    shutil.copy(LOCALES / "en.json", tmp_path / "en.json")
    for lang, cat in catalogs.items():
        (tmp_path / f"{lang.replace('_', '-')}.json").write_text(json.dumps(cat, ensure_ascii=False), "utf-8")
    return tmp_path


def test_a_new_file_is_a_new_language(tmp_path):
    de = _catalog(LOCALES / "en.json")
    de["language"]["name"] = "Deutsch"
    de["replies"]["greeting"] = "Hallo! Wie kann ich helfen?"
    catalogs, problems = P.load_catalogs(_locales(tmp_path, de=de))
    assert problems == [] and list(catalogs) == ["en", "de"]
    assert catalogs["de"]["replies"]["greeting"]["professional"] == "Hallo! Wie kann ich helfen?"


def test_a_half_done_translation_falls_back_to_english_and_is_reported(tmp_path):
    es = _catalog(LOCALES / "es.json")
    del es["replies"]["price"]
    es["replies"]["stock_in"]["casual"] = "¡Sí, {titulo} está disponible!"
    es["replies"]["greeting"] = {"casual": "Hola"}
    es["agent_replies"]["transfer"] = {"casual": "x", "friendly": "x", "professional": "x"}
    es["days"] = es["days"][:6]
    es["duration_units"]["week"] = {"one": "semana"}
    es["list"]["and_before"] = [{"pattern": "(", "and": "e"}]
    es["replies"]["new_key"] = "nuevo"
    catalogs, problems = P.load_catalogs(_locales(tmp_path, es=es, pt_BR=es))
    got = catalogs["es"]
    english = catalogs["en"]
    assert got["replies"]["price"] == english["replies"]["price"]
    assert got["replies"]["stock_in"]["casual"] == english["replies"]["stock_in"]["casual"]
    assert got["replies"]["stock_in"]["friendly"] == _catalog(LOCALES / "es.json")["replies"]["stock_in"]["friendly"]
    assert got["replies"]["greeting"] == english["replies"]["greeting"]
    assert got["days"] == english["days"] and got["list"] == english["list"]
    assert got["duration_units"] == english["duration_units"] and got["language"]["plural_rule"] == "one_other"
    assert "pt-BR" not in catalogs
    text = "\n".join(problems)
    for expected in (
        "es: replies.price is missing", "es: replies.stock_in (casual) must have the placeholders ['title']",
        "es: replies.greeting is not a string or {casual, friendly, professional}",
        "es: agent_replies.transfer is not a string", "es: days must have a list of 7 strings",
        "es: language.plural_rule must be one of", "es: list must be", "es: replies.new_key is not a key of en.json",
        "pt-BR.json: a catalog is named by its language code",
    ):
        assert expected in text, expected
    assert len(problems) == 9, problems


def test_a_broken_english_catalog_or_unreadable_file_stops_the_load(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    en = _catalog(LOCALES / "en.json")
    en["replies"]["price"]["casual"] = "{title costs {price}"
    (bad / "en.json").write_text(json.dumps(en), "utf-8")
    with pytest.raises(RuntimeError, match="replies.price"):
        P.load_catalogs(bad)
    good = tmp_path / "good"
    good.mkdir()
    _locales(good)
    (good / "tr.json").write_text('{"replies": {', "utf-8")
    with pytest.raises(RuntimeError, match=r"tr\.json cannot be read"):
        P.load_catalogs(good)
