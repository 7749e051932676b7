"""Cue words and handles for the contact detector (contact.py): the WeChat / QQ / social cue words
of a normalised field, the cues that name another marketplace than the listing's own, whether an
invitation is made in an eat-in shop, and a WeChat-style handle after a cue."""
from __future__ import annotations

import re

from ..engine import FieldText
from ..normalize import normalize

# handle tokens after a WeChat / social cue
_TOKENS = re.compile(r"@?(?:[a-z]|\d+[a-z])[a-z0-9]*(?: [a-z0-9]+)*")


class CueReading:
    """The cue-reading half of ContactDetector (it holds `words`, the compiled contact words)."""

    def _in_shop(self, ft: FieldText, t: str, s: int) -> bool:
        """Is the invitation at s made in an eat-in shop (its table or counter named before it:
        扫台面二维码添加微信好友)? A title's invitation is read with its description's wording."""
        place = self.words.offline_place
        if place is None:
            return False
        if place.search(t, max(0, s - 32), s):
            return True
        if ft.field == "title" and ft.listing.description:
            d = normalize(ft.listing.description[:2000]).text
            return any(m.group("direct") and place.search(d, max(0, m.start() - 32), m.start())
                       for m in self.words.invite.finditer(d))
        return False

    def _elsewhere(self, ft: FieldText, t: str, cues: list) -> frozenset:
        """Starts of the cues that name a marketplace other than the listing's own (淘宝搜 店名 on a
        小红书 listing, 拼多多店铺：… on a JD one), added to `cues` as social cues. Only where the
        listing's platform is known: on its own platform the name is the shop's own mark. Unknown:
        only where the sentence promises a lower price there (cheaper_there: 同款更便宜 — no shop
        sends its own buyers to its own listing for a better price)."""
        w = self.words
        if w.platform_social is None:
            return frozenset()
        found = list(w.platform_social.finditer(t))
        if not found:
            return frozenset()
        known, allowed = self._listing_hosts(ft)
        if known and not allowed:
            return frozenset()
        have = {cs for cs, _, _ in cues}
        starts = set()
        for m in found:
            hosts = w.platform_apps.get(m.group("app"), frozenset())
            if not hosts or hosts & allowed:
                continue
            if not known and not (w.cheaper is not None and (w.cheaper[0].match(t, m.end())
                                  or w.cheaper[1].search(t, max(0, m.start() - 48), m.start()))):
                # the listing's platform unknown: a shop there is another marketplace's only when
                # the sentence says it is cheaper or better there (拼多多店铺：… 同款更便宜)
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
