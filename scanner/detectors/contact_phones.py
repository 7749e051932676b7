"""Digit runs in a field's normalised text, read as contact numbers: mobile numbers anywhere,
landlines, 400/800 numbers and other countries' formats after a phone word, QQ / WeChat numbers
after their cue, bank accounts after their label; a run glued to letters, embedded in a longer
number or followed by a unit is no phone. A reader of `contact.ContactDetector`."""
from __future__ import annotations

import re

from .contact_bank import MIN_SHORT, account_number
from .contact_rules import _LABEL_WINDOW, TERM, ContactReading

# how far before a digit run its phone cue is looked for (ContactWords.tel_before), and a Latin
# phone word or chat app before a number with its country code (tel_far, tel_far_app)
_TEL_WINDOW = 16
_TEL_FAR_WINDOW = 32
# filler between a cue and its handle/number
_FILL = re.compile(r"(?:[ :：=#()（）\[\]【】]|是|为|搜索|搜|添加|加|店铺名?|店名|聊(?= ?[:：]))*")

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
# a list of decimal values (pH 6.0 6.5 7.0 7.5 8.0, 1.5 2.0 2.5 mm) is measurements, not a phone,
# even after a word that can be a phone cue (Ph 09 555 0123 in New Zealand)
_DECIMAL_LIST = re.compile(r"\d{1,3}[.,]\d{1,2}(?: \d{1,3}[.,]\d{1,2})+")

# letters written for digits inside a number (O for 0, l or I for 1: 77OO 9OO 123, l38 l234 5678 —
# codebox/homoglyph: look-alike characters let text slip past a plain filter). Cheap pre-check: a
# digit touching one of them; then a run of digits and o/l/i in which every group has a real digit
# and at most four letters stand for digits; the run is read as a number with the letters mapped
_LOOK_PRE = re.compile(r"[oli](?:(?=[0-9])|(?<=[0-9][oli]))")  # (a letter first: the engine scans for it)
_LOOK_RUN = re.compile(r"(?<![a-z0-9])\+?[0-9oli](?:[ .,()]{0,2}[0-9oli]){6,16}(?![a-z0-9])")
_LOOK_MAP = str.maketrans("oli", "011")
_LOOK_GROUPS = re.compile(r"[ .,()]+")
# a number spelled out in English digit words (five five five, two one two …; zero seven seven …):
# Ofuran on Fiverr's contact rule, eBay's "don't mask your contact details". Ten digits or more of
# a phone's shape anywhere, seven or more right after a phone word or chat app; a straight count
# (zero one two three …) is no number
_SPELLED_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                  "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPELLED_DIGIT = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_SPELLED_RUN = re.compile(rf"(?<![a-z]){_SPELLED_DIGIT}(?:[ ,.]{{1,3}}(?:{_SPELLED_DIGIT}|oh)){{6,14}}(?![a-z])")
_SPELLED_SPLIT = re.compile(r"[a-z]+")

# a mobile number told in parts (手机号前三位138，后八位12345678; 前三位…中间四位…后四位…): the
# parts joined must make an 11-digit mobile number
_PART_DIGITS = "0-9零一二三四五六七八九幺两洞拐勾"
_SPLIT_MOBILE = re.compile(
    rf"前[三3]位(?:数?是|为|[:：])? ?(?P<a>[{_PART_DIGITS}]{{3}})[^0-9]{{0,8}}?"
    rf"(?:中间[四4]位(?:数?是|为|[:：])? ?(?P<b>[{_PART_DIGITS}]{{4}})[^0-9]{{0,8}}?)?"
    rf"后[四八48]位(?:数?是|为|[:：])? ?(?P<c>[{_PART_DIGITS}]{{4,8}})(?![{_PART_DIGITS}])")
# a mobile number cut by one filler letter or sign repeated (138x1234x5678, 去掉中间的x): after a
# contact cue, or with the hint to drop the filler
_FILLER_MOBILE = re.compile(r"1(?<![0-9a-z]1)([3-9]\d)([a-z*#~])(\d{4})\2(\d{4})(?![0-9a-z])")  # (the 1 first: a fast scan)
_DROP_HINT = re.compile(r"[^。！？!?\n]{0,6}?(?:去掉|去除|删掉|删除|删去|去了)")
# a mobile number whose first three digits are said as words that sound like them (要散吧 for 138,
# 衣舞酒 for 159): the rest must follow as numerals or digits, eleven in all
_HOMOPHONES = {**{c: "1" for c in "要衣依"}, **{c: "3" for c in "散伞山"}, **{c: "4" for c in "死似"},
               **{c: "5" for c in "舞午武吾"}, **{c: "6" for c in "溜流"}, **{c: "7" for c in "妻期漆"},
               **{c: "8" for c in "吧巴扒"}, **{c: "9" for c in "酒久"}}
_HOMO_MOBILE = re.compile(
    r"[要衣依幺](?<![\u4e00-\u9fff][要衣依幺])([散伞山死似舞午武吾溜流妻期漆吧巴扒酒久])"
    rf"([散伞山死似舞午武吾溜流妻期漆吧巴扒酒久要衣依{_PART_DIGITS}])"
    rf"((?:[ .]?[{_PART_DIGITS}]){{8}})(?![{_PART_DIGITS}])")


class PhoneReading(ContactReading):
    def _digits(self, ft, norm, t, m, cues, claimed, out, severity, attribute):
        rs, re_ = m.start(), m.end()
        s = m.group()
        if _DECIMAL_LIST.fullmatch(s):
            return
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

    def _lookalike_runs(self, ft, norm, t, cues, claimed, out, severity, attribute):
        """Numbers with O / l / I written for 0 / 1 (77OO 9OO 123, l38 l234 5678): the run is read
        as digits, on a copy of the text of the same length, by the digit-run reader."""
        for m in _LOOK_RUN.finditer(t):
            s = m.group()
            letters = sum(s.count(c) for c in "oli")
            if not letters or letters > 4 or sum(c.isdigit() for c in s) < 4:
                continue
            if any(g and not any(c.isdigit() for c in g) for g in _LOOK_GROUPS.split(s.lstrip("+"))):
                continue  # a word of its own (lol 1234567), not a letter inside a number
            if claimed.overlaps(m.start(), m.end()):
                continue
            t2 = t[:m.start()] + s.translate(_LOOK_MAP) + t[m.end():]
            mm = _RUN.match(t2, m.start(), m.end())
            if mm is not None:
                self._digits(ft, norm, t2, mm, cues, claimed, out, severity, attribute)

    def _spelled_runs(self, ft, norm, t, claimed, out, severity, attribute):
        """A number spelled out in English digit words (five five five, two one two, four four …)."""
        for m in _SPELLED_RUN.finditer(t):
            rs, re_ = m.span()
            d = "".join(_SPELLED_WORDS[w] for w in _SPELLED_SPLIT.findall(m.group()))
            steps = {int(b) - int(a) for a, b in zip(d, d[1:])}
            if steps <= {1} or steps <= {-1} or len(d) > 13 or claimed.overlaps(rs, re_):
                continue  # zero one two three …: counting, not a number
            w0 = max(0, rs - _TEL_FAR_WINDOW)
            cued = (self.words.tel_before.search(t[max(0, rs - _TEL_WINDOW):rs]) is not None
                    or self.words.tel_far_app.search(t[w0:rs]) is not None)
            shaped = (_NANP.fullmatch(d) is not None or _MOBILE.fullmatch(d) is not None
                      or (d[0] == "0" and 10 <= len(d) <= 11))
            if not (shaped or (cued and len(d) >= 7)) or self.words.unit_after.match(t, re_ + 1):
                continue  # (… nine one two inch tablets: sizes)
            out.append(self._cand(ft, norm, rs, re_, "CONTACT-PHONE", severity, 0.9 if cued else 0.8,
                                  f"「{{q}}」用英文单词逐位拼出{TERM['CONTACT-PHONE']}，引导买家到站外电话联系，属于站外引流。"))
            claimed.append((rs, re_))

    def _told_mobiles(self, ft, norm, t, cues, claimed, out, severity, attribute):
        """Mobile numbers told in parts, cut by a repeated filler, or begun with sound-alike words."""
        def dig(x):
            return "".join(_DIGIT_MAP.get(c, _HOMOPHONES.get(c, c)) for c in x if c not in " .")

        found = []
        if "前三位" in t or "前3位" in t:
            for m in _SPLIT_MOBILE.finditer(t):
                d = dig(m.group("a")) + dig(m.group("b") or "") + dig(m.group("c"))
                if _MOBILE.fullmatch(d):
                    found.append((m.start(), m.end(), None))
        for m in _FILLER_MOBILE.finditer(t):
            cue = None
            for cs, ce, kind in reversed(cues):
                if ce <= m.start():
                    if _FILL.fullmatch(t, ce, m.start()):
                        cue = (cs, ce, kind)
                    break
            hint = _DROP_HINT.match(t, m.end()) if cue is None else None
            # (the hint names the filler: 去掉中间的x — not 150x2000x3000，去掉包装重10kg)
            if cue is not None or (hint is not None and m.group(2) in t[hint.end():hint.end() + 5]):
                found.append((m.start(), m.end(), cue))
        for m in _HOMO_MOBILE.finditer(t):
            d = dig(m.group())
            if _MOBILE.fullmatch(d):
                found.append((m.start(), m.end(), None))
        for ns, ne, cue in found:
            if claimed.overlaps(ns, ne):
                continue
            rule = (_CUE_RULE.get(cue[2]) if cue else None) or "CONTACT-PHONE"
            self._emit_phone(ft, norm, ns, ne, cue, None, rule, severity, attribute, out, claimed)

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
