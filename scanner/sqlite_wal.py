"""Opening a SQLite database in write-ahead-logging mode from several processes at once."""
from __future__ import annotations

import sqlite3
import time


def use_wal(db: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch `db` to write-ahead logging. SQLite does not wait for the busy timeout here: while
    another process holds a write lock (a second process creating the schema of a fresh database)
    the switch fails at once with 'database is locked' — so it is retried, for at most `wait`
    seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
