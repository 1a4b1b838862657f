"""Store connections: who to sync from, with which (encrypted) credentials, and how far we got.

Kept in the data directory's ``state.sqlite3`` (tables ``connections``, ``syncs`` and
``webhook_deliveries``, next to :mod:`rag_agent.state`'s own), through a connection of this module.

Secrets: a connection's secret values (access tokens, consumer secrets, webhook secrets) are stored
encrypted with Fernet (AES-128-CBC + HMAC-SHA256) under a key in ``<data dir>/secret.key``, created
with mode 0600 on first use; or, given as ``env:NAME``, only the reference is stored and the value is
read from the environment variable ``NAME`` whenever the connection is used. Secrets never appear in
:meth:`Connection.public`, in error messages or in logs.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from rag_agent.errors import ConfigError, InputError, NotFound

__all__ = ["Connection", "Connections", "SyncRecord", "NAME_RULE"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS connections (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, platform TEXT NOT NULL,
    config TEXT NOT NULL DEFAULT '{}', secrets BLOB, products_source_id TEXT NOT NULL,
    pages_source_id TEXT NOT NULL, products_cursor REAL, orders_cursor REAL, last_sync_id TEXT,
    created_at REAL NOT NULL, updated_at REAL NOT NULL, UNIQUE (workspace_id, name));
CREATE TABLE IF NOT EXISTS syncs (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, connection_id TEXT NOT NULL, full INTEGER NOT NULL,
    status TEXT NOT NULL, counts TEXT NOT NULL DEFAULT '{}', error TEXT, pid INTEGER,
    started_at REAL NOT NULL, finished_at REAL);
CREATE INDEX IF NOT EXISTS syncs_conn ON syncs(connection_id, started_at);
CREATE TABLE IF NOT EXISTS webhook_deliveries (
    connection_id TEXT NOT NULL, delivery_id TEXT NOT NULL, topic TEXT, received_at REAL NOT NULL,
    PRIMARY KEY (connection_id, delivery_id));
"""

NAME_RULE = "1-64 characters: letters, digits, '-', '_' and '.', starting with a letter or digit"
ENV_PREFIX = "env:"


def _valid_name(name: str) -> bool:
    return (0 < len(name) <= 64 and name[0].isalnum()
            and all(ch.isalnum() or ch in "-_." for ch in name) and name.isascii())


@dataclass
class Connection:
    """One connected store. ``secret_refs`` maps a secret's name to ``"env:NAME"`` or ``"stored"``."""

    id: str
    workspace_id: str
    name: str
    platform: str
    config: dict[str, str]
    secret_refs: dict[str, str]
    products_source_id: str
    pages_source_id: str
    products_cursor: float | None
    orders_cursor: float | None
    last_sync_id: str | None
    created_at: float
    updated_at: float

    @property
    def webhook_path(self) -> str:
        return f"/v1/webhooks/{self.id}"

    def public(self) -> dict[str, Any]:
        """Everything but secret values (secrets are named, with where they come from)."""
        return {
            "id": self.id, "name": self.name, "platform": self.platform, "config": dict(self.config),
            "secrets": dict(self.secret_refs), "products_source_id": self.products_source_id,
            "pages_source_id": self.pages_source_id, "webhook_path": self.webhook_path,
            "products_cursor": self.products_cursor, "orders_cursor": self.orders_cursor,
            "last_sync_id": self.last_sync_id, "created_at": self.created_at,
        }


@dataclass
class SyncRecord:
    """One sync run: its status (running, succeeded, failed, interrupted) and counts."""

    id: str
    workspace_id: str
    connection_id: str
    full: bool
    status: str
    counts: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    pid: int | None = None
    started_at: float = 0.0
    finished_at: float | None = None

    def public(self, connection_name: str | None = None) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k not in {"workspace_id", "pid"}}
        if connection_name is not None:
            d["connection"] = connection_name
        return d


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Connections:
    """Connection records, encrypted secrets, sync cursors, sync runs and webhook delivery ids."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(self.data_dir / "state.sqlite3"), check_same_thread=False,
                                   isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._fernet: Fernet | None = None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- helpers ---------------------------------------------------------------------------------
    def _q(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _x(self, sql: str, args: tuple = ()) -> int:
        with self._lock:
            return self._db.execute(sql, args).rowcount

    def _cipher(self) -> Fernet:
        """The Fernet key of this data directory, created 0600 on first use."""
        if self._fernet is None:
            path = self.data_dir / "secret.key"
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                key = path.read_bytes().strip()
            else:
                key = Fernet.generate_key()
                with os.fdopen(fd, "wb") as f:
                    f.write(key)
            try:
                self._fernet = Fernet(key)
            except ValueError as exc:
                raise ConfigError(f"{path} does not hold a valid secret key") from exc
        return self._fernet

    def _conn(self, row: sqlite3.Row) -> Connection:
        refs = {}
        if row["secrets"]:
            for k, v in self._decrypt(row["secrets"]).items():
                refs[k] = v if isinstance(v, str) and v.startswith(ENV_PREFIX) else "stored"
        return Connection(row["id"], row["workspace_id"], row["name"], row["platform"], json.loads(row["config"]),
                          refs, row["products_source_id"], row["pages_source_id"], row["products_cursor"],
                          row["orders_cursor"], row["last_sync_id"], row["created_at"], row["updated_at"])

    def _decrypt(self, blob: bytes) -> dict[str, str]:
        try:
            return json.loads(self._cipher().decrypt(bytes(blob)))
        except InvalidToken as exc:
            raise ConfigError("the stored secrets of a connection cannot be decrypted with "
                              f"{self.data_dir / 'secret.key'} (was the key file replaced?)") from exc

    # -- connections -----------------------------------------------------------------------------
    def create(self, workspace_id: str, name: str, platform: str, config: dict[str, str],
               secret_values: dict[str, str], products_source_id: str, pages_source_id: str,
               connection_id: str | None = None) -> Connection:
        """Store a new connection; secret values are encrypted (``env:NAME`` values kept as references)."""
        if not _valid_name(name):
            raise InputError(f"connection name {name!r} is not valid: {NAME_RULE}")
        if self.find(workspace_id, name):
            raise InputError(f"a connection named {name!r} already exists; remove it first or pick another name")
        for key, value in secret_values.items():
            if value.startswith(ENV_PREFIX) and not value[len(ENV_PREFIX):].strip():
                raise InputError(f"secret {key!r}: 'env:' needs an environment variable name, like env:SHOP_TOKEN")
        blob = self._cipher().encrypt(json.dumps(secret_values).encode()) if secret_values else None
        cid = connection_id or "con_" + secrets.token_hex(8)
        now = time.time()
        self._x("INSERT INTO connections(id, workspace_id, name, platform, config, secrets, products_source_id,"
                " pages_source_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (cid, workspace_id, name, platform, json.dumps(config), blob, products_source_id, pages_source_id,
                 now, now))
        return self.get_by_id(cid)

    def find(self, workspace_id: str, name: str) -> Connection | None:
        rows = self._q("SELECT * FROM connections WHERE workspace_id=? AND name=?", (workspace_id, name))
        return self._conn(rows[0]) if rows else None

    def get(self, workspace_id: str, name: str) -> Connection:
        c = self.find(workspace_id, name)
        if c is None:
            names = ", ".join(x.name for x in self.list(workspace_id)) or "none yet"
            raise NotFound(f"no connection named {name!r} in this workspace (connections: {names})")
        return c

    def get_by_id(self, connection_id: str) -> Connection:
        rows = self._q("SELECT * FROM connections WHERE id=?", (connection_id,))
        if not rows:
            raise NotFound(f"connection {connection_id!r} not found")
        return self._conn(rows[0])

    def list(self, workspace_id: str) -> list[Connection]:
        return [self._conn(r) for r in self._q(
            "SELECT * FROM connections WHERE workspace_id=? ORDER BY created_at", (workspace_id,))]

    def delete(self, workspace_id: str, name: str) -> Connection:
        c = self.get(workspace_id, name)
        with self._lock:
            self._x("DELETE FROM webhook_deliveries WHERE connection_id=?", (c.id,))
            self._x("DELETE FROM syncs WHERE connection_id=?", (c.id,))
            self._x("DELETE FROM connections WHERE id=?", (c.id,))
        return c

    def secret_values(self, connection: Connection) -> dict[str, str]:
        """The connection's secrets in clear, environment references resolved. Never log the result."""
        rows = self._q("SELECT secrets FROM connections WHERE id=?", (connection.id,))
        if not rows or not rows[0]["secrets"]:
            return {}
        out = {}
        for key, value in self._decrypt(rows[0]["secrets"]).items():
            if value.startswith(ENV_PREFIX):
                var = value[len(ENV_PREFIX):]
                if var not in os.environ:
                    raise ConfigError(f"connection {connection.name!r}: secret {key!r} is read from the "
                                      f"environment variable {var}, which is not set")
                value = os.environ[var]
            out[key] = value
        return out

    def full_config(self, connection: Connection) -> dict[str, str]:
        """Config and secrets together, as the platform connector's ``from_config`` takes them."""
        return {**connection.config, **self.secret_values(connection)}

    def store_tokens(self, connection: Connection, tokens: dict[str, Any], secret_keys: tuple[str, ...]) -> None:
        """Keep tokens a platform refreshed: secrets re-encrypted (not those read from the environment),
        ``token_expires_at`` in the config."""
        with self._lock:
            rows = self._q("SELECT secrets, config FROM connections WHERE id=?", (connection.id,))
            if not rows:
                return
            stored = self._decrypt(rows[0]["secrets"]) if rows[0]["secrets"] else {}
            config = json.loads(rows[0]["config"])
            for key, value in tokens.items():
                if key in secret_keys and value and not str(stored.get(key, "")).startswith(ENV_PREFIX):
                    stored[key] = str(value)
            if tokens.get("token_expires_at"):
                config["token_expires_at"] = str(tokens["token_expires_at"])
            self._x("UPDATE connections SET secrets=?, config=?, updated_at=? WHERE id=?",
                    (self._cipher().encrypt(json.dumps(stored).encode()), json.dumps(config), time.time(),
                     connection.id))

    def set_cursors(self, connection_id: str, products: float | None, orders: float | None) -> None:
        """Advance the incremental cursors (only after a sync has completed)."""
        self._x("UPDATE connections SET products_cursor=?, orders_cursor=?, updated_at=? WHERE id=?",
                (products, orders, time.time(), connection_id))

    # -- sync runs -------------------------------------------------------------------------------
    def _sync(self, row: sqlite3.Row) -> SyncRecord:
        return SyncRecord(row["id"], row["workspace_id"], row["connection_id"], bool(row["full"]), row["status"],
                          json.loads(row["counts"]), row["error"], row["pid"], row["started_at"], row["finished_at"])

    def start_sync(self, connection: Connection, full: bool) -> SyncRecord:
        """Record a running sync; refuses when another live process or thread runs one for this connection."""
        with self._lock:
            for row in self._q("SELECT * FROM syncs WHERE connection_id=? AND status='running'", (connection.id,)):
                if _pid_alive(row["pid"]):
                    raise InputError(f"a sync of {connection.name!r} is already running ({row['id']})")
                self._x("UPDATE syncs SET status='interrupted', finished_at=? WHERE id=?", (time.time(), row["id"]))
            sid = "sync_" + uuid.uuid4().hex[:12]
            self._x("INSERT INTO syncs(id, workspace_id, connection_id, full, status, pid, started_at)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (sid, connection.workspace_id, connection.id, int(full), "running", os.getpid(), time.time()))
            self._x("UPDATE connections SET last_sync_id=? WHERE id=?", (sid, connection.id))
        return self.get_sync(connection.workspace_id, sid)

    def update_sync(self, sync_id: str, counts: dict[str, Any], status: str | None = None,
                    error: str | None = None) -> None:
        if status is None:
            self._x("UPDATE syncs SET counts=? WHERE id=?", (json.dumps(counts), sync_id))
        else:
            self._x("UPDATE syncs SET counts=?, status=?, error=?, finished_at=? WHERE id=?",
                    (json.dumps(counts), status, error, time.time(), sync_id))

    def get_sync(self, workspace_id: str, sync_id: str) -> SyncRecord:
        rows = self._q("SELECT * FROM syncs WHERE id=? AND workspace_id=?", (sync_id, workspace_id))
        if not rows:
            raise NotFound(f"sync {sync_id!r} not found in this workspace")
        rec = self._sync(rows[0])
        if rec.status == "running" and not _pid_alive(rec.pid):
            rec.status = "interrupted"
        return rec

    # -- webhook deliveries ----------------------------------------------------------------------
    def first_delivery(self, connection_id: str, delivery_id: str, topic: str) -> bool:
        """Record a delivery id; False when it was seen before (the delivery is then a no-op)."""
        with self._lock:
            try:
                self._x("INSERT INTO webhook_deliveries(connection_id, delivery_id, topic, received_at)"
                        " VALUES (?,?,?,?)", (connection_id, delivery_id, topic, time.time()))
            except sqlite3.IntegrityError:
                return False
        return True

    def forget_delivery(self, connection_id: str, delivery_id: str) -> None:
        """Drop a delivery id whose event could not be applied, so the platform's retry is applied."""
        self._x("DELETE FROM webhook_deliveries WHERE connection_id=? AND delivery_id=?", (connection_id, delivery_id))
