"""A malformed data row stops the test run at once with the loader's message (tests/conftest.py's
session check), instead of thousands of tests each failing after re-reading the data."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tree(tmp_path, broken_row: str):
    (tmp_path / "tests").mkdir()
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "tests" / "conftest.py")
    (tmp_path / "tests" / "test_one.py").write_text("def test_one():\n    assert True\n")
    (tmp_path / "scanner").symlink_to(ROOT / "scanner")
    shutil.copytree(ROOT / "lexicons", tmp_path / "lexicons")
    if broken_row:
        with open(tmp_path / "lexicons" / "ad_terms.csv", "a", encoding="utf-8", newline="") as f:
            f.write(broken_row)
    return tmp_path


def _run(tree):
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/test_one.py"], cwd=tree, capture_output=True, text=True,
                          timeout=300)


def test_malformed_row_stops_the_run(tmp_path):
    res = _run(_tree(tmp_path, "最牛逼,no_such_category,high,《广告法》第九条,,,zh,\r\n"))
    out = res.stdout + res.stderr
    assert res.returncode == 2, out
    assert "ad_terms.csv line" in out and "no_such_category" in out, out
    assert "1 passed" not in out


def test_sound_data_runs_the_tests(tmp_path):
    res = _run(_tree(tmp_path, ""))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "1 passed" in res.stdout
