"""Held-out contact items (tests/fixtures/heldout/contacts.tsv): off-platform contact wording in
the disguises that platform rules and their explainers name (谐音 薇/溦/威❤信/V❤/vx/扣扣/企鹅,
numerals 壹贰叁/①②③/一三八, spaced or symbol-split cues, # or (at) for @, 点/。 for dots,
小红薯/某宝/B站号, Amazon's and eBay's contact and link rules), each with its source, and
lawful copy that looks alike (微信支付, QQ星, 企鹅 plush, VX-2758, 威信县, 订单号) that must stay
quiet.

`expect=hit`: an offsite_contact finding at high or medium whose span overlaps `expected`;
`expect=clean`: no offsite_contact finding at high or medium. Rows with `status=known_miss`
need more than the text says (see the README's held-out table) and are expected failures,
not strict ones. An optional `url` column gives the listing's own page (its platform's links are
not off-site)."""
import pytest

from heldout_support import WordingSet
from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions

SET = WordingSet("contacts.tsv", lambda f: f.category == "offsite_contact", "known miss",
                 lambda r: Listing(id=r["id"], title=r["text"], url=r.get("url") or ""))


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(ocr=False))


def test_fixture_shape():
    SET.check_shape()


@pytest.mark.parametrize("row", SET.params("hit"))
def test_hit(scanner, row):
    SET.check_hit(scanner, row, "offsite_contact")


@pytest.mark.parametrize("row", SET.params("clean"))
def test_clean(scanner, row):
    SET.check_clean(scanner, row)
