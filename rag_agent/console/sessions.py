"""Console sign-ins: an opaque session id in a cookie, the session itself (and its CSRF token) on the server.

A store owner signs in with the workspace API key (or the operator with the admin key, who then picks a
workspace). The key is checked once and never stored or sent again: the browser gets a random session id
(``HttpOnly``, ``SameSite=Lax``, ``Secure`` over TLS), and the database keeps only its SHA-256, the workspace,
a per-session CSRF token and a one-shot flash message. Sessions live in the service's database (table
``console_sessions``, :mod:`rag_agent.db`), so a browser signed in through one worker is signed in on every worker;
resetting the database signs everyone out.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Any

from rag_agent.db import Database

COOKIE = "rag_console"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class ConsoleSession:
    """One signed-in browser: its workspace (None: an admin who has not picked one yet) and CSRF token."""

    id_hash: str
    workspace_id: str | None
    admin: bool
    csrf: str
    flash: str | None
    expires_at: float

    def csrf_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.csrf.encode())  # type: ignore[union-attr]


class Sessions:
    """Create, find, change and end console sessions."""

    def __init__(self, db: Database, lifetime_s: float) -> None:
        self.db = db
        self.lifetime_s = lifetime_s

    def close(self) -> None:
        """Nothing to release: the database belongs to whoever opened it."""

    def create(self, workspace_id: str | None, admin: bool) -> str:
        """A new session; returns the cookie value (shown to the browser only)."""
        token = secrets.token_urlsafe(32)
        now = time.time()
        with self.db.tx() as tx:
            tx.run("DELETE FROM console_sessions WHERE expires_at < :now", now=now)
            tx.run("INSERT INTO console_sessions(id_hash, workspace_id, admin, csrf, created_at, expires_at) "
                   "VALUES (:h, :w, :admin, :csrf, :now, :exp)", h=_hash(token), w=workspace_id, admin=int(admin),
                   csrf=secrets.token_urlsafe(32), now=now, exp=now + self.lifetime_s)
        return token

    def get(self, token: str | None) -> ConsoleSession | None:
        """The live session of this cookie value, or None."""
        if not token or len(token) > 200:
            return None
        r: dict[str, Any] | None = self.db.one(
            "SELECT * FROM console_sessions WHERE id_hash=:h AND expires_at >= :now", h=_hash(token), now=time.time())
        if r is None:
            return None
        return ConsoleSession(r["id_hash"], r["workspace_id"], bool(r["admin"]), r["csrf"], r["flash"], r["expires_at"])

    def set_workspace(self, s: ConsoleSession, workspace_id: str) -> None:
        self.db.run("UPDATE console_sessions SET workspace_id=:w WHERE id_hash=:h", w=workspace_id, h=s.id_hash)

    def set_flash(self, s: ConsoleSession, text: str | None) -> None:
        self.db.run("UPDATE console_sessions SET flash=:f WHERE id_hash=:h", f=text, h=s.id_hash)

    def pop_flash(self, s: ConsoleSession) -> str | None:
        if s.flash is None:
            return None
        self.set_flash(s, None)
        return s.flash

    def end(self, s: ConsoleSession) -> None:
        self.db.run("DELETE FROM console_sessions WHERE id_hash=:h", h=s.id_hash)


__all__ = ["Sessions", "ConsoleSession", "COOKIE"]
