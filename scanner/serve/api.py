"""The HTTP API (documented at /docs and /openapi.json): check a text, start a scan, follow it,
read its findings as JSON or as findings.csv. Same records and columns as docs/CONTRACT.md."""
from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path
from typing import Literal, Optional

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field

from ..errors import ScannerError
from ..reports import FINDING_COLUMNS
from . import security
from .views import MAX_DESCRIPTION, MAX_TITLE, check_json

router = APIRouter(prefix="/api", tags=["api"])
SCAN_ID = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}$")
MAX_LIMIT = 10_000


class CheckIn(BaseModel):
    title: str = Field("", max_length=MAX_TITLE, description="the listing title (or any short text)")
    description: str = Field("", max_length=MAX_DESCRIPTION, description="plain text or HTML")
    own_brands: list[str] = Field(default_factory=list, max_length=50,
                                  description="brands this shop owns or may sell")


class CheckOut(BaseModel):
    findings: list[dict] = Field(description=f"one row per finding, keys: {', '.join(FINDING_COLUMNS)}")
    max_severity: str
    risk_score: int
    product_class: str
    errors: list[str]
    fixed: Optional[dict] = Field(None, description="the rewritten title and description (FixedText), when there is one")


class ScanOut(BaseModel):
    id: str
    status: str
    kind: str
    source: str
    created: float
    updated: float
    options: dict
    progress: dict
    summary: Optional[dict] = None
    error: str = ""
    created_at: str = Field(description="local time the scan was started")
    links: dict


@router.post("/check", response_model=CheckOut, summary="Check one text (title and/or description)")
async def check(body: CheckIn, request: Request):
    st = request.app.state.s
    brands = tuple(b.strip() for b in body.own_brands if b.strip())
    r = await st.check(body.title, body.description, brands)
    return JSONResponse(check_json(r))


def scan_out(rec: dict) -> dict:
    sid = rec["id"]
    links = {"self": f"/api/scans/{sid}", "page": f"/scans/{sid}",
             "findings_json": f"/api/scans/{sid}/findings", "findings_csv": f"/api/scans/{sid}/findings?format=csv"}
    if rec["status"] in ("done", "partial"):
        for name in ("report.html", "findings.csv", "listings.csv", "report.json", "report.xlsx"):
            links[name] = f"/scans/{sid}/files/{name}"
    created = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(rec["created"]))
    return dict(rec, links=links, created_at=created)


def get_scan(request: Request, sid: str) -> dict:
    rec = request.app.state.s.store.get(sid) if SCAN_ID.match(sid) else None
    if rec is None:
        raise HTTPException(404, "no such scan")
    return rec


def save_upload(upload: UploadFile, folder: Path, limit: int) -> Path:
    name = re.sub(r"[^\w.\-]+", "_", Path(upload.filename or "upload").name)[-100:].lstrip(".") or "upload"
    dest = folder / "upload" / name
    dest.parent.mkdir(parents=True, exist_ok=True)
    upload.file.seek(0)
    with open(dest, "wb") as out:
        shutil.copyfileobj(upload.file, out, 1024 * 1024)
    size = dest.stat().st_size
    if size > limit:
        raise ScannerError(f"the file is larger than {limit // (1024 * 1024)} MB", key="serve.too_big",
                           mb=limit // (1024 * 1024))
    if size == 0:
        raise ScannerError("the file is empty", key="serve.empty_file")
    return dest


def start_scan(request: Request, file: UploadFile | None, url: str, ocr: bool, own_brands: str) -> str:
    """Validate and queue one scan (the API and the page form share this); ScannerError when refused."""
    st = request.app.state.s
    s = st.settings
    url = (url or "").strip()
    has_file = file is not None and bool(file.filename)
    if has_file == bool(url):
        raise ScannerError("give either a file or a shop address (url), not both or neither", key="serve.need_input")
    options = {"ocr": bool(ocr), "own_brands": [b.strip() for b in re.split(r"[,，]", own_brands or "") if b.strip()][:50]}
    if url:
        url = security.check_shop_url(url, s.allow_private)
        return st.runner.submit("url", url, options)
    sid = st.store.create("upload", Path(file.filename).name[:200], options, st.runner.pid)
    try:
        saved = save_upload(file, st.store.folder(sid), s.upload_limit)
    except ScannerError as e:
        st.store.update(sid, status="failed", error=str(e))
        raise
    return st.runner.submit("upload", saved.name, options, upload=saved, sid=sid)


@router.post("/scans", status_code=202, response_model=ScanOut,
             summary="Start a scan of an uploaded file or a shop address")
def create_scan(request: Request, file: Optional[UploadFile] = File(None, description="a listing file, export, .xlsx or zip"),
                url: str = Form("", description="a shop address (http/https, public hosts)"),
                ocr: bool = Form(False, description="read the text in pictures"),
                own_brands: str = Form("", description="comma-separated brands this shop owns or may sell")):
    try:
        sid = start_scan(request, file, url, ocr, own_brands)
    except ScannerError as e:
        status = 413 if "larger than" in str(e) else 400
        raise HTTPException(status, str(e))
    return JSONResponse(scan_out(request.app.state.s.store.get(sid)), status_code=202)


@router.get("/scans", summary="The scan history, newest first")
def list_scans(request: Request, limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)):
    return {"scans": [scan_out(r) for r in request.app.state.s.store.list(limit, offset)]}


@router.get("/scans/{sid}", response_model=ScanOut, summary="Status, progress and summary of one scan")
def scan_status(request: Request, sid: str):
    return JSONResponse(scan_out(get_scan(request, sid)))


@router.get("/scans/{sid}/findings", summary="The findings of a scan (JSON rows, or findings.csv)")
def scan_findings(request: Request, sid: str, format: Literal["json", "csv"] = "json",
                  offset: int = Query(0, ge=0), limit: int = Query(1000, ge=1, le=MAX_LIMIT)):
    rec = get_scan(request, sid)
    folder = request.app.state.s.store.folder(sid)
    if format == "csv":
        path = folder / "report" / "findings.csv"
        if rec["status"] not in ("done", "partial") or not path.exists():
            raise HTTPException(409, f"the scan is {rec['status']}: findings.csv is written when it has finished")
        return FileResponse(path, media_type="text/csv; charset=utf-8", filename=f"findings-{sid}.csv")
    rows, more = [], False
    path = folder / "findings.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if n < offset:
                    continue
                if len(rows) >= limit:
                    more = True
                    break
                if line.endswith("\n"):  # a row being written is left for the next call
                    rows.append(json.loads(line))
    return {"id": sid, "status": rec["status"], "columns": FINDING_COLUMNS, "findings": rows,
            "offset": offset, "next_offset": offset + len(rows) if more else None}


@router.delete("/scans/{sid}", summary="Delete a finished scan and its files")
def delete_scan(request: Request, sid: str):
    get_scan(request, sid)
    if not request.app.state.s.store.delete(sid):
        raise HTTPException(409, "a running scan cannot be deleted")
    return {"deleted": sid}
