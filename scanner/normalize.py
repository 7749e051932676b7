"""Text normalisation with an offset map back to the original.

Lexicon terms and listing text go through the same `normalize`, so matching happens on one
canonical form: NFKC (full-width -> half-width, circled digits), casefold, Latin accents
dropped (Hermés -> hermes), traditional -> simplified (OpenCC, character by character so every
output character maps to one source character), financial numerals (壹 -> 一), and separators
removed (spaces, zero-width characters, ★, ·, -, emoji…) wherever they would split Chinese
text. Between two Latin letters or digits a whitespace run becomes one space (English needs word
boundaries) and a dot between digits is kept (1.8米).

`Normalized.span(s, e)` maps a half-open span of the normalised text back to the original, so
findings always quote the source exactly (最★佳 stays 最★佳).
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

import opencc

_T2S = opencc.OpenCC("t2s.json")

# financial / alternative numerals that sellers use to dodge number-based filters
_NUMERALS = str.maketrans({"壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "肆": "四",
                           "伍": "五", "柒": "七", "捌": "八", "玖": "九", "〇": "零"})

# punctuation that ends a clause: kept as a hard boundary, never removed (joining across it
# would invent words, e.g. "第一，次日达" must not read as 第一次)
_BOUNDARY = set(",;:!?(){}<>\"'、，。；：！？（）「」『』《》〈〉“”‘’…\n\r")
# square brackets are separators: sellers wrap single characters in them to split a term
# (最【佳】), and around a keyword (【新品】) joining costs nothing
# kept as ordinary characters: they carry meaning in claims and contacts (#1, 100%, a@b.c, +86)
_KEEP = set("#%+&@$¥￥£€=")  # £ € as well: the price frames (en-refprice) read them like $

SEP = ""  # piece value of a separator character
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
# Cyrillic and Greek letters that look like Latin ones (Веst, Nіke): read as the Latin letter
_CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ӏ": "l", "ѵ": "v",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w",
})


def _accent_table() -> dict[int, str]:
    """Latin letters with a diacritic read as their base letter (Hermés and Hermès are Hermes,
    bést is best, zuì hǎo is zui hao): a seller's wrong accent or an accent put on to dodge a filter
    says the same word; decomposed accents (e + U+0301) already fall away as marks."""
    table = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != chr(cp):
            table[cp] = base.lower()
    table.update(_STROKED)
    return table


# Latin letters with a stroke or without a dot, which Unicode does not decompose: read as their
# base letter too, so a word keeps its letters (Turkish Fiyatı, Aerolıte; Polish Łódź; Croatian
# Đak) instead of being cut at the letter NFD leaves alone (Fiyat| looked like Fiat)
_STROKED = {ord("ı"): "i", ord("ł"): "l", ord("Ł"): "l", ord("đ"): "d", ord("Đ"): "d", ord("ħ"): "h",
            ord("Ħ"): "h", ord("ŧ"): "t", ord("Ŧ"): "t"}


_ACCENTS = _accent_table()


def _piece(ch: str) -> str:
    """Normalised form of one source character ('' for a separator)."""
    if ch == "\u2236":
        return ":"  # the ratio sign (1∶1), which NFKC keeps and would drop as a symbol: a colon
    if ch in _BOUNDARY:
        return ch.translate(_QUOTES)  # clause punctuation stays as it is: a boundary
    n = unicodedata.normalize("NFKC", ch)
    if not n:
        return SEP
    out = []
    for c in n:
        if c in _BOUNDARY:
            out.append(c)
            continue
        cat = unicodedata.category(c)
        if c in _KEEP or cat[0] in "LN" or (cat == "Mn" and "\u0e00" <= c <= "\u0e7f"):
            out.append(c)  # (Thai vowel and tone marks are part of the word: ไนกี้, ก๊อป)
        # everything else (spaces, zero-width Cf, symbols, dashes, dots, emoji) separates
    s = "".join(out).casefold().translate(_QUOTES).translate(_CONFUSABLES).translate(_ACCENTS)
    if not s:
        return SEP
    s = s.translate(_NUMERALS)
    if any(ord(c) > 0x2E7F for c in s):
        t = _T2S.convert(s)
        if len(t) == len(s):
            s = t
    return s


_cache: dict[str, str] = {}
_DOTS = {".", "．"}  # a dot (or a full-width one) between digits is kept: 1.8米


def _is_an(c: str) -> bool:
    return c < "\x80" and c.isalnum()


def _spaced_letter(c: str) -> bool:
    """A letter or digit of a script that separates its words with spaces: ASCII, Cyrillic, Greek
    (Сумка Шанель реплика keeps its spaces, as Chanel bag replica does)."""
    return (c < "\x80" and c.isalnum()) or ("\u0370" <= c <= "\u052f" and c.isalpha())


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    text: str
    offsets: "tuple[int, ...] | list[int] | range"  # offsets[i] = index in original of normalised char i
    ordered: bool = True  # False: read in display order (U+202E), the offsets are not increasing

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised span [start, end)."""
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        if not self.ordered:  # read in display order (see _display_order): the range it covers
            part = self.offsets[start:end]
            return min(part), max(part) + 1
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]

    def _removed(self, i: int) -> str:
        """The original characters the normal form dropped between normalised positions i-1 and i."""
        offs = self.offsets
        if i <= 0 or i >= len(offs):
            return ""
        return self.original[offs[i - 1] + 1:offs[i]]

    def spaced(self, i: int) -> bool:
        """Did only whitespace stand in the original between normalised positions i-1 and i (the
        normal form drops it: 多色 带比尔斯 -> 多色带比尔斯)?"""
        gap = self._removed(i)
        return bool(gap) and not gap.strip()

    def joint(self, i: int) -> bool:
        """Was a hyphen removed right before normalised position i (cancer-fighting -> cancerfighting)?
        Then a word may end or start there although Latin letters touch."""
        return "-" in self._removed(i)


# Fast path: most characters (simplified Chinese, lower-case Latin, digits, clause punctuation)
# are already in normal form. A regex over the characters that are not (computed once per
# process for the BMP; every astral character counts as special) finds the few places where
# Python has to work; the rest is copied in slices.
def _special_class() -> str:
    cps = []
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        p = _cache.get(c)
        if p is None:
            p = _cache[c] = _piece(c)
        if p != c and not ("A" <= c <= "Z" or c == " "):
            cps.append(cp)
        elif p == c and c.lower() != c:  # (Cherokee capitals: casefold keeps them, lower() does not)
            cps.append(cp)
    ranges = []
    start = prev = cps[0]
    for x in cps[1:]:
        if x == prev + 1:
            prev = x
            continue
        ranges.append((start, prev))
        start = prev = x
    ranges.append((start, prev))
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return f"{cls}\U00010000-\U0010FFFF"


def _special_pattern() -> "tuple[re.Pattern[str], re.Pattern[str]]":
    """The table depends on Unicode and OpenCC data only: built once per machine (disk cache)."""
    from .compiled import cached

    key = f"{unicodedata.unidata_version}:{getattr(opencc, '__version__', '')}:{Path(opencc.__file__).parent}:accents:stroked{len(_STROKED)}:thai-marks"
    cls = cached("normalize-class", key, _special_class)
    # (capitals A-Z are left out of the class: a copied slice is lower-cased (_normalize_plain),
    # which holds since every other character left out is its own lower case; a space between
    # two Latin letters or digits is its own normal form, one space: special only elsewhere —
    # read with look-arounds, in texts that hold a space at all)
    return re.compile(f"[{cls}]+"), re.compile(f"(?:[{cls}]| (?<![A-Za-z0-9] )| (?![A-Za-z0-9]))+")


_SPECIAL, _SPECIAL_SPACED = _special_pattern()


def _joiner(prev: str, nxt: str, ws: bool, dot: bool) -> str:
    """What a removed separator run leaves between `prev` and `nxt`: one space between two
    Latin words, "." between two digits (1.8米), otherwise nothing (最★佳 -> 最佳)."""
    if prev and _spaced_letter(prev) and _spaced_letter(nxt):
        if ws:
            return " "
        if dot and prev.isdigit() and nxt.isdigit():
            return "."
    return ""


_recent: dict[str, Normalized] = {}  # the last few texts: a listing's fields are read by several stages
_RECENT = 8


_batch: dict[str, Normalized] = {}  # a batch of texts normalised ahead (prefetch)


def prefetch(texts) -> list[str]:
    """Normalise a batch of texts ahead (the previous batch is forgotten); their normal forms."""
    global _batch
    _batch = {}
    got = {t: _normalize(t) for t in dict.fromkeys(texts) if t and len(t) <= 20_000}
    _batch = got
    return [n.text for n in got.values()]


def normalize(text: str) -> Normalized:
    got = _batch.get(text) or _recent.get(text)
    if got is not None:
        return got
    got = _normalize(text)
    if len(_recent) >= _RECENT:
        _recent.clear()
    _recent[text] = got
    return got


# U+202E (RIGHT-TO-LEFT OVERRIDE) shows the characters after it reversed until U+202C (POP
# DIRECTIONAL FORMATTING) or the end of the line: 信微加 typed after it reads 加微信 on screen.
# Such text is read in the order it is shown (a buyer, a claimant and the platform see that order).
_RLO, _PDF = "\u202e", "\u202c"


def _display_order(text: str) -> list[int]:
    """Indices of `text` in the order they are shown: each U+202E run reversed (not nested)."""
    order: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = text.find(_RLO, i)
        if j < 0:
            order.extend(range(i, n))
            break
        order.extend(range(i, j + 1))
        k = j + 1
        while k < n and text[k] not in (_PDF, "\n", _RLO):
            k += 1
        order.extend(range(k - 1, j, -1))
        i = k
    return order


# half-width katakana write the voiced and semi-voiced marks as characters of their own (ｺﾋﾟｰ for コピー):
# composed with the kana before them, as NFKC composes the pair, before the text is read
_HALF_MARKS = re.compile("[\uff66-\uff9d][\uff9e\uff9f]")


def _compose_half_kana(text: str) -> Normalized:
    parts: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _HALF_MARKS.finditer(text):
        a = m.start()
        parts.append(text[pos:a])
        offs.extend(range(pos, a))
        pair = unicodedata.normalize("NFKC", m.group())
        if len(pair) == 1:
            parts.append(pair)
            offs.append(a)
        else:
            parts.append(m.group())
            offs.extend((a, a + 1))
        pos = m.end()
    parts.append(text[pos:])
    offs.extend(range(pos, len(text)))
    joined = "".join(parts)
    inner = _normalize(joined)
    return Normalized(text, inner.text, [offs[o] for o in inner.offsets], inner.ordered)


def _normalize(text: str) -> Normalized:
    if "\uff9e" in text or "\uff9f" in text:
        if _HALF_MARKS.search(text):
            return _compose_half_kana(text)
    if _RLO in text:
        order = _display_order(text)
        shown = _normalize_plain("".join(text[i] for i in order))
        return Normalized(text, shown.text, [order[o] for o in shown.offsets], ordered=False)
    return _normalize_plain(text)


def _normalize_plain(text: str) -> Normalized:
    cache = _cache
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    prev = ""
    pending = -1  # index of the first character of a separator run not yet resolved
    ws = dot = False
    # (the hot loop: untouched segments and pieces are emitted inline, see _joiner for the rule)
    for m in (_SPECIAL_SPACED if " " in text else _SPECIAL).finditer(text):
        a, b = m.span()
        if a > pos:
            if pending >= 0:
                nxt = text[pos]
                if prev and _spaced_letter(prev) and _spaced_letter(nxt):
                    if ws:
                        out.append(" ")
                        offsets.append(pending)
                    elif dot and prev.isdigit() and nxt.isdigit():
                        out.append(".")
                        offsets.append(pending)
                pending = -1
            out.append(text[pos:a].lower())
            offsets.extend(range(pos, a))
            prev = text[a - 1]
        for i in range(a, b):
            ch = text[i]
            p = cache.get(ch)
            if p is None:
                p = cache[ch] = _piece(ch)
            if p:
                if pending >= 0:
                    j = _joiner(prev, p[0], ws, dot)
                    if j:
                        out.append(j)
                        offsets.append(pending)
                    pending = -1
                out.append(p)
                if len(p) == 1:
                    offsets.append(i)
                else:
                    offsets.extend([i] * len(p))  # one source character, several normal ones (㎏)
                prev = p[-1]
                continue
            if pending < 0:
                pending = i
                ws = dot = False
            if ch.isspace():
                ws = True
            elif ch in _DOTS:
                dot = True
        pos = b
    if pos == 0:
        low = text.lower()
        if _needs_unspace(low):
            return _unspace(text, low, list(range(len(text))))
        return Normalized(text, low, range(len(text)))
    if pos < len(text):
        if pending >= 0:
            j = _joiner(prev, text[pos], ws, dot)
            if j:
                out.append(j)
                offsets.append(pending)
        out.append(text[pos:].lower())
        offsets.extend(range(pos, len(text)))
    joined = "".join(out)
    if _needs_unspace(joined):
        return _unspace(text, joined, offsets)
    return Normalized(text, joined, offsets)


# B E S T, N i k e, T O P 1: three or more single Latin letters spaced out (and a last digit)
# read as a word; spaced digits stay apart (sizes 35 36 37; phone numbers have their own rules)
_LETTER_SPACED = re.compile(r"[a-z](?<![a-z0-9][a-z])(?: [a-z]){2,}(?: [0-9])?(?![a-z0-9])")
# ... except single digits spaced out before a per cent sign: 1 0 0 % 有效 is 100%有效
_DIGITS_SPACED = re.compile(r"[0-9](?<![0-9.][0-9])(?<![0-9] [0-9])(?: [0-9]){1,3}(?=%)")
# #, +, =, $ and & are kept (#1, +86, 100%=…, $9.99, H&M) but between two Chinese characters they
# only split a term (最#好, 无效+退款, 威$信, 扣&扣): dropped there like ★
# (each pattern starts with a character class, its look-behind after it: a pattern that starts with
# a look-behind is tried at every position, one starting with a class is scanned for at C speed)
_CJK_SPLIT = re.compile(r"[#+=$&](?<=[\u3400-\u9fff][#+=$&])[#+=$&]*(?=[\u3400-\u9fff])")


def _needs_unspace(s: str) -> bool:
    """Does the joined text hold something `_unspace` removes (cheap tests first)?"""
    return (" " in s and (_LETTER_SPACED.search(s) is not None or _DIGITS_SPACED.search(s) is not None)) \
        or (("#" in s or "+" in s or "=" in s or "$" in s or "&" in s) and _CJK_SPLIT.search(s) is not None)


def _unspace(text: str, joined: str, offsets: list[int]) -> Normalized:
    drop = set()
    for pattern in (_LETTER_SPACED, _DIGITS_SPACED):
        for m in pattern.finditer(joined):
            drop.update(i for i in range(m.start(), m.end()) if joined[i] == " ")
    for m in _CJK_SPLIT.finditer(joined):
        drop.update(range(m.start(), m.end()))
    keep = [i for i in range(len(joined)) if i not in drop]
    return Normalized(text, "".join(joined[i] for i in keep), [offsets[i] for i in keep])


@lru_cache(maxsize=16384)
def normalize_key(text: str) -> str:
    """Normalised text only (lexicon keys, fingerprints, own-brand names, a listing's title read
    by several rules): cached, the same short strings come back again and again."""
    return normalize(text).text


# ---------------------------------------------------------------- HTML descriptions

_BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "ul", "ol", "table", "img", "hr", "dd", "dt", "blockquote"}
_TAG_HINT = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&[#a-zA-Z0-9]+;")


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.images: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "img":
            src = dict(attrs).get("src")
            if src:
                self.images.append(src)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(value: str) -> str:
    """Plain text of an HTML description (script/style dropped, blocks on their own lines).

    Offsets of description findings refer to this plain text. Text without markup is returned
    unchanged."""
    if not value or not _TAG_HINT.search(value):
        return value or ""
    parser = _TextOnly()
    try:
        parser.feed(value)
        parser.close()
    except Exception:  # malformed markup: fall back to a blunt tag strip
        return html.unescape(re.sub(r"<[^>]*>", "\n", value))
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]*\n[\s]*", "\n", text)
    return text.strip()


def text_fields(listing):
    """(field, text) of every text field a scan reads: the title, the description as plain
    text, each attribute with a value (field "attribute:NAME")."""
    yield "title", listing.title
    if listing.description:
        yield "description", html_to_text(listing.description)
    for name, value in listing.attributes:
        if value:
            yield f"attribute:{name}", value


def html_images(value: str) -> list[str]:
    """<img src> URLs inside an HTML description (detail images are where claims hide)."""
    if not value or "<img" not in value.lower():
        return []
    parser = _TextOnly()
    try:
        parser.feed(value)
        parser.close()
    except Exception:
        return []
    return parser.images
