"""One configuration (scanner/config.py): typed, ranged, no unknown keys — for `scan --config`
and the shop tables of `audit` alike; each problem one line, exit 2, no traceback."""
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.config import load_scan_config, scan_settings
from scanner.errors import ScannerError, UsageError

ROOT = Path(__file__).resolve().parent.parent


def _scan(tmp_path, *args, config_body=None):
    src = tmp_path / "l.jsonl"
    src.write_text('{"id": "1", "title": "全网最低价 保温杯"}\n', encoding="utf-8")
    cmd = [sys.executable, "-m", "scanner", "scan", str(src), "--no-ocr", *args]
    if "--out" not in args:
        cmd += ["--out", str(tmp_path / "out")]
    if config_body is not None:
        cfg = tmp_path / "c.toml"
        cfg.write_text(config_body, encoding="utf-8")
        cmd += ["--config", str(cfg)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)


@pytest.mark.parametrize("body, message", [
    ('own_brands = "Nike"\n', "own_brands"),
    ('allow = "全网最低价"\n', "allow"),
    ('no_ocr = "false"\n', "no_ocr"),
    ('crawl_delay = "fast"\n', "crawl_delay"),
    ("workers = -1\n", "workers"),
    ("min_confidence = 5\n", "min_confidence"),
    ("own_brnds = ['X']\n", "did you mean 'own_brands'"),
    ("format = 'pdf'\n", "unknown format"),
    ("fail_on = 'critical'\n", "fail_on"),
    ("[scan]\nocr_engine = 'paddle'\n", "ocr_engine"),
    ("[weird]\nx = 1\n", "unknown table"),
    ("not toml = = \n", "not valid TOML"),
])
def test_bad_scan_config_is_one_line_exit_2(tmp_path, body, message):
    p = _scan(tmp_path, config_body=body)
    assert p.returncode == 2, (p.returncode, p.stderr)
    assert message in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) <= 2


def test_out_or_cache_naming_a_file_is_refused(tmp_path):
    f = tmp_path / "afile"
    f.write_text("x")
    p = _scan(tmp_path, "--out", str(f))
    assert p.returncode == 2 and "names a file" in p.stderr
    p = _scan(tmp_path, "--cache-dir", str(f))
    assert p.returncode == 2 and "names a file" in p.stderr


def test_a_good_config_is_typed(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('[scan]\nown-brands = ["山野"]\nformats = "csv, json"\nmin_confidence = 0.7\nworkers = 2\n'
                   'crawl_delay = 0\nno_ocr = true\n', encoding="utf-8")
    got = load_scan_config(cfg)
    assert got == {"own_brands": ["山野"], "format": ["csv", "json"], "min_confidence": 0.7, "workers": 2,
                   "crawl_delay": 0.0, "no_ocr": True}
    p = _scan(tmp_path, config_body=cfg.read_text(encoding="utf-8"))
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "out" / "report.json").exists()


def test_the_audit_uses_the_same_schema():
    with pytest.raises(UsageError, match="did you mean 'min_confidence'"):
        scan_settings({"min_confidense": 0.5}, "shop 'a'")
    with pytest.raises(UsageError, match="must be a list"):
        scan_settings({"own_brands": "Nike"}, "shop 'a'")
    assert scan_settings({"name": "a", "source": "x"}, "shop", frozenset({"name", "source"})) == {"name": "a", "source": "x"}


def test_every_stopping_error_carries_its_exit_code():
    from scanner.brands import BrandDBError
    from scanner.lexicon import LexiconError
    from scanner.pipeline import ScanSetupError
    from scanner.sources import SourceError

    for cls in (UsageError, LexiconError, BrandDBError, ScanSetupError, SourceError):
        assert issubclass(cls, ScannerError) and cls("x").exit_code == 2
