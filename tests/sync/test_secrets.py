"""Connection secrets: encrypted at rest under a 0600 key file, or read from the environment; never shown."""

from __future__ import annotations

import os
import stat

import pytest

from rag_agent.connections import Connections
from rag_agent.errors import ConfigError
from rag_agent.secretbox import SecretBox
from tests.sync.procs import FakeProcess, cli_env, rag

SECRET = "tn-test-token"


def test_secrets_are_encrypted_at_rest_and_listed_by_name_only(tmp_path, runner, tiny, hash_service):
    name, _ = tiny
    conn = runner.connect("w1", "shop", "tiny", {"store": name, "token": "tok-plain-value-987",
                                                 "webhook_secret": "env:TINY_WEBHOOK_SECRET"})
    data_dir = hash_service.settings.data_dir
    key_file = data_dir / "secret.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    for f in data_dir.glob("state.sqlite3*"):
        assert b"tok-plain-value-987" not in f.read_bytes()
    stored = hash_service.db.value("SELECT secrets FROM connections WHERE id=:c", c=conn.id)  # also on PostgreSQL
    assert b"tok-plain-value-987" not in bytes(stored) and bytes(stored).startswith(b"gAAAAA")  # a Fernet token
    assert conn.public()["secrets"] == {"token": "stored", "webhook_secret": "env:TINY_WEBHOOK_SECRET"}
    assert "tok-plain-value-987" not in str(conn.public())
    with pytest.raises(ConfigError, match="TINY_WEBHOOK_SECRET, which is not set"):
        runner.connections.secret_values(conn)
    os.environ["TINY_WEBHOOK_SECRET"] = "from-env"
    try:
        assert runner.connections.secret_values(conn) == {"token": "tok-plain-value-987",
                                                          "webhook_secret": "from-env"}
    finally:
        del os.environ["TINY_WEBHOOK_SECRET"]
    # another key file cannot read them: a clear error, not garbage
    key_file.write_bytes(b"x" * 44)
    with pytest.raises(ConfigError):
        Connections(hash_service.db, SecretBox(data_dir)).secret_values(conn)


@pytest.mark.integration
def test_connect_and_failing_sync_never_print_or_log_the_secret(tmp_path):
    fake = FakeProcess("nuvemshop", "--products", "5", "--orders", "1")
    try:
        env = cli_env(tmp_path / "data")
        r1 = rag(env, "-v", "connect", "nuvemshop", "shop", "--opt", "store_id=1234", "--opt", f"base_url={fake.url}",
                 "--opt", "user_agent=RagAgent (t@example.com)", "--opt", "max_retries=1", "--opt", "backoff_s=0.01",
                 "--secret", f"access_token={SECRET}", "--secret", "webhook_secret=tn-app-secret")
        assert r1.returncode == 0, r1.stderr
        fake.control("fail_next", status=500, times=50)
        r2 = rag(env, "-v", "sync", "shop")
        assert r2.returncode == 1 and "error:" in r2.stderr
        fake.control("clear_faults")
        fake.control("fail_next", status=401, times=5)
        r3 = rag(env, "-v", "sync", "shop", "--full")
        assert r3.returncode == 1 and "error:" in r3.stderr
        r4 = rag(env, "connections", "list", "--json")
        assert r4.returncode == 0 and '"access_token": "stored"' in r4.stdout
        r5 = rag(env, "connections", "list")
        for r in (r1, r2, r3, r4, r5):
            assert SECRET not in r.stdout and SECRET not in r.stderr
        for f in (tmp_path / "data").rglob("*"):
            if f.is_file():
                assert SECRET.encode() not in f.read_bytes(), f
    finally:
        fake.stop()
