"""Output hygiene: what a hostile listing can put into a cell, an error message or a report.

- `short_ref` names a picture reference without echoing it whole (a 2 MB `data:` URL becomes
  `data:image/png;base64…（2.0 MB）`, a 5,000-character URL is cut with the cut marked);
- `clip` caps any message or cell at a sane length, marking the cut;
- `safe_cell` neutralises spreadsheet formulas: ASCII and full-width = + - @ (＝＋－＠), tab and
  CR, also behind leading blanks, get a leading apostrophe."""
from __future__ import annotations

import re

MAX_MESSAGE = 400  # characters of one `errors` entry
MAX_CELL = 32_000  # Excel's cell limit is 32,767
MAX_REF = 160

_DATA_URL = re.compile(r"(?i)\b(data|javascript):[^\s]{40,}")
_FORMULA = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_BLANKS = " \u3000\u00a0\n"


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} 字符"


def short_ref(ref: str) -> str:
    """A picture reference as it may appear in a message."""
    low = ref[:12].lower()
    if low.startswith(("data:", "javascript:")):
        head = ref.split(",", 1)[0][:40]
        return f"{head}…（{_size(len(ref))}）"
    if len(ref) > MAX_REF:
        return f"{ref[:MAX_REF]}…（共 {len(ref)} 字符）"
    return ref


def clip(text: str, limit: int = MAX_MESSAGE) -> str:
    """`text` with embedded data:/javascript: URLs named by size and the whole capped at `limit`."""
    if len(text) <= limit and "data:" not in text and "javascript:" not in text:
        return text
    text = _DATA_URL.sub(lambda m: short_ref(m.group(0)), text)
    if len(text) > limit:
        text = f"{text[:limit]}…（已截断，共 {len(text)} 字符）"
    return text


def risky_start() -> frozenset:
    """The first characters after which safe_cell may change a string (a formula sign or a blank
    that could hide one); any other short string is returned as it is."""
    return frozenset(c[0] for c in _FORMULA) | frozenset(_BLANKS)


def safe_cell(value):
    """Neutralise spreadsheet formulas (CSV/XLSX injection) and cap the cell's length."""
    if not isinstance(value, str) or not value:
        return value
    if len(value) > MAX_CELL:
        value = f"{value[:MAX_CELL]}…（已截断，共 {len(value)} 字符）"
    if value.startswith(_FORMULA) or (value[0] in _BLANKS and value.lstrip(_BLANKS).startswith(_FORMULA)):
        return "'" + value
    return value
