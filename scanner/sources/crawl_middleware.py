"""The crawl's network guards, plugged into Scrapy by `crawl_worker.settings_for`: the fetch
policy checked for every request and redirect (`ShopOnlyMiddleware`), every resolved address
checked at connect time (`CheckedResolver`), retries with backoff and `Retry-After`
(`BackoffRetryMiddleware`), and the short failure messages the listing `errors` carry."""
from __future__ import annotations

import asyncio
import email.utils
import time
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

DEFAULT_PORTS = {"http": 80, "https": 443}


def host_key(url: str) -> tuple[str, int]:
    p = urlsplit(url)
    try:
        port = p.port
    except ValueError:
        port = None
    return (p.hostname or "").lower().removeprefix("www."), port or DEFAULT_PORTS.get(p.scheme, 0)


def describe_failure(failure, url: str = "") -> tuple[str, int | None]:
    """(message, HTTP status or None) for an errback failure."""
    exc = failure.value
    req = getattr(failure, "request", None)
    url = url or (req.url if req is not None else "")
    resp = getattr(exc, "response", None)
    if resp is not None:
        return f"HTTP {resp.status}", resp.status
    name = type(exc).__name__
    msg = str(exc).strip()
    if "Timeout" in name or "timed out" in msg.lower():
        return "timed out", None
    if "ConnectionRefused" in name:
        return "connection refused", None
    if "DNSLookup" in name:
        host = urlsplit(url).hostname or ""
        ip = CheckedResolver.refused.get(host)
        if ip:
            return (f"地址 {host} -> {ip} 属于本机/内网，未下载（只有扫描自己内网店铺时才用 --allow-private） / "
                    f"private or local address, not fetched"), None
        return "host name not found", None
    return (f"{name}: {msg}" if msg else name)[:200], None


class ShopOnlyMiddleware:
    """Downloader middleware: the fetch policy (`fetchpolicy`) for every request the crawl makes —
    pages, pictures, robots.txt — checked again for the target of every redirect (a redirected
    request passes through here again):

    - http(s) only, and no private/loopback/metadata address unless the policy allows it;
    - pages only on the shop's host; pictures (`allow_offsite`) on any host that passes the
      address check (CDNs); robots.txt of another host only when Scrapy asks for it itself
      (for a picture host), never as the target of a redirect."""

    def __init__(self, crawler=None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider=None):  # noqa: ARG002
        sp = getattr(self.crawler, "spider", None)
        if sp is None or not hasattr(sp, "on_site"):
            return None
        from .fetchpolicy import FetchRefused

        redirected = bool(request.meta.get("redirect_urls"))
        offsite_ok = request.meta.get("allow_offsite") or (
            urlsplit(request.url).path == "/robots.txt" and not redirected and request.meta.get("dont_obey_robotstxt"))
        if not offsite_ok and not sp.on_site(request.url):
            raise IgnoreRequest(f"off-site: {request.url}")
        policy = getattr(sp, "fetch_policy", None)
        if policy is not None:
            try:
                host, port = policy.check_url(request.url)
                if policy.private_origins and not policy.allow_private:
                    _checked_name(policy, host, port, request.url)  # implied private: the port matters too
            except FetchRefused as e:
                raise IgnoreRequest(f"policy: {e}")
        return None


def _checked_name(policy, host: str, port: int, url: str) -> None:
    key = (host, port)
    if key not in _NAME_OK:
        policy.pick_address(host, port, url)
        _NAME_OK.add(key)


_NAME_OK: set = set()


def _make_resolver():
    from scrapy.resolver import CachingThreadedResolver
    from twisted.internet import defer
    from twisted.internet.error import DNSLookupError

    class CheckedResolver(CachingThreadedResolver):
        """Scrapy's resolver with every resolved address checked against the crawl's policy: the
        address Twisted connects to is the one checked (a rebinding DNS answer cannot slip in
        after the check)."""

        policy = None  # set by the worker (FetchPolicy)
        refused: dict = {}  # name -> address, for the error message

        def getHostByName(self, name, timeout=()):
            from .fetchpolicy import _literal, is_public

            lit = _literal(name)
            d = defer.succeed(lit) if lit is not None else super().getHostByName(name, timeout)

            def check(ip):
                pol = CheckedResolver.policy
                if pol is None or is_public(ip) or pol.allow_private or any(ip == o[0] for o in pol.private_origins):
                    return ip
                CheckedResolver.refused[name] = ip
                raise DNSLookupError(f"{name} -> {ip}: private or local address, not fetched")

            return d.addCallback(check)

    return CheckedResolver


CheckedResolver = _make_resolver()


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries (429, 5xx, timeouts) with a pause before each retry: `Retry-After` when
    the server sends one (capped at 60 s), else the crawl delay doubled per attempt."""

    @classmethod
    def from_crawler(cls, crawler):
        o = super().from_crawler(crawler)
        o.base_delay = crawler.settings.getfloat("SCANNER_RETRY_BACKOFF", 0.0)
        return o

    async def process_response(self, request: Request, response: Response, spider=None):  # noqa: ARG002
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._pause(result, response)
        return result

    async def process_exception(self, request: Request, exception: Exception, spider=None):  # noqa: ARG002
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._pause(result, None)
        return result

    async def _pause(self, retry: Request, response: Response | None) -> None:
        delay = self.base_delay * (2 ** max(0, retry.meta.get("retry_times", 1) - 1))
        ra = response.headers.get("Retry-After") if response is not None else None
        if ra:
            ra = ra.decode("latin-1").strip()
            try:
                delay = float(ra)
            except ValueError:
                try:
                    delay = email.utils.parsedate_to_datetime(ra).timestamp() - time.time()
                except (TypeError, ValueError):
                    pass
        delay = min(max(delay, 0.0), 60.0)
        if delay > 0:
            await asyncio.sleep(delay)
