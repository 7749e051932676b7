"""Advertising-law terms: one Aho-Corasick pass over the normalised field text, then named
context predicates (term exceptions, context phrases, specifications)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable

from ..engine import AD, Candidate, FieldText
from ..lexicon import Lexicon

VARIANT_CONFIDENCE = 0.8


def _an(c: str) -> bool:
    return c < "\x80" and c.isalnum()


class LexiconDetector:
    name = "lexicon"

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def detect(self, ft: FieldText) -> Iterable[Candidate]:
        text = ft.norm.text
        if not text:
            return []
        out = []
        n = len(text)
        for start, end, (key, patterns) in self.lexicon.automaton.iter(text):
            if _an(key[0]) and start > 0 and _an(text[start - 1]):
                continue
            if _an(key[-1]) and end < n and _an(text[end]):
                continue
            p = patterns[0]
            t = p.term
            s, e = ft.norm.span(start, end)
            if p.variant:
                expl = f"「{ft.text[s:e]}」是「{t.term}」的变体写法（{p.variant}），规避过滤仍属违规用语。"
                conf = VARIANT_CONFIDENCE
            else:
                expl = f"「{t.term}」属于{_CAT_ZH[t.category]}，违反{t.law}。"
                if t.severity == "low":
                    expl += " 严重度 low：值得一看，《广告绝对化用语执法指南》通常容许此类表述，请结合语境判断。"
                conf = 1.0 if t.lang == "zh" or len(key) > 3 else 0.9
            out.append(Candidate(s, e, t.category, t.severity, conf, t.term, t.rule_id, t.law,
                                 t.suggestion, expl, self.name, start, end))
        return out


_CAT_ZH = {
    "absolute_term": "绝对化用语",
    "authority_claim": "权威/背书宣称",
    "medical_claim": "非医疗商品的医疗功效宣称",
    "superstition": "封建迷信宣传",
    "inducement": "诱导/虚假促销用语",
    "guarantee_claim": "功效保证/承诺用语",
    "public_order": "妨碍社会公共秩序、违背社会良好风尚或不利于未成年人身心健康的内容",
}


def term_exception_filter(lexicon: Lexicon):
    """Drop a term inside one of its own exception phrases (第一 in 第一次)."""
    by_rule = {t.rule_id: t for t in lexicon.terms}

    def term_exception(c: Candidate, ft: FieldText):
        t = by_rule.get(c.rule_id)
        if t is None or not t.exceptions or c.nstart < 0:
            return None
        text = ft.norm.text
        m = text[c.nstart:c.nend]
        for x in t.exceptions:
            j = x.find(m)
            while j >= 0:
                if text.startswith(x, c.nstart - j) and c.nstart - j >= 0:
                    return ("drop", f"「{x}」是普通用语")
                j = x.find(m, j + 1)
        return None

    return term_exception


def context_phrase_filter(lexicon: Lexicon):
    """Context phrases (lexicons/context.csv): ordinary words are dropped, wording the SAMR 2023
    guideline tolerates is lowered to `low` with its reason."""
    automaton = lexicon.context_automaton

    longest = max((len(r.key) for r in lexicon.context), default=0)

    def spans(ft: FieldText):
        """Context phrases in the field, sorted by start (with the starts apart, for bisect)."""
        got = ft.notes.get("context_spans")
        if got is None:
            found = []
            if automaton is not None:
                found = sorted(((s, e, rule) for s, e, (key, rule) in automaton.iter(ft.norm.text)),
                               key=lambda x: (x[0], x[1]))
            got = ft.notes["context_spans"] = ([s for s, _, _ in found], found)
        return got

    def context_phrase(c: Candidate, ft: FieldText):
        if c.category not in AD or c.nstart < 0:
            return None
        best = None
        starts, found = spans(ft)
        # only phrases starting at most `longest` characters before the term can contain it
        for s, e, rule in found[bisect_left(starts, c.nend - longest):bisect_right(starts, c.nstart)]:
            if s <= c.nstart and c.nend <= e:
                if rule.effect == "ignore":
                    return ("drop", f"「{rule.phrase}」{rule.reason}")
                best = ("low", f"「{rule.phrase}」：{rule.reason}")
        return best

    return context_phrase


_SPEC_WORDS = {"最大", "最高", "最小", "最低", "最长", "最短", "最多", "最少", "最快", "最轻", "最薄", "最宽", "最远", "最深"}
_NUM_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:为|达|是|可达)?(?:约)?\d")


def specification_filter(c: Candidate, ft: FieldText):
    """最大/最高… followed by a measured quantity is a specification (最大容量2L, 最高承重150kg):
    the SAMR 2023 guideline does not treat it as an absolute claim."""
    if c.nstart < 0 or ft.norm.text[c.nstart:c.nend] not in _SPEC_WORDS:
        return None
    if _NUM_AFTER.match(ft.norm.text[c.nend:c.nend + 12]):
        return ("low", "规格参数（后接具体数值），属《广告绝对化用语执法指南》认可的客观表述")
    return None


_SPACES = re.compile(r"[\s()\[\]（）【】]+")  # what separates keywords in a title


def keyword_straddle_filter(c: Candidate, ft: FieldText):
    """Keyword titles separate words with spaces ("积极 品质", "山顶 级别"); removing the spaces
    must not invent a term from the end of one keyword and the start of the next (极品, 顶级).
    A match that crosses whitespace is dropped when it starts inside one keyword and ends inside
    another; spaced-out evasions start or end on a keyword boundary (顶 级 面霜, 最 好的)."""
    if c.category not in AD:
        return None
    quoted = ft.text[c.start:c.end]
    if not _SPACES.search(quoted):
        return None
    text = ft.text
    starts_inside = c.start > 0 and text[c.start - 1].isalnum()
    ends_inside = c.end < len(text) and text[c.end].isalnum()
    if starts_inside and ends_inside:
        return ("drop", "由两个关键词首尾拼出，不是实际用语")
    return None
