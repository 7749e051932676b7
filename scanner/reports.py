"""Reports: findings.csv, listings.csv, report.json here; report.html (report_html.py) and
report.xlsx (report_xlsx.py) in their own modules.

One formatter signature (bandit style): every writer has `add(result)` for each listing as it
streams past and `finish(run, summary)` at the end; memory stays flat for the CSV and JSON
writers. Cells that a spreadsheet would execute (= + - @, tab, CR) are neutralised.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path
from typing import Iterable, Protocol


from .hygiene import MAX_CELL, safe_cell  # one formula guard for every writer (audit imports it from here)
from .hygiene import risky_start as _risky_start
from .i18n import localize_entry  # errors cells in the run's language, machine prefix and raw detail kept
from .models import SEVERITY_RANK, Finding, ListingResult, RenderedChunk, RunInfo
from .report_columns import CATEGORY_ZH, category_zh, rule_family, shop_of  # noqa: F401  (CATEGORY_ZH re-exported)

FINDING_COLUMNS = [
    "listing_id", "field", "category", "severity", "matched_text", "term",
    "rule_id", "law", "suggestion", "start", "end", "image", "confidence", "url", "title",
    "explanation", "fingerprint", "box", "detector", "fixed_title", "fixed_description",
    # added for analysts (CONTRACT.md): sortable severity, Chinese category, rule family, shop
    "severity_rank", "category_zh", "rule_family", "shop",
]
LISTING_COLUMNS = ["listing_id", "url", "title", "risk_score", "max_severity", "n_findings", "errors",
                   "n_high", "n_medium", "n_low", "n_info", "source", "product_class",
                   "fixed_title", "fixed_description"]
FORMATS = ("csv", "json", "html", "xlsx")
# finding columns that never hold text from a listing or a data file: numbers, the scanner's own
# words (severity, category, detector…) and hashes — the formula guard need not look at them
_FINDING_TEXT = frozenset(FINDING_COLUMNS) - {
    "category", "severity", "start", "end", "confidence", "fingerprint", "box", "detector",
    "severity_rank", "category_zh", "rule_family"}
_FINDING_TEXT_AT = tuple(i for i, c in enumerate(FINDING_COLUMNS) if c in _FINDING_TEXT)
_RISKY_START = _risky_start()


def box_text(f: Finding) -> str:
    return f"{f.box.x},{f.box.y},{f.box.w},{f.box.h}" if f.box else ""


def listing_part(r: ListingResult) -> dict:
    """The cells every finding row of one listing shares (computed once per listing)."""
    return {"url": r.listing.url, "title": r.listing.title, **fixed_cells(r), "shop": shop_of(r.listing)}


def finding_values(f: Finding, sh: dict) -> list:
    """A finding's cells in FINDING_COLUMNS order (`sh`: its listing's listing_part) — the one
    Finding→row mapping."""
    return [
        f.listing_id, f.field, f.category, f.severity, f.matched_text, f.term, f.rule_id, f.law,
        f.suggestion, f.start, f.end, f.image, f.confidence, sh["url"], sh["title"],
        f.explanation, f.fingerprint, box_text(f), f.detector, sh["fixed_title"], sh["fixed_description"],
        SEVERITY_RANK[f.severity], category_zh(f.category, f.rule_id), rule_family(f.rule_id), sh["shop"],
    ]


def finding_row(f: Finding, r: ListingResult, extra: dict | None = None, shared: dict | None = None) -> dict:
    row = dict(zip(FINDING_COLUMNS, finding_values(f, shared if shared is not None else listing_part(r))))
    if extra:
        row.update(extra.get(f.fingerprint, {}))
    return row


def listing_row(r: ListingResult) -> dict:
    c = Counter(f.severity for f in r.findings)
    return {
        "listing_id": r.listing.id, "url": r.listing.url, "title": r.listing.title,
        "risk_score": r.risk_score, "max_severity": r.max_severity, "n_findings": len(r.findings),
        "errors": " | ".join(map(localize_entry, r.errors)), "n_high": c["high"], "n_medium": c["medium"], "n_low": c["low"],
        "n_info": c["info"], "source": r.listing.source, "product_class": r.product_class, **fixed_cells(r),
    }


def fixed_cells(r: ListingResult) -> dict:
    """fixed_title / fixed_description: the rewritten text (scanner/fixtext.py), empty when unchanged."""
    fx = r.fixed
    if fx is None:
        return {"fixed_title": "", "fixed_description": ""}
    return {"fixed_title": fx.title if any(c.field == "title" for c in fx.changes) else "",
            "fixed_description": fx.description if any(c.field == "description" for c in fx.changes) else ""}


def _guard(out: list, at) -> list:
    """The cells at indexes `at` made safe in place: None as empty, formulas neutralised
    (safe_cell is called only for the strings that might need it: most cells start with a
    letter and are short)."""
    for i in at:
        v = out[i]
        if v is None:
            out[i] = ""
        elif v.__class__ is str and v and (v[0] in _RISKY_START or len(v) > MAX_CELL):
            out[i] = safe_cell(v)
    return out


def cells(row: dict, cols: list[str]) -> list:
    """The CSV cells of a row in column order: missing or None as empty, formulas neutralised."""
    return _guard(list(map(row.get, cols)), range(len(cols)))


def finding_cells(f: Finding, r: ListingResult) -> list:
    """One findings.csv row (FINDING_COLUMNS), neutralised — the one Finding→row mapping."""
    return cells(finding_row(f, r), FINDING_COLUMNS)


def findings_cells(r: ListingResult) -> list[list]:
    """The findings.csv rows of one listing (its shared cells computed once)."""
    if not r.findings:
        return []
    shared = listing_part(r)
    return [_guard(finding_values(f, shared), _FINDING_TEXT_AT) for f in r.findings]


def listing_cells(r: ListingResult) -> list:
    return cells(listing_row(r), LISTING_COLUMNS)


def prerender(r: ListingResult) -> ListingResult:
    """The result with its CSV cells rendered (done in the worker process that scanned it)."""
    return replace(r, rows=(tuple(findings_cells(r)), listing_cells(r)))


def render_chunk(results: Iterable[ListingResult]) -> RenderedChunk:
    """Consecutive results as CSV text + summary (in the worker): exactly the lines CsvWriter.add
    would write for them one by one."""
    fbuf, lbuf = io.StringIO(), io.StringIO()
    fw, lw = csv.writer(fbuf, lineterminator="\n"), csv.writer(lbuf, lineterminator="\n")
    summary = Summary()
    worst = n = 0
    for r in results:
        n += 1
        fcells, lcells = r.rows if r.rows is not None else (
            findings_cells(r), listing_cells(r))
        fw.writerows(fcells)
        lw.writerow(lcells)
        summary.add(r)
        for f in r.findings:
            worst = max(worst, SEVERITY_RANK[f.severity])
    return RenderedChunk(n, fbuf.getvalue(), lbuf.getvalue(), summary, worst)


class Writer(Protocol):
    def add(self, result: ListingResult) -> None: ...

    def finish(self, run: RunInfo, summary: dict) -> None: ...


class Summary:
    """Counts kept while results stream past (cheap, bounded)."""

    def __init__(self) -> None:
        self.listings = 0
        self.flagged = 0
        self.with_errors = 0
        self.severity: Counter = Counter()
        self.category: Counter = Counter()
        self.rules: Counter = Counter()

    def add(self, r: ListingResult) -> None:
        self.listings += 1
        self.flagged += bool(any(f.severity in ("high", "medium") for f in r.findings))
        self.with_errors += bool([e for e in r.errors if not e.startswith("note:")])
        for f in r.findings:
            self.severity[f.severity] += 1
            self.category[f.category] += 1
            self.rules[(f.rule_id, f.term, f.severity)] += 1

    def merge(self, other: "Summary") -> None:
        """Add the counts of another run of listings (a worker's chunk)."""
        self.listings += other.listings
        self.flagged += other.flagged
        self.with_errors += other.with_errors
        self.severity.update(other.severity)
        self.category.update(other.category)
        self.rules.update(other.rules)

    def as_dict(self) -> dict:
        return {
            "listings": self.listings, "listings_flagged": self.flagged, "listings_with_errors": self.with_errors,
            "findings_by_severity": {s: self.severity[s] for s in ("high", "medium", "low", "info")},
            "findings_by_category": dict(self.category.most_common()),
            "top_rules": [{"rule_id": k[0], "term": k[1], "severity": k[2], "count": n}
                          for k, n in self.rules.most_common(15)],
        }


_BASE = frozenset(FINDING_COLUMNS)


class CsvWriter:
    """findings.csv + listings.csv, UTF-8 with BOM, streamed row by row with the csv module."""

    def __init__(self, out: Path, finding_extra: dict | None = None, extra_columns: list[str] | None = None):
        self.out = out
        self.extra = finding_extra
        self.fcols = FINDING_COLUMNS + [c for c in (extra_columns or []) if c not in FINDING_COLUMNS]
        self._files: dict[str, tuple] = {}

    def _writer(self, name: str, cols: list[str]):
        got = self._files.get(name)
        if got is None:
            fh = open(self.out / name, "w", encoding="utf-8-sig", newline="")
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            got = self._files[name] = (fh, w, cols)
        return got[1], got[2]

    def add(self, r: ListingResult) -> None:
        fcells, lcells = r.rows if r.rows is not None else (
            findings_cells(r), listing_cells(r))
        if r.findings:
            w, cols = self._writer("findings.csv", self.fcols)
            extra_cols = cols[len(FINDING_COLUMNS):]
            if extra_cols:
                extra = self.extra or {}
                for f, row in zip(r.findings, fcells):
                    more = extra.get(f.fingerprint, {})
                    if _BASE.intersection(more):  # an extra value for a base column (the audit's shop)
                        w.writerow(cells(finding_row(f, r, extra), cols))
                    else:
                        w.writerow(list(row) + cells(more, extra_cols))
            else:
                w.writerows(fcells)
        self._writer("listings.csv", LISTING_COLUMNS)[0].writerow(lcells)

    def add_chunk(self, chunk: RenderedChunk) -> None:
        """Append a worker's rendered lines (only without extra finding columns)."""
        if chunk.findings_csv:
            self._writer("findings.csv", self.fcols)
            self._files["findings.csv"][0].write(chunk.findings_csv)
        self._writer("listings.csv", LISTING_COLUMNS)
        self._files["listings.csv"][0].write(chunk.listings_csv)

    def add_rows(self, rows: list[dict]) -> None:
        """Finding rows that are not in this scan (the audit's fixed / not re-checked ones)."""
        w, cols = self._writer("findings.csv", self.fcols)
        w.writerows(cells(r, cols) for r in rows)

    def finish(self, run: RunInfo, summary: dict) -> None:
        self._writer("findings.csv", self.fcols)  # header-only files when nothing was found
        self._writer("listings.csv", LISTING_COLUMNS)
        for fh, _, _ in self._files.values():
            fh.close()
        self._files.clear()


def _finding_json(f: Finding) -> dict:
    d = asdict(f)
    d["fingerprint"] = f.fingerprint
    return d


class JsonWriter:
    """report.json: {"listings": [...], "run": {...}, "summary": {...}} streamed to disk."""

    def __init__(self, out: Path, finding_extra: dict | None = None):
        self.path = out / "report.json"
        self.extra = finding_extra if finding_extra is not None else {}
        self.f = open(self.path, "w", encoding="utf-8")
        self.f.write('{"listings": [\n')
        self.first = True

    def add(self, r: ListingResult) -> None:
        rec = {"listing": asdict(r.listing), "risk_score": r.risk_score, "max_severity": r.max_severity,
               "errors": list(r.errors), "errors_explained": [localize_entry(e) for e in r.errors],
               "product_class": r.product_class,
               "fixed": asdict(r.fixed) if r.fixed is not None else None,
               "findings": [_finding_json(f) | self.extra.get(f.fingerprint, {}) for f in r.findings]}
        self.f.write(("" if self.first else ",\n") + json.dumps(rec, ensure_ascii=False))
        self.first = False

    def finish(self, run: RunInfo, summary: dict) -> None:
        self.f.write('\n],\n"run": ' + json.dumps(asdict(run), ensure_ascii=False, default=str))
        self.f.write(',\n"summary": ' + json.dumps(summary, ensure_ascii=False, default=str) + "\n}\n")
        self.f.close()


def highlight(text: str, findings: Iterable[Finding]) -> list[tuple[str, Finding | None]]:
    """Split `text` into (segment, finding-or-None) pieces for highlighting in HTML."""
    spans = sorted((f for f in findings if 0 <= f.start < f.end <= len(text)), key=lambda f: (f.start, -f.end))
    out: list[tuple[str, Finding | None]] = []
    pos = 0
    for f in spans:
        if f.start < pos:
            continue  # overlapping span already shown
        if f.start > pos:
            out.append((text[pos:f.start], None))
        out.append((text[f.start:f.end], f))
        pos = f.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out
