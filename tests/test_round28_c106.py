"""Round 28 c106: Chinese wording of 直播带货 / 短视频 / 私域 advertising quoted by regulators, monitoring centres and
platforms (tests/fixtures/heldout/claims.tsv hc12700–hc12718, lawful look-alikes hl5700–hl5714). Classes, not rows:

- an unverifiable celebrity-use endorsement: 明星都在使用 / 明星颜值回春都是因为打了它 (bags, clothes and hair styles
  stars wear stay quiet, as round r34cs judged);
- a guarantee to get rid of blackheads, pimples and comedones (告别黑头痘痘粉刺); 告别痤疮 is med-treat's;
- a bare 权威认证 on food, supplements, drugs and devices (no certifier named); on other goods it stays low;
- improving or regulating hormone levels (改善雌性激素的水平, 平衡荷尔蒙);
- lawful uses: 降压 of a voltage (降压稳压板, 12V转5V降压) and 全网第一次直播 (the shop's own first time)."""
from heldout_support import rule_tests
from scanner.models import Listing

FOUND = [
    ("玻尿酸 水光针", "很多明星都在使用这款。", "AD-AUTH-F-c106-star-use"),
    ("胶原蛋白饮", "女星们也在用，喝出好气色。", "AD-AUTH-F-c106-star-use"),
    ("超声炮体验", "明星的紧致脸都是因为打了它。", "AD-AUTH-F-c106-star-use"),
    ("黑头导出液", "一瓶告别黑头粉刺。", "AD-GUAR-F-c106-farewell-skin"),
    ("祛痘洁面", "从此摆脱痘痘闭口。", "AD-GUAR-F-c106-farewell-skin"),
    ("深海鱼油软胶囊", "权威认证 进口原料", "AD-AUTH-F-c106-vague-auth-cert"),
    ("大豆异黄酮软胶囊", "坚持吃可以改善女性身体里雌性激素的水平。", "AD-MED-F-c106-hormone-level"),
    ("月见草油", "帮助平衡荷尔蒙。", "AD-MED-F-c106-hormone-level"),
    ("蜂王浆", "喝了以后荷尔蒙的水平稳定多了，调理荷尔蒙。", "AD-MED-F-c106-hormone-level"),
]

QUIET = [
    ("托特包", "好多明星都在用这款包，通勤百搭。"),
    ("果冻包 斜挎包 菱格链条包", "好多模特明星都在用这款呢，高端品质大容量。"),  # a bag's popularity (real2 q0120)
    ("明星同款发夹", "明星也在用的发型小物。"),
    ("清洁面膜", "深层清洁毛孔，帮助去除多余油脂。"),
    ("祛痘书籍", "告别痘痘的10个习惯？医生教你科学护肤。"),
    ("纯棉T恤", "权威认证 OEKO-TEX 证书编号 12.3456"),
    ("保温杯", "权威认证 品质保障"),
    ("护肤精华", "不含激素 温和配方"),
    ("体检套餐", "性激素六项检测 到院抽血"),
    ("降压模块", "DC-DC 12V转5V 降压稳压板 3A"),
    ("电源适配器", "交流220V降压至12V 稳定输出"),
    ("直播预告", "全网第一次直播 感谢老粉陪伴 今晚8点开播"),
]


def _listing(title, description):
    return Listing(id="r", title=title, description=description)


scanner, test_found, test_quiet = rule_tests(FOUND, QUIET, _listing)
