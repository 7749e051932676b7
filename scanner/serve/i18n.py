"""The web page's strings, Chinese first (`lang=zh`, the default) and English (`lang=en`): the
`serve.*` rows of the one message catalogue (scanner/messages/messages.csv, scanner/i18n.py)."""
from __future__ import annotations

from functools import lru_cache

from ..i18n import LANGS
from ..i18n import catalogue as messages


def pick(lang: str | None) -> str:
    return lang if lang in LANGS else "zh"


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict[str, str]:
    """The web page's strings in one language: the `serve.*` rows of the one message catalogue
    (scanner/messages/messages.csv)."""
    lang = pick(lang)
    return {k[6:]: v[lang] for k, v in messages().items() if k.startswith("serve.")}
