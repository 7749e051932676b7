"""OpenCV preprocessing for banner OCR: find the text lines, crop them, and turn each crop into
the clean, dark-on-light, ~32 px high strip that Tesseract's line recogniser (`--psm 7`) reads.

    find_regions(rgb)  ->  [Region(box, vertical)]      text lines, in original pixels
    prepare_crop(rgb, region, variant) -> uint8 gray     what is handed to the engine

Pipeline (each step measured with bench/ocr_dev.py on the dev banners and on synthetic banners;
figures in the README):
1. text mask: median denoise, then per-channel white top-hat + black-hat (15 px) and Otsu.
   Thin strokes respond; the edge between two large flat areas (a circle on the background, a
   label box) does not — the morphological-gradient mask of the usual recipe outlines every
   shape and glues text to it (kept as `mask="gradient"` for comparison, it loses);
2. small closing, connected components, character boxes merged into line boxes (same line,
   gap below the line height), stacks of single characters merged into vertical columns;
3. crop with padding (0.2 × line height), scale so the line is ~32 px high (48 px, the usual
   advice, reads worse here), border;
4. two renderings of each crop — "flat" (each channel minus its wide median: background,
   gradients and label boxes vanish; polarity from a narrower median; the channel where the
   text stands out most) and "gray" (plain luminance, polarity from the crop's frame); both are
   read in the same Tesseract run and the surer reading wins.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np

from ..models import Box

# detection runs on a copy of at most this many pixels (boxes are scaled back); a pixel budget,
# not a side limit, so a 750 × 20 000 detail strip is not shrunk to a sliver
DETECT_MAX_PIXELS = 4_000_000
TARGET_TEXT_HEIGHT = 32  # px line height handed to Tesseract (measured: 24–32 best, 48 worse)
BORDER = 12  # px of background added around each crop after scaling
MIN_TEXT_HEIGHT = 8  # px (in the original image): smaller regions are noise


@dataclass(frozen=True)
class Region:
    box: Box  # original pixels, padded
    vertical: bool = False


@dataclass(frozen=True)
class Settings:
    """Everything that changes what the preprocessing produces (part of the OCR cache key)."""

    detect_max_pixels: int = DETECT_MAX_PIXELS
    text_height: int = TARGET_TEXT_HEIGHT
    border: int = BORDER
    pad: float = 0.2  # crop padding, as a fraction of the line height
    denoise: bool = True
    channel: str = "best"  # best | gray (used when flatten is off and no variants are given)
    remove_lines: bool = False  # gradient mask only: remove long straight edges (box borders)
    mask: str = "tophat"  # tophat | gradient
    hat: int = 15  # top-hat kernel (px at detection scale): wider than a stroke, narrower than a shape
    flatten: bool = True  # crop = channel minus its local median (background removed)
    median: float = 1.5  # median window, as a fraction of the line height
    polarity_median: float = 0.6  # median window used to decide bright-on-dark or dark-on-light
    # each crop is prepared in these ways and read; the reading Tesseract is surest of wins
    variants: str = "flat,gray"
    stretch: bool = False  # contrast stretch of the gray / best-channel variants

    def key(self) -> str:
        return (f"d{self.detect_max_pixels}-h{self.text_height}-b{self.border}-p{self.pad}-"
                f"n{int(self.denoise)}-c{self.channel}-l{int(self.remove_lines)}-m{self.mask}{self.hat}-f{int(self.flatten)}{self.median}-{self.polarity_median}-v{self.variants}-s{int(self.stretch)}")


# ----------------------------------------------------------------------------- detection

def _edge_mask(rgb: np.ndarray, s: Settings) -> np.ndarray:
    """Binary mask of strong local contrast: per-channel morphological gradient, max over
    channels (red text on navy has little luminance contrast), Otsu threshold."""
    img = rgb
    if s.denoise:
        # sensor/JPEG noise on flat backgrounds would otherwise survive the gradient threshold
        img = cv2.medianBlur(img, 3)
    if s.mask == "tophat":
        # white top-hat + black-hat: thin bright/dark strokes respond, the edge between two
        # large flat areas (a circle on the background, a label box) does not
        k = cv2.getStructuringElement(cv2.MORPH_RECT, (s.hat, s.hat))
        hats = []
        for c in range(3):
            hats.append(cv2.morphologyEx(img[:, :, c], cv2.MORPH_TOPHAT, k))
            hats.append(cv2.morphologyEx(img[:, :, c], cv2.MORPH_BLACKHAT, k))
        grad = np.max(np.stack(hats), axis=0)
    else:
        k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))
        grad = np.max(np.stack([cv2.morphologyEx(img[:, :, c], cv2.MORPH_GRADIENT, k) for c in range(3)]), axis=0)
    t, bw = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    if t < 24:  # an almost flat picture: Otsu would split noise from noise
        _, bw = cv2.threshold(grad, 24, 255, cv2.THRESH_BINARY)
    if s.remove_lines:
        # long straight edges are the borders of label boxes and panels, not text
        h, w = bw.shape
        hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(40, w // 12), 1))
        vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(40, h // 12)))
        lines = cv2.morphologyEx(bw, cv2.MORPH_OPEN, hk) | cv2.morphologyEx(bw, cv2.MORPH_OPEN, vk)
        bw = cv2.subtract(bw, cv2.dilate(lines, np.ones((3, 3), np.uint8)))
    return bw


def _boxes(bw: np.ndarray) -> list[list[int]]:
    closed = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 3)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if w < 3 or h < 3:
            continue
        out.append([int(x), int(y), int(x + w), int(y + h), int(area)])
    return out


def _merge_lines(boxes: list[list[int]]) -> list[list[int]]:
    """Merge character boxes into line boxes: same line (vertical overlap) and close
    horizontally (gap below the line height). Repeats until stable."""
    boxes = sorted(boxes, key=lambda b: (b[0], b[1]))
    changed = True
    while changed:
        changed = False
        out: list[list[int]] = []
        for b in boxes:
            merged = False
            for o in out:
                h1, h2 = o[3] - o[1], b[3] - b[1]
                ov = min(o[3], b[3]) - max(o[1], b[1])
                if ov <= 0:
                    continue
                hmax = max(h1, h2)
                big = o if h1 >= h2 else b
                if hmax > 1.8 * min(h1, h2) and hmax > 2.2 * (big[2] - big[0]):
                    continue  # a vertical column next to a line: separate texts
                # one line: the overlap covers most of the smaller box, sizes not far apart
                if ov < 0.5 * min(h1, h2) or min(h1, h2) < 0.35 * hmax and ov < 0.8 * min(h1, h2):
                    continue
                gap = max(b[0], o[0]) - min(b[2], o[2])
                if gap > 0.9 * hmax:
                    continue
                o[0], o[1], o[2], o[3] = min(o[0], b[0]), min(o[1], b[1]), max(o[2], b[2]), max(o[3], b[3])
                o[4] += b[4]
                merged = True
                changed = True
                break
            if not merged:
                out.append(list(b))
        boxes = out
    return boxes


def _merge_columns(boxes: list[list[int]]) -> list[list[int]]:
    """Stack single-character boxes that sit one above the other into vertical text columns
    (竖排 slogans): about square, similar width, overlapping horizontally, small vertical gap.
    Only runs of 3+ characters become a column."""
    square = [b for b in boxes if 0.55 <= (b[2] - b[0]) / max(1, b[3] - b[1]) <= 1.8]
    rest = [b for b in boxes if b not in square]
    square.sort(key=lambda b: (b[1], b[0]))
    used = [False] * len(square)
    out: list[list[int]] = []
    for i, b in enumerate(square):
        if used[i]:
            continue
        col = [b]
        used[i] = True
        cur = list(b)
        for j in range(i + 1, len(square)):
            if used[j]:
                continue
            o = square[j]
            w1, w2 = cur[2] - cur[0], o[2] - o[0]
            xov = min(cur[2], o[2]) - max(cur[0], o[0])
            gap = o[1] - cur[3]
            if xov >= 0.6 * min(w1, w2) and max(w1, w2) <= 1.6 * min(w1, w2) and -0.2 * w2 <= gap <= 0.8 * max(w1, w2):
                col.append(o)
                used[j] = True
                cur = [min(cur[0], o[0]), cur[1], max(cur[2], o[2]), o[3], cur[4] + o[4]]
        if len(col) >= 3:
            out.append([min(c[0] for c in col), col[0][1], max(c[2] for c in col), col[-1][3], sum(c[4] for c in col)])
        else:
            out.extend(col)
    return rest + out


def find_regions(rgb: np.ndarray, s: Settings = Settings()) -> list[Region]:
    H, W = rgb.shape[:2]
    scale = min(1.0, (s.detect_max_pixels / float(H * W)) ** 0.5)
    small = rgb if scale >= 1.0 else cv2.resize(rgb, (round(W * scale), round(H * scale)), interpolation=cv2.INTER_AREA)
    bw = _edge_mask(small, s)
    boxes = _merge_columns(_merge_lines(_boxes(bw)))
    sh, sw = bw.shape
    regions: list[Region] = []
    for x0, y0, x1, y1, area in boxes:
        w, h = x1 - x0, y1 - y0
        if h < MIN_TEXT_HEIGHT * scale or w < MIN_TEXT_HEIGHT * scale:
            continue
        if h > 0.6 * sh and h > 80:  # a shape, not a line of text
            continue
        fill = area / float(w * h)
        if fill < 0.12:  # thin arcs / outlines
            continue
        vertical = h > 2.2 * w
        if vertical and w < MIN_TEXT_HEIGHT * 1.5 * scale:  # a thin bar, not a column of text
            continue
        pad = max(2, int(round(s.pad * min(w, h))))
        bx0, by0 = max(0, x0 - pad), max(0, y0 - pad)
        bx1, by1 = min(sw, x1 + pad), min(sh, y1 + pad)
        inv = 1.0 / scale
        box = Box(int(bx0 * inv), int(by0 * inv), int(round((bx1 - bx0) * inv)), int(round((by1 - by0) * inv)))
        regions.append(Region(box, vertical))
    regions.sort(key=lambda r: (r.box.y, r.box.x))
    return regions


# ----------------------------------------------------------------------------- crops

def _channels(crop: np.ndarray) -> list[np.ndarray]:
    hsv = cv2.cvtColor(crop, cv2.COLOR_RGB2HSV)
    return [cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY), crop[:, :, 0], crop[:, :, 1], crop[:, :, 2],
            hsv[:, :, 1], hsv[:, :, 2]]


def separability(ch: np.ndarray) -> float:
    """Otsu's eta: between-class variance / total variance at the Otsu threshold (0..1)."""
    hist = np.bincount(ch.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 0.0
    p = hist / total
    levels = np.arange(256)
    mu = (p * levels).sum()
    var = (p * (levels - mu) ** 2).sum()
    if var <= 1e-9:
        return 0.0
    w0 = np.cumsum(p)
    mu0 = np.cumsum(p * levels)
    w1 = 1 - w0
    ok = (w0 > 1e-6) & (w1 > 1e-6)
    if not ok.any():
        return 0.0
    between = (mu * w0[ok] - mu0[ok]) ** 2 / (w0[ok] * w1[ok])
    return float(min(1.0, between.max() / var))


def best_channel(crop: np.ndarray, s: Settings = Settings()) -> np.ndarray:
    chans = _channels(crop)
    if s.channel == "gray":
        return chans[0]
    return max(chans, key=separability)


def flatten(crop: np.ndarray, line_h: float, s: Settings = Settings()) -> np.ndarray:
    """Dark text on white, whatever the background: each channel minus its local median (a
    median wider than a stroke keeps step edges — label boxes, shapes — and removes strokes),
    text polarity from the sign that carries the energy, and the channel where the text
    stands out most."""
    k = min(max(int(line_h * s.median) | 1, 7), 99)
    kp = min(max(int(line_h * s.polarity_median) | 1, 7), 99)
    best = None
    for ch in _channels(crop):
        med = cv2.medianBlur(ch, k)
        d = ch.astype(np.int16) - med.astype(np.int16)
        if kp != k:
            dp = ch.astype(np.int16) - cv2.medianBlur(ch, kp).astype(np.int16)
        else:
            dp = d
        pos = int(dp[dp > 0].sum())
        neg = int(-dp[dp < 0].sum())
        t = d if pos >= neg else -d
        t = np.clip(t, 0, 255).astype(np.uint8)
        hi = float(np.percentile(t, 99.5))
        if hi < 8:
            continue
        score = separability(t) * float(t.mean())
        if best is None or score > best[0]:
            best = (score, t, hi)
    if best is None:
        return cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)
    _, t, hi = best
    out = 255 - np.clip(t.astype(np.float32) * (255.0 / hi), 0, 255)
    return out.astype(np.uint8)


def prepare_crop(rgb: np.ndarray, region: Region, s: Settings = Settings(), variant: str | None = None) -> np.ndarray:
    """The region as a dark-on-light gray strip with ~s.text_height px text and a border.

    variant: "flat" (background removed with the median window of the settings), "flatX"
    (median window X × line height), "gray" (luminance, polarity from the crop's frame) or
    "best" (the channel with the best Otsu separability, polarity from the frame)."""
    b = region.box
    crop = rgb[b.y:b.y + b.h, b.x:b.x + b.w]
    line_h = (b.w if region.vertical else b.h) / (1 + 2 * s.pad)
    v = variant or ("flat" if s.flatten else s.channel)
    if v.startswith("flat"):
        m = float(v[4:]) if len(v) > 4 else s.median
        return _scale_border(flatten(crop, line_h, replace(s, median=m)), line_h, s)
    ch = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY) if v == "gray" else best_channel(crop, s)
    lo, hi = np.percentile(ch, (1, 99))
    if s.stretch and hi - lo >= 8:  # stretch low contrast (red on navy is dim in luminance)
        ch = np.clip((ch.astype(np.float32) - lo) * (255.0 / (hi - lo)), 0, 255).astype(np.uint8)
    _, bw = cv2.threshold(ch, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # polarity: the background is the class that owns most of the crop's outer frame
    frame = np.concatenate([bw[0], bw[-1], bw[:, 0], bw[:, -1]])
    if frame.mean() < 128:
        ch = 255 - ch
    return _scale_border(ch, line_h, s)


def _scale_border(ch: np.ndarray, line_h: float, s: Settings) -> np.ndarray:
    f = s.text_height / max(1.0, line_h)
    f = min(max(f, 0.25), 6.0)
    if abs(f - 1) > 0.05:
        interp = cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA
        ch = cv2.resize(ch, (max(1, round(ch.shape[1] * f)), max(1, round(ch.shape[0] * f))), interpolation=interp)
    bg = int(np.median(np.concatenate([ch[0], ch[-1], ch[:, 0], ch[:, -1]])))
    return cv2.copyMakeBorder(ch, s.border, s.border, s.border, s.border, cv2.BORDER_CONSTANT, value=bg)


def relay_vertical(strip: np.ndarray, min_gap: int = 2) -> np.ndarray:
    """A prepared vertical column (dark text on light) re-laid as a horizontal line, one
    character after another, for engines without a vertical-text model."""
    ink = strip < 128
    rows = ink.any(axis=1)
    segs: list[tuple[int, int]] = []
    start = None
    for y, on in enumerate(rows):
        if on and start is None:
            start = y
        elif not on and start is not None:
            segs.append((start, y))
            start = None
    if start is not None:
        segs.append((start, len(rows)))
    # glue pieces of one character (上 / 二 split into strokes): gaps smaller than min_gap or
    # pieces much shorter than the column width
    width = strip.shape[1]
    merged: list[list[int]] = []
    for s0, s1 in segs:
        if merged and (s0 - merged[-1][1] < min_gap or (s1 - merged[-1][0]) < 0.9 * width * 0.8
                       and (merged[-1][1] - merged[-1][0]) < 0.5 * width):
            merged[-1][1] = s1
        else:
            merged.append([s0, s1])
    if len(merged) < 2:
        return strip
    bg = int(np.median(np.concatenate([strip[0], strip[-1]])))
    h = max(s1 - s0 for s0, s1 in merged)
    gap = max(4, width // 8)
    pieces = []
    for s0, s1 in merged:
        piece = strip[s0:s1]
        top = (h - (s1 - s0)) // 2
        piece = cv2.copyMakeBorder(piece, top, h - (s1 - s0) - top, 0, gap, cv2.BORDER_CONSTANT, value=bg)
        pieces.append(piece)
    line = np.hstack(pieces)
    return cv2.copyMakeBorder(line, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=bg)
