"""Dask as the execution engine: a real LocalCluster of 2 worker processes gives the same
findings, fingerprints and audit statuses as the in-process run; a worker killed mid-scan is
survived (its tasks run again) or, when the scheduler gives up, the shop is reported failed and
nothing of it is marked fixed. Pictures are rendered here and read by the real Tesseract."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.ocr.synth import cjk_font_path, render_lines
from scanner.ocr.tesseract import available_languages

pytestmark = pytest.mark.skipif(
    cjk_font_path() is None or "chi_sim" not in available_languages(),
    reason="needs Tesseract with chi_sim and a CJK font (fonts-wqy-zenhei)")

CLAIMS = ["全网最低价", "国家级工艺", "销量第一", "顶级品质"]
PLAIN = ["纯棉面料", "现货速发", "大容量", "精致做工"]


def make_shop(folder: Path, n: int, drop: tuple[str, ...] = (), renamed: dict | None = None) -> Path:
    """n listings with two pictures each: one supplier photo shared by every listing (read once
    per run), one of their own (a claim on every other one); one corrupt picture, one missing."""
    folder.mkdir(parents=True, exist_ok=True)
    sup = folder / "supplier.png"
    if not sup.exists():
        render_lines(["厂家直发", "全网最低价"], size=(520, 150), font_size=42).save(sup)
        (folder / "broken.png").write_bytes(b"\x89PNG not really a picture")
    rows = []
    for i in range(n):
        lid = f"L{i:03d}"
        if lid in drop:
            continue
        own = folder / f"p{i:03d}.png"
        if not own.exists():
            text = CLAIMS[i % len(CLAIMS)] if i % 2 == 0 else PLAIN[i % len(PLAIN)]
            render_lines([text], size=(420, 110), font_size=40).save(own)
        pics = ["supplier.png", own.name]
        if i == 1:
            pics.append("broken.png")
        if i == 2:
            pics.append("missing.png")
        title = (renamed or {}).get(lid) or ["保温杯 最好的选择", "儿童水杯 秒杀价", "运动水壶", "玻璃杯"][i % 4]
        rows.append({"id": lid, "title": f"{title} {i}", "images": pics})
    shop = folder / "shop.jsonl"
    shop.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return shop


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def scan(shop: Path, out: Path, cache: Path, *extra: str) -> int:
    return main(["scan", str(shop), "--out", str(out), "--cache-dir", str(cache), "-q", "--format", "csv,json",
                 *extra])


def same_reports(a: Path, b: Path) -> None:
    for name in ("findings.csv", "listings.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def kill_shop(tmp_path_factory):
    """A shop large enough that a worker can be killed while it reads pictures, and its
    in-process result (the reference)."""
    root = tmp_path_factory.mktemp("killshop")
    shop = make_shop(root / "shop", 40)
    assert scan(shop, root / "ref", root / "ref-cache") == 3  # the shop has a broken and a missing picture: read in part
    return shop, root / "ref"


# ---------------------------------------------------------------------------- same results
def test_scan_on_a_local_cluster_gives_the_in_process_results(tmp_path):
    shop = make_shop(tmp_path / "shop", 12)
    assert scan(shop, tmp_path / "a", tmp_path / "cache-a") == 3  # the shop has a broken and a missing picture: read in part
    assert scan(shop, tmp_path / "b", tmp_path / "cache-b", "--cluster", "local:2") == 3  # the shop has a broken and a missing picture: read in part
    same_reports(tmp_path / "a", tmp_path / "b")
    rows = read_csv(tmp_path / "b" / "findings.csv")
    assert any(r["field"] == "image" for r in rows) and any(r["field"] == "title" for r in rows)
    errors = " ".join(r["errors"] for r in read_csv(tmp_path / "b" / "listings.csv"))
    assert "broken.png" in errors and "missing.png" in errors
    # warm cache: nothing is sent again, same results
    assert scan(shop, tmp_path / "c", tmp_path / "cache-b", "--cluster", "local:2") == 3  # the shop has a broken and a missing picture: read in part
    same_reports(tmp_path / "a", tmp_path / "c")


def test_pictures_in_the_cache_are_never_sent_and_shared_ones_once(tmp_path):
    from scanner import cluster
    from scanner.job import ScanJob

    shop = make_shop(tmp_path / "shop", 8)
    seen = []
    with cluster.session("local:2") as s:
        job = ScanJob([str(shop)], tmp_path / "out", ["csv"], [], True, None, None, {"cluster": "local:2"},
                      tmp_path / "cache", quiet=True)
        job.run()
        seen.append(dict(s.stats))
        job2 = ScanJob([str(shop)], tmp_path / "out2", ["csv"], [], True, None, None, {"cluster": "local:2"},
                       tmp_path / "cache", quiet=True)
        job2.run()
        seen.append(dict(s.stats))
    # one picture content is sent once, however many listings show it (the supplier photo is in
    # all 8; identical banners share a content hash too)
    import hashlib

    distinct = {hashlib.sha256(p.read_bytes()).hexdigest() for p in shop.parent.glob("*.png")}
    refs = sum(len(json.loads(line)["images"]) for line in shop.read_text(encoding="utf-8").splitlines())
    assert seen[0]["pictures_sent"] == len(distinct) < refs - 1
    assert seen[1]["pictures_sent"] == len(distinct)  # second scan: everything came from the OCR cache
    same_reports(tmp_path / "out", tmp_path / "out2")


def test_two_run_audit_on_a_cluster_gives_the_same_statuses(tmp_path, monkeypatch):
    def audit_twice(mode: str) -> list[set]:
        root = tmp_path / mode
        shop_a = make_shop(root / "a", 10)
        shop_b = make_shop(root / "b", 6)
        cfg = root / "shops.toml"
        cfg.write_text('[audit]\nout = "out"\n' + (f'cluster = "{mode}"\n' if mode != "inproc" else "") +
                       f'[[shop]]\nname = "a"\nsource = "{shop_a}"\n[[shop]]\nname = "b"\nsource = "{shop_b}"\n',
                       encoding="utf-8")
        monkeypatch.setenv("SCANNER_CACHE", str(root / "cache"))
        runs = []
        for n in range(2):
            if n == 1:  # run 2: a listing removed, a title cleaned, a new claim
                make_shop(root / "a", 10, drop=("L004",), renamed={"L000": "保温杯 优质的选择", "L003": "玻璃杯 第一"})
            assert main(["audit", "--config", str(cfg)]) in (0, 1, 3)
            got = set()
            for shop in ("a", "b"):
                latest = root / "out" / shop / "latest"
                got |= {(shop, r["fingerprint"], r["status"], r["note"], r["field"]) for r in
                        read_csv(latest / "findings.csv")}
            runs.append(got)
        return runs

    ref = audit_twice("inproc")
    got = audit_twice("local:2")
    assert got == ref
    statuses = {s for _shop, _fp, s, _n, _f in ref[1]}
    # the shop has a broken and a missing picture: each run is partial, yet the listings read in
    # full still confirm their fixes (in-process and on the cluster alike)
    assert {"new", "persisting", "fixed"} <= statuses


# ---------------------------------------------------------------------------- losing a worker
def test_a_worker_killed_mid_scan_is_survived(tmp_path, kill_shop, own_cluster, kill_busy_worker):
    shop, ref = kill_shop
    cl, client = own_cluster(allowed_failures=3)
    done = threading.Event()
    watcher = kill_busy_worker(client, done, "ocr_batch")
    code = scan(shop, tmp_path / "out", tmp_path / "cache", "--cluster", cl.scheduler_address)
    done.set()
    watcher.join(5)
    assert watcher.killed, "no worker was killed: the scan ended before any picture task ran"
    assert code == 3  # as in-process: the shop's broken and missing pictures make it partial
    same_reports(ref, tmp_path / "out")


def test_a_shop_whose_cluster_work_is_lost_is_failed_and_nothing_is_fixed(tmp_path, kill_shop, own_cluster,
                                                                          kill_busy_worker):
    shop, _ref = kill_shop
    folder = shop.parent
    cfg = tmp_path / "shops.toml"
    cfg.write_text(f'[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "{shop}"\ncache_dir = "c1"\n',
                   encoding="utf-8")
    assert main(["audit", "--config", str(cfg)]) in (0, 1, 3)  # run 1, in-process: every finding new
    first = {r["fingerprint"] for r in read_csv(tmp_path / "out" / "s" / "latest" / "findings.csv")}
    # run 2 on a cluster that gives up on a task whose worker died (allowed-failures 0); the
    # claims of L000 are gone and L006 was removed: exactly what must NOT be marked fixed now
    shop2 = make_shop(folder.parent / "shop2", 40, drop=("L006",), renamed={"L000": "保温杯 优质的选择"})
    cfg.write_text(f'[audit]\nout = "out"\n[[shop]]\nname = "s"\nsource = "{shop2}"\ncache_dir = "c2"\n',
                   encoding="utf-8")  # a cold OCR cache: the pictures go to the cluster
    cl, client = own_cluster(allowed_failures=0)
    done = threading.Event()
    watcher = kill_busy_worker(client, done, "ocr_batch")
    code = main(["audit", "--config", str(cfg), "--cluster", cl.scheduler_address])
    done.set()
    watcher.join(5)
    assert watcher.killed
    summary = {r["shop"]: r for r in read_csv(tmp_path / "out" / "summary.csv")}["s"]
    from scanner.history import open_history

    h = open_history(tmp_path / "out" / "history.sqlite")
    findings = h.shop_findings("s")
    runs = h.runs("s")
    h.close()
    assert {fp for fp in findings} == first
    if summary["crawl_status"] == "failed":  # the scheduler gave up: the shop failed, nothing fixed
        assert code == 3
        assert "cluster" in summary["error"] and runs[-1]["crawl_status"] == "failed"
        assert all(f["status"] != "fixed" for f in findings.values())
    else:  # the killed worker had just finished its task: the run completed, statuses are true
        assert summary["crawl_status"] == "complete"
        assert any(f["status"] == "fixed" for f in findings.values())


# ---------------------------------------------------------------------------- setup
def test_unreachable_scheduler_and_bad_addresses_are_configuration_errors(tmp_path, capsys):
    shop = make_shop(tmp_path / "shop", 1)
    assert scan(shop, tmp_path / "o", tmp_path / "c", "--cluster", "tcp://127.0.0.1:1", "--no-ocr") == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
    assert scan(shop, tmp_path / "o", tmp_path / "c", "--cluster", "big") == 2
    assert "local:N" in capsys.readouterr().err


def test_dask_and_psycopg_are_imported_only_when_asked_for():
    code = ("import sys, scanner.cli, scanner.audit, scanner.history, scanner.job, scanner.pipeline; "
            "bad = [m for m in ('dask', 'distributed', 'psycopg') if m in sys.modules]; print(bad)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       cwd=Path(__file__).resolve().parent.parent)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"


def test_a_scheduler_without_workers_is_a_configuration_error(tmp_path, capsys, monkeypatch):
    from distributed import LocalCluster

    from scanner import cluster

    monkeypatch.setattr(cluster, "WORKER_WAIT", 2)
    shop = make_shop(tmp_path / "shop", 1)
    with LocalCluster(n_workers=0, processes=False, protocol="tcp://", dashboard_address=None) as cl:
        capsys.readouterr()
        assert scan(shop, tmp_path / "o", tmp_path / "c", "--cluster", cl.scheduler_address, "--no-ocr") == 2
    assert "no Dask worker joined" in capsys.readouterr().err
