"""Rules added for real-listings round 59 (Chinese 淘客 coupon-feed copy: 淘宝联盟 material answers, a 维易/
好单库 API doc, a 折淘客 doc, 母婴 items): each with wording that must keep its high/medium finding and
look-alikes that must stay quiet.

- slots/BODYFUNC.txt: 肌体/机体/身体防御能力 (the 免疫 function paraphrased: “补VC增强肌体防御能力” on a juice drink)
- frames_medical.csv c59-eye-nerve-protect: 保护/呵护/守护 + 视神经/视网膜/黄斑 (a children's lutein gummy
  “保护视神经”); 角膜 and 晶状体 are left out (contact-lens care wording)
- frames_medical.csv c59-melanin-formation: 防止/减少/阻止… + 黑色素 + 生成/形成/沉积 (祛斑美白 wording on a lipstick)
- frames_claims.csv c59-first-product: 是/为/堪称 + 第一款 + a capability (“它是第一款同时拥有四种颜色的散粉”); a catalogue's
  第一款 and a shop's own 我们家第一款 stay quiet
- ad_terms.csv 第一: 第一剂/第一针 are ordinals (a two-step mask's 第一剂…第二剂)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [  # (title, description, rule)
    ("沙棘果汁饮料6瓶", "补VC增强肌体防御能力，限时优惠速抢", "AD-MED-F-med-func"),
    ("复合维生素软糖", "提高机体防御能力，换季必备", "AD-MED-F-med-func"),
    ("儿童叶黄素软糖", "保护视神经 抵御蓝光 澳洲进口", "AD-MED-F-c59-eye-nerve-protect"),
    ("蓝莓叶黄素压片糖果", "呵护视网膜，学习党必备", "AD-MED-F-c59-eye-nerve-protect"),
    ("叶黄素酯软胶囊", "守护黄斑区健康", "AD-MED-F-c59-eye-nerve-protect"),
    ("芦荟唇膏", "芦荟可抗氧化，防止唇部黑色素生成", "AD-MED-F-c59-melanin-formation"),
    ("美白霜", "有效减少黑色素沉积，提亮肤色", "AD-MED-F-c59-melanin-formation"),
    ("散粉", "它是第一款同时拥有四种颜色的散粉", "AD-ABS-F-c59-first-product"),
    ("蓝牙耳机", "号称第一款采用骨传导技术的耳机", "AD-ABS-F-c59-first-product"),
]

QUIET = [  # (title, description)
    ("游戏手柄保护壳", "加厚防摔，提升防御力，手感舒适"),
    ("隐形眼镜护理液", "温和配方，保护角膜，清洁除蛋白"),
    ("儿童牙胶", "美国万吉，线下同款！食品级软硅胶材质，柔软舒适不伤牙，可水煮消毒！"),
    ("开丽产妇卫生巾", "安心裤型亲肤面料，产后专用不勒刀口，超强吸收加长加大款，产妇的优质选择！【赠运费险】"),
    ("收纳箱", "【爆款返场，出口日本】进口PP材质，可叠加透明可视抽屉收纳盒"),
    ("面膜", "领券立减20，券后价9.9，拍下立减5元，好券速领"),
    ("防蓝光眼镜", "有效阻隔有害蓝光，长时间看屏幕眼睛不酸涩"),
    ("双效面膜", "第一剂为保湿凝胶，接著再均匀喷上第二剂"),
    ("新品连衣裙", "这是我们家第一款采用真丝面料的裙子"),
    ("收纳盒套装", "第一款为大号，第二款为小号"),
    ("防晒霜", "SPF50 PA+++，防止晒伤晒黑"),
]


def listing(title, description=""):
    return Listing(id="r59", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
