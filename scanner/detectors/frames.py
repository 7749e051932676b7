"""Claim frames (lexicons/frames.csv + lexicons/slots/): 治疗/预防 + disease, 假一赔N, 国家指定…
One candidate per frame match; the engine's dedupe keeps the strongest of overlapping ones."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from ..engine import Candidate, FieldText
from ..category import classify
from ..frames import Frame, FrameSet
from .ad_terms import _CAT_ZH, _an, keyword_break

_MAX_SPLITS = 8  # keyword breaks one match is split at, at most (each split reads the text again)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CLAUSE_START = re.compile(r"[,;:!?，。；：！？|\n](?=[^,;:!?，。；：！？|\n]*$)")  # after the last break
_BEFORE, _AFTER = 80, 80  # how far a hyphen's clause copy reaches back (to the clause start) and on


class FrameDetector:
    name = "frame"

    def __init__(self, frames: FrameSet):
        self.frames = frames
        self._directory = str(frames.directory)  # the class vocabulary beside the frames

    def detect(self, ft: FieldText) -> Iterable[Candidate]:
        out: list[Candidate] = []
        self._read(ft, ft.norm.text, 0, len(ft.norm.text), out, 0)
        if "-" in ft.text and ft.norm.ordered:
            self._hyphens(ft, out)
        return out

    def _hyphens(self, ft: FieldText, out: list) -> None:
        """English words joined by a hyphen (lowers blood-sugar, stimulates collagen-production):
        the normal form drops the hyphen, so the frames, written with a space between words, read
        a copy of the clause with a space where it was (from the clause's start to _AFTER
        characters on); only matches across or right after such a space are new."""
        text, offs = ft.norm.text, ft.norm.offsets
        n = len(text)
        orig = ft.text
        joints = []
        h = orig.find("-")
        while h >= 0 and len(joints) < 64:  # a hyphen between two Latin letters
            if h and orig[h - 1] in _LETTERS and orig[h + 1:h + 2] in _LETTERS:
                i = bisect_left(offs, h)
                if ft.norm.joint(i) and (not joints or joints[-1] != i):
                    joints.append(i)
            h = orig.find("-", h + 1)
        windows: list[list] = []  # [start, end, joints inside]
        for i in joints:
            lo = max(0, i - _BEFORE)
            b = _CLAUSE_START.search(text, lo, i)
            ws = b.end() if b is not None else lo
            while ws > 0 and _an(text[ws - 1]):
                ws -= 1
            we = min(n, i + _AFTER)
            while we < n and _an(text[we]):  # not into the middle of a Latin word
                we += 1
            if windows and ws <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], we)
                windows[-1][2].append(i)
            else:
                windows.append([ws, we, [i]])
        have = {(c.rule_id, c.nstart, c.nend) for c in out}
        for ws, we, js in windows:
            cuts = [ws] + js
            alt = "".join(text[a:b] + " " for a, b in zip(cuts, js)) + text[js[-1]:we]
            spaces = [i - ws + k for k, i in enumerate(js)]  # the inserted spaces, in the copy
            for f, a, b, slots in self.frames.matches(alt):
                k = bisect_left(spaces, a - 1)
                if k >= len(spaces) or spaces[k] >= b or not self._applies(f, ft):
                    # no hyphen inside or right before (pain-relieving balm): the normal form's reading
                    # stands; nor one right after, a compound the match would cut (against disease-causing)
                    continue
                ns, ne = ws + a - bisect_left(spaces, a), ws + b - bisect_left(spaces, b)
                if (f.rule_id, ns, ne) in have or keyword_break(ft, ns, ne) is not None:
                    continue
                have.add((f.rule_id, ns, ne))
                out.append(self._cand(ft, f, ns, ne, slots))

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
            out.append(self._cand(ft, f, ns, ne, slots))

    def _cand(self, ft: FieldText, f: Frame, ns: int, ne: int, slots) -> Candidate:
        s, e = ft.norm.span(ns, ne)
        quoted = ft.text[s:e]
        expl = f"「{quoted}」：{f.explanation or _CAT_ZH[f.category]}"
        if slots:
            names = "、".join(dict.fromkeys(h.term for h in slots))
            expl += f"（涉及：{names}）"
        expl += f"，违反{f.law}。" if f.law else "。"
        term = f.id if not slots else f"{f.id}:{slots[0].term}"
        return Candidate(s, e, f.category, f.severity, 1.0 if f.lang == "zh" else 0.9, term,
                         f.rule_id, f.law, f.suggestion, expl, self.name, ns, ne)
