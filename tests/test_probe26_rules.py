"""Rules added in session 26 after the twin check (tests/test_twin_robustness.py) missed three
kinds of brand spelling and one advertising term (no test row of any corpus was the model):

- brands.py / brand_latin.py: a multi-word Latin name is also found by its common or short word
  (King of King Koil, Wu of Wu Yutai) when that word is right and the other word is one typo off
  the name's — five letters or more, no English word, no brand name (King Kooil, Wu Yutia; king
  coil is a phrase, Li Ming a person's name rather than Li Ning). Function words never index a name.
- brand_latin.py: a name with its last letter written as the digit that looks like it (LEG0,
  Chane1) is the name when it is exactly the name once folded — a word with a number glued on
  (Watch1, Size0, Mode1) stays that word.
- brand_latin.py: a bar written for the first or last l of a name (|EGO for LEGO, Era| for Eral)
  is read in the original text, where the normaliser drops a bar at a word's edge as a separator;
  not between English words on both sides (Golden Era| Vintage tee) and never an English word
  (|ove is no Love).
- context.csv: 口碑第一 is no business motto (质量第一, 顾客第一 are): it claims the goods are the
  best reviewed, 《广告法》第九条第三项, and stays high.
- ad_terms.py: an ordinary phrase around a term (第一口, the first bite; 第一天) no longer excuses it
  when normalising glued it together from two keywords of a title — whitespace right after the
  term, one character of the phrase after it, and that keyword running on (新款 第一 口红, 全市第一
  口红, 第一 天然); 第一 时间发货 (a whole word after the space) and 第一 次 keep their phrase. And a
  longer term that straddles two keywords (回购率第一 家用: no 第一家) no longer hides the term
  inside it.
- brand_latin.py: the leet digit at a name's end takes 0, 3, 4, 5 or 7 after an English word of four
  letters or more (Furl4, NIK3, LEG0), never 1 (Matte1 is a shade); a misspelling hidden by the
  rn → m fold is read without it too (Eucern for Eucerin); a leading ! stands for an i (!lly).
- brand_mentions.py: an ordinary-word name written across two keywords of a title is no mention
  (官方正品 高跟鞋: no 品高, Pinko) — spaced-out names that are no ordinary word (耐 克) still are.
- brands.py: a look-alike of three or more characters around a one-character word name (贵入鸟
  around 鸟) counts when the brand's goods are named anywhere in the field (足球服 贵入鸟 新款).
- brand_mentions.py: a bar between a name and the next word (Nike|Air, 丨, ｜) keeps them apart, as
  ★ and × did (the normaliser drops the bar and glued the two).
- brand_db/cues.csv: perfume-dupe wording 神似, 一个味道, 一样的味道, 撞香 (和迪奥一个味道, 神似Chanel
  5号) as dupe cues; 海关罚没, 罚没货, 海关扣押 (the “seized genuine goods” story of fake sellers) as
  weak counterfeit cues.
- contact_words.csv: “whats app” written as two words is WhatsApp's phone cue (whats app +86 138 …,
  whose +86 the normal form glues to app); 飞机号 and 纸飞机 name Telegram like 小飞机 (飞机号 @handle).
- brand_judging.py: a name that is no ordinary word may still be the common word for some goods
  (`generic for:` in its brand_db note, so far only for ambiguous names): Tiffany lamps are the
  stained-glass style of Louis Comfort Tiffany's studio, so Tiffany before a lamp word is quiet
  (Tiffany Stained Glass Lampshade, Tiffany Style Table Lamp); Tiffany jewellery and counterfeit
  wording are still found. (r52eb-126870639050 and hb2841 are found quiet now.) Likewise kindle
  before wood or a fire starter is the verb, not Amazon's Kindle.
- frames_medical.csv: r76-physio-restore also reads 改善/调整/矫正 + a spine word + 曲度/弧度 without
  生理 (改善颈椎曲度 on a pillow); 贴合/符合颈椎曲度 stays the fit of the design.
- frames: 亩产可达2000斤 is an open yield promise like 亩产N公斤以上 (r67-seed-yield-open); new s26-pub-emblem (国徽/军徽/军旗 on
  goods and in ads, 《广告法》第九条第一项, 《国徽法》第十三条; foreign emblems and rule quotes
  stay quiet) and s26-tobacco-health (吸烟有益健康, 雪茄养生: 《广告法》第二十二条), with English
  forms s26-en-tobacco-health (Smoking is good for your health), s26-en-minor-ask (Ask mom and dad
  to buy it for you: CAP 5.9) and s26-en-never-sick (so your child never gets sick; "never get sick
  of" is the idiom).
"""
from heldout_support import brand_word_tests, rule_tests
from scanner.models import Listing

HIT = [
    ("新款 被芯 口碑第一 家用", "", "AD-ABS-口碑第一"),
    ("蓝牙耳机", "全网口碑第一 音质出众", "AD-ABS-口碑第一"),
    ("多色 全省第一 口红 新款", "", "AD-ABS-第一"),
    ("新款 第一 口红", "", "AD-ABS-第一"),
    ("回购率第一 家用 大号 汽车香薰", "", "AD-ABS-第一"),
    ("面霜 第一 天然", "", "AD-ABS-第一"),
    ("手机壳", "whats app +86 138 1234 5678", "CONTACT-PHONE"),
    ("手机壳", "飞机号 @shopdeal88", "CONTACT-SOCIAL"),
    ("手机壳", "纸飞机 @shopdeal88", "CONTACT-SOCIAL"),
    ("枕头", "改善颈椎曲度 睡出好颈椎", "AD-MED-F-r76-physio-restore"),
    ("腰靠", "调整腰椎曲度", "AD-MED-F-r76-physio-restore"),
]

QUIET = [
    ("蓝牙耳机", "质量第一 顾客第一"),
    ("被芯", "服务第一，信誉第一"),
    ("巧克力", "第一口就爱上 丝滑浓郁"),
    ("现货 第一 时间发货", ""),
    ("面膜", "第一 次使用请先做皮试"),
    ("口红套装", "第一支口红送给自己"),
    ("积极 品质 家居服", ""),
    ("红酒 法国国徽 百合花标志", ""),
    ("宣传海报", "根据规定不得使用国徽图案"),
    ("烟灰缸", "吸烟有害健康 请勿在禁烟场所吸烟"),
    ("小麦种子", "区域试验平均亩产520公斤，比对照增产5%"),
    ("Ash tray", "Smoking is not good for your health"),
    ("Drone", "Ask your parents before flying"),
    ("Parenting book", "Never get sick of reading to your kids"),
    ("Cooler", "You will never get sick of this color"),
    ("玩具 纸飞机 折纸 儿童手工", ""),
    ("航模", "飞机号码贴纸 B-6688"),
    ("手机壳", "Compatible with whats app and other apps"),
    ("卫衣", "有差评请联系客服"),
    ("卫衣", "怕差评？我们包售后"),
    ("卫衣", "力争零差评 用心服务"),
    ("卫衣", "无差评，九年老店，品质信得过"),
    ("枕头", "贴合颈椎曲度 舒适支撑"),
    ("枕头", "符合颈椎弧度设计"),
]


def _listing(title, description):
    return Listing(id="p26", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)

BRAND_LOUD = [
    ("加厚 便携 King Kooil 沙发", "King Kooil"),
    ("King Koill 独立弹簧床垫", "King Koill"),
    ("升级款 水饺 Wu Yutia 加厚", "Wu Yutia"),
    ("Wu Yutia 茉莉花茶 罐装", "Wu Yutia"),
    ("Tommy Hilfigr 衬衫 男", "Tommy Hilfigr"),
    ("LEG0 积木 城市系列 拼装玩具", "LEG0"),
    ("Chane1 香水 50ml", "Chane1"),
    ("简约 |EGO 新款 玩具", "EGO"),
    ("新款 羽绒服 Era| 简约", "Era"),
    ("|EGO blocks 拼装", "EGO"),
    ("|KEA 收纳盒 家用", "KEA"),
    ("升级款 !lly 咖啡豆", "lly"),
    ("帽子 升级款 Furl4", "Furl4"),
    ("NIK3 跑鞋 男款", "NIK3"),
    ("Eucern 大号 简约 爽肤水", "Eucern"),
    ("足球服 贵入鸟 新款 多色", "贵入鸟"),
    ("Nike|Air 跑鞋 男", "Nike"),
    ("LG|OLED 电视 65寸", "LG"),
    ("和迪奥一个味道 香水", "迪奥"),
    ("神似Chanel 5号 香水", "Chanel"),
    ("香水 跟Dior一样的味道", "Dior"),
    ("和Gucci撞香 淡香水", "Gucci"),
    ("Tiffany necklace sterling silver", "Tiffany"),
    ("Tiffany高仿 台灯", "Tiffany"),
    ("Kindle Oasis 10代 电纸书", "Kindle"),
    ("USB-C Charging Cable Similar to Kindle Cable 6ft", "Kindle"),
]

BRAND_QUIET = [
    "king coil mattress spring unit",
    "Li Ming 运动鞋 定制 签名",
    "Red Wong 靴子",
    "Golden Era| Vintage tee",
    "Mirror with Weather Forecast| Defogger",
    "|ove 项链 925银",
    "Watch1 手表 表带",
    "Size0 连衣裙",
    "Mode1 玩具 模型",
    "Game1 手柄",
    "The King Size Bedding Set",
    "Big Fish 鱼竿",
    "Matte1 口红 哑光",
    "Turn1 玩具",
    "modern 沙发 北欧",
    "Wow! 新款 限时",
    "!love 项链",
    "官方正品 高跟鞋 女",
    "官方正品 高端 女包",
    "for 20 Inch Tiffany Stained Glass Lampshade",
    "Tiffany Style Table Lamp 16 inch",
    "Tiffany 台灯 复古 彩色玻璃",
    "Kindle Wood Fire Starter Sticks",
    "Kindle fire starter for fireplace",
    "外婆家的味道 红烧肉",
    "妈妈一个味道的菜 家常菜谱",
    "和妈妈做的一样的味道 手工辣酱",
]

_brand_scanner, test_brand_quiet, test_brand_loud = brand_word_tests(BRAND_QUIET, BRAND_LOUD)
