"""Store connections: who to sync from, with which (encrypted) credentials, and how far we got.

Kept in the service's database (:mod:`rag_agent.db`; tables ``connections``, ``syncs`` and
``webhook_deliveries``, next to :mod:`rag_agent.state`'s own).

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
existed, the API was the only way into another workspace (migration 2 of :mod:`rag_agent.db.migrations`).
"""

from __future__ import annotations

import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

from sqlalchemy.exc import IntegrityError

from rag_agent.db import Database
from rag_agent.errors import ConfigError, InputError, NotFound
from rag_agent.secretbox import SecretBox

__all__ = ["Connection", "Connections", "SyncRecord", "NAME_RULE", "ORIGINS"]

#: Who created a connection: the operator (CLI on the data directory, admin key) or a workspace API key.
ORIGINS = ("operator", "workspace")
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
    """Connection records, encrypted secrets, sync cursors, sync runs and webhook delivery ids.

    ``box`` holds the data directory's key (``secret.key``): workers sharing one database need the same key file.
    """

    def __init__(self, db: Database, box: SecretBox) -> None:
        self.db = db
        self.box = box

    def close(self) -> None:
        """Nothing to release: the database belongs to whoever opened it."""

    def _conn(self, row: dict[str, Any]) -> Connection:
        refs = {}
        if row["secrets"]:
            for k, v in self._decrypt(row["secrets"]).items():
                refs[k] = v if isinstance(v, str) and v.startswith(ENV_PREFIX) else "stored"
        return Connection(row["id"], row["workspace_id"], row["name"], row["platform"], json.loads(row["config"]),
                          refs, row["products_source_id"], row["pages_source_id"], row["products_cursor"],
                          row["orders_cursor"], row["last_sync_id"], row["created_at"], row["updated_at"],
                          row["origin"])

    def _decrypt(self, blob: bytes) -> dict[str, str]:
        return json.loads(self.box.decrypt(bytes(blob), "the stored secrets of a connection"))

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
        taken = InputError(f"a connection named {name!r} already exists; remove it first or pick another name")
        if self.find(workspace_id, name):
            raise taken
        for key, value in secret_values.items():
            if value.startswith(ENV_PREFIX) and not value[len(ENV_PREFIX):].strip():
                raise InputError(f"secret {key!r}: 'env:' needs an environment variable name, like env:SHOP_TOKEN")
            if value.startswith(ENV_PREFIX) and origin != "operator":
                raise InputError(f"secret {key!r}: 'env:' references are the operator's; give the value itself")
        blob = self._encrypt(secret_values) if secret_values else None
        cid = connection_id or "con_" + secrets.token_hex(8)
        now = time.time()
        try:
            self.db.run("INSERT INTO connections(id, workspace_id, name, platform, config, secrets, products_source_id,"
                        " pages_source_id, created_at, updated_at, origin) VALUES (:id, :w, :name, :platform, :config,"
                        " :secrets, :ps, :pg, :t, :t, :origin)",
                        id=cid, w=workspace_id, name=name, platform=platform, config=json.dumps(config), secrets=blob,
                        ps=products_source_id, pg=pages_source_id, t=now, origin=origin)
        except IntegrityError as exc:  # another worker took the name in between
            raise taken from exc
        return self.get_by_id(cid)

    def find(self, workspace_id: str, name: str) -> Connection | None:
        row = self.db.one("SELECT * FROM connections WHERE workspace_id=:w AND name=:n", w=workspace_id, n=name)
        return self._conn(row) if row else None

    def get(self, workspace_id: str, name: str) -> Connection:
        c = self.find(workspace_id, name)
        if c is None:
            names = ", ".join(x.name for x in self.list(workspace_id)) or "none yet"
            raise NotFound(f"no connection named {name!r} in this workspace (connections: {names})")
        return c

    def get_by_id(self, connection_id: str) -> Connection:
        row = self.db.one("SELECT * FROM connections WHERE id=:id", id=connection_id)
        if row is None:
            raise NotFound(f"connection {connection_id!r} not found")
        return self._conn(row)

    def list(self, workspace_id: str) -> list[Connection]:
        return [self._conn(r) for r in self.db.rows(
            "SELECT * FROM connections WHERE workspace_id=:w ORDER BY created_at", w=workspace_id)]

    def delete(self, workspace_id: str, name: str) -> Connection:
        c = self.get(workspace_id, name)
        with self.db.tx() as tx:
            tx.run("DELETE FROM webhook_deliveries WHERE connection_id=:c", c=c.id)
            tx.run("DELETE FROM syncs WHERE connection_id=:c", c=c.id)
            tx.run("DELETE FROM connections WHERE id=:c", c=c.id)
        return c

    def _stored_secrets(self, connection: Connection) -> tuple[bool, dict[str, str]]:
        """(whether the operator made the connection, its stored secrets), both as the database holds them."""
        row = self.db.one("SELECT secrets, origin FROM connections WHERE id=:c", c=connection.id)
        if row is None:
            return False, {}
        return row["origin"] == "operator", self._decrypt(row["secrets"]) if row["secrets"] else {}

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
        with self.db.tx() as tx:
            rows = tx.lock("SELECT secrets, config FROM connections WHERE id=:c", c=connection.id)
            if not rows:
                return
            stored = self._decrypt(rows[0]["secrets"]) if rows[0]["secrets"] else {}
            config = json.loads(rows[0]["config"])
            for key, value in tokens.items():
                if key in secret_keys and value and not str(stored.get(key, "")).startswith(ENV_PREFIX):
                    stored[key] = str(value)
            if tokens.get("token_expires_at"):
                config["token_expires_at"] = str(tokens["token_expires_at"])
            tx.run("UPDATE connections SET secrets=:s, config=:cfg, updated_at=:t WHERE id=:c",
                   s=self._encrypt(stored), cfg=json.dumps(config), t=time.time(), c=connection.id)

    def set_cursors(self, connection_id: str, products: float | None, orders: float | None) -> None:
        """Advance the incremental cursors (only after a sync has completed)."""
        self.db.run("UPDATE connections SET products_cursor=:p, orders_cursor=:o, updated_at=:t WHERE id=:c",
                    p=products, o=orders, t=time.time(), c=connection_id)

    # -- sync runs -------------------------------------------------------------------------------
    @staticmethod
    def _sync(row: dict[str, Any]) -> SyncRecord:
        return SyncRecord(row["id"], row["workspace_id"], row["connection_id"], bool(row["full"]), row["status"],
                          json.loads(row["counts"]), row["error"], row["pid"], row["started_at"], row["finished_at"])

    def start_sync(self, connection: Connection, full: bool) -> SyncRecord:
        """Record a running sync; refuses when another live process or thread runs one for this connection.

        The connection's row is locked meanwhile, so two workers starting a sync of it at once are told apart.
        (A sync's process is known by its pid: workers sharing a database on several hosts see another host's
        running sync as running until it ends.)
        """
        with self.db.tx() as tx:
            tx.lock("SELECT id FROM connections WHERE id=:c", c=connection.id)
            for row in tx.rows("SELECT id, pid FROM syncs WHERE connection_id=:c AND status='running'",
                               c=connection.id):
                if _pid_alive(row["pid"]):
                    raise InputError(f"a sync of {connection.name!r} is already running ({row['id']})")
                tx.run("UPDATE syncs SET status='interrupted', finished_at=:t WHERE id=:id", t=time.time(), id=row["id"])
            sid = "sync_" + uuid.uuid4().hex[:12]
            tx.run('INSERT INTO syncs(id, workspace_id, connection_id, "full", status, pid, started_at)'
                   " VALUES (:id, :w, :c, :full, 'running', :pid, :t)",
                   id=sid, w=connection.workspace_id, c=connection.id, full=int(full), pid=os.getpid(), t=time.time())
            tx.run("UPDATE connections SET last_sync_id=:s WHERE id=:c", s=sid, c=connection.id)
        return self.get_sync(connection.workspace_id, sid)

    def update_sync(self, sync_id: str, counts: dict[str, Any], status: str | None = None,
                    error: str | None = None) -> None:
        if status is None:
            self.db.run("UPDATE syncs SET counts=:counts WHERE id=:id", counts=json.dumps(counts), id=sync_id)
        else:
            self.db.run("UPDATE syncs SET counts=:counts, status=:status, error=:error, finished_at=:t WHERE id=:id",
                        counts=json.dumps(counts), status=status, error=error, t=time.time(), id=sync_id)

    def get_sync(self, workspace_id: str, sync_id: str) -> SyncRecord:
        row = self.db.one("SELECT * FROM syncs WHERE id=:id AND workspace_id=:w", id=sync_id, w=workspace_id)
        if row is None:
            raise NotFound(f"sync {sync_id!r} not found in this workspace")
        rec = self._sync(row)
        if rec.status == "running" and not _pid_alive(rec.pid):
            rec.status = "interrupted"
        return rec

    # -- webhook deliveries ----------------------------------------------------------------------
    def first_delivery(self, connection_id: str, delivery_id: str, topic: str) -> bool:
        """Record a delivery id; False when it was seen before (the delivery is then a no-op). One statement:
        two workers given the same delivery at once record it once, and only one of them applies it."""
        return self.db.run("INSERT INTO webhook_deliveries(connection_id, delivery_id, topic, received_at)"
                           " VALUES (:c, :d, :topic, :t) ON CONFLICT (connection_id, delivery_id) DO NOTHING",
                           c=connection_id, d=delivery_id, topic=topic, t=time.time()) == 1

    def forget_delivery(self, connection_id: str, delivery_id: str) -> None:
        """Drop a delivery id whose event could not be applied, so the platform's retry is applied."""
        self.db.run("DELETE FROM webhook_deliveries WHERE connection_id=:c AND delivery_id=:d",
                    c=connection_id, d=delivery_id)


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
