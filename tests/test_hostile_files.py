"""Broken files and odd shops (issue 18), one test per row, with real files, the real CLI in its
own process and real local shop servers: no silent mojibake, no traceback, no shop mistaken for
"not a shop"."""
import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.sources import SourceOptions, open_source
from scanner.sources.textfile import detect_encoding

from test_fetch_policy import Server, _serve, shopify

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "exports"


def scan(tmp_path, *args, out="out"):
    p = subprocess.run([sys.executable, "-m", "scanner", "scan", *map(str, args), "--out", str(tmp_path / out),
                        "--no-ocr", "--format", "csv,json", "--quiet", "--crawl-delay", "0"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert "Traceback" not in p.stderr, p.stderr[-3000:]
    return p


def rows(tmp_path, name="listings.csv", out="out"):
    with open(tmp_path / out / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def canonical_csv(records, filler_rows=0):
    lines = ["id,title,description"]
    lines += [f"pad{i},plain cotton t-shirt number {i},ordinary ascii text to push past the sample" for i in range(filler_rows)]
    lines += [f"{r[0]},{r[1]},{r[2]}" for r in records]
    return "\r\n".join(lines) + "\r\n"


CLAIMS = [("g1", "全网最低价 保温杯", "销量第一"), ("g2", "国家级 纯棉T恤", "最好的选择"), ("g3", "顶级品质 茶叶", "史无前例")]


def test_a_gbk_file_whose_first_64kb_are_ascii_is_read_as_gbk(tmp_path):
    text = canonical_csv(CLAIMS, filler_rows=1200)
    assert text.index("g1") > 65536
    f = tmp_path / "gbk.csv"
    f.write_bytes(text.encode("gbk"))
    assert detect_encoding(f) == "gb18030"
    p = scan(tmp_path, f)
    assert p.returncode == 0, p.stderr
    by = {r["listing_id"]: r for r in rows(tmp_path)}
    assert by["g1"]["title"] == "全网最低价 保温杯" and not by["g1"]["errors"]
    found = {(r["listing_id"], r["matched_text"]) for r in rows(tmp_path, "findings.csv")}
    assert ("g1", "全网最低价") in found and ("g2", "国家级") in found and ("g3", "史无前例") in found


def test_invalid_bytes_after_64kb_are_an_errors_entry_on_their_listing(tmp_path):
    text = canonical_csv(CLAIMS, filler_rows=1200)
    data = text.encode("utf-8").replace("国家级".encode(), b"\xff\xfe\xfd" + "国家级".encode())
    f = tmp_path / "broken.csv"
    f.write_bytes(data)
    assert detect_encoding(f) == "utf-8"  # a few damaged bytes do not turn a UTF-8 file into GB18030 mojibake
    p = scan(tmp_path, f)
    assert p.returncode == 3, p.stderr  # that listing was read only in part: the run is partial
    by = {r["listing_id"]: r for r in rows(tmp_path)}
    assert "3 byte(s) could not be decoded as utf-8" in by["g2"]["errors"]
    assert by["g2"]["title"] == "\ufffd\ufffd\ufffd国家级 纯棉T恤"
    assert not by["g1"]["errors"] and not by["g3"]["errors"] and not by["pad5"]["errors"]


def test_a_gbk_file_with_a_damaged_byte_reports_it(tmp_path):
    data = canonical_csv(CLAIMS).encode("gbk").replace("保温杯".encode("gbk"), b"\xff" + "保温杯".encode("gbk"))
    f = tmp_path / "gbk_broken.csv"
    f.write_bytes(data)
    p = scan(tmp_path, f)
    by = {r["listing_id"]: r for r in rows(tmp_path)}
    # a listing with bytes that could not be read was read only in part: the run is partial (exit 3)
    assert p.returncode == 3 and "could not be decoded as gb18030" in by["g1"]["errors"]
    assert by["g2"]["title"] == "国家级 纯棉T恤" and not by["g2"]["errors"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_a_utf16_csv_with_or_without_bom_is_read(tmp_path, codec):
    f = tmp_path / "u16.csv"
    f.write_bytes(canonical_csv(CLAIMS).encode(codec))
    p = scan(tmp_path, f)
    assert p.returncode == 0, p.stderr
    by = {r["listing_id"]: r for r in rows(tmp_path)}
    assert by["g1"]["title"] == "全网最低价 保温杯" and not by["g1"]["errors"]


def test_a_taobao_export_saved_as_utf16_without_bom_is_read(tmp_path):
    text = (FIXTURES / "taobao_utf8.csv").read_text(encoding="utf-8-sig")
    f = tmp_path / "taobao_u16.csv"
    f.write_bytes(text.encode("utf-16-le"))
    if (FIXTURES / "taobao_utf8").is_dir():
        shutil.copytree(FIXTURES / "taobao_utf8", tmp_path / "taobao_u16")
    p = scan(tmp_path, f, out="a")
    ref = scan(tmp_path, FIXTURES / "taobao_utf8.csv", out="b")
    assert p.returncode == ref.returncode, p.stderr
    got = {r["listing_id"]: r["title"] for r in rows(tmp_path, out="a")}
    want = {r["listing_id"]: r["title"] for r in rows(tmp_path, out="b")}
    assert got == want and got


def test_a_jsonl_line_nested_100000_deep_is_an_error_with_reports(tmp_path):
    f = tmp_path / "deep.jsonl"
    f.write_text('{"id": "ok", "title": "全网最低价"}\n{"id": "x", "title": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
                 encoding="utf-8")
    p = scan(tmp_path, f)
    assert p.returncode == 3
    by = {r["listing_id"]: r for r in rows(tmp_path)}
    assert "nested too deeply" in by["line 2"]["errors"] and by["ok"]["title"] == "全网最低价"


def test_parsers_are_bounded_field_size_and_image_count(tmp_path):
    big = "好" * 3_500_000 + "全网最低价"
    recs = [{"id": "big", "title": "保温杯", "description": big},
            {"id": "pics", "title": "保温杯", "images": [f"p{i}.png" for i in range(1500)]},
            {"id": "ok", "title": "全网最低价"}]
    f = tmp_path / "b.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    listings = {l.id: l for l in open_source(str(f))}
    assert len(listings["big"].description) == 3_000_000 and "only the first 3,000,000 scanned" in listings["big"].errors[0]
    assert len(listings["pics"].images) == 1000 and "only the first 1000 kept" in listings["pics"].errors[0]
    assert not listings["ok"].errors


def test_robots_txt_forbidding_everything_is_explained(tmp_path):
    with Server({"/robots.txt": (200, {}, b"User-agent: *\nDisallow: /\n")}) as shop:
        shop.routes["/products.json"] = lambda h: _serve(h, shopify([]), h.path)
        p = scan(tmp_path, shop.origin + "/")
        assert p.returncode == 3
        run = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["run"]
        text = " ".join(run["source_errors"])
        assert "robots.txt" in text and "--ignore-robots" in text and "export file" in text
        assert "not a Shopify" not in text
        assert shop.count("/products.json") == 0
        # for a shop the operator owns
        p = scan(tmp_path, shop.origin + "/", "--ignore-robots", out="own")
        assert p.returncode == 0, p.stderr
        assert [r["listing_id"] for r in rows(tmp_path, out="own")] == ["cup"]


PRODUCT = """<html><head><script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Product",
"sku": "SKU-{n}", "name": "测试商品 {n} 全网最低价", "description": "好"}}</script></head><body>商品</body></html>"""


def test_probes_redirected_to_the_home_page_are_not_dropped_and_are_explained(tmp_path):
    home = ("<html><body>" + "".join(f'<a href="/products/p{n}">商品{n}</a>' for n in range(1, 6)) + "</body></html>").encode()
    routes = {"/robots.txt": (200, {}, b"User-agent: *\nAllow: /\n"), "/": (200, {"Content-Type": "text/html"}, home),
              "/products.json": (302, {"Location": "/"}, b""),
              "/wp-json/wc/store/v1/products": (302, {"Location": "/"}, b"")}
    for n in range(1, 6):
        routes[f"/products/p{n}"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PRODUCT.format(n=n).encode())
    with Server(routes) as shop:
        src = open_source(shop.origin + "/", SourceOptions(crawl_delay=0, download_images=False))
        got = sorted(l.id for l in src)
        assert got == [f"SKU-{n}" for n in range(1, 6)], src.errors
        assert shop.count("/wp-json/wc/store/v1/products") == 1  # the WooCommerce probe was sent
        notes = " ".join(src.stats.get("probe_notes", []))
        assert "redirected to" in notes and "WooCommerce" in notes and "Shopify" in notes
        assert src.complete


def test_probes_answered_with_html_and_no_products_say_so(tmp_path):
    routes = {"/robots.txt": (200, {}, b""), "/": (200, {"Content-Type": "text/html"}, b"<html>hello</html>"),
              "/products.json": (200, {"Content-Type": "text/html"}, b"<html>login</html>"),
              "/wp-json/wc/store/v1/products": (302, {"Location": "/"}, b"")}
    with Server(routes) as shop:
        src = open_source(shop.origin + "/", SourceOptions(crawl_delay=0, download_images=False))
        assert list(src) == [] and not src.complete
        msg = src.errors[-1]
        assert "no listings found" in msg and "answered HTTP 200 with text/html" in msg and "redirected to" in msg
        assert "export file" in msg


@pytest.mark.parametrize("body, message", [
    ("allow_private = 'yes'\n", "allow_private"),
    ("ignore_robots = 1\n", "ignore_robots"),
    ("max_images = -1\n", "max_images"),
    ("fetch_timeout = 0\n", "fetch_timeout"),
    ("max_download_mb = 'big'\n", "max_download_mb"),
    ("allow_privat = true\n", "did you mean 'allow_private'"),
])
def test_the_new_keys_are_typed_too(tmp_path, body, message):
    f = tmp_path / "l.jsonl"
    f.write_text('{"id": "1", "title": "保温杯"}\n', encoding="utf-8")
    cfg = tmp_path / "c.toml"
    cfg.write_text(body, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "scanner", "scan", str(f), "--out", str(tmp_path / "o"), "--config", str(cfg)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and message in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) <= 2
