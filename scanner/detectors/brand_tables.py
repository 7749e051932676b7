"""The brand detectors' side tables: CSV files of brand_db/ other than the brand tables
(brands*.csv). Each is read once per content version of the folder (the folder's hash covers
every CSV, so a changed table is recorded in report.json like a changed brand).

- compat_words.csv      word,kind,categories — accessory / spec / platform words (brand_compat)
- category_products.csv category,products — product words of a brand category (小米 充电宝)
- brand_products.csv    brand,products — a brand's own goods its category does not name (85C 面包)
- celebrities.csv       name,aliases,zh,kind,ambiguous,note — people whose names sell (BRAND-CELEB)
- generic_words.csv     word,kind — ordinary words before 同款/风/平替 (韩版同款, 学生同款); kind
                        opens_word: 风/家 opening a word after a name (风筒, 家纺), read by Tables.opens_word;
                        the shipped one when a brand folder of the user's own has none
- counterfeit.csv       phrase,strength,ordinary — counterfeit markers with no brand (原单, 高仿)
- counterfeit_context.csv phrase,role,not_before — brand wording that turns a weak marker into a
                        claim (1:1 大牌) and denials before a marker (拒绝高仿); the shipped one when
                        a brand folder of the user's own has none
- lookalike_chars.csv   variant,original,score — characters that look alike (帅/师, 怏/快), drawn
                        from a font; lookalike_chars_curated.csv adds pairs seen in cases (大/六)
- lookalike_names.csv   name — two-character brand names distinctive enough for look-alikes (雪碧)
- shop_words.csv        word — shop copy glued before a product name (包邮雷碧汽水): a look-alike of a
                        two-character name after one stands apart on that side
- lookalike_suffixes.csv suffix — company/series words after a look-alike brand prefix (特伦牧业)
- lookalike_words.csv   word — ordinary words that sound like a short brand name (完美 for 丸美): never its look-alike
                         (nor, for Latin words, its misspelling: VESA is no Vespa — brands.py)
- slug_words.csv        word,kind — shop, goods and model words glued around a brand name in a domain,
                        store name or hashtag (shopnikefactoryoutlet, cheapuggsonline, #chanelbag)
- lookalike_stems.csv   stem,brand,own,products — a famous product name's stem that imitation names end with
                        (WhitePods, Elite Pods for AirPods), counted only next to the kind of goods
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from ..brands import ROOT, Automaton, _an, brand_db_dir, brand_db_hash
from ..pinyin_tables import pinyin_phrases
from ..normalize import normalize_key


def read_rows(directory: Path, name: str) -> list[dict[str, str]]:
    """Rows of brand_db/NAME (empty when the file is absent); `#` lines are comments."""
    p = Path(directory) / name
    if not p.is_file():
        return []
    with open(p, encoding="utf-8-sig", newline="") as f:
        lines = [ln for ln in f if not ln.lstrip().startswith("#")]
    return [{(k or "").strip(): (v or "").strip() for k, v in r.items() if k}
            for r in csv.DictReader(lines)]


def split(v: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in (v or "").split("|") if x.strip())


def yes(v: str) -> bool:
    return (v or "").strip().lower() in ("yes", "y", "true", "1", "是")


def tables(directory: str | Path | None = None) -> "Tables":
    d = Path(directory) if directory else brand_db_dir()
    return _tables(str(d), brand_db_hash(d))


class Tables:
    def __init__(self, d: Path):
        self.directory = d
        # compat: normalised word -> (kind, categories)
        self.compat: dict[str, tuple[str, frozenset[str]]] = {}
        for r in read_rows(d, "compat_words.csv"):
            w = normalize_key(r.get("word", ""))
            if w:
                self.compat[w] = (r.get("kind", ""), frozenset(split(r.get("categories", ""))))
        self.products: dict[str, frozenset[str]] = {}
        sound: set[str] = set()
        for r in read_rows(d, "category_products.csv"):
            cat = r.get("category", "")
            if cat:
                # a category listed again adds to its products (rows appended by later rounds)
                self.products[cat] = self.products.get(cat, frozenset()) | frozenset(
                    normalize_key(p) for p in split(r.get("products", "")))
                if yes(r.get("sound_alikes", "")):
                    sound.add(cat)
        # categories whose brands are imitated by near-sound names (胖都来, 旺子牛奶): brand_variants.py
        self.sound_categories = frozenset(sound)
        # a brand's own goods its category does not name (85C 面包, a supermarket's own beer)
        self.brand_products: dict[str, frozenset[str]] = {}
        for r in read_rows(d, "brand_products.csv"):
            if r.get("brand"):
                self.brand_products[r["brand"]] = self.brand_products.get(r["brand"], frozenset()) | frozenset(
                    normalize_key(p) for p in split(r.get("products", "")))
        self.celebrities = read_rows(d, "celebrities.csv")
        self.generic: dict[str, str] = {}
        # (a brand folder of the user's own with no word tables: the shipped ordinary words)
        for r in read_rows(d, "generic_words.csv") or read_rows(ROOT / "brand_db", "generic_words.csv"):
            w = normalize_key(r.get("word", ""))
            if w:
                self.generic[w] = r.get("kind", "")
        self.counterfeit = read_rows(d, "counterfeit.csv")
        self.counterfeit_context = read_rows(d, "counterfeit_context.csv") or \
            read_rows(ROOT / "brand_db", "counterfeit_context.csv")
        self.lookalike_pairs: list[tuple[str, str, float]] = []
        for name in ("lookalike_chars.csv", "lookalike_chars_curated.csv"):
            p = Path(d) / name
            if not p.is_file():
                continue
            # variant,original,score — one character each, no quoting: read plainly (28k rows)
            with open(p, encoding="utf-8-sig") as f:
                next(f, None)
                for line in f:
                    parts = line.rstrip("\r\n").split(",")
                    if len(parts) < 2 or line.startswith("#"):
                        continue
                    a, b = parts[0].strip(), parts[1].strip()
                    if len(a) == 1 and len(b) == 1 and a != b:
                        try:
                            s = float(parts[2]) if len(parts) > 2 and parts[2].strip() else 1.0
                        except ValueError:
                            s = 1.0
                        self.lookalike_pairs.append((a, b, s))
        # one Aho-Corasick pass per field serves every brand side rule: each detector adds its
        # words under its own kind, and reads back only the hits of its kind
        self._words: dict[str, list[tuple[str, object]]] = {}
        self._kinds: set[str] = set()
        self._auto = None
        self.suffixes = tuple(normalize_key(r.get("suffix", "")) for r in read_rows(d, "lookalike_suffixes.csv")
                              if r.get("suffix"))
        self.distinctive = frozenset(normalize_key(r.get("name", ""))
                                     for r in read_rows(d, "lookalike_names.csv") if r.get("name"))
        # words a shop's domain, store name or hashtag glues around a brand name (shopnikefactoryoutlet,
        # #chanelbag): slug_words.csv and the single Latin goods words of category_products.csv
        slug = {normalize_key(r.get("word", "")) for r in read_rows(d, "slug_words.csv") if r.get("word")}
        for ps in self.products.values():
            slug |= {p for p in ps if p.isascii() and p.isalpha()}
        self.slug_words = frozenset(w for w in slug if w.isascii() and w.isalnum())
        self.shop_words = tuple(sorted({normalize_key(r.get("word", ""))
                                        for r in read_rows(d, "shop_words.csv") if r.get("word")} - {""}))
        # ordinary words that sound like a short brand name (完美 for 丸美): never its look-alike
        self.ordinary = frozenset(normalize_key(r.get("word", ""))
                                  for r in read_rows(d, "lookalike_words.csv") if r.get("word"))
        # stems of famous product names that imitation names end with (WhitePods for AirPods):
        # (stem, brand canonical, own names, product words), all normalised
        self.stems: tuple[tuple[str, str, frozenset, tuple], ...] = tuple(
            (normalize_key(r["stem"]), r.get("brand", ""),
             frozenset(normalize_key(x) for x in split(r.get("own", ""))),
             tuple(normalize_key(x) for x in split(r.get("products", ""))))
            for r in read_rows(d, "lookalike_stems.csv") if r.get("stem") and r.get("brand"))

    def opens_word(self, word: str) -> bool:
        """Do 风/家 open an ordinary word in `word` (its two characters: 风筒, 风冷, 家纺, 家用) rather
        than mean "in the style of" / "maker" after a name? generic_words.csv `opens_word` rows and
        pypinyin's phrases; 风格, 风范, 风尚, 风采, 风情 are the style itself."""
        if len(word) != 2 or word in _STYLE_WORDS:
            return False
        return self.generic.get(word) == "opens_word" or word in pinyin_phrases()

    def add_words(self, kind: str, mapping: dict[str, object]) -> None:
        """Words (normalised) a detector wants found, each with its value; once per kind."""
        if kind in self._kinds:
            return
        self._kinds.add(kind)
        for k, v in mapping.items():
            if k:
                self._words.setdefault(k, []).append((kind, v))
        self._auto = None

    def scan(self, text: str) -> list[tuple[int, int, str, tuple]]:
        """(start, end, key, ((kind, value), …)) of the words in a normalised text; Latin words
        only at word boundaries."""
        if self._auto is None:
            if not self._words:
                return []
            self._auto = Automaton((k, (k, tuple(v))) for k, v in self._words.items())
        n = len(text)
        out = []
        for s, e, (k, vals) in self._auto.iter(text):
            if _an(k[0]) and s > 0 and _an(text[s - 1]):
                continue
            if _an(k[-1]) and e < n and _an(text[e]):
                continue
            out.append((s, e, k, vals))
        return out

    def hits(self, ft, kind: str) -> list[tuple[int, int, str, object]]:
        """The words of one kind in a field (the field is scanned once for all kinds)."""
        cached = ft.notes.get("brand_side_hits")
        if cached is None or cached[0] is not self:
            cached = (self, self.scan(ft.norm.text))
            ft.notes["brand_side_hits"] = cached
        if not cached[1]:
            return []
        by_kind = ft.notes.get("brand_side_by_kind")
        if by_kind is None or by_kind[0] is not cached:
            d: dict[str, list] = {}
            for s, e, k, vals in cached[1]:
                for kd, v in vals:
                    d.setdefault(kd, []).append((s, e, k, v))
            by_kind = (cached, d)
            ft.notes["brand_side_by_kind"] = by_kind
        return by_kind[1].get(kind, [])


_STYLE_WORDS = frozenset({"风格", "风范", "风尚", "风采", "风情"})  # "in the style of" itself


@lru_cache(maxsize=4)
def _tables(directory: str, stamp: str) -> Tables:
    from ..compiled import load_folder  # built once per content version, cached on disk

    return load_folder("brand_tables", Path(directory), Tables)
