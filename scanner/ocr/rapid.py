"""Optional second engine: RapidOCR (PP-OCR detection + recognition models run by onnxruntime).

`pip install rapidocr onnxruntime` — the rapidocr wheel (3.x) ships its default models
(PP-OCRv6 det/rec small, mobile direction classifier), so nothing is downloaded at run time.
Selected with `--ocr-engine rapidocr` / `ImageInspector(..., engine="rapidocr")`.
RapidOCR does its own text detection, so the OpenCV preprocessing of the Tesseract engine is
not used here.
"""
from __future__ import annotations

import logging
import os
import threading

import numpy as np

from ..models import Box
from .base import EngineUnavailable, RawLine
from .textutil import strip_cjk_spaces


class RapidEngine:
    name = "rapidocr"

    def __init__(self, threads: int = 0, text_score: float = 0.5, **_ignored):
        try:
            import rapidocr
            from rapidocr import RapidOCR
        except ImportError as e:
            raise EngineUnavailable("RapidOCR is not installed (pip install rapidocr onnxruntime)") from e
        # one engine instance per thread: onnxruntime sessions are not shared across threads
        per = 1 if (threads or 0) > 1 else max(1, (os.cpu_count() or 1))
        self._params = {
            "Global.log_level": "error",
            "Global.text_score": text_score,
            "EngineConfig.onnxruntime.intra_op_num_threads": per,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
        self._cls = RapidOCR
        self._local = threading.local()
        self._version = getattr(rapidocr, "__version__", "") or _dist_version("rapidocr")
        self.text_score = text_score
        try:
            self._engine()
        except Exception as e:  # models missing / onnxruntime broken
            raise EngineUnavailable(f"RapidOCR cannot start: {e}") from e
        for name in ("RapidOCR", "rapidocr"):
            logging.getLogger(name).setLevel(logging.ERROR)

    def _engine(self):
        e = getattr(self._local, "engine", None)
        if e is None:
            e = self._local.engine = self._cls(params=dict(self._params))
        return e

    def settings_key(self) -> str:
        return f"rapidocr{self._version}|score{self.text_score}"

    def read_images(self, images: list[np.ndarray]) -> list[list[RawLine]]:
        out = []
        eng = self._engine()
        for rgb in images:
            # RapidOCR expects OpenCV's BGR order for arrays
            res = eng(np.ascontiguousarray(rgb[:, :, ::-1]))
            lines: list[RawLine] = []
            txts = getattr(res, "txts", None) or ()
            scores = getattr(res, "scores", None) or ()
            boxes = getattr(res, "boxes", None)
            for i, t in enumerate(txts):
                text = strip_cjk_spaces(t or "")
                if not text:
                    continue
                pts = np.asarray(boxes[i]) if boxes is not None else None
                if pts is None or pts.size < 8:
                    continue
                x0, y0 = np.floor(pts.min(axis=0)).astype(int)
                x1, y1 = np.ceil(pts.max(axis=0)).astype(int)
                x0, y0 = max(0, int(x0)), max(0, int(y0))
                box = Box(x0, y0, max(1, int(x1) - x0), max(1, int(y1) - y0))
                conf = float(scores[i]) if i < len(scores) else 0.0
                lines.append(RawLine(text, box, round(max(0.0, min(1.0, conf)), 3)))
            out.append(lines)
        return out


def _dist_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return "?"
