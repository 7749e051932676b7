"""Advertising-law terms: one Aho-Corasick pass over the normalised field text, then named
context predicates (term exceptions, context phrases, specifications)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable

from ..engine import AD, Candidate, FieldText, only_for
from ..lexicon import Lexicon
from ..normalize import normalize_key

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
            p = patterns[0]
            if p.joins and not all(ft.norm.joint(start + j) for j in p.joins):
                continue
            # (a hyphen the normal form removed between two words still ends a disease name: cancer-fighting)
            if _an(key[0]) and start > 0 and _an(text[start - 1]) and not _joint(ft, p, start):
                continue
            if _an(key[-1]) and end < n and _an(text[end]) and not _joint(ft, p, end):
                continue
            t = p.term
            s, e = ft.norm.span(start, end)
            if p.variant:
                expl = f"「{ft.text[s:e]}」是「{t.term}」的变体写法（{p.variant}），规避过滤仍属违规用语。"
                conf = VARIANT_CONFIDENCE
            else:
                expl = f"「{t.term}」属于{_CAT_ZH[t.category]}，违反{t.law}。"
                if t.severity == "low":
                    expl += " 严重度 low：" + low_reason(t)
                conf = 1.0 if t.lang == "zh" or len(key) > 3 else 0.9
            out.append(Candidate(s, e, t.category, t.severity, conf, t.term, t.rule_id, t.law,
                                 t.suggestion, expl, self.name, start, end))
        return _outermost(out, ft.text) if len(out) > 1 else out


def _outermost(cands: list[Candidate], text: str) -> list[Candidate]:
    """A term inside a longer term of the same category gives way to it: the lexicon's most
    specific row names the phrase the seller wrote ("best seller" is the row for "Best seller in
    Kitchen", not "best"; 全网最低价, not 最低价). A sweep by start, the longest first. A longer
    term that runs from one keyword of a title into the next (回购率第一 家用: no 第一家) hides
    nothing: the straddle filter drops it."""
    reach: dict[str, int] = {}
    drop = None
    for c in sorted(cands, key=_by_span):
        if reach.get(c.category, -1) >= c.nend:
            if drop is None:
                drop = set()
            drop.add(id(c))
        elif not (straddles(text, c.start, c.end) and not _own_spaces(c, text)):
            reach[c.category] = c.nend
    return cands if drop is None else [c for c in cands if id(c) not in drop]


def _by_span(c: Candidate) -> tuple[int, int]:
    return c.nstart, -c.nend


def _joint(ft: FieldText, p, i: int) -> bool:
    """A medical term's word edge at a removed hyphen between two letters (cancer-fighting; not MLGB-2000)."""
    text = ft.norm.text
    return (p.term.category == "medical_claim" and text[i - 1].isalpha() and text[i].isalpha()
            and ft.norm.joint(i))


_CAT_ZH = {
    "absolute_term": "绝对化用语",
    "authority_claim": "权威/背书宣称",
    "medical_claim": "非医疗商品的医疗功效宣称",
    "superstition": "封建迷信宣传",
    "inducement": "诱导/虚假促销用语",
    "guarantee_claim": "功效保证/承诺用语",
    "public_order": "妨碍社会公共秩序、违背社会良好风尚或不利于未成年人身心健康的内容",
    "false_claim": "与实际情况不符的宣称",
}


# Why a term of each category is only `low` on its own: the reason that applies to that kind of
# claim (the 2023 guideline on absolute terms says nothing about medical or guarantee claims).
_LOW_REASON = {
    "absolute_term": "值得一看，《广告绝对化用语执法指南》通常容许此类表述（程度描述、规格、本店范围），请结合语境判断。",
    "medical_claim": "此类保健、护理用语常见于普通描述，请确认没有宣称预防、治疗疾病或保健功能；普通食品、化妆品上风险更高。",
    "guarantee_claim": "此类承诺多为售后或服务条款，请确认不是对功效、收益的保证。",
    "authority_claim": "请确认没有借国家机关、权威机构、专家或医生名义作推荐、证明。",
    "inducement": "请确认活动真实、价格和数量有依据，没有虚构抢购或紧迫感。",
    "superstition": "常见于普通文化、民俗描述，请确认没有宣传迷信功效。",
}
_LOW_DISEASE = "单独出现的疾病名称多见于警示语（如“高血压患者慎用”），请确认没有宣称疗效；与治疗、预防、缓解等连用即属违法。"


def low_reason(t) -> str:
    """The seller-facing reason a lexicon term is `low`, by what kind of claim it is."""
    if t.category == "medical_claim" and "疾病名称" in t.suggestion:
        return _LOW_DISEASE
    return _LOW_REASON.get(t.category, "值得一看，请结合语境判断。")


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
            if m != t.key and t.key in x:
                x = x.replace(t.key, m)  # a variant spelling inside the same ordinary word (治yu色 = 治愈色)
            j = x.find(m)
            while j >= 0:
                if text.startswith(x, c.nstart - j) and c.nstart - j >= 0 \
                        and not _apart_from_term(ft.norm, c.nstart, c.nend, c.nstart - j, c.nstart - j + len(x)):
                    return ("drop", f"「{x}」是普通用语")
                j = x.find(m, j + 1)
        return None

    return term_exception


def _apart_from_term(norm, ts: int, te: int, xs: int, xe: int) -> bool:
    """Is the ordinary phrase [xs, xe) around the term [ts, te) (normalised offsets) only glued
    together by normalising? Whitespace in the original right after the term, one character of
    the phrase after it, and the keyword there running on (新款 第一 口红: 第一 and 口红 are two
    keywords, no 第一口, the first bite). A whole word after the space (第一 时间发货), a keyword of
    that one character (第一 次) or a term written spaced out itself (第 一 次) keeps the phrase."""
    text = norm.text
    if not norm.ordered or xe - te != 1 or xe >= len(text) or te >= len(norm.offsets):
        return False
    gap = norm.spaced
    if not gap(te) or gap(xe) or any(gap(i) for i in range(ts + 1, te)):
        return False
    return text[xe].isalnum()


_NO_TERM_SCOPE = frozenset({"absolute_term", "inducement", "superstition"})


def context_phrase_filter(lexicon: Lexicon):
    """Context phrases (lexicons/context.csv): ordinary words are dropped, wording the SAMR 2023
    guideline tolerates is lowered to `low` with its reason.

    A `low` phrase tolerates the kind of claim it was written for — the categories of the lexicon
    terms inside it (本店最新款 → absolute terms; 电商特供版 → authority): a medical or guarantee
    claim that happens to lie inside it is not lowered with a reason about absolute terms. A phrase
    holding no term tolerates absolute terms, inducement and superstition wording only."""
    automaton = lexicon.context_automaton
    scope: dict[str, frozenset] = {}
    for rule in lexicon.context:
        if rule.effect == "low" and rule.key not in scope:
            cats = {pats[0].term.category for _, _, (_, pats) in lexicon.automaton.iter(rule.key)}
            scope[rule.key] = frozenset(cats or _NO_TERM_SCOPE)

    longest = max((len(r.key) for r in lexicon.context), default=0)

    def spans(ft: FieldText):
        """Context phrases in the field, sorted by start (with the starts apart, for bisect)."""
        got = ft.notes.get("context_spans")
        if got is None:
            found = []
            if automaton is not None:
                text = ft.norm.text
                n = len(text)
                for s, e, (key, rule) in automaton.iter(text):
                    if _an(key[0]) and s > 0 and _an(text[s - 1]):
                        continue  # an English phrase matches whole words only
                    if _an(key[-1]) and e < n and _an(text[e]):
                        continue
                    found.append((s, e, rule))
                found.sort(key=lambda x: (x[0], x[1]))
            got = ft.notes["context_spans"] = ([s for s, _, _ in found], found)
        return got

    @only_for(AD)
    def context_phrase(c: Candidate, ft: FieldText):
        if c.category not in AD or c.nstart < 0:
            return None
        best = None
        starts, found = spans(ft)
        # only phrases starting at most `longest` characters before the term can contain it
        for s, e, rule in found[bisect_left(starts, c.nend - longest):bisect_right(starts, c.nstart)]:
            if s <= c.nstart and c.nend <= e and not _apart_from_term(ft.norm, c.nstart, c.nend, s, e):
                if rule.effect == "ignore":
                    return ("drop", f"「{rule.phrase}」{rule.reason}")
                if c.category in scope.get(rule.key, _NO_TERM_SCOPE):
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


def _own_names(c: Candidate, ft: FieldText) -> tuple[str, ...]:
    """The names an absolute-term candidate may belong to: the shop's own brands and the listing's
    `brand` (none for other candidates)."""
    if c.category != "absolute_term" or c.nstart < 0:
        return ()
    names = ft.context.own_brands
    return (*names, ft.listing.brand) if ft.listing.brand else names


def trademark_name_filter(c: Candidate, ft: FieldText):
    """An absolute term inside the name of the shop's own brand (`own_brands`) or of the listing's
    `brand` (第一坊 手工皂, Best Choice Products 帐篷) names the goods: the SAMR 2023 guideline
    (《广告绝对化用语执法指南》第五条第四项) does not apply 第九条第三项 to a registered trademark or
    product name that contains such a word, used to tell the goods apart. Lowered, not dropped:
    the seller checks that the name is used as the name. Medical and other claims in a name stay
    (a cosmetic's name may not carry medical wording either)."""
    names = _own_names(c, ft)
    if not names:
        return None
    text = ft.norm.text
    for name in names:
        n = normalize_key(name) if name else ""
        if len(n) < 2 or len(n) <= c.nend - c.nstart and n == text[c.nstart:c.nend]:
            continue  # a name that is only the term itself proves nothing
        i = text.find(n, max(0, c.nend - len(n)), c.nstart + len(n))
        if i >= 0 and i <= c.nstart and c.nend <= i + len(n):
            return ("low", f"品牌名称「{name}」中的用语（《广告绝对化用语执法指南》第五条第四项：商品名称或注册商标含有"
                           "绝对化用语，用以指代商品的，不适用第九条第三项），请确认该名称为注册商标或商品名称")
    return None


# what makes an absolute term a claim about the market rather than the brand's own range
_MARKET_SCOPE = ("全网", "全国", "全球", "世界", "行业", "国内", "国际", "中国", "同类", "业内", "业界", "市场",
                 "全城", "全省", "全市", "亚洲", "史上", "宇宙", "人类", "所有", "全部")
# between the brand's name and a term after it (三星首款, 小米的第一款, 华为旗下最新): nothing, or a
# possessive; between a term and the name after it (最具性价比的小米笔记本): 的, or nothing
_OWN_BEFORE_GAP = ("", "的", "之", "家", "家的", "旗下", "旗下的", "品牌", "品牌的", "自家", "自家的")
_COUNTERS = tuple("款个台部代件只辆套")  # 首款, 第一台: a model of the range
_MODIFIES = re.compile(r"的[^\s,.;:!?，。；：！？、）)】」]")  # 最好的手机: the term modifies goods
_CLAUSE_BREAK = re.compile(r"[\s,.;:!?，。；：！？、（）()【】「」]")


def own_range_filter(c: Candidate, ft: FieldText):
    """An absolute term that compares the shop's own brand with itself — the brand's name right
    before it (三星首款智能蓝牙耳机, 华为旗下最新款) or right after it with 的 (最具性价比的小米笔记本) —
    ranks goods within the maker's own range, which the SAMR 2023 guideline (《广告绝对化用语执法指南》
    第五条) does not treat as an absolute claim against other businesses. Only the shop's own brands
    (`own_brands`) and the listing's `brand` count; a term naming the market (全网, 行业, 全国 …)
    stays. Lowered, not dropped: the seller checks that the comparison is within the brand."""
    names = _own_names(c, ft)
    if not names:
        return None
    text = ft.norm.text
    term = text[c.nstart:c.nend]
    if any(w in term for w in _MARKET_SCOPE):
        return None
    en = _own_sales_en(ft, c, names)
    if en:
        return ("low", f"本品牌自身比较：「{en}」自家产品中的畅销款（同一品牌产品之间的排序，不是与其他经营者商品的比较），"
                       "请确认所指仅限本品牌产品")
    before = text[max(0, c.nstart - 24):c.nstart]
    after = text[c.nend:c.nend + 24]
    if any(w in before[-4:] or w in after[:4] for w in _MARKET_SCOPE):
        return None
    for name in names:
        n = normalize_key(name) if name else ""
        if len(n) < 2 or n in term:
            continue
        # the name before the term: the term must rank goods (首款, 最好的手机, 第一款), not the brand
        # itself (小米第一, 华为第一品牌 claim the market)
        gap = next((g for g in _OWN_BEFORE_GAP if before.endswith(n + g)), None)
        own_before = gap is not None and not _latin_glued(before, n) and (
            term.endswith(_COUNTERS) or after[:1] in _COUNTERS or _MODIFIES.match(after) is not None) \
            and not _spaced(ft, c.nstart - len(gap) - len(n), c.nstart + 1)
        # the name after the term: 最具性价比的小米笔记本 (a few words, 的, the name), 最新小米手环 (a
        # modifier glued on; 第一小米 … reads as a rank)
        j = after.find("的" + n, 0, 10 + len(n))
        own_after = ((j >= 0 and _CLAUSE_BREAK.search(after, 0, j) is None) or (
            after.startswith(n) and term.endswith(("新款", "新", "款")))) \
            and not _spaced(ft, c.nstart, c.nend + max(j, 0) + len(n) + (j >= 0))
        if own_before or own_after:
            return ("low", f"本品牌自身比较：「{name}」自家产品之间的比较或排序（《广告绝对化用语执法指南》第五条："
                           "同一品牌或同一企业产品之间的自我比较，不属于与其他经营者的比较），请确认所指仅限本品牌产品")
    return None


# English copy ranking a brand's own goods by sales: the brand's possessive right before the term
# (“Neuw's bestselling, most versatile fit”, “Levi’s® most popular fit”); a best-seller claim that
# only follows the brand's name (“Trident Spectra, a best-seller”) still claims the market
_EN_SALES_TERM = re.compile(r"(?:best|top)[- ]?sell(?:ing|ers?)$|most popular$")
_EN_SALES_AFTER = re.compile(r"[- ]?sell(?:ing|ers?)(?![a-z])")
_EN_SENTENCE_BREAK = re.compile(r"[.!?;|•\n]")
_EN_POSSESSIVE = re.compile(r"['’]s[®™]? ?$")
_EN_MARKET = re.compile(r"(?<![a-z])(?:america|americas|american|world|worlds|nation|nations|national|country|countrys|"
                        r"uk|usa|us|britain|britains|australia|australias|canada|canadas|india|indias|europe|europes|"
                        r"global|globally|market|markets|industry|amazon|amazons|planet|ever|all[- ]time|category)(?![a-z])")


def _own_sales_en(ft: FieldText, c: Candidate, names) -> str:
    """The own brand (`own_brands` or the listing's brand) whose possessive stands right before a
    best-selling / most popular term of English copy (Neuw's bestselling fit): the brand ranks its
    own goods, unless a market (America's, in the world, on Amazon) is named after the term in its
    sentence."""
    text = ft.norm.text
    term = text[c.nstart:c.nend]
    if not (_EN_SALES_TERM.search(term) or (term in ("best", "top") and _EN_SALES_AFTER.match(text, c.nend))):
        return ""
    orig = ft.text.lower()
    window = orig[max(0, c.start - 60):c.start]
    m = _EN_POSSESSIVE.search(window)
    if m is None:
        return ""
    head = window[:m.start()]
    after = orig[c.end:c.end + 60]
    stop = _EN_SENTENCE_BREAK.search(after)
    if _EN_MARKET.search(after[:stop.start()] if stop else after):
        return ""
    for name in names:
        n = name.lower().strip() if name else ""
        if len(n) >= 3 and n.isascii() and head.endswith(n) and not head[-len(n) - 1:-len(n)].isalnum():
            return name
    return ""


def _spaced(ft: FieldText, ns: int, ne: int) -> bool:
    """Does the original text of the normalised span hold a space (第一坊 最好的手工皂: in a title the
    space parts keywords — the brand, then a claim of its own)?"""
    s, e = ft.norm.span(ns, ne)
    return any(ch.isspace() for ch in ft.text[s:e])


def _latin_glued(before: str, n: str) -> bool:
    """Is a Latin name the tail of a longer word (Galaxy ≠ …axy)? Then it is not the name."""
    i = len(before) - len(n)
    while i >= 0 and not before.startswith(n, i):
        i -= 1
    return i > 0 and n[0].isascii() and n[0].isalnum() and before[i - 1].isascii() and before[i - 1].isalnum()


_SPACES = re.compile(r"[\s()\[\]（）【】]+")  # what separates keywords in a title


@only_for(AD)
def keyword_straddle_filter(c: Candidate, ft: FieldText):
    """Keyword titles separate words with spaces ("积极 品质", "山顶 级别"); removing the spaces
    must not invent a term from the end of one keyword and the start of the next (极品, 顶级).
    A match that crosses whitespace is dropped when it starts inside one keyword and ends inside
    another; spaced-out evasions start or end on a keyword boundary (顶 级 面霜, 最 好的)."""
    if c.category not in AD:
        return None
    if straddles(ft.text, c.start, c.end) and not _own_spaces(c, ft.text):
        return ("drop", "由两个关键词首尾拼出，不是实际用语")
    return None


def _own_spaces(c: Candidate, text: str) -> bool:
    """An English term of several words (prevents disease, side effect free) whose only spaces
    are its own: glued to Chinese copy on both sides (OCR drops the spaces next to Chinese
    characters: 保温杯prevents disease今日发货) it is still that term, not two keywords."""
    t = c.term
    if " " not in t or not t.isascii():
        return False
    return " ".join(text[c.start:c.end].split()).casefold() == " ".join(t.split()).casefold()


def straddles(text: str, start: int, end: int) -> bool:
    """True when text[start:end] crosses whitespace from inside one keyword into another."""
    return (start > 0 and text[start - 1].isalnum() and end < len(text) and text[end].isalnum()
            and _SPACES.search(text, start, end) is not None)


def keyword_break(ft: FieldText, nstart: int, nend: int) -> int | None:
    """The first normalised position inside [nstart, nend) where a keyword ends and the next
    begins (whitespace removed between them), when the span straddles keywords; else None."""
    s, e = ft.norm.span(nstart, nend)
    if not straddles(ft.text, s, e):
        return None
    offsets = ft.norm.offsets
    for i in range(nstart + 1, nend):
        if offsets[i] > offsets[i - 1] + 1 and _SPACES.search(ft.text, offsets[i - 1] + 1, offsets[i]):
            return i
    return None
