"""What the held-out tests share (tests/test_heldout_*.py): the TSV files of
tests/fixtures/heldout/, their plain-text shape, the hit/clean rows of the wording sets (brands,
contacts, lawful look-alikes) and the hand-reviewed real listings (lawful ones quiet, violations still found)."""
import csv
from pathlib import Path

import pytest

from scanner.engine import ScanContext
from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
SEVERE = ("high", "medium")


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def assert_plain_text(path: Path, max_bytes: int | None = None) -> None:
    """LF line endings, no byte-order mark (and at most `max_bytes`)."""
    raw = path.read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf"), path.name
    assert max_bytes is None or len(raw) <= max_bytes, path.name


def known_miss(row: dict, reason: str):
    """pytest.param of a row, an expected (not strict) failure when its status is known_miss."""
    marks = [pytest.mark.xfail(reason=reason, strict=False)] if row.get("status") == "known_miss" else []
    return pytest.param(row, id=row["id"], marks=marks)


def described(findings) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity, f.matched_text) for f in findings]


# ------------------------------------------------------------------ hit/clean wording sets

class WordingSet:
    """A TSV of `id text expected expect source citation [status]` rows: `expect=hit` needs a
    high/medium finding the `wanted` predicate accepts overlapping `expected`; `expect=clean`
    none. `what` names the findings `wanted` accepts (in a failure's message); `listing(row)` makes
    the listing a row is scanned as (the text as its title)."""

    def __init__(self, name: str, wanted, what: str, reason: str, listing=None):
        self.path = HELDOUT / name
        self.rows = read_rows(self.path)
        self.wanted = wanted
        self.what = what
        self.reason = reason
        self.listing = listing or (lambda r: Listing(id=r["id"], title=r["text"]))

    def params(self, expect: str) -> list:
        return [known_miss(r, self.reason) for r in self.rows if r["expect"] == expect]

    def listing_result(self, scanner, row):
        return scanner.scan(self.listing(row))

    def severe(self, scanner, row) -> list:
        result = self.listing_result(scanner, row)
        return [f for f in result.findings if self.wanted(f) and f.severity in SEVERE]

    def check_shape(self) -> None:
        assert self.rows, "no held-out rows"
        ids = [r["id"] for r in self.rows]
        assert len(ids) == len(set(ids)), "repeated id"
        assert_plain_text(self.path)
        for r in self.rows:
            assert r["expect"] in ("hit", "clean"), r["id"]
            assert r["source"] and r["citation"], r["id"]
            assert r.get("status", "") in ("", "known_miss"), r["id"]
            if r["expect"] == "hit":
                assert r["expected"] and r["expected"] in r["text"], r["id"]

    def check_hit(self, scanner, row) -> None:
        found = self.severe(scanner, row)
        i = row["text"].index(row["expected"])
        j = i + len(row["expected"])
        assert any(f.start < j and f.end > i for f in found), \
            f"{row['id']}: no high/medium {self.what} finding on 「{row['expected']}」 in {row['text']!r}: {described(found)}"

    def check_clean(self, scanner, row) -> None:
        found = self.severe(scanner, row)
        assert not found, f"{row['id']}: {described(found)}"


def wording_tests(wset: WordingSet):
    """A wording set's tests, for its test module to bind at module level
    (`scanner, test_fixture_shape, test_hit, test_clean = wording_tests(SET)`): the rows' shape,
    every `hit` row found, every `clean` row quiet, with one shipped scanner per module."""

    @pytest.fixture(scope="module")
    def scanner():
        return ListingScanner(ScanOptions(ocr=False))

    def test_fixture_shape():
        wset.check_shape()

    @pytest.mark.parametrize("row", wset.params("hit"))
    def test_hit(scanner, row):
        wset.check_hit(scanner, row)

    @pytest.mark.parametrize("row", wset.params("clean"))
    def test_clean(scanner, row):
        wset.check_clean(scanner, row)

    return scanner, test_fixture_shape, test_hit, test_clean


def rule_tests(hits: list, quiet: list, listing):
    """A round's rule tests, for its test module to bind at module level
    (`scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)`): every `hits` case (its
    listing's arguments, then the rule id) keeps a high/medium finding of that rule, every `quiet`
    case (the arguments, or one text) has none; `listing(*args)` makes the listing a case is
    scanned as, with one shipped scanner per module."""

    def severe(scanner, args) -> list:
        result = scanner.scan(listing(*args))
        return [(f.rule_id, f.matched_text) for f in result.findings if f.severity in SEVERE]

    @pytest.fixture(scope="module")
    def scanner():
        return ListingScanner(ScanOptions(ocr=False))

    @pytest.mark.parametrize("case", hits)
    def test_hit(scanner, case):
        *args, rule = case
        found = severe(scanner, args)
        assert rule in {r for r, _ in found}, (args, found)

    @pytest.mark.parametrize("case", quiet)
    def test_quiet(scanner, case):
        args = case if isinstance(case, tuple) else (case,)
        found = severe(scanner, args)
        assert not found, (args, found)

    return scanner, test_hit, test_quiet


def brand_word_tests(quiet: list, loud: list):
    """A brand round's rule tests, for its test module to bind at module level
    (`scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)`): every `quiet` title has no
    high/medium brand finding, every `loud` (title, word) has one overlapping that word."""

    def severe(scanner, text):
        return [f for f in scanner.scan(Listing(id="q", title=text)).findings
                if f.category.startswith("brand") and f.severity in SEVERE]

    @pytest.fixture(scope="module")
    def scanner():
        return ListingScanner(ScanOptions(ocr=False))

    @pytest.mark.parametrize("text", quiet)
    def test_quiet(scanner, text):
        found = severe(scanner, text)
        assert not found, (text, [(f.rule_id, f.matched_text) for f in found])

    @pytest.mark.parametrize("text,word", loud)
    def test_loud(scanner, text, word):
        i = text.index(word)
        found = [f for f in severe(scanner, text) if f.start < i + len(word) and f.end > i]
        assert found, text

    return scanner, test_quiet, test_loud


# ------------------------------------------------------------------ hand-reviewed real listings

def severe_by_listing(listings: dict[str, tuple[str, str]], own_brands: Path) -> dict[str, list]:
    """The high/medium findings of each listing (id -> (title, description)), scanned with the
    listings' own brands: one per line of `own_brands`, for every listing — or, written
    `prefix: brand`, only for the listings whose id starts with prefix (the shops of one source:
    a JD self-operated shop owns 可口可乐, an AliExpress seller of shorts does not)."""
    common, scoped = [], []
    for line in own_brands.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        prefix, sep, brand = line.partition(": ")
        if sep and prefix and " " not in prefix:
            scoped.append((prefix, brand.strip()))
        else:
            common.append(line)
    scanners = {}
    out = {}
    for lid, (title, description) in listings.items():
        own = tuple(common + [b for p, b in scoped if lid.startswith(p)])
        scanner = scanners.get(own)
        if scanner is None:
            scanner = scanners[own] = ListingScanner(ScanOptions(ocr=False, context=ScanContext(own_brands=own)))
        result = scanner.scan(Listing(id=lid, title=title, description=description))
        out[lid] = [x for x in result.findings if x.severity in SEVERE]
    return out


def lawful_params(listings, violations: dict, needs_code: dict) -> list:
    """The listings not in `violations`, those of `needs_code` expected failures with its reason."""
    out = []
    for lid in listings:
        if lid in violations:
            continue
        marks = [pytest.mark.xfail(reason=needs_code[lid], strict=False)] if lid in needs_code else []
        out.append(pytest.param(lid, id=lid, marks=marks))
    return out


def check_reviewed(listings, violations: dict, needs_code: dict) -> None:
    assert set(violations) <= set(listings) and set(needs_code) <= set(listings)
    assert not set(violations) & set(needs_code)
