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


def _automata(scanner):
    import gc

    from scanner.matching import Automaton

    return [o for o in gc.get_objects() if isinstance(o, Automaton) and o.size]


def test_matching_by_hand_gives_the_compiled_automatons_matches_in_the_same_order():
    """Short texts are matched by dict probes until compiling pays (scanner/matching.py): for every
    automaton of the built engine (lexicon, frames, brands, look-alikes, classes…) the probes find
    exactly what the compiled automaton finds, in its order (by end, longest first)."""
    import pickle

    from scanner.normalize import normalize
    from scanner.pipeline import ListingScanner, ScanOptions

    scanner = ListingScanner(ScanOptions(ocr=False))
    texts = [normalize(t).text for t in (
        "全网最低价 耐克同款 根治失眠 Nlke shoes 加微信 abc12345", "最最最佳佳 第一品牌 国家级 特效 康帅傅 营养怏线",
        "Best quality, #1 seller, cures insomnia 100% guaranteed", "路易威登同款老花包 香奈儿小香风 CC霜 x")]
    automata = _automata(scanner)
    assert len(automata) >= 5
    checked = 0
    for a in automata:
        for t in texts:
            by_hand = a._lookup(t)
            assert by_hand == a._compiled().find_matches_as_indexes(t, overlapping=True)
            checked += len(by_hand)
        b = pickle.loads(pickle.dumps(a))  # the disk cache's form gives the same keys and values
        assert b._keys == a._keys and b._values == a._values
    assert checked > 20


def test_a_short_check_compiles_no_automaton_and_a_warm_up_compiles_them(monkeypatch):
    from scanner import matching
    from scanner.models import Listing
    from scanner.pipeline import ListingScanner, ScanOptions

    compiled.forget()  # automata loaded afresh from the disk cache (none compiled yet)
    compiles = []
    real = matching._compile
    monkeypatch.setattr(matching, "_compile", lambda keys: compiles.append(len(keys)) or real(keys))
    scanner = ListingScanner(ScanOptions(ocr=False))
    got = scanner.scan(Listing(id="1", title="全网最低价 耐克同款 Nlke 加微信 abc12345"))
    quoted = " ".join(f.matched_text for f in got.findings)
    assert "全网最低价" in quoted and "Nlke" in quoted and "abc12345" in quoted
    assert compiles == []  # `scanner check` pays no compile
    scanner.warm()  # before workers fork: what a scan uses is compiled once, here
    assert compiles and max(compiles) > 10_000
    assert not matching._eager


def test_a_scan_of_many_listings_compiles_on_first_use_and_a_few_do_not(monkeypatch):
    """Many listings (in-process with one worker, or forked workers): every automaton is compiled
    on its first use, not matched by hand until a budget runs out; a few listings keep the
    by-hand matching, and the setting is put back after the scan."""
    from scanner import matching, pipeline
    from scanner.models import Listing
    from scanner.pipeline import ScanOptions, scan_stream

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 5)
    seen = []

    def listings(n):
        for i in range(n):
            seen.append(matching._eager)
            yield Listing(id=str(i), title=f"全网最低价 保温杯 {i}")

    for n, wanted in ((12, True), (3, False)):
        seen.clear()
        got = list(scan_stream(listings(n), ScanOptions(ocr=False, workers=1)))
        assert len(got) == n and all(r.findings for r in got)
        assert seen[-1] is wanted  # read while the scan ran
        assert matching._eager is False
