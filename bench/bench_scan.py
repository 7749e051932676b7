#!/usr/bin/env python3
"""Benchmark: scan N listings of ~250 characters (title + description, text only, CSV output)
end to end through the real CLI, and report listings/second and peak memory.

    .venv/bin/python bench/bench_scan.py            # 100,000 listings (and 20,000 for the memory check)
    .venv/bin/python bench/bench_scan.py --n 20000
    .venv/bin/python bench/bench_scan.py --floor --rounds 2   # side by side with ../shared/bench/floor.py

Memory is measured as the peak RSS of the scanner process and its workers (ru_maxrss of the
children); a run over 5x the listings should use about the same memory (streaming).
"""
import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TITLES = ["保温杯 316不锈钢 大容量 {}ml", "连衣裙 夏季新款 碎花 显瘦 {}码", "运动鞋 男款 透气 减震 跑步鞋 {}",
          "电动牙刷 声波 成人 充电式 {}档", "面霜 补水保湿 清爽 {}g", "Water Bottle Insulated {} oz Leak Proof",
          "羽绒服 冬季 加厚 连帽 {}", "手机壳 防摔 硅胶 适用于 iPhone {}", "茶叶 明前 礼盒装 {}g", "床垫 独立弹簧 {}米"]
SENT = ["双层真空设计，保温12小时。", "杯盖密封不漏水，出门携带方便。", "采用优质面料，穿着舒适透气。",
        "多色可选，尺码齐全，适合通勤和约会穿搭。", "鞋底采用耐磨橡胶，防滑减震。", "五种清洁模式，智能定时，一次充电可用30天。",
        "质地轻盈，容易吸收，适合干性及混合性肌肤。", "充绒量足，保暖性好，面料防风防泼水。", "精准开孔，安装简单，不影响信号。",
        "茶汤清澈，香气高扬，密封避光常温保存。", "软硬适中，贴合身体曲线，面料可拆洗。", "Made of food-grade stainless steel, keeps drinks cold for 24 hours.",
        "支持七天无理由退换，坏果包赔。", "本店最新款，欢迎咨询客服。", "最大容量2L，满足全家需求。", "第一次购买可以联系客服领取试用装。"]
BAD = ["全网最低价", "国家级工艺", "顶级品质", "万人疯抢", "无效退款", "根治失眠", "招财进宝", "销量第一", "Best Quality", "耐克同款"]


def records(n: int, seed: int = 7):
    """n listing records of ~250 characters, 15 % of them with one violation."""
    rnd = random.Random(seed)
    for i in range(n):
        title = rnd.choice(TITLES).format(rnd.randint(1, 999))
        desc = ""
        while len(title) + len(desc) < 240:
            desc += rnd.choice(SENT)
        if rnd.random() < 0.15:
            desc = desc[:120] + rnd.choice(BAD) + desc[120:]
        yield {"id": f"p{i:06d}", "title": title, "description": desc, "url": f"https://shop.example/p/{i}"}


def make(path: Path, n: int, seed: int = 7) -> float:
    total = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "description", "url"])
        for r in records(n, seed):
            total += len(r["title"]) + len(r["description"])
            w.writerow([r["id"], r["title"], r["description"], r["url"]])
    return total / n


def run(n: int) -> dict:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "listings.csv"
        avg = make(src, n)
        out = Path(d) / "out"
        t = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "scanner", "scan", str(src), "--out", str(out),
                            "--format", "csv", "--no-ocr", "--quiet"], cwd=ROOT, capture_output=True, text=True)
        dt = time.perf_counter() - t
        if p.returncode not in (0, 1):
            raise SystemExit(f"scanner failed ({p.returncode}): {p.stderr[-2000:]}")
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        nf = sum(1 for _ in open(out / "findings.csv", encoding="utf-8-sig")) - 1
    return {"listings": n, "avg_chars": round(avg), "seconds": round(dt, 2), "per_second": round(n / dt),
            "peak_rss_mb": round(rss), "findings": nf}


FLOOR = ROOT.parent / "shared" / "bench" / "floor.py"


def side_by_side(n: int, rounds: int) -> None:
    """This scanner and the floor (../shared/bench/floor.py) on the same n listings (JSONL),
    runs alternating; prints seconds and the ratio of throughputs per round."""
    if not FLOOR.exists():
        raise SystemExit(f"no floor program at {FLOOR}")
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "listings.jsonl"
        with open(src, "w", encoding="utf-8") as f:
            for r in records(n):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        cmds = {"floor": [sys.executable, str(FLOOR), str(src), "--out", str(Path(d) / "floor"), "--no-ocr"],
                "scanner": [sys.executable, "-m", "scanner", "scan", str(src), "--out", str(Path(d) / "scan"),
                            "--format", "csv", "--no-ocr", "--quiet"]}
        subprocess.run(cmds["scanner"][:4] + ["--help"], cwd=ROOT, capture_output=True)  # warm the disk cache
        for i in range(rounds):
            t = {}
            for name, cmd in cmds.items():
                t0 = time.perf_counter()
                p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
                t[name] = time.perf_counter() - t0
                if p.returncode not in (0, 1):
                    raise SystemExit(f"{name} failed ({p.returncode}): {p.stderr[-2000:]}")
            print(f"round {i + 1}: floor {t['floor']:.2f} s, scanner {t['scanner']:.2f} s, "
                  f"scanner/floor throughput {t['floor'] / t['scanner']:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--one", action="store_true", help="(internal) one size, result as JSON")
    ap.add_argument("--floor", action="store_true", help="side by side with ../shared/bench/floor.py")
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    if a.floor:
        side_by_side(a.n, a.rounds)
        return
    if a.one:
        print(json.dumps(run(a.n)))
        return
    sizes = [a.n] if a.n < 100_000 else [20_000, a.n]
    for n in sizes:
        # each size in its own process, so peak memory is that run's alone
        p = subprocess.run([sys.executable, __file__, "--n", str(n), "--one"], capture_output=True, text=True)
        if p.returncode:
            raise SystemExit(p.stderr[-2000:])
        r = json.loads(p.stdout)
        print(f"{r['listings']:>7} listings x {r['avg_chars']} chars: {r['seconds']:6.2f} s  "
              f"{r['per_second']:>6} listings/s  peak RSS {r['peak_rss_mb']} MB  ({r['findings']} findings)")


if __name__ == "__main__":
    main()
