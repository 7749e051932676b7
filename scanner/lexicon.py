"""Advertising-law lexicons: loaded from the CSV data under `lexicons/`, compiled once into
Aho-Corasick automatons over normalised keys.

Files (see lexicons/README.md):
- ad_terms.csv  term,category,severity,law,suggestion,exceptions,lang,note
- context.csv   phrase,effect,reason     (effect: ignore | low)
- variants.csv  char,variants,reason     (homophone / look-alike characters)
"""
from __future__ import annotations

import csv
import itertools
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .compiled import files_hash  # noqa: F401  (re-exported: the lexicon hash of a run)
from .errors import ScannerError
from .matching import Automaton
from .models import AD_CATEGORIES, SEVERITIES
from .normalize import normalize_key

ROOT = Path(__file__).resolve().parent.parent
CAT_CODE = {"absolute_term": "ABS", "authority_claim": "AUTH", "medical_claim": "MED",
            "superstition": "SUP", "inducement": "IND", "guarantee_claim": "GUAR",
            "public_order": "PUB", "false_claim": "FALSE"}


class LexiconError(ScannerError, ValueError):
    """A lexicon file is malformed (reported as a configuration error, exit 2)."""


def lexicon_dir() -> Path:
    return _lexicon_dir(os.environ.get("SCANNER_LEXICONS") or "")


@lru_cache(maxsize=8)
def _lexicon_dir(env: str) -> Path:
    return Path(env) if env else ROOT / "lexicons"


def data_file(name: str, folder: str | Path | None = None) -> Path:
    """File `name` of the lexicon folder in use; the shipped one when that folder has none (a
    custom SCANNER_LEXICONS folder need not copy every data file)."""
    return _data_file(name, str(folder or lexicon_dir()))


@lru_cache(maxsize=64)
def _data_file(name: str, folder: str) -> Path:
    path = Path(folder) / name
    return path if path.is_file() else ROOT / "lexicons" / name


@dataclass(frozen=True)
class Term:
    term: str
    key: str
    category: str
    severity: str
    law: str
    suggestion: str
    exceptions: tuple[str, ...]  # normalised keys of phrases containing the term
    lang: str
    rule_id: str


@dataclass(frozen=True)
class Pattern:
    """One key in the automaton: a term itself or an evasion variant of it."""

    term: Term
    key: str
    variant: str  # "" for the term itself, else how it was derived (homophone 醉→最, pinyin…)
    joins: tuple[int, ...] = ()  # key offsets where the text must have had a hyphen (world-leading)


@dataclass(frozen=True)
class ContextRule:
    key: str
    effect: str  # ignore | low
    reason: str
    phrase: str


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one lexicon CSV file (keys and values stripped; a missing file has none)."""
    if not path.exists():
        return []
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        for row in reader:
            extra = row.get(None)
            if extra and any((v or "").strip() for v in extra):
                # a comma in an unquoted field shifts the rest into columns it does not belong to
                raise LexiconError(f"{path} line {reader.line_num}: more fields than the header has "
                                   f"(a comma in a field that is not in double quotes?)")
            rows.append({k.strip(): (v or "").strip() for k, v in row.items() if k})
    return rows


def _digit_variants(key: str) -> set[str]:
    """第一 -> 第1; NO.1 family is already digit based."""
    out = set()
    if "一" in key:
        out.add(key.replace("一", "1"))
    return out


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class Lexicon:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory or lexicon_dir())
        self.terms: list[Term] = []
        self.patterns: list[Pattern] = []
        self.context: list[ContextRule] = []
        self._load()
        self.automaton = self._build_terms()
        self.context_automaton = self._build_context()

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        d = self.directory
        rows = read_rows(d / "ad_terms.csv")
        if not rows:
            raise LexiconError(f"no advertising-law terms found in {d / 'ad_terms.csv'}")
        seen: dict[str, Term] = {}
        for n, r in enumerate(rows, start=2):
            term = r.get("term", "")
            cat = r.get("category", "")
            sev = r.get("severity", "") or "high"
            if not term:
                continue
            if cat not in AD_CATEGORIES:
                raise LexiconError(f"{d / 'ad_terms.csv'} line {n}: unknown category {cat!r} for {term!r}")
            if sev not in SEVERITIES:
                raise LexiconError(f"{d / 'ad_terms.csv'} line {n}: unknown severity {sev!r} for {term!r}")
            key = normalize_key(term)
            if not key or key in seen:
                continue
            lang = r.get("lang") or ("en" if term.isascii() else "zh")
            # an exception may contain the term or one of its evasion variants (顶极 in 吊顶极简)
            exc = tuple(k for k in (normalize_key(x) for x in r.get("exceptions", "").split("|") if x.strip()) if k)
            t = Term(term, key, cat, sev, r.get("law", ""), r.get("suggestion", ""), exc, lang,
                     f"AD-{CAT_CODE[cat]}-{'EN-' if lang == 'en' else ''}{term}")
            seen[key] = t
            self.terms.append(t)
        for r in read_rows(d / "context.csv"):
            phrase = r.get("phrase", "")
            effect = r.get("effect", "ignore") or "ignore"
            if not phrase:
                continue
            if effect not in ("ignore", "low"):
                raise LexiconError(f"{d / 'context.csv'}: effect must be ignore or low, got {effect!r}")
            for k in {normalize_key(phrase)} | _digit_variants(normalize_key(phrase)):
                if k:
                    self.context.append(ContextRule(k, effect, r.get("reason", ""), phrase))
        self.variants: dict[str, list[str]] = {}
        for r in read_rows(d / "variants.csv"):
            ch = normalize_key(r.get("char", ""))
            if len(ch) != 1:
                continue
            vs = [normalize_key(v) for v in r.get("variants", "").split("|")]
            self.variants.setdefault(ch, []).extend(v for v in vs if len(v) == 1 and v != ch)

    def _variant_keys(self, t: Term) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        key = t.key
        if t.lang == "en":
            # "no1" is also written "no 1", "top 1"
            spaced = "".join(c + " " if c.isalpha() and i + 1 < len(key) and key[i + 1].isdigit() else c
                             for i, c in enumerate(key))
            if spaced != key:
                out.append((spaced, "spacing"))
            return out
        for v in _digit_variants(key):
            out.append((v, "数字写法 一→1"))
        if len(key) >= 2:
            for i, c in enumerate(key):
                for alt in self.variants.get(c, ()):
                    out.append((key[:i] + alt + key[i + 1:], f"谐音/形近字 {alt}→{c}"))
            # pinyin spelled first character: zui佳, ding级
            if _is_cjk(key[0]) and all(_is_cjk(c) for c in key[:2]):
                from pypinyin import Style, lazy_pinyin

                py = lazy_pinyin(key[0], style=Style.NORMAL)[0]
                if py.isascii() and py.isalpha():
                    out.append((py + key[1:], f"拼音 {py}→{key[0]}"))
            out.extend(self._pinyin_keys(t))
        return out

    @staticmethod
    def _hyphen_keys(t: Term) -> list[tuple[str, tuple[int, ...]]]:
        """An English phrase of two to four words written with hyphens between some of them
        (world-leading, Best-in class, doctor-recommended), or a hyphenated term written with
        spaces: the normal form drops a hyphen between letters, so each such spelling is its own
        key, kept only where the text had a hyphen at every join (not "worldleading" solid)."""
        if t.lang != "en":
            return []
        words = [normalize_key(w) for w in re.split(r"[\s\-]+", t.term) if w]
        if not 2 <= len(words) <= 4 or not all(words):
            return []
        out = []
        for gaps in itertools.product(("", " "), repeat=len(words) - 1):
            key, joins = words[0], []
            for gap, w in zip(gaps, words[1:]):
                if not gap:
                    joins.append(len(key))
                key += gap + w
            if key != t.key:  # (joins empty: a hyphenated term written with spaces, anti aging drink)
                out.append((key, tuple(joins)))
        return out

    @staticmethod
    def _pinyin_keys(t: Term) -> list[tuple[str, str]]:
        """Pinyin spellings of short high-severity terms: 最jia, zuijia, zui jia (one syllable or
        the whole term; the first syllable alone is handled above)."""
        key = t.key
        if t.severity != "high" or not 2 <= len(key) <= 4 or not all(_is_cjk(c) for c in key):
            return []
        from pypinyin import Style, lazy_pinyin

        py = lazy_pinyin(key, style=Style.NORMAL)
        if len(py) != len(key) or not all(p.isascii() and p.isalpha() for p in py):
            return []
        out = [(key[:i] + py[i] + key[i + 1:], f"拼音 {py[i]}→{key[i]}") for i in range(1, len(key))]
        out.append(("".join(py), f"拼音 {''.join(py)}"))
        out.append((" ".join(py), f"拼音 {' '.join(py)}"))
        return out

    def _build_terms(self) -> Automaton:
        table: dict[str, list[Pattern]] = {}
        for t in self.terms:
            table.setdefault(t.key, []).insert(0, Pattern(t, t.key, ""))
        exact = set(table)
        context_keys = {c.key for c in self.context if c.effect == "ignore"}
        for t in self.terms:
            for k, why in self._variant_keys(t):
                # a variant that is itself a term, or an ordinary word, is not an evasion
                if k in exact or k in context_keys:
                    continue
                table.setdefault(k, []).append(Pattern(t, k, why))
        for t in self.terms:
            for k, joins in self._hyphen_keys(t):
                if k not in exact and k not in context_keys:
                    table.setdefault(k, []).insert(0, Pattern(t, k, "", joins))
        for pats in table.values():
            self.patterns.extend(pats)
        return Automaton((k, (k, tuple(pats))) for k, pats in table.items())

    def _build_context(self) -> Automaton | None:
        if not self.context:
            return None
        grouped: dict[str, list[ContextRule]] = {}
        for c in self.context:
            grouped.setdefault(c.key, []).append(c)
        for rules in grouped.values():
            rules.sort(key=lambda c: c.effect != "ignore")  # ignore wins over low for one phrase
        return Automaton((k, (k, rules[0])) for k, rules in grouped.items())


def load_lexicon(directory: str | None = None) -> Lexicon:
    """The lexicon of `directory` (default: $SCANNER_LEXICONS or <repo>/lexicons), built once per
    folder and content version (and cached on disk, see scanner/compiled.py)."""
    from .compiled import load_folder

    return load_folder("lexicon", Path(directory) if directory else lexicon_dir(), Lexicon)
