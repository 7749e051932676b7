"""Rules added for held-out real round 20 (Amazon.in titles and BigBasket listings, English): each with
wording that must keep its high/medium finding and look-alikes that must stay quiet.

- frames_medical.csv r20-en-anti-hair-fall: anti hair fall, hair fall control/rescue, controlling dandruff and
  hair fall (防脱发 is a special-cosmetic claim, 《化妆品监督管理条例》第十六条; hair-loss prevention is a drug claim,
  21 CFR 310.527); 'hair fall due to breakage' (a cosmetic claim) stays quiet, as for c17-hair-fall
- frames_medical.csv r20-en-whitening-product: a skin product named whitening (Whitening & Brightening Face Mask,
  Whitening Cream: 祛斑美白 is a special cosmetic, 《化妆品监督管理条例》第十六条); teeth, fabric and laundry whitening stay
  quiet, and 'skin whitening' is left to c26-en-skin-lighten
- lawful_uses.csv: the idiom 'unleash / bring out the best (out) of / in' (no ranking against other products)
- compat_words.csv: google fast pair, qualcomm aptx (a feature or codec of other makers' earbuds, like google
  assistant and qualcomm snapdragon)
- brands.py (lead): a word cut off by an ellipsis (… 21 Vitami...) is no misspelt brand name (Vitamix)
- brands.csv: Absolut Repair is L'Oréal's hair-care line (no Absolut vodka)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("Onion Shampoo for Anti Hair Fall & Hair Growth with Onion Oil 400ml", "AD-MED-F-r20-en-anti-hair-fall"),
    ("Ayurvedic Shampoo 340 ml, for Hair Fall Control, With Bringharaj Extracts", "AD-MED-F-r20-en-anti-hair-fall"),
    ("Herbal shampoo for controlling dandruff and hair fall", "AD-MED-F-r20-en-anti-hair-fall"),
    ("Hairfall control hair oil with 21 herbs", "AD-MED-F-r20-en-anti-hair-fall"),
    ("Double DHT Blocking Anti Hairfall Shampoo For Men", "AD-MED-F-r20-en-anti-hair-fall"),
    ("Shampoo for Controlling Dandruff & Hair fall", "AD-MED-F-r20-en-anti-hair-fall"),
    ("Double DHT Blocking Anti-Hairfall Shampoo For Men", "AD-MED-F-r20-en-anti-hair-fall"),
    ("Pearl Whitening & Brightening Face Mask Sheet", "AD-MED-F-r20-en-whitening-product"),
    ("Anti-Aging and Whitening Cream, With SPF 21 PA+++, Day Cream", "AD-MED-F-r20-en-whitening-product"),
    ("Skin Whitening Facial Foam, face wash, for all skin types", "AD-MED-F-c26-en-skin-lighten"),
    ("These are the best out of all earbuds on the market.", "AD-ABS-EN-the best"),
    ("Absolut Vodka gift set with two glasses", "BRAND-UNAUTH"),
    ("Genuine Qualcomm charger for your phone", "BRAND-UNAUTH"),
    ("Vitami blender 2L, 1500W", "BRAND-FUZZY"),            # the misspelt name itself stays
]

QUIET = [
    "Strengthening shampoo that reduces hair fall due to breakage by up to 98%",
    "Anti hair fall due to breakage conditioner with keratin",
    "Hair fall is common in winter; this wide-tooth comb is gentle on wet hair",
    "At our dairy we are always finding ways to unleash the best out of these foods.",
    "A light serum that brings out the best in your skin's natural glow.",
    "Visible White Teeth Whitening Toothpaste with Whitening Accelerators",
    "Teeth whitening foam for fresh breath, 50 ml",
    "Fabric whitening soap bar for school uniforms",
    "Whitening toothpaste 100g, pack of 2",
    "Truly wireless earbuds with AI ENC for calls, Google Fast Pair, 28 hours playback",
    "Bluetooth neckband with Qualcomm aptX & CVC, up to 30 hours playback",
    # brands.py: a word cut off by an ellipsis (a search page's truncated title) is no misspelt brand
    "Gritzo SuperMilk Kids Health Drink with 21 Vitami...",
    "Multivitamin for women, 60 tablets, 21 Vitami…",
]


def _listing(text):
    return Listing(id="r20", title="Hair care 200ml" if "hair" in text.lower() else "Product", description=text)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
