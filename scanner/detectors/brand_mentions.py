"""Brand mentions in a field (the first step of the brand detector, scanner/detectors/brands.py):
exact aliases (one Aho-Corasick pass shared with the side rules), misspelt Latin tokens and runs of
Latin words (brand_latin.py), names glued inside a shop's slug (brand_slugs.py), Chinese
homophones and look-alike characters (brand_homophones.py), stems of famous product names and OCR
misreadings. Each is a `Mention` (brand_spans.py: normalised offsets
and the aliases it may be)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..brand_keys import is_english_word
from ..brands import is_cjk
from ..engine import FieldText
from ..matching import SpanSet
from .brand_compat import case_change, two_words as _two_words
from .brand_homophones import HomophoneFinding
from .brand_latin import LatinSpelling
from .brand_slugs import SlugReading
from .brand_spans import Mention, _an, _overlaps

_GLUED_NAME = 4  # a Latin name this long that is no word may take copy wording glued on (#lululemondupe)


_GLUED_CUES = ("a货", "1:1", "1比1", "a版", "超a", "replica", "fake")  # (7sreplicachanel: a replica site's slug)


_CYRILLIC = re.compile("[\u0400-\u052f]")
# Russian case endings after a name (сумки Шанели, кроссовок Адидаса), as normalised: look-alike
# Cyrillic letters are read as Latin ones (а -> a, у -> y, о -> o, м -> m, х -> x, в -> b)
_RU_ENDINGS = frozenset(("", "a", "y", "e", "и", "ы", "om", "oй", "eй", "ax", "am", "amи", "ob"))


def _word_apart(text: str, s: int, e: int) -> bool:
    """Does a Cyrillic name at s..e stand as a word of its own (a case ending may follow)? Cyrillic
    words keep their spaces in the normal form, so a letter next to the name is the same word."""
    if s > 0 and text[s - 1].isalpha():
        return False
    j = e
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[e:j] in _RU_ENDINGS


def _model_suffix(text: str, s: int, e: int) -> bool:
    """Is the short name at s..e a bracketed suffix glued to a model number (AW-M1100PV(MK), a
    colour or variant code): part of the model, not the initials of a brand (MK, Michael Kors)?"""
    return s >= 2 and text[s - 1] == "(" and _an(text[s - 2]) and e < len(text) and text[e] == ")"


_WORD_AFTER = re.compile(r"[a-z]+")


def _hyphen_word_after(norm, i: int) -> bool:
    """A long name, a hyphen, then an English word (Gucci-pattern belt, Balenciaga-shaped sneakers):
    the name as a compound's first part, not a model number's letters (MK-HJ1701)."""
    if norm is None or not norm.joint(i):
        return False
    m = _WORD_AFTER.match(norm.text, i)
    return m is not None and len(m.group()) >= 3 and is_english_word(m.group()) \
        and (m.end() == len(norm.text) or not norm.text[m.end()].isalnum() or norm.joint(m.end()))


def _apart_in_original(norm, i: int) -> bool:
    """Were normalised characters i-1 and i apart in the original (Supreme×GUZI, Gucci★Bag)?"""
    if norm is None or not 0 < i < len(norm.offsets):
        return False
    a, b = norm.offsets[i - 1], norm.offsets[i]
    orig = norm.original
    gap = orig[a + 1:b]
    if b - a > 1 and not gap.strip() and _single_letter(orig, a) and _single_letter(orig, b):
        # letters spaced out one by one read as one word (W H A T Y O U ' L L G E T, C O P Y R I G H T
        # C L A I M): a name inside that word is no mention, as LG is none inside ALLGET
        return False
    return b - a > 1 and all(c in _MARKS for c in gap.strip())  # not a model number's hyphen (MK-HJ1701)


def _single_letter(orig: str, i: int) -> bool:
    """Is original character i a Latin letter standing alone between separators?"""
    return orig[i].isascii() and orig[i].isalpha() and (i == 0 or not _an(orig[i - 1])) \
        and (i + 1 >= len(orig) or not _an(orig[i + 1]))


_MARKS = set("×✕✖╳★☆♥❤♡✧✦|｜丨")  # (a bar between a brand and its product line: Nike|Air)


@lru_cache(maxsize=16)
def _stem_re(stem: str):
    """A Latin word of three or more letters glued to `stem` or one space before it (whitepods,
    elite pods), the stem ending the word."""
    return re.compile(r"(?<![a-z0-9])([a-z]{3,12})( ?)" + re.escape(stem) + r"(?![a-z0-9])")


# (or both words in capitals, the way a can prints it: DUOBLE BULL)
_TITLE_PAIR = re.compile(r"[A-Z][a-z]{2,11} [A-Z][A-Za-z]+|[A-Z]{4,12} [A-Z]+")


# a person's initials written with full stops, then a surname that is no English word (M.K. Gandhi,
# C.K. Prahalad, L.V. Prasad): not the brand whose short name the letters spell (MK, CK, LV) — L.V.
# bag, M.K. style and CK One stay the brand
_DOTTED = re.compile(r"[A-Z]\.[A-Z](?:\.[A-Z])?")
_SURNAME_AFTER = re.compile(r"\.? ?([A-Z][a-z]{2,})(?![A-Za-z])")


def _initials(norm, s: int, e: int) -> bool:
    os_, oe = norm.span(s, e)
    orig = norm.original
    if not _DOTTED.fullmatch(orig, os_, oe):
        return False
    m = _SURNAME_AFTER.match(orig, oe)
    return m is not None and not is_english_word(m.group(1).lower())


def _spaced(norm, s: int, e: int) -> bool:
    """Does whitespace stand inside the original of normalised [s, e)?"""
    os_, oe = norm.span(s, e)
    return oe - os_ > e - s and any(c.isspace() for c in norm.original[os_:oe])


class MentionFinding(LatinSpelling, SlugReading, HomophoneFinding):
    """The mention-finding half of BrandDetector (it holds the indexes this reads)."""

    def _exact(self, text: str, norm=None, ft: FieldText | None = None) -> list[Mention]:
        auto = self.shared_automaton()
        if auto is None:
            return []
        n = len(text)
        found: list[Mention] = []
        side: list = []
        for start, end, (key, aliases, side_vals) in auto.iter(text):
            if side_vals and not (_an(key[0]) and start > 0 and _an(text[start - 1])) \
                    and not (_an(key[-1]) and end < n and _an(text[end])):
                side.append((start, end, key, side_vals))
            if not aliases:
                continue
            if ((_an(key[0]) and start > 0 and _an(text[start - 1])) or (_an(key[-1]) and end < n and _an(text[end]))) \
                    and self._slug(text, start, end, key, aliases):
                # a name glued inside a shop's domain, store name or hashtag (shopnikefactoryoutlet,
                # cheapuggsonline, #chanelbag): the rest of the run is shop and goods words
                found.append(Mention(start, end, aliases))
                continue
            if _an(key[0]) and start > 0 and _an(text[start - 1]) and not text.endswith(_GLUED_CUES, 0, start) \
                    and not _apart_in_original(norm, start):
                continue
            if _an(key[-1]) and end < n and _an(text[end]) and not _apart_in_original(norm, end):
                # a model number glued to a long name still names the brand (iPhone15, Mate60),
                # and so does counterfeit wording glued to it (NikeA货, Gucci1:1) or hyphened to
                # it (Nike-inspired, Dior-style)
                # (a long name that is no word may take copy wording glued on: #lululemondupe)
                glued_ok = len(key) >= _GLUED_NAME and not all(a.word for a in aliases)
                # (a replica seller's slug runs on after the name: replicachanelbag — Chanel v.
                # Replicachanelbag, S.D. Fla. 2019 — when copy wording is glued on before it)
                if glued_ok and key.isascii() and start > 0 and _an(text[start - 1]) \
                        and text.endswith(_GLUED_CUES, 0, start) and text[end].isalpha():
                    found.append(Mention(start, end, aliases))
                    continue
                # (and a long name that is no word, a capitalised word glued on: WilsonTennis, NikeAir)
                if glued_ok and key.isascii() and text[end].isalpha() and case_change(norm, end):
                    found.append(Mention(start, end, aliases))
                    continue
                if not (text[end].isdigit() and len(key) >= 4 and key[-1].isalpha()) \
                        and not text.startswith(_GLUED_CUES, end) and not self._cue_word_after(norm, end, glued_ok) \
                        and not (glued_ok and key.isascii() and _hyphen_word_after(norm, end)):
                    continue
            if not key.isascii() and _CYRILLIC.search(key) and not _word_apart(text, start, end):
                continue  # a Cyrillic name inside a longer word (Диорама, Найкращий)
            if len(key) <= 3 and norm is not None and key.isascii() and _initials(norm, start, end):
                continue
            if norm is not None and is_cjk(key[0]) and all(a.word for a in aliases) and _spaced(norm, start, end):
                continue  # an ordinary-word name across two keywords of a title (官方正品 高跟鞋: no 品高)
            if len(key) <= 3 and key.isascii() and _model_suffix(text, start, end):
                continue
            found.append(Mention(start, end, aliases))
        if ft is not None:
            ft.notes["brand_side_hits"] = (self._tables, side)  # read by the side rules
        if found and side:
            # a name inside a longer person's name is that person's (娜娜, the Lion King's Nala,
            # inside 欧阳娜娜): the celebrity rule reads it
            people = [(s, e) for s, e, _, vals in side
                      if any(k == "brand_celebrity" and v[0] == "P" for k, v in vals)]
            if people:
                found = [m for m in found if not any(s <= m.s and m.e <= e and e - s > m.e - m.s for s, e in people)]
        if len(found) > 1:
            # keep the longest match where matches nest (阿迪 inside 阿迪达斯)
            found.sort(key=lambda m: (m.s, -(m.e - m.s)))
            kept: list[Mention] = []
            reach = -1  # every kept match starts at or before m: m is nested iff one reaches its end
            for m in found:
                if m.e <= reach:
                    continue
                kept.append(m)
                reach = max(reach, m.e)
            found = kept
        return found

    def _cue_word_after(self, norm, i: int, glued_ok: bool = False) -> bool:
        """Does Latin copy wording (a counterfeit, dupe or comparison cue) start at normalised
        position i, a word of its own in the original (Nike-inspired, #LululemonDupes) — or glued
        on when `glued_ok` (#lululemondupe after a long name that is no word)?"""
        if not (glued_ok or _two_words(norm, i)):
            return False
        text = norm.text
        for s, e, (key, cues) in self._cue_automaton.iter(text[i:i + 24]):
            if s == 0 and key.isascii() and (i + e == len(text) or not _an(text[i + e])) \
                    and any(c.kind in "CDK" for c in cues):
                return True
        return False

    def _stem_names(self, norm, taken) -> list[Mention]:
        """WhitePods, Onyxpods, Elite Pods: a word and the stem of a famous product name
        (brand_db/lookalike_stems.csv) standing as one name, in a field that names the kind of
        goods the product is (earbuds); the brand's own names (AirPods, EarPods) are not variants."""
        out: list[Mention] = []
        text = norm.text
        for stem, canonical, own, products in self._tables.stems:
            if stem not in text or not any(p in text for p in products):
                continue
            for m in _stem_re(stem).finditer(text):
                s, e = m.span()
                word = m.group(1)
                name = word + stem
                if name in own or name in self.db.aliases or name in self._tables.ordinary or _overlaps(s, e, taken):
                    continue
                if m.group(2):
                    # written apart (Elite Pods): a name only in title case, not "with pods"
                    os_, oe = norm.span(s, e)
                    if not _TITLE_PAIR.fullmatch(norm.original[os_:oe]):
                        continue
                alias = next((a for k in sorted(own) for a in self.db.aliases.get(k, ())
                              if a.brand.canonical == canonical), None)
                if alias is None:
                    continue
                out.append(Mention(s, e, (alias,), f"仿名：「{m.group()}」套用「{alias.key}」的词尾「{stem}」", 0.75))
        return out

    def _ocr_misreads(self, text: str, taken) -> list[Mention]:
        taken = SpanSet.of(taken)
        """Image text only: a 4+ character Chinese name with one character misread by OCR."""
        db = self.db
        out: list[Mention] = []
        n = len(text)
        for L in db.wildcard_lengths:
            for s in range(0, n - L + 1):
                w = text[s:s + L]
                if not is_cjk(w[0]) or not is_cjk(w[-1]) or _overlaps(s, s + L, taken):
                    continue
                for i in range(L):
                    als = db.wildcard.get(w[:i] + "?" + w[i + 1:])
                    if als and w not in db.aliases:
                        out.append(Mention(s, s + L, (als[0],), "图片文字识别近似", 0.7))
                        taken.add(s, s + L)
                        break
        return out
