"""Round c98 (held-out claims hc11600-hc11639, lawful look-alikes hl4800-hl4810): English wording
ruled misleading by self-regulators and health regulators that the project had not used — ASCI
(India) complaint outcomes 2015-2025 (OZiva+, Rizolo rice bran oil, Lotus Phyto RX, Energic-31,
Nutri Slim, 34 Heart Care), FDA Philippines advisories on unregistered supplements (Fucoidan,
TEATOX, Guyabano juice), Ad Standards (Australia) Community Panel green-claim cases. Classes added:
comparison with a drug or treatment such as chemotherapy or minoxidil (c98-vs-drug-use), "cancer
cell killer" (c98-cell-killer), changing blood pressure, cholesterol or blood sugar
(c98-marker-change), sexual-capacity and
married-life claims (c98-sex-power), "freedom from" a disease (c98-freedom-from), counts of new hairs (c98-new-hairs), "100% of women saw"
(c98-all-users-saw), "greener than anything" (c98-greener-than-all) and slimming in a set time
(c98-slim-timed). Their variants must be found; devices, warnings, authorised nutrient claims,
clothing for diabetics, books and ordinary cleaning or juice copy must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format
DRUG = F("MED", "c98-vs-drug-use")
CELL = F("MED", "c98-cell-killer")
MARK = F("MED", "c98-marker-change")
SEX = F("MED", "c98-sex-power")
FREE = F("MED", "c98-freedom-from")
HAIRS = F("MED", "c98-new-hairs")
ALL = F("FALSE", "c98-all-users-saw")
GREEN = F("ABS", "c98-greener-than-all")
SLIM = F("GUAR", "c98-slim-timed")


def listing(text):
    return Listing(id="c98", title="", description=text)


HIT = [
    ("Herbal hair tonic works better than Rogaine", DRUG),
    ("Soursop capsules, 100 times more powerful than drugs used in chemotherapy", DRUG),
    ("Graviola tea: a natural tumor cell killer", CELL),
    ("Beetroot shot brings down your high blood pressure", MARK),
    ("Oat fibre drink reduces bad cholesterol levels", MARK),
    ("Bitter melon capsules for blood sugar control", MARK),
    ("Shilajit resin restores sexual powers", SEX),
    ("Herbal capsules, helpful for a happy married life", SEX),
    ("Ayurvedic kadha: freedom from asthma", FREE),
    ("Scalp serum: thousands of new hairs in 90 days", HAIRS),
    ("100% of users noticed thicker lashes", ALL),
    ("Bamboo toothbrush, greener than any other brush", GREEN),
    ("Green tea capsules: fat loss in just 21 days", SLIM),
]

QUIET = [
    "Blood pressure monitor, wide cuff, for home blood pressure control tracking",
    "Glucose meter control solution, blood sugar control solution level 2",
    "Caffeine may raise blood pressure; not suitable for children",
    "Potassium contributes to the maintenance of normal blood pressure",
    "Diabetic socks, non-binding top, suitable for diabetics",
    "Liver and onions recipe book",
    "Toilet bowl cleanse tablets, 12 pack",
    "Female libido support capsules - boost sex drive and mood",
    "Juice cleanse kit: 3 days of cold-pressed juices",
    "Lawn fertilizer makes grass greener in 7 days",
    "Sex education book for teens",
    "A guide to a happy married life, paperback",
    "Freedom from clutter: home organizer set",
    "Weed killer, fast acting, 1 gallon",
    "Shedding up to 100 hairs a day is normal; this brush detangles gently",
    "Better than drugstore brands: long-lasting lipstick",
    "Cholesterol test kit, home use, 3 strips",
    "Coconut face cleanser, gently removes dirt and makeup",
    "Stainless steel water bottle, 750 ml, BPA-free lid",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
