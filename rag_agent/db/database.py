"""The engine factory and a thin query layer over it: dict rows, transactions, row locks.

Queries are SQLAlchemy Core ``text()`` with named parameters, written in the subset both SQLite and PostgreSQL
speak (TEXT, INTEGER 0/1 flags, DOUBLE PRECISION epoch seconds, ``INSERT ... ON CONFLICT``), so one set of
statements serves both. Writes go through :meth:`Database.tx` or :meth:`Database.run`:

- SQLite: a write transaction starts with ``BEGIN IMMEDIATE``, so it holds the file's write lock from its first
  statement; another process waits (busy timeout) instead of failing half way, and a read-then-write inside one
  transaction sees no other writer in between. In one process a lock serialises writers as well.
- PostgreSQL: :meth:`Tx.lock` reads rows ``FOR UPDATE``; callers lock in one order (a workspace's row before its
  parts) so that two workers changing the same thing queue up instead of interleaving.

A transaction opened while this thread already has one joins it (as a savepoint), and reads made meanwhile go
through it: one part of the service calling another inside its transaction neither waits for its own lock (which
on SQLite would stall for the busy timeout, on PostgreSQL for ever) nor misses its own uncommitted writes.
"""

from __future__ import annotations

import json
import logging
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError

from rag_agent.datadir import private_file
from rag_agent.db.migrations import apply
from rag_agent.db.tx import Tx, checked
from rag_agent.errors import ConfigError

logger = logging.getLogger(__name__)

DIALECTS = ("sqlite", "postgresql")


def sqlite_url(data_dir: Path) -> str:
    """The default database: ``state.sqlite3`` in the data directory."""
    return f"sqlite:///{Path(data_dir) / 'state.sqlite3'}"


def dialect_of(url: str) -> str:
    """``sqlite`` or ``postgresql``; ConfigError for anything else."""
    dialect = url.split(":", 1)[0].split("+", 1)[0]
    if dialect not in DIALECTS:
        raise ConfigError(f"the database URL must be sqlite:// or postgresql:// (postgresql+psycopg://user:pass@host/db), "
                          f"got {dialect}://")
    return dialect


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with this project's connection settings (the one place engines are made).

    SQLite: WAL, a 30 s busy timeout, foreign keys on, and transactions begun by us (``BEGIN`` for reads,
    ``BEGIN IMMEDIATE`` for writes) instead of by the driver. PostgreSQL: psycopg 3, connections checked before use.
    """
    dialect = dialect_of(url)
    if dialect == "sqlite":
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            private_file(Path(path))
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _: Any) -> None:
            dbapi_conn.isolation_level = None  # the driver begins nothing; _on_begin does
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")  # WAL: a crash loses at most the last commits, never corrupts
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "checkout")
        def _on_checkout(dbapi_conn: Any, _: Any, __: Any) -> None:
            dbapi_conn.isolation_level = None  # an AUTOCOMMIT use (VACUUM) may have reset it

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            options = conn.get_execution_options()
            if options.get("isolation_level") == "AUTOCOMMIT":
                return
            conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("write") else "BEGIN")

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise ConfigError(f"the database driver for {dialect} is not installed ({exc.name}); "
                          "install it with: pip install 'psycopg[binary]'") from exc


class Database:
    """One engine and the service's schema on it: every part of the service's state reads and writes here.

    Opening applies the migrations not applied yet (:mod:`rag_agent.db.migrations`), one migrator at a time.
    """

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.dialect = dialect_of(url)
        self.engine: Engine = make_engine(url)
        self.lock = threading.RLock()
        self._local = threading.local()  # .conn: this thread's open write transaction
        if migrate:
            try:
                self.migrate()
            except OperationalError as exc:
                self.engine.dispose()
                reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                raise ConfigError(f"cannot open the database {self.where}: {reason}") from exc

    @property
    def where(self) -> str:
        """The URL with its password hidden (for messages and logs)."""
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite; else None."""
        if self.dialect != "sqlite":
            return None
        path = make_url(self.url).database
        return Path(path).resolve() if path and path != ":memory:" else None

    def close(self) -> None:
        self.engine.dispose()

    @property
    def in_transaction(self) -> bool:
        """Whether this thread has a write transaction open (what it reads may yet be rolled back)."""
        return getattr(self._local, "conn", None) is not None

    # -- schema ----------------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply every migration not applied yet; returns the versions applied now."""
        with self.tx() as tx:
            return apply(tx)

    def schema_version(self) -> int:
        row = self.one("SELECT MAX(version) AS v FROM schema_migrations")
        return int(row["v"] or 0) if row else 0

    def scrub(self) -> None:
        """Rewrite a SQLite database so that values overwritten in place (secrets sealed on start) no longer
        linger in free pages or in the write-ahead log. PostgreSQL reclaims old row versions by its own vacuum."""
        if self.dialect != "sqlite":
            return
        with self.lock, self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("VACUUM")
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- queries ---------------------------------------------------------------------------------
    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        current = getattr(self._local, "conn", None)
        if current is not None:  # inside this thread's transaction: read what it wrote
            return [dict(r._mapping) for r in current.execute(text(sql), checked(params))]
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(text(sql), checked(params))]

    def one(self, sql: str, **params: Any) -> dict[str, Any] | None:
        rows = self.rows(sql, **params)
        return rows[0] if rows else None

    def value(self, sql: str, **params: Any) -> Any:
        """The first column of the first row, or None."""
        row = self.one(sql, **params)
        return next(iter(row.values())) if row else None

    def run(self, sql: str, **params: Any) -> int:
        """One write statement in its own transaction; returns the rows it changed."""
        with self.tx() as tx:
            return tx.run(sql, **params)

    @contextmanager
    def tx(self) -> Iterator["Tx"]:
        """One write transaction (committed at the end of the block, rolled back on an exception); inside another
        of this thread, a savepoint of it (rolled back alone on an exception, committed with the outer one)."""
        current = getattr(self._local, "conn", None)
        if current is not None:
            with current.begin_nested():
                yield Tx(current, self.dialect)
            return
        with self.lock, self.engine.connect().execution_options(write=True) as c, c.begin():
            self._local.conn = c
            try:
                yield Tx(c, self.dialect)
            finally:
                self._local.conn = None


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def loads(value: str | None, default: Any = None) -> Any:
    return json.loads(value) if value else default
