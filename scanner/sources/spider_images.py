"""The shop spider's picture part: listing images fetched through Scrapy (same politeness and
retries, CDNs allowed) into the content-addressed cache; problems go into the listing's `errors`.

A mixin of `spiders.ShopSpider`: it uses the spider's state (`st`), `crawler`, `cache_dir`,
`max_images`, `fetch_policy` and `_img_tasks`.
"""
from __future__ import annotations

import asyncio
from dataclasses import replace

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request

from ..models import Listing
from .crawl_middleware import describe_failure

PRIO_IMAGE = 50


class ImageFetching:
    async def _with_images(self, found: list[Listing]) -> list[Listing]:
        cap = self.max_images or None
        urls = {u for lst in found for u in lst.images[:cap] if u.startswith(("http://", "https://"))}
        for u in urls:
            if u not in self._img_tasks:
                self._img_tasks[u] = asyncio.ensure_future(self._fetch_image(u))
        if urls:
            await asyncio.wait([self._img_tasks[u] for u in urls])
        out = []
        for lst in found:
            problems = [self._img_tasks[u].result() for u in lst.images if u in self._img_tasks]
            problems = [p for p in problems if p]
            out.append(replace(lst, errors=lst.errors + tuple(problems)) if problems else lst)
        return out

    async def _fetch_image(self, url: str) -> str:
        """Download one image into the cache. Returns '' or the problem, for the listing's errors."""
        from . import imagecache

        try:
            if imagecache.cached_file(url, self.cache_dir) is not None:
                return ""
            req = Request(url, priority=PRIO_IMAGE, dont_filter=True,
                          meta={"allow_offsite": True, "kind": "image",
                                "download_maxsize": min(imagecache.MAX_IMAGE_BYTES, self.fetch_policy.max_bytes),
                                "download_timeout": self.fetch_policy.timeout})
            try:
                resp = await self.crawler.engine.download_async(req)
            except IgnoreRequest as e:
                why = str(e).removeprefix("policy:").strip() if str(e).startswith("policy:") else (
                    "robots.txt disallows it" if "robots" in str(e).lower() else str(e))
                self.st["image_errors"] += 1
                return f"image {url}: not downloaded ({why})"
            except Exception as e:  # noqa: BLE001 - network errors after retries
                self.st["image_errors"] += 1
                msg = str(e)
                if "max size" in msg.lower() or "maxsize" in msg.lower() or "larger than download" in msg.lower():
                    return f"image {url}: larger than {imagecache.MAX_IMAGE_BYTES // (1024 * 1024)} MB"
                return f"image {url}: {describe_failure(_F(e), url)[0]}"
            if resp.status >= 400:
                self.st["image_errors"] += 1
                return f"image {url}: HTTP {resp.status}"
            ctype = resp.headers.get("Content-Type", b"").decode("latin-1")
            problem = imagecache.check_image_bytes(resp.body, ctype)
            if problem:
                self.st["image_errors"] += 1
                return f"image {url}: {problem}"
            imagecache.store_bytes(url, resp.body, self.cache_dir, ctype)
            self.st["images"] += 1
            return ""
        except Exception as e:  # noqa: BLE001 - never lose the listing over an image
            self.st["image_errors"] += 1
            return f"image {url}: {e}"


class _F:
    """A minimal stand-in for a twisted Failure (describe_failure needs `.value`)."""

    def __init__(self, value):
        self.value = value
