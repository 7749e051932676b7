"""Reading listing images safely: every way a picture can be broken becomes one clear message
(for `listings.csv` `errors`), never a crash.

- zero-byte and over-size files are refused before they are opened;
- the pixel count is checked from the header, *before* decoding, against `max_pixels`
  (a 100 kB PNG can declare 50 000 × 50 000 pixels: a decompression bomb);
- corrupt, truncated or unsupported files (SVG, HEIC, text saved as .jpg) are reported;
- animated GIF/WebP/APNG: the first frame is read, and a note says so;
- CMYK, palette, 16-bit, grey+alpha, RGBA: converted to RGB; transparency is flattened onto
  a background that contrasts with the opaque content (white text on a transparent PNG stays
  readable);
- EXIF orientation is applied (phone photos), so boxes match what a person sees.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from ..sources.imagecache import ImageError

MAX_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 40_000_000  # 40 MP: a 750 × 50 000 detail strip passes, a decompression bomb does not


@dataclass(frozen=True)
class Decoded:
    rgb: np.ndarray  # H × W × 3 uint8
    notes: tuple[str, ...] = ()  # informational ("animated: first frame read")


def _flatten_alpha(im: Image.Image) -> Image.Image:
    rgba = im.convert("RGBA")
    a = np.asarray(rgba)[:, :, 3]
    if a.min() == 255:
        return rgba.convert("RGB")
    rgb = np.asarray(rgba)[:, :, :3].astype(np.float32)
    opaque = a > 127
    # background that contrasts with what is drawn: dark content on white, light content on black
    lum = (rgb[opaque] @ np.array([0.299, 0.587, 0.114], np.float32)).mean() if opaque.any() else 0.0
    bg = 0.0 if lum > 140 else 255.0
    alpha = (a.astype(np.float32) / 255.0)[:, :, None]
    out = rgb * alpha + bg * (1 - alpha)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), "RGB")


def _to_rgb(im: Image.Image) -> Image.Image:
    mode = im.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        a = np.asarray(im).astype(np.float64)
        lo, hi = float(a.min()), float(a.max())
        a = (a - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(a)
        return Image.fromarray(a.astype(np.uint8), "L").convert("RGB")
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in im.info):
        return _flatten_alpha(im)
    if mode == "RGB":
        return im
    return im.convert("RGB")  # CMYK, YCbCr, LAB, HSV, P, L, 1


def load_rgb(path: Path, label: str, max_pixels: int = MAX_PIXELS, max_bytes: int = MAX_BYTES) -> Decoded:
    """Decode an image file to RGB, or raise ImageError('image LABEL: ...')."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ImageError(f"image {label}: cannot be read ({e.strerror or e})") from e
    if size == 0:
        raise ImageError(f"image {label}: empty file (0 bytes)")
    if size > max_bytes:
        raise ImageError(f"image {label}: file too large ({size // (1024 * 1024)} MB, limit {max_bytes // (1024 * 1024)} MB)")
    notes: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)
        with im:
            w, h = im.size
            if w <= 0 or h <= 0:
                raise ImageError(f"image {label}: corrupt or unsupported file (size {w}×{h})")
            if w * h > max_pixels:
                raise ImageError(f"image {label}: too large to inspect ({w}×{h} pixels, limit "
                                 f"{max_pixels / 1e6:g} megapixels)")
            frames = getattr(im, "n_frames", 1) or 1
            if frames > 1:
                im.seek(0)
                notes.append(f"note: image {label}: animated ({frames} frames), first frame inspected")
            im.load()
            try:
                im = ImageOps.exif_transpose(im) or im
            except Exception:  # a broken EXIF block is not worth losing the picture
                pass
            rgb = np.ascontiguousarray(np.asarray(_to_rgb(im)), dtype=np.uint8)
    except ImageError:
        raise
    except Image.DecompressionBombError as e:
        raise ImageError(f"image {label}: too large to inspect ({e})") from e
    except (Image.UnidentifiedImageError, SyntaxError, ValueError, EOFError, OSError, TypeError,
            IndexError, KeyError, MemoryError) as e:
        raise ImageError(f"image {label}: corrupt or unsupported file") from e
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ImageError(f"image {label}: corrupt or unsupported file")
    return Decoded(rgb, tuple(notes))
