"""The shop spider's robots.txt and sitemap part: sitemaps named in robots.txt (or /sitemap.xml),
sitemap indexes followed (product maps first), robots.txt `Crawl-delay` honoured.

A mixin of `spiders.ShopSpider`: it uses the spider's state (`st`), `page_request`, `on_site`,
`error` and `parse_page`.
"""
from __future__ import annotations

from scrapy.http import Request, Response, TextResponse

from . import pages

MAX_HOPS = 3  # links that are neither product nor pagination links: at most this many in a row
PRIO_PRODUCT, PRIO_SITEMAP = 30, 25


class SitemapReading:
    def _on_robots(self, robotparser, request: Request) -> None:
        """Signal `robots_parsed`: the shop's sitemaps and Crawl-delay, from Scrapy's own parse."""
        if not self.on_site(request.url):
            return
        proto = getattr(robotparser, "rp", None)  # Protego
        try:
            maps = [pages.absolute(m, self.origin + "/") for m in getattr(proto, "sitemaps", [])]
        except Exception:  # noqa: BLE001
            maps = []
        self.st["sitemaps"] = [m for m in maps if m and self.on_site(m)]
        try:
            delay = robotparser.crawl_delay(self.settings.get("USER_AGENT", ""))
        except Exception:  # noqa: BLE001 - a malformed robots.txt: the default delay stays
            delay = None
        self._robots_crawl_delay(delay)

    def parse_robots(self, response: Response):
        """robots.txt read by the spider itself (when Scrapy's fetch of it failed): sitemaps only."""
        self._page_done()
        maps = []
        if isinstance(response, TextResponse) and response.status == 200:
            for line in response.text.splitlines():
                k, _, v = line.partition(":")
                if k.strip().lower() == "sitemap" and v.strip():
                    maps.append(pages.absolute(v.strip(), response.url))
        self.st["sitemaps"] = [m for m in maps if self.on_site(m)]
        yield from self._sitemap_requests(self.st["sitemaps"])

    def _sitemap_requests(self, listed: list[str]) -> list[Request]:
        kind = "sitemap" if listed else "optional"  # /sitemap.xml is only a guess
        out = []
        for m in listed or [f"{self.origin}/sitemap.xml"]:
            r = self.page_request(m, self.parse_sitemap, priority=PRIO_SITEMAP, meta={"kind": kind})
            if r is not None:
                out.append(r)
        return out

    def _robots_crawl_delay(self, delay: float | None) -> None:
        """Honour robots.txt `Crawl-delay` (capped at 10 s) unless a delay was given explicitly."""
        if self.user_delay is not None or not delay:
            return
        delay = min(float(delay), 10.0)
        self.st["robots_crawl_delay"] = delay
        dl = self.crawler.engine.downloader
        for slot in dl.slots.values():
            slot.delay = max(slot.delay, delay)
        if hasattr(dl, "_delay"):
            dl._delay = max(dl._delay, delay)
        try:
            from scrapy.extensions.throttle import AutoThrottle

            ext = self.crawler.get_extension(AutoThrottle)
            if ext is not None and hasattr(ext, "mindelay"):
                ext.mindelay = max(ext.mindelay, delay)
        except Exception:  # noqa: BLE001
            pass

    def parse_sitemap(self, response: Response):
        from scrapy.utils.gz import gunzip, gzip_magic_number
        from scrapy.utils.sitemap import Sitemap

        self._page_done()
        body = response.body
        try:
            if gzip_magic_number(response):
                body = gunzip(body, max_size=64 * 1024 * 1024)
            sm = Sitemap(body)
        except Exception:  # noqa: BLE001 - not a sitemap (an HTML 'not found' page with 200, …)
            if response.meta.get("kind") != "optional":
                self.error(f"sitemap {response.url}: not a readable sitemap", incomplete=False)
            return
        product_map = response.meta.get("product_map", False) or "product" in response.url.lower()
        if sm.type == "sitemapindex":
            children = [e["loc"] for e in sm if e.get("loc") and self.on_site(pages.absolute(e["loc"], response.url))]
            children = [pages.absolute(c, response.url) for c in children]
            preferred = [c for c in children if "product" in c.lower()]
            for c in preferred or children:
                r = self.page_request(c, self.parse_sitemap, priority=PRIO_SITEMAP,
                                      meta={"kind": "sitemap", "product_map": "product" in c.lower()})
                if r is not None:
                    yield r
            return
        for e in sm:
            loc = pages.absolute(e.get("loc", ""), response.url)
            if not loc:
                continue
            is_product = product_map or pages.looks_like_product_url(loc)
            r = self.page_request(loc, self.parse_page, priority=PRIO_PRODUCT if is_product else 5,
                                  meta={"kind": "product" if is_product else "page", "hop": MAX_HOPS})
            if r is not None:
                yield r
