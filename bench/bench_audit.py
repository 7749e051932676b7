#!/usr/bin/env python3
"""Benchmark: what a nightly audit costs when the shop did not change, against the first run.

    .venv/bin/python bench/bench_audit.py                  # 20,000 listings (text) + a 30-listing image shop
    .venv/bin/python bench/bench_audit.py --n 5000 --images 0

Every audit runs end to end through the real CLI (`python -m scanner audit --config …`), so the
wall times include interpreter start-up. Three audits of the text shop (--no-ocr):

1. first audit (empty history: every finding is new, everything inserted);
2. the same file again (nothing changed: every finding persisting);
3. 1 % of the listings edited (a term removed, a new violation, a few listings removed).

Then, when the OCR stage is installed (scanner.ocr.ImageInspector + Tesseract + a CJK font), a
small shop whose listings carry banner images with text, audited twice with OCR on and a cold
cache: the second audit reads every image's text from the OCR cache instead of running
Tesseract again.
"""
from __future__ import annotations

import argparse
import importlib
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scan import BAD, records  # noqa: E402  (one listing generator for every benchmark)


BANNERS = ["全网最低价 限时抢购", "国家级工艺 匠心品质", "顶级品质 值得信赖", "新款上市 欢迎选购", "保温12小时 出行必备"]
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def make_listings(n: int, seed: int = 11) -> list[dict]:
    return list(records(n, seed))


def write_jsonl(path: Path, records: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def audit(cfg: Path, cache: Path, *flags: str) -> tuple[float, dict]:
    env = dict(__import__("os").environ, SCANNER_CACHE=str(cache))
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "scanner", "audit", "--config", str(cfg), *flags],
                       cwd=ROOT, capture_output=True, text=True, env=env)
    dt = time.perf_counter() - t
    if p.returncode not in (0, 1):
        sys.exit(f"audit failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    summary = json.loads((cfg.parent / "out" / "summary.json").read_text(encoding="utf-8"))
    return dt, summary["shops"][0]


def row(label: str, dt: float, shop: dict, first: float | None = None) -> str:
    share = f"{dt / first:6.0%}" if first else "  100%"
    return (f"{label:<34} {dt:7.2f} s {share}   in-shop {shop_seconds(shop):6.2f} s   new {shop['new']:>5}  "
            f"persisting {shop['persisting']:>5}  fixed {shop['fixed']:>4}  listings {shop['listings']}")


def shop_seconds(shop: dict) -> float:
    return shop.get("_seconds", 0.0)


def with_seconds(cfg: Path, shop: dict) -> dict:
    """The shop's own run time (scan + history + reports, without start-up) from audit.json."""
    aj = json.loads((cfg.parent / "out" / shop["run_folder"] / "audit.json").read_text(encoding="utf-8"))
    import sqlite3

    db = sqlite3.connect(cfg.parent / "out" / "history.sqlite")
    sec = db.execute("SELECT seconds FROM runs WHERE id = ?", (aj["run_id"],)).fetchone()[0]
    db.close()
    return {**shop, "_seconds": sec}


def text_shop(n: int) -> None:
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        listings = make_listings(n)
        write_jsonl(d / "shop.jsonl", listings)
        cfg = d / "shops.toml"
        cfg.write_text('[audit]\nout = "out"\n[[shop]]\nname = "bench"\nsource = "shop.jsonl"\n', encoding="utf-8")
        print(f"text shop: {n} listings, canonical JSONL, --no-ocr ({(d / 'shop.jsonl').stat().st_size / 1e6:.1f} MB)")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "scanner", "scan", str(d / "shop.jsonl"), "--out", str(d / "scan"),
                        "--no-ocr", "--quiet"], cwd=ROOT, capture_output=True,
                       env=dict(__import__("os").environ, SCANNER_CACHE=str(d / "cache")))
        t0 = time.perf_counter() - t
        print(f"{'0. plain scan, no history':<34} {t0:7.2f} s   (the same detection and reports, csv+html)")
        t1, s1 = audit(cfg, d / "cache", "--no-ocr")
        s1 = with_seconds(cfg, s1)
        print(row("1. first audit (empty history)", t1, s1))
        t2, s2 = audit(cfg, d / "cache", "--no-ocr")
        s2 = with_seconds(cfg, s2)
        print(row("2. unchanged shop", t2, s2, t1))
        rnd = random.Random(3)
        changed = list(listings)
        k = max(1, n // 100)
        for i in rnd.sample(range(len(changed)), k):
            rec = dict(changed[i])
            for b in BAD:
                rec["description"] = rec["description"].replace(b, "")
            if i % 2:
                rec["title"] += " 顶级品质"
            changed[i] = rec
        removed = set(rnd.sample(range(len(changed)), max(1, k // 5)))
        changed = [r for i, r in enumerate(changed) if i not in removed]
        write_jsonl(d / "shop.jsonl", changed)
        t3, s3 = audit(cfg, d / "cache", "--no-ocr")
        s3 = with_seconds(cfg, s3)
        print(row(f"3. 1% edited, {len(removed)} removed", t3, s3, t1))
        size = (d / "out" / "history.sqlite").stat().st_size
        print(f"   history.sqlite after 3 audits: {size / 1e6:.1f} MB")


def ocr_available() -> str:
    try:
        ocr = importlib.import_module("scanner.ocr")
    except ImportError:
        return "scanner.ocr is not installed"
    if not hasattr(ocr, "ImageInspector"):
        return "scanner.ocr has no ImageInspector yet"
    if not shutil.which("tesseract"):
        return "tesseract is not installed"
    if not Path(FONT).exists():
        return f"no CJK font at {FONT} to draw the banners"
    return ""


def image_shop(m: int) -> None:
    why = ocr_available()
    if why:
        print(f"image shop: skipped ({why})")
        return
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 44)
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        (d / "img").mkdir()
        rnd = random.Random(5)
        recs = []
        for i in range(m):
            imgs = []
            for j in range(2):
                im = Image.new("RGB", (790, 1000), (255, 255, 255))  # a 详情页 detail image: 8 lines
                dr = ImageDraw.Draw(im)
                for line in range(8):
                    dr.text((40, 40 + line * 120), rnd.choice(BANNERS), font=font, fill=(20, 20, 20))
                name = f"img/{i:03d}-{j}.png"
                im.save(d / name)
                imgs.append(name)
            recs.append({"id": f"i{i:03d}", "title": rnd.choice(TITLES).format(i), "images": imgs})
        write_jsonl(d / "shop.jsonl", recs)
        cfg = d / "shops.toml"
        cfg.write_text('[audit]\nout = "out"\n[[shop]]\nname = "bench"\nsource = "shop.jsonl"\n', encoding="utf-8")
        print(f"image shop: {m} listings, {2 * m} detail images (790x1000, 8 text lines), OCR on, cold cache")
        t1, s1 = audit(cfg, d / "cache")
        s1 = with_seconds(cfg, s1)
        print(row("1. first audit (OCR every image)", t1, s1))
        t2, s2 = audit(cfg, d / "cache")
        s2 = with_seconds(cfg, s2)
        print(row("2. unchanged (OCR cache)", t2, s2, t1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20000, help="listings in the text shop")
    ap.add_argument("--images", type=int, default=30, help="listings (2 images each) in the image shop; 0 skips it")
    a = ap.parse_args()
    import os

    print(f"{os.cpu_count()} CPU(s), python {sys.version.split()[0]}; wall time includes start-up, "
          f"'in-shop' is the shop's own run time from the history")
    text_shop(a.n)
    if a.images:
        image_shop(a.images)


if __name__ == "__main__":
    main()
