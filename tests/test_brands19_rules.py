"""Rules added by held-out round brands 19: a brand name that is also an ordinary word (Crocs,
Coach, Pandora) followed by a style cue counts when the brand's own kind of goods comes right
after the cue (Crocs Style Clogs sells the brand's look); with other goods, or none, the words
stay ordinary (Coach Style Seating is a bus seat, Pandora Style Box a storage box)."""
import pytest

from heldout_support import brand_word_tests

QUIET = [
    "Coach Style Seating Bus Seat Covers Set",       # coach: a bus
    "Country Style Ribs Seasoning 250g",
    "Pandora Style Box Storage Organizer",            # the myth's box, not jewellery
    "Polo Style Shirt Men Short Sleeve Cotton",       # a polo shirt is a kind of shirt
    "Apple Style Cake Recipe Book",
    "时尚菱格链条小香风 小香风菱格链条包",              # 风 after a Chinese nickname: the style word it is
]
LOUD = [
    ("Crocs Style Clogs for Women Garden Shoes", "Crocs Style"),
    ("Coach Style Handbag Women Leather Tote", "Coach Style"),
    ("Pandora Style Charm Beads Sterling Silver", "Pandora Style"),
]


scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)


# a famous name's first two characters kept, then a series or company word, then the brand's own
# goods: the name cut short (王老世家 凉茶 for 王老吉); without the goods the two characters may be
# anything (美国经典原味 is no brand's series)
PREFIX_QUIET = [
    "本店地址在周住小区",                               # 周住 (雕 split in two) without the brand's goods
    "薯片 美国经典原味75克",
    "三只集团坚果",
    "康师食品 红烧牛肉面",
]
PREFIX_LOUD = [
    ("周住洗衣粉 2kg 家庭装", "周住"),                   # 雕牌 split, its generic 牌 dropped, the goods after
    ("王老世家 凉茶 310ml*24罐", "王老世家"),
    ("舒肤博士 香皂 125g", "舒肤博士"),
]
_, test_prefix_quiet, test_prefix_loud = brand_word_tests(PREFIX_QUIET, PREFIX_LOUD)


def test_prefix_rule_survives_rebuilt_side_tables():
    """The side tables are cached per brand folder (a handful at a time) apart from the look-alike
    index: when scans of other folders pushed them out, a scanner built afterwards still finds the
    look-alike index's words (they are registered again with the rebuilt tables)."""
    from scanner import compiled
    from scanner.detectors import brand_tables
    from scanner.models import Listing
    from scanner.pipeline import ListingScanner, ScanOptions

    ListingScanner(ScanOptions(ocr=False))
    # what loading other brand folders does: the tables pushed out of both caches, the database kept
    brand_tables._tables.cache_clear()
    for key in [k for k in compiled._loaded if k[0] == "brand_tables"]:
        del compiled._loaded[key]
    rebuilt = ListingScanner(ScanOptions(ocr=False))
    found = [f for f in rebuilt.scan(Listing(id="q", title="王老世家 凉茶 310ml*24罐")).findings
             if f.category.startswith("brand") and f.matched_text == "王老世家"]
    assert found
