"""Brands round 27 (b47, session 28): famous brands written in other scripts and the replica slang of
non-Chinese marketplaces (held-out rows hb5400–hb5499 of tests/fixtures/heldout/brands.tsv).

- brand_db/script_names.csv adds each brand's katakana, hangul, Cyrillic and Thai names to its row
  (ナイキ, 나이키, Найк, ไนกี้); names that are ordinary words need brand context (コーチ, オメガ, 구치);
- the normaliser reads half-width katakana with its separate voiced marks as full-width (ｽｰﾊﾟｰｺﾋﾟｰ),
  keeps Thai vowel and tone marks (ก๊อป), and keeps the spaces between Cyrillic words, so a Cyrillic
  name is matched as a word of its own (Шанель, not inside Диорама or Найкращий);
- brand_db/cues.csv reads スーパーコピー, N級品, 미러급, 레플리카, st, реплика, люкс копия, งานก๊อป,
  hàng fake, KW super, primeira linha as counterfeit or dupe wording, 互換/호환/для as compatibility
  and 正規店購入/매장 구매/중고/подержанные/มือสอง as resale of genuine goods."""
import csv
from pathlib import Path

from heldout_support import brand_word_tests
from scanner.brands import BrandDB, name_keys

QUIET = [
    "プラダン 養生ボード 厚さ4mm 10枚",
    "ブルガリアヨーグルト 脂肪0 400g",
    "アップルパイ 冷凍 6個入",
    "テニス コーチ 用 ボールカゴ",
    "ディーゼル 発電機 5kW 防音型",
    "コピー用紙 A4 500枚 5冊",
    "애플망고 제주산 선물세트 2kg",
    "구치소 면회 안내 책자",
    "Диорама своими руками набор для творчества",
    "Найкращий подарунок для тата",
    "Статуэтка бог Гермес гипс",
    "Омега-3 рыбий жир 90 капсул",
    "ไนกี้ ของแท้ มือสอง สภาพดี",
    "나이키 정품 중고 에어포스1 270",
    "Кроссовки Nike оригинал, подержанные",
    "ダイソン 互換 バッテリー V10 対応",
    "갤럭시 호환 고속 충전기",
    "Ốp lưng cho Samsung A54",
]

LOUD = [
    ("エルメス スーパーコピー バーキン", "エルメス"),
    ("ﾙｲｳﾞｨﾄﾝ ｺﾋﾟｰ 長財布", "ﾙｲｳﾞｨﾄﾝ"),
    ("ダイソン コピー ドライヤー", "ダイソン"),
    ("プラダ N級品 ナイロンリュック", "プラダ"),
    ("프라다 미러급 나일론 백팩", "프라다"),
    ("구찌 st 마몬트 숄더백", "구찌"),
    ("디올 짝퉁 새들백", "디올"),
    ("Сумка Шанель копия люкс", "Шанель"),
    ("Кроссовки Адидас реплика", "Адидас"),
    ("Часы Ролекс люкс копия", "Ролекс"),
    ("กระเป๋า ชาแนล งานก๊อป", "ชาแนล"),
    ("Túi Chanel super fake", "Chanel"),
    ("Tas Prada KW super", "Prada"),
    ("Tênis Adidas primeira linha", "Adidas"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)

SCRIPT_NAMES = Path(__file__).resolve().parent.parent / "brand_db" / "script_names.csv"


def _rows():
    with SCRIPT_NAMES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def test_script_names_file():
    raw = SCRIPT_NAMES.read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    db = BrandDB.load()
    owner: dict[str, set[str]] = {}
    for b in db.brands:
        for n in b.en + b.zh + b.nicknames:
            for k in name_keys(n):
                owner.setdefault(k, set()).add(b.canonical)
    for r in _rows():
        assert r["brand"] in db.by_canonical, r["brand"]
        names = [n for n in r["names"].split("|") if n]
        for w in (w for w in r["words"].split("|") if w):
            assert w in names, (r["brand"], w)
        for n in names:
            assert n.isascii() is False, n  # Latin names belong in the brand row's en column
            for k in name_keys(n):
                # a Cyrillic name read wholly as Latin letters would match Latin words
                assert not k.isascii(), (n, k)
                assert owner.get(k, {r["brand"]}) == {r["brand"]}, (n, owner.get(k))
                owner.setdefault(k, set()).add(r["brand"])


def test_half_width_katakana_quotes_the_original():
    from scanner.normalize import normalize
    n = normalize("ｼｬﾈﾙ ｽｰﾊﾟｰｺﾋﾟｰ")
    assert n.text == "シャネルスーパーコピー"
    assert n.quote(4, 11) == "ｽｰﾊﾟｰｺﾋﾟｰ"


def test_cyrillic_words_keep_their_spaces():
    from scanner.normalize import normalize
    assert " " in normalize("Сумка Шанель").text
    assert normalize("Nike Шанель").text.count(" ") == 1
