"""Hostile or broken shop data on a real local server: one malformed product never loses the page
or its neighbours, and a page whose callback fails makes the crawl partial (exit 3) — never a
complete crawl that lets the next audit mark those listings fixed."""
import csv
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scanner.sources.platform_json import MALFORMED, shopify_listings, woo_listings

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"id": 2, "handle": "b", "title": "水杯 全网最低价", "body_html": "好", "images": [], "variants": []}
BAD = {"id": 1, "handle": "a", "title": "保温杯", "body_html": "好", "images": [{"src": 123}], "variants": []}


def test_page_object_keeps_the_good_products_and_flags_the_bad_one():
    got = {l.id: l for l in shopify_listings({"products": [BAD, GOOD]}, "https://s.example", "https://s.example/")}
    assert set(got) == {"a", "b"}
    assert got["a"].errors and MALFORMED in got["a"].errors[0] and got["a"].title == "保温杯"
    assert not got["b"].errors
    woo = woo_listings([{"id": 7, "name": "x", "images": [{"src": ["no"]}]}, {"id": 8, "name": "y"}], "https://s.example", "s")
    assert [l.id for l in woo] == ["7", "8"] and woo[0].errors and not woo[1].errors


class Shop:
    def __init__(self, products_body: bytes):
        body = products_body

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                if self.path.startswith("/products.json"):
                    payload = body if "page=1" in self.path or "page" not in self.path else b'{"products": []}'
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                self.send_response(200 if self.path == "/robots.txt" else 404)
                self.end_headers()

        self.srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.srv.server_address[1]}/"

    def close(self):
        self.srv.shutdown()


def _scan(url, out):
    return subprocess.run([sys.executable, "-m", "scanner", "scan", url, "--out", str(out), "--no-ocr", "--crawl-delay", "0",
                           "--format", "csv,json", "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_a_malformed_product_is_reported_and_the_crawl_is_partial(tmp_path):
    shop = Shop(json.dumps({"products": [BAD, GOOD]}).encode())
    try:
        p = _scan(shop.url, tmp_path / "out")
    finally:
        shop.close()
    assert p.returncode == 3, p.stderr[-2000:]
    rows = {r["listing_id"]: r for r in csv.DictReader(open(tmp_path / "out" / "listings.csv", encoding="utf-8-sig"))}
    assert set(rows) == {"a", "b"} and MALFORMED in rows["a"]["errors"] and not rows["b"]["errors"]
    run = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["run"]
    assert run["complete"] is False


def test_a_page_whose_callback_fails_makes_the_crawl_partial(tmp_path):
    deep = b'{"products": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"  # nesting that breaks the JSON parser
    shop = Shop(deep)
    try:
        p = _scan(shop.url, tmp_path / "out")
    finally:
        shop.close()
    assert p.returncode in (2, 3), p.stderr[-2000:]  # never 0: the shop was not read
    assert "Traceback" not in p.stderr
    if p.returncode == 3:
        run = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["run"]
        assert run["complete"] is False and run["source_errors"]
