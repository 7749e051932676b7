"""A brand inside the registered company name on a product label's maker line (生产商：常熟波司登
进出口有限公司) is the label the law requires, not a use of the mark; copy and dupe wording next to
the brand is still judged. Shipped brand data, the real scanner."""
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
])
def test_a_brand_in_the_makers_company_name_is_quiet(scan, title, description):
    assert not scan(title, description), scan(title, description)


@pytest.mark.parametrize("title,description,quote", [
    ("羽绒服 男", "波司登同款 生产商：某某服饰有限公司", "波司登同款"),   # a dupe claim elsewhere
    ("羽绒服", "高仿波司登 生产商：波司登羽绒服装有限公司", "高仿波司登"),
    ("羽绒服 男", "波司登 羽绒服 正品", "波司登"),                        # no maker line: a brand mention
])
def test_copy_wording_and_bare_mentions_are_still_judged(scan, title, description, quote):
    assert any(quote in f.matched_text for f in scan(title, description)), scan(title, description)
