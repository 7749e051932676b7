"""What is sold decides what may be claimed: the category policy, lawful uses, and the one
listing-level rule (a 保健食品 must carry 「本品不能代替药物」).

Data, all under `lexicons/` (see lexicons/README.md):
- `categories.csv`       product classes (scanner/category.py);
- `claim_kinds.csv`      kind,patterns,note — what a medical candidate claims: an efficacy
                         assertion (根治), 药妆/医学护肤, a special-cosmetic function (美白, 防脱), body
                         shaping (减肥, 丰胸), hygiene (杀菌); `warning` lists the words of a warning
                         (慎用, 遵医嘱) around which a disease name is not a claim;
- `health_functions.csv` the state's list of permitted 保健食品 functions (2023) with the wordings
                         sellers use for them;
- `lawful_uses.csv`      filter,categories,classes,effect,match,before,after,unless,reason,note,title —
                         uses the authorities accept (goals, consumer tips, self-comparison, usage
                         instructions, variant numbers, shop policies), one filter family whose members are the `filter` names;
- `gm_crops.csv`         crop,gm_on_market,note — whether 非转基因 can be true of what is sold.

A filter returns ("set:SEV", reason) for what the category proves, ("low"|"info", reason) for a
tolerated use, or None; the engine writes the reason into the explanation.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..category import CLASS_ZH, Classification, classify, read_classes
from ..engine import Candidate, FieldText, only_for
from ..lazy_regex import LazyPattern
from ..lexicon import LexiconError, lexicon_dir, read_rows
from ..matching import Automaton
from ..models import AD_CATEGORIES, SEVERITY_RANK, Finding, Listing
from ..normalize import normalize_key

ORDINARY = ("clothing", "household", "electronics", "other")
COSMETIC = ("cosmetic", "special_cosmetic")
REGULATED = ("drug", "medical_device")
_WINDOW = 24  # characters read before a candidate by the lawful-use patterns
_AFTER_WINDOW = 100  # and after it, up to its sentence's end (a ranking's source follows it: No.1 … (Source: …))
_SENTENCE = re.compile(r"[。！？!?；;\n]")
# where a sentence ends in the original text (normalisation drops the punctuation): a full stop,
# ! or ? before a space or the end, a Chinese stop or semicolon, a line break (the mark itself
# is kept: the normal form keeps ? and ！)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？；\n]")
_NEGATED = re.compile(r"(?:不|无|没有|没|零|免|非)[会再易]?$")  # 无疼痛感, 不会感冒: the symptom is denied
_DISEASE_SLOTS = ("DISEASE", "SYMPTOM", "VIRUS", "EPIDEMIC", "CONDITION")

LAW_ART17 = "《广告法》第十七条"
LAW_FOOD = "《食品安全法》第七十三条"
LAW_COSM = "《化妆品监督管理条例》第三十七条"


def _alternation(patterns: str) -> str:
    return "|".join(re.escape(normalize_key(p)) for p in patterns.split("|") if normalize_key(p))


@dataclass(frozen=True)
class LawfulUse:
    filter: str
    categories: frozenset
    classes: frozenset | None  # None: every class
    effect: str
    match: "LazyPattern | None"
    before: "LazyPattern | None"
    after: "LazyPattern | None"
    unless: "LazyPattern | None"
    reason: str
    before_first: "LazyPattern | None" = None  # a cheap necessary test for `before` (_first_chars)
    title: "LazyPattern | None" = None  # searched in the listing's normalised title (跳绳 for 减肥)


class PolicyData:
    def __init__(self, directory: Path | None = None):
        d = self.directory = Path(directory or lexicon_dir())
        self.kinds: list[tuple[str, re.Pattern]] = []
        self.warning: re.Pattern | None = None
        for r in read_rows(d / "claim_kinds.csv"):
            alt = _alternation(r.get("patterns", ""))
            if not alt:
                continue
            if r.get("kind") == "warning":
                self.warning = re.compile(alt)
            else:
                self.kinds.append((r.get("kind", ""), re.compile(alt)))
        # permitted health functions: wording -> the function's official name
        table = {}
        for r in read_rows(d / "health_functions.csv"):
            for p in r.get("patterns", "").split("|"):
                k = normalize_key(p)
                if k and k not in table:
                    table[k] = r.get("function", "")
        self.functions = Automaton((k, (k, v)) for k, v in table.items())
        self.function_wordings = frozenset(table)
        # disease names: the disease slots of the claim frames and the lexicon's disease rows
        names: set[str] = set()
        en_names: set[str] = set()  # English ones (EN_DISEASE): only read as such in a warning
        sdir = d / "slots"
        for p in sorted(sdir.glob("*.txt")) if sdir.is_dir() else []:
            into = names if p.stem.upper().startswith(_DISEASE_SLOTS) else \
                en_names if p.stem.upper() == "EN_DISEASE" else None
            if into is not None:
                for line in p.read_text(encoding="utf-8-sig").splitlines():
                    k = normalize_key(line.split("#", 1)[0].strip())
                    if k:
                        into.add(k)
        self.en_disease_names = frozenset(en_names)
        for r in read_rows(d / "ad_terms.csv"):  # read, not compiled: the engine builds the lexicon once
            if r.get("category") == "medical_claim" and "疾病名称" in r.get("suggestion", ""):
                k = normalize_key(r.get("term", ""))
                if k:
                    names.add(k)
        self.disease_names = frozenset(names)
        # crops with genetically modified varieties on the market (非转基因 may be true of them)
        # and crops with none (非转基因 on them misleads): gm_crops.csv
        crops: dict[str, dict[str, str]] = {"yes": {}, "no": {}}
        for n, r in enumerate(read_rows(d / "gm_crops.csv") if (d / "gm_crops.csv").is_file() else [], start=2):
            k, on = normalize_key(r.get("crop", "")), r.get("gm_on_market", "")
            if on not in crops:
                raise LexiconError(f"{d / 'gm_crops.csv'} line {n}: gm_on_market must be yes or no")
            if k:
                crops[on].setdefault(k, r.get("crop", ""))
        self.gm_listed = Automaton((k, v) for k, v in crops["yes"].items())
        self.gm_absent = Automaton((k, v) for k, v in crops["no"].items())
        self.uses: list[LawfulUse] = []
        for n, r in enumerate(read_rows(d / "lawful_uses.csv"), start=2):
            name = r.get("filter", "")
            if not name or name.startswith("#"):
                continue
            cats = frozenset(x for x in r.get("categories", "").split("|") if x)
            if not cats <= set(AD_CATEGORIES):
                raise LexiconError(f"{d / 'lawful_uses.csv'} line {n}: unknown category in {sorted(cats)}")
            effect = r.get("effect", "low") or "low"
            if effect not in ("low", "info", "drop"):
                raise LexiconError(f"{d / 'lawful_uses.csv'} line {n}: effect must be low, info or drop")
            classes = read_classes(r.get("classes"), f"{d / 'lawful_uses.csv'} line {n}")
            try:
                self.uses.append(LawfulUse(
                    name, cats, classes, effect,
                    LazyPattern(r["match"]) if r.get("match") else None,
                    LazyPattern(r["before"]) if r.get("before") else None,
                    LazyPattern(r["after"]) if r.get("after") else None,
                    LazyPattern(r["unless"]) if r.get("unless") else None,
                    r.get("reason", ""),
                    title=LazyPattern(r["title"]) if r.get("title") else None))
                if self.uses[-1].before is not None:
                    self.uses[-1] = replace(self.uses[-1], before_first=_first_chars(self.uses[-1].before))
            except re.error as e:
                raise LexiconError(f"{d / 'lawful_uses.csv'} line {n}: bad pattern: {e}") from e

    # ------------------------------------------------------------------ claims
    def kinds_of(self, text: str) -> set[str]:
        return {k for k, rx in self.kinds if rx.search(text)}

    def function_of(self, text: str) -> str:
        for _, _, (key, name) in self.functions.iter(text):
            return name
        return ""

    def function_around(self, text: str, start: int, end: int) -> str:
        """A permitted function's wording that overlaps the claim text[start:end] (two characters
        or more) and runs on past its start or its end: the claim frames stop at 有助于维持血脂
        and 降血脂, the catalogue's names are 有助于维持血脂健康水平 and (before 2023) 辅助降血脂."""
        if start < 0:
            return ""
        lo = max(0, start - 4)
        for s, e, (key, name) in self.functions.iter(text[lo:end + 6]):
            s, e = s + lo, e + lo
            if min(e, end) - max(s, start) >= 2 and (s < start or e > end):
                return name
        return ""

    def in_warning(self, ft: FieldText, c: Candidate) -> bool:
        """The candidate sits in a warning sentence (高血压患者慎用, 请遵医嘱)."""
        if self.warning is None or c.nstart < 0:
            return False
        text = ft.norm.text
        lo = max(0, c.nstart - 40)
        hi = min(len(text), c.nend + 40)
        before = _SENTENCE.split(text[lo:c.nstart])[-1]
        after = _SENTENCE.split(text[c.nend:hi])[0]
        return bool(self.warning.search(before + text[c.nstart:c.nend] + after))


def load_policy(directory: str | None = None) -> PolicyData:
    # cached by the folder itself: SCANNER_LEXICONS may point elsewhere between runs
    return _load_policy(str(directory or lexicon_dir()))


@lru_cache(maxsize=4)
def _load_policy(directory: str) -> PolicyData:
    from ..compiled import load_folder  # built once per content version, cached on disk

    return load_folder("policy", Path(directory), PolicyData)


def _ntext(c: Candidate, ft: FieldText) -> str:
    if c.nstart >= 0:
        return ft.norm.text[c.nstart:c.nend]
    return normalize_key(ft.text[c.start:c.end])


# ---------------------------------------------------------------------- category policy

def category_policy_filter(directory: str | None = None):
    """品类规则: the severity a medical claim has on what this listing sells."""
    data = load_policy(directory)
    directory = directory or str(lexicon_dir())  # resolved once, not per candidate

    @only_for({"medical_claim"})
    def category_policy(c: Candidate, ft: FieldText):
        if c.category != "medical_claim":
            return None
        pc = classify(ft.listing, directory)
        cls = pc.cls
        text = _ntext(c, ft)
        # what the claim says: its text, and a lexicon term's own wording (an evasion's canonical
        # term); a claim frame's term is its id (c15-cure-name), a name, not wording of the claim
        kinds = data.kinds_of(text + "|" + normalize_key(c.term) if c.detector == "lexicon" else text)
        sev = c.severity
        name = CLASS_ZH[cls]
        bare = c.detector == "lexicon" and sev == "low" and text in data.disease_names
        if cls in REGULATED:
            if "efficacy_assertion" in kinds:
                return None  # 根治/治愈率 stay: 《广告法》第十六条 forbids them in drug and device ads too
            if "device_misnamed" in kinds:
                return None  # 械字号面膜: a device sold as a cosmetic, which its registration does not cover
            if "serious_disease" in kinds and pc.term.isascii():
                # an English OTC product (lidocaine, Drug Facts) claiming cancer or neuropathy
                return (_at_least(sev, "medium"), f"商品按{name}识别（{_evidence(pc)}），但所称疾病不是非处方药可宣称的适应症"
                                                  "（美国非处方药专论只涵盖消费者能自行判断和处理的病症）：该宣称超出非处方药范围"
                                                  "（FD&C Act §505；《广告法》第十五条、第十六条）")
            return ("set:info", f"商品为{name}（{_evidence(pc)}）：适应症/适用范围的表述须与注册证、说明书一致，"
                                "发布广告须经审查（《广告法》第十六条、第四十六条）")
        if cls == "publication":
            if "efficacy_assertion" in kinds:
                return None  # 读完根治/治愈率: a promise to the reader, not the book's subject
            return ("set:low", f"商品为图书出版物（{_evidence(pc)}）：书名和内容题材中的疾病名称、治疗用语是出版物的主题，"
                               "不是商品功效宣称；宣传文字不得向读者承诺疗效")
        # a disease's bare name in a warning (English lexicon rows of disease names are medium)
        if (bare or (c.detector == "lexicon" and sev == "medium" and text in data.en_disease_names)) \
                and data.in_warning(ft, c):
            return ("low", "疾病名称出现在警示语或适用人群提示中（慎用、禁用、遵医嘱…），不是疗效宣称")
        if cls == "medical_aesthetic":
            return (_at_least(sev, "medium"), f"商品为医疗美容服务（{_evidence(pc)}）：医疗美容广告是医疗广告，须取得《医疗广告审查证明》，"
                                              "不得宣传诊疗效果、作疗效对比或保证（《广告法》第十六条、第四十六条；"
                                              "《医疗美容广告执法指南》2021）")
        if bare:
            strict = cls in ("food", "health_food") + COSMETIC  # classes with their own claim rules
            if not strict and "size_word" in kinds:
                return None  # 肥胖人群也能穿: a size, not a condition treated
            negated = _NEGATED.search(ft.norm.text[max(0, c.nstart - 3):c.nstart]) is not None
            if strict or "everyday_symptom" not in kinds or not negated:
                where = {"food": "普通食品", "health_food": "保健食品"}.get(cls, CLASS_ZH[cls] if cls else "商品")
                law = {"food": LAW_FOOD, "health_food": "《广告法》第十八条", "cosmetic": LAW_COSM,
                       "special_cosmetic": LAW_COSM}.get(cls, LAW_ART17)
                return ("set:medium", f"{where}宣传中出现疾病名称且不在警示语中，易被认定为暗示疾病预防、治疗功能（{law}）；"
                                      "如是警示语请写明“慎用/遵医嘱”等")
            return None
        if not cls:
            return None
        if cls == "health_food":
            func = data.function_of(text) or data.function_around(ft.norm.text, c.nstart, c.nend)
            if text in data.function_wordings:
                # the catalogue's own wording names a condition (改善缺铁性贫血, 有助于改善痤疮): judge its
                # words, not the frame (改善 + disease) that matched them
                kinds = data.kinds_of(text)
            if func and not kinds & {"efficacy_assertion", "treatment"}:
                if pc.registered:
                    return ("low", f"属于《允许保健食品声称的保健功能目录》的「{func}」：须与该保健食品批准证书/备案凭证"
                                   "载明的功能一致，并使用规范声称用语")
                return (_at_least(sev, "medium"), f"「{func}」是保健食品的法定功能，只有取得批准文号/备案号（蓝帽子）的保健食品才能宣称"
                                      f"（{LAW_FOOD}、《食品安全法》第七十五条）；页面未见批准文号")
            return ("set:high", "保健食品只能宣称《允许保健食品声称的保健功能目录》内且经批准的功能，"
                                "不得涉及疾病预防、治疗功能（《广告法》第十八条、《食品安全法》第七十八条）")
        if cls == "food":
            if SEVERITY_RANK[sev] >= SEVERITY_RANK["medium"] and "hygiene" not in kinds:
                return ("set:high", f"普通食品不得宣称疾病预防、治疗功能或保健功能（{LAW_FOOD}、{LAW_ART17}）")
            func = data.function_of(text)
            if func or kinds & {"special_cosmetic", "body_shaping"}:
                what = f"保健食品的「{func}」功能" if func else "美容、减肥等保健功能"
                return ("set:medium", f"普通食品不得宣称{what}，只有注册/备案的保健食品才能声称（{LAW_FOOD}、"
                                      "《食品安全法》第七十五条）")
            return None
        if cls in COSMETIC:
            if "medical_skincare" in kinds:
                return ("set:high", f"化妆品不得以药品、医学护肤或医用名义宣传，不得明示或暗示医疗作用（{LAW_COSM}）")
            if kinds & {"efficacy_assertion", "treatment"}:
                return ("set:high", f"化妆品不得宣称治疗作用或作功效保证（{LAW_COSM}）")
            if "special_cosmetic" in kinds and "body_shaping" not in kinds and not text.isascii():
                # (China's special-cosmetic registration; English listings sell under other rules)
                if pc.cls == "special_cosmetic" and pc.weight >= 100:
                    return ("low", f"特殊化妆品功效：页面标明了注册证（{pc.term}），宣称须与注册证载明的功效一致")
                return ("set:medium", "染发、烫发、祛斑美白、防晒、防脱发属特殊化妆品功效，须取得特殊化妆品注册证"
                                      "（国妆特字）后方可宣称（《化妆品监督管理条例》第十六条、第十七条）；页面未见注册证号")
            if "body_shaping" in kinds:
                return ("set:high", f"化妆品不得宣称减肥、瘦身、丰胸等功效（此类产品按药品管理）（{LAW_COSM}）")
            if "hygiene" in kinds:
                return (_at_least(sev, "medium"), f"化妆品不得宣称杀菌、抑菌、消毒等功效（{LAW_COSM}）")
            if SEVERITY_RANK[sev] >= SEVERITY_RANK["medium"] and not data.function_of(text):
                return ("set:high", f"化妆品不得明示或暗示具有医疗作用（{LAW_COSM}）")
            return None
        if cls in ORDINARY:
            if kinds & {"hygiene", "special_cosmetic", "body_shaping"}:
                return None
            if SEVERITY_RANK[sev] >= SEVERITY_RANK["medium"] and not data.function_of(text):
                return ("set:high", f"商品为{name}，不是药品或医疗器械，不得宣称疾病治疗功能、使用医疗用语（{LAW_ART17}）")
        return None

    return category_policy


NONGM_RULE = "-F-auth-nongm"


def gm_listed_filter(directory: str | None = None):
    """转基因目录: 非转基因 is a forbidden label only for crops with no genetically modified variety
    on the market (lexicons/gm_crops.csv). A listing whose title or field names a crop with such
    varieties (大豆, 玉米, 油菜籽…) may state it truthfully (info); one naming a crop without (大米,
    花生油…) keeps the finding; naming neither, it is a reminder (low)."""
    data = load_policy(directory)

    @only_for({"authority_claim"})
    def gm_listed(c: Candidate, ft: FieldText):
        if not c.rule_id.endswith(NONGM_RULE):
            return None
        texts = (ft.norm.text, normalize_key(ft.listing.title))
        for text in texts:
            for _, _, crop in data.gm_listed.iter(text):
                return ("info", f"商品涉及转基因标识目录中的作物（{crop}），市场上存在其转基因品种，可如实标注“非转基因”，"
                                "须有检测或原料溯源依据")
        for text in texts:
            for _, _, crop in data.gm_absent.iter(text):
                return ("set:medium", f"{crop}在我国市场上不存在转基因品种，标注“非转基因”属于误导")
        return ("low", "未能确定原料作物：只有大豆、玉米、油菜籽等存在转基因品种的作物及其制品可如实标注“非转基因”，请核实")

    return gm_listed


def _at_least(sev: str, floor: str) -> str:
    """The verdict that raises a candidate to `floor` and never lowers it."""
    return "set:" + (sev if SEVERITY_RANK[sev] >= SEVERITY_RANK[floor] else floor)


def _evidence(pc: Classification) -> str:
    where = {"category": "类目", "title": "标题", "description": "描述"}.get(pc.source, pc.source)
    return f"{where}中的「{pc.term}」"


# ---------------------------------------------------------------------- lawful uses

def lawful_use_filter(directory: str | None = None):
    """The lawful uses of lexicons/lawful_uses.csv as one filter family: each `filter` name a
    member, in file order, answering together (the windows around a candidate are read once).
    Returns the named verdicts of the members that apply, e.g. [("目标追求", ("low", reason))]."""
    data = load_policy(directory)
    directory = directory or str(lexicon_dir())  # resolved once, not per candidate
    groups: dict[str, list[LawfulUse]] = {}
    for u in data.uses:
        groups.setdefault(u.filter, []).append(u)
    members = [(name, frozenset().union(*(u.categories for u in rows)), rows) for name, rows in groups.items()]
    cats = frozenset().union(*(m[1] for m in members)) if members else frozenset()
    has_classes = any(u.classes is not None for u in data.uses)
    plans: dict[tuple[str, str], tuple] = {}  # (category, matched text) -> the rows its `match` lets through
    memo: dict[tuple, tuple] = {}  # the verdicts are a function of these texts alone

    @only_for(cats)
    def lawful_use(c: Candidate, ft: FieldText):
        if c.category not in cats or c.nstart < 0:
            return None
        text = ft.norm.text
        m = text[c.nstart:c.nend]
        plan = plans.get((c.category, m))
        if plan is None:
            plan = tuple((name, rows2) for name, mcats, rows in members if c.category in mcats
                         for rows2 in [tuple(u for u in rows if c.category in u.categories
                                             and (u.match is None or u.match.fullmatch(m)))] if rows2)
            if len(plans) >= 8192:
                plans.clear()
            plans[(c.category, m)] = plan
        if not plan:
            return None
        before = text[max(0, c.nstart - _WINDOW):c.nstart]
        after = _same_sentence(ft, c, text[c.nend:c.nend + _AFTER_WINDOW])
        cls = classify(ft.listing, directory).cls if has_classes else None
        title = normalize_key(ft.listing.title) if ft.listing.title and any(
            u.title is not None for _, rows in plan for u in rows) else None
        key = (c.category, m, before, after, cls, title)
        got = memo.get(key)
        if got is None:
            got = tuple((name, v) for name, rows in plan
                        for v in [_verdict(rows, before, after, cls, title)] if v is not None)
            if len(memo) >= 8192:
                memo.clear()
            memo[key] = got
        return got or None

    lawful_use.named = True
    return lawful_use


def _same_sentence(ft: FieldText, c: Candidate, after: str) -> str:
    """`after` (the normalised text after a candidate) cut where the original's sentence ends: the
    normal form drops full stops, so "at its best. *Absorbs odor" would read on as "best absorbs"."""
    norm = ft.norm
    if not after or not norm.ordered or c.end <= 0:
        return after
    m = _SENTENCE_END.search(ft.text, c.end, c.end + 4 * _WINDOW)
    if m is None:
        return after
    return after[:bisect_left(norm.offsets, m.end(), c.nend, c.nend + len(after)) - c.nend].rstrip()


def _first_chars(rx: "re.Pattern[str]") -> "re.Pattern[str] | None":
    """A one-character class that every match of `rx` starts with (致力于|追求|… -> [致追…]), or None
    when the pattern can start otherwise (an empty match, a class, an anchor): searching a window
    for one of these characters is far cheaper than the whole pattern, and no hit rules it out."""
    from re import _constants as K, _parser as P  # the standard library's own pattern parser

    def first(items) -> set | None:
        for op, av in items:
            if op is K.LITERAL:
                return {chr(av)}
            if op is K.SUBPATTERN:
                return first(av[-1])
            if op is K.BRANCH:
                out: set = set()
                for alt in av[1]:
                    got = first(alt)
                    if got is None:
                        return None
                    out |= got
                return out
            if op in (K.MAX_REPEAT, K.MIN_REPEAT) and av[0] >= 1:
                return first(av[2])
            if op is K.IN and all(o is K.LITERAL for o, _ in av):
                return {chr(v) for _, v in av}
            return None
        return None

    try:
        chars = first(P.parse(rx.pattern))
    except Exception:  # an unusual pattern: no shortcut
        return None
    if not chars or len(chars) > 200:
        return None
    return LazyPattern("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", check=False)


def _verdict(rows, before: str, after: str, cls: str | None, title: str | None = None):
    """The first of `rows` (a lawful-use group's rows whose category and `match` the candidate
    already fits: lawful_use_filter's plan) that applies between `before` and `after` on a listing
    of product class `cls` and normalised title `title`: (effect, reason), or None."""
    for u in rows:
        if u.title is not None and (title is None or not u.title.search(title)):
            continue
        if u.before is not None and ((u.before_first is not None and not u.before_first.search(before))
                                     or not u.before.search(before)):
            continue
        if u.after is not None and not u.after.search(after):
            continue
        if u.unless is not None and u.unless.search(before):
            continue
        if u.classes is not None and cls not in u.classes:
            continue
        return (u.effect, u.reason)
    return None


# ---------------------------------------------------------------------- listing level

DISCLAIMER = re.compile(r"不能代替药物|不能替代药物|不可代替药物|不可替代药物|不能代替药品|不能替代药品|不可代替药品|不能代替药")
RULE_HF_DISCLAIMER = "AD-MED-HF-不能代替药物"


def listing_findings(listing: Listing, texts: list[tuple[str, str]], directory: str | None = None) -> list[Finding]:
    """Listing-level rules: a 保健食品 whose texts (title, description, attributes, image text)
    lack 「本品不能代替药物」 gets one `medium` finding."""
    pc = classify(listing, directory)
    if pc.cls != "health_food" or not pc.registered:
        return []
    for _, t in texts:
        if t and DISCLAIMER.search(normalize_key(t)):
            return []
    field, start, end = "title", 0, 0
    for name, t in texts:
        if name in ("title", "description") and t:
            i = t.find(pc.term)
            if i >= 0:
                field, start, end = name, i, i + len(pc.term)
                break
    quoted = dict(texts).get(field, "")[start:end]
    return [Finding(
        listing_id=listing.id, field=field, category="medical_claim", severity="medium", confidence=1.0,
        matched_text=quoted, term="本品不能代替药物", start=start, end=end, rule_id=RULE_HF_DISCLAIMER,
        law="《广告法》第十八条第二款",
        suggestion="在标题或详情显著位置标明「本品不能代替药物」",
        explanation=(f"商品为保健食品（{_evidence(pc)}），保健食品广告应当显著标明「本品不能代替药物」，"
                     "页面文字中未见该声明（《广告法》第十八条第二款）。"),
        detector="policy")]
