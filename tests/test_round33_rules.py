"""Rules added for held-out claims round 33 (live-stream, short-video and 种草 wording; education,
real-estate, finance and medical-aesthetics ads): each with wording that must keep its high/medium
finding and look-alikes that must stay quiet.

- frames_claims.csv: c33-medaes-lasting (维持15个月不用打水光), c33-medaes-nodowntime (没有任何尴尬期,
  无恢复期), c33-lianguan-qty (植发量五连冠), c33-edu-secret-material (内部绝密资料), c33-edu-score-time
  (一个月提高100分), c33-est-live-school (住××，上××小学), c33-invest-easy (炒股赚钱易如反掌),
  c33-price-anchor-store (线下门店卖五六千元，我们只要499元), c33-price-anchor-value (1万元的和田玉，
  我们今天300元就卖), c33-auth-nobel (诺贝尔奖专利), c33-users-success (300万客户成功),
  c33-slim-no-exercise (不运动不节食), c33-slim-eat-then (吃了就能瘦), c33-guar-nextday (今天吃，明天就能
  看到效果), c33-looks-anxiety (相亲失败归因于身材容貌), c33-age-look
  (20岁看起来像40岁), c33-medaes-before-after (术前术后对比, 注射前后对比:
  《医疗美容广告执法指南》2021 第五项), c33-medaes-star-feature (明星同款鼻/双眼皮: 同指南 第六项)
- frames_medical.csv: c33-food-block (阻油、阻糖), c33-med-all-cure (……等疾病，均可用此药酒医治), c33-med-bottles (喝完3瓶就好了),
  c33-med-revive (濒死之人重获新生), c33-med-kill-inside (杀肠子里的菌), c33-med-qa-affirm (牙龈萎缩可以吗？
  可以的), c33-med-replace-drug (可替代药物治疗; the mandatory 不能代替药物 warning stays quiet),
  c33-cos-hereditary (淡化遗传性黑眼圈), c33-med-live-disease-group (血压高/三高的家人们 + a buy call),
  c33-med-spoken-down (喝了血压就下来了)
- ad_terms.csv: 肯定是安全的, 随植随走, 保过承诺, 押题班, 押题准, 闪电瘦, 基因修复, 老干部专用, 干部专用, 首长专用
- context.csv: 休止脱落 (植发 科普's 休止期脱落 is not 止脱)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("高端水光 连打三个月，可以让你维持15个月不用打水光", "AD-GUAR-F-c33-medaes-lasting"),
    ("热玛吉 一次管两年不用再做项目，保持2年不用再打针", "AD-GUAR-F-c33-medaes-lasting"),
    ("微针植发 随植随走，没有任何尴尬期", "AD-GUAR-F-c33-medaes-nodowntime"),
    ("光子嫩肤 无恢复期 午休就能做", "AD-GUAR-F-c33-medaes-nodowntime"),
    ("植发机构 一线城市植发量五连冠", "AD-ABS-F-c33-lianguan-qty"),
    ("考研督学 全程内部绝密资料", "AD-AUTH-F-c33-edu-secret-material"),
    ("公考冲刺班 考前内部资料 限时领取", "AD-AUTH-F-c33-edu-secret-material"),
    ("数学网课 一个月提高100分", "AD-GUAR-F-c33-edu-score-time"),
    ("英语寒假班 一个寒假提升20分", "AD-GUAR-F-c33-edu-score-time"),
    ("住美盛教育港湾，上纬五路一小", "AD-GUAR-F-c33-est-live-school"),
    ("股票交易软件 炒股赚钱易如反掌", "AD-GUAR-F-c33-invest-easy"),
    ("线下门店卖五六千元，我们只要499元，就为做个宣传！", "AD-IND-F-c33-price-anchor-store"),
    ("1万元的和田玉，我们今天300元就卖！", "AD-IND-F-c33-price-anchor-value"),
    ("减肥胶囊 诺贝尔奖专利", "AD-AUTH-F-c33-auth-nobel"),
    ("减肥胶囊 300万客户成功", "AD-GUAR-F-c33-users-success"),
    ("左旋肉碱咖啡 不运动不节食", "AD-GUAR-F-c33-slim-no-exercise"),
    ("益生元果冻 无需节食，吃了就能瘦", "AD-GUAR-F-c33-slim-eat-then"),
    ("今天吃，明天就能看到效果！压片糖果", "AD-GUAR-F-c33-guar-nextday"),
    ("白芸豆粉能阻油、阻糖、阻淀粉", "AD-MED-F-c33-food-block"),
    ("你为什么相亲总失败，就是因为没有好身材和好脸蛋", "AD-PUB-F-c33-looks-anxiety"),
    ("你这个颈纹很显年龄，20岁看起来像40岁", "AD-GUAR-F-c33-age-look"),
    ("心脏病、失眠、糖尿病等疾病，均可用此药酒医治", "AD-MED-F-c33-med-all-cure"),
    ("多种重病老人喝完3瓶就好了", "AD-MED-F-c33-med-bottles"),
    ("药酒 濒死之人重获新生", "AD-MED-F-c33-med-revive"),
    ("这款益生菌吃了可以杀肠子里的菌", "AD-MED-F-c33-med-kill-inside"),
    ("牙结石，牙龈萎缩可以吗？可以的", "AD-MED-F-c33-med-qa-affirm"),
    ("养生讲堂 这款产品可替代药物治疗", "AD-MED-F-c33-med-replace-drug"),
    ("眼霜 可淡化遗传性黑眼圈", "AD-MED-F-c33-cos-hereditary"),
    ("我们自己如果敢使用，肯定是安全的", "AD-GUAR-肯定是安全的"),
    ("考研复试 独门资料 保过承诺", "AD-GUAR-保过承诺"),
    ("省考冲刺押题班", "AD-GUAR-押题班"),
    ("控体糖果 一粒闪电瘦", "AD-MED-闪电瘦"),
    ("降压茶 老干部专用", "AD-AUTH-老干部专用"),
    ("双眼皮 术前术后对比", "AD-AUTH-F-c33-medaes-before-after"),
    ("双眼皮 术前术后对比 自然不留疤", "AD-GUAR-F-r88-med-scarless"),  # (round 88's scar-free guarantee covers the whole phrase now)
    ("玻尿酸填充 注射前后对比", "AD-AUTH-F-c33-medaes-before-after"),
    ("做个明星同款双眼皮", "AD-AUTH-F-c33-medaes-star-feature"),
    ("明星同款鼻 综合隆鼻", "AD-AUTH-F-c33-medaes-star-feature"),
    ("血压高的家人们把一号链接拍起来", "AD-MED-F-c33-med-live-disease-group"),
    ("三高的家人们闭眼入", "AD-MED-F-c33-med-live-disease-group"),
    ("宝宝们 这个喝了血压就下来了", "AD-MED-F-c41-use-result"),  # (round 41's broader frame reads it now)
    ("家人们这是破价福利 某猫旗舰店卖299 直播间只要99", "AD-IND-F-c33-price-anchor-store"),
]

QUIET = [
    "植发后1-3个月会进入脱落期，俗称尴尬期，属正常现象",
    "术后有3-6个月恢复期，请遵医嘱护理",
    "在植发后的头两到三周内，新移植的毛发可能经历一个自然脱落期，称为“休止脱落期”",
    "轮胎打一次气可以维持3个月不用打",
    "补水面膜 保持8小时不用补妆",
    "三连冠纪念T恤 篮球迷收藏",  # (a team's title won; session 23: 湖人 is now a brand, its jersey a brand mention)
    "考前押题卷 全真模拟试卷 含答案解析",
    "公司内部资料 请勿外传 文件袋",
    "档案盒 内部资料 A4 加厚",
    "一个月坚持练习 提升自信",
    "住校生 上铺床垫 适合初中高中宿舍",
    "住在城市里，上班很方便",
    "组装简单，安装易如反掌",
    "理财需谨慎，投资有风险",
    "专柜同款 正品保障 七天无理由退换",
    "100元的优惠券，今天满300元就送",
    "价值199元的礼盒，今天下单就送",
    "诺贝尔文学奖得主作品集 精装",
    "已有10万用户选择 10万+好评",
    "300万学员的选择 品牌课程",
    "运动后不节食也要注意营养",
    "吃了就能长高吗？别信！均衡饮食更重要",
    "厨房防油贴纸 耐高温 阻油 防水",
    "今天下单，明天就能收到",
    "相亲穿搭 显身材 连衣裙",
    "面试正装 女西装套装 显气质",
    "适合20岁到40岁女性",
    "宝宝看起来像3岁了，建议选110码",
    "吃完3盒就没了，记得回购",
    "喝完这2瓶就饱了",
    "濒危物种重获新生 科普绘本",
    "老房子重获新生 翻新涂料",
    "杀菌洗衣液 除菌率99%",
    "孕妇可以吃吗？可以的，无添加",
    "本品不能代替药物治疗疾病",
    "保健食品不是药物，不能代替药物治疗疾病",
    "遗传性黑眼圈可以用遮瑕膏遮盖",
    "干部培训教材 党员干部学习用书",
    "使用前后对比图",
    "清洗前后对比 效果明显",
    "手术前请空腹 术后24小时勿沾水",
    "明星同款唇釉 哑光",
    "明星同款眼霜",
    "明星同款眼镜框 防蓝光",
    "网红同款脸部精华",
    "血压高的家人们请遵医嘱，本品不能代替药物",
    "宝宝们 这款连衣裙拍起来",
    "微胖的姐妹们闭眼入",
    "敏感肌的姐妹们放心入",
    "高个子的姐妹们拍L码",
    "运动后血压就下来了",
    "喝了以后精神就好了",
]


def _listing(text):
    return Listing(id="r33", title="商品", description=text)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
