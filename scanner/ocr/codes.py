"""QR codes and barcodes in pictures: find them, decode them, box them.

    read_codes(rgb) -> [Code(kind, text, box)]     text "" when a code was found but not decoded

Two readers, measured on generated product pictures (bench/gen_set.py, README):
1. zxing-cpp (`zxingcpp.read_barcodes`): QR, Micro QR, DataMatrix, Aztec, PDF417 and the 1-D
   retail/industrial codes, any rotation, light-on-dark too; `return_errors` also reports a code
   it located but could not decode (damaged, covered, too blurred);
2. a QR code zxing-cpp located but could not decode is read again from its neighbourhood
   enlarged 2× and 3× (a code of 15 % of a 750 px picture has ~3 px modules), by zxing-cpp and
   by OpenCV's QR reader (`cv2.QRCodeDetector.detectAndDecodeMulti`). OpenCV is not run on
   every picture: it took 65 ms per 800 × 800 picture and decoded fewer than zxing-cpp's 4 ms.
   `cv2.wechat_qrcode` is not in the opencv-python-headless wheel, so it is not used.

A located code that neither reader decodes is returned with empty text: the caller notes it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..models import Box

CODES_VERSION = 1  # part of the OCR cache key: bump when what read_codes returns changes
MAX_CODES = 32  # per picture (a sheet of stickers is not worth more)
MIN_LOCATED = 24  # px: a located-only QR code smaller than this is a speck of texture


@dataclass(frozen=True)
class Code:
    kind: str  # "QRCode", "EAN13", "Code128", … (zxing-cpp's format names)
    text: str  # decoded payload; "" when the code was found but could not be decoded
    box: Box  # pixels of the picture


def _box(points, scale: float, w: int, h: int) -> Box:
    pts = np.asarray(points, np.float64).reshape(-1, 2) / scale
    x0, y0 = np.floor(pts.min(axis=0))
    x1, y1 = np.ceil(pts.max(axis=0))
    x0, y0 = max(0, int(x0)), max(0, int(y0))
    x1, y1 = min(w, int(x1)), min(h, int(y1))
    return Box(x0, y0, max(1, x1 - x0), max(1, y1 - y0))


def _overlap(a: Box, b: Box) -> bool:
    ix = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    iy = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    if ix <= 0 or iy <= 0:
        return False
    return ix * iy >= 0.3 * min(a.w * a.h, b.w * b.h)


def _formats():
    import zxingcpp

    F = zxingcpp.BarcodeFormat
    # QR codes, and the 1-D codes printed on Chinese retail goods; the other symbologies cost
    # 10× the time (measured: 4 ms for these, 40 ms for all, on an 800 × 800 picture)
    return [F.QRCode, F.EAN13, F.EAN8, F.UPCA, F.Code128]


def _zxing(gray: np.ndarray, scale: float, w: int, h: int, dx: int = 0, dy: int = 0) -> list[Code]:
    import zxingcpp

    out = []
    for r in zxingcpp.read_barcodes(gray, formats=_formats(), return_errors=True):
        p = r.position
        pts = np.array([(p.top_left.x, p.top_left.y), (p.top_right.x, p.top_right.y),
                        (p.bottom_right.x, p.bottom_right.y), (p.bottom_left.x, p.bottom_left.y)], np.float64)
        pts = pts / scale + (dx, dy)
        ok = r.valid if hasattr(r, "valid") else not getattr(r, "error", None)
        text = (r.text or "") if ok else ""
        kind = r.format.name if hasattr(r.format, "name") else str(r.format)
        out.append(Code(kind, text, _box(pts, 1.0, w, h)))
    return out


def _opencv_qr(gray: np.ndarray, scale: float, w: int, h: int, dx: int = 0, dy: int = 0) -> list[Code]:
    import cv2

    det = cv2.QRCodeDetector()
    try:
        ok, texts, points, _ = det.detectAndDecodeMulti(gray)
    except cv2.error:
        return []
    if not ok or points is None:
        return []
    return [Code("QRCode", t or "", _box(np.asarray(p, np.float64).reshape(-1, 2) / scale + (dx, dy), 1.0, w, h))
            for t, p in zip(texts, points)]


def _retry(gray: np.ndarray, box: Box) -> Code | None:
    """A QR code located but not decoded: its neighbourhood enlarged 2× and 3×, read by
    zxing-cpp and by OpenCV's QR reader."""
    import cv2

    h, w = gray.shape[:2]
    m = int(0.25 * max(box.w, box.h)) + 8
    x0, y0 = max(0, box.x - m), max(0, box.y - m)
    x1, y1 = min(w, box.x + box.w + m), min(h, box.y + box.h + m)
    crop = gray[y0:y1, x0:x1]
    if crop.size == 0:
        return None
    for f in (2, 3):
        big = cv2.resize(crop, (crop.shape[1] * f, crop.shape[0] * f), interpolation=cv2.INTER_CUBIC)
        for c in _zxing(big, f, w, h, x0, y0) + _opencv_qr(big, f, w, h, x0, y0):
            if c.text and c.kind.startswith("QR"):
                return c
    return None


def read_codes(rgb: np.ndarray) -> list[Code]:
    """Every QR code and barcode in the picture (decoded ones first, then located-only ones)."""
    import cv2

    h, w = rgb.shape[:2]
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    found: list[Code] = []
    for c in _zxing(gray, 1.0, w, h):
        if any(_overlap(o.box, c.box) for o in found if o.text or not c.text):
            continue
        if not c.text:
            if not c.kind.startswith("QR") or min(c.box.w, c.box.h) < MIN_LOCATED:
                continue  # a 1-D pattern in a texture, or a speck
            c = _retry(gray, c.box) or c
        found = [o for o in found if not (not o.text and c.text and _overlap(o.box, c.box))]
        found.append(c)
    found.sort(key=lambda c: (not c.text, c.box.y, c.box.x))
    return found[:MAX_CODES]
