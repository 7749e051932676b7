"""The audit configuration: `[audit]` and `[[shop]]` tables of SHOPS.toml, and ignore files."""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .. import config
from ..errors import UsageError
from ..history import is_postgres
from ..job import check_fail_on

SHOP_KEYS = ({"name", "source", "sources"} | set(config.SCAN_KEYS) | set(config.ALIASES)) - {"out"}
AUDIT_KEYS = {"out", "db", "fail_on", "notify_url", "ignore_file", "keep_runs", "latest", "log", "cluster"}
FP_RE = re.compile(r"^[0-9a-f]{8,64}$")
RESERVED_NAMES = {"summary.csv", "summary.json", "history.sqlite", "latest"}


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
    db: Path | str  # a SQLite file, or a postgresql:// URL
    fail_on: str | None
    notify_url: str
    ignore_file: Path | None
    file_ignores: dict[tuple[str, str], str]  # (shop or '', fingerprint) -> reason
    keep_runs: int
    latest: str
    log: Path
    shops: list[ShopConfig]
    cluster: str = ""  # Dask: "local:N" or "tcp://scheduler:8786"; "" runs in this process



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
    db = config.database(audit.get("db"), "db", "the audit table")
    db = db if is_postgres(db) else (_resolve(base, db) if db else out / "history.sqlite")
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
        if "cluster" in tbl:
            raise UsageError(f"{where}: cluster goes in the audit table (one cluster runs every shop)")
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
    cluster = config.cluster_address(audit.get("cluster") or "", "cluster", "the audit table")
    return AuditConfig(path, out, db, fail_on, notify_url, ignore_file, file_ignores, keep_runs, latest, log, shops,
                       cluster)
