"""The contact detector's vocabulary (lexicons/contact_words.csv) and the patterns built from it:
cue look-alikes (微信/薇信/V信, QQ/扣扣/企鹅), phone, invitation and label words, handle and unit
words, top-level domains, link shorteners, shared hosting and the platforms' host families —
compiled once per lexicon folder (`ContactWords`, cached on disk) — and which hosts a listing may
link to (its shop's domains, its own platform's family)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..engine import FieldText
from ..lexicon import LexiconError, lexicon_dir, read_rows
from ..matching import WordGate
from ..normalize import normalize_key
from .contact_bank import bank_patterns
from .contact_steer import steer_patterns

# ------------------------------------------------------------------ cue words (normalised text)

# Cue words are matched only where one of these characters stands (a C-speed character scan),
# then the anchored pattern below decides; a lead-in 加/添加/加我/+ is added to the quote.
# (信 also as 芯/锌, near sounds sellers type to dodge filters: 薇锌)
_WX = (r"[{wechat_char}] ?(?:心 ?)?(?:[信芯锌]|亻言|xin(?![a-z])|x(?![a-z]) ?信?)"  # (微❤信: the heart a separator; VX信)
       r"|(?:[{wechat_char}]|(?<![a-z0-9])v) ?心(?! ?[信芯锌])"  # 心 (xīn, and ❤ folded to it) for 信: 微心, 威❤, 维❤, V❤
       r"|(?<![a-z0-9])(?:wei|v|w) ?(?:心 ?)?(?:[信芯锌]|亻言|xin(?![a-z])|x(?![a-z]) ?信?)"
       r"|(?<![a-z0-9])(?:we ?chat|vchat)(?![a-z])"
       r"|(?:(?<=[加+私])|(?<=加我)|(?<=\+我))(?:[微薇威维]|v(?![a-z])|w(?![a-z]))"
       r"|(?<![a-z0-9])v(?= ?[:：=]|号)|[微薇](?= ?[:：=])"
       # V我 + a handle (小红书 2025 细则 reports: 暗语“V我”; 抖音酒类 rule: V我：…); V我50 (the
       # meme, a sum) is no handle
       r"|(?<![a-z0-9])v我(?= ?[:：=]? ?[a-z])")
_QQ = (r"(?<![a-z0-9])q ?q(?![a-z])|{qq_doubled}|企鹅|扣q|群号"
       r"|(?:扣|(?<![a-z0-9])q)我(?= ?\d{{5}})"  # 扣我 2233445566, Q我 1234567890: a QQ number asked for
       r"|(?<![a-z0-9])q(?=群|号| ?[:：=])|(?:(?<=[加+])|(?<=加我))扣|扣(?=群)"
       # 加群 812345678, 进群：812345678: the group to join named by its number (B站案例库 2026:
       # 评论、弹幕、动态引向群) — 加群领券 with no number stays an invitation
       r"|(?<=[加进入])群(?= ?[:：=]? ?\d{{5}})"
       # 加Q 123456789, 加🐧 28536612 (the penguin folded to q): one q after 加 names QQ only
       # before a QQ number (加Q弹 is chewy food)
       r"|(?:(?<=[加+])|(?<=加我))q(?= ?[1-9]\d{{4,10}}(?!\d))")
_SUFFIX = r"(?:群号|号码|号|群|账号|帐号|名|(?: ?id)(?![a-z]))?"
# (the word lists in these patterns are filled from lexicons/contact_words.csv: ContactWords)
_TRIGGER = (r"[{wechat_char}{qq_char}企群vwq]"
            r"(?:(?= ?[信芯锌亻xq心])|(?=[:：=号群{qq_char}鹅]| [:：=])|(?=ei|e ?chat|chat)|(?<=[加+私我].)|(?<=v)(?=我)"
            r"|(?<=[扣q])(?=我 ?\d)|(?<=[加进入]群)(?= ?\d))")
# (…店铺：name — a shop on another platform by its name: 某宝店铺：好物小铺, 闲鱼店铺：…; …搜口令 code —
# a share code to look up there: 某宝搜口令 Ab12Cd34)
_SOCIAL = r"(?:{social_app})(?:号|id(?![a-z])|搜索|搜口令|搜|店铺名?|店名)?|(?:视频|公众)号(?:搜索|搜)?|微博"
# phone cues are only looked for right before a digit run
_TEL_BEFORE = (r"(?:(?:{phone_prefix})?(?:{phone_hotline})(?:号码)?|{phone_word}"
               r"|(?<![a-z])(?:{phone_latin})+(?![a-z])(?: ?(?:us|me)(?![a-z]))?(?: ?(?:at|on)(?![a-z]))?)"
               r"(?:[ :：=#()（）\[\]【】]|是|为)*$")
# a number written with its country code (+44 7700 900123) a few words after a Latin phone word
# of the same clause: 在WhatsApp上加我下单 +44…, WhatsApp only: +1 (415)…
# (a question or exclamation mark may close the app's name: "Can we move to WhatsApp? 305-…")
_TEL_FAR = r"(?<![a-z])(?:{phone_latin})(?![a-z])[?!？！]?[^。！？!?\n+0-9]{{0,20}}$"
# without a country code, only after a chat or payment app whose account is a phone number
# (Add me on Zalo to order: 0987.654.321; TikTok Shop: "Add me on XYZ Messenger to order")
# ("turn signal" is a car's indicator light, not the Signal app: TURN SIGNAL … OEM 42716024)
_TEL_FAR_APP = r"(?<![a-z])(?<!turn )(?:{phone_app})(?![a-z])[?!？！]?[^。！？!?\n+0-9]{{0,20}}$"
# a number with its country code right before a Latin phone word or chat app: +234 803 123 4567
# WhatsApp only, +44 7700 900123 (Viber)
_TEL_AFTER = r"[ :：\-–—(（\[【/]{{0,3}}(?<![a-z])(?:{phone_latin}|{phone_app})(?![a-z])"
# an account on a Latin-named social app (TikTok Shop and eBay rules: social media user names,
# IDs): the app, then a colon or @ and the handle (IG: lucy_crafts, Telegram @lucyshop), or the
# @handle then "on" the app (Follow @lucy.crafts on Instagram). Read on the folded original
# text, where the dots and underscores of a handle are still there; a handle after a colon needs
# a digit, dot or underscore (Snap: quick release is no account). A Skype name of a Microsoft
# account carries a live: prefix (Skype: live:.cid.7f3a2b9c, Fiverr's rule on Skype/IM usernames)
_HANDLE = r"[a-z0-9](?:[a-z0-9._]{{1,28}}[a-z0-9_])"
_SOCIAL_LATIN = (r"(?<![a-z0-9])(?P<app>{social_latin})(?: ?(?P<lab>id|handle|username|account))? ?(?:[:：] ?(?P<h1>@?(?:live:\.?)?" + _HANDLE + r")"
                 r"|[@$](?P<h2>" + _HANDLE + r"))(?![a-z0-9@])"
                 # (on, and the same word in Portuguese, Spanish, German, French: @loja no Instagram)
                 r"|(?<![a-z0-9.@])@(?P<h3>" + _HANDLE + r") (?:on|no|na|en|em|auf|sur) (?:{social_latin})(?![a-z0-9])"
                 # an app named in full, a space, then a handle with a dot or underscore (Snapchat
                 # kay.vintage, Instagram kay_crafts): Depop's and TikTok Shop's social media handles
                 r"|(?<![a-z0-9])(?:{social_latin_bare}) (?P<h4>[a-z][a-z0-9]{{2,}}[._][a-z0-9._]*[a-z0-9])(?![a-z0-9@])")
# invitation without a readable handle: worth a look (low)
# (group `direct`: a personal WeChat/QQ contact to add, or a private chat there — 加微信, 加我v,
# 私聊V信 — reported as medium; a group, an official account or a service account stays low)
_INVITE_APPS = r"(?:[微薇威维徽][信芯]|v ?[信x]|w ?x|weixin|wechat|q ?q|扣扣|企鹅|{invite_app})"
_INVITE = (r"(?P<direct>(?:{invite_add})(?:好友)?" + _INVITE_APPS +
           # 下单走绿泡泡, 定金走vx转账: the sale or its deposit routed through the chat app
           # (付款走微信支付 names the payment method of a marketplace that offers it: not the route)
           r"|(?:{invite_deal}|定金|订金|尾款|全款)走" + _INVITE_APPS + r"(?!支付|pay)" +
           r"|(?:{invite_ask_direct})(?:{invite_ask_app})(?!{invite_service})|(?:{invite_scan})"
           r"|(?:\+|加我)v(?![a-z0-9])"
           # 加我薇 / 加我微 / +薇: the app cut to its look-alike first character (not 加我微博, 加我微店)
           r"|加我[微薇威](?![信芯博店商视单笑课波米])|\+[薇威](?![信芯])"
           # 加V看实拍, 加V领取优惠券 — not 加V型枕, 加V字 or 加V领 (a V-neck added)
           r"|加v(?![a-z0-9型字]|领(?!取))"
           # v我详聊, wx我下单: "WeChat me", the app's letter as the verb, then what to do there
           # (V我50, the meme asking for money, has no such word after it)
           r"|(?<![a-z0-9])(?:v|vx|wx|vx私|薇)我(?=详聊|细聊|私聊|了解|咨询|领取|发你|下单|付款|转账|报名|预约))"
           r"|关注(?:微信)?公众号|(?:{invite_join})(?:{invite_group_app})?(?:{invite_group})(?!{invite_not_group})"
           r"|(?:{invite_ask})(?:{invite_ask_app})|(?:{invite_ask_app})(?:{invite_service})")
# a benefit offered for going there (加微信领红包, 截图给微信客服领取红包): an invitation with a
# reward is no passing mention but a diversion with an inducement — reported as medium
_INVITE_REWARD = r"[^。！？!?\n]{{0,40}}?(?:{invite_reward})"
_INVITE_REWARD_BEFORE = r"(?:{invite_reward})[^。！？!?\n]{{0,40}}$"
# an English invitation naming the app, no handle (DM me on Instagram, message us via WhatsApp,
# add me on WeChat): marketplace rules (Amazon, eBay, Etsy, TikTok Shop) bar steering buyers there
_INVITE_LATIN = (r"(?<![a-z])(?:(?:{invite_latin_verb})(?: me| us)(?: up)?(?: directly| now| today| anytime)?"
                 r" (?:on|via|through|thru|over) (?:{invite_latin_app})"
                 # … or a group on it to join (Join our WhatsApp group for wholesale prices)
                 r"|join(?:ing)? (?:our|my) (?:{invite_latin_app}) (?:groups?|channels?|community|chats?|servers?))(?![a-z])")
# the sale itself moved there (加微信下单, 加vx付款): the invitation is to trade off the platform
_INVITE_DEAL = r"(?:好友|私聊|后|再|来){{0,2}}(?:{invite_deal})"
# hints that the contact waits on a profile (看个性签名, 主页有微, 看我简介): platform rules name
# them as diversions themselves (抖音“引导私下交易”: 暗示添加联系方式)
# an e-mail address spelled out (john at gmail dot com, john.doe [at] gmail [dot] com), read on
# the normalised text, where [at]/(dot) have become words
_SPELLED_MAIL = (r"(?<![a-z0-9])[a-z0-9]{{2,64}} ?at (?:{mail_provider}) ?dot (?:com|cn|net)(?![a-z0-9])"
                 # written (at) the word is no preposition: any domain (sales (at) shop dot com); [at]
                 # loses its brackets when normalised, contact.py reads them in the source
                 # (and its dot in brackets too: anna.villa (at) gmail (dot) com — FlipKey blocks personal e-mail)
                 r"|(?<![a-z0-9])[a-z0-9._]{{2,64}} ?\(at\) ?[a-z0-9-]{{2,40}} ?(?:\(dot\) ?|dot )(?:com|cn|net|org|co)(?![a-z0-9])")
# a host spelled out with " dot " (www dot lunagear dot com, lunagear dot com dot au): with www in
# front, or a generic domain and a country code after it — "the dot com bubble" is no host
_SPELLED_HOST = (r"(?<![a-z0-9])(?:www dot (?:[a-z0-9-]{{2,40}} dot )+(?:{tld})"
                 r"|[a-z0-9-]{{2,40}} dot (?:com|net|org|co|edu|gov) dot [a-z]{{2}}"
                 # … or one name and a top-level domain that is no English word (abc6670 dot com, shop
                 # dot io), unless a dot_word row says the words are something else (the dot com bubble,
                 # polka dot: before; dot com era, dot com boom: after)
                 r"|(?!(?:{dot_before}) )[a-z0-9-]{{2,40}} dot (?:{host_tld})(?! (?:{dot_after})(?![a-z])))"
                 r"(?![a-z0-9])")
# an address with [at] and [dot] in brackets (normalising drops the brackets; contact.py reads them
# in the source): the words are no preposition and no full stop, so any domain counts
_SPELLED_ANY = r"(?<![a-z0-9])[a-z0-9._]{{2,64}} at [a-z0-9-]{{2,40}} dot (?:{host_tld}|co)(?![a-z0-9])"
_UNIT_HANDLE = r"\d+(?:{handle_unit})"
_OS_HANDLE = r"(?:{handle_os})\d*"

# what makes a number a specification, a code or a price rather than a phone
_UNIT_AFTER = (r" ?(?:{spec_unit})(?![a-z])"
               r"|(?!包邮)[{spec_unit_char}]")  # (1597534682 包邮: free shipping, not 包 a pack)
_LABEL_BEFORE = (r"(?:{code_label}"
                 r"|(?<![a-z])(?:{code_label_latin}))"
                 r"(?:[ :：=#]|是|为)*$")
_DOT = r"(?: ?[.。．] ?|点|\(\.\)|\[\.\]|\(dot\)|\[dot\])"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PATH = r"(?:/[a-z0-9\-._~%!$&'*+,;=:@/?#\[\]]*)?"


def _link_pattern(tld: str) -> re.Pattern:
    return re.compile(
        rf"(?P<scheme>h ?t ?t ?p ?s? ?: ?/ ?/ ?[^\s<>\"'\u2000-\uffff]+)"
        rf"|(?P<www>(?<![a-z0-9])www{_DOT}(?:{_LABEL}{_DOT})*{_LABEL}{_PATH})"
        rf"|(?P<host>(?<![a-z0-9@.\-])(?:{_LABEL}{_DOT})+(?P<tld>{tld})(?![a-z0-9]){_PATH})",
        re.I,
    )


def _window_pattern(tld: str) -> re.Pattern:
    return re.compile(
        rf"(?:[.。．]|点|\(\.\)|\[\.\]|\(dot\)|\[dot\]) ?(?:{tld})(?![a-z0-9])|www|: ?/ ?/|[@＠#]|艾特|\(at\)|\[at\]",
        re.I)


def _email_pattern(tld: str, providers: str) -> re.Pattern:
    return re.compile(
        rf"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{{0,63}} ?@ ?(?:{_LABEL}{_DOT})+(?:{tld})(?![a-z0-9])"
        rf"|(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{{0,63}} ?(?:#|\(at\)|\[at\]|艾特) ?"
        rf"(?:{providers}){_DOT}(?:com|cn|net)(?![a-z0-9])",
        re.I,
    )
_SECOND_LEVEL = frozenset({"com", "net", "org", "gov", "edu", "co", "ac"})


# ------------------------------------------------------------------ the word lists (data)

WORDS_FILE = "contact_words.csv"
# the places a hint points to (看个性签名, 主页有微, 看我简介, 联系方式见图片, 联系方式在置顶评论,
# 水印就是我的vx): every invite_hint row holds one
HINT_PLACES = ("签名", "个签", "主页", "简介", "头像", "图片", "置顶", "评论", "水印", "朋友圈")
# … and where a contact word (hint_contact rows, or a social app's 号) is said to wait near one of
# them (主页背景图有联系方式, 个签有绿色软件号, 截图里有我的扣扣, 水印是我的某音号, 置顶，群号在里面):
# the places of the hints and the pictures' parts a seller points to
NEAR_PLACES = HINT_PLACES + ("背景图", "截图", "图里", "图中", "图上")
# (one compiled search each: a field is asked about every place at once)
HINT_PLACES_RE = re.compile("|".join(map(re.escape, HINT_PLACES)))
NEAR_PLACES_RE = re.compile("|".join(map(re.escape, NEAR_PLACES)))
# a place named with a refusal or a removal right before it (无水印, 去水印, 不看主页) points to nothing
_NEAR_NOT = r"(?<![无没不勿别防去])"
# the place, then in the same clause 有/是/见/在 and the contact (主页背景图有联系方式, 水印是我的某音号)
_HINT_NEAR_AFTER = (_NEAR_NOT + r"(?:{near_places})(?P<gap>[^。！？!?\n；;，,]{{0,8}}?)"
                    # (是 only as 是我的: 图中是VX2758支架 shows goods; a Latin word runs on: 图中有VX2758)
                    r"(?:(?:里|中|上|内)?(?:有|见|在)(?:我的|我|的)?|(?:就)?是我的?)(?:{near_contacts})(?![a-z0-9])")
# … or the place, a comma, and the contact said to be there (看评论区置顶，群号在里面)
_HINT_NEAR_COMMA = (_NEAR_NOT + r"(?:{near_places})[^。！？!?\n；;，,]{{0,6}}[，,] ?(?:{near_contacts})"
                    r"(?:就)?(?:在|见)(?:里面|里边|上面|那里|这里|里)")
# … or the contact first, then the place it waits in (群号在置顶, 联系方式在主页背景图)
_HINT_NEAR_BEFORE = (r"(?:{near_contacts})(?:就)?(?:在|见|看)(?:我的?)?(?:评论区)?" + _NEAR_NOT + r"(?:{near_places})")
_SHIPPED = Path(__file__).resolve().parent.parent.parent / "lexicons"
# kinds of lexicons/contact_words.csv (kind,word,group,note); each needs at least one row
KINDS = ("wechat_char", "qq_char", "social_app", "lead", "phone_prefix", "phone_hotline", "phone_word",
         "phone_latin", "invite_add", "invite_join", "invite_group_app", "invite_group", "invite_not_group",
         "invite_ask", "invite_ask_app", "invite_service", "invite_reward", "invite_deal", "invite_hint", "social_latin", "social_latin_bare", "social_latin_weak", "phone_app", "not_handle", "handle_unit", "handle_os", "contact_attribute",
         "shortener", "not_host", "shared_hosting", "platform", "tld", "word_tld", "mail_provider",
         "spec_unit", "spec_unit_char", "code_label", "code_label_latin", "offsite_pay", "platform_app", "bank_word",
         "dot_word", "invite_latin_verb", "invite_latin_app", "same_name", "offline_place", "cheaper_there", "invite_scan",
         "invite_app", "hint_contact", "market_name", "steer_go", "steer_shop", "steer_act", "steer_not", "own_site",
         "benefit_latin", "steer_benefit")
# kinds a lexicon folder of the user's own may leave out (added after its file was written)
OPTIONAL_KINDS = frozenset({"offsite_pay", "platform_app", "bank_word", "dot_word", "invite_latin_verb",
                            "invite_latin_app", "same_name", "offline_place", "cheaper_there",
                            "invite_scan", "invite_app", "hint_contact", "market_name", "steer_go", "steer_shop",
                            "steer_act", "steer_not", "own_site", "benefit_latin", "steer_benefit"})
# kinds whose words are looked for in the normalised text (the others are read on the original
# text: hosts, top-level domains, mail providers, Latin social apps)
_READ_NORMALISED = frozenset({
    "lead", "phone_prefix", "phone_hotline", "phone_word", "phone_latin", "phone_app", "offsite_pay", "bank_word",
    "invite_add", "invite_join", "invite_group", "invite_group_app", "invite_ask", "invite_ask_app",
    "invite_service", "invite_reward", "invite_deal", "invite_hint", "social_app", "platform_app", "same_name", "offline_place", "cheaper_there",
    "invite_scan", "invite_app", "hint_contact", "market_name", "steer_go", "steer_shop", "steer_act", "steer_not",
    "own_site", "benefit_latin", "steer_benefit"})
# a marketplace's name (platform_app rows, group: its `platform` family) with 搜/号/店铺 after it
_PLATFORM_SOCIAL = r"(?P<app>{platform_app})(?:号|id(?![a-z])|搜索|搜|店铺名?|店名)"


class ContactWords:
    """The word lists of contact_words.csv (cue look-alikes, phone and invitation words, what is
    not a handle, link shorteners, shared hosting, the platforms' host families) and the
    patterns built from them. Of the lexicon folder, else the shipped file (a lexicon folder of
    the user's own may not hold it)."""

    def __init__(self, directory: Path):
        p = Path(directory) / WORDS_FILE
        rows = read_rows(p if p.is_file() else _SHIPPED / WORDS_FILE)
        words: dict[str, list[str]] = {}
        families: dict[str, list[str]] = {}
        short_bank: list[str] = []
        for r in rows:
            kind, word = r.get("kind", ""), r.get("word", "")
            if not word:
                continue
            if kind not in KINDS:
                raise LexiconError(f"{WORDS_FILE}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
            if kind.endswith("_char") and len(word) != 1:
                raise LexiconError(f"{WORDS_FILE}: {kind} rows hold one character each, not {word!r}")
            forms = [word]
            if kind in _READ_NORMALISED:
                # as the normalised text spells it too (Cyrillic look-alike letters folded, a/c no
                # read as ac no): the word is found where the text holds it
                key = normalize_key(word)
                if key and key != word and key not in words.get(kind, ()):
                    forms.append(key)
            words.setdefault(kind, []).extend(forms)
            if kind == "bank_word" and r.get("group") == "short":
                short_bank.extend(forms)  # names an account and nothing else (contact_bank.py)
            if kind == "platform":
                families.setdefault(r.get("group") or word, []).append(word)
        missing = [k for k in KINDS if k not in words and k not in OPTIONAL_KINDS]
        if missing:
            raise LexiconError(f"{WORDS_FILE}: no rows of kind {', '.join(missing)}")
        alt = {k: "|".join(re.escape(w) for w in v) for k, v in words.items()}
        # asking verbs of group `direct` (私聊): a private chat on the app named after them
        direct = [w for r in rows if r.get("kind") == "invite_ask" and r.get("group") == "direct"
                  for w in {r.get("word", ""), normalize_key(r.get("word", ""))} if w]
        alt["invite_ask_direct"] = "|".join(re.escape(w) for w in direct) or "(?!)"
        alt.setdefault("invite_scan", "(?!)")  # (optional: a file of the user's own may have none)
        alt.setdefault("invite_app", "(?!)")
        # a contact word near a hint's place: the hint_contact rows and every social app's 号
        alt["near_contacts"] = "|".join(x for x in (alt.get("hint_contact"), f"(?:{alt['social_app']})号") if x)
        alt["near_places"] = NEAR_PLACES_RE.pattern
        chars = {k: "".join(re.escape(w) for w in words[k]) for k in ("wechat_char", "qq_char", "spec_unit_char")}
        # 扣扣, and 扣❤扣 (a heart, folded to 心, set between the two: as in 微❤信)
        alt["qq_doubled"] = "|".join(f"{re.escape(w)}(?: ?心 ?)?{re.escape(w)}" for w in words["qq_char"])
        word_tlds = set(words["word_tld"])
        alt["host_tld"] = "|".join(re.escape(w) for w in words["tld"] if w not in word_tlds)
        dot_words = {"before": [], "after": []}
        for r in rows:
            if r.get("kind") == "dot_word" and r.get("word") and r.get("group") in dot_words:
                dot_words[r["group"]].append(r["word"].lower())
        for side, ws in dot_words.items():  # (?!) never matches: no row, no guard
            alt["dot_" + side] = "|".join(re.escape(w) for w in ws) or "(?!)"
        fill = {**alt, **chars}
        self.trigger = re.compile(_TRIGGER.format(**fill))
        self.cue = re.compile(rf"(?P<wx>(?:{_WX.format(**fill)}){_SUFFIX})|(?P<qq>(?:{_QQ.format(**fill)}){_SUFFIX})")
        # every social cue starts with an app's word, 视频号/公众号 or 微博: tried only where one stands
        self.social = WordGate(re.compile(_SOCIAL.format(**fill)), ["视频号", "公众号", "微博", *words["social_app"]])
        self.social_apps = frozenset(words["social_app"])
        self.leads = tuple(words["lead"])
        self.tel_before = re.compile(_TEL_BEFORE.format(**fill))
        self.tel_far = re.compile(_TEL_FAR.format(**fill))
        self.tel_far_app = re.compile(_TEL_FAR_APP.format(**fill))
        self.tel_after = re.compile(_TEL_AFTER.format(**fill))
        self.tlds = frozenset(words["tld"])
        self.social_weak = frozenset(words["social_latin_weak"])
        self.social_latin = re.compile(_SOCIAL_LATIN.format(**fill), re.I)
        self.social_latin_words = tuple(words["social_latin"])
        self.invite = re.compile(_INVITE.format(**fill))
        # the chat apps' nicknames (绿泡泡): an invitation is looked for with no cue word before them
        apps = words.get("invite_app", ())
        self.invite_apps_re = re.compile("|".join(map(re.escape, apps))) if apps else None
        self.reward_after = re.compile(_INVITE_REWARD.format(**fill))
        self.reward_before = re.compile(_INVITE_REWARD_BEFORE.format(**fill))
        self.deal_after = re.compile(_INVITE_DEAL.format(**fill))
        self.hint = re.compile(alt["invite_hint"])
        self.hint_near = tuple(re.compile(p.format(**fill)) for p in (_HINT_NEAR_AFTER, _HINT_NEAR_COMMA, _HINT_NEAR_BEFORE))
        # the account named as the shop's or the marketplace id's own (抖音同名, 微信同名, wx同tb号):
        # the buyer finds it without a handle written out
        self.same_name = re.compile(alt["same_name"]) if "same_name" in alt else None
        # … or said right before an app's 号, asked to be followed or looked up (关注同名公众号,
        # 搜同名视频号): 据同名公众号文章结集 is a book's source
        self.same_name_before = (re.compile(f"(?:关注|搜索|搜|添加|加|进)(?:我们|我)?的?(?:{alt['same_name']})的?$")
                                 if "same_name" in alt else None)
        # a lower price promised in another shop (同款更便宜): within the sentence around its name,
        # read like a reward (after, before)
        self.cheaper = ((re.compile(_INVITE_REWARD.format(invite_reward=alt["cheaper_there"])),
                         re.compile(_INVITE_REWARD_BEFORE.format(invite_reward=alt["cheaper_there"])))
                        if "cheaper_there" in alt else None)
        # an eat-in shop's own table or counter (扫台面二维码添加微信好友): the invitation is made in
        # the shop, to a customer standing there, not to an online buyer — it stays low
        self.offline_place = (re.compile(rf"(?:{alt['offline_place']})[^。！？!?\n]{{0,24}}$")
                              if "offline_place" in alt else None)
        # payment moved off the platform with no account named (支付宝转我, 直接走转账, 不走平台)
        self.offsite_pay = WordGate(re.compile(alt["offsite_pay"]), words["offsite_pay"]) if "offsite_pay" in alt else None
        # an English invitation to another app (DM me on Instagram, reach us on WhatsApp, add me on WeChat)
        self.invite_latin = (re.compile(_INVITE_LATIN.format(**fill))
                             if "invite_latin_verb" in alt and "invite_latin_app" in alt else None)
        # every hint names the place it points to: one of these words is looked for first (C-speed `in`)
        bad = [w for w in words["invite_hint"] if not any(p in w for p in HINT_PLACES)]
        if bad:
            raise LexiconError(f"{WORDS_FILE}: invite_hint rows name the place ({'/'.join(HINT_PLACES)}): {bad[0]!r}")
        self.unit_handle = re.compile(_UNIT_HANDLE.format(**fill))
        self.os_handle = re.compile(_OS_HANDLE.format(**fill))
        self.not_handle = frozenset(words["not_handle"])
        self.contact_attributes = tuple(words["contact_attribute"])
        self.short_hosts = frozenset(words["shortener"])
        self.not_hosts = frozenset(words["not_host"])
        self.shared_hosting = frozenset(words["shared_hosting"])
        self.platform_families = tuple(frozenset(v) for v in families.values())
        # marketplaces by name (淘宝, 拼多多, 京东): another platform's shop or search only where the
        # listing's own platform is known (its url or shop domains) and is not that one
        def hosts_by_word(kind: str) -> dict[str, frozenset]:
            """A kind's words with the hosts of the platform family in their `group`."""
            return {r["word"]: frozenset(families.get(r.get("group") or "", ()))
                    for r in rows if r.get("kind") == kind and r.get("word")}

        self.platform_apps = hosts_by_word("platform_app")
        self.platform_social = re.compile(_PLATFORM_SOCIAL.format(**fill)) if self.platform_apps else None
        # marketplaces named as a place to go, search or buy, with their hosts (contact_steer.py);
        # the names longest first, to name the one a match holds (拼多多 before 多多)
        self.market_hosts = hosts_by_word("market_name")
        self.market_names = tuple(sorted(self.market_hosts, key=len, reverse=True))
        self.steer = steer_patterns(words) if "market_name" in words else None
        # words that name a bank account number before or after it (contact_bank.py)
        self.bank = bank_patterns(words.get("bank_word", []), short_bank)
        self.unit_after = re.compile(_UNIT_AFTER.format(**fill))
        self.label_before = re.compile(_LABEL_BEFORE.format(**fill))
        self.link = _link_pattern(alt["tld"])
        self.window_ok = _window_pattern(alt["tld"])
        self.email = _email_pattern(alt["tld"], alt["mail_provider"])
        self.spelled_mail = re.compile(_SPELLED_MAIL.format(**fill))
        self.spelled_host = re.compile(_SPELLED_HOST.format(**fill))
        self.spelled_any = re.compile(_SPELLED_ANY.format(**fill))
        self.word_tlds = frozenset(words["word_tld"])
        self.allowed_cache: dict[tuple, frozenset] = {}


def load_contact_words(directory: str | None = None) -> ContactWords:
    # cached by the folder itself: SCANNER_LEXICONS may point elsewhere between runs
    return _load_words(str(directory or lexicon_dir()))


@lru_cache(maxsize=4)
def _load_words(directory: str) -> ContactWords:
    from ..compiled import load_folder  # built once per content version, cached on disk

    return load_folder("contact", Path(directory), ContactWords)


def _registrable(host: str) -> str:
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _clean_host(value: str) -> str:
    v = value.strip().lower()
    if "//" in v:
        v = urlsplit(v).hostname or ""
    v = v.split("/", 1)[0].split(":", 1)[0]
    if v.startswith("www."):
        v = v[4:]
    return v.strip(".")


def _allowed_domains(ft: FieldText, words: ContactWords) -> frozenset:
    key = (ft.context.shop_domains, ft.listing.url)
    _allowed_cache = words.allowed_cache
    got = _allowed_cache.get(key)
    if got is not None:
        return got
    out = set()
    for d in ft.context.shop_domains:
        h = _clean_host(d)
        if h:
            out.add(h)
    if ft.listing.url:
        try:
            h = _clean_host(ft.listing.url)
        except ValueError:
            h = ""
        if h:
            out.add(h)
            reg = _registrable(h)
            if reg not in words.shared_hosting:
                out.add(reg)
            for fam in words.platform_families:
                if reg in fam:
                    out.update(fam)
    got = frozenset(out)
    if len(_allowed_cache) > 4096:
        _allowed_cache.clear()
    _allowed_cache[key] = got
    return got


def _host_allowed(host: str, allowed: frozenset) -> bool:
    while host:
        if host in allowed:
            return True
        if "." not in host:
            return False
        host = host.split(".", 1)[1]
    return False
