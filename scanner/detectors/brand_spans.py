"""What the brand mention finders share (brand_mentions.py, brand_slugs.py,
brand_homophones.py): the `Mention` record (normalised offsets and the aliases it may be), the
Latin-word character test, the span-overlap check and the test for goods words right after a name
(brand_variants.py, brand_context.py)."""
from __future__ import annotations

from dataclasses import dataclass

from ..brands import Alias
from ..matching import SpanSet


def _an(c: str) -> bool:
    """A character that continues a Latin word: ASCII letters and digits, and the accented Latin
    letters of European copy (ck inside Stück, nik inside Nikšić is no brand)."""
    return c.isalnum() and (c < "\x80" or "\xc0" <= c <= "\u024f")


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


def _overlaps(s: int, e: int, spans) -> bool:
    if isinstance(spans, SpanSet):
        return spans.overlaps(s, e)
    for a, b in spans:
        if a < e and s < b:
            return True
    return False


def words_after(text: str, e: int, words, reach: int, span: int, stop) -> bool:
    """Does one of `words` start within `reach` characters after normalised position e, inside the
    `span` characters there and before the first `stop` character (a clause boundary)?"""
    window = text[e:e + span]
    for i, ch in enumerate(window):
        if ch in stop:
            window = window[:i]
            break
    return any(0 <= window.find(w) <= reach for w in words)
