"""Rules added in session 24 after probing claim wording the held-out rounds had not covered (no
test row of any corpus was the model; each rule is written for its class of wording):

- frames_medical.csv: s24-prenatal-baby-trait (孕妇吃了宝宝皮肤白, 孕期喝椰子水 宝宝皮肤白, 孕妇多吃核桃
  宝宝更聪明: food sold to pregnant women with a promised trait of the baby, medium) and
  s24-fetal-development (促进胎儿大脑/骨骼发育: a health-function claim; GB 28050's own wording for
  folic acid, 有助于胎儿大脑和神经系统的正常发育, stays quiet); c41-use-result also reads 血糖稳定了.
- frames_claims.csv: s24-en-institution-endorsed (endorsed by the Mayo Clinic, Johns Hopkins
  Hospital recommended: a clinic's, hospital's or university's endorsement, medium, beside
  s23-en-org-endorsed-by's associations); s24-share-for-reward (转发朋友圈集赞送礼品, 集满38个赞免费领取,
  分享到3个微信群即送: rewarded sharing, which WeChat's external-link rules forbid, medium).
- frames_claims.csv, English: s24-en-price-rise (prices go up at midnight: an announced price rise as
  false urgency), s24-en-state-supplier (official NHS/Army supplier: a public body's name as an
  endorsement), s24-en-years-off (takes 10 years off your face: a promise of looking years younger;
  a mortgage or a commute keeps its years), medium; ad_terms.csv: burns fat, burning fat (the forms
  of burn fat).
- frames_claims.csv: guar-promise-effect also reads a promised harvest (保证增产, 确保丰收, 保证出苗:
  《广告法》第二十七条 forbids guarantees of yield; 保证发芽率 is a seed label's quality figure and stays
  quiet) and guar-refund a refund if the yield fails (不增产全额退款); frames_medical.csv
  s24-aesthetic-no-risk (医美 无痛无风险, 零失败, 效果永久保持: a 医美 ad is a medical ad, which may not
  guarantee safety or effect; class medical_aesthetic only, medium).
- scanner/detectors/brand_mentions.py: a brand name of five to ten letters with two letters swapped
  that are not neighbours (Cugci for Gucci: two edits, beyond a short name's one) is a misspelt
  brand (BRAND-FUZZY, 字母顺序调换) when the token is no English word; brand_spelling.typo_kind calls
  any two letters swapped a swap.
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("燕窝礼盒", "孕妇吃了宝宝皮肤白", "AD-MED-F-s24-prenatal-baby-trait"),
    ("即食燕窝", "孕妇吃燕窝，宝宝生出来皮肤白嫩", "AD-MED-F-s24-prenatal-baby-trait"),
    ("椰子水", "孕期喝椰子水 宝宝皮肤白", "AD-MED-F-s24-prenatal-baby-trait"),
    ("纸皮核桃", "孕妇多吃核桃宝宝更聪明", "AD-MED-F-s24-prenatal-baby-trait"),
    ("孕妇DHA藻油", "孕期补充DHA，宝宝智商高", "AD-MED-F-s24-prenatal-baby-trait"),
    ("孕妇奶粉", "促进胎儿骨骼发育 宝宝出生更健康", "AD-MED-F-s24-fetal-development"),
    ("孕产妇营养粉", "准妈妈必备 促进胎儿大脑发育", "AD-MED-F-s24-fetal-development"),
    ("苦瓜茶", "用户反馈：吃了两盒，血糖稳定了", "AD-MED-F-c41-use-result"),
    ("Memory foam pillow", "Endorsed by the Mayo Clinic", "AD-AUTH-F-s24-en-institution-endorsed"),
    ("Cervical pillow", "Johns Hopkins Hospital recommended pillow", "AD-AUTH-F-s24-en-institution-endorsed"),
    ("Posture corrector", "Recommended by Cleveland Clinic doctors", "AD-AUTH-F-s24-en-institution-endorsed"),
    ("保温杯", "转发朋友圈集赞送礼品", "AD-IND-F-s24-share-for-reward"),
    ("零食大礼包", "集满38个赞免费领取", "AD-IND-F-s24-share-for-reward"),
    ("面膜", "分享到3个微信群即送优惠券", "AD-IND-F-s24-share-for-reward"),
    ("洗衣凝珠", "转发朋友圈 截图找客服领取红包", "AD-IND-F-s24-share-for-reward"),
    ("Cugci 手提包 女 新款", "", "BRAND-FUZZY"),
    ("复合肥", "保证增产 不增产全额退款", "AD-GUAR-F-guar-promise-effect"),
    ("复合肥", "保证增产 不增产全额退款", "AD-GUAR-F-guar-refund"),
    ("玉米种子", "保证出苗 高产稳产", "AD-GUAR-F-guar-promise-effect"),
    ("医美 水光针", "无痛无风险", "AD-MED-F-s24-aesthetic-no-risk"),
    ("双眼皮手术", "零失败 无恢复期", "AD-MED-F-s24-aesthetic-no-risk"),
    ("热玛吉", "一次做完 效果永久保持", "AD-MED-F-s24-aesthetic-no-risk"),
    ("Fat burner capsules", "Limited stock! Prices go up at midnight", "AD-IND-F-s24-en-price-rise"),
    ("Duvet", "Our prices will rise tomorrow", "AD-IND-F-s24-en-price-rise"),
    ("Compression socks", "Official NHS supplier", "AD-AUTH-F-s24-en-state-supplier"),
    ("Tactical boots", "Official supplier to the Army", "AD-AUTH-F-s24-en-state-supplier"),
    ("Retinol serum", "Takes 10 years off your face", "AD-GUAR-F-s24-en-years-off"),
    ("Eye cream", "Erases 10 years of aging in a month", "AD-GUAR-F-s24-en-years-off"),
    ("Green tea capsules", "Boosts metabolism and burns fat 24/7", "AD-MED-EN-burns fat"),
    ("Women shoulder bag Cugci", "", "BRAND-FUZZY"),
    ("Vaneltino 高跟鞋 女", "", "BRAND-FUZZY"),
]

QUIET = [
    ("叶酸片", "叶酸有助于胎儿大脑和神经系统的正常发育"),      # GB 28050's standard wording
    ("孕妇叶酸", "孕期补充叶酸，有助于胎儿正常发育"),
    ("胎心仪", "胎儿心率监测仪 帮助了解胎儿发育"),
    ("有机米粉", "孕妇可用 宝宝可用 无添加"),
    ("纯牛奶", "孕妇喝的牛奶，宝宝出生后也能喝"),
    ("孕妇枕", "孕期睡觉必备 宝宝大了也能用"),
    ("孕妇装", "宝宝出生后可改哺乳装 很大"),
    ("孕妇零食", "孕期妈妈也能吃，宝宝也爱吃"),
    ("科普书", "孕妇吃了过敏，宝宝会不会受影响？"),
    ("Hospital bed sheet", "Approved by the hospital for patient use? Ask your doctor"),
    ("College hoodie", "Used by the University of Michigan rowing team"),
    ("Lab notebook", "Designed with engineers from Stanford University"),
    ("Hospital gown", "Trusted by over 500 hospitals nationwide"),
    ("贺卡", "分享朋友圈的美好生活 送给最爱的人"),
    ("贺卡", "转发给朋友 送一份祝福"),
    ("保温杯", "本活动无需集赞，下单即送"),
    ("团购", "微信群接龙 满10份包邮"),
    ("连衣裙", "朋友圈同款 送女友"),
    ("Coffee mug", "Gift for a teacher: latte art cups, stoneware"),   # English words are never scrambled names
    ("数据线", "Type-C 充电线 1.5米 编织"),
    ("Calendar", "Prices will not go up this year"),
    ("蔬菜种子", "保证发芽率85%以上 不发芽免费补发"),
    ("快递袋", "保证发货时效 出苗后移栽"),
    ("年货礼盒", "确保丰收节礼品按时送达"),
    ("面霜", "无风险退货"),
    ("Mortgage planner", "Overpay to take 10 years off your mortgage"),
    ("Pressure washer", "Erases 10 years of grime from your deck"),
    ("Photo album", "Turn back 10 years? Our album keeps memories"),
    ("Football scarf", "Official supplier of the Premier League clubs"),
]


def _listing(title, description):
    return Listing(id="p", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
