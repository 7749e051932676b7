"""Detectors and filters are listed in one place (scanner/detectors/registry.py), and a missing
Python package stops a scan with one clear line (exit 2), never a traceback."""
import json
import sys

import pytest

from scanner.detectors import registry
from scanner.pipeline import build_engine


def test_engine_is_built_from_the_registry_in_order():
    engine = build_engine()
    names = [type(d).__name__ for d in engine.detectors]
    assert names == [s.factory for s in registry.DETECTORS]
    filter_names = [name for name, _ in engine.filters]
    assert filter_names == [s.name for s in registry.FILTERS]
    assert filter_names[0] == "品类规则"  # the category rules first: lawful uses may still lower


def _listing_file(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "a1", "title": "最好的 Nike 跑鞋 加微信 abc12345"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    return p


def test_missing_package_names_detector_and_package(run_cli, tmp_path, monkeypatch):
    # rapidfuzz "not installed": the brand detector's module cannot import
    monkeypatch.setitem(sys.modules, "rapidfuzz", None)
    monkeypatch.setitem(sys.modules, "rapidfuzz.distance", None)
    for name in ("scanner.detectors.brands", "scanner.detectors.brand_mentions", "scanner.detectors.brand_latin",
                 "scanner.detectors.brand_judging"):
        monkeypatch.delitem(sys.modules, name, raising=False)  # the modules that import rapidfuzz
    from scanner import compiled

    compiled.forget()  # as in a process of its own: no engine an earlier test built
    code, out = run_cli("scan", _listing_file(tmp_path), "--out", tmp_path / "out", "--no-ocr")
    assert code == 2, out
    lines = [l for l in out.splitlines() if l.strip()]
    assert len(lines) == 1, out
    line = lines[0]
    assert "brands" in line and "rapidfuzz" in line and "./quickstart.sh setup" in line
    assert "Traceback" not in out


@pytest.mark.parametrize("missing", ["pypinyin", "scanner.nothing"])
def test_import_error_while_building_a_detector(monkeypatch, missing):
    # a package imported while a detector is built (not when its module is imported); a missing
    # module of the scanner itself is a bug, not a missing package: it is not dressed up as one
    def broken(*_a, **_k):
        raise ModuleNotFoundError(f"No module named {missing!r}", name=missing)

    monkeypatch.setattr(registry, "DETECTORS", (registry.Spec("x", "contact", "ContactDetector"),))
    import scanner.detectors.contact as contact

    monkeypatch.setattr(contact, "ContactDetector", broken)
    if missing == "pypinyin":
        with pytest.raises(registry.MissingDependency) as got:
            build_engine()
        assert got.value.exit_code == 2 and got.value.package == "pypinyin" and "detector x" in str(got.value)
    else:
        with pytest.raises(ModuleNotFoundError):
            build_engine()


def test_missing_package_outside_the_detectors_is_one_line_exit_2():
    # the CLI maps an unexpected error through environment_problem: exit 2 with this line
    from scanner.errors import environment_problem

    msg = environment_problem(ModuleNotFoundError("No module named 'ahocorasick_rs'", name="ahocorasick_rs"))
    assert msg and "ahocorasick-rs" in msg and "./quickstart.sh setup" in msg and "\n" not in msg
    assert environment_problem(ModuleNotFoundError("x", name="scanner.nothing")) is None
