"""Brand mentions in a field (the first step of the brand detector, scanner/detectors/brands.py):
exact aliases (one Aho-Corasick pass shared with the side rules), misspelt Latin tokens and runs of
Latin words (delete index + OSA distance on whole tokens), Chinese homophones and look-alike
characters (Aho-Corasick over the toneless-pinyin syllable string), stems of famous product names
and OCR misreadings. Each is a `Mention` (normalised offsets and the aliases it may be)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from ..brands import _english as _english_words
from ..brands import Alias, is_english_word, deletes, fold, is_cjk, max_edits, phrase_char_counts, same_sound_with_tone
from ..engine import FieldText
from ..matching import SpanSet
from ..normalize import normalize_key
from .brand_variants import PRODUCT_REACH
from .brand_lookalike import sentence_window
from .brand_spelling import collapse, phonetic, short_typo_ok, typo_kind
from .brand_compat import case_change, two_words as _two_words

_GLUED_NAME = 4  # a Latin name this long that is no word may take copy wording glued on (#lululemondupe)


# English function words: never a misspelt word of a multi-word name (as/On Running, the/The Row)
_FUNCTION_WORDS = frozenset("a an and are as at be by for from in into is it of on or the to with".split())
# a character in fewer of pypinyin's phrases than this is no everyday word-part (夭 4, 怏 2; 大 1,210)
RARE_CHAR_PHRASES = 12


_GLUED_CUES = ("a货", "1:1", "1比1", "a版", "超a", "replica", "fake")  # (7sreplicachanel: a replica site's slug)


def _an(c: str) -> bool:
    """A character that continues a Latin word: ASCII letters and digits, and the accented Latin
    letters of European copy (ck inside Stück, nik inside Nikšić is no brand)."""
    return c.isalnum() and (c < "\x80" or "\xc0" <= c <= "\u024f")


# a count before a word (2 Channel, 7.1.2 Channel, Dual Channel): the word's own sense
_COUNT_BEFORE = re.compile(r"(?:\d|(?<![a-z])(?:dual|multi|single|double|triple|quad|stereo|mono|two|three|four|"
                           r"six|eight|sixteen))[ \-]?$")


# a Latin word: H&M and D&G one word; a look-alike symbol between two letters stays inside it
# (Ch@nel, Dy$on, D!or: brands.fold reads @ as a, $ as s, ! and | as i); @ or $ for the first or
# last letter of a word stays on it too ($hure, @didas, Prad@): a leading one only before three
# letters, a trailing one only after three letters and before no letter or digit
_TOKEN = re.compile(r"(?:(?<![a-z0-9@$])[@$](?=[a-z]{3}))?[a-z0-9]+(?:(?:&|(?<=[a-z])[@$!|](?=[a-z]))[a-z0-9]+)*"
                    r"(?:(?<=[a-z]{3})[@$](?![a-z0-9@$]))?")


# accented Latin letters read as their base letter by the misspelling scan (Škdoa, Kérasta5e: the
# token regex takes ASCII letters only, so an accent split the word); one character for one
_DEACCENT = {}


for _cp in range(0xC0, 0x250):
    _base = "".join(c for c in unicodedata.normalize("NFD", chr(_cp)) if not unicodedata.combining(c))
    if len(_base) == 1 and _base.isascii() and _base.isalpha() and _base != chr(_cp):
        _DEACCENT[_cp] = _base.lower()


# letters that are no accented form but pose as one (amazøn: ø for o, read as the slashed zero it
# looks like, so the look-alike fold takes it — iplegalcorner 2019 on typosquatting)
_DEACCENT.update({ord("ø"): "0", ord("Ø"): "0"})


_ACCENTED = re.compile("[" + "".join(map(chr, _DEACCENT)) + "]")


# the same without the edge symbols, for the many texts with no @ or $ (several times faster)
_TOKEN_PLAIN_RE = r"[a-z0-9]+(?:(?:&|(?<=[a-z])[!|](?=[a-z]))[a-z0-9]+)*"
_TOKEN_PLAIN = re.compile(_TOKEN_PLAIN_RE)
# a run of tokens, one space or apostrophe between each two (Arc'teryx is one name): the runs
# _latin_fuzzy reads, found in one pass (with edge symbols only in texts that have @ or $)
_RUN_PLAIN = re.compile(f"{_TOKEN_PLAIN_RE}(?:[ '](?:{_TOKEN_PLAIN_RE}))*")
_RUN = re.compile(f"(?:{_TOKEN.pattern})(?:[ '](?:{_TOKEN.pattern}))*")


_MAX_FUZZY_TOKEN = 64  # the longest Latin brand name has 42 characters


def _token_re(text: str):
    """The Latin-word and word-run patterns for a text: edge symbols only matter when it has @ or $."""
    return (_TOKEN, _RUN) if "@" in text or "$" in text else (_TOKEN_PLAIN, _RUN_PLAIN)


@dataclass(slots=True)
class Mention:
    s: int  # normalised offsets
    e: int
    aliases: tuple[Alias, ...]
    fuzzy: str = ""  # how a variant was found ("" for an exact alias)
    confidence: float = 0.9

    @property
    def alias(self) -> Alias:
        for a in self.aliases:
            if not a.word:
                return a
        return self.aliases[0]

    @property
    def word(self) -> bool:
        return all(a.word for a in self.aliases)


def _cut_last(folded: str, name: str) -> bool:
    """`folded` is a short `name` without its last letter (Rico / Ricoh): the 微商 mask (Gucc*) —
    or a word of its own (Puerto Rico)."""
    return len(name) <= 5 and fold(name)[:-1] == folded


def _doubled(word: str, name: str) -> bool:
    """`word` is `name` with one of its letters written twice (channel / chanel)."""
    return len(word) == len(name) + 1 and any(
        word[i] == word[i - 1] and word[:i] + word[i + 1:] == name for i in range(1, len(word)))


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


_MARKS = set("×✕✖╳★☆♥❤♡✧✦")


def _mostly_letters(tok: str) -> bool:
    letters = sum(1 for c in tok if c.isalpha())
    return letters >= 3 and len(tok) - letters - tok.count("0") - tok.count("1") - tok.count("&") <= 1


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


@lru_cache(maxsize=16)
def _stem_re(stem: str):
    """A Latin word of three or more letters glued to `stem` or one space before it (whitepods,
    elite pods), the stem ending the word."""
    return re.compile(r"(?<![a-z0-9])([a-z]{3,12})( ?)" + re.escape(stem) + r"(?![a-z0-9])")


# (or both words in capitals, the way a can prints it: DUOBLE BULL)
_TITLE_PAIR = re.compile(r"[A-Z][a-z]{2,11} [A-Z][A-Za-z]+|[A-Z]{4,12} [A-Z]+")


def _overlaps(s: int, e: int, spans) -> bool:
    if isinstance(spans, SpanSet):
        return spans.overlaps(s, e)
    for a, b in spans:
        if a < e and s < b:
            return True
    return False


def _classic_typo(folded: str, best) -> bool:
    """A misspelling the classic way (a letter doubled or dropped, two swapped, a vowel for a
    vowel, a look-alike letter) — what a title's first word must be to read as a misspelt brand
    when the words after it run on: an own brand name one consonant off a famous one (STRIFF,
    Steiff) is a name of its own."""
    d, alias, _ = best
    if d == 2:
        return len(folded) >= 10  # the budget of a long name (PolyStation)
    return d == 0 or (d == 1 and typo_kind(folded, fold(alias.key)) in ("double", "drop", "swap", "vowel"))


def _standalone(ft: FieldText, s: int, e: int) -> bool:
    """A two-character window that stands apart in the original text (a space, punctuation,
    Latin text or the end of the field on both sides) — a homophone of a two-character brand
    glued to other Chinese characters is usually an ordinary word (化为乌有 is not 华为)."""
    orig = ft.norm.original
    os_, oe = ft.norm.span(s, e)
    left = orig[os_ - 1] if os_ > 0 else ""
    right = orig[oe] if oe < len(orig) else ""
    return not (left and is_cjk(left)) and not (right and is_cjk(right))


def _edge_in_word(text: str, s: int, e: int, name: str, phrases) -> bool:
    """The window's first or last character, not the name's own, makes an ordinary word with the
    character outside it (每年大赛 is 每年 + 大赛, not 美年达): the sound-alike runs across a word
    boundary, so the characters belong to other words."""
    if text[e - 1] != name[-1] and e < len(text) and text[e - 1:e + 1] in phrases:
        return True
    return text[s] != name[0] and s > 0 and text[s - 1:s + 1] in phrases


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


class MentionFinding:
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
                        and not text.startswith(_GLUED_CUES, end) and not self._cue_word_after(norm, end, glued_ok):
                    continue
            if len(key) <= 3 and norm is not None and key.isascii() and _initials(norm, start, end):
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
                if core in self.db.aliases or is_english_word(core):
                    continue
                f = fold(core)
                best = self._fuzzy_token(f)
                if best is not None and best[0] == 1 and not best[1].word \
                        and typo_kind(f, fold(best[1].key)) in ("double", "drop", "swap", "vowel"):
                    return best[0], best[1], _SLUG_HOW
        return None

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

    def _token_info(self, tok: str):
        """(folded, best fuzzy match (edits, alias, how) or None, folded word of a multi-word
        name, edge word of a multi-word name) of one Latin token — cached, tokens repeat a lot."""
        info = self._tokens.get(tok)
        if info is None:
            if len(self._tokens) > 200_000:
                self._tokens.clear()
            f = fold(tok)
            best = None
            sp = self._spelling
            # (a token longer than any name by half is no misspelling of one: without this bound a
            # 1,600-letter run made ~2.5M deletion variants)
            if 4 <= len(f) <= _MAX_FUZZY_TOKEN and tok not in self.db.aliases and _mostly_letters(tok):
                base = tok.rstrip("0123456789")
                # a word with a number glued on (Watch*1 -> watch1) is that word, not a brand
                if base == tok or not (base in self.db.aliases or is_english_word(base)):
                    best = self._fuzzy_token(f)
                    english = is_english_word(tok)
                    # an English word is not a misspelt brand (pink/Pinko, hair/Haier, audio/Audi)
                    # unless it is the name with one letter doubled, the classic misspelling (Channel)
                    # (a plural or -ed form of a rare word, spelt like the name, still counts: Hermas)
                    if best is not None and english and not _doubled(tok.lower(), best[1].key) and not (
                            tok.lower() not in _english_words() and best[0] == 1 and len(f) >= 6
                            and len(f) == len(fold(best[1].key))):
                        best = None
                    if best is None and not english and len(tok) >= 7 and tok.isalpha():
                        best = self._slug_fuzzy(tok)  # a misspelt name in a shop's slug: niikegolf
                    if best is None and not english:
                        p = phonetic(tok)
                        a = sp.phon.get(p) if len(p) >= 5 else None
                        if a is not None:
                            best = (0, a, "读音近似拼写")
                        else:
                            # a name that is also a word, written the way only the brand is:
                            # 0mega, Pandorra (the Greek letter and the myth are not misspelt)
                            a = sp.word_names.get(collapse(f))
                            if a is not None and (any(c.isdigit() for c in tok) or collapse(tok) != tok):
                                best = (0, a, "形近字母替换")
            if best is not None and normalize_key(tok) in self._tables.ordinary:
                best = None  # an ordinary word or standard's name (lookalike_words.csv: VESA is no Vespa)
            info = self._tokens[tok] = (f, best, f in self.db.multiword_words,
                                        len(tok) >= 2 and tok.isalpha() and phonetic(tok) in sp.edge_words)
        return info

    def _latin_fuzzy(self, text: str, taken: list[tuple[int, int]],
                     exact: list[tuple[int, int, str]] = (), lead: bool = False) -> list[Mention]:
        """Misspelt Latin names. `taken` spans are not re-read; a misspelt multi-word name may
        still grow over an exact mention of its own brand (Patek Philipe). `lead`: the text is a
        title, whose first word is the brand's place (Abibas Originals Sneakers Men Running
        Shoes) even when the words after it run on like prose."""
        db = self.db
        if not db.latin_deletes and not db.multiword:
            return []
        if _ACCENTED.search(text):
            text = text.translate(_DEACCENT)
        token_re, run_re = _token_re(text)
        # runs of tokens separated by one space (English needs word boundaries; Chinese glues); a
        # run clear of every exact mention depends on its own words only: word runs repeat a lot
        # (a shop's boilerplate), so what such a run yields — nothing, mostly — is kept by its
        # text, and a known run costs one dict probe
        cache = self._tokens
        known = self._runs
        taken_set = None
        out: list[Mention] = []
        for rm in run_re.finditer(text):
            rs, rend = rm.span()
            first = lead and rs == 0
            if taken:
                if taken_set is None:
                    taken_set = SpanSet.of(taken)
                key = (first, rm.group()) if not taken_set.overlaps(rs, rend) else None
            else:
                key = (first, rm.group())
            if key is not None:
                got = known.get(key)
                if got is not None:
                    if got:
                        out.extend(Mention(rs + a, rs + b, als, how, conf) for a, b, als, how, conf in got)
                    continue
            run = [(m.start(), m.end(), m.group()) for m in token_re.finditer(text, rs, rend)]
            infos = [cache.get(t[2]) or self._token_info(t[2]) for t in run]
            mark = len(out)
            if any(x[1] is not None or x[2] or x[3] for x in infos):  # else nothing is near a brand name
                if taken_set is None:
                    taken_set = SpanSet.of(taken)
                self._run_mentions(text, run, infos, taken_set, taken, exact, out, first)
            if key is not None:
                if len(known) > 50_000:
                    known.clear()
                known[key] = [(m.s - rs, m.e - rs, m.aliases, m.fuzzy, m.confidence) for m in out[mark:]]
        return out

    def _run_sells(self, text: str, run, alias) -> bool:
        """Does the run of words name a product of the brand's category? A misspelt name opening a
        long title sells the brand's kind of goods (Abibas Originals Sneakers …); another kind of
        goods makes it a name of its own (Panera … Coffee is no Panerai watch). Read in the run
        only: what a run yields is cached by its text."""
        prods = self._honest.products.get(alias.brand.category)
        if not prods:
            return False
        words = {t[2] for t in run}
        body = text[run[0][0]:run[-1][1]]
        return any((w in body) if " " in w else (w in words) for w in prods)

    def _run_mentions(self, text, run, infos, taken_set, taken, exact, out, first=False) -> None:
        """The misspelt names in one run of Latin words (appended to `out`); `first`: the run
        opens a title, and its first word is read as a name however long the run."""
        db = self.db
        aliases = db.aliases
        words = sum(1 for t in run if t[2].isalpha() and len(t[2]) > 1) if len(run) > 1 else 1
        for i, (s, e, tok) in enumerate(run):
            best = infos[i][1]
            # single tokens, not inside English prose
            # (a misspelt name inside a shop's slug is no prose word, however long the run: niikegolf)
            if best is not None and (words <= 4 or best[2] == _SLUG_HOW
                                     or (first and i == 0 and _classic_typo(infos[i][0], best)
                                         and self._run_sells(text, run, best[1]))) \
                    and not _overlaps(s, e, taken_set) \
                    and not ((is_english_word(tok) or _cut_last(infos[i][0], best[1].key))
                             and self._word_sense(text, s, best[1])):
                d, alias, how = best
                out.append(Mention(s, e, (alias,), how, 0.85 if d == 0 else 0.8 if d == 1 else 0.7))
            if infos[i][3] and i + 1 < len(run):
                self._joined(run, i, infos, out, taken_set)
            # multi-word names: one word right, the whole within the edit budget
            if len(run) < 2 or not infos[i][2]:
                continue
            folded = infos[i][0]
            for k in (2, 3):
                for j in range(max(0, i - k + 1), min(i, len(run) - k) + 1):
                    if words > k + 3 and not (first and j == 0):
                        continue  # prose, but for a name opening a title (Johnnie Worker Red Label…)
                    p = i - j  # position of the known word inside the group
                    names = db.multiword.get((k, p, folded))
                    if not names:
                        continue  # no k-word name has this word at this position
                    group = run[j:j + k]
                    fw = tuple(x[0] for x in infos[j:j + k])
                    raw = " ".join(t[2] for t in group)
                    if raw in aliases or raw.replace(" ", "") in aliases:
                        continue
                    for name_words, alias in names:
                        if any(x != y and x in _FUNCTION_WORDS for x, y in zip(fw, name_words)):
                            continue  # "such as running" is no misspelt On Running
                        if all(is_english_word(y) for y in alias.key.split(" ")) and any(
                                x != y and len(x) > 2 and is_english_word(x) and OSA.distance(x, y) >= 2
                                for x, y in zip(fw, name_words)):
                            # a name made of ordinary words, another word in its place: prose, not a
                            # typo (Panera "Bread Dark" is no Bread Talk; Johnnie Worker still is)
                            continue
                        if all(is_english_word(t[2]) for t in group) and any(
                                x != y and len(x) > 2 and OSA.distance(x, y) >= 2
                                for x, y in zip(fw, name_words)):
                            # every word an ordinary word, one of them two edits off the name's: a
                            # phrase, not a typo (Superdry's "Solo Sport" is no Kolon Sport)
                            continue
                        if any(x != y and max_edits(len(x), len(y)) == 0 and OSA.distance(x, y) >= 2
                               for x, y in zip(fw, name_words)):
                            continue  # a short word two edits off is another word (your stroller, tv jewellery)
                        a, b = " ".join(fw), " ".join(name_words)
                        limit = max_edits(len(a), len(b))
                        if a == b and raw == alias.key:
                            continue
                        # folding look-alikes (rn -> m) can hide a plain typo: compare both forms
                        d = min(OSA.distance(a, b, score_cutoff=limit),
                                OSA.distance(raw, alias.key.replace("'", ""), score_cutoff=limit))
                        if d > limit:
                            continue
                        ms, me = group[0][0], group[-1][1]
                        others = [(a0, b0) for a0, b0, name in exact if name != alias.brand.canonical]
                        blocked = others + [t for t in taken if not any(t == (a0, b0) for a0, b0, _ in exact)]
                        if _overlaps(ms, me, blocked) or any(o.s == ms and o.e == me for o in out):
                            continue
                        how = "形近字母替换" if d == 0 else f"拼写近似，编辑距离 {d}"
                        out.append(Mention(ms, me, (alias,), how, 0.8 if d <= 1 else 0.7))

    def _word_sense(self, text: str, s: int, alias) -> bool:
        """Is an English word read as a doubled-letter misspelling of a name (Channel, Orris), or
        a short name without its last letter (Rico), used as a word of its own? Yes without the
        brand's own goods in the field, when the copy is English or a count stands before it
        (4 Channel Relay, Dual Channel DDR4, Orris Root Powder, Puerto Rico flag); a Chinese title
        naming it beside any goods (Channel 吹风机, Gucc 羽绒服) keeps the misspelling."""
        if self._variants.sells(text, alias.brand.canonical):
            return False
        return _COUNT_BEFORE.search(text, max(0, s - 12), s) is not None or not any(map(is_cjk, text))

    def _joined(self, run, i, infos, out, taken) -> None:
        """A multi-word name misspelt across its words (La Merr, Jo Malon): the words run
        together sound like the run-together name."""
        joined = self._spelling.joined
        for k in (2, 3):
            group = run[i:i + k]
            if len(group) < k:
                return
            raw = "".join(t[2] for t in group)
            key = " ".join(t[2] for t in group)
            alias = self._joined_cache.get(key, 0)
            if alias == 0:  # word groups repeat a lot: look each up once
                alias = None
                if raw not in self.db.aliases and not all(is_english_word(t[2]) for t in group):
                    alias = joined.get(phonetic(raw))
                if len(self._joined_cache) > 100_000:
                    self._joined_cache.clear()
                self._joined_cache[key] = alias
            ms, me = group[0][0], group[-1][1]
            if alias is None or _overlaps(ms, me, taken) or any(o.s <= ms and me <= o.e for o in out):
                continue
            out[:] = [o for o in out if not (ms <= o.s and o.e <= me)]
            out.append(Mention(ms, me, (alias,), "读音近似拼写", 0.8))
            return

    def _fuzzy_token(self, f: str):
        candidates = self.db.latin_candidates
        best = None
        seen = set()
        for dl in sorted(deletes(f, 2 if len(f) >= 10 else 1)):  # sorted: no hash-seed order
            for name, alias in candidates(dl):
                if id(alias) in seen:
                    continue
                seen.add(id(alias))
                limit = max_edits(len(f), len(name))
                d = OSA.distance(f, name, score_cutoff=max(limit, 1))
                if d > limit and not (d == 1 and len(f) == len(name) == 4 and f[0] == name[0]
                                      and sorted(f) == sorted(name)):
                    continue  # four letters: exact, or two neighbours swapped (Nkie)
                if d == 1 and not short_typo_ok(f, name):
                    continue  # Walsh is not Walch, iPai is not Qipai
                # ties broken by a stable key (Fendy: Fendi before Fenty, whatever the hash seed)
                if best is None or (d, alias.key, alias.brand.canonical) < (best[0], best[1].key, best[1].brand.canonical):
                    best = (d, alias, "形近字母替换" if d == 0 else f"拼写近似，编辑距离 {d}")
        return best

    def prefetch(self, texts: list[str]) -> None:
        """The syllable strings of a batch of normalised texts and their matches, ahead of the
        detection (matching.Automaton.prefetch)."""
        self._syl_batch = {}
        li = self._lookalike
        if self.db.syllable_automaton is None or li.automaton is None:
            return
        table = self._syllable_list()
        syl = {t: t.translate(table) for t in texts}
        li.automaton.prefetch([v for t, v in syl.items() if v != t])
        self._syl_batch = syl

    def _syllable_list(self) -> list:
        """The syllable table as a list indexed by code point: str.translate looks a list up
        ~1.5x faster than a dict (code points past its end stay as they are)."""
        got = getattr(self, "_syl_list", None)
        if got is None:
            table = self.db.syllable_table
            got = [chr(i) for i in range(max(table, default=-1) + 1)]
            for cp, v in table.items():
                got[cp] = v
            self._syl_list = got
        return got

    def _homophones(self, ft: FieldText, taken) -> list[Mention]:
        taken = SpanSet.of(taken)
        db = self.db
        auto = db.syllable_automaton
        if auto is None:
            return []
        text = ft.norm.text
        syl = self._syl_batch.get(text)
        if syl is None:
            syl = text.translate(self._syllable_list())
        if syl == text:  # no Chinese: only Latin variants (Tibe 洗衣粉, Channel No. 5)
            found = self._variants.find(ft, syl, (), self._tables.hits(ft, "brand_variant"), db.aliases)
            return [Mention(s, e, (a,), how, 0.8) for s, e, a, how in found if not _overlaps(s, e, taken)]
        out: list[Mention] = []
        li = self._lookalike
        if li.automaton is not None:
            hits = [(s, e, tag, key, entries) for s, e, values in li.automaton.iter(syl)
                    for tag, key, entries in values]
        else:
            hits = [(s, e, "H", sk, v) for s, e, (sk, v) in auto.iter(syl)]
        # look-alike characters (康帅傅, 营养怏线, 粤力奥): one or two swapped, the rest the same
        found = [x for x in li.find(ft.norm, syl, db.aliases, hits, self._variants.product_after)
                 if not self._ordinary_swap(text, x)]
        if li.two:
            two = self._tables.hits(ft, "brand_lookalike")
            if two:
                found += li.find_two(ft.norm, two)
        if li.suffixes:
            suffixes = self._tables.hits(ft, "brand_lookalike_suffix")
            if suffixes:
                found += li.find_prefixed(ft.norm, db.aliases, suffixes, self._variants.product_after)
        found += self._variants.find(ft, syl, hits, self._tables.hits(ft, "brand_variant"), db.aliases)
        for s, e, alias, how in found:
            if not _overlaps(s, e, taken):
                out.append(Mention(s, e, (alias,), how, 0.8))
                taken.add(s, e)
        for start, end, tag, sk, entries in hits:
            if tag != "H":
                continue
            window = text[start:end]
            if window in db.aliases or window in self._tables.ordinary:
                continue  # the name itself, another brand's name, an ordinary word (完美 for 丸美)
            for name, alias in entries:
                L = len(name)
                same = sum(1 for a, b in zip(window, name) if a == b)
                if same == 0 or same < L // 2:
                    continue
                if L == 2 and not (_standalone(ft, start, end)
                                   and all(same_sound_with_tone(a, b) for a, b in zip(window, name))):
                    # two characters: a true homophone (same tone: 奈克/耐克, not 闪存/善存 or
                    # 化为/华为) standing apart from other Chinese characters
                    continue
                if _edge_in_word(text, start, end, name, self._lookalike.phrases):
                    continue
                if L == 3 and same < 2 and not _standalone(ft, start, end):
                    # two of a three-character name's characters swapped for sound-alikes, glued to other Chinese
                    # text: a run across ordinary words (科研试剂 is 科研 + 试剂, not 科颜氏)
                    continue
                if sentence_window(window, name, self._lookalike.phrases,
                                   lambda: self._variants.product_after(text, end, alias.brand.canonical)):
                    continue  # 宝宝的实力 is no 宝得适: the particle 的 stands for its 得
                if _overlaps(start, end, taken):
                    continue
                out.append(Mention(start, end, (alias,), "谐音/形近字", 0.75))
                break
        return out

    def _ordinary_swap(self, text: str, hit) -> bool:
        """A look-alike with one everyday character swapped that reads as ordinary words unless the
        brand's own product follows: its unchanged end an ordinary noun after a modifier (大个核桃 for 六个核桃:
        大个 + 核桃, big walnuts — 大个核桃 植物蛋白饮料 is the 山寨 drink, 新疆 大个核桃 薄皮 is nuts), or
        the swapped character making a word with its neighbour (不占酒量酒器: 酒量, capacity for drink,
        read as 酒鬼酒 with 量 for 鬼). Two characters swapped (人白免奶糖 for 大白兔奶糖) are made up."""
        s, e, alias, _ = hit
        name = alias.key
        window = text[s:e]
        if len(window) != len(name) or len(name) < 3:
            return False
        diff = [i for i, (a, b) in enumerate(zip(window, name)) if a != b]
        if len(diff) != 1:
            return False
        i = diff[0]
        phrases = self._lookalike.phrases
        tail = name[i + 1:]
        noun_tail = len(name) >= 4 and any(tail[j:] in phrases for j in range(len(tail) - 1))
        in_word = (i > 0 and window[i - 1:i + 1] in phrases) or (i + 1 < len(window) and window[i:i + 2] in phrases)
        if not (noun_tail or in_word):
            return False
        if phrase_char_counts().get(window[i], 0) < RARE_CHAR_PHRASES:
            return False  # 夭好咖啡 for 天好咖啡: 夭 is in a handful of words, picked for its shape
        return not self._variants.product_after(text, e, alias.brand.canonical, PRODUCT_REACH)

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
