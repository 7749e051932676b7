"""report.html: one self-contained page a seller acts on.

- opens with 「先改这些」: flagged listings ordered by worst severity, then number of findings,
  then risk score, with jump links; a summary by category and by rule family; severity and
  category filters (inline script, works offline);
- every listing's findings in context (listing.html, a self-contained partial the web page
  reuses through `render_listing`), the fixed text beside the original when the pipeline made
  one, evidence pictures embedded as size-capped `data:` thumbnails (the page works from any
  folder, offline);
- the law explained once per report (lexicons/laws.csv), linked from each finding.

Memory stays flat in the number of listings: each listing's section is rendered as it streams
past into a temporary file; only a bounded heap of the `MAX_DETAIL` most urgent listings (key
and file offset) is kept, and those sections are copied into the page in priority order at the
end. Listings past the cap are counted and named in a note (they are all in findings.csv/xlsx).
"""
from __future__ import annotations

import base64
import heapq
import os
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .i18n import DEFAULT_LANG, explain_error, label, t
from .fixtext import ATTRIBUTE, fixed_attributes
from .laws import articles, cited, explained
from .models import SEVERITY_RANK, Finding, ListingResult, RunInfo
from .normalize import html_to_text
from .reports import highlight, rule_family

MAX_DETAIL = 2000  # listings expanded on the page (by priority); the rest are in findings.csv / xlsx
MAX_FIX_FIRST = 100  # rows of the 「先改这些」 table
MAX_CLEAN = 1000  # clean listings named at the bottom
THUMB_SIDE = 360  # evidence thumbnails: longest side in pixels
THUMB_BYTES = 90_000  # and at most this many bytes each (re-encoded smaller when larger)
MAX_EVIDENCE_BYTES = 40_000_000  # all embedded pictures together


@lru_cache(maxsize=1)
def _jinja():
    """The template environment, built on first use (jinja2 is imported only for HTML)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("scanner", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.tests["httpurl"] = lambda u: isinstance(u, str) and u.lower().startswith(("http://", "https://"))
    return env


def fixed_pieces(text: str, changes) -> list[tuple[str, str, str]]:
    """`text` (the ORIGINAL field) split into (kind, old, new) pieces: kind is "same", "change"
    (old deleted, new inserted) or "review" (left for a human, marked). Overlapping or
    out-of-range changes are skipped."""
    out: list[tuple[str, str, str]] = []
    pos = 0
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        if c.start < pos or not (0 <= c.start <= c.end <= len(text)):
            continue
        if c.start > pos:
            out.append(("same", text[pos:c.start], ""))
        kind = "review" if c.action == "review" else "change"
        out.append((kind, text[c.start:c.end], c.new))
        pos = c.end
    if pos < len(text):
        out.append(("same", text[pos:], ""))
    return out


def thumbnail_uri(path: Path, boxes, side: int = THUMB_SIDE, limit: int = THUMB_BYTES) -> str:
    """A `data:image/jpeg;base64,…` thumbnail of the picture with `boxes` drawn, at most `limit`
    bytes (smaller sides are tried until it fits). Raises when the picture cannot be read."""
    from .ocr import write_evidence

    fd, tmp = tempfile.mkstemp(suffix=".jpg")
    os.close(fd)
    try:
        data = b""
        while side >= 80:
            write_evidence(path, boxes, Path(tmp), max_side=side)
            data = Path(tmp).read_bytes()
            if len(data) <= limit:
                break
            side = int(side * 0.7)
        return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def listing_context(r: ListingResult, lang: str = DEFAULT_LANG, evidence: dict | None = None,
                    extra: dict | None = None) -> dict:
    """Everything listing.html needs for one listing (also used by the web page)."""
    by_field: dict[str, list[Finding]] = {}
    for f in r.findings:
        by_field.setdefault(f.field, []).append(f)
    texts = {"title": r.listing.title, "description": html_to_text(r.listing.description)}
    texts.update({f"attribute:{k}": v for k, v in r.listing.attributes})
    fields = []
    for name, fs in by_field.items():
        if name == "image":
            continue
        fields.append({"name": name, "label": label("field", name, lang),
                       "pieces": highlight(texts.get(name, ""), fs),
                       "findings": sorted(fs, key=lambda f: (-SEVERITY_RANK[f.severity], f.start))})
    images = []
    if "image" in by_field:
        grouped: dict[str, list[Finding]] = {}
        for f in by_field["image"]:
            grouped.setdefault(f.image, []).append(f)
        for ref, fs in grouped.items():
            images.append({"ref": ref, "evidence": (evidence or {}).get(ref, ""),
                           "findings": sorted(fs, key=lambda f: -SEVERITY_RANK[f.severity])})
    fixed = []
    if r.fixed is not None:
        attrs = [(ATTRIBUTE + k, v) for k, v in fixed_attributes(r.listing, r.fixed, marks=True).items()]
        for name, new_text in (("title", r.fixed.title), ("description", r.fixed.description), *attrs):
            ch = [c for c in r.fixed.changes if c.field == name]
            if ch:
                fixed.append({"name": name, "label": label("field", name, lang),
                              "pieces": fixed_pieces(texts.get(name, ""), ch), "text": new_text})
    errors = [explain_error(e, lang) for e in r.errors]
    cats = sorted({f.finer_category for f in r.findings})
    return {"r": r, "fields": fields, "images": images, "fixed": fixed, "errors": errors,
            "extra": extra or {}, "cats": cats,
            "sev": r.max_severity or ("error" if errors else "none")}


def _helpers(lang: str) -> dict:
    return {"t": lambda key, **kw: t(key, lang, **kw), "L": lambda kind, v: label(kind, v, lang),
            "C": lambda f: label("cat", f.finer_category, lang),
            "E": lambda raw: explain_error(raw, lang),
            "law_keys": articles, "lang": lang}


def render_listing(r: ListingResult, lang: str = DEFAULT_LANG, evidence: dict | None = None,
                   extra: dict | None = None, copy: bool = False) -> str:
    """One listing's HTML section (listing.html), e.g. for the web page; `copy`: the fixed text
    carries ids and copy buttons (a page showing one listing)."""
    ctx = listing_context(r, lang, evidence, extra)
    return _jinja().get_template("listing.html").render(**ctx, copy=copy, **_helpers(lang))


def render_laws(r: ListingResult, lang: str = DEFAULT_LANG) -> str:
    """「法规说明」 for the articles one listing's findings cite (templates/laws.html, as in
    report.html), so that the listing partial's #law-… links resolve on a page of its own."""
    laws = explained(cited(f.law for f in r.findings))
    return _jinja().get_template("laws.html").render(laws=laws, **_helpers(lang))


class HtmlWriter:
    def __init__(self, out: Path, cache_dir: Path | None = None, finding_extra: dict | None = None,
                 evidence: bool = True, top: str = "", images_root: Path | None = None, lang: str = DEFAULT_LANG,
                 max_detail: int = MAX_DETAIL):
        self.out = out
        self.cache_dir = cache_dir
        self.images_root = images_root
        self.extra = finding_extra if finding_extra is not None else {}
        self.evidence = evidence
        self.top = top  # extra HTML (already escaped/rendered) shown above the summary, e.g. audit status
        self.lang = lang
        self.max_detail = max_detail
        self.body = tempfile.TemporaryFile("w+b")
        self.heap: list[tuple] = []  # (priority key, seq, offset, length, row for 「先改这些」)
        self.seq = 0
        self.n_detail = 0  # listings with findings or errors
        self.n_partial = 0
        self.clean: list[tuple[str, str, str]] = []
        self.n_clean = 0
        self.by_cat: dict[str, Counter] = {}
        self.by_family: dict[str, Counter] = {}
        self.laws: list[str] = []
        self.evidence_bytes = 0
        self.evidence_skipped = 0
        self.tpl_listing = _jinja().get_template("listing.html")
        self.helpers = _helpers(lang)

    def _evidence(self, r: ListingResult) -> dict[str, str]:
        """image ref -> data: URI of a boxed thumbnail (capped in size, each and in total)."""
        imgs: dict[str, list] = {}
        for f in r.findings:
            if f.field == "image" and f.image and f.box is not None:
                imgs.setdefault(f.image, []).append(f.box)
        if not imgs or not self.evidence:
            return {}
        try:
            from .ocr import resolve
        except ImportError:
            return {}
        out = {}
        for ref, boxes in imgs.items():
            if self.evidence_bytes >= MAX_EVIDENCE_BYTES:
                self.evidence_skipped += 1
                continue
            try:
                uri = thumbnail_uri(resolve(ref, r.listing, self.cache_dir or Path(".cache"), self.images_root), boxes)
            except Exception:
                continue
            self.evidence_bytes += len(uri)
            out[ref] = uri
        return out

    def add(self, r: ListingResult) -> None:
        real_errors = [e for e in r.errors if not e.startswith("note:")]
        if real_errors:
            self.n_partial += 1
        for f in r.findings:
            self.by_cat.setdefault(f.finer_category, Counter())[f.severity] += 1
            self.by_family.setdefault(rule_family(f.rule_id), Counter())[f.severity] += 1
            for k in cited((f.law,)):
                if k not in self.laws:
                    self.laws.append(k)
        if not r.findings and not real_errors:
            self.n_clean += 1
            if len(self.clean) < MAX_CLEAN:
                self.clean.append((r.listing.id, r.listing.title, r.listing.url))
            return
        self.n_detail += 1
        self.seq += 1
        sev = SEVERITY_RANK.get(r.max_severity, -1) if r.findings else -1
        key = (sev, len(r.findings), r.risk_score, -self.seq)
        if len(self.heap) >= self.max_detail and key <= self.heap[0][0]:
            return  # less urgent than every listing already kept: counted in the note, not rendered
        ctx = listing_context(r, self.lang, self._evidence(r), self.extra)
        html = self.tpl_listing.render(**ctx, **self.helpers).encode("utf-8")
        offset = self.body.tell()
        self.body.write(html)
        c = Counter(f.severity for f in r.findings)
        row = {"id": r.listing.id, "title": r.listing.title, "sev": r.max_severity, "n": len(r.findings),
               "risk": r.risk_score, "counts": c, "cats": ctx["cats"], "errors": len(real_errors)}
        item = (key, offset, len(html), row)
        if len(self.heap) < self.max_detail:
            heapq.heappush(self.heap, item)
        else:
            heapq.heappushpop(self.heap, item)

    def finish(self, run: RunInfo, summary: dict) -> None:
        ranked = sorted(self.heap, key=lambda it: it[0], reverse=True)
        fam_rows = sorted(self.by_family.items(),
                          key=lambda kv: (-max((SEVERITY_RANK[s] for s in kv[1]), default=0), -sum(kv[1].values())))
        cat_rows = sorted(self.by_cat.items(),
                          key=lambda kv: (-max((SEVERITY_RANK[s] for s in kv[1]), default=0), -sum(kv[1].values())))
        page = _jinja().get_template("report.html").render(
            run=run, s=summary, top=self.top, fix_first=[it[3] for it in ranked[:MAX_FIX_FIRST]],
            n_fix_first=len(ranked), n_detail=self.n_detail, n_hidden=self.n_detail - len(ranked),
            max_detail=self.max_detail, by_cat=cat_rows, by_family=fam_rows, clean=self.clean,
            n_clean=self.n_clean, laws=explained(self.laws), n_partial=self.n_partial,
            evidence_skipped=self.evidence_skipped, **self.helpers)
        before, after = page.split("<!--LISTINGS-->", 1)
        with open(self.out / "report.html", "wb") as f:
            f.write(before.encode("utf-8"))
            for _, offset, length, _ in ranked:
                self.body.seek(offset)
                f.write(self.body.read(length))
            f.write(after.encode("utf-8"))
        self.body.close()
        self.heap.clear()


def listing_css() -> str:
    """The styles of listing.html, for pages that embed listings (e.g. the web page)."""
    return _jinja().loader.get_source(_jinja(), "listing.css")[0]
