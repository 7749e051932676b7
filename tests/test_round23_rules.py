"""Rules added for held-out real round 23 (English accessory, used-phone and car-part listings: eBay search
answers, Amazon titles, an OEM used-parts catalogue): each with wording that must keep its high/medium finding
and look-alikes that must stay quiet.

- cues.csv R (resale of genuine goods): the condition grades of used goods (Excellent/Very Good/Good/Fair
  Condition, mint, pristine: eBay's and Back Market's grades), like pre-owned and 9成新; copy and dupe wording
  still wins over them
- compat_words.csv: English car-part words (bumper, headlight, tail light, seat belt, brake pads…): a car-part
  listing names the make and model the part fits (2018-2022 Honda Accord front bumper), as 汽车用品/尾灯/刹车片
- platform_domains.csv: etsy.me is Etsy's short link (a shop linking its other listings stays on the platform)
- context.csv: negated guarantees (cannot guarantee, do not guarantee, not guaranteed)
- lawful_uses.csv: a refund for a buyer who is 'not satisfied' written without 'are' (a returns policy)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    # resale cues do not quiet copy or dupe wording, nor a brand named without them
    ("Replica Louis Vuitton Neverfull bag, excellent condition", "BRAND-COUNTERFEIT"),
    ("Inspired by Chanel No 5, very good condition, 50ml", "BRAND-DUPE"),
    ("Nike Air Jordan 1 Retro High sneakers, size 10", "BRAND-UNAUTH"),
    # a brand without a car-part word stays unauthorised
    ("BMW M Performance sticker decal set, 3 pieces", "BRAND-UNAUTH"),
    # a refund tied to a result, and a guarantee of an effect, stay guarantees
    ("Money back guarantee if you do not lose weight in 30 days", "AD-GUAR-EN-money back guarantee"),
    ("We guarantee it is effective against acne and spots", "AD-GUAR-EN-guarantee"),
    # a link to another site or to social media from an Etsy listing stays off-platform
    ("Follow me on Facebook http://www.facebook.com/prettypalazzo", "CONTACT-LINK"),
    ("Also sold at https://www.mycraftstore.com/shop/rings", "CONTACT-LINK"),
    ("Message me on Signal 4155550199 for a better price", "CONTACT-PHONE"),
]

QUIET = [
    "Apple iPhone 12 128GB Factory Unlocked AT&T T-Mobile Verizon Excellent Condition",
    "Samsung Galaxy S21 Ultra 256GB Unlocked - Very Good Condition",
    "Apple iPhone 13, A2482, 128GB, Unlocked, Good Condition (Free Ship)",
    "Apple iPhone 12 mini 64GB Factory Unlocked Fair Condition",
    "2018-2022 Honda Accord front bumper cover OEM 71101TVAA00",
    "2021 Chevrolet Trailblazer rear left tail light assembly",
    "2020 Ford Transit-150 front right door handle, black",
    "2015-2020 Dodge Charger right headlight assembly",
    "We offer 100% Money Back Guarantee if you not satisfied with your purchases.",
    "Please note that we cannot guarantee your order will ship within 48 hours when paint is added.",
    "More earrings: http://etsy.me/1IY2phi http://etsy.me/1O0CRrN",
    "To see more, please visit my shop at http://www.etsy.com/shop/Avnis",
    # lead: "turn signal" is a car's indicator light, not the Signal app before a part number
    "Left front turn signal lamp assembly OEM 42716024",
]


def _listing(text):
    return Listing(id="r23", title="Product", description=text, url="https://www.etsy.com/listing/708099714")


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
