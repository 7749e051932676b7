"""Rules added for held-out round 18 (a 2014 supermarket's catalogue with its 商品详情 text): each with
wording that must keep its high/medium finding and look-alikes that must stay quiet.

- ad_terms.csv: 销售量最大, 产销量最大 (the long forms of 销量最大: 国内生产及销售量最大的辣椒制品生产企业)
- lawful_uses.csv: 勇攀巅峰 (a goal, as 追求完美), an award's title quoted (2012年度最具劲爽风度选择奖)
- ad_terms.csv: 除螨 (medical_claim low: medium on cosmetics by the category policy's hygiene rule, low on 除螨仪)
- lookalike_words.csv: 自然提 (自然 + 提亮, no look-alike of 自然堂)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("老干妈是国内生产及销售量最大的辣椒制品生产企业", "AD-ABS-销售量最大"),
    ("我们是全国产销量最大的厂家，品质保证", "AD-ABS-产销量最大"),
    ("巅峰品质，无可超越", "AD-ABS-巅峰"),
    ("最具人气的洗发水，买二送一", "AD-ABS-最具人气"),
    ("最具实力的洗发水品牌", "AD-ABS-最具"),
    ("极男男士洗面奶 草本配方除螨 除螨率99.79%", "AD-MED-除螨"),
    ("最佳的去屑洗发水，奖品多多", "AD-ABS-最佳"),
]

QUIET = [
    "本店销售量最大的月份是十二月",
    "始终不惧挑战，勇攀巅峰的清扬，以简短而有力的品牌精神聚集了大量关注度",
    "团队冲击巅峰，永不止步",
    "2012年度 | 最具劲爽 | 风度选择奖 | 第八届 | 男士体面大奖",
    "荣获2019年度最佳设计奖",
    "紫外线除螨仪 高频拍打 家用床上吸尘器",
    "一抹变帅 自然提亮遮瑕不假白 无需卸妆",
]


def _listing(text):
    title = "除螨仪" if "除螨仪" in text else "洗面奶 150ml" if "除螨" in text else "洗发露 400ml"
    return Listing(id="r18", title=title, description=text)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
