"""Honest brand mentions (issue 11 item 7): compatibility without 适用 (iPhone 15 手机壳),
components and platforms named as specifications (Intel CPU, Google Play, PS4), and the brand
context that makes an ordinary-word brand name a brand (its own product right after it: 小米
充电宝, Pandora 项链; a co-branding mark: Supreme×GUZI). The words are data:
brand_db/compat_words.csv and brand_db/category_products.csv.
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from ..brands import Automaton, _an
from ..engine import FieldText
from ..normalize import _BOUNDARY, normalize_key


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue phrase of brand_db/cues.csv (read by detectors/brands.py; kept here so the two
    modules import in one direction only)."""

    key: str
    phrase: str
    kind: str
    before: int
    after: int
    strong: bool
    word: bool = False  # makes an ordinary-word brand name count (see cues.csv word_cue)


def _product_at(text: str, at: int, prods):
    """The brand-context cue of one of `prods` starting at `at` (a Latin product word must end there:
    not the start of a longer word), or None."""
    for w in prods:
        if text.startswith(w, at) and not (_an(w[-1]) and at + len(w) < len(text) and _an(text[at + len(w)])):
            return (at, at + len(w), _cue(w, w, "X", -1, 3))
    return None


def _clean_gap(gap: str) -> bool:
    return not any(ch in _BOUNDARY for ch in gap)


def _cue(key, phrase, kind, before, after):
    return Cue(key, phrase, kind, before, after, False)


class HonestMentions:
    def __init__(self, t):
        self.compat_words = t.compat
        self.products = {c: tuple(sorted(ps, key=len, reverse=True)) for c, ps in t.products.items()}
        # a brand's own goods besides its category's (brand_products.csv), by canonical name
        self._own_products = t.brand_products
        self._with_own: dict[tuple[str, str], tuple[str, ...]] = {}
        # compatibility words are looked for only in fields that name a brand
        self._compat_auto = Automaton((w, w) for w in t.compat) if t.compat else None
        self._accessory_cache: dict[str, frozenset[str]] = {}
        # colour and cut words (generic_words.csv kinds colour, shape) a multi-word Latin model
        # name may stand apart from its product by: Air Force One low white sneakers
        self._descriptors = frozenset(w for w, k in t.generic.items() if k in _DESCRIPTOR_KINDS and w.isascii())

    def accessory_categories(self, text: str, hits=None) -> frozenset[str]:
        """Brand categories an accessory word of `text` fits (手机壳 -> electronics)."""
        got = self._accessory_cache.get(text) if hits is None else None
        if got is None:
            cats: set[str] = set()
            for s, e, w in (hits if hits is not None else self.side_words(text)):
                kind, c = self.compat_words.get(w, ("", ()))
                if kind == "accessory" and not _bundled(text, s):
                    cats |= c
            got = frozenset(cats)
            if hits is None:
                if len(self._accessory_cache) > 4096:
                    self._accessory_cache.clear()
                self._accessory_cache[text] = got
        return got

    def side_words(self, text: str, norm=None):
        if self._compat_auto is None:
            return []
        n = len(text)
        out = []
        for s, e, w in self._compat_auto.iter(text):
            if _an(w[0]) and s > 0 and _an(text[s - 1]) and not two_words(norm, s):  # (Connector/Adapter)
                continue
            if _an(w[-1]) and e < n and _an(text[e]) and not two_words(norm, e):  # (i7-1065G7: a model follows)
                continue
            out.append((s, e, w))
        return out

    def product_context(self, text: str, m, brand, word: bool):
        """The brand's own product right after it (小米 充电宝, Pandora 项链, 85C 面包): brand context.
        (A two-letter word name before its brand's own goods is a product code: CC霜, CC气垫 are CC
        cream, not Chanel — only its category's products name the brand.)"""
        key = m.alias.key
        prods = self.products.get(brand.category) if word and len(key) <= 2 and key.isascii() \
            else self._products_of(brand)
        if word and brand.generic_for:
            # the goods the name is itself the common word for (席梦思床垫: a spring mattress)
            prods = tuple(p for p in prods if p not in brand.generic_for)
        if not prods:
            return None
        for gap in range(0, 3 + 1):
            at = m.e + gap
            if at >= len(text) or not _clean_gap(text[m.e:at]):
                break
            if word and gap and text[m.e:at] not in _FOR_WHOM:
                continue  # 大鹅绒羽绒服 is goose down; 蔚蓝男士淡香水 is the perfume
            got = _product_at(text, at, prods)
            if got is not None:
                return got
        if word and " " in key and key.isascii():
            return self._after_descriptors(text, m.e, prods)
        return None

    def _after_descriptors(self, text: str, e: int, prods):
        """The product after one or two colour or cut words (Air Force One low white sneakers): a
        multi-word Latin model name that is also an ordinary phrase names the model when its
        category's product follows its description, as it does right before the product."""
        at = e
        for _ in range(_MAX_DESCRIPTORS):
            if at >= len(text) or text[at] != " ":
                return None
            k = at + 1
            while k < len(text) and text[k].isascii() and text[k].isalpha():
                k += 1
            if text[at + 1:k] not in self._descriptors or k >= len(text) or text[k] != " ":
                return None
            got = _product_at(text, k + 1, prods)
            if got is not None:
                return got
            at = k
        return None

    def _products_of(self, brand) -> tuple[str, ...]:
        """The product words of the brand's category and its own (brand_products.csv), longest first."""
        own = self._own_products.get(brand.canonical)
        if not own:
            return self.products.get(brand.category, ())
        key = (brand.category, brand.canonical)
        got = self._with_own.get(key)
        if got is None:
            got = self._with_own[key] = tuple(sorted(own | set(self.products.get(brand.category, ())),
                                                     key=lambda w: (-len(w), w)))
        return got

    def listing_product(self, ft: FieldText, m, brand):
        """A field that is nothing but the brand's name (the brand attribute, a one-word
        description) in a listing whose title sells a product of the brand's category (山楂树下 +
        山楂果汁饮料, 小飞碟 + 剃须刀): the listing names its brand — brand context."""
        if ft.field == "title" or m.s != 0 or m.e != len(ft.norm.text):
            return None
        prods = self.products.get(brand.category)
        if not prods:
            return None
        title = normalize_key(ft.listing.title)  # cached: the title was normalised already
        for w in prods:
            if w in title:
                return (m.s, m.e, _cue(w, w, "X", -1, 3))
        return None

    def spec_compat(self, ft: FieldText, m, brand):
        """Compatibility or specification without 适用: a device brand in a listing that sells an
        accessory (iPhone 15 手机壳), a platform or standard (Android, Type-C, PS4), a component
        named as a specification (Intel CPU, 高通骁龙)."""
        text = ft.norm.text
        side, acc = ft.notes.get("brand_side", ((), frozenset()))
        key = text[m.s:m.e]
        cw = self.compat_words
        # a platform's name with a character swapped for one that looks like it (夭猫精灵) is no
        # reference to the platform: only a Latin misspelling may be (for Andriod phones)
        for k in ((key,) if m.fuzzy and not key.isascii() else (key, m.alias.key)):
            if cw.get(k, ("",))[0] == "platform":
                return (m.s, m.e, _cue(k, k, "Q", -1, 0))
        for s, e, w in side:
            kind = cw.get(w, ("",))[0]
            if kind == "platform" and s == m.s:
                return (s, e, _cue(w, w, "Q", -1, 0))  # Google Play, Nintendo Switch
            if kind in ("spec", "platform") and (0 <= s - m.e <= 2 and _clean_gap(text[m.e:s])
                                                 or kind == "spec" and 2 < s - m.e <= 14
                                                 and _SPEC_GAP.fullmatch(text, m.e, s) is not None
                                                 and (_SPEC_FIGURE.search(text, m.e, s) is not None
                                                      or _led(text, side, cw, m.s))):
                return (s, e, _cue(w, w, "Q", -1, 2))  # Intel CPU, 高通骁龙, 索尼1300万高清摄像头
        if brand.category in acc:
            near = next(((s, e, w) for s, e, w in side if cw.get(w, ("",))[0] == "accessory"), None)
            if near is not None:
                return (near[0], near[1], _cue(near[2], near[2], "Q", -1, 99))
            return (m.s, m.e, _cue("", "配件", "Q", -1, 99))
        return None


# what may stand between a component's maker and the spec word naming the component: its origin,
# its model number, its figures and its grade (三星原装进口4K屏体, 索尼1300万高清摄像头, 索尼imx586 传感器,
# 索尼2400万旗舰自拍)
_SPEC_GAP = re.compile(r"(?:原装|原厂|进口|正品|高清|超清|全高清|高速|大|旗舰|新一代|第?[0-9一二三四五六七八九十]+代|"
                       r"[0-9a-z][0-9a-z.+\-]*|[0-9.]+(?:万|亿|百万|千万)?(?:像素)?|像素|英寸|寸| )+")

# ... of which one at least is a figure or an origin: a bare model (Apple M1 chip) names the brand's
# own part in the brand's own goods as often as a component
_SPEC_FIGURE = re.compile(r"万|亿|像素|进口|高清|超清|代|英寸|寸")


def _led(text: str, side, cw, ms: int) -> bool:
    """Does a `lead` word of compat_words.csv (搭载, 内置, 采用) stand right before the brand (at most
    2 characters away, same clause)? It says what follows is a part built into the goods sold (搭载
    西铁城 Miyota 8215 机芯, 内置 索尼 IMX 传感器), so a bare model number may stand between the
    maker and the part word."""
    return any(cw.get(w, ("",))[0] == "lead" and 0 <= ms - e <= 2 and _clean_gap(text[e:ms])
               for s, e, w in side)

# what may stand between an ordinary-word brand name and its product (蔚蓝男士淡香水)
_FOR_WHOM = frozenset({"男", "女", "男士", "女士", "男款", "女款", "男式", "女式", "男女", "儿童", "新款", "经典",
                       " ", "men", "women", "mens", "womens"})

_DESCRIPTOR_KINDS = frozenset({"colour", "shape"})
_MAX_DESCRIPTORS = 2

_COLLAB = ("×", "✕", "✖", "╳", " x ", " X ")


_BUNDLE = re.compile(r"(?:\bwith|\bincludes?|\bincluding|附赠|赠送|送|赠|含)[^,;:!?，。；：！？\n]{0,12}$")


def _bundled(text: str, s: int) -> bool:
    """An accessory word that comes with the product sold (Earphones with Charging Case, 送手机壳)
    says nothing about what the listing sells."""
    return _BUNDLE.search(text, max(0, s - 20), s) is not None


def two_words(norm, i: int) -> bool:
    """Were normalised characters i-1 and i two words in the original: apart (a hyphen, a bracket
    or any other separator between them: Nike-inspired, Graphics】with) or at a lower-to-upper
    case change (#LululemonDupes)?"""
    if norm is None or not 0 < i < len(norm.offsets):
        return False
    a, b = norm.offsets[i - 1], norm.offsets[i]
    if b > a + 1:
        return True
    o = norm.original
    if not o[b].isalnum() and o[b] != o[a]:
        return True  # ™ folded to "tm" (Intel® Core™ i5): a mark glued on, not part of the word
    return case_change(norm, i)


def case_change(norm, i: int) -> bool:
    """Were normalised characters i-1 and i one lower-case and one capital letter side by side
    in the original (WilsonTennis)? Nothing between them: a slash or a space is another case."""
    if norm is None or not 0 < i < len(norm.offsets):
        return False
    a, b = norm.offsets[i - 1], norm.offsets[i]
    o = norm.original
    return b == a + 1 and o[a].islower() and o[b].isupper() and o[a].isascii() and o[b].isascii()


def collab(norm, m):
    """A co-branding mark right before or after the name (Supreme×GUZI, GUZI x Supreme): the
    name is a brand, named as a partner."""
    o = norm.original
    s, e = norm.span(m.s, m.e)
    after, before = o[e:e + 3], o[max(0, s - 3):s]
    if any(after.startswith(c) or after.startswith(" " + c.strip()) and c.strip() in "×✕✖╳" for c in _COLLAB) \
            or any(before.endswith(c) for c in _COLLAB):
        return (m.e, m.e, _cue("×", "×", "X", 1, 1))
    return None
