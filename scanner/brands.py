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
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from .errors import ScannerError
from .compiled import files_hash
from .matching import Automaton  # noqa: F401  (re-exported for the detector)
from .normalize import normalize_key

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("canonical", "en", "zh", "nicknames", "category", "ambiguous", "ambiguity_note", "fuzzy", "parent")
# the brand tables are brands*.csv; the other CSV files of brand_db/ (celebrities, look-alike
# characters, cue wording…) are read by the detectors that use them, and all are hashed
BRAND_TABLES = "brands*.csv"


class BrandDBError(ScannerError, ValueError):
    """A brand_db file is malformed (reported as a configuration error, exit 2)."""


def brand_db_dir() -> Path:
    return Path(os.environ.get("SCANNER_BRAND_DB") or ROOT / "brand_db")


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """The GCIDE word list of english-words, from the compiled cache (keyed by the installed
    release, see compiled.code_stamp; its own loader reads and filters a file: three times slower)."""
    from .compiled import cached

    def build() -> frozenset[str]:
        from english_words import get_english_words_set

        return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))

    return cached("english-words", "1", build)


def is_english_word(token: str) -> bool:
    """A dictionary word (GCIDE) or a plain inflection of one (cures, watches, dried, hiking)."""
    w = token.lower()
    words = _english()
    if w in words:
        return True
    for suffix, back in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ies", "y")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + back in words:
            return True
    return False


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

    @property
    def names(self) -> tuple[str, ...]:
        return self.en + self.zh + self.nicknames


@dataclass(frozen=True)
class Alias:
    key: str  # normalised
    name: str  # as written in the data
    brand: Brand
    kind: str  # en | zh | nick
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


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def name_keys(name: str) -> set[str]:
    """Normalised keys a name is matched by: itself, without accents (Estée -> estee), without
    apostrophes (Levi's -> levis), and for several words also run together (canadagoose)."""
    keys = set()
    base = normalize_key(name)
    if not base:
        return keys
    for k in {base, normalize_key(strip_accents(name))}:
        keys.add(k)
        if "'" in k:
            keys.add(k.replace("'", ""))
            keys.add(k.replace("'", " "))
    for k in list(keys):
        if " " in k and len(k.replace(" ", "")) >= 6:
            keys.add(k.replace(" ", ""))
    return {k for k in keys if k.strip()}


_FOLD_1 = str.maketrans({"l": "i", "1": "i", "|": "i", "!": "i", "0": "o"})
# more digits for letters, inside words only (Adid4s, 5prite, 9lico, 8urberry); a number or a size (74g) stays one
_FOLD_LEET = str.maketrans({"4": "a", "3": "e", "5": "s", "7": "t", "9": "g", "8": "b", "$": "s", "@": "a"})
_HAS_LETTER = re.compile(r"[a-z].*[a-z]", re.S)


def fold(s: str) -> str:
    """Look-alike letters folded together (l/i/1, 0/o, 4/a, 3/e, 5/s, 7/t, rn/m, vv/w)."""
    if _HAS_LETTER.search(s):
        s = s.translate(_FOLD_LEET)
    return s.translate(_FOLD_1).replace("rn", "m").replace("vv", "w")


# everyday English words inside multi-word brand names (The North Face, Air Jordan, Free People):
# a multi-word name is looked up by its other words, so product prose does not trigger it
_COMMON_WORDS = frozenset(fold(w) for w in """the and for with from new old big little small home house air free made
make baby body care face hot ice man men woman women king magic case brand choice active great five down water
one two three four blue red black white green gold golden pink brown grey gray super best good fresh pure
natural city world life love star sun moon sky sea ocean fire iron stone rock wood tree flower garden land
island mountain forest river lake street road park club company group studio studios shop store market house
daily every all you your our my his her its this that sport sports beauty cosmetics paris london york
china japan american british french italian swiss original classic premium pro plus max mini lab labs
time day night kids kid girl boy friends family people""".split())


def deletes(s: str, n: int) -> set[str]:
    out = {s}
    frontier = {s}
    for _ in range(n):
        nxt = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1:])
        out |= nxt
        frontier = nxt
    return out


def max_edits(a: int, b: int) -> int:
    """Edits allowed between a token of length a and a brand name of length b."""
    lo, hi = min(a, b), max(a, b)
    if lo < 4 or hi < 5:
        return 0
    if lo >= 10:
        return 2
    return 1


# pinyin: every CJK character -> one character per toneless syllable, taken from U+0400…U+07FF
# (two bytes in UTF-8, so the byte automaton over syllables takes two steps per character, not
# three); characters of that range in the text itself become spaces and never pose as syllables
_PUA = 0x0400


_TONES = str.maketrans({c: b for b, cs in (("a", "āáǎà"), ("e", "ēéěèế"), ("i", "īíǐì"), ("o", "ōóǒò"),
                                               ("u", "ūúǔùǖǘǚǜü"), ("n", "ńňǹ"), ("m", "ḿ"))
                        for c in cs})


@lru_cache(maxsize=1)
def _pinyin_readings() -> dict[int, str]:
    """pypinyin's readings of each character (code point -> "nài,néng"), from the compiled cache:
    importing pypinyin runs its package, which loads a phrase list of ~0.2 s this does not need."""
    from .compiled import cached

    def build() -> dict[int, str]:
        from pypinyin.pinyin_dict import pinyin_dict

        return dict(pinyin_dict)

    return cached("pinyin-readings", "1", build)


@lru_cache(maxsize=1)
def pinyin_phrases() -> frozenset:
    """pypinyin's phrase list (~47k words): the ordinary words of the brand rules (never a
    look-alike name) and of the fixed text (a removal does not cut one in half). From the compiled
    cache, keyed by the installed release (importing pypinyin's module costs a third of a second)."""
    from .compiled import cached

    def build() -> frozenset:
        from pypinyin.phrases_dict import phrases_dict
        return frozenset(phrases_dict)

    return cached("pinyin-phrases", "1", build)


@lru_cache(maxsize=1)
def phrase_char_counts() -> dict[str, int]:
    """How many of pypinyin's phrases each character appears in: a character in very few (夭, 怏)
    is no everyday word-part, so a name with it swapped in is made up, not ordinary words."""
    counts: dict[str, int] = {}
    for w in pinyin_phrases():
        for c in set(w):
            counts[c] = counts.get(c, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _syllable_tables() -> tuple[dict[str, int], dict[int, str]]:
    pinyin_dict = _pinyin_readings()
    syl_ids: dict[str, int] = {}
    table: dict[int, str] = {}
    for cp, readings in pinyin_dict.items():
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
            syl = readings.split(",", 1)[0].translate(_TONES)
            sid = syl_ids.get(syl)
            if sid is None:
                sid = syl_ids[syl] = len(syl_ids)
            table[cp] = chr(_PUA + sid)
    # characters of the code range in the text never pose as syllables
    assert len(syl_ids) <= 0x400, "syllable codes must stay below U+0800"
    for cp in range(_PUA, _PUA + 0x400):
        table.setdefault(cp, " ")
    return syl_ids, table


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


# Shape look-alikes sellers swap into brand names (variant -> original). Homophones need no
# entry: the pinyin index finds them.
LOOKALIKE_CHARS = {
    "斬": "斯", "丝": "斯", "载": "戴", "咸": "威", "室": "宝", "吉": "古", "杳": "香", "办": "为",
    "旋": "施", "晋": "普", "込": "达", "尓": "尔", "廸": "迪", "弛": "驰", "柰": "奈", "徳": "德",
}


@lru_cache(maxsize=8192)
def toned_readings(ch: str) -> frozenset[str]:
    """Every reading of a character, with its tone (耐 -> {nài, néng})."""
    r = _pinyin_readings().get(ord(ch))
    return frozenset(r.split(",")) if r else frozenset()


def same_sound_with_tone(a: str, b: str) -> bool:
    """a stands for b: a look-alike of it, or a reading shared with its tone (奈 for 耐: nài)."""
    return a == b or LOOKALIKE_CHARS.get(a) == b or bool(toned_readings(a) & toned_readings(b))


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

    def _build(self) -> None:
        children: dict[str, list[str]] = {}
        for b in self.brands:
            if b.parent and b.parent != b.canonical:
                children.setdefault(b.parent, []).append(b.canonical)
        self.children = {k: tuple(v) for k, v in children.items()}
        table: dict[str, list[Alias]] = {}
        for b in self.brands:
            for kind, names in (("en", b.en), ("zh", b.zh), ("nick", b.nicknames), ("en", (b.canonical,))):
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
                        rare = [w for w in fw if w not in _COMMON_WORDS]
                        distinct = bool(rare) and all(len(w) >= 5 for w in rare)
                        for i, w in enumerate(fw):
                            if len(w) >= 3 and (w not in _COMMON_WORDS or distinct):
                                self.multiword.setdefault((len(fw), i, w), []).append((fw, alias))
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
        syl_ids, table = _syllable_tables()
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
                keys.add("".join(chr(_PUA + syl_ids[s]) for s in py))
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
