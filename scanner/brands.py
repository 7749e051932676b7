"""The brand database: brand_db/brands*.csv loaded once into match indexes.

CSV columns (see brand_db/README): canonical,en,zh,nicknames,category,ambiguous,ambiguity_note,fuzzy,parent
(`parent` optional: the canonical of the owning brand, Frozen -> Disney)
- en / zh / nicknames: names separated by `|`;
- ambiguous: yes/no; ambiguity_note may end with `words: a|b`, the names of the brand that are
  ordinary words (苹果, 小米, Dove, Coach…) and only count with brand context, and may carry
  `shared alias: X` for an alias that knowingly points at two brands, and `generic for: a|b` for the
  goods an ordinary-word name is itself the common word for (席梦思 床垫, a spring mattress): those
  goods right after the name are no brand context;
- fuzzy: yes/no — whether misspelling / homophone detection applies to the brand.

Indexes built here (all over `normalize_key` forms, the same form the detectors see):
- `automaton`: Aho-Corasick over every alias -> the aliases it stands for (exact mentions);
- `latin_deletes`: SymSpell-style delete index of the English names of fuzzy brands, after
  folding look-alike letters (l/i/1, 0/o, rn/m, vv/w) — misspellings of whole tokens;
- `multiword`: English names of two or more words, indexed by each word — misspellings of one word;
- `syllable_automaton`: Aho-Corasick over the toneless-pinyin "syllable string" of each
  Chinese name of a fuzzy brand (every CJK character mapped to one private-use character per
  syllable, look-alike characters mapped to their original first) — homophones.
Directory: env `SCANNER_BRAND_DB`, else `<repo>/brand_db`.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path


from .errors import ScannerError
from .compiled import files_hash
from .matching import Automaton  # noqa: F401  (re-exported for the detector)
from .normalize import normalize_key
from .brand_keys import COMMON_WORDS, FUNCTION_WORDS, deletes, fold, is_english_word, name_keys
from .pinyin_tables import LOOKALIKE_CHARS, PUA, syllable_tables

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("canonical", "en", "zh", "nicknames", "category", "ambiguous", "ambiguity_note", "fuzzy", "parent")
# the brand tables are brands*.csv; the other CSV files of brand_db/ (celebrities, look-alike
# characters, cue wording…) are read by the detectors that use them, and all are hashed
BRAND_TABLES = "brands*.csv"
SCRIPT_NAMES = "script_names.csv"  # the brands' names in other scripts, added to their rows


class BrandDBError(ScannerError, ValueError):
    """A brand_db file is malformed (reported as a configuration error, exit 2)."""


def brand_db_dir() -> Path:
    return Path(os.environ.get("SCANNER_BRAND_DB") or ROOT / "brand_db")


def brand_db_hash(directory: str | Path | None = None) -> str:
    """Content hash of the brand data (recorded in report.json and audit history)."""
    return files_hash(Path(directory) if directory else brand_db_dir())


# ----------------------------------------------------------------------------- records

@dataclass(frozen=True)
class Brand:
    canonical: str
    en: tuple[str, ...]
    zh: tuple[str, ...]
    nicknames: tuple[str, ...]
    category: str
    ambiguous: bool
    ambiguity_note: str
    fuzzy: bool
    words: frozenset[str]  # normalised keys of names that are ordinary words
    shared: frozenset[str]  # normalised keys of aliases knowingly shared with another brand
    parent: str = ""  # canonical of the owning brand (Frozen -> Disney, Air Jordan -> Nike)
    # normalised product words the name is the common word for (席梦思 -> 床垫): no brand context
    generic_for: frozenset[str] = frozenset()
    # the name in other scripts (ナイキ, 나이키, Найк, ไนกี้: brand_db/script_names.csv)
    scripts: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return self.en + self.zh + self.nicknames + self.scripts


@dataclass(frozen=True)
class Alias:
    key: str  # normalised
    name: str  # as written in the data
    brand: Brand
    kind: str  # en | zh | nick | script
    word: bool  # an ordinary word: counts only with brand context
    latin: bool  # key starts/ends with an ASCII letter or digit (word boundaries apply)


@dataclass(frozen=True)
class OwnSet:
    """What a shop owns: brand canonicals (every alias of them) and literal names."""

    canonicals: frozenset[str]
    literal_keys: tuple[str, ...]
    automaton: object = field(default=None, compare=False, hash=False)  # over literal_keys
    # words of the shop's own names (tom ford -> ford) and its Chinese names: a mention that is
    # only a fragment of an own name (FORD on the next line, 鳄鱼 of 卡帝乐鳄鱼) is the shop's own
    latin_words: frozenset[str] = frozenset()
    cjk_names: tuple[str, ...] = ()

    def is_fragment(self, key: str) -> bool:
        if key in self.latin_words:
            return True
        return any(key in n for n in self.cjk_names if len(n) > len(key)) if is_cjk(key[0]) else False

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the shop's own names stand in a normalised text."""
        if self.automaton is None:
            return []
        out = []
        for s, e, k in self.automaton.iter(text):
            if _an(k[0]) and s > 0 and _an(text[s - 1]):
                continue
            if _an(k[-1]) and e < len(text) and _an(text[e]):
                continue
            out.append((s, e))
        return out


# ----------------------------------------------------------------------------- helpers

_WORDS_RE = re.compile(r"words?\s*[:：]\s*(.+?)\s*$", re.I | re.S)
_SHARED_RE = re.compile(r"shared alias(?:es)?\s*[:：]\s*([^;；.。(（\n]+)", re.I)
_GENERIC_FOR_RE = re.compile(r"generic for\s*[:：]\s*([^;；.。(（\n]+)", re.I)


def _split(v: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (v or "").split("|") if x.strip())


def _yes(v: str) -> bool:
    return (v or "").strip().lower() in ("yes", "y", "true", "1", "是")


def _an(c: str) -> bool:
    return c < "\x80" and c.isalnum()


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _plural_names(table: dict) -> None:
    """English copy names a brand's goods by its plural (Uggs, Birkenstocks, Louboutins): a
    one-word Latin name that is no ordinary word gets its -s form, unless that form is English
    itself (apples, doves, tides: the name is a word) or another name's key."""
    for k, als in list(table.items()):
        # a model name of two or three words (Stan Smiths, Air Jordans) takes the plural on its
        # last word; it is no ordinary phrase (alias.word), so its brand's other ambiguities do not matter
        multi = " " in k and k.count(" ") <= 2 and not k.split(" ")[-1].isdigit()
        if not (k.isascii() and k.replace(" ", "").isalpha() and len(k) >= 3) or k.endswith("s"):
            continue
        if " " in k and not multi:
            continue
        named = [a for a in als if not a.word and a.kind in ("en", "nick") and (multi or not a.brand.ambiguous)]
        plural = k + "s"
        if not named or plural in table or (not multi and is_english_word(plural)):
            continue
        table[plural] = [Alias(plural, a.name, a.brand, a.kind, False, True) for a in named]


def _pinyin_names(brands, table: dict) -> None:
    """A Chinese brand name of three to six characters written in toneless pinyin, run together
    (Sanzhisongshu for 三只松鼠, Zhoudafu for 周大福): sellers write it to dodge a name filter, and it
    names that brand as surely as the characters do. Added as a Latin name of its own (matched as
    a whole word, no misspelling index) when it has seven letters or more, is no English word and
    no other name's key; names that are ordinary words (alias.word) and ambiguous brands stay out."""
    from pypinyin import Style, lazy_pinyin

    for b in brands:
        if not b.fuzzy or b.ambiguous:
            continue
        for nm in b.zh:
            k = normalize_key(nm)
            if not (3 <= len(k) <= 6) or not all(is_cjk(c) for c in k):
                continue
            alias = next((a for a in table.get(k, ()) if a.brand is b), None)
            if alias is None or alias.word:
                continue
            py = lazy_pinyin(k, style=Style.NORMAL)
            key = "".join(py)
            if len(py) != len(k) or not key.isascii() or not key.isalpha() or len(key) < 7:
                continue
            if key in table or is_english_word(key):
                continue
            table[key] = [Alias(key, key.capitalize(), b, "en", False, True)]


# ----------------------------------------------------------------------------- the database

@dataclass
class BrandDB:
    directory: Path
    brands: list[Brand] = field(default_factory=list)
    aliases: dict[str, tuple[Alias, ...]] = field(default_factory=dict)
    by_canonical: dict[str, Brand] = field(default_factory=dict)
    automaton: object = None
    # delete -> index (or indexes) into latin_names, the (folded name, alias) pairs: one small int
    # per delete rather than a list of pairs keeps the disk cache quick to load
    latin_deletes: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    latin_names: list[tuple[str, Alias]] = field(default_factory=list)
    multiword: dict[tuple[int, int, str], list[tuple[tuple[str, ...], Alias]]] = field(default_factory=dict)
    multiword_words: set[str] = field(default_factory=set)  # folded words of multi-word names
    # the common or short words of multi-word names that `multiword` leaves out (King of King
    # Koil, Wu of Wu Yutai): a name found by one of them only with its other words one typo off
    multiword_anchor: dict[tuple[int, int, str], list[tuple[tuple[str, ...], Alias]]] = field(default_factory=dict)
    # Chinese names of 4+ characters with one character blanked out (雅诗兰? -> 雅诗兰黛): OCR of
    # product images misreads single characters (黛 -> 售); used on image text only
    wildcard: dict[str, list[Alias]] = field(default_factory=dict)
    wildcard_lengths: tuple[int, ...] = ()
    syllable_automaton: object = None
    syllable_keys: dict = field(default_factory=dict)  # syllable string -> ((name, alias), …)
    syllable_table: dict[int, str] = field(default_factory=dict)
    lookalike: object = None  # the look-alike name index, built with the database (one pickle)
    spelling: object = None  # the misspelling index (detectors/brand_spelling.py), likewise
    children: dict[str, tuple[str, ...]] = field(default_factory=dict)  # parent -> sub-brands
    hash: str = ""

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, directory: str | Path | None = None) -> "BrandDB":
        d = Path(directory) if directory else brand_db_dir()
        db = cls(d)
        db.hash = brand_db_hash(d)
        files = sorted(d.glob(BRAND_TABLES)) if d.is_dir() else []
        for p in files:
            db._read(p)
        if (d / SCRIPT_NAMES).is_file():
            db._read_scripts(d / SCRIPT_NAMES)
        db._build()
        return db

    def _read(self, path: Path) -> None:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            cols = [c.strip() for c in (reader.fieldnames or []) if c]
            missing = [c for c in ("canonical", "en", "zh") if c not in cols]
            if missing:
                raise BrandDBError(f"{path}: missing column(s) {', '.join(missing)}")
            for n, row in enumerate(reader, start=2):
                r = {k.strip(): (v or "").strip() for k, v in row.items() if k}
                canonical = r.get("canonical", "")
                if not canonical or canonical.startswith("#"):
                    continue
                if canonical in self.by_canonical:
                    raise BrandDBError(f"{path} line {n}: brand {canonical!r} listed twice")
                note = r.get("ambiguity_note", "")
                ambiguous = _yes(r.get("ambiguous", ""))
                words: set[str] = set()
                m = _WORDS_RE.search(note)
                if m:
                    for w in re.split(r"[|/、,，]", m.group(1)):
                        w = w.strip().strip("。.;；")
                        if w:
                            words |= name_keys(w)
                shared: set[str] = set()
                for m2 in _SHARED_RE.finditer(note):
                    for w in re.split(r"[|/、,，]", m2.group(1)):
                        if w.strip():
                            shared |= name_keys(w.strip().strip("。."))
                generic_for: set[str] = set()
                for m3 in _GENERIC_FOR_RE.finditer(note):
                    generic_for |= {normalize_key(w.strip()) for w in re.split(r"[|/、,，]", m3.group(1)) if w.strip()}
                en, zh, nick = _split(r.get("en", "")), _split(r.get("zh", "")), _split(r.get("nicknames", ""))
                if ambiguous and not words:
                    # ambiguous without saying which names: all of them need context
                    for nm in en + zh + nick:
                        words |= name_keys(nm)
                fz = r.get("fuzzy", "")
                b = Brand(canonical, en, zh, nick, r.get("category", ""), ambiguous, note,
                          _yes(fz) if fz else not ambiguous, frozenset(words), frozenset(shared),
                          r.get("parent", ""), frozenset(generic_for))
                self.by_canonical[canonical] = b
                self.brands.append(b)

    def _read_scripts(self, path: Path) -> None:
        """brand_db/script_names.csv: a brand's names in other scripts (brand,names,words,note), added
        to the brand row they name; `words` are those that need brand context, like a row's `words:`."""
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
        for n, r in enumerate(rows, start=2):
            canonical = (r.get("brand") or "").strip()
            b = self.by_canonical.get(canonical)
            if b is None:
                raise BrandDBError(f"{path}: row {n}: {canonical!r} is no brand of the brand tables")
            names = tuple(x for x in _split(r.get("names", "")) if x not in b.scripts)
            words = set(b.words)
            for w in _split(r.get("words", "")):
                words |= name_keys(w)
            nb = replace(b, scripts=b.scripts + names, words=frozenset(words))
            self.by_canonical[canonical] = nb
            self.brands[self.brands.index(b)] = nb

    def _build(self) -> None:
        children: dict[str, list[str]] = {}
        for b in self.brands:
            if b.parent and b.parent != b.canonical:
                children.setdefault(b.parent, []).append(b.canonical)
        self.children = {k: tuple(v) for k, v in children.items()}
        table: dict[str, list[Alias]] = {}
        for b in self.brands:
            for kind, names in (("en", b.en), ("zh", b.zh), ("nick", b.nicknames), ("script", b.scripts),
                                ("en", (b.canonical,))):
                for nm in names:
                    for k in name_keys(nm):
                        if len(k) < 2 and not is_cjk(k[0]):
                            continue  # a single letter is never a brand mention
                        lst = table.setdefault(k, [])
                        if any(a.brand is b for a in lst):
                            continue
                        # ordinary words: listed as such, a single character, or a bare number (361)
                        word = k in b.words or len(k) == 1 or normalize_key(nm) in b.words or k.isdigit()
                        lst.append(Alias(k, nm, b, kind, word, _an(k[0]) or _an(k[-1])))
        _plural_names(table)
        _pinyin_names(self.brands, table)
        self.aliases = {k: tuple(v) for k, v in table.items()}
        self.automaton = Automaton((k, (k, v)) for k, v in self.aliases.items()) if self.aliases else None
        self._build_latin()
        self._build_syllables()
        self._build_wildcard()

    def _build_wildcard(self) -> None:
        lengths = set()
        for k, als in self.aliases.items():
            if len(k) < 4 or not all(is_cjk(c) for c in k):
                continue
            for a in als:
                if a.word:
                    continue
                for i in range(len(k)):
                    self.wildcard.setdefault(k[:i] + "?" + k[i + 1:], []).append(a)
                lengths.add(len(k))
        self.wildcard_lengths = tuple(sorted(lengths))

    def latin_candidates(self, delete: str) -> list[tuple[str, Alias]]:
        """The (folded name, alias) pairs of fuzzy Latin names with this delete."""
        got = self.latin_deletes.get(delete)
        if got is None:
            return []
        names = self.latin_names
        return [names[got]] if type(got) is int else [names[i] for i in got]

    def _build_latin(self) -> None:
        deletes_of: dict[str, list[int]] = {}
        pair_index: dict[tuple[str, int], int] = {}
        for b in self.brands:
            if not b.fuzzy:
                continue
            for nm in set(b.en) | {b.canonical}:
                for k in name_keys(nm):
                    if not k.isascii() or k in b.words:
                        continue
                    if not re.fullmatch(r"[a-z0-9' &]+", k):
                        continue
                    alias = next((a for a in self.aliases.get(k, ()) if a.brand is b), None)
                    if alias is None or alias.word:
                        continue
                    words = tuple(w for w in k.replace("'", "").split(" ") if w)
                    if len(words) >= 2:
                        fw = tuple(fold(w) for w in words)
                        # a common word (new, the) may index the name too when the name's other
                        # words are long enough that one typo cannot turn ordinary English into it
                        # (New Balence -> New Balance; not new book -> New Look)
                        rare = [w for w in fw if w not in COMMON_WORDS]
                        distinct = bool(rare) and all(len(w) >= 5 for w in rare)
                        indexed = {i for i, w in enumerate(fw) if len(w) >= 3 and (w not in COMMON_WORDS or distinct)}
                        # the other words may index it too when every indexing word has 4+ letters
                        anchors = bool(indexed) and all(len(fw[i]) >= 4 for i in indexed)
                        for i, w in enumerate(fw):
                            if i in indexed:
                                self.multiword.setdefault((len(fw), i, w), []).append((fw, alias))
                                self.multiword_words.add(w)
                            elif anchors and len(w) >= 2 and w.isalpha() and w not in FUNCTION_WORDS:
                                self.multiword_anchor.setdefault((len(fw), i, w), []).append((fw, alias))
                                self.multiword_words.add(w)
                        continue
                    f = fold(words[0])
                    if len(f) < 4:
                        continue
                    n = 2 if len(f) >= 10 else 1 if len(f) >= 4 else 0
                    j = pair_index.get((f, id(alias)))
                    if j is None:
                        j = pair_index[(f, id(alias))] = len(self.latin_names)
                        self.latin_names.append((f, alias))
                    for dl in deletes(f, n):
                        deletes_of.setdefault(dl, []).append(j)
        self.latin_deletes = {dl: js[0] if len(js) == 1 else tuple(js) for dl, js in deletes_of.items()}

    def _build_syllables(self) -> None:
        names: dict[str, list[Alias]] = {}
        for b in self.brands:
            if not b.fuzzy:
                continue
            for nm in b.zh:
                k = normalize_key(nm)
                if not (2 <= len(k) <= 6) or not all(is_cjk(c) for c in k):
                    continue
                alias = next((a for a in self.aliases.get(k, ()) if a.brand is b), None)
                if alias is None or alias.word:
                    continue
                names.setdefault(k, []).append(alias)
        if not names:
            return
        syl_ids, table = syllable_tables()
        table = dict(table)
        for v, orig in LOOKALIKE_CHARS.items():
            if v != orig and ord(orig) in table:
                table[ord(v)] = table[ord(orig)]
        self.syllable_table = table
        from pypinyin import Style, lazy_pinyin

        keyed: dict[str, list[tuple[str, Alias]]] = {}
        for k, als in names.items():
            keys = {k.translate(table)}
            # the name's own reading when a character has several (长城: chang, not zhang)
            py = lazy_pinyin(k, style=Style.NORMAL)
            if len(py) == len(k) and all(s in syl_ids for s in py):
                keys.add("".join(chr(PUA + syl_ids[s]) for s in py))
            for sk in keys:
                for al in als:
                    keyed.setdefault(sk, []).append((k, al))
        self.syllable_keys = {sk: tuple(v) for sk, v in keyed.items()}
        self.syllable_automaton = Automaton((sk, (sk, v)) for sk, v in self.syllable_keys.items())

    # ------------------------------------------------------------------ queries
    def lookup(self, name: str) -> tuple[Alias, ...]:
        out: list[Alias] = []
        for k in name_keys(name):
            out.extend(self.aliases.get(k, ()))
        return tuple(out)

    def subtree(self, canonicals) -> set[str]:
        """The brands and, via `parent`, every sub-brand and character below them."""
        out: set[str] = set()
        todo = list(canonicals)
        while todo:
            c = todo.pop()
            if c in out:
                continue
            out.add(c)
            todo.extend(self.children.get(c, ()))
        return out

    def ancestors(self, canonicals) -> set[str]:
        """The brands above the given ones via `parent` (Lipton -> Unilever), not their other brands."""
        out: set[str] = set()
        for c in canonicals:
            b = self.by_canonical.get(c)
            for _ in range(8):  # parent chains are short; bounded against a cycle in the data
                if b is None or not b.parent or b.parent == b.canonical:
                    break
                out.add(b.parent)
                b = self.by_canonical.get(b.parent)
        return out

    def own_set(self, own_brands: tuple[str, ...]) -> OwnSet:
        return _own_set(self, tuple(own_brands))

    def __hash__(self) -> int:  # for lru_cache keys
        return id(self)


@lru_cache(maxsize=64)
def _own_set(db: BrandDB, own: tuple[str, ...]) -> OwnSet:
    canon: set[str] = set()
    literal: set[str] = set()
    for nm in own:
        if not nm or not nm.strip():
            continue
        for k in name_keys(nm):
            literal.add(k)
            for a in db.aliases.get(k, ()):
                canon.add(a.brand.canonical)
                # an alias shared by several brands: the shop owns each of them
        if nm in db.by_canonical:
            canon.add(nm)
    # owning a brand owns its sub-brands and characters (Disney -> 冰雪奇缘, 米奇…), and the names of the
    # companies above it (Lipton -> Unilever: "a product of Unilever" on a Lipton shop's tea), not their other brands
    canon = db.subtree(canon) | db.ancestors(canon)
    names = set(literal)
    if canon:
        for k, als in db.aliases.items():
            if any(a.brand.canonical in canon for a in als):
                names.add(k)
    latin_words = frozenset(w for n in names for w in re.split(r"[^a-z0-9]+", n) if len(w) >= 3)
    cjk_names = tuple(n for n in names if n and all(is_cjk(c) for c in n))
    auto = Automaton((k, k) for k in literal) if literal else None
    return OwnSet(frozenset(canon), tuple(sorted(literal, key=len, reverse=True)), auto,
                  latin_words, cjk_names)
