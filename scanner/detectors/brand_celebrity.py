"""Celebrities named to sell (杨幂同款, Taylor Swift same style, "Cristiano Ronaldo Hoodies").

Using a person's name or likeness in advertising needs their consent (《民法典》第一千零一十九条、
第一千零二十条 肖像权/姓名权; 《广告法》第三十三条 written consent). The people are data
(brand_db/celebrities.csv). Findings:
- a named celebrity with 同款/穿搭/私服/same style, or a non-ambiguous full name anywhere on the
  product → brand_piggyback medium (BRAND-CELEB);
- a name with only 代言/推荐 (李湘代言: an endorsement the shop states) → low, with emphatic wording a
  court held a false endorsement (林心如倾情推荐) → medium (BRAND-CELEB-ENDORSE; brand_db/endorse_words.csv);
- 明星同款 / 网红同款 with no name → low (BRAND-CELEB-GENERIC).
A name with neither 同款 nor 代言 wording in a listing that is the person's own work on a medium or in
print (蓝光, CD, 专辑, 图书, 上下册: brand_db/work_words.csv) is the work's credit (cast, singer, author):
no finding.
"""
from __future__ import annotations

import re

from ..branddb import load_brand_db
from ..brands import ROOT, _an, is_cjk
from ..engine import Candidate, FieldText
from ..normalize import _BOUNDARY, normalize_key
from .brand_tables import read_rows, split, tables, yes

RULE, RULE_ENDORSE, RULE_GENERIC = "BRAND-CELEB", "BRAND-CELEB-ENDORSE", "BRAND-CELEB-GENERIC"
LAW = "《民法典》第一千零一十九条、第一千零二十条（肖像权、姓名权）；《广告法》第三十三条"
SAME = ("同款", "同款式", "穿搭", "私服", "街拍", "上身", "带货", "机场", "同风格", "same style", "same as",
        "inspired", "outfit", "style")
ENDORSE_FILE = "endorse_words.csv"  # word,severity: a stated endorsement (李湘代言 low, 林心如倾情推荐 medium)
WORK_FILE = "work_words.csv"  # word: the listing is the person's own work (蓝光, CD, 图书): a credit
GENERIC = ("明星同款", "网红同款", "明星款", "明星推荐", "网红款", "博主同款", "主播同款")
GAP = 3
# a player's name, a shirt number and a shirt after it (梅西10号 粉色球衣, Messi 10 Inter Miami shirt):
# the name printed on the product, as 同款 would say it
_NUMBER = r" ?#?\d{1,2} ?号?(?!\d)"
_SHIRT = r"(?:球衣|队服|球服|比赛服|jersey|shirt|kit)"
_JERSEY = re.compile(rf"{_NUMBER}[^,;!?，。；！？\n]{{0,20}}?{_SHIRT}(?![a-z])")
# … or the shirt first, then the name and its number (Inter Miami pink shirt Messi 10)
_JERSEY_BEFORE = re.compile(rf"(?<![a-z]){_SHIRT}[^,;!?，。；！？\n]{{0,20}}$")
_NUMBER_AFTER = re.compile(_NUMBER)


class CelebrityDetector:
    name = "brand_celebrity"

    def __init__(self, directory=None):
        d = directory or load_brand_db().directory
        table: dict[str, list[tuple[str, bool, str]]] = {}
        for r in tables(d).celebrities:
            person = r.get("name", "")
            if not person:
                continue
            # the finding's term: the person's Chinese name when there is one (sellers read Chinese)
            zh = split(r.get("zh", ""))
            label = zh[0] if zh else person
            amb = yes(r.get("ambiguous", ""))
            for nm in (person,) + split(r.get("aliases", "")) + split(r.get("zh", "")):
                k = normalize_key(nm)
                if len(k) < 2:
                    continue
                # a single-word Latin name, a two-character Chinese name: context required
                short = (k.isascii() and " " not in k) or (is_cjk(k[0]) and len(k) <= 2)
                table.setdefault(k, []).append((label, amb or short, nm))
        words = {k: ("P", v) for k, v in table.items()}
        self.same = tuple(sorted({normalize_key(w) for w in SAME}, key=len, reverse=True))
        # (a brand folder of the user's own may hold only brand tables: the shipped wording then)
        rows = read_rows(d, ENDORSE_FILE) or read_rows(ROOT / "brand_db", ENDORSE_FILE)
        sev = {normalize_key(r.get("word", "")): r.get("severity", "low") or "low" for r in rows}
        self.endorse_severity = {w: s for w, s in sev.items() if w and s in ("low", "medium")}
        self.endorse = tuple(sorted(self.endorse_severity, key=len, reverse=True))
        works = read_rows(d, WORK_FILE) or read_rows(ROOT / "brand_db", WORK_FILE)
        self.works = tuple(sorted({normalize_key(r.get("word", "")) for r in works} - {""}, key=len, reverse=True))
        for w in GENERIC:
            words[normalize_key(w)] = ("G", w)
        self.tables = tables(d)
        self.active = bool(table)
        self.tables.add_words(self.name, words)

    def detect(self, ft: FieldText) -> list[Candidate]:
        text = ft.norm.text
        if not self.active or not text:
            return []
        hits = [(s, e, kind, v) for s, e, _, (kind, v) in self.tables.hits(ft, self.name)]
        if not hits:
            return []
        hits = [h for h in hits if not any(o is not h and o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0]
                                           for o in hits)]
        own = {normalize_key(o) for o in ft.context.own_brands}
        out = []
        people = [h for h in hits if h[2] == "P"]
        work = None  # is the listing a work on a medium or in print (a Blu-ray, a CD, a book): its credits name people
        for s, e, _, entries in people:
            person, needs_context, _nm = entries[0]
            if normalize_key(person) in own or text[s:e] in own:
                continue
            same = next((h for h in hits if h[2] == "G" and _near(text, s, e, h)), None) \
                or _around(text, s, e, self.same)
            endorse = _around(text, s, e, self.endorse)
            if same is None and endorse is None:
                if work is None:
                    work = self._sells_work(ft, text)
                if work:
                    continue  # 电影《第一炉香》 蓝光碟 … 马思纯 彭于晏, 周杰伦 专辑 CD: the work's credits
            if same is None and endorse is not None:
                out.append(self._cand(ft, s, e, endorse, person, self.endorse_severity[endorse[3]], RULE_ENDORSE, 0.6,
                                      f"「{{q}}」称{person}代言/推荐：如确有代言合同并取得书面同意，请保留授权文件备查；否则删除。",
                                      f"「{{q}}」提到{person}代言或推荐本商品；使用他人姓名、形象作推荐须事先取得其书面同意"
                                      f"（《广告法》第三十三条），无授权即侵犯姓名权、肖像权。"))
                continue
            if same is None and needs_context:
                jersey = _JERSEY.match(text, e)
                if jersey is not None:
                    same = (e, jersey.end(), "W", "球衣")
                elif (num := _NUMBER_AFTER.match(text, e)) and (shirt := _JERSEY_BEFORE.search(text, max(0, s - 40), s)):
                    same = (shirt.start(), num.end(), "W", "球衣")
                else:
                    continue
            if (same is not None and needs_context and is_cjk(text[s]) and same[0] != e and same[1] != s
                    and ((e < len(text) and is_cjk(text[e])) or (s > 0 and is_cjk(text[s - 1])))):
                continue  # a short name inside a longer Chinese name (珍妮 in 珍妮慕斯同款) is not that person
            out.append(self._cand(ft, s, e, same, person, "medium", RULE, 0.8 if same else 0.7,
                                  f"删除明星姓名「{{q}}」，或先取得{person}本人的书面授权。",
                                  f"「{{q}}」用明星/名人「{person}」的姓名为商品引流（明星同款、名人名字作商品名），"
                                  f"未经本人书面同意使用他人姓名、形象，侵犯姓名权、肖像权，也违反广告法。"))
        named = [(c.nstart, c.nend) for c in out]
        for s, e, kind, v in hits:
            if kind != "G" or any(a <= s < b or a < e <= b for a, b in named):
                continue
            if any(p[0] >= e and p[0] - e <= GAP or s >= p[1] and s - p[1] <= GAP for p in people):
                continue
            out.append(self._cand(ft, s, e, None, v, "low", RULE_GENERIC, 0.6,
                                  "「{q}」没有指明人物，风险较低；不要配用明星照片或姓名。",
                                  "「{q}」泛称明星/网红同款，没有点名具体人物；若配有明星照片或姓名，则需取得书面授权。"))
        return out

    def _sells_work(self, ft: FieldText, text: str) -> bool:
        """Does the field, or the listing's title, say the listing is a work on a medium or in print (work_words.csv)?
        Latin words only as whole words (cd, not abcd; 霍建华 DVD normalised to 霍建华dvd is whole: a Chinese
        character next to it is no Latin letter)."""
        title = normalize_key(ft.listing.title) if ft.field != "title" and ft.listing.title else ""
        for t in (text, title):
            for w in self.works:
                i = t.find(w)
                while i >= 0:
                    if not w.isascii() or ((i == 0 or not _an(t[i - 1])) and
                                           (i + len(w) >= len(t) or not _an(t[i + len(w)]))):
                        return True
                    i = t.find(w, i + 1)
        return False

    def _cand(self, ft, s, e, cue, term, severity, rule, conf, suggestion, explanation) -> Candidate:
        if cue is not None:
            s, e = min(s, cue[0]), max(e, cue[1])
        q = ft.norm.quote(s, e)
        os_, oe = ft.norm.span(s, e)
        return Candidate(os_, oe, "brand_piggyback", severity, conf, term, rule, LAW,
                         suggestion.replace("{q}", q), explanation.replace("{q}", q), self.name, s, e)


def _around(text: str, s: int, e: int, words: tuple[str, ...]):
    """(start, end, "W", word) of one of `words` within GAP characters of [s, e), same clause."""
    for gap in range(GAP + 1):
        a = e + gap
        if gap and (a > len(text) or text[a - 1] in _BOUNDARY):
            break
        for w in words:
            if text.startswith(w, a) and not (w[0].isascii() and a > 0 and text[a - 1].isalnum()
                                              and text[a - 1].isascii()):
                return (a, a + len(w), "W", w)
    for gap in range(GAP + 1):
        b = s - gap
        if gap and (b < 0 or text[b] in _BOUNDARY):
            break
        for w in words:
            if text.endswith(w, 0, b):
                return (b - len(w), b, "W", w)
    return None


def _near(text: str, s: int, e: int, h) -> bool:
    a, b = h[0], h[1]
    if a >= e:
        gap = text[e:a]
    elif b <= s:
        gap = text[b:s]
    else:
        return False
    return len(gap) <= GAP and not any(c in _BOUNDARY for c in gap)
