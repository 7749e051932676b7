"""Crawl robustness on real local servers: page budget, resume (JOBDIR), timeouts, robots.txt,
unreachable shops, a quiet terminal, politeness settings."""
from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shops"))
from shopserver import ShopServer  # noqa: E402

from scanner.sources import SourceError, SourceOptions, open_source  # noqa: E402
from scanner.sources.crawl import CrawlSource  # noqa: E402
from scanner.sources.crawl_worker import settings_for  # noqa: E402


def test_endless_calendar_stops_at_the_page_budget(tmp_path):
    with ShopServer("calendar", 5) as shop:  # /events?month=N, rel=next forever
        src = open_source(shop.url, SourceOptions(crawl_delay=0, cache_dir=tmp_path, max_pages=30))
        items = {i.id: i for i in src}
        assert set(items) == shop.expected_ids()  # products come first (priority), every one arrives
        assert not src.complete
        assert any("page limit (30 pages)" in e for e in src.errors)
        assert src.stats["pages"] <= 30
        assert shop.count("/events") < 30


def test_interrupted_crawl_resumes(tmp_path):
    with ShopServer("sitemap", 60, faults=False, slow=0.1) as shop:
        opts = SourceOptions(crawl_delay=0, cache_dir=tmp_path)
        first = CrawlSource(shop.url, opts)
        seen = []
        for lst in first:  # the caller stops early (like Ctrl-C): the crawl saves its state
            seen.append(lst.id)
            if len(seen) == 10:
                break
        assert not first.complete and "resume" in first.errors[0]
        fetched_first = shop.count("/products/sku-")
        assert fetched_first < 60
        job = next((tmp_path / "crawl").iterdir())
        assert (job / "job").is_dir() and (job / "listings.jsonl").is_file()

        second = CrawlSource(shop.url, opts)
        ids = [i.id for i in second]
        assert sorted(ids) == sorted(shop.expected_ids())  # everything, each once
        assert second.complete and second.errors == []
        assert second.stats["resumed_listings"] >= 10
        assert shop.count("/products/sku-") == 60  # no product page fetched twice
        assert not (job / "job").exists()  # a finished crawl leaves no state behind

        third = CrawlSource(shop.url, opts)  # and the next scan starts afresh
        assert sorted(i.id for i in third) == sorted(shop.expected_ids())
        assert third.stats["resumed_listings"] == 0


def test_timeouts_are_retried_then_reported(tmp_path):
    with ShopServer("jsonld", 8, faults=False, hang_once=(2,), hang_always=(6,), hang_seconds=2.5) as shop:
        opts = SourceOptions(crawl_delay=0, cache_dir=tmp_path, download_images=False)
        opts.timeout = 0.7
        src = CrawlSource(shop.url, opts)
        items = {i.id: i for i in src}
        assert not items["SKU-002"].errors  # timed out once, then fine
        failed = items["sku-006"]  # the page never answered: kept under its URL's slug
        assert failed.url == f"{shop.origin}/product/sku-006/"
        assert "timed out after 3 attempts" in failed.errors[0]
        assert set(items) == (shop.expected_ids() - {"SKU-006"}) | {"sku-006"}
        assert not src.complete


def test_slow_consumer_does_not_stall_the_crawl(tmp_path):
    """The scan may take its time over each listing (OCR): the crawl must not wait for it."""
    import time

    with ShopServer("sitemap", 40, faults=False, images=False, padding=12000) as shop:
        opts = SourceOptions(crawl_delay=0, cache_dir=tmp_path)
        opts.timeout = 1.0
        src = CrawlSource(shop.url, opts)
        items = []
        for lst in src:  # ~500 KB of listings, more than a pipe holds, read slowly
            items.append(lst)
            time.sleep(0.04)
        assert len(items) == 40 and src.complete and not any(i.errors for i in items)
        assert len(items[0].description) > 12000


def test_robots_txt_disallowing_everything(tmp_path):
    with ShopServer("shopify", 5, robots="User-agent: *\nDisallow: /\n") as shop:
        src = open_source(shop.url, SourceOptions(crawl_delay=0, cache_dir=tmp_path))
        assert list(src) == []
        assert not src.complete and "no listings found" in src.errors[-1]
        assert {p for _, p in shop.hits} == {"/robots.txt"}


def test_robots_txt_for_our_user_agent_only(tmp_path):
    robots = "User-agent: listing-scanner\nDisallow: /products.json\n\nUser-agent: *\nAllow: /\n"
    with ShopServer("jsonld", 3, faults=False, robots=robots) as shop:  # served as pages too
        src = open_source(shop.url, SourceOptions(crawl_delay=0, cache_dir=tmp_path))
        assert {i.id for i in src} == shop.expected_ids()
        assert shop.count("/products.json") == 0


def test_unreachable_shop_is_a_clear_source_error():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(SourceError) as e:
        open_source(f"http://127.0.0.1:{port}/", SourceOptions(crawl_delay=0))
    assert "connection refused" in str(e.value)
    with pytest.raises(SourceError):
        CrawlSource("http:///nohost", SourceOptions())


def test_nothing_printed_to_the_terminal(tmp_path, capfd):
    with ShopServer("microdata", 12) as shop:
        src = open_source(shop.url, SourceOptions(crawl_delay=0, cache_dir=tmp_path))
        assert len(list(src)) == 12
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # Scrapy's log went to the crawl log in the cache folder
    log = next((tmp_path / "crawl").iterdir()) / "crawl.log"
    assert "Spider closed (finished)" in log.read_text(encoding="utf-8")


def test_crawl_without_cache_dir(capfd):
    with ShopServer("woo", 12) as shop:
        src = open_source(shop.url, SourceOptions(crawl_delay=0, cache_dir=None))
        items = list(src)
        assert len(items) == 12 and src.complete
        assert all(not i.errors for i in items)  # no cache folder: images are left to the image stage
        assert shop.count("/img/") == 0
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_politeness_settings():
    polite = settings_for({"crawl_delay": None})
    assert polite["DOWNLOAD_DELAY"] == 1.0 and polite["AUTOTHROTTLE_ENABLED"] is True
    assert polite["ROBOTSTXT_OBEY"] is True and polite["CONCURRENT_REQUESTS_PER_DOMAIN"] <= 2
    assert 429 in polite["RETRY_HTTP_CODES"] and 503 in polite["RETRY_HTTP_CODES"]
    local = settings_for({"crawl_delay": 0})
    assert local["DOWNLOAD_DELAY"] == 0 and local["AUTOTHROTTLE_ENABLED"] is False
    slow = settings_for({"crawl_delay": 5, "jobdir": "/tmp/x"})
    assert slow["DOWNLOAD_DELAY"] == 5 and slow["AUTOTHROTTLE_START_DELAY"] == 5 and slow["JOBDIR"] == "/tmp/x"
    assert slow["LOG_LEVEL"] in ("INFO", "ERROR") and slow["TELNETCONSOLE_ENABLED"] is False


def test_polite_default_delay_and_robots_crawl_delay(tmp_path):
    robots = "User-agent: *\nCrawl-delay: 1.5\nDisallow: /private/\n"
    with ShopServer("shopify", 3, faults=False, images=False, robots=robots) as shop:
        src = open_source(shop.url, SourceOptions(crawl_delay=None, cache_dir=tmp_path))  # the polite default
        assert len(list(src)) == 3
        assert src.stats["robots_crawl_delay"] == 1.5
        api = [t for t, p in shop.times if p.startswith("/products.json")]
        assert len(api) == 2 and api[1] - api[0] >= 0.75  # 1.5 s, less Scrapy's ±50 % jitter at worst
        before = len(shop.times)
        fast = open_source(shop.url, SourceOptions(crawl_delay=0, cache_dir=tmp_path))  # explicit: wins
        assert len(list(fast)) == 3 and "robots_crawl_delay" not in fast.stats
        api = [t for t, p in shop.times[before:] if p.startswith("/products.json")]
        assert len(api) == 2 and api[1] - api[0] < 0.5
