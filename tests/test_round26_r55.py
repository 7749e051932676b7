"""Real listings round 55 (r55): a 京东到家 Walmart store's floors (2020), the 京东医药 app's drug floor (2018)
and 今日头条 放心购 goods (2019) — see tests/test_heldout_real_titles.py. Its false-alarm class beyond own brands:

- Chinese patent medicines named by function + dosage form (《中成药通用名称命名技术指导原则》, 2017):
  蒲地蓝消炎片 / 蒲地蓝消炎口服液, 感冒清热颗粒, 小儿健脾化积口服液 read as ordinary goods claiming 消炎, 感冒, 健脾.
  Fix: the drug-name rows of lexicons/categories.csv (weight 45, title) gain 消炎片/胶囊/颗粒/口服液,
  清热片/颗粒/口服液 and 化积颗粒/口服液, beside the existing 止咳片, 消食片, 化痰颗粒 … rows. A heavier product
  noun in the title (凉茶, 固体饮料, 牙膏, 袜子) still decides the class, so ordinary goods claiming 消炎 stay found."""
from heldout_support import rule_tests
from scanner.models import Listing

QUIET = [
    ("山东孔府 孔府 蒲地蓝消炎片 24片*2板", ""),
    ("蒲地蓝消炎口服液 10ml*10支", ""),
    ("感冒清热颗粒 12克*10袋", ""),
    ("小儿健脾化积口服液 10ml*12支", ""),
    ("小儿豉翘清热颗粒 2g*6袋", ""),
    ("蒲地蓝消炎胶囊 0.4g*24粒", ""),
    ("黄连上清片 24片", ""),
]

FOUND = [
    ("金银花凉茶 植物饮料", "消炎 清热", "AD-MED-消炎"),
    ("清热颗粒同款 固体饮料 消炎", "", "AD-MED-消炎"),
    ("清热颗粒 同款 固体饮料 治疗咽炎", "", "AD-MED-F-med-treat"),
    ("草本牙膏 消炎止痛 清新口气", "", "AD-MED-消炎"),
    ("儿童袜子 5双装", "消炎片同款 抑菌", "AD-MED-消炎"),
    ("宝宝健脾化积 山楂条 零食", "", "AD-MED-健脾"),
]


def _listing(title, description):
    return Listing(id="r", title=title, description=description)


scanner, test_found, test_quiet = rule_tests(FOUND, QUIET, _listing)
