"""The law explained: `lexicons/laws.csv` says, for each article the findings cite, what it
forbids, what it costs and (for absolute terms) how the SAMR guideline reads it.

`articles(law_text)` maps a finding's `law` (e.g. 《广告法》第十六条、第十八条；《食品安全法》第七十三条)
to the keys of laws.csv it cites; report.html renders each cited entry once and links every
finding to it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import ROOT, data_file

LEXICONS = ROOT / "lexicons"  # the shipped data

_LAW = re.compile(r"《([^》]{1,40})》")
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]+条")


@dataclass(frozen=True)
class Law:
    key: str
    law: str
    article: str
    title: dict
    forbids: dict
    penalty: dict
    reasoning: dict
    penalty_key: str = ""  # the penalty article (e.g. 第五十七条 for 第九条), also rendered


def laws_path(folder: str = "") -> Path:
    """laws.csv of the lexicon folder in use; the shipped one when that folder has none (a
    custom SCANNER_LEXICONS folder need not copy the law texts)."""
    return data_file("laws.csv", folder)


def load_laws(folder: str = "") -> dict[str, Law]:
    return _load(str(laws_path(folder)))


@lru_cache(maxsize=4)
def _load(path_s: str) -> dict[str, Law]:
    path = Path(path_s)
    out: dict[str, Law] = {}
    if not path.is_file():
        return out
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            def pair(name):
                return {"zh": row.get(f"{name}_zh") or "", "en": row.get(f"{name}_en") or ""}
            out[row["key"]] = Law(row["key"], row["law"], row.get("article") or "", pair("title"), pair("forbids"),
                                  pair("penalty"), pair("reasoning"), row.get("penalty_key") or "")
    return out


@lru_cache(maxsize=4)
def _index(path_s: str) -> dict[tuple[str, str], str]:
    return {(law.law, law.article): key for key, law in _load(path_s).items()}


def articles(law_text: str, folder: str = "") -> tuple[str, ...]:
    """The laws.csv keys cited by one `law` string, in the order cited (no duplicates)."""
    return _articles(law_text, str(laws_path(folder)))


@lru_cache(maxsize=4096)
def _articles(law_text: str, path_s: str) -> tuple[str, ...]:
    idx = _index(path_s)
    keys: list[str] = []

    def add(k):
        if k and k not in keys:
            keys.append(k)

    marks = list(_LAW.finditer(law_text))
    for i, m in enumerate(marks):
        name = m.group(1)
        tail = law_text[m.end(): marks[i + 1].start() if i + 1 < len(marks) else len(law_text)]
        found = False
        for a in _ARTICLE.findall(tail.split("；")[0].split(";")[0]):
            k = idx.get((name, a))
            if k:
                add(k)
                found = True
        if not found:
            add(idx.get((name, "")))
        if name == "广告法" and "第九条第三项" in tail:  # absolute terms: the SAMR guideline applies
            add(idx.get(("广告绝对化用语执法指南", "")))
    if not marks:
        if "平台" in law_text or "站外" in law_text:
            add(idx.get(("平台规则", "")))
    if "Amazon" in law_text:
        add(idx.get(("Amazon", "")))
    if "明码标价" in law_text or "价格法" in law_text:
        add(idx.get(("价格法", "")))
    return tuple(keys)


def with_penalties(keys, folder: str = "") -> list[str]:
    """`keys` followed by the penalty articles they point to (each once), for the report's law section."""
    laws = load_laws(folder)
    out = [k for k in keys if k in laws]
    for k in list(out):
        p = laws[k].penalty_key
        if p and p in laws and p not in out:
            out.append(p)
    return out


def cited(law_texts, folder: str = "") -> list[str]:
    """The laws.csv keys cited by some findings' `law` strings, in the order first cited."""
    keys: list[str] = []
    for text in law_texts:
        for k in articles(text, folder):
            if k not in keys:
                keys.append(k)
    return keys


def explained(keys, folder: str = "") -> list[Law]:
    """The entries a page explains for these cited keys: each once, then the penalty articles
    they point to (report.html's and the check page's 「法规说明」, templates/laws.html)."""
    laws = load_laws(folder)
    return [laws[k] for k in with_penalties(keys, folder)]
