"""Round k20 (held-out contacts hk1950-hk1987, ck1950-ck1973): wording that sends the buyer to
another marketplace or to the seller's own site with no account written out — 去拼多多买更便宜,
走淘宝, 移步小红书搜索店名, 京东自营店有售, 更便宜的在某鱼, 私信发链接; Find us on Etsy, our Poshmark
closet, Cheaper on our website, Order through our site to save, buy direct from us. A marketplace's
own name is lawful on that marketplace and the seller's own site may name itself: the listing's url
decides (scanner/detectors/contact_steer.py). Variants of each class must be found; ordinary copy
naming platforms lawfully must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

XHS = "https://www.xiaohongshu.com/goods-detail/6794d5bb068b240001781290"
TB = "https://item.taobao.com/item.htm?id=700000000001"
DY = "https://haohuo.jinritemai.com/views/product/detail?id=3600000000001"
JD = "https://item.jd.com/100012345678.html"
GF = "https://www.goofish.com/item?id=800000000001"
ETSY = "https://www.etsy.com/listing/1234567890/linen-apron"
AMZ = "https://www.amazon.com/dp/B0C1234567"
EBAY = "https://www.ebay.com/itm/1234567890"
OWN = "https://www.mapleandmoss.example/products/linen-apron"
R = "CONTACT-INVITE"


def listing(text, url=""):
    return Listing(id="k20", title=text, url=url)


HIT = [
    ("全新耳机 600 走闲鱼", XHS, R),
    ("想要的去某宝拍，这里不发货", XHS, R),
    ("更多颜色请移步抖音小店", TB, R),
    ("拼多多旗舰店下单更优惠", XHS, R),
    ("同款在京东自营店有售", XHS, R),
    ("便宜的在拼夕夕，自己搜", TB, R),
    ("去小红书搜我 看更多搭配", JD, R),
    ("转战抖音了 抖店下单", TB, R),
    ("同款去淘宝买更便宜", "", R),           # platform unknown: a lower price promised there
    ("私我发链接 这边拍不了", XHS, R),
    ("Find me on Poshmark for more vintage tees", EBAY, R),
    ("Look up Maple and Moss on Etsy", AMZ, R),
    ("Also available on Amazon with Prime shipping", ETSY, R),
    ("Shop it at our Shopify store", EBAY, R),
    ("See the full range in our Etsy shop", AMZ, R),
    ("Save 20% on our website", ETSY, R),
    ("Our online store has it for less", AMZ, R),
    ("Buy directly on our site", AMZ, R),
    ("Order direct from us and skip the eBay fees", EBAY, R),
    ("Google our store name to order", AMZ, R),
    ("Cheaper at our web shop", "", R),       # platform unknown: a lower price promised there
    ("上淘宝搜店名 鹿屿", XHS, R),
    ("抖音直播间下单更便宜", XHS, R),
    ("想要的去得物买", TB, R),
    ("咸鱼见 便宜出", XHS, R),
    ("Check my Depop for more", EBAY, R),
    ("Available for less at our online boutique", AMZ, R),
    ("We also sell on Amazon", ETSY, R),
]

QUIET = [
    ("全新耳机 600 走闲鱼担保", GF),           # 闲鱼 on 闲鱼
    ("淘宝搜 鹿小铺 关注店铺领券", TB),
    ("走京东物流 次日达", XHS),               # a carrier
    ("京东快递配送 偏远地区除外", DY),
    ("天猫同款 帆布托特包", XHS),             # a style
    ("抖音同款 网红小夜灯", TB),
    ("周末出去转转 折叠露营椅", TB),          # a stroll
    ("之前在淘宝买的 全新未拆", GF),          # where a second-hand item came from
    ("在京东下单的 发票齐全", GF),
    ("这里比淘宝、京东都便宜", XHS),          # a price comparison
    ("惊喜多多 便宜好用", XHS),
    ("天猫下单立减20", ""),                    # may be tmall's own promotion
    ("有问题请私信客服", XHS),
    ("Find us on Etsy: Maple and Moss", ETSY),  # Etsy on Etsy
    ("Shop our Amazon storefront for matching sets", AMZ),
    ("Selling on Etsy for Dummies, paperback", AMZ),
    ("Compatible with Amazon Echo and Alexa routines", EBAY),
    ("Order through our site to save 15% on every set", OWN),  # the seller's own site
    ("Also available at Target and Walmart stores nationwide", OWN),
    ("Our website has the sizing chart, save this listing", AMZ),
    ("Stainless steel, visit our site for less noise tips", ETSY),
    ("Find us on Etsy", ""),                   # platform unknown, no price promised
    ("去京东看了下价格，这里更便宜", XHS),     # the lower price is this shop's
    ("晚上抖音直播 记得来", XHS),
    ("淘宝直播 爆款推荐", XHS),
    ("走拼多多物流太慢", XHS),
    ("淘宝上买不到的款", XHS),
    ("How to Sell on Etsy, paperback", AMZ),
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
