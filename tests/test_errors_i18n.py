"""Every read, configuration and fix error is a sentence a seller understands, Chinese first
(`--lang en`: English): the terminal line of an error that stops a command, and the `errors`
entries the reports write (listings.csv, report.html). The sentence says what happened and
what to do; the technical detail follows it; never a traceback."""
from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from scanner.i18n import catalogue, explain_error, localize_entry

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "exports"


def _files(tmp: Path) -> dict[str, Path]:
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "ok.jsonl").write_text('{"id": "1", "title": "保温杯"}\n', encoding="utf-8")
    (tmp / "pdf.csv").write_bytes(b"%PDF-1.4 not a listing file")
    (tmp / "empty.csv").write_bytes(b"")
    (tmp / "broken.xlsx").write_bytes(_zip_without_workbook())
    (tmp / "nopics").mkdir(exist_ok=True)
    (tmp / "taobao.csv").write_text("宝贝名称,宝贝描述,新图片\n保温杯,好,\n", encoding="utf-8")
    for name, body in {"typo.toml": 'own_brnds = ["山野"]\n', "type.toml": 'no_ocr = "false"\n',
                       "range.toml": "workers = -1\n", "syntax.toml": "own_brands = [山野\n",
                       "list.toml": 'own_brands = "山野"\n', "table.toml": "[shop]\nname = 1\n",
                       "fmt.toml": 'format = "csv,pdf"\n'}.items():
        (tmp / name).write_text(body, encoding="utf-8")
    return {p.name: p for p in tmp.iterdir()}


def _zip_without_workbook() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    return buf.getvalue()


# (case, arguments with {dir} for the test folder, Chinese words, English words); exit code 2 for all
CASES = [
    ("no such file", ["scan", "{dir}/nope.jsonl"], "找不到文件", "No such file"),
    ("folder without pictures", ["scan", "{dir}/nopics"], "里面没有图片", "no pictures in it"),
    ("unknown export format", ["scan", str(FIXTURES / "unknown_shape.csv"), "--no-ocr"], "认不出", "unknown file shape"),
    ("binary file", ["scan", "{dir}/pdf.csv", "--no-ocr"], "不是商品文件", "not a listing file"),
    ("empty file", ["scan", "{dir}/empty.csv", "--no-ocr"], "空文件", "is empty"),
    ("corrupt xlsx", ["scan", "{dir}/broken.xlsx", "--no-ocr"], "不是能打开的 Excel", "not a readable .xlsx"),
    ("taobao without its header lines", ["scan", "{dir}/taobao.csv", "--no-ocr"], "缺少前两行", "export it again"),
    ("config: unknown key", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/typo.toml"], "不认识的设置项",
     "did you mean 'own_brands'"),
    ("config: wrong type", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/type.toml"], "只能是 true 或 false",
     "must be true or false"),
    ("config: out of range", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/range.toml"], "应该是整数",
     "must be a whole number from 0 to 64"),
    ("config: a string for a list", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/list.toml"], "应该是一组文字",
     "must be a list of strings"),
    ("config: bad TOML", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/syntax.toml"], "格式不对", "not valid TOML"),
    ("config: unknown table", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/table.toml"], "不认识的表",
     "unknown table [shop]"),
    ("config: unknown format", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/fmt.toml"], "不认识的报告格式",
     "unknown format pdf"),
    ("config file missing", ["scan", "{dir}/ok.jsonl", "--config", "{dir}/none.toml"], "找不到配置文件",
     "config file not found"),
    ("bad --cluster", ["scan", "{dir}/ok.jsonl", "--cluster", "four"], "写法不对", "local:N"),
    ("bad --lang", ["scan", "{dir}/ok.jsonl", "--lang", "fr"], "只能是 zh 或 en", "zh or en"),
    ("bad --format", ["scan", "{dir}/ok.jsonl", "--format", "pdf"], "不认识的报告格式", "unknown format pdf"),
    ("--out names a file", ["scan", "{dir}/ok.jsonl", "--out", "{dir}/ok.jsonl"], "是一个文件，不是文件夹",
     "names a file, not a folder"),
    ("unknown option", ["scan", "{dir}/ok.jsonl", "--bogus"], "命令用法有误", "No such option"),
    ("DNS failure", ["scan", "http://no-such-shop.invalid/", "--out", "{dir}/o"], "找不到店铺网站的服务器",
     "could not be found"),
    ("connection refused", ["scan", "http://127.0.0.1:9/", "--out", "{dir}/o"], "拒绝连接", "refused the connection"),
    ("not a shop address", ["scan", "http://", "--out", "{dir}/o"], "不是店铺网址", "not a shop address"),
    ("fix over the original", ["fix", "{dir}/ok.jsonl", "--out", "{dir}"], "覆盖原文件", "would overwrite"),
    ("fix of a folder", ["fix", "{dir}/nopics", "--out", "{dir}/o"], "不是文件", "not a file"),
    ("fix of a missing file", ["fix", "{dir}/nope.jsonl", "--out", "{dir}/o"], "找不到文件", "No such file"),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case,args,zh,en", CASES, ids=[c[0] for c in CASES])
def test_an_error_that_stops_a_command_is_one_sentence_in_the_language(run_cli, tmp_path, case, args, zh, en, lang):
    _files(tmp_path)
    argv = [a.replace("{dir}", str(tmp_path)) for a in args]
    if lang == "en":
        argv += ["--lang", "en"] if case not in ("bad --lang",) else []
    code, text = run_cli(*argv)
    lines = [l for l in text.strip().splitlines() if l.strip()]
    assert code == 2, (code, text)
    assert "Traceback" not in text and len(lines) == 1 and lines[0].startswith("error: "), text
    if lang == "zh" or case == "bad --lang":
        assert zh in lines[0], lines[0]
        # the sentence first, the technical detail (the English text an operator greps for) after it
        assert lines[0].index(zh) < (lines[0].index(en) if en in lines[0] else len(lines[0])), lines[0]
    else:
        assert en in lines[0] and zh not in lines[0], lines[0]


def test_the_config_files_language_applies_to_its_own_errors(run_cli, tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "title": "保温杯"}\n', encoding="utf-8")
    (tmp_path / "en.toml").write_text('lang = "en"\nformat = "csv"\n', encoding="utf-8")
    code, text = run_cli("scan", tmp_path / "nope.jsonl", "--config", tmp_path / "en.toml", "--out", tmp_path / "o")
    assert code == 2 and "No such file" in text and "找不到" not in text


# the `errors` entries as the sources write them -> (Chinese words, English words)
ENTRIES = [
    ("image https://img.example.cn/a.jpg: [Errno -2] Name or service not known", "找不到这个网址的服务器", "could not be found"),
    ("image https://img.example.cn/a.jpg: timed out", "长时间没有响应", "did not answer in time"),
    ("image https://img.example.cn/a.jpg: connection refused", "拒绝了连接", "refused the connection"),
    ("image https://img.example.cn/a.jpg: HTTP 404", "不存在（404）", "does not exist (404)"),
    ("image https://img.example.cn/a.jpg: HTTP 403", "拒绝访问（403）", "refused access (403)"),
    ("image https://img.example.cn/a.jpg: HTTP 503", "返回错误 503", "error 503"),
    ("page https://shop.example.cn/p/1 failed: HTTP 500 after 3 attempts", "返回错误 500", "error 500"),
    ("page https://shop.example.cn/p/1 failed: timed out after 3 attempts", "长时间没有响应", "did not answer"),
    ("image https://img.example.cn/a.jpg: larger than 20 MB", "图片太大", "too large"),
    ("image a.png: corrupt or unsupported file", "不是一张能打开的图片", "not a picture that can be opened"),
    ("image a.png: empty file (0 bytes)", "不是一张能打开的图片", "not a picture that can be opened"),
    ("image a.png: file not found", "找不到图片文件", "Picture file not found"),
    ("image ../../x.png: 在清单文件夹之外，未读取（可用 --images-root 指定图片文件夹） / outside the listing file's folder, "
     "not read (see --images-root)", "清单文件夹之外", "outside the listing file's folder"),
    ("image http://10.0.0.5/a.png: not downloaded (10.0.0.5: private or local address, not fetched)",
     "内网地址", "private-network address"),
    ("line 7: unreadable line (Expecting value: line 1 column 1 (char 0))", "无法读取", "could not be read"),
    ("line 3: 5 byte(s) could not be decoded as gb18030 (shown as �)", "无法按它的编码读出", "could not be read in its encoding"),
    ("crawl interrupted (shutdown); run the same scan again to resume it", "读取被中断", "interrupted before it finished"),
    ("https://shop.example.cn/ redirects to another host (evil.example); not followed", "跳转到了店铺以外", "redirects off"),
    ("something nobody planned for", "未能读取", "could not be read"),
]


@pytest.mark.parametrize("raw,zh,en", ENTRIES, ids=[e[0][:40] for e in ENTRIES])
def test_errors_entries_are_explained_with_their_detail_after_the_sentence(raw, zh, en):
    shown = explain_error(raw, "zh")
    assert zh in shown, shown
    if _ascii_part(raw) and "/" not in raw.split(": ", 1)[-1][:3]:
        assert _ascii_part(raw) in shown and shown.index(zh) < shown.index(_ascii_part(raw)), shown
    assert en in explain_error(raw, "en") and zh not in explain_error(raw, "en")
    # the reports' cells keep the machine-readable prefix (note:, image REF:, line N:)
    cell = localize_entry(raw, "zh")
    for prefix in ("image ", "line ", "page "):
        if raw.startswith(prefix):
            assert cell.startswith(raw.split(": ", 1)[0] + ": "), cell
    assert zh in cell or raw in cell


def _ascii_part(raw: str) -> str:
    """The raw reason as the source wrote it (the detail an operator greps for), when English."""
    rest = raw.split(": ", 1)[-1]
    return rest if rest.isascii() and " / " not in rest else ""


def test_every_catalogue_error_has_both_languages():
    rows = {k: v for k, v in catalogue().items() if k.split(".")[0] in ("err", "cfg", "src", "fix", "cluster")}
    assert len(rows) > 60
    for k, v in rows.items():
        assert v["zh"] and v["en"], k
        assert any("\u4e00" <= ch <= "\u9fff" for ch in v["zh"]) or v["zh"] == "{detail}", k


def test_scan_reports_carry_the_explained_errors_in_the_runs_language(run_cli, tmp_path):
    """A JSONL with an unreadable line, a missing picture and undecodable bytes: listings.csv says
    each in Chinese (prefix and raw detail kept), report.html too; --lang en in English."""
    lst = tmp_path / "shop.jsonl"
    lst.write_bytes('{"id": "a", "title": "保温杯", "images": ["gone.png"]}\n{"id": oops}\n'.encode()
                    + '{"id": "c", "title": "水杯 '.encode() + b"\xff\xfe" + '"}\n'.encode())
    for lang, words in (("zh", ("找不到图片文件", "无法读取")), ("en", ("Picture file not found", "could not be read"))):
        out = tmp_path / lang
        code, text = run_cli("scan", lst, "--out", out, "--lang", lang, "--format", "csv,html,json")
        assert code == 3 and "Traceback" not in text, text
        rows = {r["listing_id"]: r for r in csv.DictReader(open(out / "listings.csv", encoding="utf-8-sig"))}
        assert rows["a"]["errors"].startswith("image gone.png: ") and words[0] in rows["a"]["errors"]
        assert "file not found" in rows["a"]["errors"]  # the raw detail stays for the operator
        broken = next(r for k, r in rows.items() if k.startswith("line 2"))
        assert broken["errors"].startswith("line 2: ") and words[1] in broken["errors"]
        html = (out / "report.html").read_text(encoding="utf-8")
        assert words[0] in html and words[1] in html
        data = json.loads((out / "report.json").read_text(encoding="utf-8"))
        listing = next(x for x in data["listings"] if x["listing"]["id"] == "a")
        assert listing["errors"] == ["image gone.png: file not found"]  # machines keep the raw entry
        assert words[0] in listing["errors_explained"][0]
        if lang == "zh":
            assert "只读取了部分内容" in text
