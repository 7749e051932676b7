"""Round c102 (held-out claims hc12300-hc12325, lawful look-alikes hl5500-hl5509): untargeted
wording from 2022-2026 市场监管 penalty decisions and typical cases (马鞍山 2026 家用呼吸机
“无效退款”, 焦作 2025 “三甲专家亲诊”, 辛集 农药, 市场监管总局 2025 保健品案例, 金秀 2025 婴配粉奶源,
四川 2026/铜陵 2024 房地产, 北京 2025 教育培训与金融, 紫阳 2024 美容店, 安龙 2025 种子, 南海 2025
“儿童专用”, 中消协 2022 近视护眼贴, 泉港 冷敷贴).
Classes added: 通过率/过关率 + 百分百 (c102-passrate-full), 近视…恢复到正常 (c102-myopia-normal),
the 婴配粉 vague-source frame widened to 天然牧场/原生态牧场 (c21-infant-source), terms 三甲专家,
祛敏 and 提质增产, and 骨病/关节骨病 in the disease vocabulary. Their variants
must be found; ordinary course, seed, formula, eye-care and medical-device copy stays quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

PASS = "AD-GUAR-F-c102-passrate-full"
MYOPIA = "AD-MED-F-c102-myopia-normal"
INFANT = "AD-GUAR-F-c21-infant-source"


def listing(text):
    return Listing(id="c102", title="", description=text)


HIT = [
    ("考研集训营 上岸率百分百", PASS),
    ("驾校报名 拿证率百分之百", PASS),
    ("专升本辅导 通过率达到百分百", PASS),
    ("护眼仪 坚持使用一个月 孩子近视恢复到正常视力", MYOPIA),
    ("坚持戴半年 孩子近视回到0度", MYOPIA),
    ("幼儿配方奶粉3段 天然牧场 好奶源", INFANT),
    ("婴儿配方乳粉 原生态牧场 新西兰", INFANT),
    ("体检中心 三甲专家坐诊", "AD-AUTH-三甲专家"),
    ("修护精华 祛敏舒缓 敏感肌适用", "AD-MED-祛敏"),
    ("水稻种子 提质增产 抗倒伏", "AD-GUAR-提质增产"),
]

QUIET = [
    "考研集训营 小班教学 历年上岸学员名单可查",
    "驾校报名 科目一题库 在线模拟",
    "近视患者请到正规医院验光配镜",
    "假性近视经医生干预可以恢复正常",
    "婴儿配方奶粉1段 产品配方注册号 国食注字YP20230001",
    "天然牧场 鲜牛奶 250ml",
    "水稻提质增产技术 培训教材",
    "本品不保证增产 效果受气候影响",
    "骨病患者请遵医嘱 本品为普通护具",
    "医用冷敷贴 物理降温 适用于闭合性软组织冷敷",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
