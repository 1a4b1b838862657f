"""Store connections: who to sync from, with which (encrypted) credentials, and how far we got.

Kept in the data directory's ``state.sqlite3`` (tables ``connections``, ``syncs`` and
``webhook_deliveries``, next to :mod:`rag_agent.state`'s own), through a connection of this module.

Secrets: a connection's secret values (access tokens, consumer secrets, webhook secrets) are stored
encrypted with Fernet (AES-128-CBC + HMAC-SHA256) under a key in ``<data dir>/secret.key``, created
with mode 0600 on first use (:class:`rag_agent.secretbox.SecretBox`); or, given as ``env:NAME``, only the
reference is stored and the value is read from the environment variable ``NAME`` whenever the connection
is used. Secrets never appear in :meth:`Connection.public`, in error messages or in logs.

Who made a connection is kept (``origin``): ``operator`` (the CLI on the server's own data directory, or
the admin key) or ``workspace`` (a workspace API key). The server's environment is the operator's: an
``env:`` reference is never resolved for a connection of origin ``workspace``, whatever the database holds
(the API refuses to store one; this is the second lock). Connections stored before origins were kept are
``operator`` in the CLI's own workspace (``default``) and ``workspace`` elsewhere: before the admin route
existed, the API was the only way into another workspace.
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
from typing import Any, Iterator, Mapping

from rag_agent.datadir import secure_data_dir
from rag_agent.errors import ConfigError, InputError, NotFound
from rag_agent.secretbox import SecretBox

__all__ = ["Connection", "Connections", "SyncRecord", "NAME_RULE", "ORIGINS"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS connections (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, platform TEXT NOT NULL,
    config TEXT NOT NULL DEFAULT '{}', secrets BLOB, products_source_id TEXT NOT NULL,
    pages_source_id TEXT NOT NULL, products_cursor REAL, orders_cursor REAL, last_sync_id TEXT,
    created_at REAL NOT NULL, updated_at REAL NOT NULL, origin TEXT NOT NULL DEFAULT 'workspace',
    UNIQUE (workspace_id, name));
CREATE TABLE IF NOT EXISTS syncs (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, connection_id TEXT NOT NULL, full INTEGER NOT NULL,
    status TEXT NOT NULL, counts TEXT NOT NULL DEFAULT '{}', error TEXT, pid INTEGER,
    started_at REAL NOT NULL, finished_at REAL);
CREATE INDEX IF NOT EXISTS syncs_conn ON syncs(connection_id, started_at);
CREATE TABLE IF NOT EXISTS webhook_deliveries (
    connection_id TEXT NOT NULL, delivery_id TEXT NOT NULL, topic TEXT, received_at REAL NOT NULL,
    PRIMARY KEY (connection_id, delivery_id));
"""

#: Who created a connection: the operator (CLI on the data directory, admin key) or a workspace API key.
ORIGINS = ("operator", "workspace")
#: The CLI's own workspace (``rag_agent.cli.DEFAULT_WS``): legacy connections there were the operator's.
_CLI_WORKSPACE = "default"
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
    origin: str = "workspace"

    @property
    def by_operator(self) -> bool:
        return self.origin == "operator"

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
            "last_sync_id": self.last_sync_id, "created_at": self.created_at, "origin": self.origin,
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
        self.data_dir = secure_data_dir(Path(data_dir))
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(self.data_dir / "state.sqlite3"), check_same_thread=False,
                                   isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._migrate()
        self.box = SecretBox(self.data_dir)

    def _migrate(self) -> None:
        """Add ``origin`` to a table made before origins were kept (see the module docstring)."""
        with self._lock:
            cols = {r["name"] for r in self._db.execute("PRAGMA table_info(connections)")}
            if "origin" not in cols:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    cols = {r["name"] for r in self._db.execute("PRAGMA table_info(connections)")}
                    if "origin" not in cols:
                        self._db.execute("ALTER TABLE connections ADD COLUMN origin TEXT NOT NULL DEFAULT 'workspace'")
                        self._db.execute("UPDATE connections SET origin='operator' WHERE workspace_id=?",
                                         (_CLI_WORKSPACE,))
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise

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

    def _conn(self, row: sqlite3.Row) -> Connection:
        refs = {}
        if row["secrets"]:
            for k, v in self._decrypt(row["secrets"]).items():
                refs[k] = v if isinstance(v, str) and v.startswith(ENV_PREFIX) else "stored"
        return Connection(row["id"], row["workspace_id"], row["name"], row["platform"], json.loads(row["config"]),
                          refs, row["products_source_id"], row["pages_source_id"], row["products_cursor"],
                          row["orders_cursor"], row["last_sync_id"], row["created_at"], row["updated_at"],
                          row["origin"])

    def _decrypt(self, blob: bytes) -> dict[str, str]:
        return json.loads(self.box.decrypt(blob, "the stored secrets of a connection"))

    def _encrypt(self, values: dict[str, str]) -> bytes:
        return self.box.encrypt(json.dumps(values).encode())

    # -- connections -----------------------------------------------------------------------------
    def create(self, workspace_id: str, name: str, platform: str, config: dict[str, str],
               secret_values: dict[str, str], products_source_id: str, pages_source_id: str,
               connection_id: str | None = None, origin: str = "workspace") -> Connection:
        """Store a new connection; secret values are encrypted (``env:NAME`` values kept as references).

        ``origin`` is who creates it (:data:`ORIGINS`); a ``workspace`` connection takes no ``env:`` reference.
        """
        if origin not in ORIGINS:
            raise ValueError(f"origin must be one of {ORIGINS}, got {origin!r}")
        if not _valid_name(name):
            raise InputError(f"connection name {name!r} is not valid: {NAME_RULE}")
        if self.find(workspace_id, name):
            raise InputError(f"a connection named {name!r} already exists; remove it first or pick another name")
        for key, value in secret_values.items():
            if value.startswith(ENV_PREFIX) and not value[len(ENV_PREFIX):].strip():
                raise InputError(f"secret {key!r}: 'env:' needs an environment variable name, like env:SHOP_TOKEN")
            if value.startswith(ENV_PREFIX) and origin != "operator":
                raise InputError(f"secret {key!r}: 'env:' references are the operator's; give the value itself")
        blob = self._encrypt(secret_values) if secret_values else None
        cid = connection_id or "con_" + secrets.token_hex(8)
        now = time.time()
        self._x("INSERT INTO connections(id, workspace_id, name, platform, config, secrets, products_source_id,"
                " pages_source_id, created_at, updated_at, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (cid, workspace_id, name, platform, json.dumps(config), blob, products_source_id, pages_source_id,
                 now, now, origin))
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

    def _stored_secrets(self, connection: Connection) -> tuple[bool, dict[str, str]]:
        """(whether the operator made the connection, its stored secrets), both as the database holds them."""
        rows = self._q("SELECT secrets, origin FROM connections WHERE id=?", (connection.id,))
        if not rows:
            return False, {}
        return rows[0]["origin"] == "operator", self._decrypt(rows[0]["secrets"]) if rows[0]["secrets"] else {}

    @staticmethod
    def _resolve(connection: Connection, by_operator: bool, key: str, value: str) -> str:
        if not value.startswith(ENV_PREFIX):
            return value
        if not by_operator:  # never the server's environment for a workspace's connection
            raise ConfigError(f"connection {connection.name!r}: secret {key!r} is an 'env:' reference, which only "
                              "the operator's connections may use; connect it again with the value")
        var = value[len(ENV_PREFIX):]
        if var not in os.environ:
            raise ConfigError(f"connection {connection.name!r}: secret {key!r} is read from the "
                              f"environment variable {var}, which is not set")
        return os.environ[var]

    def secret_values(self, connection: Connection) -> dict[str, str]:
        """The connection's secrets in clear, environment references resolved. Never log the result."""
        by_operator, stored = self._stored_secrets(connection)
        return {k: self._resolve(connection, by_operator, k, v) for k, v in stored.items()}

    def secret_value(self, connection: Connection, key: str) -> str | None:
        """One secret in clear (None when the connection has none by that name), resolving nothing else."""
        by_operator, stored = self._stored_secrets(connection)
        value = stored.get(key)
        return None if value is None else self._resolve(connection, by_operator, key, value)

    def full_config(self, connection: Connection) -> dict[str, str]:
        """Config and secrets together, as the platform connector's ``from_config`` takes them."""
        return {**connection.config, **self.secret_values(connection)}

    def lazy_config(self, connection: Connection) -> "LazyConfig":
        """Config and secrets as a mapping that resolves a secret only when it is read (webhook checks)."""
        return LazyConfig(self, connection)

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
                    (self._encrypt(stored), json.dumps(config), time.time(), connection.id))

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


class LazyConfig(Mapping[str, str]):
    """A connection's config and secrets; a secret is decrypted (and its ``env:`` read) only when asked for.

    Webhook signatures are checked through this, so a delivery is verified with the webhook secret alone: an
    access token that cannot be resolved does not stop the check, and is not even read.
    """

    def __init__(self, connections: Connections, connection: Connection) -> None:
        self._connections = connections
        self._connection = connection
        self._secret_keys = set(connection.secret_refs)
        self._cache: dict[str, str | None] = {}

    def __getitem__(self, key: str) -> str:
        if key in self._secret_keys:
            if key not in self._cache:
                self._cache[key] = self._connections.secret_value(self._connection, key)
            value = self._cache[key]
            if value is None:
                raise KeyError(key)
            return value
        return self._connection.config[key]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._connection.config, *self._secret_keys]))

    def __len__(self) -> int:
        return len(set(self._connection.config) | self._secret_keys)
