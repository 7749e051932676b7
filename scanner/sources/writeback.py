"""`scanner fix`: the seller's own file written back with the fixed text, ready to re-import.

The file is read by the ordinary readers (canonical JSONL/CSV/XLSX, 淘宝助理 CSV, Shopify CSV,
Amazon listings report), scanned as text, and written to the output folder under the same
name, in the same format and encoding:

- only the title and description cells of a listing that has a change are rewritten; every
  other row, and every other cell of a changed row, is copied byte for byte (CSV/TSV files are
  edited at the character offsets of those two cells, in the file's own encoding and quoting);
- an HTML description (Shopify ``Body (HTML)``, 淘宝助理 宝贝描述) stays HTML: each change is
  made inside the text between the tags; one that cannot be found there is left for a human;
- review changes (no safe rewrite) keep the seller's words unmarked in the file, and are listed
  in ``changes.csv`` with everything that changed (listing id, field, old, new, action, rule, law).

The original is never overwritten: the output file must not be the source file.
"""
from __future__ import annotations

import csv
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import UsageError
from ..fixtext import ATTRIBUTE, field_texts, fixed_attributes, unmarked
from ..hygiene import safe_cell
from ..models import Change, FixedText, Listing, ListingResult
from ..normalize import html_to_text
from .base import SourceError
from .csv_cells import CsvText

CHANGE_COLUMNS = ["listing_id", "field", "old", "new", "action", "rule_id", "law", "start", "end", "note", "image"]
PICTURE_NOTE = "图片中的文字需人工修改 / the text in the picture must be changed by hand"
FORMATS = ("jsonl", "csv", "xlsx", "taobao", "shopify", "amazon")


@dataclass
class FixOutcome:
    path: Path  # the fixed file
    changes_path: Path
    listings: int = 0
    listings_changed: int = 0
    changes: dict = field(default_factory=lambda: {"replaced": 0, "removed": 0, "review": 0})
    not_applied: int = 0  # changes that could not be placed in the file (listed for a human)
    warnings: int = 0  # fixed titles too long for the platform
    pictures: int = 0  # pictures with flagged words (listed for a human: a picture is not rewritten)
    complete: bool = True
    errors: list[str] = field(default_factory=list)


@dataclass
class _Fix:
    listing: Listing
    fixed: FixedText
    laws: dict  # rule_id -> law
    title: str = ""
    description: str = ""  # the new raw description (HTML kept) or plain text
    attributes: dict = field(default_factory=dict)  # NAME -> the new attribute value (changed ones only)
    notes: dict = field(default_factory=dict)  # change index -> why it could not be applied
    pictures: dict = field(default_factory=dict)  # picture ref -> its high/medium findings (not rewritable)
    warnings: dict = field(default_factory=dict)  # change index -> applied, but worth a look


def output_path(source: Path, out_dir: Path) -> Path:
    """`out_dir/<source name>`; refused when that is the source itself."""
    target = out_dir / source.name
    if target.resolve() == source.resolve():
        raise UsageError(f"--out {out_dir} is the folder of {source.name}: the fixed file would overwrite the "
                         f"original; choose another folder", key="fix.out_is_source", out=out_dir)
    return target


# ----------------------------------------------------------------------------- descriptions

_SKIP = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)


def _text_spans(raw: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SKIP.finditer(raw):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(raw):
        spans.append((pos, len(raw)))
    return spans


def apply_html(raw: str, plain: str, changes: list[Change]) -> tuple[str, list[int]]:
    """The HTML description with the plain-text changes made inside its text; returns the new
    HTML and the indexes of changes that could not be placed (left as they are)."""
    spans = _text_spans(raw)
    edits: list[tuple[int, int, str]] = []
    missed: list[int] = []
    for i, c in enumerate(changes):
        if c.action == "review":
            continue
        if not c.old:  # an addition at the end
            edits.append((len(raw), len(raw), f"<p>{html.escape(c.new.strip(), quote=False)}</p>"))
            continue
        nth = plain.count(c.old, 0, c.start)
        found = None
        for form in dict.fromkeys((c.old, html.escape(c.old, quote=False))):
            seen = 0
            for s, e in spans:
                k = raw.find(form, s, e)
                while k >= 0 and k + len(form) <= e:
                    if seen == nth:
                        found = (k, k + len(form))
                        break
                    seen += 1
                    k = raw.find(form, k + len(form), e)
                if found:
                    break
            if found:
                break
        if found is None or any(found[0] < e2 and s2 < found[1] for s2, e2, _ in edits):
            missed.append(i)
            continue
        edits.append((found[0], found[1], html.escape(c.new, quote=False)))
    out = raw
    for s, e, new in sorted(edits, key=lambda t: (t[0], t[1]), reverse=True):
        out = out[:s] + new + out[e:]
    return out, missed


def _prepare(fx: _Fix) -> None:
    """The new title and description values of one listing."""
    l, fixed = fx.listing, fx.fixed
    fx.title = unmarked(l.title, fixed, "title")
    fx.attributes = fixed_attributes(l, fixed)
    d_changes = [c for c in fixed.changes if c.field == "description"]
    plain = html_to_text(l.description)
    if plain == (l.description or ""):
        fx.description = unmarked(plain, fixed, "description")
        return
    fx.description, missed = apply_html(l.description, plain, d_changes)
    for i in missed:
        fx.notes[fixed.changes.index(d_changes[i])] = "not found in the HTML text: edit by hand (未能在HTML中定位，请手工修改)"


def _header_index(header: list[str], names: Iterable[str]) -> int | None:
    from .exports import _norm

    keys = [_norm(h) for h in header]
    for n in names:
        if _norm(n) in keys:
            return keys.index(_norm(n))
    return None


TAOBAO_TITLE_BYTES = 60  # 淘宝 titles: 60 bytes, 30 Chinese characters


NOT_PLACED = "the file has no cell holding this attribute as it was read: edit by hand (文件中找不到这个属性的原值，请手工修改)"


def _not_placed(fx: _Fix, name: str, why: str = NOT_PLACED) -> None:
    for i, c in enumerate(fx.fixed.changes):
        if c.field == ATTRIBUTE + name and c.action != "review":
            fx.notes.setdefault(i, why)


def _attr_value(fx: _Fix, name: str) -> str:
    return field_texts(fx.listing).get(ATTRIBUTE + name, "")


def _set_attributes(doc: "CsvText", r: int, fx: _Fix, acols: dict) -> None:
    """The attribute cells of one row (one cell per attribute, holding the value as it was read)."""
    for name, new in fx.attributes.items():
        col = acols.get(name)
        if col is not None and doc.value(r, col).strip() == _attr_value(fx, name).strip():
            doc.set(r, col, new)
        else:
            _not_placed(fx, name)


def _write_rows(doc: CsvText, rows: list[int], fixes: list[_Fix | None],
                tcol: int | None, dcol: int | None, out: FixOutcome, title_bytes: int = 0,
                acols: dict | None = None) -> None:
    """Rows and listings in the same order (one listing per non-blank data row)."""
    if len(rows) != len(fixes):
        raise SourceError(f"{doc.path}: {len(rows)} rows but {len(fixes)} listings read; the file was not written",
                          key="fix.rows", path=doc.path)
    for r, fx in zip(rows, fixes):
        if fx is None:
            continue
        l = fx.listing
        if title_bytes and _gbk_len(fx.title) > max(title_bytes, _gbk_len(l.title)):
            i = next((k for k, c in enumerate(fx.fixed.changes) if c.field == "title"), None)
            if i is not None:
                out.warnings += 1
                fx.warnings[i] = (f"the fixed title is over {title_bytes} bytes: shorten it before importing "
                               f"(改后的标题超过{title_bytes}字节/{title_bytes // 2}个汉字，导入前请缩短)")
        if tcol is not None and doc.value(r, tcol).strip() == l.title.strip() and fx.title != l.title:
            doc.set(r, tcol, fx.title)
        if dcol is not None and doc.value(r, dcol).strip() == l.description.strip() and fx.description != l.description:
            doc.set(r, dcol, fx.description)
        _set_attributes(doc, r, fx, acols or {})


# ----------------------------------------------------------------------------- attributes

TAOBAO_ATTRIBUTES = {"宝贝卖点": "selling_point", "无线详情": "wireless_desc", "销售属性别名": "prop_alias"}
SHOPIFY_WHOLE = {"tags": "tags", "SEO title": "seo_title", "SEO description": "seo_description"}
SHOPIFY_JOINED = {"image alt text": ("image_alt",)}  # values joined from several rows


def _attribute_columns(header: list[str]) -> dict:
    """Canonical CSV/XLSX: `attribute:NAME` columns (header as read, lower case) -> NAME -> index."""
    return {h[len(ATTRIBUTE):]: i for i, h in enumerate(header) if h.startswith(ATTRIBUTE)}


def _replace_words(cell: str, changes) -> str:
    """A cell that holds part of a joined attribute (Shopify option values, alt texts): each
    change's words replaced where they stand in it."""
    for c in changes:
        old = c.old.strip(" ,，、/|")
        if old and old in cell:
            cell = cell.replace(old, c.new.strip(" ,，、/|") if c.new else "", 1)
    return cell


def _shopify_attributes(doc, r: int, fx: _Fix, col: dict, get, done: set, placed: set) -> None:
    handle = fx.listing.id
    for name, new in fx.attributes.items():
        key = SHOPIFY_WHOLE.get(name)
        if key is not None:  # one cell, on the product's first row that has it
            if key in col and (handle, key) not in done and get(key):
                done.add((handle, key))
                if get(key) == _attr_value(fx, name):
                    doc.set(r, col[key], new)
                    placed.add(name)
            continue
        keys = SHOPIFY_JOINED.get(name) or tuple(f"option{k}_value" for k in (1, 2, 3)
                                                 if get(f"option{k}_name") == name or
                                                 (handle, f"option{k}", name) in done)
        changes = [c for c in fx.fixed.changes if c.field == ATTRIBUTE + name and c.action != "review"]
        for key in keys:
            if key.startswith("option"):
                done.add((handle, key[:7], name))  # later variant rows leave the option name empty
            if key in col and get(key):
                cell = _replace_words(doc.value(r, col[key]), changes)
                if cell != doc.value(r, col[key]):
                    doc.set(r, col[key], cell)
                    placed.add(name)


# ----------------------------------------------------------------------------- per format

def _write_csv_like(kind: str, src, target: Path, fixes: list[_Fix | None], out: FixOutcome) -> None:
    if kind == "csv":
        doc = CsvText(src.path, src.encoding, src.delimiter)
        header = [doc.value(0, c).strip().lower() for c in range(len(doc.rows[0]))] if doc.rows else []
        tcol = header.index("title") if "title" in header else None
        dcol = header.index("description") if "description" in header else None
        _write_rows(doc, list(doc.data_rows(1, empty_only=True)), fixes, tcol, dcol, out, acols=_attribute_columns(header))
    elif kind == "taobao":
        doc = CsvText(src.path, src.encoding, _delim_of(src))
        from .exports import _taobao_columns

        keys = [doc.value(1, c) for c in range(len(doc.rows[1]))] if len(doc.rows) > 1 else []
        heads = [doc.value(2, c) for c in range(len(doc.rows[2]))] if len(doc.rows) > 2 else []
        col = _taobao_columns(keys, heads)
        acols = {name: col.get(key) for name, key in TAOBAO_ATTRIBUTES.items() if col.get(key) is not None}
        _write_rows(doc, list(doc.data_rows(3)), fixes, col.get("title"), col.get("description"), out,
                    title_bytes=TAOBAO_TITLE_BYTES, acols=acols)
    elif kind == "amazon":
        doc = CsvText(src.path, src.encoding, src.delimiter, quoting=False)
        from .exports import AMAZON_ALIASES, _columns

        header = [doc.value(0, c) for c in range(len(doc.rows[0]))] if doc.rows else []
        col = _columns(header, AMAZON_ALIASES)
        _write_rows(doc, list(doc.data_rows(1)), fixes, col.get("title"), col.get("description"), out,
                    acols={"item-note": col["note"]} if "note" in col else {})
    elif kind == "shopify":
        doc = CsvText(src.path, src.encoding, src.delimiter)
        from .exports import SHOPIFY_ALIASES, _columns, _slug

        header = [doc.value(0, c) for c in range(len(doc.rows[0]))] if doc.rows else []
        col = _columns(header, SHOPIFY_ALIASES)
        by_id = {fx.listing.id: fx for fx in fixes if fx is not None}
        done: set[tuple[str, str]] = set()
        placed: dict[str, set[str]] = {}  # handle -> attributes written
        current = ""
        for r in doc.data_rows(1):
            get = lambda k: doc.value(r, col[k]).strip() if k in col else ""  # noqa: E731
            handle = get("handle") or (_slug(get("title")) if get("title") else current)
            current = handle
            fx = by_id.get(handle)
            if fx is None:
                continue
            l = fx.listing
            if "title" in col and (handle, "t") not in done and get("title"):
                done.add((handle, "t"))
                if get("title") == l.title and fx.title != l.title:
                    doc.set(r, col["title"], fx.title)
            if "body" in col and (handle, "d") not in done and get("body"):
                done.add((handle, "d"))
                if get("body") == l.description and fx.description != l.description:
                    doc.set(r, col["body"], fx.description)
            _shopify_attributes(doc, r, fx, col, get, done, placed.setdefault(handle, set()))
        for handle, names in placed.items():
            fx = by_id[handle]
            for name in fx.attributes:
                if name not in names:
                    _not_placed(fx, name)
    else:  # pragma: no cover - callers pass one of the kinds above
        raise SourceError(f"cannot write {kind} files")
    doc.write(target)


def _gbk_len(text: str) -> int:
    return len(text.encode("gb18030", "replace"))


def _delim_of(src) -> str:
    with open(src.path, encoding=src.encoding, errors="replace", newline="") as f:
        f.readline()
        second = f.readline()
    return "\t" if second.count("\t") > second.count(",") else ","


def _write_jsonl(src, target: Path, fixes: list[_Fix | None]) -> None:
    errors = "surrogateescape"
    with open(src.path, encoding=src.encoding, errors=errors, newline="") as f:
        lines = f.readlines()
    it = iter(fixes)
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        fx = next(it, None)
        if fx is None:
            continue
        l = fx.listing
        rec = json.loads(line)
        if not isinstance(rec, dict) or str(rec.get("id", "")).strip() != l.id:
            continue
        if fx.title != l.title:
            rec["title"] = fx.title
        if fx.description != l.description:
            rec["description"] = fx.description
        attrs = rec.get("attributes")
        for name, new in fx.attributes.items():
            if isinstance(attrs, dict) and isinstance(attrs.get(name), str) and attrs[name] == _attr_value(fx, name):
                attrs[name] = new
            elif isinstance(rec.get(ATTRIBUTE + name), str) and rec[ATTRIBUTE + name] == _attr_value(fx, name):
                rec[ATTRIBUTE + name] = new
            else:
                _not_placed(fx, name)
        end = line[len(line.rstrip("\r\n")):]
        lines[n] = json.dumps(rec, ensure_ascii=False) + end
    with open(target, "w", encoding=src.encoding, errors=errors, newline="") as f:
        f.writelines(lines)


def _write_xlsx(src, target: Path, fixes: list[_Fix | None]) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(src.path)
    ws = wb.worksheets[0]
    rows = ws.iter_rows()
    header = [("" if c.value is None else str(c.value)).strip().lower() for c in next(rows, ())]
    tcol = header.index("title") if "title" in header else None
    dcol = header.index("description") if "description" in header else None
    acols = _attribute_columns(header)
    it = iter(fixes)
    for row in rows:
        if not any(c.value not in (None, "") for c in row):
            continue
        fx = next(it, None)
        if fx is None:
            continue
        l = fx.listing
        if tcol is not None and fx.title != l.title:
            row[tcol].value = fx.title
            row[tcol].data_type = "s"
        if dcol is not None and fx.description != l.description:
            row[dcol].value = fx.description
            row[dcol].data_type = "s"
        for name, new in fx.attributes.items():
            c = acols.get(name)
            if c is not None and c < len(row) and str(row[c].value or "").strip() == _attr_value(fx, name).strip():
                row[c].value = new
                row[c].data_type = "s"
            else:
                _not_placed(fx, name)
    wb.save(target)


# ----------------------------------------------------------------------------- the command

def fix_file(source: Path, out_dir: Path, options) -> FixOutcome:
    """Scan `source` (text only) and write the fixed copy + changes.csv into `out_dir`."""
    from ..pipeline import scan_stream
    from .files import open_file
    from .base import SourceOptions

    if not source.is_file():
        if not source.exists():
            raise SourceError(f"no such file: {source}", key="err.no_such_file", path=source)
        raise SourceError(f"{source} is not a file; `scanner fix` takes one listing file", key="fix.not_a_file",
                          path=source)
    target = output_path(source, out_dir)
    src = open_file(source, SourceOptions(download_images=False))
    kind = getattr(src, "format", "")
    if kind not in FORMATS:
        raise SourceError(f"{source}: `scanner fix` writes back {', '.join(FORMATS)} files, not {kind or 'this kind'}",
                          key="fix.kind", path=source, kind=kind or "?", formats=", ".join(FORMATS))
    fixes: list[_Fix | None] = []  # one per listing, in file order (None: unchanged, nothing kept)
    for r in scan_stream(src, options):
        fixes.append(_fix_of(r))
    out_dir.mkdir(parents=True, exist_ok=True)
    outcome = FixOutcome(target, out_dir / "changes.csv", listings=len(fixes), complete=src.complete,
                         errors=list(src.errors))
    if kind == "jsonl":
        _write_jsonl(src, target, fixes)
    elif kind == "xlsx":
        _write_xlsx(src, target, fixes)
    else:
        _write_csv_like(kind, src, target, fixes, outcome)
    _write_changes(outcome, fixes)
    return outcome


def _fix_of(r: ListingResult) -> _Fix | None:
    pictures: dict = {}
    for f in r.findings:
        if f.field == "image" and f.severity in ("high", "medium"):
            pictures.setdefault(f.image, []).append(f)
    if (r.fixed is None or not r.fixed.changes) and not pictures:
        return None
    fixed = r.fixed if r.fixed is not None else FixedText(r.listing.title, html_to_text(r.listing.description), ())
    fx = _Fix(r.listing, fixed, {f.rule_id: f.law for f in r.findings}, pictures=pictures)
    _prepare(fx)
    return fx


def _write_changes(outcome: FixOutcome, fixes: list[_Fix | None]) -> None:
    with open(outcome.changes_path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(CHANGE_COLUMNS)
        for fx in fixes:
            if fx is None:
                continue
            outcome.listings_changed += bool(fx.fixed.changes)
            for i, c in enumerate(fx.fixed.changes):
                note = fx.notes.get(i, "")
                action = "review" if note else c.action
                note = note or fx.warnings.get(i, "")
                outcome.changes[action] += 1
                outcome.not_applied += bool(note)
                if c.action == "review" and not note:
                    note = "no safe rewrite: kept as written, check by hand (无安全改写，原文保留，请人工核实)"
                w.writerow([safe_cell(v) for v in (fx.listing.id, c.field, c.old, c.new, action, c.rule_id,
                                                   fx.laws.get(c.rule_id, ""), c.start, c.end, note, "")])
            for ref, fs in fx.pictures.items():  # a picture cannot be rewritten: a human changes its text
                outcome.pictures += 1
                words = "、".join(dict.fromkeys(f.matched_text for f in fs))
                rules = ";".join(dict.fromkeys(f.rule_id for f in fs))
                laws = "；".join(dict.fromkeys(f.law for f in fs if f.law))
                w.writerow([safe_cell(v) for v in (fx.listing.id, "image", words, "", "review", rules, laws, "", "",
                                                   f"{PICTURE_NOTE}: {ref}", ref)])


def print_outcome(console, o: FixOutcome, lang: str = "zh") -> None:
    """The terminal lines of `scanner fix`, in the command's language (messages.csv fix.*)."""
    from ..i18n import localize_entry, t

    c = o.changes

    def say(text: str, style: str = "") -> None:
        console.print(text, highlight=False, soft_wrap=True, markup=False, style=style or None)

    say(t("fix.done", lang, changed=o.listings_changed, total=o.listings, **c))
    say(t("fix.file", lang, path=o.path))
    say(t("fix.changes", lang, path=o.changes_path))
    if o.not_applied:
        say(t("fix.not_applied", lang, n=o.not_applied), "yellow")
    if o.warnings:
        say(t("fix.too_long", lang, n=o.warnings), "yellow")
    if o.pictures:
        say(t("fix.pictures", lang, n=o.pictures), "yellow")
    if not o.complete:
        say(t("fix.partial", lang, n=len(o.errors), errors="; ".join(localize_entry(e, lang) for e in o.errors[:3])),
            "yellow")
