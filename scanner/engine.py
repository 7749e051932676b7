"""The detection engine: small detectors run in a fixed order over one field's text.

    detect -> context -> dedupe -> allow-list -> threshold

Every stage is a named step; every result explains itself (`Candidate.explanation`). Detectors
know nothing about reports; the engine knows nothing about lexicon contents.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

from .models import AD_CATEGORIES, SEVERITY_RANK, Box, Finding, Listing
from .normalize import Normalized, normalize

AD = frozenset(AD_CATEGORIES)
BRAND = frozenset({"brand_piggyback", "brand_unauthorized", "brand_compat"})


@dataclass(frozen=True)
class ScanContext:
    """Per-shop settings every detector may consult."""

    own_brands: tuple[str, ...] = ()
    shop_domains: tuple[str, ...] = ()  # the shop's own hosts (links there are not off-site)
    min_confidence: float = 0.5
    allow_terms: tuple[str, ...] = ()  # canonical terms the user accepts (config `allow`)


@dataclass
class FieldText:
    """One piece of text to check: a listing field, or one OCR line of an image."""

    listing: Listing
    field: str
    text: str
    norm: Normalized
    context: ScanContext
    image: str = ""
    box: Box | None = None
    ocr_confidence: float = 1.0
    # filled by detectors that need to share facts (e.g. brand mentions seen in the title)
    notes: dict = field(default_factory=dict)

    @classmethod
    def of(cls, listing: Listing, field_name: str, text: str, context: ScanContext, **kw) -> "FieldText":
        return cls(listing, field_name, text, normalize(text), context, **kw)


@dataclass
class Candidate:
    start: int  # original offsets
    end: int
    category: str
    severity: str
    confidence: float
    term: str
    rule_id: str
    law: str
    suggestion: str
    explanation: str
    detector: str
    nstart: int = -1  # normalised offsets, when the detector matched on normalised text
    nend: int = -1
    box: Box | None = None

    @property
    def rank(self) -> tuple:
        return (SEVERITY_RANK[self.severity], self.end - self.start, self.confidence)


class Detector(Protocol):
    name: str

    def detect(self, ft: FieldText) -> Iterable[Candidate]: ...


# A context filter looks at one candidate in its field and returns None (keep as is),
# ("drop", reason), ("low" | "info", reason) to lower it (never raises), or ("set:SEVERITY",
# reason) to set the severity the filter proves (the product category raises a disease claim on
# food to high) — detect-secrets style named predicates, run in order.
ContextFilter = Callable[[Candidate, FieldText], "tuple[str, str] | None"]


class Engine:
    def __init__(self, detectors: list[Detector], filters: list[tuple[str, ContextFilter]] | None = None):
        self.detectors = detectors
        self.filters = filters or []

    def run(self, ft: FieldText) -> list[Finding]:
        cands: list[Candidate] = []
        # 1. detect
        for d in self.detectors:
            cands.extend(d.detect(ft))
        if not cands:
            return []
        # 2. context
        kept: list[Candidate] = []
        for c in cands:
            drop = False
            for name, flt in self.filters:
                verdict = flt(c, ft)
                if verdict is None:
                    continue
                effect, reason = verdict
                if effect == "drop":
                    drop = True
                    break
                if effect.startswith("set:"):  # the severity the verdict proves, up or down
                    sev = effect[4:]
                    if sev != c.severity:
                        verb = "升为" if SEVERITY_RANK[sev] > SEVERITY_RANK[c.severity] else "降为"
                        c.severity = sev
                        c.explanation += f" 已{verb} {sev}（{name}）：{reason}"
                    else:
                        c.explanation += f" （{name}）：{reason}"
                elif effect in ("low", "info"):  # lower only: a tolerated use
                    if SEVERITY_RANK[c.severity] > SEVERITY_RANK[effect]:
                        c.severity = effect
                        c.explanation += f" 已降为 {effect}（{name}）：{reason}"
                    elif c.severity == effect:
                        c.explanation += f" 语境（{name}）：{reason}"
            if not drop:
                kept.append(c)
        # 3. dedupe: overlapping candidates of one family keep the strongest
        kept = dedupe(kept)
        # 4. allow-list
        allow = ft.context.allow_terms
        if allow:
            kept = [c for c in kept if c.term not in allow]
        # 5. threshold
        kept = [c for c in kept if c.confidence >= ft.context.min_confidence]
        return [to_finding(c, ft) for c in kept]


def _family(cat: str) -> str:
    if cat in AD:
        return "ad"
    if cat in BRAND:
        return "brand"
    return cat


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Overlapping candidates of one family keep the strongest; when the weaker one has the same
    category and severity and sticks out (根治 + 治失眠 in 根治失眠) the kept span grows to cover both, so the
    seller sees the whole phrase highlighted."""
    cands = sorted(cands, key=lambda c: c.rank, reverse=True)
    out: list[Candidate] = []
    for c in cands:
        fam = _family(c.category)
        hit = next((o for o in out if _family(o.category) == fam and o.start < c.end and c.start < o.end), None)
        if hit is None:
            out.append(c)
            continue
        if (hit.category == c.category and hit.severity == c.severity and (c.start < hit.start or c.end > hit.end)
                and hit.box is None):
            hit.start, hit.end = min(hit.start, c.start), max(hit.end, c.end)
            if hit.nstart >= 0 and c.nstart >= 0:
                hit.nstart, hit.nend = min(hit.nstart, c.nstart), max(hit.nend, c.nend)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def to_finding(c: Candidate, ft: FieldText) -> Finding:
    conf = round(c.confidence * (ft.ocr_confidence if ft.field == "image" else 1.0), 3)
    box = c.box
    if box is None and ft.box is not None:
        from .ocr import sub_box  # image text: box the offending words, not the whole line

        box = sub_box(ft.box, ft.text, c.start, c.end)
    return Finding(
        listing_id=ft.listing.id,
        field=ft.field,
        category=c.category,
        severity=c.severity,
        confidence=conf,
        matched_text=ft.text[c.start:c.end],
        term=c.term,
        start=c.start,
        end=c.end,
        rule_id=c.rule_id,
        law=c.law,
        suggestion=c.suggestion,
        explanation=c.explanation,
        image=ft.image,
        box=box,
        detector=c.detector,
    )
