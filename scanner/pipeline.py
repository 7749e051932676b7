"""listings -> findings: builds the engine once per process and scans listings, in worker
processes when there are many (streaming, so memory stays flat in the number of listings)."""
from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
import os
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import Iterable, Iterator

from .category import classify
from .config import DEFAULT_OCR_ENGINE
from .detectors.policy import listing_findings
from .engine import Engine, FieldText, ScanContext
from .errors import ScannerError
from .fixtext import fix_listing, fixable, load_rewrites
from .hygiene import clip
from .lexicon import lexicon_dir, load_lexicon
from .models import Finding, Listing, ListingResult, RenderedChunk
from .normalize import html_images, text_fields
from .normalize import prefetch as prefetch_normal


@dataclass(frozen=True)
class ScanOptions:
    context: ScanContext = field(default_factory=ScanContext)
    ocr: bool = True
    ocr_engine: str = DEFAULT_OCR_ENGINE
    cache_dir: str = ""  # image cache + OCR cache
    workers: int = 0  # 0: one per core when the input is large
    lexicon_dir: str = ""
    images_root: str = ""  # local pictures are read only inside this folder (default: by the listing file)
    prerender: bool = False  # workers render the CSV cells (the main process only appends)
    fetch: object = None  # FetchPolicy of picture downloads (sources/fetchpolicy.py); None: the default
    max_images: int = 50  # pictures read per listing (0: all)
    cluster: str = ""  # Dask: "local:N" / "tcp://host:8786" (scanner/cluster.py); "" in-process


def build_engine(lexicon_dir: str = "") -> Engine:
    """The one engine: detectors in a fixed order, then the named context filters in order
    (both listed in scanner/detectors/registry.py)."""
    from .detectors.registry import build_detectors, build_filters, guarded
    from .frames import load_frames

    directory = lexicon_dir or None
    lex = guarded(directory or "lexicons/", lambda: load_lexicon(directory), "词库", "the lexicon")
    loaded: dict[str, object] = {"lexicon": lex, "directory": directory}

    def inputs(name: str):
        if name == "frames" and name not in loaded:  # the claim frames, when a detector takes them
            loaded[name] = load_frames(directory)
        return loaded[name]

    detectors = build_detectors(inputs)
    filters = build_filters(inputs)
    joint = _share_passes(lex, detectors, directory)
    engine = Engine(detectors, filters)
    engine.prefetchers.insert(0, joint)
    return engine


def shared_engine(lexicon_dir_: str = "") -> Engine:
    """The engine of this lexicon and brand data, built once per process and shared by every
    scanner built on the same data: an engine holds no scan's state (the context — own brands,
    allowed terms — rides on each field), and each costs ~30 MB of automata, so an audit of many
    shops, a worker serving many or a test of hundreds of own-brand sets builds one, not one per
    shop. Rebuilt when a data file changes (the key holds both folders' content hashes)."""
    from .brands import brand_db_dir, brand_db_hash
    from .compiled import files_hash, one_reading, remembered

    with one_reading():
        lex = Path(lexicon_dir_) if lexicon_dir_ else lexicon_dir()
        brands = brand_db_dir()
        stamp = f"{files_hash(lex)}:{brands.resolve()}:{brand_db_hash(brands)}"
        return remembered(("engine", str(lex.resolve()), stamp), lambda: build_engine(lexicon_dir_))


def _share_passes(lex, detectors: list, directory: str | None):
    """One Aho-Corasick pass per field for the lexicon and its context phrases, the claim
    frames, the brand names and side words, the ingredient-claim nouns, the contact detector's
    word-led cues (social apps, off-platform payment), and the product classes
    (matching.Joint). (The health functions are read in short snippets, not in fields: they keep
    their own automaton.)"""
    from .category import load_categories
    from .detectors.brands import BrandDetector
    from .detectors.contact import ContactDetector
    from .detectors.frames import FrameDetector
    from .detectors.ingredient_claims import IngredientClaimDetector
    from .matching import Joint

    members = [lex.automaton, lex.context_automaton]
    for d in detectors:
        if isinstance(d, FrameDetector):
            members.append(d.frames.automaton)
        elif isinstance(d, (BrandDetector, IngredientClaimDetector)):
            members.append(d.shared_automaton())
        elif isinstance(d, ContactDetector):
            members.extend(d.shared_automata())
    members.append(load_categories(directory).automaton)
    return Joint([m for m in members if m is not None])


def build_code_engine(lexicon_dir: str = "") -> Engine:
    """The engine for QR codes / barcodes read in pictures (scanner/detectors/image_codes.py)."""
    from .detectors.image_codes import CodeDetector

    return Engine([CodeDetector(lexicon_dir or None)], [])


class ScanSetupError(ScannerError):
    """The scan cannot run as configured (e.g. the OCR engine is missing): exit 2."""


class ListingScanner:
    """Scans one listing at a time: text fields, then (optionally) images."""

    def __init__(self, options: ScanOptions):
        self.options = options
        # the lexicon folder, resolved once (not looked up in the environment for every listing)
        self._lexdir = options.lexicon_dir or str(lexicon_dir())
        self.engine = shared_engine(options.lexicon_dir)
        load_rewrites(options.lexicon_dir or None)  # a malformed rewrites.csv fails now, not per listing
        self.inspector = None
        if options.fetch is not None:
            from .sources.imagecache import set_policy

            set_policy(options.fetch)
        self.code_engine = build_code_engine(options.lexicon_dir)
        if options.ocr:
            try:
                from .ocr import EngineUnavailable, ImageInspector
            except ImportError as e:
                raise ScanSetupError(f"image inspection is unavailable ({e}); use --no-ocr") from e
            try:
                self.inspector = ImageInspector(Path(options.cache_dir or ".cache"), engine=options.ocr_engine,
                                                images_root=options.images_root or None)
            except (EngineUnavailable, ValueError) as e:
                raise ScanSetupError(f"{e} (or scan with --no-ocr)") from e
        from .collector import settle

        settle()  # start-up is over: the collector back on (scanner/collector.py)

    def scan(self, listing: Listing, ocr: tuple[list, list[str]] | None = None,
             fields: list[tuple[str, str]] | None = None) -> ListingResult:
        """Scan one listing; `ocr` is its (lines, errors) when the images were read already,
        `fields` its text fields when `prefetch` made them."""
        ctx = self.options.context
        findings: list[Finding] = []
        errors = list(listing.errors)
        texts = list(text_fields(listing)) if fields is None else list(fields)
        for name, text in texts:
            if text:
                findings.extend(self.engine.run(FieldText.of(listing, name, text, ctx)))
        if self.inspector is not None:
            errors.extend(e for e in [_cap_note(listing, self.options.max_images)] if e)
        if self.inspector is not None and ocr is None:
            todo = images_to_read(listing, self.options.max_images)
            if todo.images:
                try:
                    ocr = self.inspector.inspect(todo)
                except Exception as e:  # an OCR failure must never lose the listing
                    ocr = ([], [f"images could not be inspected: {e}"])
        if ocr is not None:
            lines, img_errors = ocr
            errors.extend(e for e in img_errors if e not in errors)
            for line in lines:
                if getattr(line, "code", ""):  # a QR code / barcode: what its payload leads to
                    findings.extend(self.code_engine.run(FieldText.of(
                        listing, "image", line.text, ctx, image=line.image, box=line.box, notes={"code": line.code})))
                    continue
                ft = FieldText.of(listing, "image", line.text, ctx, image=line.image, box=line.box,
                                  ocr_confidence=line.confidence)
                findings.extend(self.engine.run(ft))
                texts.append(("image", line.text))
        # listing-level rules (a 保健食品 without 「本品不能代替药物」) and the product class on the result
        findings.extend(f for f in listing_findings(listing, texts, self._lexdir)
                        if f.term not in ctx.allow_terms)
        cls = classify(listing, self._lexdir).cls
        fixed = None
        if fixable(findings):
            try:
                fixed = fix_listing(listing, findings, self._lexdir)
            except Exception as e:  # pragma: no cover - a rewrite bug must not lose the findings
                errors.append(f"note: the fixed text could not be made ({type(e).__name__}: {e})")
        return ListingResult(listing, tuple(findings), tuple(clip(e) for e in errors), product_class=cls, fixed=fixed)

    def prefetch(self, listings: list[Listing]) -> list:
        """The text fields of a batch of listings, normalised and matched ahead in tight loops
        (normalize.prefetch, Engine.prefetch): the automata stay in the processor's cache, which
        makes the matching several times cheaper than one field at a time between detectors."""
        fields: list = []
        for listing in listings:
            try:
                fields.append(list(text_fields(listing)))
            except Exception:  # pragma: no cover - scan() reads it again and reports what failed
                fields.append(None)
        try:
            self.engine.prefetch(prefetch_normal(t for fs in fields if fs for _, t in fs))
        except Exception:  # pragma: no cover - prefetching only saves time
            pass
        return fields

    def scan_batch(self, listings: list[Listing]) -> list[ListingResult]:
        """Scan several listings (text only), their matching done ahead together."""
        fields = self.prefetch(listings)
        return [_safe_scan(self, l, None, f) for l, f in zip(listings, fields)]

    def warm(self) -> None:
        """Scan one made-up listing so that what detectors build on first use (compiled automata,
        pinyin tables, caches) is built here once — before worker processes fork and share it —
        rather than once in every worker."""
        from . import matching

        was = matching.eager()  # compiled now, not matched by hand until the budget runs out (per worker)
        try:
            _safe_scan(self, Listing(
                id="warm-up", title="Nike 同款 最佳 保温杯 iPhone 15 手机壳 康帅傅 加微信 abc12345",
                description="<p>治疗失眠，国家级，第一次购买联系客服。Best quality, made in China. 最大容量2L</p>"))
        finally:
            matching.eager(was)

    def scan_many(self, listings: Iterable[Listing]) -> Iterator[ListingResult]:
        """Scan in order; images of several listings are read at once (one OCR thread per core)."""
        if self.inspector is None:
            for chunk in _chunks(listings, 64):
                yield from self.scan_batch(chunk)
            return
        for chunk in _chunks(listings, 16):
            try:
                todo = [images_to_read(l, self.options.max_images) for l in chunk]
                read = {id(orig): (lines, errs)
                        for orig, (_, lines, errs) in zip(chunk, self.inspector.inspect_many(todo))}
            except Exception:  # pragma: no cover - fall back to one listing at a time
                read = {}
            for listing in chunk:
                yield _safe_scan(self, listing, read.get(id(listing)))


def images_to_read(listing: Listing, max_images: int = 0) -> Listing:
    """The listing with the images OCR should read: its own images plus the detail images inside
    an HTML description (where banners with claims often sit; relative ones resolved against the
    crawled page), without the ones its source already failed to fetch, at most `max_images`."""
    from .sources.imagecache import picture_refs

    refs, _ = picture_refs(listing, html_images(listing.description), max_images)
    return listing if tuple(refs) == listing.images else replace(listing, images=tuple(refs))


def _cap_note(listing: Listing, max_images: int) -> str:
    from .sources.imagecache import cap_note, picture_refs

    if not max_images or len(listing.images) + listing.description.count("<img") <= max_images:
        return ""
    return cap_note(picture_refs(listing, html_images(listing.description), 0)[1], max_images)


def _safe_scan(scanner: ListingScanner, listing: Listing, ocr=None, fields=None) -> ListingResult:
    try:
        return scanner.scan(listing, ocr, fields)
    except Exception as e:  # pragma: no cover - a detector bug must not lose the listing
        return ListingResult(listing, (), listing.errors + (f"scan failed: {type(e).__name__}: {e}",))


_worker: ListingScanner | None = None


def _init_worker(options: ScanOptions) -> None:
    global _worker
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if _worker is None:  # forked workers inherit the parent's scanner, already built
        _worker = ListingScanner(options)


def _worker_scan(chunk: list[Listing]) -> list[ListingResult]:
    """A worker's chunk: text only in batches (matching ahead), with pictures one listing at a time."""
    assert _worker is not None
    if _worker.inspector is None:
        return _worker.scan_batch(chunk)
    return [_safe_scan(_worker, listing) for listing in chunk]


def _scan_chunk(chunk: list[Listing]) -> list[ListingResult]:
    assert _worker is not None
    results = _worker_scan(chunk)
    if _worker.options.prerender:
        from .reports import prerender

        results = [prerender(r) for r in results]
    return results


def _render_chunk(chunk: list) -> RenderedChunk:
    from .reports import render_chunk

    assert _worker is not None
    listings, reads = _read(chunk)
    return replace(render_chunk(_worker_scan(listings)), reads=reads)


def _read(chunk: list) -> tuple[list[Listing], tuple]:
    """The chunk's listings: raw records (sources.files: FileSource.raw) are read here, in the
    worker, each with its (source index, error entry) for the main process to account."""
    if not chunk or isinstance(chunk[0], Listing):
        return chunk, ()
    from .sources.files import read_raw

    listings, reads = [], []
    for item in chunk:
        listing, err = read_raw(item)
        listings.append(listing)
        reads.append((item[1], err))
    return listings, tuple(reads)


def _chunks(it: Iterable[Listing], n: int) -> Iterator[list[Listing]]:
    it = iter(it)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk


PARALLEL_FROM = 2000  # below this many listings, one process is faster than starting workers


def scan_stream(listings: Iterable[Listing], options: ScanOptions, executor=None) -> Iterator[ListingResult]:
    """Scan listings in order. Small inputs run in-process; large ones stream through a pool of
    worker processes (memory stays flat: listings are read and results written as they go), or
    through `executor(listings, options, scanner)` when given (the Dask cluster: scanner/cluster.py)."""
    if executor is not None:
        scanner = ListingScanner(options)  # builds (and validates) everything once
        yield from executor(listings, options, scanner)
        return
    for results in _run(listings, options, _scan_chunk):
        yield from results


def scan_rendered(listings: Iterable, options: ScanOptions) -> Iterator[RenderedChunk]:
    """Scan listings in order into ready CSV text (reports.render_chunk), chunk by chunk: the
    workers do the reading, the detection and the rendering, the caller only appends
    (findings.csv and listings.csv alone, no per-listing hook). `listings` are Listing objects,
    or raw records of FileSource.raw (read in the workers: RenderedChunk.reads)."""
    yield from _run(listings, options, _render_chunk)


# A scan allocates millions of short-lived objects and makes almost no reference cycles: the
# collector's default (a young-generation pass every 700 allocations) cost ~10 % of the time.
_GC_THRESHOLD = (20_000, 20, 20)


def _run(listings: Iterable[Listing], options: ScanOptions, work) -> Iterator:
    """`work(chunk)` over the listings in chunks, in order, with the collector tuned for a scan."""
    before = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLD)  # forked workers inherit it
    try:
        yield from _run_tuned(listings, options, work)
    finally:
        gc.set_threshold(*before)


def _run_tuned(listings: Iterable[Listing], options: ScanOptions, work) -> Iterator:
    """`work(chunk)` over the listings in chunks, in order: in-process for small inputs, in a pool
    of forked workers (which inherit the built scanner) for large ones."""
    scanner = ListingScanner(options)  # builds (and validates) everything once
    it = iter(listings)
    head = list(islice(it, PARALLEL_FROM))
    if len(head) < PARALLEL_FROM:
        yield from _run_on(scanner, head, it, options, work)
        return
    from . import matching

    # many listings: every automaton compiled on first use, in this process and in the forked
    # workers (matching by hand only pays for a few short texts)
    was = matching.eager()
    try:
        yield from _run_on(scanner, head, it, options, work)
    finally:
        matching.eager(was)


def _run_on(scanner: "ListingScanner", head: list, it: Iterator, options: ScanOptions, work) -> Iterator:
    global _worker
    workers = options.workers or (os.cpu_count() or 1)
    chunk = 50 if options.ocr else 500
    if len(head) < PARALLEL_FROM or workers <= 1:
        if work is _render_chunk:
            from .reports import render_chunk

            for c in _chunks(chain(head, it), chunk):
                listings, reads = _read(c)
                # (OCR reads several listings' pictures at once)
                yield replace(render_chunk(scanner.scan_many(listings)), reads=reads)
        else:
            for r in scanner.scan_many(chain(head, it)):
                yield [r]
        return

    def all_listings():
        yield from head
        yield from it

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    _worker = scanner if ctx.get_start_method() == "fork" else None
    frozen = False
    if _worker is not None:
        scanner.warm()
        # what the workers inherit (the built scanner) is never collected: frozen out of the
        # collector's reach, a forked worker's collections do not touch (and so copy) those pages
        gc.freeze()
        frozen = True
    try:
        with ctx.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
            # a bounded window of chunks in flight (pool.imap has none: when the writers are slower
            # than the workers, e.g. HTML + XLSX + JSON, finished results would pile up in memory)
            pending: deque = deque()
            for c in _chunks(all_listings(), chunk):
                pending.append(pool.apply_async(work, (c,)))
                if len(pending) >= 4 * workers:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
    finally:
        _worker = None
        if frozen:
            gc.unfreeze()
