"""Rules added by held-out round brands 15 (IP-character goods, 同款 of named people, compatibility
notes): the wording they catch, and look-alikes that stay quiet (no high/medium brand finding)."""
from heldout_support import brand_word_tests

QUIET = [
    "iPhone 15 适用 手机壳 透明 防摔",              # a compatibility note after the phone it fits
    "华为 适用于苹果 充电线 1米",                    # two phone brands in one fits-list
    "充电器 适用苹果 华为 小米 快充头",
    "哪吒 神话故事绘本 儿童 传统文化 注音版",       # 哪吒 the mythological figure
    "刘谦 魔术教学 入门",                            # a common personal name without 同款
    "马丽 手工编织 围巾",
    "手工饺子 速冻 猪肉白菜 导演推荐",               # 饺子 is dumplings
    "咸蛋黄 流沙 月饼 礼盒 6枚",
    "Thirst quencher sports drink powder lemon",
    "The ultimate thirst Quencher water bottle 1L",   # quencher stays an ordinary word
    "胖子 大码男装 方领 T恤",                         # 胖子 and 方 apart are no 方胖子
    "Men's High Top Basketball Shoes Air Cushion Red Black",
]
LOUD = [
    ("敖丙 手机壳 适用苹果15", "敖丙"),               # the character decorates the case; 适用 is the note of 苹果
    ("Kuromi phone case compatible with iPhone 15", "Kuromi"),
    ("哪吒之魔童闹海 结界兽冰箱贴 磁贴", "哪吒之魔童闹海"),
    ("魔童哪吒 徽章 吧唧", "魔童哪吒"),
    ("咸蛋超人 变身器 发光 玩具", "咸蛋超人"),
    ("多拉A梦 存钱罐 储蓄罐", "多拉A梦"),
    ("汽车总动员 印花面料", "汽车总动员"),
    ("李思思同款 荧光口红", "李思思同款"),
    ("饺子导演同款 毛衣", "饺子导演同款"),
    ("Lagogo 毛绒挂件 盲盒", "Lagogo"),
    ("通义千问 会员 激活码", "通义千问"),
    ("Quencher H2.0 FlowState Tumbler 40oz", "Quencher H2.0"),
    ("方胖子平替 妆前打底精华", "方胖子平替"),
    ("王曼昱同款 妆前精华", "王曼昱同款"),
    ("Retro Basketball Shoes Space Jam Colorway", "Space Jam"),
    ("Jumpman Logo High Top Sneakers", "Jumpman"),
]


scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
