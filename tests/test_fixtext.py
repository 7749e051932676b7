"""The fixed text (scanner/fixtext.py): each finding's rewrite applied in place, from the data in
lexicons/rewrites.csv, checked by scanning the result again with the real engine."""
from __future__ import annotations

import csv
import json
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.engine import ScanContext
from scanner.fixtext import (REVIEW_OPEN, apply, fix_listing, load_rewrites, pieces, plain_rewrite, rewritable,
                             rewrites_path, unmarked)
from scanner.compiled import files_hash
from scanner.lexicon import LexiconError, read_rows
from scanner.models import Finding, Listing
from scanner.normalize import html_to_text
from scanner.pipeline import ListingScanner, ScanOptions
from scanner.sources import open_source

ROOT = Path(__file__).resolve().parent.parent
DEV = Path("/work/shared/eval/dev/shops")


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(ocr=False))


def fixed(scanner, title="", description="", **kw):
    listing = Listing(id="x", title=title, description=description, **kw)
    r = scanner.scan(listing)
    return listing, r


def refixed_ok(scanner, listing, r):
    """Re-scan the fixed text: no high/medium finding that has a safe rewrite may be left."""
    fx = r.fixed
    again = replace(listing, title=unmarked(listing.title, fx, "title"),
                    description=unmarked(html_to_text(listing.description), fx, "description"))
    left = rewritable(again, scanner.scan(again).findings)
    assert not left, [(f.rule_id, f.matched_text) for f in left]


def test_absolute_terms_rewritten_with_grammar_kept(scanner):
    listing, r = fixed(scanner, "最好的面膜 质量最好 送礼首选")
    assert r.fixed.title == "很好的面膜 质量很好 送礼推荐之选"
    listing, r = fixed(scanner, "山野 316不锈钢保温杯 500ml 全网最低价")
    assert r.fixed.title == "山野 316不锈钢保温杯 500ml 优惠价"
    assert [c.action for c in r.fixed.changes] == ["replaced"]
    refixed_ok(scanner, listing, r)


def test_ranking_and_national_grade_removed(scanner):
    listing, r = fixed(scanner, "全网第一 国家级品质 羊绒围巾")
    assert r.fixed.title == "品质 羊绒围巾"
    assert {c.action for c in r.fixed.changes} == {"removed"}
    refixed_ok(scanner, listing, r)


def test_medical_claim_clause_removed(scanner):
    listing, r = fixed(scanner, "纯棉枕头", "纯棉枕头，根治失眠，透气舒适。")
    assert r.fixed.description == "纯棉枕头，透气舒适。"
    listing, r = fixed(scanner, "艾草足贴", "本品可以有效治愈鼻炎，安心使用。")
    assert "鼻炎" not in r.fixed.description and r.fixed.description.endswith("安心使用。")
    refixed_ok(scanner, listing, r)


def test_guarantee_becomes_lawful_wording(scanner):
    listing, r = fixed(scanner, "假一罚万 纯棉T恤")
    assert r.fixed.title == "正品保障 纯棉T恤"
    listing, r = fixed(scanner, "护腰坐垫", "根治腰椎间盘突出，无效退款！")
    assert r.fixed.description == "支持七天无理由退换！"
    refixed_ok(scanner, listing, r)


def test_brand_piggyback_and_contacts_removed(scanner):
    listing, r = fixed(scanner, "运动鞋 耐克同款 透气 减震", "网面设计。欢迎选购！加微信 shanye2024 领优惠券。")
    assert r.fixed.title == "运动鞋 透气 减震"
    assert "shanye2024" not in r.fixed.description and r.fixed.description.startswith("网面设计。欢迎选购！")
    refixed_ok(scanner, listing, r)


def test_no_safe_rewrite_is_marked_for_a_human(scanner):
    listing, r = fixed(scanner, "Nike 跑步鞋 透气")  # another brand's name, no authorisation recorded
    (c,) = [c for c in r.fixed.changes if c.rule_id == "BRAND-UNAUTH"]
    assert c.action == "review" and c.old == "Nike" and c.new == ""
    assert r.fixed.title.startswith(REVIEW_OPEN + "Nike")
    assert unmarked(listing.title, r.fixed, "title") == listing.title  # the file keeps the seller's words


def test_a_title_is_never_emptied(scanner):
    listing, r = fixed(scanner, "根治失眠")
    assert r.fixed is not None
    assert all(c.action == "review" for c in r.fixed.changes if c.field == "title")
    assert unmarked(listing.title, r.fixed, "title") == "根治失眠"


def test_tolerated_wording_is_left_alone(scanner):
    listing, r = fixed(scanner, "保温杯", "本店最新款，最大容量2L。")
    assert r.fixed is None  # only low findings


def test_change_offsets_refer_to_the_original(scanner):
    listing, r = fixed(scanner, "顶級 羊绒围巾 国家级工艺 送礼首选", "<p>万人疯抢，再不抢就没了！</p><p>加微信 shanye2024</p>")
    plain = {"title": listing.title, "description": html_to_text(listing.description)}
    for c in r.fixed.changes:
        assert plain[c.field][c.start:c.end] == c.old
    assert apply(plain["title"], [c for c in r.fixed.changes if c.field == "title"]) == r.fixed.title
    ps = pieces(plain["title"], [c for c in r.fixed.changes if c.field == "title"])
    assert "".join(p[0] for p in ps) == plain["title"]  # the original, piece by piece
    assert "".join(p[1] for p in ps) == unmarked(plain["title"], r.fixed, "title")
    assert [p[2].action for p in ps if p[2]] == ["replaced", "removed", "replaced"]


def _f(start, end, text, rule, sev="high", cat="absolute_term", term=None, suggestion="删除"):
    return Finding("x", "title", cat, sev, 1.0, text[start:end], term or text[start:end], start, end, rule,
                   "《广告法》第九条第三项", suggestion, "")


def test_overlapping_findings_resolved_the_same_way_in_any_order():
    text = "全网最低价保温杯"
    fs = [_f(0, 4, text, "AD-ABS-全网最低", suggestion="优惠价"), _f(2, 5, text, "AD-ABS-最低价", suggestion="优惠价"),
          _f(0, 5, text, "AD-ABS-全网最低价", suggestion="优惠价")]
    listing = Listing(id="x", title=text)
    results = set()
    for seed in range(6):
        random.Random(seed).shuffle(fs)
        fx = fix_listing(listing, fs)
        results.add((fx.title, fx.changes))
    assert len(results) == 1
    title, changes = results.pop()
    assert title == "优惠价保温杯" and len(changes) == 1 and (changes[0].start, changes[0].end) == (0, 5)
    # a removal covers the rewrite it overlaps
    text = "销量全网第一名"
    fs = [_f(2, 6, text, "AD-ABS-全网第一", term="全网第一"), _f(4, 7, text, "AD-ABS-第一名", suggestion="热销")]
    fx = fix_listing(Listing(id="x", title=text), fs)
    assert fx.title == "销量" and [c.action for c in fx.changes] == ["removed"]


def test_health_food_disclaimer_appended(scanner):
    listing, r = fixed(scanner, "XX牌蛋白粉 保健食品 国食健注G20190001", "增强免疫力。")
    if r.fixed is None or not any(c.rule_id == "AD-MED-HF-不能代替药物" for c in r.fixed.changes):
        pytest.skip("listing not classed as a registered health food here")
    assert r.fixed.description.endswith("本品不能代替药物。")


def test_suggestions_read_as_rewrites():
    assert plain_rewrite("优质/理想") == "优质"
    assert plain_rewrite("热销（如有权威榜单请注明来源与时间）") == "热销"
    assert plain_rewrite("删除") == ""
    assert plain_rewrite("删除效果承诺，可写“支持七天无理由退换”") == "支持七天无理由退换"
    assert plain_rewrite("删除“史上最”") == ""
    assert plain_rewrite("写明实际获得的认证或资质名称") is None
    assert plain_rewrite("表现出色（需依据）") is None
    assert plain_rewrite("活动截止日期：XX") is None
    assert plain_rewrite("remove the ranking (e.g. \"a popular choice\")") == ""


def test_every_rewrite_is_clean_on_its_own(scanner):
    """A replacement never creates a new finding: every wording the data can put in place,
    scanned alone, has no high/medium finding."""
    words = {r["replacement"] for r in read_rows(rewrites_path()) if r["action"] in ("replace", "append")}
    for r in read_rows(ROOT / "lexicons" / "ad_terms.csv"):
        if r["severity"] in ("high", "medium") and (w := plain_rewrite(r["suggestion"])):
            words.add(w)
    assert len(words) > 150
    bad = {}
    for w in sorted(words):
        hits = [f.term for f in scanner.scan(Listing(id="w", title=w)).findings if f.severity in ("high", "medium")]
        if hits:
            bad[w] = hits
    assert not bad


def test_rewrites_data_is_checked_and_hashed(tmp_path):
    d = tmp_path / "lex"
    shutil.copytree(ROOT / "lexicons", d)
    before = files_hash(d)
    with open(d / "rewrites.csv", "a", encoding="utf-8") as f:
        f.write("term,最潮,,replace,潮流,,,,\n")
    assert files_hash(d) != before  # the run's lexicon hash covers rewrites.csv
    assert load_rewrites(d).rows["term"]["最潮"][0].replacement == "潮流"
    with open(d / "rewrites.csv", "a", encoding="utf-8") as f:
        f.write("term,最牛,,rewrite,出色,,,,\n")
    with pytest.raises(LexiconError, match="rewrites.csv line"):
        load_rewrites(d)
    with pytest.raises(LexiconError):
        ListingScanner(ScanOptions(ocr=False, lexicon_dir=str(d)))


def _shops():
    out = [(ROOT / "scanner" / "demo" / "shop.jsonl", ())]
    for p in sorted(DEV.glob("*.jsonl")):
        own = p.with_name(p.stem + ".own_brands.txt")
        out.append((p, tuple(x.strip() for x in own.read_text(encoding="utf-8").splitlines() if x.strip())
                    if own.exists() else ()))
    return out


@pytest.mark.parametrize("path,own", _shops(), ids=lambda v: v.name if isinstance(v, Path) else "")
def test_fixed_corpus_rescans_clean(path, own):
    """Dev corpus and demo shop: every fixed listing, scanned again, has no high/medium finding
    left that has a safe rewrite."""
    if not path.exists():
        pytest.skip(f"{path} not here")
    sc = ListingScanner(ScanOptions(ocr=False, context=ScanContext(own_brands=own)))
    n = 0
    for listing in open_source(str(path)):
        r = sc.scan(listing)
        if r.fixed is None:
            assert not rewritable(listing, r.findings)
            continue
        n += 1
        again = replace(listing, title=unmarked(listing.title, r.fixed, "title"),
                        description=unmarked(html_to_text(listing.description), r.fixed, "description"))
        left = rewritable(again, sc.scan(again).findings)
        assert not left, (listing.id, [(f.rule_id, f.matched_text) for f in left])
    if path.stem in ("general", "shop"):
        assert n >= 8  # the test has fixed listings to check


def test_reports_carry_the_fixed_text(tmp_path):
    src = tmp_path / "shop.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "运动鞋 耐克同款 透气", "description": "根治失眠，透气。"},
                              ensure_ascii=False) + "\n" + json.dumps({"id": "b", "title": "保温杯"}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    assert main(["scan", str(src), "--out", str(out), "--no-ocr", "--format", "csv,json,xlsx", "-q"]) == 0
    with open(out / "findings.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
        header = rows and list(rows[0])
    assert header[19:21] == ["fixed_title", "fixed_description"]  # after the contract's first 19 columns
    assert header[:6] == ["listing_id", "field", "category", "severity", "matched_text", "term"]
    assert {r["fixed_title"] for r in rows} == {"运动鞋 透气"} and {r["fixed_description"] for r in rows} == {"透气。"}
    with open(out / "listings.csv", encoding="utf-8-sig", newline="") as f:
        lrows = {r["listing_id"]: r for r in csv.DictReader(f)}
    assert lrows["a"]["fixed_title"] == "运动鞋 透气" and lrows["b"]["fixed_title"] == ""
    rep = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by = {x["listing"]["id"]: x for x in rep["listings"]}
    assert by["b"]["fixed"] is None
    assert by["a"]["fixed"]["title"] == "运动鞋 透气"
    assert {c["action"] for c in by["a"]["fixed"]["changes"]} == {"removed"}
    import openpyxl

    wb = openpyxl.load_workbook(out / "report.xlsx", read_only=True)
    for name in ("Findings", "Listings"):
        from scanner.report_xlsx import column_key  # headers are display names (--lang)

        head = [column_key(c.value) for c in next(wb[name].iter_rows(max_row=1))]
        assert "fixed_title" in head and "fixed_description" in head
    wb.close()


def test_check_prints_the_fixed_text(capsys):
    assert main(["check", "全网第一 国家级品质 耐克同款跑鞋"]) == 0
    out = capsys.readouterr().out
    assert "改好的文案 / Fixed text" in out
    after = out.split("改好的文案 / Fixed text", 1)[1]
    assert "品质 跑鞋" in after and "删除 / removed" in after
    assert main(["check", "纯棉T恤 透气"]) == 0
    assert "改好的文案" not in capsys.readouterr().out


def test_english_sentences_and_touching_removals(scanner):
    listing, r = fixed(scanner, "Cotton Tee", "Soft cotton. Cures arthritis pain in 7 days. Machine washable, the best gift.")
    assert r.fixed.description == "Soft cotton. Machine washable."
    refixed_ok(scanner, listing, r)
    listing, r = fixed(scanner, "艾草足贴 祛湿排毒 治疗失眠 颈椎病克星 老人必备")
    assert r.fixed.title == "艾草足贴 老人必备"  # removals side by side leave one space, not three
    refixed_ok(scanner, listing, r)


def test_every_lexicon_term_fixed_in_context_rescans_clean(scanner):
    """Each high/medium term of ad_terms.csv inside a title and a description sentence: the fixed
    text has nothing with a safe rewrite left, and no doubled or leading punctuation."""
    import re

    n = 0
    for row in read_rows(ROOT / "lexicons" / "ad_terms.csv"):
        if row["severity"] not in ("high", "medium"):
            continue
        t = row["term"]
        listing, r = fixed(scanner, f"{t} 纯棉T恤 夏季", f"面料柔软，{t}，欢迎选购。")
        if r.fixed is None:
            continue
        n += 1
        refixed_ok(scanner, listing, r)
        for text in (unmarked(listing.title, r.fixed, "title"), unmarked(listing.description, r.fixed, "description")):
            assert not re.search(r"[，。、]{2}|^[，。、\s]|\s{2}|[，、]$", text), (t, text)
    assert n > 1500


def test_claims_in_context_rescan_clean(scanner):
    """Claim frames (disease, guarantee, contact, authority, prize…) inside a title and a
    description sentence, for a fixed sample of disease names."""
    import re

    diseases = [x.strip() for x in (ROOT / "lexicons" / "slots" / "DISEASE.txt").read_text(encoding="utf-8").splitlines()
                if x.strip() and not x.startswith("#")]
    sample = random.Random(3).sample(diseases, 40)
    templates = ["治疗{d}", "{d}克星", "专治{d}", "预防{d}", "有效缓解{d}症状", "对{d}有显著疗效", "告别{d}",
                 "7天根治{d}，无效退款", "保证三天见效", "假一赔十万", "加微信 abc12345 咨询", "电话13812345678",
                 "专家推荐", "买它就能转运", "全网销量第一，万人疯抢"]
    n = 0
    for i, d in enumerate(sample):
        claim = templates[i % len(templates)].format(d=d)
        listing, r = fixed(scanner, f"艾草足贴 {claim} 老人", f"天然艾草，{claim}，温和不刺激。")
        if r.fixed is None:
            continue
        n += 1
        refixed_ok(scanner, listing, r)
        for text in (unmarked(listing.title, r.fixed, "title"), unmarked(listing.description, r.fixed, "description")):
            assert not re.search(r"[，。、]{2}|^[，。、\s]|\s{2}|[，、]$", text), (claim, text)
    assert n > 30


@pytest.mark.parametrize("text,start,end,fixed_text", [
    ("红心芭乐 强壮骨骼 新鲜采摘", 6, 8, "红心芭乐 新鲜采摘"),  # 壮骨 inside 强壮骨骼: the word goes whole, not 强骼
    ("本品能强壮骨骼，新鲜采摘", 4, 6, "本品能，新鲜采摘"),
    ("纯棉透气 壮骨 新鲜", 5, 7, "纯棉透气 新鲜"),  # standing alone: only the claim
])
def test_a_removal_does_not_cut_a_word_in_half(text, start, end, fixed_text):
    f = _f(start, end, text, "AD-MED-壮骨", cat="medical_claim", suggestion="删除疾病治疗/保健功能表述")
    fx = fix_listing(Listing(id="x", title=text), [f])
    assert fx.title == fixed_text
