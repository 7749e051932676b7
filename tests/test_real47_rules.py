"""Rules added for held-out real listings round 47 (eBay perfume resale, Walmart baby goods): each with
wording that must keep its high/medium finding and look-alikes that must stay quiet.

- lawful_uses.csv 香水名称: miracle right before perfume / parfum / EDP / EDT / cologne / body mist is a
  fragrance's name (Lancôme Miracle), not a miracle claim; context.csv: Miracle by Lancôme, Lancôme Miracle
- brands.csv: Flora Gorgeous (Gucci's perfume line, named without the house by placeholder-brand sellers)
- counterfeit.csv: Replica is the name of Maison Margiela's fragrance line (Replica Jazz Club, Replica Sailing
  Day, Margiela Replica …), no counterfeit marker there
- lookalike_words.csv: Miami (J.Lo Miami Glow, Escada Miami Blossom) is no misspelling of Marni
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [  # (title, description, rule)
    ("Flora Gorgeous Jasmine 3.3 oz / 100 ml EDP Perfume Spray for Women New In Box", "", "BRAND-UNAUTH"),
    ("Miracle cream for wrinkles and dark spots", "", "AD-MED-EN-miracle"),
    ("Hair serum", "a miracle formula that regrows hair", "AD-MED-EN-miracle"),
    ("Replica Chanel bag high quality", "", "BRAND-COUNTERFEIT"),
    ("Replica perfume 100ml long lasting", "", "BRAND-FAKE-MARKER"),
]

QUIET = [  # (title, description)
    ("Miracle Perfume 3.4 oz L'eau de Parfum Spray for Women NEW & SEALED", ""),
    ("Miracle Eau de Parfum 100ml", ""),
    ("Replica Sailing Day Eau de Toilette 3.4 oz New in Box", ""),
    ("Replica Beach Walk Eau de Toilette 3.4 oz", "with a Replica By the Fireplace mini"),
    ("Miami Glow Eau de Toilette 3.4 oz New In Box", ""),
]


def _listing(title, text):
    return Listing(id="r47", title=title, description=text)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
