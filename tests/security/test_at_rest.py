"""Secrets and files at rest (issue 12 item 13): the data directory is 0700 with 0600 files, and outgoing
webhook signing secrets are stored sealed with the data directory's key, like connector secrets."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from rag_agent.conversations.clock import ManualClock
from rag_agent.conversations.config import ConfigStore
from rag_agent.db import Database, sqlite_url
from rag_agent.conversations.responder import AgentAnswer, AgentInfo
from rag_agent.conversations.service import ConversationService
from rag_agent.errors import NotFound
from tests.conftest import REPO

HOOK_SECRET = "whsec-sec-at-rest-cleartext-4d8b1f"


def _modes(root: Path) -> list[tuple[str, str]]:
    """(path, octal mode) of everything under ``root`` (and ``root``) that is not private."""
    bad = []
    for p in [root, *root.rglob("*")]:
        if p.is_symlink():
            continue
        mode = stat.S_IMODE(p.lstat().st_mode)
        if mode & 0o077:
            bad.append((str(p.relative_to(root.parent)), oct(mode)))
    return bad


def _all_bytes(root: Path) -> list[tuple[Path, bytes]]:
    return [(f, f.read_bytes()) for f in root.rglob("*") if f.is_file() and not f.is_symlink()]


def test_the_servers_data_directory_is_private(sec_server):
    with sec_server.client("A") as c:  # every kind of file: an upload, state, conversations, secrets, vectors
        r = c.post("/v1/sources", files={"file": ("faq.md", b"# FAQ\nWe ship in 2 days.")})
        assert r.status_code == 201, r.text
        r = c.put("/v1/webhook", json={"url": "https://93.184.215.14/hook", "secret": HOOK_SECRET})
        assert r.status_code == 200, r.text
        c.put("/v1/webhook", json={"url": None})
    data = sec_server.data_dir
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert _modes(data) == []
    names = {p.name for p in data.iterdir()}
    assert {"state.sqlite3", "secret.key", "uploads", "qdrant"} <= names, names


def test_outgoing_webhook_secrets_are_not_stored_in_clear(sec_server):
    with sec_server.client("B") as c:
        r = c.put("/v1/webhook", json={"url": "https://93.184.215.14/hook", "secret": HOOK_SECRET + "-b"})
        assert r.status_code == 200 and r.json()["secret"] == HOOK_SECRET + "-b"
        generated = c.put("/v1/webhook", json={"url": "https://93.184.215.14/other"}).json()["secret"]
        assert generated == HOOK_SECRET + "-b"  # the stored secret is kept (and read back) when none is given
        assert c.get("/v1/routing").status_code == 200
        try:
            for f, data in _all_bytes(sec_server.data_dir):
                assert (HOOK_SECRET + "-b").encode() not in data, f
        finally:
            c.put("/v1/webhook", json={"url": None})


class _NoAgents:
    """The smallest responder: a workspace without AI agents (the test is about the settings only)."""

    def get(self, workspace_id: str, agent_id: str) -> AgentInfo:
        raise NotFound(f"agent {agent_id!r} not found")

    def is_active(self, workspace_id: str, agent_id: str) -> bool:
        return False

    def list_agents(self, workspace_id: str) -> list[AgentInfo]:
        return []

    def respond(self, *args, **kwargs) -> AgentAnswer:
        raise AssertionError("no agent answers here")


def test_secrets_stored_in_clear_by_an_older_version_are_sealed_on_start(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = Database(sqlite_url(data))
    ConfigStore(db).update("w1", 0.0, webhook_url="https://93.184.215.14/hook", webhook_secret=HOOK_SECRET)
    db.close()
    assert any(HOOK_SECRET.encode() in b for _, b in _all_bytes(data))  # as an older version left it
    conv = ConversationService(Database(sqlite_url(data)), _NoAgents(), ManualClock(0.0), data_dir=data)
    try:
        assert conv.config("w1").webhook_secret == HOOK_SECRET  # still signs with the same secret
        assert conv.config("w1").public()["webhook_secret"] == "set"
        assert not [f for f, b in _all_bytes(data) if HOOK_SECRET.encode() in b]
        assert stat.S_IMODE((data / "secret.key").stat().st_mode) == 0o600
    finally:
        conv.close()


def test_a_data_directory_made_world_readable_is_made_private_on_open(tmp_path):
    from rag_agent.embed import HashEmbedder
    from rag_agent.service import Service
    from rag_agent.settings import Settings

    data = tmp_path / "old"
    (data / "uploads" / "ws" / "src").mkdir(parents=True)
    (data / "uploads" / "ws" / "src" / "faq.md").write_text("# FAQ")
    (data / "api-key").write_text("k")
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours to change")
    os.chmod(outside, 0o644)
    (data / "link").symlink_to(outside)
    for p in [data, *data.rglob("*")]:
        if not p.is_symlink():
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
    svc = Service(Settings(data_dir=data), embedder=HashEmbedder())
    try:
        svc.ensure_workspace("w1", "Shop")
        svc.add_file("w1", (REPO / "README.md").read_bytes()[:4000], "readme.md")
    finally:
        svc.close()
    assert _modes(data) == []
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # a link is not followed out of the directory
