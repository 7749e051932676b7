"""`scanner fix SOURCE --out DIR`: every export format written back with the fixes, re-read by the
scanner: no high/medium finding with a safe rewrite left, other cells and the encoding kept,
the original never overwritten."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.fixtext import rewritable
from scanner.pipeline import ListingScanner, ScanOptions
from scanner.sources import open_source
from scanner.sources.files import detect_encoding
from scanner.sources.csv_cells import csv_cells
from scanner.sources.writeback import apply_html
from scanner.models import Change

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "fixtures" / "exports"


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def run_fix(src: Path, out: Path) -> int:
    return main(["fix", str(src), "--out", str(out)])


def assert_clean(path: Path) -> list:
    """Re-read the fixed file with the scanner: nothing with a safe rewrite is left."""
    sc = ListingScanner(ScanOptions(ocr=False))
    listings = list(open_source(str(path)))
    for listing in listings:
        left = rewritable(listing, sc.scan(listing).findings)
        assert not left, (listing.id, [(f.rule_id, f.matched_text) for f in left])
    return listings


def changes(out: Path) -> list[dict]:
    with open(out / "changes.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def rows(path: Path, encoding: str, delim: str, skip: int = 0, quoting=True) -> list[list[str]]:
    kw = {} if quoting else {"quoting": csv.QUOTE_NONE}
    with open(path, encoding=encoding, newline="") as f:
        return [r for r in csv.reader(f, delimiter=delim, **kw)][skip:]


def only_cells_changed(before: list[list[str]], after: list[list[str]], cols: set[int]) -> int:
    """Same rows, same cells, except in `cols`; returns how many cells changed."""
    assert len(before) == len(after)
    n = 0
    for b, a in zip(before, after):
        assert len(b) == len(a)
        for i, (x, y) in enumerate(zip(b, a)):
            if x != y:
                assert i in cols, (i, x, y)
                n += 1
    return n


def test_canonical_jsonl(tmp_path):
    src = tmp_path / "in" / "shop.jsonl"
    src.parent.mkdir()
    shutil.copy(ROOT / "scanner" / "demo" / "shop.jsonl", src)
    digest = sha(src)
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    assert sha(src) == digest
    fixed = out / "shop.jsonl"
    assert_clean(fixed)
    old = src.read_text(encoding="utf-8").splitlines()
    new = fixed.read_text(encoding="utf-8").splitlines()
    assert len(old) == len(new)
    ch = changes(out)
    changed_ids = {c["listing_id"] for c in ch}
    for a, b in zip(old, new):
        ra, rb = json.loads(a), json.loads(b)
        if ra["id"] not in changed_ids:
            assert a == b  # untouched listings are byte for byte the same
        assert {k: v for k, v in ra.items() if k not in ("title", "description")} == \
               {k: v for k, v in rb.items() if k not in ("title", "description")}
    by = {json.loads(line)["id"]: json.loads(line) for line in new}
    assert by["demo-001"]["title"] == "山野 316不锈钢保温杯 500ml 优惠价"
    assert by["demo-006"]["title"] == "运动鞋 透气 减震"
    assert list(ch[0]) == ["listing_id", "field", "old", "new", "action", "rule_id", "law", "start", "end", "note",
                           "image"]
    assert {"replaced", "removed"} <= {c["action"] for c in ch} and all(c["law"] for c in ch)


def test_canonical_csv_and_xlsx(tmp_path):
    src = tmp_path / "shop.csv"
    recs = [["id", "title", "description", "price", "url"],
            ["a1", "最好的面膜 质量最好", "补水保湿，\"温和\"不刺激。欢迎咨询，加微信 abc12345", "=1+1", "https://x/1"],
            ["a2", "纯棉T恤", "透气舒适", "59", "https://x/2"],
            ["a3", " 全网第一 国家级品质 羊绒围巾", "", "199", ""]]
    with open(src, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(recs)
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    fixed = out / "shop.csv"
    listings = assert_clean(fixed)
    assert [l.title for l in listings] == ["很好的面膜 质量很好", "纯棉T恤", " 品质 羊绒围巾"]  # its own leading space kept
    assert "abc12345" not in listings[0].description
    assert only_cells_changed(rows(src, "utf-8", ","), rows(fixed, "utf-8", ","), {1, 2}) == 3
    # an untouched row keeps its bytes (line ending included)
    assert b"a2,\xe7\xba\xaf\xe6\xa3\x89T\xe6\x81\xa4," in fixed.read_bytes() and b"\r\n" in fixed.read_bytes()

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in recs:
        ws.append(r)
    ws["F1"] = "note"
    ws["F2"] = "=1+2"  # a formula the seller keeps
    xsrc = tmp_path / "shop.xlsx"
    wb.save(xsrc)
    out2 = tmp_path / "out2"
    assert run_fix(xsrc, out2) == 0
    listings = assert_clean(out2 / "shop.xlsx")
    assert listings[0].title == "很好的面膜 质量很好"
    wb2 = openpyxl.load_workbook(out2 / "shop.xlsx")
    assert wb2.active["F2"].value == "=1+2" and wb2.active["D2"].value == "=1+1"


@pytest.mark.parametrize("name,encoding", [("taobao_gbk.csv", "gb18030"), ("taobao_utf8.csv", "utf-8"),
                                           ("utf16", "utf-16")])
def test_taobao_in_its_own_encoding(tmp_path, name, encoding):
    if name == "utf16":
        src = tmp_path / "taobao16.csv"
        src.write_text((EXPORTS / "taobao_utf8.csv").read_text(encoding="utf-8"), encoding="utf-16")
    else:
        src = tmp_path / name
        shutil.copy(EXPORTS / name, src)
    digest = sha(src)
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    assert sha(src) == digest
    fixed = out / src.name
    raw = fixed.read_bytes()
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert detect_encoding(fixed) == "gb18030"
    if encoding == "utf-16":
        assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    # the two header lines ('version 1.00', English keys) and the Chinese header are kept as they were
    assert raw.split(b"\n")[:3] == src.read_bytes().split(b"\n")[:3]
    listings = assert_clean(fixed)
    tee = listings[0]
    assert "全网最低价" not in tee.title and "国家级" not in tee.title and "优惠价" in tee.title
    assert "abc12345" not in listings[1].description and listings[1].description.startswith("<p>保温12小时。")
    assert "<img src=" in tee.description  # HTML kept
    text = src.read_text(encoding=encoding)
    delim = "\t" if text.splitlines()[1].count("\t") > text.splitlines()[1].count(",") else ","
    before, after = rows(src, encoding, delim, 3), rows(fixed, encoding, delim, 3)
    head = rows(src, encoding, delim)[2]
    cols = {head.index("宝贝名称"), head.index("宝贝描述")}
    assert only_cells_changed(before, after, cols) >= 2


@pytest.mark.parametrize("name", ["shopify_legacy.csv", "shopify_2024.csv"])
def test_shopify_html_kept(tmp_path, name):
    src = tmp_path / name
    shutil.copy(EXPORTS / name, src)
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    fixed = out / name
    listings = assert_clean(fixed)
    enc = detect_encoding(src)
    before, after = rows(src, enc, ","), rows(fixed, enc, ",")
    head = [h.strip().lstrip("\ufeff").lower() for h in before[0]]
    cols = {i for i, h in enumerate(head) if h in ("title", "body (html)", "description")}
    # the attributes the reader scans are fixed too: tags, SEO fields, option values, alt texts
    attr_cols = {i for i, h in enumerate(head) if h in ("tags", "seo title", "seo description", "image alt text",
                                                         "option1 value", "option2 value", "option3 value")
                 or h.startswith(("seo ", "product image alt", "option"))}
    assert only_cells_changed(before, after, cols | attr_cols) >= 2
    moved = only_cells_changed(before, after, cols | attr_cols) - only_cells_changed(
        [[c for i, c in enumerate(r) if i not in attr_cols] for r in before],
        [[c for i, c in enumerate(r) if i not in attr_cols] for r in after], set(range(100)))
    assert moved >= 1  # an SEO description 「全网最低价的纯棉T恤」 -> 「优惠价的纯棉T恤」
    assert fixed.read_bytes()[:3] == src.read_bytes()[:3]  # BOM or not, as it was
    if name == "shopify_legacy.csv":
        tee = listings[0]
        assert tee.title == "纯棉T恤 热销"
        assert tee.description == "<p>舒适的T恤，<strong>100%</strong>纯棉。</p>"


def test_amazon_report(tmp_path):
    src = tmp_path / "amazon.txt"
    shutil.copy(EXPORTS / "amazon_all_listings.txt", src)
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    fixed = out / "amazon.txt"
    assert_clean(fixed)
    enc = detect_encoding(src)
    before, after = rows(src, enc, "\t", quoting=False), rows(fixed, enc, "\t", quoting=False)
    head = [h.lower() for h in before[0]]
    assert only_cells_changed(before, after, {head.index("item-name"), head.index("item-description")}) >= 1


def test_never_overwrites_the_original(tmp_path):
    src = tmp_path / "shop.jsonl"
    shutil.copy(ROOT / "scanner" / "demo" / "shop.jsonl", src)
    digest = sha(src)
    assert run_fix(src, tmp_path) == 2
    assert sha(src) == digest and not (tmp_path / "changes.csv").exists()
    assert main(["fix", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")]) == 2


def test_partial_read_exits_3(tmp_path):
    src = tmp_path / "shop.jsonl"
    src.write_text('{"id": "a", "title": "最好的面膜"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "out"
    assert run_fix(src, out) == 3
    lines = (out / "shop.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["title"] == "很好的面膜" and lines[1] == "{not json"


def test_cell_spans_follow_the_csv_module():
    text = 'a,"b,""c""\r\nd",e\r\n\r\nf,,\n"g"'
    spans = csv_cells(text, ",")
    vals = [[text[s:e] for s, e in row] for row in spans]
    assert vals == [["a", '"b,""c""\r\nd"', "e"], [""], ["f", "", ""], ['"g"']]
    assert list(csv.reader(io.StringIO(text)))[0][1] == 'b,"c"\r\nd'


def test_html_changes_made_between_tags():
    raw = "<p>最舒适的T恤，<strong>100%</strong>纯棉。</p><p>加微信 abc12345</p>"
    plain = "最舒适的T恤，100%纯棉。\n加微信 abc12345"
    ch = [Change("description", 0, 3, "最舒适", "舒适", "r", "replaced"),
          Change("description", 14, 26, "加微信 abc12345", "", "c", "removed"),
          Change("description", 5, 14, "恤，100%纯棉", "", "x", "removed")]  # crosses a tag: left for a human
    out, missed = apply_html(raw, plain, ch)
    assert out == "<p>舒适的T恤，<strong>100%</strong>纯棉。</p><p></p>" and missed == [2]


def test_taobao_title_too_long_is_flagged(tmp_path):
    src = tmp_path / "taobao.csv"
    text = (EXPORTS / "taobao_utf8.csv").read_text(encoding="utf-8")
    # a title of 54 bytes whose fix (无效退款 → 支持七天无理由退换) makes it longer than 60 bytes
    text = text.replace("2024新款纯棉短袖T恤 全网最低价 国家级品质", "纯棉短袖T恤男女同款宽松百搭夏季薄款透气吸汗上衣 无效退款")
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    ch = [c for c in changes(out) if c["field"] == "title" and c["listing_id"] == "612345678901"]
    assert ch and ch[0]["action"] == "replaced" and "60" in ch[0]["note"]


# ----------------------------------------------------------------------------- attributes and pictures

ATTR_WORDS = "全网最低价 国家级 加微信abc8888"


def _attr_changes(out: Path) -> list[dict]:
    return [c for c in changes(out) if c["field"].startswith("attribute:")]


def test_jsonl_attributes_are_fixed(tmp_path):
    src = tmp_path / "in" / "a.jsonl"
    src.parent.mkdir()
    recs = [{"id": "a", "title": "保温杯", "attributes": {"卖点": ATTR_WORDS, "材质": "304不锈钢"}},
            {"id": "b", "title": "水杯", "attributes": {"材质": "玻璃"}}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    fixed = [json.loads(line) for line in (out / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert fixed[0]["attributes"]["卖点"] == "优惠价" and fixed[0]["attributes"]["材质"] == "304不锈钢"
    assert fixed[0]["title"] == "保温杯" and fixed[1] == recs[1]
    assert {c["field"] for c in _attr_changes(out)} == {"attribute:卖点"}
    listings = assert_clean(out / "a.jsonl")  # no high/medium finding with a safe rewrite left, attributes included
    assert dict(listings[0].attributes)["卖点"] == "优惠价"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_canonical_csv_and_xlsx_attribute_columns_are_read_and_fixed(tmp_path, kind):
    header = ["id", "title", "attribute:卖点", "price"]
    data = [["a", "保温杯", ATTR_WORDS, "59"], ["b", "水杯", "清爽", "19"]]
    src = tmp_path / "in" / f"shop.{kind}"
    src.parent.mkdir()
    if kind == "csv":
        with open(src, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([header, *data])
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        for r in [header, *data]:
            wb.active.append(r)
        wb.save(src)
    before = ListingScanner(ScanOptions(ocr=False)).scan(next(iter(open_source(str(src)))))
    assert any(f.field == "attribute:卖点" and f.severity == "high" for f in before.findings)  # the column is scanned
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    listings = assert_clean(out / src.name)
    assert dict(listings[0].attributes)["卖点"] == "优惠价" and dict(listings[1].attributes)["卖点"] == "清爽"
    assert _attr_changes(out)


def test_taobao_selling_point_is_fixed_in_its_encoding(tmp_path):
    src = tmp_path / "宝贝.csv"
    keys = ["title", "description", "picture", "subtitle", "num_id"]
    heads = ["宝贝名称", "宝贝描述", "新图片", "宝贝卖点", "数字ID"]
    body = "version 1.00\n" + "\t".join(keys) + "\n" + "\t".join(heads) + "\n" + \
        "\t".join(["纯棉T恤", "<p>舒适</p>", "", ATTR_WORDS, "1001"]) + "\n"
    src.write_bytes(body.encode("gb18030"))
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    fixed = out / src.name
    raw = fixed.read_bytes().decode("gb18030")  # the file's own encoding
    assert raw.splitlines()[3].split("\t") == ["纯棉T恤", "<p>舒适</p>", "", "优惠价", "1001"]
    assert_clean(fixed)
    assert {c["field"] for c in _attr_changes(out)} == {"attribute:宝贝卖点"}


def test_shopify_tags_and_options_are_fixed(tmp_path):
    head = ["Handle", "Title", "Body (HTML)", "Tags", "Option1 Name", "Option1 Value", "Variant Price", "SEO Title"]
    data = [["cup", "保温杯", "<p>好用</p>", "最好的, 爆款", "颜色", "最好的红", "59", "保温杯 | 第一品牌"],
            ["cup", "", "", "", "", "蓝", "59", ""]]
    src = tmp_path / "products_export.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([head, *data])
    out = tmp_path / "out"
    assert run_fix(src, out) == 0
    got = rows(out / src.name, "utf-8", ",")
    assert got[1][3] == "很好的, 爆款" and "最好" not in got[1][5] and got[2][5] == "蓝"
    assert "第一品牌" not in got[1][7]
    assert_clean(out / src.name)


def test_pictures_with_flagged_words_are_listed_for_a_human(tmp_path):
    """A picture cannot be rewritten: `scanner fix --ocr` lists each flagged picture in changes.csv
    with 「图片中的文字需人工修改」, the picture and the words read in it; the file's text is fixed."""
    from scanner.ocr import synth

    if synth.cjk_font_path() is None:
        pytest.skip("no CJK font to render test pictures")
    d = tmp_path / "in"
    d.mkdir()
    synth.render_lines(["全网最低价", "保温杯"], size=(600, 240), font_size=56).save(d / "banner.png")
    synth.render_lines(["纯棉面料", "柔软亲肤"], size=(600, 240), font_size=56).save(d / "clean.png")
    src = d / "shop.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "保温杯 国家级", "images": ["banner.png", "clean.png"]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["fix", str(src), "--out", str(out), "--ocr"])
    assert code == 0
    ch = changes(out)
    pics = [c for c in ch if c["field"] == "image"]
    assert len(pics) == 1, ch
    assert "图片中的文字需人工修改" in pics[0]["note"] and pics[0]["image"] == "banner.png"
    assert "banner.png" in pics[0]["note"] and "全网最低价" in pics[0]["old"] and pics[0]["action"] == "review"
    assert any(c["field"] == "title" for c in ch)  # the text is fixed as without --ocr
    assert json.loads((out / "shop.jsonl").read_text(encoding="utf-8"))["images"] == ["banner.png", "clean.png"]
