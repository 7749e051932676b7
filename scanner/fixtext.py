"""The fixed text: a listing's title and description with every finding's safe rewrite applied.

`fix_listing(listing, findings)` -> FixedText | None. Which rewrite a finding gets is data
(`lexicons/rewrites.csv`, see lexicons/README.md): rows are looked up by the finding's rule id,
then its term, then its claim frame, then its category; the first row whose `before`/`after`
context matches decides the action:

- `replace` — the matched words become `replacement` (最好的 → 很好的);
- `remove` — the words are dropped, with one separator next to them so no 「，，」 is left;
- `remove_clause` — the clause holding the claim is dropped (根治失眠 in 「纯棉，根治失眠，透气」);
- `suggestion` — the lexicon's own suggestion when it is a plain rewrite (全网最低价 → 优惠价),
  else the action named in `replacement` (remove, remove_clause or review);
- `append` — `replacement` is added at the end of the description (保健食品's 「本品不能代替药物」);
- `review` — no safe rewrite: the words stay, marked 【请核实：…】 for a human.

Only `high` and `medium` findings of the title, the description and the attributes
(`attribute:NAME`: 宝贝卖点, tags, SEO fields…) are fixed; `low` and `info` wording is tolerated
and stays; pictures cannot be rewritten (scanner fix lists them for a human). Offsets of a Change refer to the ORIGINAL field text
(for the description: its plain text, `normalize.html_to_text`). Overlapping findings are
resolved deterministically: a removal covers everything it overlaps, else the longest rewrite wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .pinyin_tables import pinyin_phrases
from .models import SEVERITY_RANK, Change, Finding, FixedText, Listing

FIELDS = ("title", "description")
ACTIONS = ("replace", "remove", "remove_clause", "suggestion", "append", "review")
SCOPES = ("rule", "term", "frame", "category")
REVIEW_OPEN, REVIEW_CLOSE = "【请核实：", "】"
CLAUSE_MAX = 30  # a clause longer than this keeps its other words (only the claim is removed)
CLAUSE_EXTRA = 20  # …or than the claim plus this many characters
TITLE_EXTRA = 4  # in a title, a chunk with more than this beside the claim keeps its other words

SOFT = " \t\u3000,，、;；|/｜"  # separators a removal takes one of with it
HARD_END = "。！？!?\n"
CLAUSE_STOP = "，,。；;！!？?\n"
TITLE_STOP = CLAUSE_STOP + " \t\u3000|/｜"


@dataclass(frozen=True)
class Rewrite:
    scope: str
    key: str
    field: str  # title | description | "" (both)
    action: str
    replacement: str
    before: re.Pattern | None
    after: re.Pattern | None
    note_zh: str
    note_en: str

    def fits(self, field: str, text: str, start: int, end: int) -> bool:
        if self.field and self.field != field:
            return False
        if self.before is not None and not self.before.search(text[max(0, start - 16):start]):
            return False
        return self.after is None or bool(self.after.search(text[end:end + 16]))


class RewriteError(ValueError):
    pass


@dataclass(frozen=True)
class Rewrites:
    rows: dict  # scope -> {key: [Rewrite, ...]}; frame keys may end in * (prefix)

    def lookup(self, f: Finding, text: str) -> Rewrite | None:
        frame = f.term.split(":", 1)[0] if "-F-" in f.rule_id else ""
        for scope, key in (("rule", f.rule_id), ("term", f.term), ("frame", frame), ("category", f.finer_category)):
            if not key:
                continue
            table = self.rows.get(scope, {})
            cands = list(table.get(key, ()))
            if scope == "frame":
                cands += [r for k, rs in table.items() if k.endswith("*") and key.startswith(k[:-1]) for r in rs]
            for r in cands:
                if r.fits(f.field, text, f.start, f.end):
                    return r
        return None


def rewrites_path(directory: str | Path | None = None) -> Path:
    """`rewrites.csv` of the lexicon folder (hashed into the run's lexicon hash with the other
    lexicon files); the packaged one when that folder has none."""
    from .lexicon import data_file

    return data_file("rewrites.csv", directory)


@lru_cache(maxsize=8)
def _load(path: str, mtime: int) -> Rewrites:
    from .lexicon import LexiconError, read_rows

    rows: dict = {}
    for n, r in enumerate(read_rows(Path(path)), start=2):
        scope, key, action = r.get("scope", ""), r.get("key", ""), r.get("action", "")
        if not scope and not key:
            continue
        if scope not in SCOPES or not key or action not in ACTIONS:
            raise LexiconError(f"{path} line {n}: scope must be one of {', '.join(SCOPES)}, key given, "
                               f"action one of {', '.join(ACTIONS)} (got {scope!r}, {key!r}, {action!r})")
        if r.get("field", "") not in ("", "title", "description"):
            raise LexiconError(f"{path} line {n}: field must be title, description or empty")
        repl = r.get("replacement", "")
        if action in ("replace", "append") and not repl:
            raise LexiconError(f"{path} line {n}: action {action} needs a replacement")
        if action == "suggestion" and repl not in ("remove", "remove_clause", "review"):
            raise LexiconError(f"{path} line {n}: a suggestion row names its fallback in replacement "
                               f"(remove, remove_clause or review)")
        try:
            before = re.compile(r["before"]) if r.get("before") else None
            after = re.compile(r["after"]) if r.get("after") else None
        except re.error as e:
            raise LexiconError(f"{path} line {n}: bad before/after pattern ({e})") from e
        rows.setdefault(scope, {}).setdefault(key, []).append(
            Rewrite(scope, key, r.get("field", ""), action, repl, before, after, r.get("note_zh", ""), r.get("note_en", "")))
    return Rewrites(rows)


def load_rewrites(directory: str | Path | None = None) -> Rewrites:
    p = rewrites_path(directory)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        return Rewrites({})
    return _load(str(p), mtime)


# ----------------------------------------------------------------------------- suggestions

_QUOTED = re.compile(r"(?:可改为|改为|可写成|可写为|可写|改写为)[“\"「『]([^”\"」』]{1,16})[”\"」』]")
_NEEDS_FACTS = re.compile(r"^(?:写明|注明|如实|如为|需|须|请|确保|改为依法|在|name|cite|state|add|list|describe)", re.I)
_PAREN = re.compile(r"[（(][^）)]*[）)]")


@lru_cache(maxsize=4096)
def plain_rewrite(suggestion: str) -> str | None:
    """The lexicon suggestion as a rewrite: text to put in place, "" to remove, None when it is
    advice rather than wording (写明…, needs evidence, has a placeholder)."""
    s = suggestion.strip()
    if not s:
        return None
    low = s.lower()
    if s.startswith("删除") or low.startswith("remove"):
        m = _QUOTED.search(s)
        if m and not s.startswith("删除“") and not low.startswith("remove"):
            return _safe(m.group(1))
        return ""
    if _NEEDS_FACTS.match(s):
        return None
    m = _QUOTED.search(s)
    if m:
        return _safe(m.group(1))
    for p in _PAREN.findall(s):
        if re.search(r"需|须|依据|evidence", p):
            return None
    s = _PAREN.sub("", s).strip()
    first = re.split(r"\s*[/／|；;]\s*", s)[0].strip()
    return _safe(first)


def _safe(text: str) -> str | None:
    if not text or len(text) > 16 or re.search(r"XX|xx|…|\.\.\.|：$|需|依据", text):
        return None
    return text


# ----------------------------------------------------------------------------- planning

@dataclass(frozen=True)
class _Plan:
    field: str
    start: int
    end: int
    action: str  # replaced | removed | review
    new: str
    rule_id: str
    rank: tuple


def _full_stop(t: str, i: int) -> bool:
    """An English sentence's full stop (not a decimal point or an abbreviation inside a word)."""
    return t[i] == "." and (i + 1 == len(t) or t[i + 1] in " \t\n")


def _ends(t: str, i: int) -> bool:
    return i == len(t) or t[i] in HARD_END or _full_stop(t, i)


def _widen(t: str, s: int, e: int) -> tuple[int, int]:
    """Take one separator along with removed words so that no 「，，」 or leading 「，」 is left."""
    if s == 0 or t[s - 1] in SOFT or t[s - 1] in CLAUSE_STOP:
        e0 = e
        while e < len(t) and t[e] in SOFT:
            e += 1
        if e > e0:
            return s, e
        if e < len(t) and t[e] in "。！？!?" and (s == 0 or t[s - 1] in HARD_END):
            return s, e + 1  # 「…！加微信xx。」: the sentence's own end goes with it
    if _ends(t, e):
        while s > 0 and t[s - 1] in SOFT:
            s -= 1
    return s, e


def _clause(t: str, s: int, e: int, stops: str, limit: int) -> tuple[int, int]:
    cs, ce = s, e
    while cs > 0 and t[cs - 1] not in stops and not _full_stop(t, cs - 1):
        cs -= 1
    while ce < len(t) and t[ce] not in stops and not _full_stop(t, ce):
        ce += 1
    if (cs == 0 and ce == len(t)) or ce - cs > limit:
        return s, e
    if ce < len(t) and _full_stop(t, ce):
        ce += 1  # an English sentence goes with its full stop (the space before it too)
    return cs, ce


def _cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def _whole_words(t: str, s: int, e: int) -> tuple[int, int]:
    """A removal grown by one character on each side where it would cut a two-character word in
    half: 壮骨 in 强壮骨骼 goes as 强壮骨骼 (not 强骼 left behind), 全网第一 in 销量全网第一名 takes 名."""
    words = pinyin_phrases()  # (a two-character slice is in it only as a two-character word)
    if s > 0 and _cjk(t[s - 1]) and _cjk(t[s]) and t[s - 1:s + 1] in words:
        s -= 1
    if e < len(t) and _cjk(t[e - 1]) and _cjk(t[e]) and t[e - 1:e + 1] in words:
        e += 1
    return s, e


def _case(new: str, old: str) -> str:
    if new and new.isascii() and old[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


def _plan(f: Finding, text: str, rw: Rewrites) -> _Plan | None:
    rank = (SEVERITY_RANK[f.severity], f.end - f.start, f.rule_id)
    row = rw.lookup(f, text)
    action = row.action if row else "review"
    new = row.replacement if row else ""
    if action == "append":
        return None  # handled per listing
    if action == "suggestion":
        got = plain_rewrite(f.suggestion)
        if got is None:
            action = new  # the row's fallback
        elif got == "":
            action = "remove"
        else:
            action, new = "replace", got
    s, e = f.start, f.end
    if action == "replace":
        return _Plan(f.field, s, e, "replaced", _case(new, text[s:e]), f.rule_id, rank)
    if action == "review":
        return _Plan(f.field, s, e, "review", text[s:e], f.rule_id, rank)
    if action == "remove":
        s, e = _whole_words(text, s, e)
    if action == "remove_clause":
        if f.field == "title":  # a title's chunk keeps its product words: only a few more characters go
            s, e = _clause(text, s, e, TITLE_STOP, e - s + TITLE_EXTRA)
        else:
            s, e = _clause(text, s, e, CLAUSE_STOP, max(CLAUSE_MAX, e - s + CLAUSE_EXTRA))
    s, e = _widen(text, s, e)
    return _Plan(f.field, s, e, "removed", "", f.rule_id, rank)


_STRENGTH = {"removed": 2, "replaced": 1, "review": 0}


def _resolve(plans: list[_Plan], text: str) -> list[_Plan]:
    """Overlapping plans of one field -> one plan per cluster, deterministic."""
    plans.sort(key=lambda p: (p.start, -p.end, p.rule_id))
    out: list[_Plan] = []
    cluster: list[_Plan] = []
    end = -1

    def flush():
        if not cluster:
            return
        if len(cluster) == 1:
            out.append(cluster[0])
            return
        s, e = min(p.start for p in cluster), max(p.end for p in cluster)
        best = max(cluster, key=lambda p: (_STRENGTH[p.action], p.end - p.start, p.rank))
        if best.action == "removed":
            s, e = _widen(text, s, e)
        out.append(_Plan(best.field, s, e, best.action, best.new, best.rule_id, best.rank))

    for p in plans:
        if p.start < end or (p.start == end and p.start == p.end):
            cluster.append(p)
            end = max(end, p.end)
        else:
            flush()
            cluster = [p]
            end = p.end
    flush()
    return _merge_removals(out, text)


def _merge_removals(plans: list[_Plan], text: str) -> list[_Plan]:
    """Removals that touch become one, widened again (「祛湿」「排毒」 side by side leave no double space)."""
    out: list[_Plan] = []
    for p in plans:
        q = out[-1] if out else None
        if q is not None and p.action == q.action == "removed" and p.start <= q.end:
            best = max((q, p), key=lambda x: (x.end - x.start, x.rank))
            s, e = _widen(text, q.start, max(q.end, p.end))
            out[-1] = _Plan(q.field, s, e, "removed", "", best.rule_id, best.rank)
            while len(out) > 1 and out[-2].action == "removed" and out[-2].end >= out[-1].start:
                a, b = out[-2], out.pop()
                s, e = _widen(text, a.start, max(a.end, b.end))
                out[-1] = _Plan(a.field, s, e, "removed", "", a.rule_id, a.rank)
        else:
            out.append(p)
    return out


def apply(text: str, changes: Iterable[Change], marks: bool = True) -> str:
    """`text` with the changes applied (offsets into `text`); review changes are marked
    【请核实：…】 when `marks`, else left as they are (a file to re-import has no marks)."""
    out: list[str] = []
    pos = 0
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        if c.start < pos:
            continue
        out.append(text[pos:c.start])
        if c.action == "review":
            out.append(f"{REVIEW_OPEN}{c.old}{REVIEW_CLOSE}" if marks else c.old)
        else:
            out.append(c.new)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


ATTRIBUTE = "attribute:"  # attribute fields (宝贝卖点, tags, SEO title…) are fixed like the description


def _fixes(field: str) -> bool:
    return field in FIELDS or field.startswith(ATTRIBUTE)


def field_texts(listing: Listing) -> dict[str, str]:
    """The texts the fixed text edits, by field name, as they were scanned (offsets refer to
    these): title, the description's plain text, and every attribute (`attribute:NAME`)."""
    from .normalize import html_to_text

    texts = {"title": listing.title, "description": html_to_text(listing.description)}
    for name, value in listing.attributes:
        texts.setdefault(ATTRIBUTE + name, value)
    return texts


def fixable(findings: Iterable[Finding]) -> bool:
    """Whether any finding is one the fixed text deals with (cheap pre-check for the pipeline)."""
    return any(_fixes(f.field) and f.severity in ("high", "medium") for f in findings)


def fixed_attributes(listing: Listing, fixed: FixedText | None, marks: bool = False) -> dict[str, str]:
    """NAME -> the fixed value of each attribute that has a change (review words unmarked unless
    `marks`, as they go back into the seller's file)."""
    if fixed is None:
        return {}
    texts = field_texts(listing)
    out = {}
    for name in dict.fromkeys(c.field for c in fixed.changes if c.field.startswith(ATTRIBUTE)):
        out[name[len(ATTRIBUTE):]] = apply(texts.get(name, ""), [c for c in fixed.changes if c.field == name], marks)
    return out


def fix_listing(listing: Listing, findings: Iterable[Finding], directory: str | Path | None = None
                ) -> FixedText | None:
    """The listing's title and description with each high/medium finding's rewrite applied;
    None when no finding concerns them."""
    fs = [f for f in findings if _fixes(f.field) and f.severity in ("high", "medium")]
    if not fs:
        return None
    rw = load_rewrites(directory)
    texts = field_texts(listing)
    plans: dict[str, list[_Plan]] = {"title": [], "description": []}
    append: list[tuple[str, str]] = []
    for f in sorted(fs, key=lambda f: (f.field, f.start, f.end, f.rule_id)):
        if f.field not in texts:
            continue
        text = texts[f.field]
        row = rw.lookup(f, text)
        if row is not None and row.action == "append":
            if f.field.startswith(ATTRIBUTE):
                continue  # a warning to add belongs in the description, once (the description's own findings)
            if row.replacement not in texts["description"] and (row.replacement, f.rule_id) not in append:
                append.append((row.replacement, f.rule_id))
            continue
        if not (0 <= f.start < f.end <= len(text)) or text[f.start:f.end] != f.matched_text:
            continue  # not a span of this text (e.g. a listing-level finding): nothing to rewrite
        p = _plan(f, text, rw)
        if p is not None:
            plans.setdefault(f.field, []).append(p)
    changes: list[Change] = []
    for name in plans:
        text = texts[name]
        field_changes = [Change(name, p.start, p.end, text[p.start:p.end], p.new if p.action == "replaced" else "",
                                p.rule_id, p.action) for p in _resolve(plans[name], text)]
        if name == "title" and field_changes and not apply(text, field_changes, marks=False).strip():
            # never an empty title: what would have emptied it goes to a human instead
            field_changes = [c if c.action == "review" else Change(c.field, c.start, c.end, c.old, "", c.rule_id,
                                                                   "review") for c in field_changes]
        changes.extend(field_changes)
    d = texts["description"]
    for new, rule_id in append:
        sep = "" if not d or d.endswith(tuple(HARD_END)) else "\n"
        changes.append(Change("description", len(d), len(d), "", sep + new, rule_id, "replaced"))
    if not changes:
        return None
    title = apply(texts["title"], [c for c in changes if c.field == "title"])
    desc = apply(d, [c for c in changes if c.field == "description"])
    return FixedText(title, desc, tuple(changes))


def pieces(text: str, changes: Iterable[Change]) -> list[tuple[str, str, Change | None]]:
    """The original `text` as (old, new, change) pieces for showing the fix beside the original
    (report.html): unchanged text has change None and old == new."""
    out: list[tuple[str, str, Change | None]] = []
    pos = 0
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        if c.start < pos:
            continue
        if c.start > pos:
            out.append((text[pos:c.start], text[pos:c.start], None))
        out.append((c.old, c.old if c.action == "review" else c.new, c))
        pos = c.end
    if pos < len(text):
        out.append((text[pos:], text[pos:], None))
    return out


def unmarked(listing_text: str, fixed: FixedText, field: str) -> str:
    """The fixed field without review marks (what goes back into the seller's file)."""
    return apply(listing_text, [c for c in fixed.changes if c.field == field], marks=False)


# ----------------------------------------------------------------------------- terminal

ACTION_ZH = {"replaced": "改写", "removed": "删除", "review": "请人工核实"}


def print_fixed(console, fixed: FixedText | None, field: str = "title") -> None:
    """`scanner check`: the fixed text (Chinese label first) and its change list."""
    if fixed is None or not fixed.changes:
        return
    console.print("[bold]改好的文案 / Fixed text:[/]")
    text = fixed.title if field == "title" else fixed.description
    from rich.text import Text

    console.print(Text(text))
    for c in fixed.changes:
        arrow = f"「{c.old}」 → 「{c.new}」" if c.action == "replaced" else f"「{c.old}」"
        console.print(Text(f"  · {ACTION_ZH[c.action]} / {c.action}: {arrow}  ({c.rule_id})"))


def rewritable(listing: Listing, findings: Iterable[Finding], directory: str | Path | None = None) -> list[Finding]:
    """The high/medium title/description/attribute findings that have a safe rewrite (not
    `review`): a fixed text re-scanned must have none of these."""

    rw = load_rewrites(directory)
    texts = field_texts(listing)
    out = []
    for f in findings:
        if not _fixes(f.field) or f.field not in texts or f.severity not in ("high", "medium"):
            continue
        row = rw.lookup(f, texts[f.field])
        if row is not None and row.action == "append":
            if not f.field.startswith(ATTRIBUTE):  # the warning goes into the description only
                out.append(f)
            continue
        p = _plan(f, texts[f.field], rw)
        if p is not None and p.action != "review":
            out.append(f)
    return out
