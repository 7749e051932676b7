"""The scan command end to end on listing files: reports, injection safety, exit codes."""
import csv
import json

import openpyxl
import pytest


def write_jsonl(path, rows, extra_lines=()):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        for line in extra_lines:
            f.write(line + "\n")
    return path


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


SHOP = [
    {"id": "a1", "title": "=HYPERLINK(\"http://evil.example\",\"点我\") 最好的保温杯", "description": "双层真空"},
    {"id": "a2", "title": "<script>alert('x')</script> 国家级 工艺", "description": "<p>纯棉</p>"},
    {"id": "a3", "title": "纯棉 四件套 简约", "description": "柔软亲肤，多色可选。"},
    {"id": "a4", "title": "+86 @home -最佳 收纳盒", "description": ""},
]


def test_scan_writes_every_report(tmp_path, run_cli):
    src = write_jsonl(tmp_path / "shop.jsonl", SHOP)
    out = tmp_path / "out"
    code, text = run_cli("scan", src, "--out", out, "--format", "csv,json,html,xlsx", "--no-ocr")
    assert code == 0, text
    for name in ("findings.csv", "listings.csv", "report.html", "report.json", "report.xlsx"):
        assert (out / name).exists(), name

    # UTF-8 with BOM, contract columns first, in order
    raw = (out / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:6] == ["listing_id", "field", "category", "severity", "matched_text", "term"]
    for col in ("rule_id", "law", "suggestion", "start", "end", "image", "confidence", "url", "title"):
        assert col in header

    rows = read_csv(out / "findings.csv")
    by_id = {}
    for r in rows:
        by_id.setdefault(r["listing_id"], []).append(r)
    assert {r["term"] for r in by_id["a1"]} >= {"最好"}
    # formula-looking cells are neutralised
    assert all(r["title"].startswith("'=") for r in by_id["a1"])
    assert all(r["title"].startswith("'+") for r in by_id["a4"])
    # offsets quote the source exactly
    a2 = [r for r in by_id["a2"] if r["field"] == "title"][0]
    assert SHOP[1]["title"][int(a2["start"]):int(a2["end"])] == a2["matched_text"]

    listings = read_csv(out / "listings.csv")
    assert [l["listing_id"] for l in listings] == ["a1", "a2", "a3", "a4"]
    clean = [l for l in listings if l["listing_id"] == "a3"][0]
    assert clean["n_findings"] == "0" and clean["max_severity"] == ""
    assert int([l for l in listings if l["listing_id"] == "a1"][0]["risk_score"]) > 0

    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert "<mark" in html and "《广告法》" in html
    assert "纯棉 四件套 简约" in html  # clean listings are listed too

    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(data["listings"]) == 4
    assert data["run"]["lexicon_hash"] and data["run"]["config_hash"]
    assert data["summary"]["findings_by_severity"]["high"] >= 2

    wb = openpyxl.load_workbook(out / "report.xlsx")
    ws = wb["Findings"]
    # column O = title; in XLSX a formula-looking title is a text cell, shown as written (issue 14)
    cells_o = ws["O"][1:]
    assert all(c.data_type == "s" for c in cells_o)
    assert any(str(c.value).startswith("=") for c in cells_o)


def test_exit_codes(tmp_path, run_cli):
    src = write_jsonl(tmp_path / "shop.jsonl", SHOP)
    assert run_cli("scan", src, "--out", tmp_path / "o1", "--no-ocr")[0] == 0
    assert run_cli("scan", src, "--out", tmp_path / "o2", "--no-ocr", "--fail-on", "high")[0] == 1
    clean = write_jsonl(tmp_path / "clean.jsonl", [SHOP[2]])
    assert run_cli("scan", clean, "--out", tmp_path / "o3", "--no-ocr", "--fail-on", "low")[0] == 0


@pytest.mark.parametrize("args,message", [
    (["scan", "missing.jsonl"], "no such file"),
    (["scan", "{src}", "--bogus"], "No such option"),
    (["scan", "{src}", "--format", "pdf"], "unknown format"),
    (["scan", "{src}", "--fail-on", "critical"], "--fail-on"),
    (["scan", "{src}", "--config", "{bad_toml}"], "not valid TOML"),
    (["scan", "{unknown_csv}"], "unknown file shape"),
    (["scan", "{src}", "--ocr-engine", "nonesuch"], "unknown OCR engine"),
    (["scan", "{xlsx}"], "not a readable .xlsx workbook"),
])
def test_usage_errors_are_one_line_exit_2(tmp_path, run_cli, args, message):
    src = write_jsonl(tmp_path / "shop.jsonl", SHOP)
    bad = tmp_path / "bad.toml"
    bad.write_text("own_brands = [", encoding="utf-8")
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("foo,bar\n1,2\n", encoding="utf-8")
    xlsx = tmp_path / "export.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    args = [a.format(src=src, bad_toml=bad, unknown_csv=unknown, xlsx=xlsx) for a in args]
    code, text = run_cli(*args, "--out", tmp_path / "o")
    assert code == 2, text
    assert message in text
    assert "Traceback" not in text
    assert len(text.strip().splitlines()) <= 2


def test_unreadable_line_is_reported_and_the_rest_scanned(tmp_path, run_cli):
    src = write_jsonl(tmp_path / "shop.jsonl", SHOP[:2], extra_lines=["{not json", '{"title": "no id"}'])
    code, text = run_cli("scan", src, "--out", tmp_path / "o", "--no-ocr")
    assert code == 3, text
    listings = read_csv(tmp_path / "o" / "listings.csv")
    assert len(listings) == 4
    errs = [l for l in listings if l["errors"]]
    assert len(errs) == 2
    assert "line 3" in errs[0]["errors"] and "line 4" in errs[1]["errors"]
    assert "missing required field 'id'" in errs[1]["errors"]


def test_gbk_canonical_csv(tmp_path, run_cli):
    src = tmp_path / "shop.csv"
    with open(src, "w", encoding="gbk", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "description", "images"])
        w.writerow(["g1", "顶级 羊绒围巾", "柔软亲肤", ""])
        w.writerow(["g2", "纯棉 毛巾", "吸水", ""])
    code, text = run_cli("scan", src, "--out", tmp_path / "o", "--no-ocr", "--format", "csv")
    assert code == 0, text
    rows = read_csv(tmp_path / "o" / "findings.csv")
    assert [(r["listing_id"], r["matched_text"]) for r in rows if r["term"] == "顶级"] == [("g1", "顶级")]


def test_config_file_supplies_flags(tmp_path, run_cli):
    src = write_jsonl(tmp_path / "shop.jsonl", SHOP)
    cfg = tmp_path / "shop.toml"
    cfg.write_text('format = "json"\nno_ocr = true\nfail_on = "high"\n', encoding="utf-8")
    code, _ = run_cli("scan", src, "--out", tmp_path / "o", "--config", cfg)
    assert code == 1
    assert (tmp_path / "o" / "report.json").exists() and not (tmp_path / "o" / "report.html").exists()


def test_check_command(run_cli):
    code, text = run_cli("check", "全网最低价 顶级品质")
    assert code == 0
    assert "全网最低价" in text and "高" in text and "优惠价" in text  # Chinese first (issue 14)
    code, text = run_cli("check", "--lang", "en", "全网最低价 顶级品质")
    assert code == 0 and "high" in text and "absolute terms" in text
    assert run_cli("check", "全网最低价", "--fail-on", "high")[0] == 1
    code, text = run_cli("check", "纯棉 毛巾 柔软")
    assert code == 0 and "没有发现问题" in text


def test_canonical_xlsx_workbook(tmp_path, run_cli):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["id", "title", "description", "images"])
    ws.append(["x1", "顶级 羊绒围巾", "柔软亲肤", None])
    ws.append([2, "纯棉 毛巾", None, None])
    ws.append([None, "没有 id", None, None])
    wb.save(tmp_path / "shop.xlsx")
    code, text = run_cli("scan", tmp_path / "shop.xlsx", "--out", tmp_path / "o", "--no-ocr", "--format", "csv")
    assert code == 3, text  # one row could not be read
    listings = read_csv(tmp_path / "o" / "listings.csv")
    assert [l["listing_id"] for l in listings] == ["x1", "2", "row 4"]
    assert "missing required field 'id'" in listings[2]["errors"]
    assert [r["term"] for r in read_csv(tmp_path / "o" / "findings.csv")] == ["顶级"]
