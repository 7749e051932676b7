"""Dask distributed as the execution engine of `scan` and `audit` (`--cluster`, config `cluster`).

    --cluster local:N            a LocalCluster of N worker processes on this machine
    --cluster tcp://HOST:8786    a running scheduler (`dask scheduler`, `dask worker tcp://HOST:8786`)

The coordinator (this process) reads the sources, fetches the pictures (the fetch policy stays
in one place), keeps the OCR cache, and alone writes reports and history. Workers crawl shop
addresses (one crawl per shop, in its own subprocess there: scanner/cluster_crawl.py) and get
units of pure computation, and send results back:

- batches of pictures for OCR, as bytes: a picture whose content hash is already in the OCR
  cache is never sent, and one picture in flight is never sent twice (supplier photos shared by
  many listings and shops are read once per run); results go into the coordinator's cache;
- chunks of listings for detection, with their OCR lines, in order.

Results are assembled exactly as the in-process path does, so findings, fingerprints and their
order are the same with or without a cluster. A worker lost mid-run: the scheduler runs its
tasks again elsewhere (`retries` for task errors, `distributed.scheduler.allowed-failures` for
lost workers); work that still fails raises `ClusterWorkLost` (exit 3): an audit reports that
shop failed and marks nothing of it fixed. Workers check that they hold the same lexicon, brand
database and OCR engine settings as the coordinator before computing anything.

dask/distributed are imported only here, and only when a cluster is asked for.
"""
from __future__ import annotations

import os
import re
import tempfile
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import ScannerError, UsageError
from .models import Listing, ListingResult

CHUNK_OCR = 25  # listings per detection task when pictures are read (detection is quick next to OCR)
CHUNK_TEXT = 500  # listings per detection task without OCR
PICS_PER_TASK = 4  # pictures per OCR task: small enough to spread, large enough to amortise a round trip
RETRIES = 2  # task errors retried this many times (a lost worker is handled by the scheduler)
CONNECT_TIMEOUT = 30
WORKER_WAIT = 60  # seconds a remote scheduler gets to show at least one worker


class ClusterWorkLost(ScannerError):
    """Cluster work that could not be completed even after retries: the scan is incomplete."""
    exit_code = 3


def result_of(fut, what: str, whole: str):
    """A cluster task's result; a task lost even after Dask's retries is ClusterWorkLost (the
    run's `whole` — this scan, this shop — is then incomplete, never taken as read in full)."""
    try:
        return fut.result()
    except ScannerError:
        raise
    except Exception as e:
        raise ClusterWorkLost(f"the cluster could not complete {what} even after retries "
                              f"({type(e).__name__}: {' '.join(str(e).split())[:300]}); {whole} is "
                              f"incomplete") from e


class ClusterSetupError(ScannerError):
    """The cluster cannot be used (unreachable scheduler, workers that differ): exit 2."""
    exit_code = 2


def parse(address: str) -> tuple[str, int | str]:
    m = re.fullmatch(r"local:(\d+)", address)
    if m:
        return "local", int(m.group(1))
    if re.fullmatch(r"(tcp|tls)://\S+:\d+", address):
        return "remote", address
    raise UsageError(f"--cluster must be local:N or tcp://HOST:PORT, got {address!r}", key="cfg.cluster",
                     name="--cluster", value=address)


# ---------------------------------------------------------------------------- the session
class Session:
    """One Dask client for the whole command (every shop of an audit shares it)."""

    def __init__(self, address: str):
        kind, where = parse(address)
        self.address = address
        self.cluster = None
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:  # pragma: no cover - dask[distributed] is a dependency
            raise ClusterSetupError(f"--cluster needs dask[distributed] installed ({e})", key="cluster.no_dask") from e
        if kind == "local":
            import logging

            os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker process (inherited)
            self.cluster = LocalCluster(n_workers=int(where), threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(str(where), timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as e:
                raise ClusterSetupError(f"cannot reach the Dask scheduler at {where} ({e}); start it with "
                                        f"`dask scheduler` and at least one `dask worker {where}`",
                                        key="cluster.unreachable", where=where) from e
            try:  # a scheduler without workers would queue the work forever
                self.client.wait_for_workers(1, timeout=WORKER_WAIT)
            except (OSError, TimeoutError) as e:
                self.client.close()
                raise ClusterSetupError(f"no Dask worker joined the scheduler at {where} within {WORKER_WAIT} s; "
                                        f"start one with `dask worker {where}`", key="cluster.no_worker",
                                        where=where, seconds=WORKER_WAIT) from e
        self.stats = {"pictures_sent": 0, "pictures_cached": 0, "pictures_shared": 0, "ocr_tasks": 0,
                      "detect_tasks": 0, "crawl_tasks": 0, "pictures_pulled": 0}
        self.crawl_plan = None  # shop crawls on the workers (scanner/cluster_crawl.py)

    def workers(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))

    def close(self) -> None:
        plan = getattr(self, "crawl_plan", None)  # crawls planned by an audit, not consumed (scanner/cluster_crawl.py)
        try:
            if plan is not None:
                plan.cancel()
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


_active: Session | None = None
_active_lock = threading.Lock()


@contextmanager
def session(address: str):
    """The cluster for a command: reuses the one already open for the same address (an audit
    opens it once for all its shops)."""
    global _active
    if not address:
        yield None
        return
    with _active_lock:
        mine = _active is None or _active.address != address
        if mine:
            s = Session(address)
            prev, _active = _active, s
        else:
            s = _active
    try:
        yield s
    finally:
        if mine:
            with _active_lock:
                _active = prev
            s.close()


def active() -> Session | None:
    return _active


# ---------------------------------------------------------------------------- worker side
_W: dict = {}  # per worker process: built scanners and OCR engines, the worker's data hashes


def data_hashes(lexicon: str = "") -> tuple[str, str]:
    """(lexicon hash, brand database hash): what detection depends on besides the code."""
    from .brands import brand_db_hash
    from .compiled import files_hash
    from .lexicon import lexicon_dir

    return files_hash(Path(lexicon) if lexicon else lexicon_dir()), brand_db_hash()


def _check_data(expect: tuple[str, str], lexicon: str) -> None:
    have = _W.get(("data", lexicon))
    if have is None:
        have = _W[("data", lexicon)] = data_hashes(lexicon)
    if have != expect:
        import socket

        raise ClusterSetupError(f"worker {socket.gethostname()} has other lexicon/brand data ({have[0]}/{have[1]}) "
                                f"than the coordinator ({expect[0]}/{expect[1]}): install the same scanner "
                                f"version and data on every worker")


def detect_chunk(chunk: list[Listing], ocrs: list | None, options, expect: tuple[str, str]) -> list[ListingResult]:
    """Worker task: detection over a chunk of listings (their OCR lines given)."""
    from .pipeline import ListingScanner, _safe_scan

    _check_data(expect, options.lexicon_dir)
    key = ("scanner", repr(options))
    sc = _W.get(key)
    if sc is None:
        sc = _W[key] = ListingScanner(options)
    results = [_safe_scan(sc, l, ocrs[i] if ocrs is not None else None) for i, l in enumerate(chunk)]
    if options.prerender:
        from .reports import prerender

        results = [prerender(r) for r in results]
    return results


def ocr_batch(pictures: list[tuple[str, str, bytes]], engine: str, engine_key: str, max_pixels: int
              ) -> dict[str, dict]:
    """Worker task: OCR pictures sent as bytes; returns cache key -> the record the in-process
    inspector would cache ({"lines", "notes"} or {"error"}), or {"engine_error"} (not cached)."""
    from .ocr import ImageInspector, _engine_error, _strip_label
    from .ocr.cache import lines_to_json
    from .ocr.imageio import load_rgb
    from .sources.imagecache import ImageError

    insp = _W.get(("ocr", engine))
    if insp is None:
        # one worker thread reads with one core (`dask worker --nthreads 1`, one process per core):
        # onnxruntime's own thread pool over every core of the machine would oversubscribe it
        extra = {"intra_threads": 1} if engine == "rapidocr" else {}
        insp = _W[("ocr", engine)] = ImageInspector(None, engine=engine, cache=False, threads=1, **extra)
    if insp.engine_key.split("|px")[0] != engine_key.split("|px")[0]:
        import socket

        raise ClusterSetupError(f"worker {socket.gethostname()} reads pictures with {insp.engine_key}, the "
                                f"coordinator with {engine_key}: install the same OCR engine, version and "
                                f"languages on every worker")
    out: dict[str, dict] = {}
    todo = []
    with tempfile.TemporaryDirectory(prefix="scanner-ocr-") as tmp:
        for i, (key, ref, data) in enumerate(pictures):
            path = Path(tmp) / f"{i}"
            path.write_bytes(data)
            try:
                dec = load_rgb(path, ref, max_pixels=max_pixels)
            except ImageError as e:
                out[key] = {"error": _strip_label(str(e), ref)}
                continue
            todo.append((key, dec.rgb, [_strip_label(n, ref) for n in dec.notes]))
    if todo:
        try:
            raw = insp.engine.read_images([t[1] for t in todo])
        except Exception as e:  # engine crash / timeout: the in-process path reports it per picture
            msg = _engine_error(e)
            return out | {t[0]: {"engine_error": msg} for t in todo}
        for (key, _rgb, notes), lines in zip(todo, raw):
            out[key] = {"lines": lines_to_json(lines), "notes": notes}
    return out


# ---------------------------------------------------------------------------- coordinator side
class _Picture:
    __slots__ = ("ref", "key", "error", "path", "hit")

    def __init__(self, ref: str, key: str = "", error: str = "", path: Path | None = None, hit: dict | None = None):
        self.ref, self.key, self.error, self.path, self.hit = ref, key, error, path, hit


def _chunks(it: Iterable[Listing], n: int) -> Iterator[list[Listing]]:
    from itertools import islice

    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def scan_stream(listings: Iterable[Listing], options, scanner, progress: Callable[[dict], None] | None = None
                ) -> Iterator[ListingResult]:
    """The cluster path of `pipeline.scan_stream`: same results, same order."""
    s = active()
    if s is None:  # scan_stream called outside a session (e.g. a library caller): open one for this scan
        with session(options.cluster):
            yield from scan_stream(listings, options, scanner, progress)
        return
    expect = data_hashes(options.lexicon_dir)
    run = _ClusterRun(s, options, scanner, expect, progress)
    try:
        yield from run.stream(listings)
    finally:
        run.close()


class _ClusterRun:
    def __init__(self, s: Session, options, scanner, expect, progress):
        self.s = s
        self.client = s.client
        self.options = options
        self.det_options = replace(options, ocr=False, cluster="")
        self.insp = scanner.inspector  # the coordinator's: resolves pictures, owns the OCR cache
        self.expect = expect
        self.progress = progress
        self.inflight: dict[str, object] = {}  # cache key -> future of the batch reading it
        self.need: dict[str, int] = {}  # cache key -> chunks still waiting for it
        self.pool = ThreadPoolExecutor(max_workers=8) if self.insp is not None else None
        self.counts = {"chunks": 0, "chunks_done": 0, "pictures": 0, "pictures_done": 0, "cached": 0, "shared": 0}
        self.window = max(4, 4 * max(1, s.workers()))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)
        for f in set(self.inflight.values()):
            f.cancel()
        self.inflight.clear()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(dict(self.counts, workers=self.s.workers()))

    def _result(self, fut, what: str):
        return result_of(fut, what, "this scan")

    # -- pictures
    def _resolve(self, ref: str, listing: Listing) -> _Picture:
        """What `ImageInspector.inspect` does before OCR, for one picture."""
        from .ocr import _file_digest
        from .ocr.cache import cache_key
        from .sources.imagecache import ImageError, resolve_image

        insp = self.insp
        try:
            path = resolve_image(ref, listing, insp.cache_dir, insp.images_root)
            digest = _file_digest(path)
        except ImageError as e:
            return _Picture(ref, error=str(e))
        except OSError as e:
            return _Picture(ref, error=f"image {ref}: cannot be read ({e.strerror or e})")
        key = cache_key(digest, insp.engine_key)
        return _Picture(ref, key=key, path=path, hit=insp.cache.get(key))

    def _prepare(self, chunk: list[Listing]):
        """Resolve the chunk's pictures (in threads: downloads), send the unread ones out."""
        from .pipeline import images_to_read

        if self.insp is None:
            return chunk, None
        todo = [images_to_read(l) for l in chunk]
        jobs = []
        for t in todo:
            refs, seen = [], set()
            for ref in t.images:
                ref = (ref or "").strip()
                if ref and ref not in seen:
                    seen.add(ref)
                    refs.append(ref)
            jobs.append([self.pool.submit(self._resolve, ref, t) for ref in refs])
        pics = [[j.result() for j in js] for js in jobs]
        send: list[tuple[str, str, Path]] = []
        sending: set[str] = set()
        for p in (p for ps in pics for p in ps):
            if not p.key:
                continue
            self.counts["pictures"] += 1
            if p.hit is not None:
                self.counts["cached"] += 1
                continue
            self.need[p.key] = self.need.get(p.key, 0) + 1
            if p.key in self.inflight or p.key in sending:
                self.counts["shared"] += 1
                continue
            sending.add(p.key)
            send.append((p.key, p.ref, p.path))
        for i in range(0, len(send), PICS_PER_TASK):
            batch = send[i:i + PICS_PER_TASK]
            payload = []
            for key, ref, path in batch:
                try:
                    payload.append((key, ref, path.read_bytes()))
                except OSError:  # gone since it was hashed: read as an empty file there (reported)
                    payload.append((key, ref, b""))
            fut = self.client.submit(ocr_batch, payload, self.insp.engine_name, self.insp.engine_key,
                                     self.insp.max_pixels, pure=False, retries=RETRIES)
            self.s.stats["ocr_tasks"] += 1
            for key, _ref, _path in batch:
                self.inflight[key] = fut
        self.s.stats["pictures_sent"] += len(send)
        return chunk, pics

    def _fresh(self, p: _Picture) -> dict:
        """The record of a picture read by the cluster in this run (into the OCR cache)."""
        fut = self.inflight.get(p.key)
        if fut is not None:
            rec = self._result(fut, "reading pictures")[p.key]
            if "engine_error" not in rec:
                self.insp.cache.put(p.key, rec)
        else:  # pragma: no cover - every needed key keeps its future until its last reader is done
            rec = self.insp.cache.get(p.key) or self._result(self.client.submit(
                ocr_batch, [(p.key, p.ref, p.path.read_bytes())], self.insp.engine_name, self.insp.engine_key,
                self.insp.max_pixels, pure=False, retries=RETRIES), "reading pictures")[p.key]
        self.counts["pictures_done"] += 1
        self.need[p.key] -= 1
        if self.need[p.key] <= 0:
            del self.need[p.key]
            self.inflight.pop(p.key, None)
        return rec

    def _assemble(self, pics: list) -> list:
        """(lines, errors) per listing, exactly as `ImageInspector.inspect` gives them: resolve
        errors, cache hits and unreadable pictures as met, then the pictures read now."""
        out = []
        insp = self.insp
        for ps in pics:
            lines: list = []
            errors: list[str] = []
            pending = []
            for p in ps:
                if p.error:
                    errors.append(p.error)
                elif p.hit is not None:
                    insp._emit(p.ref, p.hit, lines, errors)
                else:
                    rec = self._fresh(p)
                    if "error" in rec:  # could not be decoded: the same message inspect gives
                        errors.append(f"image {p.ref}: {rec['error']}")
                    else:
                        pending.append((p, rec))
            failed = next((r["engine_error"] for _p, r in pending if "engine_error" in r), "")
            if failed:  # as inspect: an engine failure reports every picture read with it, no lines
                errors.extend(f"image {p.ref}: OCR failed ({failed})" for p, _r in pending)
            else:
                for p, rec in pending:
                    insp._emit(p.ref, rec, lines, errors)
            out.append((lines, errors))
        return out

    # -- the stream
    def stream(self, listings: Iterable[Listing]) -> Iterator[ListingResult]:
        size = CHUNK_OCR if self.insp is not None else CHUNK_TEXT
        waiting_ocr: deque = deque()
        waiting_det: deque = deque()

        def to_detection():
            chunk, pics = waiting_ocr.popleft()
            ocrs = self._assemble(pics) if pics is not None else None
            fut = self.client.submit(detect_chunk, chunk, ocrs, self.det_options, self.expect, pure=False,
                                     retries=RETRIES)
            self.s.stats["detect_tasks"] += 1
            waiting_det.append(fut)

        def results() -> list[ListingResult]:
            got = self._result(waiting_det.popleft(), "detection")
            self.counts["chunks_done"] += 1
            self._report()
            return got

        for chunk in _chunks(listings, size):
            self.counts["chunks"] += 1
            waiting_ocr.append(self._prepare(chunk))
            self._report()
            while len(waiting_ocr) > self.window:
                to_detection()
            while len(waiting_det) > self.window:
                yield from results()
        while waiting_ocr:
            to_detection()
        while waiting_det:
            yield from results()
