"""Claim frames (lexicons/frames.csv + lexicons/slots/): 治疗/预防 + disease, 假一赔N, 国家指定…
One candidate per frame match; the engine's dedupe keeps the strongest of overlapping ones."""
from __future__ import annotations

from typing import Iterable

from ..engine import Candidate, FieldText
from ..frames import FrameSet
from .ad_terms import _CAT_ZH


class FrameDetector:
    name = "frame"

    def __init__(self, frames: FrameSet):
        self.frames = frames

    def detect(self, ft: FieldText) -> Iterable[Candidate]:
        text = ft.norm.text
        out = []
        for f, ns, ne, slots in self.frames.matches(text):
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
        return out
