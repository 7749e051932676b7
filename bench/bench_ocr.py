#!/usr/bin/env python3
"""Image inspection throughput: a first scan (every image OCR'd) and a rescan of the same,
unchanged images (every image an OCR-cache hit).

    python bench/bench_ocr.py [--engine tesseract|rapidocr] [--synth N] [--workers W] [--repeat R]

Images: the dev corpus banners (../shared/eval/dev/images, when present) plus N synthetic shop
banners (scanner/ocr/synth.py), one listing per image, copied into a temporary folder. The first
scan runs with a fresh cache folder; the rescan with a new ImageInspector on the same cache
folder (as a new `scanner scan` process would). Prints images/s for both and the speed-up.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.models import Listing  # noqa: E402
from scanner.ocr import ImageInspector  # noqa: E402


def build_images(folder: Path, n_synth: int) -> list[Path]:
    out = []
    # ../shared next to the repository (or next to the folder of worktrees)
    dev = next((p for p in (ROOT.parent / "shared" / "eval" / "dev" / "images",
                            ROOT.parent.parent / "shared" / "eval" / "dev" / "images") if p.is_dir()), ROOT / "-")
    if dev.is_dir():
        for p in sorted(dev.iterdir()):
            if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif", ".webp"):
                dst = folder / p.name
                shutil.copyfile(p, dst)
                out.append(dst)
    if n_synth:
        from scanner.ocr.synth import random_banner

        for i in range(n_synth):
            b = random_banner(20_000 + i)
            dst = folder / f"synth{i:04d}.jpg"
            b.image.save(dst, quality=90)
            out.append(dst)
    return out


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract runs as child processes)."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def run(insp: ImageInspector, listings: list[Listing], workers: int) -> tuple[float, int, int, float]:
    t, c = time.perf_counter(), _cpu()
    n_lines = n_err = 0
    for _, lines, errors in insp.inspect_many(listings, workers=workers):
        n_lines += len(lines)
        n_err += sum(not e.startswith("note: ") for e in errors)
    return time.perf_counter() - t, n_lines, n_err, _cpu() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument("--repeat", type=int, default=3, help="first scans repeated (the machine may be shared)")
    ap.add_argument("--synth", type=int, default=62, help="synthetic banners added to the dev images")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", help="write the figures here too")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as d:
        d = Path(d)
        imgs = d / "images"
        imgs.mkdir()
        paths = build_images(imgs, a.synth)
        listings = [Listing(id=p.stem, title="", images=(f"images/{p.name}",), source=str(d / "shop.jsonl"))
                    for p in paths]
        n = len(listings)
        cache = d / "cache"

        firsts = []
        for r in range(a.repeat):
            cache = d / f"cache{r}"
            t_first, lines1, err1, cpu1 = run(ImageInspector(cache, engine=a.engine), listings, a.workers)
            firsts.append((t_first, cpu1))
        again = ImageInspector(cache, engine=a.engine)
        t_again, lines2, err2, _ = run(again, listings, a.workers)
        t_first = statistics.median(t for t, _ in firsts)
        cpu = statistics.median(c for _, c in firsts)
        cores = os.cpu_count() or 1
        res = {
            "engine": a.engine, "images": n, "cores": cores, "workers": a.workers, "repeat": a.repeat,
            "load_average": round(os.getloadavg()[0], 2),
            "first_scan_s": round(t_first, 2), "first_scan_images_per_s": round(n / t_first, 2),
            "first_scan_images_per_s_best": round(max(n / t for t, _ in firsts), 2),
            "cpu_s_per_image": round(cpu / n, 3),
            # what the first scan would reach with every core free (the machine is shared)
            "idle_machine_images_per_s": round(n * min(cores, a.workers) / cpu, 2),
            "rescan_s": round(t_again, 3), "rescan_images_per_s": round(n / t_again, 1),
            "rescan_speedup": round(t_first / t_again, 1),
            "ocr_calls_rescan": again.stats["ocr"], "cache_hits_rescan": again.stats["cache_hits"],
            "lines": lines1, "errors": err1, "same_result": lines1 == lines2 and err1 == err2,
        }
    print(f"engine {res['engine']}: {n} banners on {res['cores']} cores ({a.workers} workers)")
    print(f"  first scan : {res['first_scan_s']:7.2f} s  {res['first_scan_images_per_s']:8.2f} images/s"
          f"   (best {res['first_scan_images_per_s_best']}; {res['cpu_s_per_image']} CPU-s per image: "
          f"{res['idle_machine_images_per_s']} images/s on {res['cores']} free cores; load {res['load_average']})")
    print(f"  rescan     : {res['rescan_s']:7.3f} s  {res['rescan_images_per_s']:8.1f} images/s"
          f"   {res['rescan_speedup']}x faster, {res['ocr_calls_rescan']} images OCR'd again")
    print(f"  {res['lines']} text lines, {res['errors']} errors, rescan identical: {res['same_result']}")
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
