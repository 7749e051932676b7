"""Product class of a listing: which advertising rules apply to it.

The same claim is judged by what is sold: 「改善睡眠」 is a permitted function of a registered
保健食品, a disease claim on a pillow, and a registered indication of a drug. The class comes from
the listing's `category` field (a Taobao 类目 name, a Shopify product type / product category),
else from the title, else from the start of the description, matched against the vocabulary in
`lexicons/categories.csv` (pattern,class,weight,where,note):

- registration evidence (国药准字, 械字号, 国食健注, 蓝帽子, 国妆特字) weighs 100 and is also looked
  for anywhere in the description;
- category words (药品, 医疗器械, 保健品, 化妆品) and product nouns (血压计, 面霜, 茶叶, 打底裤) weigh less;
- rows with an empty class are phrases that look like class words but are not (医用级, 食品级,
  非医疗器械): matching is leftmost-longest, so they hide the shorter word inside them.

`product_class(listing) -> (cls, source)`; `classify(listing)` gives the whole verdict. Results
are cached per listing (a frozen, hashable dataclass).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import LexiconError, lexicon_dir
from .matching import Automaton, WordGate
from .models import Listing
from .normalize import normalize_key

CLASSES = ("drug", "medical_device", "health_food", "special_cosmetic", "cosmetic", "food", "clothing",
           "household", "electronics", "other", "publication", "medical_aesthetic")
# what a product class is called in explanations
CLASS_ZH = {"drug": "药品", "medical_device": "医疗器械", "health_food": "保健食品",
            "special_cosmetic": "特殊化妆品", "cosmetic": "化妆品", "food": "普通食品", "clothing": "服装鞋帽",
            "household": "家居日用品", "electronics": "电子电器", "other": "普通商品",
            "publication": "图书出版物", "medical_aesthetic": "医疗美容服务", "": "未识别类别"}
KNOWN = frozenset(CLASSES) | {""}  # "" names a listing whose class is not recognised


def read_classes(value: str | None, where: str) -> frozenset[str] | None:
    """A data file's `classes` field (`|`-separated product classes, an empty name for a listing
    whose class is not recognised): the set, or None (every class) when the field is empty."""
    value = (value or "").strip()
    if not value:
        return None
    got = frozenset(c.strip() for c in value.split("|"))
    if not got <= KNOWN:
        raise LexiconError(f"{where}: unknown product class {sorted(got - KNOWN)} (one of {', '.join(CLASSES)}, "
                           "or empty for a listing whose class is not recognised)")
    return got


REGISTERED = 90  # weight from which a match is registration-level evidence (a number, a legal category)
_DESC_HEAD = 300  # characters of the description that name the product
_TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Classification:
    cls: str  # one of CLASSES, or "" when nothing names the product
    source: str  # category | title | description | "" (nothing matched)
    term: str  # the vocabulary pattern that decided
    weight: int

    @property
    def registered(self) -> bool:
        """The class rests on the seller's own category, a registration number or mark, or a legal
        category word in the title (a description's 保健食品 may be an attribute name or a denial)."""
        return (self.source == "category" or self.weight >= 100
                or (self.weight >= REGISTERED and self.source == "title"))


UNKNOWN = Classification("", "", "", 0)


def _is_an(c: str) -> bool:
    return c < "\x80" and c.isalnum()


def _spaced_rx(key: str) -> str:
    """A regex for a normalised English key in raw text: spaces or hyphens where the key has a
    space, optional spaces where it glued a sign to a word (2% colloidal -> %colloidal)."""
    out = []
    for i, ch in enumerate(key):
        if ch == " ":
            out.append(r"[\s-]+")
            continue
        if i and key[i - 1] != " " and _is_an(ch) != _is_an(key[i - 1]):
            out.append(r"\s*")
        out.append(re.escape(ch))
    return "".join(out)


class Categories:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory or lexicon_dir())
        path = self.directory / "categories.csv"
        rows: dict[str, tuple[str, int, str, str]] = {}
        if path.exists():
            with open(path, encoding="utf-8-sig", newline="") as f:
                for n, r in enumerate(csv.DictReader(f), start=2):
                    pat = (r.get("pattern") or "").strip()
                    cls = (r.get("class") or "").strip()
                    if not pat:
                        continue
                    if cls and cls not in CLASSES:
                        raise LexiconError(f"{path} line {n}: unknown product class {cls!r}")
                    try:
                        weight = int((r.get("weight") or "50").strip())
                    except ValueError as e:
                        raise LexiconError(f"{path} line {n}: weight must be a number") from e
                    key = normalize_key(pat)
                    if key and key not in rows:
                        rows[key] = (cls, weight, (r.get("where") or "any").strip(), pat)
        self.automaton = Automaton((k, (k,) + v) for k, v in rows.items())
        # the title shares the detectors' pass over its text (pipeline._share_passes); the start
        # of a description is a text of its own, read with this small automaton alone
        self.head_automaton = Automaton((k, (k,) + v) for k, v in rows.items())
        # registration numbers and marks (weight 100) are looked for in the whole description
        # with plain substring tests; category words are read from the title and description start
        reg = {}
        for k, v in rows.items():
            # class-less phrases of weight 100 (械字号面膜) take part too: the longest alternative
            # wins at a position, so they hide the registration word inside them, as in _best
            if v[1] >= 100 and not k.isascii():
                reg.setdefault(v[3], v)
                reg.setdefault(k, v)
        self.registration = reg
        # (tried only where the words' automaton finds one: matching.WordGate)
        self.registration_rx = WordGate(re.compile("|".join(sorted(map(re.escape, reg), key=len, reverse=True))),
                                        reg) if reg else None
        # English evidence of that weight (Drug Facts, 2% colloidal oatmeal) likewise, in any case,
        # as whole words, spaces or hyphens between them
        en = {k: v for k, v in rows.items() if v[1] >= 100 and v[0] and k.isascii()}
        self.registration_en = en
        self.registration_en_rx = re.compile("|".join(
            (r"(?<![a-z0-9])" if _is_an(k[0]) else "") + _spaced_rx(k) + (r"(?![a-z0-9])" if _is_an(k[-1]) else "")
            for k in sorted(en, key=len, reverse=True)), re.IGNORECASE) if en else None

    def _best(self, text: str, field: str) -> Classification | None:
        auto = self.head_automaton if field == "description" else self.automaton
        if not text:
            return None
        hits = []
        n = len(text)
        for s, e, (key, cls, weight, where, pat) in auto.iter(text):
            if _is_an(key[0]) and s > 0 and _is_an(text[s - 1]):
                continue
            if _is_an(key[-1]) and e < n and _is_an(text[e]):
                continue
            if where == "title" and field != "title":
                continue
            hits.append((s, e, cls, weight, pat))
        if not hits:
            return None
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept, pos = [], 0
        for h in hits:  # leftmost-longest: 医用级 hides 医用, 洗衣液 hides 衣
            if h[0] >= pos:
                kept.append(h)
                pos = h[1]
        kept = [h for h in kept if h[2]]
        if not kept:
            return None
        # the heaviest evidence decides; between equals, the later word (the head noun of a
        # Chinese title comes last: 治疗型静脉曲张弹力裤袜医用 …)
        s, e, cls, weight, pat = max(kept, key=lambda h: (h[3], h[0]))
        return Classification(cls, field, pat, weight)

    def classify(self, listing: Listing) -> Classification:
        if listing.category:
            got = self._best(normalize_key(listing.category), "category")
            if got is not None:
                return got
        title = self._best(normalize_key(listing.title), "title") if listing.title else None
        desc_raw = listing.description or ""
        reg = None
        if desc_raw and self.registration_rx is not None:
            for m in self.registration_rx.finditer(desc_raw):
                cls, weight, _, pat = self.registration[m.group()]
                if cls:
                    reg = Classification(cls, "description", pat, weight)
                    break
        if desc_raw and reg is None and self.registration_en_rx is not None:
            m = self.registration_en_rx.search(desc_raw)
            if m is not None:
                cls, weight, _, pat = self.registration_en[normalize_key(m.group())]
                reg = Classification(cls, "description", pat, weight)
        if title is not None and (reg is None or title.weight >= reg.weight):
            return title
        if reg is not None:
            return reg
        if desc_raw:
            head = _TAGS.sub(" ", desc_raw[:_DESC_HEAD * 3])[:_DESC_HEAD]
            got = self._best(normalize_key(head), "description")
            if got is not None:
                return got
        return UNKNOWN


def load_categories(directory: str | None = None) -> Categories:
    # cached by the folder itself: SCANNER_LEXICONS may point elsewhere between runs
    return _load_categories(str(directory or lexicon_dir()))


@lru_cache(maxsize=4)
def _load_categories(directory: str) -> Categories:
    return Categories(Path(directory))


@lru_cache(maxsize=8192)
def _classify(listing: Listing, directory: str) -> Classification:
    return _load_categories(directory).classify(listing)


def classify(listing: Listing, directory: str | None = None) -> Classification:
    """The product class of a listing, with the evidence that decided it (cached per listing)."""
    return _classify(listing, str(directory or lexicon_dir()))


def product_class(listing: Listing, directory: str | None = None) -> tuple[str, str]:
    """(class, source): source is `category`, `title`, `description` or "" (nothing matched)."""
    c = classify(listing, directory)
    return c.cls, c.source
