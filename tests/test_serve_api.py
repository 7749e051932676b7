"""The HTTP API of `scanner serve` against the real server (uvicorn on a free port), with httpx:
check, scans (upload and shop address), findings as JSON and as findings.csv, the history, and
the safety rules (token, Host and Origin checks, CSRF, upload limit, private addresses, zip-slip,
zip bomb)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shops"))
from serveserver import ServeServer  # noqa: E402
from shopserver import ShopServer  # noqa: E402

from scanner.errors import UsageError  # noqa: E402
from scanner.models import Change, FixedText, Listing  # noqa: E402
from scanner.pipeline import ListingScanner, ScanOptions  # noqa: E402
from scanner.reports import FINDING_COLUMNS  # noqa: E402
from scanner.serve import security  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "scanner" / "demo"
TITLE = "山野 316不锈钢保温杯 全网最低价 国家级 治疗失眠 加微信 shanye888"


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    with ServeServer(tmp_path_factory.mktemp("serve-cache"), upload_limit_mb=1, allow_private=True) as s:
        yield s


@pytest.fixture(scope="module")
def strict(tmp_path_factory):
    """Defaults: private shop addresses refused."""
    with ServeServer(tmp_path_factory.mktemp("serve-strict")) as s:
        yield s


@pytest.fixture()
def c(srv):
    with srv.client() as client:
        yield client


def test_check_answers_the_findings_rows_of_the_contract(c):
    r = c.post("/api/check", json={"title": TITLE})
    assert r.status_code == 200
    got = r.json()
    assert got["findings"] and all(list(f) == FINDING_COLUMNS for f in got["findings"])
    want = ListingScanner(ScanOptions(ocr=False)).scan(Listing(id="check", title=TITLE))
    assert {(f["rule_id"], f["start"], f["end"]) for f in got["findings"]} == \
        {(f.rule_id, f.start, f.end) for f in want.findings}
    assert got["max_severity"] == "high" and got["risk_score"] == want.risk_score
    assert got["fixed"] == {"title": want.fixed.title, "description": want.fixed.description,
                            "changes": [c.__dict__ for c in want.fixed.changes]}  # the pipeline's fixed text


def test_check_own_brand_and_clean_text(c):
    clean = c.post("/api/check", json={"title": "纯棉短袖T恤 男款 白色"}).json()
    assert not [f for f in clean["findings"] if f["severity"] in ("high", "medium")]
    brand = "耐克 Nike 运动鞋 正品"
    other = {f["rule_id"] for f in c.post("/api/check", json={"title": brand}).json()["findings"]}
    own = {f["rule_id"] for f in c.post("/api/check", json={"title": brand, "own_brands": ["Nike"]}).json()["findings"]}
    assert other != own  # the request's own brand reaches the engine (and is not kept for the next request)
    again = {f["rule_id"] for f in c.post("/api/check", json={"title": brand}).json()["findings"]}
    assert again == other


def test_check_includes_the_fixed_text_when_there_is_one(srv, c):
    fixed = FixedText(title="山野 保温杯 优惠价", description="",
                      changes=(Change("title", 3, 8, "全网最低价", "优惠价", "AD-ABS-全网最低价", "replaced"),))
    old = srv.state.fix
    srv.state.fix = lambda r: replace(r, fixed=fixed)
    try:
        got = c.post("/api/check", json={"title": "山野 保温杯 全网最低价"}).json()
    finally:
        srv.state.fix = old
    assert got["fixed"]["title"] == "山野 保温杯 优惠价"
    assert got["fixed"]["changes"][0]["new"] == "优惠价"


def test_check_refuses_oversized_and_malformed_bodies(c):
    assert c.post("/api/check", json={"title": "x" * 5001}).status_code == 422
    assert c.post("/api/check", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
    big = json.dumps({"title": "a", "description": "b" * 1_100_000}).encode()
    assert c.post("/api/check", content=big, headers={"content-type": "application/json"}).status_code == 413


def _read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_upload_scan_findings_as_json_and_csv(srv, c, tmp_path):
    data = (DEMO / "shop.jsonl").read_bytes()
    r = c.post("/api/scans", files={"file": ("shop.jsonl", data)}, data={"ocr": "false"})
    assert r.status_code == 202, r.text
    sid = r.json()["id"]
    rec = srv.wait(c, sid)
    assert rec["status"] in ("done", "partial"), rec
    n = sum(1 for line in data.decode().splitlines() if line.strip())
    assert rec["progress"]["listings"] == n and rec["summary"]["listings"] == n
    js = c.get(f"/api/scans/{sid}/findings").json()
    assert js["columns"] == FINDING_COLUMNS and js["findings"]
    resp = c.get(f"/api/scans/{sid}/findings", params={"format": "csv"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    assert resp.text.startswith("\ufeff")  # UTF-8 with BOM, as the contract's findings.csv
    rows = _read_csv(resp.text)
    assert list(rows[0]) == FINDING_COLUMNS
    assert [(r["listing_id"], r["rule_id"], r["start"]) for r in rows] == \
        [(f["listing_id"], f["rule_id"], str(f["start"])) for f in js["findings"]]
    page2 = c.get(f"/api/scans/{sid}/findings", params={"offset": 1, "limit": 2}).json()
    assert page2["findings"] == js["findings"][1:3]
    for name in ("report.html", "report.xlsx", "report.json", "listings.csv"):
        assert c.get(rec["links"][name]).status_code == 200
    assert sid in [s["id"] for s in c.get("/api/scans").json()["scans"]]
    # the fixed export (scanner fix's writer) is offered next to the report
    page = c.get(f"/scans/{sid}").text
    assert f"/scans/{sid}/files/fixed/shop.jsonl" in page and f"/scans/{sid}/files/fixed/changes.csv" in page
    fixed = c.get(f"/scans/{sid}/files/fixed/shop.jsonl").text.splitlines()
    assert len(fixed) == n and fixed != data.decode().splitlines()
    assert "全网最低价" not in json.loads(fixed[0])["title"]
    assert c.get(f"/scans/{sid}/files/fixed/..%2F..%2Fupload%2Fshop.jsonl").status_code == 404
    assert c.delete(f"/api/scans/{sid}").json() == {"deleted": sid}
    assert c.get(f"/api/scans/{sid}").status_code == 404


def test_zip_with_a_listing_file_and_its_pictures(srv, c, tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.write(DEMO / "shop.jsonl", "shop/shop.jsonl")
        for p in (DEMO / "images").iterdir():
            zf.write(p, f"shop/images/{p.name}")
    sid = c.post("/api/scans", files={"file": ("shop.zip", buf.getvalue())}).json()["id"]
    rec = srv.wait(c, sid)
    assert rec["status"] in ("done", "partial") and rec["summary"]["listings"] == 12, rec


def test_scan_of_a_shop_address(srv, c):
    with ShopServer("shopify", 8, faults=False, images=False) as shop:
        r = c.post("/api/scans", data={"url": shop.url})
        assert r.status_code == 202, r.text
        rec = srv.wait(c, r.json()["id"])
    assert rec["status"] == "done" and rec["summary"]["listings"] == 8, rec
    assert rec["kind"] == "url" and rec["progress"]["pages"] >= 1


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://10.1.2.3/shop", "http://169.254.169.254/latest/meta-data/",
                                 "http://localhost:8765/", "http://[::1]/", "http://0.0.0.0/", "ftp://shop.example/",
                                 "file:///etc/passwd", "http://user:pw@shop.example/"])
def test_private_or_odd_shop_addresses_are_refused(strict, url):
    with strict.client() as c:
        r = c.post("/api/scans", data={"url": url})
        assert r.status_code == 400, (url, r.text)
        assert url not in [s["source"] for s in c.get("/api/scans").json()["scans"]]


def test_public_address_policy_unit():
    assert security.check_shop_url("https://93.184.216.34/shop", False) == "https://93.184.216.34/shop"
    for url in ("http://[::ffff:10.0.0.5]/", "http://100.64.0.1/", "http://[fd00::1]/"):
        with pytest.raises(UsageError):
            security.check_shop_url(url, False)
    assert security.check_shop_url("http://127.0.0.1:5/", True) == "http://127.0.0.1:5/"


def test_upload_over_the_limit_is_refused(srv, c):
    r = c.post("/api/scans", files={"file": ("big.jsonl", b"{}\n" * 600_000)})
    assert r.status_code == 413


def _wait_failed(srv, c, data: bytes) -> dict:
    r = c.post("/api/scans", files={"file": ("x.zip", data)})
    assert r.status_code == 202, r.text
    return srv.wait(c, r.json()["id"])


def test_zip_slip_is_refused_and_writes_nothing_outside(srv, c):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("ok/shop.jsonl", (DEMO / "shop.jsonl").read_text(encoding="utf-8"))
        zf.writestr("../../../escaped.txt", "pwned")
    rec = _wait_failed(srv, c, buf.getvalue())
    assert rec["status"] == "failed" and "outside" in rec["error"], rec
    root = Path(srv.settings.cache_dir)
    assert not list(root.parent.rglob("escaped.txt"))


def test_zip_bomb_is_refused(srv, c):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.png", b"\0" * (60 * 1024 * 1024))
    assert len(buf.getvalue()) < 1024 * 1024
    rec = _wait_failed(srv, c, buf.getvalue())
    assert rec["status"] == "failed" and "bomb" in rec["error"], rec


def test_safe_extract_counts_real_bytes_not_the_declared_size(tmp_path):
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.png", b"x" * 300_000)
        zf.writestr("b.png", b"y" * 300_000)
    with pytest.raises(security.ArchiveError):
        security.safe_extract(z, tmp_path / "out", max_total=500_000)
    assert security.safe_extract(z, tmp_path / "ok", max_total=1_000_000)


def test_token_is_required_and_compared(tmp_path):
    token = "s3cret-token-for-tests-0123456789"
    with ServeServer(tmp_path / "cache", token=token) as s, s.client() as c:
        assert c.post("/api/check", json={"title": TITLE}).status_code == 401
        bad = {"authorization": "Bearer " + token[:-1] + "x"}
        assert c.post("/api/check", json={"title": TITLE}, headers=bad).status_code == 401
        ok = c.post("/api/check", json={"title": TITLE}, headers={"authorization": f"Bearer {token}"})
        assert ok.status_code == 200 and ok.json()["findings"]
        assert c.get("/", follow_redirects=False).headers["location"] == "/login"
        assert c.get("/openapi.json").status_code == 401
        # the login form sets the cookie the pages then use
        c.get("/login")
        r = c.post("/login", data={"csrf": c.cookies.get(security.CSRF_COOKIE), "token": token}, follow_redirects=False)
        assert r.status_code == 303
        assert c.get("/").status_code == 200


def test_non_loopback_bind_needs_a_token(run_cli):
    with pytest.raises(UsageError):
        security.check_bind("0.0.0.0", "")
    security.check_bind("0.0.0.0", "a-long-enough-token-123")
    code, out = run_cli("serve", "--host", "0.0.0.0", "--port", "1")
    assert code == 2 and "--token" in out


def test_host_header_and_cross_site_requests_are_refused(srv, c):
    assert c.get("/", headers={"host": "evil.example"}).status_code == 421
    r = c.post("/api/check", json={"title": TITLE}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403
    assert c.post("/api/check", json={"title": TITLE}, headers={"origin": srv.url}).status_code == 200


def test_page_forms_need_the_csrf_token_and_escape_output(c):
    assert c.post("/check", data={"title": TITLE}).status_code == 403
    c.get("/")
    r = c.post("/check", data={"title": "全网最低价 <script>alert(1)</script>", "csrf": c.cookies.get(security.CSRF_COOKIE)})
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert c.get("/?lang=en").text.count("Check text") >= 1


def test_openapi_and_offline_docs(c):
    spec = c.get("/openapi.json").json()
    for path in ("/api/check", "/api/scans", "/api/scans/{sid}", "/api/scans/{sid}/findings"):
        assert path in spec["paths"]
    docs = c.get("/docs").text
    assert "/api/scans/{sid}/findings" in docs and "cdn" not in docs.lower()


def test_unknown_scan_ids_and_file_names(srv, c):
    assert c.get("/api/scans/../../etc").status_code == 404
    assert c.get("/api/scans/20260101-000000-deadbeef").status_code == 404
    sid = c.post("/api/scans", files={"file": ("shop.jsonl", (DEMO / "shop.jsonl").read_bytes())}).json()["id"]
    srv.wait(c, sid)
    assert c.get(f"/scans/{sid}/files/..%2F..%2Fscans.db").status_code == 404
    assert c.get(f"/scans/{sid}/files/findings.jsonl").status_code == 404


def test_page_catalogue_is_complete_in_both_languages():
    from scanner.serve.i18n import catalogue

    zh, en = catalogue("zh"), catalogue("en")
    assert zh and set(zh) == set(en) and all(zh.values()) and all(en.values())
    assert not [k for k in zh if hasattr(dict, k)]  # t.copy would be dict.copy in a template


def test_zip_of_pictures_only_is_read_with_ocr(srv, c):
    from scanner.ocr.synth import cjk_font_path, render_lines

    if cjk_font_path() is None or shutil.which("tesseract") is None:
        pytest.skip("needs a CJK font and Tesseract (installed by the setup)")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in (("主图/claim.png", "全网最低价"), ("主图/plain.png", "纯棉面料 柔软亲肤")):
            img = io.BytesIO()
            render_lines([text], size=(600, 160), font_size=56).save(img, "PNG")
            zf.writestr(name, img.getvalue())
        zf.writestr("__MACOSX/._claim.png", b"junk")
    sid = c.post("/api/scans", files={"file": ("pictures.zip", buf.getvalue())}, data={"ocr": "false"}).json()["id"]
    rec = srv.wait(c, sid)
    assert rec["status"] in ("done", "partial") and rec["summary"]["listings"] == 2, rec
    assert rec["progress"]["pictures"] == 2
    rows = c.get(f"/api/scans/{sid}/findings").json()["findings"]
    assert [(r["listing_id"], r["field"]) for r in rows if r["term"] == "全网最低价"] == [("主图/claim.png", "image")]


def test_several_scans_run_at_once_and_stay_in_the_history(srv, c):
    data = (DEMO / "shop.jsonl").read_bytes()
    ids = [c.post("/api/scans", files={"file": (f"shop{i}.jsonl", data)}, data={"own_brands": "山野"}).json()["id"]
           for i in range(3)]
    recs = [srv.wait(c, sid) for sid in ids]
    assert all(r["status"] in ("done", "partial") and r["summary"]["listings"] == 12 for r in recs)
    assert recs[0]["options"]["own_brands"] == ["山野"]
    history = [s["id"] for s in c.get("/api/scans").json()["scans"]]
    assert set(ids) <= set(history)


def test_history_survives_a_restart_and_an_unfinished_scan_is_marked_interrupted(tmp_path):
    from scanner.serve.store import Store

    s = Store(tmp_path)
    done = s.create("upload", "a.jsonl", {}, pid=1)
    s.update(done, status="done", summary={"listings": 1})
    left = s.create("url", "https://shop.example/", {}, pid=999_999)
    s.update(left, status="running")
    again = Store(tmp_path)
    again.mark_interrupted({1})
    assert again.get(done)["status"] == "done" and again.get(done)["summary"] == {"listings": 1}
    assert again.get(left)["status"] == "interrupted" and again.get(left)["error"]
    assert again.delete(left) and again.get(left) is None and not (tmp_path / "scans" / left).exists()


def test_serve_config_table(tmp_path):
    from scanner.config import load_scan_config, load_serve_config

    cfg = tmp_path / "shop.toml"
    cfg.write_text('own_brands = ["山野"]\n[serve]\nport = 9000\nupload-limit-mb = 5\ntoken = "x"\n', encoding="utf-8")
    serve, scan = load_serve_config(cfg)
    assert serve == {"port": 9000, "upload_limit_mb": 5, "token": "x"} and scan == {"own_brands": ["山野"]}
    assert load_scan_config(cfg, other_tables=("serve",)) == {"own_brands": ["山野"]}
    cfg.write_text("[serve]\nprot = 9000\n", encoding="utf-8")
    with pytest.raises(UsageError, match="did you mean 'port'"):
        load_serve_config(cfg)
    cfg.write_text("[serve]\nport = 70000\n", encoding="utf-8")
    with pytest.raises(UsageError, match="port"):
        load_serve_config(cfg)


def test_history_page_delete_needs_the_form_token(srv, c):
    sid = c.post("/api/scans", files={"file": ("shop.jsonl", (DEMO / "shop.jsonl").read_bytes())}).json()["id"]
    srv.wait(c, sid)
    assert sid in c.get("/history").text
    assert c.post(f"/scans/{sid}/delete", data={"csrf": "forged"}).status_code == 403
    assert c.get(f"/api/scans/{sid}").status_code == 200
    r = c.post(f"/scans/{sid}/delete", data={"csrf": c.cookies.get(security.CSRF_COOKIE)}, follow_redirects=False)
    assert r.status_code == 303 and c.get(f"/api/scans/{sid}").status_code == 404


def test_the_serve_command_starts_the_server(tmp_path):
    import os
    import subprocess
    import time

    import httpx
    from serveserver import free_port

    port = free_port()
    env = dict(os.environ, SCANNER_SERVE_TOKEN="")
    p = subprocess.Popen([sys.executable, "-m", "scanner", "serve", "--port", str(port), "--cache-dir", str(tmp_path)],
                         cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                r = httpx.post(f"http://127.0.0.1:{port}/api/check", json={"title": TITLE}, timeout=10)
                break
            except httpx.TransportError:
                assert p.poll() is None, p.stderr.read().decode()[-2000:]
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        assert r.status_code == 200 and r.json()["max_severity"] == "high"
        assert (tmp_path / "serve" / "scans.db").exists()  # the history lives in the cache folder
    finally:
        p.terminate()
        p.wait(30)


def test_check_page_shows_the_fixed_text_once_and_explains_the_laws_it_links(c):
    """The page's result is the report's listing partial with its fixed text once (with copy
    buttons), and every #law-… link of the partial resolves to 「法规说明」 on the same page."""
    import re

    c.get("/")
    r = c.post("/check", data={"title": TITLE, "description": "本品根治失眠，假一罚万",
                               "csrf": c.cookies.get(security.CSRF_COOKIE)})
    assert r.status_code == 200
    page = r.text
    assert page.count('id="fixed-title"') == 1 and page.count('id="fixed-description"') == 1
    assert page.count('class="fixed"') == 1 and "serve-fixed" not in page  # no second copy of the fixed text
    assert page.count('data-copy="fixed-title"') == 1 and page.count('data-copy="fixed-description"') == 1
    links = set(re.findall(r'href="#(law-[^"]+)"', page))
    targets = set(re.findall(r'id="(law-[^"]+)"', page))
    assert links and links <= targets, links - targets
    assert "法规说明" in page and "第五十七条" in page  # what Art. 9 costs: its penalty article is explained too
    en = c.post("/check?lang=en", data={"title": TITLE, "csrf": c.cookies.get(security.CSRF_COOKIE)}).text
    assert "The law explained" in en

