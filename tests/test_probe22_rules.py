"""Rules added in session 22 after probing ordinary and claim wording the held-out rounds had not
covered (no test row of any corpus was the model; each rule is written for its class of wording):

- frames_medical.csv: s22-food-intelligence-class (提高智力, 促进大脑发育, 让孩子更聪明 on a food or a
  supplement: the goods decide — a toy's 开发智力 is what it is for), s22-no-more-drug (不用再吃药: a
  testimonial that the goods replace medicine), s22-en-restore-sense (restore vision/hearing),
  s22-en-shorten-illness (shorten the duration of colds), s22-acne-gone (痘痘全没了: a user's
  testimonial, as 颈椎疼没了); cos-marks also reads 去除眼袋.
- frames_medical.csv: c56-en-injection-alternative also reads lifts like a facelift / facelift in a jar;
  c19-en-fat-blast reads melts fat away.
- frames_claims.csv: c19-en-amulet also reads protects you from bad luck/evil, blessed by a monk …
  brings good fortune, get your ex back in 3 days (《广告法》第九条第八项; Etsy's metaphysical rule).
- frames_medical.csv: en-treat-list also reads fix/correct + a disease (fixes scoliosis); EN_DISEASE
  gains scoliosis and SIDS (FDA 2017: infant sleep positioners may not claim to prevent SIDS).
- frames_medical.csv: s22-alcohol-health (酒 … 喝出健康/越喝越健康/不伤肝: 《广告法》第二十三条) and
  s22-drink-health-food (the same claim on a food whose name stands in the title only).
- lawful_uses.csv 住宿位置: a hotel named in the title keeps its minutes-to-the-metro quiet
  (《广告法》第二十六条 binds real-estate ads).
- frames_claims.csv: est-time-distance also reads 距离地铁仅需3分钟 (a time to a landmark,
  《广告法》第二十六条); s22-kill-all-germs (杀灭一切病菌), s22-never-grow-back (永不再长), s22-beat-rivals
  (秒杀/碾压/吊打 + 所有/一众 + 同类/同行: every rival beaten; 秒杀 alone is a flash sale),
  s22-receipt-cashback (确认收货后找客服返现), s22-en-kills-100 (kills 100% of bed bugs); en-review-reward also reads “refund after 5-star review”.
- slots/ENDORSER.txt: 疾控中心, 疾病预防控制中心, 卫生院, 防疫站 (疾控中心推荐 on a disinfectant);
  r72-university-tech also reads 研究证实/实验证明/临床证实 (哈佛大学研究证实).
- ad_terms.csv: 终身不脱落 (植发). ad_terms.csv + categories.csv: 天然抗生素, 植物胰岛素, 天然降压药 … (a food likened to a drug; the
  phrase names no drug class, so 抗生素 inside it no longer makes the listing a drug); 藻油 a supplement.
- contacts: 加我薇 / 加我微 / +薇 (the app cut to its look-alike first character: a personal
  WeChat to add, medium like 加我v); invite_hint 联系方式见图片, 看我签名 (the contact waits in the
  pictures or the signature); “join our WhatsApp/Facebook/Discord group or server” (English, medium).
- brand_db/cues.csv: -like, -ish, -esque glued after a brand (Adidas-ish, Chanel-esque), like -type.
- scanner/brands.py: a one-word Latin brand name's plural (Uggs, Birkenstocks, Louboutins) is the
  brand, unless the plural is English itself (apples, doves) or the name is an ordinary word.
"""
from heldout_support import brand_word_tests, rule_tests
from scanner.models import Listing

HIT = [
    ("核桃粉", "提高智力 健脑益智 考试必备", "AD-MED-F-s22-food-intelligence-class"),
    ("DHA藻油", "促进大脑发育", "AD-MED-F-s22-food-intelligence-class"),
    ("儿童核桃乳", "让学生越吃越聪明", "AD-MED-F-s22-food-intelligence-class"),
    ("降糖茶", "喝了三个月 血糖稳定了 不用再吃药", "AD-MED-F-s22-no-more-drug"),
    ("眼霜", "七天去除眼袋", "AD-MED-F-cos-marks"),
    ("蜂胶", "天然抗生素", "AD-MED-天然抗生素"),
    ("苦瓜片", "植物胰岛素 控血糖", "AD-MED-植物胰岛素"),
    ("消毒液", "杀灭一切病菌", "AD-GUAR-F-s22-kill-all-germs"),
    ("脱毛膏", "用完永不再长 光滑如初", "AD-GUAR-F-s22-never-grow-back"),
    ("Eye drops", "Eye drops that restore vision naturally", "AD-MED-F-s22-en-restore-sense"),
    ("Zinc lozenges", "Zinc lozenges shorten the duration of colds", "AD-MED-F-s22-en-shorten-illness"),
    ("面霜", "这个面霜用了一周 痘痘全没了", "AD-MED-F-s22-acne-gone"),
    ("精华", "秒杀所有同类产品", "AD-ABS-F-s22-beat-rivals"),
    ("白酒", "纯粮酿造 喝出健康", "AD-MED-F-s22-drink-health-food"),
    ("", "酱香酒 喝了不上头 不伤肝", "AD-MED-F-s22-alcohol-health"),
    ("植发", "终身不脱落", "AD-GUAR-终身不脱落"),
    ("二手房", "地铁口 距离地铁仅需3分钟", "AD-GUAR-F-est-time-distance"),
    ("Phone case", "Refund after 5-star review", "AD-IND-F-en-review-reward"),
    ("Sleep positioner", "Baby sleep positioner prevents SIDS", "AD-MED-F-en-treat-list"),
    ("Posture corrector", "Posture corrector fixes scoliosis", "AD-MED-F-en-treat-list"),
    ("Evil eye bracelet", "protects you from bad luck and negative energy", "AD-SUP-F-c19-en-amulet"),
    ("Buddha pendant", "Blessed by a monk, brings good fortune", "AD-SUP-F-c19-en-amulet"),
    ("Spell service", "get your ex back in 3 days", "AD-SUP-F-c19-en-amulet"),
    ("Eye cream", "Eye cream that lifts like a facelift", "AD-MED-F-c56-en-injection-alternative"),
    ("Night cream", "Facelift in a jar", "AD-MED-F-c56-en-injection-alternative"),
    ("Cellulite cream", "Cellulite cream melts fat away", "AD-MED-F-c19-en-fat-blast"),
    ("连衣裙", "收到货后找客服领红包", "AD-IND-F-s22-receipt-cashback"),
    ("连衣裙", "今日下单 价格永不再有", "AD-IND-价格永不再有"),
    ("消毒液", "疾控中心推荐", "AD-AUTH-F-auth-endorser"),
    ("燕麦片", "哈佛大学研究证实", "AD-AUTH-F-r72-university-tech"),
    ("小样", "加我薇 免费送小样", "CONTACT-INVITE"),
    ("小样", "加我微 免费送小样", "CONTACT-INVITE"),
    ("连衣裙", "更多款式 联系方式见图片", "CONTACT-INVITE"),
    ("连衣裙", "看我签名 有惊喜", "CONTACT-INVITE"),
    ("Phone cases", "Join our WhatsApp group for wholesale prices", "CONTACT-INVITE"),
    ("Stickers", "Join our Discord server for updates", "CONTACT-INVITE"),
]

QUIET = [
    ("益智玩具", "开发智力 促进大脑发育 三岁以上"),       # what a toy is for
    ("早教机", "促进宝宝大脑发育 儿歌故事"),
    ("收纳盒", "聪明的收纳设计 让孩子更聪明地整理"),     # no food
    ("喂药器", "宝宝不用再哭着吃药"),                    # a feeding aid
    ("奶粉", "本品不能提高智力，请科学喂养"),            # a negation
    ("酒精湿巾", "杀灭99.9%大肠杆菌 检测报告可查"),
    ("纯银项链", "永不褪色"),
    ("儿童书桌", "可升降 陪孩子长大 永远不长大的童心"),
    ("Hedge trimmer", "Restore your sight lines with this hedge trimmer"),
    ("Photo app", "Restores faded colours of old photos"),
    ("Eye drops", "This tea does not restore vision"),
    ("抗生素残留检测卡", "检测牛奶中的抗生素"),
    ("鼻贴", "撕下来 黑头全没了"),                          # a cleansing strip
    ("游戏手柄", "打败所有敌人 畅玩无延迟"),
    ("面膜", "这款面膜并不能让痘痘全没了"),
    ("葡萄酒", "单宁柔和 适合佐餐"),
    ("运动水杯", "喝出健康好身材"),                      # no alcohol
    ("葡萄酒", "饮酒不会让你更健康 请适量饮用"),
    ("酒店", "距离地铁仅需3分钟 含早餐"),
    ("Phone case", "Refund after return received"),
    ("Spell checker", "This fixes the problem quickly and corrects errors"),
    ("Glasses", "Reading glasses correct blurry vision"),
    ("Screen protector", "protects from scratches and bumps"),
    ("Umbrella", "protects you from rain and sun"),
    ("Grill brush", "Grill brush burns fat off the grates"),
    ("Fry pan", "Ridged pan lets fat melt away from the meat"),
    ("Camera", "Camera with a face lift in design"),
    ("Bed bug spray", "Does not kill 100% of eggs; repeat after 7 days"),
    ("情侣对戒", "我们的爱永不再有遗憾"),
    ("连衣裙", "确认收货后请及时评价 有问题联系客服"),
    ("洗手液", "请遵疾控中心建议 勤洗手"),
    ("Tote bag", "Join our mailing list for 10% off"),
    ("Mug", "Join us on our journey to zero waste"),
    ("Phone cases", "Do not join our WhatsApp group: it is fake"),
    ("T恤", "加我微博 关注新品"),                          # a public account, no personal contact
    ("收纳盒", "张薇 设计师款"),
    ("小样", "加我微店收藏"),
    ("连衣裙", "图片仅供参考 有问题联系客服"),
]


def _listing(title, description):
    return Listing(id="p22", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)

BRAND_QUIET = [
    "Apples 2kg fresh fruit box",                     # the plural is English: the name is a word
    "Doves ornament ceramic pair",
    "Tides table calendar 2027 fishing",
    "Pinks and blues summer dress",
    "Apple-like crisp texture cookies",               # an ordinary-word name needs a word cue
    "Life-like reborn doll",
]
BRAND_LOUD = [
    ("Uggs style boots tasman slippers", "Uggs style"),
    ("Birkenstocks dupe sandals cork footbed", "Birkenstocks dupe"),
    ("Louboutins inspired red bottom heels", "Louboutins inspired"),
    ("Adidas-ish tracksuit", "Adidas-ish"),                # -ish/-like/-esque glued on, like -type
    ("Chanel-esque quilted bag", "Chanel-esque"),
]

brand_scanner, test_brand_quiet, test_brand_loud = brand_word_tests(BRAND_QUIET, BRAND_LOUD)
