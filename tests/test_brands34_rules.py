"""Rules added by held-out round brands 34: the brand's initial between an ordinary-word name and
"logo" is its mark (Champion C logo — 天津海关 2020, 布鞋 with Champion's “C” logo); a replica
seller's slug that runs on after the name it glues copy wording to (replicachanelbag — Chanel v.
Replicachanelbag, S.D. Fla. 2019); perfume names that are also ordinary words (Shalimar, Black
Orchid) only before a perfume; a drink brand that is also a phrase (山楂树下) before its own drinks."""
from heldout_support import brand_word_tests

QUIET = [
    "Champion trophy cup, kids football tournament",
    "Champion A logo team banner",                    # not the name's initial
    "Black Orchid flower seeds, 20 pcs",
    "Shalimar Gardens Lahore travel guide",
    "Shalimar Indian restaurant gift card",
    "山楂果汁饮料 1.25L 家庭装",
    "在山楂树下乘凉的老人 摄影作品 装饰画",
]
LOUD = [
    ("Champion C logo canvas sneakers", "Champion"),
    ("Guess G logo tote bag", "Guess"),
    ("Replicachanelbag Classic Flap bag", "Replicachanel"),
    ("fakegucciwallet new season", "fakegucci"),
    ("Shalimar eau de parfum 90ml", "Shalimar"),
    ("Inspired by Black Orchid eau de parfum, 50ml", "Black Orchid"),
    ("Wonka Bar milk chocolate, American candy", "Wonka Bar"),
    ("山楂树下 山楂果汁饮料 1.25L", "山楂树下"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
