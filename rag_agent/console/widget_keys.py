"""Public widget keys: what a storefront page embeds instead of the workspace API key.

A widget key (``pk_...``) is public by design (it is in the page's HTML), so it is kept in clear and shown
again in the console. It can do one thing: let a visitor of an allowed origin send messages on the
``webchat`` channel and read the replies of their own conversation (see :mod:`rag_agent.console.webchat`).
It opens no ``/v1`` route. Each key lists the origins (``https://shop.example``) whose pages may use it; a
key with no origin works nowhere. Revoked keys stop at once.

Visitors are identified by a token the server signs (``visitor id . HMAC``) with a secret kept in the
same database, bound to the key: a visitor can neither pick another visitor's id nor reuse it with
another key. Every worker sharing the database signs with the same secret.

Tables ``widget_keys`` and ``console_secrets`` live in the service's database (:mod:`rag_agent.db`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from rag_agent.db import Database
from rag_agent.errors import InputError, NotFound

MAX_ORIGINS = 20
MAX_KEYS = 20


@dataclass
class WidgetKey:
    """One public key of a workspace and the origins allowed to use it."""

    id: str
    workspace_id: str
    key: str
    name: str
    origins: list[str] = field(default_factory=list)
    created_at: float = 0.0
    revoked_at: float | None = None

    def allows(self, origin: str | None) -> bool:
        return bool(origin) and self.revoked_at is None and normalize_origin(origin, strict=False) in self.origins


def normalize_origin(value: str, strict: bool = True) -> str | None:
    """``scheme://host[:port]`` in lower case; a path, query or other scheme is an error (``strict``) or None."""
    v = value.strip().rstrip("/")
    try:
        parts = urlsplit(v)
        port = parts.port
    except ValueError:
        parts, port = None, None
    ok = (parts is not None and parts.scheme in ("http", "https") and parts.hostname
          and not parts.path and not parts.query and not parts.fragment and not parts.username)
    if not ok:
        if strict:
            raise InputError(f"origin {value[:100]!r} is not scheme://host[:port] (like https://shop.example or "
                             "http://127.0.0.1:8080), with no path")
        return None
    host = parts.hostname.lower()  # type: ignore[union-attr]
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}[parts.scheme]
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


def parse_origins(text: str | list[str]) -> list[str]:
    """Origins from a list or from text (one per line, or separated by spaces or commas), checked."""
    items = text if isinstance(text, list) else text.replace(",", " ").split()
    out: list[str] = []
    for item in items:
        o = normalize_origin(item)
        if o and o not in out:
            out.append(o)
    if len(out) > MAX_ORIGINS:
        raise InputError(f"a widget key allows at most {MAX_ORIGINS} origins; got {len(out)}")
    return out


class WidgetKeys:
    """The workspace's widget keys, and the signing of visitor tokens."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._secret = self._load_secret("visitor_token_key")

    def close(self) -> None:
        """Nothing to release: the database belongs to whoever opened it."""

    def _load_secret(self, name: str) -> bytes:
        self.db.run("INSERT INTO console_secrets(name, value) VALUES (:n, :v) ON CONFLICT (name) DO NOTHING",
                    n=name, v=secrets.token_hex(32))
        return bytes.fromhex(self.db.value("SELECT value FROM console_secrets WHERE name=:n", n=name))

    @staticmethod
    def _row(r: dict[str, Any]) -> WidgetKey:
        return WidgetKey(r["id"], r["workspace_id"], r["key"], r["name"], json.loads(r["origins"]), r["created_at"],
                         r["revoked_at"])

    # -- keys ------------------------------------------------------------------------------------
    def create(self, workspace_id: str, name: str, origins: str | list[str]) -> WidgetKey:
        name = (name or "").strip()[:80] or "Storefront"
        allowed = json.dumps(parse_origins(origins))
        kid = "wk_" + uuid.uuid4().hex[:10]
        with self.db.tx() as tx:
            tx.lock("SELECT id FROM workspaces WHERE id=:w", w=workspace_id)  # counted one worker at a time
            n = tx.value("SELECT COUNT(*) AS n FROM widget_keys WHERE workspace_id=:w AND revoked_at IS NULL",
                         w=workspace_id)
            if n >= MAX_KEYS:
                raise InputError(f"a workspace has at most {MAX_KEYS} widget keys; revoke one first")
            tx.run("INSERT INTO widget_keys(id, workspace_id, key, name, origins, created_at) "
                   "VALUES (:id, :w, :key, :name, :origins, :t)", id=kid, w=workspace_id,
                   key="pk_" + secrets.token_urlsafe(18), name=name, origins=allowed, t=time.time())
        return self.get(workspace_id, kid)

    def list(self, workspace_id: str) -> list[WidgetKey]:
        """Keys not revoked, oldest first."""
        return [self._row(r) for r in self.db.rows(
            "SELECT * FROM widget_keys WHERE workspace_id=:w AND revoked_at IS NULL ORDER BY created_at, id",
            w=workspace_id)]

    def get(self, workspace_id: str, key_id: str) -> WidgetKey:
        r = self.db.one("SELECT * FROM widget_keys WHERE id=:id AND workspace_id=:w", id=key_id, w=workspace_id)
        if r is None:
            raise NotFound(f"widget key {key_id!r} not found in this workspace")
        return self._row(r)

    def find(self, key: str | None) -> WidgetKey | None:
        """The live key with this public value, or None."""
        if not key or len(key) > 100:
            return None
        r = self.db.one("SELECT * FROM widget_keys WHERE key=:k AND revoked_at IS NULL", k=key)
        return self._row(r) if r else None

    def set_origins(self, workspace_id: str, key_id: str, origins: str | list[str]) -> WidgetKey:
        self.get(workspace_id, key_id)
        self.db.run("UPDATE widget_keys SET origins=:o WHERE id=:id AND workspace_id=:w",
                    o=json.dumps(parse_origins(origins)), id=key_id, w=workspace_id)
        return self.get(workspace_id, key_id)

    def revoke(self, workspace_id: str, key_id: str) -> None:
        self.get(workspace_id, key_id)
        self.db.run("UPDATE widget_keys SET revoked_at=:t WHERE id=:id AND workspace_id=:w",
                    t=time.time(), id=key_id, w=workspace_id)

    # -- visitors --------------------------------------------------------------------------------
    def _sign(self, key_id: str, visitor: str) -> str:
        return hmac.new(self._secret, f"{key_id}:{visitor}".encode(), hashlib.sha256).hexdigest()[:32]

    def new_visitor(self, wk: WidgetKey) -> str:
        """A new visitor token for this key."""
        visitor = "v" + secrets.token_hex(12)
        return f"{visitor}.{self._sign(wk.id, visitor)}"

    def visitor(self, wk: WidgetKey, token: str | None) -> str | None:
        """The visitor id of a token this server signed for this key, else None."""
        if not token or len(token) > 100 or "." not in token:
            return None
        visitor, sig = token.split(".", 1)
        return visitor if hmac.compare_digest(sig, self._sign(wk.id, visitor)) else None


def lead_id(wk: WidgetKey, visitor: str) -> str:
    """The conversation layer's lead id of a widget visitor (scoped to the key)."""
    return f"web-{wk.id}-{visitor}"


__all__ = ["WidgetKeys", "WidgetKey", "normalize_origin", "parse_origins", "lead_id"]
