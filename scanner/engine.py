"""The detection engine: small detectors run in a fixed order over one field's text.

    detect -> context -> dedupe -> allow-list -> threshold

Every stage is a named step; every result explains itself (`Candidate.explanation`). Detectors
know nothing about reports; the engine knows nothing about lexicon contents.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol

from .models import AD_CATEGORIES, SEVERITY_RANK, Box, Finding, Listing, contract_category
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
# food to high) — detect-secrets style named predicates, run in order. A filter that only ever
# judges some categories says so in a `categories` attribute (a frozenset): the engine then
# does not call it for the others.
ContextFilter = Callable[[Candidate, FieldText], "tuple[str, str] | None"]


def only_for(categories):
    """Decorator: the filter judges candidates of these categories only (None for the rest)."""
    cats = frozenset(categories)

    def mark(flt):
        flt.categories = cats
        return flt

    return mark


class Engine:
    def __init__(self, detectors: list[Detector], filters: list[tuple[str, ContextFilter]] | None = None):
        self.detectors = detectors
        self.filters = filters or []
        # what can match a batch of texts ahead (the shared pass, detectors with `prefetch`)
        self.prefetchers: list = [d for d in detectors if hasattr(d, "prefetch")]

    def prefetch(self, texts: list[str]) -> None:
        """Run the multi-pattern passes over a batch of normalised texts ahead of `run`."""
        for p in self.prefetchers:
            p.prefetch(texts)

    @property
    def filters(self) -> list[tuple[str, ContextFilter]]:
        return self._filters

    @filters.setter
    def filters(self, value: list[tuple[str, ContextFilter]]) -> None:
        self._filters = value
        self._by_category: dict[str, list[tuple[str, ContextFilter]]] = {}

    def _filters_for(self, category: str) -> list[tuple[str, ContextFilter]]:
        got = self._by_category.get(category)
        if got is None:
            got = self._by_category[category] = [
                (n, f) for n, f in self._filters
                if getattr(f, "categories", None) is None or category in f.categories]
        return got

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
            for fname, flt in self._filters_for(c.category):
                got = flt(c, ft)
                if got is None:
                    continue
                # a filter family (the lawful uses) answers for its named members at once
                for name, (effect, reason) in (got if getattr(flt, "named", False) else ((fname, got),)):
                    if self._apply(c, name, effect, reason):
                        drop = True
                        break
                if drop:
                    break
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

    @staticmethod
    def _apply(c: Candidate, name: str, effect: str, reason: str) -> bool:
        """Apply one filter's verdict to the candidate; True when it drops it."""
        if effect == "drop":
            return True
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
        return False


def _family(cat: str) -> str:
    if cat in AD:
        return "ad"
    if cat in BRAND:
        return "brand"
    return cat


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Overlapping candidates of one family keep the strongest; when the weaker one has the same
    category and severity and sticks out (根治 + 治失眠 in 根治失眠) the kept span grows to cover both, so the
    seller sees the whole phrase highlighted.

    A sweep, not a pairwise loop: per family the kept spans are held sorted by start, and a new
    candidate only looks at the kept spans that can reach it (those starting at most the longest
    kept span before it), so a field with thousands of findings stays linear in practice. Ties
    are broken by a stable key (position, rule), never by input or hash order."""
    cands = sorted(cands, key=lambda c: (c.rank, -c.start, c.rule_id, c.term), reverse=True)
    out: list[Candidate] = []
    kept: dict[str, tuple[list[int], list[tuple[int, Candidate]], list[int]]] = {}  # starts, (order, cand), [maxlen]
    for c in cands:
        fam = _family(c.category)
        starts, spans, longest = kept.setdefault(fam, ([], [], [0]))
        hi = bisect_left(starts, c.end)  # kept spans starting before c ends
        hit = None
        lo_start = c.start - longest[0]
        i = hi - 1
        while i >= 0 and starts[i] >= lo_start:
            order, o = spans[i]
            if o.end > c.start and (hit is None or order < hit[0]):
                hit = (order, o)
            i -= 1
        if hit is None:
            j = bisect_left(starts, c.start)
            starts.insert(j, c.start)
            spans.insert(j, (len(out), c))
            longest[0] = max(longest[0], c.end - c.start)
            out.append(c)
            continue
        h = hit[1]
        if (h.category == c.category and h.severity == c.severity and (c.start < h.start or c.end > h.end)
                and h.box is None):
            if c.start < h.start:  # keep the per-family index sorted by start
                k = bisect_left(starts, h.start)
                while spans[k][1] is not h:
                    k += 1
                del starts[k], spans[k]
                j = bisect_left(starts, c.start)
                starts.insert(j, c.start)
                spans.insert(j, hit)
            h.start, h.end = min(h.start, c.start), max(h.end, c.end)
            longest[0] = max(longest[0], h.end - h.start)
            if h.nstart >= 0 and c.nstart >= 0:
                h.nstart, h.nend = min(h.nstart, c.nstart), max(h.nend, c.nend)
    out.sort(key=lambda c: (c.start, c.end, c.rule_id))
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
        category=contract_category(c.category),
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
