"""Multi-pattern matching shared by the detectors."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


PREFETCH_CHARS = 20_000  # longer texts are matched when read, not kept ahead


class Automaton:
    """Aho-Corasick over many keys (ahocorasick-rs: a compiled automaton that reports character
    offsets of a Python str directly). `iter(text)` yields (start, end, value) for every match,
    overlapping ones included, in order of their end, longest first. Several automata over the
    same texts can share one pass (`Joint`).

    The compiled automaton is not picklable: a pickled Automaton (disk cache, worker processes)
    carries its table and compiles again on first use (~1 ms per thousand keys)."""

    def __init__(self, items):
        table: dict[str, object] = {}
        for key, value in items:
            if key:
                table[key] = value  # a repeated key keeps its last value
        self._table = table
        self._keys = list(table)
        self._values = [table[k] for k in self._keys]
        self._rs = None
        self._batch: dict[str, list] = {}  # matches found ahead for a batch of texts (prefetch)
        self._joint: Joint | None = None
        self._slot = -1
        self.size = len(table)

    def __getstate__(self):  # the compiled automaton and a joint pass are per process
        return {"_table": self._table}

    def __setstate__(self, state):
        self.__init__(state["_table"].items())

    def __bool__(self) -> bool:
        return self.size > 0

    def _compiled(self):
        if self._rs is None:
            self._rs = _compile(self._keys)
        return self._rs

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every match, by end, longest first."""
        if not self.size or not text:
            return []
        got = self._batch.get(text)
        if got is not None:
            return got
        return self._compiled().find_matches_as_indexes(text, overlapping=True)

    def prefetch(self, texts) -> None:
        """Find the matches of a batch of texts now, in one tight loop (a large automaton stays in
        the processor's cache: several times faster than one text at a time between detectors);
        `find` then reads them. The previous batch is forgotten."""
        self._batch = {}
        if not self.size:
            return
        f = self._compiled().find_matches_as_indexes
        self._batch = {t: f(t, overlapping=True) for t in texts if t and len(t) <= PREFETCH_CHARS}

    def iter(self, text: str):
        if self._joint is not None:
            return iter(self._joint.matches(text)[self._slot])
        values = self._values
        return iter([(s, e, values[i]) for i, s, e in self.find(text)])


def _compile(keys: list[str]):
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(keys, store_patterns=False)


class Joint:
    """The keys of several Automata in one automaton: one pass over a text finds the matches
    of every member, and each member's `iter(text)` then reads its own share (in the order its
    own automaton would give: by end, longest first). The last few texts' matches are kept, so
    the detectors reading one field pay for a single pass."""

    _KEEP = 8

    def __init__(self, members: list[Automaton]):
        seen: list[Automaton] = []
        for m in members:
            if m and m._joint is None and not any(m is x for x in seen):
                seen.append(m)
        self.members = seen
        # for each joint key: the (member, value) pairs it stands for
        table: dict[str, list] = {}
        for i, m in enumerate(seen):
            for key, value in m._table.items():
                table.setdefault(key, []).append((i, value))
        self._a = Automaton((k, tuple(v)) for k, v in table.items())
        self._cache: dict[str, list[list]] = {}
        self._batch: dict[str, list[list]] = {}
        for i, m in enumerate(seen):
            m._joint, m._slot = self, i

    def prefetch(self, texts) -> None:
        """The shares of a batch of texts, found in one tight loop (see Automaton.prefetch)."""
        self._batch = {}
        texts = [t for t in dict.fromkeys(texts) if t and len(t) <= PREFETCH_CHARS]
        self._a.prefetch(texts)
        self._batch = {t: self._share(t) for t in texts}
        self._a._batch = {}

    def matches(self, text: str) -> list[list]:
        got = self._batch.get(text)
        if got is not None:
            return got
        got = self._cache.get(text)
        if got is None:
            got = self._share(text)
            if len(self._cache) >= self._KEEP:
                self._cache.clear()
            self._cache[text] = got
        return got

    def _share(self, text: str) -> list[list]:
        got: list[list] = [[] for _ in self.members]
        values = self._a._values
        for k, s, e in self._a.find(text):
            for i, value in values[k]:
                got[i].append((s, e, value))
        return got


class SpanSet:
    """Half-open spans with overlap queries that stay cheap when a field has thousands of them:
    spans are kept sorted by start, and a query only looks at spans starting at most the longest
    span's length before it (a sweep, not a pairwise loop)."""

    __slots__ = ("_starts", "_spans", "_longest")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    @classmethod
    def of(cls, spans) -> "SpanSet":
        out = cls()
        for a, b in spans:
            out.add(a, b)
        return out

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self):
        return iter(self._spans)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end))
        self._longest = max(self._longest, end - start)

    def append(self, span: tuple[int, int]) -> None:  # list-like, for code that collected tuples
        self.add(*span)

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span overlap [start, end)?"""
        lo = start - self._longest
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._starts[i] >= lo:
            if self._spans[i][1] > start:
                return True
            i -= 1
        return False

    def covers(self, pos: int) -> bool:
        """Does any span contain position `pos`?"""
        return self.overlaps(pos, pos + 1)


def drop_nested(items: list, group=lambda it: None) -> list:
    """The items (tuples starting with start, end) not lying inside a longer item of the same
    group — 代工厂 hides 代工, 外贸原单 hides 原单 — in one sorted sweep instead of a pairwise loop.
    Order is kept."""
    if len(items) < 2:
        return list(items)
    order = sorted(range(len(items)), key=lambda i: (items[i][0], -items[i][1]))
    best: dict = {}  # group -> (furthest end so far, the start of the item reaching it)
    hidden = set()
    for i in order:
        s, e = items[i][0], items[i][1]
        g = group(items[i])
        be, bs = best.get(g, (-1, 0))
        if be > e or (be == e and bs < s):
            hidden.add(i)
        if e > be or (e == be and s < bs):
            best[g] = (e, s)
    return [it for i, it in enumerate(items) if i not in hidden]
