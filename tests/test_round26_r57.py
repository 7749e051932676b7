"""Real listings round 57 (r57): Gold Bond product pages on Amazon.com (title, “About this item” bullets and the
product description, a 2021 scrape) — see tests/test_heldout_real_descriptions.py.
False-alarm class fixed with data:

- “be your best”, “keep your skin at its best”, “look its best”: an idiom for a good state after be/look/feel/at
  + a possessive, with a clause end or a function word after it (lawful_uses.csv, 英文习语) — “the best lotion”,
  “your best choice for dry skin” stay found."""
from heldout_support import rule_tests
from scanner.models import Listing

QUIET = [
    ("Body lotion", "so you can be your best while caring for dry skin"),
    ("Hand cream", "helps hands look their best all year round"),
    ("Face lotion", "keeps skin at its best."),
    ("Foot cream", "to help feet feel their best every day"),
]

FOUND = [
    ("Body lotion", "The best lotion for dry skin", "AD-ABS-EN-the best"),
    ("Hand cream", "This is your best choice for dry hands", "AD-ABS-EN-best"),
    ("Body powder", "Specially formulated to provide the ultimate in freshness", "AD-ABS-EN-the ultimate"),
]


def _listing(title, description):
    return Listing(id="r", title=title, description=description)


scanner, test_found, test_quiet = rule_tests(FOUND, QUIET, _listing)
