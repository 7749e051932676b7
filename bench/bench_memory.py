#!/usr/bin/env python3
"""Benchmark: peak memory of hostile inputs against a normal scan (issue 19: within 2x).

    .venv/bin/python bench/bench_memory.py              # all cases
    .venv/bin/python bench/bench_memory.py --cell-mb 100 --refs 10000

Cases, each through the real CLI in its own process (peak RSS of the scanner process and its
workers, `ru_maxrss` of the children of a fresh wrapper process):

- `normal, text`      1,000 ordinary listings, --no-ocr;
- `100 MB cell`       the same file plus one listing whose description is one 100 MB CSV cell;
- `normal, pictures`  100 listings with one picture each (OCR on, Tesseract);
- `10,000 refs`       the same 100 listings with 100 picture references each (10,000 in all,
                      every one the same picture file: identical pictures are read once).
"""
import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WRAP = ("import resource, subprocess, sys, time\n"
        "t = time.time()\n"
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, round(time.time() - t, 1), p.returncode)\n")


def measure(args: list[str]) -> tuple[float, float, int]:
    out = subprocess.run([sys.executable, "-c", WRAP, sys.executable, "-m", "scanner", "scan", *args],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]) / 1024, float(out[1]), int(out[2])


def write_csv(path: Path, n: int, cell_mb: int = 0) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,title,description\n")
        for i in range(n):
            f.write(f"n{i},保温杯 316不锈钢 大容量 {i}ml,双层真空设计，保温12小时。杯盖密封不漏水。\n")
        if cell_mb:
            f.write('big,保温杯,"')
            chunk = "好" * (1 << 20)  # 3 MB of UTF-8
            for _ in range(cell_mb * (1 << 20) // (3 * len(chunk))):
                f.write(chunk)
            f.write('全网最低价"\n')


def write_pictures(folder: Path, n: int, refs_each: int) -> Path:
    from scanner.ocr.synth import render_lines

    folder.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    render_lines(["纯棉面料 柔软亲肤"], size=(600, 120)).save(buf, "PNG")
    (folder / "p.png").write_bytes(buf.getvalue())
    path = folder / f"pics-{refs_each}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"p{i}", "title": f"保温杯 {i}", "images": ["p.png"] * refs_each},
                               ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cell-mb", type=int, default=100)
    ap.add_argument("--refs", type=int, default=10_000)
    ap.add_argument("--listings", type=int, default=100)
    a = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        common = ["--format", "csv", "--quiet", "--cache-dir", str(tmp / "cache"), "--workers", "1"]
        write_csv(tmp / "normal.csv", 1000)
        write_csv(tmp / "cell.csv", 1000, a.cell_mb)
        base = measure([str(tmp / "normal.csv"), "--out", str(tmp / "o1"), "--no-ocr", *common])
        cell = measure([str(tmp / "cell.csv"), "--out", str(tmp / "o2"), "--no-ocr", *common])
        rows += [("normal, text (1,000 listings)", base, None), (f"{a.cell_mb} MB cell", cell, base)]
        one = write_pictures(tmp / "pics", a.listings, 1)
        many = write_pictures(tmp / "pics", a.listings, a.refs // a.listings)
        pbase = measure([str(one), "--out", str(tmp / "o3"), *common])
        pmany = measure([str(many), "--out", str(tmp / "o4"), "--max-images", "0", *common])
        pcap = measure([str(many), "--out", str(tmp / "o5"), *common])
        rows += [(f"normal, pictures ({a.listings} listings x 1)", pbase, None),
                 (f"{a.refs:,} picture refs, no cap", pmany, pbase),
                 (f"{a.refs:,} picture refs, default cap", pcap, pbase)]
    print(f"{'case':42} {'peak MB':>8} {'seconds':>8} {'exit':>5} {'x normal':>9}")
    for name, (mb, secs, code), ref in rows:
        ratio = f"{mb / ref[0]:.2f}" if ref else ""
        print(f"{name:42} {mb:8.0f} {secs:8.1f} {code:5d} {ratio:>9}")


if __name__ == "__main__":
    main()
