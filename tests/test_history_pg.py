"""The history behind one interface: the same schema, migrations, statuses and lock semantics on
SQLite and on a real PostgreSQL server (tests/conftest.py starts one), and `scanner history
export/import` moving a history between the two."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.history import SCHEMA_VERSION, HistoryError, LockHeld, open_history


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "h.sqlite")
    return request.getfixturevalue("postgres_url")


def _finding(fp: str, lid: str = "A") -> dict:
    return {"fingerprint": fp, "listing_id": lid, "field": "title", "category": "absolute_term", "severity": "high",
            "matched_text": "最好\x00", "term": "最好", "rule_id": "AD-ABS", "law": "第九条", "suggestion": "优质",
            "image": "", "url": "https://x.example/a", "title": "最好的杯子", "explanation": "", "detector": "lexicon",
            "confidence": 0.95, "start_off": 0, "end_off": 2, "listing_hash": "h1", "status": "new", "note": "",
            "first_seen": "2025-01-01T02:00:00+08:00"}


def _fill(h) -> None:
    run = h.start_run("s", "2025-01-01T02:00:00+08:00", "s/1", "[]")
    h.commit_run(run, "s", "2025-01-01T02:00:00+08:00", {"crawl_status": "complete", "complete": 1, "ocr": 0,
                                                          "seconds": 0.5, "n_new": 2},
                 [_finding("aaaaaaaaaaaaaaaa"), _finding("bbbbbbbbbbbbbbbb", "B")], [], [],
                 [("A", True, 1, "", "h1"), ("B", True, 1, "", "h2")])
    run2 = h.start_run("s", "2025-01-02T02:00:00+08:00", "s/2", "[]")
    h.commit_run(run2, "s", "2025-01-02T02:00:00+08:00", {"crawl_status": "complete", "complete": 1},
                 [_finding("aaaaaaaaaaaaaaaa") | {"status": "persisting"}],
                 [{"fingerprint": "bbbbbbbbbbbbbbbb", "reason": "listing removed"}], [], [("A", True, 1, "", "h1")])
    h.add_ignore("", "aaaaaaaaaaaaaaaa", "accepted by legal", "2025-01-02T03:00:00+08:00")


def test_same_schema_statuses_and_migrations_on_both(db):
    old = open_history(db, upto=1)  # a history from the first schema version
    assert old.version == 1
    old.execute("INSERT INTO runs (shop, started, crawl_status) VALUES ('s', 'x', 'complete')")
    old.close()
    h = open_history(db)
    assert h.version == SCHEMA_VERSION and len(h.runs("s")) == 1 and h.ignores("s") == {}
    _fill(h)
    f = h.shop_findings("s")
    assert f["aaaaaaaaaaaaaaaa"]["status"] == "ignored" and f["bbbbbbbbbbbbbbbb"]["status"] == "fixed"
    assert f["bbbbbbbbbbbbbbbb"]["fixed_reason"] == "listing removed"
    assert f["aaaaaaaaaaaaaaaa"]["matched_text"].startswith("最好")  # a NUL is stored (replaced on PostgreSQL)
    assert h.listing_hashes("s") == {"A": "h1", "B": "h2"}
    assert h.last_run("s")["folder"] == "s/2"
    assert [r["id"] for r in h.prune("s", 1)] == [2, 1]
    assert h.run_listings(2) == {} and len(h.run_listings(3)) == 1
    assert h.start_run("s", "x", "s/3", "[]") > 0 and h.mark_interrupted() == 1
    h.close()


def test_newer_schema_is_refused(db):
    h = open_history(db)
    h.set_version(SCHEMA_VERSION + 1)
    h.close()
    with pytest.raises(HistoryError, match="newer than this scanner"):
        open_history(db)


def test_the_lock_is_one_audit_at_a_time(db):
    a, b = open_history(db), open_history(db)
    with a.lock():
        with pytest.raises(LockHeld) as held:
            with b.lock():
                pass
        assert "pid" in str(held.value)  # names the holder
    with b.lock():  # released
        pass
    a.close()
    b.close()


def test_audit_on_postgresql_refuses_a_second_run_under_the_advisory_lock(tmp_path, postgres_url, capsys, monkeypatch):
    monkeypatch.setenv("SCANNER_CACHE", str(tmp_path / "cache"))
    (tmp_path / "s.jsonl").write_text(json.dumps({"id": "1", "title": "最好的杯子"}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    cfg = tmp_path / "shops.toml"
    cfg.write_text(f'[audit]\nout = "out"\ndb = "{postgres_url}"\n[[shop]]\nname = "s"\nsource = "s.jsonl"\n',
                   encoding="utf-8")
    other = open_history(postgres_url)
    with other.lock():
        capsys.readouterr()
        assert main(["audit", "--config", str(cfg), "--no-ocr"]) == 3
        text = capsys.readouterr().out
        assert "another audit" in text and "scanner audit pid" in text and "advisory lock" in text
        assert not (tmp_path / "out" / "s").exists()
    assert main(["audit", "--config", str(cfg), "--no-ocr"]) == 0
    assert [r["crawl_status"] for r in other.runs("s")] == ["complete"]
    assert not (tmp_path / "out" / "history.sqlite").exists()
    other.close()


def test_export_import_moves_a_history_both_ways(tmp_path, postgres_url, capsys):
    src = tmp_path / "h.sqlite"
    h = open_history(str(src))
    _fill(h)
    h.close()
    dump1, dump2 = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["history", "export", str(src), str(dump1)]) == 0
    assert main(["history", "import", postgres_url, str(dump1)]) == 0
    assert "imported" in capsys.readouterr().out
    pg = open_history(postgres_url)
    assert [r["id"] for r in pg.runs("s")] == [1, 2]
    assert pg.start_run("s", "later", "s/3", "[]") == 3  # the id sequence moved past the imported ids
    pg.execute("DELETE FROM runs WHERE id = 3")
    pg.close()
    assert main(["history", "export", postgres_url, str(dump2)]) == 0
    back = tmp_path / "back.sqlite"
    assert main(["history", "import", str(back), str(dump2)]) == 0

    def rows(p: Path) -> list:
        out = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()[1:]]
        return [(r["t"], {k: v for k, v in r["r"].items() if k != "matched_text"}) for r in out]

    assert rows(dump1) == rows(dump2) and len(rows(dump1)) > 5
    a, b = open_history(str(src)), open_history(str(back))
    assert [dict(r) for r in a.runs()] == [dict(r) for r in b.runs()]
    def findings(h) -> dict:  # the NUL in matched_text became U+FFFD on the way through PostgreSQL
        return {k: {c: x for c, x in dict(v).items() if c != "matched_text"} for k, v in h.shop_findings("s").items()}

    assert findings(a) == findings(b) and b.shop_findings("s")["aaaaaaaaaaaaaaaa"]["matched_text"] == "最好\ufffd"
    a.close()
    b.close()
    # into a history that is not empty: refused, nothing changed
    capsys.readouterr()
    assert main(["history", "import", postgres_url, str(dump1)]) == 2
    assert "not empty" in capsys.readouterr().err
    # not an export
    (tmp_path / "junk.jsonl").write_text('{"hello": 1}\n', encoding="utf-8")
    assert main(["history", "import", str(tmp_path / "new.sqlite"), str(tmp_path / "junk.jsonl")]) == 2
    assert main(["history", "export", str(tmp_path / "none.sqlite"), str(dump1)]) == 2


def test_unreachable_postgresql_is_a_configuration_error(tmp_path, capsys):
    (tmp_path / "s.jsonl").write_text('{"id": "1", "title": "x"}\n', encoding="utf-8")
    cfg = tmp_path / "shops.toml"
    cfg.write_text('[audit]\nout = "out"\ndb = "postgresql://nobody:secret@127.0.0.1:1/nothing?connect_timeout=2"\n'
                   '[[shop]]\nname = "s"\nsource = "s.jsonl"\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["audit", "--config", str(cfg), "--no-ocr"]) == 2
    text = capsys.readouterr().err
    assert "cannot be used" in text and "secret" not in text
