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
field with them in order. Cue words and handles are read in `contact_cues.py`, digit runs in
`contact_phones.py`, links, e-mail addresses and share tokens in `contact_links.py`; what a
finding says is `contact_rules.py`. Spans are mapped back to the original text, so `matched_text`
quotes the source exactly (加微信 xiaomei20506, 微.信号 tm18050, ＋８６ １３８ １２３４ ５６７８).
"""
from __future__ import annotations

import re
from itertools import chain

from ..engine import Candidate, FieldText
from ..matching import SpanSet
from ..normalize import normalize
from .contact_cues import CueReading
from .contact_links import _LINK_PRE, _TOKEN_CODE, LinkReading
from .contact_phones import _FILL, _FILLER_MOBILE, _HOMO_MOBILE, _LOOK_PRE, _RUN, _SPELLED_RUN, PhoneReading
from .contact_steer import SteerReading
from .contact_rules import LAW, SUGGESTION_LINK, TERM  # noqa: F401 (LAW: read by the picture detectors)
from .contact_words import HINT_PLACES_RE, NEAR_PLACES_RE, _allowed_domains, _host_allowed, load_contact_words


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# cheap pre-check for a bare handle after an app's name (Snapchat kay.vintage): a space, a word
# with a dot or underscore inside
_BARE_PRE = re.compile(r" [A-Za-z][A-Za-z0-9]*[._][A-Za-z0-9]")

# a shop's warning against paying off the platform (不支持私下交易, 谨防线下交易, 请勿私下转账)
_PAY_DENIED = re.compile(r"(?:不|勿|拒绝|禁止|谨防|严禁|切勿|请勿|警惕|防止)[^，。,.;；!！?？]{0,3}$")
# … and in the languages of the cross-border marketplaces, a few words before, same clause
# (jangan buat pembayaran di luar platform, não pague por fora da plataforma, never pay outside…)
_PAY_DENIED_LATIN = re.compile(
    r"(?<![a-z])(?:jangan|tidak|dilarang|hindari|waspada|não|nao|nunca|evite|evita|proibido|prohibido|cuidado con"
    r"|no|never|do not|don't|dont|avoid|beware of|không|khong|đừng|dung|tiada"
    r"|ne|jamais|aucun|aucune|interdit|évitez|evitez|méfiez-vous"
    # (German, Dutch, Polish, Italian: keine PayPal Freunde, nooit buiten Marktplaats, nie przelew…, non fuori da Subito)
    r"|kein|keine|keinen|nicht|niemals|geen|niet|nooit|nie|nigdy|non)(?![a-z])[^,.;!?，。；！？]{0,30}$")
# … or right after it, in the same clause (私下交易一律不支持, 直接取引はご遠慮ください, 直接取引禁止)
_PAY_DENIED_AFTER = re.compile(r"[^，。,.;；!！?？]{0,6}?(?:不支持|不接受|不提供|禁止|严禁|谢绝|拒绝|概不|不予"
                               r"|ご遠慮|お断り|できません|致しません|いたしません)")
# … or a little further on, in Japanese and Korean, whose refusal closes the clause
# (LINE交換やSNSへの誘導には応じません; 카톡 문의 안 받아요, 카톡 직거래 불가)
_PAY_DENIED_AFTER_WIDE = re.compile(r"[^，。,.;；!！?？]{0,14}?(?:応じません|応じておりません|ご远虑|ご遠慮|お断り|불가|사절|안 ?받|안 ?해)")
# the phrase is the whole of a quotation with no number in it: a slogan printed on the goods or a
# title (Caneca 'Me chama no zap' presente), not the seller's own invitation
_QUOTE_OPEN = re.compile(r"['\"“‘「『][^'\"“”‘’「」『』\d]{0,8}$")
_QUOTE_CLOSE = re.compile(r"[^'\"“”‘’「」『』\d]{0,8}['\"”’」』]")
_BRACKETED_AT = re.compile(r"\[ ?(?:at|dot) ?\]", re.I)
# a refusal right before an invitation (不加QQ微信，拍下即发; 请勿添加微信): the shop keeps to the platform
_INVITE_DENIED = re.compile(r"(?:不|勿|别|禁止|拒绝|严禁|谢绝|无需|不用)$")
_DENIED_WINDOW = 44  # characters before a phrase read for a Latin refusal

# the buyer asked for their number, and the seller says they will reach them with it (leave your cell
# number and I'll text you …; send us your phone number so we can call you)
_ASK_NUMBER = re.compile(
    r"(?<![a-z])((?:leave|send|give|share|drop|text|dm|message|pm)(?: me| us)? your (?:cell|mobile|phone|cellphone"
    r"|whatsapp|personal|contact)(?: phone)? (?:number|no)(?![a-z]))"
    r"[^.!?\n]{0,24}?(?<![a-z])(?:i'll|i will|we'll|we will|i can|we can|so i|so we|and i|and we)"
    r" (?:text|call|whatsapp|message|contact|ring|send|reach)(?![a-z])")
# a comma, then 搜 and the account, right after a social app's name (同号在某音，搜 meng0713)
_COMMA_SEARCH = re.compile(r"[，,] ?(?:搜索|搜) ?")


def _shop_home(t: str, s: int) -> bool:
    """Is the 主页 at s the shop's own page on the platform (店铺主页, 本店主页), not a person's profile?"""
    return t.startswith("主页", s) and s > 0 and t[s - 1] in "店铺"


# a handle right before its cue
_HANDLE_BEFORE = re.compile(r"(?<![a-z0-9])([a-z][a-z0-9]{4,19})(?:[ (（【\[]|是我的|是|为|我的|的)*$")
# an account name in Chinese after a social cue and an explicit colon or @ (小红薯搜：好物小铺,
# 微博@好物小铺): read up to where the source had a space
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_NAME_QUOTES = "「『“《【\""  # (normalising turns “ ” into ")


_PHONE_SYMBOLS = "☎☏✆📞📱"
# symbols and look-alike letters that stand for a cue: folded one-for-one before normalising
_SYMBOL_MAP = {"➕": "+", "✚": "+", "✙": "+", "✌": "v", "√": "v", "✔": "v", "ν": "v", "ѵ": "v", "Ѵ": "v",
               "ᐯ": "v", "🅥": "v", "🆅": "v", "🅅": "v", "Х": "x", "х": "x", "χ": "x", "🅧": "x", "🆇": "x",
               "🅇": "x", "ԛ": "q", "Ԛ": "q", "🅠": "q", "🆀": "q", "🅀": "q",
               **{c: "℡" for c in _PHONE_SYMBOLS},  # ℡ normalises to "tel"
               **{c: "心" for c in "❤♥♡💗💓💖💕"},  # a heart for 心 (xīn), the sound of 信: 威❤, V❤
               "🐧": "q"}  # the penguin for QQ (企鹅): 🐧：28536612, 🐧🐧 — alone before a toy's name it is no cue
# one class per plane: a class listing single characters beyond U+FFFF is tried character by
# character at every position (5× slower on a typical field), and most fields have none of them
_SYMBOLS_BMP = re.compile("[" + "".join(c for c in _SYMBOL_MAP if c <= "\uffff") + "]")
_SYMBOLS_ASTRAL = re.compile("[" + "".join(c for c in _SYMBOL_MAP if c > "\uffff") + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # one range: scanned at C speed


def _has_symbol(text: str) -> bool:
    return bool(_SYMBOLS_BMP.search(text) or (_ASTRAL.search(text) and _SYMBOLS_ASTRAL.search(text)))


_SYMBOL_MAP = str.maketrans(_SYMBOL_MAP)

# ------------------------------------------------------------------ the detector


class ContactDetector(CueReading, PhoneReading, LinkReading, SteerReading):
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
            if kind == "social" and t[ce - 1] == "号" and self.words.same_name_before is not None \
                    and (sb := self.words.same_name_before.search(t, max(0, cs - 10), cs)) is not None:
                # 关注同名公众号, 搜同名视频号: the account bears the shop's name, said before the app's
                # 号 (视频号添加微信解说: 公众号关联、视频号主页) — only a 号 cue asked to be followed or
                # looked up: 电影同名小红书爆款 is a film, 据同名公众号文章结集 a book's source
                out.append(self._cand(ft, norm, sb.start(), ce, "CONTACT-SOCIAL", "medium", 0.7,
                                      f"「{{q}}」说明{TERM['CONTACT-SOCIAL']}与店铺同名，买家据此即可到站外找到，"
                                      f"属于站外引流。"))
                claimed.append((sb.start(), ce))
                continue
            f = _FILL.match(t, ce)
            hs = f.end()
            if kind == "social" and hs == ce and (cm := _COMMA_SEARCH.match(t, ce)) is not None:
                hs = cm.end()  # 同号在某音，搜 meng0713: the app, then the account to look up there
            if kind == "social" and hs < len(t):
                gap = t[ce:hs]
                at = t[hs] == "@"
                cue_word = t[cs:ce]
                # …店铺：name names a shop on another platform when 店铺 follows the platform's word
                # (某宝店铺, 闲鱼店铺); a word that is itself a shop (淘宝店铺) needs 搜 like before: on
                # its own platform it is the shop's own mark
                named = cue_word.endswith(("号", "搜", "搜索", "搜口令", "id")) or (
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
            if kind in ("social", "wx") and self.words.same_name is not None \
                    and (sm := self.words.same_name.match(t, hs)) is not None:
                # 抖音同名, 微信同名, wx同tb号: the account bears the shop's name or its marketplace id
                rule = "CONTACT-SOCIAL" if kind == "social" else "CONTACT-WECHAT"
                out.append(self._cand(ft, norm, cs, sm.end(), rule, "medium", 0.7,
                                      f"「{{q}}」说明{TERM[rule]}与店铺同名或与平台账号相同，买家据此即可到站外找到，"
                                      f"属于站外引流。"))
                claimed.append((cs, sm.end()))
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
        # … with O / l / I for 0 / 1 (77OO 9OO 123), and spelled out in English digit words
        # … told in parts (前三位138，后八位…), cut by a filler (138x1234x5678), begun with sound-alikes (要散吧…)
        if "前三位" in t or "前3位" in t or _FILLER_MOBILE.search(t) or _HOMO_MOBILE.search(t):
            self._told_mobiles(ft, norm, t, cues, claimed, out, severity, attribute)
        if _LOOK_PRE.search(t):
            self._lookalike_runs(ft, norm, t, cues, claimed, out, severity, attribute)
        if (" five" in t or " nine" in t or " seven" in t or " zero" in t or " three" in t or " eight" in t) \
                and _SPELLED_RUN.search(t):
            self._spelled_runs(ft, norm, t, claimed, out, severity, attribute)

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
        if " dot " in t or "(dot)" in t:
            # [at] / [dot] in brackets (normalising drops the brackets): the words are no preposition
            # and no full stop, so any domain counts (john [at] email [dot] com)
            bracketed = "[" in text and _BRACKETED_AT.search(text) is not None
            for m in chain(self.words.spelled_mail.finditer(t),
                           self.words.spelled_any.finditer(t) if bracketed else ()):
                if not claimed.overlaps(m.start(), m.end()):
                    out.append(self._cand(ft, norm, m.start(), m.end(), "CONTACT-EMAIL", severity, 0.9,
                                          f"「{{q}}」在商品信息中留了{TERM['CONTACT-EMAIL']}，引导买家到站外联系，属于站外引流。"))
                    claimed.append(m.span())
            for m in self.words.spelled_host.finditer(t):
                host = m.group().replace(" dot ", ".").removeprefix("www.")
                if claimed.overlaps(m.start(), m.end()) or host in self.words.not_hosts \
                        or _host_allowed(host, _allowed_domains(ft, self.words)):
                    continue  # the shop's own site spelled out (a stand-alone store); ASP dot NET
                out.append(self._cand(ft, norm, m.start(), m.end(), "CONTACT-LINK", severity, 0.85,
                                      f"「{{q}}」把网址里的“.”写成 dot 拼出{TERM['CONTACT-LINK']}，引导买家离开平台，属于站外引流。",
                                      SUGGESTION_LINK))

        # 4. an invitation to add a contact with no readable handle: worth a look
        if cues or "公众号" in t or "进群" in t or "入群" in t or "加群" in t or "粉丝群" in t or "福利群" in t or "扫" in t \
                or "长按" in t or "二维码" in t or "v我" in t or "x我" in t or "薇我" in t \
                or (self.words.invite_apps_re is not None and self.words.invite_apps_re.search(t)):
            for m in self.words.invite.finditer(t):
                s, e = m.start(), m.end()
                if claimed.overlaps(s, e) or _INVITE_DENIED.search(t, max(0, s - 2), s):
                    continue  # 不加QQ微信, 请勿加微信: the shop refuses it (有不懂的加微信 is no refusal)
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
                if m.group("direct") and not self._in_shop(ft, t, s):
                    out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.7,
                                          "「{q}」请买家添加个人微信/QQ或到那里私聊（未识别出具体账号），平台规则把"
                                          "引导买家添加站外联系方式判为站外引流，请删除。"))
                    continue
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "low", 0.6,
                                      "「{q}」引导买家到站外添加联系方式（未识别出具体账号），请确认并删除。"))
        # 5. a hint that the contact waits on a profile (看个性签名, 主页有微, 看我简介)
        for m in (self.words.hint.finditer(t) if HINT_PLACES_RE.search(t) else ()):
            s, e = m.start(), m.end()
            if _shop_home(t, s):
                continue  # 店铺主页有惊喜: the shop's own page on the platform
            if not claimed.overlaps(s, e):
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.75,
                                      "「{q}」暗示买家到个人主页、签名或简介里找联系方式，"
                                      "平台规则把这种暗示也判为站外引流，请删除。"))
        # 5'. a contact word said to wait near such a place (主页背景图有联系方式, 个签有绿色软件号,
        # 截图里有我的扣扣, 看评论区置顶，群号在里面): the hint, with the place and the contact apart
        if NEAR_PLACES_RE.search(t):
            for m in chain.from_iterable(p.finditer(t) for p in self.words.hint_near):
                s, e = m.start(), m.end()
                if claimed.overlaps(s, e) or _shop_home(t, s):
                    continue  # 店铺主页有客服电话: the shop's own page on the platform
                gap = m.groupdict().get("gap") or ""
                if any(c in gap for c in "无没不勿"):
                    continue  # 主页没有联系方式: the place holds none
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.75,
                                      "「{q}」暗示买家到主页、签名、置顶评论或图片里找联系方式，"
                                      "平台规则把这种暗示也判为站外引流，请删除。"))
                claimed.append((s, e))
        # 5a. an English invitation naming another app, no handle (DM me on Instagram, join our
        # WhatsApp group)
        # (a field with the account itself — Message me on Snapchat kays.vintage — reports that instead)
        if self.words.invite_latin is not None and (" me " in t or " us " in t or "join our " in t or "join my " in t) \
                and not any(c.rule_id != "CONTACT-INVITE" for c in out):
            for m in self.words.invite_latin.finditer(t):
                s, e = m.start(), m.end()
                if claimed.overlaps(s, e) or _PAY_DENIED_LATIN.search(t, max(0, s - _DENIED_WINDOW), s):
                    continue  # do not DM us on Instagram: the shop warns against it
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.8,
                                      "「{q}」请买家到其他应用联系（未识别出具体账号），平台规则禁止把买家引到站外沟通、"
                                      "交易，属于站外引流，请删除。"))
                claimed.append((s, e))
        # 5b. the buyer's own number asked for, to reach them off the platform (Leave your cell number
        # and I'll text you the gate code): Hospitable on the booking platforms' rules
        if " your " in t and " number" in t:
            for m in _ASK_NUMBER.finditer(t):
                s, e = m.span(1)
                if claimed.overlaps(s, e) or _PAY_DENIED_LATIN.search(t, max(0, s - _DENIED_WINDOW), s):
                    continue
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.75,
                                      "「{q}」向买家索要电话号码以便在站外联系，平台规则禁止交易前交换联系方式，"
                                      "属于站外引流，请删除。"))
                claimed.append((s, e))
        # 6. payment moved off the platform, no account named (支付宝转我, 直接走转账, 不走平台)
        pay = self.words.offsite_pay
        if pay is not None:
            for m in pay.finditer(t):
                s, e = m.start(), m.end()
                if (claimed.overlaps(s, e) or _PAY_DENIED.search(t, max(0, s - 4), s)
                        or _PAY_DENIED_LATIN.search(t, max(0, s - _DENIED_WINDOW), s)
                        or _PAY_DENIED_AFTER.match(t, e) is not None
                        or _PAY_DENIED_AFTER_WIDE.match(t, e) is not None):
                    continue  # 不支持私下交易, 谨防线下交易, jangan bayar di luar: the shop warns against it
                if _QUOTE_OPEN.search(t, max(0, s - 9), s) and _QUOTE_CLOSE.match(t, e):
                    continue  # 'Me chama no zap' mug: words printed on the goods
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.75,
                                      "「{q}」引导买家绕开平台付款、交易（未识别出具体账号），平台规则把引导线下/私下交易"
                                      "判为站外交易，请删除。"))
        # 7. steering to another marketplace or the seller's own site, no account written out
        # (去拼多多买更便宜, 走淘宝, Find us on Etsy, Cheaper on our website): contact_steer.py
        out.extend(self._steer(ft, norm, t, claimed, out))
        return _dedupe(out)


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
