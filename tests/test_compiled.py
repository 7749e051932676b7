"""The on-disk cache of compiled data (scanner/compiled.py)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from scanner import compiled
from scanner.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def test_built_once_then_read_from_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("SCANNER_CACHE", str(tmp_path))
    calls = []
    build = lambda: calls.append(1) or {"automaton": [1, 2, 3]}
    assert compiled.cached("thing", "k1", build) == {"automaton": [1, 2, 3]}
    assert compiled.cached("thing", "k1", build) == {"automaton": [1, 2, 3]}
    assert len(calls) == 1
    compiled.cached("thing", "k2", build)  # other data: rebuilt
    assert len(calls) == 2


def test_corrupt_or_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    monkeypatch.setenv("SCANNER_CACHE", str(tmp_path))
    compiled.cached("thing", "k", lambda: 1)
    for p in (tmp_path / "compiled").glob("thing-*.pickle"):
        p.write_bytes(b"not a pickle")
    assert compiled.cached("thing", "k", lambda: 2) == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("SCANNER_CACHE", str(blocker))  # a file where the folder should be
    assert compiled.cached("thing", "k", lambda: 3) == 3


def test_old_keys_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("SCANNER_CACHE", str(tmp_path))
    for i in range(6):
        compiled.cached("thing", f"k{i}", lambda: i)
    assert len(list((tmp_path / "compiled").glob("thing-*.pickle"))) <= 3


def test_cached_lexicon_matches_a_fresh_build_and_follows_data_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("SCANNER_CACHE", str(tmp_path / "cache"))
    lex_dir = tmp_path / "lex"
    shutil.copytree(ROOT / "lexicons", lex_dir)
    compiled.forget()
    a = load_lexicon(str(lex_dir))
    compiled.forget()
    b = load_lexicon(str(lex_dir))  # from disk
    assert [t.rule_id for t in a.terms] == [t.rule_id for t in b.terms] == [t.rule_id for t in Lexicon(lex_dir).terms]
    with open(lex_dir / "ad_terms.csv", "a", encoding="utf-8") as f:
        f.write("宇宙无敌测试词,absolute_term,high,《广告法》第九条第三项,删除,,zh,test\n")
    compiled.forget()
    c = load_lexicon(str(lex_dir))
    assert any(t.term == "宇宙无敌测试词" for t in c.terms)
    compiled.forget()


def test_check_gives_the_same_answer_cold_and_warm(tmp_path):
    env = {**os.environ, "SCANNER_CACHE": str(tmp_path)}
    # every kind of compiled data: lexicon, frames, brands, look-alike names (whose words join the
    # side tables' shared pass), celebrities
    cmd = [sys.executable, "-m", "scanner", "check", "--json", "全网最低价 耐克同款 预防冠状病毒 特伦牧业 康帅傅 杨幂同款"]
    cold = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    warm = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    assert cold.returncode == warm.returncode
    assert cold.stdout == warm.stdout
    for quoted in ("全网最低价", "预防冠状病毒", "特伦牧业", "康帅傅", "杨幂"):
        assert quoted in cold.stdout, quoted
    assert list((tmp_path / "compiled").glob("lexicon-*.pickle"))
