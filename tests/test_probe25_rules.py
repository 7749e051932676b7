"""Rules added in session 25 after probing spellings the held-out rounds had not covered (no test
row of any corpus was the model):

- scanner/normalize.py: Latin letters with a diacritic are read as their base letter (Hermés and
  Hermès are Hermes; BÉST SÉLLER is best seller; zuì hǎo, pinyin with its tone marks, is zui hao,
  the spelling of 最好 the evasion rules read). A decomposed accent was already a mark that falls
  away; the precomposed letter now does the same, so every rule matches both. The brand rules'
  own accent fold (brand_mentions._DEACCENT) keeps only ø read as 0.
- brand_db/brands.csv: 马丁博士 is a Chinese name of Dr. Martens beside 马汀博士 (sellers write both;
  马丁靴, the boot style, stays a style word of generic_words.csv).
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("Hermés 丝巾 正品", "", "BRAND-UNAUTH"),
    ("Hermès scarf", "Hermés silk twill", "BRAND-UNAUTH"),
    ("BÉST SÉLLER 面霜", "", "AD-ABS-EN-best seller"),
    ("保湿面霜", "zuì hǎo yòng 的面霜 zuì hǎo", "AD-ABS-最好"),
    ("大号 新款 内裤 马丁博士", "", "BRAND-UNAUTH"),
    ("马丁博士 帆布鞋 男女同款", "", "BRAND-UNAUTH"),
]

QUIET = [
    ("Le meilleur café 咖啡豆 250g", ""),
    ("Crème brûlée 焦糖布丁 烘焙模具", ""),
    ("Café au lait 拿铁杯 陶瓷", ""),
    ("马丁靴 男 高帮 英伦风", ""),
    ("Kem dưỡng ẩm da mặt 50ml", ""),
]


def _listing(title, description):
    return Listing(id="p", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
