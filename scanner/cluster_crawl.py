"""Crawls of shop addresses as cluster tasks (`--cluster`): one crawl per shop, on a worker.

A shop address opened under a cluster (`open_source` with `options.cluster`) becomes a
`ClusterCrawlSource`: the crawl runs as a Dask task on a worker, where it is exactly today's
crawl — `CrawlSource` in its own subprocess (`python -m scanner.sources.crawl_worker`) with the
same fetch policy, page and picture bounds, resumable JOBDIR and partial/complete verdict. The
task returns the listings, the source errors, `complete` and the crawl statistics; the
coordinator yields them in the crawl's order, so detection, findings and fingerprints are those
of the in-process run, and the coordinator alone writes reports and history.

- A crawl task waits on the network and on its subprocess, so it leaves the worker's computing
  slot (`distributed.secede`): OCR and detection keep running beside it.
- An audit plans every shop's crawl at the start (`plan`); at most `CRAWLS_PER_WORKER` per
  worker are submitted ahead of the shop being audited, so shops crawl in parallel while the
  coordinator works through them in order (memory bounded by that window).
- Caches: when the worker sees the coordinator's cache folder (same machine, or a shared disk —
  recognised by `<cache>/.scanner-cache-id`), it crawls into it: pictures downloaded by the crawl
  and the crawl's resume state are where the in-process run has them. Otherwise the worker uses
  its own cache (`$SCANNER_CACHE` there) and the coordinator pulls the pictures the crawl
  downloaded from that worker (in bounded batches); pictures it cannot pull (the worker is gone)
  it downloads itself under the same fetch policy, as it does for listing files.
- A worker lost mid-crawl: the scheduler runs the task again elsewhere (a fresh crawl, or a
  resumed one where the JOBDIR is reachable); when it gives up, `ClusterWorkLost` (exit 3): an
  audit reports that shop failed and marks nothing of it fixed. An unreachable shop is the
  same `SourceError` as in-process, never retried.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from .models import Listing
from .sources.base import SourceError, SourceOptions

CRAWLS_PER_WORKER = 4  # crawls submitted ahead per worker (network-bound: they leave the computing slot)
PULL_BYTES = 32 * 1024 * 1024  # pictures pulled from a worker per task
PULL_FILES = 256
PULL_TIMEOUT = 300  # seconds for one pull from a worker before downloading those pictures here
CACHE_ID = ".scanner-cache-id"
_CT = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
       ".webp": "image/webp", ".bmp": "image/bmp", ".tif": "image/tiff", ".tiff": "image/tiff"}


def cache_id(cache_dir: Path | None, create: bool = True) -> str:
    """The coordinator's cache folder's identity (created once), so a worker can tell whether it
    sees the same folder (a worker only reads it: `create=False`)."""
    if cache_dir is None:
        return ""
    p = Path(cache_dir) / CACHE_ID
    try:
        return p.read_text(encoding="ascii").strip()
    except OSError:
        if not create:
            return ""
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f"{CACHE_ID}.{uuid.uuid4().hex}.tmp")
        tmp.write_text(uuid.uuid4().hex, encoding="ascii")
        try:
            os.link(tmp, p)  # the first writer wins
        except OSError:
            pass
        tmp.unlink(missing_ok=True)
        return p.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def crawl_key(url: str, options: SourceOptions) -> str:
    """What identifies one crawl: the address and every option the crawl depends on."""
    from .sources.crawl import CrawlSource

    cfg = CrawlSource(url, replace(options, progress=None, cluster=""), check=False)._config("")
    return hashlib.sha1(json.dumps(cfg, sort_keys=True, default=str).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- worker side
def crawl_shop(url: str, options: SourceOptions, coordinator_cache: str, version: str, topic: str) -> dict:
    """Worker task: one shop's crawl, as in-process (its own subprocess). Returns the listings,
    errors, complete, stats, and where the crawl's pictures are when the cache is not shared."""
    from distributed import get_worker, secede

    from . import __version__
    from .cluster import ClusterSetupError
    from .compiled import default_cache_dir
    from .sources.crawl import CrawlSource
    from .sources.imagecache import cached_file

    worker = get_worker()
    if version != __version__:
        import socket

        raise ClusterSetupError(f"worker {socket.gethostname()} runs scanner {__version__}, the coordinator "
                                f"{version}: install the same scanner version on every worker")
    secede()  # network-bound: the worker's computing slot goes to OCR and detection meanwhile
    shared = bool(coordinator_cache) and options.cache_dir is not None and \
        cache_id(Path(options.cache_dir), create=False) == coordinator_cache
    if options.cache_dir is not None and not shared:
        options = replace(options, cache_dir=default_cache_dir())
    last = [0.0]

    def progress(event: str, pages: int = 0, listings: int = 0, **_):
        now = time.monotonic()
        if now - last[0] >= 0.5:
            last[0] = now
            try:
                worker.log_event(topic, {"pages": pages, "listings": listings})
            except Exception:  # noqa: BLE001 - progress only
                pass

    try:
        src = CrawlSource(url, replace(options, progress=progress, cluster=""))
    except SourceError as e:  # unreachable shop: the same one-line error as in-process, not retried
        return {"source_error": str(e), "source_error_key": e.key, "source_error_params": dict(e.params),
                "source_error_code": e.exit_code}
    listings = list(src)
    out = {"listings": listings, "errors": list(src.errors), "complete": src.complete, "stats": dict(src.stats),
           "shared": shared, "worker": worker.address}
    if not shared and options.cache_dir is not None and options.download_images:
        cap = options.max_images or None
        images = {}
        for lst in listings:
            for u in lst.images[:cap]:
                if u.startswith(("http://", "https://")) and u not in images:
                    f = cached_file(u, Path(options.cache_dir))
                    if f is not None:
                        try:
                            images[u] = (f.name, f.stat().st_size)
                        except OSError:
                            continue
        out["images"] = images
        out["cache_dir"] = str(options.cache_dir)
    return out


def read_pictures(cache_dir: str, names: list[str]) -> dict[str, bytes]:
    """Worker task: bytes of pictures in this worker's picture cache (pulled by the coordinator)."""
    out = {}
    for name in names:
        p = Path(cache_dir) / "images" / name
        if "/" in name or name.startswith("."):
            continue
        try:
            out[name] = p.read_bytes()
        except OSError:
            continue
    return out


# ---------------------------------------------------------------------------- coordinator side
class _Plan:
    """The crawls of one cluster session: planned in order, submitted a window ahead."""

    def __init__(self, session):
        self.s = session
        self.lock = threading.Lock()
        self.todo: list[tuple[str, str, SourceOptions]] = []  # (key, url, options) not yet submitted
        self.submitted: dict[str, object] = {}  # key -> future, not yet consumed
        self.cache_ids: dict[str, str] = {}

    def window(self) -> int:
        return CRAWLS_PER_WORKER * max(1, self.s.workers())

    def _submit(self, key: str, url: str, options: SourceOptions):
        from . import __version__
        from .cluster import RETRIES

        cdir = str(options.cache_dir or "")
        if cdir not in self.cache_ids:
            self.cache_ids[cdir] = cache_id(options.cache_dir)
        fut = self.s.client.submit(crawl_shop, url, replace(options, progress=None, cluster=""),
                                   self.cache_ids[cdir], __version__, f"scanner-crawl-{key}",
                                   key=f"crawl_shop-{key}-{uuid.uuid4().hex[:8]}", pure=False, retries=RETRIES)
        self.s.stats["crawl_tasks"] = self.s.stats.get("crawl_tasks", 0) + 1
        return fut

    def top_up(self) -> None:
        with self.lock:
            room = self.window() - len(self.submitted)
            while room > 0 and self.todo:
                key, url, options = self.todo.pop(0)
                if key not in self.submitted:
                    self.submitted[key] = self._submit(key, url, options)
                    room -= 1

    def add(self, url: str, options: SourceOptions) -> None:
        key = crawl_key(url, options)
        with self.lock:
            if key not in self.submitted and all(k != key for k, _u, _o in self.todo):
                self.todo.append((key, url, options))
        self.top_up()

    def take(self, url: str, options: SourceOptions):
        """The future of this crawl: the planned one, or submitted now."""
        key = crawl_key(url, options)
        with self.lock:
            fut = self.submitted.pop(key, None)
            self.todo = [t for t in self.todo if t[0] != key]
            if fut is None:
                fut = self._submit(key, url, options)
        self.top_up()
        return key, fut

    def cancel(self) -> None:
        with self.lock:
            for f in self.submitted.values():
                f.cancel()
            self.submitted.clear()
            self.todo.clear()


def _plan(session) -> _Plan:
    p = getattr(session, "crawl_plan", None)
    if p is None:
        p = session.crawl_plan = _Plan(session)
    return p


def plan(session, crawls: list[tuple[str, SourceOptions]]) -> None:
    """An audit's crawls, in the order the shops will be audited: the first window starts now."""
    p = _plan(session)
    for url, options in crawls:
        try:
            p.add(url, options)
        except SourceError:  # not a shop address: reported when that shop's turn comes
            continue


class ClusterCrawlSource:
    """A shop address crawled on a worker; iterates like `CrawlSource` (errors, complete, stats
    filled). Opening it waits for the crawl, so an unreachable shop is a `SourceError` at open
    time, as in-process."""

    def __init__(self, url: str, options: SourceOptions):
        from .sources.crawl import CrawlSource

        self.options = options
        probe = CrawlSource(url, replace(options, progress=None, cluster=""), check=False)  # address checks
        self.url = self.name = probe.url
        self.errors: list[str] = []
        self.complete = True
        self.stats: dict = {}
        self._got = self._crawl()

    def _crawl(self) -> dict:
        from . import cluster

        s = cluster.active()
        if s is None:
            raise cluster.ClusterSetupError("a crawl on the cluster needs an open cluster session")
        key, fut = _plan(s).take(self.url, self.options)
        progress = self.options.progress if callable(self.options.progress) else None
        topic = f"scanner-crawl-{key}"
        if progress is not None:
            progress("page", pages=0, listings=0)

            def on_event(event):
                msg = event[1] if isinstance(event, tuple) and len(event) == 2 else event
                if isinstance(msg, dict):
                    progress("page", pages=int(msg.get("pages", 0)), listings=int(msg.get("listings", 0)))

            try:
                s.client.subscribe_topic(topic, on_event)
            except Exception:  # noqa: BLE001 - progress only
                progress = None
        from .cluster import result_of

        try:
            got = result_of(fut, f"the crawl of {self.url}", "this shop")
        except KeyboardInterrupt:
            fut.cancel()
            raise
        finally:
            if progress is not None:
                try:
                    s.client.unsubscribe_topic(topic)
                except Exception:  # noqa: BLE001
                    pass
        if "source_error" in got:
            # the same error as in-process: its sentence (key, parameters) and exit code travel too
            raise SourceError(got["source_error"], got.get("source_error_code"),
                              key=got.get("source_error_key", ""), **got.get("source_error_params", {}))
        if got.get("images"):
            _pull_pictures(s, got, Path(self.options.cache_dir))
        self.errors = list(got["errors"])
        self.complete = bool(got["complete"])
        self.stats = dict(got["stats"])
        self.total = len(got["listings"])  # known once the crawl is back: the scan's progress bar has a total
        if callable(self.options.progress):
            self.options.progress("page", pages=self.stats.get("pages", 0), listings=self.stats.get("listings", 0))
        return got

    def __iter__(self) -> Iterator[Listing]:
        got, self._got = self._got, {"listings": []}
        yield from got["listings"]


def _pull_pictures(s, got: dict, cache_dir: Path) -> None:
    """Copy the pictures a worker's crawl downloaded into this cache (in bounded batches); what
    cannot be pulled is downloaded here later, when OCR resolves it."""
    from .sources.imagecache import cached_file, store_bytes

    want: dict[str, list[str]] = {}
    size: dict[str, int] = {}
    for url, (name, n) in got["images"].items():
        if cached_file(url, cache_dir) is None:
            want.setdefault(name, []).append(url)
            size[name] = int(n)
    batches: list[list[str]] = [[]]
    held = 0
    for name in sorted(want):
        if batches[-1] and (held + size[name] > PULL_BYTES or len(batches[-1]) >= PULL_FILES):
            batches.append([])
            held = 0
        batches[-1].append(name)
        held += size[name]
    addr = got["worker"]
    for batch in batches:
        if not batch:
            continue
        if addr not in s.client.scheduler_info().get("workers", {}):
            return  # the worker is gone: these pictures are downloaded here when read
        fut = s.client.submit(read_pictures, got["cache_dir"], batch, workers=[addr], allow_other_workers=False,
                              pure=False)
        try:
            data = fut.result(timeout=PULL_TIMEOUT)
        except Exception:  # noqa: BLE001 - the worker went away or is stuck: download here instead
            fut.cancel()
            return
        s.stats["pictures_pulled"] = s.stats.get("pictures_pulled", 0) + len(data)
        for name, body in data.items():
            ct = _CT.get(Path(name).suffix.lower(), "")
            for url in want[name]:
                try:
                    store_bytes(url, body, cache_dir, ct)
                except Exception:  # noqa: BLE001 - too large or unwritable: downloaded when read
                    continue
