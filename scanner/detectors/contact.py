"""Off-platform contact details (站外引流): WeChat / QQ handles, mobile and landline numbers,
links to other sites and e-mail addresses, in whatever disguise sellers put them.

Contact details are structural, not a term list, so this detector is a handful of regular
expressions; the words they are built from (cue look-alikes, phone, invitation and label words,
units, top-level domains, link shorteners, the platforms' host families…) are data,
`lexicons/contact_words.csv`, compiled once per lexicon folder (`ContactWords`):

- cue words (微信 and its look-alikes 薇信/威信/V信/VX/wx…, QQ/扣扣/企鹅/Q群…, 电话/手机/☎…)
  are found on the *normalised* text (full-width folded, separators between Chinese removed,
  traditional → simplified), then the handle or number that follows them is read;
- digit runs (ASCII, full-width, circled, Chinese numerals 一三八/幺, spaced or dotted groups)
  are read on the normalised text and classified: 11-digit mobile numbers (1[3-9]…, with or
  without +86/0086) anywhere; landlines and 400/800 numbers only after a phone cue; QQ/WeChat
  numbers only after their cue. A run embedded in a longer number, glued to letters (model
  numbers) or followed by a unit (10000mAh, 件) is not a phone;
- links and e-mail addresses are read on the original text (normalisation drops the dots
  between letters), with full-width characters folded one-for-one so offsets stay valid.

The word lists and the patterns built from them are `contact_words.py`; this module reads a
field with them. Spans are mapped back to the original text, so `matched_text` quotes the source exactly
(加微信 xiaomei20506, 微.信号 tm18050, ＋８６ １３８ １２３４ ５６７８).
"""
from __future__ import annotations

import re
from itertools import chain

from ..engine import Candidate, FieldText
from ..matching import SpanSet
from ..normalize import normalize
from .contact_bank import MIN_SHORT, account_number
from .contact_words import HINT_PLACES, _allowed_domains, _host_allowed, load_contact_words

CATEGORY = "offsite_contact"

LAW = ("电商平台规则禁止站外引流：不得在商品标题、描述、图片中发布微信、QQ、电话、邮箱、站外链接等联系方式，"
       "或引导买家脱离平台沟通、交易（淘宝/天猫、拼多多、京东、1688 等平台的商品信息发布与交易安全规则）")
SUGGESTION = "删除该联系方式；与买家沟通请使用平台自带的客服渠道（旺旺/平台客服消息）。"
SUGGESTION_LINK = "删除站外链接；商品信息中只引用本店或本平台内的页面，售前售后请走平台客服（旺旺/平台客服消息）。"

# rule id -> canonical term
TERM = {
    "CONTACT-WECHAT": "微信号",
    "CONTACT-QQ": "QQ号",
    "CONTACT-PHONE": "手机号",
    "CONTACT-LANDLINE": "固定电话",
    "CONTACT-LINK": "站外链接",
    "CONTACT-EMAIL": "邮箱",
    "CONTACT-SOCIAL": "站外账号",
    "CONTACT-INVITE": "引导站外联系",
    "CONTACT-BANK": "银行账号",
}

# how far before a digit run its phone cue is looked for (ContactWords.tel_before), and a Latin
# phone word or chat app before a number with its country code (tel_far, tel_far_app)
_TEL_WINDOW = 16
_TEL_FAR_WINDOW = 32
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# cheap pre-check for a bare handle after an app's name (Snapchat kay.vintage): a space, a word
# with a dot or underscore inside
_BARE_PRE = re.compile(r" [A-Za-z][A-Za-z0-9]*[._][A-Za-z0-9]")
# a Taobao-style share token (淘口令 ￥AbC123xyz￥): a link to another platform written as a code
_TOKEN_CODE = re.compile(r"([￥¥$€₤])(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])([a-z0-9]{8,14})\1", re.I)

# filler between a cue and its handle/number
# a shop's warning against paying off the platform (不支持私下交易, 谨防线下交易, 请勿私下转账)
_PAY_DENIED = re.compile(r"(?:不|勿|拒绝|禁止|谨防|严禁|切勿|请勿|警惕|防止)[^，。,.;；!！?？]{0,3}$")
# … and in the languages of the cross-border marketplaces, a few words before, same clause
# (jangan buat pembayaran di luar platform, não pague por fora da plataforma, never pay outside…)
_PAY_DENIED_LATIN = re.compile(
    r"(?<![a-z])(?:jangan|tidak|dilarang|hindari|waspada|não|nao|nunca|evite|evita|proibido|prohibido|cuidado con"
    r"|no|never|do not|don't|dont|avoid|beware of|không|khong|đừng|dung"
    r"|ne|jamais|aucun|aucune|interdit|évitez|evitez|méfiez-vous)(?![a-z])[^,.;!?，。；！？]{0,30}$")
# … or right after it, in the same clause (私下交易一律不支持, 直接取引はご遠慮ください, 直接取引禁止)
_PAY_DENIED_AFTER = re.compile(r"[^，。,.;；!！?？]{0,6}?(?:不支持|不接受|不提供|禁止|严禁|谢绝|拒绝|概不|不予"
                               r"|ご遠慮|お断り|できません|致しません|いたしません)")
_BRACKETED_AT = re.compile(r"\[ ?(?:at|dot) ?\]", re.I)
_SPELLED_ANY = re.compile(r"(?<![a-z0-9])[a-z0-9._]{2,64} at [a-z0-9-]{2,40} dot (?:com|cn|net|org|co)(?![a-z0-9])")
_DENIED_WINDOW = 44  # characters before a phrase read for a Latin refusal
_FILL = re.compile(r"(?:[ :：=#()（）\[\]【】]|是|为|搜索|搜|添加|加|店铺名?|店名|聊(?= ?[:：]))*")

# a handle right before its cue
_HANDLE_BEFORE = re.compile(r"(?<![a-z0-9])([a-z][a-z0-9]{4,19})(?:[ (（【\[]|是我的|是|为|我的|的)*$")
# an account name in Chinese after a social cue and an explicit colon or @ (小红薯搜：好物小铺,
# 微博@好物小铺): read up to where the source had a space
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_NAME_QUOTES = "「『“《【\""  # (normalising turns “ ” into ")
# handle tokens after a WeChat / social cue
_TOKENS = re.compile(r"@?(?:[a-z]|\d+[a-z])[a-z0-9]*(?: [a-z0-9]+)*")

# ------------------------------------------------------------------ digit runs (normalised)

# 幺 洞 两 拐 勾: the radio-style readings of 1 0 2 7 9 (幺三八洞拐…), 陆 the financial 6
_CN_DIGITS = "零一二三四五六七八九幺陆洞两拐勾"
_DIGIT_MAP = {c: str(i) for i, c in enumerate("零一二三四五六七八九")}
_DIGIT_MAP["幺"] = "1"
_DIGIT_MAP["陆"] = "6"
_DIGIT_MAP.update({"洞": "0", "两": "2", "拐": "7", "勾": "9"})
for _base, _start in ((0x2776, 1), (0x2780, 1), (0x278A, 1), (0x24F5, 1)):  # ❶ ➀ ➊ ⓵
    for _k in range(9):
        _DIGIT_MAP[chr(_base + _k)] = str(_start + _k)
_DIGIT_MAP["⓿"] = "0"
_DCLASS = "0-9" + _CN_DIGITS + "\u2776-\u277e\u2780-\u2788\u278a-\u2792\u24f5-\u24fd\u24ff"
# (the optional + as its own branch: a leading "\+?" keeps the engine from scanning for the class)
_RUN = re.compile(rf"(?:\+[{_DCLASS}]|[{_DCLASS}])(?:[ .,()，（）]{{0,2}}[{_DCLASS}]){{4,}}")
_SEPS = frozenset(" .,()，（）")

_MOBILE = re.compile(r"1[3-9]\d{9}")
_CUE_RULE = {"qq": "CONTACT-QQ", "wx": "CONTACT-WECHAT", "wx?": "CONTACT-WECHAT", "social": "CONTACT-SOCIAL"}
_LANDLINE = re.compile(r"0[1-9]\d{8,10}|[48]00\d{7}")
# after a phone cue only: a North American number (Call us at (555) 123-4567) or any number
# written with its country code (WhatsApp +44 7700 900123)
_NANP = re.compile(r"1?[2-9]\d{9}")
_INTL = re.compile(r"[1-9]\d{7,14}")
_LOCAL8 = re.compile(r"[2-9]\d{7}")
# a seven-digit local number written 555-1234 (North America), only right after a phone word or
# a chat app (WhatsApp: 555-1234, Text me on 555 1234): in the source, three digits, one
# separator, four digits
_LOCAL7 = re.compile(r"[2-9]\d{2}[-. ]\d{4}")
# … and, right after a phone word, a number of 9 to 13 digits in another country's own format: a
# Thai landline (โทร 02-123-4567), a Portuguese or Spanish mobile (liga 912 345 678), a Russian one
# with its trunk 8 (8 (916) 123-45-67), a Brazilian one with its area code ((11) 98765-4321)
_OTHER_FORMAT = re.compile(r"\d{9,13}")
_ZIP4 = re.compile(r"\d{5}-\d{4}")  # a US ZIP+4 code after a state's WA is no phone
_LABEL_WINDOW = 12

_PHONE_SYMBOLS = "☎☏✆📞📱"
# symbols and look-alike letters that stand for a cue: folded one-for-one before normalising
_SYMBOL_MAP = {"➕": "+", "✚": "+", "✙": "+", "✌": "v", "√": "v", "✔": "v", "ν": "v", "ѵ": "v", "Ѵ": "v",
               "ᐯ": "v", "🅥": "v", "🆅": "v", "🅅": "v", "Х": "x", "х": "x", "χ": "x", "🅧": "x", "🆇": "x",
               "🅇": "x", "ԛ": "q", "Ԛ": "q", "🅠": "q", "🆀": "q", "🅀": "q",
               **{c: "℡" for c in _PHONE_SYMBOLS},  # ℡ normalises to "tel"
               **{c: "心" for c in "❤♥♡💗💓💖💕"}}  # a heart for 心 (xīn), the sound of 信: 威❤, V❤
# one class per plane: a class listing single characters beyond U+FFFF is tried character by
# character at every position (5× slower on a typical field), and most fields have none of them
_SYMBOLS_BMP = re.compile("[" + "".join(c for c in _SYMBOL_MAP if c <= "\uffff") + "]")
_SYMBOLS_ASTRAL = re.compile("[" + "".join(c for c in _SYMBOL_MAP if c > "\uffff") + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # one range: scanned at C speed


def _has_symbol(text: str) -> bool:
    return bool(_SYMBOLS_BMP.search(text) or (_ASTRAL.search(text) and _SYMBOLS_ASTRAL.search(text)))


_SYMBOL_MAP = str.maketrans(_SYMBOL_MAP)

# ------------------------------------------------------------------ links and e-mail (original)

# full-width ASCII and CJK full stops folded one-for-one (offsets stay valid)
_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: " "})
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff0f\uff03]")


# cheap pre-check (starts with a character class, so the regex engine scans for it at C speed)
_LINK_PRE = re.compile(
    r"[.。．点@＠#艾:：(\[](?:(?<=[.。．点]) ?[a-z\uff41-\uff5a\uff21-\uff3a]|(?<=[@＠#])|(?<=艾)特"
    r"|(?<=[:：]) ?[/／]|(?<=[(\[])(?:\.|dot|at)[)\]])", re.I)
# the extent of a link-like token (also run over the reversed text to find its start)
_TOKEN = re.compile(r"(?:[a-z0-9\-._~%+@#/:?=&点艾特()\[\]。．]| (?=[.。．点])|(?<=[.。．点]) (?=[a-z0-9]))*", re.I)


_REFERENCE = re.compile(r"(?:^|\.)(?:gov\.cn|gov|edu\.cn|edu|org\.cn)$")


# ------------------------------------------------------------------ the detector


class ContactDetector:
    name = "contact"

    def __init__(self, directory: str | None = None):
        self.words = load_contact_words(directory)

    def shared_automata(self) -> list:
        """The automata of the word-led patterns (matching.WordGate), for the engine's shared pass."""
        w = self.words
        return [g.automaton for g in (w.social, w.offsite_pay) if g is not None]

    def detect(self, ft: FieldText) -> list[Candidate]:
        text = ft.text
        if not text:
            return []
        field = ft.field
        attribute = field.startswith("attribute:")
        if field == "image":
            severity = "medium"
        elif attribute:
            severity = "medium"
        else:
            severity = "high"

        norm = ft.norm
        if _has_symbol(text):
            # ➕V, ✌信, ☎ 010-…: fold the symbols one-for-one and normalise again (rare)
            norm = normalize(text.translate(_SYMBOL_MAP))
        t = norm.text
        out: list[Candidate] = []

        cues = self._cues(t)
        elsewhere = self._elsewhere(ft, t, cues)  # cue starts naming another marketplace than the listing's
        claimed = SpanSet()  # normalised spans already reported

        # 1. WeChat / social handles made of letters
        for cs, ce, kind in cues:
            if kind == "qq":
                continue  # QQ numbers are digits: read with the digit runs below
            f = _FILL.match(t, ce)
            hs = f.end()
            if kind == "social" and hs < len(t):
                gap = t[ce:hs]
                at = t[hs] == "@"
                cue_word = t[cs:ce]
                # …店铺：name names a shop on another platform when 店铺 follows the platform's word
                # (某宝店铺, 闲鱼店铺); a word that is itself a shop (淘宝店铺) needs 搜 like before: on
                # its own platform it is the shop's own mark
                named = cue_word.endswith(("号", "搜", "搜索", "id")) or (
                    (cue_word.endswith(("店铺", "店名", "店铺名")) or "店" in gap)
                    and (cue_word not in self.words.social_apps or cs in elsewhere))
                quoted = named and t[hs] in _NAME_QUOTES  # 视频号搜「好物小铺」
                # B站搜 手作小美: after 搜, a name the source sets off by a space on both sides
                spaced = (cue_word.endswith(("搜", "搜索")) and hs == ce and hs
                          and norm.offsets[hs] > norm.offsets[hs - 1] + 1)
                if (at or quoted or spaced or (named and (":" in gap or "：" in gap))) \
                        and (nm := _CJK_NAME.match(t, hs + (at or quoted))):
                    ne = nm.start() + 1
                    while ne < nm.end() and norm.offsets[ne] == norm.offsets[ne - 1] + 1:
                        ne += 1
                    if quoted and ne < len(t) and t[ne] in "」』”》】\"":
                        ne += 1  # the closing quote
                    if spaced and not (ne - nm.start() >= 3 and (ne >= len(t) or norm.offsets[ne] > norm.offsets[ne - 1] + 1)):
                        pass  # no name set off by spaces: a search word, not an account
                    elif ne - nm.start() >= 2:
                        out.append(self._cand(ft, norm, cs, ne, "CONTACT-SOCIAL", "medium", 0.75,
                                              f"「{{q}}」在商品信息中留了{TERM['CONTACT-SOCIAL']}，引导买家到站外搜索联系，属于站外引流。"))
                        claimed.append((cs, ne))
                        continue
            if hs >= len(t) or not ("a" <= t[hs] <= "z" or t[hs] == "@" or "0" <= t[hs] <= "9"):
                continue
            handle = self._handle(t, hs)
            if handle is None:
                continue
            he, h = handle
            if self.words.unit_handle.fullmatch(h) or self.words.os_handle.fullmatch(h):
                continue
            if h[0].isdigit() and (h.isdigit() or kind != "wx" or t[cs:ce][-1].isascii()):
                continue  # numbers are read with the digit runs; "3000mah" after VX is a spec
            gap = t[ce:hs]
            # 搜 between the cue and the handle asks the buyer to look the account up (vx搜 vintage_lab)
            explicit = t[ce - 1] in "号d名" or ":" in gap or "：" in gap or "=" in gap or "搜" in gap or h[0] == "@"
            has_digit = any(c.isdigit() for c in h)
            if not has_digit:
                if not explicit or len(h) < 6 or h.lstrip("@") in self.words.not_handle:
                    continue
            if h.lstrip("@") in self.words.not_handle:
                continue
            cue_text = t[cs:ce]
            latin_cue = cue_text[-1].isascii() and cue_text[-1].isalpha()
            if latin_cue and not explicit:
                # "VX2758" is a monitor, "VX jia44783" a handle: need a separator in the source
                if norm.offsets[hs] == norm.offsets[ce - 1] + 1:
                    continue
                # Instagram para iPhone 13: two words of prose after an app's name, not one handle
                # spelt apart (x i a o m e i 2 0 5 0 6 is)
                parts = t[hs:he].split(" ")
                if len(parts) > 1 and all(len(p) > 1 and p[0].isalpha() for p in parts[:2]):
                    continue
            rule = "CONTACT-SOCIAL" if kind == "social" else "CONTACT-WECHAT"
            conf = 0.95 if has_digit else 0.8
            out.append(self._cand(ft, norm, cs, he, rule, severity, conf,
                                  f"「{{q}}」在商品信息中留了{TERM[rule]}，引导买家到站外联系，属于站外引流。"))
            claimed.append((cs, he))

        # 1b. a handle written before its cue: "xiaomei2050（微信）", "abc123 是我的薇信"
        for cs, ce, kind in cues:
            if kind != "wx" or claimed.covers(cs):
                continue
            bm = _HANDLE_BEFORE.search(t, max(0, cs - 32), cs)
            if bm is None or not any(c.isdigit() for c in bm.group(1)):
                continue
            hs = bm.start(1)
            filler = t[bm.end(1):cs]
            nxt = t[ce] if ce < len(t) else ""
            if not (set(filler) & set("(（【[是的")) and nxt and not (nxt in ")）】]，。,.;；!！?？ \n"):
                continue  # "ABC12345 微信支付": a model number next to a payment method
            if self.words.unit_handle.fullmatch(bm.group(1)) or self.words.os_handle.fullmatch(bm.group(1)):
                continue
            end = ce + 1 if ce < len(t) and t[ce] in ")）】]" else ce
            out.append(self._cand(ft, norm, hs, end, "CONTACT-WECHAT", severity, 0.9,
                                  f"「{{q}}」在商品信息中留了{TERM['CONTACT-WECHAT']}，引导买家到站外联系，属于站外引流。"))
            claimed.append((hs, end))

        # 2. digit runs: mobile numbers anywhere, QQ / WeChat numbers and landlines after a cue
        for m in _RUN.finditer(t):
            self._digits(ft, norm, t, m, cues, claimed, out, severity, attribute)

        # 3. links and e-mail addresses (original text, full-width folded)
        if _LINK_PRE.search(text):
            self._links(ft, text, out, severity, attribute)

        # 3a. accounts on Latin-named social apps (IG: lucy_crafts, Follow @lucy.crafts on Instagram)
        low = ""  # the text with ASCII letters lower-cased one-for-one (offsets stay valid), made once
        if "@" in text or ":" in text or "：" in text or "$" in text \
                or ("." in text or "_" in text) and _BARE_PRE.search(text):
            low = text.translate(_ASCII_LOWER)
            if any(w in low for w in self.words.social_latin_words):
                self._social_latin(ft, low, out, severity)
        # 3a'. a share token of another platform (淘口令 ￥AbC123xyz￥)
        if _TOKEN_CODE.search(text):
            self._token_codes(ft, low or text.translate(_ASCII_LOWER), out, severity)

        # 3b. an e-mail address or a host spelled out with at / dot
        if " dot " in t:
            # [at] / [dot] in brackets (normalising drops the brackets): the words are no preposition
            # and no full stop, so any domain counts (john [at] email [dot] com)
            bracketed = "[" in text and _BRACKETED_AT.search(text) is not None
            for m in chain(self.words.spelled_mail.finditer(t),
                           _SPELLED_ANY.finditer(t) if bracketed else ()):
                if not claimed.overlaps(m.start(), m.end()):
                    out.append(self._cand(ft, norm, m.start(), m.end(), "CONTACT-EMAIL", severity, 0.9,
                                          f"「{{q}}」在商品信息中留了{TERM['CONTACT-EMAIL']}，引导买家到站外联系，属于站外引流。"))
                    claimed.append(m.span())
            for m in self.words.spelled_host.finditer(t):
                host = m.group().replace(" dot ", ".").removeprefix("www.")
                if claimed.overlaps(m.start(), m.end()) or _host_allowed(host, _allowed_domains(ft, self.words)):
                    continue  # the shop's own site spelled out (a stand-alone store)
                out.append(self._cand(ft, norm, m.start(), m.end(), "CONTACT-LINK", severity, 0.85,
                                      f"「{{q}}」把网址里的“.”写成 dot 拼出{TERM['CONTACT-LINK']}，引导买家离开平台，属于站外引流。",
                                      SUGGESTION_LINK))

        # 4. an invitation to add a contact with no readable handle: worth a look
        if cues or "公众号" in t or "进群" in t or "入群" in t or "加群" in t or "粉丝群" in t or "福利群" in t:
            for m in self.words.invite.finditer(t):
                s, e = m.start(), m.end()
                if claimed.overlaps(s, e):
                    continue
                if self.words.deal_after.match(t, e):
                    out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.8,
                                          "「{q}」引导买家到站外联系并在站外下单、付款（未识别出具体账号），"
                                          "属于引导站外交易，请删除。"))
                    continue
                if self.words.reward_after.match(t, e) or self.words.reward_before.search(t, max(0, s - 48), s):
                    out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.8,
                                          "「{q}」以红包、返现、优惠等好处引导买家到站外联系（未识别出具体账号），"
                                          "属于站外引流，请删除。"))
                    continue
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "low", 0.6,
                                      "「{q}」引导买家到站外添加联系方式（未识别出具体账号），请确认并删除。"))
        # 5. a hint that the contact waits on a profile (看个性签名, 主页有微, 看我简介)
        for m in (self.words.hint.finditer(t) if any(p in t for p in HINT_PLACES) else ()):
            s, e = m.start(), m.end()
            if t[s:s + 2] == "主页" and s and t[s - 1] in "店铺":
                continue  # 店铺主页有惊喜: the shop's own page on the platform
            if not claimed.overlaps(s, e):
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.75,
                                      "「{q}」暗示买家到个人主页、签名或简介里找联系方式，"
                                      "平台规则把这种暗示也判为站外引流，请删除。"))
        # 6. payment moved off the platform, no account named (支付宝转我, 直接走转账, 不走平台)
        pay = self.words.offsite_pay
        if pay is not None:
            for m in pay.finditer(t):
                s, e = m.start(), m.end()
                if (claimed.overlaps(s, e) or _PAY_DENIED.search(t, max(0, s - 4), s)
                        or _PAY_DENIED_LATIN.search(t, max(0, s - _DENIED_WINDOW), s)
                        or _PAY_DENIED_AFTER.match(t, e) is not None):
                    continue  # 不支持私下交易, 谨防线下交易, jangan bayar di luar: the shop warns against it
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.75,
                                      "「{q}」引导买家绕开平台付款、交易（未识别出具体账号），平台规则把引导线下/私下交易"
                                      "判为站外交易，请删除。"))
        return _dedupe(out)

    # -------------------------------------------------------------- helpers

    def _elsewhere(self, ft: FieldText, t: str, cues: list) -> frozenset:
        """Starts of the cues that name a marketplace other than the listing's own (淘宝搜 店名 on a
        小红书 listing, 拼多多店铺：… on a JD one), added to `cues` as social cues. Only where the
        listing's platform is known: on its own platform the name is the shop's own mark."""
        w = self.words
        if w.platform_social is None or not (ft.listing.url or ft.context.shop_domains):
            return frozenset()
        found = list(w.platform_social.finditer(t))
        if not found:
            return frozenset()
        allowed = _allowed_domains(ft, w)
        if not allowed:
            return frozenset()
        have = {cs for cs, _, _ in cues}
        starts = set()
        for m in found:
            hosts = w.platform_apps.get(m.group("app"), frozenset())
            if not hosts or hosts & allowed:
                continue
            starts.add(m.start())
            if m.start() not in have:
                cues.append((m.start(), m.end(), "social"))
        if starts:
            cues.sort()
        return frozenset(starts)

    def _cues(self, t: str) -> list:
        """WeChat / QQ / social cue words in the normalised text: (start, end, kind)."""
        cues = []
        last = -1
        w = self.words
        for tm in w.trigger.finditer(t):
            pos = tm.start()
            if pos < last:
                continue
            m = w.cue.match(t, pos)
            if m is None:
                continue
            cs, ce = m.span()
            lead = True
            if t[cs - 2:cs] in w.leads:
                cs -= 2
            elif cs and t[cs - 1] in "加+私":
                cs -= 1
            else:
                lead = False
            if m.group("wx"):
                # a lone "V:" / "微：" is a weak cue: "电压 V: 220-240" is no WeChat number
                kind = "wx?" if not lead and (ce - pos == 1 or (ce - pos == 2 and t[pos + 1] == "号")) else "wx"
            else:
                kind = "qq"
            cues.append((cs, ce, kind))
            last = ce
        social = [(m.start(), m.end(), "social") for m in w.social.finditer(t)]
        if social:
            cues.extend(social)
            cues.sort()
        return cues

    @staticmethod
    def _handle(t: str, hs: int):
        """A WeChat-style handle at t[hs]: letters/digits, 5..20 characters. Tokens split by
        single spaces are joined while the handle is still too short or the next token is
        digits / a single character (x i a o m e i 2 0 5 0 6)."""
        m = _TOKENS.match(t, hs)
        if not m:
            return None
        toks = m.group().split(" ")
        pos = hs
        acc = ""
        end = hs
        for i, tok in enumerate(toks):
            if i and not (len(acc) < 5 or tok.isdigit() or len(tok) == 1):
                break
            if len(acc) + len(tok) > 20:
                break
            acc += tok
            pos = t.index(tok, pos) + len(tok)
            end = pos
        core = acc.lstrip("@")
        if not (5 <= len(core) <= 20):
            return None
        if end < len(t) and ("a" <= t[end] <= "z" or t[end].isdigit()):
            return None
        return end, acc

    def _digits(self, ft, norm, t, m, cues, claimed, out, severity, attribute):
        rs, re_ = m.start(), m.end()
        s = m.group()
        # fast path: a plain run of more than 15 digits is an order number or a barcode; fewer
        # than 10 digits can only be a QQ / WeChat number right after its cue
        if s.isascii():
            n = len(s) - s.count(" ") - s.count(".") - s.count(",") - s.count("(") - s.count(")") - s.count("+")
            if n >= MIN_SHORT and (span := account_number(self.words.bank, t, rs, re_)) is not None:
                out.append(self._cand(ft, norm, span[0], span[1], "CONTACT-BANK", severity, 0.9,
                                      f"「{{q}}」在商品信息中留了{TERM['CONTACT-BANK']}，引导买家绕开平台转账付款，"
                                      "平台规则把引导线下/私下交易判为站外交易。"))
                claimed.append(span)
                return
            if n == len(s) and n > 15:
                return
        else:
            n = sum(1 for c in s if c not in _SEPS and c != "+")

        # the cue right before the run (only filler between), if any
        cue = None
        for k in range(len(cues) - 1, -1, -1):
            cs, ce, kind = cues[k]
            if ce <= rs:
                if _FILL.fullmatch(t, ce, rs):
                    cue = (cs, ce, kind)
                break
        if cue is None:
            if n < 8 and not (n == 7 and _LOCAL7.fullmatch(norm.quote(rs, re_))):
                return
            w0 = max(0, rs - _TEL_WINDOW)
            tm = self.words.tel_before.search(t[w0:rs])
            if tm is None:
                w0 = max(0, rs - _TEL_FAR_WINDOW)
                tm = (self.words.tel_far if s.startswith("+") else self.words.tel_far_app).search(t[w0:rs])
            if tm:
                cue = (w0 + tm.start(), w0 + tm.end(), "tel")
            elif s.startswith("+") and (ta := self.words.tel_after.match(t, re_)) is not None:
                cue = (re_, ta.end(), "tel")  # the app after the number (+234 803 123 4567 WhatsApp only)
            elif n < 10:
                return  # fewer than 10 digits: a phone only after its phone word or chat app
        if cue is not None:
            # a chain of cues (手机/微信同号): quote from the first one
            cs = cue[0]
            for k in range(len(cues) - 1, -1, -1):
                if cues[k][1] == cs:
                    cs = cues[k][0]
            cue = (cs, cue[1], cue[2])
        # a cue glued by letters is fine ("tel13812345678"); other letters make a model number
        if rs > 0 and "a" <= t[rs - 1] <= "z" and not (cue and cue[1] == rs):
            return
        if rs > 0 and t[rs - 1] in "¥$￥":
            return

        plus = s.startswith("+")
        # groups: (digits, nstart, nend, hard) - hard=False when split only by a script change
        groups: list[list] = []
        cur = ""
        gs = -1
        prev_cn = None
        i0 = rs + (1 if plus else 0)
        for k in range(i0, re_):
            c = t[k]
            if c in _SEPS:
                if cur:
                    groups.append([cur, gs, k, True])
                    cur = ""
                prev_cn = None
                continue
            cn = not ("0" <= c <= "9")
            if cur and prev_cn is not None and cn != prev_cn:
                groups.append([cur, gs, k, False])
                cur = ""
            if not cur:
                gs = k
            cur += _DIGIT_MAP.get(c, c)
            prev_cn = cn
        if cur:
            groups.append([cur, gs, re_, True])
        if not groups:
            return

        ckind = cue[2] if cue else None
        label = self.words.label_before.search(t, max(0, rs - _LABEL_WINDOW), rs) if not cue else None

        def after_ok(end: int) -> bool:
            # a letter glued after the number makes a model number or a unit (13800000000mAh)
            if end < len(t) and "a" <= t[end] <= "z":
                return False
            return not self.words.unit_after.match(t, end)

        def shape_ok(i: int, j: int) -> bool:
            sub = groups[i:j + 1]
            if all(not g[3] for g in sub[:-1]):
                return True  # one contiguous group (mixed scripts allowed)
            if all(len(g[0]) == 1 for g in sub):
                return True  # 1 3 8 1 2 3 4 5 6 7 8
            return len(sub) <= 4 and all(len(g[0]) >= 2 for g in sub) or bool(cue)

        def boundary_ok(i: int, j: int) -> bool:
            # may not start/end inside a contiguous group, except next to Chinese numerals
            if i > 0 and not groups[i - 1][3]:
                if not (groups[i - 1][0] and t[groups[i - 1][1]] in _CN_DIGITS):
                    return False
            if not groups[j][3] and j + 1 < len(groups):
                if t[groups[j + 1][1]] not in _CN_DIGITS:
                    return False
            return True

        # a number right after a WeChat / QQ cue belongs to that account
        cue_rule = _CUE_RULE.get(ckind)

        # --- mobile numbers: any 11-digit window of groups (spaced, dotted, +86, 一三八…)
        found = False
        n = len(groups)
        i = 0
        while i < n:
            total = 0
            for j in range(i, n):
                total += len(groups[j][0])
                if total >= 11:
                    break
            if total == 11 and boundary_ok(i, j):
                digits = "".join(g[0] for g in groups[i:j + 1])
                if _MOBILE.fullmatch(digits) and shape_ok(i, j) and after_ok(groups[j][2]):
                    ns = groups[i][1]
                    first = i
                    # +86 / 0086 / 86 prefix group
                    if i > 0 and groups[i - 1][0] in ("86", "0086") and groups[i - 1][3]:
                        ns = groups[i - 1][1]
                        first = i - 1
                    if first == 0 and plus:
                        ns = rs
                    cued = cue if first == 0 else None
                    if self._emit_phone(ft, norm, ns, groups[j][2], cued, label,
                                        (cue_rule if cued else None) or "CONTACT-PHONE", severity, attribute,
                                        out, claimed):
                        found = True
                        i = j + 1
                        continue
            # 86 / 0086 glued in front of a mobile: 8613812345678
            g = groups[i]
            if g[3] and (i == 0 or groups[i - 1][3]):
                d = g[0]
                if (len(d) == 13 and d.startswith("86") and (plus or cue)) or (len(d) == 15 and d.startswith("0086")):
                    if _MOBILE.fullmatch(d[-11:]) and after_ok(g[2]):
                        cued = cue if i == 0 else None
                        if self._emit_phone(ft, norm, rs if plus and i == 0 else g[1], g[2], cued, label,
                                            (cue_rule if cued else None) or "CONTACT-PHONE", severity, attribute,
                                            out, claimed):
                            found = True
            i += 1
        if found:
            return

        # --- QQ / WeChat numbers after their cue: the groups of the run, up to 11 digits
        if cue_rule is not None:
            if ckind == "wx?":
                return  # a lone V: only counts with a mobile number or a handle
            if ckind == "wx" and cue[1] == rs and t[rs - 1].isascii() and t[rs - 1].isalpha() \
                    and norm.offsets[rs] == norm.offsets[rs - 1] + 1:
                return  # VX27582 is a model number; VX 27582 / VX:27582 a WeChat number
            ends = []  # (j, digits) for each prefix of groups ending on a hard boundary
            digits = ""
            for k, g in enumerate(groups):
                digits += g[0]
                if len(digits) > 11:
                    break
                if g[3]:
                    ends.append((k, digits))
            for j, digits in reversed(ends):
                if len(digits) >= 5 and digits[0] != "0" and after_ok(groups[j][2]):
                    self._emit_phone(ft, norm, groups[0][1], groups[j][2], cue, None, cue_rule, severity,
                                     attribute, out, claimed)
                    break
            return

        # --- landlines / 400 numbers: only right after a phone cue
        if ckind == "tel":
            digits = ""
            j = 0
            for j, g in enumerate(groups):
                digits += g[0]
                if len(digits) >= 10:
                    break
            # allow a trailing group (0571 8888 8888)
            while j + 1 < len(groups) and len(digits) < 12 and not _LANDLINE.fullmatch(digits):
                j += 1
                digits += groups[j][0]
            if _LANDLINE.fullmatch(digits) and after_ok(groups[j][2]):
                self._emit_phone(ft, norm, groups[0][1], groups[j][2], cue, None,
                                 "CONTACT-LANDLINE", severity, attribute, out, claimed)
                return
            # North American numbers, and any number with its country code (+44 7700 900123)
            alld = "".join(g[0] for g in groups)
            # and an 8-digit local number (Singapore, Hong Kong: Whatsapp 9123 4567) in groups of 3+
            other = (_OTHER_FORMAT.fullmatch(alld) is not None  # … but WA 98101-2345 is a ZIP+4 code
                     and not _ZIP4.fullmatch(norm.quote(groups[0][1], groups[-1][2])))
            if ((plus and _INTL.fullmatch(alld)) or _NANP.fullmatch(alld) or other
                    or (_LOCAL8.fullmatch(alld) and all(len(g[0]) >= 3 for g in groups))
                    or (len(alld) == 7 and _LOCAL7.fullmatch(norm.quote(groups[0][1], groups[-1][2])))) \
                    and after_ok(groups[-1][2]):
                self._emit_phone(ft, norm, rs if plus else groups[0][1], groups[-1][2], cue, None,
                                 "CONTACT-PHONE", severity, attribute, out, claimed)

    def _emit_phone(self, ft, norm, ns, ne, cue, label, rule, severity, attribute, out, claimed):
        if cue is None and label is not None:
            return False  # 货号 13812345678: a code, not a phone
        if attribute and cue is None:
            name = ft.field[10:].lower()
            if not any(w in name for w in self.words.contact_attributes):
                return False  # long digit runs in attributes are barcodes / model numbers
        start = min(cue[0], ns) if cue else ns  # (a cue may follow the number: +234 … WhatsApp only)
        conf = 0.95 if cue else 0.85
        if rule in ("CONTACT-PHONE", "CONTACT-LANDLINE"):
            expl = f"「{{q}}」在商品信息中留了{TERM[rule]}，引导买家到站外电话联系，属于站外引流。"
        else:
            expl = f"「{{q}}」在商品信息中留了{TERM[rule]}，引导买家到站外联系，属于站外引流。"
        out.append(self._cand(ft, norm, start, ne, rule, severity, conf, expl))
        claimed.append((start, ne))
        return True

    def _links(self, ft, text: str, out, severity, attribute):
        folded = text.translate(_FOLD) if _FULLWIDTH.search(text) else text
        rev = None
        windows = []  # the link-like tokens around each pre-check hit
        for hit in _LINK_PRE.finditer(folded):
            p = hit.start()
            if windows and p < windows[-1][1]:
                continue
            if rev is None:
                rev = folded[::-1]
            n = len(folded)
            a = n - _TOKEN.match(rev, n - p).end()
            b = _TOKEN.match(folded, p).end()
            windows.append((a, b))
        for a, b in windows:
            # only a window with a top-level domain after a dot, "www", "://" or an @ can hold one
            if self.words.window_ok.search(folded, a, b):
                self._links_in(ft, folded, a, b, out, severity, attribute)

    def _links_in(self, ft, folded: str, a: int, b: int, out, severity, attribute):
        allowed = None
        spans = []
        for m in self.words.email.finditer(folded, a, b):
            s, e = m.span()
            spans.append((s, e))
            domain = _host_of(re.split(r"@|#|\(at\)|\[at\]|艾特", m.group(), maxsplit=1, flags=re.I)[-1].strip())
            if allowed is None:
                allowed = _allowed_domains(ft, self.words)
            if domain and _host_allowed(domain, allowed):
                continue  # the shop's own domain (a stand-alone store's service address)
            out.append(Candidate(s, e, CATEGORY, severity, 0.95, TERM["CONTACT-EMAIL"], "CONTACT-EMAIL", LAW,
                                 SUGGESTION, f"「{ft.text[s:e]}」是邮箱地址，引导买家到站外联系，属于站外引流。",
                                 self.name))
        for m in self.words.link.finditer(folded, a, b):
            s, e = m.span()
            if any(a < e and s < b for a, b in spans):
                continue
            if m.group("scheme"):
                kind = "scheme"
            elif m.group("www"):
                kind = "www"
            else:
                kind = "host"
            # trailing punctuation is not part of a link
            while e > s and folded[e - 1] in ".,;:!?)]'\"。．":
                e -= 1
            raw = folded[s:e]
            host = _host_of(raw)
            if not host:
                continue
            if kind == "host":
                tld = m.group("tld")
                if tld[0].isupper() and not tld.isupper():
                    continue  # "sizes.Shop now": a sentence, not a domain
                if tld[0].isupper() and _TITLE_STOP.fullmatch(raw):
                    continue  # "Best. TV. Ever.": a capitalised word, a full stop, a space, a capital
                if tld.lower() in self.words.word_tlds and not tld.islower() and not tld.isupper():
                    continue
                if host.count(".") == 1 and tld in _WORD_LIKE_TLDS and _SENTENCE_DOT.match(folded, m.start("tld") - 3) \
                        and _PROSE_AFTER.match(folded, m.end("tld")):
                    continue  # "etc. to prevent", "Inc. in Greensboro": an abbreviation's full stop in prose
                if host.count(".") == 1 and tld.isupper() and tld.lower() in _WORD_LIKE_TLDS \
                        and folded[m.start():m.start("tld")].isupper() and _CAPS_PROSE_AFTER.match(folded, m.end("tld")) \
                        and not _LINK_LEAD.search(folded, max(0, m.start() - 12), m.start()):
                    continue  # "SEARCH LMAEC IN AMAZON.TO CONNECT MIC": an all-caps sentence's stop with no space after it
                sld = host.rsplit(".", 2)[-2] if host.count(".") >= 1 else ""
                if len(sld) < 2 and host not in self.words.short_hosts:
                    continue
                if not any(c.isalpha() for c in host.replace("." + host.rsplit(".", 1)[-1], "")) \
                        and host.split(".")[0].isdigit() and host.count(".") >= 2:
                    continue  # 1.2.3.cn-like version numbers
            if host in self.words.not_hosts:
                continue
            if allowed is None:
                allowed = _allowed_domains(ft, self.words)
            if _host_allowed(host, allowed):
                continue
            sev = severity
            conf = 0.95 if kind != "host" or host in self.words.short_hosts else 0.85
            expl = f"「{ft.text[s:e]}」是指向站外的链接（{host}），引导买家离开平台，属于站外引流。"
            if _REFERENCE.search(host) or attribute:
                sev = "low"
                expl += "（政府/机构查询网址或属性字段中的网址：请确认是否必要）"
            out.append(Candidate(s, e, CATEGORY, sev, conf, TERM["CONTACT-LINK"], "CONTACT-LINK", LAW,
                                 SUGGESTION_LINK, expl, self.name))

    def _social_latin(self, ft, low: str, out, severity):
        for m in self.words.social_latin.finditer(low):
            h = m.group("h1") or m.group("h2") or m.group("h3") or m.group("h4")
            if m.group("h1") and not h.startswith("@") and not m.group("lab"):
                # (LINE ID: kaystore and @kaystore name an account whatever it looks like)
                if not (h[0].isalpha() and any(c.isdigit() or c in "._" for c in h)):
                    continue  # Snap: 3.5mm, IG: quick — no account
                if m.group("app") in self.words.social_weak:
                    continue  # Product line: SMT2 — an everyday word names the app only with ID or @
            if m.group("h2") and low[m.start("h2") - 1] == "$" and not h[0].isalpha():
                continue  # Signal $199: a price, not a Cash App $cashtag
            if m.group("h4") and "." in h and h.rsplit(".", 1)[1] in self.words.tlds:
                continue  # Instagram shop.com: a link, read by the link rule
            if h.lstrip("@") in self.words.not_handle:
                continue
            s, e = m.span()
            out.append(Candidate(s, e, CATEGORY, severity, 0.85, TERM["CONTACT-SOCIAL"], "CONTACT-SOCIAL", LAW, SUGGESTION,
                                 f"「{ft.text[s:e]}」在商品信息中留了{TERM['CONTACT-SOCIAL']}，引导买家到站外联系，属于站外引流。",
                                 self.name))

    def _token_codes(self, ft, low: str, out, severity):
        allowed = _allowed_domains(ft, self.words)
        if any(_host_allowed(h, allowed) for h in ("taobao.com", "tmall.com")):
            return  # a 淘口令 in a Taobao/Tmall listing leads to the same platform
        for m in _TOKEN_CODE.finditer(low):  # (case-insensitive: the lower-cased text gives the same spans)
            s, e = m.span()
            if self.words.label_before.search(low, max(0, s - _LABEL_WINDOW), s):
                continue  # 款号￥A1234567￥: a code after its label
            out.append(Candidate(s, e, CATEGORY, severity, 0.8, TERM["CONTACT-LINK"], "CONTACT-LINK", LAW, SUGGESTION_LINK,
                                 f"「{ft.text[s:e]}」是其他平台的口令（复制后打开对应 App 跳转），引导买家离开平台，属于站外引流。",
                                 self.name))

    def _cand(self, ft, norm, ns, ne, rule, severity, conf, expl, suggestion=SUGGESTION):
        s, e = norm.span(ns, ne)
        q = ft.text[s:e]
        return Candidate(s, e, CATEGORY, severity, conf, TERM[rule], rule, LAW,
                         suggestion, expl.replace("{q}", q), self.name, ns, ne)


# a full stop followed by one space before a lower-case "tld" that runs on into more English words
_SENTENCE_DOT = re.compile(r"[a-z]\. (?=[a-z])")
_PROSE_AFTER = re.compile(r" [A-Za-z]")
# the next all-caps word of the sentence, not one that follows a link (VISIT MYSHOP.TO FOR MORE)
_CAPS_PROSE_AFTER = re.compile(r" (?!(?:FOR|NOW|TODAY|AND|OR|TO|WITH)(?![A-Z]))[A-Z]{2,}[ ,.]")
_LINK_LEAD = re.compile(r"(?:VISIT|AT|SEE|VIA|GO TO|GOTO|FROM|WEBSITE|SITE|STORE|SHOP|LINK)[: ]*$")
_WORD_LIKE_TLDS = frozenset({"to", "in", "it", "so", "us", "me"})  # top-level domains that are English words
_TITLE_STOP = re.compile(r"[A-Z][a-z]+\. [A-Z][A-Za-z]*")  # one capitalised word ending a sentence before another

_HOST_SEP = re.compile(r" ?(?:[.。．]|点|\(\.\)|\[\.\]|\(dot\)|\[dot\]) ?", re.I)


def _host_of(raw: str) -> str:
    r = raw.lower()
    r = re.sub(r"^h ?t ?t ?p ?(s?) ?: ?/ ?/ ?", "", r)
    r = _HOST_SEP.sub(".", r)
    host = re.split(r"[/?#:\s]", r, 1)[0].strip(".")
    if host.startswith("www."):
        host = host[4:]
    return host


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    if len(cands) < 2:
        return cands
    cands.sort(key=lambda c: (c.severity != "low", c.end - c.start, c.confidence), reverse=True)
    out: list[Candidate] = []
    taken = SpanSet()
    for c in cands:
        if taken.overlaps(c.start, c.end):
            continue
        taken.add(c.start, c.end)
        out.append(c)
    out.sort(key=lambda c: (c.start, c.end))
    return out
