"""Rules added for held-out round 17 (English Amazon listings with brand fields): each with wording
that must keep its high/medium finding and look-alikes that must stay quiet.

- cues.csv (kind R, resale): "(Renewed)" — Amazon's refurbished-goods programme, at the end of a title —,
  refurbished and officially licensed; a resale cue reaches the brand across a title's commas and
  parentheses (brand_judging._clean_gap)
- compat_words.csv: Microsoft 365 / Office 365 bundled with a laptop (a specification like Windows)
- lookalike_words.csv: dampers (shock absorbers) is no Pampers; brands.csv: Descente's Allterrain is
  an ordinary word (all-terrain) that needs brand context
- lawful_uses.csv: creases of a fabric product (hang it, steam iron), a superlative about the landmarks
  a product depicts, “The Best of TV & Movies” as a work's name
- contact.py: an all-caps sentence's full stop with no space after it (IN AMAZON.TO CONNECT) is no link
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [  # (title, description, rule)
    ("Nike Air Max 90 shoes", "We renewed our store policy last year and everything ships fast", "BRAND-UNAUTH"),
    ("Nike Air Max 90 (Renewed replica)", "", "BRAND-FAKE-MARKER"),
    ("Pampers Swaddlers Diapers Size 1", "", "BRAND-UNAUTH"),
    ("Descente Allterrain down jacket", "", "BRAND-UNAUTH"),
    ("Face cream", "this cream will remove wrinkles in 7 days", "AD-MED-F-c17-wrinkle-remove"),
    ("Sneakers", "the most comfortable shoes in the world", "AD-ABS-F-en-most-world"),
    ("Headphones", "the best of the best headphones", "AD-ABS-EN-the best"),
    ("Gift item", "VISIT MYSHOP.TO FOR MORE", "CONTACT-LINK"),
    ("Gift item", "PLEASE GO TO MYSHOP.TO CHECK MORE", "CONTACT-LINK"),
    ("Gift item", "visit myshop.to for more", "CONTACT-LINK"),
]

QUIET = [  # (title, description)
    ("JBL FLIP 5 - Waterproof Portable Bluetooth Speaker Made from 100% Recycled Plastic - Blue (Renewed)", ""),
    ("NVIDIA NVS 310 by PNY 1 GB DDR3 PCI Express Gen 2 x16 DisplayPort 1.2 Multi-Display Professional Graphics "
     "Board, VCNVS310DP-PB (Renewed)", ""),
    ("Bose QuietComfort 35 II Wireless Headphones, Black, refurbished", ""),
    ("Great Eastern Entertainment Sailor Moon Plush 7 inches, officially licensed", ""),
    ("ARRMA Granite 4x4 3s BLX - Front/Rear Shocks (Dampers Springs Granite AR102711", ""),
    ("LaCie Rugged All-Terrain Safe 500 GB USB 2.0/FireWire 800 Portable External Hard Drive", ""),
    ("Gateway 15.6\" FHD Notebook, Intel Pentium, Type-C Windows 10S, Microsoft 365 1 Year, Charcoal Black", ""),
    ("HP 14\" Laptop for Students, Intel Quad-Core, 8GB RAM, 1 Year Office 365, USB C, Win 11 S", ""),
    ("8x8ft Pink Rose Photography Backdrop", "How to remove wrinkles (1)Hang naturally for a few days, no problem. "
     "(2) Heat it with a steam iron on the back of item"),
    ("Big Ben 3D Puzzle", "The most beautiful and famous landmarks in the world are now yours to have in your home."),
    ("Trivia Board Game", "The Best of TV & Movies is the trivia game about hundreds of your favorite TV shows and films"),
    ("Dual Mic Adapter", "FOR THE EXTENSION CABLE PLEASE SEARCH \"LMAEC\" IN AMAZON.TO CONNECT MIC AND HEADPHONES"),
]


def _listing(title, text):
    return Listing(id="r17", title=title, description=text)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
