"""Rules added by held-out round brands 19: a brand name that is also an ordinary word (Crocs,
Coach, Pandora) followed by a style cue counts when the brand's own kind of goods comes right
after the cue (Crocs Style Clogs sells the brand's look); with other goods, or none, the words
stay ordinary (Coach Style Seating is a bus seat, Pandora Style Box a storage box)."""
from heldout_support import brand_word_tests

QUIET = [
    "Coach Style Seating Bus Seat Covers Set",       # coach: a bus
    "Country Style Ribs Seasoning 250g",
    "Pandora Style Box Storage Organizer",            # the myth's box, not jewellery
    "Polo Style Shirt Men Short Sleeve Cotton",       # a polo shirt is a kind of shirt
    "Apple Style Cake Recipe Book",
]
LOUD = [
    ("Crocs Style Clogs for Women Garden Shoes", "Crocs Style"),
    ("Coach Style Handbag Women Leather Tote", "Coach Style"),
    ("Pandora Style Charm Beads Sterling Silver", "Pandora Style"),
]


scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
