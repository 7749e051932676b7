"""Synthetic shop banners for tests and benchmarks: Chinese text lines on flat, gradient or
noisy backgrounds, with shapes, label boxes, slight rotation and JPEG artefacts.

Needs a CJK font (Debian: fonts-wqy-zenhei). Deterministic for a given seed.
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)


def cjk_font_path() -> str | None:
    for p in FONT_CANDIDATES:
        if Path(p).exists():
            return p
    return None


def font(size: int, path: str | None = None) -> ImageFont.FreeTypeFont:
    p = path or cjk_font_path()
    if p is None:
        raise RuntimeError("no CJK font installed (Debian: apt-get install fonts-wqy-zenhei)")
    return ImageFont.truetype(p, size)


def render_lines(lines: list[str], size: tuple[int, int] = (750, 400), font_size: int = 40,
                 fg=(0, 0, 0), bg=(255, 255, 255), origin: tuple[int, int] = (30, 30),
                 spacing: float = 1.6) -> Image.Image:
    """Plain banner: lines of text, one under the other."""
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    f = font(font_size)
    x, y = origin
    for t in lines:
        d.text((x, y), t, font=f, fill=fg)
        y += int(font_size * spacing)
    return im


CLAIMS = ("全网最低价", "国家级工艺", "销量第一", "最好的选择", "顶级品质", "万人疯抢", "招财进宝",
          "驰名商标", "史无前例", "独一无二", "100%有效", "永不褪色", "根治脱发", "特供产品", "极品好茶")
PLAIN = ("纯棉面料", "柔软亲肤", "限时包邮", "现货速发", "七天无理由退换", "新品上市", "买二件打九折",
         "厂家直发", "加厚保暖", "大容量", "精致做工", "简约百搭", "儿童玩具", "保温杯", "运动鞋")


@dataclass(frozen=True)
class Banner:
    image: Image.Image
    lines: tuple[str, ...]
    claims: tuple[str, ...]  # the claim terms drawn on it (empty: a clean banner)


def _rand_color(r: random.Random) -> tuple[int, int, int]:
    return (r.randrange(256), r.randrange(256), r.randrange(256))


def _lum(c) -> float:
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def _contrasting(r: random.Random, bg) -> tuple[int, int, int]:
    for _ in range(50):
        c = _rand_color(r)
        if abs(_lum(c) - _lum(bg)) > 90:
            return c
    return (255, 255, 255) if _lum(bg) < 128 else (0, 0, 0)


def random_banner(seed: int, with_claim: bool | None = None, claims: tuple[str, ...] = CLAIMS) -> Banner:
    r = random.Random(seed)
    W, H = r.choice([(750, 400), (800, 800), (790, 300), (750, 1000)])
    bg1, bg2 = _rand_color(r), _rand_color(r)
    kind = r.choice(["flat", "gradient", "gradient", "noise"])
    if kind == "gradient":
        t = np.linspace(0, 1, W)[None, :, None]
        arr = (np.array(bg1)[None, None] * (1 - t) + np.array(bg2)[None, None] * t).repeat(H, 0)
    else:
        arr = np.zeros((H, W, 3)) + np.array(bg1)
    if kind == "noise":
        arr = arr + np.random.default_rng(seed).normal(0, 12, arr.shape)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(im)
    for _ in range(r.randrange(0, 4)):
        rad = r.randrange(30, 160)
        cx, cy = r.randrange(W), r.randrange(H)
        d.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=_rand_color(r))
    claim = r.random() < 0.6 if with_claim is None else with_claim
    n = r.randrange(1, 4)
    lines, drawn = [], []
    y = r.randrange(10, 40)
    for i in range(n):
        if claim and i == 0:
            c = r.choice(claims)
            text = r.choice(["", r.choice(PLAIN)]) + c
            drawn.append(c)
        else:
            text = r.choice(PLAIN)
        size = r.randrange(18, 64)
        f = font(size)
        tw = int(d.textlength(text, font=f))
        if tw > W - 20:
            continue
        x = r.randrange(10, max(11, W - tw - 10))
        local_bg = tuple(int(v) for v in np.asarray(im)[min(H - 1, y + size // 2), min(W - 1, x + tw // 2)])
        if r.random() < 0.35:  # label box, sometimes tighter than the text
            box_c = _rand_color(r)
            over = r.choice([0, 0, int(size * 0.15)])
            d.rectangle((x - 6, y - 2, x + tw + 6, y + int(size * 1.2) - over), fill=box_c)
            local_bg = box_c
        fg = _contrasting(r, local_bg)
        layer = Image.new("RGBA", (tw + 20, int(size * 1.6)), (0, 0, 0, 0))
        ImageDraw.Draw(layer).text((10, 2), text, font=f, fill=fg + (255,))
        angle = r.choice([0, 0, 0, r.uniform(-4, 4)])
        if angle:
            layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
        im.paste(layer, (x - 10, y - 2), layer)
        lines.append(text)
        y += int(size * 1.7) + r.randrange(5, 40)
        if y > H - 40:
            break
    if r.random() < 0.2:
        im = im.filter(ImageFilter.GaussianBlur(0.6))
    if r.random() < 0.5:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=r.randrange(55, 95))
        im = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    return Banner(im, tuple(lines), tuple(c for c in drawn if any(c in l for l in lines)))
