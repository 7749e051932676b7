"""Brand piggy-backing (蹭品牌): brand names next to counterfeit or dupe wording, misspelled or
homophone brand names, famous brands in a shop not authorised for them — and the safe harbours
(the shop's own brands, true compatibility statements, brand names that are ordinary words).

One pass per index over the normalised field text:
1. mentions — exact aliases (Aho-Corasick), misspelled Latin tokens (delete index + OSA
   distance on whole tokens only), Chinese homophones / look-alike characters (Aho-Corasick over
   the toneless-pinyin syllable string of the text);
2. cues — counterfeit, dupe/comparison, compatibility and brand-context wording (Aho-Corasick);
3. each mention is judged by the cues next to it (same clause, a few characters away).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from ..branddb import load_brand_db
from ..brands import _english as _english_words
from ..brands import (Alias, is_english_word, BrandDB, BrandDBError, Automaton, OwnSet, deletes, fold, is_cjk, max_edits,
                      same_sound_with_tone)
from ..engine import Candidate, FieldText
from ..matching import SpanSet, drop_nested
from ..normalize import _BOUNDARY, normalize_key
from .brand_lookalike import lookalike_index
from .brand_variants import PRODUCT_REACH, variants
from .brand_spelling import collapse, phonetic, short_typo_ok, spelling_index, typo_kind
from .brand_compat import Cue, HonestMentions, collab as _collab, two_words as _two_words
from .brand_tables import read_rows, tables, yes

LAW_TM = "《商标法》第五十七条"
LAW_CONFUSION = "《反不正当竞争法》第六条 混淆行为"
LAW_COMPARE = "《广告法》第十三条"
LAW_FAIR_USE = "《商标法》第五十九条（说明性使用）"

# ----------------------------------------------------------------------------- cue wording
# The wording next to a brand that decides what a mention is (同款, 高仿, 适用于, 官方…) is data:
# brand_db/cues.csv (phrase,kind,before,after,strong,word_cue). kinds: C counterfeit · D dupe ·
# K comparison · P compat (cue before brand) · Q compat (cue after brand) · X brand context ·
# B block (ordinary phrase: 男女同款). Gaps are in normalised characters; -1: not on this side.
# A brand name that is also an ordinary word (苹果, 小米, 统一, Coach) counts only right next to
# a `word_cue` (苹果官方旗舰店, 小米同款, 高仿苹果) — not next to 风格/替代/正品, which ordinary
# text uses with ordinary words (统一风格, 理想的替代品, 烟台苹果正品).
CUES_FILE = "cues.csv"

# counterfeit wording that sellers glue to a Latin brand name (NikeA货, Gucci1:1, LV超A)
# how far from a mention a cue can start and still reach it (the largest gap in cues.csv is 12
# characters, the longest cue under 20): cues further away are not even looked at
_CUE_REACH = 64
_GLUED_NAME = 4  # a Latin name this long that is no word may take copy wording glued on (#lululemondupe)
# English function words: never a misspelt word of a multi-word name (as/On Running, the/The Row)
_FUNCTION_WORDS = frozenset("a an and are as at be by for from in into is it of on or the to with".split())
_LIST_BRANDS = 3  # brands of one category in a field that, one in a compatibility note, make a list
_CJK_VARIANT = ("形近字替换", "音近替换", "插字仿冒", "拆字仿冒", "换字仿冒", "字母替字", "拆名仿冒", "打码规避")  # how a Chinese look-alike name was made
_GLUED_CUES = ("a货", "1:1", "1比1", "a版", "超a")

# 风 right after a brand reads "in the style of" unless it starts a word (戴森风筒 is a hair dryer)
_WIND_WORDS = set("筒扇衣机口量速力险暴雨景光味水琴铃车箱道波采范度声气流向俗寒湿干热冷筝帆轮叶罩管")
_BATTERY = ("电池", "号", "battery", "batteries", "级景区", "信用")


def cue_automaton(directory) -> Automaton:
    """The cue wording of brand_db/cues.csv: of `directory`, else the shipped one (a brand
    folder of the user's own may hold only brand tables)."""
    from ..brands import ROOT

    p = Path(directory) / CUES_FILE
    rows = read_rows(p.parent if p.is_file() else ROOT / "brand_db", CUES_FILE)
    if not rows:
        raise BrandDBError(f"{CUES_FILE}: no cue wording found")
    table: dict[str, list[Cue]] = {}
    for r in rows:
        try:
            before, after = int(r.get("before", "")), int(r.get("after", ""))
        except ValueError as e:
            raise BrandDBError(f"{CUES_FILE}: bad gap in row {r}") from e
        k = normalize_key(r.get("phrase", ""))
        if k:
            table.setdefault(k, []).append(Cue(k, r["phrase"], r.get("kind", ""), before, after,
                                               yes(r.get("strong", "")), yes(r.get("word_cue", ""))))
    return Automaton((k, (k, tuple(v))) for k, v in table.items())


@lru_cache(maxsize=4)
def _cue_automaton_cached(directory: str, stamp: str) -> Automaton:
    return cue_automaton(directory)


def _an(c: str) -> bool:
    return c < "\x80" and c.isalnum()


# a count before a word (2 Channel, 7.1.2 Channel, Dual Channel): the word's own sense
_COUNT_BEFORE = re.compile(r"(?:\d|(?<![a-z])(?:dual|multi|single|double|triple|quad|stereo|mono|two|three|four|"
                           r"six|eight|sixteen))[ \-]?$")
# a Latin word: H&M and D&G one word; a look-alike symbol between two letters stays inside it
# (Ch@nel, Dy$on, D!or: brands.fold reads @ as a, $ as s, ! and | as i); @ or $ for the first or
# last letter of a word stays on it too ($hure, @didas, Prad@): a leading one only before three
# letters, a trailing one only after three letters and before no letter or digit
_TOKEN = re.compile(r"(?:(?<![a-z0-9@$])[@$](?=[a-z]{3}))?[a-z0-9]+(?:(?:&|(?<=[a-z])[@$!|](?=[a-z]))[a-z0-9]+)*"
                    r"(?:(?<=[a-z]{3})[@$](?![a-z0-9@$]))?")
# accented Latin letters read as their base letter by the misspelling scan (Škdoa, Kérasta5e: the
# token regex takes ASCII letters only, so an accent split the word); one character for one
_DEACCENT = {}
for _cp in range(0xC0, 0x250):
    _base = "".join(c for c in unicodedata.normalize("NFD", chr(_cp)) if not unicodedata.combining(c))
    if len(_base) == 1 and _base.isascii() and _base.isalpha() and _base != chr(_cp):
        _DEACCENT[_cp] = _base.lower()
_ACCENTED = re.compile("[" + "".join(map(chr, _DEACCENT)) + "]")
# the same without the edge symbols, for the many texts with no @ or $ (several times faster)
_TOKEN_PLAIN = re.compile(r"[a-z0-9]+(?:(?:&|(?<=[a-z])[!|](?=[a-z]))[a-z0-9]+)*")
_MAX_FUZZY_TOKEN = 64  # the longest Latin brand name has 42 characters


def _token_re(text: str):
    """The Latin-word pattern for a text: edge symbols only matter when it has @ or $."""
    return _TOKEN if "@" in text or "$" in text else _TOKEN_PLAIN


@dataclass(slots=True)
class Mention:
    s: int  # normalised offsets
    e: int
    aliases: tuple[Alias, ...]
    fuzzy: str = ""  # how a variant was found ("" for an exact alias)
    confidence: float = 0.9

    @property
    def alias(self) -> Alias:
        for a in self.aliases:
            if not a.word:
                return a
        return self.aliases[0]

    @property
    def word(self) -> bool:
        return all(a.word for a in self.aliases)


def _cut_last(folded: str, name: str) -> bool:
    """`folded` is a short `name` without its last letter (Rico / Ricoh): the 微商 mask (Gucc*) —
    or a word of its own (Puerto Rico)."""
    return len(name) <= 5 and fold(name)[:-1] == folded


def _doubled(word: str, name: str) -> bool:
    """`word` is `name` with one of its letters written twice (channel / chanel)."""
    return len(word) == len(name) + 1 and any(
        word[i] == word[i - 1] and word[:i] + word[i + 1:] == name for i in range(1, len(word)))


class BrandDetector:
    name = "brand"

    def __init__(self, db: BrandDB | None = None):
        self.db = db if db is not None else load_brand_db()
        self._tokens: dict[str, tuple] = {}
        self._syl_batch: dict[str, str] = {}  # syllable strings of a batch of texts (prefetch)
        self._spelling = spelling_index(self.db)
        self._joined_cache: dict[str, object] = {}
        self._lookalike = lookalike_index(self.db)
        self._variants = variants(self.db, self._lookalike)  # brand_variants.py: inserted, near-sound, split, short names
        self._cue_automaton = _cue_automaton_cached(str(self.db.directory), self.db.hash)
        t = self._tables = tables(self.db.directory)
        self._honest = HonestMentions(t)
        self._side_words = self._honest.side_words
        self._accessory_categories = self._honest.accessory_categories
        self._product_context = self._honest.product_context
        self._spec_compat = self._honest.spec_compat
        self._combined = None
        self._runs: dict[str, list] = {}  # a run of Latin words -> what _run_mentions found in it
        self._title_cache: dict[tuple, dict] = {}  # (title, own brands) -> its compatibility notes

    # ------------------------------------------------------------------ mentions
    def shared_automaton(self):
        """Brand names and the side rules' words (celebrities, counterfeit markers) in one
        automaton: one pass over a field finds both (built at the first field, once every side
        rule has added its words). The engine's shared pass (pipeline._share_passes) takes it in."""
        t = self._tables
        stamp = (id(t), len(t._words), len(t._kinds))
        if self._combined is None or self._combined[0] != stamp:
            keys = {k: (k, als, ()) for k, als in self.db.aliases.items()}
            for k, vals in t._words.items():
                prev = keys.get(k)
                keys[k] = (k, prev[1] if prev else (), tuple(vals))
            self._combined = (stamp, Automaton((k, v) for k, v in keys.items()) if keys else None)
        return self._combined[1]

    def _exact(self, text: str, norm=None, ft: FieldText | None = None) -> list[Mention]:
        auto = self.shared_automaton()
        if auto is None:
            return []
        n = len(text)
        found: list[Mention] = []
        side: list = []
        for start, end, (key, aliases, side_vals) in auto.iter(text):
            if side_vals and not (_an(key[0]) and start > 0 and _an(text[start - 1])) \
                    and not (_an(key[-1]) and end < n and _an(text[end])):
                side.append((start, end, key, side_vals))
            if not aliases:
                continue
            if _an(key[0]) and start > 0 and _an(text[start - 1]) and not text.endswith(_GLUED_CUES, 0, start) \
                    and not _apart_in_original(norm, start):
                continue
            if _an(key[-1]) and end < n and _an(text[end]) and not _apart_in_original(norm, end):
                # a model number glued to a long name still names the brand (iPhone15, Mate60),
                # and so does counterfeit wording glued to it (NikeA货, Gucci1:1) or hyphened to
                # it (Nike-inspired, Dior-style)
                # (a long name that is no word may take copy wording glued on: #lululemondupe)
                glued_ok = len(key) >= _GLUED_NAME and not all(a.word for a in aliases)
                # (and a long name that is no word, a capitalised word glued on: WilsonTennis, NikeAir)
                if glued_ok and key.isascii() and text[end].isalpha() and _camel_joint(norm, end):
                    found.append(Mention(start, end, aliases))
                    continue
                if not (text[end].isdigit() and len(key) >= 4 and key[-1].isalpha()) \
                        and not text.startswith(_GLUED_CUES, end) and not self._cue_word_after(norm, end, glued_ok):
                    continue
            found.append(Mention(start, end, aliases))
        if ft is not None:
            ft.notes["brand_side_hits"] = (self._tables, side)  # read by the side rules
        if len(found) > 1:
            # keep the longest match where matches nest (阿迪 inside 阿迪达斯)
            found.sort(key=lambda m: (m.s, -(m.e - m.s)))
            kept: list[Mention] = []
            reach = -1  # every kept match starts at or before m: m is nested iff one reaches its end
            for m in found:
                if m.e <= reach:
                    continue
                kept.append(m)
                reach = max(reach, m.e)
            found = kept
        return found

    def _cue_word_after(self, norm, i: int, glued_ok: bool = False) -> bool:
        """Does Latin copy wording (a counterfeit, dupe or comparison cue) start at normalised
        position i, a word of its own in the original (Nike-inspired, #LululemonDupes) — or glued
        on when `glued_ok` (#lululemondupe after a long name that is no word)?"""
        if not (glued_ok or _two_words(norm, i)):
            return False
        text = norm.text
        for s, e, (key, cues) in self._cue_automaton.iter(text[i:i + 24]):
            if s == 0 and key.isascii() and (i + e == len(text) or not _an(text[i + e])) \
                    and any(c.kind in "CDK" for c in cues):
                return True
        return False

    def _token_info(self, tok: str):
        """(folded, best fuzzy match (edits, alias, how) or None, folded word of a multi-word
        name, edge word of a multi-word name) of one Latin token — cached, tokens repeat a lot."""
        info = self._tokens.get(tok)
        if info is None:
            if len(self._tokens) > 200_000:
                self._tokens.clear()
            f = fold(tok)
            best = None
            sp = self._spelling
            # (a token longer than any name by half is no misspelling of one: without this bound a
            # 1,600-letter run made ~2.5M deletion variants)
            if 4 <= len(f) <= _MAX_FUZZY_TOKEN and tok not in self.db.aliases and _mostly_letters(tok):
                base = tok.rstrip("0123456789")
                # a word with a number glued on (Watch*1 -> watch1) is that word, not a brand
                if base == tok or not (base in self.db.aliases or is_english_word(base)):
                    best = self._fuzzy_token(f)
                    english = is_english_word(tok)
                    # an English word is not a misspelt brand (pink/Pinko, hair/Haier, audio/Audi)
                    # unless it is the name with one letter doubled, the classic misspelling (Channel)
                    # (a plural or -ed form of a rare word, spelt like the name, still counts: Hermas)
                    if best is not None and english and not _doubled(tok.lower(), best[1].key) and not (
                            tok.lower() not in _english_words() and best[0] == 1 and len(f) >= 6
                            and len(f) == len(fold(best[1].key))):
                        best = None
                    if best is None and not english:
                        p = phonetic(tok)
                        a = sp.phon.get(p) if len(p) >= 5 else None
                        if a is not None:
                            best = (0, a, "读音近似拼写")
                        else:
                            # a name that is also a word, written the way only the brand is:
                            # 0mega, Pandorra (the Greek letter and the myth are not misspelt)
                            a = sp.word_names.get(collapse(f))
                            if a is not None and (any(c.isdigit() for c in tok) or collapse(tok) != tok):
                                best = (0, a, "形近字母替换")
            if best is not None and normalize_key(tok) in self._tables.ordinary:
                best = None  # an ordinary word or standard's name (lookalike_words.csv: VESA is no Vespa)
            info = self._tokens[tok] = (f, best, f in self.db.multiword_words,
                                        len(tok) >= 2 and tok.isalpha() and phonetic(tok) in sp.edge_words)
        return info

    def _latin_fuzzy(self, text: str, taken: list[tuple[int, int]],
                     exact: list[tuple[int, int, str]] = (), lead: bool = False) -> list[Mention]:
        """Misspelt Latin names. `taken` spans are not re-read; a misspelt multi-word name may
        still grow over an exact mention of its own brand (Patek Philipe). `lead`: the text is a
        title, whose first word is the brand's place (Abibas Originals Sneakers Men Running
        Shoes) even when the words after it run on like prose."""
        db = self.db
        if not db.latin_deletes and not db.multiword:
            return []
        if _ACCENTED.search(text):
            text = text.translate(_DEACCENT)
        # fast path: most texts have no token near a brand name (one C regex pass + cache hits)
        cache = self._tokens
        token_re = _token_re(text)
        for tok in token_re.findall(text):
            info = cache.get(tok) or self._token_info(tok)
            if info[1] is not None or info[2] or info[3]:
                break
        else:
            return []
        taken_set = SpanSet.of(taken)
        toks = [(m.start(), m.end(), m.group()) for m in token_re.finditer(text)]
        # runs of tokens separated by one space (English needs word boundaries; Chinese glues)
        runs: list[list[tuple[int, int, str]]] = [[toks[0]]]
        for t in toks[1:]:
            p = runs[-1][-1]
            if t[0] == p[1] + 1 and text[p[1]] in " '":  # Arc'teryx: one name
                runs[-1].append(t)
            else:
                runs.append([t])
        out: list[Mention] = []
        known = self._runs
        for run in runs:
            infos = [cache.get(t[2]) or self._token_info(t[2]) for t in run]
            if not any(x[1] is not None or x[2] or x[3] for x in infos):
                continue  # nothing in this run is near a brand name
            # a run clear of every exact mention depends on its own words only: word runs repeat
            # a lot (a shop's boilerplate), so what such a run yields is kept by its text
            rs, rend = run[0][0], run[-1][1]
            first = lead and rs == 0
            key = (first, text[rs:rend]) if not taken_set.overlaps(rs, rend) else None
            if key is not None:
                got = known.get(key)
                if got is not None:
                    out.extend(Mention(rs + a, rs + b, als, how, conf) for a, b, als, how, conf in got)
                    continue
            mark = len(out)
            self._run_mentions(text, run, infos, taken_set, taken, exact, out, first)
            if key is not None:
                if len(known) > 50_000:
                    known.clear()
                known[key] = [(m.s - rs, m.e - rs, m.aliases, m.fuzzy, m.confidence) for m in out[mark:]]
        return out

    def _run_sells(self, text: str, run, alias) -> bool:
        """Does the run of words name a product of the brand's category? A misspelt name opening a
        long title sells the brand's kind of goods (Abibas Originals Sneakers …); another kind of
        goods makes it a name of its own (Panera … Coffee is no Panerai watch). Read in the run
        only: what a run yields is cached by its text."""
        prods = self._honest.products.get(alias.brand.category)
        if not prods:
            return False
        words = {t[2] for t in run}
        body = text[run[0][0]:run[-1][1]]
        return any((w in body) if " " in w else (w in words) for w in prods)

    def _run_mentions(self, text, run, infos, taken_set, taken, exact, out, first=False) -> None:
        """The misspelt names in one run of Latin words (appended to `out`); `first`: the run
        opens a title, and its first word is read as a name however long the run."""
        db = self.db
        aliases = db.aliases
        words = sum(1 for t in run if t[2].isalpha() and len(t[2]) > 1) if len(run) > 1 else 1
        for i, (s, e, tok) in enumerate(run):
            best = infos[i][1]
            # single tokens, not inside English prose
            if best is not None and (words <= 4 or (first and i == 0 and _classic_typo(infos[i][0], best)
                                                    and self._run_sells(text, run, best[1]))) \
                    and not _overlaps(s, e, taken_set) \
                    and not ((is_english_word(tok) or _cut_last(infos[i][0], best[1].key))
                             and self._word_sense(text, s, best[1])):
                d, alias, how = best
                out.append(Mention(s, e, (alias,), how, 0.85 if d == 0 else 0.8 if d == 1 else 0.7))
            if infos[i][3] and i + 1 < len(run):
                self._joined(run, i, infos, out, taken_set)
            # multi-word names: one word right, the whole within the edit budget
            if len(run) < 2 or not infos[i][2]:
                continue
            folded = infos[i][0]
            for k in (2, 3):
                for j in range(max(0, i - k + 1), min(i, len(run) - k) + 1):
                    if words > k + 3 and not (first and j == 0):
                        continue  # prose, but for a name opening a title (Johnnie Worker Red Label…)
                    p = i - j  # position of the known word inside the group
                    names = db.multiword.get((k, p, folded))
                    if not names:
                        continue  # no k-word name has this word at this position
                    group = run[j:j + k]
                    fw = tuple(x[0] for x in infos[j:j + k])
                    raw = " ".join(t[2] for t in group)
                    if raw in aliases or raw.replace(" ", "") in aliases:
                        continue
                    for name_words, alias in names:
                        if any(x != y and x in _FUNCTION_WORDS for x, y in zip(fw, name_words)):
                            continue  # "such as running" is no misspelt On Running
                        if all(is_english_word(y) for y in alias.key.split(" ")) and any(
                                x != y and len(x) > 2 and is_english_word(x) and OSA.distance(x, y) >= 2
                                for x, y in zip(fw, name_words)):
                            # a name made of ordinary words, another word in its place: prose, not a
                            # typo (Panera "Bread Dark" is no Bread Talk; Johnnie Worker still is)
                            continue
                        if any(x != y and max_edits(len(x), len(y)) == 0 and OSA.distance(x, y) >= 2
                               for x, y in zip(fw, name_words)):
                            continue  # a short word two edits off is another word (your stroller, tv jewellery)
                        a, b = " ".join(fw), " ".join(name_words)
                        limit = max_edits(len(a), len(b))
                        if a == b and raw == alias.key:
                            continue
                        # folding look-alikes (rn -> m) can hide a plain typo: compare both forms
                        d = min(OSA.distance(a, b, score_cutoff=limit),
                                OSA.distance(raw, alias.key.replace("'", ""), score_cutoff=limit))
                        if d > limit:
                            continue
                        ms, me = group[0][0], group[-1][1]
                        others = [(a0, b0) for a0, b0, name in exact if name != alias.brand.canonical]
                        blocked = others + [t for t in taken if not any(t == (a0, b0) for a0, b0, _ in exact)]
                        if _overlaps(ms, me, blocked) or any(o.s == ms and o.e == me for o in out):
                            continue
                        how = "形近字母替换" if d == 0 else f"拼写近似，编辑距离 {d}"
                        out.append(Mention(ms, me, (alias,), how, 0.8 if d <= 1 else 0.7))

    def _word_sense(self, text: str, s: int, alias) -> bool:
        """Is an English word read as a doubled-letter misspelling of a name (Channel, Orris), or
        a short name without its last letter (Rico), used as a word of its own? Yes without the
        brand's own goods in the field, when the copy is English or a count stands before it
        (4 Channel Relay, Dual Channel DDR4, Orris Root Powder, Puerto Rico flag); a Chinese title
        naming it beside any goods (Channel 吹风机, Gucc 羽绒服) keeps the misspelling."""
        if self._variants.sells(text, alias.brand.canonical):
            return False
        return _COUNT_BEFORE.search(text, max(0, s - 12), s) is not None or not any(map(is_cjk, text))

    def _joined(self, run, i, infos, out, taken) -> None:
        """A multi-word name misspelt across its words (La Merr, Jo Malon): the words run
        together sound like the run-together name."""
        joined = self._spelling.joined
        for k in (2, 3):
            group = run[i:i + k]
            if len(group) < k:
                return
            raw = "".join(t[2] for t in group)
            key = " ".join(t[2] for t in group)
            alias = self._joined_cache.get(key, 0)
            if alias == 0:  # word groups repeat a lot: look each up once
                alias = None
                if raw not in self.db.aliases and not all(is_english_word(t[2]) for t in group):
                    alias = joined.get(phonetic(raw))
                if len(self._joined_cache) > 100_000:
                    self._joined_cache.clear()
                self._joined_cache[key] = alias
            ms, me = group[0][0], group[-1][1]
            if alias is None or _overlaps(ms, me, taken) or any(o.s <= ms and me <= o.e for o in out):
                continue
            out[:] = [o for o in out if not (ms <= o.s and o.e <= me)]
            out.append(Mention(ms, me, (alias,), "读音近似拼写", 0.8))
            return

    def _fuzzy_token(self, f: str):
        candidates = self.db.latin_candidates
        best = None
        seen = set()
        for dl in sorted(deletes(f, 2 if len(f) >= 10 else 1)):  # sorted: no hash-seed order
            for name, alias in candidates(dl):
                if id(alias) in seen:
                    continue
                seen.add(id(alias))
                limit = max_edits(len(f), len(name))
                d = OSA.distance(f, name, score_cutoff=max(limit, 1))
                if d > limit and not (d == 1 and len(f) == len(name) == 4 and f[0] == name[0]
                                      and sorted(f) == sorted(name)):
                    continue  # four letters: exact, or two neighbours swapped (Nkie)
                if d == 1 and not short_typo_ok(f, name):
                    continue  # Walsh is not Walch, iPai is not Qipai
                # ties broken by a stable key (Fendy: Fendi before Fenty, whatever the hash seed)
                if best is None or (d, alias.key, alias.brand.canonical) < (best[0], best[1].key, best[1].brand.canonical):
                    best = (d, alias, "形近字母替换" if d == 0 else f"拼写近似，编辑距离 {d}")
        return best

    def prefetch(self, texts: list[str]) -> None:
        """The syllable strings of a batch of normalised texts and their matches, ahead of the
        detection (matching.Automaton.prefetch)."""
        self._syl_batch = {}
        li = self._lookalike
        if self.db.syllable_automaton is None or li.automaton is None:
            return
        table = self._syllable_list()
        syl = {t: t.translate(table) for t in texts}
        li.automaton.prefetch([v for t, v in syl.items() if v != t])
        self._syl_batch = syl

    def _syllable_list(self) -> list:
        """The syllable table as a list indexed by code point: str.translate looks a list up
        ~1.5x faster than a dict (code points past its end stay as they are)."""
        got = getattr(self, "_syl_list", None)
        if got is None:
            table = self.db.syllable_table
            got = [chr(i) for i in range(max(table, default=-1) + 1)]
            for cp, v in table.items():
                got[cp] = v
            self._syl_list = got
        return got

    def _homophones(self, ft: FieldText, taken) -> list[Mention]:
        taken = SpanSet.of(taken)
        db = self.db
        auto = db.syllable_automaton
        if auto is None:
            return []
        text = ft.norm.text
        syl = self._syl_batch.get(text)
        if syl is None:
            syl = text.translate(self._syllable_list())
        if syl == text:  # no Chinese: only Latin variants (Tibe 洗衣粉, Channel No. 5)
            found = self._variants.find(ft, syl, (), self._tables.hits(ft, "brand_variant"), db.aliases)
            return [Mention(s, e, (a,), how, 0.8) for s, e, a, how in found if not _overlaps(s, e, taken)]
        out: list[Mention] = []
        li = self._lookalike
        if li.automaton is not None:
            hits = [(s, e, tag, key, entries) for s, e, values in li.automaton.iter(syl)
                    for tag, key, entries in values]
        else:
            hits = [(s, e, "H", sk, v) for s, e, (sk, v) in auto.iter(syl)]
        # look-alike characters (康帅傅, 营养怏线, 粤力奥): one or two swapped, the rest the same
        found = [x for x in li.find(ft.norm, syl, db.aliases, hits) if not self._noun_tail(text, x)]
        if li.two:
            two = self._tables.hits(ft, "brand_lookalike")
            if two:
                found += li.find_two(ft.norm, two)
        if li.suffixes:
            suffixes = self._tables.hits(ft, "brand_lookalike_suffix")
            if suffixes:
                found += li.find_prefixed(ft.norm, db.aliases, suffixes)
        found += self._variants.find(ft, syl, hits, self._tables.hits(ft, "brand_variant"), db.aliases)
        for s, e, alias, how in found:
            if not _overlaps(s, e, taken):
                out.append(Mention(s, e, (alias,), how, 0.8))
                taken.add(s, e)
        for start, end, tag, sk, entries in hits:
            if tag != "H":
                continue
            window = text[start:end]
            if window in db.aliases or window in self._tables.ordinary:
                continue  # the name itself, another brand's name, an ordinary word (完美 for 丸美)
            for name, alias in entries:
                L = len(name)
                same = sum(1 for a, b in zip(window, name) if a == b)
                if same == 0 or same < L // 2:
                    continue
                if L == 2 and not (_standalone(ft, start, end)
                                   and all(same_sound_with_tone(a, b) for a, b in zip(window, name))):
                    # two characters: a true homophone (same tone: 奈克/耐克, not 闪存/善存 or
                    # 化为/华为) standing apart from other Chinese characters
                    continue
                if _overlaps(start, end, taken):
                    continue
                out.append(Mention(start, end, (alias,), "谐音/形近字", 0.75))
                break
        return out

    def _noun_tail(self, text: str, hit) -> bool:
        """A look-alike with one character swapped whose unchanged end is an ordinary noun (大个核桃
        for 六个核桃: 大个 + 核桃, big walnuts) reads as a modifier and that noun unless the brand's
        own product follows (大个核桃 植物蛋白饮料 is the 山寨 drink; 新疆 大个核桃 薄皮 is nuts)."""
        s, e, alias, _ = hit
        name = alias.key
        window = text[s:e]
        if len(window) != len(name) or len(name) < 4:
            return False
        diff = [i for i, (a, b) in enumerate(zip(window, name)) if a != b]
        if len(diff) != 1:
            return False  # two characters swapped (人白免奶糖 for 大白兔奶糖): made up, not ordinary words
        tail = name[diff[0] + 1:]
        phrases = self._lookalike.phrases
        if not any(tail[j:] in phrases for j in range(len(tail) - 1)):
            return False
        return not self._variants.product_after(text, e, alias.brand.canonical, PRODUCT_REACH)

    def _stem_names(self, norm, taken) -> list[Mention]:
        """WhitePods, Onyxpods, Elite Pods: a word and the stem of a famous product name
        (brand_db/lookalike_stems.csv) standing as one name, in a field that names the kind of
        goods the product is (earbuds); the brand's own names (AirPods, EarPods) are not variants."""
        out: list[Mention] = []
        text = norm.text
        for stem, canonical, own, products in self._tables.stems:
            if stem not in text or not any(p in text for p in products):
                continue
            for m in _stem_re(stem).finditer(text):
                s, e = m.span()
                word = m.group(1)
                name = word + stem
                if name in own or name in self.db.aliases or name in self._tables.ordinary or _overlaps(s, e, taken):
                    continue
                if m.group(2):
                    # written apart (Elite Pods): a name only in title case, not "with pods"
                    os_, oe = norm.span(s, e)
                    if not _TITLE_PAIR.fullmatch(norm.original[os_:oe]):
                        continue
                alias = next((a for k in sorted(own) for a in self.db.aliases.get(k, ())
                              if a.brand.canonical == canonical), None)
                if alias is None:
                    continue
                out.append(Mention(s, e, (alias,), f"仿名：「{m.group()}」套用「{alias.key}」的词尾「{stem}」", 0.75))
        return out

    def _ocr_misreads(self, text: str, taken) -> list[Mention]:
        taken = SpanSet.of(taken)
        """Image text only: a 4+ character Chinese name with one character misread by OCR."""
        db = self.db
        out: list[Mention] = []
        n = len(text)
        for L in db.wildcard_lengths:
            for s in range(0, n - L + 1):
                w = text[s:s + L]
                if not is_cjk(w[0]) or not is_cjk(w[-1]) or _overlaps(s, s + L, taken):
                    continue
                for i in range(L):
                    als = db.wildcard.get(w[:i] + "?" + w[i + 1:])
                    if als and w not in db.aliases:
                        out.append(Mention(s, s + L, (als[0],), "图片文字识别近似", 0.7))
                        taken.add(s, s + L)
                        break
        return out

    # ------------------------------------------------------------------ cues
    def _cues(self, norm, glued_after: frozenset = frozenset()) -> list[tuple[int, int, Cue]]:
        """Cue wording in the field; `glued_after`: ends of long brand names that are no words,
        where Latin copy wording glued on still counts (#lululemondupe)."""
        text = norm.text
        n = len(text)
        raw: list[tuple[int, int, Cue]] = []
        blocks: list[tuple[int, int]] = []
        for start, end, (key, cues) in self._cue_automaton.iter(text):
            if _an(key[0]) and start > 0 and _an(text[start - 1]) and key not in _GLUED_CUES \
                    and not (key.isascii() and (_two_words(norm, start) or start in glued_after)):
                continue
            if _an(key[-1]) and end < n and _an(text[end]) and not (key in _GLUED_CUES and text[end].isalpha()):
                continue
            for c in cues:
                if c.kind == "B":
                    blocks.append((start, end))
                elif c.key == "aaa" and any(text.startswith(b, end + (text[end:end + 1] == " "))
                                            for b in _BATTERY):
                    continue
                elif c.key == "风" and end < n and text[end] in _WIND_WORDS and not _apart(norm, start):
                    continue  # 戴森风筒 (a word), but 真维斯风 机械 (style, then the next word)
                else:
                    raw.append((start, end, c))
        if blocks:
            # a block hides the cues inside it (专柜 in 专柜正品, 二手 in 非二手), not resale wording
            # that is the block itself (专柜购入 is resale; the 专柜 in it no 专柜款)
            raw = [r for r in raw if not any(bs <= r[0] and r[1] <= be and not (r[2].kind == "R" and (bs, be) == r[:2])
                                             for bs, be in blocks)]
        if len(raw) > 1:
            # of nested cues of one kind keep the longest (代工厂, not 代工; 专柜同款, not 同款)
            raw = drop_nested(raw, group=lambda r: r[2].kind)
        return raw

    # ------------------------------------------------------------------ detect
    def detect(self, ft: FieldText) -> list[Candidate]:
        out: list[Candidate] = []
        seen_brands = ft.notes.setdefault("brand_mentions", [])
        for m, c, _ in self._judged(ft):
            if c is not None:
                out.append(c)
                seen_brands.append(c.term)
        return out

    def _judged(self, ft: FieldText, title_notes: bool = True) -> list:
        """(mention, candidate or None, compatibility note or None) of every brand mention of the
        field, in order. `title_notes`: a description may take the title's compatibility notes."""
        text = ft.norm.text
        if not text or (self.db.automaton is None and not self._tables._words):
            return []
        own: OwnSet = self.db.own_set(ft.context.own_brands) if ft.context.own_brands else None
        mentions = self._exact(text, ft.norm, ft)
        own_spans = own.spans(text) if own else []
        taken = [(m.s, m.e) for m in mentions] + own_spans
        # an ordinary-word alias (Tommy, Polo) must not hide a misspelt full name around it
        strong = [m for m in mentions if not m.word]
        mentions += self._latin_fuzzy(text, [(m.s, m.e) for m in strong] + own_spans,
                                      [(m.s, m.e, m.alias.brand.canonical) for m in strong],
                                      lead=ft.field == "title")
        # ordinary-word names (清扬, 大白) do not block the homophone pass: a look-alike around one
        # (清扬扬, 大白免), with the brand's own product after it, is the look-alike and replaces the
        # word it contains; any other overlap keeps the word (雅典农业大学 is no 雅典表)
        words = [m for m in mentions if m.word]
        inside = set()
        for h in self._homophones(ft, own_spans + [(m.s, m.e) for m in mentions if not m.word]):
            over = [w for w in words if w.s < h.e and h.s < w.e]
            if over and not (all(h.s <= w.s and w.e <= h.e and h.e - h.s > w.e - w.s for w in over)
                             and self._variants.product_after(text, h.e, h.alias.brand.canonical)):
                continue
            inside.update(map(id, over))
            mentions.append(h)
        if inside:
            mentions = [m for m in mentions if id(m) not in inside]
        if self._tables.stems:
            mentions += self._stem_names(ft.norm, taken + [(m.s, m.e) for m in mentions])
        if ft.field == "image" and self.db.wildcard:
            mentions += self._ocr_misreads(text, taken + [(m.s, m.e) for m in mentions])
        if not mentions:
            return []
        owned = own.canonicals if own else frozenset()
        live = []
        own_ms = []  # the shop's own brands: never reported, but still members of a compatibility list
        for m in mentions:
            if any(a.brand.canonical in owned for a in m.aliases):
                own_ms.append(m)
                continue
            if own_spans and _overlaps(m.s, m.e, own_spans):
                continue
            if own and own.is_fragment(text[m.s:m.e]):
                continue
            live.append(m)
        if not live:
            return []
        glued = frozenset(m.e for m in live if m.e - m.s >= _GLUED_NAME and not m.word and text[m.s:m.e].isascii())
        cues = sorted(self._cues(ft.norm, glued), key=lambda c: (c[0], c[1]))
        cue_starts = [c[0] for c in cues]
        side = self._side_words(text, ft.norm)
        acc = self._accessory_categories(text, side)
        if ft.field != "title" and ft.listing.title:
            acc = acc | self._accessory_categories(normalize_key(ft.listing.title))
        ft.notes["brand_side"] = (side, acc)
        strong_brands = {m.alias.brand.canonical for m in live if not m.word}
        live.sort(key=lambda m: m.s)
        live = _merge_same_brand(text, live)
        prev: Mention | None = None
        prev_compat = None
        judged: list[tuple[Mention, Candidate | None, tuple | None]] = []
        for m in live:
            inherited = None
            if prev_compat is not None and 0 <= m.s - prev.e <= 3 and _clean_gap(text[prev.e:m.s]):
                inherited = (prev.s, prev.e, prev_compat[2])  # 适用于苹果/华为, for Apple iPhone
            c, prev_compat = self._judge(ft, m, _cues_near(cues, cue_starts, m), strong_brands, inherited)
            prev = m
            judged.append((m, c, prev_compat))
        listed = []
        for m in own_ms:  # 苹果华为通用…vivo小米oppo with Apple and Huawei declared own: still a list
            listed.append((m, None, self._judge(ft, m, _cues_near(cues, cue_starts, m), strong_brands)[1]))
        return self._compat_lists(ft, judged, cues, cue_starts, strong_brands, listed, title_notes)

    def _compat_lists(self, ft: FieldText, judged: list, cues, cue_starts, strong_brands, listed=(),
                      title_notes: bool = True) -> list:
        """A field naming several brands of one category, one of them in a compatibility note, is
        a list of what the accessory fits (苹果华为通用…vivo小米oppo): the brands of that category
        that were judged unauthorised (too far from the note) are read as part of the list. So is
        a brand named again after its own note, in the field or in the listing's title
        (Compatible with iPad 10.2 …/ 9.7, iPad Air 4th Generation, iPad Pro: one fits-list)."""
        by_cat: dict[str, set[str]] = {}
        note: dict[str, tuple] = {}
        by_brand: dict[str, tuple] = {}
        for m, c, compat in [*judged, *listed]:
            cat = m.alias.brand.category
            by_cat.setdefault(cat, set()).add(m.alias.brand.canonical)
            if compat is not None:
                note.setdefault(cat, compat)
                by_brand.setdefault(m.alias.brand.canonical, compat)
        lists = {cat for cat, brands in by_cat.items() if cat in note and len(brands) >= _LIST_BRANDS}
        unauth = [m for m, c, compat in judged if compat is None and c is not None and c.rule_id == "BRAND-UNAUTH"]
        if not unauth:
            return judged
        if title_notes and ft.field == "description" and ft.listing.title and any(
                m.alias.brand.canonical not in by_brand for m in unauth):
            for canonical, compat in self._title_notes(ft).items():
                by_brand.setdefault(canonical, (0, 0, compat[2]))
        if not lists and not by_brand:
            return judged
        out = []
        for m, c, compat in judged:
            cat, canonical = m.alias.brand.category, m.alias.brand.canonical
            if compat is None and c is not None and c.rule_id == "BRAND-UNAUTH":
                got = note[cat] if cat in lists else by_brand.get(canonical)
                if got is not None:
                    c, compat = self._judge(ft, m, _cues_near(cues, cue_starts, m), strong_brands, got)
            out.append((m, c, compat))
        return out

    def _title_notes(self, ft: FieldText) -> dict[str, tuple]:
        """canonical -> compatibility note of the brands the listing's title names in one."""
        title = ft.listing.title
        key = (title, ft.context.own_brands)
        got = self._title_cache.get(key)
        if got is None:
            tft = FieldText.of(ft.listing, "title", title, ft.context)
            got = {}
            for m, _, compat in self._judged(tft, title_notes=False):
                if compat is not None:
                    got.setdefault(m.alias.brand.canonical, compat)
            if len(self._title_cache) > 1024:
                self._title_cache.clear()
            self._title_cache[key] = got
        return got

    def _judge(self, ft: FieldText, m: Mention, cues, strong_brands, inherited=None):
        """(candidate or None, the compatibility cue the mention stands in, if any)."""
        text = ft.norm.text
        alias = m.alias
        brand = alias.brand
        word = m.word and brand.canonical not in strong_brands
        counterfeit = dupe = compare = compat = ctx = genuine = None
        for cs, ce, c in cues:
            near = _near(text, m, cs, ce, c, tight=word)
            if not near:
                continue
            k = c.kind
            if k == "C":
                if counterfeit is None or (c.strong and not counterfeit[2].strong):
                    counterfeit = (cs, ce, c)
            elif k == "D":
                dupe = dupe or (cs, ce, c)
            elif k == "K":
                compare = compare or (cs, ce, c)
            elif k in "PQ":
                compat = compat or (cs, ce, c)
            elif k == "X":
                ctx = ctx or (cs, ce, c)
            elif k == "G":
                genuine = genuine or (cs, ce, c)
        compat = compat or inherited
        if not ctx and not counterfeit:
            ctx = (self._product_context(text, m, brand, word) or _collab(ft.norm, m)
                   or self._honest.listing_product(ft, m, brand))
        if genuine is None and ctx is not None and ctx[0] >= m.e and ctx[2].kind == "X":
            # the brand's product glued on (小米耳机 原装): genuine wording reaches the two as one
            # name, and beats a compatibility word further off (小米耳机 原装 入耳式 线控 通用)
            named = Mention(m.s, ctx[1], m.aliases)
            g = next(((cs, ce, c) for cs, ce, c in cues
                      if c.kind == "G" and _near(text, named, cs, ce, c, tight=False)), None)
            if g is not None and (compat is None or _distance(named, g) < _distance(named, compat)):
                genuine = g
        if not (compat or counterfeit or dupe or compare):
            compat = self._spec_compat(ft, m, brand) or _example_compat(ft, m)
        if genuine and not (counterfeit or dupe or compare):
            # 原装苹果充电器, Genuine Apple adapter: the goods are said to be the brand's own, not
            # made to fit it — no compatibility note, the brand's use needs its authorisation
            compat, ctx = None, ctx or genuine
        name = brand.canonical
        quoted = ft.norm.quote(m.s, m.e)
        if compat and (dupe or compare):
            # the nearer wording decides: 适用于戴森 替换滤网 vs 用于… Dior同款
            other = dupe or compare
            if _distance(m, other) < _distance(m, compat):
                compat = None
        if counterfeit and (counterfeit[2].strong or not compat):
            return self._cand_(compat, ft, m, counterfeit, "brand_piggyback", "high", "BRAND-COUNTERFEIT",
                              f"{LAW_TM}；{LAW_CONFUSION}",
                              f"删除「{quoted}」及「{{cue}}」等仿冒暗示用语；未获{name}授权不得销售仿冒品，"
                              f"请只描述自有品牌和商品本身的材质、工艺。",
                              f"「{{cue}}」紧挨品牌「{name}」，暗示销售{name}的仿冒品/高仿货，"
                              f"属于侵犯注册商标专用权的行为。")
        if compat:
            if m.fuzzy or word:
                return None, compat
            return self._cand_(compat, ft, m, None, "brand_compat", "info", "BRAND-COMPAT", LAW_FAIR_USE,
                              "适配说明可以保留：写清「适用于/兼容 + 品牌 + 具体型号」，不要使用对方商标图形或暗示官方出品。",
                              f"「{quoted}」出现在适配/兼容说明中（「{compat[2].phrase}」），属于说明商品用途的正当使用。",
                              conf=0.9)
        if dupe or compare:
            cue = dupe or compare
            is_cmp = dupe is None
            return self._cand_(None, ft, m, cue, "brand_piggyback", "high",
                              "BRAND-COMPARE" if is_cmp else "BRAND-DUPE",
                              f"{LAW_COMPARE}；{LAW_CONFUSION}" if is_cmp else f"{LAW_CONFUSION}；{LAW_TM}",
                              f"删除「{quoted}」和「{{cue}}」，不要借他人品牌引流；改写为自有品牌及商品自身卖点"
                              f"（材质、尺寸、功能）。",
                              (f"用「{{cue}}」把商品与品牌「{name}」作比较，借他人商誉宣传，属于广告法禁止的贬低/比较用语，"
                               f"也易构成混淆行为。") if is_cmp else
                              (f"「{{cue}}」把商品与品牌「{name}」挂钩（同款/平替/风格），借他人品牌知名度引流，"
                               f"易使消费者误认为与{name}存在特定联系，构成混淆行为。"))
        if m.fuzzy and ft.field != "image":  # OCR misreadings look like misspellings
            return self._cand_(None, ft, m, None, "brand_piggyback", "high",
                               "BRAND-LOOKALIKE" if m.fuzzy.startswith(_CJK_VARIANT) else "BRAND-FUZZY",
                              f"{LAW_TM}；{LAW_CONFUSION}",
                              f"删除「{quoted}」：这是「{name}」的近似写法，改用自有品牌名称。",
                              f"「{quoted}」是品牌「{name}」{_also(alias, name)}的变体写法（{m.fuzzy}），用近似商标规避平台过滤、"
                              f"蹭品牌热度，属于使用近似商标的侵权/混淆行为。",
                              conf=m.confidence)
        if word and not ctx:
            return None, None  # an ordinary word (红富士苹果, 小米粥) without brand context
        if any(c.kind == "R" for _, _, c in cues):
            # 二手/闲置/9成新/购于…: the seller resells goods bought from the brand; naming the
            # brand of genuine goods put on the market by its owner is no use of the mark as one's
            # own (权利用尽). Copy, dupe and comparison wording and misspelt names were judged above.
            return None, None
        if not ctx and not m.fuzzy and _buried(ft, m):
            return None, None  # 尚美 inside 时尚美观, 品高 across 产品 高端: not a name on its own
        if not ctx and alias.latin and _function_word_prose(quoted):
            return None, None  # "image on running", "walking on running track": a preposition and a word, not On Running
        if not ctx and alias.latin and _species_name(text, m.e):
            return None, None  # Pacman Frog Food: an animal's common name, food for that animal
        conf = m.confidence
        if alias.latin and len(alias.key) <= 2:
            conf = 0.7
        if word:
            conf = 0.75
        return self._cand_(None, ft, m, None, "brand_unauthorized", "medium", "BRAND-UNAUTH", LAW_TM,
                          f"如本店是「{name}」的商标权利人或授权经销商，请把它加入 own_brands（--own-brand）；"
                          f"否则删除品牌名，只描述商品本身。",
                          f"商品文字中出现知名品牌「{name}」，但本店未登记为该品牌的权利人或授权经销商，"
                          f"存在售假/蹭品牌风险。",
                          conf=conf)

    def _cand_(self, compat, *args, **kw):
        return self._cand(*args, **kw), compat

    def _cand(self, ft: FieldText, m: Mention, cue, category, severity, rule_id, law, suggestion,
              explanation, conf: float | None = None) -> Candidate:
        ns, ne = m.s, m.e
        cue_text = ""
        if cue is not None:
            ns, ne = min(ns, cue[0]), max(ne, cue[1])
            cue_text = ft.norm.quote(cue[0], cue[1])
        s, e = ft.norm.span(ns, ne)
        if m.fuzzy and rule_id not in ("BRAND-FUZZY", "BRAND-LOOKALIKE"):
            explanation += f"（「{ft.norm.quote(m.s, m.e)}」是「{m.alias.brand.canonical}」的变体写法：{m.fuzzy}）"
        return Candidate(s, e, category, severity, conf if conf is not None else min(0.95, m.confidence),
                         m.alias.brand.canonical, rule_id, law,
                         suggestion.replace("{cue}", cue_text), explanation.replace("{cue}", cue_text),
                         self.name, ns, ne)


# ----------------------------------------------------------------------------- helpers

def _apart_in_original(norm, i: int) -> bool:
    """Were normalised characters i-1 and i apart in the original (Supreme×GUZI, Gucci★Bag)?"""
    if norm is None or not 0 < i < len(norm.offsets):
        return False
    a, b = norm.offsets[i - 1], norm.offsets[i]
    orig = norm.original
    gap = orig[a + 1:b]
    if b - a > 1 and not gap.strip() and _single_letter(orig, a) and _single_letter(orig, b):
        # letters spaced out one by one read as one word (W H A T Y O U ' L L G E T, C O P Y R I G H T
        # C L A I M): a name inside that word is no mention, as LG is none inside ALLGET
        return False
    return b - a > 1 and all(c in _MARKS for c in gap.strip())  # not a model number's hyphen (MK-HJ1701)


# a name read with an animal word after it and a pet-supply word after that is the animal's common
# name (Pacman Frog Food, Oscar Fish Pellets): the listing sells for that animal, not the brand's
# goods (the brand's own logo animals — Lacoste crocodile polo, Gucci snake bag — stay mentions)
_SPECIES = re.compile(
    r" ?(?:frog|toad|newt|axolotl|gecko|lizard|iguana|snake|python|turtle|tortoise|fish|shrimp|snail|crab|"
    r"cichlid|tetra|pleco|barb|goby|guppy|molly|betta|parrot|finch|budgie|hamster|rabbit|guinea pig|chinchilla)"
    r"s? (?:food|foods|diet|pellets?|treats?|feed|habitat|tank|terrarium|substrate|bedding|cage|enclosure|"
    r"care|kit|starter kit|vitamins?|supplements?)(?![a-z0-9])")


def _camel_joint(norm, i: int) -> bool:
    """Were normalised characters i-1 and i one lower-case and one capital letter side by side
    in the original (WilsonTennis)? Nothing between them: a slash or a space is another case."""
    if norm is None or not 0 < i < len(norm.offsets):
        return False
    a, b = norm.offsets[i - 1], norm.offsets[i]
    o = norm.original
    return b == a + 1 and o[a].islower() and o[b].isupper() and o[a].isascii() and o[b].isascii()


def _function_word_prose(quoted: str) -> bool:
    """A two-word Latin name that opens with an English function word (On Running, The Row),
    written all in lower case: the words of a sentence (printed on running, walking on running
    track), not the brand, which capitalises its name."""
    words = quoted.split()
    return len(words) == 2 and words[0] in _FUNCTION_WORDS and quoted == quoted.lower()


def _species_name(text: str, e: int) -> bool:
    return _SPECIES.match(text, e) is not None


# compatibility said of a kind of goods, the brand names given as examples of it: "matches all
# Generic head bottles such as Coke, Pepsi, Sprite", "fits most cups, e.g. Yeti, Stanley": a cue
# before the kind, then such as / including / e.g., then a list of names up to the brand
_EXAMPLE_LIST = re.compile(
    r"(?:^|[^a-z])(?:fits?|matches|match|compatible with|works? with|for use with|suitable for|connects? to|"
    r"connects?|attaches to|holds?|designed for|made for)\s[^.;:!?\n]{2,60}?[a-z]\s*,?\s*"
    r"(?:such as|including|e\.g\.?|for example)\s*[:,]?\s*"
    r"(?:[a-z0-9][\w'&.+-]*(?:\s[a-z0-9][\w'&.+-]*){0,2}\s*(?:,|/|&|\band\b|\bor\b)\s*){0,6}$",
    re.IGNORECASE)


def _example_compat(ft: FieldText, m: Mention):
    """A brand named as an example of the goods a compatibility cue governs (see _EXAMPLE_LIST)."""
    norm = ft.norm
    s, _ = norm.span(m.s, m.e)
    orig = norm.original
    if "such as" not in orig and "includ" not in orig.lower() and "e.g" not in orig and "for example" not in orig:
        return None
    before = orig[max(0, s - 140):s]
    if "such as" not in before.lower() and "includ" not in before.lower() and "e.g" not in before.lower() \
            and "for example" not in before.lower():
        return None
    got = _EXAMPLE_LIST.search(before)
    if got is None:
        return None
    return (m.s, m.s, Cue("such as", "such as", "P", 99, -1, False))


def _single_letter(orig: str, i: int) -> bool:
    """Is original character i a Latin letter standing alone between separators?"""
    return orig[i].isascii() and orig[i].isalpha() and (i == 0 or not _an(orig[i - 1])) \
        and (i + 1 >= len(orig) or not _an(orig[i + 1]))


_MARKS = set("×✕✖╳★☆♥❤♡✧✦")


def _also(alias: Alias, name: str) -> str:
    """The name the variant imitates, when it is not the canonical one: （奥利奥）."""
    return f"（{alias.name}）" if alias.name and normalize_key(alias.name) != normalize_key(name) else ""


def _mostly_letters(tok: str) -> bool:
    letters = sum(1 for c in tok if c.isalpha())
    return letters >= 3 and len(tok) - letters - tok.count("0") - tok.count("1") - tok.count("&") <= 1


@lru_cache(maxsize=16)
def _stem_re(stem: str):
    """A Latin word of three or more letters glued to `stem` or one space before it (whitepods,
    elite pods), the stem ending the word."""
    return re.compile(r"(?<![a-z0-9])([a-z]{3,12})( ?)" + re.escape(stem) + r"(?![a-z0-9])")


_TITLE_PAIR = re.compile(r"[A-Z][a-z]{2,11} [A-Z][A-Za-z]+")


def _overlaps(s: int, e: int, spans) -> bool:
    if isinstance(spans, SpanSet):
        return spans.overlaps(s, e)
    for a, b in spans:
        if a < e and s < b:
            return True
    return False


def _classic_typo(folded: str, best) -> bool:
    """A misspelling the classic way (a letter doubled or dropped, two swapped, a vowel for a
    vowel, a look-alike letter) — what a title's first word must be to read as a misspelt brand
    when the words after it run on: an own brand name one consonant off a famous one (STRIFF,
    Steiff) is a name of its own."""
    d, alias, _ = best
    if d == 2:
        return len(folded) >= 10  # the budget of a long name (PolyStation)
    return d == 0 or (d == 1 and typo_kind(folded, fold(alias.key)) in ("double", "drop", "swap", "vowel"))


def _cues_near(cues: list, cue_starts: list[int], m: Mention) -> list:
    """The cues (sorted by start) that can reach the mention: gaps are a dozen characters at most."""
    return cues[bisect_left(cue_starts, m.s - _CUE_REACH):bisect_right(cue_starts, m.e + _CUE_REACH)]


def _distance(m: Mention, cue) -> int:
    cs, ce = cue[0], cue[1]
    return m.s - ce if ce <= m.s else cs - m.e


def _clean_gap(gap: str) -> bool:
    for ch in gap:
        if ch in _BOUNDARY:
            return False
    return True


def _near(text: str, m: Mention, cs: int, ce: int, c: Cue, tight: bool) -> bool:
    """Is the cue [cs, ce) next to the mention, on a side the cue works on, in the same clause?"""
    if cs < m.e and m.s < ce:
        return False  # overlapping (a cue inside a brand name)
    if ce <= m.s:
        if c.before < 0:
            return False
        gap = m.s - ce
        limit = min(_tight(c), c.before) if tight else c.before
        if tight and text[ce:m.s] == " ":
            gap = 0  # the space between two English words: next to each other (Yeti dupe)
        between = text[ce:m.s]
        if c.kind in "PCD" and (":" in between or "：" in between):
            # a colon opens what the cue is about (Compatible with: iPhone 15, 适用机型：华为, 高仿: LV)
            between = between.replace(":", "", 1) if ":" in between else between.replace("：", "", 1)
        return gap <= limit and _clean_gap(between)
    if c.after < 0:
        return False
    gap = cs - m.e
    limit = min(_tight(c), c.after) if tight else c.after
    if tight and text[m.e:cs] == " ":
        gap = 0
    return gap <= limit and _clean_gap(text[m.e:cs])


_CLAUSE_END = set(",;!?，。；！？\n")


def _merge_same_brand(text: str, live: list[Mention]) -> list[Mention]:
    """One mention for a brand named twice in a row (迪奥 Dior, 华为(HUAWEI), Apple/苹果)."""
    out: list[Mention] = []
    for m in live:
        p = out[-1] if out else None
        if (p is not None and not p.fuzzy and not m.fuzzy and 0 <= m.s - p.e <= 2
                and p.alias.brand is m.alias.brand
                and all(not c.isalnum() and c not in _CLAUSE_END for c in text[p.e:m.s])):
            out[-1] = Mention(p.s, m.e, p.aliases + m.aliases, "", max(p.confidence, m.confidence))
            continue
        out.append(m)
    return out


def _buried(ft: FieldText, m: Mention) -> bool:
    """A two-character Chinese name with Chinese text glued to both sides in the original, or
    spanning a separator: more likely the middle of other words than a brand standing alone."""
    key = ft.norm.text[m.s:m.e]
    if len(key) != 2 or not (is_cjk(key[0]) and is_cjk(key[1])):
        return False
    orig = ft.norm.original
    s, e = ft.norm.span(m.s, m.e)
    if e - s != 2:
        return True  # 品 高
    left = orig[s - 1] if s > 0 else ""
    right = orig[e] if e < len(orig) else ""
    return bool(left) and is_cjk(left) and bool(right) and is_cjk(right)


def _apart(norm, i: int) -> bool:
    """Is the normalised character i followed by a separator in the original text?"""
    o = norm.offsets[i] + 1
    return o < len(norm.original) and not is_cjk(norm.original[o])


def _tight(c: Cue) -> int:
    """Largest gap at which a cue makes an ordinary-word name a brand (-1: never)."""
    if not c.word:
        return -1
    if c.kind in "PQ":
        return max(c.before, c.after)
    return 0 if c.kind == "D" else 1


def _standalone(ft: FieldText, s: int, e: int) -> bool:
    """A two-character window that stands apart in the original text (a space, punctuation,
    Latin text or the end of the field on both sides) — a homophone of a two-character brand
    glued to other Chinese characters is usually an ordinary word (化为乌有 is not 华为)."""
    orig = ft.norm.original
    os_, oe = ft.norm.span(s, e)
    left = orig[os_ - 1] if os_ > 0 else ""
    right = orig[oe] if oe < len(orig) else ""
    return not (left and is_cjk(left)) and not (right and is_cjk(right))
