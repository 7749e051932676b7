"""OCR results cache: `<cache_dir>/ocr/ocr.sqlite3`, keyed by the image's content hash (SHA-256)
+ the engine and every setting that changes its output. An unchanged image is never OCR'd
twice, whatever URL or path it is reached by; changing the engine, its version, languages or
preprocessing changes the key, so stale results are never served.

Safe for several processes (the pipeline's workers): WAL journal, one connection per process,
writes retried on a busy database. A cache that cannot be opened or written only costs speed.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path

from ..models import Box

CACHE_VERSION = 1
_init_lock = threading.Lock()


def cache_key(digest: str, engine_key: str) -> str:
    return hashlib.sha256(f"v{CACHE_VERSION}\x1f{digest}\x1f{engine_key}".encode()).hexdigest()


class OcrCache:
    def __init__(self, cache_dir: Path | None):
        self.path = Path(cache_dir) / "ocr" / "ocr.sqlite3" if cache_dir else None
        self._local = threading.local()
        self._disabled = self.path is None

    def _conn(self) -> sqlite3.Connection | None:
        if self._disabled:
            return None
        c = getattr(self._local, "conn", None)
        if c is not None and getattr(self._local, "pid", None) == os.getpid():
            return c
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            self._disabled = True  # not a folder we can write: run without the cache
            return None
        # several threads / worker processes may open a fresh database at once: switching it
        # to WAL needs a moment alone, so "database is locked" here is retried, not fatal
        for attempt in range(20):
            try:
                with _init_lock:
                    c = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                                        check_same_thread=False)
                    c.execute("PRAGMA busy_timeout=30000")
                    c.execute("PRAGMA journal_mode=WAL")
                    c.execute("PRAGMA synchronous=NORMAL")
                    c.execute("CREATE TABLE IF NOT EXISTS ocr (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                              "created REAL NOT NULL)")
                break
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) and "busy" not in str(e):
                    self._disabled = True
                    return None
                time.sleep(0.05 * (attempt + 1))
            except sqlite3.Error:
                self._disabled = True
                return None
        else:
            return None  # still locked: this call goes without the cache, the next one retries
        self._local.conn = c
        self._local.pid = os.getpid()
        return c

    def get(self, key: str) -> dict | None:
        c = self._conn()
        if c is None:
            return None
        try:
            row = c.execute("SELECT value FROM ocr WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def put(self, key: str, value: dict) -> None:
        c = self._conn()
        if c is None:
            return
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        for attempt in range(10):
            try:
                c.execute("INSERT OR REPLACE INTO ocr (key, value, created) VALUES (?, ?, ?)", (key, data, time.time()))
                return
            except sqlite3.OperationalError:  # database locked by another worker
                time.sleep(0.05 * (attempt + 1))
            except sqlite3.Error:
                return

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            try:
                c.close()
            except sqlite3.Error:
                pass
            self._local.conn = None


def lines_to_json(lines) -> list:
    return [[l.text, l.box.x, l.box.y, l.box.w, l.box.h, l.confidence] for l in lines]


def lines_from_json(rows) -> list[tuple[str, Box, float]]:
    out = []
    for r in rows or []:
        try:
            out.append((str(r[0]), Box(int(r[1]), int(r[2]), int(r[3]), int(r[4])), float(r[5])))
        except (TypeError, ValueError, IndexError):
            continue
    return out
