"""What a QR code or barcode in a listing picture leads to (`offsite_contact`, field=image, the
code's box as evidence).

The payload decoded by scanner/ocr/codes.py is judged, in order:
1. `lexicons/qr_payloads.csv` (data): a personal WeChat code, a WeChat/QQ group invite, an
   Alipay or WeChat payment code, WhatsApp/Telegram/LINE, tel:/mailto:, a contact card → the row's
   severity (high) and term;
2. a web link: the shop's own domains (config `shop_domains`, the listing's own host) and its
   platform's domains (`lexicons/platform_domains.csv`) stay clean; another platform's domain
   (a Taobao shop code on a JD listing) is `medium`; any other site is `high`. When the listing's
   platform is not known (a file without URLs), a platform's domain stays clean;
3. an app link of another scheme (`xxx://`) → medium;
4. plain text: the contact detector reads it (a WeChat id, a phone number in a code) → high;
5. anything else (a product's EAN-13, a serial number) is clean.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..engine import Candidate, FieldText
from ..lexicon import lexicon_dir, read_rows
from .contact import LAW, ContactDetector, _host_allowed

CATEGORY = "offsite_contact"
SUGGESTION = ("删除图片中的二维码（或换成本店在本平台的店铺码/商品码）；与买家沟通、收款请使用平台自带的客服和支付渠道。")
_URL = re.compile(r"^(?:https?://|www\.)", re.I)
_HOSTLIKE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}(?:[/:?#]|$)", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{1,30}://", re.I)
_SECOND_LEVEL = frozenset({"com", "net", "org", "gov", "edu", "co", "ac"})


@lru_cache(maxsize=8)
def _tables(directory: str) -> tuple[list[tuple[re.Pattern, str, str, str, str]], dict[str, str]]:
    d = Path(directory)
    rules = []
    for r in read_rows(d / "qr_payloads.csv"):
        if r.get("pattern") and r.get("rule_id"):
            rules.append((re.compile(r["pattern"], re.I), r["rule_id"], r.get("term") or "站外二维码",
                          r.get("severity") or "high", r.get("what") or ""))
    platforms = {}
    for r in read_rows(d / "platform_domains.csv"):
        if r.get("domain") and r.get("platform"):
            platforms[r["domain"].lower()] = r["platform"]
    return rules, platforms


def _host(value: str) -> str:
    v = value.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", v, re.I):
        v = "http://" + v
    try:
        h = (urlsplit(v).hostname or "").lower().strip(".")
    except ValueError:
        return ""
    return h[4:] if h.startswith("www.") else h


def _registrable(host: str) -> str:
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def _platform_of(host: str, platforms: dict[str, str]) -> str:
    while host:
        if host in platforms:
            return platforms[host]
        if "." not in host:
            return ""
        host = host.split(".", 1)[1]
    return ""


class CodeDetector:
    """Runs on FieldText(field="image", text=<decoded payload>, notes={"code": kind})."""

    name = "image_code"

    def __init__(self, directory: str | None = None):
        self.directory = str(directory or lexicon_dir())
        self._contact = ContactDetector(self.directory)

    def detect(self, ft: FieldText) -> list[Candidate]:
        payload = ft.text
        if not payload.strip():
            return []
        rules, platforms = _tables(self.directory)
        kind = ft.notes.get("code", "QRCode")
        what_code = "二维码" if kind.startswith("QR") else "条形码"
        text = payload.strip()
        start = payload.index(text[0])
        end = start + len(text)
        for rx, rule_id, term, severity, what in rules:
            if rx.search(text):
                return [self._cand(ft.box, start, end, severity, term, rule_id,
                                   f"图片中的{what_code}（内容「{_short(text)}」）是{what}。")]
        if _URL.match(text) or _HOSTLIKE.match(text):
            host = _host(text)
            if not host:
                return []
            own, own_platform = self._own(ft, platforms)
            if _host_allowed(host, own):
                return []  # the shop's own site or its platform
            other = _platform_of(host, platforms)
            if other:
                if not own_platform or other == own_platform:
                    return []  # a platform's own page (the listing's platform unknown, or the same)
                return [self._cand(ft.box, start, end, "medium", "其他平台链接二维码", "QR-OTHER-PLATFORM",
                                   f"图片中的{what_code}指向其他平台（{host}），把买家引到本平台之外的店铺或商品。")]
            return [self._cand(ft.box, start, end, "high", "站外链接二维码", "QR-LINK",
                               f"图片中的{what_code}指向站外网站（{host}），引导买家离开平台。")]
        if _SCHEME.match(text):
            return [self._cand(ft.box, start, end, "medium", "站外应用链接二维码", "QR-APP",
                               f"图片中的{what_code}打开站外应用（{text.split(':', 1)[0]}://），引导买家离开平台。")]
        out = []
        for c in self._contact.detect(FieldText.of(ft.listing, "description", payload, ft.context)):
            c.severity = "high"
            c.explanation = f"图片中的{what_code}内容：{c.explanation}"
            c.detector = self.name
            c.box = ft.box
            out.append(c)
        return out

    def _own(self, ft: FieldText, platforms: dict[str, str]) -> tuple[set[str], str]:
        own: set[str] = set()
        platform = ""
        for d in (*ft.context.shop_domains, ft.listing.url):
            h = _host(d) if d else ""
            if not h:
                continue
            own.add(h)
            p = _platform_of(h, platforms)
            if p:
                platform = platform or p
                own.update(dom for dom, q in platforms.items() if q == p)
            else:
                own.add(_registrable(h))
        return own, platform

    def _cand(self, box, s: int, e: int, severity: str, term: str, rule_id: str, expl: str) -> Candidate:
        # the whole code is the evidence
        return Candidate(s, e, CATEGORY, severity, 0.95, term, rule_id, LAW, SUGGESTION, expl, self.name, box=box)


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
