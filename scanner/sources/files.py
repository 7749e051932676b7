"""Listing files: the canonical JSONL/CSV of the CONTRACT, and dispatch to platform exports.

Encoding is detected (UTF-8 with or without BOM, else GB18030, a superset of GBK). A line
that cannot be read becomes a placeholder listing with an `errors` entry — never dropped.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..hygiene import clip
from ..models import Listing
from . import SourceError, SourceOptions

CANONICAL = ("id", "title", "description", "images", "url", "brand", "category", "price")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def detect_encoding(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 3 and len(head) == 1 << 16:
            return "utf-8"  # cut inside a multi-byte character at the end of the sample
    try:
        head.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        return "utf-8"  # decoded with replacement; bad lines get an errors entry


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (int, float)):
        return format(v, "g") if isinstance(v, float) else str(v)
    return str(v)


def record_to_listing(rec: dict, source: str, where: str) -> Listing:
    """A canonical record (JSON object or CSV row) -> Listing. Raises ValueError when unusable."""
    lid = _text(rec.get("id")).strip()
    if not lid:
        raise ValueError("missing required field 'id'")
    if "title" not in rec or rec.get("title") is None:
        raise ValueError(f"listing {lid}: missing required field 'title'")
    images = rec.get("images") or []
    if isinstance(images, str):
        images = [p.strip() for p in images.split("|") if p.strip()]
    elif not isinstance(images, list):
        raise ValueError(f"listing {lid}: 'images' must be a list or '|'-separated text")
    attrs = rec.get("attributes") or {}
    attributes = tuple((str(k), _text(v)) for k, v in attrs.items()) if isinstance(attrs, dict) else ()
    return Listing(
        id=lid,
        title=_text(rec.get("title")),
        description=_text(rec.get("description")),
        images=tuple(_text(i) for i in images if i),
        url=_text(rec.get("url")),
        brand=_text(rec.get("brand")),
        category=_text(rec.get("category")),
        price=_text(rec.get("price")),
        attributes=attributes,
        source=source,
    )


def broken_listing(where: str, message: str, source: str, lid: str = "") -> Listing:
    return Listing(id=lid or where, title="", source=source, errors=(f"{where}: {message}",))


@dataclass
class FileSource:
    """A listing file: iterable of Listing; `errors`/`complete`/`stats` are filled while reading."""

    path: Path
    encoding: str
    delimiter: str = ","
    name: str = ""
    errors: list[str] = field(default_factory=list)
    complete: bool = True
    stats: dict = field(default_factory=dict)
    format = ""  # the file kind, recorded in stats (class attribute, not a field)

    def __post_init__(self):
        self.name = self.name or str(self.path)
        if self.format:
            self.stats["format"] = self.format


MAX_LINE = 50_000_000  # characters of one JSONL line (a listing is far smaller)


class JsonlSource(FileSource):
    format = "jsonl"

    def __iter__(self) -> Iterator[Listing]:
        src = str(self.path)
        n_ok = 0
        with open(self.path, encoding=self.encoding, errors="replace", newline="") as f:
            for n, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                where = f"line {n}"
                rec = None
                try:
                    if len(line) > MAX_LINE:
                        raise ValueError(f"line longer than {MAX_LINE // 1_000_000} million characters")
                    rec = json.loads(line)
                    if not isinstance(rec, dict):
                        raise ValueError("not a JSON object")
                    listing = record_to_listing(rec, src, where)
                except RecursionError:
                    rec = None
                    msg = "unreadable line (JSON nested too deeply)"
                    self.errors.append(f"{where}: {msg}")
                    self.complete = False
                    yield broken_listing(where, msg, src, "")
                    continue
                except (ValueError, TypeError) as e:
                    msg = clip(f"unreadable line ({e})")
                    self.errors.append(f"{where}: {msg}")
                    self.complete = False
                    lid = _text(rec.get("id")).strip() if isinstance(rec, dict) else ""
                    yield broken_listing(where, msg, src, lid)
                    continue
                n_ok += 1
                yield listing
        self.stats["listings"] = n_ok


class CsvSource(FileSource):
    format = "csv"

    def __iter__(self) -> Iterator[Listing]:
        src = str(self.path)
        with open(self.path, encoding=self.encoding, errors="replace", newline="") as f:
            reader = csv.DictReader(f, delimiter=self.delimiter)
            for row in reader:
                where = f"line {reader.line_num}"
                row = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
                try:
                    yield record_to_listing(row, src, where)
                except ValueError as e:
                    self.errors.append(f"{where}: {e}")
                    self.complete = False
                    yield broken_listing(where, str(e), src, (row.get("id") or "").strip())


def _first_line(path: Path, encoding: str) -> str:
    with open(path, encoding=encoding, errors="replace", newline="") as f:
        for line in f:
            if line.strip():
                return line
    return ""


_BINARY = ((b"PK\x03\x04", "a ZIP archive"),
           (b"\x89PNG", "an image"), (b"\xff\xd8\xff", "an image"), (b"GIF8", "an image"),
           (b"%PDF", "a PDF"), (b"\xd0\xcf\x11\xe0", "an old Excel/Office file: save it as CSV (UTF-8) first"))


def _binary_kind(path: Path) -> str | None:
    with open(path, "rb") as f:
        head = f.read(4096)
    for magic, kind in _BINARY:
        if head.startswith(magic):
            return kind
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 exports are text
        return "a binary file"
    return None


class XlsxSource(FileSource):
    """The canonical columns in the first sheet of an Excel workbook (what compliance teams keep)."""

    format = "xlsx"

    def header(self) -> list[str]:
        import openpyxl

        wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        try:
            row = next(wb.worksheets[0].iter_rows(max_row=1, values_only=True), ())
        finally:
            wb.close()
        return [_text(h).strip().lower() for h in row]

    def __iter__(self) -> Iterator[Listing]:
        import openpyxl

        src = str(self.path)
        wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        try:
            rows = wb.worksheets[0].iter_rows(values_only=True)
            header = [_text(h).strip().lower() for h in next(rows, ())]
            for n, values in enumerate(rows, start=2):
                if not any(v not in (None, "") for v in values):
                    continue
                rec = {h: v for h, v in zip(header, values) if h}
                where = f"row {n}"
                try:
                    yield record_to_listing(rec, src, where)
                except ValueError as e:
                    self.errors.append(f"{where}: {e}")
                    self.complete = False
                    yield broken_listing(where, str(e), src, _text(rec.get("id")).strip())
        finally:
            wb.close()


def _open_xlsx(path: Path) -> XlsxSource:
    src = XlsxSource(path, "")
    try:
        header = src.header()
    except Exception as e:  # not a workbook openpyxl can read
        raise SourceError(f"{path} is a ZIP archive but not a readable .xlsx workbook ({e})") from e
    if "id" in header and "title" in header:
        return src
    raise SourceError(f"{path}: unknown workbook shape (columns: {', '.join(h for h in header[:12] if h)}). "
                      f"Expected the canonical columns id,title[,description,images,url,brand,category,price] "
                      f"in the first sheet, or save the platform export as CSV")


def open_file(path: Path, options: SourceOptions):
    try:
        kind = _binary_kind(path)
        if kind == "a ZIP archive":
            return _open_xlsx(path)
        if kind:
            raise SourceError(f"{path} is {kind}, not a listing file (JSONL, CSV or a platform export)")
        enc = detect_encoding(path)
        first = _first_line(path, enc)
    except OSError as e:
        raise SourceError(f"cannot read {path}: {e.strerror or e}") from e
    if not first:
        raise SourceError(f"{path} is empty")
    if first.lstrip().startswith("{"):
        return JsonlSource(path, enc)
    try:  # platform exports (Taobao, Shopify, Amazon) recognised by their headers
        from .exports import detect_export
    except ImportError:
        detect_export = None
    if detect_export is not None:
        src = detect_export(path, enc, first, options)
        if src is not None:
            return src
    delim = "\t" if first.count("\t") > first.count(",") else ","
    header = [h.strip().lower() for h in next(csv.reader(io.StringIO(first), delimiter=delim))]
    if "id" in header and "title" in header:
        return CsvSource(path, enc, delim)
    raise SourceError(
        f"{path}: unknown file shape (columns: {', '.join(header[:12])}). Expected the canonical "
        f"JSONL/CSV columns id,title[,description,images,url,brand,category,price], a Shopify "
        f"product export (Handle,Title,Body (HTML)…), a Taobao 淘宝助理 CSV (version 1.00; 宝贝名称, "
        f"宝贝描述, 新图片) or an Amazon All Listings report (item-name, listing-id…, tab-separated)")
