"""Rules of held-out real listings round 50 (session 24; a 2018 大淘客 top100 with its 推荐语, 唯品会/JD
cosmetics names, Amazon Camera & Photo titles): wording that must keep its high/medium finding and
look-alikes that must stay quiet.

- frames_claims.csv ind-notbuy: 挨宰 beside 被宰 (现在不买，旺季挨宰！)
- frames_claims.csv s22-beat-rivals: 秒杀/碾压… 市面(上)/市场(上) + 其它/其他/所有 + 款/产品/品牌 (秒杀市面其它款);
  秒杀市面价 is a flash-sale price and stays low
- frames_claims.csv r50-cctv-programme: a CCTV programme's name (舌尖上的中国, 焦点访谈, 新闻联播 …) + 推荐/报道/
  上榜/指定 used as an endorsement, the class of auth-cctv
- frames_claims.csv guar-days: a day count, then 打造/拥有/练出/养成 + a skin or figure result (七天打造水光肌,
  30天练出马甲线); 7天打造专属定制衣柜 and 21天养成好习惯 stay quiet
- brand_db/lookalike_words.csv 甜美 and scanner/detectors/brand_lookalike.py: the ordinary words of
  lookalike_words.csv count, beside pypinyin's phrases, as the everyday words a look-alike window may
  open or close with (可爱甜美: 爱甜美 is no 艾丽美/Elemis; 爱甜美面霜 still is)
- brand_db/compat_words.csv: lens cap(s)/lens hood name the cameras they fit; hsm is a spec word (Sigma's
  DG HSM lens code is no Dolce & Gabbana)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("儿童保温杯", "现在不买，旺季挨宰！提前囤货！", "", "AD-IND-F-ind-notbuy"),
    ("羽绒服", "再不囤就挨宰了，冬天马上到", "", "AD-IND-F-ind-notbuy"),
    ("增压花洒", "镜面喷头秒杀市面其它款！", "", "AD-ABS-F-s22-beat-rivals"),
    ("吸尘器", "吸力秒杀市场上所有品牌", "", "AD-ABS-F-s22-beat-rivals"),
    ("螺蛳粉", "健康营养，舌尖上的中国特别推荐美食，让你回味无穷", "", "AD-AUTH-F-r50-cctv-programme"),
    ("老火锅底料", "焦点访谈报道的品牌，重庆特产", "", "AD-AUTH-F-r50-cctv-programme"),
    ("玻尿酸精华原液", "一天一支，七天打造水光肌", "", "AD-GUAR-F-guar-days"),
    ("健腹轮", "30天练出马甲线", "", "AD-GUAR-F-guar-days"),
    ("爱甜美面霜补水保湿", "", "", "BRAND-LOOKALIKE"),
    ("DG印花女士手提包", "", "", "BRAND-UNAUTH"),
    ("香家coco菱格纹戒指钛钢镀银高版本", "", "", "BRAND-UNAUTH"),
]

QUIET = [
    ("家居服套装", "家居休闲睡衣品质耐磨，可爱甜美，舒适透气", ""),
    ("Sigma 12-24mm f/4.5-5.6 AF II DG HSM Lens", "", "Sigma"),
    ("Lens Cap Bundle - 4 Snap-on Lens Caps for DSLR Cameras including Nikon, Canon, Sony", "", ""),
    ("Lens Hood for Canon EF-S 18-55mm", "", ""),
    ("秒杀市面价，限时抢购", "", ""),
    ("连衣裙", "秒杀其他款式请看店铺首页", ""),
    ("家乡菜", "看完舌尖上的中国想吃家乡菜", ""),
    ("保温杯", "现在不买也没关系，活动一直都在", ""),
    ("定制衣柜", "工厂直发，7天打造专属定制衣柜", ""),
    ("打卡本", "21天养成好习惯", ""),
]


def listing(title, description, brand=""):
    return Listing(id="t", title=title, description=description, brand=brand)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
