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


# ----------------------------------------------------------------------------- the language in use

_current = [DEFAULT_LANG]


def use_lang(lang: str) -> None:
    """The language of this process's messages (set by the CLI once `--lang`/`lang` is known):
    errors that stop a command and the `errors` cells the reports write."""
    _current[0] = lang if lang in LANGS else DEFAULT_LANG


def current_lang() -> str:
    return _current[0]


# ----------------------------------------------------------------------------- errors that stop a command

# a ScannerError without a key of its own: the sentence of its class (the first in its MRO found here)
_CLASS_KEYS = {"Interrupted": "err.as_is", "ArchiveError": "err.archive", "UsageError": "err.usage",
               "SourceError": "err.source", "LexiconError": "err.lexicon", "BrandDBError": "err.brand_db",
               "HistoryError": "err.history", "ClusterSetupError": "err.cluster", "ClusterWorkLost": "err.cluster_lost",
               "ScanSetupError": "err.setup", "ScannerError": "err.stop"}


def error_text(exc: BaseException, lang: str | None = None) -> str:
    """The one line a seller reads for an error that stops a command: what happened and what to
    do, in `lang`, with the technical detail after it (never the raw exception text alone)."""
    lang = lang or current_lang()
    detail = " ".join(str(exc).split())
    key = getattr(exc, "key", "") or ""
    params = dict(getattr(exc, "params", None) or {})
    if not key:
        # a read error without a key of its own: a raw reason we know (DNS, refused, timeout…) names the sentence
        cause = _raw_key(detail) if any(c.__name__ == "SourceError" for c in type(exc).__mro__) else None
        if cause is not None:
            k, groups = cause
            return t("err.cannot_read", lang, what=t(k, lang, ref=_ref_of(detail), host=_host_of(detail),
                                                    code=groups, detail=detail), detail=detail)
        key = next((_CLASS_KEYS[c.__name__] for c in type(exc).__mro__ if c.__name__ in _CLASS_KEYS), "err.stop")
    return t(key, lang, **{"detail": detail, **params})


# ----------------------------------------------------------------------------- `errors` entries of listings

# raw error text (as the sources record it) -> catalogue key; the first match wins
_ERROR_PATTERNS = [
    (re.compile(r"private or local address|属于本机/内网", re.I), "err.private"),
    (re.compile(r"Name or service not known|nodename nor servname|getaddrinfo failed|No address associated|"
                r"Temporary failure in name resolution|host name not found|host name '.*' not found", re.I), "err.dns"),
    (re.compile(r"Connection refused", re.I), "err.refused"),
    (re.compile(r"timed out|timeout|longer than [\d.]+ s", re.I), "err.timeout"),
    (re.compile(r"robots\.txt", re.I), "err.robots"),
    (re.compile(r"redirects (?:off the shop|to another host)", re.I), "err.offsite_redirect"),
    (re.compile(r"local files|picture references are not read|not read \(only http", re.I), "err.image_scheme"),
    (re.compile(r"outside|在清单文件夹之外|images.root", re.I), "err.image_outside"),
    (re.compile(r"file not found|No such file|does not exist|\.tbi not found", re.I), "err.image_missing"),
    (re.compile(r"\b404\b", re.I), "err.http_404"),
    (re.compile(r"\b403\b|Forbidden", re.I), "err.http_403"),
    (re.compile(r"\b429\b", re.I), "err.http_429"),
    (re.compile(r"\bHTTP (?:Error )?(\d{3})\b|\bstatus (\d{3})\b", re.I), "err.http_other"),
    (re.compile(r"too large|too big|larger than|decompression bomb", re.I), "err.image_too_big"),
    (re.compile(r"could not be decoded as|byte\(s\) could not be decoded", re.I), "err.undecodable"),
    (re.compile(r"cannot identify|not an image|not a picture|corrupt|unsupported|empty file|empty response|"
                r"could not be decoded|truncated", re.I), "err.not_image"),
    (re.compile(r"interrupted", re.I), "err.crawl_interrupted"),
    (re.compile(r"page limit", re.I), "err.page_limit"),
    (re.compile(r"could not be read|cannot be read|not a file", re.I), "err.image_unreadable"),
]
_NOTE_PATTERNS = [
    (re.compile(r"no text found", re.I), "note.no_text"),
    (re.compile(r"animated", re.I), "note.animated"),
    (re.compile(r"QR code.*could not be decoded|could not be read \(", re.I), "note.qr"),
    (re.compile(r"fixed text could not be made", re.I), "note.no_fix"),
]
_PREFIX = re.compile(r"^(note: )?((?:image|page|picture|product) \S+?(?: failed)?: |(?:line|row) \d+: )?", re.S)
_REF = re.compile(r"^(?:note: )?(?:image|picture|page|product) (\S+?)(?: failed)?: ")
_HOST = re.compile(r"https?://([^/\s:'\"]+)")
_LINE = re.compile(r"^(?:line|row) (\d+): (.*)$", re.S)
_CJK = re.compile(r"[\u3400-\u9fff]")


def _raw_key(text: str):
    for pat, key in _ERROR_PATTERNS:
        hit = pat.search(text)
        if hit:
            return key, next((g for g in hit.groups() if g), "") if hit.groups() else ""
    return None


def _ref_of(text: str) -> str:
    m = _REF.match(text)
    return m.group(1) if m else ""


def _host_of(text: str) -> str:
    m = _HOST.search(text)
    return m.group(1) if m else (_ref_of(text) or text[:60])


def _bilingual(text: str) -> tuple[str, str] | None:
    """'中文 / English' entries (already written for both readers) -> (zh, en)."""
    zh, sep, en = text.partition(" / ")
    if sep and _CJK.search(zh) and not _CJK.search(en):
        return zh.strip(), en.strip()
    return None


def explain_error(raw: str, lang: str = DEFAULT_LANG) -> str:
    """A sentence a seller understands for one `errors` entry (what happened, what to do), the
    technical detail after it; for report.html (the machine prefix `note:` / `image REF:` is
    dropped, its reference is in the sentence)."""
    return _explain(raw, lang, keep_prefix=False)


def localize_entry(raw: str, lang: str | None = None) -> str:
    """One `errors` entry as the reports write it (listings.csv, report.json, report.xlsx): the
    machine-readable prefix kept (`note: `, `image REF: `, `line N: `), then the sentence in
    `lang`, then the technical detail. Chinese keeps 中文 / English entries whole."""
    return _explain(raw, lang or current_lang(), keep_prefix=True)


def _explain(raw: str, lang: str, keep_prefix: bool) -> str:
    m = _PREFIX.match(raw)
    note, where = m.group(1) or "", m.group(2) or ""
    rest = raw[m.end():]
    head = (note + where) if keep_prefix else ""
    pair = _bilingual(rest)
    if pair is not None:  # written for both readers already
        if keep_prefix:
            return head + (pair[1] if lang == "en" else rest)
        return where + (pair[1] if lang == "en" else pair[0])
    if note:  # informational (a bound, a picture without text, a code that could not be decoded)
        body = where + rest
        known = next((k for pat, k in _NOTE_PATTERNS if pat.search(rest)), None)
        if known is not None:
            text = t(known, lang, ref=_ref_of(raw), detail=rest)
            return head + text if keep_prefix else t("err.note", lang, detail=text)
        if lang == "en" or _CJK.search(rest):
            return head + rest if keep_prefix else body
        return head + t("err.note", lang, detail=rest) if keep_prefix else t("err.note", lang, detail=body)
    line = _LINE.match(raw)
    cause = _raw_key(rest)
    ref = _ref_of(raw) or _ref_of(rest)
    if cause is not None:
        key, code = cause
        text = t(key, lang, ref=ref, host=_host_of(raw), code=code, detail=rest)
        if line and not keep_prefix:  # (a cell keeps "line N: " as its prefix)
            text = t("err.at_line", lang, n=line.group(1), what=text)
        return head + text if keep_prefix else text
    if line:
        return head + t("err.unreadable_line_short", lang, why=rest) if keep_prefix else \
            t("err.unreadable_line", lang, n=line.group(1), why=rest)
    return head + t("err.entry_generic", lang, detail=rest) if keep_prefix else t("err.entry_generic", lang, detail=raw)
