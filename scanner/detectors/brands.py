"""Brand piggy-backing (蹭品牌): brand names next to counterfeit or dupe wording, misspelled or
homophone brand names, famous brands in a shop not authorised for them — and the safe harbours
(the shop's own brands, true compatibility statements, brand names that are ordinary words).

One pass per index over the normalised field text:
1. mentions — exact aliases (Aho-Corasick), misspelled Latin tokens (delete index + OSA
   distance on whole tokens only), Chinese homophones / look-alike characters (Aho-Corasick over
   the toneless-pinyin syllable string of the text);
2. cues — counterfeit, dupe/comparison, compatibility and brand-context wording (Aho-Corasick);
3. each mention is judged by the cues next to it (same clause, a few characters away).

This module wires the steps; finding mentions is `brand_mentions.py` (with `brand_slugs.py` for
names glued inside a shop's slug and `brand_homophones.py` for Chinese sound- and look-alikes; the
`Mention` record in `brand_spans.py`), judging them `brand_judging.py` (cues, compatibility notes
and fits-lists).
"""
from __future__ import annotations

from ..branddb import load_brand_db
from ..brands import BrandDB, Automaton, OwnSet
from ..engine import Candidate, FieldText
from ..normalize import normalize_key
from .brand_compat import HonestMentions
from .brand_context import _clean_gap, _cues_near, _merge_same_brand, _own_cues
from .brand_judging import Judging, _cue_automaton_cached
from .brand_lookalike import lookalike_index
from .brand_mentions import _GLUED_NAME, MentionFinding
from .brand_spans import Mention, _overlaps
from .brand_spelling import spelling_index
from .brand_tables import tables
from .brand_variants import variants


class BrandDetector(MentionFinding, Judging):
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
        self._resale_cache: dict[str, bool] = {}  # description -> holds resale wording (brand_judging._resold)

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

    def _replaces_words(self, text: str, h: Mention, over: list) -> bool:
        """Does the look-alike `h` replace the ordinary-word names it overlaps (see _judged)? It
        must contain them, be longer, and have the brand's goods right after it — or, three or more
        characters around words under half its length, the brand's goods anywhere."""
        if not all(h.s <= w.s and w.e <= h.e and h.e - h.s > w.e - w.s for w in over):
            return False
        canonical = h.alias.brand.canonical
        return self._variants.product_after(text, h.e, canonical) or (
            h.e - h.s >= 3 and h.fuzzy.startswith("形近字替换") and all(2 * (w.e - w.s) < h.e - h.s for w in over)
            and self._variants.sells(text, canonical, unknown=False))

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
        fuzzy = self._latin_fuzzy(text, [(m.s, m.e) for m in strong] + own_spans,
                                  [(m.s, m.e, m.alias.brand.canonical) for m in strong],
                                  lead=ft.field == "title")
        if fuzzy and ("..." in ft.norm.original or "…" in ft.norm.original):
            fuzzy = [m for m in fuzzy if not _cut_off(ft.norm, m.e)]
        mentions += fuzzy
        if "|" in ft.norm.original or "!" in ft.norm.original:
            mentions += self._pipe_names(ft.norm, taken + [(m.s, m.e) for m in fuzzy])
        # ordinary-word names (清扬, 大白) do not block the homophone pass: a look-alike around one
        # (清扬扬, 大白免), with the brand's own product after it, is the look-alike and replaces the
        # word it contains; any other overlap keeps the word (雅典农业大学 is no 雅典表). A look-alike
        # of three or more characters around a word of under half its length (贵入鸟 around 鸟) needs
        # the brand's goods anywhere in the field (足球服 贵入鸟 新款: a title's words come in any order)
        words = [m for m in mentions if m.word]
        inside = set()
        for h in self._homophones(ft, own_spans + [(m.s, m.e) for m in mentions if not m.word]):
            over = [w for w in words if w.s < h.e and h.s < w.e]
            if over and not self._replaces_words(text, h, over):
                continue
            inside.update(map(id, over))
            mentions.append(h)
        if inside:
            mentions = [m for m in mentions if id(m) not in inside]
        # a name with one character changed right before the brand's own product name (美汁果 果粒橙)
        nicks = [(m.s, m.e, m.alias) for m in mentions if not m.fuzzy and not m.word and m.alias.kind == "nick"]
        if nicks:
            spans = [(m.s, m.e) for m in mentions] + own_spans
            for s, e, alias, how in self._variants.before_own_name(ft, nicks, self.db.aliases):
                if not _overlaps(s, e, spans):
                    mentions.append(Mention(s, e, (alias,), how, 0.8))
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
        if "#" in text:
            # a run of brand hashtags (#nike #supreme #stussy): a name that is also a word, tagged
            # beside a tagged brand name, is tagged as the brand too (Depop: irrelevant brand hashtags)
            tagged = [m for m in live if m.s and text[m.s - 1] == "#"]
            if any(not m.word for m in tagged):
                strong_brands |= {m.alias.brand.canonical for m in tagged}
        live.sort(key=lambda m: m.s)
        live = _merge_same_brand(text, live)
        prev: Mention | None = None
        prev_compat = None
        judged: list[tuple[Mention, Candidate | None, tuple | None]] = []
        for m in live:
            inherited = None
            if prev_compat is not None and 0 <= m.s - prev.e <= 3 and _clean_gap(text[prev.e:m.s]):
                inherited = (prev.s, prev.e, prev_compat[2])  # 适用于苹果/华为, for Apple iPhone
            near = _cues_near(cues, cue_starts, m)
            if len(live) > 1:
                near = _own_cues(text, m, near, live)
            c, prev_compat = self._judge(ft, m, near, strong_brands, inherited)
            prev = m
            judged.append((m, c, prev_compat))
        listed = []
        for m in own_ms:  # 苹果华为通用…vivo小米oppo with Apple and Huawei declared own: still a list
            listed.append((m, None, self._judge(ft, m, _cues_near(cues, cue_starts, m), strong_brands)[1]))
        return self._compat_lists(ft, judged, cues, cue_starts, strong_brands, listed, title_notes)


def _cut_off(norm, end: int) -> bool:
    """Does an ellipsis follow the word ending at normalised `end` ("… 21 Vitami...": a search page cut
    the title there)? Such a fragment is no misspelt brand name."""
    o = norm.span(end - 1, end)[1]
    return norm.original.startswith(("...", "…"), o)
