"""Bringing the SQLite files of an older data directory into the service's one database, once, on start.

Before one state layer, a data directory held ``state.sqlite3`` (workspaces, sources, orders, connections, agents,
console) and ``conversations.sqlite3`` (the conversations, unless ``RAG_CONVERSATIONS__DATABASE_URL`` put them in
PostgreSQL). Now:

- ``state.sqlite3`` is the default database itself: its migrations upgrade it in place.
- ``conversations.sqlite3`` is copied into the database and then deleted (it is the data directory's own file,
  moved, not a backup the operator made).
- With ``RAG_DATABASE_URL`` naming another database (PostgreSQL), a ``state.sqlite3`` and ``conversations.sqlite3``
  of the data directory are copied into it when it holds none of their kind of data yet, and are left in place
  (delete them once satisfied): moving to PostgreSQL is setting the URL and starting.

Each file is first migrated in place (so its rows have today's columns), then copied in one transaction that
also writes a marker row, so a second worker starting at the same time finds the work done. Encrypted values are
copied as they are: they open with the data directory's ``secret.key`` as before.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import inspect

from rag_agent.db.database import Database
from rag_agent.db.tx import Tx
from rag_agent.db.migrations import CONVERSATION_TABLES, STATE_TABLES

logger = logging.getLogger(__name__)

BATCH = 1000


def adopt_legacy_files(db: Database, data_dir: Path) -> list[str]:
    """Copy the older SQLite files of ``data_dir`` into ``db`` where that is still to be done (see the module
    docstring); returns the names of the files copied now."""
    data_dir = Path(data_dir)
    own = db.sqlite_path
    copied = []
    state = data_dir / "state.sqlite3"
    if state.exists() and (own is None or own != state.resolve()):
        if _copy(db, state, STATE_TABLES, "workspaces"):
            copied.append(state.name)
    conversations = data_dir / "conversations.sqlite3"
    if conversations.exists() and (own is None or own != conversations.resolve()):
        moved_here = own is not None and own.parent == data_dir.resolve()
        if _copy(db, conversations, CONVERSATION_TABLES, "cv_conversations"):
            copied.append(conversations.name)
        if moved_here and _marked(db, conversations):
            for suffix in ("", "-wal", "-shm"):
                Path(str(conversations) + suffix).unlink(missing_ok=True)
            logger.info("%s was moved into %s and removed", conversations.name, own.name)
    return copied


def _marker(path: Path) -> str:
    return f"imported:{path.resolve()}"


def _marked(db: Database, path: Path) -> bool:
    return db.one("SELECT value FROM meta WHERE key=:k", k=_marker(path)) is not None


def _copy(db: Database, path: Path, tables: list[str], probe: str) -> bool:
    """Copy ``tables`` from the SQLite file ``path`` into ``db`` unless done before, or unless ``db`` already holds
    rows of that kind (``probe``: its main table), which would be mixed with the file's."""
    if _marked(db, path):
        return False
    src = Database(f"sqlite:///{path}")  # migrates the file in place: its rows get today's columns
    try:
        with db.tx() as tx:
            if tx.one("SELECT value FROM meta WHERE key=:k", k=_marker(path)) is not None:
                return False  # another worker did it while this one waited
            if tx.one(f"SELECT 1 AS x FROM {probe} LIMIT 1") is not None:
                logger.warning("%s was not copied into %s, which already holds %s; it is left as it is",
                               path, db.where, probe)
                return False
            counts = {t: _copy_table(src, tx, t) for t in tables}
            tx.run("INSERT INTO meta(key, value) VALUES (:k, :v)", k=_marker(path),
                   v=", ".join(f"{t}={n}" for t, n in counts.items() if n))
    finally:
        src.close()
    logger.info("copied %s into %s: %s", path, db.where, ", ".join(f"{t} {n}" for t, n in counts.items() if n))
    return True


def _text(value: object) -> object:
    """SQLite stored NUL characters that PostgreSQL cannot: dropped (they carry nothing a reader sees)."""
    return value.replace("\x00", "") if isinstance(value, str) else value


#: Tables whose rows the database may already have made on open (keys, secrets): the file's rows win there, since
#: what the file holds was made with them (order contact hashes, visitor tokens).
_FILE_WINS = {"meta": "key", "console_secrets": "name"}


def _copy_table(src: Database, tx: Tx, table: str) -> int:
    rows = src.rows(f"SELECT * FROM {table}")
    if not rows:
        return 0
    target = {c["name"] for c in inspect(tx.conn).get_columns(table)}
    cols = [c for c in rows[0] if c in target]
    names = ", ".join(f'"{c}"' for c in cols)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + c for c in cols)})"
    if table in _FILE_WINS:
        key = _FILE_WINS[table]
        sql += f" ON CONFLICT ({key}) DO UPDATE SET " + ", ".join(f'"{c}"=excluded."{c}"' for c in cols if c != key)
    else:  # rows the database already has (same key) are kept
        sql += " ON CONFLICT DO NOTHING"
    for i in range(0, len(rows), BATCH):
        tx.run_many(sql, [{c: _text(r[c]) for c in cols} for r in rows[i:i + BATCH]])
    if tx.dialect == "postgresql" and table == "agent_events":  # identity column: continue after the copied ids
        tx.run("SELECT setval(pg_get_serial_sequence('agent_events', 'id'), (SELECT MAX(id) FROM agent_events))")
    return len(rows)


__all__ = ["adopt_legacy_files"]
