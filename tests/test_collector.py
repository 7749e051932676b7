"""The collector is paused while a command starts and on again once the engine is built
(scanner/collector.py): never left off, a caller's own setting kept."""
import gc
import subprocess
import sys
from pathlib import Path

from scanner import collector
from scanner.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _fresh_state():
    """Each test starts from a collector that is on, with no pause of this module pending."""
    collector.settle()
    gc.enable()


def test_settle_turns_the_collector_back_on_and_empties_the_young_generation():
    _fresh_state()
    frozen = gc.get_freeze_count()  # (a scan earlier in this process may have frozen its engine)
    try:
        collector.pause()
        assert not gc.isenabled()
        junk = [[i] for i in range(20000)]  # survivors made while paused
        assert gc.get_count()[0] >= 10000
        collector.settle()
        assert gc.isenabled()
        if not frozen:  # (with objects frozen by an earlier scan, settle leaves the generations alone)
            assert gc.get_count()[0] < 1000  # moved on without a pass over them
        assert gc.get_freeze_count() == frozen  # nothing left frozen by the pause
        del junk
    finally:
        _fresh_state()


def test_a_collector_the_caller_turned_off_stays_off():
    _fresh_state()
    gc.disable()
    try:
        with collector.start_up():
            pass
        collector.settle()
        assert not gc.isenabled()
    finally:
        _fresh_state()


def test_check_in_process_leaves_the_collector_on(capsys):
    _fresh_state()
    frozen = gc.get_freeze_count()
    assert main(["check", "全网最低价 根治失眠"]) in (0, 1)
    assert "全网最低价" in capsys.readouterr().out
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # main() inside another process freezes nothing


def test_the_collector_is_on_while_a_scan_runs(tmp_path):
    """`python -m scanner scan`: paused for the imports, on again once the scanner is built
    (the first listing is read after that)."""
    code = ("import gc, runpy, sys\n"
            "import scanner.pipeline as p\n"
            "seen = []\n"
            "orig = p.ListingScanner.scan\n"
            "def scan(self, *a, **k):\n"
            "    seen.append(gc.isenabled())\n"
            "    return orig(self, *a, **k)\n"
            "p.ListingScanner.scan = scan\n"
            "from scanner.__main__ import run\n"
            "rc = run()\n"
            "assert seen and all(seen), seen\n"
            "assert gc.isenabled()\n"
            "assert gc.get_freeze_count() > 100_000  # the engine: never walked again, not even at exit\n"
            "sys.exit(rc)\n")
    src = tmp_path / "l.jsonl"
    src.write_text('{"id": "1", "title": "全网最低价 保温杯"}\n', encoding="utf-8")
    p = subprocess.run([sys.executable, "-c", code, "scan", str(src), "--out", str(tmp_path / "o"), "--no-ocr", "--quiet"],
                       cwd=ROOT, capture_output=True, text=True)
    assert p.returncode in (0, 1), p.stderr[-2000:]
