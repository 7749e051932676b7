"""Chinese sound-alike and look-alike brand names (康帅傅, 粤利粤, 奈克): Aho-Corasick over the
toneless-pinyin syllable string of a field, look-alike characters, prefixed and suffixed names and
variants, each kept only where it does not read as ordinary words. A mixin of the brand detector's
mention finder (brand_mentions.MentionFinding)."""
from __future__ import annotations

from ..brands import is_cjk
from ..pinyin_tables import phrase_char_counts, same_sound_with_tone
from ..engine import FieldText
from ..matching import SpanSet
from .brand_lookalike import sentence_window
from .brand_spans import Mention, _overlaps
from .brand_variant_index import PRODUCT_REACH

# a character in fewer of pypinyin's phrases than this is no everyday word-part (夭 4, 怏 2; 大 1,210)
RARE_CHAR_PHRASES = 12


def _standalone(ft: FieldText, s: int, e: int) -> bool:
    """A two-character window that stands apart in the original text (a space, punctuation,
    Latin text or the end of the field on both sides) — a homophone of a two-character brand
    glued to other Chinese characters is usually an ordinary word (化为乌有 is not 华为)."""
    orig = ft.norm.original
    os_, oe = ft.norm.span(s, e)
    left = orig[os_ - 1] if os_ > 0 else ""
    right = orig[oe] if oe < len(orig) else ""
    return not (left and is_cjk(left)) and not (right and is_cjk(right))


def _edge_in_word(norm, s: int, e: int, name: str, phrases) -> bool:
    """The window's first or last character, not the name's own, makes an ordinary word with the
    character outside it (每年大赛 is 每年 + 大赛, not 美年达): the sound-alike runs across a word
    boundary, so the characters belong to other words. Not across a space the seller typed
    (多色 带比尔斯: no 色带)."""
    text = norm.text
    if text[e - 1] != name[-1] and e < len(text) and text[e - 1:e + 1] in phrases and not norm.spaced(e):
        return True
    return text[s] != name[0] and s > 0 and text[s - 1:s + 1] in phrases and not norm.spaced(s)


class HomophoneFinding:
    """The Chinese sound-alike half of MentionFinding (its brand index, tables and look-alike index)."""

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
        found = [x for x in li.find(ft.norm, syl, db.aliases, hits, self._variants.product_after)
                 if not self._ordinary_swap(text, x)]
        if li.two:
            two = self._tables.hits(ft, "brand_lookalike")
            if two:
                found += li.find_two(ft.norm, two)
        if li.suffixes:
            suffixes = self._tables.hits(ft, "brand_lookalike_suffix")
            if suffixes:
                found += li.find_prefixed(ft.norm, db.aliases, suffixes, self._variants.product_after)
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
                # (pypinyin's phrases and the ordinary words of lookalike_words.csv: 自然糖心 runs into 糖心)
                if _edge_in_word(ft.norm, start, end, name, self._lookalike.edge_words):
                    continue
                if L == 3 and same < 2 and not _standalone(ft, start, end):
                    # two of a three-character name's characters swapped for sound-alikes, glued to other Chinese
                    # text: a run across ordinary words (科研试剂 is 科研 + 试剂, not 科颜氏)
                    continue
                if sentence_window(window, name, self._lookalike.phrases,
                                   lambda: self._variants.product_after(text, end, alias.brand.canonical)):
                    continue  # 宝宝的实力 is no 宝得适: the particle 的 stands for its 得
                if _overlaps(start, end, taken):
                    continue
                out.append(Mention(start, end, (alias,), "谐音/形近字", 0.75))
                break
        return out

    def _ordinary_swap(self, text: str, hit) -> bool:
        """A look-alike with one everyday character swapped that reads as ordinary words unless the
        brand's own product follows: its unchanged end an ordinary noun after a modifier (大个核桃 for 六个核桃:
        大个 + 核桃, big walnuts — 大个核桃 植物蛋白饮料 is the 山寨 drink, 新疆 大个核桃 薄皮 is nuts), or
        the swapped character making a word with its neighbour (不占酒量酒器: 酒量, capacity for drink,
        read as 酒鬼酒 with 量 for 鬼). Two characters swapped (人白免奶糖 for 大白兔奶糖) are made up."""
        s, e, alias, _ = hit
        name = alias.key
        window = text[s:e]
        if len(window) != len(name) or len(name) < 3:
            return False
        diff = [i for i, (a, b) in enumerate(zip(window, name)) if a != b]
        if len(diff) != 1:
            return False
        i = diff[0]
        phrases = self._lookalike.phrases
        tail = name[i + 1:]
        noun_tail = len(name) >= 4 and any(tail[j:] in phrases for j in range(len(tail) - 1))
        in_word = (i > 0 and window[i - 1:i + 1] in phrases) or (i + 1 < len(window) and window[i:i + 2] in phrases)
        if not (noun_tail or in_word):
            return False
        if phrase_char_counts().get(window[i], 0) < RARE_CHAR_PHRASES:
            return False  # 夭好咖啡 for 天好咖啡: 夭 is in a handful of words, picked for its shape
        return not self._variants.product_after(text, e, alias.brand.canonical, PRODUCT_REACH)
