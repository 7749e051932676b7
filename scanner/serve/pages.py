"""The pages: paste-and-check, scan a file or a shop, follow a scan, history, API docs, login.
Rendered with the report's Jinja environment (autoescaped); one listing's result is the report's
own listing.html partial. Every form carries a CSRF token (double submit, SameSite=Strict)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse

from ..errors import ScannerError
from ..i18n import error_text
from . import security
from .api import SCAN_ID, scan_out, start_scan
from .views import MAX_DESCRIPTION, MAX_TITLE, REPORT_CSP, check_view
from .i18n import catalogue, pick

router = APIRouter(include_in_schema=False)
REPORT_FILES = {"report.html": "text/html; charset=utf-8", "findings.csv": "text/csv; charset=utf-8",
                "listings.csv": "text/csv; charset=utf-8", "report.json": "application/json",
                "report.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
EVIDENCE = re.compile(r"^evidence/\d{5}\.jpg$")
FIXED = re.compile(r"^fixed/[^/\\]+$")  # the fixed export (scanner fix's writer): fixed/<file name>, fixed/changes.csv


def lang_of(request: Request) -> str:
    return pick(request.query_params.get("lang") or request.cookies.get("lang"))


def page(request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
    st = request.app.state.s
    lang = lang_of(request)
    csrf = request.cookies.get(security.CSRF_COOKIE) or security.new_csrf()
    html = st.render(name, lang, csrf=csrf, path=request.url.path, token_on=bool(st.settings.token), **ctx)
    resp = HTMLResponse(html, status_code=status)
    resp.set_cookie(security.CSRF_COOKIE, csrf, httponly=True, samesite="strict")
    if request.query_params.get("lang"):
        resp.set_cookie("lang", lang, samesite="lax", max_age=365 * 86400)
    return resp


def form_ok(request: Request, csrf: str) -> bool:
    return security.same(request.cookies.get(security.CSRF_COOKIE), csrf) and \
        security.origin_ok(request.headers.get("origin"), request.headers.get("host"))


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return page(request, "serve_check.html", form={"title": "", "description": "", "own_brands": ""})


@router.post("/check", response_class=HTMLResponse)
async def check(request: Request, csrf: str = Form(""), title: str = Form(""), description: str = Form(""),
                own_brands: str = Form("")):
    form = {"title": title, "description": description, "own_brands": own_brands}
    t = catalogue(lang_of(request))
    if not form_ok(request, csrf):
        return page(request, "serve_check.html", 403, form=form, error=t["bad_form"])
    if len(title) > MAX_TITLE or len(description) > MAX_DESCRIPTION:
        return page(request, "serve_check.html", 400, form=form, error=t["too_long"].format(n=MAX_TITLE))
    brands = tuple(b.strip() for b in re.split(r"[,，]", own_brands) if b.strip())[:50]
    r = await request.app.state.s.check(title, description, brands)
    return page(request, "serve_check.html", form=form, result=check_view(r, lang_of(request)))


@router.get("/scan", response_class=HTMLResponse)
def scan_form(request: Request):
    return page(request, "serve_scan.html", limit_mb=request.app.state.s.settings.upload_limit_mb)


@router.post("/scans")
def scan_start(request: Request, csrf: str = Form(""), file: Optional[UploadFile] = File(None), url: str = Form(""),
               ocr: bool = Form(False), own_brands: str = Form("")):
    t = catalogue(lang_of(request))
    limit_mb = request.app.state.s.settings.upload_limit_mb
    if not form_ok(request, csrf):
        return page(request, "serve_scan.html", 403, limit_mb=limit_mb, error=t["bad_form"])
    try:
        sid = start_scan(request, file, url, ocr, own_brands)
    except ScannerError as e:
        msg = error_text(e, lang_of(request))  # the catalogue's sentence, the detail after it
        return page(request, "serve_scan.html", 400, limit_mb=limit_mb, error=msg, url=url)
    return RedirectResponse(f"/scans/{sid}", status_code=303)


def _scan(request: Request, sid: str) -> dict | None:
    return request.app.state.s.store.get(sid) if SCAN_ID.match(sid) else None


@router.get("/scans/{sid}", response_class=HTMLResponse)
def scan_page(request: Request, sid: str):
    rec = _scan(request, sid)
    if rec is None:
        return PlainTextResponse("no such scan", status_code=404)
    folder = request.app.state.s.store.folder(sid) / "report"
    files = [n for n in REPORT_FILES if (folder / n).exists()] if rec["status"] in ("done", "partial") else []
    fixed = sorted(f"fixed/{p.name}" for p in (folder / "fixed").iterdir() if p.is_file()) \
        if files and (folder / "fixed").is_dir() else []
    return page(request, "serve_scan_status.html", scan=scan_out(rec), files=files, fixed_files=fixed)


@router.get("/scans/{sid}/files/{name:path}")
def scan_file(request: Request, sid: str, name: str):
    rec = _scan(request, sid)
    folder = request.app.state.s.store.folder(sid) / "report" if rec else None
    ok = name in REPORT_FILES or EVIDENCE.match(name) or FIXED.match(name)
    if folder is None or not ok or not (folder / name).is_file() or not (folder / name).resolve().is_relative_to(folder.resolve()):
        return PlainTextResponse("not found", status_code=404)
    media = REPORT_FILES.get(name) or ("image/jpeg" if name.endswith(".jpg") else "application/octet-stream")
    headers = {"content-security-policy": REPORT_CSP}
    download = name != "report.html" and not name.startswith("evidence/")
    return FileResponse(folder / name, media_type=media, headers=headers,
                        filename=f"{Path(name).stem}-{sid}{Path(name).suffix}" if download else None,
                        content_disposition_type="attachment" if download else "inline")


@router.post("/scans/{sid}/delete")
def scan_delete(request: Request, sid: str, csrf: str = Form("")):
    if not form_ok(request, csrf):
        return PlainTextResponse("the form expired; reload the page", status_code=403)
    if _scan(request, sid) is not None:
        request.app.state.s.store.delete(sid)
    return RedirectResponse("/history", status_code=303)


@router.get("/history", response_class=HTMLResponse)
def history(request: Request):
    return page(request, "serve_history.html", scans=[scan_out(r) for r in request.app.state.s.store.list(500)])


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request):
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [p["name"] for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {})
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params, "body": ", ".join(body)})
    return page(request, "serve_docs.html", ops=ops, spec=spec)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request):
    return page(request, "serve_login.html")


@router.post("/login")
def login(request: Request, csrf: str = Form(""), token: str = Form("")):
    st = request.app.state.s
    t = catalogue(lang_of(request))
    if not form_ok(request, csrf):
        return page(request, "serve_login.html", 403, error=t["bad_form"])
    if not st.settings.token or not security.same(token, st.settings.token):
        return page(request, "serve_login.html", 401, error=t["bad_token"])
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie(security.TOKEN_COOKIE, token, httponly=True, samesite="strict")
    return resp
