"""Command line: `scanner scan`, `scanner check`, `scanner audit` (see CONTRACT.md).

Exit codes: 0 scan completed; 1 a finding at or above --fail-on; 2 usage or configuration
error (one line, no traceback); 3 a source could only be read in part; 4 an internal error
(one line and the path of a log with the details).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

try:  # typer >= 0.26 vendors click
    from typer._click import exceptions as _ce
except ImportError:  # pragma: no cover - older typer with click installed
    from click import exceptions as _ce
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from . import config as schema
from .config import load_scan_config
from .engine import ScanContext
from .errors import ScannerError, UsageError
from .models import SEVERITY_RANK
from .pipeline import ScanOptions

app = typer.Typer(add_completion=False, no_args_is_help=True, invoke_without_command=True,
                  rich_markup_mode=None,  # help text shows [audit] / [[shop]] as written
                  context_settings={"help_option_names": ["-h", "--help"]},
                  help="商品自查扫描器 · Listing self-check scanner: advertising-law terms, brand piggy-backing "
                       "and off-platform contacts in shop listings (text and images).")
# soft_wrap: lines are never hard-wrapped at 80 columns (cron logs, pipes)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)
LANG_HELP = "zh (default) or en: language of the report, terminal lines and XLSX headers"


def _lang(flag: Optional[str], cfg: dict | None = None) -> str:
    """The command's language (flag, else config, else zh); errors from here on are printed in it."""
    from .i18n import use_lang

    check_lang = schema.check_lang

    lang = check_lang(flag, "--lang") if flag is not None else ((cfg or {}).get("lang") or "zh")
    use_lang(lang)
    return lang


def _argv_lang(argv: list[str]) -> str:
    """--lang as written on the command line, for errors raised before the command reads it."""
    for i, a in enumerate(argv):
        v = a.split("=", 1)[1] if a.startswith("--lang=") else (argv[i + 1] if a == "--lang" and i + 1 < len(argv) else "")
        if v.strip().lower() in ("zh", "en"):
            return v.strip().lower()
    return "zh"


from .job import ScanJob, check_fail_on, parse_formats  # noqa: E402  (re-exported for callers)


@app.command()
def scan(
    sources: List[str] = typer.Argument(..., help="shop URL(s) or listing file(s)"),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="output folder (default: reports/)"),
    fmt: Optional[str] = typer.Option(None, "--format", help="csv,json,html,xlsx (default: csv,html)"),
    own_brand: List[str] = typer.Option([], "--own-brand", help="a brand this shop owns or may sell (repeatable)"),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with the same keys as the flags"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="skip image inspection"),
    ocr_engine: Optional[str] = typer.Option(None, "--ocr-engine", help="rapidocr (default) or tesseract"),
    crawl_delay: Optional[float] = typer.Option(None, "--crawl-delay", help="seconds between requests to one host"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="exit 1 when a finding at or above high|medium|low exists"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="image/OCR cache (default ~/.cache/listing-scanner)"),
    workers: int = typer.Option(0, "--workers", help="worker processes (default: one per core for large inputs)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar or summary"),
    cluster: Optional[str] = typer.Option(None, "--cluster",
                                          help="run on Dask: local:N worker processes, or tcp://HOST:8786 (a running scheduler)"),
    images_root: Optional[Path] = typer.Option(None, "--images-root",
                                               help="folder local pictures may be read from (default: the listing file's folder and the one above it)"),
    allow_private: bool = typer.Option(False, "--allow-private", help="allow downloads from private/loopback addresses (only for a shop on your own network)"),
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="crawl past robots.txt: ONLY for a shop you own"),
    max_images: Optional[int] = typer.Option(None, "--max-images", help="pictures read per listing (default 50; 0: all)"),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
):
    """Scan listings (files, folders of pictures, pictures or shop URLs) and write reports."""
    from .i18n import t

    cfg = load_scan_config(config)
    cfg.update({k: v for k, v in (("allow_private", allow_private or None), ("ignore_robots", ignore_robots or None),
                                  ("max_images", schema.SCAN_KEYS["max_images"].check(max_images, "--max-images")
                                   if max_images is not None else None)) if v is not None})
    lang = _lang(lang, cfg)
    cfg = {**cfg, "lang": lang}
    formats = parse_formats(fmt) if fmt is not None else cfg.get("format", ["csv", "html"])
    own = list(cfg.get("own_brands", [])) + list(own_brand)
    fo = check_fail_on(fail_on) if fail_on is not None else cfg.get("fail_on")
    delay = schema.number(0, 3600)(crawl_delay, "--crawl-delay") if crawl_delay is not None else cfg.get("crawl_delay")
    if workers:
        schema.number(0, schema.MAX_WORKERS, integer=True)(workers, "--workers")
    out_path = Path(schema.folder(False)(str(out_dir), "--out")) if out_dir else Path(cfg.get("out") or "reports")
    if cache_dir is not None:
        cache_dir = Path(schema.folder(False)(str(cache_dir), "--cache-dir"))
    ocr = not (no_ocr or cfg.get("no_ocr", False) or cfg.get("ocr") is False)
    if cluster is not None:
        cfg = {**cfg, "cluster": schema.cluster_address(cluster, "--cluster")}
    if not ocr:
        from .sources.images import is_picture

        pics = [s for s in sources if not s.startswith(("http://", "https://")) and
                (Path(s).is_dir() or is_picture(Path(s)))]
        if pics:
            raise UsageError(f"{pics[0]}: pictures are read by OCR; drop --no-ocr", key="cli.no_ocr_pictures",
                             path=pics[0])
    job = ScanJob(sources, out_path, formats, own, ocr, delay, fo, cfg, cache_dir, workers, quiet,
                  ocr_engine=ocr_engine or "", images_root=images_root)
    run, summary, code = job.run()
    if not quiet:
        sev = summary["findings_by_severity"]
        out.print(t("cli.scanned", lang, listings=summary["listings"], seconds=f"{run.seconds:.1f}",
                    flagged=summary["listings_flagged"], **sev), highlight=False, markup=False)
    if not run.complete:  # said even with --quiet: the exit code 3 needs its reason in the log
        err.print(t("cli.partial", lang, n=summary["listings_with_errors"], m=len(run.source_errors)),
                  highlight=False, markup=False, style="yellow")
    if not quiet:
        out.print(t("cli.reports_in", lang, out=out_path, formats=", ".join(formats)), highlight=False,
                  markup=False)
    raise typer.Exit(code)


@app.command()
def check(
    text: Optional[str] = typer.Argument(None, help="text to check (default: read stdin)"),
    own_brand: List[str] = typer.Option([], "--own-brand", help="a brand you own or may sell"),
    field: str = typer.Option("title", "--field", help="title or description"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="exit 1 when a finding at or above this exists"),
    as_json: bool = typer.Option(False, "--json", help="print findings as JSON"),
    image: Optional[Path] = typer.Option(None, "--image", help="check a picture (its text is read by OCR)"),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
):
    """Check one text (or a picture with --image) and print its findings, highlighted."""
    from .i18n import t as tr
    from .models import Listing
    from .pipeline import ListingScanner

    lang = _lang(lang)
    fo = check_fail_on(fail_on)
    if field not in ("title", "description"):
        raise UsageError("--field must be title or description", key="cli.field")
    if image is not None:
        return _check_image(image, own_brand, fo, as_json, lang)
    if text is None:
        if sys.stdin.isatty():
            raise UsageError(tr("err.check_needs_input", lang))
        text = sys.stdin.read()
    listing = Listing(id="check", title=text if field == "title" else "", description=text if field == "description" else "")
    scanner = ListingScanner(ScanOptions(context=ScanContext(own_brands=tuple(own_brand)), ocr=False))
    r = scanner.scan(listing)
    findings = sorted(r.findings, key=lambda f: f.start)
    if as_json:
        out.print_json(json.dumps([{**f.__dict__, "box": None, "fingerprint": f.fingerprint} for f in findings],
                                  ensure_ascii=False))
    else:
        style = _STYLE
        shown = text if field == "title" else r.listing.description
        from .normalize import html_to_text
        shown = html_to_text(shown) if field == "description" else shown
        t = Text(shown)
        for f in findings:
            t.stylize(style[f.severity], f.start, f.end)
        out.print(t)
        _print_findings(findings, lang)
        from .fixtext import print_fixed

        print_fixed(out, r.fixed, field)
    worst = max((SEVERITY_RANK[f.severity] for f in findings), default=0)
    raise typer.Exit(1 if fo and worst >= SEVERITY_RANK[fo] else 0)


_STYLE = {"high": "bold white on red", "medium": "black on dark_orange", "low": "black on yellow",
          "info": "black on cyan"}


def t_(key: str, lang: str, **kw) -> str:
    from .i18n import t

    return t(key, lang, **kw)


def _print_findings(findings, lang: str) -> None:
    """The findings of `check`: a table on a terminal, one tab-separated line each otherwise."""
    from .i18n import label

    if not findings:
        out.print(t_("cli.no_problems", lang), style="green", highlight=False, markup=False)
        return
    cols = ("severity", "matched", "category", "term", "law", "suggestion")
    rows = [(label("sev", f.severity, lang), f.matched_text, label("cat", f.finer_category, lang), f.term, f.law,
             f.suggestion) for f in findings]
    if out.is_terminal:
        table = Table(show_lines=False)
        for c in cols:
            table.add_column(t_(f"cli.col.{c}", lang))
        for f, row in zip(findings, rows):
            table.add_row(Text(row[0], style=_STYLE[f.severity]), *row[1:])
        out.print(table)
    else:
        for row in rows:
            out.print("\t".join(row), highlight=False, markup=False)
    for f in findings:
        out.print(Text(f"· {f.matched_text}: {f.explanation}", style="dim"))


def _check_image(image: Path, own_brand: list[str], fo: Optional[str], as_json: bool, lang: str) -> int:
    """`check --image FILE`: the picture as a listing of its own, read by OCR."""
    from .compiled import default_cache_dir
    from .i18n import explain_error
    from .models import Listing
    from .pipeline import ListingScanner
    from .sources.images import is_picture

    if not image.is_file() or not is_picture(image):
        raise UsageError(t_("err.bad_image_arg", lang, path=image))
    listing = Listing(id=image.name, title="", images=(image.name,), source=str(image.resolve()))
    scanner = ListingScanner(ScanOptions(context=ScanContext(own_brands=tuple(own_brand)), ocr=True,
                                         cache_dir=str(default_cache_dir())))
    r = scanner.scan(listing)
    findings = sorted(r.findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.start))
    errors = [e for e in r.errors if not e.startswith("note:")]
    if as_json:
        out.print_json(json.dumps({"findings": [{**f.__dict__, "box": f.box.__dict__ if f.box else None,
                                                 "fingerprint": f.fingerprint} for f in findings],
                                   "errors": errors}, ensure_ascii=False))
    else:
        for e in errors:
            err.print(t_("cli.image_unread", lang, why=explain_error(e, lang)), highlight=False, markup=False)
        if not errors:
            _print_findings(findings, lang)
    worst = max((SEVERITY_RANK[f.severity] for f in findings), default=0)
    if fo and worst >= SEVERITY_RANK[fo]:
        raise typer.Exit(1)
    raise typer.Exit(3 if errors else 0)


@app.command()
def fix(
    source: Path = typer.Argument(..., help="the listing file to fix (JSONL, CSV, XLSX, 淘宝助理 CSV, Shopify CSV, Amazon report)"),
    out_dir: Path = typer.Option(..., "--out", help="folder for the fixed copy and changes.csv (not the source's own folder)"),
    own_brand: List[str] = typer.Option([], "--own-brand", help="a brand this shop owns or may sell (repeatable)"),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with the same keys as `scan`"),
    workers: int = typer.Option(0, "--workers", help="worker processes (default: one per core for large inputs)"),
    lang: Optional[str] = typer.Option(None, "--lang", help=LANG_HELP),
    ocr: bool = typer.Option(False, "--ocr", help="also read the pictures: those with flagged words are listed in changes.csv (a picture is not rewritten)"),
):
    """Write the file back with the fixed titles and descriptions, plus changes.csv (the original is kept)."""
    from .sources.writeback import fix_file, print_outcome

    if lang is not None:
        _lang(lang)
    cfg = load_scan_config(config)
    lang = _lang(lang, cfg)
    if workers:
        schema.number(0, schema.MAX_WORKERS, integer=True)(workers, "--workers")
    out_path = Path(schema.folder(False)(str(out_dir), "--out"))
    job = ScanJob([str(source)], out_path, [], list(cfg.get("own_brands", [])) + list(own_brand), ocr, None, None,
                  cfg, workers=workers, quiet=True)
    outcome = fix_file(source, out_path, ScanOptions(
        context=job.context, ocr=ocr, workers=job.workers, cache_dir=str(job.cache_dir), ocr_engine=job.ocr_engine,
        images_root=str(job.images_root or ""), fetch=job.fetch, max_images=job.max_images))
    print_outcome(out, outcome, lang)
    raise typer.Exit(0 if outcome.complete else 3)


@app.command()
def audit(
    config: Optional[Path] = typer.Option(None, "--config", help="SHOPS.toml: [audit] and [[shop]] tables"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="exit 1 when NEW findings at or above this exist"),
    print_cron: Optional[str] = typer.Option(None, "--print-cron", help='print a crontab line, e.g. "0 2 * * *"'),
    systemd: bool = typer.Option(False, "--systemd", help="with --print-cron: print a systemd service/timer pair"),
    ignore: List[str] = typer.Option([], "--ignore", help="accept a finding by its fingerprint (repeatable)"),
    reason: str = typer.Option("", "--reason", help="why the --ignore'd finding is accepted"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="skip image inspection"),
    cluster: Optional[str] = typer.Option(None, "--cluster",
                                          help="run on Dask: local:N worker processes, or tcp://HOST:8786 (a running scheduler)"),
):
    """Scheduled audit of many shops, with history: what is new, still there, or fixed."""
    try:
        from .audit import run_audit_command
    except ImportError:
        raise UsageError("audits are not available in this build")
    code = run_audit_command(config=config, fail_on=check_fail_on(fail_on), print_cron=print_cron,
                             systemd=systemd, ignore=ignore, reason=reason, no_ocr=no_ocr, console=out,
                             cluster=schema.cluster_address(cluster, "--cluster") if cluster is not None else None)
    raise typer.Exit(code)


@app.command()
def serve(
    host: Optional[str] = typer.Option(None, "--host", help="address to listen on (default 127.0.0.1)"),
    port: Optional[int] = typer.Option(None, "--port", help="port (default 8765)"),
    token: Optional[str] = typer.Option(None, "--token", envvar="SCANNER_SERVE_TOKEN",
                                        help="access token, required when --host is not loopback"),
    allow_private: bool = typer.Option(False, "--allow-private", help="allow shop addresses on private/local networks"),
    upload_limit_mb: Optional[int] = typer.Option(None, "--upload-limit-mb", help="largest upload in MB (default 50)"),
    workers: Optional[int] = typer.Option(None, "--workers", help="server processes (default 1)"),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML: the scan settings plus a serve table (host, port, token, …)"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="cache folder; the scan history lives under it"),
):
    """Web page and HTTP API: paste-and-check, scans of files and shops, history."""
    from .config import load_serve_config

    try:
        from .serve.server import run
        from .serve.app import Settings
    except ImportError as e:
        raise UsageError(f"the web page is not available in this build ({e})")
    srv, cfg = load_serve_config(config)
    if port is not None:
        schema.number(1, 65535, integer=True)(port, "--port")
    if upload_limit_mb is not None:
        schema.number(1, 4096, integer=True)(upload_limit_mb, "--upload-limit-mb")
    if workers is not None:
        schema.number(1, schema.MAX_WORKERS, integer=True)(workers, "--workers")
    if cache_dir is not None:
        cache_dir = Path(schema.folder(False)(str(cache_dir), "--cache-dir"))
    settings = Settings(host=host or srv.get("host") or "127.0.0.1", port=port or srv.get("port") or 8765,
                        token=token or srv.get("token") or "",
                        allow_private=allow_private or bool(srv.get("allow_private")) or bool(cfg.get("allow_private")),
                        upload_limit_mb=upload_limit_mb or srv.get("upload_limit_mb") or 50,
                        max_scans=srv.get("max_scans") or 2, cache_dir=str(cache_dir or ""), cfg=cfg)
    where = f"http://{settings.host if ':' not in settings.host else '[' + settings.host + ']'}:{settings.port}/"
    err.print(f"商品自查 web page: {where}  (API docs: {where}docs; Ctrl+C to stop)", highlight=False)
    run(settings, workers=workers or srv.get("workers") or 1)


history_app = typer.Typer(no_args_is_help=True, help="Move an audit history between SQLite and PostgreSQL.")
app.add_typer(history_app, name="history")


@history_app.command("export")
def history_export(
    db: str = typer.Argument(..., help="the history: a SQLite file or a postgresql:// URL"),
    file: Path = typer.Argument(..., help="the export to write (JSON lines)"),
):
    """Write a whole audit history to a file (runs, findings, listings, ignores)."""
    from .history.transfer import run_history_command

    raise typer.Exit(run_history_command("export", db, file, out))


@history_app.command("import")
def history_import(
    db: str = typer.Argument(..., help="a new, empty history: a SQLite file or a postgresql:// URL"),
    file: Path = typer.Argument(..., help="an export written by `scanner history export`"),
):
    """Load an exported history into an empty database (all of it, or nothing)."""
    from .history.transfer import run_history_command

    raise typer.Exit(run_history_command("import", db, file, out))


@app.callback()
def _root(ctx: typer.Context,
          version: bool = typer.Option(False, "--version", help="print the version", is_eager=True)):
    if version:
        out.print(__version__, highlight=False, markup=False)
        raise typer.Exit(0)
    if ctx.invoked_subcommand is None:  # `scanner` alone: the help
        out.print(ctx.get_help(), highlight=False, markup=False)
        raise typer.Exit(2)
    if ctx.invoked_subcommand not in _ENGINE_FIRST:
        from .collector import settle

        settle()  # a long run that builds no engine first (audit, serve, history): collector on now


# commands whose first work is building the engine (ListingScanner settles the collector)
_ENGINE_FIRST = frozenset({"scan", "check", "fix"})


def main(argv: Optional[list[str]] = None) -> int:
    from .collector import start_up

    with start_up():  # the collector paused until the engine is built (scanner/collector.py)
        return _main(argv)


def _main(argv: Optional[list[str]]) -> int:
    from .i18n import current_lang, error_text, t, use_lang

    args = list(sys.argv[1:] if argv is None else argv)
    use_lang(_argv_lang(args))  # until the command has read its --lang / config

    def say(text: str) -> None:
        err.print(f"error: {text}", highlight=False, soft_wrap=True, markup=False)

    def interrupted() -> int:
        err.print(t("err.interrupted_cmd", current_lang(), cmd=" ".join(args)[:200]), highlight=False, markup=False)
        return 130

    try:
        rv = app(args=argv, standalone_mode=False, prog_name="scanner")
        return rv if isinstance(rv, int) else 0
    except typer.Exit as e:
        return e.exit_code
    except _ce.UsageError as e:
        if type(e).__name__ == "NoArgsIsHelpError":
            return 2  # help was printed
        help_ = f"scanner {e.ctx.info_name} --help" if e.ctx and e.ctx.info_name != "scanner" else "scanner --help"
        say(t("err.click_usage", current_lang(), detail=e.format_message(), help=help_))
        return 2
    except typer.Abort:  # click turns Ctrl-C into Abort
        return interrupted()
    except ScannerError as e:  # usage, configuration, lexicon, brand data, source: one line, its exit code
        say(error_text(e, current_lang()))
        return e.exit_code
    except KeyboardInterrupt:  # outside a scan's loop (which says what it wrote, see job.Interrupted)
        return interrupted()
    except RecursionError as e:  # a pathological input the bounds above did not catch: still one line
        say(t("err.nested", current_lang(), detail=e))
        return 2
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001 - exit 4, never 1 (1 means findings at or above --fail-on)
        from .errors import INTERNAL_ERROR, crash_log, environment_problem

        msg = environment_problem(e)
        if msg is not None:
            say(msg)
            return 2
        log = crash_log(e)
        say(t("err.internal", current_lang(), detail=f"{type(e).__name__}: {str(e)[:200]}",
              log=log or "the terminal output"))
        return INTERNAL_ERROR

