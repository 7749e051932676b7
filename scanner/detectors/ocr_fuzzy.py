"""OCR noise tolerance for image text: a lexicon term of 4+ characters read with exactly one
wrong character (全网最低价 read as 全网最低份) still matches, at lower confidence.

Acts only on `field == "image"` (typed text gets no such latitude: a different character there
is a different word). Guard rails against flooding clean pictures:
- the term must have 4+ characters, at least 3 of them Chinese (one wrong letter in an English
  word is usually another word);
- a window that is itself a lexicon term, a variant, or an ordinary phrase of context.csv is
  left to the exact detector / dropped;
- numerals never stand in for numerals (销量第二 is not 销量第一 misread), nor Latin letters
  or digits for Chinese characters in a term's key (a different word, not a misread);
- windows overlapping an exact lexicon match are skipped (the exact finding covers them).

Index: every term key with each position wildcarded (SymSpell-style), so a line costs a few
hundred dict look-ups, not a scan of the lexicon.
"""
from __future__ import annotations

from typing import Iterable

from ..engine import Candidate, FieldText
from ..lexicon import Lexicon, Term, load_lexicon

FUZZY_CONFIDENCE = 0.6
MIN_LEN = 4
WILD = "\x00"
_NUMERALS = set("0123456789一二三四五六七八九十百千万两零壹贰叁肆伍陆柒捌玖拾")


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


class OcrFuzzyDetector:
    name = "ocr_fuzzy"

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.index: dict[str, list[tuple[Term, int]]] = {}
        self.lengths: set[int] = set()
        exact = {p.key for p in self.lexicon.patterns}
        self._blocked = exact | {c.key for c in self.lexicon.context}
        for t in self.lexicon.terms:
            k = t.key
            if len(k) < MIN_LEN or sum(_is_cjk(c) for c in k) < 3:
                continue
            self.lengths.add(len(k))
            for i in range(len(k)):
                self.index.setdefault(k[:i] + WILD + k[i + 1:], []).append((t, i))
        self._context = self.lexicon.context_automaton

    def detect(self, ft: FieldText) -> Iterable[Candidate]:
        if ft.field != "image":
            return []
        text = ft.norm.text
        n = len(text)
        if n < MIN_LEN or not self.index:
            return []
        exact_spans = [(end - len(key) + 1, end + 1) for end, (key, _) in self.lexicon.automaton.iter(text)]
        ordinary = []
        if self._context is not None:
            ordinary = [(end - len(key) + 1, end + 1) for end, (key, rule) in self._context.iter(text)
                        if rule.effect == "ignore"]
        out: list[Candidate] = []
        seen: set[tuple[int, int, str]] = set()
        for L in sorted(self.lengths, reverse=True):
            for s in range(0, n - L + 1):
                e = s + L
                window = text[s:e]
                if "\n" in window or window in self._blocked:
                    continue
                if any(a < e and s < b for a, b in exact_spans):
                    continue
                if any(a <= s and e <= b for a, b in ordinary):
                    continue
                for i in range(L):
                    hits = self.index.get(window[:i] + WILD + window[i + 1:])
                    if not hits:
                        continue
                    got, want = window[i], None
                    for t, pos in hits:
                        if pos != i:
                            continue
                        want = t.key[i]
                        if got == want or not self._plausible_misread(want, got):
                            continue
                        k = (s, e, t.rule_id)
                        if k in seen:
                            continue
                        seen.add(k)
                        os_, oe = ft.norm.span(s, e)
                        quoted = ft.text[os_:oe]
                        expl = (f"图片文字识别为「{quoted}」，与「{t.term}」仅差一字（「{got}」疑为「{want}」的识别误差），"
                                f"请核对原图：若原图为「{t.term}」，违反{t.law}。")
                        out.append(Candidate(os_, oe, t.category, t.severity, FUZZY_CONFIDENCE, t.term,
                                             t.rule_id, t.law, t.suggestion, expl, self.name, s, e))
        return out

    @staticmethod
    def _plausible_misread(want: str, got: str) -> bool:
        if want in _NUMERALS and got in _NUMERALS:
            return False  # 第一 vs 第二: a different claim, not a misread
        if _is_cjk(want) and not _is_cjk(got):
            # a Chinese character read as a Latin letter / digit / symbol happens, but a window
            # like "最好的a" is more often mixed text; only accept a lone CJK-looking stand-in
            return False
        return True
