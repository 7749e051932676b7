"""QR codes and barcodes in pictures: rendered with segno / zxing-cpp, read by the real readers,
judged by the real scan (offsite_contact on field=image with the code's box)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from scanner.engine import ScanContext
from scanner.models import Listing
from scanner.ocr import ImageInspector
from scanner.ocr.codes import read_codes
from scanner.ocr.synth import code_picture, photo_background, qr_image, random_picture
from scanner.pipeline import ListingScanner, ScanOptions

WECHAT = "https://u.wechat.com/EJ3kX9-abcdefgh12345"


def _scan(tmp_path: Path, pictures: dict[str, Image.Image], url: str = "", domains=()) -> list:
    for name, im in pictures.items():
        im.save(tmp_path / name)
    listing = Listing(id="Q1", title="纯棉T恤", images=tuple(pictures), url=url, source=str(tmp_path / "shop.jsonl"))
    opts = ScanOptions(context=ScanContext(shop_domains=tuple(domains)), cache_dir=str(tmp_path / "cache"))
    return ListingScanner(opts).scan(listing)


def test_reads_rotated_jpeg_qr_code_at_15_percent_of_the_picture():
    for seed in range(6):
        im, (x0, y0, x1, y1) = code_picture(seed, WECHAT, frac=0.15, angle=[0, 12, -20, 33, 45, -7][seed],
                                            quality=60)
        codes = read_codes(np.asarray(im))
        got = [c for c in codes if c.text == WECHAT]
        assert got, (seed, codes)
        b = got[0].box  # the box is where the code was pasted
        assert x0 - 8 <= b.x and b.x + b.w <= x1 + 8 and y0 - 8 <= b.y and b.y + b.h <= y1 + 8


def test_pictures_without_a_code_have_none():
    for seed in range(12):
        pic = random_picture(100 + seed)
        assert read_codes(np.asarray(pic.image)) == [], seed


def test_a_1d_barcode_is_read_and_stays_clean(tmp_path):
    import zxingcpp

    bar = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode("6901234567892", zxingcpp.BarcodeFormat.EAN13), scale=3) \
        if hasattr(zxingcpp, "create_barcode") else None
    arr = np.asarray(bar) if bar is not None else None
    assert arr is not None
    im = Image.new("RGB", (800, 600), (255, 255, 255))
    im.paste(Image.fromarray(arr).convert("RGB"), (200, 200))
    codes = read_codes(np.asarray(im))
    assert [c.kind for c in codes] == ["EAN13"] and codes[0].text == "6901234567892"
    res = _scan(tmp_path, {"bar.png": im})
    assert not [f for f in res.findings if f.category == "offsite_contact"]


@pytest.mark.parametrize("payload,term", [
    (WECHAT, "微信个人二维码"),
    ("https://weixin.qq.com/g/AQYAAF2abcdefghijklmnop", "微信群邀请"),
    ("HTTPS://QR.ALIPAY.COM/FKX09876ABCDEFG123", "支付宝收款码"),
    ("https://qm.qq.com/cgi-bin/qm/qr?k=AbCdEf123456", "QQ二维码"),
    ("wxp://f2f0abcdefghijklmnopqrstuvwxyz", "微信收款码"),
    ("https://www.my-other-store.com/item/12", "站外链接二维码"),
    ("微信：xiaomei20506", "微信号"),
])
def test_offsite_codes_are_high_offsite_contact_with_the_box(tmp_path, payload, term):
    im, (x0, y0, x1, y1) = code_picture(7, payload, frac=0.2, angle=10, quality=80)
    res = _scan(tmp_path, {"main.jpg": im})
    got = [f for f in res.findings if f.category == "offsite_contact"]
    assert len(got) == 1, res.findings
    f = got[0]
    assert (f.field, f.severity, f.term, f.image) == ("image", "high", term, "main.jpg")
    assert f.box is not None and x0 - 8 <= f.box.x <= x1 and y0 - 8 <= f.box.y <= y1
    assert f.box.w <= (x1 - x0) + 16


def test_shop_and_platform_codes_stay_clean_other_platforms_are_medium(tmp_path):
    tb = "https://shop123456.taobao.com/?spm=a1z10"
    im, _ = code_picture(3, tb, frac=0.2, angle=0)
    # the listing is on Taobao: its own platform's shop code is clean
    res = _scan(tmp_path, {"a.jpg": im}, url="https://item.taobao.com/item.htm?id=1")
    assert not [f for f in res.findings if f.category == "offsite_contact"]
    # the listing's platform unknown (an export file): a platform's page is clean too
    res = _scan(tmp_path, {"a.jpg": im})
    assert not [f for f in res.findings if f.category == "offsite_contact"]
    # the same code on a JD listing sends buyers to another platform
    res = _scan(tmp_path, {"a.jpg": im}, url="https://item.jd.com/100.html")
    got = [f for f in res.findings if f.category == "offsite_contact"]
    assert [(f.severity, f.rule_id) for f in got] == [("medium", "QR-OTHER-PLATFORM")]
    # the shop's own site (config shop_domains)
    im2, _ = code_picture(4, "https://www.myshop.cn/p/1", frac=0.2, angle=0)
    res = _scan(tmp_path, {"b.jpg": im2}, domains=("myshop.cn",))
    assert not [f for f in res.findings if f.category == "offsite_contact"]


def test_an_undecodable_qr_code_is_noted(tmp_path):
    q = qr_image(WECHAT, 6)
    d = ImageDraw.Draw(q)
    w, h = q.size
    d.rectangle((w * 0.35, h * 0.35, w * 0.65, h * 0.65), fill=(0, 0, 0))  # a sticker over the data
    im = Image.new("RGB", (800, 800), (240, 240, 240))
    im.paste(q, (300, 300))
    res = _scan(tmp_path, {"c.png": im})
    assert not [f for f in res.findings if f.category == "offsite_contact"]
    notes = [e for e in res.errors if "QR code" in e]
    assert len(notes) == 1 and notes[0].startswith("note: image c.png: a QR code at")


def test_same_picture_read_once_per_run_and_codes_cached(tmp_path):
    im, _ = code_picture(5, WECHAT, frac=0.2, angle=0)
    im.save(tmp_path / "a.jpg")
    (tmp_path / "b.jpg").write_bytes((tmp_path / "a.jpg").read_bytes())  # same bytes, other name
    insp = ImageInspector(tmp_path / "cache", cache=False)
    l1 = Listing(id="1", title="", images=("a.jpg", "b.jpg"), source=str(tmp_path / "s.jsonl"))
    l2 = Listing(id="2", title="", images=("b.jpg",), source=str(tmp_path / "s.jsonl"))
    lines1, _ = insp.inspect(l1)
    lines2, _ = insp.inspect(l2)
    assert insp.stats["ocr"] == 1  # one picture's content, read once
    assert [l.text for l in lines1 if l.code] == [WECHAT, WECHAT]
    assert [(l.image, l.code) for l in lines2 if l.code] == [("b.jpg", "QRCode")]
    cached = ImageInspector(tmp_path / "cache2")
    cached.inspect(l2)
    again = ImageInspector(tmp_path / "cache2")
    lines3, _ = again.inspect(l2)
    assert again.stats["ocr"] == 0 and [l.text for l in lines3 if l.code] == [WECHAT]
