"""Derived columns of a finding row, shared by every writer: the Chinese category name, the
rule family and the shop (CONTRACT.md, "Columns added for analysts")."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from .models import finer_category

CATEGORY_ZH = {
    "absolute_term": "绝对化用语", "authority_claim": "权威背书", "medical_claim": "医疗功效",
    "superstition": "封建迷信", "inducement": "诱导促销", "guarantee_claim": "功效保证",
    "brand_piggyback": "蹭品牌/仿冒", "brand_unauthorized": "未授权品牌", "brand_compat": "兼容说明",
    "offsite_contact": "站外引流", "public_order": "公序良俗/未成年人",
    "false_claim": "虚假宣传",
}


@lru_cache(maxsize=8192)  # a pure function of two strings, asked once per finding row
def category_zh(category: str, rule_id: str) -> str:
    """The Chinese name of a finding's category: the finer one its rule names (公序良俗/未成年人
    for AD-PUB-…, reported as `inducement`), else the category's."""
    cat = finer_category(category, rule_id)
    return CATEGORY_ZH.get(cat, cat)


_AD_QUALIFIERS = ("EN", "F", "HF")  # English lexicon, claim frames, health-food rules


@lru_cache(maxsize=8192)
def rule_family(rule_id: str) -> str:
    """The rule id without its individual term, so that lexicon rules (one id per word, e.g.
    AD-ABS-最佳) sum like brand and contact rules (BRAND-DUPE): AD-ABS, AD-ABS-EN, AD-MED-F,
    AD-MED-HF, BRAND-DUPE, CONTACT-WECHAT…"""
    parts = rule_id.split("-")
    if len(parts) < 2:
        return rule_id
    if parts[0] == "AD":
        fam = parts[:2]
        if len(parts) > 2 and parts[2] in _AD_QUALIFIERS:
            fam.append(parts[2])
        return "-".join(fam)
    return "-".join(parts[:2])


def shop_of(listing) -> str:
    """The shop a listing belongs to: the host of its URL, else the name of its input file."""
    url = listing.url or ""
    if url.lower().startswith(("http://", "https://")):
        host = _url_host(url)
        if host:
            return host
    src = listing.source or ""
    if src.lower().startswith(("http://", "https://")):
        return _host_of(src) or src
    return src.replace("\\", "/").rsplit("/", 1)[-1]


def _url_host(url: str) -> str:
    """urlsplit(url).hostname ("" when none or unparsable), read once per distinct address part:
    a shop's listings share their host, and parsing every URL whole cost more than the rest of
    the row (tabs and line breaks, which urlsplit removes anywhere in a URL, take the long way)."""
    if "\t" in url or "\n" in url or "\r" in url:
        return _host_of(url)
    rest = url.split("//", 1)[1] if "//" in url else ""
    for sep in "/?#":
        rest = rest.split(sep, 1)[0]
    return _host_of("//" + rest)


@lru_cache(maxsize=4096)
def _host_of(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""
