"""`scanner audit --config SHOPS.toml`: nightly audits of many shops with history.

    [audit]
    out = "reports/audits"                 # run folders; relative paths are relative to the config file
    # db = "reports/audits/history.sqlite" # default: <out>/history.sqlite
    # fail_on = "high"                     # exit 1 when NEW findings at or above this exist
    # notify_url = "https://hooks.example/…"   # receives the JSON summary by POST
    # ignore_file = "accepted.csv"         # fingerprint,reason[,shop] lines
    # keep_runs = 60                       # prune older run folders (default: keep all)
    # latest = "symlink"                   # or "copy"
    # crawl_delay = 2                      # any [[shop]] key here is a default for every shop
    [[shop]]
    name = "my-tmall-store"
    source = "https://…"                   # or an export file; `sources = [...]` for several
    own_brands = ["…"]
    # format, no_ocr, crawl_delay, shop_domains, allow, min_confidence, fail_on: as for `scan`

Each shop is scanned in turn (one failing shop never stops the others) into
`<out>/<shop>/<YYYYmmdd-HHMMSS>/` (findings.csv, listings.csv, report.html, audit.json, …) and
`<out>/<shop>/latest` is pointed at it. Every finding gets a `status`:

- `new`        not open after the previous run (first audit: everything is new; a finding that
               was fixed and came back is new again, with its original `first_seen`);
- `persisting` still there — or could not be re-checked (the listing could not be read, the
               source was read only in part, images were not inspected): the `note` says why;
- `fixed`      open before, gone now from a listing that was read successfully in a run whose
               source was read completely (`note`: "no longer found"), or the listing is gone
               from a completely read shop (`note`: "listing removed"). Fixed findings are
               appended to findings.csv so the seller sees what was cleared;
- `ignored`    accepted (`--ignore FP --reason …` or the ignore file): still shown, not counted
               in new/persisting, never fails the run.

Exit codes: 1 NEW findings at or above --fail-on / [audit] fail_on; else 3 when a shop failed,
was read only in part, or another audit of the same history holds the lock; 2 configuration
error; 0 otherwise.

Package: settings (the config), status (diffing), runner (the run), render (the report section),
triage (--ignore), schedule (cron/systemd). The history and its lock: scanner.history.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from .render import audit_section
from .runner import LOCK_EXIT, SUMMARY_COLUMNS, Auditor, notify
from .schedule import check_cron, cron_to_oncalendar, schedule_text
from .settings import AuditConfig, IgnoreEntry, ShopConfig, load_audit_config, load_ignore_file, parse_fingerprint
from .status import EXTRA_COLUMNS, ShopAudit, ShopOutcome, content_hash
from .triage import add_ignores

__all__ = ["AuditConfig", "Auditor", "EXTRA_COLUMNS", "IgnoreEntry", "LOCK_EXIT", "SUMMARY_COLUMNS", "ShopAudit",
           "ShopConfig", "ShopOutcome", "add_ignores", "audit_section", "check_cron", "content_hash",
           "cron_to_oncalendar", "load_audit_config", "load_ignore_file", "notify", "parse_fingerprint",
           "run_audit_command", "schedule_text"]


def run_audit_command(config: Path | None, fail_on: str | None, print_cron: str | None, systemd: bool,
                      ignore: list[str], reason: str, no_ocr: bool, console, cluster: str | None = None) -> int:
    if config is None:
        raise UsageError("audit needs --config SHOPS.toml (an audit table with out = …, and one shop table per shop; "
                         "see README, Audits)")
    if systemd and print_cron is None:
        raise UsageError("--systemd goes with --print-cron SCHEDULE, e.g. --print-cron \"0 2 * * *\" --systemd")
    if ignore and print_cron is not None:
        raise UsageError("--ignore and --print-cron are separate actions; run them one at a time")
    cfg = load_audit_config(config, no_ocr=no_ocr)
    if cluster is not None:
        cfg.cluster = cluster
    if print_cron is not None:
        console.print(schedule_text(cfg, print_cron, systemd, fail_on, no_ocr), soft_wrap=True, highlight=False,
                      markup=False)
        return 0
    if ignore:
        return add_ignores(cfg, ignore, reason, console)
    if reason:
        raise UsageError("--reason goes with --ignore FINGERPRINT")
    return Auditor(cfg, fail_on, console).run()
