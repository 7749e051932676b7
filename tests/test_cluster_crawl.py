"""Crawls on the cluster: shops served for real on 127.0.0.1 are crawled by a real LocalCluster's
workers (each crawl in its own subprocess there) and give the in-process findings, fingerprints
and statuses; a crawl whose worker is killed is run again, or its shop is reported failed with
nothing of it marked fixed."""
from __future__ import annotations

import csv
import os
import socket
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shops"))
from shopserver import ShopServer  # noqa: E402

from scanner.cli import main  # noqa: E402

CLAIMS = ["全网最低价", "销量第一", "顶级品质", "国家级工艺"]


class ClaimShop(ShopServer):
    """A fixture shop whose product titles carry claims; `cleaned` products lose theirs."""

    cleaned: set = set()

    def title(self, i: int) -> str:
        claim = CLAIMS[i % len(CLAIMS)] if i % 2 and i not in self.cleaned else "舒适"
        return f"测试商品 {i} {claim} 纯棉短袖T恤"


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def write_config(root: Path, shops: dict[str, str], mode: str = "") -> Path:
    cfg = root / "shops.toml"
    body = '[audit]\nout = "out"\ncrawl_delay = 0\n' + (f'cluster = "{mode}"\n' if mode else "")
    body += "".join(f'[[shop]]\nname = "{n}"\nsource = "{u}"\n' for n, u in shops.items())
    cfg.write_text(body, encoding="utf-8")
    return cfg


def statuses(root: Path, names) -> set:
    got = set()
    for shop in names:
        latest = root / "out" / shop / "latest" / "findings.csv"
        if not latest.exists():  # a failed shop has no report
            continue
        for r in read_csv(latest):
            got.add((shop, r["fingerprint"], r["status"], r["note"], r["field"], r["listing_id"]))
    return got


def summary(root: Path) -> dict:
    return {r["shop"]: (r["crawl_status"], r["listings"], r["listings_unread"], r["error"]) for r in
            read_csv(root / "out" / "summary.csv")}


def test_an_audit_of_crawled_shops_on_a_local_cluster_gives_the_in_process_results(tmp_path, monkeypatch):
    shapes = {"shopify": 12, "jsonld": 9, "sitemap": 8}
    servers = {n: ClaimShop(n, k) for n, k in shapes.items()}
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # a port nobody listens on: an unreachable shop
    for srv in servers.values():
        srv.cleaned = set()
        srv.__enter__()
    try:
        urls = {n: srv.url for n, srv in servers.items()}
        urls["gone"] = f"http://127.0.0.1:{closed.getsockname()[1]}/"

        def audit_twice(mode: str):
            root = tmp_path / (mode.replace(":", "-") or "inproc")
            root.mkdir()
            monkeypatch.setenv("SCANNER_CACHE", str(root / "cache"))
            cfg = write_config(root, urls, mode)
            runs = []
            for n in range(2):
                for srv in servers.values():  # run 2: two claims removed from every shop
                    srv.cleaned = {1, 3} if n else set()
                assert main(["audit", "--config", str(cfg)]) in (0, 1, 3)
                runs.append((statuses(root, urls), summary(root)))
            return runs

        ref = audit_twice("")
        got = audit_twice("local:2")
    finally:
        closed.close()
        for srv in servers.values():
            srv.__exit__(None, None, None)
    assert got == ref
    first, second = ref[0][0], ref[1][0]
    assert {r[2] for r in first} == {"new"} and len(first) >= 12
    assert {"fixed", "persisting"} <= {r[2] for r in second}
    # the fixture shops have a missing, a corrupt and a shared picture: read in part, as in-process
    assert {v[0] for k, v in ref[1][1].items() if k != "gone"} <= {"complete", "partial"}
    assert ref[1][1]["gone"][0] == "failed" and "cannot reach" in ref[1][1]["gone"][3]


def test_crawls_are_cluster_tasks_and_pictures_come_back_to_the_coordinator(tmp_path, monkeypatch):
    """The crawl runs on a worker; with a worker cache of its own (not the coordinator's folder)
    the pictures it downloaded are pulled to the coordinator, and the results do not change."""
    from scanner import cluster, cluster_crawl
    from scanner.job import ScanJob

    with ClaimShop("jsonld", 6) as shop:
        shop.cleaned = set()
        ref = tmp_path / "ref"
        assert main(["scan", shop.url, "--out", str(ref), "--cache-dir", str(tmp_path / "c0"), "-q",
                     "--crawl-delay", "0", "--format", "csv"]) in (1, 3)
        downloads = shop.count("/img/")
        assert downloads > 0
        with cluster.session("local:2") as s:
            # the workers' own cache is elsewhere, and the coordinator's folder is not the one they
            # see at that path (as on another machine): they crawl into their own cache
            s.client.run(lambda: os.environ.__setitem__("SCANNER_CACHE", str(tmp_path / "worker-cache")))
            job = ScanJob([shop.url], tmp_path / "out", ["csv"], [], True, 0.0, None, {"cluster": "local:2"},
                          tmp_path / "c1", quiet=True)
            monkeypatch.setattr(cluster_crawl, "cache_id", lambda d: "not-what-the-workers-see")
            job.run()
            assert s.stats["crawl_tasks"] == 1
            assert s.stats["pictures_pulled"] >= 3
        # every picture was downloaded once, by the worker's crawl: the coordinator pulled them
        assert shop.count("/img/") == 2 * downloads
    assert any((tmp_path / "worker-cache" / "images").glob("*.png"))
    assert any((tmp_path / "c1" / "images").glob("*.png"))
    for name in ("findings.csv", "listings.csv"):  # a crawl's order is the network's: compared as sets of rows
        a, b = ((d / name).read_text(encoding="utf-8-sig").splitlines() for d in (ref, tmp_path / "out"))
        assert a[0] == b[0] and sorted(a) == sorted(b), name


# ---------------------------------------------------------------------------- losing a worker


@pytest.mark.parametrize("allowed_failures", [0, 3])
def test_a_crawl_whose_worker_is_killed_is_retried_or_failed_never_fixed(tmp_path, monkeypatch, own_cluster,
                                                                         kill_busy_worker, allowed_failures):
    from scanner.history import open_history

    monkeypatch.setenv("SCANNER_CACHE", str(tmp_path / "cache"))
    with ClaimShop("jsonld", 16, slow=0.15) as shop:
        shop.cleaned = set()
        cfg = write_config(tmp_path, {"s": shop.url})
        assert main(["audit", "--config", str(cfg)]) in (0, 1, 3)  # run 1, in-process: every finding new
        first = statuses(tmp_path, ["s"])
        assert {r[2] for r in first} == {"new"}
        shop.cleaned = {1, 3}  # run 2: two claims gone — exactly what a lost crawl must NOT mark fixed
        cl, client = own_cluster(allowed_failures)
        done = threading.Event()
        watcher = kill_busy_worker(client, done, "crawl_shop", delay=0.3)  # mid-crawl: its subprocess reads the shop
        code = main(["audit", "--config", str(cfg), "--cluster", cl.scheduler_address])
        done.set()
        watcher.join(5)
    assert watcher.killed, "no worker was killed: the crawl ended before the watcher saw it"
    row = {r["shop"]: r for r in read_csv(tmp_path / "out" / "summary.csv")}["s"]
    h = open_history(tmp_path / "out" / "history.sqlite")
    findings = h.shop_findings("s")
    runs = h.runs("s")
    h.close()
    if row["crawl_status"] == "failed":
        assert allowed_failures == 0  # the scheduler gave up on the crawl
        assert code == 3 and "cluster" in row["error"] and runs[-1]["crawl_status"] == "failed"
        assert all(f["status"] != "fixed" for f in findings.values())
        assert {fp for _s, fp, *_ in first} == set(findings)
    else:  # run again on the other worker: the statuses of a complete crawl
        assert allowed_failures > 0
        got = statuses(tmp_path, ["s"])
        fixed = {r[5] for r in got if r[2] == "fixed"}
        assert fixed and {lid for lid in fixed} <= {r[5] for r in first}
        assert row["crawl_status"] in ("complete", "partial")
