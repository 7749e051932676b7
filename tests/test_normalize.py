import pytest

from scanner.normalize import html_to_text, normalize, normalize_key


@pytest.mark.parametrize("src,key", [
    ("最★佳", "最佳"),
    ("顶-级", "顶级"),
    ("国·家·级", "国家级"),
    ("最 好", "最好"),
    ("最\u200b好", "最好"),          # zero-width space
    ("最\u2060\ufeff好", "最好"),     # word joiner, BOM
    ("ＮＯ．１", "no1"),               # full-width
    ("１００％有效", "100%有效"),
    ("無效退款", "无效退款"),          # traditional
    ("1∶1复刻", "1:1复刻"),           # the ratio sign read as a colon, not dropped
    ("馳名商標", "驰名商标"),
    ("第①", "第1"),                   # circled digit
    ("壹流", "一流"),                  # financial numeral
    ("BEST Quality", "best quality"),  # case, one space kept between Latin words
    ("1.8米", "1.8米"),                # a dot between digits is kept
    ("最❤️好", "最好"),                # emoji
    ("最#好", "最好"),                 # #, + and = between two Chinese characters split a term
    ("无效+退款", "无效退款"),
    ("国=家=级", "国家级"),
    ("威$信", "威信"),                 # … and so do $ and & (威$信, 扣&扣)
    ("扣&扣", "扣扣"),
    ("1 0 0 % 有 效", "100%有效"),     # single digits spaced out before a per cent sign
    # ... and are kept where they mean something
    ("#1 Best", "#1 best"),
    ("+86 138", "+86 138"),
    ("套餐A+B", "套餐a+b"),
    ("H&M 同款", "h&m同款"),
    ("价格$9.99", "价格$9.99"),
    ("尺码 35 36 37", "尺码35 36 37"),  # sizes stay apart
    ("1 2 3 4 5 %", "1 2 3 4 5%"),     # more than four spaced digits: a list, not a number
    ("Hermés 丝巾", "hermes丝巾"),      # Latin accents dropped: a wrong accent names the same word
    ("BÉST SÉLLER", "best seller"),    # … and so does an accent put on to dodge a filter
    ("zuì hǎo", "zui hao"),            # tone marks of pinyin
    ("He\u0301rmes", "hermes"),        # a decomposed accent is a mark: it falls away too
])
def test_normalised_forms(src, key):
    assert normalize_key(src) == key


@pytest.mark.parametrize("text,needle", [
    ("今天 最★佳 的选择", "最佳"),
    ("顶 级 面霜", "顶级"),
    ("ＮＯ．１ 简约", "no1"),
    ("<b>x</b> 國·家·級 工艺", "国家级"),
    ("abc 招\u200b財進寶 xyz", "招财进宝"),
    ("新款 无效+退款 面霜", "无效退款"),
    ("好用 1 0 0 % 有效", "100%有效"),
    ("正品 Hermés 丝巾", "hermes丝巾"),
])
def test_offsets_map_back_to_the_original(text, needle):
    n = normalize(text)
    i = n.text.index(needle)
    s, e = n.span(i, i + len(needle))
    quoted = text[s:e]
    # the quote is exactly the source text, separators included, and normalises back
    assert normalize_key(quoted) == needle
    assert quoted[0] != " " and quoted[-1] != " "
    assert len(n.offsets) == len(n.text)


def test_clause_punctuation_is_a_boundary():
    # "第一，次日达" must not read as 第一次
    assert "第一次" not in normalize_key("第一，次日达")


def test_html_descriptions_are_stripped():
    html = "<div><p>纯棉面料</p><script>var a='最好';</script><p>国家级&nbsp;工艺</p><img src='a.jpg'></div>"
    text = html_to_text(html)
    assert "最好" not in text and "script" not in text
    assert "纯棉面料" in text and "国家级" in text
    assert html_to_text("no markup at all") == "no markup at all"


def test_malformed_html_does_not_crash():
    assert "国家级" in html_to_text("<div><p>国家级<b>工艺</div></p></span>")


def test_random_text_offsets_are_consistent():
    import random

    from scanner.normalize import _piece

    alphabet = list("最佳好顶级 国·家★-_.。，,1２３ABCabc\u200b 　①壹無效㎏ß!？#%’\n\t😀")
    rnd = random.Random(1)
    for _ in range(5000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        n = normalize(s)
        assert len(n.offsets) == len(n.text)
        assert list(n.offsets) == sorted(n.offsets)
        for ch, o in zip(n.text, n.offsets):
            # every normal character comes from its source character, or is a joiner
            assert ch in _piece(s[o]) or (ch in " ." and not _piece(s[o]))
        assert normalize_key(n.text) == n.text  # normal form is stable


def test_a_removed_hyphen_is_a_joint():
    n = normalize("Cancer-fighting tea, 2-in-1")
    i = n.text.index("fighting")
    assert n.text.startswith("cancerfighting") and n.joint(i)
    assert not n.joint(1) and not n.joint(0) and not n.joint(len(n.text))


@pytest.mark.parametrize("stored,shown", [
    ("\u202e佳最网全\u202c 手机壳", "全网最佳手机壳"),          # U+202E shows the run reversed
    ("加我\u202e信微\u202c领券", "加我微信领券"),
    ("x\u202ecba\nxyz", "xabc\nxyz"),                          # the run ends at the line's end
    ("\u202e321\u202e654", "123456"),                          # a second override starts a new run
])
def test_right_to_left_override_is_read_as_shown(stored, shown):
    n = normalize(stored)
    assert n.text == shown
    # a span of the shown text maps back to one range of stored characters that holds it
    s, e = n.span(1, 3)
    assert set(shown[1:3]) <= set(stored[s:e]) and e - s <= 5


def test_a_finding_in_reversed_text_quotes_the_stored_characters():
    from scanner.pipeline import ListingScanner, ScanOptions
    from scanner.models import Listing

    title = "手机壳 \u202e佳最网全\u202c 防摔"
    fs = ListingScanner(ScanOptions(ocr=False)).scan(Listing(id="r", title=title)).findings
    hit = [f for f in fs if f.category == "absolute_term" and f.severity in ("high", "medium")]
    assert hit and all(title[f.start:f.end] == f.matched_text for f in hit)
    assert any("佳最网全" in f.matched_text for f in hit)
