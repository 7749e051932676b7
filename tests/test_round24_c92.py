"""Round c92 (held-out claims hc10900-hc10906, lawful look-alikes hl4350-hl4362): Chinese wording
quoted by county-level regulators in 2024-2026 against live-stream shops (东海县市场监督管理局 2024,
水晶珠宝领域典型案例第五批: a Pinduoduo live room selling plastic and glass as jadeite, a Taobao live room
selling plastic imitations of protected-animal products with disease claims). Variants of each class
must be found by its frame; ordinary copy next to the frames must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format


def listing(text):
    return Listing(id="c92", title="", description=text)


HIT = [
    ("药用价值特别高，可以防止神经系统的病变", F("MED", "c92-system-lesion")),
    ("每天一杯，预防心血管的病变", F("MED", "c92-system-lesion")),
    ("长期佩戴能预防血管的病变", F("MED", "c92-system-lesion")),
    ("逆转血管坏死，老人必备", F("MED", "c92-system-lesion")),
    ("有效减少神经的病变", F("MED", "c92-system-lesion")),
    ("39999破价，999链接没有上，399抢", F("IND", "c92-live-breakprice")),
    ("2999元破价到299，手慢无", F("IND", "c92-live-breakprice")),
    ("原价1999直接破价599", F("IND", "c92-live-breakprice")),
    ("￥8888破价，今天只要888", F("IND", "c92-live-breakprice")),
]

QUIET = [
    "神经系统疾病护理学 第3版 教材",
    "宝宝神经系统发育 早教绘本",
    "本品不能防止神经系统病变，不能代替药物",
    "防止脑部损伤的骑行头盔 国标认证",
    "减少神经损伤的微创手术练习模型",
    "预防为主的消化系统疾病科普读本",
    "限时破价 3件59元 纯棉T恤",
    "618破价狂欢 全场包邮",
    "2025破价季 新款上市",
    "直播间专享价399元 拍下备注主播名",
    "冰种翡翠手镯 颜色均匀 附国检证书",
    "意大利进口头层牛皮 支持私人定制刻字",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
