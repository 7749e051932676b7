"""Misspelt Latin brand names (the Latin half of the brand detector's mention finding,
scanner/detectors/brand_mentions.py): single tokens by a delete index and OSA distance on whole
tokens (Nlke, Gucii, LEG0), letters swapped apart (Cugci), names glued in a shop's slug
(niikegolf), names read by their sound (Jo Malon), multi-word names with one word misspelt (Patek
Philipe, King Kooil) and a bar written for an edge l (|EGO). Runs of Latin words are read once
per text and what they yield is cached by the run's text."""
from __future__ import annotations

import re
from bisect import bisect_left

from rapidfuzz.distance import OSA

from ..brand_keys import (FUNCTION_WORDS as _FUNCTION_WORDS, _english as _english_words, deletes, fold,
                          is_english_word, max_edits)
from ..brands import is_cjk
from ..matching import SpanSet
from ..normalize import normalize_key
from .brand_slugs import _SLUG_HOW
from .brand_spans import Mention, _overlaps
from .brand_spelling import collapse, phonetic, short_typo_ok, typo_kind


# a count before a word (2 Channel, 7.1.2 Channel, Dual Channel): the word's own sense
_COUNT_BEFORE = re.compile(r"(?:\d|(?<![a-z])(?:dual|multi|single|double|triple|quad|stereo|mono|two|three|four|"
                           r"six|eight|sixteen))[ \-]?$")


# a Latin word: H&M and D&G one word; a look-alike symbol between two letters stays inside it
# (Ch@nel, Dy$on, D!or: brands.fold reads @ as a, $ as s, ! and | as i); @ or $ for the first or
# last letter of a word stays on it too ($hure, @didas, Prad@): a leading one only before three
# letters, a trailing one only after three letters and before no letter or digit
_TOKEN = re.compile(r"(?:(?<![a-z0-9@$])[@$](?=[a-z]{3}))?[a-z0-9]+(?:(?:&|(?<=[a-z])[@$!|](?=[a-z]))[a-z0-9]+)*"
                    r"(?:(?<=[a-z]{3})[@$](?![a-z0-9@$]))?")


# letters that are no accented form but pose as one (amazøn: ø for o, read as the slashed zero it
# looks like, so the look-alike fold takes it — iplegalcorner 2019 on typosquatting); accented
# letters (Škdoa, Kérasta5e) come here as their base letter already (normalize drops accents)
_DEACCENT = {ord("ø"): "0"}
_ACCENTED = re.compile("[" + "".join(map(chr, _DEACCENT)) + "]")


# the same without the edge symbols, for the many texts with no @ or $ (several times faster)
_TOKEN_PLAIN_RE = r"[a-z0-9]+(?:(?:&|(?<=[a-z])[!|](?=[a-z]))[a-z0-9]+)*"
_TOKEN_PLAIN = re.compile(_TOKEN_PLAIN_RE)


# a run of tokens, one space or apostrophe between each two (Arc'teryx is one name): the runs
# _latin_fuzzy reads, found in one pass (with edge symbols only in texts that have @ or $)
_RUN_PLAIN = re.compile(f"{_TOKEN_PLAIN_RE}(?:[ '](?:{_TOKEN_PLAIN_RE}))*")
_RUN = re.compile(f"(?:{_TOKEN.pattern})(?:[ '](?:{_TOKEN.pattern}))*")


# a bar glued to the first or last letter of a Latin word, apart from other letters (|EGO, Era|)
# (and an exclamation mark for a first i: !lly; after a word it ends a sentence)
_PIPE_EDGE = re.compile(r"(?<![A-Za-z0-9|!])([|!])([A-Za-z][A-Za-z0-9]{1,24})(?![A-Za-z0-9|!])"
                        r"|(?<![A-Za-z0-9|])([A-Za-z0-9]{1,24}[A-Za-z])\|(?![A-Za-z0-9|])")


def _latin_at(orig: str, i: int, step: int) -> bool:
    """Is there a Latin letter at i, or past one space at i (step -1: looking left, 1: right)?"""
    if 0 <= i < len(orig) and orig[i] == " ":
        i += step
    return 0 <= i < len(orig) and orig[i].isascii() and orig[i].isalpha()


_MAX_FUZZY_TOKEN = 64  # the longest Latin brand name has 42 characters


def _token_re(text: str):
    """The Latin-word and word-run patterns for a text: edge symbols only matter when it has @ or $."""
    return (_TOKEN, _RUN) if "@" in text or "$" in text else (_TOKEN_PLAIN, _RUN_PLAIN)


def _cut_last(folded: str, name: str) -> bool:
    """`folded` is a short `name` without its last letter (Rico / Ricoh): the 微商 mask (Gucc*) —
    or a word of its own (Puerto Rico)."""
    return len(name) <= 5 and fold(name)[:-1] == folded


def _decimals(text: str, s: int) -> bool:
    """Does the token at `s` continue a number, after its decimal point or comma (1.0, 2,5)? Its
    digits are figures, not letters written as look-alike digits (HRX Core 1.0 Running is no
    0n Running)."""
    return s >= 2 and text[s - 1] in ".," and text[s - 2].isdigit() and text[s].isdigit()


def _doubled(word: str, name: str) -> bool:
    """`word` is `name` with one of its letters written twice (channel / chanel)."""
    return len(word) == len(name) + 1 and any(
        word[i] == word[i - 1] and word[:i] + word[i + 1:] == name for i in range(1, len(word)))


def _mostly_letters(tok: str) -> bool:
    letters = sum(1 for c in tok if c.isalpha())
    return letters >= 3 and len(tok) - letters - tok.count("0") - tok.count("1") - tok.count("&") <= 1


def _classic_typo(folded: str, best) -> bool:
    """A misspelling the classic way (a letter doubled or dropped, two swapped, a vowel for a
    vowel, a look-alike letter) — what a title's first word must be to read as a misspelt brand
    when the words after it run on: an own brand name one consonant off a famous one (STRIFF,
    Steiff) is a name of its own."""
    d, alias, _ = best
    if d == 2:
        return len(folded) >= 10  # the budget of a long name (PolyStation)
    return d == 0 or (d == 1 and typo_kind(folded, fold(alias.key)) in ("double", "drop", "swap", "vowel"))


class LatinSpelling:
    """The misspelt-Latin-name half of MentionFinding (brand_mentions.py): reads the indexes the
    brand detector holds (`db`, `_spelling`, `_tables`, `_honest`, the token and run caches)."""

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
                if base != tok and len(tok) - len(base) == 1 and (
                        tok[-1] in "03" if len(base) == 3 else len(base) >= 4 and tok[-1] in "03457"):
                    # …unless the digit is the name's last letter written alike (LEG0, NIK3, Furl4):
                    # then the name exactly, after folding (not a 1: Matte1 is a shade's number)
                    best = self._fuzzy_token(f)
                    if best is not None and best[0] != 0:
                        best = None
                elif base == tok or not (base in self.db.aliases or is_english_word(base)):
                    best = self._fuzzy_token(f)
                    if best is None and ("rn" in tok or "vv" in tok):
                        # the cluster fold (rn read as m) can hide a plain typo: Eucern for Eucerin
                        plain = fold(tok, clusters=False)
                        best = self._fuzzy_token(plain) if len(plain) <= _MAX_FUZZY_TOKEN else None
                    english = is_english_word(tok)
                    # an English word is not a misspelt brand (pink/Pinko, hair/Haier, audio/Audi)
                    # unless it is the name with one letter doubled, the classic misspelling (Channel)
                    # (a plural or -ed form of a rare word, spelt like the name, still counts: Hermas)
                    if best is not None and english and not _doubled(tok.lower(), best[1].key) and not (
                            tok.lower() not in _english_words() and best[0] == 1 and len(f) >= 6
                            and len(f) == len(fold(best[1].key))):
                        best = None
                    if best is None and not english and 5 <= len(f) <= 10 and f.isalpha():
                        best = self._swapped(f)  # two letters of the name swapped, not neighbours: Cugci
                    if best is None and not english and len(tok) >= 7 and tok.isalpha():
                        best = self._slug_fuzzy(tok)  # a misspelt name in a shop's slug: niikegolf
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
        token_re, run_re = _token_re(text)
        # runs of tokens separated by one space (English needs word boundaries; Chinese glues); a
        # run clear of every exact mention depends on its own words only: word runs repeat a lot
        # (a shop's boilerplate), so what such a run yields — nothing, mostly — is kept by its
        # text, and a known run costs one dict probe
        cache = self._tokens
        known = self._runs
        taken_set = None
        out: list[Mention] = []
        for rm in run_re.finditer(text):
            rs, rend = rm.span()
            first = lead and rs == 0
            if taken:
                if taken_set is None:
                    taken_set = SpanSet.of(taken)
                key = (first, rm.group()) if not taken_set.overlaps(rs, rend) else None
            else:
                key = (first, rm.group())
            if key is not None:
                got = known.get(key)
                if got is not None:
                    if got:
                        out.extend(Mention(rs + a, rs + b, als, how, conf) for a, b, als, how, conf in got)
                    continue
            run = [(m.start(), m.end(), m.group()) for m in token_re.finditer(text, rs, rend)]
            infos = [cache.get(t[2]) or self._token_info(t[2]) for t in run]
            mark = len(out)
            if any(x[1] is not None or x[2] or x[3] for x in infos):  # else nothing is near a brand name
                if taken_set is None:
                    taken_set = SpanSet.of(taken)
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
            # (a misspelt name inside a shop's slug is no prose word, however long the run: niikegolf)
            if best is not None and (words <= 4 or best[2] == _SLUG_HOW
                                     or (first and i == 0 and _classic_typo(infos[i][0], best)
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
                    anchored = db.multiword_anchor.get((k, p, folded))
                    if anchored:
                        self._anchored(text, run[j:j + k], infos[j:j + k], anchored, taken_set, out)
                    if not names:
                        continue  # no k-word name has this word at this position
                    group = run[j:j + k]
                    if _decimals(text, group[0][0]):
                        continue  # the decimals of a number (Core 1.0 Running) are no look-alike letter
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
                        if all(is_english_word(t[2]) for t in group) and any(
                                x != y and len(x) > 2 and OSA.distance(x, y) >= 2
                                for x, y in zip(fw, name_words)):
                            # every word an ordinary word, one of them two edits off the name's: a
                            # phrase, not a typo (Superdry's "Solo Sport" is no Kolon Sport)
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

    def _anchored(self, text, group, infos, names, taken_set, out) -> None:
        """A multi-word name found by its common or short word (King Kooil, Wu Yutia): every
        other word one typo off the name's, five letters or more and no English word (king coil
        is a phrase, Li Ming a person's name rather than Li Ning)."""
        fw = tuple(x[0] for x in infos)
        raw = [t[2] for t in group]
        ms, me = group[0][0], group[-1][1]
        if _decimals(text, ms) or _overlaps(ms, me, taken_set) or any(o.s <= ms and me <= o.e for o in out):
            return
        for name_words, alias in names:
            diff = [(x, y, r) for x, y, r in zip(fw, name_words, raw) if x != y]
            if len(diff) != 1:
                continue  # the common word right and one other word misspelt
            x, y, r = diff[0]
            if len(x) < 5 or not r.isalpha() or is_english_word(r) or r in self.db.aliases \
                    or OSA.distance(x, y, score_cutoff=1) > 1:
                continue
            out.append(Mention(ms, me, (alias,), "拼写近似，编辑距离 1", 0.75))
            return

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

    def _swapped(self, f: str):
        """A name of five to ten letters with two of its letters swapped that are not neighbours
        (Cugci for Gucci: the edit distance counts it as two changes, one more than a short name may take), as
        (1, alias, how) or None; the name's letters all kept, nothing added or dropped."""
        index = self.__dict__.get("_swap_index")
        if index is None:
            index = {}
            for name, alias in sorted(self.db.latin_names, key=lambda x: (x[0], x[1].brand.canonical)):
                if 5 <= len(name) <= 10 and name.isalpha():
                    index.setdefault("".join(sorted(name)), []).append((name, alias))
            self._swap_index = index
        for name, alias in index.get("".join(sorted(f)), ()):
            if typo_kind(f, name) == "swap":
                return 1, alias, "字母顺序调换"
        return None

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

    def _pipe_names(self, norm, taken) -> list[Mention]:
        """A name with a bar written for its first or last l or i (|EGO, Era|, |kea) or an
        exclamation mark for its first i (!lly): the normaliser drops such a symbol at a word's
        edge as a separator, so it is read here in the original — a name exactly once the symbol
        is the letter, no English word (|ove is no Love)."""
        out: list[Mention] = []
        if not norm.ordered:
            return out
        offs = norm.offsets
        orig = norm.original
        for m in _PIPE_EDGE.finditer(orig):
            if _latin_at(orig, m.start() - 1, -1) and _latin_at(orig, m.end(), 1):
                continue  # inside English words on both sides: Golden Era| Vintage is a phrase
            word = m.group(2) or m.group(3)
            if m.group(1):
                keys = ("l" + word, "i" + word) if m.group(1) == "|" else ("i" + word,)
            else:
                keys = (word + "l", word + "i")
            alias = None
            for key in keys:
                key = key.lower()
                # (a bar may stand between words; a leading ! glued to a word never does)
                if m.group(1) == "!" or not is_english_word(key):
                    alias = next((a for a in self.db.aliases.get(key, ()) if not a.word and a.brand.fuzzy), None)
                    if alias is not None:
                        break
            if alias is None:
                continue
            ws = m.start(2) if m.group(1) else m.start(3)
            s, e = bisect_left(offs, ws), bisect_left(offs, ws + len(word))
            if norm.text[s:e] != word.lower() or _overlaps(s, e, taken):
                continue
            sym = m.group(1) or "|"
            out.append(Mention(s, e, (alias,), f"形近字母替换：「{sym}」代替字母（{m.group()}）", 0.8))
        return out
