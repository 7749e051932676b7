#!/usr/bin/env python3
"""Benchmark: `scanner check "…"` end to end (start-up dominated: imports, loading the compiled
lexicon and brand database, one short text), wall and CPU seconds per run.

    .venv/bin/python bench/bench_check.py                      # 5 runs of this checkout
    .venv/bin/python bench/bench_check.py --against ../old     # side by side, runs alternating

`--against DIR` runs another checkout of the scanner (a `git worktree` of an older commit) with
the same interpreter, alternating with this one, each with its own compiled-data cache (warmed
by one run first, so neither pays a rebuild), and prints the ratio of the medians.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = "全网最低价 耐克同款 根治失眠 Nlke shoes 加微信 abc12345"


def once(checkout: Path, cache: str, text: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "scanner", "check", text], cwd=checkout,
                       env={**os.environ, "SCANNER_CACHE": cache}, capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{checkout}: scanner check failed ({p.returncode}): {p.stderr[-1500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--against", help="another checkout of the scanner, run alternating with this one")
    ap.add_argument("--text", default=TEXT)
    a = ap.parse_args()
    who = [("this", ROOT)] + ([("against", Path(a.against).resolve())] if a.against else [])
    with tempfile.TemporaryDirectory() as d:
        caches = {name: os.path.join(d, name) for name, _ in who}
        for name, path in who:
            once(path, caches[name], a.text)  # builds the compiled-data cache
        times: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in who}
        for _ in range(a.runs):
            for name, path in who:
                times[name].append(once(path, caches[name], a.text))
    for name, path in who:
        w = [x[0] for x in times[name]]
        c = [x[1] for x in times[name]]
        print(f"{name:8s} {path}: wall {min(w):.2f}–{max(w):.2f} s (median {statistics.median(w):.2f}), "
              f"CPU {min(c):.2f}–{max(c):.2f} s")
    if a.against:
        ratio = statistics.median(x[0] for x in times["this"]) / statistics.median(x[0] for x in times["against"])
        print(f"ratio this/against (median wall): {ratio:.2f}")


if __name__ == "__main__":
    main()
