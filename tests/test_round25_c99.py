"""Round c99 (held-out claims hc11800-hc11840, lawful look-alikes hl5000-hl5009): traditional
Chinese wording from Taiwan — court judgments on online and TV-shopping ads (高雄高等行政法院
113簡上22 回眸養髮組, 臺北地院 111簡176 Vsis 香氛精華, 臺北高等行政法院 112訴749 綠恩), 衛生局
lists (臺北市 111年度 罰鍰前三名, 臺北市 112年11月 化粧品違規用詞, 新北市 108年度違規廣告分析) and
公平會 decisions (2021 氣炸鍋「唯一」, 2025 產地警示, 2026 瘦身美容用語). New frames: hair that
"will not fall out" or "grows back", a disease or symptom followed by 改善/减轻 (骨刺改善), body
effects over 100 %, ending acid reflux, unblocking blood vessels, raising libido, steroid
comparisons for cosmetics; new terms and slot words: intimate-area discomfort, 改善忧郁, 速纤/速孅;
extended frames: clearing body fat (med-slim-fat-destroy), 刺激乳腺/紧实乳房 (med-breast-enlarge),
刺激淋巴 (c48-lymph). Their variants must be found; the ordinary copy around the same words must
stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-MED-F-{}".format


def listing(text):
    return Listing(id="c99", title="", description=text)


HIT = [
    ("育髮洗髮精 每天使用就不會掉髮", F("c99-hair-wont")),
    ("头皮养护液 用了再也不怕掉发，从此不会脱发", F("c99-hair-wont")),
    ("生髮精華 快速長出新髮", F("c99-hair-grow")),
    ("用了三個月 禿頭也能變濃密", F("c99-hair-grow")),
    ("秃顶救星 植萃头皮精华", F("c99-hair-grow")),
    ("膠原蛋白飲 便秘改善 天天順暢", F("c99-post-improve")),
    ("葉黃素 乾眼症有效改善", F("c99-post-improve")),
    ("鈣片 骨密度提高200%", F("c99-pct-body")),
    ("酵素粉 排便次數增加150%", F("c99-pct-body")),
    ("酵素飲 分解體內囤積脂肪", F("med-slim-fat-destroy")),
    ("纖體茶 消除腹部脂肪", F("med-slim-fat-destroy")),
    ("按摩霜 刺激乳腺 胸型飽滿", F("med-breast-enlarge")),
    ("美胸精油 緊實乳房", F("med-breast-enlarge")),
    ("益生菌 告別胃食道逆流", F("c99-reflux-end")),
    ("胃酸逆流剋星 高麗菜精", F("c99-reflux-end")),
    ("納豆激酶 保持血管通暢", F("c99-vessel-clear")),
    ("紅麴膠囊 管路通暢不卡卡", F("c99-vessel-clear")),
    ("按摩油 激活淋巴回流", F("c48-lymph")),
    ("情趣香水 提高性慾 點燃情慾", F("c99-libido")),
    ("積雪草精華 媲美類固醇的舒緩效果", F("c99-steroid")),
    ("私密保養凝膠 改善私處不適", F("med-treat")),
    ("薰衣草精油 改善憂鬱", "AD-MED-改善忧郁"),
    ("速孅茶包 一週見效", "AD-MED-速纤"),
]

QUIET = [
    "真人髮絲假髮 戴上不會掉髮 自然服貼",
    "長髮女生必備 大風力吹風機 快速長髮速乾",
    "適合長髮的髮圈 加粗不勒",
    "如症狀減輕請停止使用",
    "症狀消失後仍需遵醫囑",
    "去除脂肪粒 眼霜 溫和",
    "剔除多餘脂肪的牛排 精修",
    "哺乳內衣 無鋼圈 乳房不受壓",
    "乳腺增生患者慎用",
    "刺激乳腺炎患部請就醫",
    "乳房自檢 健康手冊",
    "地漏防臭 終結臭味逆流",
    "止逆閥 防止污水逆流",
    "排水管路通暢 不堵塞",
    "納豆 日式早餐 拌飯",
    "不含類固醇 溫和配方",
    "植物固醇 食用油",
    "憂鬱藍 連衣裙",
    "極速纖薄 筆記型電腦",
    "私密處護理液 溫和清潔",
    "骨密度檢測儀 家用",
    "排便次數增加時請停用",
    "增強興奮感的派對遊戲",
    "冬瓜茶 古早味 清涼解渴 夏日消暑",
    "薄荷喉糖 無糖 使口氣芬芳 隨身小盒裝",
    "氣炸鍋 5.5L 已通過標檢局安全認證 BSMI:R3B697",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
