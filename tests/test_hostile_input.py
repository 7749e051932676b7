"""Hostile listing files and cells (issue: hostile shops and files): local pictures stay inside
the listing's folders, data: URLs are never echoed whole, formulas are neutralised in every
spelling. Real files, the real CLI and the real OCR path."""
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.hygiene import clip, safe_cell, short_ref
from scanner.models import Listing
from scanner.sources.imagecache import ImageError, resolve_image

ROOT = Path(__file__).resolve().parent.parent
def _png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, "PNG")
    return buf.getvalue()


PNG = _png()


@pytest.fixture
def layout(tmp_path):
    """tmp/outside/secret.png, tmp/export/images/ok.png, tmp/export/shop/list.jsonl"""
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.png").write_bytes(PNG)
    (tmp_path / "export" / "images").mkdir(parents=True)
    (tmp_path / "export" / "images" / "ok.png").write_bytes(PNG)
    (tmp_path / "export" / "shop").mkdir()
    (tmp_path / "export" / "shop" / "here.png").write_bytes(PNG)
    os.symlink(tmp_path / "outside" / "secret.png", tmp_path / "export" / "shop" / "link.png")
    return tmp_path


def _listing(layout, *images, source=None):
    return Listing("1", "t", images=images, source=str(source or layout / "export" / "shop" / "list.jsonl"))


@pytest.mark.parametrize("ref", ["here.png", "./here.png", "../images/ok.png"])
def test_pictures_beside_the_listing_file_are_read(layout, ref):
    p = resolve_image(ref, _listing(layout, ref), None)
    assert p.read_bytes() == PNG


@pytest.mark.parametrize("ref", ["../../outside/secret.png", "/etc/passwd", "file:///etc/passwd", "link.png",
                                 "{root}/outside/secret.png", "file://{root}/outside/secret.png"])
def test_pictures_outside_are_refused_with_a_clear_message(layout, ref):
    ref = ref.format(root=layout)
    with pytest.raises(ImageError) as e:
        resolve_image(ref, _listing(layout, ref), None)
    assert "outside" in str(e.value) or "not read" in str(e.value)


def test_images_root_names_another_folder(layout):
    ref = str(layout / "outside" / "secret.png")
    assert resolve_image(ref, _listing(layout, ref), None, images_root=layout / "outside").read_bytes() == PNG


def test_a_crawled_page_cannot_point_at_local_files(layout):
    with pytest.raises(ImageError, match="local files"):
        resolve_image("../images/ok.png", _listing(layout, source="https://shop.example/"), None)


def test_data_and_javascript_refs_are_refused_by_name(layout):
    big = "data:image/png;base64," + "A" * 2_000_000
    with pytest.raises(ImageError) as e:
        resolve_image(big, _listing(layout, big), None)
    assert len(str(e.value)) < 300 and "data:image/png;base64" in str(e.value) and "MB" in str(e.value)
    with pytest.raises(ImageError, match="javascript"):
        resolve_image("javascript:alert(1)", _listing(layout), None)


def test_scan_reports_them_in_errors_never_whole(layout):
    big = "data:image/png;base64," + "A" * 2_000_000
    src = layout / "export" / "shop" / "list.jsonl"
    src.write_text(json.dumps({"id": "x1", "title": "保温杯", "images": [big, "/etc/passwd", "../images/ok.png"]}) + "\n",
                   encoding="utf-8")
    out = layout / "out"
    p = subprocess.run([sys.executable, "-m", "scanner", "scan", str(src), "--out", str(out), "--format", "csv,html"],
                       cwd=ROOT, capture_output=True, text=True)
    assert p.returncode in (0, 3), p.stderr[-2000:]
    rows = list(csv.DictReader(open(out / "listings.csv", encoding="utf-8-sig")))
    errors = rows[0]["errors"]
    assert "data:image/png;base64" in errors and "/etc/passwd" in errors
    ok = [e for e in errors.split(" | ") if "ok.png" in e]
    assert not any("outside" in e or "not read" in e for e in ok), ok  # the picture beside the export was read
    assert len(errors) < 1500
    assert (out / "report.html").stat().st_size < 200_000
    assert "root:" not in (out / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "＝HYPERLINK(1)", "＋1", "－1",
                                  "＠x", " =1+1", "\u3000＝1", "  @x"])
def test_formula_guard_covers_full_width_and_leading_blanks(cell):
    assert safe_cell(cell).startswith("'")


@pytest.mark.parametrize("cell", ["保温杯", "1-2 岁", "a=b", " 普通", "", "email@example.com"])
def test_ordinary_cells_are_untouched(cell):
    assert safe_cell(cell) == cell


def test_long_cells_and_messages_are_capped_with_the_cut_marked():
    assert len(safe_cell("x" * 100_000)) < 32_767 and "已截断" in safe_cell("x" * 100_000)
    msg = clip("image data:image/png;base64," + "A" * 5000 + ": not read")
    assert len(msg) < 200 and "data:image/png;base64" in msg
    assert short_ref("https://x.example/" + "a" * 1000).endswith("字符）")


def test_full_width_formula_titles_are_neutralised_in_csv(tmp_path):
    src = tmp_path / "l.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"f{i}", "title": t + " 全网最低价"}, ensure_ascii=False)
                             for i, t in enumerate(["＝cmd|' /C calc'!A0", "＋1", "－1", "＠SUM(1)", " =1"])) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "scanner", "scan", str(src), "--out", str(out), "--no-ocr", "--format",
                    "csv,xlsx"], cwd=ROOT, capture_output=True, text=True, check=False)
    for name in ("findings.csv", "listings.csv"):
        for row in csv.DictReader(open(out / name, encoding="utf-8-sig")):
            assert row["title"].startswith("'"), row["title"]
    from openpyxl import load_workbook

    ws = load_workbook(out / "report.xlsx")["Listings"]
    titles = list(next(ws.iter_cols(min_col=3, max_col=3, min_row=2)))
    # XLSX stores them as text cells (never formulas), without the CSV's apostrophe (issue 14)
    assert titles and all(c.data_type == "s" and not c.value.startswith("'") for c in titles)


def test_a_jsonl_line_nested_100000_deep_is_an_error_entry_not_a_traceback(tmp_path):
    src = tmp_path / "deep.jsonl"
    src.write_text('{"id": "1", "title": "x", "attributes": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                   + json.dumps({"id": "2", "title": "全网最低价"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "scanner", "scan", str(src), "--out", str(out), "--no-ocr", "-q"],
                       cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 3 and "Traceback" not in p.stderr
    rows = list(csv.DictReader(open(out / "listings.csv", encoding="utf-8-sig")))
    assert len(rows) == 2 and "nested too deeply" in rows[0]["errors"] and rows[1]["max_severity"] == "high"
