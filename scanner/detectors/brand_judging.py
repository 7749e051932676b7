"""Judging brand mentions (the second step of the brand detector, scanner/detectors/brands.py): the
cue wording next to a mention (brand_db/cues.csv: counterfeit, dupe, comparison, compatibility,
brand context, blocks) decides whether it is piggy-backing, a fair compatibility or comparison
statement, or a plain mention; a field listing several brands of one category around a
compatibility note is a fits-list."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..brands import BrandDBError, Automaton
from ..engine import Candidate, FieldText
from ..matching import drop_nested
from ..normalize import normalize_key
from .brand_compat import Cue, collab as _collab, two_words as _two_words
from .brand_context import (_ADVERB_NAMES, _COMPANY_AFTER, _PUBLISHER_AFTER, _TRADE_NAME_AFTER, _also, _apart,
                            _buried, _generic_goods_after, _cues_near, _distance, _example_compat, _function_word_particle,
                            _function_word_prose,
                            _material_name, _monogram, _near, _species_name, _verb_in_list)
from .brand_mentions import _GLUED_CUES
from .brand_spans import Mention, _an
from .brand_counterfeit import _denied, denials
from .brand_tables import read_rows, yes

LAW_TM = "《商标法》第五十七条"


LAW_CONFUSION = "《反不正当竞争法》第六条 混淆行为"


LAW_COMPARE = "《广告法》第十三条"


LAW_FAIR_USE = "《商标法》第五十九条（说明性使用）"


# The wording next to a brand that decides what a mention is (同款, 高仿, 适用于, 官方…) is data:
# brand_db/cues.csv (phrase,kind,before,after,strong,word_cue). kinds: C counterfeit · D dupe ·
# K comparison · P compat (cue before brand) · Q compat (cue after brand) · X brand context ·
# B block (ordinary phrase: 男女同款). Gaps are in normalised characters; -1: not on this side.
# A brand name that is also an ordinary word (苹果, 小米, 统一, Coach) counts only right next to
# a `word_cue` (苹果官方旗舰店, 小米同款, 高仿苹果) — not next to 风格/替代/正品, which ordinary
# text uses with ordinary words (统一风格, 理想的替代品, 烟台苹果正品).
CUES_FILE = "cues.csv"


# counterfeit wording that sellers glue to a Latin brand name (NikeA货, Gucci1:1, LV超A)


_LOOKALIKE_LETTERS = "形近字母替换"  # how brand_mentions names a spelling with look-alike letters (0mega, amaz0n)
_LIST_BRANDS = 3  # brands of one category in a field that, one in a compatibility note, make a list


_CJK_VARIANT = ("形近字替换", "音近替换", "插字仿冒", "拆字仿冒", "换字仿冒", "字母替字", "拆名仿冒", "打码规避")  # how a Chinese look-alike name was made


_BATTERY = ("电池", "号", "battery", "batteries", "级景区", "信用")


def cue_automaton(directory) -> Automaton:
    """The cue wording of brand_db/cues.csv: of `directory`, else the shipped one (a brand
    folder of the user's own may hold only brand tables)."""
    from ..brands import ROOT

    p = Path(directory) / CUES_FILE
    rows = read_rows(p.parent if p.is_file() else ROOT / "brand_db", CUES_FILE)
    if not rows:
        raise BrandDBError(f"{CUES_FILE}: no cue wording found")
    table: dict[str, list[Cue]] = {}
    for r in rows:
        try:
            before, after = int(r.get("before", "")), int(r.get("after", ""))
        except ValueError as e:
            raise BrandDBError(f"{CUES_FILE}: bad gap in row {r}") from e
        k = normalize_key(r.get("phrase", ""))
        if k:
            table.setdefault(k, []).append(Cue(k, r["phrase"], r.get("kind", ""), before, after,
                                               yes(r.get("strong", "")), yes(r.get("word_cue", ""))))
    return Automaton((k, (k, tuple(v))) for k, v in table.items())


@lru_cache(maxsize=4)
def _cue_automaton_cached(directory: str, stamp: str) -> Automaton:
    return cue_automaton(directory)


class Judging:
    """The judging half of BrandDetector (it holds the cue automaton and side-word tables)."""

    # ------------------------------------------------------------------ cues
    def _cues(self, norm, glued_after: frozenset = frozenset()) -> list[tuple[int, int, Cue]]:
        """Cue wording in the field; `glued_after`: ends of long brand names that are no words,
        where Latin copy wording glued on still counts (#lululemondupe)."""
        text = norm.text
        n = len(text)
        raw: list[tuple[int, int, Cue]] = []
        blocks: list[tuple[int, int]] = []
        for start, end, (key, cues) in self._cue_automaton.iter(text):
            if _an(key[0]) and start > 0 and _an(text[start - 1]) and key not in _GLUED_CUES \
                    and not (key.isascii() and (_two_words(norm, start) or start in glued_after)):
                continue
            if _an(key[-1]) and end < n and _an(text[end]) and not (key in _GLUED_CUES and text[end].isalpha()):
                continue
            for c in cues:
                if c.kind == "B":
                    blocks.append((start, end))
                elif c.key == "aaa" and any(text.startswith(b, end + (text[end:end + 1] == " "))
                                            for b in _BATTERY):
                    continue
                elif c.key == "风" and self._tables.opens_word(text[start:end + 1]) and not _apart(norm, start):
                    continue  # 戴森风筒 (a word: Tables.opens_word), but 真维斯风 机械 (style, then the next word)
                else:
                    raw.append((start, end, c))
        if blocks:
            # a block hides the cues inside it (专柜 in 专柜正品, 二手 in 非二手), not resale wording
            # that is the block itself (专柜购入 is resale; the 专柜 in it no 专柜款)
            raw = [r for r in raw if not any(bs <= r[0] and r[1] <= be and not (r[2].kind == "R" and (bs, be) == r[:2])
                                             for bs, be in blocks)]
        if len(raw) > 1:
            # of nested cues of one kind keep the longest (代工厂, not 代工; 专柜同款, not 同款)
            raw = drop_nested(raw, group=lambda r: r[2].kind)
        return raw

    def _compat_lists(self, ft: FieldText, judged: list, cues, cue_starts, strong_brands, listed=(),
                      title_notes: bool = True) -> list:
        """A field naming several brands of one category, one of them in a compatibility note, is
        a list of what the accessory fits (苹果华为通用…vivo小米oppo): the brands of that category
        that were judged unauthorised (too far from the note) are read as part of the list. So is
        a brand named again after its own note, in the field or in the listing's title
        (Compatible with iPad 10.2 …/ 9.7, iPad Air 4th Generation, iPad Pro: one fits-list)."""
        by_cat: dict[str, set[str]] = {}
        note: dict[str, tuple] = {}
        by_brand: dict[str, tuple] = {}
        for m, c, compat in [*judged, *listed]:
            cat = m.alias.brand.category
            by_cat.setdefault(cat, set()).add(m.alias.brand.canonical)
            if compat is not None:
                note.setdefault(cat, compat)
                by_brand.setdefault(m.alias.brand.canonical, compat)
        lists = {cat for cat, brands in by_cat.items() if cat in note and len(brands) >= _LIST_BRANDS}
        unauth = [m for m, c, compat in judged if compat is None and c is not None and c.rule_id == "BRAND-UNAUTH"]
        if not unauth:
            return judged
        if title_notes and ft.field == "description" and ft.listing.title and any(
                m.alias.brand.canonical not in by_brand for m in unauth):
            for canonical, compat in self._title_notes(ft).items():
                by_brand.setdefault(canonical, (0, 0, compat[2]))
        if not lists and not by_brand:
            return judged
        out = []
        for m, c, compat in judged:
            cat, canonical = m.alias.brand.category, m.alias.brand.canonical
            if compat is None and c is not None and c.rule_id == "BRAND-UNAUTH":
                got = note[cat] if cat in lists else by_brand.get(canonical)
                if got is not None:
                    c, compat = self._judge(ft, m, _cues_near(cues, cue_starts, m), strong_brands, got)
            out.append((m, c, compat))
        return out

    def _resold(self, ft: FieldText) -> bool:
        """Does the listing's description hold resale wording (成色看图, 几乎全新, 二手…)?"""
        desc = ft.listing.description
        if not desc:
            return False
        got = self._resale_cache.get(desc)
        if got is None:
            from ..normalize import html_to_text, normalize

            got = any(c.kind == "R" for _, _, c in self._cues(normalize(html_to_text(desc))))
            if len(self._resale_cache) > 1024:
                self._resale_cache.clear()
            self._resale_cache[desc] = got
        return got

    def _title_notes(self, ft: FieldText) -> dict[str, tuple]:
        """canonical -> compatibility note of the brands the listing's title names in one."""
        title = ft.listing.title
        key = (title, ft.context.own_brands)
        got = self._title_cache.get(key)
        if got is None:
            tft = FieldText.of(ft.listing, "title", title, ft.context)
            got = {}
            for m, _, compat in self._judged(tft, title_notes=False):
                if compat is not None:
                    got.setdefault(m.alias.brand.canonical, compat)
            if len(self._title_cache) > 1024:
                self._title_cache.clear()
            self._title_cache[key] = got
        return got

    def _judge(self, ft: FieldText, m: Mention, cues, strong_brands, inherited=None):
        """(candidate or None, the compatibility cue the mention stands in, if any)."""
        text = ft.norm.text
        alias = m.alias
        brand = alias.brand
        word = m.word and brand.canonical not in strong_brands
        counterfeit = dupe = compare = compat = ctx = genuine = maker = None
        for cs, ce, c in cues:
            # (a maker label or a gift quiets a mention, so it reaches an ordinary-word name as far as any)
            near = _near(text, m, cs, ce, c, tight=word and c.kind not in "MF")
            if not near and word and c.kind == "D" and cs >= m.e and alias.latin and c.key.isascii():
                # a Latin ordinary-word name, a style cue, then the brand's own kind of goods (Crocs
                # Style Clogs, Pandora Style Charms, Coach Style Handbag): the brand's look is sold
                # (小香风 before a bag stays the style word it is in Chinese copy)
                near = (_near(text, m, cs, ce, c, tight=False)
                        and self._product_context(text, Mention(m.s, ce, m.aliases), brand, False) is not None)
            if not near and word and c.kind == "X" and c.key == "logo" and cs >= m.e and alias.latin \
                    and _monogram(text[m.e:cs], text[m.s:m.e]):
                # the brand's initial between its name and "logo" is its mark (Champion C logo,
                # Guess G logo, Gucci GG logo): the logo, not the word, is meant (天津海关 2020:
                # 布鞋 with Champion's “C” logo)
                near = True
            if not near and word and c.kind == "D" and alias.latin and c.key.isascii() \
                    and ft.norm.quote(m.s, m.e)[:1].isupper() \
                    and self._variants.sells(text, brand.canonical, unknown=False) \
                    and not _material_name(ft.norm, m, self._tables.generic) \
                    and not (cs >= m.e and _material_name(ft.norm, m, self._tables.generic, after=ce)):
                # "Perfume Inspired by Creed", "Bag inspired by Coach", "Free People inspired Boho
                # Maxi Dress": a capitalised ordinary-word name next to a style cue, in a field
                # naming the brand's own kind of goods (not a colour or material: Mango colours)
                near = _near(text, m, cs, ce, c, tight=False)
            if not near:
                continue
            k = c.kind
            if k == "C":
                if counterfeit is None or (c.strong and not counterfeit[2].strong):
                    counterfeit = (cs, ce, c)
            elif k == "D":
                dupe = dupe or (cs, ce, c)
            elif k == "K":
                compare = compare or (cs, ce, c)
            elif k in "PQ":
                compat = compat or (cs, ce, c)
            elif k == "X":
                ctx = ctx or (cs, ce, c)
            elif k == "G":
                if word and alias.kind == "nick":
                    # 原装 黄油, 正品 狗牙 项链, 原装 鳄鱼夹: a product nickname that is an ordinary
                    # word (Clinique's 黄油, Goyard's 狗牙) names the brand by its goods or by copy
                    # wording, not by a claim that goods are genuine, which any ordinary goods take
                    continue
                genuine = genuine or (cs, ce, c)
            elif k in "MF":
                maker = maker or (cs, ce, c)
        compat = compat or inherited
        if not ctx and not counterfeit:
            ctx = (self._product_context(text, m, brand, word) or _collab(ft.norm, m)
                   or self._honest.listing_product(ft, m, brand))
        if genuine is None and ctx is not None and ctx[0] >= m.e and ctx[2].kind == "X":
            # the brand's product glued on (小米耳机 原装): genuine wording reaches the two as one
            # name, and beats a compatibility word further off (小米耳机 原装 入耳式 线控 通用)
            named = Mention(m.s, ctx[1], m.aliases)
            g = next(((cs, ce, c) for cs, ce, c in cues
                      if c.kind == "G" and _near(text, named, cs, ce, c, tight=False)), None)
            if g is not None and (compat is None or _distance(named, g) < _distance(named, compat)):
                genuine = g
        if not (compat or counterfeit or dupe or compare) and m.fuzzy != _LOOKALIKE_LETTERS:
            # (a name written with look-alike letters — amaz0n, amazøn, iPh0ne — is no fitting note
            # by its goods alone: an honest seller writes the name as it is; the swap dodges the
            # platform's brand filter — Amazon Technologies v. Rodrigues, Forum FA1811001819070)
            compat = self._spec_compat(ft, m, brand) or _example_compat(ft, m)
        if genuine and not (counterfeit or dupe or compare):
            # 原装苹果充电器, Genuine Apple adapter: the goods are said to be the brand's own, not
            # made to fit it — no compatibility note, the brand's use needs its authorisation
            compat, ctx = None, ctx or genuine
        name = brand.canonical
        quoted = ft.norm.quote(m.s, m.e)
        if compat and (dupe or compare):
            # the nearer wording decides: 适用于戴森 替换滤网 vs 用于… Dior同款; a compatibility word
            # inside the dupe phrase is part of it (dupe for Lululemon: "for" is no fitting note)
            other = dupe or compare
            if _distance(m, other) < _distance(m, compat) or other[0] <= compat[0] < compat[1] <= other[1]:
                compat = None
        if not word and not counterfeit and brand.generic_for and _generic_goods_after(text, m.e, brand.generic_for):
            # Tiffany Stained Glass Lampshade, Tiffany Style Table Lamp: goods the name is the
            # common word for (the lamps of Louis Comfort Tiffany's studio), whoever makes them
            return None, None
        if counterfeit and (counterfeit[2].strong or not compat):
            return self._cand_(compat, ft, m, counterfeit, "brand_piggyback", "high", "BRAND-COUNTERFEIT",
                              f"{LAW_TM}；{LAW_CONFUSION}",
                              f"删除「{quoted}」及「{{cue}}」等仿冒暗示用语；未获{name}授权不得销售仿冒品，"
                              f"请只描述自有品牌和商品本身的材质、工艺。",
                              f"「{{cue}}」紧挨品牌「{name}」，暗示销售{name}的仿冒品/高仿货，"
                              f"属于侵犯注册商标专用权的行为。")
        if compat:
            if m.fuzzy or word:
                return None, compat
            return self._cand_(compat, ft, m, None, "brand_compat", "info", "BRAND-COMPAT", LAW_FAIR_USE,
                              "适配说明可以保留：写清「适用于/兼容 + 品牌 + 具体型号」，不要使用对方商标图形或暗示官方出品。",
                              f"「{quoted}」出现在适配/兼容说明中（「{compat[2].phrase}」），属于说明商品用途的正当使用。",
                              conf=0.9)
        if dupe or compare:
            cue = dupe or compare
            is_cmp = dupe is None
            return self._cand_(None, ft, m, cue, "brand_piggyback", "high",
                              "BRAND-COMPARE" if is_cmp else "BRAND-DUPE",
                              f"{LAW_COMPARE}；{LAW_CONFUSION}" if is_cmp else f"{LAW_CONFUSION}；{LAW_TM}",
                              f"删除「{quoted}」和「{{cue}}」，不要借他人品牌引流；改写为自有品牌及商品自身卖点"
                              f"（材质、尺寸、功能）。",
                              (f"用「{{cue}}」把商品与品牌「{name}」作比较，借他人商誉宣传，属于广告法禁止的贬低/比较用语，"
                               f"也易构成混淆行为。") if is_cmp else
                              (f"「{{cue}}」把商品与品牌「{name}」挂钩（同款/平替/风格），借他人品牌知名度引流，"
                               f"易使消费者误认为与{name}存在特定联系，构成混淆行为。"))
        if m.fuzzy and ft.field != "image" and _denied(text, m.s, (), self._denials()):
            return None, None  # 拒绝anmani，只做原创: the shop names a knock-off name to refuse it
        if m.fuzzy and ft.field != "image":  # OCR misreadings look like misspellings
            return self._cand_(None, ft, m, None, "brand_piggyback", "high",
                               "BRAND-LOOKALIKE" if m.fuzzy.startswith(_CJK_VARIANT) else "BRAND-FUZZY",
                              f"{LAW_TM}；{LAW_CONFUSION}",
                              f"删除「{quoted}」：这是「{name}」的近似写法，改用自有品牌名称。",
                              f"「{quoted}」是品牌「{name}」{_also(alias, name)}的变体写法（{m.fuzzy}），用近似商标规避平台过滤、"
                              f"蹭品牌热度，属于使用近似商标的侵权/混淆行为。",
                              conf=m.confidence)
        if word and not ctx:
            return None, None  # an ordinary word (红富士苹果, 小米粥) without brand context
        if word and _material_name(ft.norm, m, self._tables.generic):
            return None, None  # Genuine Mulberry Silk, camel leather: the material, even beside genuine
        if maker and (maker[2].kind == "F" or _COMPANY_AFTER.match(text, m.e)):
            # 生产商：常熟波司登进出口有限公司 on a CK down jacket: the label the law requires names the
            # maker by its registered company name (《产品质量法》第二十七条), no use of the brand on the goods;
            # 加赠网易耳机: a gift of the brand's own goods with what is sold, not the goods sold
            return None, None
        if _PUBLISHER_AFTER.match(text, m.e):
            return None, None  # 清华大学出版社 数据结构: the publisher of the book sold
        if (any(c.kind == "R" for _, _, c in cues) or (ft.field == "title" and self._resold(ft))) \
                and not _TRADE_NAME_AFTER.match(text, m.e):
            # 二手/闲置/9成新/购于…: the seller resells goods bought from the brand; naming the
            # brand of genuine goods put on the market by its owner is no use of the mark as one's
            # own (权利用尽). Copy, dupe and comparison wording and misspelt names were judged above.
            # A second-hand post names the goods in its title and their state in the description
            # (苹果iPad9代 … / 功能正常 成色看图, 无拆无修): that wording covers the title's brand.
            return None, None
        if not ctx and not m.fuzzy and _buried(ft, m):
            return None, None  # 尚美 inside 时尚美观, 品高 across 产品 高端: not a name on its own
        if not ctx and alias.latin and _function_word_prose(quoted):
            return None, None  # "image on running", "walking on running track": a preposition and a word, not On Running
        if alias.latin and not m.fuzzy and _function_word_particle(ft, m, quoted):
            return None, None  # Slip On Sneakers, putting on shoes: a phrasal verb's particle, not On Running
        if not ctx and alias.latin and _verb_in_list(ft, m, quoted):
            return None, None  # "it hydrates & pampers your skin": a verb, not Pampers
        if alias.latin and quoted in _ADVERB_NAMES:
            return None, None  # "the only store in the country": an adverb in lower case, not Only
        if not ctx and alias.latin and _species_name(text, m.e):
            return None, None  # Pacman Frog Food: an animal's common name, food for that animal
        conf = m.confidence
        if alias.latin and len(alias.key) <= 2:
            conf = 0.7
        if word:
            conf = 0.75
        return self._cand_(None, ft, m, None, "brand_unauthorized", "medium", "BRAND-UNAUTH", LAW_TM,
                          f"如本店是「{name}」的商标权利人或授权经销商，请把它加入 own_brands（--own-brand）；"
                          f"否则删除品牌名，只描述商品本身。",
                          f"商品文字中出现知名品牌「{name}」，但本店未登记为该品牌的权利人或授权经销商，"
                          f"存在售假/蹭品牌风险。",
                          conf=conf)

    def _denials(self) -> tuple:
        got = getattr(self, "_denial_words", None)
        if got is None:
            got = self._denial_words = denials(self._tables)
        return got

    def _cand_(self, compat, *args, **kw):
        return self._cand(*args, **kw), compat

    def _cand(self, ft: FieldText, m: Mention, cue, category, severity, rule_id, law, suggestion,
              explanation, conf: float | None = None) -> Candidate:
        ns, ne = m.s, m.e
        cue_text = ""
        if cue is not None:
            ns, ne = min(ns, cue[0]), max(ne, cue[1])
            cue_text = ft.norm.quote(cue[0], cue[1])
        s, e = ft.norm.span(ns, ne)
        if m.fuzzy and rule_id not in ("BRAND-FUZZY", "BRAND-LOOKALIKE"):
            explanation += f"（「{ft.norm.quote(m.s, m.e)}」是「{m.alias.brand.canonical}」的变体写法：{m.fuzzy}）"
        return Candidate(s, e, category, severity, conf if conf is not None else min(0.95, m.confidence),
                         m.alias.brand.canonical, rule_id, law,
                         suggestion.replace("{cue}", cue_text), explanation.replace("{cue}", cue_text),
                         self.name, ns, ne)
