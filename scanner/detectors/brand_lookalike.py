"""Chinese look-alike brand names: one or two characters of a brand name swapped for a character
that looks like it (康帅傅 for 康师傅, 营养怏线 for 营养快线, 粤力粤 for 奥利奥), the others the
same or sounding the same (粤力奥: 粤 looks like 奥, 力 sounds like 利).

Which characters look alike is data (brand_db/lookalike_chars.csv, drawn from a CJK font by
brand_db/tools/build_lookalike_chars.py). The index is an Aho-Corasick automaton over the
toneless-pinyin syllable string the brand detector already reads (scanner/brands.py): each
brand name of three or more characters (two for the names of brand_db/lookalike_names.csv) is
entered with one or two of its characters replaced by the syllable of a look-alike, so sound-
alikes come free. Guards: the window is no brand name and no ordinary word (pypinyin's phrase
dictionary), the name is not an ordinary word, at most two characters differ, and every
differing character looks or sounds like the one it replaces.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from itertools import combinations

from ..brands import Alias, BrandDB, Automaton, is_cjk
from ..pinyin_tables import pinyin_phrases, toned_readings
from .brand_tables import tables
from .brand_variant_index import syllable_keys

MIN_DOUBLE = 0.84  # two swapped characters: each must look this much alike


class LookalikeIndex:
    @property
    def phrases(self) -> frozenset:
        return pinyin_phrases()

    @cached_property
    def edge_words(self) -> frozenset:
        """Everyday words a window may open or close with (sentence_window): pypinyin's phrases and
        the ordinary words of lookalike_words.csv (可爱甜美: 爱甜美 closes with 甜美, no 艾丽美)."""
        return pinyin_phrases() | frozenset(self.ordinary)

    def __init__(self, db: BrandDB):
        t = tables(db.directory)
        # look-alikes of the characters of Chinese brand names only: brand char -> {look-alike: score}
        chars = {c for k in db.aliases for c in k if is_cjk(c)}
        self.shape: dict[str, dict[str, float]] = {}
        for a, b, s in t.lookalike_pairs:
            if b in chars:
                self.shape.setdefault(b, {})[a] = s
            if a in chars:
                self.shape.setdefault(a, {})[b] = s
        self.table = db.syllable_table
        self.automaton = None
        self.two: dict[str, tuple[str, Alias]] = {}  # look-alikes of two-character names
        # the first two characters of a name of three or more, before a company or series word
        # (特伦牧业 for 特仑苏): indexed by their syllables
        self.suffixes = t.suffixes if self.shape and self.table else ()
        self.shop_words = t.shop_words  # 包邮, 现货…: shop copy a look-alike name may be glued after (find_two)
        self.ordinary = t.ordinary  # lookalike_words.csv: ordinary words that look like a name (可撕拉, 暖洋洋)
        self.prefixes: dict[str, list[tuple[str, Alias]]] = {}
        self._suffix_re = re.compile("|".join(map(re.escape, self.suffixes))) if self.suffixes else None
        if not self.shape or not self.table:
            return
        keyed: dict[str, list[str]] = {}  # syllables of a look-alike -> the names (db.aliases keys)

        for k, als in db.aliases.items():
            if not all(is_cjk(c) for c in k):
                continue
            if not (len(k) >= 3 or (len(k) == 2 and k in t.distinctive)) or len(k) > 8:
                continue
            alias = _fuzzy_alias(als)
            if alias is None or (k in self.phrases and len(k) < 4):
                continue  # a dictionary word, but a four-character brand name (可口可乐, 百事可乐) is a name
            syl = [c.translate(self.table) for c in k]
            if len(k) >= 3:
                self.prefixes.setdefault("".join(syl[:2]), []).append((k[:2], alias))
            options = []  # per position: syllables of look-alike characters (not its own)
            for c, sc in zip(k, syl):
                opts = {}
                for v, s in self.shape.get(c, {}).items():
                    sv = v.translate(self.table)
                    if sv != sc and sv.strip():
                        opts[sv] = max(opts.get(sv, 0), s)
                options.append(opts)
            if len(k) == 2:
                # two characters: one of them exactly, the other a look-alike — as plain text on
                # the brand detector's pass (the syllables of 理由 would match 立白 all day long)
                for i in (0, 1):
                    for v in self.shape.get(k[i], {}):
                        w = k[:i] + v + k[i + 1:]
                        if w not in db.aliases and w not in self.phrases:
                            self.two.setdefault(w, (k, alias))
                continue
            variants = set()
            for i in range(len(k)):
                for sv in options[i]:
                    variants.add("".join(syl[:i]) + sv + "".join(syl[i + 1:]))
            if len(k) >= 3:
                for i, j in combinations(range(len(k)), 2):
                    for si, a in options[i].items():
                        if a < MIN_DOUBLE:
                            continue
                        for sj, b in options[j].items():
                            if b < MIN_DOUBLE:
                                continue
                            v = syl[:]
                            v[i], v[j] = si, sj
                            variants.add("".join(v))
            for v in variants:
                keyed.setdefault(v, []).append(k)
        # one pass over the syllable string serves both: homophones (tag H, the brand detector's
        # own index) and look-alikes (tag L, with names only: ~65,000 entries of plain strings load
        # from the disk cache several times faster than as (name, alias) pairs)
        items = {sk: [("H", sk, v)] for sk, v in db.syllable_keys.items()}
        for v, e in keyed.items():
            items.setdefault(v, []).append(("L", v, tuple(e)))
        # near-sound (N) and inserted-syllable (I) keys of brand_variants.py, on the same pass
        for v, by_tag in syllable_keys(db, self.phrases, t.distinctive).items():
            for tag, names in by_tag.items():
                items.setdefault(v, []).append((tag, v, tuple(names)))
        if items:
            self.automaton = Automaton((k, tuple(v)) for k, v in items.items())
        self.register(db)

    def register(self, db: BrandDB) -> None:
        """Put this index's words into the side tables' shared pass (once per table; needed again
        when the index comes from the disk cache, where __init__ did not run)."""
        t = tables(db.directory)
        if self.two:
            t.add_words("brand_lookalike", self.two)
        if self.suffixes:
            t.add_words("brand_lookalike_suffix", {x: x for x in self.suffixes})

    def how(self, window: str, name: str) -> str:
        """'' when window is not a look-alike of name, else what was swapped (帅→师)."""
        swaps, shapes, kept = [], 0, 0
        for a, b in zip(window, name):
            if a == b:
                kept += 1
            elif a in self.shape.get(b, {}):
                shapes += 1
                swaps.append(f"{a}→{b}（形近）")
            elif len(name) > 2 and toned_readings(a) & toned_readings(b):
                kept += 1  # sounds the same, tone and all (力 for 利, not 湿 for 时)
                swaps.append(f"{a}→{b}（音近）")
            else:
                return ""
        # one or two characters that look alike; the others the same or sounding the same
        if not 1 <= shapes <= 2 or kept < 1 or shapes >= len(name):
            return ""
        return "形近字替换：" + "、".join(swaps)

    def iter(self, syl: str):
        """(start, end, tag, key, entries) over a syllable string: tag H homophone, L look-alike."""
        if self.automaton is None:
            return
        for s, e, values in self.automaton.iter(syl):
            for tag, key, entries in values:
                yield s, e, tag, key, entries

    def find(self, norm, syl: str, aliases, hits=None, product_after=None) -> list[tuple[int, int, Alias, str]]:
        """Look-alike windows (康帅傅, 营养怏线); `product_after(text, end, canonical)` tells whether
        the brand's own goods follow a window (see `sentence_window`)."""
        if self.automaton is None:
            return []
        text = norm.text
        out = []
        for s, e, tag, _, entries in (hits if hits is not None else self.iter(syl)):
            if tag != "L":
                continue
            window = text[s:e]
            if window == syl[s:e]:
                continue  # not Chinese
            if window in aliases or window in self.phrases or window in self.ordinary:
                continue
            os_, oe = norm.span(s, e)
            if oe - os_ != e - s:
                continue  # written apart (保湿~提): not one name
            for name in entries:
                if sentence_window(window, name, self.edge_words, lambda: (
                        product_after is not None and bool(aliases[name])
                        and product_after(text, e, aliases[name][0].brand.canonical))):
                    continue
                how = self.how(window, name)
                if how:
                    out.append((s, e, _fuzzy_alias(aliases[name]), how))
                    break
        return out


    def find_two(self, norm, hits) -> list[tuple[int, int, Alias, str]]:
        """雷碧 for 雪碧: `hits` are the two-character look-alikes found on the brand pass."""
        out = []
        orig = norm.original
        for s, e, w, (name, alias) in hits:
            os_, oe = norm.span(s, e)
            if oe - os_ != 2:
                continue
            left = orig[os_ - 1] if os_ > 0 else ""
            right = orig[oe] if oe < len(orig) else ""
            if left and is_cjk(left) and right and is_cjk(right) and not norm.text.endswith(self.shop_words, 0, s):
                continue  # glued to Chinese text on both sides: part of other words (包邮雷碧汽水: shop copy before it)
            how = self.how(w, name)
            if how:
                out.append((s, e, alias, how))
        return out

    def find_prefixed(self, norm, aliases, hits=None, product_after=None) -> list[tuple[int, int, Alias, str]]:
        """特伦牧业: a look-alike of a name's first two characters before a company/series word;
        the two characters unchanged (王老世家, 舒肤博士) only with the brand's own goods right
        after (`product_after(text, end, canonical)`: 王老世家凉茶, not 美国经典原味).
        `hits`: (start, end, suffix, _) of the suffix words, when the brand pass found them."""
        text = norm.text
        out = []
        if self._suffix_re is None:
            return out
        if hits is None:
            hits = [(m.start(), m.end(), m.group(), None) for m in self._suffix_re.finditer(text, 2)]
        for i, end, suf, _ in hits:
            if i < 2:
                continue
            window = text[i - 2:i]
            if all(is_cjk(c) for c in window) and window not in aliases and window + suf not in self.phrases:
                for prefix, alias in self.prefixes.get(window.translate(self.table), ()):
                    how = self._prefix_how(window, prefix)
                    if not how:
                        continue
                    if window == prefix and (product_after is None
                                             or not product_after(text, end, alias.brand.canonical)):
                        continue  # the name cut short needs the brand's goods after it
                    out.append((i - 2, end, alias, how))
                    break
        return out

    def _prefix_how(self, window: str, prefix: str) -> str:
        """Exactly one of two characters swapped for one that looks and sounds alike (伦/仑), or
        both kept when they are no word of their own (王老世家, 舒肤博士: the name cut short)."""
        diff = [(a, b) for a, b in zip(window, prefix) if a != b]
        if not diff and window not in self.phrases and window not in self.ordinary:
            return f"仿冒品牌名：取品牌名前两字「{window}」接系列/公司用词"
        if len(diff) != 1:
            return ""
        a, b = diff[0]
        if a in self.shape.get(b, {}) and toned_readings(a) & toned_readings(b):
            return f"形近字替换：{a}→{b}（形近、音同），仿冒品牌名前两字"
        return ""


# the structural particles of running text (正面的字母, 轻松地): a window that has one where the name
# has another character (面的字 for 丽得姿, 宝的实 for 宝得适) runs across the words of a sentence
PARTICLES = frozenset("的地")


def sentence_window(window: str, name: str, phrases, goods_after) -> bool:
    """The window of a name of three or more characters is ordinary text, not the name disguised:
    it puts a particle where the name has another character, or it opens or closes with an
    everyday word (a phrase of pypinyin's list) the name does not open or close with (使得樱花 is
    使得 + 樱花, not 施德楼; 营养怏线 keeps the name's own 营养) — unless the brand's own goods
    follow (`goods_after()`, asked only then: 酒量酒 白酒 is 酒鬼酒 with a character swapped,
    whatever 酒量 means)."""
    if len(window) != len(name) or len(name) < 3:
        return False
    if any(a in PARTICLES and a != b for a, b in zip(window, name)):
        return True
    return ((window[:2] != name[:2] and window[:2] in phrases)
            or (window[-2:] != name[-2:] and window[-2:] in phrases)) and not goods_after()


def _fuzzy_alias(aliases) -> Alias | None:
    """The alias of a name that look-alikes may stand for (not an ordinary word, a fuzzy brand)."""
    return next((a for a in aliases if not a.word and a.brand.fuzzy), None)


def lookalike_index(db: BrandDB) -> LookalikeIndex:
    """The database's look-alike index (built and disk-cached with it), or a fresh one; its words
    registered with the side tables on every call — the tables are cached apart (a handful of
    folders) and may have been rebuilt since the index was (registering twice is a no-op)."""
    idx = _lookalike_index(db)
    idx.register(db)
    return idx


@lru_cache(maxsize=4)
def _lookalike_index(db: BrandDB) -> LookalikeIndex:
    idx = getattr(db, "lookalike", None)
    return idx if isinstance(idx, LookalikeIndex) else LookalikeIndex(db)
