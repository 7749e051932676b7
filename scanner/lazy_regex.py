"""Regular expressions from data files, compiled on first use.

A rule set built from data (claim frames, lawful uses) is read from the disk cache at every
start-up, and a pickled `re.Pattern` is compiled again when it loads (~0.5 ms each, hundreds of
them before `scanner check` has read a word). A `LazyPattern` pickles as its text and compiles on
its first search; a pattern is still checked when the data is read, so a bad one is refused with
its file and line, not when a listing first reaches it."""
from __future__ import annotations

import re


class LazyPattern:
    __slots__ = ("pattern", "_rx")

    def __init__(self, pattern: str, check: bool = True):
        self.pattern = pattern
        self._rx: re.Pattern[str] | None = None
        if check:
            re.compile(pattern)  # raises re.error now

    def __reduce__(self):
        return (_unchecked, (self.pattern,))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"

    @property
    def compiled(self) -> "re.Pattern[str]":
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern)
        return rx

    def search(self, *args):
        return self.compiled.search(*args)

    def match(self, *args):
        return self.compiled.match(*args)

    def fullmatch(self, *args):
        return self.compiled.fullmatch(*args)

    def finditer(self, *args):
        return self.compiled.finditer(*args)


def _unchecked(pattern: str) -> LazyPattern:
    return LazyPattern(pattern, check=False)
