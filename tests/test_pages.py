"""Page objects, offline, on saved pages and API answers (tests/fixtures/shops/pages, /api)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.sources.pages import HtmlPage, canonical_url, looks_like_product_url, page_number, slug_id
from scanner.sources.platform_json import format_minor, shopify_listings, woo_listings

FIX = Path(__file__).parent / "fixtures" / "shops"


def page(name: str, url: str, encoding: str | None = None) -> HtmlPage:
    return HtmlPage((FIX / "pages" / name).read_bytes(), url, encoding=encoding)


def only(listings):
    assert len(listings) == 1, listings
    return listings[0]


def test_shopify_theme_page_jsonld():
    p = page("shopify_product.html", "https://shop.example.com/products/cotton-tee?variant=1")
    lst = only(p.listings("https://shop.example.com/"))
    assert lst.id == "TEE-S"  # schema.org sku
    assert lst.title == "纯棉T恤 第一品牌"
    assert "国家级品质" in lst.description
    assert lst.brand == "示例品牌"
    assert lst.price == "59.00"
    assert lst.url == "https://shop.example.com/products/cotton-tee"  # the canonical address, not ?variant=
    assert lst.images == (
        "https://shop.example.com/cdn/shop/files/tee-front.jpg?v=1700000000&width=1920",
        "https://shop.example.com/cdn/shop/files/tee-back.jpg?v=1700000000",  # protocol-relative made absolute
    )
    assert lst.source == "https://shop.example.com/"
    links = p.links()
    assert "https://shop.example.com/products/wool-scarf" in links.products
    assert all("/cart" not in u and "/account" not in u and not u.endswith(".pdf")
               for u in links.products + links.other + links.next_pages)


def test_woo_page_yoast_graph_and_a_broken_block():
    p = page("woo_product.html", "https://woo.example.com/product/thermos-316/")
    lst = only(p.listings("s"))
    assert (lst.id, lst.title, lst.price, lst.brand) == ("BW-316", "保温杯 316不锈钢", "89.90", "暖冬")
    assert lst.description == "保温12小时，绝对不漏水。"
    assert lst.images == ("https://woo.example.com/wp-content/uploads/2024/05/thermos.jpg",)
    assert dict(lst.attributes) == {"容量": "500ml", "材质": "316不锈钢"}
    # the add-to-cart link is not a page to crawl
    assert p.links().products == ["https://woo.example.com/product/cotton-tee/"]


def test_microdata_page_in_gbk():
    p = page("microdata_product.html", "https://bags.example.com/goods/detail/2024.html", encoding="gbk")
    lst = only(p.listings("s"))
    assert lst.id == "BAG-2024"  # productID, 'sku:' prefix dropped
    assert lst.title == "儿童书包 护脊减负 全国销量第一"
    assert lst.description == "符合人体工学，有效预防脊柱侧弯。"
    assert lst.images == ("https://bags.example.com/goods/detail/images/bag-main.jpg",
                          "https://img.example-cdn.com/bag-side.jpg")
    assert (lst.brand, lst.category, lst.price) == ("护脊星", "箱包 > 书包", "129.00")
    assert lst.attributes == (("适用年龄", "6-12岁"),)


def test_opengraph_fallback():
    lst = only(page("og_product.html", "https://silk.example.com/item/silk-pajamas").listings("s"))
    assert lst.id == "SILK-01"
    assert lst.title == "真丝睡衣 顶级桑蚕丝"
    assert lst.description == "100%桑蚕丝，纯天然，无任何副作用。"
    assert lst.images == ("https://static.example.com/silk-1.jpg", "https://static.example.com/silk-2.jpg")
    assert (lst.price, lst.brand, lst.url) == ("399.00", "丝语", "https://silk.example.com/item/silk-pajamas")


def test_product_group_with_variants():
    lst = only(page("productgroup.html", "https://shop.example.com/products/wool-scarf").listings("s"))
    assert lst.id == "SCARF"
    assert lst.price == "199.00"
    assert lst.images == ("https://shop.example.com/img/red.jpg", "https://shop.example.com/img/grey.jpg")


def test_listing_page_links():
    p = page("listing_page.html", "https://woo.example.com/product-category/clothes/page/2/")
    assert p.listings("s") == []
    links = p.links()
    assert links.next_pages[0] == "https://woo.example.com/product-category/clothes/page/3/"
    assert set(links.products) == {
        "https://woo.example.com/shop/clothes/silk-pajamas/",  # recognised by its product card
        "https://woo.example.com/product/cotton-tee/",  # tracking parameter dropped
        "https://woo.example.com/product/wool-scarf/",  # fragment dropped
    }
    everything = links.next_pages + links.products + links.other
    assert not any(("add-to-cart" in u or "orderby" in u or "/cart" in u or "my-account" in u or "wp-login" in u
                    or u.startswith(("mailto:", "javascript:")) or u.endswith(".pdf")) for u in everything)
    assert "https://woo.example.com/product-category/shoes/" in links.other


def test_itemlist_page_is_not_a_product_page():
    p = page("itemlist_page.html", "https://shop.example.com/goods/")
    assert p.listings("s") == []
    links = p.links()
    assert links.products == ["https://shop.example.com/goods/1001", "https://shop.example.com/goods/1002"]
    assert links.next_pages == ["https://shop.example.com/goods/?page=2"]


def test_plain_page_has_no_listing():
    p = page("plain_page.html", "https://shop.example.com/pages/about")
    assert p.listings("s") == []


def test_slug_ids_and_url_helpers():
    assert slug_id("https://a.example/products/cotton-tee") == "cotton-tee"
    assert slug_id("https://a.example/product/thermos-316/") == "thermos-316"
    assert slug_id("https://a.example/goods/1001.html") == "1001"
    assert slug_id("https://a.example/item.php?id=77") == "item-77"
    assert slug_id("https://a.example/p/%E4%BF%9D%E6%B8%A9%E6%9D%AF") == "保温杯"
    assert canonical_url("https://A.example/x?utm_source=n&b=2&a=1#top") == "https://a.example/x?a=1&b=2"
    assert page_number("https://a.example/shop/page/3/") == 3
    assert page_number("https://a.example/collections/all?page=7") == 7
    assert page_number("https://a.example/collections/all") is None
    assert looks_like_product_url("https://a.example/products/x")
    assert not looks_like_product_url("https://a.example/product-category/x/")


def test_shopify_products_json():
    data = json.loads((FIX / "api" / "shopify_products.json").read_text(encoding="utf-8"))
    tee, thermos = shopify_listings(data, "https://shop.example.com", "https://shop.example.com/")
    assert tee.id == "cotton-tee"  # the handle
    assert tee.url == "https://shop.example.com/products/cotton-tee"
    assert (tee.title, tee.brand, tee.category, tee.price) == ("纯棉T恤 第一品牌", "示例品牌", "T恤", "59.00")
    assert tee.description.startswith("<p>最舒适的T恤")
    assert len(tee.images) == 2
    attrs = dict(tee.attributes)
    assert attrs["tags"] == "夏季, 纯棉" and attrs["尺码"] == "S, L" and attrs["variants"] == "S / L"
    assert thermos.description == "" and thermos.images == () and thermos.price == "89.90"
    assert "variants" not in dict(thermos.attributes)  # 'Default Title' is no variant
    with pytest.raises(ValueError):
        shopify_listings({"nope": 1}, "https://x", "x")


def test_woo_store_api_page_minor_units():
    data = json.loads((FIX / "api" / "woo_products.json").read_text(encoding="utf-8"))
    thermos, tea = woo_listings(data, "https://woo.example.com", "https://woo.example.com/")
    assert thermos.id == "42"
    assert thermos.title == "保温杯 316不锈钢 – 大容量"  # HTML entity decoded
    assert thermos.price == "89.90"  # 8990 in minor units, currency_minor_unit 2
    assert tea.price == "12800"  # JPY: minor unit 0
    assert (thermos.brand, thermos.category) == ("暖冬", "杯子")
    assert thermos.url == "https://woo.example.com/product/thermos-316/"
    assert dict(thermos.attributes)["容量"] == "500ml"
    assert dict(thermos.attributes)["short_description"] == "<p>保温12小时</p>"
    assert format_minor("1999", 2) == "19.99" and format_minor("5", 3) == "0.005" and format_minor("", 2) == ""
