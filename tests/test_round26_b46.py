"""Held-out brands round 26 (b46): brands that 2017–2025 counterfeit suits, Schedule A orders and
brand-protection reports name and that the tables lacked — Sp5der (King Spider LLC v. 884886 CH
Store and v. Foshanshibingjiehaoyi, S.D.N.Y. 2023–2024), Bogg beach bags (Twenty-Six Designs v. TJX,
2024), Costa Del Mar (Luxottica Schedule A, 2024), Knockaround (Red Points), Rhode (Rhode-NYC v.
Bieber, 2022), Vera Bradley (Amazon + Vera Bradley suits), Kendra Scott (Forum domain decisions
2017–2018: shop names glued from the brand and on+sale / deal, now `slug_words.csv` words), Denim
Tears (S.D.N.Y. 2024), Kurt Geiger (a seller alias in Diesel v. Kracebags898, S.D.N.Y. 2024) — and
product lines written after their maker (OtterBox Defender, Peak Design Everyday Sling, Costa Del
Mar Fantail, Diesel 1DR) so that a dupe or style word after the line is next to the brand. Data
only. Ordinary words stay quiet: `words:` for Costa Del Mar (a Spanish coast name), Denim Tears
(rips in jeans), Knockaround (the adjective), Rhode (Rhode Island) and Fear of God (the religious
phrase, now `words:` beside FOG); Sp5der and Bogg are closed to fuzzy matching (spider, bog)."""
from heldout_support import brand_word_tests

QUIET = [
    # spiders and bogs
    "Spider web print hoodie Halloween costume kids",
    "Spider plant in 4 inch pot live houseplant",
    "spider sweatshirt glow in the dark",
    "Rubber spider toy worldwide shipping",
    "Bog garden planter pot with drainage holes 12 inch",
    "boggy marsh plants for pond edges",
    # compatibility and store-brand comparison
    "Bag charms compatible with Bogg Bag, insert tags for rubber beach totes",
    "Replacement Lenses Compatible with Oakley Holbrook Sunglasses Polarized",
    "CVS Health Hair Nourishing Dietary Supplement 60 tablets, compare to Viviscal",
    "Equate Multi-Purpose Contact Lens Solution 12 fl oz, compare to Opti-Free RepleniSH",
    # places, phrases, colours
    "Costa del Sol travel poster vintage Spain beach",
    "Costa del Mar beach house rental poster",
    "Rhode Island state flag souvenir magnet",
    "Rhode Island Red chicken figurine",
    "Rhodes island travel guide",
    "old knockaround sneakers for mowing the lawn, size 10",
    "knockaround shoes for the garden",
    "Fear of God and keep his commandments, Bible verse wall art",
    "fear of god bible verse sign",
    "Off-white linen curtains 2 panels 84 inch",
    "Moose antler bottle opener, rustic cabin gift",
    "Peak design minimalist poster mountain",
    "Fantail goldfish live",
    "Arduino UNO R3 开发板 ATmega328P 兼容板",
    "Diesel generator 5kW portable silent",
    "Kendra personalized name necklace gold",
    "Distressed boyfriend jeans with denim tears at the knee",
    "Cotton wreath farmhouse front door decor 18 inch",
    "Scott paper towels 12 mega rolls",
]

LOUD = [
    ("Sp5der Worldwide 555 Hoodie Pink Web Print Young Thug Unisex Pullover", "Sp5der"),
    ("SP5DER hoodie y2k streetwear spider web sweatshirt", "SP5DER"),
    ("sp5der 555555 angel number tee black", "sp5der"),
    ("Bogg Bag dupe EVA beach tote with holes", "Bogg Bag"),
    ("Bogg style rubber beach bag large tote", "Bogg"),
    ("Original Bogg Bag X Large beach tote clearance", "Bogg Bag"),
    ("Polarized fishing sunglasses Costa Del Mar style mirror lens", "Costa Del Mar"),
    ("Costa Del Mar Fantail Pro polarized 580G sunglasses", "Costa Del Mar"),
    ("Costa Del Mar sunglasses men", "Costa Del Mar"),
    ("Knockaround Premiums polarized sunglasses unisex cheap", "Knockaround"),
    ("Knockaround dupe sunglasses", "Knockaround"),
    ("rhode peptide lip treatment dupe tinted lip balm", "rhode"),
    ("Rhode lip case phone case dupe with lip balm holder", "Rhode"),
    ("rhode skin glazing milk", "rhode skin"),
    ("Vera Bradley Iconic Large Travel Duffel Bag Paisley", "Vera Bradley"),
    ("Vera Bradley dupe backpack", "Vera Bradley"),
    ("OtterBox Defender style case for iPhone 15 heavy duty", "OtterBox"),
    ("Peak Design Everyday Sling dupe camera bag 6L", "Peak Design"),
    ("Fear of God Essentials hoodie wholesale factory price", "Fear of God"),
    ("Fear of God hoodie oversized", "Fear of God"),
    ("mooseknucklesoutletonline parka sale", "mooseknuckles"),
    ("LOUISVUITTONS_BAG monogram tote bag", "LOUISVUITTONS_BAG"),
    ("KURTGEIGER crossbody bag eagle head chain", "KURTGEIGER"),
    ("Kurt Geiger dupe Kensington bag", "Kurt Geiger"),
    ("LUXURY_DESIGNER_BAG1 Diesel 1DR shoulder bag", "Diesel"),
    ("kendrascottclearance Elisa pendant necklace gold", "kendrascott"),
    ("kendrascottonsale Elisa necklace dainty", "kendrascott"),
    ("kendrascottdeal Elisa necklace rose gold", "kendrascott"),
    ("nikeonsale air max 90", "nike"),
    ("kendrascott-necklaces Elisa pendant 14k", "kendrascott"),
    ("Kendra Scott Elisa pendant necklace dupe gold plated", "Kendra Scott"),
    ("Denim Tears cotton wreath hoodie black", "Denim Tears"),
    ("#denimtears hoodie wreath print grey", "denimtears"),
    ("Denim Tears x Levi's 501 jeans", "Denim Tears"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
