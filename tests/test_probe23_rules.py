"""Rules added in session 23 after probing claim wording the held-out rounds had not covered (no
test row of any corpus was the model; each rule is written for its class of wording):

- scanner/detectors/ad_terms.py: a lexicon term inside a longer term of the same category gives
  way to it — the most specific row names the phrase ("Best seller in Kitchen" is the row
  `best seller`, medium, not `best`, high; 疯抢中, not 疯抢; "satisfaction guaranteed", not
  "guaranteed").
- frames_medical.csv: c41-use-result also reads a use-result testimonial after wearing or sleeping
  on the goods (穿上它腰椎病好了), a symptom that got better (贴了三天 头痛好多了), 血糖稳稳的, and
  a pregnancy promised on use (用了就能怀上).
- frames_claims.csv: s23-state-media-praise (人民日报点赞, 新华社也推荐, 央视新闻点赞: a state
  medium's name as an endorsement, 《广告法》第四条、第十一条、第二十八条); auth-patent-pending also
  reads 专利号申请中.
- frames_medical.csv: s23-treat-organ (治颈椎, 专治关节, 治肠胃: the organ named without a problem noun
  after it); slots/DISEASE.txt: 关节病, 退行性关节病.
- ad_terms.csv: 告别/淡化/修复/改善/消除红血丝 (a skin condition: a cosmetic may not claim to treat
  it); 特种兵专用, 军方专用, 武警专用, 公安专用 … (the army's and the police's names, as 部队专用).
- frames_claims.csv: s23-en-org-endorsed-by (endorsed/recommended by the American … Association);
  s23-gone-on-use (头皮屑一洗就没, 脚气一喷就好); s21-rival-times also reads 续航, 寿命 … (比市面上其他
  产品续航多一倍); r36-review-reward-gift also reads 运费险, 小样, 试用装 as the gift.
- frames_medical.csv: s23-en-enlarge-inches (increase your penis size by 3 inches); ad_terms.csv:
  royal-endorsement wording (official supplier to the royal family, by appointment to her majesty)
  and NASA use claims (used by NASA astronauts), medium; en-doctor-stat also reads “recommended by
  9 out of 10 dentists”; frames_claims.csv: s23-beat-big-brands (质量超越国际大牌, 媲美进口大牌).
- brand_db/cues.csv: 同色号 (YSL同色号: a dupe of the brand's shade); 华强北 after a brand, 华强北版 and
  华强北顶配 beside it (the Shenzhen market's name for clones of the brand's goods: airpods pro 华强北);
  fits like, feels like, tastes like + a brand (a comparison with the brand's goods, as smells like).
- contact_words.csv: Venmo/Cash App/Zelle only, Venmo or CashApp, PayPal friends and family (the sale
  paid outside the marketplace's checkout), medium.
- scanner/detectors/contact_words.py: v我详聊, wx我下单 (“WeChat me”, the app's letter as the verb,
  then what to do there), medium like 加v.
- frames_medical.csv: s23-en-breastmilk (closest to breast milk: the English of 接近母乳), s23-en-iq
  (boosts IQ: the English of 提高智商); c35-en-teething-drug also reads amber teething necklaces (FDA
  2018 warning).
- ad_terms.csv: 概不退换, 不退不换, 一律不退换 … (a notice excluding every return), low alone: a
  person selling their own used goods may write it; frames_claims.csv s23-no-return-shop: medium in
  a shop's notice (本店, 特价/清仓/福袋/直播商品: an unfair standard term, 《消费者权益保护法》第二十五条、
  第二十六条, like 最终解释权); 非质量问题不退不换 stays quiet.
- ad_terms.csv, cosmetics: 基因修护/激活基因, 逆转肌龄/逆转衰老, 直达真皮层 (the Chinese of c58-en-dermis),
  去除鱼尾纹, 术后修复/医美术后 (a registered dressing keeps its registered use), and 吃进去也没事 (a
  safety guarantee on a lipstick), medium.
- frames_claims.csv, English gadgets: s23-en-energy-balance (a negative-ion bracelet balances your body's
  energy), s23-en-quantum-goods (quantum energy cards and pendants), s23-en-fuel-saver (a fuel saver
  boosts mileage by 35%), s23-en-5g-protect (a 5G pendant protects your DNA), medium.
- public order: ad_terms.csv 台独/藏独/疆独/港独, 睡女人, 喷鼻血, 黑社会大哥; frames_claims.csv
  s23-taiwan-state (台湾国; 台湾国语/台湾国际 stay quiet), s23-gender-role (女人就该在家带孩子),
  s23-body-shame (胖子不配); 稳中大奖/必中大奖/包中奖 (a lottery win guaranteed).
- frames_medical.csv: s22-food-intelligence-class also reads 孕妇吃了宝宝更聪明; s23-hair-stops-falling
  (用了这款洗发水 头发再也不掉了: an anti-hair-loss guarantee, medium).
- scanner/detectors/brand_variants.py: a sound-alike window inside a longer ordinary word written
  there (generic_words.csv: 意大 in 意大利进口咖啡机) is part of that word, not 益达.
- scanner/detectors/brand_judging.py: a one-word brand that is an English adverb or determiner
  (Only, Next, Every…) written in lower case is the word of a sentence (“the only store in the
  country”), not the brand.
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("桑叶茶", "喝了一个月血糖稳稳的", "AD-MED-F-c41-use-result"),
    ("备孕调理贴", "用了就能怀上 好孕连连", "AD-MED-F-c41-use-result"),
    ("护腰保暖裤", "穿上它腰椎病好了大半", "AD-MED-F-c41-use-result"),
    ("艾草贴", "贴了三天 头痛好多了", "AD-MED-F-c41-use-result"),
    ("智能手环", "戴上手环 失眠好转了", "AD-MED-F-c41-use-result"),
    ("国货洗衣液", "人民日报点赞的国货好物", "AD-AUTH-F-s23-state-media-praise"),
    ("保温杯", "新华社也推荐的国货品牌", "AD-AUTH-F-s23-state-media-praise"),
    ("面膜", "央视新闻点赞 国货之光", "AD-AUTH-F-s23-state-media-praise"),
    ("折叠晾衣架", "获得国家专利 专利号申请中", "AD-AUTH-F-auth-patent-pending"),
    ("Kitchen scale", "Best seller in Kitchen on Amazon", "AD-ABS-EN-best seller"),
    ("Insulated tumbler", "SATISFACTION GUARANTEED or your money back", "AD-GUAR-EN-satisfaction guaranteed"),
    ("负离子枕头", "改善睡眠 治颈椎", "AD-MED-F-s23-treat-organ"),
    ("护膝", "专治关节 一贴见效", "AD-MED-F-s23-treat-organ"),
    ("狗粮", "美毛亮毛 预防关节病", "AD-MED-F-med-treat"),
    ("舒缓乳液", "抗敏舒缓 告别红血丝", "AD-MED-告别红血丝"),
    ("战术腰带", "军用 特种兵专用", "AD-AUTH-特种兵专用"),
    ("强光手电", "公安专用强光手电", "AD-AUTH-公安专用"),
    ("Weighted blanket", "Recommended by the National Sleep Foundation", "AD-AUTH-F-s23-en-org-endorsed-by"),
    ("洗发水", "头皮屑一洗就没", "AD-GUAR-F-s23-gone-on-use"),
    ("脚气喷雾", "脚气一喷就好", "AD-GUAR-F-s23-gone-on-use"),
    ("充电宝", "比市面上其他产品续航多一倍", "AD-ABS-F-s21-rival-times"),
    ("毛巾", "五星好评送运费险", "AD-IND-F-r36-review-reward-gift"),
    ("Men's supplement", "Boost testosterone naturally, increase your penis size by 3 inches", "AD-MED-F-s23-en-enlarge-inches"),
    ("Male enhancement pills", "add 3 inches to your penis in weeks", "AD-MED-F-s23-en-enlarge-inches"),
    ("Shortbread tin", "Official supplier to the Royal Family", "AD-AUTH-EN-official supplier to the royal family"),
    ("Space pen", "Used by NASA astronauts", "AD-AUTH-EN-used by NASA astronauts"),
    ("Toothbrush", "Recommended by 9 out of 10 dentists", "AD-AUTH-F-en-doctor-stat"),
    ("国货面霜", "质量超越国际大牌", "AD-ABS-F-s23-beat-big-brands"),
    ("精华液", "效果媲美进口大牌 价格只要十分之一", "AD-ABS-F-s23-beat-big-brands"),
    ("蓝牙耳机", "airpods pro 二代 华强北 顶配版", "BRAND-COUNTERFEIT"),
    ("蓝牙耳机", "华强北版 airpods 降噪", "BRAND-COUNTERFEIT"),
    ("唇釉", "YSL同色号 丝绒哑光", "BRAND-DUPE"),
    ("Yoga leggings", "Fits like Lululemon Align leggings", "BRAND-DUPE"),
    ("Soda syrup", "Tastes like Coca-Cola, makes 12 litres", "BRAND-DUPE"),
    ("二手相机", "v我详聊 价格美丽", "CONTACT-INVITE"),
    ("Sneakers size 10", "Venmo or CashApp only, no PayPal", "CONTACT-INVITE"),
    ("Vintage jacket", "PayPal friends and family only", "CONTACT-INVITE"),
    ("面霜", "基因修护 逆转肌龄", "AD-MED-逆转肌龄"),
    ("孕妇奶粉", "孕妇吃了宝宝更聪明", "AD-MED-F-s24-prenatal-baby-trait"),  # (session 24: the prenatal frame reads the whole sentence)
    ("防脱洗发水", "用了这款洗发水 头发再也不掉了", "AD-MED-F-s23-hair-stops-falling"),
    ("洗面奶", "纳米级渗透 直达真皮层", "AD-MED-直达真皮层"),
    ("眼霜", "去除鱼尾纹 7天见证", "AD-MED-去除鱼尾纹"),
    ("口红", "食品级原料 吃进去也没事", "AD-GUAR-吃进去也没事"),
    ("补水面膜", "EGF寡肽 术后修复", "AD-MED-术后修复"),
    ("Infant formula stage 1", "Closest to breast milk", "AD-MED-F-s23-en-breastmilk"),
    ("地图挂图", "中国地图 台湾国", "AD-PUB-F-s23-taiwan-state"),
    ("炒锅", "女人就该在家带孩子 这口锅必须有", "AD-PUB-F-s23-gender-role"),
    ("彩票预测软件", "稳中大奖", "AD-GUAR-稳中大奖"),
    ("情趣睡衣", "撩到他喷鼻血", "AD-PUB-喷鼻血"),
    ("Ionic bracelet", "Negative ion bracelet balances your body's energy", "AD-FALSE-F-s23-en-energy-balance"),
    ("Fuel saver", "Fuel saver device boosts mileage by 35%", "AD-FALSE-F-s23-en-fuel-saver"),
    ("连衣裙", "本店商品售出概不退换", "AD-IND-F-s23-no-return-shop"),
    ("清仓T恤", "特价商品 不退不换 介意慎拍", "AD-IND-F-s23-no-return-shop"),
    ("金银箔画", "欧洲金银箔画（下播 不退不换）", "AD-IND-F-s23-no-return-shop"),
    ("Kids DHA gummies", "boosts your child's IQ", "AD-MED-F-s23-en-iq"),
    ("Teething necklace", "Baltic amber necklace relieves teething pain naturally", "AD-MED-F-c35-en-teething-drug"),
    ("手工皂", "wx我下单更优惠", "CONTACT-INVITE"),
]

QUIET = [
    ("孕妇装", "穿上就显怀 怀孕期间也能穿"),
    ("毛线帽", "戴上这款帽子好多了 保暖"),
    ("不粘锅", "用了这个锅 做饭好多了"),
    ("奶茶", "喝了这杯奶茶心情好了"),
    ("报纸", "本品曾被人民日报报道"),
    ("报刊订阅", "订阅人民日报 2025年全年"),
    ("政治读本", "政治 颈椎 解剖图 考研资料"),
    ("洗洁精", "油渍一洗就没"),
    ("去屑洗发水", "有效去屑 持久清爽"),
    ("充电宝", "比上一代续航多一倍"),
    ("Toothpaste", "Not endorsed by the American Dental Association"),
    ("Lanyard", "Member of the National Retail Federation"),
    ("美妆集合店", "本店有国际大牌和国货品牌"),
    ("手机维修", "深圳华强北 手机维修 换屏"),
    ("Sweater", "Feels like cashmere, machine washable"),
    ("炸鸡桶", "疯狂星期四 V我50"),                      # the meme: no word of what to do there
    ("电视柜", "TV我们家都在用"),
    ("咖啡机", "意大利进口咖啡机 咖啡豆产地：云南"),
    ("Breast milk storage bags", "100 pack, pre-sterilised"),
    ("Gift card", "Venmo gift card $50"),
    ("按摩梳", "梳头时头发不掉了 不打结"),
    ("儿童绘本", "看了孩子更聪明的故事书"),
    ("Phone case", "We accept PayPal and all major cards"),
    ("老歌CD", "台湾国语老歌 经典怀旧"),
    ("接机服务", "台湾国际机场 接机"),
    ("女性励志书", "谁说女人就该在家带孩子"),
    ("抱枕", "睡美人鱼抱枕 少女心"),
    ("Quantum physics book", "An introduction to quantum energy levels for students"),
    ("Fuel can", "Gas can holds 5 gallons, saves spills"),
    ("医用冷敷贴 械注准20202140001", "激光术后修复 创面护理"),    # a registered dressing: its registered use
    ("生鲜水果", "非质量问题不退不换 坏果包赔"),
    ("定制刻字杯", "定制商品 不支持七天无理由退货"),
    ("二手球拍", "因闲置出手。售出不退不换，包邮"),          # a person's own used goods: low
    ("乒乓球拍", "全新的 想要的私聊我吧 包邮 一经售出不退不换"),
    ("Puzzle book", "IQ test puzzles for adults"),
    ("Baby bottle", "mimics the breast for an easy latch"),      # 意大 is the country's name, not a sound-alike of 益达
    ("Phone case", "Fits iPhone 15 Pro"),
    ("数码配件", "华强北路 实体店 数据线 充电头"),
    ("Pillow", "increase length by 2 inches with the extension panel"),
    ("Belt extender", "increase your size by 4 inches"),
    ("Convenience store gift card", "The only store in the country open 24 hours"),   # an adverb, not the brand Only
]


def _listing(title, description):
    return Listing(id="p", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)


def test_the_longer_term_names_the_phrase(scanner):
    """The nested shorter term is gone, not merely outranked: one finding, the specific row's."""
    found = [(f.rule_id, f.severity) for f in scanner.scan(_listing("Kitchen scale", "Best seller in Kitchen")).findings]
    assert found == [("AD-ABS-EN-best seller", "medium")], found
