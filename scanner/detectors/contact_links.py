"""Links, e-mail addresses and other platforms' share tokens in a field's original text (full-width
characters folded one-for-one, so offsets stay valid; normalising would drop the dots between
letters): a host is reported unless it is the shop's own or its platform's. A reader of
`contact.ContactDetector`."""
from __future__ import annotations

import re
import unicodedata

from ..engine import Candidate
from .contact_rules import _LABEL_WINDOW, CATEGORY, LAW, SUGGESTION, SUGGESTION_LINK, TERM, ContactReading
from .contact_words import _allowed_domains, _host_allowed

# a Taobao-style share token (淘口令 ￥AbC123xyz￥): a link to another platform written as a code
_TOKEN_CODE = re.compile(r"([￥¥$€₤])(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])([a-z0-9]{8,14})\1", re.I)

# full-width ASCII and CJK full stops folded one-for-one (offsets stay valid)
_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: " "})
# … and the mathematical bold/italic/double-struck/monospace letters and digits (𝐭.𝐦𝐞/𝐣𝐨𝐡𝐧, 𝟺𝟶𝟺):
# scam comments write handles and links in them (youtube-scam-comment-annihilator's notes)
_FOLD.update({i: f for i, f in ((i, unicodedata.normalize("NFKC", chr(i))) for i in range(0x1D400, 0x1D800))
              if len(f) == 1 and f.isascii()})
_FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff0f\uff03\U0001d400-\U0001d7ff]")


# cheap pre-check (starts with a character class, so the regex engine scans for it at C speed)
_LINK_PRE = re.compile(
    r"[.。．点@＠#艾:：(\[](?:(?<=[.。．点]) ?[a-z\uff41-\uff5a\uff21-\uff3a\U0001d400-\U0001d7ff]|(?<=[@＠#])|(?<=艾)特"
    r"|(?<=[:：]) ?[/／]|(?<=[(\[])(?:\.|dot|at)[)\]])", re.I)
# the extent of a link-like token (also run over the reversed text to find its start)
_TOKEN = re.compile(r"(?:[a-z0-9\-._~%+@#/:?=&点艾特()\[\]。．]| (?=[.。．点])|(?<=[.。．点]) (?=[a-z0-9]))*", re.I)


_REFERENCE = re.compile(r"(?:^|\.)(?:gov\.cn|gov|edu\.cn|edu|org\.cn)$")

# a full stop followed by one space before a lower-case "tld" that runs on into more English words
_SENTENCE_DOT = re.compile(r"[a-z]\. (?=[a-z])")
# (or, across a line break or a list bar, a lower-case word going on with the sentence:
# “a minimalistic front. it\n has a round neck”)
_PROSE_AFTER = re.compile(r" [A-Za-z]|[ \t]*(?:[\r\n]+|[|•])[ \t]*[a-z]")
# the next all-caps word of the sentence, not one that follows a link (VISIT MYSHOP.TO FOR MORE)
# (or a hyphenated compound the word TLD opens: LIMITED STOCK. IN-STOCK AND READY TO SHIP)
_CAPS_PROSE_AFTER = re.compile(r" (?!(?:FOR|NOW|TODAY|AND|OR|TO|WITH)(?![A-Z]))[A-Z]{2,}[ ,.]|-[A-Z]{2,}")
# the preposition of place a label's storage sentence goes on with (CLOSED.STORE IN A COOL PLACE)
_CAPS_PLACE_AFTER = re.compile(r" (?:IN|AT|AWAY|BELOW|UNDER|ABOVE|BETWEEN|UPRIGHT|REFRIGERATED)(?![A-Z])")
# a lower-case word going on with the sentence (“store.TO set time of watch”)
_LOWER_PROSE_AFTER = re.compile(r" [a-z]{2,}(?![a-z]*\.[a-z])")
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


class LinkReading(ContactReading):
    def _listing_hosts(self, ft) -> tuple[bool, frozenset]:
        """(is the listing's own platform known — its url or the shop's domains given —, the hosts it
        may name: that url's and the shop's domains)."""
        known = bool(ft.listing.url or ft.context.shop_domains)
        return known, (_allowed_domains(ft, self.words) if known else frozenset())

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
                if host.count(".") == 1 and tld.isupper() and folded[m.start():m.start("tld")].isupper() \
                        and ((tld.lower() in _WORD_LIKE_TLDS and _CAPS_PROSE_AFTER.match(folded, m.end("tld")))
                             or (tld.lower() in self.words.word_tlds and _CAPS_PLACE_AFTER.match(folded, m.end("tld")))) \
                        and not _LINK_LEAD.search(folded, max(0, m.start() - 12), m.start()):
                    continue  # "SEARCH LMAEC IN AMAZON.TO CONNECT MIC": an all-caps sentence's stop with no space
                    # after it; a word TLD (contact_words.csv) only before a preposition of place, as in a label's
                    # "KEEP CONTAINER TIGHTLY CLOSED.STORE IN A COOL, DRY PLACE" (real round 58)
                if host.count(".") == 1 and tld.isupper() and tld.lower() in _WORD_LIKE_TLDS \
                        and folded[m.start():m.start("tld") - 1].islower() and _LOWER_PROSE_AFTER.match(folded, m.end("tld")) \
                        and not _LINK_LEAD.search(folded[max(0, m.start() - 12):m.start()].upper()):
                    continue  # "from play store.TO set time": a sentence's stop with no space before a capitalised "To"
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
