"""One open write transaction's queries (:class:`Tx`), apart from :mod:`rag_agent.db.database` so that the
migrations, which run inside one, need not import the database that applies them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from rag_agent.errors import InputError


class Tx:
    """Queries inside one open transaction."""

    def __init__(self, conn: Connection, dialect: str = "sqlite") -> None:
        self.conn = conn
        self.dialect = dialect

    def lock(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        """The rows of ``sql`` (a plain SELECT), locked until the transaction ends.

        PostgreSQL: ``FOR UPDATE``, so another worker's transaction that locks the same rows waits for this one
        and then reads what it committed. SQLite: a plain read (the transaction holds the write lock already).
        """
        return self.rows(sql + (" FOR UPDATE" if self.dialect == "postgresql" else ""), **params)

    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        return [dict(r._mapping) for r in self.conn.execute(text(sql), checked(params))]

    def one(self, sql: str, **params: Any) -> dict[str, Any] | None:
        rows = self.rows(sql, **params)
        return rows[0] if rows else None

    def value(self, sql: str, **params: Any) -> Any:
        row = self.one(sql, **params)
        return next(iter(row.values())) if row else None

    def run(self, sql: str, **params: Any) -> int:
        return self.conn.execute(text(sql), checked(params)).rowcount

    def run_many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        """One statement for many parameter sets (executemany)."""
        if rows:
            self.conn.execute(text(sql), [checked(r) for r in rows])


def checked(params: dict[str, Any]) -> dict[str, Any]:
    """``params``, refused when a text holds a NUL character: PostgreSQL cannot store or compare one, so it is
    refused on SQLite as well (one behaviour on both; JSON values escape it and are not concerned)."""
    for value in params.values():
        if isinstance(value, str) and "\x00" in value:
            raise InputError("a text holds a NUL character (\\x00), which is not accepted; remove it")
    return params
