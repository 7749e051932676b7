"""A shop's storefront as a source: `CrawlSource(url, options)` crawls it with Scrapy and yields
its listings as they are found.

The crawl runs in a child process (`python -m scanner.sources.crawl_worker`; a Twisted reactor
starts only once per process, so a scan of several shops — or a test suite — can crawl many
times). The child streams listings back as JSON lines; this side turns them into `Listing`
records, forwards progress to `options.progress("page", pages=…, listings=…)` and keeps the
crawl summary in `stats` (platform, pages, listings, errors, seconds, images, …).

What the crawl could not read is never dropped silently: a product page that still fails after
the retries becomes a listing whose `errors` says so, source-level problems go to `errors`,
and `complete` is False when the shop was read only in part (exit code 3).

With `options.cache_dir` the crawl is resumable (Scrapy JOBDIR under
`<cache_dir>/crawl/<host>-<hash>/`), its log is kept there (`crawl.log`), and the listings'
images are downloaded once into `<cache_dir>/images/` (see `imagecache`).
"""
from __future__ import annotations

import hashlib
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from ..models import Listing
from .base import SourceError, SourceOptions

STOP_GRACE_SECONDS = 20  # a stopped crawl may finish its in-flight requests (and save its state)


def _package_root() -> str:
    import scanner

    return str(Path(scanner.__file__).resolve().parent.parent)


def _check_reachable(url: str, timeout: float = 10.0) -> None:
    """Fail fast, with a one-line message, when the shop's host cannot be reached at all."""
    p = urlsplit(url)
    host = p.hostname or ""
    try:
        port = p.port or (443 if p.scheme == "https" else 80)
    except ValueError as e:
        raise SourceError(f"{url}: invalid port", key="src.bad_port", url=url) from e
    proxies = urllib.request.getproxies()
    if proxies.get(p.scheme) or proxies.get("all"):
        if not urllib.request.proxy_bypass(host):
            return  # through a proxy: the crawler will tell
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except socket.gaierror as e:
        raise SourceError(f"cannot reach {url}: host name {host!r} not found ({e})", key="src.reach_dns", host=host) from e
    except ConnectionRefusedError as e:
        raise SourceError(f"cannot reach {url}: connection refused", key="src.reach_refused", host=host) from e
    except OSError as e:
        reason = "timed out" if isinstance(e, TimeoutError) else (e.strerror or str(e))
        raise SourceError(f"cannot reach {url}: {reason}", key="src.reach_timeout" if reason == "timed out" else
                          "src.reach_other", host=host) from e


class CrawlSource:
    def __init__(self, url: str, options: SourceOptions | None = None, *, check: bool = True):
        self.options = options or SourceOptions()
        p = urlsplit(url.strip())
        if p.scheme not in ("http", "https") or not p.hostname:
            raise SourceError(f"not a shop address: {url}", key="src.not_shop", url=url)
        self.url = url.strip() if p.path else url.strip() + "/"
        self.name = self.url
        self.errors: list[str] = []
        self.complete = True
        self.stats: dict = {}
        if check:
            _check_reachable(self.url)

    # where a resumable crawl keeps its state, keyed by the shop's address
    def job_root(self) -> Path | None:
        if self.options.cache_dir is None:
            return None
        p = urlsplit(self.url)
        key = hashlib.sha1(self.url.encode("utf-8")).hexdigest()[:10]
        host = (p.hostname or "shop").replace(":", "_")
        return Path(self.options.cache_dir) / "crawl" / f"{host}-{p.port or ''}-{key}".replace("--", "-")

    def _config(self, log_file: str) -> dict:
        o = self.options
        root = self.job_root()
        return {
            "url": self.url,
            "crawl_delay": o.crawl_delay,
            "max_pages": o.max_pages,
            "download_images": bool(o.download_images and o.cache_dir is not None),
            "cache_dir": str(o.cache_dir) if o.cache_dir is not None else None,
            "job_root": str(root) if root else None,
            "log_file": log_file,
            "timeout": getattr(o, "timeout", None) or (o.fetch.timeout if o.fetch is not None else 30),
            "fetch": o.fetch.to_dict() if o.fetch is not None else None,
            "max_images": o.max_images,
            "ignore_robots": o.ignore_robots,
        }

    def __iter__(self) -> Iterator[Listing]:
        from .spiders import listing_from_dict

        self.errors, self.complete, self.stats = [], True, {}
        root = self.job_root()
        tmp_log = None
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
            log_file = str(root / "crawl.log")
        else:
            fd, tmp_log = tempfile.mkstemp(prefix="scanner-crawl-", suffix=".log")
            os.close(fd)
            log_file = tmp_log
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(x for x in (_package_root(), env.get("PYTHONPATH", "")) if x)
        env.setdefault("PYTHONIOENCODING", "utf-8")
        started = time.monotonic()
        with open(log_file, "ab") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "scanner.sources.crawl_worker", json.dumps(self._config(log_file))],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log, env=env,
                start_new_session=True,  # Ctrl-C reaches the parent only; it stops the child gracefully
            )
        # A thread drains the child's output into a queue at once, so the crawl never waits for a
        # slow consumer (a blocked pipe would stall Scrapy's event loop and time its requests out).
        q: queue.Queue = queue.Queue()
        reader = threading.Thread(target=_drain, args=(proc.stdout, q), daemon=True)
        reader.start()
        done = None
        fatal = ""
        n = 0
        progress = self.options.progress if callable(self.options.progress) else None
        try:
            while True:
                msg = q.get()
                if msg is None:  # end of the child's output
                    break
                kind = msg.get("type")
                if kind == "listing":
                    n += 1
                    yield listing_from_dict(msg["listing"])
                elif kind == "progress":
                    if progress is not None:
                        progress("page", pages=msg.get("pages", 0), listings=msg.get("listings", n))
                elif kind == "done":
                    done = msg
                elif kind == "fatal":
                    fatal = msg.get("message", "")
            proc.wait()
        finally:
            if proc.poll() is None:  # the caller stopped early (or Ctrl-C): let the crawl save its state
                self._stop(proc, reader)
            reader.join(timeout=5)
            if done is None:
                self.complete = False
                why = fatal or _last_log_line(log_file) or f"exit code {proc.returncode}"
                if proc.returncode not in (0, None) or fatal:
                    self.errors.append(f"the crawler stopped unexpectedly: {why}")
                else:
                    self.errors.append("crawl interrupted before it finished"
                                       + ("; run the same scan again to resume it" if root else ""))
            if tmp_log:
                try:
                    os.unlink(tmp_log)
                except OSError:
                    pass
        if done is not None:
            self.errors.extend(done.get("errors", []))
            self.complete = bool(done.get("complete"))
            self.stats = dict(done.get("stats", {}))
        self.stats.setdefault("listings", n)
        self.stats["seconds"] = round(time.monotonic() - started, 2)
        self.stats["errors"] = len(self.errors)
        self.stats.setdefault("pages", 0)
        self.stats.setdefault("platform", "unknown")
        if progress is not None:
            progress("page", pages=self.stats["pages"], listings=self.stats["listings"])

    @staticmethod
    def _stop(proc: subprocess.Popen, reader: threading.Thread) -> None:
        try:
            proc.send_signal(signal.SIGINT)  # Scrapy: graceful shutdown, JOBDIR state written
            reader.join(timeout=STOP_GRACE_SECONDS)  # its output is drained meanwhile
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        except BaseException:  # noqa: BLE001 - a second Ctrl-C: do not leave the child behind
            proc.kill()
            raise


def _drain(stream, q: queue.Queue) -> None:
    try:
        for raw in stream:
            try:
                msg = json.loads(raw)
            except ValueError:
                continue
            if isinstance(msg, dict):
                q.put(msg)
    except (OSError, ValueError):
        pass
    finally:
        try:
            stream.close()
        except OSError:
            pass
        q.put(None)


def _last_log_line(path: str) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(0, 2)
            f.seek(max(0, f.tell() - 4096))
            lines = [ln.strip() for ln in f.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        return lines[-1][:300] if lines else ""
    except OSError:
        return ""
