"""The history in SQLite (stdlib `sqlite3`, one file, zero setup): the default.

The schema version lives in `PRAGMA user_version`; the audit lock is an exclusive flock on
`<db>.lock` next to the file (the kernel releases it when the process dies)."""
from __future__ import annotations

import fcntl
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterable

from ..sqlite_wal import use_wal
from .schema import SCHEMA_VERSION, HistoryError, LockHeld
from .store import Store


class SqliteHistory(Store):
    dialect = "sqlite"

    def __init__(self, path: Path, upto: int = SCHEMA_VERSION):
        self.path = Path(path)
        self.where = str(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            use_wal(self.db)  # another process may be creating the database
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate(upto)
        except sqlite3.DatabaseError as e:
            raise HistoryError(f"history database {self.path} cannot be used: {e}") from e

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def execute(self, sql: str, params: Iterable = ()):
        return self.db.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: list) -> None:
        self.db.executemany(sql, rows)

    @contextmanager
    def transaction(self):
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def get_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def set_version(self, n: int) -> None:
        self.db.execute(f"PRAGMA user_version = {int(n)}")

    def lock(self):
        return file_lock(self.lock_path)

    def close(self) -> None:
        self.db.close()


@contextmanager
def file_lock(path: Path):
    """An exclusive, non-blocking flock on a file next to the history database. The kernel
    releases it when the process dies, so a killed run never leaves a stale lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        try:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
        except OSError:
            holder = ""
        os.close(fd)
        raise LockHeld(holder)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {datetime.now().astimezone().isoformat(timespec='seconds')}\n"
                  .encode(), 0)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
