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


# ----------------------------------------------------------------------------- the larger set
# Pictures of the kinds a real shop has, for bench/gen_set.py and the tests: every installed CJK
# font, photographic backgrounds, small overlaid text, white text on photos, vertical text,
# long detail images, watermarks of other platforms, QR codes.

FONT_POOL = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",  # 楷体
    "/usr/share/fonts/truetype/arphic/uming.ttc",  # 明体
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
)

MORE_CLAIMS = ("再不抢就没了", "全网第一", "最便宜", "辟邪保平安", "国家级", "第一品牌", "绝对正品", "包治百病",
               "蒂芙尼同款", "兰蔻同款", "爱马仕同款", "祖传秘方", "立即见效", "无副作用", "质量最好")


def installed_fonts() -> list[str]:
    return [p for p in FONT_POOL if Path(p).exists()]


def photo_background(r: random.Random, size: tuple[int, int], seed: int) -> Image.Image:
    """Something like a product photo: a smooth random light field, a shaded product shape,
    soft blobs and sensor noise."""
    W, H = size
    rng = np.random.default_rng(seed)
    low = rng.uniform(0, 255, (4, 4, 3)).astype(np.float32)
    base = np.asarray(Image.fromarray(low.astype(np.uint8)).resize((W, H), Image.BICUBIC), np.float32)
    tint = np.array(_rand_color(r), np.float32)
    arr = 0.6 * base + 0.4 * tint
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    for _ in range(r.randrange(2, 6)):  # blobs (things in the scene)
        rad = r.randrange(W // 12, W // 3)
        cx, cy = r.randrange(W), r.randrange(H)
        d.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=_rand_color(r))
    # the product: a shaded rounded rectangle or ellipse in the middle
    pw, ph = r.randrange(W // 4, W // 2), r.randrange(H // 4, H // 2)
    px, py = r.randrange(W // 8, W - pw - W // 8 + 1), r.randrange(H // 8, H - ph - H // 8 + 1)
    prod = Image.new("L", (W, H), 0)
    pd = ImageDraw.Draw(prod)
    if r.random() < 0.5:
        pd.rounded_rectangle((px, py, px + pw, py + ph), radius=min(pw, ph) // 5, fill=255)
    else:
        pd.ellipse((px, py, px + pw, py + ph), fill=255)
    shade = np.linspace(1.25, 0.65, W)[None, :, None]
    col = (np.zeros((H, W, 3), np.float32) + np.array(_rand_color(r), np.float32)) * shade
    im.paste(Image.fromarray(col.clip(0, 255).astype(np.uint8)), (0, 0), prod)
    im = im.filter(ImageFilter.GaussianBlur(r.uniform(1.5, 4)))  # depth of field
    arr = np.asarray(im, np.float32) + rng.normal(0, r.uniform(2, 9), (H, W, 3))
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _draw_text(im: Image.Image, r: random.Random, text: str, xy: tuple[int, int], f, fg, style: str,
               angle: float = 0.0) -> tuple[int, int, int, int]:
    """Text with a style: plain, shadow (white text on photos), outline or a label box.
    Returns the text's bounding box on `im`."""
    d = ImageDraw.Draw(im)
    x0, y0, x1, y1 = d.textbbox((0, 0), text, font=f)
    tw, th = x1 - x0, y1 - y0
    pad = max(4, th // 3)
    layer = Image.new("RGBA", (tw + 2 * pad, th + 2 * pad), (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    o = (pad - x0, pad - y0)
    if style == "box":
        ld.rectangle((0, 0, layer.size[0] - 1, layer.size[1] - 1), fill=_contrasting(r, fg) + (235,))
    if style == "shadow":
        sh = Image.new("RGBA", layer.size, (0, 0, 0, 0))
        ImageDraw.Draw(sh).text((o[0] + 2, o[1] + 2), text, font=f, fill=(0, 0, 0, 170))
        layer = Image.alpha_composite(layer, sh.filter(ImageFilter.GaussianBlur(1.5)))
        ld = ImageDraw.Draw(layer)
    if style == "outline":
        ld.text(o, text, font=f, fill=fg + (255,), stroke_width=max(1, th // 14), stroke_fill=_contrasting(r, fg))
    else:
        ld.text(o, text, font=f, fill=fg + (255,))
    if angle:
        layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True)
    x, y = xy
    im.paste(layer, (x - pad, y - pad), layer)
    return (x - pad, y - pad, x - pad + layer.size[0], y - pad + layer.size[1])


def _jpeg(im: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


KINDS = ("banner", "photo_text", "white_on_photo", "vertical", "detail")


def random_picture(seed: int, kind: str | None = None, with_claim: bool | None = None,
                   fonts: list[str] | None = None) -> Banner:
    """One generated shop picture of `kind` (random when None): banner (flat / gradient / noisy
    background, label boxes), photo_text (product photo with small overlaid text), white_on_photo
    (white text with a shadow on a photo), vertical (a 竖排 column of text), detail (a long
    750 × 3000–10 000 detail image, the claim somewhere in it). Any installed CJK font, colours,
    sizes, slight rotations, blur and JPEG quality 45–95."""
    r = random.Random(seed)
    fonts = fonts or installed_fonts() or [cjk_font_path()]
    kind = kind or r.choice(KINDS)
    claim = r.random() < 0.6 if with_claim is None else with_claim
    pool = CLAIMS + MORE_CLAIMS
    c = r.choice(pool) if claim else ""
    fpath = r.choice(fonts)
    if kind == "banner":
        b = random_banner(seed, with_claim=claim, claims=pool)
        # the same layout in another font: re-render only when the font differs
        if fpath == cjk_font_path():
            return b
        c = b.claims[0] if b.claims else ""
        lines = list(b.lines)
        W, H = b.image.size
        im = Image.new("RGB", (W, H), _rand_color(r))
        if r.random() < 0.5:
            t = np.linspace(0, 1, W)[None, :, None]
            arr = (np.array(_rand_color(r))[None, None] * (1 - t) + np.array(_rand_color(r))[None, None] * t).repeat(H, 0)
            im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        y = r.randrange(10, 40)
        drawn = []
        for text in lines:
            size = r.randrange(22, 64)
            f = ImageFont.truetype(fpath, size)
            tw = int(ImageDraw.Draw(im).textlength(text, font=f))
            if tw > W - 30 or y + size > H - 10:
                continue
            x = r.randrange(15, max(16, W - tw - 15))
            bg = tuple(int(v) for v in np.asarray(im)[min(H - 1, y + size // 2), min(W - 1, x + tw // 2)])
            style = r.choice(["plain", "plain", "box", "outline"])
            _draw_text(im, r, text, (x, y), f, _contrasting(r, bg), style, r.choice([0, 0, r.uniform(-5, 5)]))
            drawn.append(text)
            y += int(size * 1.6) + r.randrange(5, 40)
        im = _jpeg(im, r.randrange(45, 96)) if r.random() < 0.6 else im
        return Banner(im, tuple(drawn), (c,) if c and any(c in t for t in drawn) else ())
    if kind in ("photo_text", "white_on_photo"):
        W, H = r.choice([(800, 800), (750, 1000), (1000, 1000), (640, 640)])
        im = photo_background(r, (W, H), seed)
        texts = [r.choice(PLAIN) + c if c else r.choice(PLAIN)]
        if r.random() < 0.6:
            texts.append(r.choice(PLAIN))
        drawn = []
        y = r.randrange(H // 20, H // 3)
        for i, text in enumerate(texts):
            size = r.randrange(16, 30) if kind == "photo_text" else r.randrange(26, 60)
            f = ImageFont.truetype(fpath, size)
            tw = int(ImageDraw.Draw(im).textlength(text, font=f))
            if tw > W - 30:
                continue
            x = r.randrange(15, max(16, W - tw - 15))
            if kind == "white_on_photo":
                fg, style = (255, 255, 255), r.choice(["shadow", "shadow", "plain"])
            else:
                bg = tuple(int(v) for v in np.asarray(im)[min(H - 1, y + size // 2), min(W - 1, x + tw // 2)])
                fg, style = _contrasting(r, bg), r.choice(["plain", "box", "shadow"])
            _draw_text(im, r, text, (x, y), f, fg, style, r.choice([0, 0, r.uniform(-4, 4)]))
            drawn.append(text)
            y += int(size * 1.8) + r.randrange(10, H // 4)
            if y > H - 2 * size:
                break
        im = _jpeg(im, r.randrange(45, 96))
        return Banner(im, tuple(drawn), (c,) if c and any(c in t for t in drawn) else ())
    if kind == "vertical":
        W, H = r.choice([(800, 800), (750, 1000)])
        im = photo_background(r, (W, H), seed) if r.random() < 0.5 else Image.new("RGB", (W, H), _rand_color(r))
        text = (c or r.choice(PLAIN))[:8]
        size = r.randrange(30, 60)
        f = ImageFont.truetype(fpath, size)
        x = r.randrange(20, W - size - 20)
        y = r.randrange(20, max(21, H - len(text) * int(size * 1.15) - 20))
        bg = tuple(int(v) for v in np.asarray(im)[min(H - 1, y + size), min(W - 1, x + size // 2)])
        fg = _contrasting(r, bg)
        style = r.choice(["plain", "shadow", "box"])
        for k, ch in enumerate(text):
            _draw_text(im, r, ch, (x, y + k * int(size * 1.15)), f, fg, style)
        # a horizontal line elsewhere, as on real pictures
        other = r.choice(PLAIN)
        f2 = ImageFont.truetype(fpath, r.randrange(24, 40))
        tx = x + size + 40 if x + size + 40 < W - 300 else 20
        if tx + ImageDraw.Draw(im).textlength(other, font=f2) < W - 10 and not (tx <= x <= tx + 400):
            _draw_text(im, r, other, (tx, H - 80), f2, _contrasting(r, bg), "box")
        im = _jpeg(im, r.randrange(60, 96))
        return Banner(im, (text, other), (c,) if c and c == text else ())
    if kind == "detail":
        W = 750
        H = r.randrange(3000, 10001, 250)
        im = Image.new("RGB", (W, H), (250, 250, 250))
        y = 0
        lines, where = [], r.randrange(0, 6)
        k = 0
        while y < H - 400:
            sec = r.randrange(600, 1400)
            sec_im = photo_background(r, (W, min(sec, H - y)), seed * 31 + k)
            im.paste(sec_im, (0, y))
            text = r.choice(PLAIN) + (c if (k == where and c) else "")
            size = r.randrange(28, 52)
            f = ImageFont.truetype(fpath, size)
            tw = int(ImageDraw.Draw(im).textlength(text, font=f))
            if tw < W - 40:
                ty = y + r.randrange(20, max(21, min(sec, H - y) - size - 20))
                _draw_text(im, r, text, (r.randrange(20, W - tw - 19), ty), f, (255, 255, 255) if r.random() < 0.5 else (20, 20, 20),
                           r.choice(["shadow", "box", "outline"]))
                lines.append(text)
            y += sec + r.randrange(0, 60)
            k += 1
        im = _jpeg(im, r.randrange(60, 92))
        return Banner(im, tuple(lines), (c,) if c and any(c in t for t in lines) else ())
    raise ValueError(f"unknown picture kind {kind!r}")


def qr_image(payload: str, module_px: int = 4) -> Image.Image:
    import segno

    buf = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(buf, kind="png", scale=module_px, border=2)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def code_picture(seed: int, payload: str, frac: float = 0.15, angle: float | None = None,
                 quality: int | None = None) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A product picture with a QR code of `payload` `frac` of the picture's width, rotated and
    JPEG-compressed. Returns the picture and the code's box (x0, y0, x1, y1)."""
    r = random.Random(seed)
    W, H = r.choice([(800, 800), (750, 1000), (750, 750), (1000, 1000)])
    im = photo_background(r, (W, H), seed)
    side = int(W * frac)
    q = qr_image(payload, 8).resize((side, side), Image.NEAREST if r.random() < 0.5 else Image.BILINEAR)
    ang = r.uniform(-25, 25) if angle is None else angle
    mask = Image.new("L", q.size, 255)
    if ang:
        q = q.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
        mask = mask.rotate(ang, resample=Image.BICUBIC, expand=True)
    x = r.randrange(10, W - q.size[0] - 10)
    y = r.randrange(10, H - q.size[1] - 10)
    im.paste(q, (x, y), mask)
    if r.random() < 0.5:  # a caption next to it, as sellers do
        f = font(r.randrange(18, 30), r.choice(installed_fonts() or [cjk_font_path()]))
        ImageDraw.Draw(im).text((x, min(H - 40, y + q.size[1] + 6)), "扫码领取优惠", font=f, fill=(20, 20, 20))
    im = _jpeg(im, quality or r.randrange(50, 92))
    return im, (x, y, x + q.size[0], y + q.size[1])
