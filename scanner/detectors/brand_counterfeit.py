"""Counterfeit markers with no brand named (原单, 尾单, 高仿, A货, 大牌剪标, 1:1 next to 大牌…).

A listing that calls its goods factory leftovers or copies of branded goods is treated as selling
fakes under the platforms' counterfeit rules, whether or not it names the brand. The markers,
their strength and the phrases in which they are ordinary words (原单返回, 原版书, 1:1比例模型,
A货翡翠) are data: brand_db/counterfeit.csv. A brand named next to a marker is the brand
detector's (BRAND-COUNTERFEIT, high); this one reports the marker itself (medium).
"""
from __future__ import annotations

from ..matching import drop_nested
from ..branddb import load_brand_db
from ..engine import Candidate, FieldText
from ..normalize import _BOUNDARY, normalize_key
from .brand_tables import split, tables

RULE = "BRAND-FAKE-MARKER"
LAW = ("《商标法》第五十七条；《电子商务法》第十三条；平台假货规则（淘宝/天猫出售假冒商品认定与处罚规则、"
       "拼多多假冒商品处理规则）")
# brand wording (brand_db/counterfeit_context.csv, role booster) within WINDOW characters turns a
# weak marker (原版, 尾货, 1:1, 复刻) into a counterfeit claim
WINDOW = 8
# a marker the sentence denies is no claim (拒绝高仿, 本店不销售任何仿品, 谨防假冒, 绝非A货): the shop
# says it does NOT sell copies. The denial (counterfeit_context.csv, role denial) must stand right
# before the marker in the same clause, at most NEG_GAP characters away, with no other marker
# between (不是高仿胜似高仿 stays a claim)
NEG_GAP = 4


class CounterfeitMarkerDetector:
    name = "brand_counterfeit"

    def __init__(self, directory=None):
        d = directory or load_brand_db().directory
        self.markers: dict[str, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {}
        for r in tables(d).counterfeit:
            k = normalize_key(r.get("phrase", ""))
            if k:
                self.markers[k] = (r.get("strength", "strong") != "weak",
                                   tuple(normalize_key(x) for x in split(r.get("ordinary", ""))),
                                   tuple(normalize_key(x) for x in split(r.get("unless_near", ""))))
        self.tables = tables(d)
        self.boosters = tuple(k for r in self.tables.counterfeit_context
                              if r.get("role") == "booster" and (k := normalize_key(r.get("phrase", ""))))
        self.denials = denials(self.tables)
        self.tables.add_words(self.name, {k: "marker" for k in self.markers})

    def detect(self, ft: FieldText) -> list[Candidate]:
        text = ft.norm.text
        if not self.markers or not text:
            return []
        hits = [(s, e, k) for s, e, k, _ in self.tables.hits(ft, self.name)]
        if not hits:
            return []
        # the longest marker where markers nest (外贸原单 over 原单, 大牌剪标 over 剪标)
        hits = drop_nested(hits)
        live = []
        for s, e, k in hits:
            strong, ordinary, unless = self.markers[k]
            if any(self._covers(text, s, e, o) for o in ordinary):
                continue
            around = text[max(0, s - 10):e + 10]
            if any(u and u in around for u in unless):
                continue
            live.append((s, e, k, strong))
        if live:
            live = [h for h in live if not _denied(text, h[0], hits, self.denials)]
        out = []
        for s, e, k, strong in live:
            if not strong:
                boosters = [(i, i + len(b)) for b in self.boosters
                            for i in _find_all(text, b, max(0, s - WINDOW - len(b)), e + WINDOW + len(b))]
                near = [b for b in boosters if _close(text, s, e, b)] + \
                       [(o[0], o[1]) for o in live if o[0] != s and _close(text, s, e, (o[0], o[1]))]
                if not near:
                    continue
            quoted = ft.norm.quote(s, e)
            os_, oe = ft.norm.span(s, e)
            out.append(Candidate(
                os_, oe, "brand_piggyback", "medium", 0.8 if strong else 0.7, k, RULE, LAW,
                f"删除「{quoted}」：未获品牌授权不得以原单、尾单、高仿、复刻等名义销售商品；"
                f"只描述商品本身（自有品牌、材质、做工）。",
                f"「{quoted}」是平台认定售假的典型用语（原单/尾单/高仿/A货/复刻/剪标等），暗示商品是某品牌的"
                f"仿冒品或流出货，即使没写品牌名，也按出售假冒商品处理，可致商品下架、店铺扣分或资金冻结。",
                self.name, s, e))
        return out

    @staticmethod
    def _covers(text: str, s: int, e: int, phrase: str) -> bool:
        """Does an ordinary phrase containing the marker stand over [s, e)?"""
        L = len(phrase)
        lo = max(0, e - L)
        i = text.find(phrase, lo, s + L)
        while i != -1 and i <= s:
            if i + L >= e:
                return True
            i = text.find(phrase, i + 1, s + L)
        return False


def denials(tbl) -> tuple[tuple[str, frozenset], ...]:
    """The denials of brand_db/counterfeit_context.csv (拒绝, 谨防, 绝非…), each with the characters
    that right after it make another word (非常, 非凡): read by the counterfeit markers and by the
    misspelt brand names (brand_judging)."""
    return tuple((k, frozenset(split(r.get("not_before", "")))) for r in tbl.counterfeit_context
                 if r.get("role") == "denial" and (k := normalize_key(r.get("phrase", ""))))


def _denied(text: str, s: int, hits, denials) -> bool:
    """Does a denial stand within NEG_GAP characters before the marker at s, in the same clause
    and with no other marker between?"""
    lo = max(0, s - NEG_GAP - 3)
    for neg, not_before in denials:
        i = text.rfind(neg, lo, s)
        if i == -1:
            continue
        gap = text[i + len(neg):s]
        if len(gap) > NEG_GAP or any(ch in _BOUNDARY for ch in gap):
            continue
        if gap[:1] in not_before:
            continue  # 非常高仿, 非凡品质 (very, extraordinary): no denial
        if any(i + len(neg) <= hs < s for hs, _, _ in hits):
            continue  # another marker between: 不是高仿胜似高仿
        return True
    return False


def _find_all(text: str, w: str, lo: int, hi: int):
    i = text.find(w, lo, hi)
    while i != -1:
        yield i
        i = text.find(w, i + 1, hi)


def _close(text: str, s: int, e: int, other) -> bool:
    a, b = other
    if b <= s:
        gap = text[b:s]
    elif a >= e:
        gap = text[e:a]
    else:
        return False
    return len(gap) <= WINDOW and not any(ch in _BOUNDARY for ch in gap)
