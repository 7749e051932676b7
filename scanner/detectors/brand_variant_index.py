"""The index of brand_variants.py, built once per brand database (and disk-cached): each brand's
own product words, the variant strings of its names with their tag (W look-alike character, R
doubled, T swapped neighbours, S before an inserted character, Y pinyin initial, U numeral, P split
character, L look-alike letter), the masked names, and the syllable keys of near-sound and inserted-
syllable variants for the look-alike index's automaton (tags N, I)."""
from __future__ import annotations

import re

from ..brands import Alias, Automaton, BrandDB, is_cjk
from ..brand_keys import is_english_word
from ..pinyin_tables import toned_readings
from ..normalize import normalize_key
from .brand_tables import read_rows, split, tables

PRODUCT_REACH = 10      # a product word must start within this many characters after the variant
SHORT_REACH = 6         # … after a variant of a two-character or Latin name
MIN_SHAPE = 0.8         # look-alike score for a swapped character of a short name
MIN_INSERT_NAME = 4     # names this long take an inserted character (two-character names: lookalike_names.csv)
MIN_SOUND_NAME = 3      # names this long take a near-sound character
FREE_SOUND_NAME = 4     # … and from this length on need no product after them
MIN_SWAP_NAME = 4       # names this long are imitated with two neighbouring characters swapped
NUMERALS = "一二三四五六七八九十两"  # a name's numeral swapped for another (九粮液 for 五粮液)
MAX_NAME = 8
SPLIT_EXTRA = 2          # characters a product word splitting a name may run on by (眼影盘)
MIN_LATIN = 4           # Latin names this long take a look-alike letter
PRODUCTS_FILE = "brand_products.csv"
SPLIT_FILE = "split_chars.csv"
LETTERS_FILE = "lookalike_letters.csv"

# pypinyin initials, longest first (y, w and vowel-initial syllables have none: never near-sound)
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
             "r", "z", "c", "s")


# initials told apart by standard Mandarin but merged in much of the south and by every pinyin
# input method's fuzzy-sound (模糊音) setting: z/zh, c/ch, s/sh (平翘舌) and n/l — a near-sound
# copy takes either (塔诗汀 for 塔斯汀, 龙夫山泉 for 农夫山泉)
_FUZZY_INITIAL = {"zh": "z", "ch": "c", "sh": "s", "n": "l"}


def _initial(syl: str) -> str:
    return next((i for i in _INITIALS if syl.startswith(i)), "")


def _sound_class(syl: str) -> str:
    """The initial a near-sound character must share (its fuzzy-sound class)."""
    ini = _initial(syl)
    return _FUZZY_INITIAL.get(ini, ini)


def _alias(als, need_fuzzy: bool = False) -> Alias | None:
    """The alias a variant may stand for: not an ordinary word (and of a fuzzy brand if asked)."""
    return next((a for a in als if not a.word and (a.brand.fuzzy or not need_fuzzy)), None)


def syllable_keys(db: BrandDB, phrases, distinctive) -> dict[str, dict[str, list[str]]]:
    """Keys for the look-alike index's syllable automaton: syllable string -> {tag: [names]}.
    N: one character of a name swapped for another syllable with the same initial (three or more
    characters), or a two-character name's own syllables (other tone); I: a syllable inserted
    inside a two-character name of lookalike_names.csv."""
    from ..pinyin_tables import PUA, syllable_tables

    syl_ids, _ = syllable_tables()
    table = db.syllable_table
    by_initial: dict[str, list[str]] = {}
    for s, sid in syl_ids.items():
        ini = _sound_class(s)
        if ini:
            by_initial.setdefault(ini, []).append(chr(PUA + sid))
    initial_of = {chr(PUA + sid): _sound_class(s) for s, sid in syl_ids.items()}
    every = [chr(PUA + sid) for sid in syl_ids.values()]
    out: dict[str, dict[str, list[str]]] = {}
    # only brands of the categories imitated this way (category_products.csv sound_alikes: food,
    # drinks, cosmetics, household goods) and those with products of their own (brand_products.csv):
    # ~20 keys per character of every name otherwise (100,000 keys, half of them IP characters)
    t = tables(db.directory)
    own = {r["brand"] for r in read_rows(db.directory, PRODUCTS_FILE) if r.get("brand")}
    for k, als in db.aliases.items():
        if not (2 <= len(k) <= MAX_NAME) or not all(is_cjk(c) for c in k) or k in phrases:
            continue
        # a name of three or more that is also an ordinary word (海底捞, idiom 海底捞针) takes
        # near-sound keys only when brand_products.csv lists the brand's own goods; its variants
        # always need that product after them (_sound)
        alias = _alias(als)
        if alias is None and len(k) >= MIN_SOUND_NAME:
            alias = next((a for a in als if a.brand.canonical in own), None)
        if alias is None or not (alias.brand.category in t.sound_categories or alias.brand.canonical in own):
            continue
        syl = [c.translate(table) for c in k]
        if len(k) == 2:
            out.setdefault("".join(syl), {}).setdefault("N", []).append(k)
            if k in distinctive:
                for v in every:
                    out.setdefault(syl[0] + v + syl[1], {}).setdefault("I", []).append(k)
            continue
        if len(k) < MIN_SOUND_NAME:
            continue
        for i, s in enumerate(syl):
            for v in by_initial.get(initial_of.get(s, ""), ()):
                if v != s:
                    out.setdefault("".join(syl[:i]) + v + "".join(syl[i + 1:]), {}).setdefault("N", []).append(k)
    return out


def _pick(als) -> Alias | None:
    """The alias a variant stands for: a name that is no ordinary word, else the word (清扬, Tide)."""
    return _alias(als) or next(iter(als), None)


def build_index(db: BrandDB, shape, phrases) -> tuple[dict, dict, dict, object]:
    """(canonical -> own product words, variant -> [(tag, name)], first word -> rests, automaton of
    the masked names) of a brand database: what Variants finds by."""
    t = tables(db.directory)
    d = db.directory
    products: dict[str, tuple[str, ...]] = {}  # canonical -> own product words
    extra: dict[str, set[str]] = {}
    for r in read_rows(d, PRODUCTS_FILE):
        if r.get("brand"):
            extra.setdefault(r["brand"], set()).update(normalize_key(p) for p in split(r.get("products", "")))
    for b in db.brands:
        ps = set(t.products.get(b.category, ())) | extra.get(b.canonical, set())
        if ps:
            products[b.canonical] = tuple(sorted(ps, key=len, reverse=True))
    words: dict[str, list] = {}
    masked: dict[str, list] = {}  # a name with one character masked (香儿 for 香*儿) -> names
    splits = {r["char"]: r.get("parts", "") for r in read_rows(d, SPLIT_FILE) if r.get("char")}
    letters: dict[str, set[str]] = {}
    for r in read_rows(d, LETTERS_FILE):
        a, b = r.get("letter", "").lower(), r.get("lookalike", "").lower()
        if a and b:
            letters.setdefault(a, set()).add(b)
            letters.setdefault(b, set()).add(a)
    tails = _tails(db)
    part_looks: dict[str, list[str]] = {}
    for a, b, sc in t.lookalike_pairs:
        if sc >= MIN_SHAPE:
            part_looks.setdefault(b, []).append(a)
            part_looks.setdefault(a, []).append(b)
    for k, als in db.aliases.items():
        # ordinary-word names too (清扬, Tide): the variant is no word and the product follows
        alias = _pick(als)
        if alias is None or alias.brand.canonical not in products:
            continue
        if all(is_cjk(c) for c in k) and 2 <= len(k) <= MAX_NAME:
            if len(k) == 2 or (len(k) == 3 and alias.word):
                # 清场 for 清扬: one character a look-alike, the others the same (a three-character
                # ordinary-word name too: 大白免 for 大白兔; the look-alike index skips word names)
                for i in range(len(k)):
                    for v, sc in shape.get(k[i], {}).items():
                        w = k[:i] + v + k[i + 1:]
                        if sc >= MIN_SHAPE and w not in db.aliases and w not in phrases:
                            words.setdefault(w, []).append(("W", k))
                if len(k) == 2 and k[0] == k[1]:  # 治治 for 洽洽: the doubled character swapped twice
                    for v, sc in shape.get(k[0], {}).items():
                        if sc >= MIN_SHAPE and v + v not in db.aliases and v + v not in phrases:
                            words.setdefault(v + v, []).append(("W", k))
            if len(k) <= 3 and (alias.brand.category in t.sound_categories or alias.brand.canonical in extra):
                # 清扬扬, 奥妙妙: one character written twice; 娃娃哈 for 娃哈哈: a doubled character
                # doubled at the other place — before the brand's product, like the swaps above (the
                # categories imitated this way: food, drinks, cosmetics, household goods)
                dup = {k[:i + 1] + k[i:] for i in range(len(k))}
                dup |= {k[:i] + k[i - 1] + k[i + 1:] for i in range(1, len(k))
                        if k[i] != k[i - 1] and (k[i] in k[:i] + k[i + 1:] or k[i - 1] in k[i:])}
                for w in dup:
                    if w not in db.aliases and w not in phrases and w != k:
                        words.setdefault(w, []).append(("R", k))
            if len(k) >= MIN_SWAP_NAME and not alias.word:  # 蜜冰雪城 for 蜜雪冰城: two neighbours swapped
                for i in range(len(k) - 1):
                    w = k[:i] + k[i + 1] + k[i] + k[i + 2:]
                    if k[i] != k[i + 1] and w not in db.aliases and w not in phrases:
                        words.setdefault(w, []).append(("T", k))
            if len(k) >= MIN_INSERT_NAME and not alias.word:  # 六个土核桃: the part before the inserted character
                for i in range(2, len(k) - 1):
                    words.setdefault(k[:i], []).append(("S", k))
            if len(k) >= MIN_SOUND_NAME and not alias.word:  # 卡D亚 for 卡地亚, 万B龙 for 万宝龙
                for i, c in enumerate(k):
                    for letter in {r[0] for r in toned_readings(c) if r[:1].isascii() and r[:1].isalpha()}:
                        w = k[:i] + letter + k[i + 1:]
                        if w not in db.aliases and w not in phrases:
                            words.setdefault(w, []).append(("Y", k))
            if len(k) >= MIN_SOUND_NAME and not alias.word:  # 香*儿, 古x驰x: one character masked
                for i in range(len(k)):
                    for w in (k[:i] + k[i + 1:], k[:i] + "x" + k[i + 1:]):
                        if w not in db.aliases:
                            masked.setdefault(w, []).append(k)
            if len(k) >= MIN_SOUND_NAME and not alias.word:  # 九粮液 for 五粮液
                for i, c in enumerate(k):
                    if c in NUMERALS:
                        for v in NUMERALS:
                            w = k[:i] + v + k[i + 1:]
                            if v != c and w not in db.aliases and w not in phrases:
                                words.setdefault(w, []).append(("U", k))
            for i, c in enumerate(k if not alias.word else ()):  # 周住牌 for 雕牌
                parts = splits.get(c)
                if parts and len(parts) == 2:
                    for p0 in (parts[0], *part_looks.get(parts[0], ())):
                        for p1 in (parts[1], *part_looks.get(parts[1], ())):
                            w = k[:i] + p0 + p1 + k[i + 1:]
                            # (and without a closing generic 牌: 周住 洗衣粉 for 雕牌, product after)
                            for v in (w, w[:-1]) if k.endswith("牌") and i < len(k) - 1 else (w,):
                                if v not in db.aliases and v not in phrases:
                                    words.setdefault(v, []).append(("P", k))
        elif k.isascii() and k.isalpha() and len(k) >= MIN_LATIN:  # Tibe for Tide, Channel No.5
            # a letter swapped once, or wherever it stands (C0C0, CQCQ for CoCo), or doubled
            alls = [k.replace(c, v) for c in sorted(set(k)) if k.count(c) > 1 for v in sorted(letters.get(c, ()))]
            for i, c in enumerate(k):
                cands = [k[:i] + v + k[i + 1:] for v in sorted(letters.get(c, ()))]
                if 0 < i < len(k) - 1:
                    cands.append(k[:i + 1] + c + k[i + 1:])  # a doubled letter
                if i == 0:
                    cands += alls
                for w in cands:
                    if w in db.aliases:
                        continue
                    # a fuzzy brand's misspellings are BRAND-FUZZY's, but for English words and
                    # a letter swapped wherever it stands (Abibas for Adidas: two edits, past the
                    # fuzzy match's reach on a short name)
                    if alias.brand.fuzzy and not is_english_word(w) and not (i == 0 and w in alls):
                        continue
                    if is_english_word(w) and k not in tails:
                        continue
                    words.setdefault(w, []).append(("L", k))
    # multi-word Latin aliases by their first word (chanel -> no.5): an English-word variant
    # counts when the rest of such an alias follows it
    # the masked names are looked for only in texts that hold a mask symbol: their own automaton
    # (compiled on first use), not ~8,500 more words on every field's shared pass
    masks = Automaton((w, tuple(v)) for w, v in masked.items()) if masked else None
    return products, words, tails, masks

def _tails(db: BrandDB) -> dict[str, list[str]]:
    """The rest of multi-word Latin aliases by their first word (chanel -> no5): an English-word
    variant (Channel) counts when such a rest follows it."""
    tails: dict[str, list[str]] = {}
    for k in db.aliases:
        m = re.match(r"([a-z]+)[^a-z0-9]*([a-z0-9].*)", k) if k.isascii() else None
        if m and m.group(1) != k:
            tail = re.sub(r"[^a-z0-9]", "", m.group(2))
            if len(tail) >= 2:
                tails.setdefault(m.group(1), []).append(tail)
    return tails
