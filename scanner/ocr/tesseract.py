"""Tesseract through pytesseract: OpenCV finds and cleans the text lines, Tesseract reads them.

Tesseract accepts a text file listing image paths as its input and reads each as a page, so one
process start (≈0.1–0.15 s with chi_sim, most of a banner's cost) serves every line crop of
every image of a listing. `--psm 7` (one text line per page) matches what the preprocessing
hands it; vertical columns go to `chi_sim_vert --psm 5` when that model is installed, else they
are re-laid horizontally, one character after another, and read with `--psm 7`.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from ..models import Box
from .preprocess import Settings, find_regions, prepare_crop, relay_vertical
from .base import EngineUnavailable, RawLine
from .textutil import strip_cjk_spaces

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per Tesseract process; we run one per core

MIN_CROPS_PER_PROCESS = 6  # below this, a second process costs more start-up than it saves


@dataclass(frozen=True)
class LineResult:
    text: str
    confidence: float


def available_languages() -> set[str]:
    import pytesseract

    try:
        return set(pytesseract.get_languages(config=""))
    except Exception:  # binary missing or broken
        return set()


class TesseractEngine:
    name = "tesseract"

    def __init__(self, lang: str = "chi_sim", vertical_lang: str | None = "auto", threads: int = 0,
                 timeout: float = 120, preprocess: Settings | None = None, **_ignored):
        import pytesseract

        self._pt = pytesseract
        if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
            raise EngineUnavailable("Tesseract is not installed (Debian: apt-get install tesseract-ocr "
                                    "tesseract-ocr-chi-sim tesseract-ocr-chi-tra)")
        have = available_languages()
        missing = [l for l in lang.split("+") if l not in have]
        if missing:
            raise EngineUnavailable(f"Tesseract language data missing: {', '.join(missing)} "
                                    f"(Debian: apt-get install tesseract-ocr-{missing[0].replace('_', '-')})")
        self.lang = lang
        if vertical_lang == "auto":
            first = lang.split("+")[0]
            vertical_lang = f"{first}_vert" if first in ("chi_sim", "chi_tra", "jpn", "kor") else None
        # the vertical model is optional: without it columns are re-laid horizontally
        self.vertical_lang = vertical_lang if vertical_lang and vertical_lang in have else None
        self.threads = threads or (os.cpu_count() or 1)
        self.timeout = timeout
        self.pp = preprocess or Settings()
        self._version = self._get_version()

    def _get_version(self) -> str:
        try:
            return str(self._pt.get_tesseract_version())
        except Exception:  # pragma: no cover
            return "?"

    def settings_key(self) -> str:
        return f"tesseract{self._version}|{self.lang}|v={self.vertical_lang or '-'}|psm7|{self.pp.key()}"

    # ------------------------------------------------------------------ images -> lines
    def read_images(self, images: list[np.ndarray]) -> list[list[RawLine]]:
        """All text lines of each image (boxes in that image's pixels). One batch for all."""
        crops: list[np.ndarray] = []
        vertical: list[bool] = []
        owner: list[tuple[int, Box]] = []
        variants = [v for v in self.pp.variants.split(",") if v] or ["flat"]
        for n, rgb in enumerate(images):
            for region in find_regions(rgb, self.pp):
                for variant in variants:
                    crop = prepare_crop(rgb, region, self.pp, variant)
                    v = region.vertical
                    if v and not self.vertical_lang:
                        crop = relay_vertical(crop)
                        v = False
                    crops.append(crop)
                    vertical.append(v)
                    owner.append((n, region.box))
        results = self.read_lines(crops, vertical)
        out: list[list[RawLine]] = [[] for _ in images]
        k = len(variants)
        for j in range(0, len(results), k):
            n, box = owner[j]
            # the variant Tesseract is surest of (confidence weighted a little by length, so a
            # lone confident stroke does not beat the whole line)
            r = max(results[j:j + k], key=lambda r: r.confidence * min(1.0, 0.5 + 0.1 * len(r.text)) if r.text else -1)
            if r.text:
                out[n].append(RawLine(r.text, box, r.confidence))
        return out

    # ------------------------------------------------------------------ crops -> text
    def read_lines(self, crops: list[np.ndarray], vertical: list[bool] | None = None) -> list[LineResult]:
        """OCR each crop as one text line: one Tesseract process per language and per core."""
        if not crops:
            return []
        vertical = vertical or [False] * len(crops)
        out: list[LineResult | None] = [None] * len(crops)
        jobs: list[tuple[str, str, list[int]]] = []
        groups: dict[tuple[str, str], list[int]] = {}
        for i, v in enumerate(vertical):
            key = (self.vertical_lang, "5") if v and self.vertical_lang else (self.lang, "7")
            groups.setdefault(key, []).append(i)
        for (lang, psm), idx in groups.items():
            n = max(1, min(self.threads, len(idx) // MIN_CROPS_PER_PROCESS))
            for k in range(n):
                part = idx[k::n]
                if part:
                    jobs.append((lang, psm, part))
        if len(jobs) == 1:
            done = [self._batch([crops[i] for i in jobs[0][2]], jobs[0][0], jobs[0][1])]
        else:
            with ThreadPoolExecutor(max_workers=min(self.threads, len(jobs))) as ex:
                done = list(ex.map(lambda j: self._batch([crops[i] for i in j[2]], j[0], j[1]), jobs))
        for (_, _, idx), res in zip(jobs, done):
            for i, r in zip(idx, res):
                out[i] = r
        return [r or LineResult("", 0.0) for r in out]

    def _batch(self, crops: list[np.ndarray], lang: str, psm: str) -> list[LineResult]:
        with tempfile.TemporaryDirectory(prefix="scanner-ocr-") as d:
            paths = []
            for i, c in enumerate(crops):
                p = Path(d) / f"{i:05d}.png"
                cv2.imwrite(str(p), c)
                paths.append(str(p))
            if len(paths) == 1:
                src = paths[0]
            else:
                src = str(Path(d) / "list.txt")
                Path(src).write_text("\n".join(paths) + "\n", encoding="utf-8")
            data = self._pt.image_to_data(src, lang=lang, config=f"--psm {psm}", timeout=self.timeout,
                                          output_type=self._pt.Output.DICT)
        return _collect(data, len(crops))


def _collect(data: dict, n: int) -> list[LineResult]:
    words: list[list[tuple[str, float]]] = [[] for _ in range(n)]
    for page, text, conf in zip(data["page_num"], data["text"], data["conf"]):
        try:
            c = float(conf)
        except (TypeError, ValueError):
            continue
        t = (text or "").strip()
        if c < 0 or not t:
            continue
        i = int(page) - 1
        if 0 <= i < n:
            words[i].append((t, c))
    out = []
    for ws in words:
        if not ws:
            out.append(LineResult("", 0.0))
            continue
        text = strip_cjk_spaces(" ".join(t for t, _ in ws))
        weight = sum(len(t) for t, _ in ws)
        conf = sum(len(t) * c for t, c in ws) / max(1, weight) / 100.0
        out.append(LineResult(text, round(max(0.0, min(1.0, conf)), 3)))
    return out
