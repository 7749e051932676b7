"""Held-out lawful look-alikes (tests/fixtures/heldout/lawful.tsv): wording that resembles a
violation but that the authorities accept — the uses the SAMR 2023 《广告绝对化用语执法指南》 exempts
(顾客第一 and other mottos and goals, 本店最新款 self-comparison, 最佳食用期 consumer tips,
specifications such as 最大承重, standard grades 特级/一级, registered names 极米/王老吉, conferred
titles 中华老字号), 第一 as an ordinal, GB/T standard names, the permitted cosmetic efficacy
categories (保湿, 控油, 舒缓, 去角质, 抗皱), the 2023 保健食品 functions on a registered product,
registered medical devices within their scope, and English usage ("best before", "first aid kit",
resin that "cures in 24 hours", an EPA-registered weed killer), each with its source — plus a few
close variants the same sources say ARE punished (极品, 国家品牌, 最有效 on a 保健食品).

`expect=clean`: no advertising-law finding (a category of scanner.models.AD_CATEGORIES) at high
or medium; `expect=hit`: one at high or medium overlapping `expected`. Rows with
`status=known_miss` need facts the text does not carry and are expected failures, not strict.
Clean rows are also checked for brand and contact alarms (test_clean_row_has_no_brand_or_contact_alarm)."""
from heldout_support import WordingSet, wording_tests
from scanner.models import AD_CATEGORIES

SET = WordingSet("lawful.tsv", lambda f: f.category in AD_CATEGORIES, "advertising-law", "known miss: needs facts the text does not carry")

scanner, test_fixture_shape, test_hit, test_clean = wording_tests(SET)


# Ordinary copy next to the rules added for round 3 (r3l-* frames, 化妆品祛痘功效 / 理念格言 lawful uses,
# 天下第一关 context): no high/medium advertising-law finding.
import pytest  # noqa: E402

QUIET = [
    "湖人三连冠纪念球衣 篮球迷收藏",                   # 连冠 of a sports team, no market/sales claim
    "第一杯半价 奶茶 门店自提",                        # 第一杯 as an ordinal in a promotion
    "开学季 第一杯奶茶 送给自己",
    "每杯约250ml 每瓶可冲泡10杯",                      # 每…杯 quantities, not a share
    "祛痘洁面乳 有助于减缓粉刺的发生 经人体功效评价",   # the defined 祛痘 category wording
    "Natural is best: 100% cotton baby blanket",        # a maxim
    "嘉峪关 天下第一雄关 门票 含关城",                  # place name
    "上海第一医药 门店自提 医用外科口罩",              # enterprise name
]
QUIET_LOUD = [
    ("荣获全国销量七连冠 净水器", "七连冠"),
    ("国内第一瓶 无糖茶饮料", "第一瓶"),
    ("每卖出10台空调就有6台是我们", "每卖出10台空调就有6台"),
    ("祛痘精华 有助于减少粉刺 消炎杀菌", "祛痘"),
    ("Our tea is best in the world", "best"),
    ("保健食品 国食健注G20210187 改善缺铁性贫血 治疗贫血 本品不能代替药物", "治疗贫血"),  # catalogue wording + a treatment claim
    ("铁叶酸片 改善缺铁性贫血 糖果", "改善缺铁性贫血"),  # the wording on an unregistered product
    ("中国第一医药品牌 值得信赖", "中国第一"),          # a ranking next to the enterprise names kept quiet
    ("上海第一医药 全国第一大药房", "全国第一"),
]


@pytest.mark.parametrize("text", QUIET)
def test_round3_rules_stay_quiet(scanner, text):
    from scanner.models import Listing
    found = [f for f in scanner.scan(Listing(id="q", title=text)).findings
             if f.category in AD_CATEGORIES and f.severity in ("high", "medium")]
    assert not found, (text, [(f.rule_id, f.matched_text) for f in found])


@pytest.mark.parametrize("text,word", QUIET_LOUD)
def test_round3_close_variants_found(scanner, text, word):
    from scanner.models import Listing
    i = text.index(word)
    found = [f for f in scanner.scan(Listing(id="q", title=text)).findings
             if f.category in AD_CATEGORIES and f.severity in ("high", "medium")
             and f.start < i + len(word) and f.end > i]
    assert found, text


# The lawful rows name brands, people and sites too: no brand or contact alarm on a clean row either —
# counterfeit or piggy-backing wording (brand_piggyback) or an off-site contact (offsite_contact) at high or
# medium, or a brand named at high. (A brand named at medium is brand_unauthorized, the reminder that a shop
# not declaring its own brands gets; the rows declare none.) Rows whose answer needs a fact the text does not
# carry are expected failures, with the fact:
BRAND_FACTS = {
    "hl2320": "a 1:1 replica of an artwork or a museum piece is lawful, of branded goods a counterfeit: the text names "
              "neither, and 1:1 replica is a counterfeit marker on a marketplace",
    "hl2673": "飞人乔丹 on Nike's Air Jordan shoes was held lawful because Nike holds Michael Jordan's authorisation "
              "(北京知识产权法院 2022): the licence is a fact, not wording",
    "hl3096": "an authorised Toyota dealer's genuine parts: lawful with --own-brand Toyota, which a held-out row does not carry",
}


def _brand_alarm(f) -> bool:
    return ((f.category in ("brand_piggyback", "offsite_contact") and f.severity in ("high", "medium"))
            or (f.category == "brand_unauthorized" and f.severity == "high"))


@pytest.mark.parametrize("row", [
    pytest.param(r, id=r["id"], marks=[pytest.mark.xfail(reason=BRAND_FACTS[r["id"]], strict=True)]
                 if r["id"] in BRAND_FACTS else [])
    for r in SET.rows if r["expect"] == "clean"])
def test_clean_row_has_no_brand_or_contact_alarm(scanner, row):
    found = [f for f in SET.listing_result(scanner, row).findings if _brand_alarm(f)]
    assert not found, f"{row['id']}: {row['text']!r} -> {[(f.rule_id, f.severity, f.matched_text) for f in found]}"
