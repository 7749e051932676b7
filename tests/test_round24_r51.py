"""Rules of held-out real listings round 51 (session 24; 网易严选 and 卖座 mall selling lines, Chewy dog food): false
alarms on long selling copy, fixed by class, and the wording beside them that must keep its finding.

- lawful_uses.csv 配料顺序: #1 / No. 1 / number one + ingredient after as/is the (real chicken as the #1 ingredient: the
  ingredient list's order); “the #1 ingredient for glowing skin”, “… dermatologists recommend”, “our #1 choice” stay loud
- lawful_uses.csv 保证成分 (food and health food): guaranteed + analysis / live probiotics / amounts of (a guaranteed
  minimum on the label); “results guaranteed”, “guaranteed to lose weight” stay loud
- lawful_uses.csv 动物养殖声称 (food): without steroids + or/and added hormones or antibiotics (an animal-raising claim);
  “no steroids” on a cream stays loud
- categories.csv: 消毒凝胶/消毒啫喱/消毒喷雾/除菌喷雾/酒精免洗/手消毒… are 消毒产品 (household, above the cosmetic 喷雾/啫喱):
  消毒/杀菌 on them are what they do; 杀菌消毒 on a 保湿喷雾 stays loud
- brand_db/lookalike_words.csv: 自然糖 (自然糖心 in an apple is no 自然堂) and levels (energy levels … coat is no Levi's)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("Vitamin C Serum", "Vitamin C is the #1 ingredient for glowing skin", "", "AD-ABS-EN-#1"),
    ("Face Cream", "Our cream is the #1 choice of moms", "", "AD-ABS-EN-#1"),
    ("Slimming Tea", "Results guaranteed or your friends will notice", "", "AD-GUAR-F-en-guarantee-effect"),
    ("Keto Gummies", "guaranteed to lose weight fast", "", "AD-GUAR-F-en-guarantee-effect"),
    ("Night Repair Cream", "Gentle formula with no steroids or added hormones", "", "AD-GUAR-F-c58-en-no-steroid"),
    ("玻尿酸保湿喷雾 100ml", "补水保湿 杀菌消毒", "", "AD-MED-杀菌"),
    ("自然糖补水面霜", "", "", "BRAND-FUZZY"),
]

QUIET = [
    ("Dry Dog Food, 30-lb bag", "Made with real chicken as the #1 ingredient.", ""),
    ("Dry Dog Food", "Real turkey is the number one ingredient in this recipe", ""),
    ("Dry Dog Food", "Fortified with guaranteed live probiotics to support digestive health.", ""),
    ("Dry Dog Food", "The recipe features guaranteed amounts of dog-specific probiotics", ""),
    ("Lamb Recipe Dog Food", "grass-fed lamb raised on organic vegetables without steroids or added hormones.", ""),
    ("【现货发售】净盾消毒喷雾 100ML*2", "居家外出 个人防护 消毒杀菌", ""),
    ("精彩集酒精免洗消毒啫喱 300ml*2", "高效杀菌 快速免洗 安全防护", ""),
    ("贝纯免洗酒精除菌喷雾 100ml*2瓶", "居家外出 个人防护 消毒接触物体", ""),
    ("【新疆】阿克苏冰糖心苹果 5斤", "原产基地直供 脆甜多汁爽口 自然糖心结晶", ""),
    ("Freeze-Dried Raw Dog Food", "lean protein to support your pup's overall health, energy levels, and coat.", ""),
]


def listing(title, description, brand=""):
    return Listing(id="t", title=title, description=description, brand=brand)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
