"""Look-alike brand names the look-alike index (brand_lookalike.py) does not cover, each guarded by
the brand's own product named close after the variant (brand_db/category_products.csv, and
brand_db/brand_products.csv for brands whose category says little: a supermarket's own beer, a
detergent maker's washing powder):

- insertion: one Chinese character, or a two-character word, inserted inside a name of four or more
  characters (六个土核桃, 六个原浆核桃
  for 六个核桃), or inside a two-character name of brand_db/lookalike_names.csv (蜜念雪 for 蜜雪);
  the inserted character makes no word with either neighbour (蜜桃雪梨 stays quiet);
- swap: one character inside a name of four or more characters swapped for another, the first two
  and the last kept (营养专线 for 营养快线, 茶颜观色 for 茶颜悦色);
- near sound: one character of a name of three or more swapped for one with the same initial,
  z/zh, c/ch, s/sh and n/l counted as one (胖都来 for 胖东来, 泸州老酒 for 泸州老窖, 旺子牛奶 for
  旺仔牛奶, 塔诗汀 for 塔斯汀); a two-character name with the
  same syllables in another tone (蕊澳 for 锐澳, 汇原 for 汇源);
- ordinary-word and short names: one character of a two-character name swapped for a look-alike
  (清场 for 清扬, 脉劫 for 脉动), a Latin name with one letter swapped for a look-alike letter or
  digit (Tibe for Tide), the same letter swapped wherever it stands (C0C0, CQCQ for CoCo) or a
  letter doubled, standing apart on its left;
- split characters: one character written as its parts side by side (周住牌 for 雕牌: 雕 = 周 + 隹,
  住 looks like 隹), from brand_db/split_chars.csv;
- initial letter: one character of a name of three or more written as the Latin initial of its
  pinyin (卡D亚 for 卡地亚, 万B龙 for 万宝龙, L意威 for 罗意威), the way 微商 albums mask a name;
  a three-character name needs its product after it.
- before the brand's own product name: a name of three or more with any one character changed,
  right before a product name of the same brand (美汁果 果粒橙 for 美汁源), read by before_own_name.
- numeral: the Chinese numeral of a name of three or more swapped for another (九粮液, 六粮液 for
  五粮液, 八匹狼 for 七匹狼: 最高法民再234号), the brand's own product after it — the count
  changes, the name stays.

Every variant is no brand name and no entry of pypinyin's phrase list. A name of four or more
characters with one near-sound character needs no product (the rest of the name carries it).
The Latin and Chinese variant strings are words of the brand detector's shared pass
(brand_tables); the near-sound and two-character insertion keys live in the look-alike index's
syllable automaton (tags N, I), so text without near-brand wording costs nothing extra. The index
is built in brand_variant_index.py.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..brands import Alias, BrandDB, is_cjk
from ..brand_keys import is_english_word
from ..pinyin_tables import TONES, toned_readings
from ..normalize import _BOUNDARY, normalize_key
from .brand_spans import words_after
from .brand_tables import tables
from .brand_variant_index import (FREE_SOUND_NAME, MAX_NAME, MIN_SOUND_NAME, MIN_SWAP_NAME, PRODUCT_REACH,
                                  SHORT_REACH, SPLIT_EXTRA, _alias, _initial, _pick, build_index)

def _inside_word(text: str, s: int, e: int, words: frozenset) -> bool:
    """Is text[s:e] part of a longer ordinary word written there (意大 in 意大利进口: the country's
    name, not a sound-alike of 益达)? Words of up to six characters around the window."""
    for i in range(max(0, s - 4), s + 1):
        for j in range(max(e, i + 3), min(len(text), i + 6) + 1):
            if text[i:j] in words:
                return True
    return False


class Variants:
    def __init__(self, db: BrandDB, shape: dict[str, dict[str, float]], phrases):
        from ..compiled import cached

        self.phrases = phrases
        self.ordinary = tables(db.directory).ordinary  # 完美 is no look-alike of 丸美
        # place names and other ordinary words (意大利, 法国): a sound-alike inside one is part of it
        self.generic = frozenset(w for w in tables(db.directory).generic if len(w) >= 3 and all(is_cjk(c) for c in w))
        # built once per database version (~0.35 s), then read from the disk cache
        self.products, self.words, self.tails, self.masks = cached(
            "brand_variants", f"{Path(db.directory).resolve()}:{db.hash}", lambda: build_index(db, shape, phrases))
        self.register(db)

    def register(self, db: BrandDB) -> None:
        if self.words:
            tables(db.directory).add_words("brand_variant", self.words)

    # ------------------------------------------------------------------ finding
    def _product_after(self, text: str, e: int, canonical: str, reach: int) -> bool:
        prods = self.products.get(canonical)
        return bool(prods) and words_after(text, e, prods, reach, reach + 4, _BOUNDARY)

    def product_after(self, text: str, e: int, canonical: str, reach: int = SHORT_REACH) -> bool:
        """The brand's own product starts within `reach` characters after normalised position e."""
        return self._product_after(text, e, canonical, reach)

    def sells(self, text: str, canonical: str, unknown: bool = True) -> bool:
        """Does the text name one of the brand's own products anywhere (Channel … 面霜)? `unknown`
        when the data name none for the brand (nothing to tell by)."""
        prods = self.products.get(canonical)
        return unknown if not prods else any(w in text for w in prods)

    def _ok_window(self, w: str, aliases) -> bool:
        return w not in aliases and w not in self.phrases and w not in self.ordinary

    def find(self, ft, syl: str, hits, side, aliases) -> list[tuple[int, int, Alias, str]]:
        """(start, end, alias, how) of the variants in a field: `hits` are the look-alike
        automaton's (start, end, tag, key, entries), `side` the shared pass's brand_variant words."""
        text = ft.norm.text
        out = []
        for s, e, tag, _, entries in hits:
            if tag not in ("N", "I"):
                continue
            w = text[s:e]
            if w == syl[s:e] or not self._ok_window(w, aliases) or not _one_word(ft, s, e) \
                    or _inside_word(text, s, e, self.generic):
                continue
            for name in entries:
                als = aliases.get(name, ())
                alias = _alias(als) or (_pick(als) if tag == "N" and len(name) >= MIN_SOUND_NAME else None)
                how = self._sound(ft, s, e, w, name, alias) if tag == "N" else self._insert(ft, s, e, w, name, alias)
                if how:
                    out.append((s, e, alias, how))
                    break
        for s, e, w, vals in side:
            for t, name in vals:
                alias = _pick(aliases.get(name, ()))
                if alias is None:
                    continue
                how = ""
                if t == "S":
                    got = (self._insert_long(ft, s, e, name, alias, aliases) or self._swap_long(ft, s, e, name, alias, aliases)
                           or self._split_product(ft, s, e, name, alias))
                    if got:
                        e2, how = got
                        out.append((s, e2, alias, how))
                        break
                    continue
                if t in ("W", "R"):  # a short name's swapped or repeated character, standing apart, product after
                    # (an ordinary word of lookalike_words.csv never is one: 高透 material is no 高通)
                    if (w not in self.ordinary and _left_apart(ft, s)
                            and self._product_after(text, e, alias.brand.canonical, SHORT_REACH)):
                        how = ("形近字替换：" + "、".join(f"{a}→{b}（形近）" for a, b in zip(w, name) if a != b)
                               + "，后接该品牌的商品") if t == "W" else f"叠字仿冒：「{w}」重复「{name}」的字，后接该品牌的商品"
                elif t == "Y":
                    if len(name) >= FREE_SOUND_NAME or self._product_after(text, e, alias.brand.canonical, PRODUCT_REACH):
                        a, b = next((a, b) for a, b in zip(name, w) if a != b)
                        how = f"字母替字：「{name}」的「{a}」写成拼音首字母「{b.upper()}」"
                elif t == "T":  # standing apart as one run, its product after it unless the name is long
                    if _left_apart(ft, s) and _one_word(ft, s, e) and (
                            len(name) > MIN_SWAP_NAME or self._product_after(text, e, alias.brand.canonical, PRODUCT_REACH)):
                        how = f"换位仿冒：「{name}」的两个相邻字对调成「{w}」"
                elif t == "U":
                    if self._product_after(text, e, alias.brand.canonical, PRODUCT_REACH):
                        a, b = next((a, b) for a, b in zip(name, w) if a != b)
                        how = f"换字仿冒：「{name}」的数字「{a}」换成「{b}」，后接该品牌的商品"
                elif t == "P":
                    if name.endswith("牌") and not w.endswith("牌") and text.startswith("牌", e):
                        continue  # 周住牌: found whole under its own key
                    if self._product_after(text, e, alias.brand.canonical, PRODUCT_REACH):
                        how = f"拆字仿冒：「{w}」拆写「{name}」的字形，后接该品牌的商品"
                elif t == "L":
                    how = self._latin(text, s, e, w, name, alias)
                if how:
                    out.append((s, e, alias, how))
                    break
        if self.masks is not None and _mask_present(ft.norm.original):
            out.extend(self._masked_names(ft, aliases))
        return out

    def before_own_name(self, ft, nick_mentions, aliases) -> list[tuple[int, int, Alias, str]]:
        """美汁果 果粒橙 for 美汁源 果粒橙: a name of three or more with one character swapped for any
        other, written as one run standing apart on its left, right before (a space between at
        most) one of the same brand's own product names (its nickname: 果粒橙). The product name
        says which brand is meant, so the changed name beside it poses as that brand's.
        `nick_mentions`: (start, end, alias) of exact product-name mentions."""
        text = ft.norm.text
        out = []
        for ns, _, nick in nick_mentions:
            for name in nick.brand.zh:
                k = normalize_key(name)
                als = aliases.get(k, ())
                alias = next((a for a in als if not a.word and a.brand.canonical == nick.brand.canonical), None)
                if alias is None or not (MIN_SOUND_NAME <= len(k) <= MAX_NAME) or not all(is_cjk(c) for c in k):
                    continue
                s, e = ns - len(k), ns
                if s < 0:
                    continue
                w = text[s:e]
                if not all(is_cjk(c) for c in w) or sum(a != b for a, b in zip(w, k)) != 1:
                    continue
                if not self._ok_window(w, aliases) or not _left_apart(ft, s) or not _one_word(ft, s, e):
                    continue
                a, b = next((a, b) for a, b in zip(k, w) if a != b)
                out.append((s, e, alias, f"换字仿冒：「{name}」的「{a}」换成「{b}」，后接该品牌自己的品名「{text[ns:ns + len(nick.key)]}」"))
                break
        return out

    def _masked_names(self, ft, aliases) -> list[tuple[int, int, Alias, str]]:
        """香*儿, 雅诗*黛, 周x福: a name of three or more with one character behind a mask symbol (the
        symbol dropped by the normaliser, or an x kept); a three-character name needs its product."""
        text = ft.norm.text
        out = []
        for s, e, names in self.masks.iter(text):
            for name in names:
                alias = _pick(aliases.get(name, ()))
                if alias is None:
                    continue
                if _masked(ft, s, e, name) and (len(name) >= FREE_SOUND_NAME or self._product_after(
                        text, e, alias.brand.canonical, PRODUCT_REACH)):
                    out.append((s, e, alias, f"打码规避：「{name}」的一个字用符号遮住（{ft.norm.quote(s, e)}），仍指向该品牌"))
                    break
        return out

    def _sound(self, ft, s, e, w, name, alias) -> str:
        if alias is None or len(w) != len(name):
            return ""
        diff = [(a, b) for a, b in zip(w, name) if a != b]
        text = ft.norm.text
        if len(name) == 2:
            # both syllables the same (蕊澳/锐澳, 汇原/汇源): standing apart on the left, with product
            if not diff or not (_left_apart(ft, s) and self._product_after(text, e, alias.brand.canonical, SHORT_REACH)):
                return ""
            return "音近替换：" + "、".join(f"{a}→{b}（同音）" for a, b in diff) + "，后接该品牌的商品"
        if len(diff) != 1:
            return ""
        a, b = diff[0]
        if len(name) < FREE_SOUND_NAME or not alias.brand.fuzzy or alias.word:
            if not self._product_after(text, e, alias.brand.canonical, PRODUCT_REACH):
                return ""
        ra, rb = toned_readings(a), toned_readings(b)
        same = {_initial(r.translate(TONES)) for r in ra} & {_initial(r.translate(TONES)) for r in rb}
        return f"音近替换：{a}→{b}（{'同音' if ra & rb else '声母相同' if same else '声母相近'}）"

    def _insert(self, ft, s, e, w, name, alias) -> str:
        """蜜念雪 for 蜜雪: one character inside a distinctive two-character name."""
        if alias is None or len(w) != 3 or w[0] != name[0] or w[2] != name[1]:
            return ""
        x = w[1]
        if not is_cjk(x) or name[0] + x in self.phrases or x + name[1] in self.phrases:
            return ""
        right = ft.norm.span(e - 1, e)[1]
        if right < len(ft.norm.original) and is_cjk(ft.norm.original[right]):
            return ""  # 蜜桃雪梨: glued to the next word
        if not (_left_apart(ft, s) and self._product_after(ft.norm.text, e, alias.brand.canonical, PRODUCT_REACH)):
            return ""
        return f"插字仿冒：「{name}」中间插入「{x}」，后接该品牌的商品"

    def _insert_long(self, ft, s, e, name, alias, aliases):
        """六个土核桃 for 六个核桃: the part before the inserted character was found at [s, e)."""
        text = ft.norm.text
        i = e - s
        rest = name[i:]
        if e >= len(text) or not is_cjk(text[e]):
            return None
        if text.startswith(rest, e + 1):
            x = text[e]
        elif e + 1 < len(text) and is_cjk(text[e + 1]) and text.startswith(rest, e + 2):
            # 六个原浆核桃, 六个果仁核桃 for 六个核桃: a two-character word set inside the name
            # (临川区市场监管局 2020: “原浆” printed small between “六个” and “核桃”)
            x = text[e:e + 2]
        else:
            return None
        end = e + len(x) + len(rest)
        w = text[s:end]
        if not self._ok_window(w, aliases) or name[i - 1] + x[0] in self.phrases or x[-1] + name[i] in self.phrases:
            return None
        if not _one_word(ft, s, end) or not self._product_after(text, end, alias.brand.canonical, PRODUCT_REACH):
            return None
        return end, f"插字仿冒：「{name}」中间插入「{x}」，后接该品牌的商品"

    def _split_product(self, ft, s, e, name, alias):
        """完美眼影盘日记 for 完美日记, 传奇口红今生 for 传奇今生: a name of four or more split in two
        by the brand's own kind of product (眼影, 口红, with at most SPLIT_EXTRA more characters:
        眼影盘), the rest of the name right after it, all written as one run."""
        text = ft.norm.text
        nxt = text[e:e + 1]
        if not nxt or not is_cjk(nxt):
            return None
        rest = name[e - s:]
        prods = self.products.get(alias.brand.canonical, ())
        for p in prods:
            if p[:1] != nxt or not text.startswith(p, e):
                continue
            for extra in range(SPLIT_EXTRA + 1):
                at = e + len(p) + extra
                if at > len(text) or not all(is_cjk(c) for c in text[e + len(p):at]):
                    break
                if text.startswith(rest, at) and _one_word(ft, s, at + len(rest)):
                    return at + len(rest), f"拆名仿冒：「{name}」从中拆开，插入商品名「{text[e:at]}」"
        return None

    def _swap_long(self, ft, s, e, name, alias, aliases):
        """营养专线 for 营养快线, 茶颜观色 for 茶颜悦色: one character inside a name of four or more
        swapped for another, the name's first two and last characters kept; the part before the
        swapped character was found at [s, e). The variant is no word, glued to nothing Chinese on
        either side, and the brand's own product follows."""
        text = ft.norm.text
        i = e - s
        rest = name[i + 1:]
        if not rest or e >= len(text) or not is_cjk(text[e]) or text[e] == name[i] or not text.startswith(rest, e + 1):
            return None
        end = e + 1 + len(rest)
        w = text[s:end]
        if not self._ok_window(w, aliases) or not _one_word(ft, s, end) or not _left_apart(ft, s):
            return None
        right = ft.norm.span(end - 1, end)[1]
        if right < len(ft.norm.original) and is_cjk(ft.norm.original[right]) \
                and not self._product_after(text, end, alias.brand.canonical, 0):
            return None  # glued to a following word that is not the product
        if not self._product_after(text, end, alias.brand.canonical, PRODUCT_REACH):
            return None
        return end, f"换字仿冒：「{name}」的「{name[i]}」换成「{text[e]}」，后接该品牌的商品"

    def _latin(self, text, s, e, w, name, alias) -> str:
        if is_english_word(w):
            # Channel No. 5: an English word counts only before the rest of a name of the brand
            after = re.sub(r"[^a-z0-9]", "", text[e:e + 12])
            if any(after.startswith(t) for t in self.tails.get(name, ())):
                return f"拼写近似：{w}→{name}，后接该品牌的系列名"
            return ""
        if not self._product_after(text, e, alias.brand.canonical, SHORT_REACH):
            return ""
        return f"形近字母替换：{w}→{name}，后接该品牌的商品"


MASKS = "*＊×xX✕✖○〇●◯□■※#＃?？♥❤★☆"
# a mask symbol in an original text (an x only right after a Chinese character: 周x福, not XL or 2x)
# (two patterns, each starting with its class: scanned for at C speed, where one alternation with a
# look-behind was tried at every position)
_MASK_SYMBOL = re.compile("[" + re.escape(MASKS.replace("x", "").replace("X", "")) + "]")
_MASK_X = re.compile(r"[xX](?<=[\u3400-\u9fff][xX])(?![a-zA-Z])")


def _mask_present(original: str) -> bool:
    return _MASK_SYMBOL.search(original) is not None or _MASK_X.search(original) is not None


def _masked(ft, s: int, e: int, name: str) -> bool:
    """The original text of normalised [s, e) is `name` with one character written as a mask
    symbol (香*儿, 香奈**, 迪x奥): how 微商 and live-stream listings hide a brand from keyword checks."""
    os_, oe = ft.norm.span(s, e)
    # the mask may stand just outside the normalised span (a dropped symbol at an end: 香奈*)
    lo, hi = max(0, os_ - 2), min(len(ft.norm.original), oe + 2)
    orig = ft.norm.original[lo:hi]
    if not any(c in MASKS for c in orig):
        return False
    for i in range(len(name)):
        pat = re.escape(name[:i]) + "[" + re.escape(MASKS) + "]{1,3}" + re.escape(name[i + 1:])
        if re.search(pat, orig, re.I):
            return True
    return False


def _left_apart(ft, s: int) -> bool:
    """Nothing Chinese glued to the left of normalised position s in the original text."""
    os_, _ = ft.norm.span(s, s + 1)
    return os_ == 0 or not is_cjk(ft.norm.original[os_ - 1])


def _one_word(ft, s: int, e: int) -> bool:
    """Written as one run in the original (not 保湿~提)."""
    os_, oe = ft.norm.span(s, e)
    return oe - os_ == e - s


_built: dict[int, tuple[BrandDB, Variants]] = {}


def variants(db: BrandDB, lookalike) -> Variants:
    """The database's variant index (built once per database; `lookalike`: its LookalikeIndex,
    for the look-alike characters and the phrase list)."""
    got = _built.get(id(db))
    if got is None or got[0] is not db:
        if len(_built) >= 4:
            _built.clear()
        got = _built[id(db)] = (db, Variants(db, lookalike.shape, lookalike.phrases))
    else:
        got[1].register(db)
    return got[1]
