"""Rules added for held-out real-listings round 21 (Chinese coupon-feed copy: 大淘客 短标题 and 商品文案, 好单库
推荐语, a 导购 app's 限时抢购 feed): each with wording that must keep its high/medium finding and look-alikes that
must stay quiet.

- ad_terms.csv: 全网领军 (scope + 领军, "leads the field": the same claim as 领军品牌 and 全网第一, 《广告法》第九条第三项)
- counterfeit.csv: 高仿品 as one marker (高仿 and 仿品 overlap inside it, so a denial before it now reaches both);
  精仿 followed by a fur or suede it imitates (精仿兔绒毛, 精仿羊羔毛, 精仿貂绒: faux-fur materials) is no copy of a brand
- counterfeit_context.csv: 警惕 and 提防 as denials (警惕高仿品，认准天猫旗舰店 warns buyers against copies)
- lookalike_words.csv: 暖洋洋 (warm and cosy, no 暖羊羊 of Pleasant Goat); 可撕拉 (peelable) is listed too, but the
  look-alike index of brand_lookalike.py does not read lookalike_words.csv yet (NEEDS_CODE of round 21)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("一次性口罩 50只", "全网领军【爆售666万盒】", "AD-ABS-全网领军"),
    ("口罩", "高仿品 一比一", "BRAND-FAKE-MARKER"),
    ("女包", "高仿品质 大牌同厂", "BRAND-FAKE-MARKER"),
    ("女包", "精仿大牌 专柜品质", "BRAND-FAKE-MARKER"),
    ("精仿LV女包", "", "BRAND-COUNTERFEIT"),
    ("运动鞋", "不是高仿胜似高仿", "BRAND-FAKE-MARKER"),
    ("暖羊羊毛绒玩偶", "", "BRAND-UNAUTH"),
]

QUIET = [
    ("一次性口罩 50只", "【警惕高仿品，认准天猫旗舰店】"),
    ("女包", "提防仿品，认准官方店"),
    ("热水袋 充电防爆", "智能防爆，长效保温，精仿兔绒毛，超好的毛绒手感"),
    ("毛领外套", "精仿狐狸毛领 加厚保暖"),
    ("海宁皮草外套", "优质狐狸毛，水貂毛袖子，加棉保暖，暖洋洋不显臃肿"),
    ("电热毯", "通电即热 暖洋洋一整夜"),
    ("领军人物传记 精装", ""),
]


def _listing(title, description):
    return Listing(id="r21", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
