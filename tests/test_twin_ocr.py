"""OCR twin robustness check: NEW shop pictures rendered here (never the evaluation's pictures)
with the font the project's setup installs (fonts-wqy-zenhei), carrying wording drawn with a fixed
seed from the project's own data — 《广告法》第九/十七/二十八条 terms of lexicons/ad_terms.csv, brand
names (and one-look-alike-character misspellings) of brand_db, off-platform contacts (微信号, phone
numbers, QR codes with a URL or a WeChat payload) — in the layouts sellers use: small text, bold,
coloured text on coloured or gradient backgrounds, light text on dark, text over a photo, slight
rotation, two lines, vertical columns (竖排), traditional characters, mixed Chinese/English, heavy
JPEG compression, low-resolution pictures enlarged; plus clean product pictures with lawful text
that must stay quiet.

Every picture goes through the whole scanner (ListingScanner: the default OCR engine, the OCR
cache, every detector). A picture is only generated when its text, scanned as plain text, gives
the expected finding (so a miss here is an OCR miss, not a lexicon gap).

Run as a script for the per-variation table (both engines with --engine tesseract):
    PYTHONPATH=$PWD python tests/test_twin_ocr.py [--engine rapidocr|tesseract] [--n 3] [--show]
As a test: each variation must find all its pictures, except the ones listed in HARD (xfail with
the reason); clean pictures must give no high/medium finding. SKIP_TWIN_OCR=1 skips the module.
"""
from __future__ import annotations

import csv
import os
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scanner.ocr.synth import _jpeg, cjk_font_path, font, photo_background, qr_image  # noqa: E402

pytestmark = [
    pytest.mark.skipif(cjk_font_path() is None, reason="needs a CJK font (fonts-wqy-zenhei)"),
    pytest.mark.skipif(os.environ.get("SKIP_TWIN_OCR") == "1", reason="SKIP_TWIN_OCR=1"),
]

SEED = 20261201
N = 3  # pictures per variation (the module reads ~70 pictures)
SEVERE = {"high", "medium"}
AD = {"absolute_term", "authority_claim", "medical_claim", "superstition", "inducement",
      "guarantee_claim", "public_order", "false_claim"}
BRAND = {"brand_piggyback", "brand_unauthorized"}
CONTACT = {"offsite_contact"}
FAMILY = {"ad": AD, "brand": BRAND, "contact": CONTACT}

# lawful text of clean product pictures (must stay quiet)
LAWFUL = ["七天无理由退换", "第一次使用请阅读说明", "最大容量2L", "纯棉面料 柔软亲肤", "现货速发 48小时内发货",
          "食品级材质", "适合3岁以上儿童", "颜色以实物为准", "容量500ml", "加厚保暖 四季可用",
          "请置于阴凉干燥处", "新品上市 限时包邮", "买二件打九折", "尺寸 长30cm 宽20cm"]
FILLER = ["纯棉面料", "新品上市", "现货速发", "简约百搭", "精致做工", "限时包邮", "厂家直发", "加厚保暖"]


# ---------------------------------------------------------------- wording from project data
def _rows(path):
    with open(ROOT / path, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if not (next(iter(r.values())) or "").startswith("#")]


def _cjk(t):
    return all("\u4e00" <= c <= "\u9fff" for c in t)


def _ad_terms():
    zh, en = [], []
    for r in _rows("lexicons/ad_terms.csv"):
        t = r["term"]
        if r["severity"] != "high" or r["category"] not in AD or r.get("exceptions"):
            continue
        if r["lang"] == "zh" and 2 <= len(t) <= 6 and _cjk(t):
            zh.append(t)
        elif r["lang"] == "en" and t.replace(" ", "").isalpha() and 4 <= len(t) <= 16:
            en.append(t)
    return sorted(set(zh)), sorted(set(en))


def _brands():
    zh, en = [], []
    for f in ("brands.csv", "brands_global.csv", "brands_cn.csv"):
        for r in _rows(f"brand_db/{f}"):
            if (r.get("ambiguous") or "").strip().lower() == "yes":
                continue
            for n in (r.get("zh") or "").split("|"):
                if 3 <= len(n) <= 5 and _cjk(n):
                    zh.append(n)
            for n in (r.get("en") or "").split("|"):
                if 5 <= len(n) <= 12 and n.isascii() and n.replace(" ", "").isalpha():
                    en.append(n)
    return sorted(set(zh)), sorted(set(en))


def _lookalikes():
    out = {}
    for r in _rows("brand_db/lookalike_chars.csv"):
        try:
            if float(r["score"]) >= 0.85:
                out.setdefault(r["original"], []).append(r["variant"])
        except (KeyError, ValueError):
            continue
    return out


# ---------------------------------------------------------------- the oracle: text scan
_TEXT_SCANNER = None


def _text_scanner():
    global _TEXT_SCANNER
    if _TEXT_SCANNER is None:
        from scanner.engine import ScanContext
        from scanner.pipeline import ListingScanner, ScanOptions

        _TEXT_SCANNER = ListingScanner(ScanOptions(context=ScanContext(), ocr=False))
    return _TEXT_SCANNER


def text_flags(text: str, family: str) -> bool:
    """Whether the wording, as a listing's description, gives a high/medium finding of `family`."""
    from scanner.models import Listing

    res = _text_scanner().scan(Listing(id="T", title="收纳盒", description=text))
    return any(f.severity in SEVERE and f.category in FAMILY[family] for f in res.findings)


def text_quiet(text: str) -> bool:
    from scanner.models import Listing

    res = _text_scanner().scan(Listing(id="T", title="收纳盒", description=text))
    return not any(f.severity in SEVERE for f in res.findings)


# ---------------------------------------------------------------- rendering
def _rc(r, lo=0, hi=255):
    return tuple(r.randrange(lo, hi) for _ in range(3))


def _lum(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def _contrast(r, bg, min_diff=110):
    for _ in range(50):
        c = _rc(r)
        if abs(_lum(c) - _lum(bg)) >= min_diff:
            return c
    return (0, 0, 0) if _lum(bg) > 128 else (255, 255, 255)


def _gradient(r, W, H):
    a, b = np.array(_rc(r, 120, 256), np.float32), np.array(_rc(r, 120, 256), np.float32)
    t = np.linspace(0, 1, W)[None, :, None]
    if r.random() < 0.5:
        t = np.linspace(0, 1, H)[:, None, None]
    arr = a * (1 - t) + b * t
    return Image.fromarray(np.broadcast_to(arr, (H, W, 3)).clip(0, 255).astype(np.uint8))


def _text(im, xy, text, size, fill, stroke=0, angle=0.0, shadow=False):
    f = font(size)
    d = ImageDraw.Draw(im)
    x0, y0, x1, y1 = d.textbbox((0, 0), text, font=f, stroke_width=stroke)
    pad = max(4, size // 3)
    layer = Image.new("RGBA", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    o = (pad - x0, pad - y0)
    if shadow:
        ld.text((o[0] + 2, o[1] + 2), text, font=f, fill=(0, 0, 0, 160), stroke_width=stroke)
    ld.text(o, text, font=f, fill=tuple(fill) + (255,), stroke_width=stroke, stroke_fill=tuple(fill) + (255,))
    if angle:
        layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    im.paste(layer, (xy[0] - pad, xy[1] - pad), layer)


def _fit(text, size, W, margin=40):
    """A font size that keeps the line inside the picture."""
    while size > 12:
        f = font(size)
        if ImageDraw.Draw(Image.new("RGB", (1, 1))).textlength(text, font=f) <= W - 2 * margin:
            break
        size -= 2
    return size


def _line(r, word):
    """A banner line with the word inside ordinary copy."""
    pre, post = r.choice(FILLER + [""]), r.choice(["", "", "今日发货"])
    return f"{pre} {word} {post}".strip() if r.random() < 0.5 else f"{word}{post}"


@dataclass
class Pic:
    variation: str
    family: str  # ad | brand | contact | clean
    expect: str  # the wording that must be found ('' for clean)
    image: Image.Image
    fmt: str = "png"


REJECTED: list[str] = []  # lines whose glued text did not flag as plain text (reported by main)
LINES: list[str] = []  # the problem line of the last rendered picture (for the oracle)


def render(variation: str, r: random.Random, word: str, family: str) -> Image.Image:
    W, H = r.choice([(750, 400), (800, 800), (750, 500)])
    line = _line(r, word) if family != "contact" else word
    if variation == "vertical":
        line = word
    LINES[:] = [line]
    if variation == "small_text":  # 14–18 px lines on a light picture, among other small lines
        bg = _rc(r, 215, 256)
        im = Image.new("RGB", (W, H), bg)
        ys = sorted(r.sample(range(30, H - 40, 26), 4))
        target = r.randrange(4)
        for k, y in enumerate(ys):
            t = line if k == target else r.choice(LAWFUL)
            _text(im, (r.randrange(20, 80), y), t, r.randrange(14, 19), _contrast(r, bg, 130))
        return im
    if variation == "bold":
        bg = _rc(r, 200, 256)
        im = Image.new("RGB", (W, H), bg)
        size = _fit(line, r.randrange(44, 72), W)
        _text(im, (40, H // 3), line, size, _contrast(r, bg), stroke=max(1, size // 24))
        return im
    if variation == "color_on_color":
        bg = _rc(r, 60, 230)
        im = Image.new("RGB", (W, H), bg)
        size = _fit(line, r.randrange(30, 56), W)
        _text(im, (40, H // 3), line, size, _contrast(r, bg, 90))
        _text(im, (40, H // 3 + size * 2), r.choice(LAWFUL), 24, _contrast(r, bg, 90))
        return im
    if variation == "gradient":
        im = _gradient(r, W, H)
        size = _fit(line, r.randrange(30, 56), W)
        _text(im, (40, H // 2 - size), line, size, _rc(r, 0, 90))
        return im
    if variation == "light_on_dark":
        bg = _rc(r, 0, 70)
        im = Image.new("RGB", (W, H), bg)
        size = _fit(line, r.randrange(26, 52), W)
        _text(im, (40, H // 3), line, size, _rc(r, 200, 256))
        return im
    if variation == "small_on_photo":  # 14–18 px dark text in a light label over a photo
        im = photo_background(r, (W, H), r.randrange(10 ** 6)).convert("RGB")
        size = r.randrange(14, 19)
        y = r.randrange(30, H - 60)
        if r.random() < 0.5:
            ImageDraw.Draw(im).rectangle((20, y - 6, W - 20, y + size + 8), fill=_rc(r, 225, 256))
            _text(im, (30, y), line, size, _rc(r, 0, 70))
        else:
            _text(im, (30, y), line, size, (255, 255, 255), shadow=True)
        return im
    if variation == "photo":  # white text with a shadow over a photo-like picture
        im = photo_background(r, (W, H), r.randrange(10 ** 6)).convert("RGB")
        size = _fit(line, r.randrange(30, 52), W)
        _text(im, (40, r.randrange(30, H - size - 30)), line, size, (255, 255, 255), shadow=True)
        return im
    if variation == "noisy":  # text on heavy sensor noise / texture
        base = np.asarray(_gradient(r, W, H), np.float32)
        base += np.random.default_rng(r.randrange(10 ** 6)).normal(0, 28, base.shape)
        im = Image.fromarray(base.clip(0, 255).astype(np.uint8))
        size = _fit(line, r.randrange(32, 54), W)
        _text(im, (40, H // 3), line, size, _rc(r, 0, 60), stroke=1)
        return im
    if variation == "rotated":
        bg = _rc(r, 200, 256)
        im = Image.new("RGB", (W, H), bg)
        size = _fit(line, r.randrange(30, 52), W, 80)
        _text(im, (60, H // 3), line, size, _contrast(r, bg), angle=r.choice([-1, 1]) * r.uniform(3, 5))
        return im
    if variation == "two_lines":
        bg = _rc(r, 200, 256)
        im = Image.new("RGB", (W, H), bg)
        size = _fit(line, r.randrange(30, 46), W)
        first, second = (r.choice(LAWFUL), line) if r.random() < 0.5 else (line, r.choice(LAWFUL))
        _text(im, (40, H // 4), first, size, _contrast(r, bg))
        _text(im, (40, H // 4 + int(size * 1.5)), second, size, _contrast(r, bg))
        return im
    if variation == "vertical":
        W, H = 800, 800
        bg = _rc(r, 200, 256)
        im = Image.new("RGB", (W, H), bg)
        size = r.randrange(40, 56)
        fg = _contrast(r, bg)
        x = r.randrange(520, 700)
        for k, ch in enumerate(word):
            _text(im, (x, 80 + k * int(size * 1.15)), ch, size, fg)
        _text(im, (40, 700), r.choice(LAWFUL), 30, fg)
        return im
    if variation == "glued":  # the term glued to ordinary copy on both sides, no space
        bg = _rc(r, 190, 256)
        im = Image.new("RGB", (W, H), bg)
        line = r.choice(FILLER) + word + r.choice(["今日发货", "限时包邮", "现货"])
        LINES[:] = [line]
        size = _fit(line, r.randrange(30, 56), W)
        _text(im, (40, H // 3), line, size, _contrast(r, bg))
        return im
    if variation in ("traditional", "mixed_en", "brand_zh", "brand_en", "brand_misspelt", "wechat_id", "phone"):
        bg = _rc(r, 190, 256)
        im = Image.new("RGB", (W, H), bg) if r.random() < 0.6 else _gradient(r, W, H)
        size = _fit(line, r.randrange(28, 50), W)
        _text(im, (40, H // 3), line, size, _rc(r, 0, 80))
        return im
    if variation == "jpeg":
        im = render("color_on_color", r, word, family)
        return _jpeg(im, r.randrange(25, 40))
    if variation == "lowres":  # a small picture enlarged (a thumbnail re-used as a banner)
        im = render(r.choice(["gradient", "color_on_color"]), r, word, family)
        w, h = im.size
        k = r.uniform(0.33, 0.45)
        small = im.resize((int(w * k), int(h * k)), Image.BILINEAR)
        return _jpeg(small.resize((w, h), Image.BICUBIC), 70)
    raise ValueError(variation)


def qr_picture(r: random.Random, payload: str) -> Image.Image:
    W, H = r.choice([(800, 800), (750, 1000)])
    im = photo_background(r, (W, H), r.randrange(10 ** 6)).convert("RGB")
    side = int(W * r.uniform(0.16, 0.24))
    q = qr_image(payload, 6).resize((side, side), Image.NEAREST)
    x, y = r.randrange(20, W - side - 20), r.randrange(20, H - side - 80)
    im.paste(q, (x, y))
    _text(im, (x, y + side + 8), r.choice(["扫码加好友", "扫一扫 领优惠", "关注有惊喜"]), 22, (20, 20, 20))
    return _jpeg(im, r.randrange(60, 90))


def clean_picture(r: random.Random) -> Image.Image:
    W, H = r.choice([(800, 800), (750, 500)])
    im = photo_background(r, (W, H), r.randrange(10 ** 6)).convert("RGB")
    for k, t in enumerate(r.sample(LAWFUL, 3)):
        style = r.random()
        size = r.randrange(16, 44)
        y = 40 + k * (H // 3)
        if style < 0.4:
            _text(im, (40, y), t, size, (255, 255, 255), shadow=True)
        elif style < 0.7:
            ImageDraw.Draw(im).rectangle((30, y - 8, W - 30, y + size + 12), fill=(250, 250, 250))
            _text(im, (40, y), t, size, _rc(r, 0, 80))
        else:
            _text(im, (40, y), t, size, _rc(r, 0, 60), stroke=1)
    return _jpeg(im, r.randrange(50, 90))


# ---------------------------------------------------------------- the variations
AD_VARIATIONS = ("small_text", "small_on_photo", "bold", "color_on_color", "gradient", "light_on_dark", "photo", "noisy",
                 "rotated", "two_lines", "vertical", "traditional", "mixed_en", "jpeg", "lowres",
                 "thin_glued", "thin_vertical")
BRAND_VARIATIONS = ("brand_zh", "brand_en", "brand_misspelt", "brand_small", "brand_photo", "brand_lowres")
CONTACT_VARIATIONS = ("wechat_id", "phone", "qr_url", "qr_wechat")
VARIATIONS = AD_VARIATIONS + BRAND_VARIATIONS + CONTACT_VARIATIONS + ("clean",)

# variations (or single pictures "variation:index") accepted as misses, with the reason
HARD: dict[str, str] = {
    # RapidOCR's detector ends the 16 px line 简约百搭 天下第一 before its thin last 一 (read: 简约百搭天下第); the
    # half-character extension is only tried for columns (rapid.py), and a line ending in 第 is not re-read
    "small_text:2": "a 16 px horizontal line whose thin final 一 falls outside the detected box (天下第一 read as 天下第)",
}


def _s2t(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t.json").convert(text)


def generate(n: int = N, seed: int = SEED) -> list[Pic]:
    r = random.Random(seed)
    ad_zh, ad_en = _ad_terms()
    br_zh, br_en = _brands()
    look = _lookalikes()
    out: list[Pic] = []

    def pick(pool, family, make=lambda w: w, tries=60):
        for _ in range(tries):
            w = make(r.choice(pool))
            if w and text_flags(w, family):
                return w
        raise RuntimeError(f"no {family} wording found")

    def shown(kind, word, family):
        """A picture whose line, as OCR gives it back (spaces next to Chinese dropped), still
        gives the finding as plain text: a miss is then the OCR's, not the lexicon's."""
        from scanner.ocr.textutil import strip_cjk_spaces

        for _ in range(12):
            im = render(kind, r, word, family)
            if text_flags(strip_cjk_spaces(LINES[0]), family):
                return im
            REJECTED.append(strip_cjk_spaces(LINES[0]))
        raise RuntimeError(f"{word!r}: no line that flags as text")

    for v in AD_VARIATIONS:
        for _ in range(n):
            if v == "traditional":
                w = pick(ad_zh, "ad", lambda t: _s2t(t) if _s2t(t) != t else "")
            elif v == "mixed_en":
                w = pick(ad_en, "ad")
                w = r.choice(["新款保温杯 ", "纯棉T恤 ", "Summer Sale "]) + w
            elif v == "vertical":
                w = pick([t for t in ad_zh if 3 <= len(t) <= 5], "ad")
            elif v in ("thin_glued", "thin_vertical"):
                # a thin one-stroke character (一, 二) inside the term: RapidOCR's detector cuts a
                # line there or ends a column before it
                w = pick([t for t in ad_zh if 3 <= len(t) <= 5 and ("一" in t or "二" in t)], "ad")
            else:
                w = pick(ad_zh, "ad")
            kind = {"thin_glued": "glued", "thin_vertical": "vertical"}.get(v, v)
            out.append(Pic(v, "ad", w, shown(kind, w, "ad")))
    for v in BRAND_VARIATIONS:
        for _ in range(n):
            if v in ("brand_en",):
                w = pick(br_en, "brand")
            elif v == "brand_misspelt":
                def miss(name):
                    k = [i for i, c in enumerate(name) if c in look]
                    if not k:
                        return ""
                    i = r.choice(k)
                    return name[:i] + r.choice(look[name[i]]) + name[i + 1:]
                w = pick(br_zh, "brand", miss)
            else:
                w = pick(br_zh, "brand")
            word = r.choice(["正品", "同款", "官方", ""]) + w if r.random() < 0.5 else w + r.choice(["同款", "正品", "原单", ""])
            if not text_flags(word, "brand"):
                word = w
            kind = {"brand_small": "small_text", "brand_photo": "photo", "brand_lowres": "lowres"}.get(v, v)
            out.append(Pic(v, "brand", w, shown(kind, word, "brand")))
    for v in CONTACT_VARIATIONS:
        for _ in range(n):
            if v == "wechat_id":
                ident = r.choice(["abc", "shop", "vip", "hao", "mm"]) + str(r.randrange(1000, 99999))
                w = r.choice(["微信号：", "加微信 ", "VX：", "微信："]) + ident
                out.append(Pic(v, "contact", ident, render(v, r, w, "contact")))
            elif v == "phone":
                num = "1" + r.choice("3578") + "".join(str(r.randrange(10)) for _ in range(9))
                w = r.choice(["咨询电话 ", "客服热线：", "手机 ", "电话/微信同号 "]) + num
                out.append(Pic(v, "contact", num, render(v, r, w, "contact")))
            elif v == "qr_url":
                url = r.choice(["https://www.example-shop.cn/item/", "http://m.mystore.com/p?id=",
                                "https://shop.brand-outlet.net/goods/"]) + str(r.randrange(10 ** 5, 10 ** 8))
                out.append(Pic(v, "contact", url, qr_picture(r, url), "jpg"))
            else:
                p = r.choice(["https://u.wechat.com/", "https://u.wechat.com/g/"]) + "".join(
                    r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_") for _ in range(22))
                out.append(Pic(v, "contact", p, qr_picture(r, p), "jpg"))
    for _ in range(max(n, 4)):
        out.append(Pic("clean", "clean", "", clean_picture(r), "jpg"))
    return out


# ---------------------------------------------------------------- scanning
def scan_pictures(pics: list[Pic], workdir: Path, engine: str = "rapidocr"):
    from scanner.engine import ScanContext
    from scanner.models import Listing
    from scanner.pipeline import ListingScanner, ScanOptions

    workdir.mkdir(parents=True, exist_ok=True)
    sc = ListingScanner(ScanOptions(context=ScanContext(), ocr_engine=engine, cache_dir=str(workdir / "cache")))
    results = []
    for i, p in enumerate(pics):
        name = f"p{i:03d}.{p.fmt}"
        if p.fmt == "jpg":
            p.image.save(workdir / name, quality=92)
        else:
            p.image.save(workdir / name)
        res = sc.scan(Listing(id=f"P{i}", title="收纳盒 家用", images=(name,), source=str(workdir / "shop.jsonl")))
        found = [f for f in res.findings if f.field == "image" and f.severity in SEVERE]
        if p.family == "clean":
            ok = not found
        else:
            ok = any(f.category in FAMILY[p.family] for f in found)
        results.append((p, ok, found))
    return results


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return scan_pictures(generate(), tmp_path_factory.mktemp("twin_ocr"))


@pytest.mark.parametrize("variation", VARIATIONS)
def test_variation(results, variation):
    rows = [(p, ok, found) for p, ok, found in results if p.variation == variation]
    assert rows
    if variation in HARD:
        if all(ok for _, ok, _ in rows):
            return
        pytest.xfail(HARD[variation])
    bad = [(p.expect, [(f.category, f.matched_text) for f in found]) for p, ok, found in rows
           if not ok and f"{variation}:{rows.index((p, ok, found))}" not in HARD]
    assert not bad, f"{variation}: {bad}"


def _scan_one(tmp_path, im):
    from scanner.engine import ScanContext
    from scanner.models import Listing
    from scanner.pipeline import ListingScanner, ScanOptions

    im.save(tmp_path / "a.png")
    sc = ListingScanner(ScanOptions(context=ScanContext(), cache_dir=str(tmp_path / "cache")))
    res = sc.scan(Listing(id="X", title="收纳盒", images=("a.png",), source=str(tmp_path / "shop.jsonl")))
    return [(f.category, f.matched_text) for f in res.findings if f.field == "image" and f.severity in SEVERE]


def test_a_line_cut_at_the_thin_character_of_di_yi_is_read_whole(tmp_path):
    im = Image.new("RGB", (750, 400), (236, 242, 250))
    _text(im, (40, 150), "荣登第一今日发货", 52, (30, 30, 90))
    got = _scan_one(tmp_path, im)
    assert any("第一" in t for _, t in got), got


def test_a_column_ending_in_yi_and_one_with_yi_inside_are_read_whole(tmp_path):
    im = Image.new("RGB", (800, 800), (245, 236, 250))
    for k, ch in enumerate("销售第一"):
        _text(im, (640, 80 + k * 56), ch, 48, (40, 80, 20))
    for k, ch in enumerate("第一名牌"):
        _text(im, (480, 80 + k * 60), ch, 52, (120, 0, 80))
    _text(im, (40, 700), "颜色以实物为准", 30, (20, 20, 20))
    got = _scan_one(tmp_path, im)
    texts = "".join(t for _, t in got)
    assert "销售第一" in texts and "第一名牌" in texts, got


def test_lawful_text_of_the_clean_pictures_is_quiet_as_text():
    assert [t for t in LAWFUL if not text_quiet(t)] == []


def main(argv=None):
    import argparse
    import tempfile

    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument("--n", type=int, default=N)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--out", default="")
    a = ap.parse_args(argv)
    t0 = time.time()
    pics = generate(a.n, a.seed)
    t1 = time.time()
    work = Path(a.out or tempfile.mkdtemp(prefix="twin_ocr_"))
    res = scan_pictures(pics, work, a.engine)
    t2 = time.time()
    print(f"engine {a.engine}: {len(pics)} pictures, generate {t1 - t0:.1f}s, scan {t2 - t1:.1f}s ({work})")
    for v in VARIATIONS:
        rows = [(p, ok, f) for p, ok, f in res if p.variation == v]
        good = sum(ok for _, ok, _ in rows)
        print(f"{v:16s} {good}/{len(rows)}")
        if a.show:
            for i, (p, ok, f) in enumerate(rows):
                if not ok:
                    print(f"    miss p{res.index((p, ok, f)):03d} {p.expect!r}: {[(x.category, x.matched_text) for x in f]}")
    tot = [ok for p, ok, _ in res if p.family != "clean"]
    cl = [ok for p, ok, _ in res if p.family == "clean"]
    print(f"all problems {sum(tot)}/{len(tot)}; clean quiet {sum(cl)}/{len(cl)}")
    if REJECTED:
        print(f"{len(REJECTED)} rendered lines not flagged even as plain text (re-rendered):")
        for t in REJECTED:
            print("   ", t)


if __name__ == "__main__":
    main()
