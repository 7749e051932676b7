"""OCR noise tolerance: one wrong character in a 4+ character lexicon term, for image text only,
and no flood of findings on clean text."""
from __future__ import annotations

import pytest

from scanner.detectors.ad_terms import LexiconDetector
from scanner.detectors.ocr_fuzzy import FUZZY_CONFIDENCE, OcrFuzzyDetector, glyph_similarity
from scanner.engine import Engine, FieldText, ScanContext
from scanner.lexicon import Lexicon
from scanner.models import Box, Listing
from scanner.ocr.synth import cjk_font_path

pytestmark = pytest.mark.skipif(cjk_font_path() is None, reason="needs a CJK font (fonts-wqy-zenhei)")

LAW = "《广告法》第九条第三项"
TERMS = [
    ("全网最低价", "absolute_term", "high"),
    ("最低价格", "absolute_term", "high"),
    ("驰名品牌", "authority_claim", "high"),
    ("销量第一", "absolute_term", "high"),
    ("根治牛皮癣", "medical_claim", "high"),
    ("最佳", "absolute_term", "high"),
    ("best seller", "absolute_term", "medium"),
]


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory):
    d = tmp_path_factory.mktemp("lex")
    rows = ["term,category,severity,law,suggestion,exceptions,lang,note"]
    rows += [f"{t},{c},{s},{LAW},请删除,,," for t, c, s in TERMS]
    (d / "ad_terms.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (d / "context.csv").write_text("phrase,effect,reason\n最低价格表,ignore,价目表名称\n", encoding="utf-8")
    return Lexicon(d)


@pytest.fixture(scope="module")
def fuzzy(lexicon):
    return OcrFuzzyDetector(lexicon)


L = Listing(id="x", title="")


LINE_BOX = Box(100, 40, 420, 56)


def image_line(text: str, conf: float = 0.8) -> FieldText:
    return FieldText.of(L, "image", text, ScanContext(), image="a.png", box=LINE_BOX, ocr_confidence=conf)


def test_one_misread_character_still_matches(fuzzy):
    cands = list(fuzzy.detect(image_line("保温杯全网最低份")))  # 价 read as 份
    assert len(cands) == 1
    c = cands[0]
    assert c.term == "全网最低价" and c.category == "absolute_term" and c.severity == "high"
    assert c.confidence == FUZZY_CONFIDENCE < 1.0
    assert (c.start, c.end) == (3, 8)
    assert "识别" in c.explanation


def test_offsets_map_back_through_normalisation(fuzzy):
    text = "保温杯 全 网 最 低 份！"
    c = list(fuzzy.detect(image_line(text)))[0]
    assert text[c.start:c.end] == "全 网 最 低 份"


def test_only_image_text_gets_the_latitude(fuzzy):
    ft = FieldText.of(L, "title", "保温杯全网最低份", ScanContext())
    assert list(fuzzy.detect(ft)) == []


def test_exact_matches_are_left_to_the_lexicon_detector(fuzzy):
    assert list(fuzzy.detect(image_line("保温杯全网最低价"))) == []


def test_short_terms_never_fuzzy(fuzzy):
    assert list(fuzzy.detect(image_line("最住卫衣"))) == []  # 最佳 has only 2 characters


def test_claim_characters_must_be_read_exactly(fuzzy):
    # 超低价格 / 知名品牌 are ordinary wording one character away from 最低价格 / 驰名品牌
    assert list(fuzzy.detect(image_line("超低价格 限时特惠"))) == []
    assert list(fuzzy.detect(image_line("欧洲知名品牌设计"))) == []


def test_numerals_are_not_misreads(fuzzy):
    assert list(fuzzy.detect(image_line("销量第二"))) == []


def test_dissimilar_characters_are_not_misreads(fuzzy):
    assert glyph_similarity("癣", "瘤") > 0.8 > glyph_similarity("癣", "口")
    assert [c.term for c in fuzzy.detect(image_line("根治牛皮瘤"))] == ["根治牛皮癣"]
    assert list(fuzzy.detect(image_line("根治牛皮口"))) == []


def test_english_terms_are_not_fuzzed(fuzzy):
    assert list(fuzzy.detect(image_line("best sellor"))) == []


def test_ordinary_context_phrases_are_dropped(fuzzy):
    assert list(fuzzy.detect(image_line("最低价格表"))) == []


def test_clean_banner_text_yields_nothing(fuzzy):
    clean = ["纯棉面料柔软亲肤", "七天无理由退换", "限时包邮", "新品上市", "买二件打九折", "厂家直发",
             "现货速发", "儿童玩具", "精致做工简约百搭", "大容量保温杯", "加厚保暖", "品质保证", "一"]
    for t in clean:
        assert list(fuzzy.detect(image_line(t))) == [], t


def test_through_the_engine_confidence_is_folded(lexicon, fuzzy):
    eng = Engine([LexiconDetector(lexicon), fuzzy])
    fs = eng.run(image_line("保温杯全网最低份", conf=0.5))
    assert len(fs) == 1
    f = fs[0]
    assert f.field == "image" and f.image == "a.png"
    # the box narrows to the offending words, inside the line's box
    assert f.box.y == LINE_BOX.y and f.box.h == LINE_BOX.h
    assert LINE_BOX.x + 100 < f.box.x and f.box.x + f.box.w <= LINE_BOX.x + LINE_BOX.w
    assert f.matched_text == "全网最低份" and f.term == "全网最低价"
    assert f.confidence == pytest.approx(FUZZY_CONFIDENCE * 0.5)
    assert f.detector == "ocr_fuzzy"
    exact = eng.run(image_line("全网最低价", conf=0.5))
    assert [x.detector for x in exact] == ["lexicon"]


def test_default_constructor_uses_the_project_lexicon():
    # the pipeline builds it as OcrFuzzyDetector()
    d = OcrFuzzyDetector()
    assert d.index
