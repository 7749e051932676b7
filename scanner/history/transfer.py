"""`scanner history export DB FILE` / `scanner history import DB FILE`: a history moved between
SQLite and PostgreSQL (or backed up) as JSON lines — a header line, then one line per row,
runs first. Import goes into an empty history only (ids are kept, so runs, findings and
listings keep pointing at each other) and in one transaction: all of it or nothing."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from .. import __version__
from .schema import SCHEMA_VERSION, TABLES, HistoryError, LockHeld
from .store import Store

FORMAT = "listing-scanner-history"
MAX_LINE = 16 << 20  # one row is far smaller; a longer line is not a history export
BATCH = 1000


def export_history(store: Store, path: Path, progress: Callable[[str, int], None] | None = None) -> dict:
    counts = dict.fromkeys(TABLES, 0)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps({"format": FORMAT, "schema": store.version, "version": __version__,
                            "from": store.dialect}) + "\n")
        for table in TABLES:
            for row in store.dump(table):
                f.write(json.dumps({"t": table, "r": row}, ensure_ascii=False) + "\n")
                counts[table] += 1
                if progress and counts[table] % 10000 == 0:
                    progress(table, counts[table])
    tmp.replace(path)
    return counts


def import_history(store: Store, path: Path) -> dict:
    counts = dict.fromkeys(TABLES, 0)
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise HistoryError(f"cannot read {path}: {e}") from e
    with f:
        head = _line(f, path, 1)
        if not isinstance(head, dict) or head.get("format") != FORMAT:
            raise HistoryError(f"{path} is not a history export (its first line names no {FORMAT!r} format)")
        if head.get("schema") != SCHEMA_VERSION:
            raise HistoryError(f"{path} holds schema version {head.get('schema')}; this scanner writes "
                               f"{SCHEMA_VERSION}: open the old history once with this scanner (it migrates), "
                               f"then export it again")
        if not store.is_empty():
            raise HistoryError(f"history database {store.where} is not empty: import goes into a new, empty "
                               f"history only (nothing was changed)")
        with store.transaction():
            batch: list[dict] = []
            table = ""
            for n, rec in enumerate(iter(lambda: _line(f, path, 0), None), start=2):
                if not (isinstance(rec, dict) and rec.get("t") in TABLES and isinstance(rec.get("r"), dict)):
                    raise HistoryError(f"{path} line {n}: not a history row")
                if rec["t"] != table or len(batch) >= BATCH or (batch and rec["r"].keys() != batch[0].keys()):
                    store.load(table, batch)
                    batch = []
                    table = rec["t"]
                batch.append(rec["r"])
                counts[table] += 1
            store.load(table, batch)
            store.after_load()
    return counts


def _line(f, path: Path, n: int):
    line = f.readline(MAX_LINE + 1)
    if not line:
        if n == 1:
            raise HistoryError(f"{path} is empty")
        return None
    if len(line) > MAX_LINE:
        raise HistoryError(f"{path}: a line longer than {MAX_LINE >> 20} MB: not a history export")
    try:
        return json.loads(line)
    except ValueError as e:
        raise HistoryError(f"{path}: not JSON lines ({e})") from e


def run_history_command(action: str, db: str, path: Path, console) -> int:
    """`scanner history export|import DB FILE`: a configuration or history problem is exit 2."""
    from .. import config
    from ..errors import UsageError
    from . import describe, open_history

    db = config.database(db, "DB", "scanner history")
    if action == "export" and not db.startswith(("postgresql://", "postgres://")) and not Path(db).is_file():
        raise UsageError(f"no history database at {db}")
    try:
        store = open_history(db)
    except HistoryError as e:
        raise UsageError(str(e), key="err.history") from e
    try:
        if action == "export":
            counts = export_history(store, Path(path))
        else:
            with store.lock():  # never under a running audit
                counts = import_history(store, Path(path))
    except LockHeld as e:
        raise UsageError(f"an audit is using {describe(db)} ({e or 'lock held'}); import later") from e
    except HistoryError as e:
        raise UsageError(str(e), key="err.history") from e
    except OSError as e:
        raise UsageError(f"{path}: {e}") from e
    finally:
        store.close()
    what = ", ".join(f"{n} {t}" for t, n in counts.items())
    verb = (f"已导出 / exported {describe(db)} → {path}" if action == "export"
            else f"已导入 / imported {path} → {describe(db)}")
    console.print(f"{verb}: {what}", soft_wrap=True, highlight=False, markup=False)
    return 0
