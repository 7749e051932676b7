"""Watermarks and shop marks of other platforms in pictures (field=image): 「抖音号：美美好物」,
「小红书@好物分享君」, 「淘宝店铺：美美旗舰店」, 「拼多多搜：美美家居」 → `offsite_contact` medium.

The platforms and the names they go by are data (`lexicons/watermarks.csv`: platform, names,
term, what). A mark is a platform name (with 号/店/店铺/搜/ID…) followed by `:`, `：` or `@` and
an account or shop name; a bare platform name (「抖音同款」, 「天猫正品」) is not a mark. A mark of
the listing's own platform (from its URL or the config's `shop_domains`, through
`lexicons/platform_domains.csv`) stays clean: it is the shop's own watermark. Handles made of
letters and digits after 抖音号/快手号/小红书号 are also found by the contact detector; the
engine keeps one finding per span.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..engine import Candidate, FieldText
from ..lexicon import lexicon_dir, read_rows
from .contact import LAW
from .image_codes import _host, _platform_of, _tables

CATEGORY = "offsite_contact"
SUGGESTION = "换用没有其他平台水印/店铺标识的图片（自己拍摄或去除水印），图片中不要出现其他平台的账号或店铺名。"


@lru_cache(maxsize=8)
def _marks(directory: str) -> list[tuple[re.Pattern, str, str, str]]:
    out = []
    for r in read_rows(Path(directory) / "watermarks.csv"):
        names = [n.strip() for n in (r.get("names") or "").split("|") if n.strip()]
        if not names or not r.get("platform"):
            continue
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        rx = re.compile(rf"(?<![a-z0-9])(?:{alt})(?:号|店铺|店|搜索|搜|账号|主页|直播间|id)?\s*[:：@]\s*@?"
                        rf"[^\s,，。；;:：!！?？|｜]{{2,24}}", re.I)
        out.append((rx, r["platform"], r.get("term") or "其他平台水印", r.get("what") or ""))
    return out


class WatermarkDetector:
    name = "watermark"

    def __init__(self, directory: str | None = None):
        self.directory = str(directory or lexicon_dir())

    def detect(self, ft: FieldText) -> list[Candidate]:
        if ft.field != "image" or not ft.text:
            return []
        text = ft.text
        if not any(c in text for c in ":：@"):
            return []
        out = []
        own = None
        for rx, platform, term, what in _marks(self.directory):
            for m in rx.finditer(text):
                if own is None:
                    own = self._own_platforms(ft)
                if platform in own:
                    continue  # the shop's own platform: its own watermark
                q = m.group()
                out.append(Candidate(m.start(), m.end(), CATEGORY, "medium", 0.9, term, f"WATERMARK-{platform.upper()}",
                                     LAW, SUGGESTION, f"图片中的「{q}」是{what}，把买家引向其他平台的账号或店铺，属于站外引流。",
                                     self.name))
        return out

    def _own_platforms(self, ft: FieldText) -> set[str]:
        _rules, platforms = _tables(self.directory)
        own = set()
        for d in (*ft.context.shop_domains, ft.listing.url):
            p = _platform_of(_host(d), platforms) if d else ""
            if p:
                own.add(p)
        return own
