"""One configuration: the loader and the schema shared by `scan --config` and the shop tables of
`audit` (types, ranges, unknown keys with did-you-mean). Every problem is a one-line
`UsageError` naming the key and what was expected (exit 2).

A scan config is TOML with the flags' keys at the top level or under `[scan]` (`-` and `_`
are the same). `scan_settings` turns a raw table into typed values; the flags then override it.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from .errors import UsageError
from .i18n import LANGS

FORMATS = ("csv", "json", "html", "xlsx")
OCR_ENGINES = ("rapidocr", "tesseract")
DEFAULT_OCR_ENGINE = "rapidocr"  # measured: reads what Tesseract misses at ≥ 8 pictures/s (README)
MAX_WORKERS = 64


@dataclass(frozen=True)
class Key:
    name: str
    check: Callable[[Any, str], Any]  # (value, where) -> typed value, or raise UsageError
    help: str


def _where(key: str, where: str) -> str:
    return f"{key} in {where}" if where else key


def _where_zh(key: str, where: str) -> str:
    return f"{where} 中的 {key}" if where else key


def str_list(value, key: str, where: str = "") -> list[str]:
    """A list of strings. A single string is refused, not split: `own_brands = "Nike"` would
    otherwise read as one-letter brands in some code paths, and is a common mistake."""
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    if isinstance(value, str):
        raise UsageError(f'{_where(key, where)} must be a list of strings, e.g. {key} = ["{value}"]',
                         key="cfg.list", name=_where_zh(key, where), value=value, **{"key_": key})
    raise UsageError(f"{_where(key, where)} must be a list of strings", key="cfg.list_plain",
                     name=_where_zh(key, where), **{"key_": key})


def boolean(value, key: str, where: str = "") -> bool:
    if isinstance(value, bool):
        return value
    raise UsageError(f"{_where(key, where)} must be true or false (without quotes), got {value!r}",
                     key="cfg.bool", name=_where_zh(key, where), value=value)


def number(lo: float | None = None, hi: float | None = None, integer: bool = False):
    def check(value, key: str, where: str = ""):
        ok = isinstance(value, int) if integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok or (lo is not None and value < lo) or (hi is not None and value > hi):
            kind = "a whole number" if integer else "a number"
            rng = f" from {lo:g} to {hi:g}" if lo is not None and hi is not None else (
                f" of {lo:g} or more" if lo is not None else "")
            rng_zh = f"（{lo:g} 到 {hi:g}）" if lo is not None and hi is not None else (
                f"（不小于 {lo:g}）" if lo is not None else "")
            raise UsageError(f"{_where(key, where)} must be {kind}{rng}, got {value!r}", key="cfg.number",
                             name=_where_zh(key, where), value=value, kind_zh="整数" if integer else "数字",
                             range_zh=rng_zh)
        return int(value) if integer else float(value)
    return check


def choice(*options: str):
    def check(value, key: str, where: str = ""):
        if value is None or value == "":
            return None
        if not isinstance(value, str) or value.strip().lower() not in options:
            raise UsageError(f"{_where(key, where)} must be one of {', '.join(options)}, got {value!r}",
                             key="cfg.choice", name=_where_zh(key, where), value=value, options="、".join(options))
        return value.strip().lower()
    return check


def formats(value, key: str = "format", where: str = "") -> list[str]:
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = value
    else:
        raise UsageError(f'{_where(key, where)} must be a string such as "csv,html" or a list of formats',
                         key="cfg.formats_type", name=_where_zh(key, where))
    fm = [f.strip().lower() for f in items if f.strip()]
    bad = [f for f in fm if f not in FORMATS]
    if bad or not fm:
        raise UsageError(f"unknown format {', '.join(bad) or '(empty)'}; choose from {', '.join(FORMATS)}",
                         key="cfg.formats", bad=", ".join(bad) or "（空）", options=", ".join(FORMATS))
    return list(dict.fromkeys(fm))


def text(value, key: str, where: str = "") -> str:
    if not isinstance(value, str):
        raise UsageError(f"{_where(key, where)} must be a string, got {value!r}", key="cfg.string",
                         name=_where_zh(key, where), value=value)
    return value


def folder(must_exist: bool):
    """A folder path: never an existing file; `must_exist` for folders that are read."""
    def check(value, key: str, where: str = "") -> str:
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"{_where(key, where)} must be a folder path (a string)", key="cfg.folder_type",
                             name=_where_zh(key, where))
        p = Path(os.path.expanduser(value))
        if p.exists() and not p.is_dir():
            raise UsageError(f"{_where(key, where)} names a file, not a folder: {value}", key="cfg.folder_is_file",
                             name=_where_zh(key, where), value=value)
        if must_exist and not p.is_dir():
            raise UsageError(f"{_where(key, where)} is not a folder: {value}", key="cfg.folder_missing",
                             name=_where_zh(key, where), value=value)
        return str(p)
    return check


def cluster_address(value, key: str = "cluster", where: str = "") -> str:
    """Where scans run: "" in this process, "local:N" a Dask LocalCluster of N worker processes,
    "tcp://HOST:PORT" (or tls://) a running Dask scheduler."""
    if not isinstance(value, str):
        raise UsageError(f"{_where(key, where)} must be a string like \"local:4\" or \"tcp://host:8786\"",
                         key="cfg.cluster", name=_where_zh(key, where), value=value)
    v = value.strip()
    if v and not (re.fullmatch(r"local:([1-9]\d{0,2})", v) or re.fullmatch(r"(tcp|tls)://[\w.\-\[\]:]+:\d{1,5}", v)):
        raise UsageError(f"{_where(key, where)} must be \"local:N\" (N worker processes, 1-999) or the address of a "
                         f"Dask scheduler like \"tcp://10.0.0.5:8786\", got {value!r}", key="cfg.cluster",
                         name=_where_zh(key, where), value=value)
    return v


def database(value, key: str = "db", where: str = "") -> str:
    """The audit history: a SQLite file path, or a postgresql:// URL."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UsageError(f"{_where(key, where)} must be a file path or a postgresql:// URL, got {value!r}",
                         key="cfg.db", name=_where_zh(key, where))
    v = value.strip()
    if "://" in v and not v.startswith(("postgresql://", "postgres://")):
        raise UsageError(f"{_where(key, where)}: only SQLite files and postgresql:// URLs are supported, got "
                         f"{v.split('://')[0]}://…", key="cfg.db", name=_where_zh(key, where))
    return v


def check_lang(value, key: str = "lang", where: str = "") -> str:
    """The config/flag check for `lang` (zh or en)."""
    if isinstance(value, str) and value.strip().lower() in LANGS:
        return value.strip().lower()
    name = f"{key} in {where}" if where else key
    raise UsageError(f"{name} must be zh or en, got {value!r}", key="err.lang", value=value)


SCAN_KEYS: dict[str, Key] = {k.name: k for k in (
    Key("own_brands", str_list, "brands this shop owns or is authorised to sell"),
    Key("shop_domains", str_list, "the shop's own hosts (links there are not off-site contacts)"),
    Key("allow", str_list, "canonical terms this shop accepts after legal review"),
    Key("format", formats, "csv,json,html,xlsx"),
    Key("fail_on", choice("high", "medium", "low"), "exit 1 when a finding at or above this exists"),
    Key("no_ocr", boolean, "skip image inspection"),
    Key("ocr", boolean, "inspect images (default true)"),
    Key("ocr_engine", choice(*OCR_ENGINES), "rapidocr (default) or tesseract"),
    Key("crawl_delay", number(0, 3600), "seconds between requests to one host"),
    Key("min_confidence", number(0, 1), "findings below this confidence are dropped"),
    Key("workers", number(0, MAX_WORKERS, integer=True), "worker processes (0: one per core)"),
    Key("cluster", cluster_address, "Dask: local:N worker processes or tcp://scheduler:8786 (default: none)"),
    Key("cache_dir", folder(False), "image, OCR and compiled-data cache"),
    Key("images_root", folder(True), "folder local pictures may be read from"),
    Key("out", folder(False), "output folder"),
    Key("allow_private", boolean, "allow downloads from private/loopback addresses (a shop on your own network)"),
    Key("ignore_robots", boolean, "crawl past robots.txt — only for a shop you own"),
    Key("fetch_timeout", number(1, 600), "seconds one download may take in all (pages, pictures)"),
    Key("max_download_mb", number(0.1, 500), "largest picture downloaded, in MB"),
    Key("max_images", number(0, 10000, integer=True), "pictures read per listing (0: all)"),
    Key("lang", lambda v, k, w="": check_lang(v, k, w), "zh (default) or en: report, terminal and XLSX headers"),
)}
ALIASES = {"formats": "format"}


def normalise_keys(table: dict) -> dict:
    out = {}
    for k, v in table.items():
        k = str(k).replace("-", "_")
        out[ALIASES.get(k, k)] = v
    return out


def check_unknown(table: dict, known, where: str) -> None:
    """An unknown key is an error (a typo would silently change results), with a suggestion."""
    for k in table:
        if k in known:
            continue
        close = difflib.get_close_matches(k, sorted(known), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else f"; known keys: {', '.join(sorted(known))}"
        hint_zh = f"（是不是想写 {close[0]!r}？）" if close else ""
        raise UsageError(f"unknown key {k!r} in {where}{hint}", key="cfg.unknown_key", where=where, hint_zh=hint_zh,
                         **{"key_": k})


def scan_settings(raw: dict, where: str = "the config", extra_keys: frozenset[str] = frozenset()) -> dict:
    """Typed scan settings from a raw table. `extra_keys` are accepted and returned as they are
    (checked by the caller, e.g. an audit shop's name and source)."""
    table = normalise_keys(raw)
    check_unknown(table, set(SCAN_KEYS) | set(extra_keys), where)
    out = {}
    for k, v in table.items():
        out[k] = SCAN_KEYS[k].check(v, k, where) if k in SCAN_KEYS else v
    return out


def load_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise UsageError(f"config file not found: {path}", key="cfg.not_found", path=path)
    except IsADirectoryError:
        raise UsageError(f"config {path} is a folder, not a TOML file", key="cfg.is_folder", path=path)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise UsageError(f"config file {path} is not valid TOML: {e}", key="cfg.bad_toml", path=path)
    except OSError as e:
        raise UsageError(f"config file {path} cannot be read: {e.strerror or e}", key="cfg.unreadable", path=path)


def load_scan_config(path: Path | None, other_tables: tuple[str, ...] = ("serve",)) -> dict:
    """`scan --config FILE.toml`: top-level keys or a `[scan]` table, typed and checked.
    `other_tables` are tables another command reads from the same file (`[serve]`: `scanner serve`)."""
    if path is None:
        return {}
    raw = load_toml(path)
    flat = dict(raw.get("scan", {})) if isinstance(raw.get("scan"), dict) else {}
    for k, v in raw.items():
        if k in other_tables and isinstance(v, dict):
            continue
        if k == "scan":
            if not isinstance(v, dict):
                raise UsageError(f"{path}: scan must be a table", key="cfg.table", path=path, table="scan")
            continue
        if isinstance(v, dict):
            raise UsageError(f"{path}: unknown table [{k}] (scan settings go at the top level or under [scan])",
                             key="cfg.unknown_table", path=path, table=k)
        flat[k] = v
    return scan_settings(flat, str(path))


SERVE_KEYS: dict[str, Key] = {k.name: k for k in (
    Key("host", text, "address to listen on (default 127.0.0.1; another address needs a token)"),
    Key("port", number(1, 65535, integer=True), "port (default 8765)"),
    Key("token", text, "access token for the page and the API (required off loopback)"),
    Key("allow_private", boolean, "allow shop addresses on private/local networks"),
    Key("upload_limit_mb", number(1, 4096, integer=True), "largest upload in MB (default 50)"),
    Key("max_scans", number(1, 16, integer=True), "scans that run at the same time (default 2)"),
    Key("workers", number(1, MAX_WORKERS, integer=True), "server processes (default 1)"),
)}


def load_serve_config(path: Path | None) -> tuple[dict, dict]:
    """`serve --config FILE.toml`: the `[serve]` table (typed) and the scan settings of the same file."""
    if path is None:
        return {}, {}
    raw = load_toml(path)
    table = raw.get("serve", {})
    if not isinstance(table, dict):
        raise UsageError(f"{path}: serve must be a table", key="cfg.table", path=path, table="serve")
    table = normalise_keys(table)
    check_unknown(table, SERVE_KEYS, f"[serve] of {path}")
    serve = {k: SERVE_KEYS[k].check(v, k, f"[serve] of {path}") for k, v in table.items()}
    return serve, load_scan_config(path, other_tables=("serve",))


def config_hash(settings: dict) -> str:
    """The one hash of the settings a run used (recorded with every run and in the history)."""
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:16]
