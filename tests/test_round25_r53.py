"""Real listings round 53 (r53): Chinese selling points (sellPoint / 卖点) of shop clones that were not
used before — a Xiaomi-store clone's cart mock (Redmi Note 7Pro, 小米8青春版: “索尼4800万超清拍照 / 骁龙675处理器”),
a 淘淘商城 API note (得力 stationery), a hotel group's 铂物馆 goods and a 每日优鲜 clone. The round stayed small
(no source of 200+ new listings with selling copy was found in the time); its one false-alarm class:

- a camera named by its sensor's maker (索尼4800万像素, 索尼2400万自拍, 索尼IMX766主摄) is a specification,
  like 索尼摄像头 / 索尼传感器 already were: spec words 自拍, 拍照, 主摄, 像素 in brand_db/compat_words.csv, and
  the grade 旗舰 allowed between the maker's figures and the spec word (scanner/detectors/brand_compat.py _SPEC_GAP).
Piggy-backing on a brand stays found."""
from heldout_support import rule_tests
from scanner.models import Listing

QUIET = [
    ("小米8青春版", "索尼2400万自拍 / 潮流镜面渐变色 / 骁龙660AIE处理器"),
    ("智能手机 全网通", "索尼4800万像素 / 4000mAh大电量 / 128GB大存储"),
    ("全网通 4G 手机", "索尼4800万超清拍照 / 18个月超长质保 / 骁龙675处理器"),
    ("国产智能手机 双卡双待", "后置三摄 索尼4800万拍照 前置1600万"),
    ("拍照手机 全网通", "索尼2400万旗舰自拍 / 7.5mm超薄机身"),
    ("得力学生文具礼盒套装", "开学刚上课，文具巧助攻，学习如鱼得水。更有优惠券抵运费"),
    ("雨伞", "生活中的时尚点缀"),
    ("收纳袋", "居家旅行必备"),
    ("红颜草莓1斤", "大颗香甜 微微一笑为红颜"),
]

FOUND = [
    ("国产手机 索尼同款 拍照手机", "", "BRAND-DUPE"),
    ("平价手机 拍照媲美索尼 全网通", "", "BRAND-COMPARE"),
    ("国产手机 全网通", "索尼2400万旗舰自拍 可与索尼媲美", "BRAND-COMPARE"),
]


def _listing(title, description):
    return Listing(id="r", title=title, description=description)


scanner, test_found, test_quiet = rule_tests(FOUND, QUIET, _listing)
