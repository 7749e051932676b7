"""In-process vs a Dask LocalCluster for a nightly audit of many shops.

    python bench/bench_cluster.py [--shops 40] [--listings 50] [--pictures 2] [--workers 2] [--crawl]

Builds SHOPS listing files of LISTINGS listings with PICTURES rendered pictures each (every
picture distinct, so every one is really read), then audits them twice with cold caches: in
this process (today's path) and with `cluster = "local:WORKERS"`. With `--crawl` every shop is
served as a Shopify-style storefront on 127.0.0.1 (its own port) and audited by its address:
the crawls (and the crawler's picture downloads) run in-process, then as cluster tasks. Checks the results are
identical (fingerprint, status and note of every finding of every shop) and prints wall time,
pictures per second, pictures per core-second, and the cluster path's own cost per picture
(bytes batched, sent, scheduled and answered by a no-op task: what a picture costs besides OCR).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.ocr.synth import CLAIMS, PLAIN, render_lines  # noqa: E402


def build(root: Path, shops: int, listings: int, pictures: int, crawl: bool = False) -> Path:
    lines = ['[audit]\nout = "out"\n' + ('crawl_delay = 0\n' if crawl else "")]
    for s in range(shops):
        d = root / f"shop{s:03d}"
        d.mkdir(parents=True)
        rows = []
        for i in range(listings):
            pics = []
            for p in range(pictures):
                words = CLAIMS if (i + p) % 3 == 0 else PLAIN
                name = f"p{i:03d}_{p}.png"
                render_lines([f"{words[(s + i + p) % len(words)]} {s}-{i}-{p}"], size=(480, 110),
                             font_size=38).save(d / name)
                pics.append(name)
            title = ["保温杯 最好的选择", "儿童水杯 秒杀价", "运动水壶", "玻璃杯"][i % 4]
            rows.append({"id": f"L{i:03d}", "title": f"{title} {i}", "images": pics})
        (d / "shop.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                      encoding="utf-8")
        source = serve(d, rows) if crawl else d / "shop.jsonl"
        lines.append(f'[[shop]]\nname = "s{s:03d}"\nsource = "{source}"\nformat = "csv"\n')
    cfg = root / "shops.toml"
    cfg.write_text("".join(lines), encoding="utf-8")
    return cfg


_servers: list = []


def serve(folder: Path, rows: list[dict]) -> str:
    """The shop as a Shopify-style storefront (/products.json, its pictures) on 127.0.0.1."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlsplit

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            u = urlsplit(self.path)
            ctype = "application/json; charset=utf-8"
            if u.path == "/products.json":
                q = parse_qs(u.query)
                page, limit = int(q.get("page", ["1"])[0]), int(q.get("limit", ["30"])[0])
                items = [{"id": 1000 + k, "handle": r["id"].lower(), "title": r["title"], "body_html": "",
                          "vendor": "", "product_type": "", "variants": [{"id": 1, "price": "19.90"}],
                          "images": [{"src": f"{origin}/img/{p}"} for p in r["images"]]}
                         for k, r in enumerate(rows)][(page - 1) * limit: page * limit]
                body = json.dumps({"products": items}, ensure_ascii=False).encode()
            elif u.path.startswith("/img/") and (folder / u.path[5:]).is_file() and "/" not in u.path[5:]:
                body, ctype = (folder / u.path[5:]).read_bytes(), "image/png"
            elif u.path == "/":
                body, ctype = b"<html><head><script>var Shopify = {};</script></head><body>shop</body></html>", \
                    "text/html; charset=utf-8"
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    origin = f"http://127.0.0.1:{srv.server_port}"
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    _servers.append(srv)
    return origin + "/"


def audit(cfg: Path, mode: str) -> tuple[float, dict]:
    work = cfg.parent / mode.replace(":", "-")
    work.mkdir()
    body = cfg.read_text(encoding="utf-8").replace('out = "out"', f'out = "{work / "out"}"' +
                                                   (f'\ncluster = "{mode}"' if mode != "inproc" else ""), 1)
    (work / "shops.toml").write_text(body, encoding="utf-8")
    env = dict(os.environ, SCANNER_CACHE=str(work / "cache"))
    import subprocess

    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "scanner", "audit", "--config", str(work / "shops.toml")],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        raise SystemExit(f"{mode}: exit {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    got = {}
    for shop_dir in sorted((work / "out").iterdir()):
        f = shop_dir / "latest" / "findings.csv"
        if f.exists():
            with open(f, encoding="utf-8-sig", newline="") as fh:
                got[shop_dir.name] = sorted((r["fingerprint"], r["status"], r["note"]) for r in csv.DictReader(fh))
    return seconds, got


def _sizes(batch: list) -> dict:
    return {key: len(data) for key, _ref, data in batch}


def transport_overhead(folder: Path, workers: int, rounds: int = 3) -> float:
    """Milliseconds of coordinator wall time per picture for the cluster path without OCR: the
    pictures' bytes batched, sent, scheduled on `workers` processes and answered (a no-op task)."""
    from distributed import Client, LocalCluster

    from scanner.cluster import PICS_PER_TASK

    pics = [(f"k{i}", p.name, p.read_bytes()) for i, p in enumerate(sorted(folder.rglob("*.png")))]
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            Client(cl) as c:
        c.submit(_sizes, pics[:1]).result()  # warm up
        best = float("inf")
        for _ in range(rounds):
            t0 = time.perf_counter()
            futs = [c.submit(_sizes, pics[i:i + PICS_PER_TASK], pure=False)
                    for i in range(0, len(pics), PICS_PER_TASK)]
            for f in futs:
                f.result()
            best = min(best, time.perf_counter() - t0)
    return best * 1000 / len(pics)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shops", type=int, default=40)
    ap.add_argument("--listings", type=int, default=50)
    ap.add_argument("--pictures", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--crawl", action="store_true", help="serve the shops on 127.0.0.1 and audit them by address")
    a = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    try:
        t0 = time.perf_counter()
        cfg = build(root, a.shops, a.listings, a.pictures, a.crawl)
        n_pics = a.shops * a.listings * a.pictures
        print(f"built {a.shops} shops × {a.listings} listings × {a.pictures} pictures = {n_pics} pictures "
              f"in {time.perf_counter() - t0:.0f}s; cores: {os.cpu_count()}, load: {os.getloadavg()[0]:.1f}",
              flush=True)
        t_in, ref = audit(cfg, "inproc")
        print(f"in-process: {t_in:.1f}s, {n_pics / t_in:.2f} pictures/s", flush=True)
        mode = f"local:{a.workers}"
        t_cl, got = audit(cfg, mode)
        print(f"{mode}: {t_cl:.1f}s, {n_pics / t_cl:.2f} pictures/s", flush=True)
        same = got == ref
        n_findings = sum(len(v) for v in ref.values())
        overhead = transport_overhead(root, a.workers)
        cores = os.cpu_count() or 1
        per_core_in = t_in * cores / n_pics
        per_core_cl = t_cl * a.workers / n_pics
        print(json.dumps({
            "pictures": n_pics, "findings": n_findings, "identical": same,
            "seconds_in_process": round(t_in, 1), "seconds_cluster": round(t_cl, 1),
            "speed_up": round(t_in / t_cl, 2),
            "pictures_per_core_second_in_process": round(1 / per_core_in, 2),
            "pictures_per_core_second_cluster": round(1 / per_core_cl, 2),
            "cluster_transport_ms_per_picture": round(overhead, 2),
            "load_average_1min": round(os.getloadavg()[0], 1),
        }, indent=1))
        print(f"SUMMARY bench_cluster{' --crawl' if a.crawl else ''}: {a.shops}x{a.listings}x{a.pictures}={n_pics} "
              f"pictures · in-process "
              f"{t_in:.1f}s · {mode} {t_cl:.1f}s · speed-up {t_in / t_cl:.2f}x · transport {overhead:.2f} ms/picture · "
              f"identical={'yes' if same else 'NO'} · load {os.getloadavg()[0]:.1f} on {cores} cores", flush=True)
        if not same:
            raise SystemExit("results differ between in-process and cluster")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
