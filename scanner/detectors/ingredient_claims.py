"""Claims the listing's own ingredient list contradicts: 无防腐剂 on a label whose 配料 list
山梨酸钾, 0蔗糖 beside 白砂糖, paraben-free beside methylparaben, 无硅油 beside dimethicone.

Such a claim is a false statement of what the goods contain (《广告法》第二十八条第二款第二项:
成分与实际情况不符); on food the label may hold nothing false (《食品安全法》第七十一条), which
is what professional claimants sue on for ten-fold damages. The data are two tables in the
lexicon folder:

- `ingredient_claims.csv` — one row per claim group: the nouns a claim names it by (防腐剂,
  paraben…), the ingredient groups that contradict it (`groups`, default the group itself),
  words right after a noun that make it another word (色素沉着), and words anywhere in the
  listing that make the claim one variant among several (有糖/无糖 可选: not compared);
- `ingredients.csv` — one row per ingredient name and its group (山梨酸钾 → preservative), with
  `kind` synthetic / natural (无人工色素 is contradicted by 胭脂红, not by 焦糖色); group `-`
  holds names that contain another name and are something else (三氯蔗糖 is no 蔗糖, 苯氧乙醇 no
  乙醇): the longest name read wins.

A claim is a claim noun after a negating cue (无, 不含, 0, 不添加, no, free of…), or before
one (防腐剂0添加, paraben-free), or a member of a list one of those heads (不添加防腐剂、色素和
香精; paraben, sulfate & silicone free). An ingredient list is the text after a heading
(配料表, 配料, 全成分, 成分, Ingredients…) up to the end of its sentence or the next section, in
any text field of the listing, or a whole attribute so named. When a listing holds several
lists (a bundle, several flavours), every one of them must contradict the claim.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..engine import Candidate, FieldText
from ..lexicon import LexiconError, lexicon_dir
from ..matching import Automaton
from ..normalize import normalize, normalize_key, text_fields

CLAIMS_FILE, INGREDIENTS_FILE = "ingredient_claims.csv", "ingredients.csv"
RULE = "AD-FALSE-INGREDIENT"
CATEGORY = "false_claim"
LAW_FOOD = "《广告法》第二十八条第二款第二项（成分与实际情况不符）；《食品安全法》第七十一条（标签不得含有虚假内容）"
LAW_COSMETIC = "《广告法》第二十八条第二款第二项（成分与实际情况不符）；《化妆品监督管理条例》第三十七条（标签不得标注虚假内容）"
LAW_ANY = "《广告法》第二十八条第二款第二项（成分与实际情况不符）"
LAWS = {"food": LAW_FOOD, "cosmetic": LAW_COSMETIC, "any": LAW_ANY}

# negating cues before a claim noun (normalised); the longest one read wins
_CUES_BEFORE = ("无添加", "零添加", "0添加", "不添加", "未添加", "没有添加", "没添加", "拒绝添加", "绝不添加",
                "从不添加", "坚持不添加", "不额外添加", "无额外添加", "不含有", "不含", "不加", "无", "零", "0",
                "拒绝", "没有", "杜绝", "告别", "free of", "free from", "no added", "no", "zero", "without",
                "contains no", "does not contain", "doesn't contain", "0%")
_CUES_LONGEST_FIRST = tuple(sorted(_CUES_BEFORE, key=len, reverse=True))
# … and after one (防腐剂0添加, paraben-free, 蔗糖含量为0)
_CUES_AFTER = ("0添加", "零添加", "无添加", "不添加", "free", " free", "全无", "为0", "为零", "含量为0")
# words between a cue and its noun; the first three ask for a synthetic ingredient
_SYNTHETIC = ("人工", "人造", "合成", "artificial ", "synthetic ")
_QUALIFIERS = _SYNTHETIC + ("任何", "化学", "额外", "多余", "any ", "added ", "harsh ", "chemical ", "harmful ")
# what may stand between two members of one list
_LIST_SEP = re.compile(r"(?:[、,，/&+;；] ?|和|及|与|或|以及| and | or | & |,? ?and |,? ?or )+")
# ingredient-list headings (normalised); a list runs to the end of its sentence or section
_HEAD = re.compile(r"(?<!营养)(?<!有效)(?:配料表|配料|原料表|原料|原辅料|主要原料|全成分表|全成分|产品全成分|成分表|产品成分"
                   r"|主要成分|成分|ingredients?(?: list)?|inci|other ingredients|full ingredients)\s*[:：]\s*")
_END = re.compile(r"[。\n]|(?:净含量|规格|保质期|贮存|储存|储藏|产地|生产日期|生产商|生产企业|执行标准|产品标准|营养成分|"
                  r"使用方法|食用方法|用法|注意事项|致敏|过敏原|温馨提示|directions|how to use|warnings?|caution|"
                  r"net wt|net weight|storage|made in|manufactured|distributed|allergen|nutrition)")
_LIST_MAX = 1500  # characters of one ingredient list, at most
_MAX_LISTS = 8  # ingredient lists read per listing, at most


@dataclass(frozen=True)
class ClaimGroup:
    group: str
    label_zh: str
    label_en: str
    law: str
    groups: frozenset  # the ingredient groups that contradict the claim
    unless_after: tuple[str, ...]
    unless: tuple[str, ...]


@dataclass(frozen=True)
class IngredientData:
    claims: dict  # group -> ClaimGroup
    nouns: Automaton  # normalised claim noun -> group
    names: Automaton  # normalised ingredient name -> ((group, kind), ...)


def _split(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in (normalize_key(v.strip()) for v in (value or "").split("|")) if k))


@lru_cache(maxsize=4)
def load_ingredient_data(directory: str) -> IngredientData:
    d = Path(directory)
    claims: dict[str, ClaimGroup] = {}
    nouns: dict[str, str] = {}
    names: dict[str, list] = {}
    try:
        with open(d / INGREDIENTS_FILE, encoding="utf-8-sig", newline="") as f:
            for n, r in enumerate(csv.DictReader(f), start=2):
                key, kind = normalize_key(r.get("name") or ""), (r.get("kind") or "").strip()
                if not key or not r.get("group"):
                    raise LexiconError(f"{d / INGREDIENTS_FILE} line {n}: a row needs a group and a name")
                if kind not in ("", "synthetic", "natural"):
                    raise LexiconError(f"{d / INGREDIENTS_FILE} line {n}: unknown kind {kind!r}")
                names.setdefault(key, []).append((r["group"].strip(), kind))
        with open(d / CLAIMS_FILE, encoding="utf-8-sig", newline="") as f:
            for n, r in enumerate(csv.DictReader(f), start=2):
                g = (r.get("group") or "").strip()
                domain = (r.get("domain") or "any").strip()
                if not g or domain not in LAWS:
                    raise LexiconError(f"{d / CLAIMS_FILE} line {n}: a row needs a group and a domain of {sorted(LAWS)}")
                groups = frozenset(x.strip() for x in (r.get("groups") or g).split("|") if x.strip())
                claims[g] = ClaimGroup(g, r.get("label_zh") or g, r.get("label_en") or g, LAWS[domain], groups,
                                       _split(r.get("unless_after", "")), _split(r.get("unless", "")))
                for k in _split(r.get("nouns", "")):
                    nouns[k] = g
    except FileNotFoundError:
        return IngredientData({}, Automaton(()), Automaton(()))  # a lexicon folder of the user's own without them
    return IngredientData(claims, Automaton(nouns.items()),
                          Automaton((k, tuple(v)) for k, v in names.items()))


def _longest(hits) -> list[tuple[int, int, object]]:
    """The leftmost-longest matches that do not overlap, by start."""
    out: list[tuple[int, int, object]] = []
    for s, e, v in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if not out or s >= out[-1][1]:
            out.append((s, e, v))
    return out


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _whole(norm, s: int, e: int) -> bool:
    """A Latin word is whole: no Latin letter touches it (a removed hyphen parts words:
    paraben-free reads parabenfree)."""
    text = norm.text
    return not ((s > 0 and _latin(text[s - 1]) and _latin(text[s]) and not norm.joint(s))
                or (e < len(text) and _latin(text[e]) and _latin(text[e - 1]) and not norm.joint(e)))


class IngredientClaimDetector:
    name = "ingredient_claims"

    def __init__(self, directory: str | None = None):
        self.data = load_ingredient_data(str(directory or lexicon_dir()))

    def shared_automaton(self) -> Automaton:
        """The claim nouns, read in the engine's one shared pass over each field."""
        return self.data.nouns

    def detect(self, ft: FieldText) -> list[Candidate]:
        text = ft.norm.text
        if not text or not self.data.claims:
            return []
        hits = [h for h in _longest(self.data.nouns.iter(text)) if _whole(ft.norm, h[0], h[1])]
        claims = self.claims(text, hits) if hits else []
        if not claims:
            return []
        lists = ingredient_lists(ft.listing, self.data)
        if not lists:
            return []
        whole = None
        nouns = [(c[2], c[3]) for c in claims]  # the claimed nouns are no ingredients (配料：…，不含蔗糖)
        out = []
        for cs, ce, ns, ne, g, synthetic in claims:
            cg = self.data.claims[g]
            if cg.unless:
                whole = whole if whole is not None else normalize_key(" ".join(t for _, t in _fields(ft.listing)))
                if any(u in whole for u in cg.unless):
                    continue
            found = [self._contradicts(lst, cg, synthetic, nouns if f == ft.field else ()) for f, lst in lists]
            if not all(found):
                continue
            field_name, _ = lists[0]
            name = found[0]
            s, e = ft.norm.span(cs, ce)
            q = ft.text[s:e]
            where = _FIELD_ZH.get(field_name.split(":", 1)[0], field_name)
            expl = (f"「{q}」宣称不含{cg.label_zh}，但本商品{where}的配料/成分表列有「{name}」"
                    f"（属{cg.label_zh}）：宣称与配料表矛盾，属虚假宣传，违反{cg.law}。"
                    "职业索赔人常据此主张“退一赔十”。")
            sugg = f"删去「{q}」，或改用确实不含{cg.label_zh}的配方并更新配料表"
            out.append(Candidate(s, e, CATEGORY, "high", 0.9, f"{cg.label_zh}:{name}", RULE, cg.law, sugg, expl,
                                 self.name, cs, ce))
        return out

    def claims(self, text: str, hits) -> list[tuple[int, int, int, int, str, bool]]:
        """(claim start, claim end, noun start, noun end, group, synthetic only) of every claimed
        noun. Nouns with only list separators between them form one list: a cue before its first
        member or after its last one claims them all."""
        out: list = []
        run: list = []  # the current list of nouns: (s, e, group)
        head = None  # (cue start, synthetic) before the current list's first member
        for s, e, g in hits:
            after = text[e:e + 8].lstrip()
            if any(after.startswith(u) for u in self.data.claims[g].unless_after):
                self._close(text, run, head, out)
                run, head = [], None  # another word (色素沉着): it ends any list
                continue
            if run and _LIST_SEP.fullmatch(text[run[-1][1]:s] or " "):
                run.append((s, e, g))
                continue
            self._close(text, run, head, out)
            run, head = [(s, e, g)], _cue_before(text, s)
        self._close(text, run, head, out)
        return out

    def _close(self, text: str, run: list, head, out: list) -> None:
        if not run:
            return
        tail = _cue_after(text, run[-1][1])
        if head is None and tail is None:
            return
        start = head[0] if head is not None else run[0][0]
        end = tail if tail is not None else run[-1][1]
        synthetic = head[1] if head is not None else False
        for s, e, g in run:
            out.append((start, end, s, e, g, synthetic))

    def _contradicts(self, lst: tuple, cg: ClaimGroup, synthetic: bool, nouns) -> str | None:
        """The first ingredient of `lst` that contradicts the claim, as the list names it (`nouns`:
        the spans of claimed nouns in the same field, which are not ingredients)."""
        for name, s, e, kinds in lst:
            if any(a < e and s < b for a, b in nouns):
                continue
            for group, kind in kinds:
                if group in cg.groups and (not synthetic or kind == "synthetic"):
                    return name
        return None


_FIELD_ZH = {"title": "标题", "description": "详情", "attribute": "属性"}


def _cue_before(text: str, s: int):
    """(cue start, synthetic) when a negating cue (and qualifiers) stands right before `s`."""
    i, synthetic = s, False
    for _ in range(2):
        q = next((q for q in _QUALIFIERS if text.startswith(q, i - len(q))), None)
        if q is None:
            break
        synthetic = synthetic or q in _SYNTHETIC
        i -= len(q)
    for c in _CUES_LONGEST_FIRST:
        a = i - len(c)
        if a < 0 or not text.startswith(c, a):
            if c[-1] != " " and c.isascii() and a - 1 >= 0 and text.startswith(c + " ", a - 1):
                a -= 1  # "no preservatives": the space between cue and noun
            else:
                continue
        if c[0].isdigit() and a > 0 and (text[a - 1].isdigit() or text[a - 1] in ".%"):
            continue  # 10蔗糖, 0.5%: a quantity, not 零
        if c.isascii() and c[0].isalpha() and a > 0 and text[a - 1].isascii() and text[a - 1].isalpha():
            continue  # "piano" is no "no"
        return a, synthetic
    return None


def _cue_after(text: str, e: int) -> int | None:
    for c in _CUES_AFTER:
        if text.startswith(c, e):
            end = e + len(c)
            if c.strip().isascii() and end < len(text) and text[end].isascii() and text[end].isalpha():
                continue  # "freedom"
            return end
    return None


def _fields(listing) -> list[tuple[str, str]]:
    return list(text_fields(listing))  # the fields a scan reads, read the same way


def ingredient_lists(listing, data: IngredientData) -> list[tuple[str, tuple]]:
    """(field, ((name as written, start, end, ((group, kind), …)), …)) of every ingredient list
    of the listing that names at least one ingredient the tables know."""
    out = []
    for field_name, value in _fields(listing):
        n = normalize(value)
        text = n.text
        if field_name.startswith("attribute:") and _HEAD.fullmatch(normalize_key(field_name[10:]) + ":"):
            spans = [(0, min(len(text), _LIST_MAX))]
        else:
            spans = []
            for m in _HEAD.finditer(text):
                a = m.end()
                stop = _END.search(text, a, a + _LIST_MAX)
                spans.append((a, stop.start() if stop else min(len(text), a + _LIST_MAX)))
                if len(spans) >= _MAX_LISTS:
                    break
        for a, b in spans:
            found = _longest((s + a, e + a, v) for s, e, v in data.names.iter(text[a:b]))
            found = [(n.quote(s, e), s, e, v) for s, e, v in found if _whole(n, s, e)]
            if found:  # a list of names the tables do not know is not read (核心成分：烟酰胺)
                out.append((field_name, tuple(i for i in found if all(g != "-" for g, _ in i[3]))))
        if len(out) >= _MAX_LISTS:
            break
    return out[:_MAX_LISTS]
