#!/usr/bin/env python3
"""Build brand_db/lookalike_chars.csv: pairs of Chinese characters that look alike (帅/师, 怏/快,
雷/雪), for the look-alike brand-name rule (BRAND-LOOKALIKE).

Every character of GB2312 (6,763) and of the brand tables' Chinese names
is drawn with a CJK font (default: WenQuanYi Zen Hei), its ink blurred and compared with every
other character's (cosine similarity of 32x32 ink maps, plus the share of ink they have in
common). A pair is kept when one is among the other's closest few and above a threshold. Run at
build time; the CSV it writes is the data the scanner reads:

    python brand_db/tools/build_lookalike_chars.py [--font F] [--out brand_db/lookalike_chars.csv]
"""
from __future__ import annotations

import argparse
import csv
import glob
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE = 64


def gb2312() -> list[str]:
    """The 6,763 characters of GB2312 (levels 1 and 2)."""
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def brand_chars() -> set[str]:
    chars = set()
    for p in glob.glob(str(HERE / "brands*.csv")):
        with open(p, encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                for col in ("zh", "nicknames"):
                    chars.update(c for c in r.get(col, "") if "\u4e00" <= c <= "\u9fff")
    return chars


def render(chars: list[str], font_path: str) -> np.ndarray:
    font = ImageFont.truetype(font_path, int(SIZE * 0.85))
    out = np.zeros((len(chars), 32 * 32), dtype=np.float32)
    for i, ch in enumerate(chars):
        img = Image.new("L", (SIZE, SIZE), 0)
        d = ImageDraw.Draw(img)
        l, t, r, b = d.textbbox((0, 0), ch, font=font)
        d.text(((SIZE - (r - l)) / 2 - l, (SIZE - (b - t)) / 2 - t), ch, fill=255, font=font)
        img = img.filter(ImageFilter.GaussianBlur(2.0)).resize((32, 32), Image.BILINEAR)
        v = np.asarray(img, dtype=np.float32).ravel()
        v -= v.mean()
        n = np.linalg.norm(v)
        out[i] = v / n if n else v
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--font", default=FONT)
    ap.add_argument("--out", default=str(HERE / "lookalike_chars.csv"))
    ap.add_argument("--top", type=int, default=6)
    ap.add_argument("--min", type=float, default=0.72)
    a = ap.parse_args()
    chars = sorted(set(gb2312()) | brand_chars())
    vec = render(chars, a.font)
    sim = vec @ vec.T
    np.fill_diagonal(sim, -1)
    top = np.argsort(-sim, axis=1)[:, : a.top]
    rows = []
    for i, ch in enumerate(chars):
        for j in top[i]:
            s = float(sim[i, j])
            # one of the other's closest few, either way round (雪 is among 雷's closest, not
            # the reverse); written once per pair, the scanner reads pairs both ways
            if s >= a.min and (i < j or i not in top[j]):
                rows.append((ch, chars[j], round(s, 3)))
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["variant", "original", "score"])
        f.write(f"# built by brand_db/tools/build_lookalike_chars.py from {Path(a.font).name}: "
                f"{len(chars)} characters, top-{a.top} either way, cosine >= {a.min}\n")
        w.writerows(rows)
    print(f"{len(rows)} pairs over {len(chars)} characters -> {a.out}")


if __name__ == "__main__":
    main()
