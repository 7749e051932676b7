"""Back-office export files as sources (tests/fixtures/exports)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scanner.sources import SourceError, open_source
from scanner.sources.imagecache import resolve_image

FIX = Path(__file__).parent / "fixtures" / "exports"


def read(path) -> tuple[object, list]:
    src = open_source(str(path))
    return src, list(src)


def test_taobao_gbk_csv():
    raw = (FIX / "taobao_gbk.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really GBK on disk
    src, items = read(FIX / "taobao_gbk.csv")
    assert type(src).__name__ == "TaobaoSource" and src.complete and src.errors == []
    tee, cup, bag = items
    assert tee.id == "612345678901"  # 数字ID
    assert tee.title == "2024新款纯棉短袖T恤 全网最低价 国家级品质"  # 宝贝名称
    assert tee.description.startswith('<p>纯棉面料，"舒适"透气。</p>\n<p><img')  # 宝贝描述, HTML, multi-line
    assert tee.price == "59.00"
    assert tee.url == "https://item.taobao.com/item.htm?id=612345678901"
    # 新图片: one picture online (its URL), one only in the assistant's picture folder (a .tbi file)
    assert tee.images == ("https://img.alicdn.com/bao/uploaded/i1/main1.jpg",
                          "taobao_gbk/c9f0f895fb98ab9159f51fd0297e236d.tbi")
    assert resolve_image(tee.images[1], tee, None).is_file()  # relative to the export's folder
    assert dict(tee.attributes)["宝贝卖点"] == "买一送一 限时抢购"
    assert cup.id == "BW-316"  # no 数字ID yet: 商家编码
    assert cup.images == () and "45c48cce2e2d7fbdea1afc51c7c6ad26" in cup.errors[0]  # a lost picture is noted
    assert bag.id.startswith("t-") and bag.title == "儿童书包 护脊减负"  # neither: a stable id from the title


def test_taobao_utf8_tab_and_utf16(tmp_path):
    src, items = read(FIX / "taobao_utf8.csv")
    assert [i.id for i in items] == ["612345678901", "BW-316", items[2].id]
    assert items[0].title.startswith("2024新款")
    # the same export saved as UTF-16 (what newer 淘宝助理 versions write)
    p = tmp_path / "taobao16.csv"
    p.write_text((FIX / "taobao_utf8.csv").read_text(encoding="utf-8"), encoding="utf-16")
    shutil.copytree(FIX / "taobao_utf8", tmp_path / "taobao16")  # its picture folder, named like the file
    src16, items16 = read(p)
    assert [(i.id, i.title, i.price) for i in items16] == [(i.id, i.title, i.price) for i in items]
    assert items16[0].images[1] == "taobao16/c9f0f895fb98ab9159f51fd0297e236d.tbi"


def test_taobao_written_in_gbk_here(tmp_path):
    p = tmp_path / "mini.csv"
    p.write_text("version 1.00\ntitle,description,picture,price,num_id\n宝贝名称,宝贝描述,新图片,宝贝价格,数字ID\n"
                 "最好的茶叶,<p>特级</p>,abc:1:0:|https://img.example/tea.jpg;,88.00,123\n", encoding="gbk")
    _, (tea,) = read(p)
    assert (tea.id, tea.title, tea.images, tea.price) == ("123", "最好的茶叶", ("https://img.example/tea.jpg",), "88.00")


def test_taobao_without_needed_columns(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("version 1.00\nfoo,bar\n甲,乙\n1,2\n", encoding="utf-8")
    with pytest.raises(SourceError) as e:
        open_source(str(p))
    assert "宝贝名称" in str(e.value) and "\n" not in str(e.value)
    p2 = tmp_path / "cut.csv"  # the first two lines removed by hand
    p2.write_text("宝贝名称,宝贝描述,新图片\n茶,好,\n", encoding="utf-8")
    with pytest.raises(SourceError) as e:
        open_source(str(p2))
    assert "version 1.00" in str(e.value)


def test_shopify_legacy_export_grouped_by_handle():
    src, items = read(FIX / "shopify_legacy.csv")
    assert type(src).__name__ == "ShopifySource"
    assert [i.id for i in items] == ["cotton-tee", "thermos", "gift-card"]
    tee = items[0]
    assert tee.title == "纯棉T恤 第一品牌" and tee.brand == "示例品牌" and tee.category == "T恤"
    assert tee.description == "<p>最舒适的T恤，<strong>100%</strong>纯棉。</p>"
    assert tee.price == "59.00"  # the first variant's
    assert tee.images == ("https://cdn.shopify.com/s/files/1/tee-front.jpg",
                          "https://cdn.shopify.com/s/files/1/tee-back.jpg",
                          "https://cdn.shopify.com/s/files/1/tee-l.jpg")  # image rows and a variant image
    attrs = dict(tee.attributes)
    assert attrs["SEO description"] == "全网最低价的纯棉T恤"  # checked too: it is ad copy
    assert attrs["尺码"] == "S, M, L" and attrs["image alt text"] == "T恤正面 / T恤背面"


def test_shopify_2024_export():
    src, items = read(FIX / "shopify_2024.csv")  # UTF-8 with BOM, 'URL handle', 'Description', 'Price'…
    assert type(src).__name__ == "ShopifySource"
    scarf, gloves = items
    assert (scarf.id, scarf.title, scarf.brand, scarf.price) == ("wool-scarf", "羊毛围巾 国家级工艺", "暖冬", "199.00")
    assert scarf.description == "<p>100%羊毛，<em>冬季</em>必备。</p>"
    assert scarf.images == ("https://cdn.shopify.com/s/files/1/scarf-red.jpg",
                            "https://cdn.shopify.com/s/files/1/scarf-grey.jpg")
    assert scarf.category.startswith("Apparel & Accessories")
    assert dict(scarf.attributes)["颜色"] == "红色, 灰色"
    assert (gloves.id, gloves.price) == ("leather-gloves", "259.00")


def test_amazon_all_listings_report():
    src, items = read(FIX / "amazon_all_listings.txt")
    assert type(src).__name__ == "AmazonSource" and src.complete
    earbuds, case, cable = items
    assert earbuds.id == "EB-001"  # seller-sku
    assert earbuds.title.startswith("Wireless Earbuds") and earbuds.description.startswith("The #1 earbuds")
    assert earbuds.images == ("https://m.media-amazon.com/images/I/earbuds.jpg",)
    assert earbuds.price == "29.99"
    assert case.title == "硅胶手机壳 适用于 iPhone 15" and dict(case.attributes)["item-note"] == "全新"
    assert cable.id == "0123ABC4569"  # no seller-sku: the listing-id


def test_amazon_report_with_chinese_headers(tmp_path):
    p = tmp_path / "all_listings_cn.txt"
    p.write_text("商品名称\t商品描述\t出售商品编号\t卖家 SKU\t价格\t数量\t图片 URL\tASIN 1\n"
                 "蓝牙耳机 音质第一\t\t0A1\tBT-1\t199\t5\t\tB0X\n", encoding="utf-8")
    _, (item,) = read(p)
    assert (item.id, item.title, item.price) == ("BT-1", "蓝牙耳机 音质第一", "199")


def test_unknown_shape_names_the_expected_columns():
    with pytest.raises(SourceError) as e:
        open_source(str(FIX / "unknown_shape.csv"))
    msg = str(e.value)
    assert "sku, name, cost, stock" in msg  # what it found
    for expected in ("id,title", "Handle", "宝贝名称", "item-name"):  # what it expected
        assert expected in msg
    assert "\n" not in msg


def test_canonical_csv_is_not_taken_for_an_export(tmp_path):
    p = tmp_path / "listings.csv"
    p.write_text("id,title,description,images\n1,茶,好茶,\n", encoding="utf-8")
    src, (item,) = read(p)
    assert type(src).__name__ == "CsvSource" and item.title == "茶"
