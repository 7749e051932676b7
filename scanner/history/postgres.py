"""The history in PostgreSQL (psycopg 3, imported only here): several people and machines share
one history. `db = "postgresql://user@host/dbname"` in `[audit]`.

The schema version lives in the one-row table `scanner_schema`; migrations run under a
transaction-level advisory lock (two first runs never create the tables twice). The audit lock
is a session-level advisory lock held on its own connection: the server releases it when that
connection ends, so a killed audit never leaves a stale lock; the holder is named through
`application_name`."""
from __future__ import annotations

import os
import re
import socket
from contextlib import contextmanager
from datetime import datetime
from typing import Iterable

from .schema import SCHEMA_VERSION, HistoryError, LockHeld
from .store import Store

AUDIT_LOCK = 0x5CA7_A0D1  # advisory lock keys of this program (classid-free 64-bit keys)
MIGRATE_LOCK = 0x5CA7_A0D2


def redact(url: str) -> str:
    """The URL as shown in messages and logs: never the password."""
    return re.sub(r"^(postgres(?:ql)?://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _clean(v):
    # PostgreSQL text cannot hold NUL (a hostile title may); SQLite can. Same replacement everywhere.
    return v.replace("\x00", "\ufffd") if isinstance(v, str) and "\x00" in v else v


class PostgresHistory(Store):
    dialect = "postgresql"

    def __init__(self, url: str, upto: int = SCHEMA_VERSION, connect_timeout: int = 10):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as e:  # pragma: no cover - psycopg is a dependency
            raise HistoryError(f"a PostgreSQL history needs psycopg 3 (pip install 'psycopg[binary]'): {e}") from e
        self.psycopg = psycopg
        self.url = url
        self.where = redact(url)
        self._lock_conn = None
        try:
            self.db = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=connect_timeout,
                                      application_name="listing-scanner")
            self.migrate(upto)
        except psycopg.Error as e:
            raise HistoryError(f"history database {self.where} cannot be used: {' '.join(str(e).split())}") from e

    def _sql(self, sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Iterable = ()):
        return self.db.execute(self._sql(sql), tuple(_clean(p) for p in params))

    def executemany(self, sql: str, rows: list) -> None:
        if rows:
            with self.db.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(_clean(p) for p in r) for r in rows])

    @contextmanager
    def transaction(self):
        with self.db.transaction():
            yield

    def _version_table(self) -> bool:
        return self.db.execute("SELECT to_regclass('scanner_schema') IS NOT NULL AS there").fetchone()["there"]

    def get_version(self) -> int:
        if not self._version_table():
            return 0
        row = self.db.execute("SELECT version FROM scanner_schema").fetchone()
        return int(row["version"]) if row else 0

    def set_version(self, n: int) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS scanner_schema (version INTEGER NOT NULL)")
        self.db.execute("DELETE FROM scanner_schema")
        self.db.execute("INSERT INTO scanner_schema (version) VALUES (%s)", (int(n),))

    def migrate(self, upto: int = SCHEMA_VERSION) -> None:
        if self.get_version() >= upto:
            return super().migrate(upto)  # nothing to do, or a newer schema: refused there
        with self.transaction():  # one migrating process at a time; the others wait, then see it done
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            super().migrate(upto)  # nested transactions are savepoints in psycopg

    @contextmanager
    def lock(self):
        """The audit lock: a session advisory lock on a connection of its own."""
        holder = (f"scanner audit pid {os.getpid()} on {socket.gethostname()} since "
                  f"{datetime.now().astimezone().isoformat(timespec='seconds')}")[:63]
        conn = self.psycopg.connect(self.url, autocommit=True, application_name=holder)
        try:
            got = conn.execute("SELECT pg_try_advisory_lock(%s)", (AUDIT_LOCK,)).fetchone()[0]
            if not got:
                row = conn.execute(
                    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE l.locktype = 'advisory' AND l.granted AND l.objid = %s AND l.database = "
                    "(SELECT oid FROM pg_database WHERE datname = current_database())",
                    (AUDIT_LOCK & 0xFFFFFFFF,)).fetchone()
                raise LockHeld(row[0] if row else "")
            try:
                yield
            finally:
                try:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (AUDIT_LOCK,))
                except self.psycopg.Error:
                    pass  # the connection is gone: so is the lock
        finally:
            conn.close()

    def after_load(self) -> None:
        self.db.execute("SELECT setval(pg_get_serial_sequence('runs', 'id'), "
                        "GREATEST((SELECT COALESCE(MAX(id), 0) FROM runs), 1))")

    def close(self) -> None:
        self.db.close()
