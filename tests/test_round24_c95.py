"""Round c95 (held-out claims hc11200-hc11253, lawful look-alikes hl4500-hl4521): English claims
quoted in FDA (CDER, CFSAN, CVM, CDRH, CBER) and FTC letters of 2022-2026 to online sellers (ZIIP,
Discover CBD, Gadget Island, NativeMed, GLP-1 Solution, Innate Healthcare, Citra100mg, Ketamine
Store, Happiest Baby, My Natural Treatment, Peak Performance Peptides, Mile High Compounds).
Variants of each class must be found by its frame; ordinary copy next to the frames must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format


def listing(text):
    return Listing(id="c95", title="", description=text)


HIT = [
    ("Delay spray: say goodbye to premature ejaculations", F("MED", "c95-en-sex-enhance")),
    ("Herbal pills for total ejaculation control and bigger semen volume", F("MED", "c95-en-sex-enhance")),
    ("Gains: increase in girth and length in 30 days", F("MED", "c95-en-sex-enhance")),
    ("Rock-hard erections and all-night stamina", F("MED", "c95-en-sex-enhance")),
    ("No premature ejaculation, no waiting: delay spray for men", F("MED", "c95-en-sex-enhance")),
    ("Graviola extract triggers apoptosis in colon cancer cells", F("MED", "c95-en-cancer-cell-death")),
    ("Soursop extract causes apoptosis of tumour cells in the lab", F("MED", "c95-en-cancer-cell-death")),
    ("Eye drops that lower intraocular pressure naturally", F("MED", "c95-en-eye-pressure")),
    ("Saffron acts as a mild antidepressant", F("MED", "c95-en-is-drug-class")),
    ("White willow bark works as a painkiller", F("MED", "c95-en-is-drug-class")),
    ("Kratom capsules help manage post-acute withdrawals", F("MED", "c95-en-withdrawal")),
    ("Eases the symptoms associated with benzo withdrawal", F("MED", "c95-en-withdrawal")),
    ("Curbs drug cravings and drug-seeking behaviour", F("MED", "c95-en-withdrawal")),
    ("In our survey 72% of cats showed a reduction in arthritis", F("MED", "c95-en-reduction-in")),
    ("Our customers report little to no migraines after a week", F("MED", "c95-en-reduction-in")),
    ("This oil really helped my daughter with her epilepsy", F("MED", "c95-en-helped-my")),
    ("It really helped my wife with her fibromyalgia", F("MED", "c95-en-helped-my")),
    ("Colloidal silver helps with dozens of health problems", F("MED", "c95-en-many-conditions")),
    ("Helps with a wide range of chronic conditions", F("MED", "c95-en-many-conditions")),
    ("Bitter melon tea for managing and controlling chronic conditions", F("MED", "c95-en-prevent-manage-chronic")),
    ("Positioner wedge keeps your baby safely on their back all night", F("MED", "c95-en-infant-back")),
    ("Anti-roll pillow prevents dangerous rolling onto the tummy", F("MED", "c95-en-infant-back")),
    ("BPC-157 5mg lyophilized powder", F("MED", "c95-en-peptide-dose")),
    ("Melanotan II 10mg vial", F("MED", "c95-en-peptide-dose")),
    ("Semaglutide: start at 0.25mg weekly and titrate up", F("MED", "c95-en-peptide-dose")),
    ("Explored for its potential role in weight loss and glycemic control", F("MED", "c95-en-studied-for")),
    ("Investigated for potential anti-inflammatory effects", F("MED", "c95-en-studied-for")),
    ("Tirzepatide, the generic ingredient found in Mounjaro", F("MED", "c95-en-generic-in")),
    ("Tadalafil is the generic medicine sold as Cialis", F("MED", "c95-en-generic-in")),
    ("Wearable band reduces snoring by up to 45%", F("FALSE", "c95-en-percent-effect")),
    ("Patch that cuts belly fat by 30%", F("FALSE", "c95-en-percent-effect")),
]

QUIET = [
    "Noise-cancelling headphones reduce noise by 30 dB",
    "Sterile piercing kit, no infection, single use",
    "Not for premature ejaculation: this is a massage oil",
    "Battery saver mode reduces power use by 20%",
    "Save 25%: reduce your grocery bill by 25% with bulk buys",
    "Dinner plates, cut price by 40% this week",
    "ATM card holder: manage withdrawals and deposits on the go",
    "Early withdrawal penalty applies to fixed savings",
    "Thickness gauge for sheet metal, increases in thickness shown in mm",
    "Stamina training resistance bands for runners",
    "Mascara with a visible increase in thickness and length of lashes",
    "Long-lasting stamina for gamers: ergonomic chair with lumbar support",
    "Always place your baby on their back to sleep; sleep sack, TOG 1.0",
    "Back-to-sleep baby sleep sack, wearable blanket",
    "Our copper peptide serum with GHK-Cu for radiant-looking skin",
    "This study guide helped my son with his algebra",
    "The vacuum really helped my wife with her cleaning",
    "Tested for durability: investigated for its effects on fabric pilling",
    "The generic brand of paper towels sold in bulk",
    "Eye pressure points massage chart, A3 poster",
    "Manage chronic clutter with these stackable boxes",
    "A cookbook for managing and preventing chronic boredom in the kitchen",
    "Rolling luggage with spinner wheels, prevents tipping",
    "Lavender-scented candle for a relaxing evening",
    "Retinol serum reduces the look of fine lines by 30% in 4 weeks",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
