"""report.html: 「先改这些」 ordering, a risk score that does not saturate, the law explained
once and linked, the fixed text beside the original, language, bounded memory (cap + note)."""
import re
from pathlib import Path

from scanner.i18n import explain_error, t
from scanner.laws import articles, load_laws, with_penalties
from scanner.models import Change, Finding, FixedText, Listing, ListingResult, RunInfo
from scanner.report_html import HtmlWriter, fixed_pieces, render_listing
from scanner.reports import Summary

RUN = RunInfo(started="2026-01-01T00:00:00+00:00", finished="2026-01-01T00:00:01+00:00", seconds=1.0,
              sources=("shop.jsonl",), lexicon_hash="L", brand_db_hash="B", config_hash="C", ocr=False)


def finding(lid, text, start, severity="high", category="absolute_term", law="《广告法》第九条第三项",
            rule="AD-ABS-x", field="title"):
    return Finding(listing_id=lid, field=field, category=category, severity=severity, confidence=1.0,
                   matched_text=text, term=text, start=start, end=start + len(text), rule_id=rule, law=law,
                   suggestion="优惠价", explanation="why")


def result(lid, title, findings, errors=(), fixed=None):
    return ListingResult(Listing(id=lid, title=title, source="shop.jsonl"), tuple(findings), tuple(errors),
                         fixed=fixed)


def write(tmp_path, results, lang="zh", **kw):
    w = HtmlWriter(tmp_path, lang=lang, **kw)
    s = Summary()
    for r in results:
        s.add(r)
        w.add(r)
    w.finish(RUN, s.as_dict())
    return (tmp_path / "report.html").read_text(encoding="utf-8")


def test_risk_score_does_not_saturate():
    two = result("a", "最佳 最好", [finding("a", "最佳", 0), finding("a", "最好", 3)])
    five = result("b", "x", [finding("b", "最佳", 0)] * 5)
    assert two.risk_score == 100 and five.risk_score == 250 > two.risk_score


def test_fix_first_is_ordered_by_severity_then_number_of_findings(tmp_path):
    results = [
        result("low1", "本店最新款", [finding("low1", "最新", 2, "low")]),
        result("high1", "最佳杯子", [finding("high1", "最佳", 0)]),
        result("clean", "纯棉毛巾", []),
        result("med3", "x", [finding("med3", "x", 0, "medium")] * 3),
        result("high2", "最佳 最好", [finding("high2", "最佳", 0), finding("high2", "最好", 3)]),
        result("broken", "", [], errors=("image a.png: HTTP 404",)),
    ]
    page = write(tmp_path, results)
    main = page[page.index("<main>"):]
    assert main.index('id="fix-first"') < main.index('class="cards"')  # 「先改这些」 opens the page
    table = page[page.index('id="fix-first-table"'):page.index("</table>", page.index('id="fix-first-table"'))]
    order = re.findall(r'href="#l-([^"]+)"', table)
    assert order == ["high2", "high1", "med3", "low1", "broken"]
    # the detailed sections follow the same order, and each jump link has its target
    sections = re.findall(r'<section class="listing[^"]*" id="l-([^"]+)"', page)
    assert sections == order
    assert t("report.risk_explained", "zh") in page
    # the seller reads the 404 as a sentence, not as a raw error
    assert explain_error("image a.png: HTTP 404", "zh") in page and "不存在" in page
    # summaries by category and by rule family, filters inline (no external script)
    assert "按类别" in page and "按规则族" in page and "AD-ABS" in page
    assert 'class="f-sev"' in page and "<script src" not in page and "http" not in page.split("<script>")[1]


def test_the_law_is_explained_once_and_linked_from_each_finding(tmp_path):
    results = [result(str(i), "最佳", [finding(str(i), "最佳", 0)]) for i in range(3)]
    results.append(result("m", "治疗失眠", [finding("m", "治疗", 0, "high", "medical_claim", "《广告法》第十七条",
                                                    "AD-MED-治疗")]))
    page = write(tmp_path, results)
    assert page.count('id="law-ad-9"') == 1 and page.count('href="#law-ad-9"') == 3
    assert 'id="law-ad-57"' in page and "20 万元以上 100 万元以下" in page  # Art. 9 -> Art. 57's fine
    assert 'id="law-ad-17"' in page and 'id="law-ad-58"' in page
    assert 'id="law-guideline"' in page  # SAMR guideline's reasoning for absolute terms


def test_laws_csv_covers_the_cited_articles():
    laws = load_laws()
    for key in ("ad-9", "ad-16", "ad-17", "ad-18", "ad-25", "ad-28", "ad-55", "ad-57", "ad-58", "auc-6", "auc-8",
                "tm-57", "platform", "guideline"):
        law = laws[key]
        assert law.title["zh"] and law.title["en"] and law.penalty["zh"] and law.penalty["en"], key
    assert articles("《广告法》第十六条、第十八条；《食品安全法》第七十三条") == ("ad-16", "ad-18", "food-73")
    assert with_penalties(("ad-28",)) == ["ad-28", "ad-55"]
    # every law string in the lexicons that names the Advertising Law resolves to an entry
    import csv
    from scanner.laws import LEXICONS
    for name in ("ad_terms.csv",):
        for row in csv.DictReader(open(LEXICONS / name, encoding="utf-8")):
            if row["law"].startswith("《广告法》第"):
                assert articles(row["law"]), row["law"]


def test_fixed_text_is_shown_beside_the_original_with_changes_marked(tmp_path):
    title = "山野保温杯 全网最低价 国家级工艺"
    fixed = FixedText(title="山野保温杯 优惠价 工艺", description="",
                      changes=(Change("title", 6, 11, "全网最低价", "优惠价", "AD-ABS-全网最低价", "replaced"),
                               Change("title", 12, 15, "国家级", "", "AD-ABS-国家级", "removed")))
    r = result("f1", title, [finding("f1", "全网最低价", 6), finding("f1", "国家级", 12)], fixed=fixed)
    assert fixed_pieces(title, fixed.changes) == [("same", "山野保温杯 ", ""), ("change", "全网最低价", "优惠价"),
                                                  ("same", " ", ""), ("change", "国家级", ""), ("same", "工艺", "")]
    page = write(tmp_path, [r])
    assert "<del>全网最低价</del><ins>优惠价</ins>" in page and "<del>国家级</del>" in page
    assert "山野保温杯 优惠价 工艺" in page and "建议改写" in page
    # a review change is marked for a human, not rewritten
    review = FixedText(title=title, description="", changes=(Change("title", 6, 11, "全网最低价", "", "r", "review"),))
    html = render_listing(result("f2", title, [finding("f2", "全网最低价", 6)], fixed=review))
    assert '<mark class="review"' in html
    # no fixed text: no rewrite block
    assert "建议改写" not in render_listing(result("f3", title, [finding("f3", "全网最低价", 6)]))


def test_english_report(tmp_path):
    page = write(tmp_path, [result("a", "最佳", [finding("a", "最佳", 0)])], lang="en")
    assert "Fix these first" in page and "absolute terms" in page and "先改这些" not in page.split("<main>")[1][:200]
    assert 'lang="en"' in page


def test_many_listings_stay_bounded_with_a_note(tmp_path):
    results = [result(f"p{i}", "最佳", [finding(f"p{i}", "最佳", 0)] * (1 + i % 3)) for i in range(60)]
    page = write(tmp_path, results, max_detail=10)
    assert page.count('<section class="listing') == 10
    assert "另有 50 个有问题的商品未在本页展开" in page
    kept = re.findall(r'<section class="listing[^"]*" id="l-p(\d+)"', page)
    assert all(int(i) % 3 == 2 for i in kept)  # the kept ones are the most urgent (3 findings each)


def test_evidence_thumbnail_is_a_capped_data_uri(tmp_path):
    from PIL import Image

    from scanner.models import Box
    from scanner.report_html import thumbnail_uri

    p = tmp_path / "big.png"
    import numpy as np
    Image.fromarray((np.random.default_rng(1).random((1600, 1600, 3)) * 255).astype("uint8")).save(p)
    uri = thumbnail_uri(p, [Box(10, 10, 200, 50)], limit=40_000)
    assert uri.startswith("data:image/jpeg;base64,") and len(uri) * 3 / 4 <= 40_000 * 1.01 + 100


def test_fixed_attributes_are_shown_beside_the_original():
    """An attribute's fixed text (宝贝卖点) appears in the listing partial like the title's."""
    from scanner.models import Listing
    from scanner.pipeline import ListingScanner, ScanOptions
    from scanner.report_html import render_listing

    r = ListingScanner(ScanOptions(ocr=False)).scan(
        Listing(id="a", title="保温杯", attributes=(("宝贝卖点", "全网最低价 保温12小时"),)))
    html = render_listing(r, "zh")
    assert "属性：宝贝卖点" in html and "<del>全网最低价</del>" in html and "<ins>优惠价</ins>" in html
    assert "优惠价 保温12小时" in html
