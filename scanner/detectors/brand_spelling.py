"""Latin misspellings of brand names beyond the edit-distance index of scanner/brands.py:

- phonetic spellings: Arcteryks for Arc'teryx, Kristian for Christian (a rough English sound key:
  ph->f, ck/c/q->k, x->ks, z->s, y->i, doubled letters once);
- names that are ordinary words too (Omega, Pandora) misspelt the way only a brand is:
  digits for letters (0mega) or a letter doubled (Pandorra);
- multi-word names misspelt across their words (La Merr, Jo Malon): the words run together
  against the run-together name;
- what a typo on a short name may be: only a doubled or dropped double letter, or two
  neighbours swapped — a plain substitution on five letters or fewer is another word
  (Walsh is not Walch, iPai is not Qipai).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..brands import Alias, BrandDB
from ..brand_keys import fold, is_english_word

_PHON = (("ph", "f"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("c", "k"), ("z", "s"), ("y", "i"))
_DOUBLES = re.compile(r"(.)\1+")


def collapse(s: str) -> str:
    return _DOUBLES.sub(r"\1", s)


def phonetic(s: str) -> str:
    s = re.sub(r"[^a-z0-9]", "", fold(s.lower()))
    for a, b in _PHON:
        s = s.replace(a, b)
    s = collapse(s)
    return s[:-1] if len(s) > 4 and s.endswith("e") else s  # silent e (Malone / Malon)


_VOWELS = set("aeiouy")


def typo_kind(a: str, b: str) -> str:
    """How a (a token) differs from b (a name) by one edit: double | swap | vowel (one vowel for
    another) | sub | drop (a letter inside dropped or added) | edge (at the first letter) | other."""
    if a == b:
        return ""
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return "swap"  # two letters swapped (neighbours: Nkie; or not: Cugci)
        if len(diff) == 1:
            i = diff[0]
            return "vowel" if a[i] in _VOWELS and b[i] in _VOWELS else "sub"
        return "other"
    if abs(la - lb) == 1:
        long_, short = (a, b) if la > lb else (b, a)
        for i in range(len(long_)):
            if long_[:i] + long_[i + 1:] == short:
                if (i > 0 and long_[i] == long_[i - 1]) or (i + 1 < len(long_) and long_[i] == long_[i + 1]):
                    return "double"
                return "edge" if i == 0 else "drop"
    return "other"


def short_typo_ok(tok: str, name: str) -> bool:
    """One edit on a short name (five letters or fewer) counts as a misspelling only the way
    brand names are misspelt: a letter doubled or dropped inside (Pradda, Rolx), two neighbours
    swapped (Nkie), one vowel for another (Dysen) — not a consonant changed (Walsh is not Walch)
    nor a letter added in front (iPai is not Qipai)."""
    if min(len(tok), len(name)) > 5:
        return True
    return typo_kind(tok, name) in ("double", "swap", "vowel", "drop")


class SpellingIndex:
    def __init__(self, db: BrandDB):
        self.phon: dict[str, Alias] = {}
        self.word_names: dict[str, Alias] = {}  # collapse(fold(name)) of ordinary-word names
        self.joined: dict[str, Alias] = {}  # phonetic key of run-together multi-word names
        self.edge_words: set[str] = set()  # first and last words of those names (phonetic)
        for b in db.brands:
            if not b.fuzzy:
                continue
            for nm in set(b.en) | {b.canonical}:
                key = re.sub(r"\s+", " ", nm.lower()).strip()
                if not re.fullmatch(r"[a-z0-9' &.\-]+", key):
                    continue
                alias = next((a for a in db.lookup(nm) if a.brand is b), None)
                if alias is None:
                    continue
                flat = re.sub(r"[^a-z0-9]", "", key)
                if alias.word:
                    if len(flat) >= 5:
                        self.word_names.setdefault(collapse(fold(flat)), alias)
                    continue
                p = phonetic(flat)
                if len(flat) >= 5 and len(p) >= 5:
                    if " " in key:
                        words = key.split(" ")
                        self.joined.setdefault(p, alias)
                        # (an everyday English word of three letters or more would send every
                        # sentence through the slow path: the other word still finds the name)
                        self.edge_words.update(phonetic(w) for w in (words[0], words[-1])
                                               if w.isalpha() and (len(w) <= 2 or not is_english_word(w)))
                    else:
                        self.phon.setdefault(p, alias)


@lru_cache(maxsize=4)
def spelling_index(db: BrandDB) -> SpellingIndex:
    """The database's misspelling index (built and disk-cached with it), or a fresh one."""
    idx = getattr(db, "spelling", None)
    return idx if isinstance(idx, SpellingIndex) else SpellingIndex(db)
