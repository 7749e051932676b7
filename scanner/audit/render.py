"""What the audit adds to a shop's reports: the audit section of report.html (handed to the
writers before they finish, with the fixed / not re-checked rows: no finished file is edited),
the run folder and its `latest` pointer."""
from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

from ..errors import UsageError
from ..models import SEVERITY_RANK, RunInfo
from .status import ShopAudit, ShopOutcome

TOP_LIMIT = 50  # rows per table in the report's audit section


def _e(v) -> str:
    return html.escape("" if v is None else str(v))


def audit_section(shop: str, outcome: ShopOutcome, sa: ShopAudit, run: RunInfo, prev, run_folder: str):
    """The audit section shown atop report.html (escaped here: returned as markup for the template)."""
    from markupsafe import Markup

    c = outcome.counts
    parts = [f"<b>审计 Audit · {_e(shop)}</b> · run {_e(run_folder)}"]
    if prev is None:
        parts.append(" · 首次审计：所有问题均为新发现 / first audit of this shop: every finding is new")
    else:
        parts.append(f" · 上次 previous run {_e(prev['folder'] or prev['started'])} ({_e(prev['crawl_status'])})")
    badge = {"complete": "#15803d", "partial": "#b45309"}.get(outcome.crawl_status, "#b91c1c")
    parts.append(f'<div class="cards">'
                 f'<div class="card"><small>新增 new</small><b class="sev-high">{c["new"]}</b></div>'
                 f'<div class="card"><small>仍存在 persisting</small><b class="sev-medium">{c["persisting"]}</b></div>'
                 f'<div class="card"><small>已整改 fixed</small><b style="color:#15803d">{c["fixed"]}</b></div>'
                 f'<div class="card"><small>已接受 ignored</small><b>{c["ignored"]}</b></div>'
                 f'<div class="card"><small>未解决 open high / medium</small><b>{c["high"]} / {c["medium"]}</b></div>'
                 f'<div class="card"><small>读取 crawl</small><b style="color:{badge};font-size:18px">'
                 f'{_e(outcome.crawl_status)}</b></div></div>')
    notes = []
    if not sa.complete:
        notes.append(f"本次未完整读取，未标记任何“已整改” / Nothing was marked fixed this run: {_e(sa.partial_why)}. "
                     f"Open findings that could not be re-checked stay open (see the note column).")
    if prev is not None:
        for key, label in (("lexicon_hash", "lexicon 词库"), ("brand_db_hash", "brand database 品牌库"),
                           ("config_hash", "shop settings 配置")):
            if prev[key] and prev[key] != getattr(run, key):
                notes.append(f"{label} changed since the previous run ({_e(prev[key])} → {_e(getattr(run, key))}): "
                             f"findings may appear or disappear because of the change, not the seller.")
        if prev["ocr"] and not run.ocr:
            notes.append("Images were not inspected this run (OCR off): image findings stay open unchecked.")
    if notes:
        parts.append("<ul>" + "".join(f"<li>{n}</li>" for n in notes) + "</ul>")

    def table(title: str, rows: list[dict], cols: list[tuple[str, str]], total: int) -> str:
        if not rows:
            return ""
        head = "".join(f"<th>{_e(label)}</th>" for _, label in cols)
        body = "".join("<tr>" + "".join(
            (f'<td><span class="badge {_e(r[k])}">{_e(r[k])}</span></td>' if k == "severity" else f"<td>{_e(r.get(k))}</td>")
            for k, _ in cols) + "</tr>" for r in rows[:TOP_LIMIT])
        more = f"<small>… {total - TOP_LIMIT} more in findings.csv</small>" if total > TOP_LIMIT else ""
        return f"<h3>{_e(title)} ({total})</h3><table><tr>{head}</tr>{body}</table>{more}"

    cols = [("listing_id", "商品 listing"), ("field", "字段 field"), ("severity", "严重度"),
            ("matched_text", "命中 matched"), ("term", "词条 term")]
    new = sorted((s for s in sa.seen.values() if s["status"] == "new"),
                 key=lambda s: (-SEVERITY_RANK[s["severity"]], s["listing_id"]))
    parts.append(table("新增 New since the last run", new, cols, len(new)))
    unseen = sa.unseen_rows()
    fixed = [r for r in unseen if r["status"] == "fixed"]
    held = [r for r in unseen if r["status"] != "fixed"]
    parts.append(table("已整改 Fixed", fixed, cols + [("note", "说明 why"), ("first_seen", "首次发现 first seen")], len(fixed)))
    parts.append(table("未能复查 Not re-checked (still open)", held, cols + [("note", "说明 why")], len(held)))
    return Markup("".join(parts))


def refresh_latest(shop_dir: Path, run_dir: Path, mode: str) -> str:
    """Point <shop>/latest at the new run: a relative symlink swapped in atomically, or a copy
    (when asked, or when the file system refuses symlinks)."""
    latest = shop_dir / "latest"
    tmp = shop_dir / f".latest-{os.getpid()}"

    def clear(p: Path) -> None:
        if p.is_symlink() or p.is_file():
            p.unlink()
        elif p.is_dir():
            shutil.rmtree(p)

    clear(tmp)
    if mode == "symlink":
        try:
            os.symlink(run_dir.name, tmp, target_is_directory=True)
            if latest.is_dir() and not latest.is_symlink():
                shutil.rmtree(latest)
            os.replace(tmp, latest)
            return "symlink"
        except OSError:
            clear(tmp)
    shutil.copytree(run_dir, tmp, symlinks=True)
    clear(latest)
    os.rename(tmp, latest)
    return "copy"


def new_run_dir(shop_dir: Path, stamp: str) -> Path:
    shop_dir.mkdir(parents=True, exist_ok=True)
    for n in range(1, 1000):
        d = shop_dir / (stamp if n == 1 else f"{stamp}-{n}")
        try:
            d.mkdir()
            return d
        except FileExistsError:
            continue
    raise UsageError(f"cannot create a run folder under {shop_dir}")
