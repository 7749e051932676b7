"""Rules added for held-out round 16 (English real listings): each with wording that must keep its
high/medium finding and look-alikes that must stay quiet.

- contact_words.csv: WA (WhatsApp's short form in Indonesian and Malaysian shops) before a phone number;
  etsy.me in Etsy's host family
- brands.csv: Serta is ambiguous (serta is Indonesian and Malay for 'and'); brands_ip.csv: Peaky Blinders,
  Green Bay Packers; compat_words.csv: back panel
- frames_claims.csv c19-en-amulet: the Laughing Buddha's claimed powers (wealth, success)
- lawful_uses.csv: best of all / the best part, the best viewing angle, #1 seed, strive for the best,
  the best quality we offer, X is #1, guarantee card, a standalone 100% money back guarantee
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("Fast Response WA : 08980085967", "CONTACT-LANDLINE"),
    ("Order via WA 081234567890", "CONTACT-LANDLINE"),
    ("Peaky Blinders Design hip flask", "BRAND-UNAUTH"),
    ("Green Bay Packers shot glass, laser engraved", "BRAND-UNAUTH"),
    ("Eshoppee Laughing Buddha For Success And Wealth Showpiece", "AD-SUP-F-c19-en-amulet"),
    ("This is the best quality shampoo", "AD-ABS-EN-best quality"),
    ("Our cream is #1", "AD-ABS-EN-#1"),
    ("the #1 shampoo in Korea", "AD-ABS-EN-#1"),
    ("100% money back guarantee if it does not work", "AD-GUAR-EN-money back guarantee"),
    ("100% guarantee to cure acne", "AD-GUAR-EN-guarantee"),
    ("100% satisfaction guarantee", "AD-GUAR-EN-100% satisfaction"),
]

QUIET = [
    "Ships from Seattle, WA 98101",
    "Made in Spokane WA 99201 USA",
    "WA 2 pcs set",
    "mohon dibuka langsung di depan petugas kurir serta menggunakan asuransi",
    "Laughing Buddha Statue, Polyresin, 12 cm, for home decor",
    "Best of all-- you don't have to put up with shedding any more!",
    "The best part is the stability of the bed.",
    "the best visual angle is 45°.",
    "They then defeated the #1 seed Dallas Cowboys in the playoffs",
    "We strive for the best quality in our products",
    "Ensure that you will receive only the best quality we offer.",
    "We believe comfort and quality is #1 and all of our designs are printed on Bella+Canvas shirts.",
    "All NISHTAA products come with a jewellery box and guarantee card.",
    "99% reviewers recommend this product | 100% Money Back Guarantee | Get the perfect bun",
    "CASEDEAL Microsoft Nokia lumia x2 Back Panel (White)",
]


def _listing(text):
    return Listing(id="r16", title="Gift item", description=text)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)


def test_etsy_short_link_is_etsy(scanner):
    text = "Want a frame? Add one to your order here: http://etsy.me/1bWBZO4"
    on_etsy = scanner.scan(Listing(id="r16e", title="Print", description=text,
                                   url="https://www.etsy.com/listing/160831116/x"))
    assert not [f for f in on_etsy.findings if f.rule_id == "CONTACT-LINK"]
    elsewhere = scanner.scan(Listing(id="r16t", title="Print", description=text,
                                     url="https://item.taobao.com/item.htm?id=1"))
    assert [f for f in elsewhere.findings if f.rule_id == "CONTACT-LINK"]
