"""Rules added by held-out round brands 17 (English condition notes of second-hand goods, pool
parts that fit another maker's pool, plural jewellery product words): the wording they catch, and
look-alikes that stay quiet (no high/medium brand finding)."""
from heldout_support import brand_word_tests

QUIET = [
    "Nike Air Max 90 Gently Used Size 42",                       # resale of genuine goods
    "Adidas Superstar Shoes Size 42 Used Good Condition",
    "Coach Tabby Bag Lightly Used With Dust Bag",
    "Pool Hose Adapter for Bestway for Coleman for Intex",      # a part that fits the pools named
    "Joint Hose Connector for Intex Bestway Coleman 2 Pack",
    "Above Ground Pool Cup Holder Perfect for Bestway, Intex, Coleman Pools",
    "Garden Hose Adapter Brass 3/4 inch",
]
LOUD = [
    ("Lululemon Dupe Leggings Gently Used Size 6", "Lululemon Dupe"),  # resale wording never hides a dupe
    ("Coleman Tent 4 Person Instant Cabin", "Coleman"),                  # the tent itself, no part of another maker's goods
    ("Coleman Camping Chair Cup Holder Folding", "Coleman"),
    ("Coleman Propane Hose Adapter for Camp Stove", "Coleman"),        # the maker's own adapter, no pool part
    ("Pandora Bracelets Silver Snake Chain", "Pandora"),                 # plural jewellery product names the brand
    ("Charm Bead Fits Pandora Bracelets Heart", "Pandora"),
]


scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
