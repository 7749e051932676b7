"""Status diffing for one shop's run: new / persisting / fixed / ignored, against the history."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from .. import __version__
from ..history import OPEN_STATUSES, Store
from ..models import Listing, ListingResult, RunInfo
from .settings import IgnoreEntry

EXTRA_COLUMNS = ["status", "first_seen", "last_seen", "note"]  # + `shop`, a finding column since issue 14


def content_hash(listing: Listing) -> str:
    """What detection looks at (not the URL, which may carry tracking parameters)."""
    raw = "\x1f".join((listing.title, listing.description, "\x1e".join(listing.images),
                       "\x1e".join(f"{k}\x1d{v}" for k, v in listing.attributes), listing.brand, listing.category))
    return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class ShopOutcome:
    shop: str
    started: str
    run_folder: str = ""  # relative to <out>
    crawl_status: str = "failed"  # complete | partial | failed
    error: str = ""
    counts: dict = field(default_factory=lambda: dict.fromkeys(
        ("new", "persisting", "fixed", "ignored", "high", "medium"), 0))
    listings: int = 0
    listings_unread: int = 0
    fail_hit: bool = False  # new findings at or above fail_on
    new_findings: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def summary_row(self) -> dict:
        return {"shop": self.shop, **{k: self.counts[k] for k in ("new", "persisting", "fixed", "ignored", "high", "medium")},
                "crawl_status": self.crawl_status, "run_folder": self.run_folder, "listings": self.listings,
                "listings_unread": self.listings_unread, "error": self.error, "started": self.started}


class ShopAudit:
    """Status bookkeeping for one shop's run: `on_result` sees every listing as it is scanned
    (before the writers, so `extra` reaches every report); `finish` settles what was not seen."""

    def __init__(self, shop: str, history: Store, when_iso: str, ignores: dict[str, IgnoreEntry]):
        self.shop = shop
        self.iso = when_iso
        self.known = history.shop_findings(shop)
        self.prev_hashes = history.listing_hashes(shop)
        self.prev_run = history.last_run(shop)
        self.ignores = ignores
        # filled by on_result as listings stream past; the writers keep a reference to it. The
        # sentinel keeps it truthy: JsonWriter/HtmlWriter take `finding_extra or {}`, which would
        # swap an empty dict for a fresh one and lose every status. "" is never a fingerprint.
        self.extra: dict[str, dict] = {"": {}}
        self.seen: dict[str, dict] = {}
        self.listings: dict[str, list] = {}  # id -> [ok, n_findings, errors, content hash]
        self.fixed: list[dict] = []
        self.held: list[dict] = []
        self.complete = True
        self.partial_why = ""

    def _ignored_note(self, fp: str) -> str:
        ig = self.ignores[fp]
        return f"ignored{' (ignore file)' if ig.origin == 'file' else ''}: {ig.reason}"

    def on_result(self, r: ListingResult) -> None:
        lid = r.listing.id
        errors = [e for e in r.errors if not e.startswith("note:")]
        h = content_hash(r.listing)
        cur = self.listings.get(lid)
        if cur is None:
            self.listings[lid] = [not errors, len(r.findings), errors, h]
        else:  # the same id twice (several sources, duplicated export line)
            cur[0] = cur[0] and not errors
            cur[1] += len(r.findings)
            cur[2] = cur[2] + errors
        for f in r.findings:
            fp = f.fingerprint
            if fp in self.extra:
                continue  # the same finding twice in one field (same text, other offset)
            k = self.known.get(fp)
            note = ""
            if fp in self.ignores:
                status, first = "ignored", (k["first_seen"] if k is not None else self.iso)
                note = self._ignored_note(fp)
            elif k is not None and k["status"] in OPEN_STATUSES:
                status, first = "persisting", k["first_seen"]
            elif k is not None:
                status, first = "new", k["first_seen"]
                note = f"reappeared (fixed on {(k['fixed_at'] or '')[:10]})"
            else:
                status, first = "new", self.iso
                if self.prev_run is not None and f.field != "image" and self.prev_hashes.get(lid) == h:
                    note = "listing unchanged since the last run: reported because the rules or settings changed"
            self.extra[fp] = {"status": status, "first_seen": first, "last_seen": self.iso, "note": note,
                              "shop": self.shop}
            self.seen[fp] = {
                "fingerprint": fp, "listing_id": f.listing_id, "field": f.field, "category": f.category,
                "severity": f.severity, "matched_text": f.matched_text, "term": f.term, "rule_id": f.rule_id,
                "law": f.law, "suggestion": f.suggestion, "image": f.image, "url": r.listing.url,
                "title": r.listing.title, "explanation": f.explanation, "detector": f.detector,
                "confidence": f.confidence, "start_off": f.start, "end_off": f.end, "listing_hash": h,
                "status": status, "note": note, "first_seen": first,
            }

    def finish(self, run: RunInfo) -> None:
        """Decide fixed vs held-open for every open finding that this run did not see."""
        self.complete = run.complete
        if not run.complete:
            errs = list(run.source_errors)
            self.partial_why = (f"source read only in part: {len(errs)} problem(s)" + (f", e.g. {errs[0]}" if errs else ""))
        n_ok = sum(1 for v in self.listings.values() if v[0])
        open_before = [k for k in self.known.values() if k["status"] in OPEN_STATUSES]
        if self.complete and n_ok == 0 and open_before:
            # an empty shop after a non-empty one is far more likely a broken source than a seller
            # who deleted everything: never turn that into "fixed"
            self.complete = False
            self.partial_why = "the source returned no readable listings"
        # a run that is partial only because some listings could not be read in full (a broken
        # picture), with every source read to its end, still confirms what it read completely:
        # those listings' findings may be fixed; the others are held open below
        whole = self.complete or (not run.source_errors and n_ok > 0
                                  and any(not v[0] for v in self.listings.values()))
        for k in open_before:
            fp = k["fingerprint"]
            if fp in self.seen:
                continue
            lid = k["listing_id"]
            seen = self.listings.get(lid)
            why = ""
            if seen is not None and not seen[0]:
                why = f"not re-checked: listing could not be read ({seen[2][0] if seen[2] else 'read error'})"
            elif not whole and seen is None:
                why = f"not re-checked: listing not read this run ({self.partial_why})"
            elif not whole:
                why = (f"not confirmed fixed: no longer found, but the {self.partial_why}; "
                       f"it is marked fixed by the next complete run")
            elif seen is None:
                self.fixed.append({"fingerprint": fp, "reason": "listing removed"})
                continue
            elif k["field"] == "image" and not run.ocr:
                why = "not re-checked: images were not inspected this run (OCR off)"
            else:
                reason = "no longer found"
                # the listing as it was when the finding was last seen (images: only their URLs are
                # hashed, so an image replaced under the same URL is not "unchanged")
                if k["field"] != "image" and k["listing_hash"] == seen[3]:
                    reason += " (listing unchanged: the rules or settings changed)"
                self.fixed.append({"fingerprint": fp, "reason": reason})
                continue
            status = "ignored" if fp in self.ignores else "persisting"
            note = why if status == "persisting" else f"{self._ignored_note(fp)}; {why}"
            self.held.append({"fingerprint": fp, "status": status, "note": note})

    def record(self, history: Store, run_id: int, run: RunInfo, seconds: float, error: str = "") -> None:
        """Write this run (its counts, statuses and listings) to the history, in one transaction."""
        c = self.counts()
        history.commit_run(run_id, self.shop, self.iso, {
            "finished": datetime.now().astimezone().isoformat(timespec="seconds"),
            "lexicon_hash": run.lexicon_hash, "brand_db_hash": run.brand_db_hash,
            "config_hash": run.config_hash, "ocr": int(run.ocr), "complete": int(self.complete),
            "crawl_status": "complete" if self.complete else "partial", "error": error, "seconds": seconds,
            "listings": len(self.listings), "listings_unread": sum(1 for v in self.listings.values() if not v[0]),
            "n_new": c["new"], "n_persisting": c["persisting"], "n_fixed": c["fixed"],
            "n_ignored": c["ignored"], "n_high": c["high"], "n_medium": c["medium"], "version": __version__,
        }, list(self.seen.values()), self.fixed, self.held,
            [(lid, v[0], v[1], " | ".join(v[2]), v[3]) for lid, v in self.listings.items()])

    # -- views
    def counts(self) -> dict:
        c = dict.fromkeys(("new", "persisting", "fixed", "ignored", "high", "medium"), 0)
        for s in self.seen.values():
            c[s["status"]] += 1
            if s["status"] != "ignored" and s["severity"] in ("high", "medium"):
                c[s["severity"]] += 1
        for h in self.held:
            c[h["status"]] += 1
            sev = self.known[h["fingerprint"]]["severity"]
            if h["status"] != "ignored" and sev in ("high", "medium"):
                c[sev] += 1
        c["fixed"] = len(self.fixed)
        return c

    def unseen_rows(self) -> list[dict]:
        """findings.csv rows for fixed and held-open findings (they were not in this scan)."""
        rows = []
        for status_of, items in (("fixed", self.fixed), (None, self.held)):
            for it in items:
                k = self.known[it["fingerprint"]]
                row = {"listing_id": k["listing_id"], "field": k["field"], "category": k["category"],
                       "severity": k["severity"], "matched_text": k["matched_text"], "term": k["term"],
                       "rule_id": k["rule_id"], "law": k["law"], "suggestion": k["suggestion"],
                       "start": k["start_off"], "end": k["end_off"], "image": k["image"],
                       "confidence": k["confidence"], "url": k["url"], "title": k["title"],
                       "explanation": k["explanation"], "fingerprint": k["fingerprint"], "box": "",
                       "detector": k["detector"], "status": status_of or it["status"],
                       "first_seen": k["first_seen"], "last_seen": k["last_seen"],
                       "note": it.get("reason") or it.get("note", ""), "shop": self.shop}
                rows.append(row)
        rows.sort(key=lambda r: (r["status"] != "fixed", r["listing_id"], r["field"], r["matched_text"]))
        return rows
