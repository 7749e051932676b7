"""An absolute term that ranks the shop's own brand's goods among themselves (三星首款…, 最具性价比的
小米笔记本) is a self-comparison (《广告绝对化用语执法指南》第五条): lowered to low by the 本品牌比较
filter (scanner/detectors/ad_terms.py own_range_filter). A term that ranks the brand itself or the
market (小米第一, 全网最低价的小米手机), another shop's brand, or a shop with no own brands stays severe.

Also the two brand readings of session seventeen that sit next to it: a component's maker with its
figures before the spec word is a specification, and a brand alias inside a celebrity's name is the
celebrity's."""
import pytest

from scanner.engine import ScanContext
from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions

OWN = ("三星", "小米", "Anker")


@pytest.fixture(scope="module")
def own_scanner():
    return ListingScanner(ScanOptions(ocr=False, context=ScanContext(own_brands=OWN)))


@pytest.fixture(scope="module")
def plain_scanner():
    return ListingScanner(ScanOptions(ocr=False))


def _abs(scanner, text, brand=""):
    res = scanner.scan(Listing(id="x", title="", description=text, brand=brand))
    return [(f.severity, f.matched_text, f.explanation) for f in res.findings if f.category == "absolute_term"]


LOWERED = [
    ("赠三星首款智能佩戴蓝牙耳机及原装保护套", "首款"),
    ("最具性价比的小米笔记本Pro！", "最具性价比"),
    ("三星最好的手机，屏幕更大", "最好"),
    ("小米旗下最新款智能手环", "最新"),
]


@pytest.mark.parametrize("text,term", LOWERED)
def test_own_range_lowered(own_scanner, text, term):
    got = _abs(own_scanner, text)
    assert got and all(sev == "low" for sev, _, _ in got), got
    assert any(term in m and "本品牌" in why for _, m, why in got), got


STAYS = [
    "小米第一，销量遥遥领先",          # the brand ranked first: a market claim
    "小米第一品牌 放心购买",
    "全网最低价的小米手机",            # the market named in the term
    "小米，最好的手机",                # a clause break: the brand is not the object
    "三星最好",                        # nothing ranked after the term
    "最好的华为手机",                  # not the shop's own brand
    "三星 最好的手机 大屏",             # a title's keywords: the brand, then a claim of its own
]


@pytest.mark.parametrize("text", STAYS)
def test_market_claims_stay(own_scanner, text):
    got = _abs(own_scanner, text)
    assert any(sev in ("high", "medium") for sev, _, _ in got), got


def test_without_own_brands_nothing_changes(plain_scanner):
    got = _abs(plain_scanner, "赠三星首款智能佩戴蓝牙耳机")
    assert any(sev in ("high", "medium") for sev, _, _ in got), got


def test_listing_brand_counts(plain_scanner):
    got = _abs(plain_scanner, "最具性价比的小米笔记本Pro", brand="小米")
    assert got and all(sev == "low" for sev, _, _ in got), got


# ---------------------------------------------------------------- components named by their maker

@pytest.mark.parametrize("text", ["联想手机 索尼1300万高清摄像头", "小米手机 索尼4800万像素传感器", "笔记本 英特尔第12代i5处理器"])
def test_component_maker_with_figures_is_a_specification(plain_scanner, text):
    res = plain_scanner.scan(Listing(id="c", title=text))
    comp = [f for f in res.findings if f.matched_text in ("索尼", "英特尔")]
    assert comp and all(f.severity == "info" for f in comp), [(f.rule_id, f.severity, f.matched_text) for f in comp]


@pytest.mark.parametrize("text", ["索尼 降噪耳机 正品", "耐克原装正品运动鞋", "Apple MacBook Air Laptop: Apple M1 chip, 13.3-inch"])
def test_brand_goods_are_not_components(plain_scanner, text):
    res = plain_scanner.scan(Listing(id="c", title=text))
    assert any(f.severity in ("high", "medium") and f.category.startswith("brand") for f in res.findings)


# ---------------------------------------------------------------- a brand alias inside a person's name

def test_an_alias_inside_a_celebrity_name_is_the_celebrity(plain_scanner):
    res = plain_scanner.scan(Listing(id="c", title="欧阳娜娜同款无线耳机"))
    got = [(f.rule_id, f.term) for f in res.findings if f.severity in ("high", "medium")]
    assert got and all(r == "BRAND-CELEB" for r, _ in got), got
