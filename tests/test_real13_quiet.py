"""Round 13 (English Best Buy / Walmart / eBay listings): the general fixes stay narrow — a trademark
sign glued to a specification word (Intel® Core™), standards' and given names that are no brand
look-alikes (VESA, 4-way, Ryan), a streaming service named as its domain (MLB.TV) — while the
look-alikes the rules exist for are still reported."""
import pytest

from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions

SEVERE = ("high", "medium")


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(ocr=False))


def _severe(scanner, title, description=""):
    r = scanner.scan(Listing(id="t", title=title, description=description))
    return [(f.rule_id, f.matched_text) for f in r.findings if f.severity in SEVERE]


QUIET = [
    ("Laptop", "4th Gen Intel® Core™ i5 processor; Intel® Iris™ Pro graphics"),
    ("Phone", "Qualcomm Snapdragon 801 2.5GHz quad-core processor"),
    ("Tilting Wall Mount", "VESA compliant; keyhole installation"),
    ("Wireless Mouse", "4-way scroll wheel; 3 buttons"),
    ("2004 USA Baseball Signatures Black Ink #FRA Ryan Franklin 305/360", ""),
    ("Streaming Media Player", "apps like Netflix, YouTube, MLB.TV, Google Play Movies & TV"),
    ("FIFA 14 - PlayStation 4", "Do you have what it takes to face off against soccer's most talented players?"),
    ("Bluetooth Headset", "Google Voice Actions integration; in-line controls"),
]

LOUD = [
    ("Vespaa scooter mirror", "", "Vespaa"),
    ("Kakao Ryan plush doll", "", "Kakao Ryan"),
    ("Detox tea", "30 days guaranteed results", "guaranteed results"),
    ("Door lock", "The most secure digital door lock", "most secure"),
    ("Laptop deal", "The best buy of the year", "best"),
]


@pytest.mark.parametrize("title,description", QUIET)
def test_quiet(scanner, title, description):
    assert not _severe(scanner, title, description)


@pytest.mark.parametrize("title,description,expected", LOUD)
def test_loud(scanner, title, description, expected):
    found = _severe(scanner, title, description)
    assert any(expected.lower() in m.lower() or m.lower() in expected.lower() for _, m in found), found
