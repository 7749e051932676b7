"""Listing files: the canonical JSONL/CSV of the CONTRACT, and dispatch to platform exports.

Encoding is decided on the whole file (`textfile`: UTF-8, UTF-16 with or without a BOM, GB18030);
undecodable bytes and oversized fields are `errors` entries on their listing. A line that cannot
be read becomes a placeholder listing with an `errors` entry — never dropped.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Iterator

from ..hygiene import clip
from ..models import Listing
from .base import FileSource, SourceError, SourceOptions
from .textfile import UNDECODABLE, finish, looks_like_text
from .textfile import detect_encoding as _detect

CANONICAL = ("id", "title", "description", "images", "url", "brand", "category", "price")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def detect_encoding(path: Path) -> str:
    """The file's encoding, decided on the whole file (see `textfile.detect_encoding`)."""
    return _detect(path)


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
    # CSV/XLSX carry attributes as `attribute:NAME` columns (the field name of their findings)
    attributes += tuple((k[10:], _text(v)) for k, v in rec.items()
                        if isinstance(k, str) and k.startswith("attribute:") and k[10:] and _text(v).strip())
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


MAX_LINE = 50_000_000  # characters of one JSONL line (a listing is far smaller)


def read_line(line: str, where: str, src: str, encoding: str) -> tuple[Listing, str]:
    """One JSONL line -> (listing, the source's error entry or "" when the line was read)."""
    rec = None
    try:
        if len(line) > MAX_LINE:
            raise ValueError(f"line longer than {MAX_LINE // 1_000_000} million characters")
        rec = json.loads(line)
        if not isinstance(rec, dict):
            raise ValueError("not a JSON object")
        listing = record_to_listing(rec, src, where)
    except RecursionError:
        msg = "unreadable line (JSON nested too deeply)"
        return broken_listing(where, msg, src, ""), f"{where}: {msg}"
    except (ValueError, TypeError) as e:
        msg = clip(f"unreadable line ({e})")
        lid = _text(rec.get("id")).strip() if isinstance(rec, dict) else ""
        return finish(broken_listing(where, msg, src, lid), encoding, where), f"{where}: {msg}"
    return finish(listing, encoding, where), ""


def read_row(header: tuple, row: list, where: str, src: str, encoding: str) -> tuple[Listing, str]:
    """One CSV row under its header -> (listing, the source's error entry or "" when it was read).
    The record is what csv.DictReader makes of the row (a short row's missing cells None, a long
    row's extra cells dropped), its column names stripped and lower-cased."""
    rec = dict(zip(header, row))
    if len(row) < len(header):
        for k in header[len(row):]:
            rec[k] = None
    rec = {(k or "").strip().lower(): v for k, v in rec.items()}
    try:
        listing = record_to_listing(rec, src, where)
    except ValueError as e:
        return finish(broken_listing(where, str(e), src, (rec.get("id") or "").strip()), encoding, where), \
            f"{where}: {e}"
    return finish(listing, encoding, where), ""


def read_raw(item: tuple) -> tuple[Listing, str]:
    """A raw record of `FileSource.raw` -> (listing, error entry or ""): what a worker process
    does with the lines the main process only read (pipeline: workers read raw lines)."""
    if item[0] == "jsonl":
        _, _, src, encoding, where, line = item
        return read_line(line, where, src, encoding)
    _, _, src, encoding, where, row, header = item
    return read_row(header, row, where, src, encoding)


class JsonlSource(FileSource):
    format = "jsonl"

    def _lines(self) -> Iterator[tuple[str, str]]:
        self.stats.setdefault("listings", 0)
        with open(self.path, encoding=self.encoding, errors=UNDECODABLE, newline="") as f:
            for n, line in enumerate(f, start=1):
                if line.strip():
                    yield f"line {n}", line

    def __iter__(self) -> Iterator[Listing]:
        src = str(self.path)
        for where, line in self._lines():
            listing, err = read_line(line, where, src, self.encoding)
            self.account(err)
            yield listing

    def raw(self, index: int) -> Iterator[tuple]:
        """The lines unread, as raw records for `read_raw` (`index`: this source among the run's)."""
        src = str(self.path)
        for where, line in self._lines():
            yield ("jsonl", index, src, self.encoding, where, line)


class CsvSource(FileSource):
    format = "csv"

    def _rows(self) -> Iterator[tuple[tuple, str, list]]:
        self.stats.setdefault("listings", 0)
        with open(self.path, encoding=self.encoding, errors=UNDECODABLE, newline="") as f:
            reader = csv.reader(f, delimiter=self.delimiter)
            header = next(reader, None)
            if header is None:
                return
            header = tuple(header)
            for row in reader:
                if row:  # (blank lines are skipped, as csv.DictReader does)
                    yield header, f"line {reader.line_num}", row

    def __iter__(self) -> Iterator[Listing]:
        src = str(self.path)
        for header, where, row in self._rows():
            listing, err = read_row(header, row, where, src, self.encoding)
            self.account(err)
            yield listing

    def raw(self, index: int) -> Iterator[tuple]:
        """The rows unread, as raw records for `read_raw` (`index`: this source among the run's)."""
        src = str(self.path)
        for header, where, row in self._rows():
            yield ("csv", index, src, self.encoding, where, row, header)


def _first_line(path: Path, encoding: str) -> str:
    with open(path, encoding=encoding, errors=UNDECODABLE, newline="") as f:
        for line in f:
            if line.strip():
                return line
    return ""


_KIND_ZH = {"a ZIP archive": "压缩包（ZIP）", "a PDF": "PDF 文档", "an image": "图片",
            "an old Excel/Office file: save it as CSV (UTF-8) first": "旧版 Excel/Office 文件（请先另存为 CSV（UTF-8））",
            "a binary file": "二进制文件"}
_BINARY = ((b"PK\x03\x04", "a ZIP archive"),
           (b"\x89PNG", "an image"), (b"\xff\xd8\xff", "an image"), (b"GIF8", "an image"),
           (b"%PDF", "a PDF"), (b"\xd0\xcf\x11\xe0", "an old Excel/Office file: save it as CSV (UTF-8) first"))


def _binary_kind(path: Path) -> str | None:
    with open(path, "rb") as f:
        head = f.read(4096)
    for magic, kind in _BINARY:
        if head.startswith(magic):
            return kind
    if b"\x00" in head and not looks_like_text(head):  # UTF-16 exports (with or without a BOM) are text
        return "a binary file"
    return None


class XlsxSource(FileSource):
    """The canonical columns in the first sheet of an Excel workbook (what compliance teams keep)."""

    format = "xlsx"

    def header(self) -> list[str]:
        import openpyxl

        wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        try:
            row = next(_sheet(wb).iter_rows(max_row=1, max_col=MAX_XLSX_COLUMNS, values_only=True), ())
        finally:
            wb.close()
        return [_text(h).strip().lower() for h in row]

    def __iter__(self) -> Iterator[Listing]:
        import openpyxl

        src = str(self.path)
        wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        try:
            ws = _sheet(wb)
            header = [_text(h).strip().lower() for h in
                      next(ws.iter_rows(max_row=1, max_col=MAX_XLSX_COLUMNS, values_only=True), ())]
            while header and not header[-1]:
                header.pop()
            # only the header's columns are read: a row padded to a declared XFD column costs nothing
            rows = ws.iter_rows(min_row=2, max_col=max(1, len(header)), values_only=True)
            for n, values in enumerate(rows, start=2):
                if n > MAX_XLSX_ROWS:
                    self.errors.append(f"row {n}: 只读取前 {MAX_XLSX_ROWS:,} 行 / only the first {MAX_XLSX_ROWS:,} rows read")
                    self.complete = False
                    break
                if not any(v not in (None, "") for v in values):
                    continue
                rec = {h: v for h, v in zip(header, values) if h}
                where = f"row {n}"
                try:
                    listing = record_to_listing(rec, src, where)
                except ValueError as e:
                    self.errors.append(f"{where}: {e}")
                    self.complete = False
                    listing = broken_listing(where, str(e), src, _text(rec.get("id")).strip())
                yield finish(listing, "", where)
        finally:
            wb.close()


MAX_XLSX_COLUMNS = 256
MAX_XLSX_ROWS = 1_048_576  # Excel's own limit
MAX_XLSX_XML = 4 * 1024 ** 3  # uncompressed bytes of the sheet XML (a ZIP bomb is refused, not read)


def _sheet(wb):
    """The first sheet, its declared dimension ignored (`<dimension ref="A1:XFD1048576"/>` in a
    1 KB file would otherwise make openpyxl pad every row to 16 384 columns and a million rows):
    reading is bounded by the cells the file really holds."""
    ws = wb.worksheets[0]
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    return ws


def _check_zip(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path) as z:
        total = sum(i.file_size for i in z.infolist() if i.filename.startswith("xl/worksheets/"))
    if total > MAX_XLSX_XML:
        raise SourceError(f"{path}: the sheet unpacks to more than {MAX_XLSX_XML // 1024 ** 3} GB: not read (save it "
                          f"as CSV, or split it)", key="src.xlsx_too_big", path=path)


def _open_xlsx(path: Path) -> XlsxSource:
    src = XlsxSource(path, "")
    try:
        _check_zip(path)
        header = src.header()
    except SourceError:
        raise
    except Exception as e:  # not a workbook openpyxl can read
        raise SourceError(f"{path} is a ZIP archive but not a readable .xlsx workbook ({e})", key="src.xlsx_corrupt",
                          path=path) from e
    if "id" in header and "title" in header:
        return src
    raise SourceError(f"{path}: unknown workbook shape (columns: {', '.join(h for h in header[:12] if h)}). "
                      f"Expected the canonical columns id,title[,description,images,url,brand,category,price] "
                      f"in the first sheet, or save the platform export as CSV", key="src.xlsx_shape", path=path,
                      columns=", ".join(h for h in header[:12] if h))


def open_file(path: Path, options: SourceOptions):
    try:
        kind = _binary_kind(path)
        if kind == "a ZIP archive":
            return _open_xlsx(path)
        if kind:
            raise SourceError(f"{path} is {kind}, not a listing file (JSONL, CSV or a platform export)",
                              key="src.binary", path=path, kind_zh=_KIND_ZH.get(kind, kind))
        enc = detect_encoding(path)
        first = _first_line(path, enc)
    except OSError as e:
        raise SourceError(f"cannot read {path}: {e.strerror or e}", key="src.unreadable", path=path) from e
    if not first:
        raise SourceError(f"{path} is empty", key="src.empty", path=path)
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
        f"宝贝描述, 新图片) or an Amazon All Listings report (item-name, listing-id…, tab-separated)",
        key="src.unknown_shape", path=path, columns=", ".join(header[:12]))
