"""Claim frames: advertising-law claims as a small grammar, loaded from data.

A claim is a frame around a slot — 治疗/预防/缓解 + a disease name, 假一赔 + a number, 国家 +
指定/特供 — so a new disease name needs a new vocabulary line, not a new rule. Two kinds of data
under `lexicons/` (see lexicons/README.md):

- `slots/NAME.txt`   one vocabulary per slot (DISEASE, SYMPTOM, VIRUS, …): a term per line,
                     `#` starts a comment. Terms are normalised like listing text.
- `frames*.csv`      id,category,severity,law,suggestion,anchors,pattern,unless,explanation,lang,note
                     `pattern` is a regular expression over the *masked* normalised text, in which
                     every slot term found is replaced by one placeholder character: `{DISEASE}`
                     in a pattern stands for that placeholder. `{NAME}` also expands the macros
                     of `frame_macros.csv` (name,regex). `unless` is a regex searched in the
                     clause before the match (negations: 不能代替药物治疗疾病). `anchors` are
                     literals (or `@SLOT`) one of which must occur for the frame to be tried.

Matching: one Aho-Corasick pass finds slot terms and anchors; slot terms are masked
leftmost-longest; only frames whose anchors occur are tried, so a listing with no claim
wording costs one automaton pass.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import CAT_CODE, LexiconError, lexicon_dir
from .matching import ByteAutomaton
from .models import AD_CATEGORIES, SEVERITIES
from .normalize import normalize_key

PUA = 0xE000  # placeholder characters: U+E000 + slot index
_CLAUSE = "，。；！？,;!?\n"
_MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


@dataclass(frozen=True)
class Frame:
    id: str
    category: str
    severity: str
    law: str
    suggestion: str
    regex: "re.Pattern[str]"
    unless: "re.Pattern[str] | None"
    explanation: str
    lang: str
    rule_id: str
    anchors: tuple[str, ...]  # normalised literals and "@SLOT" names; () = always tried


@dataclass(frozen=True)
class SlotHit:
    start: int  # normalised offsets
    end: int
    slot: str
    term: str


@dataclass(frozen=True)
class Masked:
    text: str  # the masked text
    starts: tuple[int, ...]  # masked index -> normalised start
    ends: tuple[int, ...]  # masked index -> normalised end
    hits: dict  # masked index -> SlotHit (placeholders only)


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
        for r in _read(d / "frame_macros.csv"):
            name, rx = r.get("name", ""), r.get("regex", "")
            if name:
                macros[name] = rx
        rows = [(p, n, r) for p in sorted(d.glob("frames*.csv")) for n, r in enumerate(_read(p), start=2)]
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
                rx = re.compile(self._expand(r.get("pattern", ""), macros, fid))
                un = self._expand(r.get("unless", ""), macros, fid)
                unless = re.compile(un + r"$") if un else None
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
            f = Frame(fid, cat, sev, r.get("law", ""), r.get("suggestion", ""), rx, unless,
                      r.get("explanation", ""), lang, f"AD-{CAT_CODE[cat]}-F-{fid}", tuple(anchors))
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
        self.automaton = ByteAutomaton((k, (k, tuple(v))) for k, v in table.items())
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
    def scan(self, text: str) -> tuple[Masked, list[int]]:
        """Mask slot terms in normalised `text`; return the masked text and the frames to try."""
        hits: list[tuple[int, int, str]] = []
        present: set[str] = set()
        n = len(text)
        if self.automaton:
            for s, e, (key, vals) in self.automaton.iter(text):
                if _is_an(key[0]) and s > 0 and _is_an(text[s - 1]):
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
        # leftmost-longest, non-overlapping
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        slot_hits: dict[int, SlotHit] = {}
        pos = 0
        for s, e, slot in hits:
            if s < pos:
                continue
            for i in range(pos, s):
                c = text[i]
                chars.append(" " if 0xE000 <= ord(c) <= 0xF8FF else c)
                starts.append(i)
                ends.append(i + 1)
            slot_hits[len(chars)] = SlotHit(s, e, slot, text[s:e])
            chars.append(self.placeholder[slot])
            starts.append(s)
            ends.append(e)
            pos = e
        for i in range(pos, n):
            c = text[i]
            chars.append(" " if 0xE000 <= ord(c) <= 0xF8FF else c)
            starts.append(i)
            ends.append(i + 1)
        return Masked("".join(chars), tuple(starts), tuple(ends), slot_hits), sorted(todo)

    def matches(self, text: str):
        """Yield (frame, nstart, nend, slot_hits) for every frame match in normalised text."""
        if not text:
            return
        masked, todo = self.scan(text)
        mt = masked.text
        for idx in todo:
            f = self.frames[idx]
            for m in f.regex.finditer(mt):
                a, b = m.span()
                if b <= a:
                    continue
                if f.lang == "en" and ((a > 0 and _is_an(mt[a - 1]) and _is_an(mt[a]))
                                       or (b < len(mt) and _is_an(mt[b]) and _is_an(mt[b - 1]))):
                    continue
                if f.unless is not None:
                    c0 = max((mt.rfind(ch, 0, a) for ch in _CLAUSE), default=-1) + 1
                    if f.unless.search(mt[max(c0, a - 16):a]):
                        continue
                slots = [masked.hits[i] for i in range(a, b) if i in masked.hits]
                yield f, masked.starts[a], masked.ends[b - 1], slots


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(f)]


def load_frames(directory: str | None = None) -> FrameSet:
    # the directory (SCANNER_LEXICONS when not given) is the cache key: a changed setting loads anew
    return _load_frames(str(directory or lexicon_dir()))


@lru_cache(maxsize=4)
def _load_frames(directory: str) -> FrameSet:
    return FrameSet(Path(directory))
