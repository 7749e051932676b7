"""Background scans of the web page and the API: an upload (a listing file, a platform export,
an .xlsx, or a zip of pictures and/or listing files) or a shop address, run through the same
`ScanJob` as `scanner scan`, a few at a time, with live progress kept in the store."""
from __future__ import annotations

import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import ScannerError
from ..i18n import error_text
from ..job import ScanJob
from ..pipeline import images_to_read
from ..reports import finding_row
from .security import ArchiveError, safe_extract
from .store import Store

REPORT_FORMATS = ["csv", "json", "html", "xlsx"]
LISTING_SUFFIXES = (".jsonl", ".json", ".csv", ".tsv", ".txt", ".xlsx")
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp")
PROGRESS_EVERY = 0.5  # seconds between progress writes to the store


def is_workbook(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()[:2000]
    except (zipfile.BadZipFile, OSError):
        return False


def prepare_upload(upload: Path, max_unpacked: int) -> tuple[list[str], Path, bool]:
    """The sources to scan from one saved upload, the folder its pictures may be read from, and
    whether it is pictures only. A zip is unpacked with the archive guards; its listing files are
    scanned (pictures they name resolve inside the archive); a zip of pictures only becomes one
    listing per picture (and is read with OCR, whatever the form said: there is nothing else)."""
    folder = upload.parent
    with open(upload, "rb") as f:
        head = f.read(4)
    if head != b"PK\x03\x04":
        return [str(upload)], folder, False
    if is_workbook(upload):
        book = upload.with_suffix(".xlsx")
        if book != upload:
            upload.rename(book)
        return [str(book)], folder, False
    dest = folder / "unpacked"
    files = safe_extract(upload, dest, max_total=max_unpacked)
    visible = [p for p in files if not any(part.startswith((".", "__MACOSX")) for part in p.relative_to(dest).parts)]
    lists = [p for p in visible if p.suffix.lower() in LISTING_SUFFIXES]
    if lists:
        return [str(p) for p in lists], dest, False
    pics = [p for p in visible if p.suffix.lower() in PICTURE_SUFFIXES]
    if not pics:
        raise ArchiveError("the zip holds neither listing files (JSONL, CSV, XLSX, exports) nor pictures")
    made = folder / "pictures.jsonl"
    with open(made, "w", encoding="utf-8") as out:
        for p in pics:
            rel = p.relative_to(dest).as_posix()
            out.write(json.dumps({"id": rel, "title": "", "images": [f"unpacked/{rel}"]}, ensure_ascii=False) + "\n")
    return [str(made)], folder, True


def fixed_export(sources: list[str], out: Path, context) -> list[str]:
    """The uploaded listing files written back with the fixed text (`scanner fix`'s writer), for
    download next to the report. A file kind the writer cannot write back is skipped with a note."""
    from ..pipeline import ScanOptions
    from ..sources.writeback import fix_file

    notes = []
    for src in sources:
        try:
            fix_file(Path(src), out, ScanOptions(context=context, ocr=False, workers=1))
        except ScannerError as e:
            notes.append(str(e))
    return notes


class Runner:
    """Runs scans in a small thread pool; every change is written to the store."""

    def __init__(self, store: Store, cfg: dict, cache_dir: Path, max_scans: int, max_unpacked: int,
                 allow_private: bool = False):
        self.store = store
        # pictures and crawl pages follow the server's --allow-private (the fetch policy of ScanJob)
        self.cfg = dict(cfg, allow_private=bool(allow_private or cfg.get("allow_private")))
        self.cache_dir = cache_dir
        self.max_unpacked = max_unpacked
        self.pool = ThreadPoolExecutor(max_workers=max_scans, thread_name_prefix="scan")
        self.pid = os.getpid()

    def submit(self, kind: str, source: str, options: dict, upload: Path | None = None,
               sid: str | None = None) -> str:
        sid = sid or self.store.create(kind, source, options, self.pid)
        self.pool.submit(self._run, sid, kind, source, options, upload)
        return sid

    def _run(self, sid: str, kind: str, source: str, options: dict, upload: Path | None) -> None:
        store = self.store
        folder = store.folder(sid)
        prog = {"listings": 0, "pictures": 0, "errors": 0, "pages": 0, "flagged": 0, "phase": "reading"}
        last = [0.0]
        lock = threading.Lock()

        def push(force: bool = False):
            now = time.monotonic()
            if force or now - last[0] >= PROGRESS_EVERY:
                last[0] = now
                store.update(sid, progress=dict(prog))

        store.update(sid, status="running", progress=prog)
        rows = None
        try:
            if kind == "upload":
                prog["phase"] = "unpacking"
                push(True)
                sources, images_root, pictures_only = prepare_upload(upload, self.max_unpacked)
            else:
                sources, images_root, pictures_only = [source], None, False
            prog["phase"] = "scanning"
            push(True)
            ocr = bool(options.get("ocr")) or pictures_only
            own = list(dict.fromkeys(list(self.cfg.get("own_brands", []) or []) + list(options.get("own_brands") or [])))
            job = ScanJob(sources, folder / "report", REPORT_FORMATS, own,
                          ocr, self.cfg.get("crawl_delay"), None, self.cfg, self.cache_dir, workers=1, quiet=True,
                          images_root=images_root)
            rows = open(folder / "findings.jsonl", "w", encoding="utf-8")

            def on_result(r):
                with lock:
                    prog["listings"] += 1
                    if ocr:
                        prog["pictures"] += len(images_to_read(r.listing).images)
                    prog["errors"] += bool([e for e in r.errors if not e.startswith("note:")])
                    prog["flagged"] += any(f.severity in ("high", "medium") for f in r.findings)
                    for f in r.findings:
                        rows.write(json.dumps(finding_row(f, r), ensure_ascii=False) + "\n")
                    push()

            def on_crawl(pages: int = 0, listings: int = 0, **_):
                prog["pages"] = pages
                push()

            run, summary, code = job.run(on_result=on_result, on_crawl_progress=on_crawl)
            rows.close()
            if kind == "upload" and not pictures_only:
                prog["phase"] = "fixing"
                push(True)
                fixed_export(sources, folder / "report" / "fixed", job.context)
            prog["phase"] = "finished"
            summary = dict(summary, complete=run.complete, source_errors=list(run.source_errors)[:50],
                           seconds=run.seconds)
            store.update(sid, status="partial" if code == 3 else "done", progress=prog, summary=summary)
        except ScannerError as e:
            prog["phase"] = "failed"
            # the seller's sentence (Chinese first), the technical detail after it
            store.update(sid, status="failed", progress=prog, error=error_text(e))
        except Exception as e:  # a bug must end the scan with a message, never leave it "running"
            prog["phase"] = "failed"
            store.update(sid, status="failed", progress=prog, error=f"{type(e).__name__}: {e}")
        finally:
            if rows is not None and not rows.closed:
                rows.close()
