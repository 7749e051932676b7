"""Image inspection: every picture of a listing is read (OCR) so its text can go through the same
lexicon and brand checks as the title, with `field=image`, the image ref and the box.

    ImageInspector(cache_dir, engine="rapidocr").inspect(listing) -> (lines, errors)

Per image: resolve the ref (a path relative to the listing file, or a URL downloaded into the
content-addressed image cache) -> hash the bytes -> OCR cache hit? -> else decode safely
(imageio: zero-byte, corrupt, enormous, animated, CMYK/alpha) -> engine (OpenCV text-line
detection + recognition: rapid.py by default, or preprocess.py + tesseract.py) + QR codes and
barcodes (codes.py) -> cache -> OcrLine per text line or code.

Errors are strings for `listings.csv` `errors` ("image x.png: corrupt or unsupported file");
informational ones start with "note: " ("note: image a.png: no text found").
"""
from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

import numpy as np

from ..config import DEFAULT_OCR_ENGINE
from ..models import Box, Listing
from ..sources.imagecache import ImageError, resolve_image
from . import preprocess as pp
from .base import EngineUnavailable, RawLine
from .cache import OcrCache, cache_key, lines_from_json, lines_to_json
from .codes import CODES_VERSION
from .imageio import MAX_PIXELS, load_rgb

__all__ = ["OcrLine", "ImageInspector", "write_evidence", "resolve", "sub_box", "ENGINES", "EngineUnavailable",
           "ImageError", "available_engines"]

NO_TEXT = "no text found"
BATCH = 4  # pictures decoded and held at once per listing (a 750 × 10 000 detail image is 22 MB)
MEMO_ENTRIES = 20_000  # records of pictures read in this run kept in memory (~1 kB each)


@dataclass(frozen=True)
class OcrLine:
    """One line/region of text read from one image."""

    image: str  # the ref as it stands in the listing (URL or path)
    text: str  # OCR text, spaces Tesseract puts between Chinese characters removed
    box: Box  # in pixels of the original image
    confidence: float  # 0..1
    code: str = ""  # a QR code / barcode (its format, e.g. "QRCode"): `text` is its decoded payload


class OcrEngine(Protocol):
    name: str

    def settings_key(self) -> str: ...

    def read_images(self, images: list[np.ndarray]) -> list[list[RawLine]]: ...


def _make_engine(name: str, settings: dict) -> OcrEngine:
    prep = pp.Settings(**{k: v for k, v in settings.items() if k in pp.Settings.__dataclass_fields__})
    rest = {k: v for k, v in settings.items() if k not in pp.Settings.__dataclass_fields__}
    if name == "tesseract":
        from .tesseract import TesseractEngine

        return TesseractEngine(preprocess=prep, **rest)
    if name == "rapidocr":
        from .rapid import RapidEngine

        return RapidEngine(**rest)
    raise EngineUnavailable(f"unknown OCR engine {name!r} (choose from: {', '.join(ENGINES)})")


ENGINES = ("rapidocr", "tesseract")


def available_engines() -> list[str]:
    out = []
    for name in ENGINES:
        try:
            _make_engine(name, {})
            out.append(name)
        except Exception:
            continue
    return out


def _default_threads() -> int:
    import multiprocessing as mp

    # inside the pipeline's worker processes each worker already owns a core
    if mp.current_process().name != "MainProcess":
        return 1
    return os.cpu_count() or 1


class ImageInspector:
    """OCR every image of a listing, through the OCR cache.

    settings: `lang` (Tesseract languages, default "chi_sim"; e.g. "chi_sim+eng", "chi_tra"),
    `vertical_lang` ("auto": chi_sim_vert when installed), `threads` (Tesseract processes per
    batch, default one per core), `max_pixels` (decompression-bomb limit, default 40 MP),
    preprocessing fields of `preprocess.Settings` (`text_height`, `pad`, …), `cache`
    (False: no OCR cache).
    """

    def __init__(self, cache_dir: Path, engine: str = DEFAULT_OCR_ENGINE, **settings):
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.max_pixels = int(settings.pop("max_pixels", MAX_PIXELS))
        root = settings.pop("images_root", None)
        self.images_root = Path(root) if root else None
        use_cache = settings.pop("cache", True)
        self.batch = max(1, int(settings.pop("batch", BATCH)))
        self.read_codes = bool(settings.pop("codes", True))
        self.wait_s = float(settings.pop("wait", 600))
        settings.setdefault("threads", _default_threads())
        self.engine_name = engine
        self.engine = _make_engine(engine, settings)
        self.engine_key = f"{self.engine.settings_key()}|px{self.max_pixels}|codes{CODES_VERSION if self.read_codes else 0}"
        self.cache = OcrCache(self.cache_dir if use_cache else None)
        self.stats = {"images": 0, "cache_hits": 0, "ocr": 0, "errors": 0, "run_hits": 0}
        self._lock = threading.Lock()
        self._memo: dict[str, dict] = {}  # cache key -> record, pictures read in this run
        self._inflight: dict[str, threading.Event] = {}

    # ------------------------------------------------------------------ public
    def inspect(self, listing: Listing) -> tuple[list[OcrLine], list[str]]:
        """OCR every image of the listing (and read its QR codes / barcodes). Returns lines, in
        the order of the listing's images, and per-image error strings.

        Pictures are decoded, read and released `batch` at a time (memory stays bounded
        whatever the number of pictures); a picture whose content was read before in this run
        (the same bytes under another URL, in another listing, or being read right now by
        another thread) is not read again, cache or no cache."""
        got: dict[str, dict] = {}  # ref -> its record
        errors: list[str] = []
        refs: list[str] = []
        todo: list[tuple[str, str, Path]] = []  # (ref, cache key, file)
        seen: set[str] = set()
        for ref in listing.images:
            ref = (ref or "").strip()
            if not ref or ref in seen:
                continue
            seen.add(ref)
            self._count("images")
            try:
                path = resolve_image(ref, listing, self.cache_dir, self.images_root)
                digest = _file_digest(path)
            except ImageError as e:
                got[ref] = {"error": _strip_label(str(e), ref)}
                self._count("errors")
                refs.append(ref)
                continue
            except OSError as e:
                got[ref] = {"error": f"cannot be read ({e.strerror or e})"}
                self._count("errors")
                refs.append(ref)
                continue
            refs.append(ref)
            todo.append((ref, cache_key(digest, self.engine_key), path))
        for i in range(0, len(todo), self.batch):
            for ref, rec in self._read_batch(todo[i:i + self.batch]):
                got[ref] = rec
        lines: list[OcrLine] = []
        for ref in refs:
            if ref in got:
                self._emit(ref, got[ref], lines, errors)
        return lines, errors

    def _read_batch(self, batch: list[tuple[str, str, Path]]) -> list[tuple[str, dict]]:
        """(ref, record) for each picture of the batch: from this run's memory, the OCR cache, or
        decoded and read now (the decoded pixels are dropped on return)."""
        out: list[tuple[str, dict]] = []
        mine: dict[str, threading.Event] = {}  # keys this call reads
        wait: list[tuple[str, str, threading.Event]] = []
        for ref, key, path in batch:
            rec, ev, owner = self._claim(key)
            if rec is not None:
                out.append((ref, rec))
            elif owner and key not in mine:
                mine[key] = ev
            elif not owner:
                wait.append((ref, key, ev))
        pending: list[tuple[str, np.ndarray, list[str]]] = []  # (key, rgb, notes)
        done: dict[str, dict] = {}
        try:
            for ref, key, path in batch:
                if key not in mine or key in done or any(p[0] == key for p in pending):
                    continue
                hit = self.cache.get(key)
                if hit is not None:
                    self._count("cache_hits")
                    done[key] = hit
                    continue
                try:
                    dec = load_rgb(path, ref, max_pixels=self.max_pixels)
                except ImageError as e:
                    # the verdict on these bytes does not change: remember it too
                    done[key] = {"error": _strip_label(str(e), ref)}
                    self.cache.put(key, done[key])
                    self._count("errors")
                    continue
                pending.append((key, dec.rgb, [_strip_label(n, ref) for n in dec.notes]))
            if pending:
                self._count("ocr", len(pending))
                try:
                    results = self.engine.read_images([p[1] for p in pending])
                except Exception as e:  # engine crash / timeout: report, never lose the listing
                    msg = _engine_error(e)
                    for key, _rgb, _n in pending:
                        done[key] = {"error": f"OCR failed ({msg})"}
                    results = None
                if results is not None:
                    for (key, rgb, notes), raw in zip(pending, results):
                        codes, code_notes = _read_codes(rgb) if self.read_codes else ([], [])
                        rec = {"lines": lines_to_json(raw), "codes": codes, "notes": notes + code_notes}
                        self.cache.put(key, rec)
                        done[key] = rec
            pending.clear()  # release the decoded pictures
        finally:
            for key, ev in mine.items():
                self._release(key, done.get(key), ev)
        for ref, key, path in batch:
            if key in done:
                out.append((ref, done[key]))
        for ref, key, ev in wait:
            ev.wait(self.wait_s)
            with self._lock:
                rec = self._memo.get(key)
            out.append((ref, rec if rec is not None else {"error": "OCR failed (read by another task that did not finish)"}))
        order = {ref: i for i, (ref, _k, _p) in enumerate(batch)}
        out.sort(key=lambda x: order.get(x[0], 0))
        return out

    def _claim(self, key: str) -> tuple[dict | None, threading.Event | None, bool]:
        """This run's record for `key`, or the right to read it (owner), or an event to wait on."""
        with self._lock:
            rec = self._memo.get(key)
            if rec is not None:
                self.stats["run_hits"] += 1
                return rec, None, False
            ev = self._inflight.get(key)
            if ev is not None:
                self.stats["run_hits"] += 1
                return None, ev, False
            ev = self._inflight[key] = threading.Event()
            return None, ev, True

    def _release(self, key: str, rec: dict | None, ev: threading.Event) -> None:
        """Publish what was read for `key` to this run (an engine failure too: the same bytes are
        not tried again in this run, but it is not cached, so the next run tries again)."""
        with self._lock:
            if rec is not None:
                if len(self._memo) >= MEMO_ENTRIES:
                    self._memo.pop(next(iter(self._memo)))
                self._memo[key] = rec
            self._inflight.pop(key, None)
        ev.set()

    def inspect_many(self, listings: Iterable[Listing], workers: int | None = None
                     ) -> Iterator[tuple[Listing, list[OcrLine], list[str]]]:
        """inspect() over many listings, `workers` at a time (default: one per core), in order.
        Tesseract runs in its own processes, so threads keep every core busy."""
        workers = workers or (os.cpu_count() or 1)
        if workers <= 1:
            for l in listings:
                yield (l, *self.inspect(l))
            return
        with ThreadPoolExecutor(max_workers=workers) as ex:
            window: list = []
            for l in listings:
                window.append((l, ex.submit(self.inspect, l)))
                if len(window) >= workers * 4:
                    l0, f0 = window.pop(0)
                    yield (l0, *f0.result())
            for l0, f0 in window:
                yield (l0, *f0.result())

    # ------------------------------------------------------------------ helpers
    def _emit(self, ref: str, rec: dict, lines: list[OcrLine], errors: list[str]) -> None:
        if rec.get("error"):
            errors.append(f"image {ref}: {rec['error']}")
            return
        for n in rec.get("notes") or []:
            errors.append(_with_label(n, ref))
        got = [OcrLine(ref, t, b, c) for t, b, c in lines_from_json(rec.get("lines"))]
        got = [l for l in got if l.text.strip()]
        codes = [OcrLine(ref, t, b, 1.0, str(k)) for k, t, b in _codes_from_json(rec.get("codes"))]
        if not got and not codes:
            errors.append(f"note: image {ref}: {NO_TEXT}")
        lines.extend(got)
        lines.extend(codes)

    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.stats[name] += n


def _read_codes(rgb: np.ndarray) -> tuple[list, list[str]]:
    """QR codes / barcodes of a picture, as cache JSON, and notes for the codes not decoded."""
    from .codes import read_codes

    try:
        found = read_codes(rgb)
    except Exception as e:  # a reader bug must not cost the picture's text
        return [], [f"note: QR codes / barcodes could not be read ({type(e).__name__})"]
    codes, notes = [], []
    for c in found:
        b = c.box
        if c.text:
            codes.append([c.kind, c.text, b.x, b.y, b.w, b.h])
        else:
            notes.append(f"note: a QR code at x={b.x},y={b.y},w={b.w},h={b.h} could not be decoded; "
                         "check by hand where it leads (二维码无法识别，请人工确认其内容)")
    return codes, notes


def _codes_from_json(rows) -> list[tuple[str, str, Box]]:
    out = []
    for r in rows or []:
        try:
            out.append((str(r[0]), str(r[1]), Box(int(r[2]), int(r[3]), int(r[4]), int(r[5]))))
        except (TypeError, ValueError, IndexError):
            continue
    return out


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _strip_label(msg: str, ref: str) -> str:
    """'image REF: text' -> 'text' (cached results must not remember which ref they came from)."""
    for prefix in (f"note: image {ref}: ", f"image {ref}: "):
        if msg.startswith(prefix):
            return ("note: " if msg.startswith("note: ") else "") + msg[len(prefix):]
    return msg


def _with_label(msg: str, ref: str) -> str:
    if msg.startswith("note: "):
        return f"note: image {ref}: {msg[6:]}"
    return f"image {ref}: {msg}"


def _engine_error(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    if "timeout" in text.lower() or type(e).__name__ == "TimeoutExpired":
        return "timed out"
    return text[:200]


def _width(c: str) -> float:
    if c.isspace():
        return 0.35
    return 0.55 if ord(c) < 0x2E80 else 1.0  # Latin letters / digits are about half a CJK cell


def sub_box(box: Box, text: str, start: int, end: int, pad: float = 0.2) -> Box:
    """The part of a line's box that holds text[start:end] (character widths estimated: CJK
    full, Latin half), for evidence that boxes the offending words rather than the whole line.
    `pad` is the padding the preprocessing added around the line (fraction of its height)."""
    if not text or end <= start or box.w <= 0 or box.h <= 0:
        return box
    start, end = max(0, start), min(len(text), end)
    vertical = box.h > 2.2 * box.w
    long_side, short_side = (box.h, box.w) if vertical else (box.w, box.h)
    p = int(round(short_side * pad / (1 + 2 * pad)))
    inner = max(1, long_side - 2 * p)
    widths = [_width(c) for c in text]
    total = sum(widths) or 1.0
    a = p + inner * sum(widths[:start]) / total
    b = p + inner * sum(widths[:end]) / total
    m = max(2, p)
    a, b = max(0, int(a) - m), min(long_side, int(round(b)) + m)
    if vertical:
        return Box(box.x, box.y + a, box.w, max(1, b - a))
    return Box(box.x + a, box.y, max(1, b - a), box.h)


def resolve(ref: str, listing: Listing, cache_dir: Path, images_root: Path | None = None) -> Path:
    """The local file of an image ref (re-export of sources.imagecache.resolve_image)."""
    return resolve_image(ref, listing, cache_dir, images_root)


from .evidence import write_evidence  # noqa: E402  (re-export)
