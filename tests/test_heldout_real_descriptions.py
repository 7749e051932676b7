"""Held-out real listings WITH descriptions (tests/fixtures/heldout/real_descriptions.tsv): Amazon
feature bullets / "About this item" text (Vinayak-Sutar/vamazon, a sample of the amazon-product-data
dataset; WSU-CPTS-223/pa3-inventory-management-AhpalmWSU, the PromptCloud Amazon 2020 sample) and
Tmall product detail text kept in an app's bean class (xrogzu/ylwj). `source` names repository,
path, commit and row key. Every listing was read by hand.

VIOLATIONS carry wording a regulator or a platform acts on and must keep a high/medium finding of
the named rule; every other listing is lawful and may have no high/medium finding. The listings'
own brands (Lenovo on a Lenovo laptop, Pokémon on a licensed costume) are in
real_descriptions.own_brands.txt. NEEDS_CODE lists lawful listings whose false positive a data
change cannot remove."""
import pytest

from heldout_support import HELDOUT, assert_plain_text, check_reviewed, described, lawful_params, read_rows, \
    severe_by_listing

TSV = HELDOUT / "real_descriptions.tsv"
OWN = HELDOUT / "real_descriptions.own_brands.txt"

VIOLATIONS = {
    "az10k-4c69b61db1": "AD-ABS-EN-best in the world",  # longboard: BEST IN THE WORLD, second to none
    "az10k-2c55cae269": "AD-ABS-EN-the best",           # 3D pen filament: the best 3D drawing experience
    "va-B0BN283ZW7": "AD-ABS-EN-the best",              # tape roller: the best adhesive dot roller
    "va-B093BVL5SC": "AD-ABS-EN-the best",              # monitor riser: the best choose for your Monitor Riser
    "va-B07HY8X46F": "AD-ABS-EN-the ultimate",          # tablet: The ultimate user experience
    "ylwj-79": "AD-ABS-极品",                           # tea: AKBAR系列极品英式红茶 (platform 极限词)
}

NEEDS_CODE: dict[str, str] = {
}


ROWS = read_rows(TSV)
LISTINGS = {r["id"]: r for r in ROWS}


@pytest.fixture(scope="module")
def severe():
    return severe_by_listing({lid: (r["title"], r["description"]) for lid, r in LISTINGS.items()}, OWN)


def test_fixture_shape():
    assert len(ROWS) >= 30
    assert len(LISTINGS) == len(ROWS), "repeated id"
    assert_plain_text(TSV, max_bytes=1_500_000)
    for r in ROWS:
        assert r["title"].strip() and r["description"].strip() and ":" in r["source"], r["id"]
        assert len(r["description"]) <= 1500, r["id"]
    check_reviewed(LISTINGS, VIOLATIONS, NEEDS_CODE)


@pytest.mark.parametrize("lid", lawful_params(LISTINGS, VIOLATIONS, NEEDS_CODE))
def test_lawful_listing_has_no_severe_finding(severe, lid):
    found = severe[lid]
    assert not found, f"{lid}: {LISTINGS[lid]['title']} -> {described(found)}"


@pytest.mark.parametrize("lid", sorted(VIOLATIONS))
def test_violation_is_still_found(severe, lid):
    rules = {f.rule_id for f in severe[lid]}
    assert VIOLATIONS[lid] in rules, f"{lid}: {LISTINGS[lid]['title']} -> {sorted(rules)}"
