"""Held-out brand items (tests/fixtures/heldout/brands.tsv): listing wording that regulators,
courts and reporters named in brand piggy-backing cases (山寨 look-alike names, 原单/高仿, 同款/平替,
"dupe"/"inspired by", unauthorised use of a famous name), each with its source, and honest titles
(适用于 iPhone, ordinary words that are brand names) that must stay clean.

`expect=hit`: a brand finding (brand_piggyback / brand_unauthorized / brand_compat) at high or
medium whose span overlaps the `expected` wording; `expect=clean`: no brand finding at high or
medium. Rows with `status=known_miss` need a detector change (see the report of the branch that
added them) and are expected failures, not strict ones."""
from heldout_support import WordingSet, wording_tests

SET = WordingSet("brands.tsv", lambda f: f.category.startswith("brand"), "brand", "known miss: needs a detector change")

scanner, test_fixture_shape, test_hit, test_clean = wording_tests(SET)
