"""Small parts on their own: migrations, the clock, webhook signatures, the loop guard, the voice seam."""

from __future__ import annotations

import importlib.util

import pytest

from rag_agent.conversations import ManualClock, NoSpeechToText, SpeechToText, sign, verify
from rag_agent.db import MIGRATIONS, Database, sqlite_url
from rag_agent.conversations.handoff import loop_guard
from rag_agent.conversations.models import Owner
from rag_agent.conversations.voice import SpeechToTextUnavailable, make_speech_to_text
from rag_agent.errors import ConfigError


def test_migrations_apply_once_and_state_survives_reopening(tmp_path, database_url):
    url = database_url or sqlite_url(tmp_path)
    db = Database(url)
    assert db.schema_version() == MIGRATIONS[-1][0] == 8
    db.run("INSERT INTO cv_teams(id, workspace_id, name, created_at) VALUES ('t1', 'w', 'Support', 1)")
    assert db.migrate() == []
    db.close()
    again = Database(url)
    assert again.migrate() == [] and again.one("SELECT name FROM cv_teams WHERE id='t1'")["name"] == "Support"
    assert (tmp_path / "state.sqlite3").exists() == (database_url is None)
    again.close()


def test_database_urls_are_checked():
    with pytest.raises(ConfigError, match="sqlite:// or postgresql://"):
        Database("mysql://x/y")
    if importlib.util.find_spec("psycopg") is None:
        with pytest.raises(ConfigError, match="driver"):
            Database("postgresql+psycopg://u:p@127.0.0.1:1/db")
    else:  # a server that is not there: a clear error, and the password is not in it
        with pytest.raises(ConfigError, match=r"cannot open the database .*127\.0\.0\.1:1/db") as e:
            Database("postgresql+psycopg://u:s3cret-pw@127.0.0.1:1/db")
        assert "s3cret-pw" not in str(e.value)


def test_manual_clock_only_moves_forward():
    c = ManualClock(100)
    assert c.advance(5) == 105 and c.set(200) == 200
    with pytest.raises(ValueError):
        c.set(150)
    with pytest.raises(ValueError):
        c.advance(-1)


def test_webhook_signature():
    body = b'{"type": "message.created"}'
    header = sign("whsec_abc", body, 1000)
    assert header.startswith("t=1000,v1=") and verify("whsec_abc", body, header, 1100)
    assert not verify("whsec_abc", body, header, 2000)  # too old
    assert not verify("whsec_abd", body, header, 1000)
    assert not verify("whsec_abc", body + b"x", header, 1000)
    assert not verify("whsec_abc", body, "garbage", 1000)


def h(fk, fi, automatic=True):
    return {"from_kind": fk, "from_id": fi, "automatic": automatic}


def test_loop_guard():
    assert loop_guard([], Owner("ai", "b"), 4) is None
    assert loop_guard([h("ai", "a")], Owner("ai", "b"), 4) is None
    assert "already passed" in loop_guard([h("ai", "a"), h("ai", "b")], Owner("ai", "a"), 4)
    # a person acting resets the chain
    assert loop_guard([h("ai", "a"), h("human", "x", False)], Owner("ai", "a"), 4) is None
    assert "limit 2" in loop_guard([h("ai", "a"), h("ai", "b")], Owner("ai", "c"), 2)


def test_speech_to_text_seam():
    for stt in (NoSpeechToText(), make_speech_to_text("faster-whisper", None),
                make_speech_to_text("whisper", None)):
        assert isinstance(stt, SpeechToText)
        with pytest.raises(SpeechToTextUnavailable):
            stt.transcribe(b"OggS", "a.ogg")
