"""A brand inside the registered company name on a product label's maker line (生产商：常熟波司登
进出口有限公司) is the label the law requires, and a brand's goods given away with the goods sold
(加赠网易耳机) are a gift: neither is a use of the mark. Copy and dupe wording next to the brand is
still judged. A run of brand hashtags tags an ordinary-word name as the brand (#nike #supreme).
Shipped brand data, the real scanner."""
import pytest

from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions
from scanner.engine import ScanContext


@pytest.fixture(scope="module")
def scan():
    sc = ListingScanner(ScanOptions(context=ScanContext(own_brands=("Calvin Klein",)), ocr=False))

    def run(title, description):
        return [f for f in sc.scan(Listing(id="m", title=title, description=description)).findings
                if f.category.startswith("brand") and f.severity in ("high", "medium")]
    return run


@pytest.mark.parametrize("title,description", [
    ("Calvin Klein 羽绒服 男", "生产商：常熟波司登进出口有限公司 地址：江苏常熟"),   # an OEM maker of the brand sold
    ("运动外套 男款", "制造商：江苏雪中飞制衣有限公司 执行标准：GB/T 2660"),
    ("儿童洗发水", "委托方：上海家化联合股份有限公司 受托方：某日化厂"),
    ("手机 X50", "老用户咨询客服赠天猫精灵方糖音箱"),                         # a gift with the phone
    ("手机 X50", "加赠网易耳机"),
    ("香水小样", "赠品：迪奥小样"),
])
def test_a_brand_in_the_makers_company_name_is_quiet(scan, title, description):
    assert not scan(title, description), scan(title, description)


@pytest.mark.parametrize("title,description,quote", [
    ("羽绒服 男", "波司登同款 生产商：某某服饰有限公司", "波司登同款"),   # a dupe claim elsewhere
    ("羽绒服", "高仿波司登 生产商：波司登羽绒服装有限公司", "高仿波司登"),
    ("羽绒服 男", "波司登 羽绒服 正品", "波司登"),                        # no maker line: a brand mention
    ("香水", "送女友 香奈儿香水 正品", "香奈儿"),                          # 送 a present to someone: no gift cue
    ("卫衣", "送LV同款钥匙扣", "LV同款"),
    ("卫衣", "vintage hoodie unbranded #nike #supreme #stussy", "supreme"),  # tagged beside tagged brands
])
def test_copy_wording_and_bare_mentions_are_still_judged(scan, title, description, quote):
    assert any(quote in f.matched_text for f in scan(title, description)), scan(title, description)


def test_an_ordinary_word_tagged_without_a_tagged_brand_stays_a_word(scan):
    assert not scan("苹果 新鲜水果", "#apple #fruit #organic 新鲜水果")


@pytest.mark.parametrize("title,description,loud", [
    ("简约 机械表", "拒绝anmani，只做原创。", False),   # a knock-off name named to refuse it
    ("运动鞋", "绝非Nlke，支持验货", False),
    ("手表 男", "anmani 手表 商务", True),             # the same name selling
])
def test_a_misspelt_name_after_a_denial_is_quiet(scan, title, description, loud):
    assert bool(scan(title, description)) == loud, scan(title, description)
