"""Audit history in SQLite (stdlib `sqlite3`, one file, zero setup).

Tables
- `runs`          one row per shop per audit run: when, the folder, the lexicon/brand-db/config
                  hashes, whether the source was read completely, the status counts.
- `findings`      one row per (shop, fingerprint) — `Finding.fingerprint` hashes listing id, field
                  kind, image file name, rule and normalised matched text (not offsets, not URLs) —
                  with first_seen / last_seen / status (new | persisting | ignored | fixed), the
                  last known finding data (so a fixed finding can still be reported) and, when
                  fixed, when and why.
- `listings`      one row per (shop, listing id): a hash of the listing's content and when it was
                  last seen / last read successfully.
- `run_listings`  the listings seen by each run and whether each was read successfully.
- `ignores`       accepted findings (`scanner audit --ignore FP --reason …`); shop '' = any shop.

The schema version lives in `PRAGMA user_version`; `MIGRATIONS[n]` brings a database from
version n-1 to n inside one transaction, so an old history file is upgraded in place and a file
written by a newer scanner is refused with a clear message.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

OPEN_STATUSES = ("new", "persisting", "ignored")

FINDING_DATA = ("listing_id", "field", "category", "severity", "matched_text", "term", "rule_id", "law",
                "suggestion", "image", "url", "title", "explanation", "detector", "confidence",
                "start_off", "end_off", "listing_hash")

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            shop TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            folder TEXT,
            sources TEXT,
            lexicon_hash TEXT,
            brand_db_hash TEXT,
            config_hash TEXT,
            ocr INTEGER,
            complete INTEGER,
            crawl_status TEXT NOT NULL,
            error TEXT,
            seconds REAL,
            listings INTEGER,
            listings_unread INTEGER,
            n_new INTEGER, n_persisting INTEGER, n_fixed INTEGER, n_ignored INTEGER,
            n_high INTEGER, n_medium INTEGER,
            version TEXT)""",
        "CREATE INDEX runs_shop ON runs(shop, id)",
        """CREATE TABLE findings (
            shop TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            listing_id TEXT NOT NULL,
            field TEXT, category TEXT, severity TEXT, matched_text TEXT, term TEXT, rule_id TEXT,
            law TEXT, suggestion TEXT, image TEXT, url TEXT, title TEXT, explanation TEXT,
            detector TEXT, confidence REAL, start_off INTEGER, end_off INTEGER,
            listing_hash TEXT,
            status TEXT NOT NULL,
            note TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            first_run INTEGER,
            last_run INTEGER,
            fixed_at TEXT,
            fixed_run INTEGER,
            fixed_reason TEXT,
            PRIMARY KEY (shop, fingerprint)) WITHOUT ROWID""",
        "CREATE INDEX findings_status ON findings(shop, status)",
        """CREATE TABLE listings (
            shop TEXT NOT NULL,
            listing_id TEXT NOT NULL,
            content_hash TEXT,
            first_seen TEXT,
            last_seen TEXT,
            last_run INTEGER,
            last_ok_run INTEGER,
            PRIMARY KEY (shop, listing_id)) WITHOUT ROWID""",
        """CREATE TABLE run_listings (
            run_id INTEGER NOT NULL,
            listing_id TEXT NOT NULL,
            ok INTEGER NOT NULL,
            n_findings INTEGER,
            errors TEXT,
            PRIMARY KEY (run_id, listing_id)) WITHOUT ROWID""",
    ],
    2: [
        """CREATE TABLE ignores (
            shop TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL,
            reason TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (shop, fingerprint))""",
    ],
}
SCHEMA_VERSION = max(MIGRATIONS)


class HistoryError(Exception):
    """The history database cannot be used (not a database, newer schema): exit 2."""


class History:
    def __init__(self, path: Path, upto: int = SCHEMA_VERSION):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate(upto)
        except sqlite3.DatabaseError as e:
            raise HistoryError(f"history database {self.path} cannot be used: {e}") from e

    # ------------------------------------------------------------------ schema
    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self, upto: int = SCHEMA_VERSION) -> None:
        v = self.version
        if v > SCHEMA_VERSION:
            raise HistoryError(f"history database {self.path} has schema version {v}, newer than this "
                               f"scanner understands ({SCHEMA_VERSION}); upgrade the scanner")
        for n in range(v + 1, upto + 1):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for stmt in MIGRATIONS[n]:
                    self.db.execute(stmt)
                self.db.execute(f"PRAGMA user_version = {n}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ reads
    def last_run(self, shop: str) -> sqlite3.Row | None:
        """The latest run of `shop` that produced results (complete or partial)."""
        return self.db.execute(
            "SELECT * FROM runs WHERE shop = ? AND crawl_status IN ('complete', 'partial') ORDER BY id DESC LIMIT 1",
            (shop,)).fetchone()

    def runs(self, shop: str | None = None) -> list[sqlite3.Row]:
        if shop is None:
            return self.db.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return self.db.execute("SELECT * FROM runs WHERE shop = ? ORDER BY id", (shop,)).fetchall()

    def shop_findings(self, shop: str) -> dict[str, sqlite3.Row]:
        """fingerprint -> row, every finding ever recorded for the shop (open and fixed)."""
        return {r["fingerprint"]: r for r in
                self.db.execute("SELECT * FROM findings WHERE shop = ?", (shop,))}

    def listing_hashes(self, shop: str) -> dict[str, str]:
        return {r[0]: r[1] for r in
                self.db.execute("SELECT listing_id, content_hash FROM listings WHERE shop = ?", (shop,))}

    def ignores(self, shop: str) -> dict[str, sqlite3.Row]:
        """fingerprint -> ignore row that applies to `shop` (a shop-specific one wins over '')."""
        rows = self.db.execute("SELECT * FROM ignores WHERE shop IN ('', ?) ORDER BY shop", (shop,)).fetchall()
        return {r["fingerprint"]: r for r in rows}

    def find_fingerprint(self, fingerprint: str, shops: Iterable[str] | None = None) -> list[sqlite3.Row]:
        rows = self.db.execute("SELECT * FROM findings WHERE fingerprint = ? ORDER BY shop", (fingerprint,)).fetchall()
        if shops is not None:
            allowed = set(shops)
            rows = [r for r in rows if r["shop"] in allowed]
        return rows

    def run_listings(self, run_id: int) -> dict[str, sqlite3.Row]:
        return {r["listing_id"]: r for r in
                self.db.execute("SELECT * FROM run_listings WHERE run_id = ?", (run_id,))}

    # ------------------------------------------------------------------ writes
    def mark_interrupted(self) -> int:
        """Runs left 'running' by a killed process (we hold the lock, so none is live)."""
        cur = self.db.execute("UPDATE runs SET crawl_status = 'interrupted', error = 'the audit process stopped "
                              "before this run finished' WHERE crawl_status = 'running'")
        return cur.rowcount

    def start_run(self, shop: str, started: str, folder: str, sources: str) -> int:
        cur = self.db.execute("INSERT INTO runs (shop, started, folder, sources, crawl_status) VALUES (?, ?, ?, ?, 'running')",
                              (shop, started, folder, sources))
        return int(cur.lastrowid)

    def fail_run(self, run_id: int, finished: str, error: str, seconds: float) -> None:
        self.db.execute("UPDATE runs SET crawl_status = 'failed', finished = ?, error = ?, seconds = ? WHERE id = ?",
                        (finished, error, seconds, run_id))

    def add_ignore(self, shop: str, fingerprint: str, reason: str, created: str) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("INSERT INTO ignores (shop, fingerprint, reason, created) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(shop, fingerprint) DO UPDATE SET reason = excluded.reason, created = excluded.created",
                            (shop, fingerprint, reason, created))
            if shop:
                self.db.execute("UPDATE findings SET status = 'ignored', note = ? WHERE shop = ? AND fingerprint = ? "
                                "AND status != 'fixed'", (f"ignored: {reason}", shop, fingerprint))
            else:
                self.db.execute("UPDATE findings SET status = 'ignored', note = ? WHERE fingerprint = ? "
                                "AND status != 'fixed'", (f"ignored: {reason}", fingerprint))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def commit_run(self, run_id: int, shop: str, when: str, run: dict, seen: list[dict], fixed: list[dict],
                   held: list[dict], listings: list[tuple]) -> None:
        """Record a finished run in one transaction.

        seen:  finding data + status/note/first_seen for findings observed in this run
        fixed: {"fingerprint", "reason"} for open findings that are gone
        held:  {"fingerprint", "status", "note"} for open findings that could not be re-checked
        listings: (listing_id, ok, n_findings, errors, content_hash)
        """
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            cols = ", ".join(f"{k} = ?" for k in run)
            db.execute(f"UPDATE runs SET {cols} WHERE id = ?", (*run.values(), run_id))
            data_cols = ", ".join(FINDING_DATA)
            marks = ", ".join("?" for _ in FINDING_DATA)
            updates = ", ".join(f"{c} = excluded.{c}" for c in FINDING_DATA)
            db.executemany(
                f"INSERT INTO findings (shop, fingerprint, {data_cols}, status, note, first_seen, last_seen, first_run, last_run) "
                f"VALUES (?, ?, {marks}, ?, ?, ?, ?, ?, ?) "
                f"ON CONFLICT(shop, fingerprint) DO UPDATE SET {updates}, status = excluded.status, note = excluded.note, "
                f"last_seen = excluded.last_seen, last_run = excluded.last_run, "
                f"fixed_at = NULL, fixed_run = NULL, fixed_reason = NULL",
                [(shop, s["fingerprint"], *(s[c] for c in FINDING_DATA), s["status"], s["note"], s["first_seen"],
                  when, run_id, run_id) for s in seen])
            db.executemany("UPDATE findings SET status = 'fixed', note = ?, fixed_at = ?, fixed_run = ?, fixed_reason = ? "
                           "WHERE shop = ? AND fingerprint = ?",
                           [(f["reason"], when, run_id, f["reason"], shop, f["fingerprint"]) for f in fixed])
            db.executemany("UPDATE findings SET status = ?, note = ? WHERE shop = ? AND fingerprint = ?",
                           [(h["status"], h["note"], shop, h["fingerprint"]) for h in held])
            db.executemany("INSERT OR REPLACE INTO run_listings (run_id, listing_id, ok, n_findings, errors) VALUES (?, ?, ?, ?, ?)",
                           [(run_id, lid, int(ok), n, errors) for lid, ok, n, errors, _h in listings])
            db.executemany(
                "INSERT INTO listings (shop, listing_id, content_hash, first_seen, last_seen, last_run, last_ok_run) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(shop, listing_id) DO UPDATE SET "
                "content_hash = CASE WHEN excluded.last_ok_run IS NULL THEN listings.content_hash ELSE excluded.content_hash END, "
                "last_seen = excluded.last_seen, last_run = excluded.last_run, "
                "last_ok_run = COALESCE(excluded.last_ok_run, listings.last_ok_run)",
                [(shop, lid, h, when, when, run_id, run_id if ok else None) for lid, ok, _n, _e, h in listings])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def prune(self, shop: str, keep: int) -> list[sqlite3.Row]:
        """Forget the per-listing rows of all but the newest `keep` finished runs of `shop`;
        returns those runs (their folders may be deleted by the caller). Run rows stay."""
        rows = self.db.execute(
            "SELECT * FROM runs WHERE shop = ? AND crawl_status IN ('complete', 'partial') ORDER BY id DESC",
            (shop,)).fetchall()[keep:]
        if rows:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("DELETE FROM run_listings WHERE run_id = ?", [(r["id"],) for r in rows])
            self.db.execute("COMMIT")
        return rows
