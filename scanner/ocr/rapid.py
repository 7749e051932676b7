"""The default OCR engine: RapidOCR's PP-OCR text detector and recogniser (onnxruntime), driven
here so every kind of shop picture is read at a bounded cost.

The rapidocr wheel ships its models (PP-OCR det/rec small), so nothing is downloaded at run time.
RapidOCR's own `__call__` is not used: this module calls its detector and recogniser directly so
that it can

- **tile** pictures: the picture is scaled so its short side is at most `short_side` px and its
  width at most 1600 px (never up); a tall one is then cut into bands `tile_ratio` × its width
  tall, overlapping by `overlap` × its width (a 750 × 10 000 detail strip becomes ~11 tiles read at full
  resolution, instead of one picture shrunk to a sliver). A line touching a tile's inner edge is
  taken from the neighbouring tile, which holds it whole; a line whole in both is kept once;
- read **vertical text** (竖排): a column (box much taller than wide) is re-laid as a horizontal
  line, character after character, and read both that way and turned (rotated Latin text); the
  surer reading wins;
- batch the recogniser over every line of every tile of every picture of a listing;
- skip the direction classifier (upside-down text is not what shop pictures carry; it cost 10 %).

Measured choices (bench/ocr_dev.py, bench/gen_set.py; figures in the README): detector side
limit "max" instead of RapidOCR's default "min 736" (which enlarges a 750 × 400 banner to
1380 × 736 and is 2.4× slower, reading the same).
"""
from __future__ import annotations

import logging
import os
import threading

import cv2
import numpy as np

from ..models import Box
from .base import EngineUnavailable, RawLine
from .textutil import strip_cjk_spaces

SHORT_SIDE = 960  # px: pictures are scaled down (never up) so their short side is at most this
WIDE_SIDE = 1600  # px: … and a wide picture's width at most this
TILE_RATIO = 1.35  # tile length along the long side, × the short side
OVERLAP = 0.18  # tile overlap, × the short side (taller than any line of text we expect)
MAX_TILES = 64  # bound on the work for one picture (a 750 × 48 000 strip still passes)
VERTICAL = 1.5  # a box this many times taller than wide is a column of vertical text
JOIN_GAP = 1.6  # two boxes of one line this close (× the line's height) are also read as one


def tiles(h: int, w: int, ratio: float = TILE_RATIO, overlap: float = OVERLAP,
          max_tiles: int = MAX_TILES) -> list[tuple[int, int, int, int]]:
    """(x0, y0, x1, y1) tiles covering an h × w picture: tall pictures are cut into bands one
    picture-width wide and `ratio` × that tall (lines of text run across, so a band holds them
    whole); other pictures are one tile."""
    size = max(1, int(w * ratio))
    if h <= size:
        return [(0, 0, w, h)]
    step = max(1, int(size - w * overlap))
    n = min(max_tiles, 1 + -(-(h - size) // step))
    if n > 1:  # spread the tiles evenly so the last one ends at the picture's edge
        step = (h - size) / (n - 1)
    return [(0, int(round(i * step)), w, min(h, int(round(i * step)) + size)) for i in range(n)]


def _crop(img: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """The quadrilateral `pts` of `img`, straightened."""
    pts = pts.astype(np.float32)
    cw = int(max(np.linalg.norm(pts[0] - pts[1]), np.linalg.norm(pts[2] - pts[3])))
    ch = int(max(np.linalg.norm(pts[0] - pts[3]), np.linalg.norm(pts[1] - pts[2])))
    cw, ch = max(cw, 2), max(ch, 2)
    dst = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float32)
    m = cv2.getPerspectiveTransform(pts, dst)
    return cv2.warpPerspective(img, m, (cw, ch), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)


def relay_column(crop: np.ndarray) -> np.ndarray:
    """A vertical column (BGR) re-laid as one horizontal line, one character after another:
    cut where a row of the column is background (or, with no gap, every column-width)."""
    h, w = crop.shape[:2]
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    frame = np.concatenate([bw[0], bw[-1], bw[:, 0], bw[:, -1]])
    ink = bw < 128 if frame.mean() >= 128 else bw >= 128
    rows = ink[:, max(0, w // 8): w - w // 8 or w].any(axis=1)
    segs: list[list[int]] = []
    start = None
    for y, on in enumerate(rows):
        if on and start is None:
            start = y
        elif not on and start is not None:
            segs.append([start, y])
            start = None
    if start is not None:
        segs.append([start, h])
    # glue pieces of one character (二, 三, 上 are several strokes): merge while the piece
    # stays shorter than the column is wide
    # (the height of a whole character is the pieces' usual height when the column box is wider
    # than its characters: 第 and the 一 under it are two characters, not one)
    tall = sorted(b - a for a, b in segs if b - a >= 0.6 * w)
    ref = min(w, tall[len(tall) // 2]) if len(tall) >= 2 else w
    merged: list[list[int]] = []
    for s in segs:
        if merged and (s[1] - merged[-1][0]) <= 1.05 * ref:
            merged[-1][1] = s[1]
        else:
            merged.append(list(s))
    if len(merged) < 2 or any(b - a > 1.6 * w for a, b in merged):
        n = max(1, int(round(h / max(1, w))))  # no clean gaps: cut into square cells
        merged = [[int(i * h / n), int((i + 1) * h / n)] for i in range(n)]
    cell = max(b - a for a, b in merged)
    gap = max(2, w // 6)
    bg = np.median(np.concatenate([crop[0], crop[-1]]), axis=0).astype(np.uint8)
    out = np.zeros((cell, len(merged) * (w + gap) + gap, 3), np.uint8) + bg
    x = gap
    for a, b in merged:
        top = (cell - (b - a)) // 2
        out[top:top + b - a, x:x + w] = crop[a:b]
        x += w + gap
    return cv2.copyMakeBorder(out, 4, 4, 4, 4, cv2.BORDER_CONSTANT, value=[int(c) for c in bg])


class RapidEngine:
    name = "rapidocr"

    def __init__(self, threads: int = 0, text_score: float = 0.5, short_side: int = SHORT_SIDE,
                 tile_ratio: float = TILE_RATIO, box_thresh: float = 0.5, intra_threads: int = 0, **_ignored):
        try:
            import rapidocr
            from rapidocr import RapidOCR
            from rapidocr.ch_ppocr_rec import TextRecInput
        except ImportError as e:
            raise EngineUnavailable("RapidOCR is not installed (pip install rapidocr onnxruntime)") from e
        self.short_side = int(short_side)
        self.tile_ratio = float(tile_ratio)
        self.text_score = float(text_score)
        self.box_thresh = float(box_thresh)
        # the detector must not resize the tiles again: its limit is the longest tile side
        det_side = max(int(self.short_side * max(1.0, self.tile_ratio)), WIDE_SIDE) + 32
        # one engine instance per thread: onnxruntime sessions are not shared across threads
        per = 1 if (threads or 0) > 1 else max(1, (os.cpu_count() or 1))
        if intra_threads > 0:  # a Dask worker owns one core (scanner/cluster.py), not the machine's
            per = int(intra_threads)
        self._params = {
            "Global.log_level": "error",
            "Global.text_score": self.text_score,
            "Global.use_cls": False,
            "Det.limit_type": "max",
            "Det.limit_side_len": det_side,
            "Det.box_thresh": self.box_thresh,
            "EngineConfig.onnxruntime.intra_op_num_threads": per,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
        self._cls = RapidOCR
        self._rec_input = TextRecInput
        self._pool: list = []
        self._pool_lock = threading.Lock()
        self._version = getattr(rapidocr, "__version__", "") or _dist_version("rapidocr")
        try:
            self._give(self._new_models())
        except Exception as e:  # models missing / onnxruntime broken
            raise EngineUnavailable(f"RapidOCR cannot start: {e}") from e
        for name in ("RapidOCR", "rapidocr"):
            logging.getLogger(name).setLevel(logging.ERROR)

    def _new_models(self):
        e = self._cls(params=dict(self._params))
        return e._load_det_model(), e._load_rec_model()

    def _take(self):
        """A detector + recogniser pair for this call: onnxruntime sessions are not shared by
        two threads at once, and loading a pair costs 0.2 CPU-s (2–3 s on a busy machine), so
        pairs are kept for the engine's life and lent to whichever thread reads next (the
        pipeline starts fresh threads for every chunk of listings)."""
        with self._pool_lock:
            if self._pool:
                return self._pool.pop()
        return self._new_models()

    def _give(self, m) -> None:
        with self._pool_lock:
            self._pool.append(m)

    def settings_key(self) -> str:
        return (f"rapidocr{self._version}|v3join{JOIN_GAP}ext|side{self.short_side}|wide{WIDE_SIDE}|tile{self.tile_ratio}|ov{OVERLAP}"
                f"|score{self.text_score}|box{self.box_thresh}|vert{VERTICAL}")

    # ------------------------------------------------------------------ images -> lines
    def read_images(self, images: list[np.ndarray]) -> list[list[RawLine]]:
        m = self._take()
        try:
            return self._read(images, *m)
        finally:
            self._give(m)

    def _read(self, images: list[np.ndarray], det, rec) -> list[list[RawLine]]:
        crops: list[np.ndarray] = []
        owner: list[tuple[int, Box, int]] = []  # (image, box in original pixels, reading group)
        group = 0
        joins: list[tuple[int, int, int, int, Box]] = []  # (group a, group b, crop, image, union box)
        for n, rgb in enumerate(images):
            bgr = np.ascontiguousarray(rgb[:, :, ::-1])
            H, W = bgr.shape[:2]
            scale = min(1.0, self.short_side / float(max(1, min(H, W))), WIDE_SIDE / float(max(1, W)))
            img = bgr if scale >= 1.0 else cv2.resize(bgr, (max(1, round(W * scale)), max(1, round(H * scale))),
                                                      interpolation=cv2.INTER_AREA)
            h, w = img.shape[:2]
            seen: list[tuple[float, float, float, float]] = []
            for x0, y0, x1, y1 in tiles(h, w, self.tile_ratio):
                flat: list[tuple[int, float, float, float, float]] = []  # horizontal lines of this tile
                tile = img[y0:y1, x0:x1]
                if tile.shape[0] < 8 or tile.shape[1] < 8:
                    continue
                res = det(tile)
                boxes = getattr(res, "boxes", None)
                if boxes is None or len(boxes) == 0:
                    continue
                for pts in boxes:
                    pts = np.asarray(pts, np.float32)
                    bx0, by0 = pts.min(axis=0)
                    bx1, by1 = pts.max(axis=0)
                    # a line cut by an inner edge of the tile is read whole in the next tile
                    if (y0 > 0 and by0 <= 2) or (y1 < h and by1 >= (y1 - y0) - 3) or \
                            (x0 > 0 and bx0 <= 2) or (x1 < w and bx1 >= (x1 - x0) - 3):
                        continue
                    g = (bx0 + x0, by0 + y0, bx1 + x0, by1 + y0)
                    if any(_same(g, o) for o in seen):
                        continue  # whole in two overlapping tiles
                    seen.append(g)
                    box = _box(g[0], g[1], g[2] - g[0], g[3] - g[1], scale)
                    crop = _crop(tile, pts)
                    ch, cw = crop.shape[:2]
                    if ch >= VERTICAL * cw:
                        # a column: read re-laid (Chinese 竖排) and turned (sideways Latin text)
                        # the detector's column often ends before a thin last character (the 一
                        # of 第一): the re-laid reading takes half a character more at both ends
                        ext = int(0.5 * (bx1 - bx0))
                        th = tile.shape[0]
                        ya, yb = max(0, int(by0) - ext), min(th, int(np.ceil(by1)) + ext)
                        xa, xb = max(0, int(bx0)), int(np.ceil(bx1))
                        longer = tile[ya:yb, xa:xb] if (yb - ya) > (by1 - by0) + 2 and xb > xa else crop
                        for c in (relay_column(longer), np.ascontiguousarray(np.rot90(crop))):
                            crops.append(c)
                            owner.append((n, box, group))
                    else:
                        crops.append(crop)
                        owner.append((n, box, group))
                        flat.append((group, float(bx0), float(by0), float(bx1), float(by1)))
                    group += 1
                for a, b, ua in _neighbours(flat):
                    ux0, uy0, ux1, uy1 = ua
                    joins.append((a, b, len(crops), n, _box(ux0 + x0, uy0 + y0, ux1 - ux0, uy1 - uy0, scale)))
                    crops.append(np.ascontiguousarray(tile[int(uy0):int(np.ceil(uy1)), int(ux0):int(np.ceil(ux1))]))
                    owner.append((n, Box(0, 0, 1, 1), -1))
        out: list[list[RawLine]] = [[] for _ in images]
        if not crops:
            return out
        res = rec(self._rec_input(img=crops))
        txts = list(getattr(res, "txts", None) or ())
        scores = list(getattr(res, "scores", None) or ())
        best: dict[int, tuple[float, str, int, Box]] = {}
        for i, (n, box, g) in enumerate(owner):
            if g < 0:
                continue  # a joined reading, weighed below
            t = strip_cjk_spaces(txts[i] if i < len(txts) else "")
            s = float(scores[i]) if i < len(scores) else 0.0
            if not t:
                continue
            if g not in best or s > best[g][0]:
                best[g] = (s, t, n, box)
        # a line the detector cut in two at a thin character (the 一 of 第一, a dash): when the two
        # pieces read as one line give more characters than the pieces do, the whole line wins
        used: set[int] = set()
        for a, b, i, n, box in joins:
            if a in used or b in used or a not in best or b not in best:
                continue
            t = strip_cjk_spaces(txts[i] if i < len(txts) else "")
            s = float(scores[i]) if i < len(scores) else 0.0
            ta, tb = best[a][1], best[b][1]
            if s >= max(self.text_score, JOIN_SCORE) and len(t) > len(ta) + len(tb) \
                    and t.startswith(ta[:1]) and t.endswith(tb[-1:]):
                used.update((a, b))
                best[a] = (min(1.0, s), t, n, box)
                del best[b]
        for g in sorted(best):
            s, t, n, box = best[g]
            if s < self.text_score:
                continue
            out[n].append(RawLine(t, box, round(max(0.0, min(1.0, s)), 3)))
        for lines in out:
            lines.sort(key=lambda l: (l.box.y, l.box.x))
        return out


JOIN_SCORE = 0.8  # the joined reading must be at least this sure


def _box(x: float, y: float, w: float, h: float, scale: float) -> Box:
    """The box in original pixels of a box at (x, y), w × h, in the scaled picture."""
    return Box(max(0, int(x / scale)), max(0, int(y / scale)),
               max(1, int(np.ceil(w / scale))), max(1, int(np.ceil(h / scale))))


def _neighbours(flat: list[tuple[int, float, float, float, float]]):
    """(group a, group b, union box) of two horizontal boxes side by side on one line: the same
    height (within 25 %), overlapping 70 % vertically, b starting right of a's end within
    JOIN_GAP × the height — each box joined at most once, left to right."""
    out = []
    taken: set[int] = set()
    for ga, ax0, ay0, ax1, ay1 in sorted(flat, key=lambda f: f[1]):
        if ga in taken:
            continue
        ha = ay1 - ay0
        best = None
        for gb, bx0, by0, bx1, by1 in flat:
            if gb == ga or gb in taken:
                continue
            hb = by1 - by0
            if min(ha, hb) < 0.75 * max(ha, hb) or min(ay1, by1) - max(ay0, by0) < 0.7 * min(ha, hb):
                continue
            gap = bx0 - ax1
            if -0.1 * ha <= gap <= JOIN_GAP * max(ha, hb) and (best is None or bx0 < best[1]):
                best = (gb, bx0, by0, bx1, by1)
        if best is not None:
            gb, bx0, by0, bx1, by1 = best
            taken.update((ga, gb))
            out.append((ga, gb, (ax0, min(ay0, by0), bx1, max(ay1, by1))))
    return out


def _same(a, b) -> bool:
    """Two boxes (x0, y0, x1, y1) of one line read in two overlapping tiles."""
    ix = min(a[2], b[2]) - max(a[0], b[0])
    iy = min(a[3], b[3]) - max(a[1], b[1])
    if ix <= 0 or iy <= 0:
        return False
    inter = ix * iy
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return inter >= 0.6 * max(1.0, small)


def _dist_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return "?"
