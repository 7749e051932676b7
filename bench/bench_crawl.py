"""Crawl benchmark: 300 products per shop shape, served on loopback, `--crawl-delay 0`.

    .venv/bin/python bench/bench_crawl.py [--products 300] [--images]

Targets (issue 4): every listing arrives; the API shapes (Shopify products.json, WooCommerce Store
API) in under 10 s, the page shapes (sitemaps, paginated JSON-LD, paginated microdata) at 30 pages/s
or more. `--images` also downloads every product image into the cache (one per product).
Times include starting the crawler process (~1 s).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "shops"))

from shopserver import ShopServer  # noqa: E402

from scanner.sources import SourceOptions  # noqa: E402
from scanner.sources.crawl import CrawlSource  # noqa: E402

SHAPES = [("shopify", "api"), ("woo", "api"), ("sitemap", "pages"), ("jsonld", "pages"), ("microdata", "pages")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=300)
    ap.add_argument("--images", action="store_true", help="download the product images too")
    args = ap.parse_args()
    ok = True
    print(f"{'shape':<10} {'listings':>8} {'pages':>6} {'images':>6} {'seconds':>8} {'pages/s':>8}  target")
    for shape, kind in SHAPES:
        with ShopServer(shape, args.products, faults=False, images=args.images) as shop, \
                tempfile.TemporaryDirectory() as cache:
            src = CrawlSource(shop.url, SourceOptions(crawl_delay=0, cache_dir=Path(cache),
                                                      download_images=args.images))
            t = time.perf_counter()
            items = list(src)
            secs = time.perf_counter() - t
            ids = {i.id for i in items}
            complete = ids == shop.expected_ids() and len(items) == args.products and src.complete
            pages = src.stats.get("pages", 0)
            rate = pages / secs if secs else 0.0
            if kind == "api":
                met = secs < 10
                target = "< 10 s"
            else:
                met = rate >= 30
                target = ">= 30 pages/s"
            verdict = "ok" if (met and complete) else ("INCOMPLETE" if not complete else "MISSED")
            ok &= met and complete
            print(f"{shape:<10} {len(items):>8} {pages:>6} {src.stats.get('images', 0):>6} {secs:>8.2f} "
                  f"{rate:>8.1f}  {target:<14} {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
