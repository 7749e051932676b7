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
from heldout_support import WordingSet, wording_tests
from scanner.models import Listing

SET = WordingSet("contacts.tsv", lambda f: f.category == "offsite_contact", "offsite_contact", "known miss",
                 lambda r: Listing(id=r["id"], title=r["text"], url=r.get("url") or ""))

scanner, test_fixture_shape, test_hit, test_clean = wording_tests(SET)
