"""Multi-pattern matching shared by the detectors."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


PREFETCH_CHARS = 20_000  # longer texts are matched when read, not kept ahead

# Compiling an automaton costs ~1 µs per key; until the characters looked up by hand (a dict probe
# per key length at every position) would have paid for that, a few short texts (`scanner check`,
# the web page's first request) are matched without compiling. `eager()` (a scan of many
# listings) compiles on first use.
_LOOKUP_BUDGET = 20  # probes per key before compiling pays
_eager = False


def eager(on: bool = True) -> bool:
    """Compile every automaton on its first use from now on (many texts are coming); the
    setting it replaces."""
    global _eager
    was, _eager = _eager, on
    return was


def _spend(holder, probes: int, keys: int) -> bool:
    """May `holder` (an Automaton or a Joint of `keys` keys) spend `probes` more dict probes
    instead of compiling? Counted on the holder when it may."""
    if holder._probes + probes > keys * _LOOKUP_BUDGET:
        return False
    holder._probes += probes
    return True


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
        self._setup(list(table), list(table.values()))

    def _setup(self, keys: list[str], values: list) -> None:
        self._keys = keys
        self._values = values
        self._rs = None
        self._batch: dict[str, list] = {}  # matches found ahead for a batch of texts (prefetch)
        self._joint: Joint | None = None
        self._slot = -1
        self.size = len(keys)
        self._index: dict[str, int] | None = None  # key -> index, for matching without compiling
        self._lengths: tuple[int, ...] = ()
        self._probes = 0  # dict probes spent so far without compiling

    def __getstate__(self):  # the compiled automaton and a joint pass are per process
        # the keys as one string (split on loading): tens of thousands of keys load in a blink
        keys = self._keys if any("\x00" in k for k in self._keys) else "\x00".join(self._keys)
        return {"keys": keys, "values": self._values}

    def __setstate__(self, state):
        keys = state["keys"]
        self._setup(keys.split("\x00") if isinstance(keys, str) and keys else list(keys or ()), state["values"])

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
        if self._rs is None and not _eager and _spend(self, len(text) * len(self._key_lengths()), self.size):
            return self._lookup(text)
        return self._compiled().find_matches_as_indexes(text, overlapping=True)

    def _key_lengths(self) -> tuple[int, ...]:
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self._keys)}
            self._lengths = tuple(sorted({len(k) for k in self._keys}, reverse=True))
        return self._lengths

    def _lookup(self, text: str) -> list[tuple[int, int, int]]:
        """`find` by dict probes (same matches, same order: by end, longest first)."""
        self._key_lengths()
        index, lengths = self._index, self._lengths
        out = []
        for e in range(1, len(text) + 1):
            for n in lengths:
                if n <= e:
                    i = index.get(text[e - n:e])
                    if i is not None:
                        out.append((i, e - n, e))
        return out

    def prefetch(self, texts) -> None:
        """Find the matches of a batch of texts now, in one tight loop (a large automaton stays in
        the processor's cache: several times faster than one text at a time between detectors);
        `find` then reads them. The previous batch is forgotten."""
        self._batch = {}
        if not self.size:
            return
        texts = [t for t in texts if t and len(t) <= PREFETCH_CHARS]
        if self._rs is None and not _eager:
            self._batch = {t: self.find(t) for t in texts}  # a few texts: maybe without compiling
            return
        f = self._compiled().find_matches_as_indexes
        self._batch = {t: f(t, overlapping=True) for t in texts}

    def iter(self, text: str):
        return iter(self.matches(text))

    def matches(self, text: str) -> list:
        """(start, end, value) of every match, as `iter` gives them, in a list (the joint pass's own
        share: not to be changed)."""
        if self._joint is not None:
            return self._joint.matches(text)[self._slot]
        values = self._values
        return [(s, e, values[i]) for i, s, e in self.find(text)]


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
        self._a: Automaton | None = None  # the joint automaton, built when compiling pays
        self._probes = 0  # dict probes spent without it (see Automaton.find)
        self._cache: dict[str, list[list]] = {}
        self._batch: dict[str, list[list]] = {}
        for i, m in enumerate(seen):
            m._joint, m._slot = self, i

    def _joint_automaton(self) -> Automaton:
        if self._a is None:
            # for each joint key: the (member, value) pairs it stands for
            table: dict[str, list] = {}
            for i, m in enumerate(self.members):
                for key, value in zip(m._keys, m._values):
                    table.setdefault(key, []).append((i, value))
            self._a = Automaton((k, tuple(v)) for k, v in table.items())
            self._a._compiled()
        return self._a

    def _by_hand(self, texts) -> bool:
        """Match these texts member by member without compiling (see Automaton.find)?"""
        if self._a is not None or _eager:
            return False
        probes = sum(len(t) for t in texts) * sum(len(m._key_lengths()) for m in self.members)
        return _spend(self, probes, sum(m.size for m in self.members))

    def prefetch(self, texts) -> None:
        """The shares of a batch of texts, found in one tight loop (see Automaton.prefetch)."""
        self._batch = {}
        texts = [t for t in dict.fromkeys(texts) if t and len(t) <= PREFETCH_CHARS]
        if self._by_hand(texts):
            self._batch = {t: self._share_by_hand(t) for t in texts}
            return
        a = self._joint_automaton()
        a.prefetch(texts)
        self._batch = {t: self._share(t) for t in texts}
        a._batch = {}

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

    def _share_by_hand(self, text: str) -> list[list]:
        return [[(s, e, m._values[i]) for i, s, e in m._lookup(text)] for m in self.members]

    def _share(self, text: str) -> list[list]:
        if self._by_hand((text,)):
            return self._share_by_hand(text)
        a = self._joint_automaton()
        got: list[list] = [[] for _ in self.members]
        values = a._values
        for k, s, e in a.find(text):
            for i, value in values[k]:
                got[i].append((s, e, value))
        return got


class WordGate:
    """`pattern.finditer` for a pattern every match of which starts with one of `words` (a word
    list's alternation, a cue word and what may follow it): an Aho-Corasick pass over the words
    (one more member of the shared pass when the text is a field's) gives the only places a match
    can start, and the pattern is tried there alone. The same matches, in the same order, as
    `pattern.finditer` — without the regex engine trying its alternation at every position of
    every text (a long word list's alternation costs ~8 µs on a 250-character field that holds
    none of its words)."""

    def __init__(self, pattern, words):
        self.pattern = pattern
        self.automaton = Automaton((w, None) for w in words)

    def finditer(self, text: str):
        found = self.automaton.matches(text) if self.automaton and text else ()
        return self._at(text, found) if found else ()

    def _at(self, text: str, found: list):
        pos = 0
        match = self.pattern.match
        for s in sorted({s for s, _, _ in found}):
            if s < pos:
                continue
            m = match(text, s)
            if m is not None:
                yield m
                pos = max(m.end(), s + 1)


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
