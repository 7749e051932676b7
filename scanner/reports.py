"""Reports: findings.csv, listings.csv, report.json, report.html, report.xlsx.

One formatter signature (bandit style): every writer has `add(result)` for each listing as it
streams past and `finish(run, summary)` at the end; memory stays flat for the CSV and JSON
writers. Cells that a spreadsheet would execute (= + - @, tab, CR) are neutralised.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from collections import Counter
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol


from .hygiene import safe_cell  # one formula guard for every writer (audit imports it from here)
from .models import SEVERITY_RANK, Finding, ListingResult, RenderedChunk, RunInfo
from .normalize import html_to_text

FINDING_COLUMNS = [
    "listing_id", "field", "category", "severity", "matched_text", "term",
    "rule_id", "law", "suggestion", "start", "end", "image", "confidence", "url", "title",
    "explanation", "fingerprint", "box", "detector", "fixed_title", "fixed_description",
]
LISTING_COLUMNS = ["listing_id", "url", "title", "risk_score", "max_severity", "n_findings", "errors",
                   "n_high", "n_medium", "n_low", "n_info", "source", "product_class",
                   "fixed_title", "fixed_description"]
FORMATS = ("csv", "json", "html", "xlsx")
def neutralise(df):
    """safe_cell over every text column of a pandas frame (pandas is imported only for XLSX)."""
    import pandas as pd

    for c in df.columns:
        if pd.api.types.is_numeric_dtype(df[c]):
            continue
        df[c] = df[c].astype(str).where(df[c].notna(), "").map(safe_cell)
    return df


def box_text(f: Finding) -> str:
    return f"{f.box.x},{f.box.y},{f.box.w},{f.box.h}" if f.box else ""


def finding_row(f: Finding, r: ListingResult, extra: dict | None = None) -> dict:
    row = {
        "listing_id": f.listing_id, "field": f.field, "category": f.category, "severity": f.severity,
        "matched_text": f.matched_text, "term": f.term, "rule_id": f.rule_id, "law": f.law,
        "suggestion": f.suggestion, "start": f.start, "end": f.end, "image": f.image,
        "confidence": f.confidence, "url": r.listing.url, "title": r.listing.title,
        "explanation": f.explanation, "fingerprint": f.fingerprint, "box": box_text(f), "detector": f.detector,
        **fixed_cells(r),
    }
    if extra:
        row.update(extra.get(f.fingerprint, {}))
    return row


def listing_row(r: ListingResult) -> dict:
    c = Counter(f.severity for f in r.findings)
    return {
        "listing_id": r.listing.id, "url": r.listing.url, "title": r.listing.title,
        "risk_score": r.risk_score, "max_severity": r.max_severity, "n_findings": len(r.findings),
        "errors": " | ".join(r.errors), "n_high": c["high"], "n_medium": c["medium"], "n_low": c["low"],
        "n_info": c["info"], "source": r.listing.source, "product_class": r.product_class, **fixed_cells(r),
    }


def fixed_cells(r: ListingResult) -> dict:
    """fixed_title / fixed_description: the rewritten text (scanner/fixtext.py), empty when unchanged."""
    fx = r.fixed
    if fx is None:
        return {"fixed_title": "", "fixed_description": ""}
    return {"fixed_title": fx.title if any(c.field == "title" for c in fx.changes) else "",
            "fixed_description": fx.description if any(c.field == "description" for c in fx.changes) else ""}


def cells(row: dict, cols: list[str]) -> list:
    """The CSV cells of a row in column order: missing or None as empty, formulas neutralised."""
    return [safe_cell("" if (v := row.get(c)) is None else v) for c in cols]


def finding_cells(f: Finding, r: ListingResult) -> list:
    """One findings.csv row (FINDING_COLUMNS), neutralised — the one Finding→row mapping."""
    return cells(finding_row(f, r), FINDING_COLUMNS)


def listing_cells(r: ListingResult) -> list:
    return cells(listing_row(r), LISTING_COLUMNS)


def prerender(r: ListingResult) -> ListingResult:
    """The result with its CSV cells rendered (done in the worker process that scanned it)."""
    return replace(r, rows=(tuple(finding_cells(f, r) for f in r.findings), listing_cells(r)))


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
            [finding_cells(f, r) for f in r.findings], listing_cells(r))
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


class CsvWriter:
    """findings.csv + listings.csv, UTF-8 with BOM, streamed row by row with the csv module."""

    def __init__(self, out: Path, finding_extra: dict | None = None, extra_columns: list[str] | None = None):
        self.out = out
        self.extra = finding_extra
        self.fcols = FINDING_COLUMNS + (extra_columns or [])
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
            [finding_cells(f, r) for f in r.findings], listing_cells(r))
        if r.findings:
            w, cols = self._writer("findings.csv", self.fcols)
            extra_cols = cols[len(FINDING_COLUMNS):]
            if extra_cols:
                extra = self.extra or {}
                for f, row in zip(r.findings, fcells):
                    more = extra.get(f.fingerprint, {})
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
               "errors": list(r.errors), "product_class": r.product_class,
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


@lru_cache(maxsize=1)
def _jinja():
    """The template environment, built on first use (jinja2 is imported only for HTML)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("scanner", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.tests["httpurl"] = lambda u: isinstance(u, str) and u.lower().startswith(("http://", "https://"))
    return env

CATEGORY_ZH = {
    "absolute_term": "绝对化用语", "authority_claim": "权威背书", "medical_claim": "医疗功效",
    "superstition": "封建迷信", "inducement": "诱导促销", "guarantee_claim": "功效保证",
    "brand_piggyback": "蹭品牌/仿冒", "brand_unauthorized": "未授权品牌", "brand_compat": "兼容说明",
    "offsite_contact": "站外引流", "public_order": "公序良俗/未成年人",
}


def listing_fields(r: ListingResult) -> list[dict]:
    """The text fields of a listing with findings, highlighted, for the listing.html partial
    (report.html and the web page)."""
    by_field: dict[str, list[Finding]] = {}
    for f in r.findings:
        if f.field != "image":
            by_field.setdefault(f.field, []).append(f)
    texts = {"title": r.listing.title, "description": html_to_text(r.listing.description)}
    texts.update({f"attribute:{k}": v for k, v in r.listing.attributes})
    return [{"name": name, "pieces": highlight(texts.get(name, ""), fs),
             "findings": sorted(fs, key=lambda f: -SEVERITY_RANK[f.severity])} for name, fs in by_field.items()]


class HtmlWriter:
    """report.html: summary on top, then every listing (flagged ones with their findings
    highlighted in context, the law and the suggestion; images with the offending text boxed).
    The body is streamed to a temporary file and joined under the summary at the end."""

    def __init__(self, out: Path, cache_dir: Path | None = None, finding_extra: dict | None = None,
                 evidence: bool = True, top: str = "", images_root: Path | None = None):
        self.out = out
        self.cache_dir = cache_dir
        self.images_root = images_root
        self.extra = finding_extra if finding_extra is not None else {}
        self.evidence = evidence
        self.top = top  # extra HTML (already escaped/rendered) shown above the summary, e.g. audit status
        self.body = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.clean: list[tuple[str, str, str]] = []
        self.tpl_listing = _jinja().get_template("listing.html")
        self.n_evidence = 0

    def _evidence(self, r: ListingResult) -> dict[str, str]:
        """image ref -> evidence thumbnail path (relative to report.html)."""
        imgs: dict[str, list] = {}
        for f in r.findings:
            if f.field == "image" and f.image and f.box is not None:
                imgs.setdefault(f.image, []).append(f.box)
        if not imgs or not self.evidence:
            return {}
        try:
            from .ocr import resolve, write_evidence
        except ImportError:
            return {}
        out = {}
        d = self.out / "evidence"
        d.mkdir(exist_ok=True)
        for ref, boxes in imgs.items():
            self.n_evidence += 1
            name = f"{self.n_evidence:05d}.jpg"
            try:
                write_evidence(resolve(ref, r.listing, self.cache_dir or Path(".cache"), self.images_root),
                               boxes, d / name)
                out[ref] = f"evidence/{name}"
            except Exception:
                continue
        return out

    def add(self, r: ListingResult) -> None:
        real_errors = [e for e in r.errors if not e.startswith("note:")]
        if not r.findings and not real_errors:
            self.clean.append((r.listing.id, r.listing.title, r.listing.url))
            return
        by_field: dict[str, list[Finding]] = {}
        for f in r.findings:
            by_field.setdefault(f.field, []).append(f)
        fields = listing_fields(r)
        images = []
        if "image" in by_field:
            ev = self._evidence(r)
            grouped: dict[str, list[Finding]] = {}
            for f in by_field["image"]:
                grouped.setdefault(f.image, []).append(f)
            for ref, fs in grouped.items():
                images.append({"ref": ref, "evidence": ev.get(ref, ""), "findings": fs})
        self.body.write(self.tpl_listing.render(r=r, fields=fields, images=images, errors=r.errors,
                                                extra=self.extra, cat=CATEGORY_ZH))

    def finish(self, run: RunInfo, summary: dict) -> None:
        self.body.seek(0)
        head = _jinja().get_template("report.html").render(run=run, s=summary, clean=self.clean, top=self.top,
                                                       cat=CATEGORY_ZH)
        marker = "<!--LISTINGS-->"
        before, after = head.split(marker, 1)
        with open(self.out / "report.html", "w", encoding="utf-8") as f:
            f.write(before)
            shutil.copyfileobj(self.body, f)
            f.write(after)
        self.body.close()


class XlsxWriter:
    """report.xlsx: Findings and Listings sheets (formulas neutralised), via pandas + openpyxl."""

    def __init__(self, out: Path, finding_extra: dict | None = None, extra_columns: list[str] | None = None):
        self.out = out
        self.extra = finding_extra
        self.fcols = FINDING_COLUMNS + (extra_columns or [])
        self.frows: list[dict] = []
        self.lrows: list[dict] = []

    def add(self, r: ListingResult) -> None:
        self.frows.extend(finding_row(f, r, self.extra) for f in r.findings)
        self.lrows.append(listing_row(r))

    def add_rows(self, rows: list[dict]) -> None:
        """Finding rows that are not in this scan (the audit's fixed / not re-checked ones)."""
        self.frows.extend(rows)

    def finish(self, run: RunInfo, summary: dict) -> None:
        import pandas as pd

        with pd.ExcelWriter(self.out / "report.xlsx", engine="openpyxl") as xw:
            for name, rows, cols in (("Findings", self.frows, self.fcols), ("Listings", self.lrows, LISTING_COLUMNS)):
                df = neutralise(pd.DataFrame(rows, columns=cols))
                df.to_excel(xw, sheet_name=name, index=False)
                ws = xw.sheets[name]
                ws.freeze_panes = "A2"
                ws.auto_filter.ref = ws.dimensions


def make_writers(out: Path, formats: Iterable[str], cache_dir: Path | None = None,
                 finding_extra: dict | None = None, extra_columns: list[str] | None = None,
                 html_top: str = "", images_root: Path | None = None) -> list[Writer]:
    out.mkdir(parents=True, exist_ok=True)
    writers: list[Writer] = []
    fm = set(formats)
    if "csv" in fm:
        writers.append(CsvWriter(out, finding_extra, extra_columns))
    if "json" in fm:
        writers.append(JsonWriter(out, finding_extra))
    if "html" in fm:
        writers.append(HtmlWriter(out, cache_dir, finding_extra, top=html_top, images_root=images_root))
    if "xlsx" in fm:
        writers.append(XlsxWriter(out, finding_extra, extra_columns))
    return writers
