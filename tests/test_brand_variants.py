"""Look-alike brand variants of scanner/detectors/brand_variants.py: inserted character, near
sound, short and ordinary-word names before their own product, split characters — positives and
harmless look-alikes that must stay quiet."""
import pytest

from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(ocr=False))


def _brand(scanner, text):
    r = scanner.scan(Listing(id="t", title=text))
    return [(f.rule_id, f.matched_text) for f in r.findings
            if f.category.startswith("brand") and f.severity in ("high", "medium")]


@pytest.mark.parametrize("text,word", [
    ("六个土核桃 核桃乳植物蛋白饮料", "六个土核桃"),      # inserted character, product near
    ("胖都来 精酿啤酒 大桶装", "胖都来"),                # same initial, product near
    ("泸州老酒 浓香型白酒 52度", "泸州老酒"),            # same initial, four characters
    ("塔诗汀汉堡 加盟招商", "塔诗汀"),                  # s/sh counted as one initial (模糊音), product near
    ("龙夫山泉 天然矿泉水 550ml", "龙夫山泉"),          # n/l, four characters
    ("蕊澳RVIO鸡尾酒 预调酒", "蕊澳"),                  # same syllables, other tone
    ("汇原果汁 100%橙汁", "汇原"),                      # same syllables, product glued
    ("清场去屑洗发水 男士", "清场"),                    # ordinary-word brand, look-alike + product
    ("脉劫 维生素运动饮料", "脉劫"),
    ("Tibe洗衣粉 深层洁净", "Tibe"),                    # look-alike letter + product
    ("T1de 洗衣粉 深层洁净", "T1de"),                   # a digit for a letter
    ("C0C0茶饮 奶茶外卖", "C0C0"),                      # the same letter swapped wherever it stands
    ("CQCQ茶饮 奶茶外卖", "CQCQ"),
    ("周住牌洗衣粉 无磷", "周住牌"),                    # split character
    ("Channel No. 5 Inspired Perfume", "Channel"),      # English word before the brand's series
    ("Channel Bag Classic Flap Quilted Leather", "Channel"),  # … or beside the brand's own goods
    ("补水保湿 面霜 50ml Channel", "Channel"),          # Chanel's own cosmetics (brand_products.csv)
    ("Channel 吹风机 家用", "Channel"),                  # a Chinese title: the English word reads as the name
    ("Gucc 羽绒服 连帽 加厚", "Gucc"),                   # a short name without its last letter (微商 mask)
    ("清扬扬 去屑洗发露", "清扬扬"),                      # a character written twice (叠字), product after
    ("奥妙妙 洗衣液 2kg", "奥妙妙"),
    ("娃娃哈 AD钙奶 整箱", "娃娃哈"),                    # 娃哈哈's doubled character doubled elsewhere
    ("治治 香瓜子 原味", "治治"),                        # both characters of 洽洽 swapped alike
    ("大白免 奶糖 500g", "大白免"),                      # an ordinary-word name's look-alike (大白兔)
    ("九粮液 浓香型白酒 52度", "九粮液"),                # numeral swapped (最高法民再234号), product near
    ("十粮液 浓香型 白酒 整箱", "十粮液"),
    ("八匹狼 男装 夹克", "八匹狼"),
    ("赖茂 酱香酒 53度", "赖茂"),
    ("河底捞 火锅底料 牛油麻辣", "河底捞"),            # ordinary-word name (海底捞针), near sound + own product
    ("蜜冰雪城 饮品店", "蜜冰雪城"),                  # two neighbouring characters of a long name swapped
    ("三松只鼠 坚果大礼包", "三松只鼠"),
    ("口可可乐 汽水 330ml", "口可可乐"),
    ("迪斯尼风格 儿童游乐园 门票", "迪斯尼"),            # 迪斯尼: the other common spelling of 迪士尼                      # two-character name, same syllables, product near
])
def test_variant_found(scanner, text, word):
    assert any(word in m or m in word for _, m in _brand(scanner, text)), _brand(scanner, text)


@pytest.mark.parametrize("text", [
    "六个月宝宝核桃 辅食 饮料",    # more than one character inserted
    "胖都都 精酿啤酒",            # two characters differ
    "塔诗汀 诗歌朗诵会 门票",      # a near-sound three-character name with no product of the brand
    "塔斯曼 羊毛 围巾",            # two characters differ (z/zh, s/sh merged, not other sounds)
    "清场大甩卖 全场特价",         # no product after
    "脉冲按摩仪 颈椎",            # a word, no product
    "蜜桃雪梨 果汁饮料",          # no brand here
    "tibetan tea 饮料",           # not a variant token
    "C0C0 手机壳 硅胶",            # the variant without the brand's product
    "coco 椰糠 育苗 基质",         # coco as coconut coir
    "全新汇原果汁",               # glued to Chinese on its left
    "每天五个核桃 补脑",          # a count, no product after
    "一只松鼠 玩偶 毛绒",         # a count before a toy, not the brand's product
    "五星 酒店 毛巾",             # two-character name: numerals never swapped
    "两棵树 油漆",                # no such brand's product
    "九粮 八宝粥 杂粮",           # not the whole name
    "The Alley 壁纸 复古街景",     # the alley is a phrase, no milk tea
    "鹿角 摆件 北欧",             # part of the name
    "蓝风铃 花种子 盆栽",          # 蓝风铃 (Jo Malone Wild Bluebell) is first the bluebell flower
    "蓝风铃 连衣裙 碎花",
    "完美 粉底液 遮瑕 持妆",       # 完美 (perfect) has 丸美's syllables: an ordinary word (lookalike_words.csv)
    "新款 完美 口红 哑光",
    "留神 花露水 驱蚊",            # 留神 (take care), not 六神
    "海底捞针 火锅底料 调料",      # the idiom itself, not a variant
    "河底捞 小龙虾 夜宵",          # near-sound of an ordinary-word name needs the brand's own product
    "海底捞月 摆件 禅意",
    # an English word one doubled letter off a name (Channel, Orris) without the brand's goods
    "4 Channel Relay Module 5V",
    "Dual Channel DDR4 RAM Kit 16GB",
    "Soundbar 7.1.2 Channel Dolby Atmos",
    "Orris Root Powder 100g",
    "2 Channel Car Amplifier 1000W",
    "4 Channel 继电器模块 5V",                      # a count before it, in Chinese copy too
    "Puerto Rico Flag T-Shirt Men Cotton",          # Rico (Ricoh cut short) as a word of its own, English copy
    "哈哈哈 搞笑 卡通 T恤",                        # laughter, no 娃哈哈 product
    "小小米粒 东北大米 5kg",                        # no 小米 product after 小小米
    "奥妙无穷 科普 书籍",                          # the idiom, no detergent
    "大白免洗 抹布 一次性",                        # no 大白兔 product after
    "口可可乐队 演出门票",                          # a swapped four-character name glued to other words
    "三松只鼠 挂画 装饰",                          # … or without the brand's goods after it
])
def test_harmless_quiet(scanner, text):
    assert not _brand(scanner, text)
