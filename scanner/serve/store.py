"""The history of the page's scans: one SQLite file in the cache folder (`<cache>/serve/scans.db`)
and one folder per scan (`<cache>/serve/scans/<id>/`: the upload, the reports, findings.jsonl).

All state lives here and on disk (nothing only in memory), so every server process sees every
scan and the history survives a restart; a scan left `running` by a stopped server is marked
`interrupted` when the store is opened again."""
from __future__ import annotations

import json
import secrets
import shutil
import sqlite3
import threading
import time
from pathlib import Path

from ..sqlite_wal import use_wal

STATUSES = ("queued", "running", "done", "partial", "failed", "interrupted")

SCHEMA = """
CREATE TABLE IF NOT EXISTS scans (
    id TEXT PRIMARY KEY,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    status TEXT NOT NULL,
    kind TEXT NOT NULL,          -- upload | url
    source TEXT NOT NULL,        -- the file name or the shop address, as the user gave it
    options TEXT NOT NULL,       -- JSON: ocr, own_brands
    progress TEXT NOT NULL,      -- JSON: listings, pictures, errors, pages, phase
    summary TEXT,                -- JSON: the report's summary once finished
    error TEXT NOT NULL DEFAULT '',
    pid INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS scans_created ON scans(created);
"""


class Store:
    def __init__(self, root: Path):
        self.root = root
        self.scans_dir = root / "scans"
        self.scans_dir.mkdir(parents=True, exist_ok=True)
        self.path = root / "scans.db"
        self._local = threading.local()
        with self._db() as db:
            db.executescript(SCHEMA)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA busy_timeout=30000")
            use_wal(db)
            db.row_factory = sqlite3.Row
            self._local.db = db
        return db

    def mark_interrupted(self, live_pids: set[int]) -> None:
        """Scans left queued/running by a server process that is gone."""
        db = self._db()
        for row in db.execute("SELECT id, pid FROM scans WHERE status IN ('queued', 'running')").fetchall():
            if row["pid"] not in live_pids:
                db.execute("UPDATE scans SET status='interrupted', updated=?, error=? WHERE id=?",
                           (time.time(), "the server stopped during this scan", row["id"]))

    def create(self, kind: str, source: str, options: dict, pid: int) -> str:
        sid = time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(4)
        now = time.time()
        self._db().execute(
            "INSERT INTO scans (id, created, updated, status, kind, source, options, progress, pid) "
            "VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
            (sid, now, now, kind, source, json.dumps(options, ensure_ascii=False),
             json.dumps({"listings": 0, "pictures": 0, "errors": 0, "pages": 0, "phase": "queued"}), pid))
        self.folder(sid).mkdir(parents=True, exist_ok=True)
        return sid

    def folder(self, sid: str) -> Path:
        return self.scans_dir / sid

    def update(self, sid: str, **fields) -> None:
        cols, vals = [], []
        for k, v in fields.items():
            if k not in ("status", "progress", "summary", "error"):
                raise KeyError(k)
            cols.append(f"{k}=?")
            vals.append(json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v)
        self._db().execute(f"UPDATE scans SET {', '.join(cols)}, updated=? WHERE id=?", (*vals, time.time(), sid))

    def get(self, sid: str) -> dict | None:
        row = self._db().execute("SELECT * FROM scans WHERE id=?", (sid,)).fetchone()
        return _record(row) if row else None

    def list(self, limit: int = 200, offset: int = 0) -> list[dict]:
        rows = self._db().execute("SELECT * FROM scans ORDER BY created DESC LIMIT ? OFFSET ?",
                                  (int(limit), int(offset))).fetchall()
        return [_record(r) for r in rows]

    def delete(self, sid: str) -> bool:
        cur = self._db().execute("DELETE FROM scans WHERE id=? AND status NOT IN ('queued', 'running')", (sid,))
        if cur.rowcount:
            shutil.rmtree(self.folder(sid), ignore_errors=True)
        return bool(cur.rowcount)


def _record(row: sqlite3.Row) -> dict:
    d = dict(row)
    for k in ("options", "progress", "summary"):
        d[k] = json.loads(d[k]) if d[k] else None
    d.pop("pid", None)
    return d
