"""The audit run: every shop in turn under the lock, statuses recorded, the morning summary."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import time
import traceback
import urllib.error
import urllib.request
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from rich.markup import escape

from .. import __version__
from ..errors import UsageError
from ..history import HistoryError, LockHeld, Store, describe, open_history
from ..job import ScanJob
from ..models import SEVERITY_RANK
from ..reports import safe_cell
from .render import audit_section, new_run_dir, refresh_latest
from .settings import AuditConfig, IgnoreEntry, ShopConfig
from .status import EXTRA_COLUMNS, ShopAudit, ShopOutcome

SUMMARY_COLUMNS = ["shop", "new", "persisting", "fixed", "ignored", "high", "medium", "crawl_status",
                   "run_folder", "listings", "listings_unread", "error", "started"]
LOCK_EXIT = 3  # another audit holds the lock: nothing was audited now (see README, Audits)


class Auditor:
    def __init__(self, cfg: AuditConfig, fail_on: str | None, console):
        self.cfg = cfg
        self.fail_on = fail_on
        self.console = console

    def say(self, text: str, **kw) -> None:
        self.console.print(text, soft_wrap=True, highlight=False, **kw)

    def run(self) -> int:
        cfg = self.cfg
        try:
            history = open_history(cfg.db)
        except HistoryError as e:
            raise UsageError(str(e), key="err.history")
        try:
            with history.lock():
                return self._run_locked(history)
        except LockHeld as e:
            where = getattr(history, "lock_path", "a PostgreSQL advisory lock")
            self.say(f"[yellow]另一次审计正在使用 {escape(describe(cfg.db))}，本次不启动 / another audit using "
                     f"{escape(describe(cfg.db))} is running ({escape(str(e) or 'lock held')}); not starting. "
                     f"Lock: {escape(str(where))}[/]")
            return LOCK_EXIT
        finally:
            history.close()

    def _run_locked(self, history: Store) -> int:
        cfg = self.cfg
        from ..lexicon import load_lexicon

        load_lexicon()  # a broken lexicon is a configuration error for every shop: exit 2 now
        t0 = time.perf_counter()
        started = datetime.now().astimezone().isoformat(timespec="seconds")
        stale = history.mark_interrupted()
        if stale:
            self.say(f"[yellow]之前有 {stale} 次审计中断，已在历史中标明 / {stale} earlier run(s) had been "
                     f"interrupted; marked as such in the history[/]")
        outcomes = []
        n = len(cfg.shops)
        with self.cluster_session() as s:
            if s is not None:  # every shop's crawl planned now: shops crawl on the workers ahead of their turn
                self.plan_crawls(s)
            for i, shop in enumerate(cfg.shops, start=1):
                outcomes.append(self.audit_shop(history, shop, i, n))
        code = 0
        if any(o.fail_hit for o in outcomes):
            code = 1
        elif any(o.crawl_status != "complete" for o in outcomes):
            code = 3
        self.write_summary(outcomes)
        payload = self.payload(outcomes, started, code, time.perf_counter() - t0)
        (cfg.out / "summary.json").write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        self.print_summary(outcomes, code)
        if cfg.notify_url:
            problem = notify(cfg.notify_url, payload)
            if problem:
                self.say(f"[yellow]通知发送失败（审计本身正常）/ webhook {escape(cfg.notify_url)} failed: "
                         f"{escape(problem)} (the audit itself is fine)[/]")
            else:
                self.say(f"汇总已发送 / summary sent to {escape(cfg.notify_url)}")
        return code

    @contextmanager
    def cluster_session(self):
        """One Dask cluster for every shop of the run (none without `cluster`)."""
        if not self.cfg.cluster:
            yield None
            return
        from ..cluster import session

        with session(self.cfg.cluster) as s:
            self.say(f"集群 / cluster {escape(self.cfg.cluster)}: {s.workers()} 个工作进程 / worker(s)")
            yield s

    def plan_crawls(self, s) -> None:
        from ..cluster_crawl import plan

        crawls = []
        for shop in self.cfg.shops:
            try:  # a shop that cannot even be set up fails in its turn, with its message
                opts = self.job(shop, self.cfg.out).source_options()
            except Exception:  # noqa: BLE001
                continue
            crawls += [(src, opts) for src in shop.sources if src.startswith(("http://", "https://"))]
        plan(s, crawls)

    def job(self, shop: ShopConfig, run_dir: Path) -> ScanJob:
        return ScanJob(shop.sources, run_dir, shop.formats, shop.own_brands, shop.ocr, shop.crawl_delay, None,
                       {**shop.cfg, "cluster": self.cfg.cluster})

    def ignores_for(self, history: Store, shop: str) -> dict[str, IgnoreEntry]:
        out = {fp: IgnoreEntry(r["reason"], "db") for fp, r in history.ignores(shop).items()}
        for (s, fp), reason in self.cfg.file_ignores.items():
            if s in ("", shop) and fp not in out:
                out[fp] = IgnoreEntry(reason, "file")
        return out

    def audit_shop(self, history: Store, shop: ShopConfig, i: int, n: int) -> ShopOutcome:
        cfg = self.cfg
        now = datetime.now().astimezone()
        iso = now.isoformat(timespec="seconds")
        outcome = ShopOutcome(shop.name, iso)
        t0 = time.perf_counter()
        tag = f"\\[{i}/{n}] [bold]{escape(shop.name)}[/bold]"
        self.say(f"{tag} · 审计中 / auditing {escape(', '.join(shop.sources))}"
                 f"{'' if shop.ocr else '（不读图片 / no OCR）'} …")
        shop_dir = cfg.out / shop.name
        run_dir = None
        run_id = None
        try:
            run_dir = new_run_dir(shop_dir, now.strftime("%Y%m%d-%H%M%S"))
            outcome.run_folder = run_dir.relative_to(cfg.out).as_posix()
            run_id = history.start_run(shop.name, iso, outcome.run_folder, json.dumps(shop.sources, ensure_ascii=False))
            sa = ShopAudit(shop.name, history, iso, self.ignores_for(history, shop.name))
            fail_on = self.fail_on or shop.fail_on or cfg.fail_on
            settled: dict = {}

            def at_finish(run):
                """After the scan, before the writers finish: settle the statuses, then hand the
                fixed / not re-checked rows and the audit section to the writers."""
                sa.finish(run)
                outcome.crawl_status = "complete" if sa.complete else "partial"
                if not sa.complete:
                    outcome.error = sa.partial_why
                outcome.counts = sa.counts()
                outcome.listings = len(sa.listings)
                outcome.listings_unread = sum(1 for v in sa.listings.values() if not v[0])
                new = sorted((s for s in sa.seen.values() if s["status"] == "new"),
                             key=lambda s: (-SEVERITY_RANK[s["severity"]], s["listing_id"]))
                outcome.fail_hit = bool(fail_on) and any(
                    SEVERITY_RANK[s["severity"]] >= SEVERITY_RANK[fail_on] for s in new)
                outcome.new_findings = [{k: s[k] for k in ("fingerprint", "listing_id", "field", "severity",
                                                           "category", "matched_text", "term", "url", "title")}
                                        for s in new[:20]]
                settled.update(new=new, extra_rows=sa.unseen_rows())
                return settled["extra_rows"], audit_section(shop.name, outcome, sa, run, sa.prev_run,
                                                            outcome.run_folder)

            job = self.job(shop, run_dir)
            run, summary, _code = job.run(finding_extra=sa.extra, extra_columns=EXTRA_COLUMNS,
                                          on_result=sa.on_result, at_finish=at_finish)
            new, extra_rows, prev = settled["new"], settled["extra_rows"], sa.prev_run
            (run_dir / "audit.json").write_text(json.dumps({
                "shop": shop.name, "run_id": run_id, "run_folder": outcome.run_folder, "started": iso,
                "crawl_status": outcome.crawl_status, "partial_reason": sa.partial_why, "counts": outcome.counts,
                "listings": outcome.listings, "listings_unread": outcome.listings_unread,
                "source_errors": list(run.source_errors)[:1000],
                "previous_run": dict(prev) if prev is not None else None,
                "hashes": {"lexicon": run.lexicon_hash, "brand_db": run.brand_db_hash, "config": run.config_hash},
                "new": [dict(s) for s in new], "fixed_and_not_rechecked": extra_rows,
            }, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
            outcome.seconds = round(time.perf_counter() - t0, 3)
            sa.record(history, run_id, run, outcome.seconds, outcome.error)
            try:  # the run is recorded: housekeeping problems are warnings, not a failed shop
                refresh_latest(shop_dir, run_dir, cfg.latest)
                if cfg.keep_runs:
                    self.prune(history, shop.name, shop_dir, run_dir)
            except OSError as e:
                self.say(f"{tag} · [yellow]无法更新 latest 或清理旧记录 / could not refresh "
                         f"{escape(str(shop_dir / 'latest'))} or prune old runs: "
                         f"{escape(str(e))}[/yellow]")
        except KeyboardInterrupt:
            raise
        except Exception as e:  # one failing shop never stops the others
            outcome.crawl_status = "failed"
            from ..errors import ScannerError
            from ..i18n import error_text

            outcome.error = error_text(e) if isinstance(e, ScannerError) else str(e) if isinstance(e, OSError) \
                else f"{type(e).__name__}: {e}"  # the seller's sentence first, the detail after it
            outcome.error = " ".join(outcome.error.split())
            outcome.seconds = round(time.perf_counter() - t0, 3)
            outcome.counts = dict.fromkeys(outcome.counts, 0)
            if run_dir is not None:
                try:
                    (run_dir / "error.txt").write_text(traceback.format_exc(), encoding="utf-8")
                except OSError:
                    pass
            if run_id is not None:
                try:
                    history.fail_run(run_id, datetime.now().astimezone().isoformat(timespec="seconds"),
                                     outcome.error, outcome.seconds)
                except Exception:
                    pass
            self.say(f"{tag} · [red]失败 / failed[/red]: {escape(outcome.error)}")
            return outcome
        c = outcome.counts
        status = {"complete": "[green]完整 complete[/green]", "partial": "[yellow]部分 partial[/yellow]"}[outcome.crawl_status]
        self.say(f"{tag} · [red]新增 {c['new']} new[/red] · 仍在 {c['persisting']} persisting · "
                 f"[green]已改 {c['fixed']} fixed[/green] · 已忽略 {c['ignored']} ignored · "
                 f"待改 高 {c['high']} high / 中 {c['medium']} medium · {outcome.listings} 个商品 listings"
                 f" · {status} · {outcome.seconds:.1f}s → {escape(str(cfg.out / outcome.run_folder))}")
        return outcome

    def prune(self, history: Store, shop: str, shop_dir: Path, current: Path) -> None:
        for r in history.prune(shop, self.cfg.keep_runs):
            folder = (self.cfg.out / (r["folder"] or "")).resolve()
            if folder.parent == shop_dir.resolve() and folder != current.resolve() and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)

    # -- the morning summary
    def write_summary(self, outcomes: list[ShopOutcome]) -> None:
        path = self.cfg.out / "summary.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name("summary.csv.tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=SUMMARY_COLUMNS, lineterminator="\n")
            w.writeheader()
            for o in outcomes:
                w.writerow({k: safe_cell(v) for k, v in o.summary_row().items()})
        os.replace(tmp, path)

    def payload(self, outcomes: list[ShopOutcome], started: str, code: int, seconds: float) -> dict:
        totals = dict.fromkeys(("new", "persisting", "fixed", "ignored", "high", "medium"), 0)
        for o in outcomes:
            for k in totals:
                totals[k] += o.counts[k]
        return {
            "event": "scanner.audit", "version": __version__, "config": str(self.cfg.path), "started": started,
            "seconds": round(seconds, 3), "exit_code": code, "fail_on": self.fail_on or self.cfg.fail_on,
            "totals": {**totals, "shops": len(outcomes),
                       "shops_failed": sum(o.crawl_status == "failed" for o in outcomes),
                       "shops_partial": sum(o.crawl_status == "partial" for o in outcomes)},
            "summary_csv": str(self.cfg.out / "summary.csv"),
            "shops": [{**o.summary_row(), "new_findings": o.new_findings} for o in outcomes],
        }

    def print_summary(self, outcomes: list[ShopOutcome], code: int) -> None:
        from rich.table import Table

        t = Table(title=f"审计汇总 / Audit summary · {escape(str(self.cfg.out / 'summary.csv'))}", title_justify="left")
        for col in ("店铺 shop", "新增 new", "仍在 persisting", "已改 fixed", "忽略 ignored", "高 high", "中 medium",
                    "读取 crawl"):
            t.add_column(col, justify="left" if col in ("店铺 shop", "读取 crawl") else "right", no_wrap=True)
        for o in outcomes:
            c = o.counts
            t.add_row(escape(o.shop), str(c["new"]), str(c["persisting"]), str(c["fixed"]), str(c["ignored"]),
                      str(c["high"]), str(c["medium"]), o.crawl_status)
        # a cron log is not a terminal (80 columns): render wide enough to keep the table whole
        from rich.console import Console

        buf = Console(file=io.StringIO(), width=max(120, self.console.width), force_terminal=False,
                      color_system=None)
        buf.print(t)
        self.console.print(buf.file.getvalue().rstrip("\n"), soft_wrap=True, markup=False, highlight=False)
        for o in outcomes:
            if o.error:
                self.say(f"  {escape(o.shop)}: {o.crawl_status}: {escape(o.error)}")
        meaning = {0: "正常 / ok", 1: "有达到 fail-on 级别的新问题 / new findings at or above fail-on",
                   3: "有店铺失败或只读到一部分 / a shop failed or was read only in part"}
        self.say(f"exit {code}: {meaning.get(code, '')}")


def notify(url: str, payload: dict, timeout: float = 15.0) -> str:
    """POST the JSON summary; returns '' on success or what went wrong (never raises)."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": f"listing-scanner/{__version__} audit"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read(4096)
            if resp.status >= 300:
                return f"HTTP {resp.status}"
        return ""
    except urllib.error.HTTPError as e:
        return f"HTTP {e.code} {e.reason}"
    except urllib.error.URLError as e:
        return str(e.reason)
    except (OSError, ValueError) as e:
        return str(e) or type(e).__name__
