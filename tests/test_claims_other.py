"""Claim frames outside medicine (lexicons/frames_claims.csv + slots STATE, ENDORSER*, …):
guarantees, authority and endorsement, inducement and prices, public order and minors, English
claims; and the lawful look-alikes each must leave clean. Real scanner, shipped data."""
import csv
import re
from pathlib import Path

import pytest

from scanner.detectors.ad_terms import _CAT_ZH
from scanner.engine import ScanContext
from scanner.frames import load_frames
from scanner.lexicon import CAT_CODE
from scanner.models import AD_CATEGORIES, CATEGORIES, REPORTED_AS, Listing, contract_category, finer_category
from scanner.normalize import normalize_key
from scanner.pipeline import ListingScanner, ScanOptions
from scanner.report_columns import category_zh

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "lexicons"
FRAMES = LEXICONS / "frames_claims.csv"


def frames():
    # the shipped data, named explicitly: other tests point SCANNER_LEXICONS at fixtures
    return load_frames(str(LEXICONS))


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(context=ScanContext(), ocr=False, lexicon_dir=str(LEXICONS)))


def ad_findings(scanner, text):
    listing = Listing(id="t", title="x", description=text)
    return [f for f in scanner.scan(listing).findings if f.field == "description" and f.category in AD_CATEGORIES]


def severe(fs):
    return [f for f in fs if f.severity in ("high", "medium")]


# text, category, the frame id (or lexicon term) expected, minimum severity
POSITIVE = [
    # real round 59: a first-to-market 第一款 claim
    ("它是第一款同时拥有四种颜色的散粉", "absolute_term", "c59-first-product", "medium"),
    # claims round 16: edu guarantee classes and insiders, official praise, state sub-units, alcohol
    # inducement, edu success rates, own-patent claims
    ("考研调剂保录班 名额有限", "guarantee_claim", "c16-edu-guar-class", "high"),
    ("考研内部名额 私密人脉 欲报从速", "authority_claim", "c16-edu-insider", "high"),
    ("这款酒县长都说好喝", "authority_claim", "c16-official-praise", "high"),
    ("农业农村部农产品质量安全中心指定用茶", "authority_claim", "c16-state-unit-endorse", "high"),
    ("低度果酒 女生也能放心喝", "inducement", "c16-alcohol-anyone", "medium"),
    ("承诺录取成功率 留学申请", "guarantee_claim", "c16-promise-edu-rate", "high"),
    ("本款是我司最新专利产品", "authority_claim", "c16-patent-own", "medium"),
    ("开光护身符 诚心请回家 可保一生平安", "superstition", "c16-charm-protect", "high"),
    ("本命年红绳 不戴就会遇到血光之灾", "superstition", "c16-fear-disaster", "high"),
    ("全球五大品牌之一 智能马桶", "absolute_term", "c16-scope-topn-brand", "medium"),
    # claims round 13: effortless slimming, exercise equivalence, medical-aesthetic results
    ("懶人瘦身腰帶 躺著滑手機就能瘦", "guarantee_claim", "slim-effortless", "high"),
    ("健走鞋 走路30分鐘 就像跑步1小時", "guarantee_claim", "slim-walk-equal-run", "high"),
    ("超声盾改善后，U脸直接变V脸，脸小了一圈", "guarantee_claim", "guar-medaes-after", "high"),
    # claims round 12: party anniversaries on goods, hair dyes denying chemicals
    ("白酒礼盒 建党100周年、1921-2021", "authority_claim", "auth-party-anniv", "medium"),
    ("黑桑果洗白发 从此告别化学染发", "guarantee_claim", "false-nochem-dye", "medium"),
    # claims round 12: training results and jobs, homes promising school places or travel times
    ("化学名师 2020中考满分学员17人", "guarantee_claim", "guar-edu-tally", "medium"),
    ("学员最高提分58分，平均提升25分", "guarantee_claim", "guar-edu-score-avg", "medium"),
    ("所带班级85%升入重点中学", "guarantee_claim", "guar-edu-admit-pct", "medium"),
    ("空乘招生 定向培养，入学签订就业协议", "guarantee_claim", "guar-edu-job", "high"),
    ("学府为邻 入学无忧", "guarantee_claim", "est-school-promise", "medium"),
    ("立体交通半小时即达广州", "guarantee_claim", "est-time-traffic", "medium"),
    # claims round 6: cosmetic and durability promises
    ("奇迹水 无论年龄肤质 肌肤问题一并解决", "guarantee_claim", "cos-skin-problems", "medium"),
    ("美白精华 肌肤15倍透亮白皙", "guarantee_claim", "cos-times-white", "medium"),
    ("瘦瘦包 不用节食不用运动 外敷即可", "guarantee_claim", "slim-no-diet", "high"),
    ("加厚牛仔裤 终生穿不坏", "guarantee_claim", "guar-lifetime-durable", "medium"),
    ("分红型保险 监管批准复利4.8%，写进合同", "guarantee_claim", "guar-yield-rate", "medium"),
    ("只需一部手机，30分钟赚1800元", "guarantee_claim", "guar-income-time", "high"),
    # guarantees (第二十四、二十五、二十八条)
    ("100%保证投资者的本金和利息", "guarantee_claim", "guar-promise-invest", "high"),
    ("坚持使用，保证有明显效果", "guarantee_claim", "guar-promise-effect", "high"),
    ("报名本课程，确保顺利考上重点高中", "guarantee_claim", "guar-promise-pass", "high"),
    ("中考包分百日集训营", "guarantee_claim", "guar-bao-pass", "high"),
    ("驾考科目一包过", "guarantee_claim", "guar-bao-pass", "high"),
    ("包治百病，包瘦10斤", "guarantee_claim", "guar-bao-effect", "high"),
    ("考试必过，轻松拿证", "guarantee_claim", "guar-bi", "high"),
    ("正品保障，假一罚万", "guarantee_claim", "guar-jiayi-huge", "high"),
    ("假一赔五", "guarantee_claim", "guar-jiayi", "medium"),
    ("400分以下最少提高80分，不达目标全额退款", "guarantee_claim", "guar-refund", "high"),
    ("不瘦不收费", "guarantee_claim", "guar-nofee", "high"),
    ("使用15天瘦20斤", "guarantee_claim", "guar-days", "high"),
    ("7天挑战廋20斤 懒人福音", "guarantee_claim", "guar-days", "high"),
    ("3秒燃脂", "guarantee_claim", "guar-days", "high"),
    # real listings round 8 (2017 Pinduoduo feeds): a day count before 去黑头, 抗皱 or 解决…问题
    ("【七天解决眼部问题】 眼霜", "guarantee_claim", "guar-days", "high"),
    ("精华液 只需7天 修复抗皱", "guarantee_claim", "guar-days", "high"),
    ("【10分钟去黑头粉刺白头】竹炭面膜", "guarantee_claim", "guar-days", "high"),
    ("瘦脸只需15天", "guarantee_claim", "guar-only-days", "high"),
    ("一抹即白，一搽就瘦", "guarantee_claim", "guar-instant", "high"),
    ("一瓶蛇毒眼霜=150次眼部SPA", "guarantee_claim", "guar-equiv", "medium"),
    ("安全到可以“吃”的湿巾", "guarantee_claim", "guar-edible", "medium"),
    ("预期年化收益率8.5%", "guarantee_claim", "guar-yield", "medium"),
    ("未来升值空间巨大", "guarantee_claim", "guar-appreciate", "high"),
    ("好吃不胖，想瘦就瘦", "guarantee_claim", "好吃不胖", "high"),
    ("轻松瘦10斤", "guarantee_claim", "guar-weight", "medium"),
    ("用户资金无风险", "guarantee_claim", "guar-norisk-invest", "high"),
    ("一次通过率高达98%", "guarantee_claim", "guar-passrate", "medium"),
    ("100%通过考试", "guarantee_claim", "guar-pass-100", "high"),
    ("总有效率高达95%", "guarantee_claim", "guar-rate", "high"),
    ("签约保过，不过全额退费", "guarantee_claim", "guar-refund", "high"),
    ("协议保过班", "guarantee_claim", "guar-bao-pass", "high"),
    # authority and endorsement (第九条第二项, 第十六条)
    ("国家权威部门批准", "authority_claim", "auth-state", "high"),
    ("人民大会堂特供", "authority_claim", "auth-state", "high"),
    ("本酒专供中南海", "authority_claim", "auth-state-pre", "high"),
    ("G20峰会指定用酒", "authority_claim", "auth-state", "high"),
    ("阅兵同款迷彩", "authority_claim", "auth-state", "high"),
    ("零利润清仓", "inducement", "零利润", "medium"),
    ("medical grade silicone", "authority_claim", "medical grade", "medium"),
    ("本产品经国家批准上市", "authority_claim", "auth-state-approval", "medium"),
    ("落实贯彻重要讲话精神", "authority_claim", "auth-political", "medium"),
    ("医护建议款", "authority_claim", "auth-endorser", "high"),
    ("三甲医院皮肤科医生推荐", "authority_claim", "auth-endorser", "high"),
    ("中科院教授监制", "authority_claim", "auth-expert", "medium"),
    ("真实患者康复案例", "authority_claim", "auth-testimony", "high"),
    ("90%的用户都推荐", "authority_claim", "auth-stat", "medium"),
    ("美国FDA认证", "authority_claim", "auth-cert-fda", "medium"),
    ("RMDHT 酱香型白酒", "authority_claim", "RMDHT", "high"),
    ("ZXYJ", "authority_claim", "ZXYJ", "high"),
    # inducement and prices
    ("原价318元，促销价159元", "inducement", "ind-refprice", "medium"),
    ("活动价99元（原价299元）", "inducement", "ind-refprice-rev", "medium"),
    ("仅限今日", "inducement", "ind-today", "medium"),
    ("今天不买明天涨", "inducement", "ind-today", "medium"),
    ("活动最后3小时", "inducement", "ind-lasthours", "medium"),
    ("最后一天", "inducement", "ind-lasthours", "medium"),
    ("现在不买，1个月后被宰", "inducement", "ind-notbuy", "medium"),
    ("抽奖活动最高奖金额10万元", "inducement", "ind-prize", "high"),
    ("一等奖：宝马轿车一辆", "inducement", "ind-prize-goods", "medium"),
    ("3·15诚信品牌", "authority_claim", "315诚信品牌", "medium"),
    # sixth held-out batch (hc800–hc869): foreign organic certificates, FDA registration, 3·15 and expo honours,
    # height and weight promises, green claims (FTC Green Guides, NAD), Made in USA next to "imported"
    ("头茬枸杞原浆 欧盟有机产品认证", "authority_claim", "auth-organic-foreign", "medium"),
    ("宁夏枸杞原浆 美国FDA注册", "authority_claim", "auth-fda-register", "medium"),
    ("荣获中国3.15消费者可信赖产品", "authority_claim", "auth-315", "medium"),
    ("巴拿马万国博览会金奖", "authority_claim", "auth-expo-award", "medium"),
    ("增高钙片还能让你继续再长几公分", "guarantee_claim", "guar-height-more", "high"),
    ("一盒也会瘦减肉肉2-3斤", "guarantee_claim", "guar-weight-meat", "high"),
    ("Single-serve coffee pods, certified 100% compostable", "authority_claim", "en-green-total", "medium"),
    ("Packing peanuts will decompose completely within 9 to 60 months", "authority_claim", "en-green-decompose", "medium"),
    ("Biodegradable loosefill packaging peanuts", "authority_claim", "en-green-plastic", "medium"),
    ("Eco bags that help in saving the planet", "authority_claim", "en-green-planet", "medium"),
    ("Moist wipes, safe for sewer and septic systems", "authority_claim", "en-septic", "medium"),
    ("Trash bags made from recycled ocean plastic", "authority_claim", "en-green-ocean", "medium"),
    ("宝宝驱蚊喷雾 纯植物 不含农药", "guarantee_claim", "pest-nopesticide", "high"),
    ("Flag pole kit, 100% USA Made, imported", "authority_claim", "en-musa-imported", "high"),
    ("别家都是假货", "inducement", "ind-disparage", "medium"),
    ("别家贵在广告费，最后都摊到了消费者身上", "inducement", "c96-rival-adcost", "medium"),
    ("柳城八宝粥 专利号ZL201230178118.5", "authority_claim", "c100-patent-expired", "medium"),
    ("3C认证标签印刷不干胶标贴防水标志", "authority_claim", "c100-ccc-mark-sale", "medium"),
    ("中秋礼盒 碳中和月饼", "authority_claim", "c100-carbon-neutral-goods", "medium"),
    ("HURRY! FREE DELIVERY* ENDS IN 0H 2M 6S", "inducement", "c104-en-hurry-timer", "medium"),
    ("Dining set - CYBER DEAL Save £140 … £139.97", "inducement", "c104-en-save-refprice", "medium"),
    ("本超市所有商品价格低于同行", "absolute_term", "c104-lower-than-peers", "medium"),
    ("本店需撤店，现所有商品清仓甩卖", "inducement", "c104-fake-closing-sale", "medium"),
    ("天然乳胶枕 纯天然无害", "guarantee_claim", "c104-natural-harmless", "medium"),
    ("考研集训营 上岸率百分百", "guarantee_claim", "c102-passrate-full", "medium"),
    ("国际知名品牌华纳牌蜂胶胶囊", "authority_claim", "c104-famous-brand-self", "medium"),
    ("Revivo capsules, used by celebrities, top athletes & royalty", "authority_claim", "c103-en-celeb-used", "medium"),
    ("The only serum with 25% vitamin C and ferulic acid", "absolute_term", "c105-en-only-product", "medium"),
    ("Packed with the purest, most bioavailable nutrients", "absolute_term", "c105-en-sup-ingredients", "medium"),
    ("Fish oil produced to the highest standards of purity", "absolute_term", "c105-en-highest-standards-of", "medium"),
    ("Night guard recommended by dental professionals", "authority_claim", "c105-en-pros-recommend", "medium"),
    ("CoQ10 blend formulated by a board-certified cardiologist", "authority_claim", "c105-en-specialist-developed", "medium"),
    ("Supported by research and clinical trials. Thousands of testimonials", "authority_claim", "c103-en-clinical-backed", "medium"),
    ("隆鼻手术 超安全 恢复快", "guarantee_claim", "c97-procedure-safe", "medium"),
    ("热玛吉 面部收紧可达35%", "guarantee_claim", "c97-skin-tighten-pct", "medium"),
    ("竹纤维儿童餐具 100%天然 可降解", "authority_claim", "c100-bamboo-melamine", "medium"),
    ("100% of testers saw firmer skin in 4 weeks", "authority_claim", "c98-all-users-saw", "medium"),
    ("Solar lamp, greener than anything else on the market", "absolute_term", "c98-greener-than-all", "medium"),
    ("Detox tea helps in slimming in just 30 days", "guarantee_claim", "c98-slim-timed", "medium"),
    ("好评返现5元", "inducement", "ind-review-reward", "high"),
    # a patent claim without the patent number (a penalty decision: 抗敏祛痘专利技术 on a toner)
    ("抗敏祛痘专利技术", "authority_claim", "auth-patent", "medium"),
    ("专利申请中", "authority_claim", "auth-patent", "medium"),
    ("两大专利设计", "authority_claim", "auth-patent-design", "low"),
    # 非转基因 on a crop with no GM variety on the market (the 2018 edible-oil announcement)
    ("非转基因花生油", "authority_claim", "auth-nongm", "medium"),
    ("五星好评送小礼物", "inducement", "ind-review-reward", "high"),
    ("给五星好评后截图联系客服领取3元红包", "inducement", "ind-review-reward", "high"),
    ("Leave a 5-star review and get a free gift", "inducement", "en-review-reward", "high"),
    ("free product for honest review", "inducement", "en-review-reward", "high"),
    # absolute rankings
    ("首席农贸生活综合体", "absolute_term", "abs-shouxi", "medium"),
    ("销量榜首", "absolute_term", "销量榜首", "high"),
    # superstition
    ("择一处风水宝地", "superstition", "风水宝地", "high"),
    ("坐拥龙脉之上", "superstition", "坐拥龙脉", "high"),
    # English
    ("the most effective form of healthcare", "absolute_term", "en-most", "medium"),
    ("the best coffee in the world", "absolute_term", "en-most-world", "high"),
    ("the first choice for moms", "absolute_term", "en-first-choice", "high"),
    ("the last charger you will ever need", "absolute_term", "en-last-ever", "high"),
    ("fastest growing brand in hospitals", "absolute_term", "en-fastest-growing", "medium"),
    ("Ultimate carb solution.", "absolute_term", "en-ultimate-solution", "medium"),
    ("unrivalled comfort", "absolute_term", "en-unmatched", "medium"),
    ("99% of reviewers recommend this serum", "authority_claim", "en-stat", "medium"),
    ("9 out of 10 dentists recommend it", "authority_claim", "en-doctor-stat", "high"),
    ("Clinical study demonstrates first dose effectiveness.", "authority_claim", "en-clinical", "medium"),
    ("pediatrician approved formula", "authority_claim", "en-pro-endorse", "high"),
    ("the one supplement doctors always recommend", "authority_claim", "en-pro-endorse", "high"),  # claims round 9 (ASA 2025 BetterVits)
    ("approved by the FDA", "authority_claim", "en-fda", "high"),
    ("guaranteed to lose weight", "guarantee_claim", "en-guarantee-effect", "high"),
    ("Buy genuine products from us", "inducement", "en-buyfromus", "medium"),
    ("the only moisturizer that works", "absolute_term", "en-only", "medium"),
    ("lose 10 pounds in 2 weeks", "guarantee_claim", "en-results-time", "high"),
    ("Was $19.99, now only $9.99!", "inducement", "en-refprice", "medium"),
    ("Sale ends tonight", "inducement", "en-today", "medium"),
    ("再不买就没了", "inducement", "ind-notbuy", "medium"),
    ("世界卫生组织推荐", "authority_claim", "auth-expert", "medium"),
    ("中华医学会推荐", "authority_claim", "auth-endorser", "high"),
    # held-out penalty cases (tests/fixtures/heldout/claims.tsv)
    ("2021年度销量TOP1 CCTV播出品牌", "authority_claim", "auth-cctv", "high"),
    ("携手央视 央视合作品牌", "authority_claim", "auth-cctv", "high"),
    ("喜迎二十大 早诊早治套餐", "authority_claim", "auth-party-event", "high"),
    ("献礼建党100周年纪念酒", "authority_claim", "auth-party-event", "high"),
    ("WTO公布的好水标准", "authority_claim", "auth-expert-std", "medium"),
    ("达到世界卫生组织公布的饮水标准", "authority_claim", "auth-expert-std", "medium"),
    ("儿童钙片 冲刺15CM", "guarantee_claim", "guar-height", "high"),
    ("坚持三个月长高5厘米", "guarantee_claim", "guar-height", "high"),
    ("睡前吃2粒，一觉自然醒", "guarantee_claim", "guar-dose", "high"),
    ("每天喝1杯就能见效", "guarantee_claim", "guar-dose", "high"),
    ("30秒钟加快全身血液流速", "guarantee_claim", "guar-time-body", "high"),
    ("7天降低血脂", "guarantee_claim", "guar-time-body", "high"),
    ("100%不含反式脂肪", "absolute_term", "abs-100-free", "medium"),
    # fourth held-out batch (hc600–hc694)
    ("杀虫颗粒 地上地下害虫全杀", "guarantee_claim", "guar-pest-all", "high"),
    ("灭蟑胶饵 蟑螂一扫光", "guarantee_claim", "guar-pest-all", "high"),
    ("叶面肥 一喷猛长", "guarantee_claim", "guar-spray-grow", "medium"),
    ("潭酒 中国酱香三强", "absolute_term", "abs-rank-strong", "medium"),
    ("行业十强品牌", "absolute_term", "abs-rank-strong", "medium"),
    ("不可复制的经典设计", "absolute_term", "abs-nocopy", "medium"),
    ("improves skin 3X better than the leading body wash", "absolute_term", "en-times-better", "medium"),
    # third held-out batch (hc200–hc320): training, medical beauty, real estate, farm inputs, English
    ("初中数学一对一 保底提高30分", "guarantee_claim", "guar-edu-score", "high"),
    ("期末成绩兜底 家长放心", "guarantee_claim", "guar-edu-score", "high"),
    ("3个月考上重点高中", "guarantee_claim", "guar-edu-speed", "medium"),
    ("去年学员考上985高校200余人", "guarantee_claim", "guar-edu-admit", "medium"),
    ("双一流已超过300人", "guarantee_claim", "guar-edu-admit", "medium"),
    ("会计证网课 零基础保过", "guarantee_claim", "guar-bao-pass", "high"),
    ("考研复试保录班", "guarantee_claim", "guar-bao-pass", "high"),
    ("保过班 不过可全额退费", "guarantee_claim", "guar-refund", "high"),
    ("零首付入学 贷款学技能", "inducement", "ind-edu-loan", "medium"),
    ("热玛吉 无痛无恢复期", "guarantee_claim", "guar-safe-chain", "high"),
    ("埋线双眼皮 安全无创 不留疤", "guarantee_claim", "guar-safe-chain", "high"),
    ("28天后细纹减少+35%", "guarantee_claim", "guar-skin-pct", "medium"),
    ("肤色提亮23%", "guarantee_claim", "guar-skin-pct", "medium"),
    ("坚持使用年轻10岁", "guarantee_claim", "guar-age", "high"),
    ("一周掉了5斤", "guarantee_claim", "guar-weight-rate", "high"),
    ("每天减1斤", "guarantee_claim", "guar-weight-rate", "high"),
    ("购房即可入读外国语小学", "guarantee_claim", "est-promise", "high"),
    ("置业送户口", "guarantee_claim", "est-promise", "high"),
    ("本息有保障 安心理财", "guarantee_claim", "guar-invest-post", "high"),
    ("亩增产300斤", "guarantee_claim", "agri-yield", "medium"),
    ("省农科院专家推荐 水稻专用肥", "authority_claim", "auth-agri-inst", "medium"),
    ("医美机构指定 修护精华", "authority_claim", "auth-medinst", "medium"),
    ("cure rate of 95%", "guarantee_claim", "en-rate", "high"),
    ("lose 3 pounds a week", "guarantee_claim", "en-weight-rate", "high"),
    ("natural carb blocker", "guarantee_claim", "en-block-fat", "high"),
    # claims round 27
    ("NeOptunina reduces fat absorption by 28,3%", "guarantee_claim", "c27-en-fat-absorption", "high"),
    ("Capsules that cut calorie absorption", "guarantee_claim", "c27-en-fat-absorption", "high"),
    ("Skip the guesswork and start a million-dollar business today", "guarantee_claim", "c27-en-million-business", "high"),
    ("Build your own seven-figure Amazon store in 90 days", "guarantee_claim", "c27-en-million-business", "high"),
    ("Herbal prostate formula, scientific studies vouch for it", "authority_claim", "c27-en-studies-vouch", "medium"),
    ("Feminapause, 95% Success Rate in Menopause Relief", "guarantee_claim", "c27-en-success-rate", "medium"),
    ("Hair serum with a 90% efficacy rate", "guarantee_claim", "c27-en-success-rate", "medium"),
    ("the hemp industries first and only multi-symptom eye care solution", "absolute_term", "c27-en-first-and-only", "medium"),
    ("helps add years to your pet's life", "guarantee_claim", "en-lifespan", "medium"),
    ("FDA registration certificate included", "authority_claim", "auth-fda-reg", "medium"),
    ("painless, no downtime", "guarantee_claim", "en-safe-chain", "medium"),
    ("国家有关部门破格批准发行", "authority_claim", "auth-state", "high"),
    # claims round 30: live-stream price comparison and monthly income examples
    ("原价1980元的白酒，直播间只卖298元", "inducement", "c30-refprice-live", "medium"),
    ("市场上卖1388元的茶叶，直播间下单整套只要268元", "inducement", "c30-refprice-live", "medium"),
    ("剪辑训练营 宝妈月平均挣5-6w", "guarantee_claim", "c30-income-monthly", "medium"),
    ("学员分享：11月份收入过万", "guarantee_claim", "c30-income-monthly", "medium"),
    # claims round 8 (English): government endorsement, quantified brain claims, trial counts,
    # possessive superlatives, environmental harm, pesticide safety, works-for-everyone, results in time
    ("Recommended by the Australian Government", "authority_claim", "en-gov-endorse", "high"),
    ("CBD oil registered with the Food Standards Agency", "authority_claim", "en-gov-endorse", "high"),
    ("boosts focus by as much as 300%", "guarantee_claim", "en-pct-boost", "medium"),
    ("Tested in over 2,000 clinical trials", "authority_claim", "en-trial-count", "medium"),
    ("The world's purest baby wipes", "absolute_term", "en-possessive-sup", "high"),
    ("there is no damage to the environment", "authority_claim", "en-green-harm", "medium"),
    ("Insect killer safe for all people using", "guarantee_claim", "en-pesticide-safe", "medium"),
    ("It will work, for everyone", "guarantee_claim", "en-work-everyone", "medium"),
    ("trims 1.3 inches in just four weeks", "guarantee_claim", "en-results-time2", "high"),
    # sector round (hc1600–hc1680): education, real estate, investment and franchise
    ("公考冲刺班 往期学员顺利上岸", "authority_claim", "edu-pass-testimony", "medium"),
    ("考研机构 押中多道真题", "authority_claim", "edu-hit-exam", "medium"),
    ("在职研究生 轻松拿证", "guarantee_claim", "edu-cert-fast", "high"),
    ("精装公寓 即买即升值", "guarantee_claim", "est-appreciate-more", "high"),
    ("低投入高回报 创业首选", "guarantee_claim", "guar-small-big", "high"),
    ("写字楼租金回报率6.5%", "guarantee_claim", "guar-yield-rent", "medium"),
    ("楼盘步行到地铁站只需8分钟", "guarantee_claim", "est-time-distance", "medium"),
    ("央企背景兜底 稳健理财", "authority_claim", "auth-state-guarantee", "high"),
    ("这只基金一年暴涨3倍", "guarantee_claim", "guar-surge", "medium"),
    ("宝妈在家做 月入三万", "guarantee_claim", "guar-income-cn", "high"),
    ("加盟我们 下一个千万富翁就是你", "guarantee_claim", "guar-rich-next", "medium"),
    ("烧烤加盟 半年回本", "guarantee_claim", "guar-payback", "medium"),
    ("炸鸡加盟 净利润高达40%", "guarantee_claim", "guar-profit-rate", "medium"),
    ("定期存款 降息不降利息", "guarantee_claim", "guar-noreduce", "medium"),
    ("考研复试 稳稳上岸计划", "guarantee_claim", "guar-shangan", "high"),
    ("教资笔试 官方指定题库", "authority_claim", "edu-official", "medium"),
    ("跟着导师学 轻松实现财务自由", "guarantee_claim", "guar-finfree", "medium"),
    ("零风险的投资项目", "guarantee_claim", "guar-norisk-pre", "high"),
    # eighth held-out batch (hc1100–hc1201)
    ("政府背书 保本理财", "authority_claim", "auth-state-backing", "high"),  # the state-backing frame of claims round 8 reads it first
    ("一带一路重点项目产品", "authority_claim", "auth-policy-project", "medium"),
    ("已申请3项发明专利 按摩仪", "authority_claim", "auth-patent-pending", "medium"),
    ("院士亲自接见研发人员", "authority_claim", "auth-expert-coop", "medium"),
    ("国宴用油 非转基因压榨菜籽油", "authority_claim", "auth-state-staple", "high"),
    ("听钟南山院士的喝牛奶 增强体质", "authority_claim", "auth-expert-listen", "medium"),
    ("三甲医院医生组成顾问团", "authority_claim", "auth-panel", "medium"),
    ("部队临床验证 护膝", "authority_claim", "auth-state-rd", "high"),
    ("30秒后恢复原价 赶紧拍", "inducement", "ind-restore-price", "medium"),
    ("92%受试者满意 精华液", "authority_claim", "auth-stat-subjects", "medium"),
    ("眼霜 鱼尾纹-25%", "guarantee_claim", "guar-skin-pct2", "medium"),
    # claims round 9: penalty wording on ordinary goods sold online
    ("净水设备 中央电视台战略合作伙伴", "authority_claim", "auth-cctv-partner", "high"),
    ("柳州螺蛳粉 舌尖上的中国特别推荐美食", "authority_claim", "r50-cctv-programme", "high"),
    ("富硒茶 省委领导调研时品尝并赞誉", "authority_claim", "auth-leader-visit", "high"),
    ("空气净化器 联合中科院研发", "authority_claim", "auth-expert-joint", "medium"),
    ("蜂王浆 合作机构：某某中医药大学", "authority_claim", "auth-expert-joint", "medium"),
    ("拥有华东地区最大的种植基地", "absolute_term", "abs-region-top", "medium"),
    ("小麦良种 每亩多收300元", "guarantee_claim", "agri-income", "medium"),
    ("生物有机肥 有效预防根腐病", "guarantee_claim", "agri-fert-pest", "medium"),
    ("长高鞋垫 保底长5公分", "guarantee_claim", "guar-height-floor", "high"),
    ("开光貔貅手串 改变命运", "superstition", "sup-object-power", "high"),
    # claims round 10 (hc2000–hc2051)
    ("私人定制生发方案 97%有效率", "guarantee_claim", "guar-rate-pct-first", "high"),
    ("无需参加高考，即可申请入读本科学历", "guarantee_claim", "guar-no-exam-admission", "high"),
    # claims round 10, English (hc2600–hc2666)
    ("Classic shirts from a Carbon Neutral business", "authority_claim", "en-green-carbon", "medium"),
    ("Electric city car, Zero Emissions", "authority_claim", "en-green-carbon", "medium"),
    ("Washing liquid - tough on stains, kinder to our planet", "authority_claim", "en-green-kinder", "medium"),
    ("The only American Made Hockey Puck!", "absolute_term", "en-only-origin", "medium"),
    ("Computer accessories - first for service", "absolute_term", "en-first-for", "high"),
    ("Weight loss program, TGA approved", "authority_claim", "en-gov-approved", "high"),
    ("Personal air sanitizer: a safe and effective germ-killing agent", "guarantee_claim", "en-pesticide-safe2", "medium"),
    ("Allergen filter eliminates all allergens on contact", "guarantee_claim", "en-all-allergens", "medium"),
    ("Turnkey Amazon store that generates passive income on autopilot", "guarantee_claim", "en-earnings", "medium"),
    ("Join our coaching program and earn a six-figure income", "guarantee_claim", "en-earnings", "medium"),
    # held-out claims round 14 (hc2800–hc2830): false claims
    ("量子能量吊坠 打通内循环", "authority_claim", "fc-quantum-goods", "medium"),
    # claims round 20: a 保健食品 advertised with a brand ambassador (《广告法》第十八条第一款第五项)
    ("保健食品 益生菌 品牌挚友 某某倾情推荐", "authority_claim", "c20-healthfood-endorser", "medium"),
    # claims round 28: a 固体饮料 sold as 特医食品 (市场监管总局 2020 郴州案)
    ("固体饮料 特殊医学用途配方食品 过敏儿童喝", "authority_claim", "c28-fsmp-fake", "medium"),
    ("有机花菜 当季新鲜蔬菜", "authority_claim", "fc-organic-nocert", "low"),   # low: check the certificate
    ("燃气热水器 以严苛的航天品质管理", "authority_claim", "fc-aerospace-military", "medium"),
    ("LOFT公寓 买60平享90平 买一层送一层", "inducement", "fc-realestate-bonus-area", "medium"),
    ("Hurry! Sale ends in 00:14:59, order now", "inducement", "en-countdown", "medium"),
    ("Non-toxic, chemical-free household cleaner", "authority_claim", "en-chemical-free", "medium"),
    ("100% chemical free baby shampoo", "authority_claim", "en-chemical-free", "medium"),
    ("Gel bandages for 2x faster healing than dry bandages", "absolute_term", "en-times-faster-effect", "medium"),
    # held-out claims round 17, English (hc3300–hc3391)
    ("Electric tooth polisher removes dental calculus within 3 minutes", "guarantee_claim", "c17-tartar-time", "high"),
    ("Lose weight without diet or exercise", "guarantee_claim", "c17-no-diet", "high"),
    ("Capsules that melt away fat and cellulite", "guarantee_claim", "c17-fat-proven", "high"),
    ("Forskolin proven to burn belly fat", "guarantee_claim", "c17-fat-proven", "high"),
    ("SPF 50 lotion: all-day protection from just one application", "guarantee_claim", "c17-one-application", "medium"),
    ("Glucose patch with European Union approval", "authority_claim", "c17-eu-approved", "medium"),
    ("Our AI store owners make $10,000 a month", "guarantee_claim", "c17-earn-month", "medium"),
    ("Developed and approved by experts from Europe and America", "authority_claim", "en-pro-endorse", "high"),
    # lawful round 3 (加多宝 judgments): market X-straight championships, scope + 第一罐, sales share
    ("加多宝凉茶荣获中国罐装饮料市场“七连冠”", "absolute_term", "r3l-lianguan", "medium"),
    ("连续7年荣获“中国饮料第一罐”", "absolute_term", "r3l-cn-diyi-unit", "high"),
    ("中国每卖10罐凉茶7罐是我们", "absolute_term", "r3l-share", "medium"),
    # claims round 19 (ASCI, ARB South Africa, FDA cosmetics letters)
    ("Shed 5 kilos and 10 inches in one month with our tea", "guarantee_claim", "c19-en-weight-amount", "high"),
    ("Protein shake trusted by thousands of dentists", "authority_claim", "c19-en-doctor-trust", "medium"),
    ("Pediatrician approved teething gel", "authority_claim", "c19-en-doctor-trust", "medium"),
    ("China's largest maker of massage chairs", "absolute_term", "c19-en-country-first", "high"),
    ("The first time in Australia: alkaline water bottles", "absolute_term", "c19-en-country-first", "high"),
    ("Japan's first self-heating lunch box", "absolute_term", "c19-en-country-first-low", "low"),
    ("Market leaders and pioneers in herbal tea", "absolute_term", "c19-en-pioneer-leader", "medium"),
    ("Coding bootcamp with guaranteed placement", "guarantee_claim", "c19-en-placement", "high"),
    ("Scalp serum guarantees full regrowth", "guarantee_claim", "c19-en-guar-restore", "high"),
    ("Feng shui pixiu bracelet attracts wealth and good luck", "superstition", "c19-en-amulet", "medium"),
    # claims round 21 (cosmetics, toothpaste, infant formula)
    ("全效美颜面部护理 紧致抗衰 彻底攻克衰老烦恼", "guarantee_claim", "c21-aging-conquer", "medium"),
    ("儿童牙膏 误吞无碍 宝宝放心刷", "guarantee_claim", "c21-tp-edible", "medium"),
    ("婴儿配方奶粉 源自国外牧场 纯净奶源", "guarantee_claim", "c21-infant-source", "medium"),
    # claims round 22 (English non-medical): pressure selling, comparisons, green and natural claims
    ("Wireless earbuds - hurry, only 5 left in stock!", "inducement", "c22-en-scarcity", "medium"),
    ("Act fast! 10 people are viewing this now", "inducement", "c22-en-scarcity", "medium"),
    ("Hurry as stock is selling fast and take advantage of our sale price", "inducement", "r46-en-selling-fast", "medium"),
    ("Spa voucher: deal ends in 2 hours", "inducement", "c22-en-ends-in", "medium"),
    ("Brand new items 25% cheaper than the high street", "absolute_term", "c22-en-pct-cheaper", "medium"),
    ("Water filter superior to all competitors", "absolute_term", "c22-en-superior-all", "high"),
    ("Gas heating produces 70% less greenhouse gas", "authority_claim", "c22-en-ghg-pct", "medium"),
    ("Coffee pods, easy to recycle", "authority_claim", "c22-en-recycle-ease", "medium"),
    ("Plant based plastic cutlery, 50 forks", "authority_claim", "c22-en-plant-plastic", "medium"),
    ("Baby shampoo, certified organic, vegan", "authority_claim", "c22-en-organic-cert", "medium"),
    ("All Natural Hand and Body Lotion, 8 oz", "authority_claim", "c22-en-natural-cosmetic", "medium"),
    # claims round 25 (English held-out hc4500–hc4562)
    ("PREVENT HANGOVERS - No product is more proven or effective", "absolute_term", "c25-none-more", "medium"),
    ("Domestic cleaning service, 100% ECO FRIENDLY", "authority_claim", "c25-green-absolute", "medium"),
    ("Doctors frequently recommend our compounded tirzepatide", "authority_claim", "c25-doctors-recommend", "medium"),
    ("Starts shifting hormonal weight in 15 to 30 days", "guarantee_claim", "c25-weight-days", "medium"),
    ("I've lost 8kgs, have zero bloating", "guarantee_claim", "c25-lost-amount", "medium"),
    ("Appetite suppression, LOSE 15-20% OF BODY WEIGHT", "guarantee_claim", "c25-lose-pct", "medium"),
    # claims round 24: property school promises and bonus floors, unsourced multiples, price and review inducements
    ("学区房 买房即可上实验小学", "guarantee_claim", "c24-est-school-admit", "medium"),
    ("主核心地段 名校学府环绕", "guarantee_claim", "c24-est-double-school", "medium"),
    ("实用空间高达五层，买三层送两层", "inducement", "c24-est-bonus-floor", "medium"),
    ("小区负氧离子是市区的8倍", "authority_claim", "c24-anion-multiple", "medium"),
    ("不可复制的稀缺地段 江景洋房", "absolute_term", "c24-irreplicable-place", "medium"),
    ("五星好评后联系客服领取5元红包", "inducement", "c24-review-reward-cs", "high"),
    ("试听课原价430元，现价仅12元", "inducement", "c24-refprice-now-only", "medium"),
    ("2019年度优秀商户 某某区市场监督管理局授予", "authority_claim", "c24-state-honour", "medium"),
    ("儿童雨衣 专利产品 仿冒必究", "authority_claim", "c24-patent-warning", "medium"),
    # claims round 23: an efficacy promised within a number of days (鞍市监处罚〔2025〕43号)
    ("磁疗贴 只需要7天就能亲眼看到变化", "guarantee_claim", "c23-see-in-days", "medium"),
    ("足贴 只要3天就可以感受到", "guarantee_claim", "c23-see-in-days", "medium"),
    # claims round 26: instant transformation, unsourced effect statistics
    ("美白身体乳 一抹秒变冷白皮", "guarantee_claim", "c26-instant-transform", "medium"),
    ("清透精华 95%用户使用后毛孔缩小", "authority_claim", "c26-pct-users-effect", "medium"),
    # claims round 31 (English held-out hc5300–hc5366)
    ("They have proven themselves to the United States Food & Drug Administration (FDA).", "authority_claim", "c31-en-fda-proven", "high"),
    ("ImunStem, an herbal product, was the first dietary supplement to be approved as a prescription medicine", "authority_claim", "c31-en-fda-proven", "high"),
    ("Eye cream that erases puffiness and wrinkles in 60 seconds", "guarantee_claim", "c31-en-instant-ageing", "medium"),
    # claims round 33: live-stream, short-video and 种草 wording; education, real estate, finance, 医美
    ("高端水光 可以让你维持15个月不用打水光", "guarantee_claim", "c33-medaes-lasting", "high"),
    ("微针植发 随植随走，没有任何尴尬期", "guarantee_claim", "c33-medaes-nodowntime", "medium"),
    ("植发机构 一线城市植发量五连冠", "absolute_term", "c33-lianguan-qty", "medium"),
    ("考研督学 全程内部绝密资料", "authority_claim", "c33-edu-secret-material", "high"),
    ("数学网课 一个月提高100分", "guarantee_claim", "c33-edu-score-time", "high"),
    ("住美盛教育港湾，上纬五路一小", "guarantee_claim", "c33-est-live-school", "high"),
    ("股票交易平台 炒股赚钱易如反掌", "guarantee_claim", "c33-invest-easy", "high"),
    ("线下门店卖五六千元，我们只要499元", "inducement", "c33-price-anchor-store", "medium"),
    ("1万元的和田玉，我们今天300元就卖", "inducement", "c33-price-anchor-value", "medium"),
    ("减肥胶囊 诺贝尔奖专利", "authority_claim", "c33-auth-nobel", "high"),
    ("减肥胶囊 300万客户成功", "guarantee_claim", "c33-users-success", "medium"),
    ("左旋肉碱咖啡 不运动不节食", "guarantee_claim", "c33-slim-no-exercise", "high"),
    ("益生元果冻 吃了就能瘦", "guarantee_claim", "c33-slim-eat-then", "high"),
    ("今天吃，明天就能看到效果", "guarantee_claim", "c33-guar-nextday", "high"),
    ("颈纹很显年龄，20岁看起来像40岁", "guarantee_claim", "c33-age-look", "medium"),
    ("隆鼻案例 术前术后对比", "authority_claim", "c33-medaes-before-after", "medium"),
    ("做个明星同款双眼皮", "authority_claim", "c33-medaes-star-feature", "medium"),
    # claims round 35 (English held-out hc5700–hc5755)
    ("Braun Silk-expert IPL. Permanent visible hair removal without going to the salon.", "guarantee_claim", "c35-en-permanent-hair", "medium"),
    ("PERMANENT HAIR REDUCTION IN JUST 12 WEEKS Results visible already after 2 weeks", "guarantee_claim", "c35-en-permanent-hair", "medium"),
    ("EMS training: Just one 20-minute session per week is equivalent to 3 one-hour sessions at a regular gym", "absolute_term", "c35-en-workout-equiv", "medium"),
    # round c36
    ("天然乳胶枕100%除螨", "guarantee_claim", "c36-abs-100-hygiene", "medium"),
    ("全场6折 衬衣、短袖、夏裤除外", "inducement", "c36-ind-all-except", "medium"),
    ("烟酰胺身体乳 中山大学直营", "authority_claim", "c36-auth-univ-made", "medium"),
    ("可根据消费者的五行属性打造专属水晶产品", "superstition", "c36-sup-wuxing-custom", "medium"),
    # claims round 35, English marketplace (h12b, hc6000–hc6069)
    ("This statement has been evaluated by the Food and Drug Administration.", "authority_claim", "c35e-fda-evaluated", "high"),
    ("Intensive Stain Removal Toothpaste. More Effective Than Traditional Toothpaste", "absolute_term", "c35e-better-than-all", "medium"),
    ("Whiter teeth within 2 minutes, no more expensive whiter treatments are needed", "guarantee_claim", "c35e-results-time", "medium"),
    # claims round 34, Chinese online shops (h12a): frames r34cs-*
    ("足浴包 采用300年传承古方精心配制", "authority_claim", "r34cs-auth-ancient-formula", "medium"),
    ("好多明星都在喝的花草茶", "authority_claim", "r34cs-auth-star-use", "medium"),
    ("由20位眼科博士联合研发", "authority_claim", "r34cs-auth-expert-count", "medium"),
    ("去年重本率高达75%", "guarantee_claim", "r34cs-edu-line-rate", "medium"),
    ("承诺三个月突破分数线", "guarantee_claim", "r34cs-edu-promise-break", "high"),
    # claims round 39, Chinese cosmetics, devices and repellents (h12f): frames r39-*
    ("三院推荐 祛痘精华", "authority_claim", "r39-hosp-numbered", "high"),
    ("灭蚊率高达99.9% 电蚊拍", "guarantee_claim", "r39-pest-rate", "high"),
    ("驱蚊液 植物配方 适合孕妇使用", "guarantee_claim", "r39-pest-special-pop", "high"),
    # claims round 40, English non-medical claims on marketplace listings (h12h): frames r40-*
    ("Work from home and earn 300 dollars per day", "guarantee_claim", "r40-en-earn-rate", "medium"),
    ("Join our team and make a lot of money", "guarantee_claim", "r40-en-money-lot", "medium"),
    ("Electric toothbrush recommended by 100% of dentists", "authority_claim", "r40-en-all-pros-recommend", "medium"),
    ("Herbal sleep drops with no known side effects", "guarantee_claim", "r40-en-no-known-side-effect", "high"),
    ("Biodegradable poop bags for dogs, 120 count", "authority_claim", "r40-en-green-product", "medium"),
    ("Bamboo toothbrush that decomposes in 6 months", "authority_claim", "r40-en-degrade-time", "medium"),
    ("Phone case made using 30% ocean bound plastic", "authority_claim", "r40-en-ocean-share", "medium"),
    ("Slimming belt with 100% result", "guarantee_claim", "r40-en-hundred-result", "medium"),
    # claims round 41, Chinese online shops and live-stream selling (h13a): frames c41-*
    ("建国70周年 国庆大典专用 纪念酒", "authority_claim", "c41-ceremony-wine", "high"),
    ("驻京办特供 酱香白酒", "authority_claim", "c41-liaison-office", "high"),
    ("中国长寿研究中心首席专家推荐 益生菌", "authority_claim", "c41-institute-head", "medium"),
    ("这款面霜明星亲测有效", "authority_claim", "c41-star-tested", "medium"),
    ("纯天然的东西就是安全 草本茶", "guarantee_claim", "c41-natural-safe", "high"),
    ("增高片 坚持吃保证长高5厘米", "guarantee_claim", "c41-height-gain", "high"),
    ("青少年营养粉 一个月猛涨3厘米", "guarantee_claim", "c41-height-month", "high"),
    ("成长奶粉 吃两罐就能长个", "guarantee_claim", "c41-height-drink", "high"),
    ("儿童身高奶粉 喝出高个子 冲刺175", "guarantee_claim", "c41-height-target", "medium"),
    ("祛痘膏 7天就有明显效果", "guarantee_claim", "c41-visible-months", "medium"),
    ("跟着师傅学做凉皮 半年就能赚够50万", "guarantee_claim", "c41-income-save", "high"),
    ("代餐奶昔 轻松打造易瘦体质", "guarantee_claim", "c41-slim-constitution", "high"),
    ("祛痘精华 28天痘痘减少62%", "guarantee_claim", "c41-cosm-pct-skin", "medium"),
    ("新生儿面霜 修护宝宝肌肤", "guarantee_claim", "c41-baby-repair", "medium"),
    # real listings round 22: a 拼多多 免单 group's refund promised a few words after the five-star review
    ("确认收货五星好评之后，48小时之内自动返款到账户余额", "inducement", "r22-review-refund-after", "high"),
    ("给个好评后联系群主返现", "inducement", "r22-review-refund-after", "high"),
    # real listings round 33: 2017 淘客 QQ-group copy (反 for 返; 刷单 instructions)
    ("券后【9.9元】包邮限购3个好评支付宝反2元", "inducement", "r33-review-reward-typo", "high"),
    ("请不要咨询客服，不要晒纸抽图，直接好评。谢谢合作。", "inducement", "r33-fake-order-review", "high"),
    # real listings round 36: JD 2015 卖点 (taotao tb_item) — review rewards paid in 话费, 京豆 or gifts
    ("【3月送京豆】三星开年巨献，3月购买此款产品好评送20000京豆！", "inducement", "r36-review-reward-gift", "high"),
    ("天猫#1销量 买3件送1件", "absolute_term", "#1", "high"),
    # claims round 44, Chinese absolute terms, state names, guarantees and false honours (h13g): frames c44-*
    ("全国第三好吃的螺蛳粉", "absolute_term", "c44-rank-region-nth", "high"),
    ("这款面霜安全性比喝白开水还放心", "guarantee_claim", "c44-safer-than-food", "high"),
    ("北极科考队专用 加厚羽绒服", "authority_claim", "c44-expedition-use", "medium"),
    ("经国家药监局授权销售", "authority_claim", "c44-state-authorize", "high"),
    ("本集团直属于国资委", "authority_claim", "c44-soe-affiliation", "medium"),
    ("20分钟可达市中心 精装公寓", "guarantee_claim", "c44-est-time-reach", "medium"),
    ("投资风险低、回报稳 商铺火热认购", "guarantee_claim", "c44-lowrisk-highreturn", "high"),
    ("限量邮票 谁买谁赚钱", "guarantee_claim", "c44-surely-rise", "medium"),
    ("纪念金条 承诺三年后溢价回购", "guarantee_claim", "c44-buyback-promise", "medium"),
    ("到期全额返还本金 年化收益稳定", "guarantee_claim", "c44-principal-payout", "high"),
    ("精装两居 对口重点小学", "guarantee_claim", "c44-school-match", "medium"),
    ("省级非遗名师手工打造", "authority_claim", "c44-ich-master", "medium"),
    ("美白牙贴 只要三晚 牙齿就白一个度", "guarantee_claim", "c44-oneday-white", "medium"),
    ("国内首只科创主题基金", "absolute_term", "c44-first-fund", "medium"),
    ("39元抢原价99元 蓝牙耳机", "inducement", "c44-grab-refprice", "medium"),
    ("国家卫健委百姓健康电视频道授权", "authority_claim", "c16-state-unit-endorse", "high"),
    # claims round 42, English regulators 2024–2026 (h13b): frames c42-en-*
    ("Get a free gift card for a 5-star review", "inducement", "c42-en-review-incentive", "high"),
    ("Leave a positive review and get a free sample", "inducement", "c42-en-review-incentive", "high"),
    ("Signed art print, 180% increase in value since 2020", "guarantee_claim", "c42-en-value-rise", "medium"),
    ("Our student earned $8,500 in her first month", "guarantee_claim", "c42-en-earn-first-period", "medium"),
    ("Start your own seven figure Amazon business with our coaching", "guarantee_claim", "c42-en-figure-business", "medium"),
    ("Done-for-you store: $3,000 monthly net profit", "guarantee_claim", "c42-en-profit-amount", "medium"),
    ("Become a distributor - unlimited income potential", "guarantee_claim", "c42-en-unlimited-earnings", "medium"),
    ("Join our team and achieve true financial freedom", "guarantee_claim", "c42-en-financial-freedom", "medium"),
    ("Air purifier gives 100% pure air", "absolute_term", "c42-en-clean-air-100", "medium"),
    ("Works faster than any other joint cream", "absolute_term", "c42-en-better-than-any", "medium"),
    ("Made in USA leather belt. Country of origin: Vietnam", "authority_claim", "c42-en-musa-origin", "high"),
    ("Herbal appetite drops with proven efficacy", "authority_claim", "c42-en-proven-effective", "medium"),
    # claims round 43, Chinese food, 滋补品 and 保健食品 (h13c): frames c43-*
    ("蜂胶胶囊 被权威部门授予糖尿病专用蜂胶", "authority_claim", "c43-auth-dept-grant", "medium"),
    ("鲜炖燕窝 联合中国检验检疫研究院推出产品溯源码", "authority_claim", "c43-auth-joint-institute", "medium"),
    ("硒维康口嚼片 绿色、安全、有效", "guarantee_claim", "c43-safe-effective-list", "medium"),
    # real listings round 26 (its frame had no positive example here)
    ("乒乓球拍 省队专用 10星", "authority_claim", "r26-auth-sports-team", "medium"),
    # claims round 47, ordinary goods (h13l): frames c47-*
    ("防辐射孕妇装 屏蔽效果达99.9%以上", "guarantee_claim", "c47-shield-rate", "medium"),
    ("除螨仪 螨虫的杀死率都能达到99.99%", "guarantee_claim", "c47-mite-kill-rate", "medium"),
    ("曼秀雷敦儿童润唇膏 食品级", "guarantee_claim", "c47-kids-cos-foodgrade", "medium"),
    ("食品级儿童化妆品 唇彩腮红套装", "guarantee_claim", "c47-kids-cos-foodgrade", "medium"),
    # claims round 81 (h26a): cosmetics
    ("氨基酸洗面奶 孕妇小孩肯定可用", "guarantee_claim", "r81-population-sure", "medium"),
    ("家庭节能三宝 曾获国家质检部门的多项资格认证", "authority_claim", "c47-auth-gov-cert", "medium"),
    # held-out claims round 55, appliances/textiles/bedding (h15a): frames c55-*
    ("量子水杯 通过量子振动波改变水的分子结构", "authority_claim", "c55-water-structure", "medium"),
    ("孕妇防辐射服 抵挡99.99%的辐射", "guarantee_claim", "c55-shield-rate-verb", "medium"),
    # claims round 51, medical/health claims on ordinary goods (h14d): frames c51-*
    ("水素水生成器 饮用水素水没有任何副作用", "guarantee_claim", "c51-guar-no-side-effect", "high"),
    ("丽姿胶囊 针对局部肥胖部位，哪胖减哪", "guarantee_claim", "c51-slim-spot", "high"),
    # claims round 48 (h14a): Taiwan 公平會 wording
    ("塑身衣組 贅肉脂肪全都消失", "guarantee_claim", "c48-fat-gone", "medium"),
    ("ESG座談會 指導單位：行政院環保署", "authority_claim", "c48-auth-gov-guide", "high"),
    # claims round 46, English marketplace listing claims (h13i): frames r46-*
    ("Mass gainer powder - Gain 10kg of muscle in 10 days", "guarantee_claim", "r46-en-muscle-gain-time", "medium"),
    ("Handmade soap, 100% Natural, free from synthetic or chemical substances", "authority_claim", "r46-en-no-chemicals-list", "medium"),
    ("Stain-resistant upholstery fabric, virtually chemical free", "authority_claim", "r46-en-no-chemicals-list", "medium"),
    ("Enzyme stain remover, twice as effective", "absolute_term", "r46-en-times-effective", "medium"),
    ("30% more powerful cleaning formula", "absolute_term", "r46-en-times-effective", "medium"),
    ("Whey isolate: Gain muscle fast, bulk up quickly", "guarantee_claim", "r46-en-muscle-fast", "medium"),
    # claims round 45, Chinese cosmetics, medical aesthetics, maternal/infant goods and devices (h13h): frames r45-*
    ("射频美容仪 纹变少，不会老", "guarantee_claim", "r45-skin-not-age", "high"),
    ("儿童面霜 小金盾国家认证", "authority_claim", "r45-xiaojindun-cert", "medium"),
    ("儿童口红 3岁以下宝宝可用", "guarantee_claim", "r45-makeup-infant", "medium"),
    ("玻尿酸填充 效果维持6-12个月", "guarantee_claim", "r45-medaes-duration", "high"),
    ("美白精华 7天后奇迹般呈现亮白光采", "guarantee_claim", "r45-days-whiten", "high"),
    ("面霜 98%受试者认为细纹减少", "authority_claim", "r45-subjects-think", "medium"),
    ("种植牙 九院专家坐镇", "authority_claim", "r45-hosp-escort", "high"),
    # claims round 65, investment-flavoured goods and services (h18c): frames r65-*
    ("纪念金银币 市值一飞冲天", "guarantee_claim", "r65-rise-leap", "medium"),
    ("投资邮票 资产每年翻番", "guarantee_claim", "r65-wealth-double", "high"),
    ("普洱茶饼 去年涨幅超过50%", "guarantee_claim", "r65-price-rise-pct", "medium"),
    ("收藏纪念钞 投资万无一失", "guarantee_claim", "r65-invest-surefire", "high"),
    ("生肖银币 破格发行", "authority_claim", "r65-exception-issue", "medium"),
    ("高端岩茶 到期按本息回购", "guarantee_claim", "r65-buyback-interest", "high"),
    ("酱香白酒 越存越值钱", "guarantee_claim", "r65-aging-value", "medium"),
    ("加盟炸鸡店 一年成为富翁", "guarantee_claim", "r65-rich-quick", "medium"),
    ("奶茶加盟 三个月利润20万", "guarantee_claim", "r65-period-return", "high"),
    ("短视频运营课 早日财务自由", "guarantee_claim", "r65-fin-freedom", "medium"),
    ("产权式酒店 每年固定8%的收益", "guarantee_claim", "r65-return-pct", "high"),
    ("投资金条 托管年化5%", "guarantee_claim", "r65-annual-yield", "medium"),
    ("投资金条 金价包退", "guarantee_claim", "r65-gold-buyback", "medium"),
    ("熊猫金币 永远保值", "guarantee_claim", "r65-keep-value", "medium"),
    ("生肖邮票大版 国家邮政局批准", "authority_claim", "r65-postal-approval", "high"),
    ("公考押题卷 80%的原题", "guarantee_claim", "r65-exam-original", "medium"),
    ("考研专业课 由出题专家授课", "authority_claim", "r65-exam-setter", "high"),
    ("收藏证书 具有至高权威", "absolute_term", "r65-supreme-legal", "medium"),
    ("炸串加盟 开店就能轻松赚钱", "guarantee_claim", "r65-franchise-easy", "medium"),
    ("火锅店加盟 单店月营业额过30万", "guarantee_claim", "r65-turnover-claim", "medium"),
    # claims round 49, regulated sectors sold online (h14b): frames c49-*
    ("美术培训 喜获省联考状元", "guarantee_claim", "c49-edu-champion", "medium"),
    ("专升本 报名即可 无需上课", "guarantee_claim", "c49-edu-no-study", "high"),
    ("自考本科 包过学位英语", "guarantee_claim", "c49-edu-pass-degree", "high"),
    ("成考辅导 考前发原题", "authority_claim", "c49-edu-leak", "medium"),
    ("宝妈副业 在家就能赚钱", "guarantee_claim", "c49-easy-money", "medium"),
    ("小额贷款 无视征信 秒到账", "guarantee_claim", "c49-loan-bait", "medium"),
    ("编制考试 内部名额 报名从速", "authority_claim", "c49-inside-channel", "medium"),
    ("本项目垄断市场 独家经营", "absolute_term", "c49-monopoly", "medium"),
    ("生物菌肥 根腐病克星", "guarantee_claim", "c49-agri-disease-gone", "medium"),
    ("蟑螂药 对宠物无害", "guarantee_claim", "c49-pest-safe", "high"),
    # claims round 50 (h14c): HSA Singapore 2022 and Ministry of Health Malaysia alerts
    ("Eczema cream approved by skin specialists", "authority_claim", "c50-en-specialist-endorse", "medium"),
    ("Herbal balm, safe for all, including babies and mums", "guarantee_claim", "c50-en-safe-for-all", "medium"),
    ("Ganoderma toothpaste recognised by the Ministry of Health", "authority_claim", "c50-en-gov-recognised", "high"),
    ("KN95 Kids Safety Face Mask - FDA/CE Certified", "authority_claim", "c50-en-fda-ce", "high"),
    ("Herbal formula tested in clinical trials conducted under the regulations of FDA", "authority_claim",
     "c50-en-trial-under-regulator", "medium"),
    # claims round 53 (h14i): EPA stop-sale orders, FDA/FTC letters and NY AG letters on online listings
    ("Hemp oil: the federal government has approved its health benefits", "authority_claim", "c53-en-gov-confirmed", "high"),
    ("Highly effective ant killer bait, safe for the whole house", "guarantee_claim", "c53-en-safe-pesticide", "medium"),
    # claims round 54 (h14p): 抖音/快手/小红书/视频号 cases 2025–2026 (AI-faked celebrities, 专家义诊 bait)
    ("痔疮膏 连大牌明星都在推荐这款产品", "authority_claim", "c54-star-recommend", "medium"),
    ("名老中医现场义诊 买二送一", "authority_claim", "c54-expert-free-clinic", "medium"),
    # claims round 56 (h15b): EU 655/2013 guideline examples
    ("Skin care product does not contain hydroquinone", "authority_claim", "c56-en-banned-free", "medium"),
    ("Hypoallergenic face cream with complete absence of the risk of allergic reaction", "guarantee_claim", "c56-en-allergy-free", "medium"),
    # claims round 58 (h15d): CAA Japan, KFTC/MFDS Korea, CCCS, Competition Bureau, US state AGs
    ("Toning sneakers: get in shape without going to the gym", "guarantee_claim", "c58-en-shape-no-effort", "medium"),
    ("Toning shoes give 30% more muscle activation", "guarantee_claim", "c58-en-pct-more-tone", "medium"),
    ("Air freshener gel, harmless to humans", "guarantee_claim", "c58-en-harmless-human", "medium"),
    ("Drain cleaner proven effective on all types of pipes", "guarantee_claim", "c58-en-proven-all", "medium"),
    ("Whitening cream registered with the FDA as a drug", "authority_claim", "c58-en-fda-drug-reg", "high"),
    ("Acne serum recommended by leading clinics", "authority_claim", "c58-en-hospital-endorse", "medium"),
    ("Baby eczema balm, steroid-free", "guarantee_claim", "c58-en-no-steroid", "medium"),
    ("Copper bracelet: clinically documented results", "authority_claim", "c58-en-clinical-proof", "medium"),
    # claims round 60 (h16b): pesticide label claims on pet flea and tick goods (40 CFR 156.10, EPA 2009)
    ("Flea and tick spray for cats, contains all natural ingredients", "guarantee_claim", "c60-en-pest-label", "medium"),
    # claims round 57 (h15c): live-stream sales talk quoted in 2022–2026 decisions and reports
    ("细胞肌活冻龄因子液 抗衰奇迹", "guarantee_claim", "c57-miracle", "medium"),
    ("奶蓟草片 它是普通产品的几倍含量", "absolute_term", "c57-times-ordinary", "medium"),
    # claims round 59 (h16a): food labels and food ads under GB 7718—2025 / GB 28050—2025
    ("儿童专用肉松 比普通食品营养更高、更安全", "absolute_term", "c59-food-belittle", "medium"),
    # claims round 61 (h16c): Traditional Chinese, Taiwan 消保處 2015 面膜抽查
    ("面膜 愈敷愈年輕", "guarantee_claim", "c61-use-younger", "medium"),
    ("面膜 15分鐘喚醒年輕肌", "guarantee_claim", "c61-time-young", "medium"),
    # claims round 66 (h18d): pseudo-science and safety claims on ordinary goods
    ("Anti-radiation phone sticker blocks 99% of electromagnetic waves", "guarantee_claim", "c66-en-emf-block", "medium"),
    ("Did you know EMF radiation from your router can be harmful?", "guarantee_claim", "c66-en-emf-harm", "medium"),
    ("Scented candle with no toxic fumes", "guarantee_claim", "c66-en-no-toxic-fumes", "medium"),
    ("Crib paint, 100% safe for babies", "guarantee_claim", "c66-en-safe-babies", "medium"),
    ("90% of midwives recommend our nipple cream", "authority_claim", "c66-en-hcp-stat", "medium"),
    # claims round 63 (h18a): 农药广告管理办法 (Taiwan) 誇張效能; 高州 2024 紫苏种子 直播
    ("殺蟲劑 蚊蠅蟑螂通通殺", "guarantee_claim", "c63-pest-kill-all", "high"),
    ("购买种子种植就能亩收益20000元以上", "guarantee_claim", "c63-agri-acre-income", "medium"),
    # claims round 64 (h18b): fuel and power savers, formaldehyde removers, water labels
    ("节油器 安装后可节油25%", "guarantee_claim", "h18b-save-pct", "medium"),
    ("燃油添加剂 加一瓶一箱油变一箱半", "guarantee_claim", "h18b-one-tank", "medium"),
    ("家用节电器 电费直接少一半", "guarantee_claim", "h18b-bill-half", "medium"),
    ("智能省电插座 即插即省", "guarantee_claim", "h18b-plug-save", "medium"),
    ("节电芯片 装上后电表倒转", "guarantee_claim", "h18b-meter-tamper", "high"),
    ("节电宝 大功率电器都能省电", "guarantee_claim", "h18b-saver-device", "medium"),
    ("甲醛清除剂 甲醛去除率高达99.9%", "guarantee_claim", "h18b-hcho-99", "medium"),
    ("除醛喷雾 开窗通风不管用", "guarantee_claim", "h18b-no-ventilate", "medium"),
    ("家用制水机 出水为能量水", "authority_claim", "h18b-water-label", "medium"),
    ("多层实木地板 0甲醛 环保健康", "guarantee_claim", "h18b-hcho-zero-board", "medium"),
    ("零甲醛 颗粒板 衣柜 E0级", "guarantee_claim", "h18b-hcho-zero-board", "medium"),  # the board word after it
    ("负离子硅藻泥 可以分解甲醛", "guarantee_claim", "h18b-anion-hcho", "medium"),
    # held-out claims round 69 (h19c): platform rules; real listings round 38 (h19e): edible lipstick
    ("×牌卫浴，中国驰名商标，中国瓷砖十大品牌", "authority_claim", "r69-topten-honor", "medium"),
    ("暑期学车 低价包过", "guarantee_claim", "r69-drive-pass", "high"),
    ("记账赚钱APP 日赚百元", "guarantee_claim", "r69-earn-daily", "medium"),
    ("万能WiFi连接器 无需密码 一键上网", "guarantee_claim", "r69-wifi-nopass", "medium"),
    ("宫廷 阿胶固元膏", "authority_claim", "r69-palace-tonic", "medium"),
    ("抖音短视频推荐 网红零食大礼包", "authority_claim", "r69-platform-endorse", "medium"),
    ("去屑洗发水 彻底解决头皮屑", "guarantee_claim", "r69-thorough-fix", "medium"),
    ("纯天然产品 草本面霜", "absolute_term", "r69-natural-cos", "medium"),
    ("果冻变色口红 学生孕妇可吃", "guarantee_claim", "r38-lip-edible", "medium"),
    # held-out claims round 67 (h19a): seeds, gender selection, refunds, study abroad, loans, fortune-telling, UPF
    ("欧客319番茄种子 亩产1万公斤以上", "guarantee_claim", "r67-seed-yield-open", "medium"),
    ("玉米种子 亩产可达2000斤 抗倒伏", "guarantee_claim", "r67-seed-yield-open", "medium"),
    # session 26 probes: 《广告法》第九条第一项 (国徽, 军旗, 军徽 on goods and in ads; reported as inducement)
    ("爱国T恤 印国徽图案", "inducement", "s26-pub-emblem", "high"),
    ("八一军徽图案 徽章 纪念品", "inducement", "s26-pub-emblem", "high"),
    ("Kids smartwatch. Ask mom and dad to buy it for you today", "inducement", "s26-en-minor-ask", "medium"),
    ("益生碱 调理神奇想要男孩儿子", "superstition", "r67-gender-boy", "medium"),
    ("转胎药 无用全额退款", "guarantee_claim", "r67-useless-refund", "high"),
    ("辅导学生出国留学被录取的成功率高达98%", "guarantee_claim", "r67-edu-successrate", "medium"),
    ("签约保证升入十大名校之一", "guarantee_claim", "r67-edu-guar-admit", "high"),
    ("凭身份证申请，不看职业不面审，直接放款", "guarantee_claim", "r67-loan-easy", "medium"),
    ("您有一笔现金可提现到银行卡，白用30天", "inducement", "r67-loan-freeuse", "medium"),
    ("看相、排命、风水", "superstition", "r67-fortune-look", "high"),
    ("为剖腹产测算婴儿出生吉日吉时", "superstition", "r67-birth-date-pick", "high"),
    ("塔罗牌占卜 测试老师有8年塔罗牌经验，准确率达90%", "superstition", "r67-fortune-accuracy", "medium"),
    ("该男生一定会在考研前主动联系你", "superstition", "r67-fortune-promise", "medium"),
    ("前两名下单的直接免单！", "inducement", "r67-first-n-free", "medium"),
    ("冰丝防晒衣 UPF2000+", "guarantee_claim", "r67-upf-overstated", "medium"),
    ("防晒衣 高效防晒、多次水洗防晒指数不减", "guarantee_claim", "r67-wash-lasting", "medium"),
    # round 70 (2025–2026 市场监管 typical cases and compliance tips)
    ("高三封闭集训营 保上名校", "guarantee_claim", "r70-edu-bao-school", "high"),
    ("职业资格证培训 包过拿证", "guarantee_claim", "r70-edu-bao-school", "high"),
    ("高考志愿填报服务 上榜率100%", "guarantee_claim", "r70-edu-rate-list", "medium"),
    ("民办高中秋季招生 降分录取", "guarantee_claim", "r70-edu-lower-score", "high"),
    ("高考志愿填报 特殊渠道", "authority_claim", "r70-edu-special-channel", "high"),
    ("羊乳粉 政府部门站台推广", "authority_claim", "r70-gov-stand", "high"),
    ("康养公寓 国家补贴 入住即享", "authority_claim", "r70-gov-care-project", "medium"),
    ("投资养老公寓 定期返利", "guarantee_claim", "r70-invest-rebate", "high"),
    ("量子技术 养生理疗仪", "authority_claim", "r70-quantum-tech", "medium"),
    ("成人学历提升 报名后国家有助学金奖励", "authority_claim", "r70-edu-gov-grant", "medium"),
    ("成人学历提升 政策即将变化 抓紧报名", "inducement", "r70-policy-rush", "medium"),
    ("短视频代运营 可以把流量放大一百倍", "guarantee_claim", "r70-traffic-multiple", "medium"),
    # held-out claims round 71 (h20b): FDA Healthy Male 2025 / Royal Peptides 2026 weight-reduction percentages
    ("Compounded tirzepatide – Clinically shown to support 22% average body weight reduction", "guarantee_claim", "c71-en-pct-weight-reduction", "medium"),
    # held-out claims round 72 (h21a): court rulings and 公益诉讼 wording
    ("新风系统 99.9%超强净化率", "guarantee_claim", "r72-rate-hype", "medium"),
    ("深海鱼油 通过GMP认证 放心食用", "authority_claim", "r72-gmp-certified", "medium"),
    ("富硒茶 全国品牌委员会重点推广产品", "authority_claim", "r72-org-promoted", "medium"),
    ("新品体验 交1000元保证金即可免费试用", "inducement", "r72-deposit-free-trial", "medium"),
    ("免费试用 分享使用感受 还能获得500元现金返还", "inducement", "r72-share-cash-reward", "medium"),
    ("收腹塑身衣 5分钟塑造S曲线", "guarantee_claim", "r72-minutes-body-shape", "medium"),
    ("提臀裤 完全抵抗地心引力", "guarantee_claim", "r72-defy-gravity", "medium"),
    ("轮胎保养套餐 价格比友商低10%", "absolute_term", "r72-cheaper-than-rivals", "medium"),
    ("洗衣液 比同类产品效果好三倍", "absolute_term", "s21-rival-times", "medium"),
    ("净水器 同行业中最为领先的技术", "absolute_term", "r72-most-adj", "medium"),
    ("能量手环 纠正细胞频率", "guarantee_claim", "r72-cell-frequency", "medium"),
    # held-out claims round 73 (h22a): agriculture and veterinary goods
    ("兽药 本品由保险公司承保 放心使用", "guarantee_claim", "c73-agri-insure", "medium"),
    ("杀虫剂 荣获省级金奖产品", "authority_claim", "c73-agri-award", "medium"),
    ("Lawn mosquito spray, pet friendly and kid friendly", "guarantee_claim", "c73-en-pesticide-friendly", "medium"),
    # session 20: photo and follow-up reviews paid in cash
    ("晒图返现3元 追评返2元", "inducement", "ind-review-reward", "high"),
    # held-out claims round 74 (h22b): ASA rulings on magnesium sprays
    ("Zinc spray absorbs 3 times faster than ordinary tablets", "absolute_term", "c74-en-times-than-tablets", "medium"),
    ("the purest mineral source known.", "absolute_term", "c74-en-most-known", "medium"),
    # session 22 self-probes
    ("消毒液 杀灭一切病菌", "guarantee_claim", "s22-kill-all-germs", "medium"),
    ("除草剂 一次用药 永不再长", "guarantee_claim", "s22-never-grow-back", "high"),
    ("国货精华 秒杀所有同类产品", "absolute_term", "s22-beat-rivals", "high"),
    ("Bed bug spray kills 100% of bed bugs instantly", "guarantee_claim", "s22-en-kills-100", "medium"),
    ("确认收货后联系客服返现", "inducement", "s22-receipt-cashback", "medium"),
    ("人民日报点赞的国货好物", "authority_claim", "s23-state-media-praise", "high"),
    ("中国地图 台湾国 挂图", "inducement", "s23-taiwan-state", "high"),
    ("女人就该在家带孩子 这口锅必须有", "inducement", "s23-gender-role", "medium"),
    ("健身私教课 胖子不配谈恋爱", "inducement", "s23-body-shame", "medium"),
    ("Negative ion bracelet balances your body's energy", "authority_claim", "s23-en-energy-balance", "medium"),
    ("Quantum energy card improves water and food", "authority_claim", "s23-en-quantum-goods", "medium"),
    ("Fuel saver device boosts mileage by 35%", "authority_claim", "s23-en-fuel-saver", "medium"),
    ("5G radiation shield pendant protects your DNA", "guarantee_claim", "s23-en-5g-protect", "medium"),
    ("福袋 随机发货 不退不换", "inducement", "s23-no-return-shop", "medium"),
    ("国货面霜 质量超越国际大牌", "absolute_term", "s23-beat-big-brands", "medium"),
    ("去屑洗发水 头皮屑一洗就没", "guarantee_claim", "s23-gone-on-use", "high"),
    ("Endorsed by the American Heart Association", "authority_claim", "s23-en-org-endorsed-by", "medium"),
    ("Endorsed by the Mayo Clinic", "authority_claim", "s24-en-institution-endorsed", "medium"),
    ("转发朋友圈集赞送礼品", "inducement", "s24-share-for-reward", "medium"),
    # session 25 probe: a cosmetic called edible (the frame's classes: cosmetics only)
    ("儿童面霜 食品级配方 宝宝可以吃的面霜", "guarantee_claim", "s25-cos-edible", "medium"),
    ("帝王绿手镯 39999破价 399抢", "inducement", "c92-live-breakprice", "medium"),
    ("Limited stock! Prices go up at midnight", "inducement", "s24-en-price-rise", "medium"),
    ("Official NHS supplier of compression socks", "authority_claim", "s24-en-state-supplier", "medium"),
    ("Takes 10 years off your face in a week", "guarantee_claim", "s24-en-years-off", "medium"),
    # held-out claims round 76 (h24a): beneficiary counts, pseudo-physics goods, deposit multiples,
    # school places sold with a flat, counted patents without numbers
    ("据不完全统计，青少年受益者已超过400万", "guarantee_claim", "r76-beneficiaries", "medium"),
    ("暗物质洗发水 浓密秀发", "authority_claim", "r76-pseudo-darkmatter", "medium"),
    ("成倍利息（超活期存款利息30倍）", "guarantee_claim", "r76-deposit-multiple", "high"),
    ("富瑞星座现房带青园学位", "guarantee_claim", "r76-house-school-place", "medium"),
    ("燃气热水器 20余项国家专利造行业精品", "authority_claim", "r76-patent-count", "medium"),
    # held-out claims round 77 (h24b): ASA, CAP, FDA/FTC English enforcement
    ("Pest control you can trust: RSPCA inspected", "authority_claim", "c77-en-official-body-endorse", "medium"),
    ("Government Approved Debt Relief for UK residents", "authority_claim", "c77-en-gov-debt-scheme", "medium"),
    ("Apply today and have 70% of your debt written off", "guarantee_claim", "c77-en-debt-writeoff-pct", "medium"),
    ("Fuel saver chip: improves fuel economy by up to 30%", "guarantee_claim", "c77-en-fuel-saving", "medium"),
    ("Chinese made masks are untested and could harm you", "absolute_term", "c77-en-imports-unsafe", "medium"),
    ("My hair grew 4 inches in 2 months with these gummies", "guarantee_claim", "c77-en-hair-grew-inches", "medium"),
    ("Firming body lotion to tone and look slimmer", "guarantee_claim", "c77-en-tone-thinner", "medium"),
    ("Our protein shake works better than anything else available", "absolute_term", "c77-en-than-anything-else", "medium"),
    ("Visible results within 30 days or your money back", "guarantee_claim", "c77-en-improve-or-money-back", "medium"),
    ("Thermogenic capsules burn up to 900 calories of stored fat", "guarantee_claim", "c77-en-fat-calories-day", "medium"),
    ("燃气热水器 20余项国家专利造行业精品", "authority_claim", "r76-patent-count", "medium"),    # held-out claims round 78 (h24d, Taiwan/Hong Kong): "the first legal/approved", "legal slimming"
    ("藥妝店第一個合法減重食品", "absolute_term", "r78-first-approved", "high"),
    ("电视购物史上第一个卫生署核准合法减重食品", "authority_claim", "r78-legal-function", "medium"),
    # claims round 79 (hc9800–hc9824, h25a): 法治日报 2025 减肥 investigations
    ("减重牙膏 让你刷刷牙就能瘦", "guarantee_claim", "r79-slim-routine", "high"),
    ("甩脂仪器 今天做完明天就能瘦", "guarantee_claim", "r79-slim-routine", "high"),
    ("瘦身仪器 当场减腰围2至5厘米", "guarantee_claim", "r79-slim-instant", "high"),
    ("甩脂仪器 使用1次相当于跑步5小时", "guarantee_claim", "r79-session-exercise", "medium"),
    ("纤体素 轻松让你变成易瘦的健康体质", "guarantee_claim", "c41-slim-constitution", "high"),
    # held-out claims round 80 (h25b, English pest devices, pesticides, government affiliation)
    ("Ultrasonic pest repeller eliminates rodent infestations", "guarantee_claim", "r80-en-ultrasonic-pest", "medium"),
    ("Plug-in repeller: scientific tests prove product effectiveness", "authority_claim", "r80-en-tests-prove", "medium"),
    ("Cedar oil spray developed at the request of the USDA", "authority_claim", "r80-en-gov-request", "medium"),
    ("Bed bug spray killing 90% of bedbugs within 2 seconds of contact", "guarantee_claim", "r80-en-pest-kill-rate", "medium"),
    # held-out claims round 82 (h27a, food and health-food claims, infant formula, 特医 look-alikes)
    ("增高产品 急速增高17厘米", "guarantee_claim", "r82-growth-cm", "high"),
    ("冠军宝贝 婴儿配方奶粉 1段", "authority_claim", "r82-infant-formula-name", "medium"),
    ("乳清蛋白固体饮料 特医配方 适合过敏宝宝", "authority_claim", "r82-food-as-fsmp", "high"),
    ("氨基酸粉 湿疹宝宝专用", "authority_claim", "r82-allergy-baby-only", "medium"),
    ("代餐奶昔 7天后体重就能明显下降", "guarantee_claim", "r82-days-weight", "high"),
    ("解酒糖 喝酒前2粒 随便喝", "inducement", "r82-drink-fearless", "high"),
    # held-out claims round 83 (直播带货/短视频/私域 wording)
    ("主讲人 活药奇方当代传承人 推荐口服液", "authority_claim", "r83-formula-heir", "medium"),
    ("祖传秘方第三代传承人 调理三高", "authority_claim", "r83-formula-heir", "medium"),
    # held-out claims round 84 (English enforcement wording: ASCI, ASA NZ, Competition Bureau)
    ("Slimming kit: you will not regain the lost weight", "guarantee_claim", "r84-en-no-regain", "medium"),
    ("Ayurvedic gargle, the only medicine of its kind in the whole world", "absolute_term", "r84-en-only-kind", "medium"),
    ("Herbal gargle: even if swallowed by mistake, there is no harm", "guarantee_claim", "r84-en-even-swallowed", "medium"),
    ("Flash deal - 90% of stock is already gone", "inducement", "r84-en-stock-gone", "medium"),
    # held-out claims round 85 (hc10200–hc10236: 协议班, 少儿编程, 知识付费/AI 卖课, 学位房, 收藏品回购, 美容仪)
    ("公务员考试协议班 5万元包过 否则退款", "guarantee_claim", "r85-pass-price-refund", "high"),
    ("驾校 包过 不过退费", "guarantee_claim", "r85-pass-price-refund", "high"),
    ("公考协议班 助力轻松上岸", "guarantee_claim", "r85-ashore-help", "medium"),
    ("少儿编程 3天拿国字号证书", "guarantee_claim", "r85-cert-days", "high"),
    ("少儿编程课 学编程保送清北", "guarantee_claim", "r85-edu-direct-school", "medium"),
    ("短视频变现课 导师出道1个月变现1000万元", "guarantee_claim", "r85-income-span", "high"),
    ("跨境电商培训 0基础小白首次开网店月入30000+", "guarantee_claim", "r85-income-context", "high"),
    ("电商课 用DeepSeek教你月销售额提高三十万", "guarantee_claim", "r85-sales-up-teach", "medium"),
    ("普通人如何利用DeepSeek日进斗金", "guarantee_claim", "r85-rich-teach", "medium"),
    ("精英教育课 一次改变家族命运的机会", "guarantee_claim", "r85-family-fate", "medium"),
    ("编程网课 10节课编程入门速成", "guarantee_claim", "r85-learn-fast", "medium"),
    ("写作课 5分钟掌握写作技巧", "guarantee_claim", "r85-learn-fast", "medium"),
    ("签约师范附小 放飞优学希望", "guarantee_claim", "r85-school-sign", "medium"),
    ("连号人民币册 每年按10%的升值幅度来回购", "guarantee_claim", "r85-buyback-rise", "high"),
    ("射频美容仪 七天换脸", "guarantee_claim", "r85-days-newface", "medium"),
    # held-out claims round 88 (hc10500–hc10535): 医美/医疗机构, children's goods, 招商/投资, real estate
    ("口腔门诊 种植牙终身质保", "guarantee_claim", "r88-med-lifetime", "high"),
    ("双眼皮 纳米无痕 6D精雕", "guarantee_claim", "r88-med-scarless", "medium"),
    ("只需不到一个月，孩子就能掌握数学157种速算方法", "guarantee_claim", "r88-edu-kid-master", "medium"),
    ("这个课可是北大名师带队教学", "authority_claim", "r88-edu-elite-teacher", "medium"),
    ("眼脑同补，铸就全A学霸", "guarantee_claim", "r88-xueba-forge", "medium"),
    ("内卷时代 中高考逆袭套餐", "guarantee_claim", "r88-xueba-forge", "medium"),
    ("教辅读本 联合国教科文组织力荐", "authority_claim", "r88-un-endorse", "medium"),
    ("5分钟车程抵达番禺", "guarantee_claim", "r88-est-drive-time", "medium"),
    ("4铁6轨交通圈 坐享资产升值加速度", "guarantee_claim", "r88-asset-rise", "high"),
    ("公益口罩机 两年就能赚一倍", "guarantee_claim", "r88-money-multiply", "high"),
    ("交由公司代管 只需在家数钱", "guarantee_claim", "r88-money-at-home", "medium"),
    # claims round 90 (hc10700–hc10725): food-label and food-ad claims
    ("宝宝酱油 添加核桃油 科学补充营养", "authority_claim", "r90-condiment-nutrition", "medium"),
    ("婴儿专用海苔 原味", "authority_claim", "r90-baby-only-food", "medium"),
    ("土鸡蛋 可生食 打开即吃", "authority_claim", "r90-antibiotic-free-egg", "medium"),
    ("无抗养殖 黑猪肉", "authority_claim", "r90-antibiotic-free-egg", "medium"),
    ("腋臭微创 可达到一次去除的效果", "guarantee_claim", "r88-one-remove", "high"),
    ("奶茶加盟 小白也能当老板", "guarantee_claim", "r88-franchise-novice", "medium"),
    # held-out claims round 86 (hc10300–hc10336: 香港消委会《选择》、中医美容、电疗，台湾卫生局、地下电台)
    ("雙效蔓越莓益生菌 私密處保養", "authority_claim", "r86-oral-intimate", "medium"),
    ("女士益生菌 提升女性私密部位健康", "authority_claim", "r86-oral-intimate", "medium"),
    ("中醫美容療程 次次都可以保險索償", "inducement", "r86-beauty-insurance", "medium"),
    ("何首烏錠 很多人本來拿拐杖，吃這個吃到不用拿！", "authority_claim", "r86-cane-testimony", "high"),
    ("关节膏 贴了三个月 扔掉了拐杖", "authority_claim", "r86-cane-testimony", "high"),
    ("減肥膠囊 7天減10 KG", "guarantee_claim", "guar-weight-rate", "high"),
    # held-out claims round 87 (hc10400–hc10441: green claims — FTC bamboo, Moonlight Slumber, ECM BioFilms,
    # ACM H&M/Decathlon, AGCM Shein; 绿色食品, 植物纤维洗脸巾, 天然竹纤维, 可降解, 零农残)
    ("Queen sheet set, 100% bamboo, deep pocket", "authority_claim", "r87-en-bamboo-fibre", "medium"),
    ("Bamboo bath towels, eco-friendly and sustainable", "authority_claim", "r87-en-bamboo-green", "medium"),
    ("Organic crib mattress, waterproof cover", "authority_claim", "r87-en-organic-mattress", "medium"),
    ("Mattress topper with plant-based memory foam", "authority_claim", "r87-en-plant-foam", "medium"),
    ("Zero VOC wall paint for nurseries", "authority_claim", "r87-en-voc-free", "medium"),
    ("Shop our Responsible Edit of denim", "authority_claim", "r87-en-green-range", "medium"),
    ("Knit top made from eco-sustainable materials", "authority_claim", "r87-en-green-material", "medium"),
    ("Bin liners that biodegrade in any environment", "authority_claim", "r87-en-degrade-anywhere", "medium"),
    ("五常大米 通过绿色食品认证 5kg", "authority_claim", "r87-green-food-mark", "medium"),
    ("五常大米 绿色食品 5kg", "authority_claim", "r87-green-food-bare", "low"),
    ("植物棉洗脸巾 一次性 加厚", "authority_claim", "r87-plant-fibre-wipe", "medium"),
    ("天然竹纤维浴巾 吸水速干", "authority_claim", "r87-bamboo-fibre-zh", "medium"),
    ("可降解餐盒 自然降解 一次性", "authority_claim", "r87-degrade-nature", "medium"),
    ("聚乙烯可降解垃圾袋 加厚", "authority_claim", "r87-pe-degradable", "medium"),
    ("黄瓜 无农残 现摘现发", "guarantee_claim", "r87-zero-residue", "medium"),
    # held-out claims round 89: origin stated against itself (GI with another origin, 原瓶进口 with a
    # domestic 灌装地, a province before 龙井, two countries of origin)
    ("阳澄湖大闸蟹 鲜活现货 产地：江苏兴化", "authority_claim", "c89-gi-other-origin", "medium"),
    ("福建龙井 新茶上市", "authority_claim", "c89-province-longjing", "medium"),
    ("法国原瓶进口 干红葡萄酒 灌装地：山东烟台", "authority_claim", "c89-import-domestic-origin", "medium"),
    ("法国生产 粉红葡萄酒 原产国：西班牙", "authority_claim", "c89-two-origins", "medium"),
    ("Keto capsules - Shark Tank Official Product", "authority_claim", "r91-en-tv-show-endorse", "medium"),
    ("Collagen gummies as seen on CNBC and Fox News", "authority_claim", "r91-en-as-seen-on-media", "medium"),
    ("Standing desk - 4.8 star rating from 9,000 customer reviews", "authority_claim", "r91-en-review-score", "medium"),
    ("Leave a 5-star review and get 15% off your next order", "inducement", "r91-en-review-for-stars", "high"),
    ("Only two left - order now before they are gone", "inducement", "r91-en-stock-words", "medium"),
    ("Bundle offer ends in 14:59, checkout now", "inducement", "r91-en-timer", "medium"),
    # held-out claims round c93: 2024-2026 regulator wording (ARB, NAD, ASA, FTC)
    ("The highest protein content on the market", "absolute_term", "c93-en-highest-market", "high"),
    ("The first clinic in the UK to offer this laser", "absolute_term", "c93-en-first-in-country", "medium"),
    ("Face recognition with zero gender or racial bias", "absolute_term", "c93-en-bias-free", "medium"),
    ("Face unlock can't be fooled by a photo", "guarantee_claim", "c93-en-spoof-proof", "medium"),
    ("Our plugin will make any website WCAG compliant", "guarantee_claim", "c93-en-compliance-guarantee", "medium"),
    ("Say goodbye to ants, roaches and mice", "guarantee_claim", "c93-en-pest-sweep", "medium"),
    ("All of our ingredients are sustainably sourced", "authority_claim", "c93-en-all-sourced", "medium"),
    ("The leaders in sustainable travel", "authority_claim", "c93-en-green-leader", "medium"),
    ("A green and effective solution to weeds", "authority_claim", "c93-en-green-effective", "medium"),
    ("Expert rating 9.7 out of 10", "authority_claim", "c93-en-expert-score", "medium"),
    ("After testing hundreds of serums we kept coming back to this one", "authority_claim", "c93-en-tested-hundreds", "medium"),
    ("An eye gel that targets every eye concern", "absolute_term", "c93-en-every-concern", "medium"),
    ("We ban over 1500 toxic ingredients", "authority_claim", "c93-en-free-of-hundreds", "medium"),
    # held-out claims round c94: platform rules (微信小店 low-price gimmicks, TikTok Shop weight management)
    ("同款拖鞋 别家比我便宜算我输", "inducement", "c94-dare-lose", "medium"),
    ("乳清蛋白 10天增肌10kg", "guarantee_claim", "c94-muscle-amount", "high"),
    ("增肌粉 快速增肌", "guarantee_claim", "c94-muscle-fast", "medium"),
    ("代餐奶昔 轻松减重", "guarantee_claim", "c94-slim-easy", "medium"),
    # held-out claims round c95: FDA/FTC 2022-2026 letters to online sellers
    ("Blemish patch that reduces redness by 60% overnight", "authority_claim", "c95-en-percent-effect", "medium"),
    # held-out claims round 28 c106: 直播带货 wording (celebrity use, 告别黑头痘痘, bare 权威认证 on supplements)
    ("薇旖美胶原蛋白 很多明星都在使用", "authority_claim", "c106-star-use", "medium"),
    ("黑头粉刺工具套装 告别黑头痘痘粉刺脂肪粒", "guarantee_claim", "c106-farewell-skin", "medium"),
    ("深海鱼油软胶囊 权威认证 海外进口", "authority_claim", "c106-vague-auth-cert", "medium"),
]

PUBLIC_ORDER = [
    ("8424西瓜比小三更有味", "pub-vulgar-compare"),
    ("手打渣男柠檬茶", "渣男"),
    ("这次真高潮了！", "pub-innuendo"),
    ("快让爸爸妈妈给你买", "pub-minor-ask"),
    ("比你的同学更早拿下高分", "pub-minor-peer"),
    ("别让孩子输在起跑线", "pub-startline"),
    ("小朋友们快来买", "pub-minor-ask"),
    ("不买会被同学笑话", "pub-minor-peer"),
    ("绿茶婊", "婊"),
    # sector round (hc1600–hc1680)
    ("寒假一过，同学之间差距就拉开了", "pub-anxiety-behind"),
    ("偷爸妈的钱也要买", "pub-steal"),
    ("男人比女人还懒 搞笑T恤", "pub-gender-demean"),
    ("偷情神器", "pub-sexpill"),
    ("此生上岸", "此生上岸"),
    ("网瘾少年必备", "网瘾少年"),
    ("蛋疼神器", "蛋疼"),
    ("MLGB印花卫衣", "MLGB"),
    ("王八蛋面包", "王八蛋"),
    ("考上公务员 人生赢家", "pub-career-values"),
    ("薄腌野生长江大白刁", "fc-yangtze-wild-fish"),   # held-out claims round 14
    ("你为什么相亲总失败，就是因为没有好身材和好脸蛋", "c33-looks-anxiety"),   # claims round 33
    # held-out claims round 67 (h19a)
    ("洞庭湖的野生鱼 洞庭湖特产", "r67-lake-wild-fish"),
    ("长江刀鱼，今天开始正式开卖", "r67-yangtze-species"),
    ("挑战大胃王 规定时间内食用108个抄手", "r67-food-waste"),
    ("手打海王柠檬茶", "r67-pub-flirt-drink"),
    ("生了女儿怎么办？二胎用碱孕宝", "r67-gender-daughter"),
    # held-out claims round 88
    ("北大清华毕业的老师带队授课，你为什么不给我报？", "pub-r88-child-demand"),
    ("现在是开发孩子思维能力的黄金期，错过了就再也没机会了", "pub-r88-golden-window"),
    ("这款是班里的热门款，孩子用着有面子", "pub-r88-peer-face"),
    # held-out claims round c94
    ("比我家便宜的都是孙子", "c94-price-curse"),
    ("真丝睡衣 穷人勿进", "c94-keep-out-poor"),
    ("胖就是懒 收腹裤", "c94-body-shame-lazy"),
]

SEV = {"info": 0, "low": 1, "medium": 2, "high": 3}


def _hit(f, key):
    return f.term == key or f.term.startswith(key + ":") or f.rule_id.endswith("-F-" + key) or f.term.lower() == key.lower()


def frame_ids(text):
    return {f.id for f, *_ in frames().matches(normalize_key(text))}


@pytest.mark.parametrize("text,category,key,minsev", POSITIVE)
def test_claim_frames_find_the_claim(scanner, text, category, key, minsev):
    ids = {r["id"] for r in csv.DictReader(open(FRAMES, encoding="utf-8-sig"))}
    if key in ids:  # the frame matches; the finding may come from a lexicon row of the same claim
        assert key in frame_ids(text), frame_ids(text)
    fs = ad_findings(scanner, text)
    hits = [f for f in fs if f.category == category and (key in ids or _hit(f, key))]
    assert hits, [(f.term, f.category, f.severity) for f in fs]
    f = max(hits, key=lambda f: SEV[f.severity])
    assert SEV[f.severity] >= SEV[minsev], (f.term, f.severity)
    assert f.law and f.suggestion and f.explanation
    assert f.matched_text and f.matched_text in text


@pytest.mark.parametrize("text,key", PUBLIC_ORDER)
def test_public_order_category(scanner, text, key):
    if key.startswith("pub-"):
        assert key in frame_ids(text)
    fs = severe(ad_findings(scanner, text))
    po = [f for f in fs if finer_category(f.category, f.rule_id) == "public_order"
          and (key.startswith("pub-") or _hit(f, key))]
    assert po, [(f.term, f.category) for f in fs]
    # the contract's column says inducement; the rule id and the label keep public order
    assert po[0].rule_id.startswith("AD-PUB-") and po[0].category == "inducement"
    assert category_zh(po[0].category, po[0].rule_id) == "公序良俗/未成年人"


LAWFUL = [
    # round 33: coupon arithmetic — the 原价 a coupon is taken from is the current price; a plain review request
    "原价19.9元【券后9.9元】包邮",
    "收到宝贝满意的话欢迎晒图好评",
    # real listings round 8: service promises with a day count and 解决…问题, duration claims, 击退 pests
    "3天内解决配送问题",
    "售后问题7天内解决",
    "7天无理由退换 3天内解决您的物流问题",
    "7天内解决安装问题 上门服务",
    "24小时抗皱保湿晚霜",
    "击退蚊虫 驱蚊液",
    "淡化黑眼圈 眼霜",
    # claims round 12: look-alikes of auth-party-anniv and false-nochem-dye
    "建党100周年纪念币 中国人民银行发行",
    "化学染发剂 使用前请做皮肤过敏测试",
    "985学生家教 3人小班",
    "就业协议书 模板",
    "同城配送 半小时即达",
    # reviews: a reward for any photo review (not a specified rating), praise, a refusal
    "晒图送100元+烤箱",
    "本店不做好评返现",
    "好评如潮，下单送赠品",
    "好评率高达99%，领券更优惠",
    "充电5分钟后领取优惠券",
    # patents: the number given with the claim; design patents are only a reminder
    "专利技术，专利号ZL201820123456.7",
    "专利号：ZL 2018 2 0123456.7 专利配方",
    "获得多项国家专利",
    "不侵犯他人专利",
    # 非转基因 where GM varieties exist (soybeans, maize, rapeseed) may be true
    "非转基因大豆油",
    "东北黄豆，非转基因",
    "非转基因原料，零添加",
    # guarantees: quality and returns promises, negations, specs
    "品质保证，保证正品，确保安全",
    "不保证效果，因人而异",
    "保证有效期内免费维修",
    "保证通过质检才发货",
    "七天无理由退换，过敏包退",
    "支持退款，不过退款需要运费自理",
    "不好吃不要钱",
    "假一赔三",
    "坏果包赔 包邮 包装精美",
    "面包过期不退，书包分层设计",
    "一箱=24瓶，1包=20片",
    "食品级硅胶，宝宝可以放心啃咬",
    "24小时内发货，3天到货，每天使用15分钟",
    "高筒靴，一秒瘦腿，显瘦百搭",
    "小白鞋一擦就白",
    "无底线接受任何理由退换货，0风险0顾虑",
    # authority: real certifications, instructions, look-alike names
    "经国家指定检测机构检测合格",
    "国家推荐标准GB/T 12345，符合国家标准",
    "通过国家CCC认证",
    "中央空调专用遥控器",
    "韩式部队火锅专用芝士片",
    "教育部发布的通知，行业峰会现场",
    "请在医生指导下使用，孕妇请咨询医生建议",
    "由专家团队研发",
    "护士鞋同款小白鞋，需提供医院证明",
    "Moto G20专用手机壳",
    "35万亩蚕桑基地特供优质蚕茧",
    "骆驼首席设计师出品",
    "店铺：首席生鲜专营店",
    # inducement: ordinary prices, stock counts, recipes
    "到手价仅499元，满199减100",
    "抽奖送5万元现金大奖，一等奖：价值199元的礼品",
    "最后50名",
    "炖煮最后五分钟加盐",
    "活动最后五分钟",
    # public order: ordinary idioms
    "跌宕起伏，高潮迭起",
    "剧情进入高潮了",
    "让妈妈更放心购买",
    "和妈妈一起穿的亲子装",
    "穿上瘦10斤，显瘦10斤",
    "投资有风险，理财需谨慎；零风险购物",
    "印度支那半岛",
    # English
    "most people love it, fits most phones",
    "It was $20 in 2019 and prices rose",
    "for the most part",
    "consult your doctor before use",
    "This product is not FDA approved",
    "Made in an FDA registered facility",
    "Research shows that drinking water helps",
    # round 28: registered 特医食品 and honest 固体饮料 copy
    "特殊医学用途婴儿配方食品 乳蛋白深度水解配方 请在医生或临床营养师指导下使用",
    "蛋白固体饮料 非特殊医学用途配方食品",
    "固体饮料 冲调饮品 香草味",
    # round 30: price and income look-alikes
    "吊牌价199元，直播间只要下单就送运费险",
    "市场上卖的大多是合成面料，直播间这款是纯棉",
    "每月收入证明模板 可打印",
    "月均收入5万以下家庭适用的理财规划书",
    "每月挣多少才够花？家庭记账本",
    # real listings round 22: a review, after-sales and a refund in one sentence without a reward for the review;
    # a heading mark before a count (###1张 = one sheet) is no #1 ranking
    "好评率高 售后无忧 七天无理由退货返运费",
    "好评后返场上新",
    "我们不搞好评后返现",
    "###1张老鼠贴免单来袭 ###拍3张装",
    "#1件装 #2件装 可选",
    # claims round 44 (h13g): look-alikes of the c44-* frames
    "已获国家知识产权局授权发明专利 专利号ZL202110000000.1",   # a patent grant, not a state endorsement
    "步行10分钟可达西湖景区 民宿",                               # travel time for a guesthouse, not real estate
    "同城配送 下单后30分钟可达",
    "小白鞋清洗剂 只需一次 鞋面就白了",                         # shoes, not teeth or skin
    "首只半价 宠物玩具",                                         # an ordinal promotion, not a fund
    "黄金回购 按当日金价回收",                                   # a buy-back service, no promise
    "非遗传承人手工制作 竹编果盘",                               # the official title, not a “非遗大师”
    "全国第二大淡水湖 洞庭湖风光明信片",                         # geography, not a product ranking
    "专业对口 学校推荐就业",
    # claims round 42 (h13b): look-alikes of the c42-en-* frames
    "A free coffee for an honest review",
    "Thank you for your 5-star review!",
    "Leave a review and get 10% off your next order",
    "Made $50 in her first sale",
    "The first month is free, then $9.99 per month",
    "Action figure collection, 7 figure set",
    "$9.99 monthly subscription fee",
    "Unlimited data plan, unlimited calls",
    "The road to financial freedom: personal finance book",
    "HEPA air purifier for clean air in every room",
    "No better than any other",
    "Assembled in USA from imported components",
    "Designed in USA, made in China",
    "Proven effective by independent lab test SGS report no. 12345",
    # claims round 41 (c41-*): a savings target, an exam countdown, an office's own restaurant,
    # claims allowed on 3–12-year-olds' cosmetics, shoe height, a book's editor
    "存钱罐 一年存下1万零花钱目标",
    "冲刺180天 考研复习资料",
    "云南驻京办餐厅 招牌菜 堂食套餐",
    "儿童面霜 修护 3-12岁适用",
    "内增高鞋垫 穿上就能增高5cm",
    "中国营养学会理事长主编 中国居民膳食指南2022 图书",
    # a promise named in order to warn against it (防骗提示): lawful_uses.csv 防骗提示
    "反诈宣传手册 警惕低风险高收益的投资骗局",
    "防骗科普书 小心保本高收益的理财陷阱",
    # a garment's slimming look is instant (lawful_uses.csv 穿着显瘦); 减肥效果立竿见影 stays high
    "高腰打底裤 女 减肥不是一天，显瘦却能立竿见影",
    # claims round 47 (c47-*, 0甲醛): a stated test, a fabric spec, negated eating, food-contact silicone, ENF boards
    "电磁屏蔽布 屏蔽效能60dB 工业用",
    "除螨仪 除螨率81.2%（QB/T 5363-2019）",
    "螨虫过敏原科普 尘螨的寿命约为3个月",
    "儿童面霜 不可食用 请放在儿童够不着的地方",
    "儿童润唇膏 不能吃 请勿食用",
    "食品级硅胶 儿童餐具 宝宝辅食碗",
    "0甲醛添加 实木颗粒板 ENF级",
    "无醛添加 ENF级 多层实木板",
    "电热毯 经国家质检部门抽检合格 CCC认证证书编号见详情",
    # claims round 51 (c51-*): a warning about side effects, a spec with no promise
    "药品说明书 并非没有任何副作用 请遵医嘱",
    "手工挂面 没有任何添加剂 配料：小麦粉、水、盐",
    "哪里买的胖大海 润喉糖",
    # claims round 46 (h13i): look-alikes of r46-* frames and terms
    "Microfiber cloth cleans with water only, no chemicals needed",
    "Whey protein, 25 g of protein per scoop to support muscle growth",
    "Gym log book: track how many kg you lift in 12 weeks",
    "Shoe spray with antimicrobial treatment to protect the product from odor-causing bacteria",
    "Erection of the tent takes 5 minutes",
    "New motor, 30% more powerful than our previous model",
    "Guide to how to build muscle fast and safely: a training book",
    "Tablet is twice as large as the phone",
    # claims round 50 (h14c): look-alikes of the c50-* authority and safety frames
    "Book a consultation with our skin specialists in store",
    "Non-toxic wax crayons, safe for all ages",
    "Safe for all skin types, including sensitive skin",
    "Course accredited by the CPD Standards Office",
    "Recognised by the Guinness World Records as the largest kite",
    "CE certified safety goggles, EN 166",
    "FDA cleared and CE marked device",
    "Sunscreen SPF tested under FDA guidelines",
    "Study desk under the supervision of parents",
    # claims round 48 (h14a): look-alikes of c48-fat-gone and c48-auth-gov-guide
    "燃脂運動手環 記錄消耗卡路里",
    "經濟部商業登記 合法公司 統一編號可查",
    "塑身衣 穿上視覺顯瘦 修飾小腹線條",
    "行政院環保署 環保標章 認證產品",
    # claims round 76 (h24a): look-alikes of the r76 frames
    "暗物质与暗能量 科普读物 精装",
    "暗物质探测卫星 悟空号 1:30 模型",
    "意外险 受益人可指定 保额50万",
    "公益联名T恤 每售出一件捐1元 受益儿童超过2万名",
    "银行定期存款 利率以银行公布为准",
    "二手房 房源不带学位 南北通透",
    "外观设计专利 ZL202030123456.7 等3项专利",
    # claims round 83: look-alikes of r83-formula-heir and r70-quantum-tech (量子科学)
    "国家级非物质文化遗产代表性传承人 手工竹编果篮",
    "量子科学 少儿科普读物 图解版",
    "卤味配方传承三代 秘制酱料",
    # claims round 85: look-alikes of the r85 frames
    "二手轿车 5.8万元包过户 手续齐全",
    "年货礼盒 5000元包过年 送长辈",
    "公考笔试课 助你系统复习行测申论",
    "职业技能等级证书 考试合格后约30天拿证",
    "报名后7天内寄出证书",
    "遥控直升机模型 合金机身 211元",
    "淘宝直通车推广 985元套餐",
    "签约主播 名校毕业 才艺出众",
    "春联 财源广进 日进斗金",
    "知识改变命运 励志书法挂画",
    "电动打蛋器 3分钟学会使用",
    "本课程共12讲 配套练习",
    "肌肤约28天一个更新周期",
    "非保本浮动收益型理财产品 风险等级R2",
    "本产品不保本 不承诺收益",
    # claims round 88 look-alikes
    "空调 整机质保3年 终身上门维修服务",
    "纳米无痕胶 双面胶 强力固定 可水洗",
    "无痕挂钩 免打孔 不留痕迹 承重5kg",
    "孩子0-3岁大脑发育关键期 早教绘本 亲子共读",
    "清华大学出版社 Python编程 教材",
    "学霸笔记本 A5 加厚100页",
    "联合国教科文组织世界遗产 黄山 风景明信片",
    "民宿 距景区10分钟车程即可到达古镇",
    "一次去除99%油污 厨房清洁剂",
    "送礼有面子 茶叶礼盒装",
    "小白也能轻松上手 单反相机入门",
    "戒烟打卡日历 手账贴纸 戒烟第1天到第100天",
    "少儿英语分级读物 第1级 含点读音频",
]


@pytest.mark.parametrize("text", LAWFUL)
def test_lawful_look_alikes_stay_clean(scanner, text):
    fs = severe(ad_findings(scanner, text))
    assert not fs, [(f.matched_text, f.term, f.severity) for f in fs]


def test_every_claim_frame_has_a_positive_example():
    ids = {r["id"] for r in csv.DictReader(open(FRAMES, encoding="utf-8-sig")) if r["id"]}
    covered = set()
    for text, *_ in POSITIVE + [(t, k) for t, k in PUBLIC_ORDER]:
        covered |= frame_ids(text)
    # the statutory 假一赔三/赔十 frame reports only low; checked below
    missing = ids - covered - {"guar-jiayi-statutory", "ind-lastminutes", "ind-costprice", "pub-slang-low"}
    assert not missing, missing


def test_countdown_minutes_are_low():
    assert "ind-lastminutes" in frame_ids("活动最后五分钟")
    assert [f for f in frames().frames if f.id == "ind-lastminutes"][0].severity == "low"


def test_statutory_compensation_is_low_not_severe():
    fs = frames()
    hits = [f.id for f, *_ in fs.matches("假一赔三")]
    assert hits == ["guar-jiayi-statutory"]
    frame = [f for f in fs.frames if f.id == "guar-jiayi-statutory"][0]
    assert frame.severity == "low"


def test_frame_file_is_well_formed():
    rows = list(csv.DictReader(open(FRAMES, encoding="utf-8-sig")))
    assert len(rows) >= 40
    for r in rows:
        assert not r["id"].startswith("med-"), r["id"]
        assert r["category"] in AD_CATEGORIES and r["category"] != "medical_claim", r
        assert r["law"] and r["suggestion"] and r["explanation"], r["id"]
    fs = frames()
    assert {"STATE", "ENDORSER", "ENDORSER_EXPERT", "ENDORSER_PATIENT", "STATE_LOOKALIKE",
            "ENDORSER_LOOKALIKE"} <= set(fs.slots)


def test_state_lookalike_slot_hides_ordinary_words():
    fs = frames()
    assert not [f.id for f, *_ in fs.matches("部队火锅专用芝士")]
    assert [f.id for f, *_ in fs.matches("部队专用")] == ["auth-state"]


def test_public_order_is_reported_in_a_contract_category():
    """public_order is a finer advertising-law category of the lexicon and the frames (rule ids
    AD-PUB-…); the `category` column carries the contract's values only, so it is reported as
    inducement — a reader filtering on the contract's six advertising categories sees it."""
    assert CATEGORIES[-2:] == ("public_order", "false_claim")  # appended: contract order kept
    assert CATEGORIES[:10] == ("absolute_term", "authority_claim", "medical_claim", "superstition", "inducement",
                               "guarantee_claim", "brand_piggyback", "brand_unauthorized", "brand_compat",
                               "offsite_contact")
    assert "public_order" in AD_CATEGORIES
    assert CAT_CODE["public_order"] == "PUB" and _CAT_ZH["public_order"]
    shared = (ROOT / "docs" / "CONTRACT.md").read_text(encoding="utf-8")
    listed = re.search(r"^\| `category` \|(.*)$", shared, re.M).group(1)
    assert set(REPORTED_AS.values()) <= set(re.findall(r"`(\w+)`", listed))
    assert not set(REPORTED_AS) & set(re.findall(r"`(\w+)`", listed))
    assert contract_category("public_order") == "inducement" and contract_category("medical_claim") == "medical_claim"
    assert finer_category("inducement", "AD-PUB-渣男") == "public_order"
    assert finer_category("inducement", "AD-IND-万人疯抢") == "inducement"
    assert "public_order" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_pinyin_codes_carry_their_meaning():
    rows = [r for r in csv.DictReader(open(ROOT / "lexicons" / "ad_terms.csv", encoding="utf-8-sig"))
            if r["term"] in ("RMDHT", "QGRD", "GYZY", "ZXYJ", "ZNH")]
    assert len(rows) == 5
    for r in rows:
        assert r["category"] == "authority_claim" and r["lang"] == "en"
        assert "“" in r["note"]  # the meaning in Chinese, e.g. “人民大会堂”


@pytest.mark.parametrize("text,key", [("工厂直销出厂价", "ind-costprice"), ("闷骚外套", "pub-slang-low"),
                                      ("活动最后五分钟", "ind-lastminutes")])
def test_low_claims_give_their_own_reason(scanner, text, key):
    fs = [f for f in ad_findings(scanner, text) if f.rule_id.endswith("-F-" + key)]
    assert fs and fs[0].severity == "low"
    # the reason is the claim's, not the absolute-terms guideline's
    assert "绝对化用语执法指南" not in fs[0].explanation and "仅供留意" in fs[0].explanation


@pytest.mark.parametrize("title,description,severity", [
    ("大米", "非转基因", "medium"),           # a penalty case: rice has no GM variety on the market
    ("东北黄豆 5斤", "非转基因", "info"),     # the title names a crop with GM varieties
    ("酱油", "非转基因原料", "low"),          # no crop named: a reminder
])
def test_non_gm_label_depends_on_the_crop_sold(scanner, title, description, severity):
    fs = [f for f in scanner.scan(Listing(id="g", title=title, description=description)).findings
          if f.rule_id.endswith("-F-auth-nongm")]
    assert [f.severity for f in fs] == [severity]


# the frames of held-out rounds 10 (effective rate written number-first, no-exam admission) and
# 11 (state-banquet staples, advice put in an academician's mouth), and the ordinary copy next to them
_ROUND10 = frozenset({"guar-rate-pct-first", "guar-no-exam-admission"})
_ROUND11 = frozenset({"auth-state-staple", "auth-expert-listen"})


@pytest.mark.parametrize("text,frame", [
    ("私人定制生发方案28天见效 97%有效率", "guar-rate-pct-first"),
    ("祛痘疗程 98.5%治愈率", "guar-rate-pct-first"),
    ("成人本科 无需参加高考，即可申请入读本科学历", "guar-no-exam-admission"),
    ("免考试直接拿学历 学信网可查", "guar-no-exam-admission"),
    ("国宴用油 非转基因压榨菜籽油", "auth-state-staple"),
    ("人民大会堂用米 东北珍珠米", "auth-state-staple"),
    ("听钟南山院士的喝牛奶 增强体质", "auth-expert-listen"),
    ("跟着营养专家说的 每天吃一把坚果", "auth-expert-listen"),
])
def test_held_out_round_frames(text, frame):
    assert frame in frame_ids(text)


@pytest.mark.parametrize("text,ids", [
    ("电池充电效率99%", _ROUND10),
    ("免考试 直接下载", _ROUND10),
    ("无需考试即可入群交流", _ROUND10),
    ("军用水壶 户外登山 大容量", _ROUND11),
    ("家用米桶 防虫防潮", _ROUND11),
    ("听老师的话 小学生作文本", _ROUND11),
])
def test_held_out_round_frames_stay_quiet(text, ids):
    assert not ids & frame_ids(text)
