"""Rules added by held-out round brands 18 (English marketplace titles, Asian brands in Chinese
shops): licensed goods and genuine goods bought at a duty-free shop are quiet like resale; the
product-line and spelling names added to brand rows (Fluff Yeah, Air Pods, amiibo, Squishmallow)
are found. Look-alikes: "unlicensed", and counterfeit or dupe wording next to the same names, stay loud."""
from heldout_support import brand_word_tests

QUIET = [
    "Hello Kitty and Friends Official Sanrio Licensed Mug 14oz",     # goods made under licence
    "Licensed Pokemon Pikachu Plush 8 Inch",
    "雪花秀润燥精华 90ml 韩国免税店购入 附小票",                       # genuine goods bought and resold
    "免税店购买 资生堂红腰子 50ml 闲置",
    "For Air Pods Pro Case Silicone Cover",                         # an accessory that fits the brand's device
    "Replacement Lid Compatible with Stanley 40oz Quencher Tumbler",
    "北京2022年冬奥会官方特许商品 冰墩墩 毛绒玩具",                    # lead, claims round 36: 官方特许商品 (licensed)
]
LOUD = [
    ("Unlicensed Hello Kitty Mug Cute Cat 14oz", "Hello Kitty"),     # "unlicensed" is no licence
    ("雪花秀 韩国免税店购入 原单 高仿", "原单"),                         # counterfeit wording beats the purchase note
    ("免税店购买 雪花秀 同款 平替", "雪花秀 同款"),
    ("Fluff Yeah Dupe Fuzzy Slide Sandals", "Fluff Yeah"),
    ("Air Pods Pro Dupe Bluetooth Earphones", "Air Pods"),
    ("Amiibo Dupe NFC Cards 24 Pcs", "Amiibo"),
    ("Squishmallow Style Plush Pillow 12 Inch", "Squishmallow"),
    ("冰墩墩 毛绒玩具 同款 高仿", "冰墩墩"),
]


scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
