"""Pictures directly (issue 14, point 6): `scanner scan DIR` (each picture a listing) and
`scanner check --image FILE`, read by the real OCR engine on pictures the test renders."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

synth = pytest.importorskip("scanner.ocr.synth")
pytestmark = pytest.mark.skipif(synth.cjk_font_path() is None, reason="no CJK font to render test pictures")


def cli(*args):
    return subprocess.run([sys.executable, "-m", "scanner", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True)


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    d = tmp_path_factory.mktemp("pics")
    synth.render_lines(["全网最低价", "保温杯"], size=(600, 240), font_size=56).save(d / "banner.png")
    (d / "sub").mkdir()
    synth.render_lines(["纯棉面料", "柔软亲肤"], size=(600, 240), font_size=56).save(d / "sub" / "clean.jpg")
    (d / "notes.txt").write_text("not a picture", encoding="utf-8")
    return d


def test_scan_a_folder_of_pictures(pictures, tmp_path):
    out = tmp_path / "o"
    p = cli("scan", pictures, "--out", out, "--format", "csv,html")
    assert p.returncode == 0, p.stderr
    import csv

    listings = {r["listing_id"]: r for r in csv.DictReader(open(out / "listings.csv", encoding="utf-8-sig"))}
    assert set(listings) == {"banner.png", "sub/clean.jpg"}  # each picture a listing, the text file ignored
    findings = list(csv.DictReader(open(out / "findings.csv", encoding="utf-8-sig")))
    hits = [f for f in findings if f["listing_id"] == "banner.png" and f["field"] == "image"]
    assert any(f["term"] == "全网最低价" for f in hits), findings
    assert not [f for f in findings if f["listing_id"] == "sub/clean.jpg" and f["severity"] in ("high", "medium")]
    page = (out / "report.html").read_text(encoding="utf-8")
    assert 'src="data:image/jpeg;base64,' in page  # the evidence travels with the page


def test_scan_one_picture_and_no_ocr_is_refused(pictures, tmp_path):
    p = cli("scan", pictures / "banner.png", "--out", tmp_path / "o", "--format", "csv")
    assert p.returncode == 0 and "banner.png" in (tmp_path / "o" / "findings.csv").read_text(encoding="utf-8-sig")
    p = cli("scan", pictures, "--out", tmp_path / "o2", "--no-ocr")
    assert p.returncode == 2 and "--no-ocr" in p.stderr and "Traceback" not in p.stderr


def test_an_empty_folder_is_a_clear_error(tmp_path):
    (tmp_path / "empty").mkdir()
    p = cli("scan", tmp_path / "empty", "--out", tmp_path / "o")
    assert p.returncode == 2 and "没有图片" in p.stderr and "Traceback" not in p.stderr


def test_check_image(pictures, tmp_path):
    p = cli("check", "--image", pictures / "banner.png")
    assert p.returncode == 0, p.stderr
    assert "全网最低价" in p.stdout and "高" in p.stdout
    p = cli("check", "--image", pictures / "banner.png", "--json")
    data = json.loads(p.stdout)
    assert any(f["term"] == "全网最低价" and f["box"] for f in data["findings"])
    assert cli("check", "--image", pictures / "banner.png", "--fail-on", "high").returncode == 1
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    p = cli("check", "--image", broken)
    assert p.returncode == 3 and "图片未能读取" in p.stderr and "不是一张能打开的图片" in p.stderr
    p = cli("check", "--image", tmp_path / "nope.txt")
    assert p.returncode == 2 and "--image" in p.stderr
