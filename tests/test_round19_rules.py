"""Rules added for held-out real-listings round 19 (the 海尔商城 appliance catalogue, a 380star reseller's milk
powders and foods, and the 药房网 drug and medical-device list): each with wording that must keep its high/medium
finding and look-alikes that must stay quiet.

- categories.csv: 械(准)字 / 械(进)字 (and their full-width forms), the registration numbers of medical devices in the
  format used before the 2014 《医疗器械注册管理办法》 (津食药监械(准)字2014第2660004号): a registered device's
  intended use (暂时缓解鼻塞) is then read as a device's, not an ordinary good's medical claim
- lawful_uses.csv: 企业字号 — 春药 where a company's trade name ending in 春 meets 药业/药厂/药店 (杏林春药业, 长春药业)
- lookalike_words.csv: Low-E (low-emissivity glazing, no Loewe misspelling)
- categories.csv: 贴膏 (《中国药典》制剂通则 贴膏剂) in a title names a drug, as 搽剂/酊剂 do
- brand_unknown.py: a model number (BCD-520WICTU1) is no brand name, and 风/家 that open an ordinary word (风冷无霜,
  家用; generic_words.csv kind opens_word) are no "style of"/"shop of" cue
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("通气鼻贴 10片/盒", "暂时缓解鼻塞、鼻充血，使呼吸更顺畅", "AD-MED-F-med-treat"),   # no registration shown
    ("男士喷剂", "进口春药 男用", "AD-MED-春药"),
    ("男士喷剂", "强效春药业内口碑好", "AD-MED-春药"),
    ("男士喷剂", "春药业务代理招商", "AD-MED-春药"),
    ("单肩包 小方包", "LOEWE罗意威 小方包", "BRAND-UNAUTH"),
    ("LXX同款 连衣裙", "", "BRAND-UNKNOWN"),            # initials before 同款 stay an unknown brand
    ("Kettlo风 法式碎花裙", "", "BRAND-UNKNOWN"),
    ("远红外理疗贴 颈椎贴", "祛风除湿，活血舒筋，消肿止痛", "AD-MED-止痛"),   # a 贴, not a 贴膏 drug
]

QUIET = [
    ("通气鼻贴(10片/盒) - 史克制药", "批准文号：津食药监械(准)字2014第2660004号。暂时缓解鼻塞、鼻充血，使呼吸更顺畅"),
    ("通气鼻贴(10片/盒)", "注册证号：国食药监械（进）字2013第2641234号。暂时缓解鼻塞、鼻充血"),
    ("枸杞子 500g", "杏林春药业出品"),
    ("维生素C片 100片", "吉林长春药业出品"),
    ("冷柜 DS0106B", "LOW-E镀膜+电加热除露，0-15℃宽温区7档控温"),
    ("酒柜 171瓶装", "Low-E镀膜门体 电子温控"),
    # brand_unknown.py: a model number is no brand name, and 风/家 opening a word (风冷, 家用) is no "style of"
    ("冰箱 BCD-520WICTU1 风冷无霜", ""),
    ("KFR-35GW 家用 空调", ""),
    # categories.csv: 贴膏 (《中国药典》贴膏剂) names a drug in a title, shown with its indication by a pharmacy
    ("麝香止痛贴膏(7cmx10cmx2片x5袋/盒) - 荆州津奉", "祛风除湿，活血舒筋，消肿止痛。用于风湿性关节痛，腰背冷痛，跌打损伤等。"),
]


def _listing(title, description):
    return Listing(id="r19", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)

