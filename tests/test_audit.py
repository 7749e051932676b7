"""`scanner audit`: history, statuses, summary, exit codes, lock, triage, scheduling, webhook.

Real SQLite, real files, real local HTTP servers on 127.0.0.1 — nothing is mocked. Detection
uses a small fixture lexicon (tests/fixtures/audit_lexicon) so these tests do not depend on the
real lexicon's content.
"""
from __future__ import annotations

import csv
import fcntl
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.history import SCHEMA_VERSION, History, open_history

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LEXICON = FIXTURES / "audit_lexicon"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def audit_env(tmp_path, monkeypatch):
    from scanner.compiled import forget

    monkeypatch.setenv("SCANNER_LEXICONS", str(LEXICON))
    monkeypatch.setenv("SCANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    forget()
    yield
    forget()


def write_jsonl(path: Path, records: list) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# the history these tests write: "" = the default SQLite file under `out`; a postgresql:// URL when
# the test runs with the `backend` fixture's PostgreSQL parameter (a fresh database each time)
DB = {"url": ""}


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request):
    """Run the test against SQLite and against a real PostgreSQL server (see conftest.py)."""
    DB["url"] = request.getfixturevalue("postgres_url") if request.param == "postgresql" else ""
    yield request.param
    DB["url"] = ""


def history_of(out: Path):
    return open_history(DB["url"] or out / "history.sqlite")


def write_config(tmp: Path, body: str) -> Path:
    if DB["url"] and "\ndb =" not in body:
        body = body.replace("[audit]\n", f'[audit]\ndb = "{DB["url"]}"\n', 1)
    cfg = tmp / "shops.toml"
    cfg.write_text(body, encoding="utf-8")
    return cfg


def audit(capsys, cfg: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["audit", "--config", str(cfg), *args])
    cap = capsys.readouterr()
    return code, cap.out + cap.err


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def summary(out: Path) -> dict[str, dict]:
    return {r["shop"]: r for r in read_csv(out / "summary.csv")}


def by_text(rows: list[dict]) -> dict[tuple[str, str], dict]:
    """(listing_id, matched_text) -> findings.csv row (each pair is unique in these fixtures)."""
    out = {}
    for r in rows:
        key = (r["listing_id"], r["matched_text"])
        assert key not in out, f"duplicate row {key}"
        out[key] = r
    return out


def run_dir(out: Path, shop: str) -> Path:
    return out / summary(out)[shop]["run_folder"]


# ------------------------------------------------------------------------------ the scenario
def test_four_audits_new_persisting_fixed_removed_unreadable_ignored(tmp_path, capsys, backend):
    shop = tmp_path / "shop.jsonl"
    out = tmp_path / "reports" / "audits"
    cfg = write_config(tmp_path, """
[audit]
out = "reports/audits"

[[shop]]
name = "cup-store"
source = "shop.jsonl"
format = "csv,html,json,xlsx"
""")
    # run 1: five findings on five listings, one clean listing
    write_jsonl(shop, [
        {"id": "A", "title": "不锈钢保温杯 最好的选择", "url": "https://cups.example/a"},
        {"id": "B", "title": "儿童水杯", "description": "<p>秒杀价 大容量</p>"},
        {"id": "C", "title": "运动水壶 第一品质"},
        {"id": "D", "title": "户外水杯 国家级工艺"},
        {"id": "E", "title": "简约玻璃杯"},
        {"id": "F", "title": "万能保温杯"},
    ])
    code, text = audit(capsys, cfg, "--no-ocr", "--fail-on", "high")
    assert code == 1, text  # first audit: everything is new, and there are new highs
    s = summary(out)["cup-store"]
    assert (s["new"], s["persisting"], s["fixed"], s["ignored"], s["high"], s["medium"], s["crawl_status"]) == \
        ("5", "0", "0", "0", "3", "2", "complete")
    run1 = run_dir(out, "cup-store")
    rows1 = by_text(read_csv(run1 / "findings.csv"))
    assert {r["status"] for r in rows1.values()} == {"new"}
    first_seen_b = rows1[("B", "秒杀")]["first_seen"]
    assert first_seen_b and rows1[("B", "秒杀")]["shop"] == "cup-store"
    assert "cup-store" in text and "5 new" in text

    # run 2: A's term removed, D removed from the shop, a new violation in E; B, C, F unchanged
    write_jsonl(shop, [
        {"id": "A", "title": "不锈钢保温杯 优质的选择", "url": "https://cups.example/a"},
        {"id": "B", "title": "儿童水杯", "description": "<p>秒杀价 大容量</p>"},
        {"id": "C", "title": "运动水壶 第一品质"},
        {"id": "E", "title": "简约玻璃杯 秒杀"},
        {"id": "F", "title": "万能保温杯"},
    ])
    code, text = audit(capsys, cfg, "--no-ocr", "--fail-on", "high")
    assert code == 0, text  # persisting highs (C) do not fail the run; the new finding is medium
    s = summary(out)["cup-store"]
    assert (s["new"], s["persisting"], s["fixed"], s["ignored"], s["high"], s["medium"]) == \
        ("1", "3", "2", "0", "1", "3")
    run2 = run_dir(out, "cup-store")
    assert run2 != run1
    rows2 = by_text(read_csv(run2 / "findings.csv"))
    assert rows2[("A", "最好")]["status"] == "fixed"
    assert rows2[("A", "最好")]["note"] == "no longer found"
    assert rows2[("D", "国家级")]["status"] == "fixed"
    assert rows2[("D", "国家级")]["note"] == "listing removed"
    assert rows2[("E", "秒杀")]["status"] == "new"
    for key in (("B", "秒杀"), ("C", "第一"), ("F", "万能")):
        assert rows2[key]["status"] == "persisting"
        assert rows2[key]["first_seen"] == rows1[key]["first_seen"]  # first_seen is kept
    assert rows2[("A", "最好")]["first_seen"] == rows1[("A", "最好")]["first_seen"]
    # fixed rows also reach the spreadsheet and the report's audit section
    from openpyxl import load_workbook

    from scanner.report_xlsx import column_key

    ws = load_workbook(run2 / "report.xlsx")["Findings"]
    header = [column_key(c.value) for c in ws[1]]  # display names (zh by default) -> CSV column names
    xrows = [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]
    assert {(r["listing_id"], r["status"]) for r in xrows} >= {("A", "fixed"), ("D", "fixed"), ("E", "new")}
    page = (run2 / "report.html").read_text(encoding="utf-8")
    assert "已整改 Fixed (2)" in page and "listing removed" in page and "AUDITTOP" not in page
    report = json.loads((run2 / "report.json").read_text(encoding="utf-8"))
    statuses = {(rec["listing"]["id"], f["matched_text"]): f["status"]
                for rec in report["listings"] for f in rec["findings"]}
    assert statuses == {("B", "秒杀"): "persisting", ("C", "第一"): "persisting", ("E", "秒杀"): "new",
                        ("F", "万能"): "persisting"}
    audit2 = json.loads((run2 / "audit.json").read_text(encoding="utf-8"))
    assert audit2["counts"]["fixed"] == 2 and audit2["previous_run"]["folder"] == run1.relative_to(out).as_posix()
    # latest follows the newest run
    assert (out / "cup-store" / "latest" / "findings.csv").read_bytes() == (run2 / "findings.csv").read_bytes()

    # triage: accept C's finding
    fp_c = rows2[("C", "第一")]["fingerprint"]
    code, text = audit(capsys, cfg, "--ignore", fp_c, "--reason", "「第一」是注册型号名 (model name)")
    assert code == 0, text
    assert "ignored cup-store:" + fp_c in text

    # run 3: F's line is unreadable (partial read), B is gone, E's term removed, a new high in G
    write_jsonl(shop, [
        {"id": "A", "title": "不锈钢保温杯 优质的选择", "url": "https://cups.example/a"},
        {"id": "C", "title": "运动水壶 第一品质"},
        {"id": "E", "title": "简约玻璃杯"},
        '{"id": "F", "title": "万能保温杯"',
        {"id": "G", "title": "国家级认证 保温杯"},
    ])
    code, text = audit(capsys, cfg, "--no-ocr")
    assert code == 3, text  # read only in part
    s = summary(out)["cup-store"]
    assert (s["new"], s["persisting"], s["fixed"], s["ignored"], s["high"], s["medium"], s["crawl_status"]) == \
        ("1", "3", "0", "1", "1", "3", "partial")
    assert "line 4" in s["error"]
    run3 = run_dir(out, "cup-store")
    rows3 = by_text(read_csv(run3 / "findings.csv"))
    assert rows3[("G", "国家级")]["status"] == "new"
    assert rows3[("C", "第一")]["status"] == "ignored"
    assert "注册型号名" in rows3[("C", "第一")]["note"]
    # nothing turns fixed in a partial run: each stays open and says why
    f_row, b_row, e_row = rows3[("F", "万能")], rows3[("B", "秒杀")], rows3[("E", "秒杀")]
    assert f_row["status"] == b_row["status"] == e_row["status"] == "persisting"
    assert f_row["note"].startswith("not re-checked: listing not read this run (source read only in part")
    assert b_row["note"].startswith("not re-checked: listing not read this run")
    assert e_row["note"].startswith("not confirmed fixed: no longer found")
    assert f_row["first_seen"] == rows1[("F", "万能")]["first_seen"]
    assert b_row["first_seen"] == first_seen_b
    listings3 = read_csv(run3 / "listings.csv")
    assert any("unreadable line" in r["errors"] for r in listings3)
    page = (run3 / "report.html").read_text(encoding="utf-8")
    assert "Nothing was marked fixed this run" in page and "未能复查 Not re-checked (still open) (3)" in page

    # run 4: complete again — B is now "listing removed", E fixed, F re-read and still there,
    # A's term is back (new again, first_seen kept)
    write_jsonl(shop, [
        {"id": "A", "title": "不锈钢保温杯 最好的选择", "url": "https://cups.example/a"},
        {"id": "C", "title": "运动水壶 第一品质"},
        {"id": "E", "title": "简约玻璃杯"},
        {"id": "F", "title": "万能保温杯"},
        {"id": "G", "title": "国家级认证 保温杯"},
    ])
    code, text = audit(capsys, cfg, "--no-ocr", "--fail-on", "high")
    assert code == 1, text  # A's high is new again
    s = summary(out)["cup-store"]
    assert (s["new"], s["persisting"], s["fixed"], s["ignored"], s["high"], s["medium"], s["crawl_status"]) == \
        ("1", "2", "2", "1", "2", "1", "complete")
    rows4 = by_text(read_csv(run_dir(out, "cup-store") / "findings.csv"))
    assert rows4[("A", "最好")]["status"] == "new"
    assert rows4[("A", "最好")]["note"].startswith("reappeared")
    assert rows4[("A", "最好")]["first_seen"] == rows1[("A", "最好")]["first_seen"]
    assert (rows4[("B", "秒杀")]["status"], rows4[("B", "秒杀")]["note"]) == ("fixed", "listing removed")
    assert (rows4[("E", "秒杀")]["status"], rows4[("E", "秒杀")]["note"]) == ("fixed", "no longer found")
    assert rows4[("F", "万能")]["status"] == "persisting" and rows4[("F", "万能")]["note"] == ""
    assert rows4[("G", "国家级")]["status"] == "persisting"
    assert rows4[("C", "第一")]["status"] == "ignored"

    # the history: runs with hashes and completeness, listings per run with their read status
    db = history_of(out)
    assert db.version == SCHEMA_VERSION
    runs = db.fetchall("SELECT * FROM runs WHERE shop = 'cup-store' ORDER BY id")
    assert [(r["crawl_status"], r["complete"]) for r in runs] == \
        [("complete", 1), ("complete", 1), ("partial", 0), ("complete", 1)]
    assert all(len(r["lexicon_hash"]) == 16 and r["config_hash"] and r["brand_db_hash"] for r in runs)
    assert [r["n_new"] for r in runs] == [5, 1, 1, 1]
    rl = {r["listing_id"]: r["ok"] for r in db.fetchall("SELECT * FROM run_listings WHERE run_id = ?", (runs[2]["id"],))}
    assert rl["A"] == 1 and rl["line 4"] == 0 and "F" not in rl
    f = db.fetchone("SELECT * FROM findings WHERE shop = 'cup-store' AND listing_id = 'D'")
    assert (f["status"], f["fixed_reason"], f["fixed_run"]) == ("fixed", "listing removed", runs[1]["id"])
    db.close()


def test_listing_read_error_keeps_its_findings_open(tmp_path, capsys, backend):
    """A listing that comes back with a read error (here: a truncated canonical CSV row, which
    the file source reports under the listing's own id) is not re-checked: nothing is fixed."""
    src = tmp_path / "shop.csv"
    cfg = write_config(tmp_path, '[audit]\nout = "out"\n[[shop]]\nname = "csv-shop"\nsource = "shop.csv"\n')
    src.write_text("id,title,description\nA,最好的杯子,\nB,儿童水杯,秒杀价\n", encoding="utf-8")
    assert audit(capsys, cfg, "--no-ocr")[0] == 0
    src.write_text("id,title,description\nA,好杯子,\nB\n", encoding="utf-8")
    code, text = audit(capsys, cfg, "--no-ocr")
    assert code == 3, text
    rows = by_text(read_csv(run_dir(tmp_path / "out", "csv-shop") / "findings.csv"))
    assert rows[("B", "秒杀")]["status"] == "persisting"
    assert rows[("B", "秒杀")]["note"].startswith("not re-checked: listing could not be read (line 3")
    assert rows[("A", "最好")]["status"] == "persisting"  # the source was read only in part
    assert rows[("A", "最好")]["note"].startswith("not confirmed fixed")
    s = summary(tmp_path / "out")["csv-shop"]
    assert (s["fixed"], s["persisting"], s["listings_unread"], s["crawl_status"]) == ("0", "2", "1", "partial")


def test_failing_shop_does_not_stop_the_others(tmp_path, capsys, backend):
    write_jsonl(tmp_path / "ok.jsonl", [{"id": "1", "title": "最好的杯子"}])
    cfg = write_config(tmp_path, """
[audit]
out = "out"
[[shop]]
name = "gone"
source = "missing-export.jsonl"
[[shop]]
name = "ok"
source = "ok.jsonl"
""")
    code, text = audit(capsys, cfg, "--no-ocr")
    assert code == 3, text
    s = summary(tmp_path / "out")
    assert list(s) == ["gone", "ok"]
    assert s["gone"]["crawl_status"] == "failed" and "no such file" in s["gone"]["error"]
    assert (s["ok"]["crawl_status"], s["ok"]["new"], s["ok"]["high"]) == ("complete", "1", "1")
    assert "failed" in text
    assert not (tmp_path / "out" / "gone" / "latest").exists()
    db = history_of(tmp_path / "out")
    assert db.fetchone("SELECT crawl_status FROM runs WHERE shop = 'gone'")["crawl_status"] == "failed"
    db.close()
    # with --fail-on, new highs in the healthy shop win over the failed one: exit 1
    write_jsonl(tmp_path / "ok.jsonl", [{"id": "1", "title": "最好的杯子"}, {"id": "2", "title": "第一名"}])
    assert audit(capsys, cfg, "--no-ocr", "--fail-on", "high")[0] == 1


def test_fail_on_from_config_and_ignored_findings_never_fail(tmp_path, capsys, backend):
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "秒杀 杯子"}])
    (tmp_path / "accepted.csv").write_text("fingerprint,reason,shop\n# accepted by legal\n", encoding="utf-8")
    cfg = write_config(tmp_path, '[audit]\nout = "out"\nfail_on = "medium"\nignore_file = "accepted.csv"\n'
                                 '[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
    assert audit(capsys, cfg, "--no-ocr")[0] == 1
    fp = read_csv(run_dir(tmp_path / "out", "s") / "findings.csv")[0]["fingerprint"]
    # a new violation, accepted through the ignore file (SHOP:FP form) before the next run
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "秒杀 杯子"}, {"id": "2", "title": "万能 杯子"}])
    (tmp_path / "accepted.csv").write_text("fingerprint,reason,shop\n", encoding="utf-8")
    code, _ = audit(capsys, cfg, "--no-ocr")
    assert code == 1
    fp2 = [r for r in read_csv(run_dir(tmp_path / "out", "s") / "findings.csv") if r["listing_id"] == "2"][0]["fingerprint"]
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "秒杀 杯子"}, {"id": "2", "title": "万能 杯子"},
                                      {"id": "3", "title": "万能 水壶"}])
    # listing 3's finding is not in the history yet: ignore-file entries apply on sight
    from scanner.models import fingerprint

    fp3 = fingerprint("3", "title", "AD-GUAR-万能", "万能")
    (tmp_path / "accepted.csv").write_text(f"fingerprint,reason,shop\ns:{fp3},legal ok\n{fp2},ok too\n", encoding="utf-8")
    code, text = audit(capsys, cfg, "--no-ocr")
    assert code == 0, text
    rows = {r["listing_id"]: r for r in read_csv(run_dir(tmp_path / "out", "s") / "findings.csv")}
    assert rows["3"]["status"] == "ignored" and rows["3"]["note"] == "ignored (ignore file): legal ok"
    assert rows["2"]["status"] == "ignored" and rows["1"]["fingerprint"] == fp
    s = summary(tmp_path / "out")["s"]
    assert (s["new"], s["persisting"], s["ignored"], s["medium"]) == ("0", "1", "2", "1")


def test_lock_refuses_a_second_run(tmp_path, capsys):
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "最好的杯子"}])
    cfg = write_config(tmp_path, '[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
    lock = tmp_path / "out" / "history.sqlite.lock"
    lock.parent.mkdir(parents=True)
    with open(lock, "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another audit is "running"
        held.write("pid 4242 since yesterday\n")
        held.flush()
        code, text = audit(capsys, cfg, "--no-ocr")
        assert code == 3
        assert "another audit" in text and "not starting" in text and "pid 4242" in text
        assert len(text.strip().splitlines()) == 1
        assert not (tmp_path / "out" / "s").exists() and not (tmp_path / "out" / "summary.csv").exists()
        # a second process is refused the same way
        p = subprocess.run([sys.executable, "-m", "scanner", "audit", "--config", str(cfg), "--no-ocr"],
                           capture_output=True, text=True, env=os.environ.copy(), timeout=120)
        assert p.returncode == 3 and "another audit" in p.stdout
    code, text = audit(capsys, cfg, "--no-ocr")
    assert code == 0, text


def test_webhook_receives_the_json_summary(tmp_path, capsys):
    received: list[tuple[str, dict, bytes]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.path, dict(self.headers), body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "最好的杯子", "url": "https://x.example/1"}])
        cfg = write_config(tmp_path, f'[audit]\nout = "out"\nnotify_url = "http://127.0.0.1:{srv.server_port}/hook"\n'
                                     f'[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
        code, text = audit(capsys, cfg, "--no-ocr", "--fail-on", "high")
        assert code == 1
        assert len(received) == 1
        path, headers, body = received[0]
        assert path == "/hook" and headers["Content-Type"].startswith("application/json")
        payload = json.loads(body.decode("utf-8"))
        assert payload["event"] == "scanner.audit" and payload["exit_code"] == 1
        assert payload["totals"]["new"] == 1 and payload["totals"]["high"] == 1
        assert payload["shops"][0]["shop"] == "s" and payload["shops"][0]["crawl_status"] == "complete"
        nf = payload["shops"][0]["new_findings"][0]
        assert (nf["listing_id"], nf["matched_text"], nf["severity"]) == ("1", "最好", "high")
        assert "summary sent" in text
    finally:
        srv.shutdown()
        srv.server_close()
    # a webhook that cannot be reached is reported, never fatal
    code, text = audit(capsys, cfg, "--no-ocr")
    assert code == 0
    assert "webhook" in text and "failed" in text


def test_print_cron_and_systemd(tmp_path, capsys):
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "x"}])
    cfg = write_config(tmp_path, '[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
    code, text = audit(capsys, cfg, "--print-cron", "0 2 * * *")
    assert code == 0
    line = text.strip()
    assert len(line.splitlines()) == 1
    python = str(Path(sys.executable).absolute())
    assert line.startswith(f"0 2 * * * cd {tmp_path} && ")
    assert f"{python} -m scanner audit --config {cfg}" in line
    assert f"SCANNER_LEXICONS={LEXICON}" in line  # the environment this config was set up with
    assert line.endswith(f">> {tmp_path / 'shops.audit.log'} 2>&1")
    assert not (tmp_path / "out").exists()  # printing schedules touches nothing
    # the printed command really runs the audit
    cmd = line.split(" ", 5)[5]
    p = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "s ·" in (tmp_path / "shops.audit.log").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "summary.csv").exists()

    code, text = audit(capsys, cfg, "--print-cron", "30 1 * * 1-5", "--systemd", "--fail-on", "high")
    assert code == 0
    assert "[Service]" in text and "Type=oneshot" in text and f"WorkingDirectory={tmp_path}" in text
    assert f"ExecStart={python} -m scanner audit --config {cfg} --fail-on high" in text
    assert "[Timer]" in text and "OnCalendar=Mon..Fri *-*-* 01:30:00" in text and "Persistent=true" in text
    cal = text.split("OnCalendar=", 1)[1].splitlines()[0]
    if shutil.which("systemd-analyze"):
        assert subprocess.run(["systemd-analyze", "calendar", cal], capture_output=True).returncode == 0

    assert audit(capsys, cfg, "--print-cron", "every night")[0] == 2
    assert audit(capsys, cfg, "--systemd")[0] == 2


def test_ignore_needs_reason_and_a_known_fingerprint(tmp_path, capsys, backend):
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "最好的杯子"}])
    cfg = write_config(tmp_path, '[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
    assert audit(capsys, cfg, "--no-ocr")[0] == 0
    fp = read_csv(run_dir(tmp_path / "out", "s") / "findings.csv")[0]["fingerprint"]
    code, text = audit(capsys, cfg, "--ignore", fp)
    assert code == 2 and "--reason" in text
    code, text = audit(capsys, cfg, "--ignore", "0123456789abcdef", "--reason", "x")
    assert code == 2 and "not in the audit history" in text
    assert audit(capsys, cfg, "--ignore", "not-a-fingerprint", "--reason", "x")[0] == 2
    assert audit(capsys, cfg, "--ignore", f"other:{fp}", "--reason", "x")[0] == 2
    code, text = audit(capsys, cfg, "--ignore", f"s:{fp}", "--reason", "brand slogan approved by legal")
    assert code == 0 and "brand slogan approved by legal" in text
    code, text = audit(capsys, cfg, "--no-ocr", "--fail-on", "low")
    assert code == 0
    s = summary(tmp_path / "out")["s"]
    assert (s["new"], s["persisting"], s["ignored"], s["high"]) == ("0", "0", "1", "0")


@pytest.mark.parametrize("body,message", [
    ("[audit]\nout = 'o'\n", "no shops"),
    ("[audit]\n[[shop]]\nname = 'a'\nsource = 'x'\n[[shop]]\nname = 'a'\nsource = 'y'\n", "two shops"),
    ("[[shop]]\nname = 'a'\nsource = 'x'\nown_brand = ['X']\n", "did you mean 'own_brands'"),
    ("[[shop]]\nname = '../a'\nsource = 'x'\n", "folder name"),
    ("[[shop]]\nname = 'a'\n", "source is required"),
    ("[audit]\nnotify_url = 'ftp://x'\n[[shop]]\nname = 'a'\nsource = 'x'\n", "notify_url"),
    ("[audit]\nfail_on = 'urgent'\n[[shop]]\nname = 'a'\nsource = 'x'\n", "fail-on"),
    ("[audit]\nignore_file = 'nope.csv'\n[[shop]]\nname = 'a'\nsource = 'x'\n", "ignore_file not found"),
    ("[[shop]]\nname = 'a'\nsource = 'x'\nformat = 'pdf'\n", "unknown format"),
    ("not toml = = \n", "not valid TOML"),
    ("out = 'x'\n[[shop]]\nname = 'a'\nsource = 'x'\n", "out must go in the audit table"),
])
def test_configuration_errors_exit_2(tmp_path, capsys, body, message):
    cfg = write_config(tmp_path, body)
    code, text = audit(capsys, cfg)
    assert code == 2
    assert message in text and "Traceback" not in text
    assert len(text.strip().splitlines()) == 1


def test_missing_config_is_a_usage_error(tmp_path, capsys):
    capsys.readouterr()
    assert main(["audit"]) == 2
    assert main(["audit", "--config", str(tmp_path / "nope.toml")]) == 2


def test_history_schema_migrates_and_refuses_newer(tmp_path, capsys):
    path = tmp_path / "h.sqlite"
    old = History(path, upto=1)  # a history file from the first schema version
    assert old.version == 1
    old.db.execute("INSERT INTO runs (shop, started, crawl_status) VALUES ('s', 'x', 'complete')")
    old.close()
    h = History(path)
    assert h.version == SCHEMA_VERSION
    assert h.ignores("s") == {} and len(h.runs("s")) == 1
    h.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    h.close()
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "x"}])
    cfg = write_config(tmp_path, f'[audit]\nout = "out"\ndb = "{path.name}"\n[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
    code, text = audit(capsys, cfg, "--no-ocr")
    assert code == 2 and "newer than this scanner" in text


def test_latest_copy_mode_and_keep_runs(tmp_path, capsys, backend):
    write_jsonl(tmp_path / "s.jsonl", [{"id": "1", "title": "最好的杯子"}])
    cfg = write_config(tmp_path, '[audit]\nout = "out"\nlatest = "copy"\nkeep_runs = 2\n'
                                 '[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
    for _ in range(3):
        assert audit(capsys, cfg, "--no-ocr")[0] == 0
    shop_dir = tmp_path / "out" / "s"
    latest = shop_dir / "latest"
    assert latest.is_dir() and not latest.is_symlink()
    newest = run_dir(tmp_path / "out", "s")
    assert (latest / "findings.csv").read_bytes() == (newest / "findings.csv").read_bytes()
    runs = sorted(p.name for p in shop_dir.iterdir() if p.name != "latest")
    assert len(runs) == 2 and newest.name in runs
    rows = read_csv(newest / "findings.csv")
    assert [r["status"] for r in rows] == ["persisting"]


def test_csv_injection_in_appended_rows_is_neutralised(tmp_path, capsys, backend):
    write_jsonl(tmp_path / "s.jsonl", [{"id": "=cmd|' /C calc'!A0", "title": "最好的杯子"}])
    cfg = write_config(tmp_path, '[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "s.jsonl"\n')
    assert audit(capsys, cfg, "--no-ocr")[0] == 0
    write_jsonl(tmp_path / "s.jsonl", [{"id": "=cmd|' /C calc'!A0", "title": "好杯子"}])
    assert audit(capsys, cfg, "--no-ocr")[0] == 0
    rows = read_csv(run_dir(tmp_path / "out", "s") / "findings.csv")
    assert rows[0]["status"] == "fixed" and rows[0]["listing_id"].startswith("'=")


def test_image_findings_wait_for_ocr_and_empty_sources_fix_nothing(tmp_path, backend):
    """Driven through ShopAudit directly (the same object `audit` uses), with a real history:
    a run without OCR does not re-check image findings, and a "complete" source that suddenly
    returns nothing is treated as broken, not as a shop whose seller deleted everything."""
    from scanner.audit import ShopAudit
    from scanner.models import Finding, Listing, ListingResult, RunInfo

    h = open_history(DB["url"] or tmp_path / "h.sqlite")
    listing = Listing(id="A", title="保温杯", images=("https://img.example/a/banner.jpg?v=1",))
    img = Finding("A", "image", "absolute_term", "high", 0.9, "最好", "最好", 0, 2, "AD-ABS-最好",
                  "《广告法》第九条第三项", "优质", "OCR", image=listing.images[0])
    title = Finding("A", "title", "inducement", "medium", 1.0, "秒杀", "秒杀", 0, 2, "AD-IND-秒杀", "", "", "")

    def one_run(results, ocr=True, complete=True):
        sa = ShopAudit("s", h, "2025-01-01T02:00:00+08:00", {})
        run_id = h.start_run("s", sa.iso, "s/x", "[]")
        for r in results:
            sa.on_result(r)
        info = RunInfo("a", "b", 0.1, ("x",), "L", "B", "C", ocr=ocr, complete=complete)
        sa.finish(info)
        sa.record(h, run_id, info, 0.1)
        return sa

    sa = one_run([ListingResult(listing, (img, title))])
    assert {s["status"] for s in sa.seen.values()} == {"new"}
    sa = one_run([ListingResult(listing, (title,))], ocr=False)
    assert sa.held == [{"fingerprint": img.fingerprint, "status": "persisting",
                        "note": "not re-checked: images were not inspected this run (OCR off)"}]
    assert sa.counts() == {"new": 0, "persisting": 2, "fixed": 0, "ignored": 0, "high": 1, "medium": 1}
    sa = one_run([], complete=True)
    assert not sa.complete and sa.partial_why == "the source returned no readable listings"
    assert sa.fixed == [] and len(sa.held) == 2
    sa = one_run([ListingResult(listing, ())])
    assert sorted((f["fingerprint"], f["reason"]) for f in sa.fixed) == sorted([
        (img.fingerprint, "no longer found"),
        (title.fingerprint, "no longer found (listing unchanged: the rules or settings changed)")])
    assert [r["crawl_status"] for r in h.runs("s")] == ["complete", "complete", "partial", "complete"]
    h.close()


# ------------------------------------------------------------------------------ a local HTTP shop
class Shop:
    """A Shopify-style storefront on 127.0.0.1: /products.json, paginated; pages can fail."""

    def __init__(self):
        self.products: list[dict] = []
        self.fail_pages: set[int] = set()
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                from urllib.parse import parse_qs, urlparse

                u = urlparse(self.path)
                if u.path == "/products.json":
                    q = parse_qs(u.query)
                    page = int(q.get("page", ["1"])[0])
                    limit = int(q.get("limit", ["30"])[0])
                    if page in shop.fail_pages:
                        self.send_response(500)
                        self.send_header("Retry-After", "0")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    items = shop.products[(page - 1) * limit: page * limit]
                    body = json.dumps({"products": items}, ensure_ascii=False).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                elif u.path == "/":
                    body = b"<html><head><script>var Shopify = Shopify || {};</script></head><body>shop</body></html>"
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                else:
                    body = b"not found"
                    self.send_response(404)
                    self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.srv.server_port}/"
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()

    def close(self):
        self.srv.shutdown()
        self.srv.server_close()


def product(pid: int, title: str, body: str = "") -> dict:
    return {"id": pid, "handle": f"p{pid}", "title": title, "body_html": body, "vendor": "", "product_type": "",
            "images": [], "variants": [{"id": pid * 10, "price": "19.90"}]}


@pytest.mark.skipif(importlib.util.find_spec("scanner.sources.crawl") is None,
                    reason="URL crawling (scanner/sources/crawl.py) is not in this build yet")
def test_local_http_shop_audits(tmp_path, backend):
    """Three audits of a live local shop (each in its own process, as cron runs it)."""
    shop = Shop()
    try:
        cfg = write_config(tmp_path, f'[audit]\nout = "out"\ncrawl_delay = 0\n'
                                     f'[[shop]]\nname = "web"\nsource = "{shop.url}"\n')
        env = os.environ.copy()

        outputs: list[str] = []

        def run() -> int:
            p = subprocess.run([sys.executable, "-m", "scanner", "audit", "--config", str(cfg), "--no-ocr"],
                               capture_output=True, text=True, env=env, timeout=300)
            outputs.append(p.stdout + p.stderr)
            return p.returncode

        filler = [product(100 + i, f"普通水杯 {i}") for i in range(40)]
        shop.products = [product(1, "最好的保温杯"), product(2, "儿童水杯", "<p>秒杀价</p>"),
                         product(3, "运动水壶")] + filler
        assert run() == 0, outputs[-1]
        s1 = summary(tmp_path / "out")["web"]
        assert (s1["new"], s1["crawl_status"]) == ("2", "complete")

        # the term removed from 1, a new violation in 3, 2 unchanged
        shop.products = [product(1, "优质保温杯"), product(2, "儿童水杯", "<p>秒杀价</p>"),
                         product(3, "运动水壶 第一")] + filler
        assert run() == 0, outputs[-1]
        rows = {(r["listing_id"], r["matched_text"]): r for r in read_csv(run_dir(tmp_path / "out", "web") / "findings.csv")}
        by_match = {m: r["status"] for (_l, m), r in rows.items()}
        assert by_match == {"最好": "fixed", "秒杀": "persisting", "第一": "new"}

        # listing 2 removed and a products page failing: partial, nothing becomes fixed
        shop.products = [product(1, "优质保温杯"), product(3, "运动水壶 第一")] + filler
        shop.fail_pages = {2}
        code = run()
        s3 = summary(tmp_path / "out")["web"]
        assert code == 3 and s3["crawl_status"] == "partial" and s3["fixed"] == "0"
        rows = {r["matched_text"]: r for r in read_csv(run_dir(tmp_path / "out", "web") / "findings.csv")}
        assert rows["秒杀"]["status"] == "persisting" and rows["秒杀"]["note"].startswith("not re-checked")
        assert rows["第一"]["status"] == "persisting"

        # the shop answers again: the removed listing is now fixed, the rest re-checked in full
        shop.fail_pages = set()
        assert run() == 0, outputs[-1]
        s4 = summary(tmp_path / "out")["web"]
        assert (s4["crawl_status"], s4["listings"], s4["fixed"], s4["persisting"]) == ("complete", "42", "1", "1")
        rows = {r["matched_text"]: r for r in read_csv(run_dir(tmp_path / "out", "web") / "findings.csv")}
        assert (rows["秒杀"]["status"], rows["秒杀"]["note"]) == ("fixed", "listing removed")
        assert rows["第一"]["status"] == "persisting" and rows["第一"]["note"] == ""
    finally:
        shop.close()


def test_an_unread_picture_holds_its_listing_open_while_listings_read_in_full_are_fixed(tmp_path, capsys):
    """A run that is partial only because one listing's picture could not be read still confirms
    the fixes of the listings it read in full; that one listing's findings stay open."""
    src = tmp_path / "shop.jsonl"
    write_jsonl(src, [{"id": "a", "title": "最好的保温杯"}, {"id": "b", "title": "最好的水杯", "images": ["missing.png"]}])
    cfg = write_config(tmp_path, '[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "shop.jsonl"\n')
    code, text = audit(capsys, cfg)
    assert code == 3, text  # b's picture cannot be read: the run is partial
    write_jsonl(src, [{"id": "a", "title": "保温杯"}, {"id": "b", "title": "水杯", "images": ["missing.png"]}])
    code, text = audit(capsys, cfg)
    assert code == 3, text
    rows = read_csv(tmp_path / "out" / "s" / "latest" / "findings.csv")
    status = {r["listing_id"]: r["status"] for r in rows}
    assert status["a"] == "fixed"  # read in full: its claim is gone
    assert status["b"] == "persisting"  # its picture was not read: not confirmed fixed
    assert "not re-checked" in next(r["note"] for r in rows if r["listing_id"] == "b")
