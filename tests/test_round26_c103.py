"""Round c103 (held-out claims hc12400-hc12444, lawful look-alikes hl5550-hl5561): English wording
ruled misleading by the ASA (BetterCo, HeyNutrition, Purolabs, ASEA LLC, PH Health, Actegy/Revitive,
Montdog/Wild Pack, THE PACK PET, Cha-Zen), the ASA of South Africa (Revivo Capsules), the FTC
(Synergixx: CogniPrin/FlexiPrin), NAD/NARB (Young Living 'therapeutic grade') and FDA warning letters
(Fleminger TeaForHealth, a kava/kratom seller). Classes added: blood cleansing or improving the blood
(c103-en-blood-cleanse), restoring or fixing hormone balance (c103-en-hormone-restore), regulating the
inflammatory response (c103-en-inflam-response), a body function raised by N% within a set time
(c103-en-timed-body-gain), relief of swollen feet/legs/ankles (c103-en-swollen-relief), rebuilding
damaged joints/nerves or slowing tissue degeneration (c103-en-tissue-repair), "used by celebrities /
royalty / top athletes" (c103-en-celeb-used), "supported by clinical trials" (c103-en-clinical-backed),
and raise/increase/alkalise verbs in the body-pH frame (c66-en-acid-body). Their variants must be
found; 'supports hormonal balance', product-spec percentages, slippers for swollen feet, hair and
skin-barrier repair, water pH and 'clinically studied ingredients' stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format
BLOOD = F("MED", "c103-en-blood-cleanse")
HORMONE = F("MED", "c103-en-hormone-restore")
INFLAM = F("MED", "c103-en-inflam-response")
TIMED = F("MED", "c103-en-timed-body-gain")
SWOLLEN = F("MED", "c103-en-swollen-relief")
REPAIR = F("MED", "c103-en-tissue-repair")
CELEB = F("AUTH", "c103-en-celeb-used")
CLINICAL = F("AUTH", "c103-en-clinical-backed")
ACID = F("MED", "c66-en-acid-body")


def listing(text):
    return Listing(id="c103", title="", description=text)


HIT = [
    # (session 28: the frames read hyphen-joined words; the cleansing frame takes the span)
    ("Chlorella tablets support natural blood-cleansing", "AD-MED-F-en-detox-clean"),
    ("Nettle tea improves blood quality", BLOOD),
    ("Improves your blood condition in weeks", BLOOD),
    ("Restores hormonal balance naturally for women", HORMONE),
    ("Fixes hormone imbalance fast", HORMONE),
    ("Rebalances your hormonal balance after pregnancy", HORMONE),
    ("Regulates the inflammatory response", INFLAM),
    ("Turmeric complex controls chronic inflammatory markers", INFLAM),
    ("Boosts metabolism by 30% in just 14 days", TIMED),
    ("Raises testosterone levels by 50% within 4 weeks", TIMED),
    ("Increases blood flow by up to 40% in 10 minutes", TIMED),
    ("Foot spa for relief of swollen feet and ankles", SWOLLEN),
    ("Reduces swollen ankles after a long flight", SWOLLEN),
    ("Gel insoles ease aching, swollen feet", SWOLLEN),
    # (round 107 extended the regrowth frame to nerve cells)
    ("Regenerates damaged nerve cells", "AD-MED-F-c27-en-tissue-regrow"),
    ("Repairs damaged spinal discs naturally", REPAIR),
    ("Slows macular degeneration", REPAIR),
    ("Used by celebrities and top athletes", CELEB),
    ("Loved by celebrities worldwide", CELEB),
    ("The tea used by royalty", CELEB),
    ("Backed by clinical studies", CLINICAL),
    ("Proven by double-blind trials", CLINICAL),
    ("Alkalizes your body pH naturally", ACID),
    ("Increases your blood pH level", ACID),
]

QUIET = [
    "Supports hormonal balance during the menstrual cycle",
    "Hormone balance gummies for women",
    "Improves skin hydration by 40% in just 2 weeks",
    "Charges your phone by 50% in just 15 minutes",
    "Increases water flow by 30% in 2 minutes",
    "Extra wide slippers for swollen feet",
    "Compression socks for swollen legs, 20-30 mmHg",
    "Repairs damaged hair and split ends",
    "Repairs damaged skin barrier overnight",
    "Restores worn-out furniture finishes",
    "Celebrity-inspired sunglasses, oversized frame",
    "Trusted by athletes around the world",
    "Clinically studied ingredients",
    "Raises the pH of tap water to 9.5",
    "Blood orange cleanse juice kit, 3 days",
    "Blood pressure monitor cuff, cleanse with a damp cloth",
    "Anti-inflammatory diet cookbook, paperback",
    "Not backed by clinical studies: our honest take on collagen",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
