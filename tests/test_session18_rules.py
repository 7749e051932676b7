"""Rules of session eighteen, each with the look-alikes that must stay quiet: near-sound initials
(z/zh, c/ch, s/sh, n/l), digits and repeated swaps in Latin look-alikes, a sound-alike running across a
word boundary, a word-brand before its own goods (brand_products.csv), two-letter product codes,
credits of a work on a medium, a full stop between two capitalised words, the contact detector's
word-led patterns."""
import pytest

from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(ocr=False))


def severe(scanner, text, *categories):
    return [(f.category, f.rule_id, f.matched_text, f.term) for f in scanner.scan(Listing(id="s18", title=text)).findings
            if f.severity in ("high", "medium") and (not categories or f.category in categories)]


BRAND = ("brand_piggyback", "brand_unauthorized")


@pytest.mark.parametrize("text,term", [
    ("美年大 汽水 橙味", "Mirinda"),                 # a homophone standing apart, its product after it
    ("蓝月亮洗衣液 3kg", "Blue Moon"),               # an ordinary-word name before its own goods (brand_products.csv)
    ("七度空间 卫生巾 日用", "Space7"),
    ("85C 海盐咖啡 面包", "85C"),                     # the bakery by its own goods
    ("彭于晏同款 夹克", "彭于晏"),                    # 同款 names the person whatever else the listing is
    ("周杰伦同款 专辑封面T恤", "周杰伦"),
    ("任嘉伦主演 锦衣之下 抱枕", "任嘉伦"),           # merchandise of a series: 主演 credits nothing on a pillow
    ("酒量酒 白酒 52度", "Jiugui"),                   # a swapped character in a word, but the brand's goods follow
])
def test_found(scanner, text, term):
    assert any(t == term for _, _, _, t in severe(scanner, text, *BRAND)), severe(scanner, text)


@pytest.mark.parametrize("text", [
    "国家队每年大赛完成后，都会去冬训",              # 每年 + 大赛, not 美年达
    "不占酒量酒器 分酒器",                            # 酒量 (capacity for drink), not 酒鬼酒 with 量 for 鬼
    "最佳冲泡水温85℃，第一泡快速出汤",               # a temperature, not 85度C
    "热水器 出水温度85C 速热",
    "保暖内衣 暖卡（腈纶）面料 莱卡（氨纶）弹力",     # LYCRA's Chinese name, not 徕卡
    "韩国cc气垫粉底液 遮瑕",                          # CC cream, not Chanel
    "电影《第一炉香》 蓝光碟 许鞍华导演 马思纯 彭于晏",  # a Blu-ray's cast
    "周杰伦 范特西 专辑 CD 正版",                     # the singer's own album
])
def test_quiet_brand(scanner, text):
    assert not severe(scanner, text, *BRAND), severe(scanner, text)


def test_title_case_sentence_is_no_link(scanner):
    assert not severe(scanner, "Best. TV. Ever. 4K smart TV", "offsite_contact")
    assert severe(scanner, "访问 taobao. com 下单", "offsite_contact")
    assert severe(scanner, "加我 jd. COM", "offsite_contact")


@pytest.mark.parametrize("text,want", [
    ("支持支付宝转我，优惠多多", True),                 # a payment word (WordGate: tried where its word stands)
    ("私下交易一律不支持，请走平台", False),            # refused after it
    ("小红书号：lucy_2024 看更多", True),               # a social app's account
    ("视频号搜「好物小铺」", True),
    ("号码齐全 S M L XL", False),                       # 号 alone cues nothing
])
def test_word_led_contact_patterns(scanner, text, want):
    assert bool(severe(scanner, text, "offsite_contact")) is want, severe(scanner, text)
