"""One scan job: sources → listings → engine → writers, resolved from flags and configuration.
Used by `scanner scan` and by every shop of `scanner audit` (so the audit does not import the CLI)."""
from __future__ import annotations

import csv
import time
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Iterator, Optional

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import __version__
from . import config as schema
from .brands import brand_db_hash
from .compiled import default_cache_dir, files_hash
from .config import config_hash
from .engine import ScanContext
from .errors import ScannerError
from .i18n import t
from .lexicon import lexicon_dir
from .models import SEVERITY_RANK, RunInfo
from .pipeline import ScanOptions, scan_rendered, scan_stream
from .reports import Summary
from .writers import make_writers
from .sources import SourceOptions, open_source

err = Console(stderr=True)


class Interrupted(ScannerError):
    """Ctrl-C during a scan: the reports of what was scanned were written; exit 130."""

    exit_code = 130


def known_total(source) -> int | None:
    """How many listings a source holds when that is knowable cheaply (pictures, JSONL lines)."""
    n = getattr(source, "total", None)
    if isinstance(n, int):
        return n
    kind = getattr(source, "format", "")
    if kind not in ("jsonl", "csv"):
        return None  # crawls, platform exports (several rows per product), workbooks: unknown
    try:
        path = Path(source.path)
        if path.stat().st_size > 512 * 1024 * 1024:
            return None
        if kind == "jsonl":
            with open(path, "rb") as f:
                return sum(1 for line in f if line.strip())
        with open(path, encoding=source.encoding, errors="replace", newline="") as f:
            return max(0, sum(1 for _ in csv.reader(f, delimiter=source.delimiter)) - 1)
    except (OSError, csv.Error):
        return None


def parse_formats(value) -> list[str]:
    return schema.formats(value, "--format")


def check_fail_on(value: Optional[str]) -> Optional[str]:
    return schema.choice("high", "medium", "low")(value, "--fail-on")


class ScanJob:
    """Everything one `scan` needs, resolved from flags + config. Reused by `audit`."""

    def __init__(self, sources: list[str], out_dir: Path, formats: list[str], own_brands: list[str],
                 ocr: bool, crawl_delay: Optional[float], fail_on: Optional[str], cfg: dict,
                 cache_dir: Optional[Path] = None, workers: int = 0, quiet: bool = False,
                 ocr_engine: str = "", images_root: Optional[Path] = None):
        self.sources = sources
        self.out_dir = out_dir
        self.formats = formats
        self.own_brands = own_brands
        self.ocr = ocr
        self.crawl_delay = crawl_delay
        self.fail_on = fail_on
        self.cfg = cfg
        self.cache_dir = cache_dir or Path(cfg.get("cache_dir") or default_cache_dir())
        self.workers = workers or int(cfg.get("workers", 0) or 0)
        self.cluster = str(cfg.get("cluster") or "")  # Dask (scanner/cluster.py); "" in-process
        self.quiet = quiet
        self.lang = str(cfg.get("lang") or "zh")
        self.ocr_engine = ocr_engine or str(cfg.get("ocr_engine") or schema.DEFAULT_OCR_ENGINE)
        root = schema.folder(True)(str(images_root), "--images-root") if images_root else cfg.get("images_root")
        self.images_root = Path(root).expanduser().resolve() if root else None
        from .sources.fetchpolicy import FetchPolicy
        from .sources.imagecache import DEFAULT_MAX_IMAGES

        self.fetch = FetchPolicy(allow_private=bool(cfg.get("allow_private", False)),
                                 timeout=float(cfg.get("fetch_timeout", 30)),
                                 max_bytes=int(float(cfg.get("max_download_mb", 20)) * 1024 * 1024))
        self.max_images = int(cfg.get("max_images", DEFAULT_MAX_IMAGES))
        self.ignore_robots = bool(cfg.get("ignore_robots", False))
        min_conf = float(cfg.get("min_confidence", 0.5))
        self.context = ScanContext(
            own_brands=tuple(own_brands),
            shop_domains=tuple(cfg.get("shop_domains", []) or []),
            min_confidence=min_conf,
            allow_terms=tuple(cfg.get("allow", []) or []),
        )

    def settings(self) -> dict:
        return {"formats": self.formats, "own_brands": self.own_brands, "ocr": self.ocr,
                "ocr_engine": self.ocr_engine if self.ocr else "",
                "crawl_delay": self.crawl_delay, "fail_on": self.fail_on,
                "shop_domains": list(self.context.shop_domains), "min_confidence": self.context.min_confidence,
                "allow": list(self.context.allow_terms), "images_root": str(self.images_root or ""),
                **{k: self.cfg[k] for k in ("allow_private", "ignore_robots", "fetch_timeout", "max_download_mb",
                                            "max_images") if k in self.cfg}}

    def source_options(self, progress=None) -> SourceOptions:
        """How this job's sources are read (an audit also plans its shops' cluster crawls with it)."""
        return SourceOptions(crawl_delay=self.crawl_delay, cache_dir=self.cache_dir, progress=progress,
                             download_images=self.ocr, fetch=self.fetch, max_images=self.max_images,
                             ignore_robots=self.ignore_robots, cluster=self.cluster)

    def run(self, finding_extra=None, extra_columns=None, html_top: str = "",
            on_result=None, at_finish=None, on_crawl_progress=None) -> tuple[RunInfo, dict, int]:
        if self.cluster:  # one cluster for the command: an audit has opened it already for all shops
            from .cluster import session

            with session(self.cluster):
                return self._run(finding_extra, extra_columns, html_top, on_result, at_finish, on_crawl_progress)
        return self._run(finding_extra, extra_columns, html_top, on_result, at_finish, on_crawl_progress)

    def _run(self, finding_extra=None, extra_columns=None, html_top: str = "",
             on_result=None, at_finish=None, on_crawl_progress=None) -> tuple[RunInfo, dict, int]:
        """Scan every source into the output folder. Returns (run info, summary, exit code).
        `at_finish(run) -> (rows, html_top)` runs after the scan, before the writers finish: its
        finding rows are added to findings.csv / report.xlsx and its HTML shown atop report.html.
        `on_crawl_progress(pages=…, listings=…)` follows a crawl (the web page's live progress)."""
        started = datetime.now(timezone.utc)
        t0 = time.time()
        progress = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TextColumn("{task.fields[info]}"), TimeElapsedColumn(),
                            console=err, transient=True, disable=self.quiet or not err.is_terminal)
        crawl_task = None

        def on_crawl(event: str, pages: int = 0, listings: int = 0, **_):
            nonlocal crawl_task
            if crawl_task is None:
                crawl_task = progress.add_task(t("cli.crawling", self.lang), total=None, info="")
            progress.update(crawl_task, completed=pages, info=f"{pages} pages, {listings} listings found")
            if on_crawl_progress is not None:
                on_crawl_progress(pages=pages, listings=listings)

        opened = []
        for s in self.sources:
            opened.append(open_source(s, self.source_options(on_crawl)))
        writers = make_writers(self.out_dir, self.formats, self.cache_dir, finding_extra, extra_columns, html_top,
                               self.images_root, lang=self.lang)
        summary = Summary()
        worst = 0
        options = ScanOptions(context=self.context, ocr=self.ocr, ocr_engine=self.ocr_engine,
                              cache_dir=str(self.cache_dir), workers=self.workers, prerender="csv" in self.formats,
                              images_root=str(self.images_root or ""), fetch=self.fetch,
                              max_images=self.max_images, cluster=self.cluster)
        cluster_task = None

        def on_cluster(c: dict) -> None:  # progress of the work sent to the cluster
            nonlocal cluster_task
            if cluster_task is None:
                cluster_task = progress.add_task(f"cluster {self.cluster}", total=None, info="")
            progress.update(cluster_task, total=c["chunks"], completed=c["chunks_done"],
                            info=f"{c['workers']} workers · pictures {c['pictures_done']} read, "
                                 f"{c['cached']} cached, {c['shared']} shared")

        def listings() -> Iterator:
            for src in opened:
                yield from src

        # CSV alone, with no per-listing hook: the workers render the lines, this process appends
        rendered = (set(self.formats) == {"csv"} and on_result is None and not finding_extra
                    and not extra_columns and len(writers) == 1 and hasattr(writers[0], "add_chunk")
                    and not self.cluster)
        totals = [known_total(s) for s in opened] if not progress.disable else [None]
        total = sum(totals) if all(n is not None for n in totals) else None  # None: unknowable (crawls)
        interrupted = False
        with progress:
            task = progress.add_task(t("cli.scanning", self.lang), total=total, info="")
            try:
                if rendered:
                    # files whose records a worker can read itself are passed on unread
                    raw = all(hasattr(s, "raw") for s in opened)
                    items = (r for i, s in enumerate(opened) for r in s.raw(i)) if raw else listings()
                    for chunk in scan_rendered(items, options):
                        for i, error in chunk.reads:
                            opened[i].account(error)
                        summary.merge(chunk.summary)
                        writers[0].add_chunk(chunk)
                        worst = max(worst, chunk.worst)
                        progress.update(task, advance=chunk.listings, info=t("cli.to_fix", self.lang, n=summary.flagged))
                executor = None
                if self.cluster:
                    from .cluster import scan_stream as cluster_stream  # dask is imported only on this path

                    executor = partial(cluster_stream, progress=on_cluster)
                for r in () if rendered else scan_stream(listings(), options, executor):
                    if on_result is not None:
                        on_result(r)  # may fill finding_extra (audit status) before the writers see r
                    summary.add(r)
                    for w in writers:
                        w.add(r)
                    for f in r.findings:
                        worst = max(worst, SEVERITY_RANK[f.severity])
                    progress.update(task, advance=1, info=t("cli.to_fix", self.lang, n=summary.flagged))
            except KeyboardInterrupt:  # reports of what was scanned are still written, marked partial
                interrupted = True
        # a listing read only in part (a picture or page that could not be read) makes the run partial
        complete = all(s.complete for s in opened) and not summary.with_errors and not interrupted
        source_errors = [e for s in opened for e in s.errors]
        if interrupted:
            source_errors.append(f"interrupted after {summary.listings} listings")
        crawl = {}
        for s in opened:
            crawl.update(s.stats)
        run = RunInfo(
            started=started.isoformat(timespec="seconds"),
            finished=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            seconds=round(time.time() - t0, 3),
            sources=tuple(self.sources),
            lexicon_hash=files_hash(lexicon_dir()),
            brand_db_hash=brand_db_hash(),
            config_hash=config_hash(self.settings()),
            own_brands=tuple(self.own_brands),
            ocr=self.ocr,
            complete=complete,
            source_errors=tuple(source_errors),
            crawl=crawl,
            version=__version__,
        )
        sd = summary.as_dict()
        if at_finish is not None:
            rows, top = at_finish(run)
            for w in writers:
                if rows and hasattr(w, "add_rows"):
                    w.add_rows(rows)
                if top and hasattr(w, "top"):
                    w.top = top
        for w in writers:
            w.finish(run, sd)
        if interrupted:
            what = t("cli.interrupted_scan", self.lang, done=summary.listings)
            resume = t("cli.resume_crawl", self.lang) if any(str(x).startswith(("http://", "https://"))
                                                             for x in self.sources) else ""
            raise Interrupted(t("cli.interrupted", self.lang, what=what, resume=resume))
        code = 0
        if not complete:
            code = 3
        if self.fail_on and worst >= SEVERITY_RANK[self.fail_on]:
            code = 1
        return run, sd, code
