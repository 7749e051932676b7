"""Crawling real local shops (127.0.0.1, ephemeral ports), one test per shape.

Every shop carries faults: a 503 (or 429) that succeeds on retry, a 404 image, a corrupt image, a
robots.txt Disallow, an off-site link (another server that must never be hit) and, for the page
shapes, a pagination loop. Every listing must arrive.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shops"))
from shopserver import Offsite, ShopServer  # noqa: E402

from scanner.sources import SourceOptions, open_source  # noqa: E402


def crawl(shop: ShopServer, cache: Path, **kw):
    events = []
    opts = SourceOptions(crawl_delay=0, cache_dir=cache, progress=lambda ev, **c: events.append((ev, c)), **kw)
    src = open_source(shop.url, opts)
    items = list(src)
    return src, {i.id: i for i in items}, items, events


def assert_image_faults(shop: ShopServer, by_id: dict, cache: Path, id_of) -> None:
    """404 and corrupt images are noted on their listing; the others are cached once, by content hash."""
    assert "HTTP 404" in " ".join(by_id[id_of(3)].errors)
    assert "corrupt image" in " ".join(by_id[id_of(4)].errors)
    clean = [i for k, i in by_id.items() if k not in (id_of(3), id_of(4))]
    assert all(not i.errors for i in clean), [i.errors for i in clean if i.errors]
    assert shop.count("/img/shared.png") == 1  # two listings, one download
    assert shop.count("/img/p8.png") == 2  # a 503 on the first try, then fine
    data = shop._png[1]
    f = cache / "images" / f"{hashlib.sha256(data).hexdigest()}.png"
    assert f.read_bytes() == data


@pytest.fixture
def offsite():
    with Offsite() as server:
        yield server


def test_shopify_products_json(tmp_path, offsite):
    with ShopServer("shopify", 260, offsite_url=offsite.url) as shop:
        src, by_id, items, events = crawl(shop, tmp_path)
        assert len(items) == 260 and set(by_id) == shop.expected_ids()  # all, each once
        assert src.complete and src.errors == []
        assert src.stats["platform"] == "shopify" and src.stats["listings"] == 260
        assert shop.count("/products.json?limit=250&page=2") == 2  # 503, then the retry
        assert shop.count("/products.json?limit=250&page=3") == 1  # the empty page ends it
        tee = by_id["item-001"]
        assert tee.title == "测试商品 1 纯棉短袖T恤" and tee.price == "60.00" and tee.brand == "示例品牌"
        assert tee.url == f"{shop.origin}/products/item-001" and tee.source == shop.url
        assert_image_faults(shop, by_id, tmp_path, lambda i: f"item-{i:03d}")
        assert events and events[-1] == ("page", {"pages": src.stats["pages"], "listings": 260})
        assert offsite.hits == []


def test_woocommerce_store_api(tmp_path, offsite):
    with ShopServer("woo", 230, offsite_url=offsite.url) as shop:
        src, by_id, items, _ = crawl(shop, tmp_path)
        assert len(items) == 230 and set(by_id) == shop.expected_ids()
        assert src.complete and src.stats["platform"] == "woocommerce"
        assert shop.count("/wp-json/wc/store/v1/products?per_page=100&page=2") == 2  # 429, then the retry
        assert shop.count("/wp-json/wc/store/v1/products?per_page=100&page=4") == 0  # X-WP-TotalPages: 3
        assert by_id["5001"].price == "19.91"  # 1991 minor units, currency_minor_unit 2
        assert by_id["5005"].price == "204"  # currency_minor_unit 0
        assert by_id["5001"].title == "测试商品 1 纯棉短袖T恤 & 更多"
        assert by_id["5001"].url == f"{shop.origin}/product/woo-1/"
        assert_image_faults(shop, by_id, tmp_path, lambda i: str(5000 + i))


def test_sitemaps_to_product_pages(tmp_path, offsite):
    with ShopServer("sitemap", 40, offsite_url=offsite.url + "products/x") as shop:
        src, by_id, items, _ = crawl(shop, tmp_path)
        expected = shop.expected_ids() | {"moved-away", "always-broken"}
        assert set(by_id) == expected and len(items) == len(expected)
        assert src.stats["platform"] == "pages"
        # robots.txt Sitemap: -> index -> a plain and a gzipped product sitemap
        assert shop.count("/sitemap_index.xml") == 1 and shop.count("/sitemap_products_2.xml.gz") == 1
        assert by_id["SKU-040"].title == "测试商品 40 纯棉短袖T恤"
        assert shop.count("/products/sku-005") == 2 and not by_id["SKU-005"].errors  # 503, then fine
        # a product page that fails after the retries: kept, with its error; the shop read in part
        broken = by_id["always-broken"]
        assert broken.url == f"{shop.origin}/products/always-broken"
        assert "HTTP 500 after 3 attempts" in broken.errors[0]
        assert shop.count("/products/always-broken") == 3
        # a product that redirects to another host: not followed, noted
        assert "redirects off the shop" in by_id["moved-away"].errors[0]
        assert not src.complete and len(src.errors) == 2
        assert shop.count("/private/") == 0  # robots.txt Disallow
        assert offsite.hits == []
        assert_image_faults(shop, {k: v for k, v in by_id.items() if k not in ("moved-away", "always-broken")},
                            tmp_path, lambda i: f"SKU-{i:03d}")


def test_paginated_pages_with_jsonld(tmp_path, offsite):
    with ShopServer("jsonld", 45, offsite_url=offsite.url) as shop:
        src, by_id, items, _ = crawl(shop, tmp_path)
        assert len(items) == 45 and set(by_id) == shop.expected_ids()
        assert src.complete and src.errors == [], src.errors
        lst = by_id["SKU-007"]
        assert lst.url == f"{shop.origin}/product/sku-007/" and lst.price == "66.00" and lst.brand == "示例品牌"
        assert shop.count("/collections/all?page=2") == 2  # 503, then the retry
        # the last page's rel=next points back to page 1: a loop, stopped
        assert shop.count("/collections/all?page=1") <= 1 and shop.count("/collections/all?page=4") == 0
        assert shop.count("/private/") == 0 and shop.count("/cart") == 0
        assert not any(host.startswith("localhost") for host, _ in shop.hits)  # another host name: off-site
        assert offsite.hits == []
        assert src.stats["offsite_links_skipped"] > 0
        assert_image_faults(shop, by_id, tmp_path, lambda i: f"SKU-{i:03d}")


def test_paginated_pages_with_microdata_and_opengraph(tmp_path, offsite):
    with ShopServer("microdata", 45, offsite_url=offsite.url) as shop:
        src, by_id, items, _ = crawl(shop, tmp_path)
        assert len(items) == 45 and set(by_id) == shop.expected_ids()
        assert src.complete and src.errors == []
        assert by_id["M001"].title == "测试商品 1 纯棉短袖T恤" and by_id["M001"].price == "60.00"
        assert by_id["micro-item-002"].url == f"{shop.origin}/p/micro-item-002"  # no productID: the slug
        og = by_id["og-item-010"]  # OpenGraph only
        assert og.title == "测试商品 10 纯棉短袖T恤" and og.price == "69.00" and og.images
        # /shop/page/4/ repeats the last page (and links to 5, 6…): the crawl stops there
        assert shop.count("/shop/page/4/") == 1 and shop.count("/shop/page/5/") == 0
        assert shop.count("/private/") == 0 and offsite.hits == []
        assert_image_faults(shop, by_id, tmp_path, ShopServer.micro_id)
