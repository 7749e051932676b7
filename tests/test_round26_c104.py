"""Round c104 (held-out claims hc12500-hc12549, lawful look-alikes hl5600-hl5609): false or
unverifiable price, urgency, origin, history and honour claims from ASA rulings (Buy It Direct,
Mighty Deals, Humber Imports, S1 Digital, Pioneer Bathrooms, I Saw It First, MissPap, Wowcher,
Zestify, Tesco, ASDA, Compare UR Mobile, Affordable Mobiles), CAP advice on savings and
'established since' claims, an FTC Made in USA order, and Chinese cases and reports (惠州物价局
虚夸标价, 常年撤店清仓, 老倪膏药, 温州乳胶“泰国原装进口”, 华纳蜂胶“国际知名品牌”, 日本木晖, 德国门窗,
浅田技术). Classes added: countdowns after "Hurry" or on a delivery offer (c104-en-hurry-timer),
savings against a reference price — Save £X next to a price, Worth/RRP £Y, a crossed-out price
after NOW, "£4.50 (was £4.99)" (c104-en-save-refprice), "this week/month/weekend only",
"tonight only" (ad_terms), 价格低于同行 / 谁的价格比我低 (c104-lower-than-peers), closing-down
clearances without dates (c104-fake-closing-sale), 纯天然无害 (c104-natural-harmless), self-styled
中国知名品牌 / 国际知名品牌×牌 (c104-famous-brand-self). Their variants must be found; conditional
promotions, dated offers, dispatch cut-offs, partner lists and honest origin labels stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format
HURRY = F("IND", "c104-en-hurry-timer")
SAVE = F("IND", "c104-en-save-refprice")
PEERS = F("ABS", "c104-lower-than-peers")
CLOSE = F("IND", "c104-fake-closing-sale")
HARMLESS = F("GUAR", "c104-natural-harmless")
FAMOUS = F("AUTH", "c104-famous-brand-self")
ONLY = "AD-IND-EN-{}".format


def listing(text):
    return Listing(id="c104", title="", description=text)


HIT = [
    ("Hurry! Sale ends in 2h 15m", HURRY),
    ("HURRY - 20% off everything ends in 04:59:59", HURRY),
    ("Free shipping ends in 1h 30m 12s", HURRY),
    ("Hurry, offer ending in", HURRY),
    ("Sofa bed £499 - Save £300", SAVE),
    ("Save $40 … $59.99 today", SAVE),
    ("Air fryer $79.99 you save $70.00", SAVE),
    ("Smartwatch £24.99 Discount 75% Worth £99.99", SAVE),
    ("RRP £120 now only £45", SAVE),
    ("NOW $19.99 $49.99 SAVE 60%", SAVE),
    ("Rug $129.00 (was $259.00)", SAVE),
    ("Trainers - was 89.99 now 44.99, save 50%", SAVE),
    ("Garden chairs - this week only 40% off", ONLY("this week only")),
    ("Tonight only: free gift with every order", ONLY("tonight only")),
    ("全场商品价格低于同行", PEERS),
    ("我们的产品比同行都便宜", PEERS),
    ("哪家比我们更便宜？", PEERS),
    ("工厂倒闭，全场清仓甩卖", CLOSE),
    ("门面到期，所有商品亏本处理", CLOSE),
    ("店铺转让，清仓大甩卖", CLOSE),
    ("纯天然乳胶无害 婴儿可用", HARMLESS),
    ("天然成分 安全无害", HARMLESS),
    ("中国知名品牌 乳胶床垫", FAMOUS),
    ("全国著名商标 老字号酱油", FAMOUS),
    ("国际知名品牌美乐牌奶粉", FAMOUS),
]

QUIET = [
    "Save £5 on orders over £50",
    "Save $10 when you spend $60 or more",
    "Worth every penny - £49.99",
    "Gift card £25",
    "Order within 3 hrs 20 mins for next-day delivery",
    "No need to hurry: the offer ends 31 August at 23:59",
    "The story ends in a twist - paperback £8.99",
    "Firmware was 1.05, now 1.10",
    "Price was reduced last year",
    "Free delivery on orders over £30",
    "Only available this week? No - our prices are the same all year",
    "价格不低于同行 品质更好",
    "同行业平均价格参考",
    "谁比我更懂你 情侣T恤",
    "门店转产歇业清仓甩卖，活动时间：3月1日至3月10日",
    "谨防假倒闭清仓骗局",
    "闭店时间22:00",
    "天然乳胶 无害化处理工艺",
    "为多家国际知名品牌代工 工厂直供",
    "与众多中国知名品牌合作",
    "原产国：法国 红葡萄酒 750毫升",
    "Made in USA of U.S. and imported parts",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
