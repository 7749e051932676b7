"""Messages as data: `scanner/messages/messages.csv` (key, zh, en) is the one catalogue for
report.html, terminal lines, seller-facing read errors and XLSX column display names.

    t("cli.scanned", "zh", listings=3, ...)   # a formatted sentence in Chinese (the default)

An unknown key or a language without the text falls back to Chinese, then to the key itself,
so a missing translation never stops a report. `explain_error` turns the raw read errors the
sources record (`image x.png: [Errno -2] Name or service not known`) into sentences a seller
understands, keeping the raw text for the operator.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
CATALOGUE = Path(__file__).with_name("messages") / "messages.csv"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    with open(CATALOGUE, encoding="utf-8", newline="") as f:
        return {row["key"]: {lang: row.get(lang) or "" for lang in LANGS} for row in csv.DictReader(f)}


def check_lang(value, key: str = "lang", where: str = "") -> str:
    """The config/flag check for `lang` (zh or en)."""
    from .errors import UsageError

    if isinstance(value, str) and value.strip().lower() in LANGS:
        return value.strip().lower()
    name = f"{key} in {where}" if where else key
    raise UsageError(f"{name} must be zh or en, got {value!r}")


def t(key: str, lang: str = DEFAULT_LANG, **kw) -> str:
    entry = catalogue().get(key)
    text = (entry.get(lang) or entry.get(DEFAULT_LANG)) if entry else key
    if kw:
        try:
            return text.format(**kw)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def label(kind: str, value: str, lang: str = DEFAULT_LANG) -> str:
    """A display label for a severity / category / field value (e.g. label("sev", "high") -> 高)."""
    if kind == "field" and value.startswith("attribute:"):
        return f"{t('field.attribute', lang)}：{value.split(':', 1)[1]}"
    key = f"{kind}.{value}"
    return t(key, lang) if key in catalogue() else value


def column_name(column: str, lang: str = DEFAULT_LANG) -> str:
    """The display name of an output column (XLSX header); the CSV keeps `column` itself."""
    row = columns().get(f"col.{column}")
    return (row.get(lang) or column) if row else column


@lru_cache(maxsize=1)
def columns() -> dict[str, dict[str, str]]:
    """col.NAME entries: display name and meaning of each output column (the glossary sheet)."""
    path = CATALOGUE.with_name("columns.csv")
    with open(path, encoding="utf-8", newline="") as f:
        return {f"col.{row['column']}": row for row in csv.DictReader(f)}


def column_meaning(column: str, lang: str = DEFAULT_LANG) -> str:
    row = columns().get(f"col.{column}")
    return (row.get(f"meaning_{lang}") or row.get("meaning_zh") or "") if row else ""


# raw error text (as the sources record it) -> catalogue key; the first match wins
_ERROR_PATTERNS = [
    (re.compile(r"Name or service not known|nodename nor servname|getaddrinfo failed|No address associated|"
                r"Temporary failure in name resolution", re.I), "err.dns"),
    (re.compile(r"Connection refused", re.I), "err.refused"),
    (re.compile(r"timed out|timeout", re.I), "err.timeout"),
    (re.compile(r"outside|在清单文件夹之外|images.root", re.I), "err.image_outside"),
    (re.compile(r"file not found|No such file|does not exist", re.I), "err.image_missing"),
    (re.compile(r"\b404\b", re.I), "err.http_404"),
    (re.compile(r"\b403\b|Forbidden", re.I), "err.http_403"),
    (re.compile(r"\bHTTP (?:Error )?(\d{3})\b|\bstatus (\d{3})\b", re.I), "err.http_other"),
    (re.compile(r"too large|too big|larger than|decompression bomb", re.I), "err.image_too_big"),
    (re.compile(r"cannot identify|not an image|not a picture|corrupt|unsupported|empty file|empty response|"
                r"could not be decoded|truncated", re.I), "err.not_image"),
]
_REF = re.compile(r"^image (.+?): ")
_HOST = re.compile(r"https?://([^/\s:'\"]+)")
_LINE = re.compile(r"^line (\d+): (.*)$", re.S)


def explain_error(raw: str, lang: str = DEFAULT_LANG) -> str:
    """A sentence a seller understands for one `errors` entry; unknown shapes are kept as they are
    (they are already sentences written by the scanner)."""
    if raw.startswith("note:"):
        return raw[5:].strip()
    m = _LINE.match(raw)
    if m:
        return t("err.unreadable_line", lang, n=m.group(1), why=m.group(2))
    ref_m = _REF.match(raw)
    ref = ref_m.group(1) if ref_m else ""
    host_m = _HOST.search(raw)
    host = host_m.group(1) if host_m else (ref or raw[:60])
    for pat, key in _ERROR_PATTERNS:
        hit = pat.search(raw)
        if hit:
            code = next((g for g in hit.groups() if g), "") if hit.groups() else ""
            return t(key, lang, ref=ref or raw[:120], host=host, code=code)
    return raw
