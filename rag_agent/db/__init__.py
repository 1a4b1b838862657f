"""The service's state in one SQL database: SQLite in the data directory by default, PostgreSQL by one URL.

Every part of the service's own state (workspaces, API keys, sources, personas, orders, connections, syncs,
agents, leads, console sessions, widget keys, conversations, credits) is read and written through repositories
over one :class:`Database`, whose schema moves forward by the numbered migrations of
:mod:`rag_agent.db.migrations`. Several API workers given the same ``RAG_DATABASE_URL`` (PostgreSQL) share it;
what a worker caches is checked against the per-workspace counter of ``state_versions`` before use.

    db = open_database(settings)       # migrations applied, an older data directory's files brought in
    state = State(db)                  # rag_agent.state; Connections(db, box), AgentStore(state), ...
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from rag_agent.db.database import Database, Tx, dialect_of, dumps, loads, make_engine, sqlite_url
from rag_agent.db.migrations import MIGRATIONS

if TYPE_CHECKING:
    from rag_agent.settings import Settings

logger = logging.getLogger(__name__)


def database_url(settings: "Settings") -> str:
    """``RAG_DATABASE_URL``; else ``RAG_CONVERSATIONS__DATABASE_URL`` (its older name, from when only the
    conversations could live in PostgreSQL; it now moves all of the state there); else ``state.sqlite3`` in the
    data directory."""
    if settings.database_url:
        return settings.database_url
    if settings.conversations.database_url:
        return settings.conversations.database_url
    return sqlite_url(settings.data_dir)


def open_database(settings: "Settings") -> Database:
    """The configured database, migrated, with an older data directory's SQLite files brought in
    (:mod:`rag_agent.db.legacy`)."""
    from rag_agent.datadir import secure_data_dir
    from rag_agent.db.legacy import adopt_legacy_files

    secure_data_dir(settings.data_dir)  # before anything is created in it: private files and directories
    if not settings.database_url and settings.conversations.database_url:
        logger.warning("RAG_CONVERSATIONS__DATABASE_URL is the older name of RAG_DATABASE_URL: all of the "
                       "service's state now lives in that database")
    db = Database(database_url(settings))
    try:
        adopt_legacy_files(db, settings.data_dir)
    except BaseException:
        db.close()
        raise
    return db


__all__ = ["Database", "Tx", "open_database", "database_url", "sqlite_url", "dialect_of", "make_engine",
           "dumps", "loads", "MIGRATIONS"]
