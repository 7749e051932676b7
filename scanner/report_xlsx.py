"""report.xlsx for analysts, streamed: openpyxl write-only mode (rows go to disk as they come,
memory flat in the number of findings), a bold frozen header with filters and sensible widths,
display names in the report's language (the glossary sheet maps them to the CSV column names
of CONTRACT.md), strings stored as strings (a cell starting with = is text in XLSX, never a
formula, so no apostrophe is added), numbers as numbers, and a sheet split in parts past
Excel's 1,048,576-row limit ("Findings", "Findings (2)", …).
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from .hygiene import MAX_CELL
from .i18n import DEFAULT_LANG, column_meaning, column_name, columns, t
from .models import ListingResult, RunInfo
from .reports import FINDING_COLUMNS, LISTING_COLUMNS, finding_row, listing_row

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as _ILLEGAL  # noqa: E402  (module loaded for XLSX only)

MAX_ROWS = 1_048_576  # Excel's limit, header included
WIDTHS = {"listing_id": 14, "field": 11, "category": 15, "severity": 9, "matched_text": 18, "term": 14,
          "rule_id": 18, "law": 30, "suggestion": 24, "start": 7, "end": 7, "image": 24, "confidence": 10,
          "url": 30, "title": 40, "explanation": 40, "fingerprint": 18, "box": 14, "detector": 10,
          "severity_rank": 9, "category_zh": 14, "rule_family": 14, "shop": 18, "scanned_at": 20,
          "risk_score": 9, "max_severity": 10, "n_findings": 9, "errors": 40, "source": 24, "product_class": 12}
NUMERIC = {"start", "end", "confidence", "severity_rank", "risk_score", "n_findings", "n_high", "n_medium",
           "n_low", "n_info"}
# sheet names stay the same in every language (scripts and the audit open them by name)
SHEETS = {"findings": "Findings", "listings": "Listings", "glossary": "Glossary"}


def column_key(header: str) -> str:
    """The CSV column name for an XLSX header in either language (for readers of the workbook)."""
    for key, row in columns().items():
        if header in (row.get("zh"), row.get("en"), row.get("column")):
            return key[4:]
    return header


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i)


class _Sheet:
    """One logical sheet written in parts of at most MAX_ROWS rows."""

    def __init__(self, wb, name: str, cols: list[str], lang: str):
        self.wb, self.name, self.cols, self.lang = wb, name, cols, lang
        self.part = 0
        self.rows = 0
        self.ws = None

    def _open(self):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        self.part += 1
        title = self.name if self.part == 1 else f"{self.name} ({self.part})"
        ws = self.wb.create_sheet(title)
        for i, c in enumerate(self.cols, start=1):
            ws.column_dimensions[_letter(i)].width = WIDTHS.get(c, max(10, len(column_name(c, self.lang)) * 2 + 2))
        ws.freeze_panes = "A2"
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="E5E7EB")
        head = []
        for c in self.cols:
            cell = WriteOnlyCell(ws, value=column_name(c, self.lang))
            cell.font, cell.fill, cell.alignment = bold, fill, Alignment(vertical="top")
            head.append(cell)
        ws.append(head)
        self.ws = ws
        self.rows = 1

    def append(self, row: dict) -> None:
        from openpyxl.cell import WriteOnlyCell

        if self.ws is None or self.rows >= MAX_ROWS:
            self._finish_part()
            self._open()
        out = []
        for c in self.cols:
            v = row.get(c)
            if v is None:
                v = ""
            if c in NUMERIC and isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append(v)
                continue
            v = _ILLEGAL.sub("\ufffd", str(v))  # control characters are not allowed in XLSX
            if len(v) > MAX_CELL:
                v = f"{v[:MAX_CELL]}…（已截断，共 {len(v)} 字符）"
            if not v.startswith("="):
                out.append(v)  # a plain string is a text cell
                continue
            cell = WriteOnlyCell(self.ws, value=None)
            cell._value, cell.data_type = v, "s"  # text, even when it starts with "=": never a formula
            out.append(cell)
        self.ws.append(out)
        self.rows += 1

    def _finish_part(self):
        if self.ws is not None:
            self.ws.auto_filter.ref = f"A1:{_letter(len(self.cols))}{self.rows}"

    def close(self):
        if self.ws is None:
            self._open()
        self._finish_part()


class XlsxWriter:
    def __init__(self, out: Path, finding_extra: dict | None = None, extra_columns: list[str] | None = None,
                 lang: str = DEFAULT_LANG):
        from openpyxl import Workbook

        self.path = out / "report.xlsx"
        self.extra = finding_extra
        self.lang = lang
        self.scanned_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.fcols = FINDING_COLUMNS + [c for c in (extra_columns or []) if c not in FINDING_COLUMNS] + ["scanned_at"]
        self.wb = Workbook(write_only=True)
        self.findings = _Sheet(self.wb, SHEETS["findings"], self.fcols, lang)
        self.listings = _Sheet(self.wb, SHEETS["listings"], LISTING_COLUMNS + ["scanned_at"], lang)
        self.findings._open()
        self.listings._open()

    def add(self, r: ListingResult) -> None:
        for f in r.findings:
            row = finding_row(f, r, self.extra)
            row["scanned_at"] = self.scanned_at
            self.findings.append(row)
        row = listing_row(r)
        row["scanned_at"] = self.scanned_at
        self.listings.append(row)

    def add_rows(self, rows: list[dict]) -> None:
        """Finding rows that are not in this scan (the audit's fixed / not re-checked ones)."""
        for row in rows:
            self.findings.append({**row, "scanned_at": self.scanned_at})

    def finish(self, run: RunInfo, summary: dict) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.findings.close()
        self.listings.close()
        ws = self.wb.create_sheet(SHEETS["glossary"])
        ws.column_dimensions["A"].width = 16
        ws.column_dimensions["B"].width = 16
        ws.column_dimensions["C"].width = 70
        bold = Font(bold=True)
        head = []
        for key in ("xlsx.glossary.column", "xlsx.glossary.key", "xlsx.glossary.meaning"):
            cell = WriteOnlyCell(ws, value=t(key, self.lang))
            cell.font = bold
            head.append(cell)
        ws.append(head)
        seen = set()
        for c in self.fcols + LISTING_COLUMNS:
            if c in seen:
                continue
            seen.add(c)
            ws.append([column_name(c, self.lang), c, column_meaning(c, self.lang)])
        ws.append([])
        ws.append([t("report.risk", self.lang), "risk_score", t("report.risk_explained", self.lang)])
        self.wb.save(self.path)
