"""Round c96 (held-out claims hc11300-hc11309, lawful look-alikes hl4550-hl4551): wording that
online sellers were sued over, as quoted in Chinese court judgments and court-published typical
cases of 2018-2025 (广州互联网法院, 北京互联网法院/北京四中院, 铜山, 南京鼓楼, 福州鼓楼, 武汉江岸,
福建高院). Most rows are false facts (range, depth, origin, organic, count, contrast, fibre) whose
falsity is not in the text; the class added is the live-stream disparagement trope that blames a
rival's price on advertising costs passed to buyers (江岸法院 2024: 商业诋毁). Its variants must
be found; a seller's own savings claims and negated forms must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format
R = F("IND", "c96-rival-adcost")


def listing(text):
    return Listing(id="c96", title="", description=text)


HIT = [
    ("大牌面霜那么贵，广告费最后还不是摊到消费者头上", R),
    ("明星代言的产品，代言费都转嫁给消费者了", R),
    ("你买的都是广告费，我们工厂直供只要39元", R),
    ("别再为大牌的广告费买单了", R),
    ("那家的营销费最后都算到了你们消费者身上", R),
    ("专柜货一半价格是推广费，最后全摊在顾客身上", R),
]

QUIET = [
    "工厂直供，省去广告费和中间商差价，让利给消费者",
    "我们不请明星代言，不把广告费转嫁给消费者",
    "本店不做推广，省去推广费，价格更实惠",
    "广告费用计入销售费用，本报价含税",
    "每件商品分摊的运费由买家承担",
    "拒绝为广告费买单，只做良心好货",
    "品牌宣传费用由厂家承担，经销商无需支付",
    "代言费用按合同约定结算",
    "简一大理石瓷砖 高档装修，不用大理石，就用简一大理石瓷砖",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
