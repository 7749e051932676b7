"""Rules added in session 26 after the twin check (tests/test_twin_robustness.py) missed three
kinds of brand spelling and one advertising term (no test row of any corpus was the model):

- brands.py / brand_latin.py: a multi-word Latin name is also found by its common or short word
  (King of King Koil, Wu of Wu Yutai) when that word is right and the other word is one typo off
  the name's — five letters or more, no English word, no brand name (King Kooil, Wu Yutia; king
  coil is a phrase, Li Ming a person's name rather than Li Ning). Function words never index a name.
- brand_latin.py: a name with its last letter written as the digit that looks like it (LEG0,
  Chane1) is the name when it is exactly the name once folded — a word with a number glued on
  (Watch1, Size0, Mode1) stays that word.
- brand_latin.py: a bar written for the first or last l of a name (|EGO for LEGO, Era| for Eral)
  is read in the original text, where the normaliser drops a bar at a word's edge as a separator;
  not between English words on both sides (Golden Era| Vintage tee) and never an English word
  (|ove is no Love).
- context.csv: 口碑第一 is no business motto (质量第一, 顾客第一 are): it claims the goods are the
  best reviewed, 《广告法》第九条第三项, and stays high.
"""
from heldout_support import brand_word_tests, rule_tests
from scanner.models import Listing

HIT = [
    ("新款 被芯 口碑第一 家用", "", "AD-ABS-口碑第一"),
    ("蓝牙耳机", "全网口碑第一 音质出众", "AD-ABS-口碑第一"),
]

QUIET = [
    ("蓝牙耳机", "质量第一 顾客第一"),
    ("被芯", "服务第一，信誉第一"),
]


def _listing(title, description):
    return Listing(id="p26", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)

BRAND_LOUD = [
    ("加厚 便携 King Kooil 沙发", "King Kooil"),
    ("King Koill 独立弹簧床垫", "King Koill"),
    ("升级款 水饺 Wu Yutia 加厚", "Wu Yutia"),
    ("Wu Yutia 茉莉花茶 罐装", "Wu Yutia"),
    ("Tommy Hilfigr 衬衫 男", "Tommy Hilfigr"),
    ("LEG0 积木 城市系列 拼装玩具", "LEG0"),
    ("Chane1 香水 50ml", "Chane1"),
    ("简约 |EGO 新款 玩具", "EGO"),
    ("新款 羽绒服 Era| 简约", "Era"),
    ("|EGO blocks 拼装", "EGO"),
]

BRAND_QUIET = [
    "king coil mattress spring unit",
    "Li Ming 运动鞋 定制 签名",
    "Red Wong 靴子",
    "Golden Era| Vintage tee",
    "Mirror with Weather Forecast| Defogger",
    "|ove 项链 925银",
    "Watch1 手表 表带",
    "Size0 连衣裙",
    "Mode1 玩具 模型",
    "Game1 手柄",
    "The King Size Bedding Set",
    "Big Fish 鱼竿",
]

_brand_scanner, test_brand_quiet, test_brand_loud = brand_word_tests(BRAND_QUIET, BRAND_LOUD)
