"""Evidence a seller can see: a thumbnail of the picture with the offending text boxed in red."""
from __future__ import annotations

import os
from pathlib import Path

from PIL import Image, ImageDraw

from ..models import Box
from .imageio import MAX_PIXELS, load_rgb

RED = (230, 0, 18)


def write_evidence(image_path: Path, boxes: list[Box], out_path: Path, max_side: int = 480) -> None:
    """A thumbnail (JPEG or PNG, by `out_path`'s suffix) of the image with `boxes` (pixels of the
    original image) drawn in red. Raises ImageError when the image cannot be read."""
    image_path, out_path = Path(image_path), Path(out_path)
    dec = load_rgb(image_path, image_path.name, max_pixels=MAX_PIXELS)
    im = Image.fromarray(dec.rgb)
    W, H = im.size
    f = min(1.0, max_side / max(W, H))
    if f < 1.0:
        im = im.resize((max(1, round(W * f)), max(1, round(H * f))), Image.LANCZOS)
    d = ImageDraw.Draw(im)
    width = max(2, round(max(im.size) / 160))
    for b in boxes:
        if b is None:
            continue
        x0, y0 = b.x * f, b.y * f
        x1, y1 = (b.x + b.w) * f, (b.y + b.h) * f
        x0, y0 = max(0.0, x0 - width), max(0.0, y0 - width)
        x1, y1 = min(im.size[0] - 1.0, x1 + width), min(im.size[1] - 1.0, y1 + width)
        if x1 <= x0 or y1 <= y0:
            continue
        d.rectangle((x0, y0, x1, y1), outline=RED, width=width)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + f".{os.getpid()}.tmp")
    fmt = "PNG" if out_path.suffix.lower() == ".png" else "JPEG"
    if fmt == "JPEG":
        im.save(tmp, fmt, quality=85, optimize=True)
    else:
        im.save(tmp, fmt, optimize=True)
    os.replace(tmp, out_path)
