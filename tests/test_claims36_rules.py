"""Round c36 rules (held-out claims hc5800–hc5828, lawful look-alikes hl1550–hl1569): wording from
penalty decisions, typical-case lists and court rulings 2019–2025 on superstition, authority and
endorsement, public order, prices and children's products.

- ad_terms.csv: 没副作用 (the spoken form of 无副作用: 淄博 2023 黄疸蓝光灯, 市场监管总局 2024 未成年人
  广告典型案例); 给领导干部送礼 / 送领导干部 / 领导干部送礼 (湖北省市场监管局 2022 商业广告“12禁”,
  第九条第七项); 助学业 (a crystal's or ornament's magic, like 旺学业; 助学业务/资助学业 excepted);
  美容养颜 (low alone; a health-function claim that the category policy raises on ordinary food:
  北京市朝阳区 2021 藻蓝蛋白酸奶).
- context.csv: 有没有副作用 / 有无副作用 (a question, no safety guarantee).
- frames_claims.csv: c36-abs-100-hygiene (100%除螨/杀菌/除醛: 温州 2022), c36-ind-all-except (全场X折 with
  an exception in small print: 东明 2019), c36-auth-univ-made (高校/科研院所 科研成果/直营/出品: 傍校名),
  c36-height-pct (身高差达到30%: a growth claim with a percentage), c36-sup-wuxing-custom (根据五行属性打造).
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("黄疸蓝光灯", "高效退黄去黄、没副作用、安全可靠", "AD-GUAR-没副作用"),
    ("", "中秋礼盒 适合给领导干部送礼", "AD-PUB-给领导干部送礼"),
    ("紫水晶手链", "紫水晶助学业", "AD-SUP-助学业"),
    ("酸奶", "天然藻蓝蛋白酸奶 美容养颜", "AD-MED-美容养颜"),
    ("乳胶枕", "100%除螨 100%杀菌", "AD-GUAR-F-c36-abs-100-hygiene"),
    ("甲醛清除剂", "百分百除甲醛", "AD-GUAR-F-c36-abs-100-hygiene"),
    ("", "全场5折起（新品及特价商品除外）", "AD-IND-F-c36-ind-all-except"),
    ("烧鸡", "南农大科研成果", "AD-AUTH-F-c36-auth-univ-made"),
    ("身体乳", "中山大学直营", "AD-AUTH-F-c36-auth-univ-made"),
    ("儿童奶粉", "连续饮用60天，干预组与对照组身高差达到30%", "AD-MED-F-c36-height-pct"),
    ("水晶手链", "按照您的五行属性搭配专属手串", "AD-SUP-F-c36-sup-wuxing-custom"),
]

QUIET = [
    ("驱蚊液", "这款驱蚊液有没有副作用？孕妇请咨询医生"),
    ("中秋月饼礼盒", "送长辈 送客户 送亲友"),
    ("领导干部廉洁自律读本", "党员学习用书"),
    ("", "国家助学业务咨询 资助学业困难学生"),
    ("面膜", "补水保湿 美容养颜"),              # a cosmetic's 美容 is no food's health function
    ("床单", "100%纯棉 配合除螨仪使用"),
    ("", "全场包邮（偏远地区除外）"),
    ("", "全场满199减20 特价商品除外"),
    ("考研英语真题", "北京大学出版社出品"),
    ("", "大学生研发的校园小程序"),
    ("连衣裙", "身高165cm 体重50kg 建议穿M码"),
    ("中医五行养生", "图书"),
    ("眉笔", "八字眉 自然款"),
]


def _listing(title, description):
    return Listing(id="c36", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
