"""Round c94 (held-out claims hc11100-hc11136, brands hb4850-hb4852, lawful look-alikes
hl4450-hl4472): wording that e-commerce platform rules give as violations — 微信小店's weekly
governance notices (low-price gimmicks: 比我便宜的都是孙子, 天打雷劈, 算我输, XX勿进), 小红书's
仿“防疫药械” notice (莲花清桔颗粒), TikTok Shop's weight-management rules and their merchant
readings (轻松减重, 喝出苗条身材, 胖就是懒, 10天增肌10kg, 迅速变壮), TikTok Shop by Tokopedia
(treat blemishes). Variants of each class must be found by its frame; ordinary copy next to the
frames must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format


def listing(text):
    return Listing(id="c94", title="", description=text)


HIT = [
    ("羊毛衫 谁家比我便宜谁就是孙子", F("PUB", "c94-price-curse")),
    ("骗你天打雷劈 纯羊绒围巾", F("PUB", "c94-price-curse")),
    ("保温杯 找到同款更低价算我输", F("IND", "c94-dare-lose")),
    ("这款面霜不好用算我输", F("IND", "c94-dare-lose")),
    ("手工皮鞋 没钱的人勿进", F("PUB", "c94-keep-out-poor")),
    ("九块九包邮 土豪勿入", F("PUB", "c94-keep-out-poor")),
    ("肥就是懒 收腹带 塑形", F("PUB", "c94-body-shame-lazy")),
    ("穿不进小码太丢人了 快试试这款束腰", F("PUB", "c94-body-shame-lazy")),
    ("好女不过百 代餐奶昔", F("PUB", "c94-body-shame-lazy")),
    ("健身增肌粉 一个月增肌5公斤", F("GUAR", "c94-muscle-amount")),
    ("蛋白粉 2周长肌肉3斤", F("GUAR", "c94-muscle-amount")),
    ("氮泵 极速增肌", F("GUAR", "c94-muscle-fast")),
    ("增重粉 瘦子快速壮起来", F("GUAR", "c94-muscle-fast")),
    ("魔芋代餐 轻松掉秤", F("GUAR", "c94-slim-easy")),
    ("膳食纤维粉 帮你轻松甩掉小肚腩", F("GUAR", "c94-slim-easy")),
    ("燕麦片 吃出小蛮腰", F("MED", "c94-eat-figure")),
    ("冬瓜荷叶茶 喝出好身材", F("MED", "c94-eat-figure")),
    ("Spot serum that heals acne and blemishes overnight", F("MED", "c94-en-treat-blemish")),
    ("Clay mask - treatment of blemishes", F("MED", "c94-en-treat-blemish")),
]

QUIET = [
    "孙子兵法 精装版 国学经典",
    "给孙子买的 儿童保温杯 316不锈钢",
    "卖家承诺：7天无理由退货",
    "闲人勿进 亚克力标识牌 办公室门牌",
    "版型偏小 微胖勿入 建议拍大一码",
    "谁说胖就是懒？大码女装 舒适显瘦",
    "增肌训练计划 健身课程 教练指导",
    "乳清蛋白粉 运动后补充蛋白质",
    "快速充电 充电宝 20000毫安",
    "轻松收纳 折叠衣架",
    "运动水杯 喝出好身材",
    "Concealer that covers blemishes and dark circles",
    "Reduces the look of blemishes with niacinamide",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
