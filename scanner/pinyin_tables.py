"""Chinese readings for the brand rules: pypinyin's readings and phrase list (from the compiled
cache), the toneless syllable table the homophone automaton runs on, and what counts as the same
sound (a shared toned reading, or a shape look-alike sellers swap in)."""
from __future__ import annotations

from functools import lru_cache


# pinyin: every CJK character -> one character per toneless syllable, taken from U+0400…U+07FF
# (two bytes in UTF-8, so the byte automaton over syllables takes two steps per character, not
# three); characters of that range in the text itself become spaces and never pose as syllables
PUA = 0x0400


TONES = str.maketrans({c: b for b, cs in (("a", "āáǎà"), ("e", "ēéěèế"), ("i", "īíǐì"), ("o", "ōóǒò"),
                                               ("u", "ūúǔùǖǘǚǜü"), ("n", "ńňǹ"), ("m", "ḿ"))
                        for c in cs})


@lru_cache(maxsize=1)
def _pinyin_readings() -> dict[int, str]:
    """pypinyin's readings of each character (code point -> "nài,néng"), from the compiled cache:
    importing pypinyin runs its package, which loads a phrase list of ~0.2 s this does not need."""
    from .compiled import cached

    def build() -> dict[int, str]:
        from pypinyin.pinyin_dict import pinyin_dict

        return dict(pinyin_dict)

    return cached("pinyin-readings", "1", build)


@lru_cache(maxsize=1)
def pinyin_phrases() -> frozenset:
    """pypinyin's phrase list (~47k words): the ordinary words of the brand rules (never a
    look-alike name) and of the fixed text (a removal does not cut one in half). From the compiled
    cache, keyed by the installed release (importing pypinyin's module costs a third of a second)."""
    from .compiled import cached

    def build() -> frozenset:
        from pypinyin.phrases_dict import phrases_dict
        return frozenset(phrases_dict)

    return cached("pinyin-phrases", "1", build)


@lru_cache(maxsize=1)
def phrase_char_counts() -> dict[str, int]:
    """How many of pypinyin's phrases each character appears in: a character in very few (夭, 怏)
    is no everyday word-part, so a name with it swapped in is made up, not ordinary words."""
    counts: dict[str, int] = {}
    for w in pinyin_phrases():
        for c in set(w):
            counts[c] = counts.get(c, 0) + 1
    return counts


@lru_cache(maxsize=1)
def syllable_tables() -> tuple[dict[str, int], dict[int, str]]:
    pinyin_dict = _pinyin_readings()
    syl_ids: dict[str, int] = {}
    table: dict[int, str] = {}
    for cp, readings in pinyin_dict.items():
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
            syl = readings.split(",", 1)[0].translate(TONES)
            sid = syl_ids.get(syl)
            if sid is None:
                sid = syl_ids[syl] = len(syl_ids)
            table[cp] = chr(PUA + sid)
    # characters of the code range in the text never pose as syllables
    assert len(syl_ids) <= 0x400, "syllable codes must stay below U+0800"
    for cp in range(PUA, PUA + 0x400):
        table.setdefault(cp, " ")
    return syl_ids, table


# Shape look-alikes sellers swap into brand names (variant -> original). Homophones need no
# entry: the pinyin index finds them.
LOOKALIKE_CHARS = {
    "斬": "斯", "丝": "斯", "载": "戴", "咸": "威", "室": "宝", "吉": "古", "杳": "香", "办": "为",
    "旋": "施", "晋": "普", "込": "达", "尓": "尔", "廸": "迪", "弛": "驰", "柰": "奈", "徳": "德",
}


@lru_cache(maxsize=8192)
def toned_readings(ch: str) -> frozenset[str]:
    """Every reading of a character, with its tone (耐 -> {nài, néng})."""
    r = _pinyin_readings().get(ord(ch))
    return frozenset(r.split(",")) if r else frozenset()


def same_sound_with_tone(a: str, b: str) -> bool:
    """a stands for b: a look-alike of it, or a reading shared with its tone (奈 for 耐: nài)."""
    return a == b or LOOKALIKE_CHARS.get(a) == b or bool(toned_readings(a) & toned_readings(b))
