"""Round c93 (held-out claims hc11000-hc11037, lawful look-alikes hl4400-hl4422): English wording
quoted by regulators and self-regulators in 2024-2026 (ARB South Africa on Homemark Pest Magic,
NAD on NourishMax, Biossance, CataKor, ASA on Hurtigruten, SkinnyJab, Chequp and Belief Coding,
FTC on IntelliVision and accessiBe, FDA on GLP-1 'research use only' sellers). Variants of each
class must be found by its frame; ordinary copy next to the frames must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format


def listing(text):
    return Listing(id="c93", title="", description=text)


HIT = [
    ("The highest protein content on the market, 30 g per scoop", F("ABS", "c93-en-highest-market")),
    ("One of the lowest failure rates in the industry", F("ABS", "c93-en-highest-market")),
    ("We are the first clinic in the UK to offer this laser", F("ABS", "c93-en-first-in-country")),
    ("The first brand in the world to use graphene insoles", F("ABS", "c93-en-first-in-country")),
    ("Hiring software with no racial or gender bias", F("ABS", "c93-en-bias-free")),
    ("Bias-free AI screening for every candidate", F("ABS", "c93-en-bias-free")),
    ("Smart lock face ID cannot be tricked by a printed photo", F("GUAR", "c93-en-spoof-proof")),
    ("Plugin makes your website fully ADA compliant in one click: make any site ADA compliant",
     F("GUAR", "c93-en-compliance-guarantee")),
    ("Guarantees full WCAG compliance for your online store", F("GUAR", "c93-en-compliance-guarantee")),
    ("Say goodbye to rats, mice and cockroaches for good", F("GUAR", "c93-en-pest-sweep")),
    ("The electromagnetic pulse disrupts the nervous system of rodents", F("GUAR", "c93-en-pest-sweep")),
    ("100% sustainably sourced ingredients in every bottle", F("AUTH", "c93-en-all-sourced")),
    ("All of our fabrics are responsibly and ethically sourced", F("AUTH", "c93-en-all-sourced")),
    ("Proud pioneers in sustainable fashion", F("AUTH", "c93-en-green-leader")),
    ("A green and safe alternative to bleach", F("AUTH", "c93-en-green-effective")),
    ("Editor's rating: 9.8/10 - our top pick", F("AUTH", "c93-en-expert-score")),
    ("After testing dozens of brands of collagen, we kept coming back to this one",
     F("AUTH", "c93-en-tested-hundreds")),
    ("Night serum that tackles every skin concern", F("ABS", "c93-en-every-concern")),
    ("Resveratrol capsules support healthy longevity", F("MED", "c93-en-longevity")),
    ("Semaglutide 5mg lyophilized powder vial", F("MED", "c93-en-glp1-vial")),
    ("Ozempic has changed my life, order yours today", F("MED", "c93-en-glp1-vial")),
    ("This tincture works for everything: anxiety, insomnia and back pain", F("MED", "c93-en-works-everything")),
    ("We never use over 1,500 toxic chemicals known to be harmful to your health",
     F("AUTH", "c93-en-free-of-hundreds")),
    # (session 28: the lexicon reads the hyphenated term, which names the same claim)
    ("Scientifically-proven formula", "AD-AUTH-EN-scientifically proven"),
]

QUIET = [
    "Our first store in the UK opened in 2012",
    "Free delivery on the first order in the UK mainland",
    "Zero bias RF detector diode",
    "Bias binding tape, satin, 15 mm",
    "Insulated travel case for Ozempic pens",
    "GLP-1 friendly high-protein cookbook",
    "Say goodbye to mosquito bites with this bed net",
    "Helps you work towards WCAG compliance; manual audit recommended",
    "Green and white ceramic planter, the perfect choice for herbs",
    "Shoe trees extend the lifespan of your shoes",
    "Designed for longevity of the battery: 500 charge cycles",
    "Air quality score shown on the display",
    "After testing dozens of prototypes we chose recycled nylon",
    "Suitable for every skin type",
    "Works for everything from pasta to soup",
    "10-free nail polish, free from 10 harmful chemicals",
    "Our cotton is sustainably sourced and BCI certified",
    "A leader in garden furniture since 1985",
    "The highest mountain in the world: Everest poster",
    "Can't be seen from the side: privacy screen protector",
    "Dermatologically tested, report no. 2291",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
