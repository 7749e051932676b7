"""report.xlsx: streamed (write-only), readable header, analyst columns, glossary, text cells,
sheets split past the row limit, and the CSV's added columns."""
import csv
import json

import openpyxl
import pytest

from scanner import report_xlsx
from scanner.models import Finding, Listing, ListingResult, RunInfo
from scanner.report_xlsx import XlsxWriter, column_key
from scanner.reports import FINDING_COLUMNS, Summary

RUN = RunInfo(started="s", finished="f", seconds=1.0, sources=("x",), lexicon_hash="L", brand_db_hash="B",
              config_hash="C")


def res(i, title="=HYPERLINK(\"http://evil\")", n=1):
    fs = tuple(Finding(listing_id=f"p{i}", field="title", category="absolute_term", severity="high", confidence=0.9,
                       matched_text="最佳", term="最佳", start=0, end=2, rule_id="AD-ABS-最佳", law="《广告法》第九条第三项",
                       suggestion="优质", explanation="e") for _ in range(n))
    return ListingResult(Listing(id=f"p{i}", title=title, url=f"https://shop.example/p/{i}", source="f.jsonl"), fs)


def write(tmp_path, results, lang="zh"):
    w = XlsxWriter(tmp_path, lang=lang)
    s = Summary()
    for r in results:
        s.add(r)
        w.add(r)
    w.finish(RUN, s.as_dict())
    return tmp_path / "report.xlsx"


def test_header_widths_columns_glossary_and_text_cells(tmp_path):
    path = write(tmp_path, [res(1), res(2, "普通标题")])
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Findings", "Listings", "Glossary"]
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    assert header[0] == "商品ID" and all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["O"].width >= 30  # title
    keys = [column_key(h) for h in header]
    assert keys[:len(FINDING_COLUMNS)] == FINDING_COLUMNS and keys[-1] == "scanned_at"
    row = dict(zip(keys, (c for c in ws[2])))
    assert row["severity_rank"].value == 3 and row["severity_rank"].data_type == "n"
    assert row["category_zh"].value == "绝对化用语" and row["rule_family"].value == "AD-ABS"
    assert row["shop"].value == "shop.example" and row["scanned_at"].value
    assert row["title"].data_type == "s" and row["title"].value.startswith("=HYPERLINK")  # text, never a formula
    gl = wb["Glossary"]
    glossary = {r[1].value: r[2].value for r in gl.iter_rows(min_row=2) if r[1].value}
    assert "rule_family" in glossary and "AD-ABS" in glossary["rule_family"] and "risk_score" in glossary


def test_english_display_names(tmp_path):
    ws = openpyxl.load_workbook(write(tmp_path, [res(1)], lang="en"))["Findings"]
    assert [c.value for c in ws[1]][:3] == ["listing_id", "field", "category"]


def test_sheets_split_past_the_row_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(report_xlsx, "MAX_ROWS", 4)  # header + 3 rows per sheet
    path = write(tmp_path, [res(i, "t", n=2) for i in range(4)])  # 8 findings
    wb = openpyxl.load_workbook(path, read_only=True)
    assert [n for n in wb.sheetnames if n.startswith("Findings")] == ["Findings", "Findings (2)", "Findings (3)"]
    counts = [sum(1 for _ in wb[n].iter_rows(min_row=2)) for n in ("Findings", "Findings (2)", "Findings (3)")]
    assert counts == [3, 3, 2]
    assert [c.value for c in next(wb["Findings (2)"].iter_rows(max_row=1))][0] == "商品ID"


def test_csv_keeps_contract_names_and_gains_analyst_columns(tmp_path, run_cli):
    src = tmp_path / "l.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "全网最低价 保温杯", "url": "https://my.shop/p/a"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    code, _ = run_cli("scan", src, "--out", tmp_path / "o", "--no-ocr", "--format", "csv")
    rows = list(csv.DictReader(open(tmp_path / "o" / "findings.csv", encoding="utf-8-sig")))
    assert list(rows[0])[:len(FINDING_COLUMNS)] == FINDING_COLUMNS
    assert rows[0]["severity_rank"] == "3" and rows[0]["category_zh"] == "绝对化用语"
    assert rows[0]["rule_family"] == "AD-ABS" and rows[0]["shop"] == "my.shop"


@pytest.mark.parametrize("rule,family", [("AD-ABS-最佳", "AD-ABS"), ("AD-ABS-EN-best", "AD-ABS-EN"),
                                         ("AD-MED-F-med-treat", "AD-MED-F"), ("AD-MED-HF-不能代替药物", "AD-MED-HF"),
                                         ("BRAND-DUPE", "BRAND-DUPE"), ("BRAND-CELEB-ENDORSE", "BRAND-CELEB"),
                                         ("CONTACT-WECHAT", "CONTACT-WECHAT")])
def test_rule_family(rule, family):
    from scanner.reports import rule_family

    assert rule_family(rule) == family


def test_control_characters_and_formula_like_strings(tmp_path):
    path = write(tmp_path, [res(1, "a\x01b +1"), res(2, "-2"), res(3, "@SUM(1)")])
    ws = openpyxl.load_workbook(path)["Listings"]
    titles = [c for c in next(ws.iter_cols(min_col=3, max_col=3, min_row=2))]
    assert [c.value for c in titles] == ["a\ufffdb +1", "-2", "@SUM(1)"] and all(c.data_type == "s" for c in titles)
