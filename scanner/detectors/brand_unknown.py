"""Piggy-backing on a brand the database does not know (LXX同款, 珍妮慕斯同款, 媲美 Lululemon).

同款/平替/风/媲美/类似/对标/XX家 next to a token that looks like a brand name but names none of
the database's brands → brand_piggyback medium, "疑似蹭品牌（品牌未收录）". A brand-like token is
a Latin word written as a name (Capitalised, ALLCAPS, CamelCase; lower case only when it is no
English word) or a run of three or more characters typical of transliterated names (珍妮慕斯),
and never one of the ordinary words of brand_db/generic_words.csv (韩版同款, 学生同款, ins风,
男女同款) nor an English dictionary word (Summer同款).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..branddb import load_brand_db
from ..brands import is_cjk
from ..brand_keys import is_english_word
from ..pinyin_tables import pinyin_phrases
from ..engine import Candidate, FieldText
from ..normalize import normalize_key
from .brand_tables import read_rows, tables

RULE = "BRAND-UNKNOWN"
LAW = "《反不正当竞争法》第六条 混淆行为；《商标法》第五十七条"
# cue -> (token before it, token after it)
CUES = {"同款": (True, False), "同款式": (True, False), "平替": (True, False), "平价替代": (True, False),
        "替代": (True, False), "媲美": (True, True), "类似": (True, False), "对标": (False, True),
        "堪比": (False, True), "比肩": (True, True), "风": (True, False), "家": (True, False)}
LATIN_ONLY = {"风", "家", "替代", "类似"}  # Chinese words before these are too often ordinary
_CUE_RE = re.compile("|".join(sorted(map(re.escape, CUES), key=len, reverse=True)))
# 风/家 after a Latin word (Chanel风): the rare cue character first, what precedes it looked behind
_LATIN_CUE = re.compile(r"[风家](?:(?<=[A-Za-z0-9][风家])|(?<=[A-Za-z0-9]\s[风家]))")
_LATIN_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9&'\-]*[A-Za-z0-9])\s?$")
_LATIN_AFTER = re.compile(r"\s?([A-Za-z][A-Za-z0-9&'\-]*[A-Za-z0-9])")
# a model number (BCD-520WICTU1, KFR-35GW): letters with a run of digits or a hyphen before digits
_MODEL = re.compile(r"\d{2}|-\d")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from ..pinyin_tables import syllable_tables

    return frozenset(syllable_tables()[0])


@lru_cache(maxsize=4096)
def _pinyin(word: str) -> bool:
    """Is a lower-case word a run of pinyin syllables (douyin, wanghong, xuesheng)?"""
    syl = _syllables()
    ok = [True] + [False] * len(word)
    for i in range(1, len(word) + 1):
        ok[i] = any(ok[j] and word[j:i] in syl for j in range(max(0, i - 6), i))
    return ok[-1]


class UnknownBrandDetector:
    name = "brand_unknown"

    def __init__(self, db=None):
        self.db = db if db is not None else load_brand_db()
        t = self.tables = tables(self.db.directory)
        # the cue words ride on the brand detector's pass over the field; 风/家 only after Latin
        t.add_words(self.name, {normalize_key(c): c for c in CUES if c not in ("风", "家")})
        self.generic = t.generic
        self.name_chars = frozenset("".join(r.get("chars", "") for r in read_rows(self.db.directory, "name_chars.csv")))
        self.phrases = pinyin_phrases()  # ordinary words (pypinyin's phrase list, from the compiled cache)

    def detect(self, ft: FieldText) -> list[Candidate]:
        orig = ft.norm.original
        if not orig or not (self.tables.hits(ft, self.name) or _LATIN_CUE.search(orig)):
            return []
        out = []
        for m in _CUE_RE.finditer(orig):
            cue = m.group()
            before, after = CUES[cue]
            if cue in ("风", "家") and self._opens_word(orig, m.start()):
                continue
            tok = None
            if before:
                tok = self._latin(orig, m.start(), cue, True) or (
                    None if cue in LATIN_ONLY else self._chinese(orig, m.start()))
            if tok is None and after:
                tok = self._latin(orig, m.end(), cue, False)
            if tok is None:
                continue
            s, e = tok
            name = orig[s:e]
            if self._known(ft, name):
                continue
            cs, ce = min(s, m.start()), max(e, m.end())
            quoted = orig[cs:ce]
            out.append(Candidate(
                cs, ce, "brand_piggyback", "medium", 0.7, name, RULE, LAW,
                f"删除「{quoted}」：不要用他人品牌（即使不知名或未收录）的「{cue}」给商品引流；如「{name}」是本店"
                f"自有品牌，请加入 own_brands（--own-brand）。",
                f"疑似蹭品牌（品牌未收录）：「{name}」看起来是品牌名，后接/前接「{cue}」，借他人品牌引流，"
                f"易构成混淆行为；该品牌不在品牌库中，请人工确认。",
                self.name))
        return out

    # ------------------------------------------------------------------ tokens
    def _latin(self, orig: str, at: int, cue: str, before: bool):
        m = (_LATIN_BEFORE.search(orig, max(0, at - 60), at) if before else _LATIN_AFTER.match(orig, at, at + 60))
        if m is None:
            return None
        s, e = m.start(1), m.end(1)
        # glued to other Latin text (a sentence), or a word whose last letters merely precede the cue
        if before and s > 0 and (orig[s - 1].isalnum() and orig[s - 1] < "\x80"):
            return None
        tok = orig[s:e]
        if _MODEL.search(tok):
            return None  # a model number, not a name
        letters = re.sub(r"[^A-Za-z]", "", tok)
        low = tok.lower()
        if len(letters) < 3 or normalize_key(tok) in self.generic or low in self.generic:
            return None
        acronym = tok.isupper() and len(letters) <= 3  # LXX: initials, not the English word
        if not acronym and (is_english_word(low) or is_english_word(letters.lower())):
            return None
        name_like = (tok.isupper() or tok[0].isupper() or re.search(r"[a-z][A-Z]", tok) is not None
                     or (len(letters) >= 4 and before and not _pinyin(low)))  # douyin同款: 抖音
        if not name_like:
            return None
        if cue in ("家",) and not (tok[0].isupper() or tok.isupper()):
            return None
        return s, e

    def _opens_word(self, orig: str, at: int) -> bool:
        """风/家 opening an ordinary word (风冷无霜, 家用) is no "style of"/"shop of" cue."""
        return self.tables.opens_word(orig[at:at + 2])

    def _chinese(self, orig: str, at: int):
        e = at
        s = e
        while s > 0 and orig[s - 1] in self.name_chars and e - s < 8:
            s -= 1
        if e - s < 3:
            return None
        name = orig[s:e]
        if s > 0 and is_cjk(orig[s - 1]) and orig[s - 1] not in "国的款版":
            # glued to other Chinese text: take it only after a place or 的 (韩国珍妮慕斯同款)
            return None
        if name in self.phrases or any(name.endswith(g) or name.startswith(g) for g in self.generic if len(g) >= 2
                                       and is_cjk(g[0])):
            return None
        return s, e

    def _known(self, ft: FieldText, name: str) -> bool:
        """A name of the brand database (the brand detector judges those) or the shop's own."""
        k = normalize_key(name)
        if self.db.lookup(name) or k in self.db.aliases:
            return True
        own = ft.context.own_brands
        if own:
            own_keys = {normalize_key(o) for o in own}
            if k in own_keys or any(k in o or o in k for o in own_keys if len(o) >= 2):
                return True
        auto = self.db.automaton
        if auto is not None:
            for s, e, _ in auto.iter(k):
                if e - s >= max(2, len(k) - 1):
                    return True
        return False
