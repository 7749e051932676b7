"""The writers of one run, by format: CSV and JSON (reports.py), report.html (report_html.py),
report.xlsx (report_xlsx.py; jinja2 and openpyxl are imported only when their format is asked for)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .reports import CsvWriter, JsonWriter, Writer


def make_writers(out: Path, formats: Iterable[str], cache_dir: Path | None = None,
                 finding_extra: dict | None = None, extra_columns: list[str] | None = None,
                 html_top: str = "", images_root: Path | None = None, lang: str = "zh") -> list[Writer]:
    out.mkdir(parents=True, exist_ok=True)
    writers: list[Writer] = []
    fm = set(formats)
    if "csv" in fm:
        writers.append(CsvWriter(out, finding_extra, extra_columns))
    if "json" in fm:
        writers.append(JsonWriter(out, finding_extra))
    if "html" in fm:
        from .report_html import HtmlWriter

        writers.append(HtmlWriter(out, cache_dir, finding_extra, top=html_top, images_root=images_root, lang=lang))
    if "xlsx" in fm:
        from .report_xlsx import XlsxWriter

        writers.append(XlsxWriter(out, finding_extra, extra_columns, lang=lang))
    return writers
