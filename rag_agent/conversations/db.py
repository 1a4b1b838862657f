"""Conversation state in SQL: SQLite in the data directory by default, PostgreSQL by URL.

Queries are SQLAlchemy Core ``text()`` with named parameters in the common subset of both dialects (TEXT,
INTEGER 0/1 flags, DOUBLE PRECISION epoch seconds, partial unique indexes, ``INSERT ... ON CONFLICT (...) DO
NOTHING``), so one set of statements serves both. The schema moves forward by numbered migrations
(:data:`MIGRATIONS`), each applied once and recorded in ``cv_schema_migrations``.

PostgreSQL (``RAG_CONVERSATIONS__DATABASE_URL=postgresql+psycopg://user:pass@host/db``, the ``postgres`` extra)
lets several workers share the state. Between workers, rows are locked with :meth:`Tx.lock` (``SELECT ... FOR
UPDATE``) in one order: lead, then conversation, then the workspace's team members; a due reply is claimed by a
conditional update. SQLite has one writer at a time, and in one process the :class:`Database` lock serialises
writes, so :meth:`Tx.lock` is a plain read there. The tests run on both (``RAG_TEST_POSTGRES_URL``).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError

from rag_agent.errors import ConfigError

logger = logging.getLogger(__name__)

# (version, name, statements). Never edit a released migration: add the next number.
MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "conversations", [
        """CREATE TABLE cv_settings (
            workspace_id TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at DOUBLE PRECISION NOT NULL)""",
        """CREATE TABLE cv_humans (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL, email TEXT,
            status TEXT NOT NULL, teams TEXT NOT NULL DEFAULT '[]',
            rr_seq INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0, created_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX cv_humans_ws ON cv_humans(workspace_id)",
        """CREATE TABLE cv_teams (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL)""",
        """CREATE TABLE cv_pipelines (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, name TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL)""",
        """CREATE TABLE cv_stages (
            id TEXT PRIMARY KEY, pipeline_id TEXT NOT NULL, workspace_id TEXT NOT NULL, name TEXT NOT NULL,
            position INTEGER NOT NULL)""",
        """CREATE TABLE cv_triggers (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, stage_id TEXT NOT NULL, kind TEXT NOT NULL,
            agent_id TEXT NOT NULL, channels TEXT NOT NULL DEFAULT '[]', created_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX cv_triggers_stage ON cv_triggers(stage_id)",
        """CREATE TABLE cv_leads (
            workspace_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT, stage_id TEXT, data TEXT NOT NULL DEFAULT '{}',
            language TEXT, created_at DOUBLE PRECISION NOT NULL, updated_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (workspace_id, id))""",
        """CREATE TABLE cv_conversations (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, lead_id TEXT NOT NULL, channel TEXT NOT NULL,
            status TEXT NOT NULL, owner_kind TEXT NOT NULL DEFAULT 'none', owner_id TEXT, agent_id TEXT,
            first_agent_id TEXT, routed_by TEXT,
            ai_stopped INTEGER NOT NULL DEFAULT 0, unread INTEGER NOT NULL DEFAULT 0,
            playground INTEGER NOT NULL DEFAULT 0, stage_id TEXT, event TEXT, language TEXT, intent TEXT,
            sentiment TEXT, reply_due_at DOUBLE PRECISION, starts_at DOUBLE PRECISION,
            handed_over INTEGER NOT NULL DEFAULT 0, loop_guarded INTEGER NOT NULL DEFAULT 0,
            last_error TEXT, created_at DOUBLE PRECISION NOT NULL, closed_at DOUBLE PRECISION,
            updated_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX cv_conv_ws ON cv_conversations(workspace_id, created_at)",
        "CREATE INDEX cv_conv_due ON cv_conversations(reply_due_at)",
        "CREATE INDEX cv_conv_lead ON cv_conversations(workspace_id, lead_id)",
        """CREATE UNIQUE INDEX cv_conv_one_open ON cv_conversations(workspace_id, lead_id, channel)
            WHERE status IN ('open', 'waiting') AND playground = 0""",
        """CREATE TABLE cv_messages (
            id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, workspace_id TEXT NOT NULL, seq INTEGER NOT NULL,
            direction TEXT NOT NULL, sender_kind TEXT NOT NULL, sender_id TEXT, kind TEXT NOT NULL,
            text TEXT, transcript TEXT, audio_path TEXT, error TEXT, status TEXT NOT NULL,
            reply_to TEXT, language TEXT, intent TEXT, response_s DOUBLE PRECISION, credits DOUBLE PRECISION,
            meta TEXT, created_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX cv_msg_conv ON cv_messages(conversation_id, seq)",
        """CREATE TABLE cv_handoffs (
            id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, workspace_id TEXT NOT NULL,
            from_kind TEXT NOT NULL, from_id TEXT, to_kind TEXT NOT NULL, to_id TEXT, reason TEXT NOT NULL,
            automatic INTEGER NOT NULL, payload TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX cv_handoffs_conv ON cv_handoffs(conversation_id, created_at)",
        """CREATE TABLE cv_notifications (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, target_kind TEXT NOT NULL, target_id TEXT,
            kind TEXT NOT NULL, conversation_id TEXT, text TEXT NOT NULL, link TEXT,
            silent INTEGER NOT NULL DEFAULT 0, created_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX cv_notes_ws ON cv_notifications(workspace_id, created_at)",
        """CREATE TABLE cv_deliveries (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, event TEXT NOT NULL, body TEXT NOT NULL,
            status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_at DOUBLE PRECISION NOT NULL,
            last_error TEXT, created_at DOUBLE PRECISION NOT NULL, sent_at DOUBLE PRECISION)""",
        "CREATE INDEX cv_deliveries_due ON cv_deliveries(status, next_at)",
        """CREATE TABLE cv_credit_accounts (
            workspace_id TEXT PRIMARY KEY, balance DOUBLE PRECISION NOT NULL, granted DOUBLE PRECISION NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL)""",
        """CREATE TABLE cv_usage (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, agent_id TEXT, conversation_id TEXT,
            message_id TEXT, msg_type TEXT NOT NULL, credits DOUBLE PRECISION NOT NULL,
            created_at DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX cv_usage_ws ON cv_usage(workspace_id, created_at)",
        """CREATE TABLE cv_unanswered (
            id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL, agent_id TEXT, conversation_id TEXT NOT NULL,
            message_id TEXT, question TEXT NOT NULL, language TEXT, answer TEXT, answered_by TEXT,
            source_id TEXT, created_at DOUBLE PRECISION NOT NULL, answered_at DOUBLE PRECISION)""",
        "CREATE INDEX cv_unanswered_ws ON cv_unanswered(workspace_id, agent_id, created_at)",
    ]),
    (2, "handoff order", [
        # handoffs made at the same instant keep the order they were made in (the loop guard reads it)
        "ALTER TABLE cv_handoffs ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
    ]),
    (3, "one message per position", [
        # two workers numbering a conversation's messages at once would fail loudly, never interleave silently
        "CREATE UNIQUE INDEX cv_msg_conv_seq ON cv_messages(conversation_id, seq)",
        "DROP INDEX cv_msg_conv",
    ]),
]


def sqlite_url(data_dir: Path) -> str:
    """The default database: ``conversations.sqlite3`` in the data directory."""
    return f"sqlite:///{Path(data_dir) / 'conversations.sqlite3'}"


class Database:
    """A thin layer over one SQLAlchemy engine: dict rows, JSON helpers, transactions, migrations.

    Writes are serialised in-process by a lock (SQLite has one writer anyway); across processes, the
    conditional updates in the service (claiming a due reply) keep two workers from doing the same work.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = url.split(":", 1)[0].split("+", 1)[0]
        if self.dialect not in {"sqlite", "postgresql"}:
            raise ConfigError(f"conversation database URL must be sqlite:// or postgresql://, got {self.dialect}://")
        kwargs: dict[str, Any] = {}
        if self.dialect == "sqlite":
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        try:
            self.engine: Engine = create_engine(url, **kwargs)
        except ModuleNotFoundError as exc:
            raise ConfigError(f"the database driver for {self.dialect} is not installed ({exc.name})") from exc
        if self.dialect == "sqlite":
            @event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_conn: Any, _: Any) -> None:
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA busy_timeout=30000")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()
        self.lock = threading.RLock()
        try:
            self.migrate()
        except OperationalError as exc:
            self.engine.dispose()
            where = make_url(url).render_as_string(hide_password=True)
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise ConfigError(f"cannot open the conversation database {where}: {reason}") from exc

    def close(self) -> None:
        self.engine.dispose()

    # -- migrations ------------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply every migration not applied yet; returns the versions applied now."""
        applied_now = []
        with self.lock, self.engine.begin() as c:
            if self.dialect == "postgresql":
                c.execute(text("SELECT pg_advisory_xact_lock(74110601)"))  # one migrator across workers
            c.execute(text("CREATE TABLE IF NOT EXISTS cv_schema_migrations (version INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)"))
            done = {r[0] for r in c.execute(text("SELECT version FROM cv_schema_migrations"))}
            for version, name, statements in MIGRATIONS:
                if version in done:
                    continue
                for stmt in statements:
                    c.execute(text(stmt))
                c.execute(text("INSERT INTO cv_schema_migrations(version, name, applied_at) VALUES (:v, :n, :t)"),
                          {"v": version, "n": name, "t": time.time()})
                applied_now.append(version)
                logger.info("conversation schema: applied migration %s %s", version, name)
        return applied_now

    def scrub(self) -> None:
        """Rewrite a SQLite database so that values overwritten in place (secrets sealed on start) no longer
        linger in free pages or in the write-ahead log. PostgreSQL reclaims old row versions by its own vacuum."""
        if self.dialect != "sqlite":
            return
        with self.lock, self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("VACUUM"))
            c.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def schema_version(self) -> int:
        row = self.one("SELECT MAX(version) AS v FROM cv_schema_migrations")
        return int(row["v"] or 0) if row else 0

    # -- queries ---------------------------------------------------------------------------------
    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(text(sql), params)]

    def one(self, sql: str, **params: Any) -> dict[str, Any] | None:
        rows = self.rows(sql, **params)
        return rows[0] if rows else None

    def run(self, sql: str, **params: Any) -> int:
        with self.lock, self.engine.begin() as c:
            return c.execute(text(sql), params).rowcount

    @contextmanager
    def tx(self) -> Iterator["Tx"]:
        """One transaction, holding the write lock."""
        with self.lock, self.engine.begin() as c:
            yield Tx(c, self.dialect)


class Tx:
    """Queries inside one open transaction."""

    def __init__(self, conn: Connection, dialect: str = "sqlite") -> None:
        self.conn = conn
        self.dialect = dialect

    def lock(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        """The rows of ``sql`` (a plain SELECT), locked until the transaction ends.

        PostgreSQL: ``FOR UPDATE``, so another worker's transaction that locks the same rows waits for this one
        and then reads what it committed. SQLite: a plain read (writes are serialised already).
        """
        return self.rows(sql + (" FOR UPDATE" if self.dialect == "postgresql" else ""), **params)

    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        return [dict(r._mapping) for r in self.conn.execute(text(sql), params)]

    def one(self, sql: str, **params: Any) -> dict[str, Any] | None:
        rows = self.rows(sql, **params)
        return rows[0] if rows else None

    def run(self, sql: str, **params: Any) -> int:
        return self.conn.execute(text(sql), params).rowcount


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def loads(value: str | None, default: Any = None) -> Any:
    return json.loads(value) if value else default


__all__ = ["Database", "Tx", "MIGRATIONS", "sqlite_url", "dumps", "loads"]
