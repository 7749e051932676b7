"""The audit history, one small interface over two databases (SQLite by default, PostgreSQL for
teams): `Store` holds every query, written once with `?` placeholders; a backend supplies the
connection, transactions, the schema version and the audit lock.

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
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Iterable, Iterator, Mapping

from .schema import FINDING_DATA, MIGRATIONS, SCHEMA_VERSION, TABLES, HistoryError, render

Row = Mapping[str, Any]  # sqlite3.Row or a dict: read by column name


class Store:
    dialect = ""
    where = ""  # the database, as shown in messages (a path, or a URL without password)

    # -- provided by a backend
    def execute(self, sql: str, params: Iterable = ()) -> Any: ...  # a cursor
    def executemany(self, sql: str, rows: list) -> None: ...
    def transaction(self) -> AbstractContextManager: ...
    def get_version(self) -> int: ...
    def set_version(self, n: int) -> None: ...
    def lock(self) -> AbstractContextManager: ...  # one audit at a time; raises LockHeld
    def close(self) -> None: ...

    def insert_id(self, sql: str, params: Iterable) -> int:
        return int(self.execute(sql + " RETURNING id", params).fetchone()["id"])

    def fetchall(self, sql: str, params: Iterable = ()) -> list[Row]:
        return self.execute(sql, params).fetchall()

    def fetchone(self, sql: str, params: Iterable = ()) -> Row | None:
        return self.execute(sql, params).fetchone()

    # ------------------------------------------------------------------ schema
    @property
    def version(self) -> int:
        return self.get_version()

    def migrate(self, upto: int = SCHEMA_VERSION) -> None:
        v = self.get_version()
        if v > SCHEMA_VERSION:
            raise HistoryError(f"history database {self.where} has schema version {v}, newer than this "
                               f"scanner understands ({SCHEMA_VERSION}); upgrade the scanner")
        for n in range(v + 1, upto + 1):
            with self.transaction():
                for stmt in MIGRATIONS[n]:
                    self.execute(render(stmt, self.dialect))
                self.set_version(n)

    # ------------------------------------------------------------------ reads
    def last_run(self, shop: str) -> Row | None:
        """The latest run of `shop` that produced results (complete or partial)."""
        return self.fetchone(
            "SELECT * FROM runs WHERE shop = ? AND crawl_status IN ('complete', 'partial') ORDER BY id DESC LIMIT 1",
            (shop,))

    def runs(self, shop: str | None = None) -> list[Row]:
        if shop is None:
            return self.fetchall("SELECT * FROM runs ORDER BY id")
        return self.fetchall("SELECT * FROM runs WHERE shop = ? ORDER BY id", (shop,))

    def shop_findings(self, shop: str) -> dict[str, Row]:
        """fingerprint -> row, every finding ever recorded for the shop (open and fixed)."""
        return {r["fingerprint"]: r for r in self.fetchall("SELECT * FROM findings WHERE shop = ?", (shop,))}

    def listing_hashes(self, shop: str) -> dict[str, str]:
        return {r["listing_id"]: r["content_hash"] for r in
                self.fetchall("SELECT listing_id, content_hash FROM listings WHERE shop = ?", (shop,))}

    def ignores(self, shop: str) -> dict[str, Row]:
        """fingerprint -> ignore row that applies to `shop` (a shop-specific one wins over '')."""
        rows = self.fetchall("SELECT * FROM ignores WHERE shop IN ('', ?) ORDER BY shop", (shop,))
        return {r["fingerprint"]: r for r in rows}

    def find_fingerprint(self, fingerprint: str, shops: Iterable[str] | None = None) -> list[Row]:
        rows = self.fetchall("SELECT * FROM findings WHERE fingerprint = ? ORDER BY shop", (fingerprint,))
        if shops is not None:
            allowed = set(shops)
            rows = [r for r in rows if r["shop"] in allowed]
        return rows

    def run_listings(self, run_id: int) -> dict[str, Row]:
        return {r["listing_id"]: r for r in self.fetchall("SELECT * FROM run_listings WHERE run_id = ?", (run_id,))}

    # ------------------------------------------------------------------ writes
    def mark_interrupted(self) -> int:
        """Runs left 'running' by a killed process (we hold the lock, so none is live)."""
        cur = self.execute("UPDATE runs SET crawl_status = 'interrupted', error = 'the audit process stopped "
                           "before this run finished' WHERE crawl_status = 'running'")
        return cur.rowcount

    def start_run(self, shop: str, started: str, folder: str, sources: str) -> int:
        return self.insert_id("INSERT INTO runs (shop, started, folder, sources, crawl_status) "
                              "VALUES (?, ?, ?, ?, 'running')", (shop, started, folder, sources))

    def fail_run(self, run_id: int, finished: str, error: str, seconds: float) -> None:
        self.execute("UPDATE runs SET crawl_status = 'failed', finished = ?, error = ?, seconds = ? WHERE id = ?",
                     (finished, error, seconds, run_id))

    def add_ignore(self, shop: str, fingerprint: str, reason: str, created: str) -> None:
        with self.transaction():
            self.execute("INSERT INTO ignores (shop, fingerprint, reason, created) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT(shop, fingerprint) DO UPDATE SET reason = excluded.reason, "
                         "created = excluded.created", (shop, fingerprint, reason, created))
            if shop:
                self.execute("UPDATE findings SET status = 'ignored', note = ? WHERE shop = ? AND fingerprint = ? "
                             "AND status != 'fixed'", (f"ignored: {reason}", shop, fingerprint))
            else:
                self.execute("UPDATE findings SET status = 'ignored', note = ? WHERE fingerprint = ? "
                             "AND status != 'fixed'", (f"ignored: {reason}", fingerprint))

    def commit_run(self, run_id: int, shop: str, when: str, run: dict, seen: list[dict], fixed: list[dict],
                   held: list[dict], listings: list[tuple]) -> None:
        """Record a finished run in one transaction.

        seen:  finding data + status/note/first_seen for findings observed in this run
        fixed: {"fingerprint", "reason"} for open findings that are gone
        held:  {"fingerprint", "status", "note"} for open findings that could not be re-checked
        listings: (listing_id, ok, n_findings, errors, content_hash)
        """
        with self.transaction():
            cols = ", ".join(f"{k} = ?" for k in run)
            self.execute(f"UPDATE runs SET {cols} WHERE id = ?", (*run.values(), run_id))
            data_cols = ", ".join(FINDING_DATA)
            marks = ", ".join("?" for _ in FINDING_DATA)
            updates = ", ".join(f"{c} = excluded.{c}" for c in FINDING_DATA)
            self.executemany(
                f"INSERT INTO findings (shop, fingerprint, {data_cols}, status, note, first_seen, last_seen, first_run, "
                f"last_run) VALUES (?, ?, {marks}, ?, ?, ?, ?, ?, ?) "
                f"ON CONFLICT(shop, fingerprint) DO UPDATE SET {updates}, status = excluded.status, "
                f"note = excluded.note, last_seen = excluded.last_seen, last_run = excluded.last_run, "
                f"fixed_at = NULL, fixed_run = NULL, fixed_reason = NULL",
                [(shop, s["fingerprint"], *(s[c] for c in FINDING_DATA), s["status"], s["note"], s["first_seen"],
                  when, run_id, run_id) for s in seen])
            self.executemany("UPDATE findings SET status = 'fixed', note = ?, fixed_at = ?, fixed_run = ?, "
                             "fixed_reason = ? WHERE shop = ? AND fingerprint = ?",
                             [(f["reason"], when, run_id, f["reason"], shop, f["fingerprint"]) for f in fixed])
            self.executemany("UPDATE findings SET status = ?, note = ? WHERE shop = ? AND fingerprint = ?",
                             [(h["status"], h["note"], shop, h["fingerprint"]) for h in held])
            self.executemany("INSERT INTO run_listings (run_id, listing_id, ok, n_findings, errors) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(run_id, listing_id) DO UPDATE SET "
                             "ok = excluded.ok, n_findings = excluded.n_findings, errors = excluded.errors",
                             [(run_id, lid, int(ok), n, errors) for lid, ok, n, errors, _h in listings])
            self.executemany(
                "INSERT INTO listings (shop, listing_id, content_hash, first_seen, last_seen, last_run, last_ok_run) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(shop, listing_id) DO UPDATE SET "
                "content_hash = CASE WHEN excluded.last_ok_run IS NULL THEN listings.content_hash "
                "ELSE excluded.content_hash END, "
                "last_seen = excluded.last_seen, last_run = excluded.last_run, "
                "last_ok_run = COALESCE(excluded.last_ok_run, listings.last_ok_run)",
                [(shop, lid, h, when, when, run_id, run_id if ok else None) for lid, ok, _n, _e, h in listings])

    def prune(self, shop: str, keep: int) -> list[Row]:
        """Forget the per-listing rows of all but the newest `keep` finished runs of `shop`;
        returns those runs (their folders may be deleted by the caller). Run rows stay."""
        rows = self.fetchall(
            "SELECT * FROM runs WHERE shop = ? AND crawl_status IN ('complete', 'partial') ORDER BY id DESC",
            (shop,))[keep:]
        if rows:
            with self.transaction():
                self.executemany("DELETE FROM run_listings WHERE run_id = ?", [(r["id"],) for r in rows])
        return rows

    # ------------------------------------------------------------------ moving a history
    def dump(self, table: str, batch: int = 2000) -> Iterator[dict]:
        """Every row of `table`, in key order, a batch at a time (memory stays flat)."""
        keys = TABLES[table]
        last: tuple | None = None
        while True:
            if last is None:
                rows = self.fetchall(f"SELECT * FROM {table} ORDER BY {', '.join(keys)} LIMIT {batch}")
            else:
                cond = _after(keys)
                rows = self.fetchall(f"SELECT * FROM {table} WHERE {cond} ORDER BY {', '.join(keys)} LIMIT {batch}",
                                     _after_params(last))
            if not rows:
                return
            for r in rows:
                yield dict(r)
            last = tuple(rows[-1][k] for k in keys)

    def is_empty(self) -> bool:
        return all(self.fetchone(f"SELECT 1 AS one FROM {t} LIMIT 1") is None for t in TABLES)

    def load(self, table: str, rows: list[dict]) -> None:
        """Insert exported rows as they are (ids kept); the caller holds the transaction."""
        if not rows:
            return
        cols = list(rows[0])
        self.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                         [tuple(r.get(c) for c in cols) for r in rows])

    def after_load(self) -> None:
        """Backends with id sequences move them past the imported ids."""


def _after(keys: tuple[str, ...]) -> str:
    """Keyset pagination: (k1, k2) > (?, ?) spelled out (portable to both databases)."""
    ors = []
    for i in range(len(keys)):
        ors.append("(" + " AND ".join([f"{k} = ?" for k in keys[:i]] + [f"{keys[i]} > ?"]) + ")")
    return " OR ".join(ors)


def _after_params(last: tuple) -> tuple:
    out: list = []
    for i in range(len(last)):
        out.extend(last[:i])
        out.append(last[i])
    return tuple(out)
