"""Rules added for held-out claims round 32 (Chinese food, 保健食品, tea and liquor wording): each
with wording that must keep its high/medium finding and look-alikes that must stay quiet.

- frames_medical.csv c32-*: a marker lowered "from X to Y" (血糖从15降至5), leaving a patient group
  (退出糖友圈), a body "as at 30" (找回30岁的健康身体), cured within a time (一个月就能治好),
  "helps with" a disease or symptom (对入睡困难…都有帮助), fewer drugs (可以逐渐减少药量)
- ad_terms.csv: 固肾, 养肾, 胰岛再生, 修复胰岛, 促进胰岛素分泌, 提高/增强生育(能)力, 调免疫; low
  sleep wordings 酣睡, 一觉到天亮, 睡眠人群, 儿童睡眠 that name the 改善睡眠 function
  (health_functions.csv), so they are medium on food and stay low on bedding and clothing
- frames_medical.csv c32-food-exam (服用…提高考试成绩); c15-cure-name no longer reads 净化 as a
  cure-name ending (鸡苗疫病净化); ad_terms.csv 基因营养素
- slots/DISEASE.txt: 胰岛素抵抗; categories.csv: 苦丁茶, 青钱柳, 桑叶茶, 丁香茶, 梨膏糖, 保健酒, 配制酒, 露酒
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("青钱柳茶", "喝了30天，血糖从12.5降到6.1", "AD-MED-F-c32-marker-from-to"),
    ("降压茶", "坚持喝两个月，血压从160降至130", "AD-MED-F-c32-marker-from-to"),
    ("桑叶茶", "坚持三个月 早日告别糖友圈", "AD-MED-F-c32-leave-patients"),
    ("苦瓜片", "三步退出糖友圈", "AD-MED-F-c32-leave-patients"),
    ("人参片", "服用3个月，找回20岁的身体", "AD-MED-F-c32-young-body"),
    ("代用茶", "喝这个一个月就能治好", "AD-MED-F-c32-cure-within"),
    ("压片糖果", "三个疗程彻底根治", "AD-MED-F-c32-cure-within"),
    ("酸枣仁饮品", "对于入睡困难、晚上亢奋、多梦挣扎等情况都有帮助", "AD-MED-F-c32-helps-disease"),
    ("黑茶", "对高血压、高血糖这些老年人常见的情况都有很好的效果", "AD-MED-F-c32-helps-disease"),
    ("苦荞茶", "喝上半年就可以慢慢减少降糖药", "AD-MED-F-c32-reduce-drug"),
    ("苦丁茶", "养肾固肾 排湿气", "AD-MED-固肾"),
    ("黑豆茶", "女人养肾 男人补气", "AD-MED-养肾"),
    ("苦瓜片", "修复胰岛 平稳血糖", "AD-MED-修复胰岛"),
    ("玛咖片", "提高生育能力", "AD-MED-提高生育能力"),
    ("石斛饮品", "滋阴调免疫", "AD-MED-调免疫"),
    ("酸枣仁饮品", "睡前一瓶 酣睡一整晚", "AD-MED-酣睡"),
    ("驼乳粉", "专为睡眠人群研发", "AD-MED-睡眠人群"),
    ("压片糖果", "专注儿童睡眠", "AD-MED-儿童睡眠"),
    ("DHA软糖", "考前吃了能提升考试分数", "AD-MED-F-c32-food-exam"),
    ("核酸片", "基因营养素 细胞修复", "AD-MED-基因营养素"),
]

QUIET = [
    ("冰箱", "温度从8度降到2度只需20分钟"),                 # no marker, a temperature
    ("连衣裙", "价格从199降至99 限时"),
    ("血压计", "测量范围0-300mmHg 血压高低一目了然"),      # a monitor reading
    ("无糖饼干", "适合糖友的下午茶 无蔗糖"),               # a patient group without leaving it
    ("糖友零食", "低GI 饱腹感强"),
    ("双肩包", "背上它简直重返18岁"),                       # fashion puffery, no body or organ
    ("复古连衣裙", "穿上回到18岁的青春"),
    ("插画集", "治愈系插画 一个月就能看完"),                   # 治愈系 is a style
    ("吉他教程", "零基础一个月就能学会"),
    ("燕麦片", "对身体有好处 早餐冲泡"),                     # no disease named
    ("枕头", "对睡眠有帮助的记忆棉枕头"),
    ("喷雾器", "雾化均匀 可减少用药次数 节省农药"),         # a sprayer, no 药量
    ("牢固肾形支架", "金属加厚 承重强"),                       # 固肾 inside 牢固 + 肾形
    ("儿童睡袋", "纯棉透气 儿童睡眠好伙伴"),                 # bedding: the sleep wording stays low
    ("乳胶床垫", "酣睡一整晚 高回弹"),
    ("遮光窗帘", "一觉到天亮 全遮光"),
    ("钙片", "钙是骨骼和牙齿的主要成分，并维持骨密度"),    # GB 28050 standard function claim
    ("燕麦片", "膳食纤维有助于维持正常的肠道功能"),
    ("牛奶", "富含蛋白质 每100ml含蛋白质3.6g"),
    ("保健食品 国食健注G20200123", "保健功能：辅助降血糖 本品不能代替药物"),
    ("苦丁茶", "口感微苦回甘 每次3-5克 沸水冲泡"),
    ("梨膏糖", "传统手工熬制 老少皆宜"),
    ("黄酒", "绍兴古法酿造 酒精度14%vol 未成年人请勿饮酒"),
    ("控糖食谱书", "糖尿病患者请遵医嘱 控制主食"),
    ("中考真题卷", "刷题提高考试成绩 名师解析"),          # no eating verb
    ("种鸡苗", "鸡苗疫病净化 种鸡场检疫合格"),            # 疫病净化 is purification, no cure-name
    ("空气净化器", "除甲醛 净化率高"),
    # lead's follow-ups: a book's subject (categories.csv publication class), 治愈系 as a style (guar-days)
    ("糖尿病饮食指南 第2版", "人民卫生出版社 控糖食谱"),
    ("30天治愈系手账 文具", "手账本 日记本"),
]


def _listing(title, description):
    return Listing(id="c32", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
