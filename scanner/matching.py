"""Multi-pattern matching shared by the detectors."""
from __future__ import annotations

import ahocorasick


class ByteAutomaton:
    """Aho-Corasick over the UTF-8 bytes of keys and text.

    pyahocorasick finds a node's child by a linear scan, so a trie over thousands of Chinese
    names (a root with ~1,500 children) costs ~150 ns per text character; over bytes no node
    has more than a few dozen children and a 250-character text is scanned 3-4x faster. UTF-8 is
    self-synchronising, so a match always starts and ends on character boundaries.
    `iter(text)` yields (start, end, value) in character offsets."""

    def __init__(self, items):
        self._a = ahocorasick.Automaton()
        n = 0
        for key, value in items:
            b = key.encode("utf-8").decode("latin-1")
            self._a.add_word(b, (len(b), value))
            n += 1
        self.size = n
        if n:
            self._a.make_automaton()

    def __bool__(self) -> bool:
        return self.size > 0

    def iter(self, text: str):
        if not self.size:
            return
        enc = text.encode("utf-8")
        if len(enc) == len(text):  # ASCII: byte offsets are character offsets
            for end, (n, value) in self._a.iter(enc.decode("latin-1")):
                yield end - n + 1, end + 1, value
            return
        for end, (n, value) in self._a.iter(enc.decode("latin-1")):
            bs = end - n + 1
            s = len(enc[:bs].decode("utf-8"))
            yield s, s + len(enc[bs:end + 1].decode("utf-8")), value
