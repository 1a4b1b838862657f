"""The service's own state in SQLite: workspaces, API keys, personas, knowledge sources and orders.

Orders live here rather than in Qdrant: they are only ever looked up exactly (number + proof of
ownership), never by similarity, and their contact data is kept only as keyed hashes. An order belongs
to its source (key: workspace, source, number): two sources may both hold an order numbered 5001, and
neither overwrites the other. Failed order lookups are kept here too (``order_failures``), so every
worker sharing this database sees the same attempt counts.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from rag_agent.datadir import secure_data_dir
from rag_agent.errors import AuthError, LimitExceeded, NotFound

PLAN_SOURCE_LIMITS = {"trial": 10, "paid": 100}

ORDERS_TABLE = """CREATE TABLE IF NOT EXISTS orders (
    workspace_id TEXT NOT NULL, source_id TEXT NOT NULL, number TEXT NOT NULL,
    email_hash TEXT, phone_hash TEXT, data TEXT NOT NULL, synced_at REAL NOT NULL,
    PRIMARY KEY (workspace_id, source_id, number))"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS workspaces (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL DEFAULT 'trial',
    api_key_hash TEXT NOT NULL UNIQUE, currency TEXT NOT NULL DEFAULT 'USD',
    persona TEXT NOT NULL DEFAULT '{}', store_url TEXT, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name TEXT NOT NULL, kind TEXT NOT NULL, enabled INTEGER NOT NULL DEFAULT 1,
    locked INTEGER NOT NULL DEFAULT 0, items INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT, meta TEXT NOT NULL DEFAULT '{}', synced_at REAL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS sources_ws ON sources(workspace_id);
CREATE TABLE IF NOT EXISTS order_failures (
    workspace_id TEXT NOT NULL, number TEXT NOT NULL, conversation TEXT, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS order_failures_ws ON order_failures(workspace_id, number, at);
""" + ORDERS_TABLE + ";\n"

# Run after the tables exist and the orders table has its current key (see ``State._migrate_orders``).
ORDER_INDEX = "CREATE INDEX IF NOT EXISTS orders_number ON orders(workspace_id, number)"


def hash_secret(value: str) -> str:
    """Unkeyed SHA-256 of an API key (keys are random, so no salt is needed)."""
    return hashlib.sha256(value.encode()).hexdigest()


def new_source_id() -> str:
    return "src_" + uuid.uuid4().hex[:10]


def normalize_email(email: str) -> str:
    return email.strip().lower()


def phone_tail(digits: str) -> str:
    """The last nine digits of a phone number: the subscriber part, with or without a country code."""
    return digits[-9:]


def normalize_phone(phone: str) -> str:
    """Digits only; a leading 00 is an international prefix like +."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[2:] if digits.startswith("00") else digits


@dataclass
class Workspace:
    """A store: its plan, currency and default agent persona."""

    id: str
    name: str
    plan: str
    currency: str
    persona: dict[str, Any] = field(default_factory=dict)
    store_url: str | None = None


@dataclass
class Source:
    """A knowledge source: a catalog import, an uploaded file, an orders file or a connection."""

    id: str
    workspace_id: str
    name: str
    kind: str  # catalog | file | orders | pages
    enabled: bool
    locked: bool
    items: int
    sha256: str | None
    meta: dict[str, Any]
    synced_at: float | None
    created_at: float
    updated_at: float

    def public(self) -> dict[str, Any]:
        d = self.__dict__.copy()
        d.pop("workspace_id")
        return d

    def point_source_ids(self) -> list[str]:
        """The ``source_id`` values its points carry: its own id and, for a synced source, the id of
        its active generation (``meta["generation"]``, switched atomically when a sync completes)."""
        generation = self.meta.get("generation")
        return [self.id, generation] if generation else [self.id]


class State:
    """Thread-safe access to the SQLite database in the data directory."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        secure_data_dir(self.path.parent)  # the database holds contact hashes and keys: 0600 in a 0700 directory
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)
        self._migrate_orders()
        self._db.execute(ORDER_INDEX)
        self._order_key = self._secret("order_hash_key")

    def _migrate_orders(self) -> None:
        """Re-key an orders table of an older data directory from (workspace, number) to (workspace, source,
        number), in place and in one transaction (a second worker opening at the same time waits, then finds
        it done). Orders an older version had already overwritten are gone; the orders sources' ``items``
        are recounted so they claim what they hold."""
        def keyed_by_source() -> bool:
            return any(r["name"] == "source_id" and r["pk"] for r in self._db.execute("PRAGMA table_info(orders)"))

        with self._lock:
            if keyed_by_source():
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if not keyed_by_source():
                    self._db.execute("ALTER TABLE orders RENAME TO orders_old")
                    self._db.execute(ORDERS_TABLE)
                    self._db.execute(
                        "INSERT INTO orders(workspace_id, source_id, number, email_hash, phone_hash, data, synced_at)"
                        " SELECT workspace_id, source_id, number, email_hash, phone_hash, data, synced_at"
                        " FROM orders_old")
                    self._db.execute("DROP TABLE orders_old")
                    self._db.execute(
                        "UPDATE sources SET items=(SELECT COUNT(*) FROM orders o WHERE o.workspace_id=sources.workspace_id"
                        " AND o.source_id=sources.id) WHERE kind='orders'")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    # -- helpers ---------------------------------------------------------------------------------
    def _q(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _x(self, sql: str, args: tuple = ()) -> None:
        with self._lock:
            self._db.execute(sql, args)

    def _secret(self, name: str) -> bytes:
        rows = self._q("SELECT value FROM meta WHERE key=?", (name,))
        if rows:
            return bytes.fromhex(rows[0]["value"])
        key = secrets.token_bytes(32)
        self._x("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (name, key.hex()))
        return bytes.fromhex(self._q("SELECT value FROM meta WHERE key=?", (name,))[0]["value"])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- workspaces ------------------------------------------------------------------------------
    def create_workspace(
        self, name: str, plan: str = "trial", currency: str = "USD", api_key: str | None = None,
        workspace_id: str | None = None, store_url: str | None = None,
    ) -> tuple[Workspace, str]:
        """Create a workspace; returns it with its API key (shown once, stored only as a hash)."""
        if plan not in PLAN_SOURCE_LIMITS:
            raise ValueError(f"unknown plan {plan!r}; accepted: {', '.join(PLAN_SOURCE_LIMITS)}")
        key = api_key or "rk_" + secrets.token_urlsafe(24)
        wid = workspace_id or uuid.uuid4().hex[:12]
        self._x(
            "INSERT INTO workspaces(id, name, plan, api_key_hash, currency, store_url, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (wid, name, plan, hash_secret(key), currency, store_url, time.time()),
        )
        return self.get_workspace(wid), key

    def _ws(self, row: sqlite3.Row) -> Workspace:
        return Workspace(row["id"], row["name"], row["plan"], row["currency"], json.loads(row["persona"]),
                         row["store_url"])

    def get_workspace(self, workspace_id: str) -> Workspace:
        rows = self._q("SELECT * FROM workspaces WHERE id=?", (workspace_id,))
        if not rows:
            raise NotFound(f"workspace {workspace_id!r} not found")
        return self._ws(rows[0])

    def find_workspace(self, workspace_id: str) -> Workspace | None:
        rows = self._q("SELECT * FROM workspaces WHERE id=?", (workspace_id,))
        return self._ws(rows[0]) if rows else None

    def list_workspaces(self) -> list[Workspace]:
        return [self._ws(r) for r in self._q("SELECT * FROM workspaces ORDER BY created_at")]

    def workspace_for_key(self, api_key: str) -> Workspace:
        """The workspace owning this API key, compared in constant time."""
        wanted = hash_secret(api_key)
        for row in self._q("SELECT * FROM workspaces"):
            if hmac.compare_digest(row["api_key_hash"], wanted):
                return self._ws(row)
        raise AuthError("invalid API key")

    def set_persona(self, workspace_id: str, persona: dict[str, Any]) -> None:
        self.get_workspace(workspace_id)
        self._x("UPDATE workspaces SET persona=? WHERE id=?", (json.dumps(persona), workspace_id))

    def update_workspace(self, workspace_id: str, **fields: Any) -> Workspace:
        allowed = {"name", "plan", "currency", "store_url"}
        for k, v in fields.items():
            if k not in allowed:
                raise ValueError(f"cannot update {k}")
            if k == "plan" and v not in PLAN_SOURCE_LIMITS:
                raise ValueError(f"unknown plan {v!r}")
            self._x(f"UPDATE workspaces SET {k}=? WHERE id=?", (v, workspace_id))
        return self.get_workspace(workspace_id)

    # -- sources ---------------------------------------------------------------------------------
    def _src(self, row: sqlite3.Row) -> Source:
        return Source(row["id"], row["workspace_id"], row["name"], row["kind"], bool(row["enabled"]),
                      bool(row["locked"]), row["items"], row["sha256"], json.loads(row["meta"]),
                      row["synced_at"], row["created_at"], row["updated_at"])

    def check_source_room(self, workspace_id: str) -> None:
        """Raise :class:`LimitExceeded` when the workspace's plan allows no further source."""
        ws = self.get_workspace(workspace_id)
        limit = PLAN_SOURCE_LIMITS[ws.plan]
        n = self._q("SELECT COUNT(*) AS n FROM sources WHERE workspace_id=?", (workspace_id,))[0]["n"]
        if n >= limit:
            raise LimitExceeded(
                f"the {ws.plan} plan allows {limit} knowledge sources and this workspace has {n}; "
                "delete a source or upgrade the plan"
            )

    def add_source(self, workspace_id: str, name: str, kind: str, *, locked: bool = False,
                   meta: dict[str, Any] | None = None, source_id: str | None = None, items: int = 0,
                   sha256: str | None = None) -> Source:
        """Register a source, enforcing the plan's source limit (one INSERT: it appears complete or not at all)."""
        with self._lock:
            self.check_source_room(workspace_id)
            sid = source_id or new_source_id()
            now = time.time()
            self._x(
                "INSERT INTO sources(id, workspace_id, name, kind, locked, items, sha256, meta, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (sid, workspace_id, name, kind, int(locked), items, sha256, json.dumps(meta or {}), now, now),
            )
        return self.get_source(workspace_id, sid)

    def get_source(self, workspace_id: str, source_id: str) -> Source:
        rows = self._q("SELECT * FROM sources WHERE id=? AND workspace_id=?", (source_id, workspace_id))
        if not rows:
            raise NotFound(f"source {source_id!r} not found in this workspace")
        return self._src(rows[0])

    def find_source_by_name(self, workspace_id: str, name: str) -> Source | None:
        rows = self._q("SELECT * FROM sources WHERE workspace_id=? AND name=?", (workspace_id, name))
        return self._src(rows[0]) if rows else None

    def list_sources(self, workspace_id: str) -> list[Source]:
        return [self._src(r) for r in self._q(
            "SELECT * FROM sources WHERE workspace_id=? ORDER BY created_at", (workspace_id,))]

    def enabled_source_ids(self, workspace_id: str) -> list[str]:
        return [r["id"] for r in self._q(
            "SELECT id FROM sources WHERE workspace_id=? AND enabled=1", (workspace_id,))]

    def update_source(self, workspace_id: str, source_id: str, **fields: Any) -> Source:
        """Change fields of a source in one UPDATE (a generation switch and its counts land together)."""
        self.get_source(workspace_id, source_id)
        sets, args = [], []
        for k, v in fields.items():
            if k not in {"enabled", "items", "sha256", "synced_at", "name", "meta", "locked"}:
                raise ValueError(f"cannot update {k}")
            if k == "meta":
                v = json.dumps(v)
            if k in {"enabled", "locked"}:
                v = int(bool(v))
            sets.append(f"{k}=?")
            args.append(v)
        if sets:
            self._x(f"UPDATE sources SET {', '.join(sets)}, updated_at=? WHERE id=? AND workspace_id=?",
                    (*args, time.time(), source_id, workspace_id))
        return self.get_source(workspace_id, source_id)

    # -- writes in progress (crash recovery of imports: rag_agent.service) -----------------------
    def add_pending_write(self, workspace_id: str, source_id: str, target: str) -> None:
        """Note that points are being written under ``target`` for a source (it may not exist yet)."""
        value = json.dumps({"workspace_id": workspace_id, "source_id": source_id, "target": target,
                            "started_at": time.time()})
        self._x("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                (f"pending_write/{workspace_id}/{target}", value))

    def drop_pending_write(self, workspace_id: str, target: str) -> None:
        self._x("DELETE FROM meta WHERE key=?", (f"pending_write/{workspace_id}/{target}",))

    def pending_writes(self) -> list[dict[str, Any]]:
        """Writes noted by :meth:`add_pending_write` and never dropped (the process died during them)."""
        return [json.loads(r["value"]) for r in self._q("SELECT value FROM meta WHERE key LIKE 'pending_write/%'")]

    def delete_source(self, workspace_id: str, source_id: str) -> None:
        self.get_source(workspace_id, source_id)
        with self._lock:
            self._x("DELETE FROM orders WHERE workspace_id=? AND source_id=?", (workspace_id, source_id))
            self._x("DELETE FROM sources WHERE id=? AND workspace_id=?", (source_id, workspace_id))

    # -- orders ----------------------------------------------------------------------------------
    def _keyed(self, value: str) -> str:
        return hmac.new(self._order_key, value.encode(), hashlib.sha256).hexdigest()

    def put_orders(self, workspace_id: str, source_id: str, orders: Iterator[dict[str, Any]],
                   replace: bool = True) -> int:
        """Store a source's orders; email and phone are kept only as keyed hashes, never in clear.

        An order is keyed by its source and number, so another source's order with the same number is never
        touched; within one source a number given again replaces that source's copy. ``replace``: drop the
        source's other orders first (an orders file); False upserts (a store sync). Returns how many orders
        the source holds afterwards.
        """
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN")
            try:
                if replace:
                    self._db.execute("DELETE FROM orders WHERE workspace_id=? AND source_id=?",
                                     (workspace_id, source_id))
                for o in orders:
                    data = {k: v for k, v in o.items() if k not in {"email", "phone"}}
                    email = o.get("email")
                    phone = o.get("phone")
                    self._db.execute(
                        "INSERT OR REPLACE INTO orders(workspace_id, source_id, number, email_hash, phone_hash,"
                        " data, synced_at) VALUES (?,?,?,?,?,?,?)",
                        (workspace_id, source_id, str(o["number"]),
                         self._keyed(normalize_email(email)) if email else None,
                         self._keyed(phone_tail(normalize_phone(phone))) if phone else None,
                         json.dumps(data, default=str), now),
                    )
                n = self._db.execute("SELECT COUNT(*) FROM orders WHERE workspace_id=? AND source_id=?",
                                     (workspace_id, source_id)).fetchone()[0]
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return n

    def has_connections(self, workspace_id: str) -> bool:
        """Whether any of the workspace's sources is synced from a store (connections lock their sources)."""
        return bool(self._q("SELECT 1 FROM sources WHERE workspace_id=? AND locked=1 LIMIT 1", (workspace_id,)))

    def order_synced_at(self, workspace_id: str, source_id: str, number: str) -> float | None:
        """When one source's copy of an order was stored, or None when that source has no such order."""
        rows = self._q("SELECT synced_at FROM orders WHERE workspace_id=? AND source_id=? AND number=?",
                       (workspace_id, source_id, number))
        return rows[0]["synced_at"] if rows else None

    def verified_order(self, workspace_id: str, number: str, emails: list[str], phones: list[str],
                       enabled_sources: list[str] | None = None) -> dict[str, Any] | None:
        """The order only when one of the given emails or phones matches it; else None.

        Every source's order with this number is checked against its own contact data (two stores may
        both have a 5001, each told only to its own customer); when several match, the newest copy wins.
        """
        rows = self._q("SELECT * FROM orders WHERE workspace_id=? AND number=? ORDER BY synced_at DESC",
                       (workspace_id, number))
        emails_k = [self._keyed(normalize_email(e)) for e in emails]
        # a phone matches by its last nine digits (written with or without the country code); orders stored
        # before this rule hold the hash of every digit, so both are tried
        phones_k = [self._keyed(x) for d in (normalize_phone(p) for p in phones) if len(d) >= 7
                    for x in {d, phone_tail(d)}]
        for row in rows:
            if enabled_sources is not None and row["source_id"] not in enabled_sources:
                continue
            ok = False
            if row["email_hash"]:
                ok |= any(hmac.compare_digest(row["email_hash"], k) for k in emails_k)
            if row["phone_hash"]:
                ok |= any(hmac.compare_digest(row["phone_hash"], k) for k in phones_k)
            if ok:
                data = json.loads(row["data"])
                data["source_id"] = row["source_id"]
                data["synced_at"] = row["synced_at"]
                return data
        return None

    # -- failed order lookups (rate limit, see rag_agent.orders) ----------------------------------
    def order_failures(self, workspace_id: str, number: str, since: float,
                       conversation: str | None = None) -> int:
        """Failed lookups of one order number since ``since``: in the workspace, or in one conversation."""
        sql = "SELECT COUNT(*) AS n FROM order_failures WHERE workspace_id=? AND number=? AND at>=?"
        args: tuple = (workspace_id, number, since)
        if conversation is not None:
            sql, args = sql + " AND conversation=?", args + (conversation,)
        return self._q(sql, args)[0]["n"]

    def add_order_failure(self, workspace_id: str, number: str, conversation: str | None, at: float,
                          forget_before: float) -> None:
        """Record one failed lookup, and drop the workspace's records older than ``forget_before``."""
        with self._lock:
            self._x("DELETE FROM order_failures WHERE workspace_id=? AND at<?", (workspace_id, forget_before))
            self._x("INSERT INTO order_failures(workspace_id, number, conversation, at) VALUES (?,?,?,?)",
                    (workspace_id, number, conversation, at))
