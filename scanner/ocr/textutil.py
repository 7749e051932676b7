"""Small text helpers shared by the OCR engines."""
from __future__ import annotations

import re

_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# Tesseract separates Chinese characters with spaces ("全 网 最 低 价"); a space next to a CJK
# character (or full-width punctuation) carries no meaning and would split lexicon terms.
_SPACE_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")


def strip_cjk_spaces(text: str) -> str:
    return _SPACE_CJK.sub("", text).strip()


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"
