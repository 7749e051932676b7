"""Round c97 (held-out claims hc11400-hc11427, lawful look-alikes hl4600-hl4611): wording that
health regulators and market regulators objected to on goods that are no medicine — a 天猫
颈椎按摩器 (南通 〔2022〕通行复第131号), a 医美 clinic's 微信 ads (营口 2022), 糖稀 sold as
“保健蜂蜜” (市场监管总局 2022 铁拳 第四批), 足贴 (重庆经开区 2021), 蝦皮 listings in the 衛福部
食藥署 open data (2022), “医用卫生巾” (《方圆》2025) and an unregistered hair oil. New frames: spine
conditions named on massagers and pillows (颈椎曲度变直/反弓/突出), “保健” in the name of an
ordinary food (保健蜂蜜, 保健醋, 保健奶粉), “医用/医护级” sanitary pads, safety assertions for aesthetic
procedures (吸脂…超安全) and skin-tightening percentages (皮肤收紧可达40%); terms 无不良反应 and
医护级; skin-disease slot words (化脓性皮肤病, 烧伤, 脓胞疮); 卫生巾 as an ordinary household class.
Their variants must be found; the ordinary copy around the same words must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-MED-F-{}".format
G = "AD-GUAR-F-{}".format


def listing(text):
    return Listing(id="c97", title="", description=text)


HIT = [
    ("护颈枕 颈椎反弓 低头族", F("c97-spine-deform")),
    ("腰部按摩器 腰椎突出 久坐必备", F("c97-spine-deform")),
    ("颈椎生理曲度消失 推荐这款颈椎枕", F("c97-spine-deform")),
    ("农家保健蜂蜜 500g", F("c97-health-food-name")),
    ("保健醋 每天一杯", F("c97-health-food-name")),
    ("中老年保健奶粉 高钙", F("c97-health-food-name")),
    ("医用卫生巾 日用 10片", F("c97-medical-pad")),
    ("医护级 护垫 敏感肌适用", F("c97-medical-pad")),
    ("抽脂塑形 超安全 恢复快", G("c97-procedure-safe")),
    ("玻尿酸填充 零风险", G("c97-procedure-safe")),
    ("射频美容仪 肌肤紧致度提升38%", G("c97-skin-tighten-pct")),
    ("面部提拉 轮廓收紧可达50%", G("c97-skin-tighten-pct")),
    ("祛斑霜 安全温和无不良反应", "AD-GUAR-无不良反应"),
    ("纯中药配方 零不良反应", "AD-GUAR-零不良反应"),
    ("医护级 面膜 修护", "AD-MED-医护级"),
    ("私处止痒膏 膿胞瘡 化膿性皮膚病 燒傷", F("med-indication")),
]

QUIET = [
    "颈椎枕 记忆棉 贴合颈椎曲度 护颈枕头",
    "颈椎按摩器 颈椎突出患者慎用",
    "腰椎牵引带说明：腰椎突出请遵医嘱",
    "保健食品 蓝帽子 国食健注G2021 有助于增强免疫力 本品不能代替药物",
    "保健茶具 功夫茶杯 紫砂",
    "桃胶 保健茶饮 可搭配皂角米",
    "紫砂保健茶壶 手工",
    "非保健食品 普通蜂蜜 温水冲饮",
    "一次性医用护理垫 械备 病床护理",
    "卫生巾 日用 干爽透气 10片",
    "医用级硅胶 吸奶器配件",
    "吸脂术后塑身衣 弹力加压",
    "吸脂棉 超安全 母婴可用",
    "儿童剪刀 圆头超安全",
    "注射器 一次性 超安全针头",
    "若无不良反应可逐渐增加用量",
    "续航提升30% 充电宝",
    "手机壳 紧致贴合 防摔",
    "烫伤急救指南 家庭医药知识 图书",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
