"""How brand names are keyed and compared: the normalised keys a name is matched by, look-alike
letters folded together, the English dictionary (a name that is a word needs context), the
SymSpell-style deletes of the misspelling index and the edit budget by length."""
from __future__ import annotations

import re
from functools import lru_cache

from .normalize import normalize_key


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """The GCIDE word list of english-words, from the compiled cache (keyed by the installed
    release, see compiled.code_stamp; its own loader reads and filters a file: three times slower)."""
    from .compiled import cached

    def build() -> frozenset[str]:
        from english_words import get_english_words_set

        return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))

    return cached("english-words", "1", build)


def is_english_word(token: str) -> bool:
    """A dictionary word (GCIDE) or a plain inflection of one (cures, watches, dried, hiking)."""
    w = token.lower()
    words = _english()
    if w in words:
        return True
    for suffix, back in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ies", "y")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + back in words:
            return True
    return False


def name_keys(name: str) -> set[str]:
    """Normalised keys a name is matched by: itself (accents dropped by the normalisation: Estée ->
    estee), without apostrophes (Levi's -> levis), and for several words also run together
    (canadagoose)."""
    keys = set()
    base = normalize_key(name)
    if not base:
        return keys
    keys.add(base)
    if "'" in base:
        keys.add(base.replace("'", ""))
        keys.add(base.replace("'", " "))
    for k in list(keys):
        if " " in k and len(k.replace(" ", "")) >= 6:
            keys.add(k.replace(" ", ""))
    return {k for k in keys if k.strip()}


# English function words: never a misspelt word of a multi-word name (as/On Running, the/The Row),
# and never the one word a misspelt name is found by
FUNCTION_WORDS = frozenset("a an and are as at be by for from in into is it of on or the to with".split())


_FOLD_1 = str.maketrans({"l": "i", "1": "i", "|": "i", "!": "i", "0": "o"})
# more digits for letters, inside words only (Adid4s, 5prite, 9lico, 8urberry); a number or a size (74g) stays one
_FOLD_LEET = str.maketrans({"4": "a", "3": "e", "5": "s", "7": "t", "9": "g", "8": "b", "$": "s", "@": "a"})
_HAS_LETTER = re.compile(r"[a-z].*[a-z]", re.S)


def fold(s: str, clusters: bool = True) -> str:
    """Look-alike letters folded together (l/i/1, 0/o, 4/a, 3/e, 5/s, 7/t, rn/m, vv/w; the last
    two, letter clusters, only when `clusters`)."""
    if _HAS_LETTER.search(s):
        s = s.translate(_FOLD_LEET)
    s = s.translate(_FOLD_1)
    return s.replace("rn", "m").replace("vv", "w") if clusters else s


# everyday English words inside multi-word brand names (The North Face, Air Jordan, Free People):
# a multi-word name is looked up by its other words, so product prose does not trigger it
COMMON_WORDS = frozenset(fold(w) for w in """the and for with from new old big little small home house air free made
make baby body care face hot ice man men woman women king magic case brand choice active great five down water
one two three four blue red black white green gold golden pink brown grey gray super best good fresh pure
natural city world life love star sun moon sky sea ocean fire iron stone rock wood tree flower garden land
island mountain forest river lake street road park club company group studio studios shop store market house
daily every all you your our my his her its this that sport sports beauty cosmetics paris london york
china japan american british french italian swiss original classic premium pro plus max mini lab labs
time day night kids kid girl boy friends family people""".split())


def deletes(s: str, n: int) -> set[str]:
    out = {s}
    frontier = {s}
    for _ in range(n):
        nxt = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1:])
        out |= nxt
        frontier = nxt
    return out


def max_edits(a: int, b: int) -> int:
    """Edits allowed between a token of length a and a brand name of length b."""
    lo, hi = min(a, b), max(a, b)
    if lo < 4 or hi < 5:
        return 0
    if lo >= 10:
        return 2
    return 1
