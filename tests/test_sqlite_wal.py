"""A SQLite database opened while another process holds its write lock (two server processes or
two audits opening a fresh database at once): the opener waits instead of failing — SQLite refuses
the switch to WAL at once then, whatever the busy timeout (scanner/sqlite_wal.py)."""
import sqlite3
import subprocess
import sys

import pytest

from scanner.history.sqlite import SqliteHistory
from scanner.serve.store import Store


def _open_store(folder):
    return Store(folder)._db()


def _open_history(folder):
    return SqliteHistory(folder / "scans.db").db


@pytest.mark.parametrize("opener", [_open_store, _open_history], ids=["serve-store", "history"])
def test_opens_while_another_process_writes(tmp_path, opener):
    root = tmp_path / "serve"
    root.mkdir()
    sqlite3.connect(root / "scans.db").close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"db = sqlite3.connect({str(root / 'scans.db')!r}, isolation_level=None)\n"
        "db.execute('BEGIN IMMEDIATE'); db.execute('CREATE TABLE held (x)')\n"
        "print('locked', flush=True); time.sleep(1.0); db.execute('COMMIT')\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        db = opener(root)  # before the fix: sqlite3.OperationalError: database is locked
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        holder.wait(timeout=30)
