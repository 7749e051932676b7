"""OpenCV preprocessing: text-line regions, crop preparation, helpers (no Tesseract needed)."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from scanner.models import Box
from scanner.ocr import preprocess as pp
from scanner.ocr.synth import cjk_font_path, font, render_lines
from scanner.ocr.tesseract import _collect
from scanner.ocr.textutil import strip_cjk_spaces

needs_font = pytest.mark.skipif(cjk_font_path() is None, reason="needs a CJK font (fonts-wqy-zenhei)")


def test_strip_cjk_spaces():
    assert strip_cjk_spaces("全 网 最 低 价") == "全网最低价"
    assert strip_cjk_spaces("面 霜 NO.1 best seller") == "面霜NO.1 best seller"
    assert strip_cjk_spaces("LV 同 款 ， 限 时") == "LV同款，限时"


def test_separability():
    flat = np.full((20, 20), 128, np.uint8)
    two = np.zeros((20, 20), np.uint8)
    two[:, 10:] = 255
    assert pp.separability(flat) == 0.0
    assert pp.separability(two) == pytest.approx(1.0)


def test_collect_maps_pages_to_crops():
    data = {"page_num": [1, 1, 1, 2, 3, 3], "text": ["", "全", "网", "", "NO.1", "好"],
            "conf": ["-1", "90", "70", "-1", "80", "40"]}
    out = _collect(data, 3)
    assert [o.text for o in out] == ["全网", "", "NO.1好"]
    assert out[0].confidence == pytest.approx(0.8)
    assert out[2].confidence == pytest.approx((4 * 80 + 40) / 5 / 100)


@needs_font
def test_regions_are_lines_in_original_pixels():
    im = render_lines(["限时包邮", "全网最低价 保温杯"], size=(700, 300), font_size=40, fg=(255, 255, 255),
                      bg=(150, 20, 40), origin=(50, 40))
    regions = pp.find_regions(np.asarray(im))
    assert len(regions) == 2  # words on one line are merged into one region
    a, b = regions
    assert a.box.y < b.box.y
    assert 30 <= a.box.x <= 50 and 25 <= a.box.y <= 45
    assert b.box.w > 300 and not b.vertical


@needs_font
def test_shapes_and_box_edges_are_not_text():
    im = Image.new("RGB", (800, 600), (40, 90, 200))
    d = ImageDraw.Draw(im)
    d.ellipse((100, 100, 400, 400), fill=(240, 200, 40))
    d.ellipse((500, 20, 900, 400), fill=(20, 160, 90))  # runs off the right edge
    d.rectangle((50, 450, 700, 560), fill=(0, 0, 0))
    assert pp.find_regions(np.asarray(im)) == []
    d.text((80, 470), "国家级工艺", font=font(50), fill=(255, 255, 255))
    regions = pp.find_regions(np.asarray(im))
    assert len(regions) == 1 and regions[0].box.y >= 450 - 15


@needs_font
def test_vertical_column_is_one_region():
    im = Image.new("RGB", (400, 400), (255, 255, 255))
    d = ImageDraw.Draw(im)
    for i, c in enumerate("全网最低价"):
        d.text((300, 40 + i * 46), c, font=font(40), fill=(0, 0, 0))
    d.text((30, 40), "新品上市", font=font(40), fill=(0, 0, 0))
    regions = pp.find_regions(np.asarray(im))
    assert sorted(r.vertical for r in regions) == [False, True]


@needs_font
@pytest.mark.parametrize("fg,bg", [((255, 255, 255), (20, 20, 20)), ((10, 10, 10), (250, 250, 250)),
                                   ((220, 30, 30), (20, 20, 80))])
def test_prepared_crop_is_dark_text_on_light_at_target_height(fg, bg):
    im = render_lines(["全网最低价"], size=(500, 140), font_size=60, fg=fg, bg=bg, origin=(30, 30))
    rgb = np.asarray(im)
    (region,) = pp.find_regions(rgb)
    s = pp.Settings()
    for variant in s.variants.split(","):
        crop = pp.prepare_crop(rgb, region, s, variant)
        inner = crop[s.border:-s.border, s.border:-s.border]
        assert np.median(inner) > 200  # light background
        assert inner.min() < (80 if variant.startswith("flat") else np.median(inner) - 40)  # dark text
        assert abs(inner.shape[0] - s.text_height * (1 + 2 * s.pad)) < 6


def test_relay_vertical_puts_characters_side_by_side():
    strip = np.full((200, 40), 255, np.uint8)
    for i in range(4):
        strip[10 + i * 48: 40 + i * 48, 8:32] = 0
    line = pp.relay_vertical(strip)
    assert line.shape[1] > line.shape[0]


def test_settings_key_changes_with_every_field():
    base = pp.Settings()
    keys = {base.key()}
    for name, value in [("text_height", 40), ("pad", 0.3), ("median", 1.0), ("variants", "flat"),
                        ("mask", "gradient"), ("denoise", False), ("hat", 11), ("detect_max_pixels", 10)]:
        from dataclasses import replace
        keys.add(replace(base, **{name: value}).key())
    assert len(keys) == 9


def test_tiny_and_blank_images_have_no_regions():
    assert pp.find_regions(np.zeros((1, 1, 3), np.uint8)) == []
    assert pp.find_regions(np.full((300, 300, 3), 128, np.uint8)) == []
    noise = np.random.default_rng(0).normal(128, 12, (400, 400, 3)).clip(0, 255).astype(np.uint8)
    assert pp.find_regions(noise) == []


def test_box_dataclass_is_the_models_box():
    assert pp.Region(Box(1, 2, 3, 4)).box == Box(1, 2, 3, 4)


def test_sub_box_narrows_to_the_offending_words():
    from scanner.ocr import sub_box

    line = Box(100, 50, 14 * 40 + 2 * 11, 56)  # 14 CJK characters of ~40 px, 11 px padding
    b = sub_box(line, "保温杯全网最低价限时包邮现货", 3, 8)
    assert b.y == 50 and b.h == 56
    assert abs(b.x - (100 + 11 + 3 * 40)) <= 15 and abs(b.w - 5 * 40) <= 30
    col = Box(10, 10, 56, 5 * 40 + 22)  # a vertical column
    v = sub_box(col, "国家级工艺", 0, 3)
    assert v.x == 10 and v.w == 56 and v.y <= 12 and abs(v.h - 3 * 40) <= 30
    assert sub_box(line, "", 0, 0) == line
