"""Claims the listing's own ingredient list contradicts (scanner/detectors/ingredient_claims.py,
lexicons/ingredient_claims.csv + lexicons/ingredients.csv): 无防腐剂 beside 山梨酸钾."""
import csv

import pytest

from scanner.detectors.ingredient_claims import CLAIMS_FILE, INGREDIENTS_FILE, RULE, load_ingredient_data
from scanner.engine import ScanContext
from scanner.lexicon import lexicon_dir
from scanner.models import Listing, contract_category, finer_category
from scanner.pipeline import ListingScanner, ScanOptions
from scanner.report_columns import category_zh

SCANNER = ListingScanner(ScanOptions(context=ScanContext(), ocr=False))


def _found(title, description="", attributes=()):
    r = SCANNER.scan(Listing(id="p", title=title, description=description, attributes=tuple(attributes)))
    return [f for f in r.findings if f.rule_id == RULE]


CONTRADICTED = [
    # (title, description, the claim as written, the ingredient named)
    ("手工酱油 0防腐剂", "配料：水、非转基因大豆、小麦、食用盐、白砂糖、山梨酸钾。净含量：500ml", "0防腐剂", "山梨酸钾"),
    ("风味酸奶 0蔗糖", "配料：生牛乳、白砂糖、嗜热链球菌。", "0蔗糖", "白砂糖"),
    ("洗发水 无硅油 柔顺", "成分：水、月桂醇聚醚硫酸酯钠、聚二甲基硅氧烷、香精、甲基异噻唑啉酮", "无硅油", "聚二甲基硅氧烷"),
    ("Gentle cleanser, paraben-free", "Ingredients: Water, Glycerin, Methylparaben, Fragrance.", "paraben-free",
     "Methylparaben"),
    ("Kids gummies No artificial colors", "Ingredients: glucose syrup, sugar, gelatin, Red 40, Yellow 5.",
     "No artificial colors", "Red 40"),
    ("面霜", "不添加防腐剂、香精和色素。全成分：水、甘油、丁二醇、苯氧乙醇、乙基己基甘油", "不添加防腐剂、香精和色素", "苯氧乙醇"),
    ("广式香肠 无防腐剂", "配料：猪肉、白砂糖、食用盐、红曲米、亚硝酸钠", "无防腐剂", "亚硝酸钠"),
    ("柠檬饮料 无添加剂", "配料：水、白砂糖、柠檬酸、阿斯巴甜、食用香精", "无添加剂", "阿斯巴甜"),
    ("无糖 燕麦饼干", "配料表：燕麦、小麦粉、果葡糖浆、植物油", "无糖", "果葡糖浆"),
    ("Sugar-free protein bar", "Ingredients: whey protein, cane sugar, cocoa butter.", "Sugar-free", "cane sugar"),
    ("爽肤水 无酒精配方", "全成分：水、乙醇、甘油、透明质酸钠", "无酒精", "乙醇"),
    ("防腐剂0添加 腐乳", "配料：大豆、水、食用盐、脱氢乙酸钠", "防腐剂0添加", "脱氢乙酸钠"),
    ("Toner, alcohol-free", "INGREDIENTS: Water, Alcohol Denat., Glycerin", "alcohol-free", "Alcohol Denat"),
    ("無添加防腐劑 果醬", "配料：草莓、白砂糖、果胶、山梨酸钾", "無添加防腐劑", "山梨酸钾"),
]


@pytest.mark.parametrize("title,description,claim,ingredient", CONTRADICTED)
def test_a_claim_the_ingredient_list_contradicts_is_high(title, description, claim, ingredient):
    got = _found(title, description)
    assert got, (title, description)
    f = got[0]
    assert f.severity == "high" and f.category == "authority_claim"
    assert claim in f.matched_text
    assert ingredient.casefold() in f.explanation.casefold() or ingredient.casefold() in f.term.casefold()
    assert "第二十八条" in f.law


CONSISTENT = [
    # the list bears the claim out
    ("香肠 无防腐剂", "配料：猪肉、白砂糖、食用盐、红曲米"),
    ("无糖饼干", "配料：小麦粉、麦芽糖醇、植物油、食用盐"),  # a polyol is no sugar
    ("酸奶 0蔗糖", "配料：生牛乳、三氯蔗糖、赤藓糖醇"),  # 三氯蔗糖 (sucralose) is no 蔗糖
    ("Kids gummies No artificial colors", "Ingredients: glucose syrup, sugar, natural flavors, annatto, beta-carotene."),
    ("面霜 无酒精", "全成分：水、甘油、丁二醇、十六十八醇、苯氧乙醇"),  # 苯氧乙醇 is no 乙醇
    ("Lotion, alcohol-free", "Ingredients: water, cetearyl alcohol, glycerin"),  # a fatty alcohol
    ("蜂蜜 无防腐剂", "产品名称：蜂蜜 配料表：蜂蜜"),
    # no claim at all
    ("淡化色素沉着 精华", "全成分：水、甘油、烟酰胺、苯氧乙醇、CI 19140"),
    ("无糖尿病史人群适用", "配料：白砂糖"),
    ("防腐木 花箱", "成分：樟子松、防腐剂"),
    # several flavours offered: the claim is one variant
    ("饼干 有糖/无糖可选", "配料：小麦粉、白砂糖、植物油"),
    # two products: only one list contains the ingredient
    ("礼盒 无防腐剂", "A款配料：草莓、白砂糖、山梨酸钾。B款配料：蓝莓、白砂糖"),
    # a claim with no list to compare with
    ("无防腐剂 酱油", "古法酿造，180天晒制"),
    # a quantity, not 零
    ("含10蔗糖", "配料：白砂糖"),
    # nutrition facts are no ingredient list
    ("无蔗糖 牛奶", "营养成分表：能量 280kJ，蛋白质 3.2g，碳水化合物 4.8g。配料：生牛乳"),
]


@pytest.mark.parametrize("title,description", CONSISTENT)
def test_a_claim_the_list_bears_out_or_no_claim_stays_quiet(title, description):
    assert not _found(title, description), (title, description)


def test_an_attribute_named_as_the_list_is_the_list():
    assert _found("果汁 0防腐剂", "", [("配料表", "水、橙汁、苯甲酸钠")])
    assert not _found("果汁 0防腐剂", "", [("颜色", "苯甲酸钠")])


def test_the_claim_is_reported_as_a_false_claim_in_a_contract_category():
    f = _found("酸奶 0蔗糖", "配料：生牛乳、白砂糖")[0]
    assert finer_category(f.category, f.rule_id) == "false_claim"
    assert contract_category("false_claim") == "authority_claim" == f.category
    assert category_zh(f.category, f.rule_id) == "虚假宣传"


def test_the_tables_are_well_formed():
    d = lexicon_dir()
    data = load_ingredient_data(str(d))
    with open(d / INGREDIENTS_FILE, encoding="utf-8", newline="") as f:
        groups = {r["group"] for r in csv.DictReader(f)}
    for cg in data.claims.values():
        assert cg.groups <= groups, cg.group  # every claim is compared with a group the tables hold
    with open(d / CLAIMS_FILE, encoding="utf-8", newline="") as f:
        assert all(r["nouns"] for r in csv.DictReader(f))
    # a look-alike name (group -) is never also a member of a group
    seen = {}
    with open(d / INGREDIENTS_FILE, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            seen.setdefault(r["name"].casefold(), set()).add(r["group"])
    assert not [n for n, g in seen.items() if "-" in g and len(g) > 1]


def test_a_long_ingredient_list_costs_a_bounded_read():
    long = "配料：" + "、".join(["水"] * 20_000) + "、山梨酸钾"
    assert not _found("0防腐剂", long)  # beyond the list's bound (1,500 characters): not read
