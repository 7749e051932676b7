"""Twin robustness check: listings of every problem kind the evaluation corpora test (advertising
terms in titles and descriptions, evasions, English terms, brand piggy-backing, misspelt and bare
brand names, brands in descriptions, off-platform contacts, lawful contexts and traps), generated
from the project's OWN data — lexicons/ad_terms.csv (《广告法》第九/十七/二十八条 terms),
brand_db/brands*.csv, brand_db/cues.csv, brand_db/category_products.csv — with a fixed seed, so the
vocabulary differs from any hand-written corpus. Every kind gets its own transformation
(separators, look-alike letters, contact spellings …), and the lawful kinds must stay quiet.

Run as a script for the per-kind table:
    PYTHONPATH=$PWD python tests/test_twin_robustness.py [--show-misses]
As a test it asserts a floor per kind (the rates measured when this module was written, minus a
margin), and that every trap kind stays quiet; variants too ambiguous to flag without false
positives on real copy are generated but marked `xfail` with the reason (see AMBIGUOUS below).
"""
from __future__ import annotations

import csv
import random
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field as dc_field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261201

AD = {"absolute_term", "authority_claim", "medical_claim", "superstition", "inducement",
      "guarantee_claim", "public_order"}
BRAND = {"brand_piggyback", "brand_unauthorized"}
CONTACT = {"offsite_contact"}
SEVERE = {"high", "medium"}


@dataclass
class Case:
    kind: str
    title: str
    description: str = ""
    field: str = "title"              # where the problem is
    expect: str = ""                  # the wording the finding must overlap ('' for quiet kinds)
    brand: str = ""
    own: tuple[str, ...] = ()
    op: str = ""                      # the transformation that made it
    xfail: str = ""                   # reason a miss is accepted
    extra: dict = dc_field(default_factory=dict)


# ---------------------------------------------------------------- word lists from project data
def _rows(path):
    with open(ROOT / path, encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if not (next(iter(r.values())) or "").startswith("#")]


def _ad_terms():
    out = defaultdict(list)
    for r in _rows("lexicons/ad_terms.csv"):
        t = r["term"]
        if r["severity"] != "high" or r["category"] not in AD:
            continue
        if r["lang"] == "zh" and 2 <= len(t) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in t):
            out[("zh", r["category"])].append(t)
        elif r["lang"] == "en" and t.replace(" ", "").replace("-", "").isalpha() and len(t) >= 4:
            out[("en", r["category"])].append(t)
    return out


def _products():
    # accessories that fit a brand's device (座套, 充电头 …: compat_words.csv) make a brand named
    # next to them a compatibility note, not a brand claim: left out of the product words
    accessory = {r["word"] for r in _rows("brand_db/compat_words.csv")}
    # product names that are advertising terms themselves (转运珠 is in ad_terms.csv as superstition)
    # would put a problem into the quiet kinds: left out too
    accessory |= {r["term"] for r in _rows("lexicons/ad_terms.csv")}
    # and the product words that are a brand's own product names (戴妃包 is Dior's Lady Dior bag,
    # 酒神包 Gucci's Dionysus): named in a quiet listing they are the brand's mark, not a kind of goods
    accessory |= {n for r in _brands() for col in ("en", "zh", "nicknames") for n in (r.get(col) or "").split("|") if n}
    out = {}
    for r in _rows("brand_db/category_products.csv"):
        words = [w for w in r["products"].split("|") if w and all("\u4e00" <= c <= "\u9fff" for c in w)
                 and w not in accessory and not any(a in w for a in accessory if len(a) >= 2)]
        out[r["category"]] = words
    return out


def _brands():
    out = []
    for f in ("brands.csv", "brands_global.csv", "brands_cn.csv"):
        for r in _rows(f"brand_db/{f}"):
            out.append(r)
    return out


FILLERS = {
    "electronics": ["支持快充，续航持久。", "机身轻薄，握持舒适。", "包装内含说明书一份。"],
    "appliances": ["三段温控，操作简单。", "整机质保一年。", "噪音低，适合卧室使用。"],
    "jewellery": ["附赠礼盒与擦银布。", "尺寸可调，适合多数手围。", "日常佩戴避免接触香水。"],
    "luxury": ["五金光亮，走线整齐。", "内衬柔软，容量适中。", "附防尘袋。"],
    "fashion": ["版型宽松，不挑身材。", "机洗不变形。", "面料垂顺，四季可穿。"],
    "sportswear": ["鞋面透气，久穿不闷。", "弹力面料，活动自如。", "适合跑步和健身。"],
    "outdoor": ["面料防泼水，耐磨。", "背负系统贴合背部。", "适合徒步和露营。"],
    "cosmetics": ["质地水润，易推开。", "请置于阴凉处保存。", "开封后十二个月内使用。"],
    "perfume": ["前调清新，后调温暖。", "喷头细腻，出雾均匀。", "小样装方便携带。"],
    "watches": ["表盘清晰，夜光指针。", "表带可拆卸更换。", "生活防水，洗手无碍。"],
    "toys": ["边角圆润，不伤手。", "适合三岁以上儿童。", "零件请在大人陪同下拼装。"],
    "food_drink": ["开袋即食，独立包装。", "冷藏后风味更佳。", "保质期见包装。"],
    "home": ["安装简单，附配件。", "材质结实耐用。", "尺寸请以详情页为准。"],
    "auto": ["安装前请核对车型。", "材质耐高温。", "即插即用。"],
}
NEUTRAL = ["下单后四十八小时内发货。", "颜色以实物为准。", "如有疑问请联系在线客服。",
           "支持七天无理由退货。", "快递默认中通。"]


class World:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.terms = _ad_terms()
        self.products = _products()
        self.brands = _brands()

    def product(self, cat=None):
        cats = [c for c in self.products if self.products[c] and c in FILLERS]
        cat = cat if cat in FILLERS and self.products.get(cat) else self.r.choice(cats)
        return cat, self.r.choice(self.products[cat])

    def desc(self, cat, insert=""):
        parts = self.r.sample(FILLERS[cat], 2) + [self.r.choice(NEUTRAL)]
        if insert:
            parts.insert(self.r.randrange(len(parts) + 1), insert)
        return "".join(parts)

    def title(self, cat, prod, word="", glue=False):
        adj = self.r.sample(["新款", "家用", "便携", "大号", "升级款", "简约", "加厚", "多色"], 2)
        if word and glue:
            prod = word + prod if self.r.random() < .5 else prod + word
            parts = [prod] + adj
        else:
            parts = [prod] + adj + ([word] if word else [])
        self.r.shuffle(parts)
        return " ".join(parts)


# ---------------------------------------------------------------- misspelling operations
HOMO = {"o": "0", "l": "1", "i": "1", "m": "rn", "w": "vv", "g": "9", "b": "8", "s": "5",
        "e": "3", "a": "4", "I": "l"}
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у"}
GREEK = {"o": "ο", "i": "ι", "v": "ν", "a": "α", "t": "τ"}
SYMBOL = {"a": "@", "i": "!", "s": "$", "l": "|"}


def _english(word: str) -> bool:
    from scanner.brand_keys import is_english_word
    return is_english_word(word.lower())


def misspell(name: str, op: str, r: random.Random) -> str | None:
    low = name
    idx = [i for i, c in enumerate(low) if c.isalpha()]
    if not idx:
        return None
    inner = [i for i in idx if 0 < i < len(low) - 1] or idx
    if op == "double":
        i = r.choice(inner)
        return low[:i + 1] + low[i] + low[i + 1:]
    if op == "drop":
        cand = [i for i in inner if low[i].lower() not in "aeiou" or len(low) > 6]
        if not cand:
            return None
        i = r.choice(cand)
        return low[:i] + low[i + 1:]
    if op == "swap":
        cand = [i for i in inner if i + 1 < len(low) and low[i + 1].isalpha() and low[i] != low[i + 1]]
        if not cand:
            return None
        i = r.choice(cand)
        return low[:i] + low[i + 1] + low[i] + low[i + 2:]
    if op in ("homoglyph", "leet"):
        keys = "olimw" if op == "homoglyph" else "gbsea"
        cand = [i for i in idx if low[i].lower() in keys]
        if not cand:
            return None
        i = r.choice(cand)
        rep = HOMO[low[i].lower()]
        return low[:i] + rep + low[i + 1:]
    if op == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in low)
    if op in ("cyrillic", "greek"):
        table = CYR if op == "cyrillic" else GREEK
        cand = [i for i in idx if low[i] in table]
        if not cand:
            return None
        i = r.choice(cand)
        return low[:i] + table[low[i]] + low[i + 1:]
    if op == "symbol":
        if low[0].lower() in SYMBOL:
            return SYMBOL[low[0].lower()] + low[1:]
        if low[-1].lower() in SYMBOL:
            return low[:-1] + SYMBOL[low[-1].lower()]
        return None
    raise ValueError(op)


FUZZY_OPS = ["double", "drop", "swap", "homoglyph", "leet", "fullwidth", "cyrillic", "greek", "symbol"]

# ---------------------------------------------------------------- evasion operations
EVASIONS = {
    "space": lambda t: " ".join(t),
    "star": lambda t: "*".join(t),
    "middot": lambda t: "·".join(t),
    "emoji": lambda t: "🔥".join(t),
    "zerowidth": lambda t: "\u200b".join(t),
    "bracket": lambda t: t[0] + "【" + t[1:] + "】" if len(t) > 1 else None,
    "dash": lambda t: "-".join(t),
    "slash": lambda t: "/".join(t),
    "tilde": lambda t: "~".join(t),
    "mixed": lambda t: "".join(c + (" *", "·", "\u200c", " ")[i % 4] for i, c in enumerate(t))[:-1],
    "traditional": None,   # OpenCC s2t
    "pinyin": None,        # 最好 -> zui hao (pypinyin)
    "initials": None,      # 最好 -> ZH
}


_S2T = []


def _s2t(t):
    if not _S2T:
        import opencc
        _S2T.append(opencc.OpenCC("s2t.json"))
    return _S2T[0].convert(t)


def _pinyin(t, initials=False):
    from pypinyin import lazy_pinyin, Style
    if initials:
        return "".join(p[0] for p in lazy_pinyin(t, style=Style.FIRST_LETTER)).upper()
    return " ".join(lazy_pinyin(t))


# ---------------------------------------------------------------- contact forms
def contact_forms(r: random.Random):
    def handle():
        return r.choice(["lily", "abc", "mei", "shop", "kf", "wang", "yy"]) + str(r.randrange(1000, 99999))

    def phone(sep=""):
        d = "1" + r.choice("3456789") + "".join(str(r.randrange(10)) for _ in range(9))
        return d[:3] + sep + d[3:7] + sep + d[7:] if sep else d

    qq = str(r.randrange(10000000, 2999999999))
    forms = [
        ("phone-space", f"售后热线 {phone(' ')}"),
        ("phone-dash", f"订货电话：{phone('-')}"),
        ("phone-cn", "客服手机 " + phone().translate(str.maketrans("0123456789", "零一二三四五六七八九"))),
        ("wechat", f"添加微信：{handle()} 送小样"),
        ("wechat-薇信", f"薇信 {handle()} 了解更多"),
        ("wechat-VX", f"vx {handle()} 售后更快"),
        ("wechat-➕V", f"➕V：{handle()}"),
        ("wechat-威", f"威❤ {handle()} 拿内部价"),
        ("wechat-wx", f"wx号：{handle()}"),
        ("wechat-pinyin", f"加weixin {handle()} 咨询"),
        ("qq", f"Q群 {qq} 进群领券"),
        ("qq-扣扣", f"扣扣：{qq}"),
        ("email-at", f"合作邮箱 {handle()}(at)163.com"),
        ("email-[at]", f"邮件发到 {handle()}[at]qq.com"),
        ("email", f"联系邮箱：{handle()}@126.com"),
        ("whatsapp", f"WhatsApp +86 {phone(' ')}"),
        ("telegram", f"Telegram: @{handle()}"),
        ("line", f"Line ID：{handle()}"),
        ("url-点com", f"官网 www.{handle()}点com 下单更便宜"),
        ("url", f"更多款式见 https://{handle()}.shop/sale"),
        ("wechat-V❤", f"V❤：{handle()} 备注优惠"),
        ("wechat-微心", f"微心 {handle()}"),
        ("wechat-fullwidth", f"ｗｘ：{handle()}"),
        ("wechat-同号", f"电话微信同号 {phone()}"),
        ("phone-幺", "热线 幺" + phone()[1:].translate(str.maketrans("0123456789", "洞幺两三四五六拐八勾"))),
        ("phone-+86", f"+86-{phone('-')}"),
        ("qq-企鹅", f"企鹅号 {qq}"),
        ("qq-Q", f"Q：{qq}"),
        ("email-#", f"邮箱 {handle()}#163.com（#换成@）"),
        ("telegram-tg", f"TG @{handle()}"),
        ("url-dot", f"访问 {handle()} dot com 领取"),
    ]
    return forms


TRAPS_CONTACT = ["V领设计，修饰脸型。", "云南威信县特产。", "QQ糖 草莓味 独立包装。", "口感Q弹有嚼劲。",
                 "线条简洁 line 设计。", "微信扫码支付更便捷。", "QQ音乐会员兑换卡（虚拟商品）。",
                 "支持微信支付和支付宝付款。", "可用QQ钱包支付。", "20000mAh大容量，可充手机三次。",
                 "型号：KF-2023-118。", "订单号请在我的订单中查看。", "扫码关注店铺有惊喜。",
                 "净含量：500ml×12瓶。", "执行标准 GB/T 22849-2014。", "货号 QQ2019 款。"]
TRAPS_WORD = [("第一次使用前请清洗。", "第一次"), ("一级能效，省电节能。", "一级"),
              ("保证金已缴纳，放心购买。", "保证"), ("国家标准 GB 2760 检测合格。", "国家"),
              ("最近很多顾客回购。", "最近"), ("首次下单可领券。", "首次"),
              ("特价商品不参与满减。", "特价"), ("顶部有挂绳设计。", "顶部"),
              ("首页查看更多款式。", "首页"), ("最后一步，拧紧螺丝即可。", "最后"),
              ("独立包装，卫生方便。", "独立"), ("唯品会同步发售。", "唯"),
              ("极简设计，百搭。", "极简"), ("万能充电线，一线三头。", "万能"),
              ("第一批次已售罄，第二批次现货。", "第一批"), ("冠军系列配色。", "冠军")]
CONTEXTS = [("最大容量1.5L，一家三口够用。", "最大容量"), ("最高温度可达200℃。", "最高温度"),
            ("最小尺寸适合三岁儿童。", "最小尺寸"), ("特级初榨橄榄油。", "特级初榨"),
            ("最大承重150kg。", "最大承重"), ("最低气温零下十度时建议加衬。", "最低气温"),
            ("一级茶叶，明前采摘。", "一级"), ("国家标准GB/T 19001。", "国家标准"),
            ("最多可连接三台设备。", "最多"), ("最长续航20小时。", "最长续航")]
COMPAT = ["适用于{b}手机 钢化膜 高清", "{b}通用 充电线 快充", "兼容{b} 表带 替换", "for {b} 手机壳 防摔",
          "适配{b}耳机 保护套 硅胶", "{b}专用 车载支架"]


def _homophones():
    """same-syllable characters (tone ignored) among the GB2312 level-1 characters"""
    from pypinyin import lazy_pinyin
    by = defaultdict(list)
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                c = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            by[lazy_pinyin(c)[0]].append(c)
    out = {}
    for chars in by.values():
        for c in chars:
            out[c] = [x for x in chars if x != c]
    return out


# Art. 9(3) shapes written out with other words than the lexicon's rows ("最" + a quality, a
# ranking, a grade), to see how the rules generalise beyond their list; the words the project
# grades low on purpose (aesthetic or sensory 最美/最香, seller mottos, stock wording) are xfail
PATTERN_TERMS = """最牛 最强 最实惠 最耐用 最安全 最正宗 最畅销 最划算 最先进 最专业 最权威 最高端 最流行 最健康
最环保 最省电 最持久 最纯正 行业第一 品类第一 全省第一 同类第一 宇宙级 殿堂级 王者级 天花板级 行业天花板
全网最低 史上最低价 全网独家 全球首发 国内首创 行业领先 遥遥领先 领导品牌 第一品牌 销量冠军 无与伦比
前所未有 绝无仅有 永久保值 零风险 药到病除 根治鼻炎 包治百病 三天见效 七天瘦十斤 专家推荐 医生推荐 国宴专用
镇宅 辟邪 招财 保佑平安 最后一天 错过再等一年 马上涨价 最潮 最酷 最优秀 最超值 最顶级 最极致 最完美 最高级
最奢华 最尖端 最受好评 最热销 排名第一 人气第一 好评第一 回购率第一 全球第一 亚洲第一 首屈一指 独占鳌头
销冠 单品冠军 至尊 世界一流 最耐磨 最保湿 最显白 最精致 最时髦 最神奇 最受追捧 最热卖 最抢手 霸榜""".split()
PATTERN_LOW = {t: "graded low or lawful on purpose by the project (执法指南: aesthetic/sensory 最, mottos, "
                  "grades in context)" for t in "最美 最靓 最萌 最甜 最香 神级 最低 最快".split()}


AMBIGUOUS = {
    "initials": "pinyin initials (ZH, ZJ) are ordinary abbreviations and model codes; "
                "flagging them would flag real copy",
    "short-pinyin": "a pinyin spelling of under seven letters (Bakala, Anta) is too often another "
                    "syllable run or a name",
    "short-drop": "a letter dropped from a name of five letters or fewer is usually another word or name "
                  "(brand_spelling.py: short names take only doubled/swapped letters)",
    "bang": "a trailing ! is English punctuation (Wow!), not read as the letter i",
    "english-words": "a multi-word name made of English words (Stone Island, The Body Shop) is looked up "
                     "by its uncommon words; misspelt, it reads as prose",
    "short-vowel": "a four-letter name with one letter changed is usually another word (Neke/Nice)",
}


def generate(seed=SEED) -> list[Case]:
    w = World(seed)
    r = w.r
    cases: list[Case] = []
    zh_cats = sorted(k for k in w.terms if k[0] == "zh")
    # ad_title / ad_description: 30 each, other terms spread across the categories
    for kind in ("ad_title", "ad_description"):
        for i in range(36):
            lang, cat = zh_cats[i % len(zh_cats)]
            term = r.choice(w.terms[(lang, cat)])
            pc, prod = w.product()
            if kind == "ad_title":
                cases.append(Case(kind, w.title(pc, prod, term), w.desc(pc), "title", term, op=cat))
            else:
                cases.append(Case(kind, w.title(pc, prod), w.desc(pc, f"这款{prod}{term}。"),
                                  "description", term, op=cat))
    # evasions
    trad: list[str] = []
    for op in EVASIONS:
        for _ in range(6):
            lang, cat = r.choice(zh_cats)
            term = r.choice([t for t in w.terms[(lang, cat)] if 2 <= len(t) <= 4])
            if op == "traditional":
                if not trad:
                    trad.extend(t for k in zh_cats for t in w.terms[k] if len(t) <= 4 and _s2t(t) != t)
                term = r.choice(trad)
                ev = _s2t(term)
            elif op == "pinyin":
                ev = _pinyin(term)
            elif op == "initials":
                ev = _pinyin(term, True)
            else:
                ev = EVASIONS[op](term)
                if ev is None:
                    continue
            pc, prod = w.product()
            cases.append(Case("ad_evasion", w.title(pc, prod, ev), w.desc(pc), "title", ev, op=op,
                              extra={"canonical": term},
                              xfail=AMBIGUOUS["initials"] if op == "initials" else ""))
    ascii_terms = sorted({t for k, v in w.terms.items() if k[0] == "en" for t in v if len(t) <= 8}
                         | {r_["term"] for r_ in _rows("lexicons/ad_terms.csv") if r_["severity"] == "high"
                            and r_["lang"] == "zh" and any(c.isascii() and c.isalnum() for c in r_["term"])})
    for t in r.sample(ascii_terms, 6):
        ev = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t)
        pc, prod = w.product()
        cases.append(Case("ad_evasion", w.title(pc, prod, ev), w.desc(pc), "title", ev, op="fullwidth"))
    for t in PATTERN_TERMS + sorted(PATTERN_LOW):
        pc, prod = w.product()
        cases.append(Case("ad_pattern", w.title(pc, prod, t), w.desc(pc), "title", t, op="pattern",
                          xfail=PATTERN_LOW.get(t, "")))
    # English terms
    en = [t for k, v in w.terms.items() if k[0] == "en" for t in v]
    for _ in range(12):
        t = r.choice(en)
        pc, prod = w.product()
        cases.append(Case("ad_en", f"{t.title()} {r.choice(['Phone Stand', 'Yoga Mat', 'Lip Balm', 'Desk Lamp', 'Travel Mug'])}",
                          "Ships from our warehouse in 2 days.", "title", t, op="en"))
    # brands
    usable = [b for b in w.brands if b["ambiguous"] == "no" and b["category"] in FILLERS
              and b["zh"] and b["en"]]
    cues = [r_["phrase"] for r_ in _rows("brand_db/cues.csv") if r_["kind"] in ("C", "D") and r_["strong"] == "yes"
            and all("\u4e00" <= c <= "\u9fff" for c in r_["phrase"]) and 2 <= len(r_["phrase"]) <= 3]
    dcues = [r_["phrase"] for r_ in _rows("brand_db/cues.csv") if r_["kind"] == "D"
             and all("\u4e00" <= c <= "\u9fff" for c in r_["phrase"]) and 2 <= len(r_["phrase"]) <= 3]
    for _ in range(24):
        b = r.choice(usable)
        name = r.choice([b["zh"].split("|")[0], b["en"].split("|")[0]])
        cue = r.choice(cues + dcues)
        word = name + cue if r.random() < .6 else cue + name
        cases.append(Case("brand_piggyback", w.title(b["category"], w.product(b["category"])[1], word),
                          w.desc(b["category"]), "title", name, b["canonical"], op=cue))
    for _ in range(18):
        b = r.choice(usable)
        name = r.choice([b["zh"].split("|")[0], b["en"].split("|")[0]])
        pc, prod = w.product(b["category"])
        cases.append(Case("brand_bare", w.title(pc, prod, name), w.desc(pc), "title", name, b["canonical"]))
    for _ in range(18):
        b = r.choice(usable)
        name = r.choice([b["zh"].split("|")[0], b["en"].split("|")[0]])
        pc, prod = w.product(b["category"])
        sent = r.choice(["与{n}专柜{c}，品质一致。", "对标{n}，{c}做工。", "{n}{c}，同一工厂出品。",
                         "品质不输{n}正品，{c}。"]).format(n=name, c=r.choice(dcues))
        cases.append(Case("brand_desc", w.title(pc, prod), w.desc(pc, sent), "description", name,
                          b["canonical"]))
    fuzzy_pool = [b for b in usable if b["fuzzy"] == "yes"]
    for op in FUZZY_OPS:
        made = 0
        for b in r.sample(fuzzy_pool, len(fuzzy_pool)):
            name = b["en"].split("|")[0]
            if not name.replace(" ", "").isalpha() or len(name) < 4:
                continue
            v = misspell(name, op, r)
            if not v or v.lower() == name.lower():
                continue
            pc, prod = w.product(b["category"])
            xf = AMBIGUOUS["short-vowel"] if len(name) <= 4 and op in ("double", "drop", "swap") else ""
            if op == "drop" and len(name.replace(" ", "")) <= 5:
                xf = AMBIGUOUS["short-drop"]
            if op == "symbol" and v.endswith("!"):
                xf = AMBIGUOUS["bang"]
            words = name.split()
            if len(words) >= 2 and all(_english(x) for x in words if len(x) > 1):
                xf = AMBIGUOUS["english-words"]
            cases.append(Case("brand_fuzzy", w.title(pc, prod, v), w.desc(pc), "title", v, b["canonical"],
                              op=op, xfail=xf))
            made += 1
            if made == 4:
                break
    # Chinese sound-alike (谐音) and pinyin brand names
    zh_pool = [b for b in usable if b["fuzzy"] == "yes" and 3 <= len(b["zh"].split("|")[0]) <= 4]
    from pypinyin import lazy_pinyin
    for b in r.sample(zh_pool, 6):
        zh = b["zh"].split("|")[0]
        py = "".join(lazy_pinyin(zh)).capitalize()
        pc, prod = w.product(b["category"])
        cases.append(Case("brand_fuzzy", w.title(pc, prod, py), w.desc(pc), "title", py, b["canonical"],
                          op="pinyin", xfail=AMBIGUOUS["short-pinyin"] if len(py) < 7 else ""))
    homo = _homophones()
    look = defaultdict(list)
    for r_ in _rows("brand_db/lookalike_chars_curated.csv"):
        look[r_["original"]].append(r_["variant"])
    zh3 = [b for b in usable if b["fuzzy"] == "yes" and 2 <= len(b["zh"].split("|")[0]) <= 4]
    for op in ("zh-homophone", "zh-lookalike"):
        made = 0
        for b in r.sample(zh3, len(zh3)):
            zh = b["zh"].split("|")[0]
            table = homo if op == "zh-homophone" else look
            pos = [i for i, c in enumerate(zh) if table.get(c)]
            if not pos:
                continue
            i = r.choice(pos)
            v = zh[:i] + r.choice(table[zh[i]]) + zh[i + 1:]
            pc, prod = w.product(b["category"])
            xf = ("a two-character name with one character swapped is usually another word"
                  if len(zh) == 2 else "")
            cases.append(Case("brand_fuzzy", w.title(pc, prod, v), w.desc(pc), "title", v, b["canonical"],
                              op=op + ("-2" if len(zh) == 2 else ""), xfail=xf))
            made += 1
            if made == 6:
                break
    # contacts
    for op, text in contact_forms(r):
        pc, prod = w.product()
        if r.random() < .5:
            cases.append(Case("contact", w.title(pc, prod), w.desc(pc, text + "。"), "description", text, op=op))
        else:
            cases.append(Case("contact", w.title(pc, prod) + " " + text, w.desc(pc), "title", text, op=op))
    # quiet kinds
    for t in TRAPS_CONTACT:
        pc, prod = w.product()
        cases.append(Case("trap_contact", w.title(pc, prod), w.desc(pc, t), "", op=t[:6]))
    for t, key in TRAPS_WORD:
        pc, prod = w.product()
        cases.append(Case("trap_word", w.title(pc, prod), w.desc(pc, t), "", op=key))
    for t, key in CONTEXTS:
        pc, prod = w.product()
        cases.append(Case("context", w.title(pc, prod), w.desc(pc, t), "", op=key))
    phones = [b for b in w.brands if b["category"] == "electronics" and b["ambiguous"] == "no" and b["en"]]
    for tpl in COMPAT:
        b = r.choice(phones)
        n = r.choice([b["en"].split("|")[0], b["zh"].split("|")[0] or b["en"].split("|")[0]])
        cases.append(Case("trap_compat", tpl.format(b=n), "精准开孔，做工细致。", "", op=n))
    for _ in range(10):
        b = r.choice(usable)
        name = r.choice([b["zh"].split("|")[0], b["en"].split("|")[0]])
        pc, prod = w.product(b["category"])
        own = tuple(x for x in (b["en"].split("|")[0], b["zh"].split("|")[0]) if x)
        cases.append(Case("trap_own_brand", f"{name} 官方正品 " + w.title(pc, prod), w.desc(pc), "",
                          op=name, own=own))
    # a shop that denies selling copies (拒绝高仿, 本店不销售任何仿品): lawful, must stay quiet
    markers = [r_["phrase"] for r_ in _rows("brand_db/counterfeit.csv") if r_["strength"] == "strong"
               and all("\u4e00" <= c <= "\u9fff" or c.isalnum() for c in r_["phrase"]) and not r_["unless_near"]]
    for _ in range(8):
        m = r.choice(markers)
        sent = r.choice(["拒绝{m}，只做原创。", "本店不销售任何{m}。", "谨防{m}，认准本店。", "绝非{m}，支持验货。",
                         "杜绝{m}，品质保障。"]).format(m=m)
        pc, prod = w.product()
        cases.append(Case("trap_denial", w.title(pc, prod), w.desc(pc, sent), "", op=m))
    for _ in range(20):
        pc, prod = w.product()
        cases.append(Case("clean", w.title(pc, prod), w.desc(pc)))
    return cases


# ---------------------------------------------------------------- measuring
def _core(s):
    import re
    return re.sub(r"[\s\u200b\u200c\u200d\u2060\ufeff★☆\-·.~*_|/\\,，。:：!！🔥【】]+", "",
                  unicodedata.normalize("NFKC", s or "").casefold())


def _overlap(found, expected):
    f, e = _core(found), _core(expected)
    if not f or not e:
        return False
    need = min(len(e), 3 if e.isascii() else 2)
    best = 0
    for i in range(len(f)):
        for j in range(len(e)):
            k = 0
            while i + k < len(f) and j + k < len(e) and f[i + k] == e[j + k]:
                k += 1
            best = max(best, k)
    return best >= need


_SCANNERS: dict = {}


def scan(case: Case):
    from scanner.engine import ScanContext
    from scanner.models import Listing
    from scanner.pipeline import ListingScanner, ScanOptions
    s = _SCANNERS.get(case.own)
    if s is None:
        s = _SCANNERS[case.own] = ListingScanner(ScanOptions(ocr=False, context=ScanContext(own_brands=case.own)))
    return s.scan(Listing(id="t", title=case.title, description=case.description)).findings


def judge(case: Case, findings) -> bool:
    sev = [f for f in findings if f.severity in SEVERE]
    if case.kind.startswith("ad_"):
        return any(f.category in AD and f.field == case.field and _overlap(f.matched_text, case.expect)
                   for f in sev)
    if case.kind.startswith("brand_"):
        return any(f.category in BRAND and f.field == case.field and
                   (_overlap(f.matched_text, case.expect) or _overlap(f.term, case.brand)) for f in sev)
    if case.kind == "contact":
        return any(f.category in CONTACT and f.field == case.field and _overlap(f.matched_text, case.expect)
                   for f in sev)
    if case.kind == "trap_denial":  # the brand rules' trap (顶级 in 绝非顶级复刻 is still an ad term)
        return not any(f.category in BRAND for f in sev)
    return not sev   # quiet kinds


def measure(cases=None):
    cases = cases if cases is not None else generate()
    table = defaultdict(lambda: [0, 0])
    misses = []
    for c in cases:
        fs = scan(c)
        ok = judge(c, fs)
        key = c.kind + (f":{c.op}" if c.kind in ("ad_evasion", "brand_fuzzy", "contact") else "")
        for k in {c.kind, key}:
            table[k][0] += ok
            table[k][1] += 1
        if not ok:
            misses.append((c, [(f.category, f.severity, f.matched_text) for f in fs]))
    return table, misses


# ---------------------------------------------------------------- tests
# floors: the after-fix rates of this session minus a margin (a drop below means a regression)
FLOORS = {"ad_pattern": .8, "ad_title": .85, "ad_description": .85, "ad_en": .75, "ad_evasion": .6, "brand_piggyback": .85,
          "brand_bare": .75, "brand_desc": .75, "brand_fuzzy": .5, "contact": .7, "trap_contact": 1.0,
          "trap_word": 1.0, "context": 1.0, "trap_compat": 1.0, "trap_own_brand": 1.0, "trap_denial": .9, "clean": 1.0}


# the rules this check added, one by one, with the look-alikes that must stay quiet
def _found(text, cats, description=""):
    from scanner.models import Listing
    fs = scan(Case("probe", text, description))
    return [f.matched_text for f in fs if f.category in cats and f.severity in SEVERE]


@pytest.mark.parametrize("text,word", [
    ("Sanzhisongshu 坚果礼盒 每日坚果", "Sanzhisongshu"),   # pinyin of 三只松鼠
    ("Zhoudafu 足金 戒指", "Zhoudafu"),                     # pinyin of 周大福
    ("Yangleduo 乳酸菌饮品", "Yangleduo"),                  # pinyin of 养乐多
    ("$hure 入耳式 耳机", "$hure"),                        # $ for the first letter
    ("@didas 跑步鞋 男", "@didas"),
    ("Prad@ 手提包 女", "Prad@"),                          # @ for the last letter
    ("Škdoa 车标 改装", "Škdoa"),                           # accented name misspelt
    ("Kérasta5e 洗发水", "Kérasta5e"),
])
def test_new_brand_spellings(text, word):
    got = _found(text, BRAND)
    assert any(_overlap(m, word) for m in got), got


@pytest.mark.parametrize("text", [
    "jianyue fengge 原创设计 手链",   # pinyin that is no brand name
    "shuijingdeng 实拍 客厅吊灯",     # pinyin of an ordinary word: no name
    "售价$99 包邮 耳机",             # $ before a number
    "email me: lily@163.com 耳机",   # @ inside an address
    "café latte 咖啡杯 陶瓷",         # accented ordinary words
    "Crème brûlée 甜品模具",
])
def test_new_brand_spellings_quiet(text):
    assert not _found(text, BRAND), _found(text, BRAND)


@pytest.mark.parametrize("text,word", [
    ("威❤ kf88219 拿内部价", "威❤ kf88219"),      # a heart for 信 (xīn)
    ("V❤：lily2023 备注优惠", "V❤：lily2023"),
    ("微心 shop4521", "微心 shop4521"),
    ("Line ID：kf52116", "Line ID：kf52116"),
    ("热线 幺三五八勾两四两五两勾", "幺三五八勾两四两五两勾"),  # radio digits 幺 洞 两 拐 勾
])
def test_new_contact_forms(text, word):
    got = _found("保温杯 新款", CONTACT, text)
    assert any(_overlap(m, word) for m in got), got


@pytest.mark.parametrize("text", [
    "送女友❤ 520礼物 浪漫",           # a heart as decoration
    "唯心主义 哲学 书籍",
    "V领❤ 针织衫",
    "product line: ABC123 series",   # line without its ID label
    "两个洞洞 三拐四勾 造型",           # radio digits in ordinary words
    "两件套 勾花 一二三四五 段",
])
def test_new_contact_forms_quiet(text):
    assert not _found("保温杯 新款", CONTACT, text), _found("保温杯 新款", CONTACT, text)


@pytest.mark.parametrize("text", [
    "拒绝高仿，只做原创设计",        # a counterfeit marker the shop denies
    "本店不销售任何仿品",
    "谨防高仿，认准本店",
    "绝非A货 品质保障",
])
def test_denied_markers_quiet(text):
    assert not _found("手提包 新款", BRAND, text), _found("手提包 新款", BRAND, text)


@pytest.mark.parametrize("text,word", [
    ("不是高仿胜似高仿", "高仿"),      # the second marker is claimed
    ("高仿 大牌 手提包", "高仿"),
    ("外贸原单 尾货清仓", "原单"),
    ("非常高仿 包包 大牌", "高仿"),      # 非常 (very) is no denial
])
def test_markers_still_found(text, word):
    got = _found("手提包 新款", BRAND, text)
    assert any(word in m for m in got), got


def test_twin_rates():
    table, misses = measure()
    low = {k: f"{table[k][0]}/{table[k][1]}" for k, floor in FLOORS.items()
           if table[k][1] and table[k][0] / table[k][1] < floor}
    assert not low, (low, [(c.kind, c.op, c.title, c.description, f) for c, f in misses
                           if c.kind in low and not c.xfail][:20])


if __name__ == "__main__":
    n = int(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else 1
    table, misses = measure([c for i in range(n) for c in generate(SEED + i)])
    for k in sorted(table):
        h, t = table[k]
        print(f"{k:32s} {h:3d}/{t:<3d} {h / t:.2f}")
    if "--show-misses" in sys.argv:
        for c, f in misses:
            print(f"MISS {c.kind}:{c.op} xfail={bool(c.xfail)} | {c.title} | {c.description} | expect={c.expect!r} | {f}")
