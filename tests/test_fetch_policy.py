"""One fetch policy for every download (issue 13, point 1; issue 19, point 2), tried with real
HTTP servers on several ports of 127.0.0.1, a real crawl worker process and the real CLI:
pictures on another private port, `file://`, metadata addresses, `localhost`, redirects to
private addresses, a redirect to another host's robots.txt, a trickling picture server, a
picture larger than the cap, `--no-ocr` downloading nothing, the per-listing cap, relative
detail pictures resolved against the page."""
import csv
import io
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scanner.sources import SourceOptions
from scanner.sources.crawl import CrawlSource
from scanner.sources.fetchpolicy import FetchPolicy, FetchRefused, fetch, is_public

ROOT = Path(__file__).resolve().parent.parent


def png_bytes(text_lines=("纯棉面料",)) -> bytes:
    from scanner.ocr.synth import render_lines

    buf = io.BytesIO()
    render_lines(list(text_lines), size=(400, 120)).save(buf, "PNG")
    return buf.getvalue()


PNG = png_bytes()


def reply(handler, route):
    status, headers, body = route
    handler.send_response(status)
    for k, v in headers.items():
        handler.send_header(k, v)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class Server:
    """A real HTTP server on 127.0.0.1; `routes` maps a path to (status, headers, body) or to a
    callable(handler); every request path is counted in `hits`."""

    def __init__(self, routes: dict | None = None):
        self.routes = dict(routes or {})
        self.hits: list[str] = []
        me = self

        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_GET(self):
                me.hits.append(self.path)
                path = self.path.split("?", 1)[0]
                r = me.routes.get(self.path, me.routes.get(path))
                if callable(r):
                    return r(self)
                reply(self, r if r else (404, {}, b"not found"))

        self.srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.srv.daemon_threads = True
        self.port = self.srv.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()

    def count(self, path):
        return sum(1 for h in self.hits if h.split("?", 1)[0] == path)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.srv.shutdown()
        self.srv.server_close()


def png_route():
    return (200, {"Content-Type": "image/png"}, PNG)


def redirect(to):
    return (302, {"Location": to}, b"")


# ---------------------------------------------------------------------------- addresses

@pytest.mark.parametrize("ip", ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                                "100.64.0.1", "0.0.0.0", "::1", "::", "fd00::1", "fc00::1", "fe80::1",
                                "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1",
                                "224.0.0.1", "255.255.255.255", "not an address"])
def test_private_loopback_metadata_and_mapped_addresses_are_not_public(ip):
    assert not is_public(ip)


@pytest.mark.parametrize("ip", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_public(ip):
    assert is_public(ip)


# ---------------------------------------------------------------------------- the plain downloader

def test_a_picture_on_a_private_address_is_refused_unless_allowed():
    with Server({"/p.png": png_route()}) as pics:
        url = pics.origin + "/p.png"
        with pytest.raises(FetchRefused, match="private"):
            fetch(url, FetchPolicy())
        with pytest.raises(FetchRefused, match="private"):
            fetch(f"http://localhost:{pics.port}/p.png", FetchPolicy())  # a name resolving to 127.0.0.1
        assert pics.hits == []  # never connected
        assert fetch(url, FetchPolicy(allow_private=True)).body == PNG


def test_a_shop_on_a_private_address_implies_only_its_own_address_and_port():
    with Server({"/own.png": png_route()}) as shop, Server({"/p.png": png_route()}) as other:
        policy = FetchPolicy().with_shop(shop.origin + "/")
        assert fetch(shop.origin + "/own.png", policy).body == PNG
        assert fetch(f"http://localhost:{shop.port}/own.png", policy).body == PNG  # the same server by name
        with pytest.raises(FetchRefused, match="private"):
            fetch(other.origin + "/p.png", policy)  # another port of 127.0.0.1
        assert other.hits == []
        assert fetch(other.origin + "/p.png", FetchPolicy(allow_private=True).with_shop(shop.origin)).body == PNG


@pytest.mark.parametrize("ref", ["file:///etc/passwd", "ftp://127.0.0.1/x.png", "gopher://127.0.0.1:70/x",
                                 "data:image/png;base64," + "A" * 5000, "javascript:alert(1)", "/etc/passwd",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/x.png",
                                 "http://0.0.0.0:9/x.png", "http://[::ffff:127.0.0.1]:9/x.png"])
def test_other_schemes_and_metadata_addresses_are_refused_by_name(ref):
    with pytest.raises(FetchRefused) as e:
        fetch(ref, FetchPolicy())
    assert len(str(e.value)) < 400  # a data: URL is named, never echoed whole


def test_every_redirect_is_checked_again():
    with Server({"/p.png": png_route()}) as inner:
        with Server({"/to-inner": redirect(inner.origin + "/p.png"), "/to-file": redirect("file:///etc/passwd"),
                     "/to-meta": redirect("http://169.254.169.254/latest/meta-data/"),
                     "/own.png": png_route(), "/hop": redirect("/own.png")}) as shop:
            policy = FetchPolicy().with_shop(shop.origin)
            for path in ("/to-inner", "/to-file", "/to-meta"):
                with pytest.raises(FetchRefused):
                    fetch(shop.origin + path, policy)
            assert inner.hits == []
            got = fetch(shop.origin + "/hop", policy)  # a redirect on the shop itself is fine
            assert got.body == PNG and got.url.endswith("/own.png")


def test_the_connection_goes_to_the_checked_address(monkeypatch):
    """DNS rebinding: the name is resolved once, checked, and the socket connects to that address
    (`rebind.invalid` does not resolve on this machine at all: a second lookup would fail)."""
    from scanner.sources import fetchpolicy

    calls = []
    real = fetchpolicy.resolve

    def fake(host, port):
        calls.append(host)
        return ["127.0.0.1"] if host == "rebind.invalid" else real(host, port)

    monkeypatch.setattr(fetchpolicy, "resolve", fake)
    with Server({"/p.png": png_route()}) as srv:
        policy = FetchPolicy(private_origins=frozenset({("127.0.0.1", srv.port)}))
        got = fetch(f"http://rebind.invalid:{srv.port}/p.png", policy)
        assert got.body == PNG and calls == ["rebind.invalid"]
        with pytest.raises(FetchRefused, match="private"):
            fetch(f"http://rebind.invalid:{srv.port}/p.png", FetchPolicy())


def _trickle(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "image/png")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        for _ in range(100000):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


def _big(handler):  # no Content-Length: the cap must count the bytes
    handler.send_response(200)
    handler.send_header("Content-Type", "image/png")
    handler.end_headers()
    try:
        for _ in range(64):
            handler.wfile.write(b"\0" * 65536)
    except OSError:
        pass
    handler.close_connection = True


def test_a_trickling_server_is_cut_at_the_total_deadline():
    with Server({"/slow.png": _trickle}) as srv:
        with pytest.raises(FetchRefused, match="longer than 1.5 s"):
            fetch(srv.origin + "/slow.png", FetchPolicy(allow_private=True, timeout=1.5))


def test_a_picture_larger_than_the_cap_is_refused():
    with Server({"/big.png": _big, "/declared.png": (200, {"Content-Type": "image/png"}, b"\0" * 300_000)}) as srv:
        policy = FetchPolicy(allow_private=True, max_bytes=200_000)
        for path in ("/big.png", "/declared.png"):
            with pytest.raises(FetchRefused, match="larger than"):
                fetch(srv.origin + path, policy)


# ---------------------------------------------------------------------------- the crawl

def shopify(images, body="好"):
    return (200, {"Content-Type": "application/json"},
            json.dumps({"products": [{"id": 1, "handle": "cup", "title": "保温杯", "body_html": body,
                                      "images": [{"src": u} for u in images], "variants": []}]}).encode())


def _crawl(url, tmp_path, **kw):
    opts = SourceOptions(crawl_delay=0, cache_dir=tmp_path / "cache", **kw)
    src = CrawlSource(url, opts)
    items = {i.id: i for i in src}
    return src, items


def test_a_crawl_fetches_no_private_picture_but_the_shops_own(tmp_path):
    with Server({"/p.png": png_route(), "/robots.txt": (200, {}, b"User-agent: *\nAllow: /\n")}) as other:
        imgs = [other.origin + "/p.png", f"http://localhost:{other.port}/p.png", "http://169.254.169.254/latest/x.png",
                "file:///etc/passwd"]
        with Server({"/robots.txt": (200, {}, b"User-agent: *\nAllow: /\n"), "/own.png": png_route()}) as shop:
            shop.routes["/products.json"] = lambda h: _serve(h, shopify([shop.origin + "/own.png"] + imgs), h.path)
            src, items = _crawl(shop.origin + "/", tmp_path)
            cup = items["cup"]
            assert shop.count("/own.png") == 1
            assert other.hits == []  # neither the picture nor that host's robots.txt
            errs = "\n".join(cup.errors)
            assert errs.count("private or local address") == 3, errs
            # with --allow-private the other port is read
            src, items = _crawl(shop.origin + "/", tmp_path / "2", fetch=FetchPolicy(allow_private=True))
            assert other.count("/p.png") == 2


def _serve(handler, route, path):
    """A products.json route: `route` for page 1, the empty page after it."""
    reply(handler, route if "page=1" in path else (200, {"Content-Type": "application/json"}, b'{"products": []}'))


def test_a_redirect_to_another_hosts_robots_txt_is_not_followed(tmp_path):
    with Server({"/robots.txt": (200, {}, b"User-agent: *\nAllow: /\n")}) as other:
        with Server({"/robots.txt": (200, {}, b"User-agent: *\nAllow: /\n"),
                     "/products.json": redirect(other.origin + "/robots.txt"),
                     "/wp-json/wc/store/v1/products": redirect(f"http://localhost:{other.port}/robots.txt")}) as shop:
            _crawl(shop.origin + "/", tmp_path, fetch=FetchPolicy(allow_private=True))
            assert other.hits == []


def test_no_ocr_downloads_no_picture_and_the_cap_bounds_them(tmp_path):
    with Server({"/robots.txt": (200, {}, b"")}) as shop:
        for i in range(12):
            shop.routes[f"/i{i}.png"] = png_route()
        shop.routes["/products.json"] = lambda h: _serve(h, shopify([f"{shop.origin}/i{i}.png" for i in range(12)]), h.path)
        out = tmp_path / "out"
        p = subprocess.run([sys.executable, "-m", "scanner", "scan", shop.origin + "/", "--out", str(out), "--no-ocr",
                            "--crawl-delay", "0", "--format", "csv", "--quiet", "--cache-dir", str(tmp_path / "c")],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert p.returncode == 0, p.stderr[-2000:]
        assert not [h for h in shop.hits if h.endswith(".png")]
        _, items = _crawl(shop.origin + "/", tmp_path, max_images=5)
        assert sorted(h for h in shop.hits if h.endswith(".png")) == sorted(f"/i{i}.png" for i in range(5))


def test_relative_detail_pictures_resolve_against_the_page_and_are_capped(tmp_path):
    """`<img src="/files/x.png">` in a crawled description is the shop's picture, not a local path;
    pictures past max_images are not read and the listing says so; a detail picture on another
    private port is never fetched by the OCR stage either (real CLI, OCR on)."""
    other = Server({"/p.png": png_route()})
    body = ('<p>详情</p><img src="/files/x.png"><img src="files/y.png"><img src="file:///etc/passwd">'
            '<img src="../../etc/hosts">')
    private = f'<img src="{other.origin}/p.png"><img src="file:///etc/passwd">'
    with other, Server({"/robots.txt": (200, {}, b""), "/files/x.png": png_route(), "/products/files/y.png": png_route(),
                 "/etc/hosts": png_route()}) as shop:
        shop.routes["/products.json"] = lambda h: _serve(h, (200, {"Content-Type": "application/json"}, json.dumps(
            {"products": [{"id": 1, "handle": "cup", "title": "保温杯", "body_html": body, "images": [], "variants": []},
                          {"id": 2, "handle": "mug", "title": "水杯", "body_html": private, "images": [],
                           "variants": []}]}).encode()), h.path)
        out = tmp_path / "out"
        cfg = tmp_path / "c.toml"
        cfg.write_text("max_images = 2\ncrawl_delay = 0\n", encoding="utf-8")
        p = subprocess.run([sys.executable, "-m", "scanner", "scan", shop.origin + "/", "--out", str(out),
                            "--config", str(cfg), "--format", "csv", "--quiet", "--cache-dir", str(tmp_path / "c")],
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert p.returncode == 3, p.stderr[-2000:]  # mug's refused pictures are unread: partial
        # resolved against the product page (/products/cup)
        assert shop.count("/files/x.png") == 1 and shop.count("/products/files/y.png") == 1
        assert shop.count("/etc/hosts") == 0  # past the cap
        by = {r["listing_id"]: r for r in csv.DictReader(open(out / "listings.csv", encoding="utf-8-sig"))}
        assert "only the first 2 read" in by["cup"]["errors"]
        assert other.hits == [] and "private or local address" in by["mug"]["errors"]
        assert "local files" in by["mug"]["errors"]  # file:///etc/passwd on a shop page: refused by name


def test_a_listing_file_pointing_at_a_private_picture_server(tmp_path, run_cli):
    with Server({"/p.png": png_route()}) as pics:
        lst = tmp_path / "l.jsonl"
        lst.write_text(json.dumps({"id": "1", "title": "保温杯", "images": [pics.origin + "/p.png"]},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
        code, text = run_cli("scan", lst, "--out", tmp_path / "o", "--format", "csv", "--quiet",
                             "--cache-dir", tmp_path / "c")
        assert code == 3, text  # the refused picture is unread: the run is partial
        row = next(csv.DictReader(open(tmp_path / "o" / "listings.csv", encoding="utf-8-sig")))
        assert "private or local address" in row["errors"] and pics.hits == []
        code, text = run_cli("scan", lst, "--out", tmp_path / "o2", "--format", "csv", "--quiet",
                             "--cache-dir", tmp_path / "c", "--allow-private")
        row = next(csv.DictReader(open(tmp_path / "o2" / "listings.csv", encoding="utf-8-sig")))
        assert code == 0 and pics.count("/p.png") == 1 and "private" not in row["errors"]


def test_the_crawl_resolver_refuses_a_name_resolving_to_loopback():
    """At connect time (Scrapy's resolver): `localhost` resolves to 127.0.0.1 and is refused when
    the policy does not allow it; a literal is checked the same way."""
    code = r'''
import sys
from twisted.internet import reactor
from scanner.sources.fetchpolicy import FetchPolicy
from scanner.sources.crawl_middleware import CheckedResolver
CheckedResolver.policy = FetchPolicy()
r = CheckedResolver(reactor, 0, 5)
out = []
def done(_):
    if len(out) == 3:
        reactor.stop()
for name in ("localhost", "127.0.0.1", "169.254.169.254"):
    r.getHostByName(name).addCallbacks(lambda ip, n=name: out.append((n, "ok " + ip)),
                                       lambda f, n=name: out.append((n, "refused"))).addBoth(done)
reactor.callLater(20, reactor.stop)
reactor.run()
print(sorted(out))
'''
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == str(sorted([("localhost", "refused"), ("127.0.0.1", "refused"),
                                           ("169.254.169.254", "refused")]))
