"""Console sign-ins: an opaque session id in a cookie, the session itself (and its CSRF token) on the server.

A store owner signs in with the workspace API key (or the operator with the admin key, who then picks a
workspace). The key is checked once and never stored or sent again: the browser gets a random session id
(``HttpOnly``, ``SameSite=Lax``, ``Secure`` over TLS), and the database keeps only its SHA-256, the workspace,
a per-session CSRF token and a one-shot flash message. Deleting the data directory signs everyone out.

Table ``console_sessions`` lives in the service's ``state.sqlite3``, reached through a connection of this
module (WAL, busy timeout), like :mod:`rag_agent.agents.store`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS console_sessions (
    id_hash TEXT PRIMARY KEY, workspace_id TEXT, admin INTEGER NOT NULL DEFAULT 0, csrf TEXT NOT NULL,
    flash TEXT, created_at REAL NOT NULL, expires_at REAL NOT NULL);
"""

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

    def __init__(self, db_path: Path, lifetime_s: float) -> None:
        self.lifetime_s = lifetime_s
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(db_path), check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _x(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def create(self, workspace_id: str | None, admin: bool) -> str:
        """A new session; returns the cookie value (shown to the browser only)."""
        token = secrets.token_urlsafe(32)
        now = time.time()
        self._x("DELETE FROM console_sessions WHERE expires_at < ?", (now,))
        self._x("INSERT INTO console_sessions(id_hash, workspace_id, admin, csrf, created_at, expires_at) "
                "VALUES (?,?,?,?,?,?)", (_hash(token), workspace_id, int(admin), secrets.token_urlsafe(32), now,
                                         now + self.lifetime_s))
        return token

    def get(self, token: str | None) -> ConsoleSession | None:
        """The live session of this cookie value, or None."""
        if not token or len(token) > 200:
            return None
        rows = self._x("SELECT * FROM console_sessions WHERE id_hash=? AND expires_at >= ?", (_hash(token), time.time()))
        if not rows:
            return None
        r = rows[0]
        return ConsoleSession(r["id_hash"], r["workspace_id"], bool(r["admin"]), r["csrf"], r["flash"], r["expires_at"])

    def set_workspace(self, s: ConsoleSession, workspace_id: str) -> None:
        self._x("UPDATE console_sessions SET workspace_id=? WHERE id_hash=?", (workspace_id, s.id_hash))

    def set_flash(self, s: ConsoleSession, text: str | None) -> None:
        self._x("UPDATE console_sessions SET flash=? WHERE id_hash=?", (text, s.id_hash))

    def pop_flash(self, s: ConsoleSession) -> str | None:
        if s.flash is None:
            return None
        self.set_flash(s, None)
        return s.flash

    def end(self, s: ConsoleSession) -> None:
        self._x("DELETE FROM console_sessions WHERE id_hash=?", (s.id_hash,))


__all__ = ["Sessions", "ConsoleSession", "COOKIE"]
