"""Round 28 r63: Chinese 保健食品 label text and clothing ad copy (real listings round 63,
tests/test_heldout_real_descriptions.py, ids r63bh/r63ag). Classes, not rows:

- a registered 保健食品's 注意事项 naming the buyer's own medicines (服用治疗药物的人群食用本品时应向医生咨询):
  治疗 there qualifies the drugs the buyer takes, not the product; a treatment claim stays high;
- a disease named in an adverse-effect warning that tells the buyer to stop (如出现腹泻，请立即停止食用) or to ask
  a doctor (应向医生咨询): a warning sentence, like 慎用; the disease as an indication stays medium;
- 最佳 after a storage or serving condition (冷藏最佳, 临睡前半小时食用最佳) is a consumer tip; 最佳 of the
  product itself (口感最佳的牛奶, 效果最佳) stays;
- literary superlatives: 上上之选 (as 不二之选), 至佳 (= 最佳; not 发货至佳木斯), 精美绝伦 / 精彩绝伦 / 美妙绝伦
  (绝伦 = beyond compare, as 无与伦比)."""
from heldout_support import rule_tests
from scanner.models import Listing

FOUND = [
    ("益生菌固体饮料", "本品可治疗腹泻，调理肠胃。", "AD-MED-F-med-treat"),
    ("酸奶", "冷藏后口感最佳的鲜牛奶，全网效果最佳。", "AD-ABS-最佳"),
    ("牛奶", "这是口感最佳的牛奶。", "AD-ABS-最佳"),
    ("格子连衣裙", "遮肉显瘦，百搭经典的上上之选。", "AD-ABS-上上之选"),
    ("蕾丝连衣裙", "蕾丝是女人味的至佳代表元素。", "AD-ABS-至佳"),
    ("真丝衬衫", "结合精美绝伦的设计感，更能凸显造型感。", "AD-ABS-精美绝伦"),
    ("蓝牙音箱", "精彩绝伦的影院级音效。", "AD-ABS-精彩绝伦"),
    ("香薰蜡烛", "美妙绝伦的香气，点亮你的夜晚。", "AD-ABS-美妙绝伦"),
]

QUIET = [
    ("辅酶Q10维生素E软胶囊", "批准文号：国食健注G20110396 | 注意事项：本品不能代替药物；服用治疗药物的人群食用本品时应向医生咨询"),
    ("辅酶Q10维E片", "国食健注G20130067 本品不能代替药物；正在服用治疗药物者食用前请咨询医生"),
    ("胶原蛋白肽片", "国食健注G20210010 注意事项：本品不能代替药物；食用本品如出现腹泻，请立即停止食用"),
    ("银杏红曲胶囊", "国食健字G20100280 本品不能代替药物；食用本品后如出现腹泻，请立即停止食用；本品不宜与他汀类药物同时食用"),
    ("益生菌粉", "国食健注G20200058 贮藏方法：密封，置阴凉干燥处保存，冷藏最佳 | 注意事项：本品不能代替药物"),
    ("蜂王浆冻干粉胶囊", "国食健注G20050800 每日2次,每次2粒,温开水送食;每日早餐和临睡前半小时食用最佳。本品不能代替药物"),
    ("东北大米 5kg", "顺丰包邮，可发货至佳木斯、哈尔滨等地。"),
    ("宽松连衣裙", "这款裙子是夏日出游的推荐之选，精美的刺绣细节。"),
]


def listing(title, description):
    return Listing(id="r63", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(FOUND, QUIET, listing)
