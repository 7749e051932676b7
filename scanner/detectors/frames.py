"""Claim frames (lexicons/frames.csv + lexicons/slots/): 治疗/预防 + disease, 假一赔N, 国家指定…
One candidate per frame match; the engine's dedupe keeps the strongest of overlapping ones."""
from __future__ import annotations

from typing import Iterable

from ..engine import Candidate, FieldText
from ..category import classify
from ..frames import Frame, FrameSet
from .ad_terms import _CAT_ZH, keyword_break

_MAX_SPLITS = 8  # keyword breaks one match is split at, at most (each split reads the text again)


class FrameDetector:
    name = "frame"

    def __init__(self, frames: FrameSet):
        self.frames = frames
        self._directory = str(frames.directory)  # the class vocabulary beside the frames

    def detect(self, ft: FieldText) -> Iterable[Candidate]:
        out: list[Candidate] = []
        self._read(ft, ft.norm.text, 0, len(ft.norm.text), out, 0)
        return out

    def _applies(self, f: Frame, ft: FieldText) -> bool:
        """A frame limited to some product classes applies only to listings of those classes."""
        return f.classes is None or classify(ft.listing, self._directory).cls in f.classes

    def _read(self, ft: FieldText, text: str, lo: int, hi: int, out: list, depth: int) -> None:
        """The frame matches starting in [lo, hi) of `text` (the field's normal form, or a copy
        with a part blanked out: same length, same offsets)."""
        for f, ns, ne, slots in self.frames.matches(text):
            if not lo <= ns < hi or not self._applies(f, ft):
                continue
            brk = keyword_break(ft, ns, ne) if depth < _MAX_SPLITS else None
            if brk is not None:
                # a match running from inside one keyword into the next (芭乐 有益心脏预防癌症 降低血糖)
                # is no claim as a whole: each side of the break is read on its own — the head
                # with the text before it, the tail with the head blanked out
                self._read(ft, text[:brk], ns, brk, out, depth + 1)
                self._read(ft, text[:ns] + " " * (brk - ns) + text[brk:], brk, ne, out, depth + 1)
                continue
            s, e = ft.norm.span(ns, ne)
            quoted = ft.text[s:e]
            expl = f"「{quoted}」：{f.explanation or _CAT_ZH[f.category]}"
            if slots:
                names = "、".join(dict.fromkeys(h.term for h in slots))
                expl += f"（涉及：{names}）"
            expl += f"，违反{f.law}。" if f.law else "。"
            term = f.id if not slots else f"{f.id}:{slots[0].term}"
            out.append(Candidate(s, e, f.category, f.severity, 1.0 if f.lang == "zh" else 0.9, term,
                                 f.rule_id, f.law, f.suggestion, expl, self.name, ns, ne))
