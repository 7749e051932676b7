"""Rules added for held-out real listings round 42 (English Shopify shops with descriptions: a
Kelowna boutique's products.json, a CBD shop, an essential-oil rub): each with wording that must
keep its high/medium finding and look-alikes that must stay quiet.

- brand_db/lookalike_words.csv: common given names and surnames one edit from a fuzzy brand
  (Hailey/Harley, Jamison/Jameson, Lottie/Lotte, Clark and Clarke/Clarks, Alton/AITO …) are no
  misspellings — boutiques name their styles after people; brands_ip.csv: Spy x Family's Anya is
  an ambiguous name (words: Anya)
- context.csv: look your best, your best self (idioms about the wearer)
- lawful_uses.csv: someone's finest/greatest moments, hits, work (an artist's work named on a band
  tee); a maker's new version of the best-selling … (its own range)
- scanner/detectors/ad_terms.py own_range_filter: a best-selling term right after the own brand's
  possessive (Neuw's bestselling fit) ranks the brand's own goods; after the brand's name alone
  (Trident Spectra, a best-seller) or with a market named, it stays
- scanner/detectors/contact_links.py: “front. it” followed across a line break by a lower-case word
  is prose, not the .it domain
- frames_medical.csv r42-en-resistant-microbes: resistant to … bacteria/germs at the end of a list
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("Bamboo Bath Towel", "Hypo Allergenic | Resistant to odor, mold, mildew and bacteria", "",
     "AD-MED-F-r42-en-resistant-microbes"),
    ("Antimicrobial Socks", "Resistant to germs and odour all day", "", "AD-MED-F-r42-en-resistant-microbes"),
    ("Copier Paper", "Trident Spectra, a best-seller, assures consistent quality.", "Trident",
     "AD-ABS-EN-bestseller"),
    # (session 28: the frames read hyphen-joined words, so the whole ranking is the world-wide one)
    ("Skinny Jeans", "Neuw's best-selling jeans in the world.", "Neuw", "AD-ABS-F-en-most-world"),
    ("Skinny Jeans", "Our jeans are the bestselling fit.", "Neuw", "AD-ABS-EN-best-selling"),
    ("Nike Air Max", "Harly Davidson motorcycle jacket", "", "BRAND-FUZZY"),
    ("Shop", "Visit myshop.it now", "", "CONTACT-LINK"),
]

QUIET = [
    ("Hailey Chain", "Made of 14k goldfill, an 18.25” gold filled chain.", ""),
    ("Jamison", "Jamison is a skinny trouser for men in wild taupe.", ""),
    ("Lottie Mule", "The Lottie mule features thin, white leather straps.", ""),
    ("Clarke Chino", "Based on our Clark Jean, a slim mid-rise chino.", ""),
    ("Alton Sun Hat", "A wide brim straw hat with a nylon drawcord.", ""),
    ("Anya", "Luxe satin crepe midi skirt with a tonal cheetah print.", ""),
    ("Audrina", "Feel and look your best in this easy, elevated pullover dress.", ""),
    ("Marcus Supermove", "Slim-straight jeans that make it easy to be your best self.", ""),
    ("Elton John Tee", "The album is a cohesive presentation of Elton John’s finest moments.", ""),
    ("Panalight Coat", "The Panalight Coat is our updated version of the bestselling Panamint Coat.", ""),
    ("Iggy Zero Code", "Neuw's bestselling, most versatile fit.", "Neuw"),
    ("Curth Jumper", "designed with a minimalistic front. it\nhas a round neck and long sleeves.", ""),
    ("Stain Guard Tablecloth", "Stain resistant to coffee, wine and juice spills", ""),
]


def listing(title, description, brand=""):
    return Listing(id="t", title=title, description=description, brand=brand)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
