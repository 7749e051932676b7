"""The finished CLI (issue 14, point 8): --version, -h, help that renders, no hard wrapping in
logs, partial runs exit 3 with a line, Ctrl-C says what happened, --lang / config lang,
impossible cron schedules refused, read errors as sentences."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "scanner", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, env={"COLUMNS": "80", "PATH": "/usr/bin:/bin", "HOME": str(Path.home()),
                                          "SCANNER_CACHE": str(ROOT / ".cache" / "test-cache")})


def jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_version_and_short_help():
    from scanner import __version__

    p = cli("--version")
    assert p.returncode == 0 and p.stdout.strip() == __version__
    p = cli("-h")
    assert p.returncode == 0 and "scan" in p.stdout and "audit" in p.stdout
    p = cli("scan", "-h")
    assert p.returncode == 0 and "--lang" in p.stdout


def test_audit_help_shows_table_names_as_written():
    p = cli("audit", "--help")
    assert p.returncode == 0 and "[audit]" in p.stdout and "[[shop]]" in p.stdout


def test_no_hard_wrapping_when_output_is_not_a_terminal(tmp_path):
    src = jsonl(tmp_path / "shop-with-a-rather-long-file-name-for-the-log.jsonl",
                [{"id": "1", "title": "全网最低价 保温杯"}])
    out = tmp_path / "an-output-folder-with-a-long-name-so-that-the-line-is-longer-than-eighty-columns"
    p = cli("scan", src, "--out", out, "--no-ocr", "--format", "csv")
    assert p.returncode == 0, p.stderr
    line = [l for l in p.stdout.splitlines() if "报告已写入" in l][0]
    assert len(line) > 80 and str(out) in line  # one line, not cut at 80 columns


def test_partial_read_exits_3_and_says_how_many_listings(tmp_path):
    src = jsonl(tmp_path / "l.jsonl", [{"id": "1", "title": "保温杯", "images": ["missing.png"]},
                                       {"id": "2", "title": "全网最低价 水杯"}])
    p = cli("scan", src, "--out", tmp_path / "o", "--format", "csv,html")
    assert p.returncode == 3, p.stderr
    assert "只读取了部分内容：1 个商品只读了一部分" in p.stderr
    page = (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    assert "找不到图片文件" in page  # the seller's sentence, not "file not found"
    p = cli("scan", src, "--out", tmp_path / "o2", "--format", "csv", "--lang", "en", "--quiet")
    assert p.returncode == 3 and "Read only in part: 1 listings" in p.stderr  # said even with --quiet


def test_lang_from_config_and_flag(tmp_path):
    src = jsonl(tmp_path / "l.jsonl", [{"id": "1", "title": "全网最低价 保温杯"}])
    cfg = tmp_path / "c.toml"
    cfg.write_text('lang = "en"\nno_ocr = true\n', encoding="utf-8")
    p = cli("scan", src, "--out", tmp_path / "o", "--config", cfg, "--format", "html")
    assert p.returncode == 0 and "Scanned 1 listings" in p.stdout
    assert "Fix these first" in (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    p = cli("scan", src, "--out", tmp_path / "o", "--config", cfg, "--lang", "zh", "--format", "csv")
    assert "已检查 1 个商品" in p.stdout
    cfg.write_text('lang = "fr"\n', encoding="utf-8")
    p = cli("scan", src, "--out", tmp_path / "o", "--config", cfg)
    assert p.returncode == 2 and "lang" in p.stderr and "zh or en" in p.stderr and "Traceback" not in p.stderr
    p = cli("check", "--lang", "xx", "最好")
    assert p.returncode == 2 and "--lang" in p.stderr


def test_ctrl_c_says_what_was_interrupted_and_how_to_resume(tmp_path, run_cli, monkeypatch):
    from scanner import job

    real = job.scan_stream

    def interrupted_after_two(listings, options, *rest):
        for i, r in enumerate(real(listings, options, *rest)):
            if i == 2:
                raise KeyboardInterrupt
            yield r

    monkeypatch.setattr(job, "scan_stream", interrupted_after_two)
    src = jsonl(tmp_path / "l.jsonl", [{"id": str(i), "title": "全网最低价"} for i in range(5)])
    code, text = run_cli("scan", src, "--out", tmp_path / "o", "--no-ocr", "--format", "csv,html,xlsx")
    assert code == 130
    assert "已中断：正在检查商品（已完成 2 个）" in text and "重新运行同一命令" in text
    rows = (tmp_path / "o" / "listings.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 3  # what was scanned is written
    assert "interrupted after 2 listings" in (tmp_path / "o" / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("schedule,why", [("0 0 31 2 *", "never occurs in Feb"), ("0 24 * * *", "hour 24"),
                                          ("0 0 31 4,6,9,11 *", "never occurs"), ("*/0 * * * *", "step"),
                                          ("30 5-2 * * *", "backwards")])
def test_print_cron_refuses_an_impossible_schedule(tmp_path, schedule, why):
    jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "x"}])
    cfg = tmp_path / "shops.toml"
    cfg.write_text('[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "s.jsonl"\n', encoding="utf-8")
    p = cli("audit", "--config", cfg, "--print-cron", schedule)
    assert p.returncode == 2 and why in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
    ok = cli("audit", "--config", cfg, "--print-cron", "0 0 29 2 *")  # leap years: allowed
    assert ok.returncode == 0 and ok.stdout.startswith("0 0 29 2 *")


def test_read_errors_are_sentences_a_seller_understands():
    from scanner.i18n import explain_error

    dns = explain_error("image https://img.example.cn/a.jpg: [Errno -2] Name or service not known")
    # the sentence first (what happened, what to do), the technical detail after it
    assert "img.example.cn" in dns and "找不到" in dns and dns.index("请检查") < dns.index("[Errno -2]")
    assert "404" in explain_error("image https://x.cn/a.jpg: HTTP 404") and "不存在" in explain_error(
        "image https://x.cn/a.jpg: HTTP 404")
    assert "不是一张能打开的图片" in explain_error("image a.png: corrupt or unsupported file")
    assert "第 3 行无法读取" in explain_error("line 3: unreadable line (not a JSON object)")
    assert "could not be found" in explain_error("image http://h/a.jpg: [Errno -2] Name or service not known", "en")


def test_progress_totals_are_known_for_local_files(tmp_path):
    from scanner.job import known_total
    from scanner.sources import open_source

    j = jsonl(tmp_path / "l.jsonl", [{"id": str(i), "title": "x"} for i in range(7)])
    c = tmp_path / "l.csv"
    c.write_text('id,title,description\n1,a,"two\nlines"\n2,b,c\n', encoding="utf-8")
    assert known_total(open_source(str(j))) == 7
    assert known_total(open_source(str(c))) == 2  # a quoted line break is one record
