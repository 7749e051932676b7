"""Rules added by held-out round brands 36 (Chinese 山寨 look-alike names): a two-character word
set inside a name of four or more, before the brand's own product (六个原浆核桃, 六个果仁核桃 for
六个核桃: 临川区市场监管局 2020); a name of three or more with one character changed right before the
brand's own product name (美汁果 果粒橙 for 美汁源: 厦门梧村工商所); 茅台酒 as a name of Moutai, so a
name glued to it is no longer read as buried in other words (五星茅台酒: 經濟通); 奥普 (AUPU) before
its bath heaters (上海奥普/香港奥普 浴霸: DOIT 小家电“傍大款”); a word before Bull on Red Bull's kind of
drink, also in capitals (DUOBLE BULL 维生素营养饮料: 厦门海沧东孚工商所); 庆丰 (a word) before the
Beijing bun shop's own goods (御品庆丰 速冻包子: 北京知产法院 2017) and 西四包子铺."""
from heldout_support import brand_word_tests

QUIET = [
    "原浆核桃露 植物蛋白饮料 果仁饱满",
    "纸皮核桃 新货 六个一包 原味",
    "美味 鲜橙汁 果肉 饮料 整箱",
    "茅台镇 酒厂 直供 酱香型白酒",                    # the town's distilleries name their origin
    "贵州仁怀茅台镇五星酒厂 酱香型白酒 53度 500ml",
    "奥普拉 脱口秀 传记 书籍",                        # 奥普 inside Oprah's name
    "维生素功能饮料 金罐 250ml*24 整箱",
    "PIT BULL 狗粮 成犬",                             # no drink named
    "TWS PODS 蓝牙耳机",                              # a three-letter abbreviation, not a name
    "庆丰收 农民丰收节 装饰年画",                     # 庆丰 inside 庆丰收
    "庆丰路 五金店 门把手",
    "西四北大街 门店自提 老北京炸酱面",
]
LOUD = [
    ("六个原浆核桃 核桃乳 240ml*20罐 整箱", "六个原浆核桃"),
    ("六个果仁核桃 植物蛋白饮料 礼盒装", "六个果仁核桃"),
    ("美汁果 果粒橙 450ml*15瓶 整箱", "美汁果"),
    ("五星茅台酒 53度 酱香型 500ml", "五星茅台"),
    ("上海奥普 浴霸 风暖 卫生间", "奥普"),
    ("奥普浴霸 风暖 卫生间", "奥普"),
    ("DUOBLE BULL 维生素营养饮料 250ml 金罐", "DUOBLE BULL"),
    ("Double Bull 功能饮料 整箱", "Double Bull"),
    ("御品庆丰 速冻包子 猪肉大葱 500g", "庆丰"),
    ("西四包子铺 鲜肉大包 速冻 早餐", "西四包子铺"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
