"""Thin Scrapy spider: detect the shop's platform, fetch, hand bodies to the page objects.

Order of detection (one round trip each, stopped at the first that yields products):
1. Shopify storefront `/products.json?limit=250&page=N` (until an empty page);
2. WooCommerce Store API `/wp-json/wc/store/v1/products?per_page=100&page=N` (`X-WP-TotalPages`);
3. pages: robots.txt `Sitemap:` lines (or `/sitemap.xml`, sitemap indexes followed) and the
   start page, following pagination (`rel=next`, `?page=N`) and product links to pages carrying
   schema.org `Product` (JSON-LD, microdata) or OpenGraph product data.

Politeness lives in the settings (`crawl_worker.settings_for`): robots.txt, AutoThrottle, delay,
retries with backoff; here: robots.txt `Crawl-delay` (when no delay was given), one host only
(also for redirects), a page budget, a hop limit for links that are neither products nor
pagination, and "follow next only while the pages change" (a `?page=N` repeating its last page).
Listing images are fetched through Scrapy too (same politeness and retries, CDNs allowed) into
the content-addressed cache before the listing is handed on, problems noted in its `errors`.
The robots.txt/sitemap part lives in `spider_sitemaps`, the picture part in `spider_images`.
No detection happens here: the spider yields `{"listing": {...}}` items and nothing else.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, AsyncIterator
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse

from ..hygiene import clip, short_ref
from ..models import Listing
from . import pages, platform_json
from .crawl_middleware import CheckedResolver, describe_failure, host_key
from .spider_images import ImageFetching
from .spider_sitemaps import MAX_HOPS, PRIO_PRODUCT, PRIO_SITEMAP, SitemapReading

SHOPIFY_PAGE = 250
WOO_PAGE = 100
PRIO_NEXT, PRIO_API = 20, 20


class ShopSpider(SitemapReading, ImageFetching, scrapy.Spider):
    name = "shop"

    def __init__(self, start_url: str, max_pages: int = 20000, download_images: bool = False,
                 cache_dir: str | None = None, replayed: list[tuple[str, str]] | None = None,
                 crawl_delay: float | None = None, fetch: dict | None = None, max_images: int = 0, **kw: Any):
        super().__init__(**kw)
        from .fetchpolicy import FetchPolicy

        self.fetch_policy = FetchPolicy.from_dict(fetch).with_shop(start_url)
        CheckedResolver.policy = self.fetch_policy
        self.max_images = int(max_images or 0)  # pictures fetched per listing (0: no cap)
        self.user_delay = crawl_delay  # None: the polite default, raised to robots.txt's Crawl-delay
        self.start_url = start_url
        p = urlsplit(start_url)
        self.origin = f"{p.scheme}://{p.netloc}"
        self.shop = host_key(start_url)
        self.max_pages = int(max_pages)
        self.download_images = bool(download_images and cache_dir)
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.replayed = replayed or []
        self.reporter = None  # set by the worker: callable(pages=, listings=)
        self._img_tasks: dict[str, asyncio.Future] = {}
        self.st: dict = {}

    # ------------------------------------------------------------------ state (kept in JOBDIR)
    def _init_state(self) -> None:
        st = getattr(self, "state", None)
        if st is None:
            self.state = st = {}
        st.setdefault("platform", "")
        st.setdefault("seen", set())  # url keys of pages scheduled
        st.setdefault("emitted", {})  # listing id -> url key
        st.setdefault("pages", 0)  # page responses (and failures) handled
        st.setdefault("scheduled", 0)
        st.setdefault("errors", [])
        st.setdefault("incomplete", False)
        st.setdefault("limit_skipped", 0)
        st.setdefault("offsite", 0)
        st.setdefault("robots", 0)
        st.setdefault("images", 0)
        st.setdefault("image_errors", 0)
        for lid, key in self.replayed:
            st["emitted"].setdefault(lid, key)
        self.st = st
        from scrapy import signals

        self.crawler.signals.connect(self._on_robots, signal=signals.robots_parsed)
        self.crawler.signals.connect(self._on_callback_error, signal=signals.spider_error)

    def _on_callback_error(self, failure, response, spider=None) -> None:
        """A page whose callback raised (malformed data the page objects did not expect) is a lost
        page: an error entry, and the crawl is partial — never a silently complete crawl that
        lets the next audit mark that page's listings fixed."""
        if spider is not None and spider is not self:
            return
        exc = getattr(failure, "value", failure)
        self.error(clip(f"page {short_ref(getattr(response, 'url', '?'))}: 页面未能读取（{type(exc).__name__}: {exc}）"
                        f" / page could not be read"))

    def on_site(self, url: str) -> bool:
        return host_key(url) == self.shop

    def error(self, message: str, incomplete: bool = True) -> None:
        if message not in self.st["errors"]:
            self.st["errors"].append(message)
        if incomplete:
            self.st["incomplete"] = True

    def _page_done(self) -> None:
        self.st["pages"] += 1
        if self.reporter is not None:
            self.reporter(pages=self.st["pages"], listings=len(self.st["emitted"]))

    def page_request(self, url: str, callback, *, priority: int = 0, meta: dict | None = None,
                     force: bool = False, dont_filter: bool = False) -> Request | None:
        """A request for a page of the shop, or None: off-site, already seen, or over budget."""
        if not self.on_site(url):
            self.st["offsite"] += 1
            return None
        key = pages.url_key(url)
        if key in self.st["seen"] and not force:
            return None
        if self.st["scheduled"] >= self.max_pages:
            self.st["limit_skipped"] += 1
            return None
        self.st["seen"].add(key)
        self.st["scheduled"] += 1
        return Request(url, callback=callback, errback=self.on_error, priority=priority, meta=dict(meta or {}),
                       dont_filter=dont_filter)

    # ------------------------------------------------------------------ start: platform probes
    async def start(self) -> AsyncIterator[Any]:
        self._init_state()
        if self.st["platform"]:  # a resumed crawl: the queue in JOBDIR carries on
            return
        self.st["platform"] = "probing"
        # Scrapy's robots.txt middleware fetches robots.txt before this first request; its
        # Sitemap: lines and Crawl-delay come to `_on_robots`
        req = self._probe_shopify()
        if req is not None:
            yield req

    def _probe_shopify(self):
        # probes bypass the duplicate filter (and the saved seen-requests of a resumed crawl): two
        # probes redirected to the same home page must both be answered
        return self.page_request(f"{self.origin}/products.json?limit={SHOPIFY_PAGE}&page=1", self.parse_shopify,
                                 priority=PRIO_API, meta={"kind": "probe", "n": 1}, dont_filter=True)

    def _probe_woo(self):
        return self.page_request(f"{self.origin}/wp-json/wc/store/v1/products?per_page={WOO_PAGE}&page=1",
                                 self.parse_woo, priority=PRIO_API, meta={"kind": "probe", "n": 1}, dont_filter=True)

    def _start_pages(self):
        self.st["platform"] = "pages"
        out = []
        if self.st.get("sitemaps") is None:  # robots.txt not read yet (it failed): try it ourselves
            r = self.page_request(f"{self.origin}/robots.txt", self.parse_robots, priority=PRIO_SITEMAP,
                                  meta={"kind": "optional", "dont_obey_robotstxt": True})
            out.extend([r] if r is not None else self._sitemap_requests([]))
        else:
            out.extend(self._sitemap_requests(self.st["sitemaps"]))
        r = self.page_request(self.start_url, self.parse_page, priority=PRIO_NEXT, meta={"kind": "page", "hop": 0})
        if r is not None:
            out.append(r)
        return out

    # ------------------------------------------------------------------ API shapes
    @staticmethod
    def _json(response: Response) -> Any:
        try:
            return json.loads(response.body)
        except ValueError:
            return None

    async def parse_shopify(self, response: Response):
        self._page_done()
        n = response.meta.get("n", 1)
        data = self._json(response)
        try:
            found = platform_json.shopify_listings(data, self.origin, self.start_url)
        except ValueError:
            found = None
        if response.meta.get("kind") == "probe":
            if not found:  # not Shopify, or no products to see: try the next shape
                self._probe_note("Shopify /products.json", response, data)
                if r := self._probe_woo():
                    yield r
                return
            self.st["platform"] = "shopify"
        if found is None:
            self.error(f"page {response.url}: not a products.json page")
            return
        if not found:
            return  # the empty page: all read
        new = [lst for lst in found if lst.id not in self.st["emitted"]]
        if new:  # a page of only known products means the server loops: stop there
            r = self.page_request(f"{self.origin}/products.json?limit={SHOPIFY_PAGE}&page={n + 1}",
                                  self.parse_shopify, priority=PRIO_API, meta={"kind": "api", "n": n + 1})
            if r is not None:
                yield r
        for item in await self.emit(found):
            yield item

    async def parse_woo(self, response: Response):
        self._page_done()
        n = response.meta.get("n", 1)
        data = self._json(response)
        try:
            found = platform_json.woo_listings(data, self.origin, self.start_url)
        except ValueError:
            found = None
        if response.meta.get("kind") == "probe":
            if not found:
                self._probe_note("WooCommerce /wp-json/wc/store/v1/products", response, data)
                for r in self._start_pages():
                    yield r
                return
            self.st["platform"] = "woocommerce"
            total = response.headers.get("X-WP-TotalPages")
            try:
                total = int(total.decode()) if total else None
            except ValueError:
                total = None
            self.st["woo_total"] = total
            for k in range(2, (total or 0) + 1):
                r = self.page_request(self._woo_url(k), self.parse_woo, priority=PRIO_API - k % 5,
                                      meta={"kind": "api", "n": k})
                if r is not None:
                    yield r
        if found is None:
            self.error(f"page {response.url}: not a Store API products page")
            return
        if found and self.st.get("woo_total") is None and any(x.id not in self.st["emitted"] for x in found):
            r = self.page_request(self._woo_url(n + 1), self.parse_woo, priority=PRIO_API,
                                  meta={"kind": "api", "n": n + 1, "open_end": True})
            if r is not None:
                yield r
        for item in await self.emit(found):
            yield item

    def _probe_note(self, what: str, response: Response, data) -> None:
        """What a platform probe was answered with, for the summary when nothing is found."""
        redirected = response.meta.get("redirect_urls")
        ctype = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip()
        if redirected:
            note = f"{what} redirected to {response.url}" + (" (an HTML page)" if "html" in ctype else "")
        elif data is None:
            note = f"{what} answered HTTP {response.status} with {ctype or 'no content type'}, not JSON"
        else:
            note = f"{what} answered JSON without products"
        notes = self.st.setdefault("probe_notes", [])
        if note not in notes:
            notes.append(note)

    def _woo_url(self, n: int) -> str:
        return f"{self.origin}/wp-json/wc/store/v1/products?per_page={WOO_PAGE}&page={n}"

    # ------------------------------------------------------------------ HTML pages
    async def parse_page(self, response: Response):
        self._page_done()
        if not isinstance(response, TextResponse):
            if response.meta.get("kind") == "product":
                for item in self._emit_failed(response.url, f"page {response.url}: not an HTML page"):
                    yield item
            return
        if response.url != response.request.url and not self.on_site(response.url):
            return  # (cannot happen: off-site redirects are refused before download)
        page = pages.HtmlPage(response.body, response.url, encoding=response.encoding)
        found = page.listings(self.start_url)
        links = page.links()
        hop = response.meta.get("hop", 0)
        new_links = 0
        out = []
        for u in links.products:
            r = self.page_request(u, self.parse_page, priority=PRIO_PRODUCT, meta={"kind": "product", "hop": hop})
            if r is not None:
                new_links += 1
                out.append(r)
        if hop < MAX_HOPS:
            for u in links.other:
                r = self.page_request(u, self.parse_page, priority=max(0, 10 - 3 * (hop + 1)),
                                      meta={"kind": "page", "hop": hop + 1})
                if r is not None:
                    new_links += 1
                    out.append(r)
        else:
            new_links += sum(1 for u in links.other if pages.url_key(u) not in self.st["seen"])
        # pagination: followed while a page shows links different from the page before it (a
        # `?page=N` that repeats the last page forever stops there; a loop back to page 1 is a
        # page already seen); the page budget stops the rest (an endless calendar).
        sig = _signature(links.products + links.other)
        if sig != response.meta.get("prev_sig"):
            for u in links.next_pages:
                r = self.page_request(u, self.parse_page, priority=PRIO_NEXT,
                                      meta={"kind": "page", "hop": hop, "prev_sig": sig})
                if r is not None:
                    out.append(r)
        for r in out:
            yield r
        if not found and response.meta.get("kind") == "product" and pages.looks_like_product_url(response.url):
            # a product-looking page without product data: not counted as a listing, just noted
            self.st.setdefault("no_product_data", 0)
            self.st["no_product_data"] += 1
        for item in await self.emit(found):
            yield item

    # ------------------------------------------------------------------ failures
    def on_error(self, failure):
        request = failure.request
        kind = request.meta.get("kind", "page")
        exc = failure.value
        if isinstance(exc, IgnoreRequest) and not getattr(exc, "response", None):
            text = str(exc)
            if text.startswith("policy:"):
                origin = (request.meta.get("redirect_urls") or [request.url])[0]
                why = text.removeprefix("policy:").strip()
                if kind == "product":
                    return self._emit_failed(origin, clip(f"page {origin}: {why}"))
                if kind not in ("probe", "optional"):
                    self.error(clip(f"page {origin}: {why}"))
                if kind == "probe":
                    return self._after_probe(request)
                return None
            if "robots.txt" in text.lower():
                self.st["robots"] += 1
            elif text.startswith("off-site"):
                self.st["offsite"] += 1
                target = text.partition(":")[2].strip()
                origin = (request.meta.get("redirect_urls") or [request.url])[0]
                if kind == "product":
                    return self._emit_failed(origin, f"page {origin} redirects off the shop (to {target}); "
                                                     f"not followed")
                if origin == self.start_url:
                    self.error(f"{origin} redirects to another host ({target}); not followed")
            else:
                self.error(f"page {request.url}: {text}")
            if kind == "probe":
                return self._after_probe(request)
            return None
        self._page_done()
        msg, status = describe_failure(failure)
        attempts = request.meta.get("retry_times", 0) + 1
        if kind == "probe":  # not this platform: the next one
            if status == 429 or (status or 0) >= 500 or status is None:
                # rate limited, a server error or no answer: the platform is unknown, not absent —
                # the page crawl that follows may name the same listings differently
                self.error(f"platform probe {request.url} failed: {what_probe(msg, attempts)}; 平台未能确定，"
                           f"本次视为不完整，请稍后重试 / platform not determined: read in part, run again later")
            else:
                self.st.setdefault("probe_notes", []).append(f"{request.url.split('?')[0]} answered {msg}")
            return self._after_probe(request)
        if kind == "optional" or (kind == "api" and request.meta.get("open_end") and status in (400, 404)):
            return None
        what = f"{msg} after {attempts} attempts" if attempts > 1 else msg
        if kind == "product":
            return self._emit_failed(request.url, f"page {request.url} failed: {what}")
        self.error(f"page {request.url} failed: {what}")
        return None

    def _after_probe(self, request: Request):
        """The next step of platform detection after `request` failed."""
        if "products.json" in request.url:
            r = self._probe_woo()
            return [r] if r is not None else []
        return self._start_pages()

    def _emit_failed(self, url: str, message: str) -> list[dict]:
        self.error(message)
        return [{"listing": listing_to_dict(lst)} for lst in self._dedupe([self._failed_listing(url, message)])]

    def _failed_listing(self, url: str, message: str) -> Listing:
        return Listing(id=pages.slug_id(url), title="", url=url, source=self.start_url, errors=(message,))

    # ------------------------------------------------------------------ listings out (with images)
    async def emit(self, found: list[Listing]) -> list[dict]:
        for lst in found:  # a product the page object could not read: the crawl is partial
            for e in lst.errors:
                if platform_json.MALFORMED in e:
                    self.error(e)
        from .textfile import finish

        fresh = [finish(lst) for lst in self._dedupe(found)]  # fields and picture references bounded
        if self.download_images:
            fresh = await self._with_images(fresh)
        return [{"listing": listing_to_dict(lst)} for lst in fresh]

    def _dedupe(self, found: list[Listing]) -> list[Listing]:
        fresh = []
        for lst in found:
            key = pages.url_key(lst.url) if lst.url else ""
            prev = self.st["emitted"].get(lst.id)
            if prev is not None:
                if prev == key or not key:
                    continue  # the same listing met again
                alt = f"{lst.id}~{pages.slug_id(lst.url)}"
                if alt in self.st["emitted"]:
                    continue
                lst = replace(lst, id=alt)  # two pages share one sku: both kept
            self.st["emitted"][lst.id] = key
            fresh.append(lst)
        return fresh

    def closed(self, reason: str) -> None:  # noqa: ARG002
        for t in self._img_tasks.values():
            if not t.done():
                t.cancel()


def what_probe(msg: str, attempts: int) -> str:
    return f"{msg} after {attempts} attempts" if attempts > 1 else msg


def _signature(urls: list[str]) -> str:
    import hashlib

    return hashlib.sha1("\n".join(sorted(urls)).encode()).hexdigest()[:12] if urls else ""


def listing_to_dict(lst: Listing) -> dict:
    d = asdict(lst)
    d["images"] = list(lst.images)
    d["attributes"] = [list(a) for a in lst.attributes]
    d["errors"] = list(lst.errors)
    return d


def listing_from_dict(d: dict) -> Listing:
    return Listing(
        id=str(d.get("id", "")), title=d.get("title", ""), description=d.get("description", ""),
        images=tuple(d.get("images") or ()), url=d.get("url", ""), brand=d.get("brand", ""),
        category=d.get("category", ""), price=d.get("price", ""),
        attributes=tuple((str(a[0]), str(a[1])) for a in d.get("attributes") or () if len(a) == 2),
        source=d.get("source", ""), errors=tuple(d.get("errors") or ()),
    )
