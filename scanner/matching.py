"""Multi-pattern matching shared by the detectors."""
from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right

import ahocorasick


class ByteAutomaton:
    """Aho-Corasick over the UTF-8 bytes of keys and text.

    pyahocorasick finds a node's child by a linear scan, so a trie over thousands of Chinese
    names (a root with ~1,500 children) costs ~150 ns per text character; over bytes no node
    has more than a few dozen children and a 250-character text is scanned 3-4x faster. UTF-8 is
    self-synchronising, so a match always starts and ends on character boundaries.
    `iter(text)` yields (start, end, value) in character offsets. Several automata over the
    same texts can share one pass (`Joint`)."""

    def __init__(self, items):
        self._a = ahocorasick.Automaton()
        self._joint: Joint | None = None
        self._slot = -1
        n = 0
        for key, value in items:
            b = key.encode("utf-8").decode("latin-1")
            self._a.add_word(b, (len(b), value))
            n += 1
        self.size = n
        if n:
            self._a.make_automaton()
        # what the keys are (not the values): names this automaton's share of a cached Joint
        self.digest = hashlib.sha1("\x1f".join(sorted(self._a.keys())).encode("latin-1")).hexdigest() if n else ""

    def __getstate__(self):  # a joint pass is per process, never pickled
        return {"_a": self._a, "size": self.size, "digest": self.digest}

    def __setstate__(self, state):
        self._a, self.size, self.digest = state["_a"], state["size"], state.get("digest", "")
        self._joint, self._slot = None, -1

    def __bool__(self) -> bool:
        return self.size > 0

    def iter(self, text: str):
        if self._joint is not None:
            return iter(self._joint.matches(text)[self._slot])
        return _iter(self._a, text) if self.size else iter(())


def _iter(a: "ahocorasick.Automaton", text: str):
    """(start, end, value) of an automaton over UTF-8 bytes, in character offsets."""
    enc = text.encode("utf-8")
    if len(enc) == len(text):  # ASCII: byte offsets are character offsets
        for end, (n, value) in a.iter(enc.decode("latin-1")):
            yield end - n + 1, end + 1, value
        return
    # matches come in order of their end: a cursor maps byte offsets to character offsets
    # in one pass over the text (linear, whatever the number of matches)
    bpos = cpos = 0
    for end, (n, value) in a.iter(enc.decode("latin-1")):
        be = end + 1
        if be > bpos:
            cpos += len(enc[bpos:be].decode("utf-8"))
            bpos = be
        e = cpos - len(enc[be:bpos].decode("utf-8"))
        yield e - len(enc[be - n:be].decode("utf-8")), e, value


class Joint:
    """The keys of several ByteAutomata in one automaton: one pass over a text finds the matches
    of every member, and each member's `iter(text)` then reads its own share (in the order its
    own automaton would give: by end, longest first). The last few texts' matches are kept, so
    the detectors reading one field pay for a single pass.

    The joint automaton holds keys only; a member's value is read from the member itself (the
    very object it stores), so the joint can come from the disk cache, keyed by the members'
    key digests."""

    _KEEP = 8

    def __init__(self, members: list[ByteAutomaton]):
        seen: list[ByteAutomaton] = []
        for m in members:
            if m and m._joint is None and not any(m is x for x in seen):
                seen.append(m)
        self.members = seen
        from .compiled import cached

        self._a = cached("joint", "|".join(m.digest for m in seen), lambda: _joint_automaton(seen))
        self._get = [m._a.get for m in seen]
        self._cache: dict[str, list[list]] = {}
        for i, m in enumerate(seen):
            m._joint, m._slot = self, i

    def matches(self, text: str) -> list[list]:
        got = self._cache.get(text)
        if got is None:
            got = [[] for _ in self.members]
            if len(self._a):
                get = self._get
                for s, e, idx in _iter(self._a, text):
                    key = text[s:e].encode("utf-8").decode("latin-1")
                    for i in idx:
                        got[i].append((s, e, get[i](key)[1]))
            if len(self._cache) >= self._KEEP:
                self._cache.clear()
            self._cache[text] = got
        return got


def _joint_automaton(members: list[ByteAutomaton]) -> "ahocorasick.Automaton":
    table: dict[str, list[int]] = {}
    for i, m in enumerate(members):
        for key in m._a.keys():
            table.setdefault(key, []).append(i)
    a = ahocorasick.Automaton()
    for key, idx in table.items():
        a.add_word(key, (len(key), tuple(idx)))
    if table:
        a.make_automaton()
    return a


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
