"""Command line: `scanner scan`, `scanner check`, `scanner audit` (see CONTRACT.md).

Exit codes: 0 scan completed; 1 a finding at or above --fail-on; 2 usage or configuration
error (one line, no traceback); 3 a source could only be read in part.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import tomllib
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, List, Optional

import typer

try:  # typer >= 0.26 vendors click
    from typer._click import exceptions as _ce
except ImportError:  # pragma: no cover - older typer with click installed
    from click import exceptions as _ce
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from . import __version__
from .engine import ScanContext
from .brands import BrandDBError, brand_db_hash
from .compiled import default_cache_dir
from .lexicon import LexiconError, files_hash, lexicon_dir
from .models import SEVERITY_RANK, ListingResult, RunInfo
from .pipeline import ScanOptions, ScanSetupError, scan_stream
from .reports import FORMATS, Summary, make_writers
from .sources import SourceError, SourceOptions, open_source

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Listing self-check scanner: advertising-law terms, brand piggy-backing and "
                       "off-platform contacts in shop listings (text and images).")
err = Console(stderr=True)
out = Console()


class UsageError(Exception):
    """A configuration problem: exit 2 with a one-line message."""


def load_config(path: Optional[Path]) -> dict:
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            cfg = tomllib.load(f)
    except FileNotFoundError:
        raise UsageError(f"config file not found: {path}")
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"config file {path} is not valid TOML: {e}")
    # `[scan]` table or top-level keys; flag spellings with - or _
    flat = dict(cfg.get("scan", {})) if isinstance(cfg.get("scan"), dict) else {}
    flat.update({k: v for k, v in cfg.items() if not isinstance(v, dict) or k == "scan"})
    flat.pop("scan", None)
    return {k.replace("-", "_"): v for k, v in flat.items()}


def parse_formats(value: str | list) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    fm = [f.strip().lower() for f in items if str(f).strip()]
    bad = [f for f in fm if f not in FORMATS]
    if bad or not fm:
        raise UsageError(f"unknown format {', '.join(bad) or '(empty)'}; choose from {', '.join(FORMATS)}")
    return fm


def check_fail_on(value: Optional[str]) -> Optional[str]:
    if value is None or value == "":
        return None
    if value not in ("high", "medium", "low"):
        raise UsageError(f"--fail-on must be high, medium or low, got {value!r}")
    return value


def config_hash(settings: dict) -> str:
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()[:16]


class ScanJob:
    """Everything one `scan` needs, resolved from flags + config. Reused by `audit`."""

    def __init__(self, sources: list[str], out_dir: Path, formats: list[str], own_brands: list[str],
                 ocr: bool, crawl_delay: Optional[float], fail_on: Optional[str], cfg: dict,
                 cache_dir: Optional[Path] = None, workers: int = 0, quiet: bool = False,
                 ocr_engine: str = "", images_root: Optional[Path] = None):
        self.sources = sources
        self.out_dir = out_dir
        self.formats = formats
        self.own_brands = own_brands
        self.ocr = ocr
        self.crawl_delay = crawl_delay
        self.fail_on = fail_on
        self.cfg = cfg
        self.cache_dir = cache_dir or Path(cfg.get("cache_dir") or default_cache_dir())
        self.workers = workers or int(cfg.get("workers", 0) or 0)
        self.quiet = quiet
        self.ocr_engine = ocr_engine or str(cfg.get("ocr_engine") or "tesseract")
        root = images_root or cfg.get("images_root")
        if root and not Path(root).expanduser().is_dir():
            raise UsageError(f"images_root is not a folder: {root}")
        self.images_root = Path(root).expanduser().resolve() if root else None
        try:
            min_conf = float(cfg.get("min_confidence", 0.5))
        except (TypeError, ValueError):
            raise UsageError("min_confidence must be a number between 0 and 1")
        self.context = ScanContext(
            own_brands=tuple(own_brands),
            shop_domains=tuple(cfg.get("shop_domains", []) or []),
            min_confidence=min_conf,
            allow_terms=tuple(cfg.get("allow", []) or []),
        )

    def settings(self) -> dict:
        return {"formats": self.formats, "own_brands": self.own_brands, "ocr": self.ocr,
                "ocr_engine": self.ocr_engine if self.ocr else "",
                "crawl_delay": self.crawl_delay, "fail_on": self.fail_on,
                "shop_domains": list(self.context.shop_domains), "min_confidence": self.context.min_confidence,
                "allow": list(self.context.allow_terms), "images_root": str(self.images_root or "")}

    def run(self, finding_extra=None, extra_columns=None, html_top: str = "",
            on_result=None) -> tuple[RunInfo, dict, int]:
        """Scan every source into the output folder. Returns (run info, summary, exit code)."""
        started = datetime.now(timezone.utc)
        t0 = time.time()
        progress = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TextColumn("{task.fields[info]}"), TimeElapsedColumn(),
                            console=err, transient=True, disable=self.quiet or not err.is_terminal)
        crawl_task = None

        def on_crawl(event: str, pages: int = 0, listings: int = 0, **_):
            nonlocal crawl_task
            if crawl_task is None:
                crawl_task = progress.add_task("crawling", total=None, info="")
            progress.update(crawl_task, completed=pages, info=f"{pages} pages, {listings} listings found")

        opened = []
        for s in self.sources:
            opened.append(open_source(s, SourceOptions(crawl_delay=self.crawl_delay, cache_dir=self.cache_dir,
                                                       progress=on_crawl)))
        writers = make_writers(self.out_dir, self.formats, self.cache_dir, finding_extra, extra_columns, html_top,
                               self.images_root)
        summary = Summary()
        worst = 0
        options = ScanOptions(context=self.context, ocr=self.ocr, ocr_engine=self.ocr_engine,
                              cache_dir=str(self.cache_dir), workers=self.workers, prerender="csv" in self.formats,
                              images_root=str(self.images_root or ""))

        def listings() -> Iterator:
            for src in opened:
                yield from src

        with progress:
            task = progress.add_task("scanning", total=None, info="")
            for r in scan_stream(listings(), options):
                if on_result is not None:
                    on_result(r)  # may fill finding_extra (audit status) before the writers see r
                summary.add(r)
                for w in writers:
                    w.add(r)
                for f in r.findings:
                    worst = max(worst, SEVERITY_RANK[f.severity])
                progress.update(task, advance=1, info=f"{summary.flagged} listings to fix")
        complete = all(s.complete for s in opened)
        source_errors = [e for s in opened for e in s.errors]
        crawl = {}
        for s in opened:
            crawl.update(s.stats)
        run = RunInfo(
            started=started.isoformat(timespec="seconds"),
            finished=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            seconds=round(time.time() - t0, 3),
            sources=tuple(self.sources),
            lexicon_hash=files_hash(lexicon_dir()),
            brand_db_hash=brand_db_hash(),
            config_hash=config_hash(self.settings()),
            own_brands=tuple(self.own_brands),
            ocr=self.ocr,
            complete=complete,
            source_errors=tuple(source_errors),
            crawl=crawl,
            version=__version__,
        )
        sd = summary.as_dict()
        for w in writers:
            w.finish(run, sd)
        code = 0
        if not complete:
            code = 3
        if self.fail_on and worst >= SEVERITY_RANK[self.fail_on]:
            code = 1
        return run, sd, code


@app.command()
def scan(
    sources: List[str] = typer.Argument(..., help="shop URL(s) or listing file(s)"),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="output folder (default: reports/)"),
    fmt: Optional[str] = typer.Option(None, "--format", help="csv,json,html,xlsx (default: csv,html)"),
    own_brand: List[str] = typer.Option([], "--own-brand", help="a brand this shop owns or may sell (repeatable)"),
    config: Optional[Path] = typer.Option(None, "--config", help="TOML file with the same keys as the flags"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="skip image inspection"),
    ocr_engine: Optional[str] = typer.Option(None, "--ocr-engine", help="tesseract (default) or rapidocr"),
    crawl_delay: Optional[float] = typer.Option(None, "--crawl-delay", help="seconds between requests to one host"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="exit 1 when a finding at or above high|medium|low exists"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="image/OCR cache (default ~/.cache/listing-scanner)"),
    workers: int = typer.Option(0, "--workers", help="worker processes (default: one per core for large inputs)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar or summary"),
    images_root: Optional[Path] = typer.Option(None, "--images-root",
                                               help="folder local pictures may be read from (default: the listing file's folder and the one above it)"),
):
    """Scan listings (files or shop URLs) and write reports."""
    cfg = load_config(config)
    formats = parse_formats(fmt if fmt is not None else cfg.get("format", cfg.get("formats", "csv,html")))
    own = list(cfg.get("own_brands", []) or []) + list(own_brand)
    fo = check_fail_on(fail_on if fail_on is not None else cfg.get("fail_on"))
    delay = crawl_delay if crawl_delay is not None else cfg.get("crawl_delay")
    if delay is not None and float(delay) < 0:
        raise UsageError("--crawl-delay must be 0 or more seconds")
    out_path = Path(out_dir or cfg.get("out") or "reports")
    ocr = not (no_ocr or cfg.get("no_ocr", False) or cfg.get("ocr") is False)
    job = ScanJob(sources, out_path, formats, own, ocr, delay, fo, cfg, cache_dir, workers, quiet,
                  ocr_engine=ocr_engine or "", images_root=images_root)
    run, summary, code = job.run()
    if not quiet:
        sev = summary["findings_by_severity"]
        out.print(f"Scanned {summary['listings']} listings in {run.seconds:.1f}s: "
                  f"[red]{sev['high']} high[/], [dark_orange]{sev['medium']} medium[/], "
                  f"[yellow]{sev['low']} low[/], {sev['info']} info; "
                  f"{summary['listings_flagged']} listings to fix.")
        if not run.complete:
            out.print(f"[yellow]Read only in part:[/] {len(run.source_errors)} problem(s), see listings.csv / report.")
        out.print(f"Reports in {out_path}/ ({', '.join(formats)})")
    raise typer.Exit(code)


@app.command()
def check(
    text: Optional[str] = typer.Argument(None, help="text to check (default: read stdin)"),
    own_brand: List[str] = typer.Option([], "--own-brand", help="a brand you own or may sell"),
    field: str = typer.Option("title", "--field", help="title or description"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="exit 1 when a finding at or above this exists"),
    as_json: bool = typer.Option(False, "--json", help="print findings as JSON"),
):
    """Check one text and print its findings, highlighted."""
    from .models import Listing
    from .pipeline import ListingScanner

    if text is None:
        if sys.stdin.isatty():
            raise UsageError("give a text to check, or pipe it on stdin")
        text = sys.stdin.read()
    fo = check_fail_on(fail_on)
    if field not in ("title", "description"):
        raise UsageError("--field must be title or description")
    listing = Listing(id="check", title=text if field == "title" else "", description=text if field == "description" else "")
    scanner = ListingScanner(ScanOptions(context=ScanContext(own_brands=tuple(own_brand)), ocr=False))
    r = scanner.scan(listing)
    findings = sorted(r.findings, key=lambda f: f.start)
    if as_json:
        out.print_json(json.dumps([{**f.__dict__, "box": None, "fingerprint": f.fingerprint} for f in findings],
                                  ensure_ascii=False))
    else:
        style = {"high": "bold white on red", "medium": "black on dark_orange", "low": "black on yellow",
                 "info": "black on cyan"}
        shown = text if field == "title" else r.listing.description
        from .normalize import html_to_text
        shown = html_to_text(shown) if field == "description" else shown
        t = Text(shown)
        for f in findings:
            t.stylize(style[f.severity], f.start, f.end)
        out.print(t)
        if not findings:
            out.print("[green]No problems found.[/]")
        else:
            table = Table(show_lines=False)
            for col in ("severity", "matched", "category", "term", "law", "suggestion"):
                table.add_column(col)
            for f in findings:
                table.add_row(Text(f.severity, style=style[f.severity]), f.matched_text, f.category, f.term,
                              f.law, f.suggestion)
            out.print(table)
            for f in findings:
                out.print(f"[dim]· {f.matched_text}: {f.explanation}[/]")
    worst = max((SEVERITY_RANK[f.severity] for f in findings), default=0)
    raise typer.Exit(1 if fo and worst >= SEVERITY_RANK[fo] else 0)


@app.command()
def audit(
    config: Optional[Path] = typer.Option(None, "--config", help="SHOPS.toml: [audit] and [[shop]] tables"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="exit 1 when NEW findings at or above this exist"),
    print_cron: Optional[str] = typer.Option(None, "--print-cron", help='print a crontab line, e.g. "0 2 * * *"'),
    systemd: bool = typer.Option(False, "--systemd", help="with --print-cron: print a systemd service/timer pair"),
    ignore: List[str] = typer.Option([], "--ignore", help="accept a finding by its fingerprint (repeatable)"),
    reason: str = typer.Option("", "--reason", help="why the --ignore'd finding is accepted"),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="skip image inspection"),
):
    """Scheduled audit of many shops, with history: what is new, still there, or fixed."""
    try:
        from .audit import run_audit_command
    except ImportError:
        raise UsageError("audits are not available in this build")
    code = run_audit_command(config=config, fail_on=check_fail_on(fail_on), print_cron=print_cron,
                             systemd=systemd, ignore=ignore, reason=reason, no_ocr=no_ocr, console=out)
    raise typer.Exit(code)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="print the version")):
    if version:
        out.print(__version__)
        raise typer.Exit(0)


def main(argv: Optional[list[str]] = None) -> int:
    try:
        rv = app(args=argv, standalone_mode=False, prog_name="scanner")
        return rv if isinstance(rv, int) else 0
    except typer.Exit as e:
        return e.exit_code
    except _ce.UsageError as e:
        if type(e).__name__ == "NoArgsIsHelpError":
            return 2  # help was printed
        hint = f" (see `scanner {e.ctx.info_name} --help`)" if e.ctx and e.ctx.info_name != "scanner" else " (see `scanner --help`)"
        err.print(f"error: {e.format_message()}{hint}", highlight=False, soft_wrap=True, markup=False)
        return 2
    except typer.Abort:
        err.print("aborted")
        return 130
    except (UsageError, SourceError, LexiconError, BrandDBError, ScanSetupError) as e:
        err.print(f"error: {e}", highlight=False, soft_wrap=True, markup=False)
        return 2
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130
    except BrokenPipeError:
        return 0


def entry() -> None:  # console script
    sys.exit(main())
