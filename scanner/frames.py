"""Claim frames: advertising-law claims as a small grammar, loaded from data.

A claim is a frame around a slot — 治疗/预防/缓解 + a disease name, 假一赔 + a number, 国家 +
指定/特供 — so a new disease name needs a new vocabulary line, not a new rule. Two kinds of data
under `lexicons/` (see lexicons/README.md):

- `slots/NAME.txt`   one vocabulary per slot (DISEASE, SYMPTOM, VIRUS, …): a term per line,
                     `#` starts a comment. Terms are normalised like listing text.
- `frames*.csv`      id,category,severity,law,suggestion,anchors,pattern,unless,explanation,lang,note[,classes]
                     `pattern` is a regular expression over the *masked* normalised text, in which
                     every slot term found is replaced by one placeholder character: `{DISEASE}`
                     in a pattern stands for that placeholder. `{NAME}` also expands the macros
                     of `frame_macros.csv` (name,regex). `unless` is a regex searched in the
                     clause before the match (negations: 不能代替药物治疗疾病); in an English frame
                     it must start a word (the "no" that ends piano is no negation). `anchors` are
                     literals (or `@SLOT`) one of which must occur for the frame to be tried.
                     `classes` (optional, `|`-separated) limits the frame to listings of those
                     product classes (scanner/category.py; empty = class not recognised).

Matching: one Aho-Corasick pass finds slot terms and anchors; slot terms are masked
leftmost-longest; only frames whose anchors occur are tried, so a listing with no claim
wording costs one automaton pass.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from .category import read_classes
from .lexicon import CAT_CODE, LexiconError, lexicon_dir, read_rows
from .matching import Automaton
from .models import AD_CATEGORIES, SEVERITIES
from .lazy_regex import LazyPattern
from .normalize import normalize_key

PUA = 0xE000  # placeholder characters: U+E000 + slot index
_PUA = re.compile("[\ue000-\uf8ff]")
_CLAUSE = "，。；！？,;!?\n"
_MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@dataclass(frozen=True)
class Frame:
    id: str
    category: str
    severity: str
    law: str
    suggestion: str
    regex: LazyPattern  # compiled when the frame is first tried (scanner/lazy_regex.py)
    unless: LazyPattern | None
    explanation: str
    lang: str
    rule_id: str
    anchors: tuple[str, ...]  # normalised literals and "@SLOT" names; () = always tried
    # the pattern (or its `unless`) names a slot: it reads the masked text; a frame naming none
    # reads the normalised text itself (口腔科专家 keeps its 科 even where 口腔科 is a slot term)
    masked: bool = True
    # the product classes (scanner/category.py) the frame applies to; "" = not recognised;
    # None = every listing
    classes: frozenset[str] | None = None


@dataclass(frozen=True)
class SlotHit:
    start: int  # normalised offsets
    end: int
    slot: str
    term: str


class Masked:
    """The masked text and the map back: every placeholder stands for a slot term; between
    placeholders the masked text is the normalised text shifted by the terms' lengths."""

    __slots__ = ("text", "hits", "_idx", "_shift")

    def __init__(self, text: str, placed: list[tuple[int, SlotHit]]):
        self.text = text
        self.hits = dict(placed)  # masked index -> SlotHit
        self._idx = [i for i, _ in placed]
        shift, acc = [], 0
        for _, h in placed:
            acc += h.end - h.start - 1
            shift.append(acc)
        self._shift = shift

    def start(self, i: int) -> int:
        """Normalised start of masked character i."""
        h = self.hits.get(i)
        if h is not None:
            return h.start
        k = bisect_right(self._idx, i) - 1
        return i + (self._shift[k] if k >= 0 else 0)

    def end(self, i: int) -> int:
        """Normalised end of masked character i."""
        h = self.hits.get(i)
        return h.end if h is not None else self.start(i) + 1


def _is_an(c: str) -> bool:
    return c < "\x80" and c.isalnum()


class FrameSet:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory or lexicon_dir())
        self.slots: list[str] = []
        self.frames: list[Frame] = []
        self._load()

    # ---------------------------------------------------------------- loading
    def _load(self) -> None:
        d = self.directory
        vocab: dict[str, str] = {}  # key -> slot (first file wins, files in name order)
        sdir = d / "slots"
        for p in sorted(sdir.glob("*.txt")) if sdir.is_dir() else []:
            slot = p.stem.upper()
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", slot):
                raise LexiconError(f"{p}: slot file names are upper-case words (DISEASE.txt)")
            if len(self.slots) >= 0x1000:
                raise LexiconError(f"{sdir}: too many slot files")
            self.slots.append(slot)
            for line in p.read_text(encoding="utf-8-sig").splitlines():
                term = line.split("#", 1)[0].strip()
                if not term:
                    continue
                k = normalize_key(term)
                if k and k not in vocab:
                    vocab[k] = slot
        self.placeholder = {s: chr(PUA + i) for i, s in enumerate(self.slots)}
        self.slot_of_char = {v: k for k, v in self.placeholder.items()}
        macros: dict[str, str] = {}
        for r in read_rows(d / "frame_macros.csv"):
            name, rx = r.get("name", ""), r.get("regex", "")
            if name:
                macros[name] = rx
        rows = [(p, n, r) for p in sorted(d.glob("frames*.csv")) for n, r in enumerate(read_rows(p), start=2)]
        anchor_keys: dict[str, list[int]] = {}
        self.always: list[int] = []
        seen = set()
        for path, n, r in rows:
            fid = r.get("id", "")
            if not fid or fid.startswith("#"):
                continue
            if fid in seen:
                raise LexiconError(f"{path} line {n}: frame id {fid!r} listed twice")
            seen.add(fid)
            cat, sev = r.get("category", ""), r.get("severity", "") or "high"
            if cat not in AD_CATEGORIES:
                raise LexiconError(f"{path} line {n}: unknown category {cat!r}")
            if sev not in SEVERITIES:
                raise LexiconError(f"{path} line {n}: unknown severity {sev!r}")
            try:
                rx = LazyPattern(self._expand(r.get("pattern", ""), macros, fid))
                un = self._expand(r.get("unless", ""), macros, fid)
                if un and (r.get("lang") or "zh") == "en":
                    # an English negation is a word of its own: the "no" ending Guyabano or piano
                    # negates nothing (searched in the whole text, so the look-behind sees the word)
                    un = r"(?<![a-z0-9])(?:" + un + ")"
                unless = LazyPattern(un + r"$") if un else None
            except re.error as e:
                raise LexiconError(f"{path} line {n}: bad pattern in frame {fid!r}: {e}") from e
            used = [s for s in _MACRO_REF.findall(r.get("pattern", "")) if s in self.placeholder]
            anchors = []
            for a in (x.strip() for x in r.get("anchors", "").split("|")):
                if not a:
                    continue
                anchors.append(a if a.startswith("@") else normalize_key(a))
            if not anchors and used:
                anchors = ["@" + s for s in used]
            lang = r.get("lang") or "zh"
            classes = read_classes(r.get("classes"), f"{path} line {n}: frame {fid!r}")
            f = Frame(fid, cat, sev, r.get("law", ""), r.get("suggestion", ""), rx, unless,
                      r.get("explanation", ""), lang, f"AD-{CAT_CODE[cat]}-F-{fid}", tuple(anchors),
                      masked=_PUA.search(rx.pattern + (un or "")) is not None, classes=classes)
            idx = len(self.frames)
            self.frames.append(f)
            if not anchors:
                self.always.append(idx)
            for a in anchors:
                anchor_keys.setdefault(a, []).append(idx)
        self.by_anchor = anchor_keys
        table: dict[str, list] = {}
        for k, slot in vocab.items():
            table.setdefault(k, []).append(("slot", slot))
        for a in anchor_keys:
            if not a.startswith("@"):
                table.setdefault(a, []).append(("anchor", a))
        self.automaton = Automaton((k, (k, tuple(v))) for k, v in table.items())
        self.vocab_size = len(vocab)

    def _expand(self, pattern: str, macros: dict[str, str], fid: str, depth: int = 0) -> str:
        if depth > 8:
            raise LexiconError(f"frame {fid!r}: macros nest too deep")

        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name in self.placeholder:
                return re.escape(self.placeholder[name])
            if name in macros:
                return "(?:" + self._expand(macros[name], macros, fid, depth + 1) + ")"
            raise LexiconError(f"frame {fid!r}: unknown slot or macro {{{name}}}")

        return _MACRO_REF.sub(sub, pattern)

    # ---------------------------------------------------------------- matching
    def scan(self, text: str) -> "tuple[Masked | None, list[int]]":
        """Mask slot terms in normalised `text`; return the masked text and the frames to try
        (None and [] when no frame applies: then nothing is masked)."""
        hits: list[tuple[int, int, str]] = []
        present: set[str] = set()
        n = len(text)
        if self.automaton:
            for s, e, (key, vals) in self.automaton.iter(text):
                # (a word glued to a number starts there: 10kg, 3oz)
                if _is_an(key[0]) and s > 0 and _is_an(text[s - 1]) and not (key[0].isalpha() and text[s - 1].isdigit()):
                    continue
                if _is_an(key[-1]) and e < n and _is_an(text[e]):
                    continue
                for kind, v in vals:
                    if kind == "slot":
                        hits.append((s, e, v))
                        present.add("@" + v)
                    else:
                        present.add(v)
        todo = set(self.always)
        for a in present:
            todo.update(self.by_anchor.get(a, ()))
        if not todo:
            return None, []
        # leftmost-longest, non-overlapping; the text between terms is copied in slices
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        parts: list[str] = []
        placed: list[tuple[int, SlotHit]] = []
        pos = mlen = 0
        for s, e, slot in hits:
            if s < pos:
                continue
            if s > pos:
                parts.append(text[pos:s])
                mlen += s - pos
            placed.append((mlen, SlotHit(s, e, slot, text[s:e])))
            parts.append(self.placeholder[slot])
            mlen += 1
            pos = e
        parts.append(text[pos:])
        masked = "".join(parts)
        if _PUA.search(masked):  # private-use characters in the source never act as placeholders
            keep = {i for i, _ in placed}
            masked = "".join(" " if i not in keep and 0xE000 <= ord(c) <= 0xF8FF else c for i, c in enumerate(masked))
        return Masked(masked, placed), sorted(todo)

    def matches(self, text: str):
        """Yield (frame, nstart, nend, slot_hits) for every frame match in normalised text."""
        if not text:
            return
        masked, todo = self.scan(text)
        if not todo:
            return
        for idx in todo:
            f = self.frames[idx]
            mt = masked.text if f.masked else text
            for m in f.regex.finditer(mt):
                a, b = m.span()
                if b <= a:
                    continue
                if f.lang == "en" and ((a > 0 and _is_an(mt[a - 1]) and _is_an(mt[a]))
                                       or (b < len(mt) and _is_an(mt[b]) and _is_an(mt[b - 1]))):
                    continue
                if f.unless is not None:
                    lo = max(0, a - 16)  # the clause before the match, at most 16 characters back
                    c0 = max((mt.rfind(ch, lo, a) for ch in _CLAUSE), default=-1) + 1
                    start = max(c0, lo)
                    if (f.unless.search(mt, start, a) if f.lang == "en" else f.unless.search(mt[start:a])):
                        continue
                if not f.masked:
                    yield f, a, b, []
                    continue
                slots = [masked.hits[i] for i in range(a, b) if i in masked.hits]
                yield f, masked.start(a), masked.end(b - 1), slots


def load_frames(directory: str | None = None) -> FrameSet:
    """The frames of `directory` (default: $SCANNER_LEXICONS or <repo>/lexicons), built once per
    folder and content version (and cached on disk, see scanner/compiled.py)."""
    from .compiled import load_folder

    return load_folder("frames", Path(directory) if directory else lexicon_dir(), FrameSet)
