"""`scanner audit --config SHOPS.toml`: nightly audits of many shops with history.

    [audit]
    out = "reports/audits"                 # run folders; relative paths are relative to the config file
    # db = "reports/audits/history.sqlite" # default: <out>/history.sqlite
    # fail_on = "high"                     # exit 1 when NEW findings at or above this exist
    # notify_url = "https://hooks.example/…"   # receives the JSON summary by POST
    # ignore_file = "accepted.csv"         # fingerprint,reason[,shop] lines
    # keep_runs = 60                       # prune older run folders (default: keep all)
    # latest = "symlink"                   # or "copy"
    # crawl_delay = 2                      # any [[shop]] key here is a default for every shop
    [[shop]]
    name = "my-tmall-store"
    source = "https://…"                   # or an export file; `sources = [...]` for several
    own_brands = ["…"]
    # format, no_ocr, crawl_delay, shop_domains, allow, min_confidence, fail_on: as for `scan`

Each shop is scanned in turn (one failing shop never stops the others) into
`<out>/<shop>/<YYYYmmdd-HHMMSS>/` (findings.csv, listings.csv, report.html, audit.json, …) and
`<out>/<shop>/latest` is pointed at it. Every finding gets a `status`:

- `new`        not open after the previous run (first audit: everything is new; a finding that
               was fixed and came back is new again, with its original `first_seen`);
- `persisting` still there — or could not be re-checked (the listing could not be read, the
               source was read only in part, images were not inspected): the `note` says why;
- `fixed`      open before, gone now from a listing that was read successfully in a run whose
               source was read completely (`note`: "no longer found"), or the listing is gone
               from a completely read shop (`note`: "listing removed"). Fixed findings are
               appended to findings.csv so the seller sees what was cleared;
- `ignored`    accepted (`--ignore FP --reason …` or the ignore file): still shown, not counted
               in new/persisting, never fails the run.

Exit codes: 1 NEW findings at or above --fail-on / [audit] fail_on; else 3 when a shop failed,
was read only in part, or another audit of the same history holds the lock; 2 configuration
error; 0 otherwise.
"""
from __future__ import annotations

import csv
import fcntl
import hashlib
import html
import io
import json
import os
import re
import shlex
import shutil
import sys
import time
import traceback
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rich.markup import escape

from . import __version__
from . import config
from .job import ScanJob, check_fail_on
from .errors import UsageError
from .history import OPEN_STATUSES, History, HistoryError
from .models import SEVERITY_RANK, Listing, ListingResult, RunInfo
from .reports import FINDING_COLUMNS, safe_cell

EXTRA_COLUMNS = ["status", "first_seen", "last_seen", "note"]  # + `shop`, a finding column since issue 14
SUMMARY_COLUMNS = ["shop", "new", "persisting", "fixed", "ignored", "high", "medium", "crawl_status",
                   "run_folder", "listings", "listings_unread", "error", "started"]
SHOP_KEYS = ({"name", "source", "sources"} | set(config.SCAN_KEYS) | set(config.ALIASES)) - {"out"}
AUDIT_KEYS = {"out", "db", "fail_on", "notify_url", "ignore_file", "keep_runs", "latest", "log"}
FP_RE = re.compile(r"^[0-9a-f]{8,64}$")
RESERVED_NAMES = {"summary.csv", "summary.json", "history.sqlite", "latest"}
LOCK_EXIT = 3  # another audit holds the lock: nothing was audited now (see README, Audits)
TOP_LIMIT = 50  # rows per table in the report's audit section


# ---------------------------------------------------------------------------- configuration
@dataclass
class ShopConfig:
    name: str
    sources: list[str]
    own_brands: list[str]
    formats: list[str]
    ocr: bool
    crawl_delay: float | None
    fail_on: str | None
    cfg: dict  # handed to ScanJob (shop_domains, allow, min_confidence, cache_dir, workers, …)


@dataclass
class IgnoreEntry:
    reason: str
    origin: str  # "db" or "file"


@dataclass
class AuditConfig:
    path: Path
    out: Path
    db: Path
    fail_on: str | None
    notify_url: str
    ignore_file: Path | None
    file_ignores: dict[tuple[str, str], str]  # (shop or '', fingerprint) -> reason
    keep_runs: int
    latest: str
    log: Path
    shops: list[ShopConfig]

    @property
    def lock_path(self) -> Path:
        return self.db.with_name(self.db.name + ".lock")


def _resolve(base: Path, value: str) -> Path:
    p = Path(os.path.expanduser(str(value)))
    return p if p.is_absolute() else (base / p)


def _str_list(value, key: str, where: str) -> list[str]:
    """A shop's source(s): one string or a list of strings."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    return config.str_list(value, key, where)


def parse_fingerprint(spec: str, where: str) -> tuple[str, str]:
    """'FP' or 'SHOP:FP' -> (shop or '', fp)."""
    spec = spec.strip()
    shop, _, fp = spec.rpartition(":")
    fp = fp.strip().lower()
    if not FP_RE.match(fp):
        raise UsageError(f"{where}: {spec!r} is not a finding fingerprint (the `fingerprint` column of "
                         f"findings.csv, optionally as SHOP:FINGERPRINT)")
    return shop.strip(), fp


def load_ignore_file(path: Path) -> dict[tuple[str, str], str]:
    """CSV lines `fingerprint,reason[,shop]` (a header line and # comments are allowed);
    the fingerprint may also be written SHOP:FINGERPRINT."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"ignore_file not found: {path}")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"ignore_file {path} cannot be read: {e}")
    out: dict[tuple[str, str], str] = {}
    for n, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        if n == 1 and row[0].strip().lower() == "fingerprint":
            continue
        shop, fp = parse_fingerprint(row[0], f"{path} line {n}")
        reason = row[1].strip() if len(row) > 1 else ""
        if len(row) > 2 and row[2].strip():
            shop = row[2].strip()
        out[(shop, fp)] = reason or "accepted in the ignore file"
    return out


def load_audit_config(path: Path, no_ocr: bool = False) -> AuditConfig:
    raw = config.load_toml(path)
    path = Path(os.path.abspath(path))
    base = path.parent
    for k in raw:
        if k not in ("audit", "shop") and k.replace("-", "_") in AUDIT_KEYS | SHOP_KEYS:
            raise UsageError(f"{path}: {k} must go in the audit table (or in a shop table)")
    audit = raw.get("audit", {})
    if not isinstance(audit, dict):
        raise UsageError(f"{path}: audit must be a table")
    audit = {k.replace("-", "_"): v for k, v in audit.items()}
    config.check_unknown(audit, AUDIT_KEYS | SHOP_KEYS, "the audit table")
    shops_raw = raw.get("shop")
    if not isinstance(shops_raw, list) or not shops_raw:
        raise UsageError(f"{path}: no shops; add one shop table per shop, with name = … and source = …")
    out = _resolve(base, audit.get("out", "reports/audits"))
    db = _resolve(base, audit["db"]) if audit.get("db") else out / "history.sqlite"
    fail_on = check_fail_on(audit.get("fail_on"))
    notify_url = str(audit.get("notify_url") or "")
    if notify_url and not notify_url.startswith(("http://", "https://")):
        raise UsageError(f"notify_url must be an http:// or https:// URL, got {notify_url!r}")
    try:
        keep_runs = int(audit.get("keep_runs", 0) or 0)
    except (TypeError, ValueError):
        keep_runs = -1
    if keep_runs < 0:
        raise UsageError("keep_runs must be a whole number (0 keeps every run)")
    latest = str(audit.get("latest", "symlink"))
    if latest not in ("symlink", "copy"):
        raise UsageError(f"latest must be \"symlink\" or \"copy\", got {latest!r}")
    ignore_file = _resolve(base, audit["ignore_file"]) if audit.get("ignore_file") else None
    file_ignores = load_ignore_file(ignore_file) if ignore_file else {}
    log = _resolve(base, audit["log"]) if audit.get("log") else base / f"{path.stem}.audit.log"
    defaults = {k: v for k, v in audit.items() if k in SHOP_KEYS or k not in AUDIT_KEYS}

    shops: list[ShopConfig] = []
    names: set[str] = set()
    for i, tbl in enumerate(shops_raw, start=1):
        if not isinstance(tbl, dict):
            raise UsageError(f"{path}: shop #{i} must be a table")
        tbl = {k.replace("-", "_"): v for k, v in tbl.items()}
        name = tbl.get("name")
        where = f"shop #{i}" + (f" {name!r}" if isinstance(name, str) else "")
        config.check_unknown(tbl, SHOP_KEYS, where)  # before merging: `out` is no shop key
        if not isinstance(name, str) or not name.strip():
            raise UsageError(f"{where}: name is required (it names the shop's report folder)")
        name = name.strip()
        if (not re.fullmatch(r"[\w][\w.\- ]*", name) or name in RESERVED_NAMES or name.endswith(".lock")
                or name.startswith(".")):
            raise UsageError(f"{where}: name {name!r} must be letters, digits, '-', '_', '.' or spaces "
                             f"(it becomes a folder name)")
        if name in names:
            raise UsageError(f"{where}: two shops are named {name!r}")
        names.add(name)
        merged = config.scan_settings({**defaults, **tbl}, where, frozenset({"name", "source", "sources"}))
        src = _str_list(merged.get("sources", merged.get("source")), "source", where)
        if not src:
            raise UsageError(f"{where}: source is required (a shop URL or a listing file)")
        sources = [s if s.startswith(("http://", "https://")) else str(_resolve(base, s)) for s in src]
        own = merged.get("own_brands", [])
        formats = merged.get("format", ["csv", "html"])
        formats = ["csv", "html"] + [f for f in formats if f not in ("csv", "html")]
        ocr = not merged.get("no_ocr", False) and merged.get("ocr", True) and not no_ocr
        delay = merged.get("crawl_delay")
        shop_fail_on = merged.get("fail_on") if "fail_on" in tbl else None
        cfg = {k: v for k, v in merged.items()
               if k not in ("name", "source", "sources", "own_brands", "format", "formats", "no_ocr", "ocr",
                            "crawl_delay", "fail_on") and k not in AUDIT_KEYS}
        cfg.setdefault("shop_domains", [])
        cfg.setdefault("allow", [])
        if cfg.get("cache_dir"):
            cfg["cache_dir"] = str(_resolve(base, cfg["cache_dir"]))
        shops.append(ShopConfig(name, sources, own, formats, ocr, delay, shop_fail_on, cfg))
    known = names | {""}
    for (shop, fp) in file_ignores:
        if shop not in known:
            raise UsageError(f"ignore_file {ignore_file}: {shop}:{fp} names no shop of this config")
    return AuditConfig(path, out, db, fail_on, notify_url, ignore_file, file_ignores, keep_runs, latest, log, shops)


# ---------------------------------------------------------------------------- lock
class LockHeld(Exception):
    pass


@contextmanager
def audit_lock(path: Path):
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


# ---------------------------------------------------------------------------- one shop
def content_hash(listing: Listing) -> str:
    """What detection looks at (not the URL, which may carry tracking parameters)."""
    raw = "\x1f".join((listing.title, listing.description, "\x1e".join(listing.images),
                       "\x1e".join(f"{k}\x1d{v}" for k, v in listing.attributes), listing.brand, listing.category))
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class ShopOutcome:
    shop: str
    started: str
    run_folder: str = ""  # relative to <out>
    crawl_status: str = "failed"  # complete | partial | failed
    error: str = ""
    counts: dict = field(default_factory=lambda: dict.fromkeys(
        ("new", "persisting", "fixed", "ignored", "high", "medium"), 0))
    listings: int = 0
    listings_unread: int = 0
    fail_hit: bool = False  # new findings at or above fail_on
    new_findings: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def summary_row(self) -> dict:
        return {"shop": self.shop, **{k: self.counts[k] for k in ("new", "persisting", "fixed", "ignored", "high", "medium")},
                "crawl_status": self.crawl_status, "run_folder": self.run_folder, "listings": self.listings,
                "listings_unread": self.listings_unread, "error": self.error, "started": self.started}


class ShopAudit:
    """Status bookkeeping for one shop's run: `on_result` sees every listing as it is scanned
    (before the writers, so `extra` reaches every report); `finish` settles what was not seen."""

    def __init__(self, shop: str, history: History, when_iso: str, ignores: dict[str, IgnoreEntry]):
        self.shop = shop
        self.iso = when_iso
        self.known = history.shop_findings(shop)
        self.prev_hashes = history.listing_hashes(shop)
        self.prev_run = history.last_run(shop)
        self.ignores = ignores
        # filled by on_result as listings stream past; the writers keep a reference to it. The
        # sentinel keeps it truthy: JsonWriter/HtmlWriter take `finding_extra or {}`, which would
        # swap an empty dict for a fresh one and lose every status. "" is never a fingerprint.
        self.extra: dict[str, dict] = {"": {}}
        self.seen: dict[str, dict] = {}
        self.listings: dict[str, list] = {}  # id -> [ok, n_findings, errors, content hash]
        self.fixed: list[dict] = []
        self.held: list[dict] = []
        self.complete = True
        self.partial_why = ""

    def _ignored_note(self, fp: str) -> str:
        ig = self.ignores[fp]
        return f"ignored{' (ignore file)' if ig.origin == 'file' else ''}: {ig.reason}"

    def on_result(self, r: ListingResult) -> None:
        lid = r.listing.id
        errors = [e for e in r.errors if not e.startswith("note:")]
        h = content_hash(r.listing)
        cur = self.listings.get(lid)
        if cur is None:
            self.listings[lid] = [not errors, len(r.findings), errors, h]
        else:  # the same id twice (several sources, duplicated export line)
            cur[0] = cur[0] and not errors
            cur[1] += len(r.findings)
            cur[2] = cur[2] + errors
        for f in r.findings:
            fp = f.fingerprint
            if fp in self.extra:
                continue  # the same finding twice in one field (same text, other offset)
            k = self.known.get(fp)
            note = ""
            if fp in self.ignores:
                status, first = "ignored", (k["first_seen"] if k is not None else self.iso)
                note = self._ignored_note(fp)
            elif k is not None and k["status"] in OPEN_STATUSES:
                status, first = "persisting", k["first_seen"]
            elif k is not None:
                status, first = "new", k["first_seen"]
                note = f"reappeared (fixed on {(k['fixed_at'] or '')[:10]})"
            else:
                status, first = "new", self.iso
                if self.prev_run is not None and f.field != "image" and self.prev_hashes.get(lid) == h:
                    note = "listing unchanged since the last run: reported because the rules or settings changed"
            self.extra[fp] = {"status": status, "first_seen": first, "last_seen": self.iso, "note": note,
                              "shop": self.shop}
            self.seen[fp] = {
                "fingerprint": fp, "listing_id": f.listing_id, "field": f.field, "category": f.category,
                "severity": f.severity, "matched_text": f.matched_text, "term": f.term, "rule_id": f.rule_id,
                "law": f.law, "suggestion": f.suggestion, "image": f.image, "url": r.listing.url,
                "title": r.listing.title, "explanation": f.explanation, "detector": f.detector,
                "confidence": f.confidence, "start_off": f.start, "end_off": f.end, "listing_hash": h,
                "status": status, "note": note, "first_seen": first,
            }

    def finish(self, run: RunInfo) -> None:
        """Decide fixed vs held-open for every open finding that this run did not see."""
        self.complete = run.complete
        if not run.complete:
            errs = list(run.source_errors)
            self.partial_why = (f"source read only in part: {len(errs)} problem(s)" + (f", e.g. {errs[0]}" if errs else ""))
        n_ok = sum(1 for v in self.listings.values() if v[0])
        open_before = [k for k in self.known.values() if k["status"] in OPEN_STATUSES]
        if self.complete and n_ok == 0 and open_before:
            # an empty shop after a non-empty one is far more likely a broken source than a seller
            # who deleted everything: never turn that into "fixed"
            self.complete = False
            self.partial_why = "the source returned no readable listings"
        for k in open_before:
            fp = k["fingerprint"]
            if fp in self.seen:
                continue
            lid = k["listing_id"]
            seen = self.listings.get(lid)
            why = ""
            if seen is not None and not seen[0]:
                why = f"not re-checked: listing could not be read ({seen[2][0] if seen[2] else 'read error'})"
            elif not self.complete and seen is None:
                why = f"not re-checked: listing not read this run ({self.partial_why})"
            elif not self.complete:
                why = (f"not confirmed fixed: no longer found, but the {self.partial_why}; "
                       f"it is marked fixed by the next complete run")
            elif seen is None:
                self.fixed.append({"fingerprint": fp, "reason": "listing removed"})
                continue
            elif k["field"] == "image" and not run.ocr:
                why = "not re-checked: images were not inspected this run (OCR off)"
            else:
                reason = "no longer found"
                # the listing as it was when the finding was last seen (images: only their URLs are
                # hashed, so an image replaced under the same URL is not "unchanged")
                if k["field"] != "image" and k["listing_hash"] == seen[3]:
                    reason += " (listing unchanged: the rules or settings changed)"
                self.fixed.append({"fingerprint": fp, "reason": reason})
                continue
            status = "ignored" if fp in self.ignores else "persisting"
            note = why if status == "persisting" else f"{self._ignored_note(fp)}; {why}"
            self.held.append({"fingerprint": fp, "status": status, "note": note})

    def record(self, history: History, run_id: int, run: RunInfo, seconds: float, error: str = "") -> None:
        """Write this run (its counts, statuses and listings) to the history, in one transaction."""
        c = self.counts()
        history.commit_run(run_id, self.shop, self.iso, {
            "finished": datetime.now().astimezone().isoformat(timespec="seconds"),
            "lexicon_hash": run.lexicon_hash, "brand_db_hash": run.brand_db_hash,
            "config_hash": run.config_hash, "ocr": int(run.ocr), "complete": int(self.complete),
            "crawl_status": "complete" if self.complete else "partial", "error": error, "seconds": seconds,
            "listings": len(self.listings), "listings_unread": sum(1 for v in self.listings.values() if not v[0]),
            "n_new": c["new"], "n_persisting": c["persisting"], "n_fixed": c["fixed"],
            "n_ignored": c["ignored"], "n_high": c["high"], "n_medium": c["medium"], "version": __version__,
        }, list(self.seen.values()), self.fixed, self.held,
            [(lid, v[0], v[1], " | ".join(v[2]), v[3]) for lid, v in self.listings.items()])

    # -- views
    def counts(self) -> dict:
        c = dict.fromkeys(("new", "persisting", "fixed", "ignored", "high", "medium"), 0)
        for s in self.seen.values():
            c[s["status"]] += 1
            if s["status"] != "ignored" and s["severity"] in ("high", "medium"):
                c[s["severity"]] += 1
        for h in self.held:
            c[h["status"]] += 1
            sev = self.known[h["fingerprint"]]["severity"]
            if h["status"] != "ignored" and sev in ("high", "medium"):
                c[sev] += 1
        c["fixed"] = len(self.fixed)
        return c

    def unseen_rows(self) -> list[dict]:
        """findings.csv rows for fixed and held-open findings (they were not in this scan)."""
        rows = []
        for status_of, items in (("fixed", self.fixed), (None, self.held)):
            for it in items:
                k = self.known[it["fingerprint"]]
                row = {"listing_id": k["listing_id"], "field": k["field"], "category": k["category"],
                       "severity": k["severity"], "matched_text": k["matched_text"], "term": k["term"],
                       "rule_id": k["rule_id"], "law": k["law"], "suggestion": k["suggestion"],
                       "start": k["start_off"], "end": k["end_off"], "image": k["image"],
                       "confidence": k["confidence"], "url": k["url"], "title": k["title"],
                       "explanation": k["explanation"], "fingerprint": k["fingerprint"], "box": "",
                       "detector": k["detector"], "status": status_of or it["status"],
                       "first_seen": k["first_seen"], "last_seen": k["last_seen"],
                       "note": it.get("reason") or it.get("note", ""), "shop": self.shop}
                rows.append(row)
        rows.sort(key=lambda r: (r["status"] != "fixed", r["listing_id"], r["field"], r["matched_text"]))
        return rows


# ---------------------------------------------------------------------------- report helpers
def append_findings_csv(path: Path, rows: list[dict]) -> None:
    cols = FINDING_COLUMNS + EXTRA_COLUMNS
    exists = path.exists() and path.stat().st_size > 0
    with open(path, "a" if exists else "w", encoding="utf-8" if exists else "utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        if not exists:
            w.writeheader()
        for r in rows:
            w.writerow({k: safe_cell(v) if isinstance(v, str) else ("" if v is None else v) for k, v in r.items()})


def append_findings_xlsx(path: Path, rows: list[dict]) -> None:
    if not rows or not path.exists():
        return
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["Findings"]
    from .report_xlsx import column_key  # headers are display names (--lang); rows are keyed by CSV names

    header = [column_key(c.value) for c in ws[1]]
    for r in rows:
        ws.append([safe_cell(r.get(h, "")) if r.get(h) is not None else "" for h in header])
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)


def replace_token(path: Path, token: str, replacement: str) -> bool:
    """Swap the placeholder passed as `html_top` for the real audit section (computed after the
    scan), streaming so a large report.html is not held in memory twice."""
    if not path.exists():
        return False
    tmp = path.with_name(path.name + ".tmp")
    with open(path, encoding="utf-8") as src:
        head = src.read(1 << 20)
        if token not in head:
            head += src.read()
            if token not in head:
                return False
        with open(tmp, "w", encoding="utf-8") as dst:
            dst.write(head.replace(token, replacement, 1))
            shutil.copyfileobj(src, dst, 1 << 20)
    os.replace(tmp, path)
    return True


def _e(v) -> str:
    return html.escape("" if v is None else str(v))


def audit_section(shop: str, outcome: ShopOutcome, sa: ShopAudit, run: RunInfo, prev, run_folder: str) -> str:
    c = outcome.counts
    parts = [f"<b>审计 Audit · {_e(shop)}</b> · run {_e(run_folder)}"]
    if prev is None:
        parts.append(" · 首次审计：所有问题均为新发现 / first audit of this shop: every finding is new")
    else:
        parts.append(f" · 上次 previous run {_e(prev['folder'] or prev['started'])} ({_e(prev['crawl_status'])})")
    badge = {"complete": "#15803d", "partial": "#b45309"}.get(outcome.crawl_status, "#b91c1c")
    parts.append(f'<div class="cards">'
                 f'<div class="card"><small>新增 new</small><b class="sev-high">{c["new"]}</b></div>'
                 f'<div class="card"><small>仍存在 persisting</small><b class="sev-medium">{c["persisting"]}</b></div>'
                 f'<div class="card"><small>已整改 fixed</small><b style="color:#15803d">{c["fixed"]}</b></div>'
                 f'<div class="card"><small>已接受 ignored</small><b>{c["ignored"]}</b></div>'
                 f'<div class="card"><small>未解决 open high / medium</small><b>{c["high"]} / {c["medium"]}</b></div>'
                 f'<div class="card"><small>读取 crawl</small><b style="color:{badge};font-size:18px">'
                 f'{_e(outcome.crawl_status)}</b></div></div>')
    notes = []
    if not sa.complete:
        notes.append(f"本次未完整读取，未标记任何“已整改” / Nothing was marked fixed this run: {_e(sa.partial_why)}. "
                     f"Open findings that could not be re-checked stay open (see the note column).")
    if prev is not None:
        for key, label in (("lexicon_hash", "lexicon 词库"), ("brand_db_hash", "brand database 品牌库"),
                           ("config_hash", "shop settings 配置")):
            if prev[key] and prev[key] != getattr(run, key):
                notes.append(f"{label} changed since the previous run ({_e(prev[key])} → {_e(getattr(run, key))}): "
                             f"findings may appear or disappear because of the change, not the seller.")
        if prev["ocr"] and not run.ocr:
            notes.append("Images were not inspected this run (OCR off): image findings stay open unchecked.")
    if notes:
        parts.append("<ul>" + "".join(f"<li>{n}</li>" for n in notes) + "</ul>")

    def table(title: str, rows: list[dict], cols: list[tuple[str, str]], total: int) -> str:
        if not rows:
            return ""
        head = "".join(f"<th>{_e(label)}</th>" for _, label in cols)
        body = "".join("<tr>" + "".join(
            (f'<td><span class="badge {_e(r[k])}">{_e(r[k])}</span></td>' if k == "severity" else f"<td>{_e(r.get(k))}</td>")
            for k, _ in cols) + "</tr>" for r in rows[:TOP_LIMIT])
        more = f"<small>… {total - TOP_LIMIT} more in findings.csv</small>" if total > TOP_LIMIT else ""
        return f"<h3>{_e(title)} ({total})</h3><table><tr>{head}</tr>{body}</table>{more}"

    cols = [("listing_id", "商品 listing"), ("field", "字段 field"), ("severity", "严重度"),
            ("matched_text", "命中 matched"), ("term", "词条 term")]
    new = sorted((s for s in sa.seen.values() if s["status"] == "new"),
                 key=lambda s: (-SEVERITY_RANK[s["severity"]], s["listing_id"]))
    parts.append(table("新增 New since the last run", new, cols, len(new)))
    unseen = sa.unseen_rows()
    fixed = [r for r in unseen if r["status"] == "fixed"]
    held = [r for r in unseen if r["status"] != "fixed"]
    parts.append(table("已整改 Fixed", fixed, cols + [("note", "说明 why"), ("first_seen", "首次发现 first seen")], len(fixed)))
    parts.append(table("未能复查 Not re-checked (still open)", held, cols + [("note", "说明 why")], len(held)))
    return "".join(parts)


def refresh_latest(shop_dir: Path, run_dir: Path, mode: str) -> str:
    """Point <shop>/latest at the new run: a relative symlink swapped in atomically, or a copy
    (when asked, or when the file system refuses symlinks)."""
    latest = shop_dir / "latest"
    tmp = shop_dir / f".latest-{os.getpid()}"

    def clear(p: Path) -> None:
        if p.is_symlink() or p.is_file():
            p.unlink()
        elif p.is_dir():
            shutil.rmtree(p)

    clear(tmp)
    if mode == "symlink":
        try:
            os.symlink(run_dir.name, tmp, target_is_directory=True)
            if latest.is_dir() and not latest.is_symlink():
                shutil.rmtree(latest)
            os.replace(tmp, latest)
            return "symlink"
        except OSError:
            clear(tmp)
    shutil.copytree(run_dir, tmp, symlinks=True)
    clear(latest)
    os.rename(tmp, latest)
    return "copy"


def new_run_dir(shop_dir: Path, stamp: str) -> Path:
    shop_dir.mkdir(parents=True, exist_ok=True)
    for n in range(1, 1000):
        d = shop_dir / (stamp if n == 1 else f"{stamp}-{n}")
        try:
            d.mkdir()
            return d
        except FileExistsError:
            continue
    raise UsageError(f"cannot create a run folder under {shop_dir}")


# ---------------------------------------------------------------------------- the audit
class Auditor:
    def __init__(self, cfg: AuditConfig, fail_on: str | None, console):
        self.cfg = cfg
        self.fail_on = fail_on
        self.console = console

    def say(self, text: str, **kw) -> None:
        self.console.print(text, soft_wrap=True, highlight=False, **kw)

    def run(self) -> int:
        cfg = self.cfg
        try:
            with audit_lock(cfg.lock_path):
                return self._run_locked()
        except LockHeld as e:
            self.say(f"[yellow]another audit using {escape(str(cfg.db))} is running ({escape(str(e) or 'lock held')}); "
                     f"not starting. Lock: {escape(str(cfg.lock_path))}[/]")
            return LOCK_EXIT

    def _run_locked(self) -> int:
        cfg = self.cfg
        from .lexicon import load_lexicon

        load_lexicon()  # a broken lexicon is a configuration error for every shop: exit 2 now
        try:
            history = History(cfg.db)
        except HistoryError as e:
            raise UsageError(str(e))
        t0 = time.perf_counter()
        started = datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            stale = history.mark_interrupted()
            if stale:
                self.say(f"[yellow]{stale} earlier run(s) had been interrupted; marked as such in the history[/]")
            outcomes = []
            n = len(cfg.shops)
            for i, shop in enumerate(cfg.shops, start=1):
                outcomes.append(self.audit_shop(history, shop, i, n))
        finally:
            history.close()
        code = 0
        if any(o.fail_hit for o in outcomes):
            code = 1
        elif any(o.crawl_status != "complete" for o in outcomes):
            code = 3
        self.write_summary(outcomes)
        payload = self.payload(outcomes, started, code, time.perf_counter() - t0)
        (cfg.out / "summary.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        self.print_summary(outcomes, code)
        if cfg.notify_url:
            problem = notify(cfg.notify_url, payload)
            if problem:
                self.say(f"[yellow]webhook {escape(cfg.notify_url)} failed: {escape(problem)} (the audit itself is fine)[/]")
            else:
                self.say(f"summary sent to {escape(cfg.notify_url)}")
        return code

    def ignores_for(self, history: History, shop: str) -> dict[str, IgnoreEntry]:
        out = {fp: IgnoreEntry(r["reason"], "db") for fp, r in history.ignores(shop).items()}
        for (s, fp), reason in self.cfg.file_ignores.items():
            if s in ("", shop) and fp not in out:
                out[fp] = IgnoreEntry(reason, "file")
        return out

    def audit_shop(self, history: History, shop: ShopConfig, i: int, n: int) -> ShopOutcome:
        cfg = self.cfg
        now = datetime.now().astimezone()
        iso = now.isoformat(timespec="seconds")
        outcome = ShopOutcome(shop.name, iso)
        t0 = time.perf_counter()
        tag = f"\\[{i}/{n}] [bold]{escape(shop.name)}[/bold]"
        self.say(f"{tag} · auditing {escape(', '.join(shop.sources))}{'' if shop.ocr else ' (no OCR)'} …")
        shop_dir = cfg.out / shop.name
        run_dir = None
        run_id = None
        try:
            run_dir = new_run_dir(shop_dir, now.strftime("%Y%m%d-%H%M%S"))
            outcome.run_folder = run_dir.relative_to(cfg.out).as_posix()
            run_id = history.start_run(shop.name, iso, outcome.run_folder, json.dumps(shop.sources, ensure_ascii=False))
            sa = ShopAudit(shop.name, history, iso, self.ignores_for(history, shop.name))
            token = f"AUDITTOP{uuid.uuid4().hex}"
            job = ScanJob(shop.sources, run_dir, shop.formats, shop.own_brands, shop.ocr, shop.crawl_delay, None,
                          shop.cfg)
            run, summary, _code = job.run(finding_extra=sa.extra, extra_columns=EXTRA_COLUMNS, html_top=token,
                                          on_result=sa.on_result)
            sa.finish(run)
            outcome.crawl_status = "complete" if sa.complete else "partial"
            if not sa.complete:
                outcome.error = sa.partial_why
            outcome.counts = sa.counts()
            outcome.listings = len(sa.listings)
            outcome.listings_unread = sum(1 for v in sa.listings.values() if not v[0])
            fail_on = self.fail_on or shop.fail_on or cfg.fail_on
            new = sorted((s for s in sa.seen.values() if s["status"] == "new"),
                         key=lambda s: (-SEVERITY_RANK[s["severity"]], s["listing_id"]))
            outcome.fail_hit = bool(fail_on) and any(SEVERITY_RANK[s["severity"]] >= SEVERITY_RANK[fail_on] for s in new)
            outcome.new_findings = [{k: s[k] for k in ("fingerprint", "listing_id", "field", "severity", "category",
                                                       "matched_text", "term", "url", "title")} for s in new[:20]]
            # reports: fixed / not re-checked rows, the audit section, audit.json
            extra_rows = sa.unseen_rows()
            append_findings_csv(run_dir / "findings.csv", extra_rows)
            if "xlsx" in shop.formats:
                append_findings_xlsx(run_dir / "report.xlsx", extra_rows)
            prev = sa.prev_run
            replace_token(run_dir / "report.html", token,
                          audit_section(shop.name, outcome, sa, run, prev, outcome.run_folder))
            (run_dir / "audit.json").write_text(json.dumps({
                "shop": shop.name, "run_id": run_id, "run_folder": outcome.run_folder, "started": iso,
                "crawl_status": outcome.crawl_status, "partial_reason": sa.partial_why, "counts": outcome.counts,
                "listings": outcome.listings, "listings_unread": outcome.listings_unread,
                "source_errors": list(run.source_errors)[:1000],
                "previous_run": dict(prev) if prev is not None else None,
                "hashes": {"lexicon": run.lexicon_hash, "brand_db": run.brand_db_hash, "config": run.config_hash},
                "new": [dict(s) for s in new], "fixed_and_not_rechecked": extra_rows,
            }, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
            outcome.seconds = round(time.perf_counter() - t0, 3)
            sa.record(history, run_id, run, outcome.seconds, outcome.error)
            try:  # the run is recorded: housekeeping problems are warnings, not a failed shop
                refresh_latest(shop_dir, run_dir, cfg.latest)
                if cfg.keep_runs:
                    self.prune(history, shop.name, shop_dir, run_dir)
            except OSError as e:
                self.say(f"{tag} · [yellow]could not refresh {escape(str(shop_dir / 'latest'))} or prune old runs: "
                         f"{escape(str(e))}[/yellow]")
        except KeyboardInterrupt:
            raise
        except Exception as e:  # one failing shop never stops the others
            outcome.crawl_status = "failed"
            outcome.error = str(e) if isinstance(e, (UsageError, OSError)) or type(e).__name__ in (
                "SourceError", "LexiconError") else f"{type(e).__name__}: {e}"
            outcome.error = " ".join(outcome.error.split())
            outcome.seconds = round(time.perf_counter() - t0, 3)
            outcome.counts = dict.fromkeys(outcome.counts, 0)
            if run_dir is not None:
                try:
                    (run_dir / "error.txt").write_text(traceback.format_exc(), encoding="utf-8")
                except OSError:
                    pass
            if run_id is not None:
                try:
                    history.fail_run(run_id, datetime.now().astimezone().isoformat(timespec="seconds"),
                                     outcome.error, outcome.seconds)
                except Exception:
                    pass
            self.say(f"{tag} · [red]failed[/red]: {escape(outcome.error)}")
            return outcome
        c = outcome.counts
        status = {"complete": "[green]complete[/green]", "partial": "[yellow]partial[/yellow]"}[outcome.crawl_status]
        self.say(f"{tag} · [red]{c['new']} new[/red] · {c['persisting']} persisting · [green]{c['fixed']} fixed[/green]"
                 f" · {c['ignored']} ignored · open {c['high']} high / {c['medium']} medium · {outcome.listings} listings"
                 f" · {status} · {outcome.seconds:.1f}s → {escape(str(cfg.out / outcome.run_folder))}")
        return outcome

    def prune(self, history: History, shop: str, shop_dir: Path, current: Path) -> None:
        for r in history.prune(shop, self.cfg.keep_runs):
            folder = (self.cfg.out / (r["folder"] or "")).resolve()
            if folder.parent == shop_dir.resolve() and folder != current.resolve() and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)

    # -- the morning summary
    def write_summary(self, outcomes: list[ShopOutcome]) -> None:
        path = self.cfg.out / "summary.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name("summary.csv.tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=SUMMARY_COLUMNS, lineterminator="\n")
            w.writeheader()
            for o in outcomes:
                w.writerow({k: safe_cell(v) for k, v in o.summary_row().items()})
        os.replace(tmp, path)

    def payload(self, outcomes: list[ShopOutcome], started: str, code: int, seconds: float) -> dict:
        totals = dict.fromkeys(("new", "persisting", "fixed", "ignored", "high", "medium"), 0)
        for o in outcomes:
            for k in totals:
                totals[k] += o.counts[k]
        return {
            "event": "scanner.audit", "version": __version__, "config": str(self.cfg.path), "started": started,
            "seconds": round(seconds, 3), "exit_code": code, "fail_on": self.fail_on or self.cfg.fail_on,
            "totals": {**totals, "shops": len(outcomes),
                       "shops_failed": sum(o.crawl_status == "failed" for o in outcomes),
                       "shops_partial": sum(o.crawl_status == "partial" for o in outcomes)},
            "summary_csv": str(self.cfg.out / "summary.csv"),
            "shops": [{**o.summary_row(), "new_findings": o.new_findings} for o in outcomes],
        }

    def print_summary(self, outcomes: list[ShopOutcome], code: int) -> None:
        from rich.table import Table

        t = Table(title=f"Audit summary · {escape(str(self.cfg.out / 'summary.csv'))}", title_justify="left")
        for col in ("shop", "new", "persisting", "fixed", "ignored", "high", "medium", "crawl"):
            t.add_column(col, justify="right" if col not in ("shop", "crawl") else "left", no_wrap=True)
        for o in outcomes:
            c = o.counts
            t.add_row(escape(o.shop), str(c["new"]), str(c["persisting"]), str(c["fixed"]), str(c["ignored"]),
                      str(c["high"]), str(c["medium"]), o.crawl_status)
        # a cron log is not a terminal (80 columns): render wide enough to keep the table whole
        from rich.console import Console

        buf = Console(file=io.StringIO(), width=max(120, self.console.width), force_terminal=False,
                      color_system=None)
        buf.print(t)
        self.console.print(buf.file.getvalue().rstrip("\n"), soft_wrap=True, markup=False, highlight=False)
        for o in outcomes:
            if o.error:
                self.say(f"  {escape(o.shop)}: {o.crawl_status}: {escape(o.error)}")
        meaning = {0: "ok", 1: "new findings at or above fail-on", 3: "a shop failed or was read only in part"}
        self.say(f"exit {code}: {meaning.get(code, '')}")


def notify(url: str, payload: dict, timeout: float = 15.0) -> str:
    """POST the JSON summary; returns '' on success or what went wrong (never raises)."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": f"listing-scanner/{__version__} audit"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read(4096)
            if resp.status >= 300:
                return f"HTTP {resp.status}"
        return ""
    except urllib.error.HTTPError as e:
        return f"HTTP {e.code} {e.reason}"
    except urllib.error.URLError as e:
        return str(e.reason)
    except (OSError, ValueError) as e:
        return str(e) or type(e).__name__


# ---------------------------------------------------------------------------- triage
def add_ignores(cfg: AuditConfig, specs: list[str], reason: str, console) -> int:
    if not reason.strip():
        raise UsageError('--ignore needs --reason "why this finding is accepted"')
    names = [s.name for s in cfg.shops]
    parsed = [parse_fingerprint(s, "--ignore") for s in specs]
    for shop, _fp in parsed:
        if shop and shop not in names:
            raise UsageError(f"--ignore {shop}:…: no shop named {shop!r} in {cfg.path}")
    try:
        history = History(cfg.db)
    except HistoryError as e:
        raise UsageError(str(e))
    try:
        found = []
        for shop, fp in parsed:
            rows = history.find_fingerprint(fp, [shop] if shop else names)
            if not rows:
                raise UsageError(f"finding {fp} is not in the audit history of "
                                 f"{'shop ' + repr(shop) if shop else 'any shop of ' + str(cfg.path)} (check the "
                                 f"fingerprint column of findings.csv)")
            found.append((shop, fp, rows))
        when = datetime.now().astimezone().isoformat(timespec="seconds")
        for shop, fp, rows in found:
            history.add_ignore(shop, fp, reason.strip(), when)
            for r in rows:
                console.print(f"ignored {r['shop']}:{fp} · listing {r['listing_id']} · {r['field']} · "
                              f"{r['matched_text']!r} ({r['severity']}) — {reason.strip()}",
                              soft_wrap=True, highlight=False, markup=False)
    finally:
        history.close()
    return 0


# ---------------------------------------------------------------------------- scheduling
CRON_MACROS = {"@hourly": "hourly", "@daily": "daily", "@midnight": "daily", "@weekly": "weekly",
               "@monthly": "monthly", "@yearly": "yearly", "@annually": "yearly"}
DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CRON_FIELD = re.compile(r"^[0-9A-Za-z*,/\-]+$")


def check_cron(expr: str) -> str:
    expr = " ".join(expr.split())
    if expr in CRON_MACROS or expr == "@reboot":
        return expr
    fields = expr.split(" ")
    if len(fields) != 5 or not all(CRON_FIELD.match(f) for f in fields):
        raise UsageError(f"--print-cron needs a 5-field cron schedule like \"0 2 * * *\" (minute hour day month "
                         f"weekday), got {expr!r}")
    from .schedule import validate  # ranges and dates that never come (31 February)

    return validate(expr)


def _cal_field(value: str, what: str, pad: int, names: list[str] | None = None) -> str:
    def one(v: str) -> str:
        if names is not None and not v.isdigit():
            v3 = v[:3].capitalize()
            if v3 not in names:
                raise ValueError(v)
            return v3
        if names is not None:
            return names[int(v)]
        return v.zfill(pad) if v.isdigit() else v

    out = []
    for part in value.split(","):
        if part == "*":
            out.append("*")
        elif "/" in part:
            base, step = part.split("/", 1)
            if names is not None or "-" in base or not step.isdigit():
                raise ValueError(part)
            start = "0" if base == "*" and what in ("minute", "hour") else ("1" if base == "*" else base)
            out.append(f"{start.zfill(pad)}/{step}")
        elif "-" in part:
            a, b = part.split("-", 1)
            out.append(f"{one(a)}..{one(b)}")
        else:
            out.append(one(part))
    return ",".join(out)


def cron_to_oncalendar(expr: str) -> str:
    if expr in CRON_MACROS:
        return CRON_MACROS[expr]
    if expr == "@reboot":
        raise UsageError("@reboot has no systemd timer equivalent here; use OnBootSec= in a timer by hand")
    m, h, dom, mon, dow = expr.split(" ")
    try:
        cal = (f"*-{_cal_field(mon, 'month', 2)}-{_cal_field(dom, 'day', 2)} "
               f"{_cal_field(h, 'hour', 2)}:{_cal_field(m, 'minute', 2)}:00")
        if dow != "*":
            cal = f"{_cal_field(dow, 'weekday', 0, DOW)} {cal}"
    except (ValueError, IndexError):
        raise UsageError(f"cannot turn {expr!r} into a systemd OnCalendar= value; write the timer by hand")
    return cal


def _env_prefix() -> dict[str, str]:
    env = {k: v for k, v in sorted(os.environ.items()) if k.startswith("SCANNER_")}
    tess = shutil.which("tesseract")
    if tess and os.path.dirname(tess) not in ("/usr/bin", "/bin"):
        env["PATH"] = f"{os.path.dirname(tess)}:/usr/bin:/bin"
    return env


def schedule_text(cfg: AuditConfig, expr: str, systemd: bool, fail_on: str | None, no_ocr: bool) -> str:
    expr = check_cron(expr)
    python = str(Path(sys.executable).absolute())  # the venv's python (not resolved: keeps the venv)
    args = [python, "-m", "scanner", "audit", "--config", str(cfg.path)]
    if fail_on:
        args += ["--fail-on", fail_on]
    if no_ocr:
        args.append("--no-ocr")
    env = _env_prefix()
    workdir = str(cfg.path.parent)
    if not systemd:
        envs = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        cmd = (f"cd {shlex.quote(workdir)} && {envs + ' ' if envs else ''}{shlex.join(args)} "
               f">> {shlex.quote(str(cfg.log))} 2>&1")
        return f"{expr} {cmd.replace('%', chr(92) + '%')}"  # % ends a cron command: escape it
    unit = "scanner-audit-" + re.sub(r"[^A-Za-z0-9_.-]+", "-", cfg.path.stem)

    def q(s: str) -> str:
        s = s.replace("%", "%%")
        return f'"{s}"' if re.search(r"\s|\"|\\", s) else s

    cal = cron_to_oncalendar(expr)
    warn = ""
    fields = expr.split(" ")
    if len(fields) == 5 and fields[2] != "*" and fields[4] != "*":
        warn = "# note: cron runs when EITHER day-of-month or weekday matches; OnCalendar needs both\n"
    env_lines = "".join(f"Environment={q(f'{k}={v}')}\n" for k, v in env.items())
    service = (f"# ~/.config/systemd/user/{unit}.service\n"
               f"[Unit]\nDescription=Listing scanner audit ({cfg.path.name})\n"
               f"Wants=network-online.target\nAfter=network-online.target\n\n"
               f"[Service]\nType=oneshot\nWorkingDirectory={q(workdir)}\n{env_lines}"
               f"ExecStart={' '.join(q(a) for a in args)}\n"
               f"StandardOutput=append:{str(cfg.log).replace('%', '%%')}\n"
               f"StandardError=append:{str(cfg.log).replace('%', '%%')}\n")
    timer = (f"# ~/.config/systemd/user/{unit}.timer\n{warn}"
             f"[Unit]\nDescription=Run the listing scanner audit ({cfg.path.name}) on schedule ({expr})\n\n"
             f"[Timer]\nOnCalendar={cal}\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n")
    howto = (f"# enable: systemctl --user daemon-reload && systemctl --user enable --now {unit}.timer\n"
             f"# (run without being logged in: loginctl enable-linger $USER)\n")
    return f"{service}\n{timer}\n{howto}"


# ---------------------------------------------------------------------------- entry point
def run_audit_command(config: Path | None, fail_on: str | None, print_cron: str | None, systemd: bool,
                      ignore: list[str], reason: str, no_ocr: bool, console) -> int:
    if config is None:
        raise UsageError("audit needs --config SHOPS.toml (an audit table with out = …, and one shop table per shop; "
                         "see README, Audits)")
    if systemd and print_cron is None:
        raise UsageError("--systemd goes with --print-cron SCHEDULE, e.g. --print-cron \"0 2 * * *\" --systemd")
    if ignore and print_cron is not None:
        raise UsageError("--ignore and --print-cron are separate actions; run them one at a time")
    cfg = load_audit_config(config, no_ocr=no_ocr)
    if print_cron is not None:
        console.print(schedule_text(cfg, print_cron, systemd, fail_on, no_ocr), soft_wrap=True, highlight=False,
                      markup=False)
        return 0
    if ignore:
        return add_ignores(cfg, ignore, reason, console)
    if reason:
        raise UsageError("--reason goes with --ignore FINGERPRINT")
    return Auditor(cfg, fail_on, console).run()
