"""`scanner serve`: the web page and the HTTP API (FastAPI on uvicorn).

One engine per server process (built at start-up, shared by every check), checks run in a small
thread pool so the event loop keeps answering, scans run in the background (`jobs.Runner`), all
state is in SQLite + the scan folders (`store.Store`). The guard middleware applies the safety
rules of `security` to every request: Host check, token, request-size limit, security headers."""
from __future__ import annotations

import asyncio
import copy
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from ..engine import ScanContext
from ..models import Listing, ListingResult
from ..pipeline import ListingScanner, ScanOptions
from ..report_html import _jinja, listing_css
from . import security
from .i18n import catalogue, pick
from .jobs import Runner
from .store import Store

STATIC = Path(__file__).parent / "static"
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "form-action 'self'; frame-ancestors 'self'; base-uri 'none'")


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8765
    token: str = ""
    allow_private: bool = False
    upload_limit_mb: int = 50
    unpacked_limit_mb: int = 1024
    max_scans: int = 2
    check_threads: int = 1
    cache_dir: str = ""
    cfg: dict = field(default_factory=dict)  # the scan settings of --config (own_brands, ocr_engine …)

    @property
    def loopback(self) -> bool:
        return security.is_loopback(self.host)

    @property
    def upload_limit(self) -> int:
        return self.upload_limit_mb * 1024 * 1024


class Guard:
    """ASGI middleware: Host check (DNS rebinding), token, request-size limit, security headers.
    Pure ASGI (no per-request task) so it costs little on the hot /api/check path."""

    OPEN = ("/static/", "/login")

    def __init__(self, app, settings: Settings):
        self.app = app
        self.s = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        path = scope["path"]
        if not security.host_allowed(headers.get("host"), self.s.loopback):
            return await _plain(send, 421, "本服务只接受 127.0.0.1 / localhost 的访问 · this server answers only on 127.0.0.1 / localhost")
        if self.s.token and not path.startswith(self.OPEN):
            given = security.bearer(headers.get("authorization")) or _cookie(headers.get("cookie"), security.TOKEN_COOKIE)
            if not security.same(given, self.s.token):
                if path.startswith("/api/") or path == "/openapi.json" or scope["method"] != "GET":
                    return await _plain(send, 401, "需要访问令牌 · a valid token is required (Authorization: Bearer TOKEN)",
                                        [(b"www-authenticate", b"Bearer")])
                return await _redirect(send, "/login")
        method = scope["method"]
        if method not in ("GET", "HEAD") and not security.origin_ok(headers.get("origin"), headers.get("host")):
            return await _plain(send, 403, "拒绝来自其他网站的请求 · a request from another site is refused (cross-site request)")
        limit = self.s.upload_limit + 64 * 1024 if path in ("/api/scans", "/scans") else 1024 * 1024
        declared = headers.get("content-length")
        if declared is None and method == "POST" and "chunked" in headers.get("transfer-encoding", ""):
            return await _plain(send, 411, "请求须带 Content-Length · send the length of the request (Content-Length)")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await _plain(send, 413, f"文件或请求过大（上限 {limit // (1024 * 1024)} MB）· the request is larger than {limit // (1024 * 1024)} MB")
        seen = 0

        async def counted():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    raise TooLarge()
            return msg

        started = False

        async def send_headers(msg):
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                hs = list(msg.get("headers", []))
                names = {k.lower() for k, _ in hs}
                hs += [(k, v) for k, v in ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
                                           (b"x-frame-options", b"SAMEORIGIN"),
                                           (b"content-security-policy", PAGE_CSP.encode())) if k not in names]
                msg = dict(msg, headers=hs)
            await send(msg)

        try:
            await self.app(scope, counted, send_headers)
        except TooLarge:
            if not started:
                await _plain(send, 413, f"文件或请求过大（上限 {limit // (1024 * 1024)} MB）· the request is larger than {limit // (1024 * 1024)} MB")


class TooLarge(Exception):
    pass


def _cookie(header: str | None, name: str) -> str:
    for part in (header or "").split(";"):
        k, _, v = part.strip().partition("=")
        if k == name:
            return v
    return ""


async def _plain(send, status: int, text: str, extra=()):
    body = text.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            *extra]})
    await send({"type": "http.response.body", "body": body})


async def _redirect(send, where: str):
    await send({"type": "http.response.start", "status": 303, "headers": [(b"location", where.encode()),
                                                                          (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})


class State:
    """What one server process holds: the engine (built once), the check pool, the store, the runner."""

    def __init__(self, s: Settings):
        from ..compiled import default_cache_dir

        self.settings = s
        cfg = s.cfg
        self.context = ScanContext(own_brands=tuple(cfg.get("own_brands", []) or []),
                                   shop_domains=tuple(cfg.get("shop_domains", []) or []),
                                   min_confidence=float(cfg.get("min_confidence", 0.5)),
                                   allow_terms=tuple(cfg.get("allow", []) or []))
        self.scanner = ListingScanner(ScanOptions(context=self.context, ocr=False))
        # the first check pays for what the detectors load on first use (compiled automata, pinyin
        # readings, look-alike tables, the rewrites): paid here, at start-up, not by the first
        # users' requests
        self.scanner.warm()
        # one check thread per process: checks are CPU-bound (the GIL), so more threads only share
        # the core between requests and every one of them finishes late; one thread serves them in
        # order (the second process of `--workers 2` uses the other core)
        self.pool = ThreadPoolExecutor(max_workers=s.check_threads, thread_name_prefix="check")
        cache = Path(s.cache_dir or cfg.get("cache_dir") or default_cache_dir())
        self.cache_dir = cache
        self.store = Store(cache / "serve")
        self.store.mark_interrupted({os.getpid()} | _live_siblings())
        self.runner = Runner(self.store, cfg, cache, s.max_scans, s.unpacked_limit_mb * 1024 * 1024, s.allow_private)
        self.env = _jinja()
        # a step applied to a checked result whose `fixed` the pipeline left empty (tests hand-build one)
        self.fix = None

    def scan_text(self, title: str, description: str, own_brands: tuple[str, ...]) -> ListingResult:
        scanner = self.scanner
        if own_brands:
            scanner = copy.copy(self.scanner)  # same engine, this request's brands
            scanner.options = replace(self.scanner.options,
                                      context=replace(self.context, own_brands=self.context.own_brands + own_brands))
        r = scanner.scan(Listing(id="check", title=title, description=description))
        if r.fixed is None and self.fix is not None:
            r = self.fix(r)
        return r

    async def check(self, title: str, description: str, own_brands: tuple[str, ...] = ()) -> ListingResult:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, self.scan_text, title, description, own_brands)

    def render(self, name: str, lang: str, **ctx) -> str:
        return self.env.get_template(name).render(lang=pick(lang), t=catalogue(lang), **ctx)


def _live_siblings() -> set[int]:
    """Other processes of this server (uvicorn --workers): their scans are not interrupted."""
    ppid = os.getppid()
    try:
        import psutil

        return {p.pid for p in psutil.Process(ppid).children()}
    except Exception:
        return set()


@lru_cache(maxsize=1)
def report_css() -> str:
    """The report's own style sheet (from report.html), so the page and the report look the same."""
    env = _jinja()
    src = env.loader.get_source(env, "report.html")[0]
    m = re.search(r"<style>(.*?)</style>", src, re.S)
    return (m.group(1) if m else "") + "\n" + listing_css()


def create_app(settings: Settings) -> FastAPI:
    security.check_bind(settings.host, settings.token)
    state = State(settings)
    app = FastAPI(title="Listing self-check scanner / 商品自查", version=_version(),
                  description="The API of `scanner serve`: check a text, start a scan of a file or a shop, "
                              "follow it and read its findings (the columns of findings.csv, docs/CONTRACT.md). "
                              "With a token: `Authorization: Bearer TOKEN`.",
                  docs_url=None, redoc_url=None)  # the CDN-hosted docs pages are replaced by /docs (offline)
    app.state.s = state

    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/static/report.css", include_in_schema=False)
    def _css():
        return Response(report_css(), media_type="text/css; charset=utf-8",
                        headers={"cache-control": "max-age=300"})

    @app.get("/static/{name}", include_in_schema=False)
    def _static(name: str):
        if name not in ("serve.js", "serve.css"):
            return PlainTextResponse("not found", status_code=404)
        kind = "text/javascript" if name.endswith(".js") else "text/css"
        return Response((STATIC / name).read_bytes(), media_type=f"{kind}; charset=utf-8",
                        headers={"cache-control": "max-age=300"})

    @app.get("/healthz", include_in_schema=False)
    def _health():
        return JSONResponse({"ok": True})

    app.add_middleware(Guard, settings=settings)
    return app


def _version() -> str:
    from .. import __version__

    return __version__
