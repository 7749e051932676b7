"""Rules added by held-out round brands 37 (English dupe and look-alike wording): the look for
less / save vs / vibes wording of dupe listings (YETI v. Wal-Mart; Deckers v. Steve Madden); a
model number or size between a product name and the dupe word after it (Rambler 20 oz dupe, M.A.C
239 dupe); plurals of two- and three-word model names (Stan Smiths: adidas v. Fashion Nova); model
names that are ordinary words counted only with dupe wording (Supernova, Rambler, Trésor, Pink
Sugar: L'Oréal v. Bellure smell-alikes); Ozark as a region word (Ozark Trail, Walmart's own label)."""
from heldout_support import brand_word_tests

QUIET = [
    "Ozark Trail 30 oz double-wall vacuum stainless steel tumbler",
    "Rambler rose bare root climbing plant, pink",
    "Pink sugar sprinkles for cupcakes 100g",
    "Supernova poster, astronomy print, A3",
    "Tresor safe with digital lock, 20 litres",
    "Trigger action spray bottle 500ml, empty",
    "Good vibes only wall sign",
    "Stainless tumbler 20 oz with lid, save vs buying bottled water",
]
LOUD = [
    ("30 oz stainless tumbler with lid, Yeti look for less", "Yeti"),
    ("Save vs Yeti: 20 oz insulated tumbler with slider lid", "Yeti"),
    ("Stainless tumbler Rambler 20 oz dupe with magnetic slider lid", "Rambler"),
    ("Quencher H2.0 40oz dupe tumbler with handle", "Quencher H2.0"),
    ("White leather court sneakers, Stan Smiths dupe", "Stan Smiths"),
    ("Supernova-style running shoes men", "Supernova"),
    ("Pink Sugar type body oil roll-on 10ml", "Pink Sugar"),
    ("Trésor type perfume oil 15ml", "Trésor"),
    ("Fuzzy slide sandal, Fluff Yeah vibes", "Fluff Yeah"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
