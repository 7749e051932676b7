"""Validation of the brand database (brand_db/brands*.csv) that the brand detectors load, and of the
celebrity list (brand_db/celebrities.csv).

Standard library + csv only. Every checker below is a plain function returning a list of
problems; the `test_checker_*` tests feed each one a deliberately broken row so that a checker
that silently stopped working would fail the suite too.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

BRAND_DB = Path(__file__).resolve().parents[1] / "brand_db"
MAIN_CSV = BRAND_DB / "brands.csv"
CELEB_CSV = BRAND_DB / "celebrities.csv"
CELEB_HEADER = ["name", "aliases", "zh", "kind", "ambiguous", "note"]
CELEB_KINDS = {"actor", "singer", "idol", "athlete", "influencer", "host", "model", "other"}
HEADER = ["canonical", "en", "zh", "nicknames", "category", "ambiguous", "ambiguity_note", "fuzzy", "parent"]
CATEGORIES = {
    "luxury", "fashion", "sportswear", "outdoor", "cosmetics", "perfume", "watches", "jewellery",
    "electronics", "appliances", "toys", "ip_character", "food_drink", "home", "home_textile", "baby", "auto",
    "other",
}
NAME_COLS = ("en", "zh", "nicknames")
MIN_BRANDS = 2500
MIN_CELEBRITIES = 400

WORDS_RE = re.compile(r"words:\s*(.+?)\s*$", re.S)
SHARED_RE = re.compile(r"shared alias(?:es)?\s*:\s*([^;.(\n]+)", re.I)


# --------------------------------------------------------------------------- helpers

def key(name: str) -> str:
    """The form aliases are compared in: NFKC, casefolded, outer spaces stripped."""
    return unicodedata.normalize("NFKC", name).casefold().strip()


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def split_names(value: str) -> list[str]:
    return [x.strip() for x in (value or "").split("|") if x.strip()]


def names(row: dict) -> list[str]:
    out = []
    for col in NAME_COLS:
        out += split_names(row.get(col, ""))
    return out


def note_words(row: dict) -> list[str]:
    m = WORDS_RE.search(row.get("ambiguity_note", "") or "")
    return split_names(m.group(1)) if m else []


def note_shared(row: dict) -> set[str]:
    out = set()
    for m in SHARED_RE.finditer(row.get("ambiguity_note", "") or ""):
        for part in re.split(r"[|,]", m.group(1)):
            if part.strip():
                out.add(key(part))
    return out


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = []
        for n, rec in enumerate(reader, start=2):
            if len(rec) != len(header):
                raise AssertionError(f"{path.name} line {n}: {len(rec)} fields, expected {len(header)}")
            row = dict(zip(header, rec))
            row["_where"] = f"{path.name}:{n}"
            rows.append(row)
    return header, rows


def brand_files() -> list[Path]:
    """The brand tables: brands.csv and any brands_*.csv (celebrities.csv is not one)."""
    return sorted(BRAND_DB.glob("brands*.csv"))


def load_all() -> list[dict]:
    rows = []
    for p in brand_files():
        rows += read_csv(p)[1]
    return rows


# --------------------------------------------------------------------------- checkers

def check_fields(rows: list[dict]) -> list[str]:
    bad = []
    for r in rows:
        w = r.get("_where", "?")
        if not r["canonical"].strip():
            bad.append(f"{w}: empty canonical")
        elif any(is_cjk(c) for c in r["canonical"]):
            bad.append(f"{w}: canonical {r['canonical']!r} is not in Latin script")
        if not split_names(r["en"]) and not split_names(r["zh"]):
            bad.append(f"{w}: {r['canonical']} has neither en nor zh names")
        if r["category"] not in CATEGORIES:
            bad.append(f"{w}: {r['canonical']} category {r['category']!r} not allowed")
        for col in ("ambiguous", "fuzzy"):
            if r[col] not in ("yes", "no"):
                bad.append(f"{w}: {r['canonical']} {col}={r[col]!r} (must be yes or no)")
        for col in NAME_COLS + ("canonical",):
            v = r[col]
            if v != v.strip() or "||" in v or v.startswith("|") or v.endswith("|"):
                bad.append(f"{w}: {r['canonical']} {col} has stray spaces or empty names: {v!r}")
            if any(p != p.strip() for p in v.split("|")):
                bad.append(f"{w}: {r['canonical']} {col} has a name with outer spaces: {v!r}")
        for col in NAME_COLS:
            ks = [key(n) for n in split_names(r[col])]
            if len(ks) != len(set(ks)):
                bad.append(f"{w}: {r['canonical']} {col} repeats a name: {r[col]!r}")
    return bad


def check_unique_canonical(rows: list[dict]) -> list[str]:
    seen: dict[str, str] = {}
    bad = []
    for r in rows:
        k = key(r["canonical"])
        if k in seen:
            bad.append(f"{r['_where']}: canonical {r['canonical']!r} already used at {seen[k]}")
        seen[k] = r["_where"]
    return bad


def check_alias_clashes(rows: list[dict]) -> list[str]:
    """No alias (NFKC casefolded) may point at two brands unless every row it points at says
    `shared alias: X` for it in its ambiguity_note."""
    index: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        for k in {key(n) for n in names(r) + [r["canonical"]]}:
            index[k].append(r)
    bad = []
    for k, rs in index.items():
        if len({key(r["canonical"]) for r in rs}) < 2:
            continue
        unmarked = [r["canonical"] for r in rs if k not in note_shared(r)]
        if unmarked:
            bad.append(f"alias {k!r} points at {[r['canonical'] for r in rs]}; "
                       f"not marked `shared alias: {k}` in {unmarked}")
    return bad


def check_words(rows: list[dict]) -> list[str]:
    bad = []
    for r in rows:
        w = r.get("_where", "?")
        words = note_words(r)
        own = {key(n) for n in names(r) + [r["canonical"]]}
        for x in words:
            if key(x) not in own:
                bad.append(f"{w}: {r['canonical']} lists {x!r} after words: but it is not one of its names")
        if r["ambiguous"] == "yes" and not words:
            bad.append(f"{w}: {r['canonical']} is ambiguous but its note has no `words:` list")
        if r["ambiguous"] == "no" and words:
            bad.append(f"{w}: {r['canonical']} lists words: but ambiguous=no")
        if "words:" in r["ambiguity_note"] and not words:
            bad.append(f"{w}: {r['canonical']} words: list is empty")
        if r["ambiguity_note"].count("words:") > 1:
            bad.append(f"{w}: {r['canonical']} has more than one words: marker")
    return bad


def check_short_aliases(rows: list[dict]) -> list[str]:
    """No single Latin letter anywhere; a one-character Chinese name only as a nickname that is
    listed as an ordinary word (needs brand context)."""
    bad = []
    for r in rows:
        words = {key(x) for x in note_words(r)}
        for col in NAME_COLS:
            for n in split_names(r[col]):
                core = "".join(c for c in key(n) if c.isalnum())
                if len(core) <= 1 and not any(is_cjk(c) for c in core):
                    bad.append(f"{r['_where']}: {r['canonical']} {col} alias {n!r} is a single letter/digit")
                if len(core) == 1 and is_cjk(core):
                    if col != "nicknames" or key(n) not in words or r["ambiguous"] != "yes":
                        bad.append(f"{r['_where']}: {r['canonical']} one-character name {n!r} must be a "
                                   f"nickname listed after words:")
    return bad


def check_parents(rows: list[dict]) -> list[str]:
    """`parent` is empty or the canonical of another brand row, and parent chains end (no cycle)."""
    canon = {r["canonical"]: r for r in rows}
    bad = []
    for r in rows:
        p = r.get("parent", "")
        if p != p.strip():
            bad.append(f"{r['_where']}: {r['canonical']} parent has outer spaces: {p!r}")
        if not p:
            continue
        if p == r["canonical"]:
            bad.append(f"{r['_where']}: {r['canonical']} is its own parent")
        elif p not in canon:
            bad.append(f"{r['_where']}: {r['canonical']} parent {p!r} is not a canonical name")
        seen, cur = {r["canonical"]}, p
        while cur in canon and canon[cur].get("parent"):
            if cur in seen:
                bad.append(f"{r['_where']}: {r['canonical']} parent chain loops at {cur!r}")
                break
            seen.add(cur)
            cur = canon[cur]["parent"]
    return bad


def check_celebrities(rows: list[dict]) -> list[str]:
    bad = []
    seen: dict[str, str] = {}
    names_seen: dict[str, str] = {}
    for r in rows:
        w = r.get("_where", "?")
        if not r["name"].strip() or any(is_cjk(c) for c in r["name"]):
            bad.append(f"{w}: name {r['name']!r} must be a non-empty Latin name")
        k = key(r["name"])
        if k in names_seen:
            bad.append(f"{w}: name {r['name']!r} already used at {names_seen[k]}")
        names_seen[k] = w
        if r["kind"] not in CELEB_KINDS:
            bad.append(f"{w}: {r['name']} kind {r['kind']!r} not allowed")
        if r["ambiguous"] not in ("yes", "no"):
            bad.append(f"{w}: {r['name']} ambiguous={r['ambiguous']!r} (must be yes or no)")
        if r["ambiguous"] == "yes" and not r["note"].strip():
            bad.append(f"{w}: {r['name']} is ambiguous but has no note saying why")
        if not split_names(r["aliases"]) and not split_names(r["zh"]):
            bad.append(f"{w}: {r['name']} has neither aliases nor zh names")
        for col in ("aliases", "zh"):
            v = r[col]
            if v != v.strip() or "||" in v or v.startswith("|") or v.endswith("|"):
                bad.append(f"{w}: {r['name']} {col} has stray spaces or empty names: {v!r}")
            for n in split_names(v):
                if col == "aliases" and any(is_cjk(c) for c in n):
                    bad.append(f"{w}: {r['name']} alias {n!r} is Chinese (belongs in zh)")
                if col == "zh" and not any(is_cjk(c) for c in n):
                    bad.append(f"{w}: {r['name']} zh name {n!r} has no Chinese character")
                core = "".join(c for c in key(n) if c.isalnum())
                if len(core) <= 1:
                    bad.append(f"{w}: {r['name']} {col} name {n!r} is a single character")
                if col == "aliases" and len(core) <= 2 and r["ambiguous"] != "yes":
                    bad.append(f"{w}: {r['name']} two-letter alias {n!r} needs ambiguous=yes (GD, IU, ye)")
                kk = key(n)
                if kk in seen and seen[kk] != r["name"]:
                    bad.append(f"{w}: {r['name']} {col} name {n!r} also belongs to {seen[kk]}")
                seen[kk] = r["name"]
    return bad


# --------------------------------------------------------------------------- data fixtures

@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load_all()


@pytest.fixture(scope="module")
def by_alias(rows) -> dict[str, set[str]]:
    idx: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for n in names(r) + [r["canonical"]]:
            idx[key(n)].add(r["canonical"])
    return idx


@pytest.fixture(scope="module")
def by_canonical(rows) -> dict[str, dict]:
    return {r["canonical"]: r for r in rows}


# --------------------------------------------------------------------------- the data

def test_header_is_exact():
    with open(MAIN_CSV, encoding="utf-8", newline="") as f:
        first = f.readline()
    assert not first.startswith("\ufeff"), "brands.csv must be UTF-8 without BOM"
    assert next(csv.reader([first])) == HEADER
    for p in brand_files():
        assert read_csv(p)[0] == HEADER, f"{p.name}: header differs from brands.csv"


def test_only_known_csv_files():
    """Every CSV here is a brand table (brands*.csv), the celebrity list or a documented side table:
    the loader reads only brands*.csv, so a brand file under another name would be silently ignored."""
    documented = (BRAND_DB / "RULES.md").read_text(encoding="utf-8")
    for p in BRAND_DB.glob("*.csv"):
        # brand tables, the celebrity list, and the brand rules' side tables documented in RULES.md
        assert p.name.startswith("brands") or p == CELEB_CSV or f"`{p.name}`" in documented, \
            f"{p.name}: not brands*.csv, celebrities.csv or a side table listed in brand_db/RULES.md"


def test_at_least_2500_brands(rows):
    assert len(rows) >= MIN_BRANDS, f"only {len(rows)} brands"


def test_parents(rows):
    assert check_parents(rows) == []


def test_fields(rows):
    assert check_fields(rows) == []


def test_canonical_unique(rows):
    assert check_unique_canonical(rows) == []


def test_no_alias_points_at_two_brands_unless_shared(rows):
    assert check_alias_clashes(rows) == []


def test_words_lists(rows):
    assert check_words(rows) == []


def test_no_single_letter_or_unmarked_one_character_alias(rows):
    assert check_short_aliases(rows) == []


def test_every_category_is_represented(rows):
    used = {r["category"] for r in rows}
    missing = CATEGORIES - used - {"other"}
    assert not missing, f"no brand in {sorted(missing)}"


def test_most_brands_have_a_chinese_name(rows):
    with_zh = sum(1 for r in rows if split_names(r["zh"]))
    assert with_zh / len(rows) >= 0.8, f"only {with_zh}/{len(rows)} brands have a Chinese name"


@pytest.mark.parametrize("alias,brand", [
    ("耐克", "Nike"), ("Nike", "Nike"), ("阿迪", "Adidas"), ("阿迪达斯", "Adidas"),
    ("香奈儿", "Chanel"), ("小香", "Chanel"), ("香家", "Chanel"),
    ("戴森", "Dyson"), ("LV", "Louis Vuitton"), ("路易威登", "Louis Vuitton"), ("老花", "Louis Vuitton"),
    ("驴", "Louis Vuitton"), ("雅诗兰黛", "Estee Lauder"), ("Estée Lauder", "Estee Lauder"),
    ("古驰", "Gucci"), ("古奇", "Gucci"), ("露露乐蒙", "Lululemon"), ("lululemon", "Lululemon"),
    ("劳力士", "Rolex"), ("迪奥", "Dior"), ("盟可睐", "Moncler"), ("加拿大鹅", "Canada Goose"),
    ("大鹅", "Canada Goose"), ("AJ", "Air Jordan"), ("TNF", "The North Face"), ("北面", "The North Face"),
    ("BV", "Bottega Veneta"), ("葆蝶家", "Bottega Veneta"), ("椰子", "Yeezy"), ("始祖鸟", "Arc'teryx"),
    ("鸟", "Arc'teryx"), ("李宁", "Li-Ning"), ("梵克雅宝", "Van Cleef & Arpels"), ("SK2", "SK-II"),
    ("神仙水", "SK-II"), ("苹果", "Apple"), ("iPhone", "Apple"), ("小米", "Xiaomi"), ("长城", "Great Wall Motor"),
    ("宝可梦", "Pokémon"), ("皮卡丘", "Pokémon"), ("泡泡玛特", "Pop Mart"), ("茅台", "Moutai"),
    # IP characters and franchises
    ("kitty猫", "Hello Kitty"), ("樱桃小丸子", "Chibi Maruko-chan"), ("小飞象", "Dumbo"), ("唐老鸭", "Donald Duck"),
    ("高飞", "Goofy"), ("布鲁托", "Pluto"), ("迪迦奥特曼", "Ultraman Tiga"), ("美国队长", "Captain America"),
    ("路飞", "Luffy"), ("喜羊羊", "Pleasant Goat"), ("超级飞侠", "Super Wings"), ("线条小狗", "Line Puppy"),
    ("葫芦娃", "Calabash Brothers"), ("蛋黄哥", "Gudetama"), ("大眼蛙", "Keroppi"),
    # product lines as names of their brand
    ("皇家橡树", "Audemars Piguet"), ("Royal Oak", "Audemars Piguet"), ("Submariner", "Rolex"),
    ("迪通拿", "Rolex"), ("Neverfull", "Louis Vuitton"), ("空军一号", "Nike"), ("Air Max", "Nike"),
    ("蔚蓝", "Chanel"), ("香奈儿5号", "Chanel"), ("迪奥小姐", "Dior"), ("小黑瓶", "Lancome"),
    # food, drink, home textiles, appliances, Chinese brands
    ("雪碧", "Sprite"), ("特仑苏", "Telunsu"), ("营养快线", "Nutri Express"), ("六个核桃", "Six Walnuts"),
    ("好丽友", "Orion"), ("美年达", "Mirinda"), ("香飘飘", "Xiangpiaopiao"), ("荣华月饼", "Wing Wah"),
    ("山楂树下", "Shanzhashu Xia"), ("罗莱", "Luolai"), ("水星家纺", "Mercury Home Textile"),
    ("富安娜", "Fuanna"), ("梦洁", "Mendale"), ("美人计", "Meirenji"), ("鸿星尔克", "Erke"),
    # clone-phone model names and a misspelt AirPods on clone earbuds (real round 46: i12pro smartphone, airbods 3)
    ("i12 Pro", "Apple"), ("i14 Pro Max", "Apple"), ("Airbods", "Apple"), ("Captain Morgan", "Captain Morgan"),
])
def test_known_aliases(by_alias, alias, brand):
    assert brand in by_alias.get(key(alias), set()), f"{alias!r} does not point at {brand}"


@pytest.mark.parametrize("brand,word", [
    ("Apple", "苹果"), ("Apple", "Apple"), ("Xiaomi", "小米"), ("Dove", "Dove"), ("Gap", "Gap"),
    ("Coach", "Coach"), ("Puma", "Puma"), ("Jaguar", "Jaguar"), ("Great Wall Motor", "长城"),
    ("Canada Goose", "大鹅"), ("Louis Vuitton", "驴"), ("Louis Vuitton", "老花"), ("Guess", "Guess"),
    ("Vans", "Vans"), ("Only", "Only"), ("Lee", "Lee"), ("Supreme", "Supreme"), ("Hugo Boss", "Boss"),
    ("Diesel", "Diesel"), ("Converse", "Converse"), ("Mango", "Mango"), ("Tide", "Tide"),
    ("Fossil", "Fossil"), ("Chanel", "CC"), ("Midea", "美的"), ("Peak", "匹克"),
    ("Chanel", "蔚蓝"), ("Meirenji", "美人计"), ("Goofy", "高飞"), ("Synear", "思念"), ("Mizone", "脉动"),
    ("Big Hero 6", "大白"), ("Rolex", "水鬼"), ("Nike", "空军"), ("Bull Group", "公牛"), ("Chibi Maruko-chan", "小丸子"),
    ("League of Legends", "英雄联盟"), ("Yu-Gi-Oh", "游戏王"), ("AMD", "AMD"),
])
def test_ordinary_words_are_marked(by_canonical, brand, word):
    r = by_canonical[brand]
    assert r["ambiguous"] == "yes"
    assert key(word) in {key(w) for w in note_words(r)}, f"{brand}: {word} not listed after words:"


@pytest.mark.parametrize("brand", ["Dove", "Gap", "Only", "Coach", "Lee", "Apple"])
def test_word_like_brands_are_not_fuzzy(by_canonical, brand):
    assert by_canonical[brand]["fuzzy"] == "no"


@pytest.mark.parametrize("brand", ["Nike", "Adidas", "Chanel", "Dyson", "Louis Vuitton", "Estee Lauder",
                                   "Gucci", "Lululemon", "Rolex", "Dior", "Moncler", "Canada Goose"])
def test_distinctive_brands_are_fuzzy(by_canonical, brand):
    assert by_canonical[brand]["fuzzy"] == "yes"


def test_household_words_are_not_unmarked_aliases(by_alias, by_canonical):
    """Everyday words that must never be a plain (context-free) alias of any brand."""
    for w in ["苹果", "小米", "大鹅", "驴", "鸟", "长城", "老花", "美的", "好奇", "高达", "统一",
              "蔚蓝", "思念", "空军", "公牛", "大白", "小丑", "毒液", "坦克", "日志", "探险家", "三叶草", "四叶草",
              "清风", "长安", "东风", "仰望", "小天才", "步步高", "爱国者", "花轮", "娜娜", "cos", "frame", "head",
              "apple", "gap", "dove", "coach", "boss", "only", "polo", "mini", "on", "joker", "venom", "thor"]:
        for brand in by_alias.get(key(w), ()):
            r = by_canonical[brand]
            assert key(w) in {key(x) for x in note_words(r)}, f"{w!r} is a plain alias of {brand}"


# --------------------------------------------------------------------------- celebrities

@pytest.fixture(scope="module")
def celebs() -> list[dict]:
    header, rows = read_csv(CELEB_CSV)
    assert header == CELEB_HEADER
    return rows


def test_celebrities_file(celebs):
    with open(CELEB_CSV, encoding="utf-8", newline="") as f:
        assert not f.read(1).startswith("\ufeff"), "celebrities.csv must be UTF-8 without BOM"
    assert len(celebs) >= MIN_CELEBRITIES, f"only {len(celebs)} celebrities"
    assert check_celebrities(celebs) == []


@pytest.mark.parametrize("name,zh", [
    ("Yang Mi", "杨幂"), ("Zhao Liying", "赵丽颖"), ("Dilraba Dilmurat", "迪丽热巴"), ("Liu Yifei", "刘亦菲"),
    ("Wang Yibo", "王一博"), ("Xiao Zhan", "肖战"), ("Jackson Yee", "易烊千玺"), ("Cai Xukun", "蔡徐坤"),
    ("Jay Chou", "周杰伦"), ("Li Jiaqi", "李佳琦"), ("Eileen Gu", "谷爱凌"), ("Lionel Messi", "梅西"),
    ("Cristiano Ronaldo", "C罗"), ("Taylor Swift", "泰勒斯威夫特"), ("Kim Kardashian", "金卡戴珊"),
])
def test_known_celebrities(celebs, name, zh):
    by = {r["name"]: r for r in celebs}
    assert name in by and key(zh) in {key(z) for z in split_names(by[name]["zh"])}


@pytest.mark.parametrize("name", ["Lisa (BLACKPINK)", "Jennie (BLACKPINK)", "Bai Lu", "Jackie Chan", "Ma Long",
                                  "Xinba", "Li Na"])
def test_word_like_celebrity_names_are_ambiguous(celebs, name):
    assert {r["name"]: r for r in celebs}[name]["ambiguous"] == "yes"


# --------------------------------------------------------------------------- the checkers can fail

def _row(**kw) -> dict:
    r = {"canonical": "Testbrand", "en": "Testbrand", "zh": "测试牌", "nicknames": "", "category": "fashion",
         "ambiguous": "no", "ambiguity_note": "", "fuzzy": "yes", "parent": "", "_where": "fixture:1"}
    r.update(kw)
    return r


def test_checker_alias_clash_fails_when_unmarked():
    a = _row(canonical="Alpha", en="Alpha", zh="同名")
    b = _row(canonical="Beta", en="Beta", zh="同名")
    assert check_alias_clashes([a, b])
    a["ambiguity_note"] = "shared alias: 同名 (Beta)"
    assert check_alias_clashes([a, b]), "one side marked is not enough"
    b["ambiguity_note"] = "shared alias: 同名 (Alpha)"
    assert check_alias_clashes([a, b]) == []


def test_checker_alias_clash_is_case_and_width_insensitive():
    a = _row(canonical="Alpha", en="ABC")
    b = _row(canonical="Beta", en="ａｂｃ")  # full-width, NFKC folds it to abc
    assert check_alias_clashes([a, b])


def test_checker_words_must_be_names():
    r = _row(ambiguous="yes", ambiguity_note="an ordinary word. words: 别的")
    assert check_words([r])
    r = _row(ambiguous="yes", ambiguity_note="an ordinary word")
    assert check_words([r]), "ambiguous without words: must fail"
    r = _row(ambiguous="no", ambiguity_note="words: 测试牌")
    assert check_words([r]), "words: on a non-ambiguous row must fail"
    r = _row(ambiguous="yes", ambiguity_note="测试 is an ordinary word. words: 测试牌|TESTBRAND")
    assert check_words([r]) == []


def test_checker_fields_fail():
    assert check_fields([_row(category="shoes")])
    assert check_fields([_row(ambiguous="maybe")])
    assert check_fields([_row(fuzzy="")])
    assert check_fields([_row(en="", zh="")])
    assert check_fields([_row(canonical="李宁")])
    assert check_fields([_row(en="A||B")])
    assert check_fields([_row(en="Testbrand| Spaced")])
    assert check_fields([_row()]) == []


def test_checker_canonical_unique_fails():
    assert check_unique_canonical([_row(), _row(canonical="testbrand")])


def test_checker_short_aliases_fail():
    assert check_short_aliases([_row(en="Testbrand|X")])
    assert check_short_aliases([_row(zh="测")])
    assert check_short_aliases([_row(nicknames="测")]), "unmarked one-character nickname must fail"
    assert check_short_aliases([_row(nicknames="测", ambiguous="yes", ambiguity_note="words: 测")]) == []


def test_checker_parents_fail():
    a = _row(canonical="Alpha", parent="Beta")
    assert check_parents([a]), "unknown parent must fail"
    b = _row(canonical="Beta", parent="Alpha")
    assert check_parents([a, b]), "a loop must fail"
    b["parent"] = ""
    assert check_parents([a, b]) == []
    assert check_parents([_row(canonical="Alpha", parent="Alpha")])


def test_checker_celebrities_fail():
    ok = {"name": "Test Star", "aliases": "Test Star", "zh": "测试星", "kind": "actor", "ambiguous": "no",
          "note": "", "_where": "fixture:1"}
    assert check_celebrities([ok]) == []
    assert check_celebrities([dict(ok, kind="chef")])
    assert check_celebrities([dict(ok, ambiguous="yes")]), "ambiguous without a note must fail"
    assert check_celebrities([dict(ok, zh="Test")]), "a zh name without Chinese must fail"
    assert check_celebrities([dict(ok, aliases="测试")]), "a Chinese alias must fail"
    assert check_celebrities([ok, dict(ok, name="Other Star")]), "a name shared by two people must fail"
    assert check_celebrities([dict(ok, aliases="Test Star|TS")]), "a two-letter alias must be ambiguous"
