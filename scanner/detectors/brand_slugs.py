"""Brand names glued inside a shop's domain, store name or hashtag (shopnikefactoryoutlet,
cheapuggsonline, #chanelbag, niikegolf): a Latin run read as slug words (brand_db/slug_words.csv),
the brand's own names and numbers around one name or one classic misspelling of it. A mixin of
the brand detector's mention finder (brand_mentions.MentionFinding)."""
from __future__ import annotations

from functools import lru_cache

from ..brand_keys import fold, is_english_word
from ..normalize import normalize_key
from .brand_spans import _an
from .brand_spelling import typo_kind


def _slug_cuts(s: str, words, own=frozenset(), plural: bool = False) -> list[int]:
    """cuts[i]: does s[:i] split wholly into slug words (brand_db/slug_words.csv), the brand's
    own names and numbers — 0 no, 1 yes but with no piece of three letters or more (numbers, two-letter
    codes: TWG-2, AMI·ca), 2 yes with one; `plural`: an s may open it (cheap·ugg·s·online)."""
    n = len(s)
    cuts = [0] * (n + 1)
    cuts[0] = 1
    for i in range(n):
        c = cuts[i]
        if not c:
            continue
        if s[i].isdigit():
            j = i
            while j < n and s[j].isdigit():
                j += 1
            cuts[j] = max(cuts[j], c)
            continue
        if plural and i == 0 and s[0] == "s":
            cuts[1] = max(cuts[1], c)
        for j in range(i + 2, min(n, i + _SLUG_PIECE) + 1):
            if cuts[j] < 2 and (s[i:j] in words or s[i:j] in own):
                cuts[j] = max(cuts[j], 2 if j - i >= 3 else c)
    return cuts


_SLUG_PIECE = 16  # the longest slug word or model name read as one piece of a run
_SLUG_HOW = "网店域名/标签串中的近似拼写"  # how a misspelt name inside a shop's slug was found (niikegolf)


@lru_cache(maxsize=4)
def _reversed_words(words: frozenset) -> frozenset:
    return frozenset(w[::-1] for w in words)


def _slug_fit(s: str, words, own=frozenset(), plural: bool = False) -> int:
    """_slug_cuts of the whole of s (1 for an empty s)."""
    return _slug_cuts(s, words, own, plural)[len(s)]


class SlugReading:
    """The slug-reading half of MentionFinding (its tables, brand index and fuzzy matcher)."""

    def _slug(self, text: str, start: int, end: int, key: str, aliases) -> bool:
        """Is the Latin name text[start:end], glued to other letters, one part of a run that is
        otherwise slug words (brand_db/slug_words.csv), the brand's own names and numbers — a
        counterfeit shop's domain, store name or hashtag (shopnikefactoryoutlet, louisvuittonestore,
        nikeairmax90ultra, #chanelbag: WIPO D2018-0360, Forum FA0806001213021, Ghost Data 2019)? Only
        a name of three or more letters that is no ordinary word, in a run that is no English word
        and no brand name itself."""
        if len(key) < 3 or not key.isascii() or not key.isalpha() or all(a.word for a in aliases):
            return False
        n = len(text)
        ts, te = start, end
        while ts > 0 and _an(text[ts - 1]):
            ts -= 1
        while te < n and _an(text[te]):
            te += 1
        tok = text[ts:te]
        left, right = text[ts:start], text[end:te]
        if not tok.isascii() or right == "s" and not left or tok in self.db.aliases \
                or is_english_word(tok) or tok in self._tables.ordinary:
            return False
        words = self._tables.slug_words
        a = _slug_fit(left, words)
        b = _slug_fit(right, words, self._own_latin(aliases), True) if a else 0
        return a and b and max(a, b) == 2  # one word of three letters or more glued on, not a number or code only

    def _own_latin(self, aliases) -> frozenset:
        """The Latin names of the brands of `aliases` (en names and nicknames, run together and
        normalised): a shop's slug glues model names after the brand (nikeairmax90ultra)."""
        got = frozenset()
        cache = self.__dict__.setdefault("_own_latin_cache", {})
        for a in aliases:
            b = a.brand
            names = cache.get(b.canonical)
            if names is None:
                names = cache[b.canonical] = frozenset(
                    k for k in (normalize_key(x).replace(" ", "") for x in b.en + b.nicknames)
                    if k.isascii() and k.isalnum() and len(k) >= 3)
            got |= names
        return got

    def _slug_fuzzy(self, tok: str):
        """A misspelt name inside a shop's slug (niikegolf: Forum FA1002001308870): the run cut
        into slug words before and after a core of four letters or more that is one classic
        typo (a letter doubled or dropped, two swapped, a vowel for a vowel) of a name that is no
        ordinary word — the core's best match, or None."""
        words = self._tables.slug_words
        n = len(tok)
        heads = [(i, ok) for i, ok in enumerate(_slug_cuts(tok, words)) if ok]
        tails = [(n - i, ok) for i, ok in enumerate(_slug_cuts(tok[::-1], _reversed_words(words))) if ok]
        for i, a in heads:
            for j, b in tails:
                if j - i < 4 or max(a, b) < 2:
                    continue
                core = tok[i:j]
                if core in self.db.aliases or is_english_word(core) or core in self._tables.ordinary:
                    continue  # (an ordinary word of lookalike_words.csv: #dressbali is no Bally)
                f = fold(core)
                best = self._fuzzy_token(f)
                if best is not None and best[0] == 1 and not best[1].word \
                        and typo_kind(f, fold(best[1].key)) in ("double", "drop", "swap", "vowel"):
                    return best[0], best[1], _SLUG_HOW
        return None
