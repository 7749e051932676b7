"""Rules added in session 25 after probing spellings the held-out rounds had not covered (no test
row of any corpus was the model):

- scanner/normalize.py: Latin letters with a diacritic are read as their base letter (Hermés and
  Hermès are Hermes; BÉST SÉLLER is best seller; zuì hǎo, pinyin with its tone marks, is zui hao,
  the spelling of 最好 the evasion rules read). A decomposed accent was already a mark that falls
  away; the precomposed letter now does the same, so every rule matches both. The brand rules'
  own accent fold (brand_mentions._DEACCENT) keeps only ø read as 0.
- frames_claims.csv: guar-bao-pass also reads 保过/保分/保提分 … right after an exam's name (科目一保过,
  期末保分: a training ad may not promise a pass, 《广告法》第二十四条; 面包过期 stays bread);
  en-pro-endorse names more health professionals as endorsers (chiropractor, podiatrist,
  orthopedist, optometrist, nutritionist, dietitian, physiotherapist, surgeon, midwife, lactation
  consultant, orthodontist …: FTC Endorsement Guides, like the doctors and dentists).
- frames_medical.csv: s25-en-replace-medication (replace your medication, instead of painkillers:
  the general form of c31-en-med-replace, which needs a disease named, medium; medicine cabinets,
  pill organisers and "not intended to replace your medication" stay quiet).
- frames_medical.csv: s25-en-smarter (makes kids smarter, raise a smarter baby: the plain-English form
  of s23-en-iq, medium; not for publications — a parenting book's title is its subject).
- categories.csv: English book formats (paperback, hardcover, kindle edition, audiobook …) in a
  title make the listing a publication, as 图书/ISBN already do.
- frames_claims.csv: s25-cos-edible (宝宝可以吃的面霜, 护臀膏 食品级原料, 吃了也没事: a cosmetic called
  edible or food grade, 《化妆品标签管理办法》第十九条, medium), the every-cosmetic form of
  r38-lip-edible and c47-kids-cos-foodgrade, limited by the file's new optional `classes` column to
  listings the category reads as cosmetics (食品级硅胶 粉扑, 请勿误食, 面膜能吃吗 stay quiet);
  categories.csv: 护臀膏, 屁屁霜, 润肤油, 婴儿油, 抚触油 are cosmetics.
- scanner/detectors/contact_words.py: one q after 加/+ names QQ before a QQ number (加Q 123456789,
  加🐧 123456789 with the penguin folded to q); 加Q弹 (chewy food) stays quiet.
- brand_db/cues.csv: "dupe"/"dupes" reach up to 12 characters back to the brand, so the product
  between counts (Stanley cup dupe, Chanel flap bag dupes, Dior lip oil dupe), and "dupe for"/"dupe
  of" also read a brand before them (Lululemon dupe for less); a dupe across a clause boundary
  (Compatible with iPhone 15. Not a dupe) stays a compatibility note.
- scanner/frames.py: an English frame's `unless` (its negations) must start a word — the "no" that
  ends Guyabano or piano negated the claim after it (found by round c98).
- ad_terms.csv: 无化学成分, 不含(任何)化学成分, 零化学成分 … (every substance is chemicals: a claim
  contrary to fact, 《广告法》第二十八条, medium), as chemical-free already is in English.
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
    ("驾考资料", "科目一保过 不过退费", "AD-GUAR-F-guar-bao-pass"),
    ("期末复习卷", "期末保分 专项突破", "AD-GUAR-F-guar-bao-pass"),
    ("Mattress", "Recommended by chiropractors", "AD-AUTH-F-en-pro-endorse"),
    ("Insoles", "Podiatrist recommended arch support", "AD-AUTH-F-en-pro-endorse"),
    ("Prenatal vitamins", "Midwife approved formula", "AD-AUTH-F-en-pro-endorse"),
    ("Herbal supplement", "Replace your medication naturally", "AD-MED-F-s25-en-replace-medication"),
    ("Turmeric capsules", "Replace your daily meds with nature", "AD-MED-F-s25-en-replace-medication"),
    ("植物染发剂", "无化学成分 温和不刺激", "AD-GUAR-无化学成分"),
    ("手工皂", "不含任何化学成分", "AD-GUAR-不含任何化学成分"),
    ("Kids multivitamin gummies", "Boosts focus and makes kids smarter", "AD-MED-F-s25-en-smarter"),
    ("Infant formula with DHA", "Raise a smarter baby", "AD-MED-F-s25-en-smarter"),
    ("儿童面霜 保湿", "食品级配方 宝宝可以吃的面霜", "AD-GUAR-F-s25-cos-edible"),
    ("婴儿护臀膏", "食品级原料 宝宝舔到也没事", "AD-GUAR-F-s25-cos-edible"),
    ("手机壳 新款", "加Q 123456789 领优惠券", "CONTACT-QQ"),
    ("手机壳 新款", "加🐧 2853661 领优惠券", "CONTACT-QQ"),
    ("40 oz tumbler", "Stanley cup dupe with handle", "BRAND-DUPE"),
    ("Lip oil", "Dior lip oil dupe, hydrating", "BRAND-DUPE"),
    ("Leggings", "Lululemon dupe for less", "BRAND-DUPE"),
    ("Guyabano juice", "Guyabano juice lowers high blood pressure", "AD-MED-F-en-treat-list"),
    ("Casino night tea", "Casino tea cures insomnia", "AD-MED-F-en-treat-list"),
]

QUIET = [
    ("Le meilleur café 咖啡豆 250g", ""),
    ("Crème brûlée 焦糖布丁 烘焙模具", ""),
    ("Café au lait 拿铁杯 陶瓷", ""),
    ("马丁靴 男 高帮 英伦风", ""),
    ("Kem dưỡng ẩm da mặt 50ml", ""),
    ("面包", "面包过期不退 请尽快食用"),
    ("Insoles", "Ask your podiatrist before use"),
    ("Surgical steel earrings", "Hypoallergenic surgical steel posts"),
    ("Weekly pill organizer", "Replace your pill boxes; replace your medicine cabinet clutter"),
    ("Fish oil", "Not intended to replace your medication. Do not use instead of prescribed medicine"),
    ("Dish soap", "Free of harsh chemicals like bleach and phosphates"),
    ("Smart plug 4 pack", "Makes your home smarter with voice control"),
    ("宝宝洗发水", "请勿误食 避免接触眼睛"),
    ("美妆蛋粉扑", "食品级硅胶材质 面霜粉底专用"),
    ("补水面膜", "面膜能吃吗？当然不能"),
    ("麻薯 软糯加Q弹", "加Q弹口感 1000g 装"),
    ("Hibiscus tea", "This tea does not lower high blood pressure; ask your doctor"),
    ("101 Ways to Make Your Kids Smarter Paperback", "A parenting guide with games for every age"),
]


def _listing(title, description):
    return Listing(id="p", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
