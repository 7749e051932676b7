"""The audit history: SQLite by default (one file, zero setup), PostgreSQL for teams sharing one
history (`db = "postgresql://…"`). One interface (`store.Store`), one schema with versioned
migrations (`schema`), one audit lock per history; `transfer` moves a history between the two.

`open_history(db)` picks the backend: a `postgresql://` URL or a file path."""
from __future__ import annotations

from pathlib import Path

from .schema import OPEN_STATUSES, SCHEMA_VERSION, HistoryError, LockHeld
from .sqlite import SqliteHistory
from .store import Store

History = SqliteHistory  # the embedded default (`History(path)`)

__all__ = ["History", "HistoryError", "LockHeld", "OPEN_STATUSES", "SCHEMA_VERSION", "SqliteHistory", "Store",
           "describe", "is_postgres", "open_history"]


def is_postgres(db) -> bool:
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def describe(db) -> str:
    """The database as shown to people (a PostgreSQL URL without its password)."""
    if is_postgres(db):
        from .postgres import redact

        return redact(db)
    return str(db)


def open_history(db: str | Path, upto: int = SCHEMA_VERSION) -> Store:
    if is_postgres(db):
        from .postgres import PostgresHistory  # psycopg is imported only for a PostgreSQL history

        return PostgresHistory(str(db), upto)
    return SqliteHistory(Path(db), upto)
