"""The default OCR engine (RapidOCR driven by scanner/ocr/rapid.py) on the pictures a real shop
has, rendered here: long detail images read in bands, vertical text, white text on a photo,
small overlaid text, other platforms' watermarks; and pictures read a batch at a time."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from scanner.engine import ScanContext
from scanner.models import Listing
from scanner.normalize import normalize_key
from scanner.ocr import ImageInspector
from scanner.ocr.rapid import relay_column, tiles
from scanner.ocr.synth import _draw_text, cjk_font_path, font, photo_background
from scanner.pipeline import ListingScanner, ScanOptions

pytestmark = pytest.mark.skipif(cjk_font_path() is None, reason="needs a CJK font (fonts-wqy-zenhei)")


def _listing(tmp_path: Path, *names: str, url: str = "") -> Listing:
    return Listing(id="R1", title="纯棉T恤", images=names, url=url, source=str(tmp_path / "shop.jsonl"))


def _text(lines) -> str:
    return normalize_key("".join(l.text for l in lines if not l.code))


def test_tiles_cover_a_tall_picture_with_overlap_and_leave_others_whole():
    assert tiles(400, 750) == [(0, 0, 750, 400)]
    assert tiles(800, 800) == [(0, 0, 800, 800)]
    t = tiles(10_000, 750)
    assert t[0][1] == 0 and t[-1][3] == 10_000 and all(x0 == 0 and x1 == 750 for x0, _, x1, _ in t)
    for (_, _, _, a1), (_, b0, _, _) in zip(t, t[1:]):
        assert a1 - b0 >= 100  # consecutive bands overlap by more than a line of text
    assert len(tiles(10 ** 6, 750)) == 64  # bounded


def test_long_detail_image_is_read_in_bands_with_boxes_in_picture_pixels(tmp_path):
    W, H = 750, 9000
    im = Image.new("RGB", (W, H), (245, 245, 245))
    d = ImageDraw.Draw(im)
    f = font(40)
    d.text((60, 300), "新品上市", font=f, fill=(0, 0, 0))
    d.text((60, 8600), "全网最低价", font=f, fill=(200, 0, 0))  # near the bottom
    y_cut = tiles(H, W)[1][1]  # a line exactly across the edge between two bands
    d.text((60, y_cut - 20), "根治脱发", font=f, fill=(0, 0, 90))
    im.save(tmp_path / "detail.jpg", quality=85)
    lines, errors = ImageInspector(tmp_path / "cache").inspect(_listing(tmp_path, "detail.jpg"))
    assert errors == []
    low = next(l for l in lines if "最低价" in l.text)
    assert 8560 <= low.box.y <= 8620 and low.box.x < 100
    assert sum("根治脱发" in l.text for l in lines) == 1  # read once, not once per band
    assert "新品上市" in _text(lines)


def test_vertical_text_is_read(tmp_path):
    im = Image.new("RGB", (800, 800), (250, 240, 220))
    f = font(48)
    for k, ch in enumerate("招财进宝"):
        ImageDraw.Draw(im).text((600, 120 + k * 56), ch, font=f, fill=(150, 0, 0))
    ImageDraw.Draw(im).text((60, 700), "纯棉面料", font=font(36), fill=(0, 0, 0))
    im.save(tmp_path / "v.png")
    lines, _ = ImageInspector(tmp_path / "cache").inspect(_listing(tmp_path, "v.png"))
    assert "招财进宝" in _text(lines)
    col = next(l for l in lines if "招财进宝" in l.text)
    assert col.box.h > 2 * col.box.w  # the box is the column


def test_relay_column_lays_characters_side_by_side():
    crop = np.full((400, 80, 3), 255, np.uint8)
    for k in range(4):
        crop[20 + k * 95: 80 + k * 95, 15:65] = 0
    line = relay_column(crop)
    assert line.shape[1] > 3 * line.shape[0]


def test_white_text_on_a_photo_and_small_overlaid_text(tmp_path):
    import random

    r = random.Random(3)
    im = photo_background(r, (800, 800), 3)
    _draw_text(im, r, "国家级工艺", (80, 120), font(44), (255, 255, 255), "shadow")
    _draw_text(im, r, "七天无理由退换 顶级品质", (80, 700), font(20), (20, 20, 20), "plain")
    im.convert("RGB").save(tmp_path / "p.jpg", quality=80)
    lines, _ = ImageInspector(tmp_path / "cache").inspect(_listing(tmp_path, "p.jpg"))
    t = _text(lines)
    assert "国家级工艺" in t and "顶级品质" in t


def test_other_platforms_watermark_is_medium_offsite_contact_own_platform_is_clean(tmp_path):
    im = Image.new("RGB", (800, 800), (230, 230, 235))
    d = ImageDraw.Draw(im)
    d.text((40, 60), "纯棉面料 柔软亲肤", font=font(40), fill=(0, 0, 0))
    d.text((480, 740), "小红书：好物分享君", font=font(26), fill=(120, 120, 120))
    d.text((40, 740), "淘宝店铺：美美旗舰店", font=font(26), fill=(120, 120, 120))
    im.save(tmp_path / "w.png")
    scanner = ListingScanner(ScanOptions(context=ScanContext(), cache_dir=str(tmp_path / "cache")))
    res = scanner.scan(_listing(tmp_path, "w.png", url="https://item.taobao.com/item.htm?id=9"))
    got = [(f.field, f.severity, f.rule_id) for f in res.findings if f.category == "offsite_contact"]
    assert got == [("image", "medium", "WATERMARK-XIAOHONGSHU")]  # the Taobao mark is the shop's own
    box = next(f.box for f in res.findings if f.rule_id == "WATERMARK-XIAOHONGSHU")
    assert box.y > 700 and box.x > 400
    res = scanner.scan(_listing(tmp_path, "w.png", url="https://mobile.yangkeduo.com/goods.html?id=9"))
    rules = sorted(f.rule_id for f in res.findings if f.category == "offsite_contact")
    assert rules == ["WATERMARK-TAOBAO", "WATERMARK-XIAOHONGSHU"]  # on Pinduoduo both are other platforms


def test_many_pictures_are_read_a_batch_at_a_time_in_listing_order(tmp_path, monkeypatch):
    names = []
    for i in range(7):
        im = Image.new("RGB", (600, 200), (255, 255, 255))
        ImageDraw.Draw(im).text((30, 60), f"第{i}号图片", font=font(40), fill=(0, 0, 0))
        im.save(tmp_path / f"{i}.png")
        names.append(f"{i}.png")
    insp = ImageInspector(tmp_path / "cache", batch=3)
    sizes = []
    real = insp.engine.read_images
    monkeypatch.setattr(insp.engine, "read_images", lambda imgs: sizes.append(len(imgs)) or real(imgs))
    lines, errors = insp.inspect(_listing(tmp_path, *names))
    assert sizes == [3, 3, 1]  # never more than a batch of decoded pictures at once
    assert [l.image for l in lines] == names and errors == []
