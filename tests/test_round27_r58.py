"""Real listings round 58 (r58): Amazon.com Health & Personal Care listings of the Amazon Reviews 2023 item
metadata (supplements, vitamins, skin care, Amazon's own brands) — see tests/test_heldout_real_descriptions.py.
False-alarm classes fixed with data first:

- a store brand's returns policy headed “Satisfaction Guarantee: We're proud of our products. If you aren't
  satisfied, we'll refund you …” (lawful_uses.csv, 店铺政策) — “100% Satisfaction Guarantee” and a guarantee
  followed by a promised result stay found;
- “Best to take … at night”, “best taken with food”: a dosage instruction (lawful_uses.csv, 使用说明) — “the best
  to take” stays found;
- “delicious omega-3 treats for children”: treat as a noun (lawful_uses.csv, 名词用法) — “treats acne” stays found;
- the FDA supplement disclaimer in its noun form, “not intended for the diagnosis, treatment, cure, or prevention
  of any disease” (slots/EN_ZZ_NOT_CLAIM.txt) — “helps in the prevention of heart disease” stays found;
- Vitajoy (21st Century's gummy line), Matcha, flor de Manita: ordinary words or a maker's own mark, no
  look-alike of Vitasoy, Tatcha, Makita (brand_db/lookalike_words.csv) — Vitasoy itself stays found;
- “KEEP CONTAINER TIGHTLY CLOSED.STORE IN A COOL, DRY PLACE”: an all-caps label sentence whose stop has no space
  after it, a word TLD (.store) before a preposition of place (scanner/detectors/contact_links.py) — a .STORE
  domain before NOW/FOR or after VISIT stays found."""
from heldout_support import rule_tests
from scanner.models import Listing

QUIET = [
    ("Women's One Daily Multivitamin", "Satisfaction Guarantee: We're proud of our products. If you aren't satisfied, "
                                       "we'll refund you for any reason within a year of purchase."),
    ("Petroleum Jelly", "Satisfaction Guarantee: If you are not satisfied, we will refund you."),
    ("Skin gummy vitamins", "HOW TO USE: Adults chew two gummies per day with food. Best to take both at once at night."),
    ("Magnesium tablets", "Best taken with a meal."),
    ("Omega-3 gummies", "Nordic Omega-3 Gummies are delicious omega-3 treats for children two years and older."),
    ("Kids multivitamin", "Tasty gummy treats that kids love."),
    ("Eye vitamin softgels", "The statement regarding dietary supplements has not been evaluated by the FDA and is not "
                             "intended for the diagnosis, treatment, cure, or prevention of any disease or health condition."),
    ("Vitamin C tablets", "This product is not intended for the diagnosis, treatment, cure or prevention of any disease."),
    ("21st Century Vitajoy Melatonin Gummies, Strawberry, 120 Count", "Naturally Sourced Colors & Flavor"),
    ("KAV Encore Protein Powder Meal Replacement Shakes | Keeps You Feeling Full | Matcha Flavor", "Whey protein."),
    ("Priority One Vitamins - Enzy-Gest 250 tabs", "KEEP CONTAINER TIGHTLY CLOSED.STORE IN A COOL, DRY TEMPERATURE."),
]

FOUND = [
    ("Vitamin gummies", "100% Satisfaction Guarantee: We're proud of our products.", "AD-GUAR-EN-100% satisfaction"),
    ("Vitamin gummies", "Satisfaction guaranteed: clearer skin in a week.", "AD-GUAR-EN-satisfaction guaranteed"),
    ("Vitamin gummies", "Our gummies are the best to take at night.", "AD-ABS-EN-the best"),
    ("Fish oil gummies", "This gummy treats acne.", "AD-MED-EN-treats"),
    ("Fish oil gummies", "Delicious gummy treats acne and eczema.", "AD-MED-F-en-treat"),
    ("Vitamin softgels", "Helps in the prevention of heart disease.", "AD-MED-F-en-treat"),
    ("Soy milk", "Vitasoy soy milk, 12 pack", "BRAND-UNAUTH"),
    ("Shop", "VISIT BESTDEALS.STORE FOR MORE", "CONTACT-LINK"),
    ("Shop", "BESTDEALS.STORE NOW OPEN", "CONTACT-LINK"),
    ("Shop", "MYBRAND.SHOP HAS MORE COLORS", "CONTACT-LINK"),
]


def _listing(title, description):
    return Listing(id="r", title=title, description=description)


scanner, test_found, test_quiet = rule_tests(FOUND, QUIET, _listing)
