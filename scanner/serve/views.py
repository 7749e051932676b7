"""What the API and the pages share: the input limits, the report frame policy, and one checked
text as the API answer (findings.csv rows) and as the page shows it (the report's listing partial)."""
from __future__ import annotations

from dataclasses import asdict

from ..models import ListingResult
from ..report_html import render_laws, render_listing
from ..reports import finding_row

MAX_TITLE = 2_000
MAX_DESCRIPTION = 100_000
REPORT_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'"


def check_json(r: ListingResult) -> dict:
    """The /api/check answer: the findings as findings.csv rows (the one Finding→row mapping), the
    listing's score, and the fixed text when there is one."""
    out = {"findings": [finding_row(f, r) for f in sorted(r.findings, key=lambda f: (f.field, f.start))],
           "max_severity": r.max_severity, "risk_score": r.risk_score, "product_class": r.product_class,
           "errors": list(r.errors)}
    if r.fixed is not None:
        out["fixed"] = asdict(r.fixed)
    return out


def check_view(r: ListingResult, lang: str = "zh") -> dict:
    """One checked text rendered by the report's own listing partial (report_html.render_listing),
    its fixed text once, with copy buttons, and 「法规说明」 for the articles it cites (the report's
    own laws partial), so that the partial's #law-… links resolve on the page."""
    return {"r": r, "html": render_listing(r, lang, copy=True), "laws": render_laws(r, lang)}
