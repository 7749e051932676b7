"""Plain records passed between the stages: listings -> findings -> report.

Every stage (sources, detection, OCR, reports, audits) speaks only these frozen dataclasses,
so each stage can run, be tested and be scaled out on its own.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

CATEGORIES = (
    "absolute_term",
    "authority_claim",
    "medical_claim",
    "superstition",
    "inducement",
    "guarantee_claim",
    "brand_piggyback",
    "brand_unauthorized",
    "brand_compat",
    "offsite_contact",
    "public_order",
    "false_claim",
)
# the advertising-law family (《广告法》); public_order (第九条第七项、第四十条) and false_claim were
# added after the brand and contact categories, so they sit at the end of CATEGORIES to keep the
# contract order
AD_CATEGORIES = ("absolute_term", "authority_claim", "medical_claim", "superstition", "inducement",
                 "guarantee_claim", "public_order", "false_claim")
# The contract's `category` column takes the contract's values only. A finer category this
# repository adds is reported as the contract category it belongs to; its rule ids (AD-PUB-…),
# its explanation and its label (公序良俗/未成年人) keep the finer one.
#   public_order → inducement: vulgar hooks (第九条第七项) and urging children or their parents
#   to buy (第四十条) are ways of drawing buyers that the law forbids, like 诱导促销
#   false_claim → authority_claim: a statement of fact about the goods that is not true (无防腐剂
#   beside the 山梨酸钾 of the listing's own ingredient list), which buyers trust as they trust a
#   test report or a certificate (《广告法》第二十八条)
REPORTED_AS = {"public_order": "inducement", "false_claim": "authority_claim"}
_FINER_BY_RULE = {"AD-PUB-": "public_order", "AD-FALSE-": "false_claim"}


def contract_category(category: str) -> str:
    """The value of the `category` column for a rule of `category`."""
    return REPORTED_AS.get(category, category)


def finer_category(category: str, rule_id: str) -> str:
    """The category a finding's label, rewrites and explanation use: the finer one its rule id
    names (AD-PUB-… → public_order), else the reported category."""
    for prefix, finer in _FINER_BY_RULE.items():
        if rule_id.startswith(prefix):
            return finer
    return category


SEVERITIES = ("high", "medium", "low", "info")
SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3}
# weight of one finding in a listing's risk score (summed, no cap)
SEVERITY_WEIGHT = {"info": 0, "low": 5, "medium": 25, "high": 50}


@dataclass(frozen=True)
class Listing:
    """One product listing, whatever it came from (export file, API, product page)."""

    id: str
    title: str
    description: str = ""
    images: tuple[str, ...] = ()
    url: str = ""
    brand: str = ""
    category: str = ""
    price: str = ""
    attributes: tuple[tuple[str, str], ...] = ()  # (name, value) -> field "attribute:NAME"
    source: str = ""  # the file or shop it came from
    errors: tuple[str, ...] = ()  # what could not be read while building this record


@dataclass(frozen=True)
class Box:
    """A rectangle on an image, in pixels of the original image."""

    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class Finding:
    listing_id: str
    field: str  # title | description | image | attribute:NAME
    category: str
    severity: str
    confidence: float  # 0..1, separate axis from severity
    matched_text: str  # exactly as it stands in the source (for images: as read by OCR)
    term: str  # canonical lexicon term or brand name
    start: int  # offsets in the field text (image: in the OCR line text)
    end: int
    rule_id: str
    law: str
    suggestion: str
    explanation: str
    image: str = ""
    box: Box | None = None
    detector: str = ""

    @property
    def finer_category(self) -> str:
        """The category its label, rewrites and report groups use (public_order for AD-PUB-…)."""
        return finer_category(self.category, self.rule_id)

    @cached_property
    def fingerprint(self) -> str:
        """Stable across runs: listing, field kind, rule and normalised matched text, not offsets."""
        return fingerprint(self.listing_id, self.field, self.rule_id, self.matched_text, self.image)


def fingerprint(listing_id: str, field_name: str, rule_id: str, matched_text: str, image: str = "") -> str:
    from .normalize import normalize_key

    kind = field_name if field_name != "image" else "image"
    # images are identified by their file name, not by the URL's host or query string
    img = image.rsplit("/", 1)[-1].split("?", 1)[0] if image else ""
    raw = "\x1f".join((listing_id, kind, img, rule_id, normalize_key(matched_text)))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Change:
    """One edit of the fixed text: `old` at [start, end) of the ORIGINAL field became `new`."""

    field: str  # title | description
    start: int
    end: int
    old: str
    new: str  # "" when removed
    rule_id: str
    action: str  # replaced | removed | review (no safe rewrite: left for a human, marked)


@dataclass(frozen=True)
class FixedText:
    """The listing's title and description with every finding's safe rewrite applied."""

    title: str
    description: str
    changes: tuple[Change, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class ListingResult:
    listing: Listing
    findings: tuple[Finding, ...]
    errors: tuple[str, ...] = ()
    product_class: str = ""  # what the listing sells (scanner/category.py): drug, food, cosmetic…
    fixed: FixedText | None = None  # the rewritten text (scanner/fixtext.py); None when nothing to fix
    # the CSV cells of this result (finding rows, listing row), rendered by the worker that scanned
    # it so the main process only appends (reports.prerender); None when not rendered
    rows: Any = field(default=None, compare=False, repr=False)

    @property
    def max_severity(self) -> str:
        if not self.findings:
            return ""
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)

    @property
    def risk_score(self) -> int:
        # no cap: a listing with more or worse findings always scores higher (README, report.html)
        return round(sum(SEVERITY_WEIGHT[f.severity] * (0.5 + f.confidence / 2) for f in self.findings))


@dataclass(frozen=True)
class RenderedChunk:
    """A run of consecutive listings already turned into report text by the worker that scanned
    them: the findings.csv and listings.csv lines (formula guard applied), the summary counts and
    the worst severity. The main process only appends the text (reports.CsvWriter.add_chunk)."""

    listings: int
    findings_csv: str
    listings_csv: str
    summary: Any  # reports.Summary of these listings
    worst: int  # highest SEVERITY_RANK among the findings, 0 when none
    # listings the worker read from raw records (FileSource.raw): (source index, error entry or "")
    # per record, for the main process to account to its source
    reads: tuple = ()


@dataclass(frozen=True)
class RunInfo:
    """What a run was: recorded in report.json and the audit history."""

    started: str
    finished: str
    seconds: float
    sources: tuple[str, ...]
    lexicon_hash: str
    brand_db_hash: str
    config_hash: str
    own_brands: tuple[str, ...] = ()
    ocr: bool = True
    complete: bool = True  # False when a source could only be read in part
    source_errors: tuple[str, ...] = ()
    crawl: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    version: str = ""
