"""Workspaces, API keys, personas, knowledge sources and orders, in the service's database (:mod:`rag_agent.db`).

Orders live here rather than in Qdrant: they are only ever looked up exactly (number + proof of
ownership), never by similarity, and their contact data is kept only as keyed hashes. An order belongs
to its source (key: workspace, source, number): two sources may both hold an order numbered 5001, and
neither overwrites the other. Failed order lookups are kept here too (``order_failures``), so every
worker sharing this database sees the same attempt counts. The keys that hash contact data live in the database
too (``meta``), the same for every worker.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

from rag_agent.db import Database, Tx
from rag_agent.errors import AuthError, LimitExceeded, NotFound

PLAN_SOURCE_LIMITS = {"trial": 10, "paid": 100}
_SOURCE_FIELDS = {"enabled", "items", "sha256", "synced_at", "name", "meta", "locked"}


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


def bump_version(tx: Tx, workspace_id: str) -> None:
    """Raise the workspace's state version (in the caller's transaction): every worker's cache of what its
    answers read (workspace, persona, sources, agents) is stale from this commit on."""
    tx.run("INSERT INTO state_versions(workspace_id, version) VALUES (:w, 1) "
           "ON CONFLICT (workspace_id) DO UPDATE SET version = state_versions.version + 1", w=workspace_id)


class State:
    """Workspaces, keys, personas, sources and orders in the service's database (:class:`rag_agent.db.Database`).

    Safe to share between threads; several processes may share one PostgreSQL database. The sources of a
    workspace are cached per process and re-read when the workspace's state version (one indexed read per use)
    has moved, so a change made by another worker is in force at once.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._views: dict[str, tuple[int, Workspace, list[Source]]] = {}
        self._cache_lock = threading.Lock()
        self._secret("order_hash_key")  # made once, on first open, for every worker

    def _secret(self, name: str) -> bytes:
        """A random key kept in the database (created on first use; every worker reads the same one)."""
        value = self.db.value("SELECT value FROM meta WHERE key=:k", k=name)
        if value is None:
            self.db.run("INSERT INTO meta(key, value) VALUES (:k, :v) ON CONFLICT (key) DO NOTHING",
                        k=name, v=secrets.token_bytes(32).hex())
            value = self.db.value("SELECT value FROM meta WHERE key=:k", k=name)
        return bytes.fromhex(value)

    def close(self) -> None:
        """Nothing to release: the database belongs to whoever opened it."""

    def version(self, workspace_id: str) -> int:
        """The workspace's state version: it moves with every change to its workspace row, sources or agents."""
        return int(self.db.value("SELECT version FROM state_versions WHERE workspace_id=:w", w=workspace_id) or 0)

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
        with self.db.tx() as tx:
            tx.run("INSERT INTO workspaces(id, name, plan, api_key_hash, currency, store_url, created_at)"
                   " VALUES (:id, :name, :plan, :h, :cur, :url, :t)",
                   id=wid, name=name, plan=plan, h=hash_secret(key), cur=currency, url=store_url, t=time.time())
            bump_version(tx, wid)
        return self.get_workspace(wid), key

    @staticmethod
    def _ws(row: dict[str, Any]) -> Workspace:
        return Workspace(row["id"], row["name"], row["plan"], row["currency"], json.loads(row["persona"]),
                         row["store_url"])

    def get_workspace(self, workspace_id: str) -> Workspace:
        ws = self.find_workspace(workspace_id)
        if ws is None:
            raise NotFound(f"workspace {workspace_id!r} not found")
        return ws

    def find_workspace(self, workspace_id: str) -> Workspace | None:
        row = self.db.one("SELECT * FROM workspaces WHERE id=:w", w=workspace_id)
        return self._ws(row) if row else None

    def list_workspaces(self) -> list[Workspace]:
        return [self._ws(r) for r in self.db.rows("SELECT * FROM workspaces ORDER BY created_at")]

    def workspace_for_key(self, api_key: str) -> Workspace:
        """The workspace owning this API key (found by the key's hash, compared again in constant time)."""
        wanted = hash_secret(api_key)
        row = self.db.one("SELECT * FROM workspaces WHERE api_key_hash=:h", h=wanted)
        if row is None or not hmac.compare_digest(row["api_key_hash"], wanted):
            raise AuthError("invalid API key")
        return self._ws(row)

    def set_persona(self, workspace_id: str, persona: dict[str, Any]) -> None:
        self.get_workspace(workspace_id)
        with self.db.tx() as tx:
            tx.run("UPDATE workspaces SET persona=:p WHERE id=:w", p=json.dumps(persona), w=workspace_id)
            bump_version(tx, workspace_id)

    def update_workspace(self, workspace_id: str, **fields: Any) -> Workspace:
        allowed = {"name", "plan", "currency", "store_url"}
        for k, v in fields.items():
            if k not in allowed:
                raise ValueError(f"cannot update {k}")
            if k == "plan" and v not in PLAN_SOURCE_LIMITS:
                raise ValueError(f"unknown plan {v!r}")
        if fields:
            with self.db.tx() as tx:
                sets = ", ".join(f"{k}=:{k}" for k in fields)
                tx.run(f"UPDATE workspaces SET {sets} WHERE id=:_w", _w=workspace_id, **fields)
                bump_version(tx, workspace_id)
        return self.get_workspace(workspace_id)

    # -- sources ---------------------------------------------------------------------------------
    @staticmethod
    def _src(row: dict[str, Any]) -> Source:
        return Source(row["id"], row["workspace_id"], row["name"], row["kind"], bool(row["enabled"]),
                      bool(row["locked"]), row["items"], row["sha256"], json.loads(row["meta"]),
                      row["synced_at"], row["created_at"], row["updated_at"])

    def _room(self, tx: Tx, workspace_id: str) -> None:
        """LimitExceeded when the plan allows no further source; locks the workspace's row until ``tx`` ends, so
        two workers adding sources at once are counted one after the other."""
        rows = tx.lock("SELECT plan FROM workspaces WHERE id=:w", w=workspace_id)
        if not rows:
            raise NotFound(f"workspace {workspace_id!r} not found")
        plan = rows[0]["plan"]
        limit = PLAN_SOURCE_LIMITS[plan]
        n = tx.value("SELECT COUNT(*) AS n FROM sources WHERE workspace_id=:w", w=workspace_id)
        if n >= limit:
            raise LimitExceeded(
                f"the {plan} plan allows {limit} knowledge sources and this workspace has {n}; "
                "delete a source or upgrade the plan"
            )

    def check_source_room(self, workspace_id: str) -> None:
        """Raise :class:`LimitExceeded` when the workspace's plan allows no further source."""
        with self.db.tx() as tx:
            self._room(tx, workspace_id)

    def add_source(self, workspace_id: str, name: str, kind: str, *, locked: bool = False,
                   meta: dict[str, Any] | None = None, source_id: str | None = None, items: int = 0,
                   sha256: str | None = None) -> Source:
        """Register a source, enforcing the plan's source limit (one transaction: it appears complete or not at all)."""
        sid = source_id or new_source_id()
        now = time.time()
        with self.db.tx() as tx:
            self._room(tx, workspace_id)
            tx.run("INSERT INTO sources(id, workspace_id, name, kind, locked, items, sha256, meta, created_at,"
                   " updated_at) VALUES (:id, :w, :name, :kind, :locked, :items, :sha, :meta, :t, :t)",
                   id=sid, w=workspace_id, name=name, kind=kind, locked=int(locked), items=items, sha=sha256,
                   meta=json.dumps(meta or {}), t=now)
            bump_version(tx, workspace_id)
        return self.get_source(workspace_id, sid)

    def get_source(self, workspace_id: str, source_id: str) -> Source:
        row = self.db.one("SELECT * FROM sources WHERE id=:id AND workspace_id=:w", id=source_id, w=workspace_id)
        if row is None:
            raise NotFound(f"source {source_id!r} not found in this workspace")
        return self._src(row)

    def find_source_by_name(self, workspace_id: str, name: str) -> Source | None:
        return next((s for s in self.list_sources(workspace_id) if s.name == name), None)

    def list_sources(self, workspace_id: str) -> list[Source]:
        """The workspace's sources, oldest first (from this process's cache while the state version holds)."""
        return self.view(workspace_id)[1]

    def view(self, workspace_id: str) -> tuple[Workspace, list[Source]]:
        """The workspace and its sources, oldest first, for one indexed read of its state version: both come from
        this process's cache while the version holds (every change to the workspace row or its sources moves
        it), so an answer costs one query here, not three, and a change made by another worker is seen at once."""
        version = self.version(workspace_id)  # read before the rows: a change in between is seen next time
        with self._cache_lock:
            hit = self._views.get(workspace_id)
        if hit is None or hit[0] != version or self.db.in_transaction:
            ws = self.get_workspace(workspace_id)
            rows = self.db.rows("SELECT * FROM sources WHERE workspace_id=:w ORDER BY created_at, id",
                                w=workspace_id)
            hit = (version, ws, [self._src(r) for r in rows])
            if not self.db.in_transaction:  # what an open transaction reads may yet be rolled back
                with self._cache_lock:
                    self._views[workspace_id] = hit
        return replace(hit[1], persona=copy.deepcopy(hit[1].persona)), [replace(s, meta=dict(s.meta)) for s in hit[2]]

    def enabled_source_ids(self, workspace_id: str) -> list[str]:
        return [s.id for s in self.list_sources(workspace_id) if s.enabled]

    def update_source(self, workspace_id: str, source_id: str, **fields: Any) -> Source:
        """Change fields of a source in one UPDATE (a generation switch and its counts land together)."""
        self.get_source(workspace_id, source_id)
        values: dict[str, Any] = {}
        for k, v in fields.items():
            if k not in _SOURCE_FIELDS:
                raise ValueError(f"cannot update {k}")
            if k == "meta":
                v = json.dumps(v)
            if k in {"enabled", "locked"}:
                v = int(bool(v))
            values[k] = v
        if values:
            sets = ", ".join(f"{k}=:{k}" for k in values)
            with self.db.tx() as tx:
                tx.run(f"UPDATE sources SET {sets}, updated_at=:_t WHERE id=:_id AND workspace_id=:_w",
                       _t=time.time(), _id=source_id, _w=workspace_id, **values)
                bump_version(tx, workspace_id)
        return self.get_source(workspace_id, source_id)

    # -- writes in progress (crash recovery of imports: rag_agent.service) -----------------------
    def add_pending_write(self, workspace_id: str, source_id: str, target: str) -> None:
        """Note that points are being written under ``target`` for a source (it may not exist yet)."""
        value = json.dumps({"workspace_id": workspace_id, "source_id": source_id, "target": target,
                            "started_at": time.time()})
        self.db.run("INSERT INTO meta(key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                    k=f"pending_write/{workspace_id}/{target}", v=value)

    def drop_pending_write(self, workspace_id: str, target: str) -> None:
        self.db.run("DELETE FROM meta WHERE key=:k", k=f"pending_write/{workspace_id}/{target}")

    def pending_writes(self) -> list[dict[str, Any]]:
        """Writes noted by :meth:`add_pending_write` and never dropped (the process died during them)."""
        return [json.loads(r["value"]) for r in self.db.rows("SELECT value FROM meta WHERE key LIKE 'pending_write/%'")]

    def delete_source(self, workspace_id: str, source_id: str) -> None:
        self.get_source(workspace_id, source_id)
        with self.db.tx() as tx:
            tx.run("DELETE FROM orders WHERE workspace_id=:w AND source_id=:s", w=workspace_id, s=source_id)
            tx.run("DELETE FROM sources WHERE id=:s AND workspace_id=:w", s=source_id, w=workspace_id)
            bump_version(tx, workspace_id)

    # -- orders ----------------------------------------------------------------------------------
    def _keyed(self, key: bytes, value: str) -> str:
        return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()

    def put_orders(self, workspace_id: str, source_id: str, orders: Iterator[dict[str, Any]],
                   replace: bool = True) -> int:
        """Store a source's orders; email and phone are kept only as keyed hashes, never in clear.

        An order is keyed by its source and number, so another source's order with the same number is never
        touched; within one source a number given again replaces that source's copy. ``replace``: drop the
        source's other orders first (an orders file); False upserts (a store sync). Returns how many orders
        the source holds afterwards.
        """
        now = time.time()
        key = self._secret("order_hash_key")
        rows = {}
        for o in orders:
            data = {k: v for k, v in o.items() if k not in {"email", "phone"}}
            email, phone = o.get("email"), o.get("phone")
            rows[str(o["number"])] = {
                "w": workspace_id, "s": source_id, "n": str(o["number"]),
                "e": self._keyed(key, normalize_email(email)) if email else None,
                "p": self._keyed(key, phone_tail(normalize_phone(phone))) if phone else None,
                "d": json.dumps(data, default=str), "t": now}
        with self.db.tx() as tx:
            if replace:
                tx.run("DELETE FROM orders WHERE workspace_id=:w AND source_id=:s", w=workspace_id, s=source_id)
            tx.run_many("INSERT INTO orders(workspace_id, source_id, number, email_hash, phone_hash, data, synced_at)"
                        " VALUES (:w, :s, :n, :e, :p, :d, :t) ON CONFLICT (workspace_id, source_id, number) DO UPDATE"
                        " SET email_hash=excluded.email_hash, phone_hash=excluded.phone_hash, data=excluded.data,"
                        " synced_at=excluded.synced_at", list(rows.values()))
            return int(tx.value("SELECT COUNT(*) AS n FROM orders WHERE workspace_id=:w AND source_id=:s",
                                w=workspace_id, s=source_id))

    def has_connections(self, workspace_id: str) -> bool:
        """Whether any of the workspace's sources is synced from a store (connections lock their sources)."""
        return any(s.locked for s in self.list_sources(workspace_id))

    def order_synced_at(self, workspace_id: str, source_id: str, number: str) -> float | None:
        """When one source's copy of an order was stored, or None when that source has no such order."""
        return self.db.value("SELECT synced_at FROM orders WHERE workspace_id=:w AND source_id=:s AND number=:n",
                             w=workspace_id, s=source_id, n=number)

    def order_numbers(self, workspace_id: str, sources: list[str] | None = None, limit: int = 500) -> list[str]:
        """Up to ``limit`` of the workspace's order numbers, newest stored first (what the store's own numbers look
        like, for reading a bare number as one: see :class:`rag_agent.orders.OrderShape`). Numbers only: no
        order's data and no contact hash leaves this method."""
        rows = self.db.rows("SELECT source_id, number FROM orders WHERE workspace_id=:w ORDER BY synced_at DESC"
                            " LIMIT :n", w=workspace_id, n=int(limit) * 4 if sources is not None else int(limit))
        out = [str(r["number"]) for r in rows if sources is None or r["source_id"] in sources]
        return out[:limit]

    def verified_order(self, workspace_id: str, number: str, emails: list[str], phones: list[str],
                       enabled_sources: list[str] | None = None) -> dict[str, Any] | None:
        """The order only when one of the given emails or phones matches it; else None.

        Every source's order with this number is checked against its own contact data (two stores may
        both have a 5001, each told only to its own customer); when several match, the newest copy wins.
        """
        rows = self.db.rows("SELECT * FROM orders WHERE workspace_id=:w AND number=:n ORDER BY synced_at DESC",
                            w=workspace_id, n=number)
        if not rows:
            return None
        key = self._secret("order_hash_key")
        emails_k = [self._keyed(key, normalize_email(e)) for e in emails]
        # a phone matches by its last nine digits (written with or without the country code); orders stored
        # before this rule hold the hash of every digit, so both are tried
        phones_k = [self._keyed(key, x) for d in (normalize_phone(p) for p in phones) if len(d) >= 7
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
        sql = "SELECT COUNT(*) AS n FROM order_failures WHERE workspace_id=:w AND number=:n AND at>=:since"
        if conversation is not None:
            sql += " AND conversation=:c"
        return int(self.db.value(sql, w=workspace_id, n=number, since=since, c=conversation))

    def add_order_failure(self, workspace_id: str, number: str, conversation: str | None, at: float,
                          forget_before: float) -> None:
        """Record one failed lookup, and drop the workspace's records older than ``forget_before``."""
        with self.db.tx() as tx:
            tx.run("DELETE FROM order_failures WHERE workspace_id=:w AND at<:t", w=workspace_id, t=forget_before)
            tx.run("INSERT INTO order_failures(workspace_id, number, conversation, at) VALUES (:w, :n, :c, :at)",
                   w=workspace_id, n=number, c=conversation, at=at)
