"""What stands around a brand mention and changes how the judging step (brand_judging.py) reads
it: an animal or material word after the name, a verb or an example list it stands in, the gap
between a mention and a cue, a company, publisher or shop name after it, a name buried inside
Chinese words or spaced out, a monogram, the cues a mention carries itself."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..brands import Alias, is_cjk
from ..engine import FieldText
from ..brand_keys import FUNCTION_WORDS as _FUNCTION_WORDS
from ..normalize import _BOUNDARY, normalize_key
from .brand_compat import Cue
from .brand_spans import Mention, words_after

# how far from a mention a cue can start and still reach it (the largest gap in cues.csv is 160
# characters, Amazon's "(Renewed)" at the end of a title, the longest cue under 20): cues further
# away are not even looked at
_CUE_REACH = 180


# a name read with an animal word after it and a pet-supply word after that is the animal's common
# name (Pacman Frog Food, Oscar Fish Pellets): the listing sells for that animal, not the brand's
# goods (the brand's own logo animals — Lacoste crocodile polo, Gucci snake bag — stay mentions)
_SPECIES = re.compile(
    r" ?(?:frog|toad|newt|axolotl|gecko|lizard|iguana|snake|python|turtle|tortoise|fish|shrimp|snail|crab|"
    r"cichlid|tetra|pleco|barb|goby|guppy|molly|betta|parrot|finch|budgie|hamster|rabbit|guinea pig|chinchilla)"
    r"s? (?:food|foods|diet|pellets?|treats?|feed|habitat|tank|terrarium|substrate|bedding|cage|enclosure|"
    r"care|kit|starter kit|vitamins?|supplements?)(?![a-z0-9])")


# the word after a Latin name (one space or hyphen between): read against generic_words.csv's kinds
_NEXT_WORD = re.compile(r"[ -]([a-z]+)(?![a-z])")


def _material_name(norm, m, generic: dict, after: int | None = None) -> bool:
    """A name that is also an animal, plant or natural material (camel, mulberry, tiger, 骆驼, 鳄鱼:
    generic_words.csv `source_name`) right before a material, part or colour word (leather, silk,
    wood, eye, 奶粉, 皮: `source_part`) names the material: Genuine Mulberry Silk, camel leather,
    原装 骆驼奶粉. A Chinese part is glued on, and one of one character ends the word (鳄鱼皮 手包,
    not 鳄鱼皮带, which may be the brand's belt). `after`: where the part is read, when not right after
    the name (Crocodile-inspired print: the word after the cue)."""
    text = norm.text
    if generic.get(text[m.s:m.e]) != "source_name":
        return False
    e = m.e if after is None else after
    if not is_cjk(text[m.s]):
        w = _NEXT_WORD.match(text, e)
        return w is not None and generic.get(w.group(1)) == "source_part"
    for k in (2, 1):
        part = text[e:e + k]
        if len(part) == k and is_cjk(part[-1]) and generic.get(part) == "source_part" \
                and (k > 1 or e + 1 >= len(text) or not is_cjk(text[e + 1]) or _apart(norm, e)):
            return True
    return False


def _function_word_prose(quoted: str) -> bool:
    """A two-word Latin name that opens with an English function word (On Running, The Row),
    written all in lower case: the words of a sentence (printed on running, walking on running
    track), not the brand, which capitalises its name."""
    words = quoted.split()
    return len(words) == 2 and words[0] in _FUNCTION_WORDS and quoted == quoted.lower()


# a one-word name that is an English function word (On): the particle of a phrasal verb however it
# is written (Slip On Sneakers, Pull On Boots, any time you're putting on shoes), or a lower-case
# word of a sentence after another lower-case word ("walking on sand") — the brand capitalises
# its name and does not follow a verb
_PHRASAL_BEFORE = re.compile(
    r"(?<![a-z0-9'])(?:slip|slips|slipping|pull|pulls|pulling|put|puts|putting|try|tries|trying|clip|clips|"
    r"snap|snaps|strap|straps|hook|hooks|stick|sticks|press|presses|iron|sew|sews|screw|screws|click|clicks|"
    r"slide|slides|sliding|step|steps|pop|pops|throw|throws|turn|turns|switch|switches|log|logs|hold|holds|"
    r"roll|rolls|glue|pin|pins|get|gets|getting|go|goes|going|carry|carries|keep|keeps|wear|wears|wearing) $")
_LOWER_WORD_BEFORE = re.compile(r"(?<![a-z0-9])[a-z]+ $")


def _function_word_particle(ft: FieldText, m: Mention, quoted: str) -> bool:
    if quoted.lower() not in _FUNCTION_WORDS:
        return False
    text, lo = ft.norm.text, max(0, m.s - 12)
    if _PHRASAL_BEFORE.search(text, lo, m.s):
        return True
    if quoted != quoted.lower() or not _LOWER_WORD_BEFORE.search(text, lo, m.s):
        return False
    before = ft.norm.quote(lo, m.s).rstrip().rsplit(" ", 1)[-1]
    return before.isalpha() and before == before.lower()


# one-word names that are English adverbs and determiners (Only, Next, Every…): in lower case the
# word of a sentence ("the only store in the country", "the next size up"), not the brand
_ADVERB_NAMES = frozenset("only just also even still very more most next other every each some any such".split())


def _species_name(text: str, e: int) -> bool:
    return _SPECIES.match(text, e) is not None


# a verb in a list of verbs (hydrates & pampers, cleanses, tones and pampers your skin): a one-word
# Latin name that is also an English verb, written in lower case after another verb ending in -s
_VERB_LIST_BEFORE = re.compile(r"(?<![a-z])[a-z]{3,}(?:es|s) ?(?:&|,|and|\+) ?$")


def _verb_in_list(ft: FieldText, m: Mention, quoted: str) -> bool:
    if not (quoted.isalpha() and quoted == quoted.lower() and quoted.endswith("s")):
        return False
    text = ft.norm.text
    return _VERB_LIST_BEFORE.search(text, max(0, m.s - 24), m.s) is not None


# compatibility said of a kind of goods, the brand names given as examples of it: "matches all
# Generic head bottles such as Coke, Pepsi, Sprite", "fits most cups, e.g. Yeti, Stanley": a cue
# before the kind, then such as / including / e.g., then a list of names up to the brand
_EXAMPLE_LIST = re.compile(
    r"(?:^|[^a-z])(?:fits?|matches|match|compatible with|works? with|for use with|suitable for|connects? to|"
    r"connects?|attaches to|holds?|designed for|made for)\s[^.;:!?\n]{2,60}?[a-z]\s*,?\s*"
    r"(?:such as|including|e\.g\.?|for example)\s*[:,]?\s*"
    r"(?:[a-z0-9][\w'&.+-]*(?:\s[a-z0-9][\w'&.+-]*){0,2}\s*(?:,|/|&|\band\b|\bor\b)\s*){0,6}$",
    re.IGNORECASE)


def _example_compat(ft: FieldText, m: Mention):
    """A brand named as an example of the goods a compatibility cue governs (see _EXAMPLE_LIST)."""
    norm = ft.norm
    s, _ = norm.span(m.s, m.e)
    orig = norm.original
    if "such as" not in orig and "includ" not in orig.lower() and "e.g" not in orig and "for example" not in orig:
        return None
    before = orig[max(0, s - 140):s]
    if "such as" not in before.lower() and "includ" not in before.lower() and "e.g" not in before.lower() \
            and "for example" not in before.lower():
        return None
    got = _EXAMPLE_LIST.search(before)
    if got is None:
        return None
    return (m.s, m.s, Cue("such as", "such as", "P", 99, -1, False))


def _also(alias: Alias, name: str) -> str:
    """The name the variant imitates, when it is not the canonical one: （奥利奥）."""
    return f"（{alias.name}）" if alias.name and normalize_key(alias.name) != normalize_key(name) else ""


def _cues_near(cues: list, cue_starts: list[int], m: Mention) -> list:
    """The cues (sorted by start) that can reach the mention: gaps are a dozen characters at most."""
    return cues[bisect_left(cue_starts, m.s - _CUE_REACH):bisect_right(cue_starts, m.e + _CUE_REACH)]


def _distance(m: Mention, cue) -> int:
    cs, ce = cue[0], cue[1]
    return m.s - ce if ce <= m.s else cs - m.e


# what may stand between a resale cue and the brand it is about: a title's list commas and the
# parentheses of a suffix (JBL Flip 5 … - Blue (Renewed), LV 钱包，二手，95新), not a sentence end
_RESALE_GAP_OK = set(",()、，（）")


def _clean_gap(gap: str, resale: bool = False) -> bool:
    for ch in gap:
        if ch in _BOUNDARY and not (resale and ch in _RESALE_GAP_OK):
            return False
    return True


def _near(text: str, m: Mention, cs: int, ce: int, c: Cue, tight: bool) -> bool:
    """Is the cue [cs, ce) next to the mention, on a side the cue works on, in the same clause?"""
    if cs < m.e and m.s < ce:
        return False  # overlapping (a cue inside a brand name)
    if ce <= m.s:
        if c.before < 0:
            return False
        gap = m.s - ce
        limit = min(_tight(c), c.before) if tight else c.before
        if tight and text[ce:m.s] == " ":
            gap = 0  # the space between two English words: next to each other (Yeti dupe)
        between = text[ce:m.s]
        if c.kind in "PCDMF" and (":" in between or "：" in between):
            # a colon opens what the cue is about (Compatible with: iPhone 15, 适用机型：华为, 高仿: LV)
            between = between.replace(":", "", 1) if ":" in between else between.replace("：", "", 1)
        return gap <= limit and _clean_gap(between, c.kind == "R")
    if c.after < 0:
        return False
    gap = cs - m.e
    limit = min(_tight(c), c.after) if tight else c.after
    if tight and text[m.e:cs] == " ":
        gap = 0
    elif c.kind in "CDK" and _MODEL_GAP.fullmatch(text[m.e:cs]):
        gap = 0  # a model number or size between the name and the cue (Rambler 20 oz dupe, Air Max 90 dupe)
    return gap <= limit and _clean_gap(text[m.e:cs], c.kind == "R")


# a model number or a size written after a product name, before the dupe word that follows it: the
# number is part of the model's name (Rambler 20 oz, Air Max 90, Quencher 40oz), so the cue still
# stands right after the name
_MODEL_GAP = re.compile(r" (?:[A-Za-z]{0,2}\d+(?:\.\d+)?(?: ?(?:fl\.? ?oz|oz|ml|cl|cm|mm|inch|in|l|g))? )+", re.I)


_CLAUSE_END = set(",;!?，。；！？\n")
# the rest of a registered company's name after a brand inside it, up to its legal form
_COMPANY_AFTER = re.compile(r"[^,;:!?，。；：！？\n]{0,14}?(?:有限责任公司|股份有限公司|有限公司|集团|公司|工厂|厂"
                            r"|(?: ?co\.?)? ?ltd|(?: ?co\.?,?)? ?inc(?![a-z])|corporation|gmbh)")
# a name glued to a publisher's word is the press's own name printed on its books (清华大学出版社
# 教材, Harvard University Press): the imprint the law requires (《出版管理条例》), no use of the mark
# (or " Press" right after a name that ends in University: Harvard University Press)
_PUBLISHER_AFTER = re.compile(r" ?(?:出版社|出版集团|university press)(?![a-z])|(?<=university) press(?![a-z])")
# the brand as a shop's or company's name (特斯拉二手车连锁专营, 特斯拉二手车武侯分公司: 长沙天心 2023):
# resale wording does not cover it, a dealer may not trade under the brand's name
_TRADE_NAME_AFTER = re.compile(r"[^，。,;；!！?？\n]{0,6}?(?:连锁|专营|分公司|分店|总店|加盟店|旗舰店|专卖店|专营店)")


def _merge_same_brand(text: str, live: list[Mention]) -> list[Mention]:
    """One mention for a brand named twice in a row (迪奥 Dior, 华为(HUAWEI), Apple/苹果)."""
    out: list[Mention] = []
    for m in live:
        p = out[-1] if out else None
        if (p is not None and not p.fuzzy and not m.fuzzy and 0 <= m.s - p.e <= 2
                and p.alias.brand is m.alias.brand
                and all(not c.isalnum() and c not in _CLAUSE_END for c in text[p.e:m.s])):
            out[-1] = Mention(p.s, m.e, p.aliases + m.aliases, "", max(p.confidence, m.confidence))
            continue
        out.append(m)
    return out


def _buried(ft: FieldText, m: Mention) -> bool:
    """A two-character Chinese name with Chinese text glued to both sides in the original, or
    spanning a separator: more likely the middle of other words than a brand standing alone."""
    key = ft.norm.text[m.s:m.e]
    if len(key) != 2 or not (is_cjk(key[0]) and is_cjk(key[1])):
        return False
    orig = ft.norm.original
    s, e = ft.norm.span(m.s, m.e)
    if e - s != 2:
        return True  # 品 高
    left = orig[s - 1] if s > 0 else ""
    right = orig[e] if e < len(orig) else ""
    return bool(left) and is_cjk(left) and bool(right) and is_cjk(right)


def _apart(norm, i: int) -> bool:
    """Is the normalised character i followed by a separator in the original text?"""
    o = norm.offsets[i] + 1
    return o < len(norm.original) and not is_cjk(norm.original[o])


def _monogram(between: str, name: str) -> bool:
    """Is `between` (a name's end to a logo cue) one or two letters, the name's initial or the
    initials of its words, standing apart (Champion C logo, Gucci GG logo)?"""
    if not (between[:1] == " " and between[-1:] == " "):
        return False
    letters = between.strip().lower()
    words = name.lower().split()
    return 1 <= len(letters) <= 2 and letters.isalpha() and bool(words) and (
        set(letters) == {words[0][0]} or letters == "".join(w[0] for w in words))


def _tight(c: Cue) -> int:
    """Largest gap at which a cue makes an ordinary-word name a brand (-1: never)."""
    if not c.word:
        return -1
    if c.kind in "PQ":
        return max(c.before, c.after)
    return 0 if c.kind == "D" else 1


def _own_cues(text: str, m, cues: list, live: list) -> list:
    """Drop the compatibility cues after the mention that introduce another brand named right
    after them (敖丙 手机壳 适用苹果15: 适用 is the note of 苹果, not of 敖丙, whose name on a phone
    case is the decoration, not what the case fits)."""
    out = []
    for cue in cues:
        cs, ce, c = cue
        if c.kind == "Q" and cs >= m.e and any(
                o is not m and o.alias.brand.canonical != m.alias.brand.canonical
                and 0 <= o.s - ce <= 2 and _clean_gap(text[ce:o.s]) for o in live):
            continue
        out.append(cue)
    return out


_GENERIC_STOP = _CLAUSE_END | set("./|")


def _generic_goods_after(text: str, e: int, goods) -> bool:
    """Do goods the name is the common word for (brand_db `generic for:`) follow within a few
    words, in the same clause (Tiffany Stained Glass Lampshade, Tiffany 台灯)?"""
    return words_after(text, e, goods, 14, 28, _GENERIC_STOP)
