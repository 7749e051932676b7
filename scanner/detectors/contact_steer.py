"""Steering to another marketplace or to the seller's own site, with no account written out:
去拼多多买更便宜, 走淘宝, 更多款式请移步小红书搜索店名, 京东自营店有售, 更便宜的在某鱼; Find us on Etsy,
our Poshmark closet, Cheaper on our website, Order through our site to save, buy direct from us.

A marketplace's own name is lawful on that marketplace, and the seller's own site may name itself:
the listing's url (or the shop's domains) decides. A marketplace named is another one only where the
listing's platform is known (its host's `platform` family) and is not that marketplace's; the
seller's own site counts only where the listing stands on a marketplace. Where the listing's
platform is unknown, only wording that promises a lower price there is reported (no shop sends its
own buyers elsewhere on its own site for a better price). The vocabularies are `lexicons/
contact_words.csv` rows (market_name, steer_go, steer_shop, steer_act, steer_not, cheaper_there, steer_benefit,
own_site, benefit_latin); the grammar that joins them is here."""
from __future__ import annotations

import re

# a clause's bounds around a match (a benefit is looked for inside them)
_STOP = "。！？!?\n；;，,"  # (去京东看了下价格，这里更便宜: the price is this shop's)
_WINDOW = 48


def _alt(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True)) or "(?!)"


def steer_patterns(words: dict) -> dict:
    """The patterns of the steering reader, built from the word lists (kind -> words)."""
    markets = words.get("market_name", [])
    cjk = _alt([w for w in markets if not w.isascii()])
    lat = _alt([w for w in markets if w.isascii()])
    m = rf"(?P<m>{cjk}|(?<![a-z])(?:{lat})(?![a-z]))"
    lm = rf"(?P<m>(?<![a-z])(?:{lat})(?![a-z]))"
    go, shop, act = _alt(words.get("steer_go", [])), _alt(words.get("steer_shop", [])), _alt(words.get("steer_act", []))
    no = _alt(words.get("steer_not", []))
    ch = _alt([*words.get("cheaper_there", []), *words.get("steer_benefit", [])])
    # (10% off: after a digit; save 15%; "for less" and "% less" end a phrase — for less noise is prose)
    ben = (rf"(?<![a-z])(?:{_alt(words.get('benefit_latin', []))}|save ?\$?[0-9])(?![a-z])"
           r"(?!(?<=less) (?!(?:than|on|at|from|in|via|through|here|there|directly|direct)(?![a-z]))[a-z])")
    site = rf"(?<![a-z])(?:{_alt(words.get('own_site', []))})(?![a-z])"
    cut = r"[^.,!?;\n。，！？；]"  # within a clause
    return {
        # 去拼多多买, 走淘宝, 移步小红书搜索 (过去/除去/失去淘宝… are no go-verb; 走京东物流 is a carrier)
        # (a bare 去 before the name needs a shop, an act or a lower price: 周末出去转转 is a stroll)
        "go": re.compile(rf"(?<![过失除回马晚早线网])(?P<g>{go}) ?{m}(?! ?(?:{no}))(?P<tail>(?: ?(?:{shop}))?(?: ?(?:{act}))?)"),
        # 淘宝下单立减20, 抖音小店价格更低 (比淘宝便宜 compares prices: no place to go)
        "benefit": re.compile(rf"(?<![比在从于过和与、])(?:{cjk})(?! ?(?:{no}))(?:{shop})?(?:{act})?"
                              rf"[^。！？!?\n，,；;]{{0,6}}?(?:{ch})"),
        # 更便宜的在某鱼
        "benefit_before": re.compile(rf"(?:{ch})的?(?:在|去|到|上) ?{m}"),
        # 京东自营店有售, 淘宝下单 (在淘宝下单的: where a second-hand item was bought)
        # (在京东自营店有售 says where it is sold now: 有售 is never past)
        "act": re.compile(rf"(?:{cjk})(?! ?(?:{no}))(?:{shop})?有售"
                          rf"|(?<![在从于过是])(?:{cjk})(?! ?(?:{no}))(?:{shop})?下单(?![的了过])"),
        # Find us on Etsy, Search our store name KayCrafts on Amazon
        "find": re.compile(rf"(?<![a-z])(?:find|search for|search|look for|look up|visit|check out|follow)"
                           rf" (?:[a-z0-9&'. -]{{1,30}}? )?(?:on|at) (?:our |my )?{lm}"),
        # in my Etsy shop, our Poshmark closet
        "shop": re.compile(rf"(?<![a-z])(?:our|my) {lm} (?:store|shop|closet|storefront|boutique|page)(?![a-z])"),
        # check my Depop, visit our Etsy
        "check": re.compile(rf"(?<![a-z])(?:check|see|visit)(?: out)? (?:our|my) {lm}"),
        # also sold in our eBay store, available on Amazon
        "sold": re.compile(rf"(?<![a-z])(?:(?:also )?(?:sold|available|listed)|(?:we|i) (?:also )?sell)"
                           rf" (?:on|at|in|through|via) (?:our |my )?{lm}"),
        # buy it on our Shopify store
        "buy": re.compile(rf"(?<![a-z])(?:buy|order|purchase|shop|get) (?:it |them |this |one |direct |directly )?"
                          rf"(?:on|at|from|via|through) (?:our |my )?{lm}"),
        # Cheaper on our website, for less on our own website, lower prices at our web shop
        "site_before": re.compile(rf"{ben}{cut}{{0,30}}? ?(?:on|at|from|through|via|in) {site}"),
        # on our website for 10% off, our online store and pay less
        "site_after": re.compile(rf"(?:(?<![a-z])(?:on|at|from|through|via|in) )?{site}{cut}{{0,40}}?{ben}"),
        # Order through our site, Purchase directly from our site
        "site_buy": re.compile(rf"(?<![a-z])(?:order|buy|purchase|shop)(?: it| them| this| one)?(?: direct| directly)?"
                               rf" (?:on|at|from|through|via) {site}"),
        # buy direct from us, order from us directly, avoid eBay fees, Google our shop name
        "direct": re.compile(rf"(?<![a-z])(?:(?:buy|order|purchase)(?: it| them| this| one)? direct(?:ly)? from (?:us|me)"
                             rf"|(?:buy|order|purchase) from (?:us|me) direct(?:ly)?"
                             rf"|(?:buy|order|purchase)(?: it| them)? direct(?:ly)? (?:and|to) (?:avoid|skip|save)"
                             rf"|(?:avoid|skip|save on) (?:the |any )?(?:{lat}|marketplace|platform) fees"
                             rf"|google (?:us|our (?:shop|store|company|brand|business)(?: name)?))(?![a-z])"),
        "ben": re.compile(ben),
        "ch": re.compile(ch),
        # what each group of patterns cannot match without (one search each decides which groups run)
        "need_market": re.compile(rf"{cjk}|(?<![a-z])(?:{lat})(?![a-z])"),
        "need_site": re.compile(site),
        "need_direct": re.compile(r"direct|fees|google"),
    }


# which patterns name a marketplace (the rest name the seller's own site or the seller)
_MARKET = ("go", "benefit", "benefit_before", "act", "find", "shop", "check", "sold", "buy")
_SITE = ("site_before", "site_after", "site_buy")
# which carry their own promise of a lower price (reported where the listing's platform is unknown)
_PRICED = frozenset({"benefit_before", "site_before", "site_after"})
# go-verbs that send the buyer somewhere only with a shop, an act or a price after the name (走/移步 trade there)
_BARE_GO = frozenset({"去", "请到", "上"})
# which may be the listing's own marketplace's wording where its platform is unknown (no go-verb)
_OWN_PLATFORM = frozenset({"benefit", "act"})
_EXPLAIN = {
    True: "「{q}」引导买家到其他平台搜索、购买（未写出具体账号），平台规则禁止引导至站外三方平台交易，属于站外引流，请删除。",
    False: "「{q}」引导买家到卖家自己的网站或绕开平台直接购买（未写出具体网址），平台规则禁止以任何号召把买家引离平台，"
           "属于站外引流，请删除。",
}


class SteerReading:
    """The contact detector's reader of steering wording (a mixin: `words`, `_cand`, `_listing_hosts`)."""

    def _steer(self, ft, norm, t: str, claimed, found=()) -> list:
        pats = self.words.steer
        if pats is None:
            return []
        w = self.words
        known, allowed = self._listing_hosts(ft)  # (contact_links.LinkReading)
        on_market = known and any(allowed & fam for fam in w.platform_families)
        if known and not on_market:
            return []  # the seller's own site (or a host we cannot place): it may name itself and others
        keys = ((_MARKET if pats["need_market"].search(t) else ())
                + (_SITE if pats["need_site"].search(t) else ())
                + (("direct",) if pats["need_direct"].search(t) else ()))
        if not keys:
            return []  # no marketplace, own site or direct-sale word: nothing to read (most listings)
        out = []
        taken = [(c.nstart, c.nend) for c in found if c.nstart >= 0]  # what the other readers reported
        for key in keys:
            for mt in pats[key].finditer(t):
                s, e = mt.span()
                if claimed.overlaps(s, e) or any(s < te and e > ts for ts, te in taken):
                    continue
                market = key in _MARKET
                if market:
                    name = mt.group("m") if "m" in mt.groupdict() and mt.group("m") else None
                    if name is None:  # the Chinese name sits in an unnamed group
                        name = next((x for x in w.market_names if x in t[s:e]), None)
                    hosts = w.market_hosts.get(name or "", frozenset())
                    if known and hosts & allowed:
                        continue  # its own marketplace (one with no hosts — a Shopify store — never is)
                    if key == "go" and not mt.group("tail") and mt.group("g") in _BARE_GO \
                            and not self._priced(t, s, e, pats):
                        continue  # 周末出去转转, 去抖音看看: going there, nothing bought
                    if key == "benefit" and "比" in t[max(0, s - 8):s]:
                        continue  # 这里比淘宝、京东都便宜: a price comparison, no place to go
                if not known and (key in _OWN_PLATFORM or (key not in _PRICED and not self._priced(t, s, e, pats))):
                    continue  # 天猫下单立减 may be the listing's own marketplace's promotion
                out.append(self._cand(ft, norm, s, e, "CONTACT-INVITE", "medium", 0.75, _EXPLAIN[market]))
                taken.append((s, e))
        return out

    @staticmethod
    def _priced(t: str, s: int, e: int, pats: dict) -> bool:
        """Is a lower price promised in the clause around t[s:e]?"""
        a = max(0, s - _WINDOW)
        for i in range(s - 1, a - 1, -1):
            if t[i] in _STOP:
                a = i + 1
                break
        b = min(len(t), e + _WINDOW)
        for i in range(e, b):
            if t[i] in _STOP:
                b = i
                break
        span = t[a:b]
        return bool(pats["ben"].search(span) or pats["ch"].search(span))
