"""`python -m scanner.sources.crawl_worker CONFIG_JSON` — one Scrapy crawl in its own process.

A Twisted reactor can start only once per process, so every crawl runs here, started by
`sources.crawl.CrawlSource`. The worker writes one JSON message per line on its stdout:

    {"type": "listing", "listing": {...Listing fields...}}
    {"type": "progress", "pages": 12, "listings": 40}
    {"type": "done", "complete": true, "errors": [...], "stats": {...}}

Everything else the process prints (Scrapy's log, warnings, tracebacks) goes to the log file
named in the config, never to the user's terminal.

Resumable crawls: with a `job_root` folder the crawl runs with Scrapy's JOBDIR under it and
keeps the listings found so far in `listings.jsonl`; an interrupted crawl (Ctrl-C, the parent
stopping early) is continued by the next run of the same scan, which first replays what was
already found. A crawl that finishes removes its job folder.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import sys
import time
from pathlib import Path

DEFAULT_DELAY = 1.0  # seconds between requests to one host when no --crawl-delay is given


def settings_for(cfg: dict) -> dict:
    delay = cfg.get("crawl_delay")
    delay = DEFAULT_DELAY if delay is None else max(0.0, float(delay))
    polite = delay > 0
    s = {
        "BOT_NAME": "listing-scanner",
        "USER_AGENT": "listing-scanner/0.1 (+seller self-check; obeys robots.txt)",
        "ROBOTSTXT_OBEY": not cfg.get("ignore_robots"),
        "TELNETCONSOLE_ENABLED": False,
        "LOG_ENABLED": True,
        "LOG_LEVEL": cfg.get("log_level", "INFO"),
        "LOG_STDOUT": False,
        "EXTENSIONS": {  # no telnet/HTTP control ports, no memory watchdog mails
            "scrapy.extensions.memusage.MemoryUsage": None,
            "scrapy.extensions.remote_control.RemoteControl": None,
        },
        # politeness: a fixed minimum delay, AutoThrottle adapting above it to the server's latency
        "DOWNLOAD_DELAY": delay,
        "DOWNLOAD_DELAY_JITTER": 0.5 if polite else 0.0,  # ±50 % around the delay
        "AUTOTHROTTLE_ENABLED": polite,
        "AUTOTHROTTLE_START_DELAY": max(delay, 1.0),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16 if not polite else 2,
        # robustness
        "RETRY_ENABLED": True,
        "RETRY_TIMES": int(cfg.get("retries", 2)),  # 1 + 2 attempts
        "RETRY_HTTP_CODES": [429, 500, 502, 503, 504, 520, 521, 522, 524, 408],
        "SCANNER_RETRY_BACKOFF": float(cfg.get("retry_backoff", delay)),
        "DOWNLOAD_TIMEOUT": float(cfg.get("timeout", 30)),
        "DNS_TIMEOUT": 20,
        # every resolved address checked against the fetch policy (fetchpolicy.py) at connect time
        "TWISTED_DNS_RESOLVER": "scanner.sources.crawl_middleware.CheckedResolver",
        "DNSCACHE_ENABLED": True,
        "DOWNLOAD_MAXSIZE": 64 * 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": 10,
        "DOWNLOADER_MIDDLEWARES": {
            "scanner.sources.crawl_middleware.ShopOnlyMiddleware": 60,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "scanner.sources.crawl_middleware.BackoffRetryMiddleware": 550,
        },
        "DEPTH_LIMIT": 0,  # the spider bounds the crawl itself (page budget, hop limit)
        "COOKIES_ENABLED": True,
        "HTTPCACHE_ENABLED": False,
    }
    if cfg.get("jobdir"):
        s["JOBDIR"] = cfg["jobdir"]
    return s


class Channel:
    """Line-delimited JSON to the parent, on a private copy of the original stdout."""

    def __init__(self, fd: int):
        self.f = os.fdopen(fd, "w", encoding="utf-8", buffering=1)
        self.broken = False
        self._last_progress = 0.0

    def send(self, msg: dict) -> None:
        if self.broken:
            return
        try:
            self.f.write(json.dumps(msg, ensure_ascii=False) + "\n")
        except (BrokenPipeError, OSError):
            self.broken = True  # the parent went away: stop crawling (gracefully, state kept)
            os.kill(os.getpid(), signal.SIGINT)

    def progress(self, pages: int, listings: int, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last_progress >= 0.1:
            self._last_progress = now
            self.send({"type": "progress", "pages": pages, "listings": listings})


class JobStore:
    """The listings of an unfinished crawl, kept next to its JOBDIR so a resumed crawl has them."""

    def __init__(self, root: Path | None):
        self.root = root
        self.file = None
        self._lock = None
        if root is None:
            return
        root.mkdir(parents=True, exist_ok=True)
        self._lock = open(root / "lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # the same shop is being crawled by another scan: no resume for this one
            self._lock.close()
            self._lock = None
            self.root = None

    @property
    def jobdir(self) -> str | None:
        return str(self.root / "job") if self.root else None

    def replay(self) -> list[dict]:
        """The listings of an interrupted crawl — only when its spider state is complete: a crawl
        killed hard (no `spider.state`, written on a graceful close) is discarded, not replayed
        (its saved queue and seen-requests would skip pages and probes)."""
        self.discarded = False
        if self.root is None:
            return []
        path = self.root / "listings.jsonl"
        if not (self.root / "job" / "spider.state").exists() or not path.exists():
            self.discarded = (self.root / "job").exists() or path.exists()
            self.clear()
            return []
        out = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue  # a line cut by a hard kill
        return out

    def open(self) -> None:
        if self.root is not None:
            self.file = open(self.root / "listings.jsonl", "a", encoding="utf-8")

    def add(self, listing: dict) -> None:
        if self.file is not None:
            self.file.write(json.dumps(listing, ensure_ascii=False) + "\n")
            self.file.flush()

    def clear(self) -> None:
        if self.root is None:
            return
        if self.file is not None:
            self.file.close()
            self.file = None
        shutil.rmtree(self.root / "job", ignore_errors=True)
        try:
            (self.root / "listings.jsonl").unlink()
        except FileNotFoundError:
            pass

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        if self._lock is not None:
            self._lock.close()


def run(cfg: dict, chan: Channel) -> None:
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from .spiders import ShopSpider

    from .resume import read_last_complete, resume_shortfall, write_last_complete

    started = time.monotonic()
    store = JobStore(Path(cfg["job_root"]) if cfg.get("job_root") else None)
    replayed = store.replay()
    resumed = bool(replayed)
    last = read_last_complete(store.root)
    for d in replayed:
        chan.send({"type": "listing", "listing": d})
    store.open()
    cfg = dict(cfg, jobdir=store.jobdir)

    process = CrawlerProcess(settings_for(cfg))
    crawler = process.create_crawler(ShopSpider)
    result: dict = {"reason": "not started"}
    n_listings = len(replayed)

    def on_item(item, response, spider):  # noqa: ARG001
        nonlocal n_listings
        d = item.get("listing") if isinstance(item, dict) else None
        if d is None:
            return
        n_listings += 1
        store.add(d)
        chan.send({"type": "listing", "listing": d})

    def on_opened(spider):
        spider.reporter = lambda pages, listings: chan.progress(pages, listings)

    def on_closed(spider, reason):
        result["reason"] = reason
        result["state"] = {k: v for k, v in getattr(spider, "st", {}).items() if k not in ("seen", "emitted")}

    crawler.signals.connect(on_item, signal=signals.item_scraped)
    crawler.signals.connect(on_opened, signal=signals.spider_opened)
    crawler.signals.connect(on_closed, signal=signals.spider_closed)
    from .pages import url_key

    process.crawl(
        crawler,
        start_url=cfg["url"],
        max_pages=int(cfg.get("max_pages") or 20000),
        download_images=bool(cfg.get("download_images")),
        cache_dir=cfg.get("cache_dir"),
        replayed=[(str(d.get("id", "")), url_key(d["url"]) if d.get("url") else "") for d in replayed],
        crawl_delay=cfg.get("crawl_delay"),
        fetch=cfg.get("fetch"),
        max_images=int(cfg.get("max_images") or 0),
    )
    process.start()

    st = result.get("state") or {}
    errors = list(st.get("errors", []))
    incomplete = bool(st.get("incomplete"))
    reason = result["reason"]
    if st.get("limit_skipped"):
        errors.append(f"stopped at the page limit ({cfg.get('max_pages')} pages): {st['limit_skipped']} more "
                      f"link(s) not followed; raise the limit to read the rest")
        incomplete = True
    if reason != "finished":
        resume = "; run the same scan again to resume it" if store.root else ""
        errors.append(f"crawl interrupted ({reason}){resume}")
        incomplete = True
    elif n_listings == 0:
        errors.append(_why_nothing(cfg, st))
        incomplete = True
    platform = st.get("platform") if st.get("platform") not in ("", "probing") else "unknown"
    if resumed and reason == "finished":
        why = resume_shortfall(n_listings, platform, last.get("listings"), last.get("platform", ""))
        if why:
            errors.append(why)
            incomplete = True
    stats = {
        "platform": platform,
        "pages": st.get("pages", 0),
        "listings": n_listings,
        "errors": len(errors),
        "seconds": round(time.monotonic() - started, 2),
        "images": st.get("images", 0),
        "image_errors": st.get("image_errors", 0),
        "offsite_links_skipped": st.get("offsite", 0),
        "robots_txt_skipped": st.get("robots", 0),
        "resumed_listings": len(replayed),
        "resume_discarded": bool(getattr(store, "discarded", False)),
    }
    if st.get("probe_notes"):
        stats["probe_notes"] = list(st["probe_notes"])
    if st.get("robots_crawl_delay"):
        stats["robots_crawl_delay"] = st["robots_crawl_delay"]
    chan.progress(stats["pages"], n_listings, force=True)
    chan.send({"type": "done", "complete": not incomplete, "errors": errors, "stats": stats, "reason": reason})
    if reason == "finished":
        store.clear()
        if not incomplete:
            write_last_complete(store.root, n_listings, platform)
    store.close()


def _why_nothing(cfg: dict, st: dict) -> str:
    """What the operator is told when a crawl found no listing: the real reason, and what to do."""
    url = cfg["url"]
    if st.get("robots") and not cfg.get("ignore_robots"):
        return (f"{url} 的 robots.txt 禁止抓取（{st['robots']} 个请求被拒），未读到商品。若是您自己的店铺：改用后台导出文件"
                f"（淘宝助理 CSV、Shopify 导出等）扫描，或加 --ignore-robots（仅限自己的店铺） / no listings found: robots.txt of {url} "
                f"forbids crawling ({st['robots']} request(s) refused): nothing was read. For your own shop scan an "
                f"export file, or use --ignore-robots (only for shops you own)")
    notes = st.get("probe_notes") or []
    probes = f" The platform probes: {'; '.join(notes)}." if notes else ""
    return (f"{url} 未找到商品：不是 Shopify/WooCommerce 店铺接口，也没有找到带商品数据（schema.org Product / "
            f"OpenGraph）的页面 / no listings found at {url}: not a Shopify or WooCommerce storefront API, and no "
            f"page with schema.org Product or OpenGraph product data was reached.{probes} Scan an export file of "
            f"the shop instead, or give the address of a product list page")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    cfg = json.loads(argv[0])
    chan = Channel(os.dup(1))
    log = cfg.get("log_file") or os.devnull
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)  # whatever else prints goes to the log, not into the message stream
    os.dup2(fd, 2)
    os.close(fd)
    try:
        run(cfg, chan)
    except Exception as e:  # noqa: BLE001 - reported to the parent, traceback in the log
        import traceback

        traceback.print_exc()
        chan.send({"type": "fatal", "message": f"{type(e).__name__}: {e}"})
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
