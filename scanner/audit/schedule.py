"""Scheduling: `--print-cron SCHEDULE [--systemd]` prints a crontab line or a systemd timer."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from pathlib import Path

from ..errors import UsageError
from .settings import AuditConfig

CRON_MACROS = {"@hourly": "hourly", "@daily": "daily", "@midnight": "daily", "@weekly": "weekly",
               "@monthly": "monthly", "@yearly": "yearly", "@annually": "yearly"}
DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CRON_FIELD = re.compile(r"^[0-9A-Za-z*,/\-]+$")


def check_cron(expr: str) -> str:
    expr = " ".join(expr.split())
    if expr in CRON_MACROS or expr == "@reboot":
        return expr
    fields = expr.split(" ")
    if len(fields) != 5 or not all(CRON_FIELD.match(f) for f in fields):
        raise UsageError(f"--print-cron needs a 5-field cron schedule like \"0 2 * * *\" (minute hour day month "
                         f"weekday), got {expr!r}")
    return expr


def _cal_field(value: str, what: str, pad: int, names: list[str] | None = None) -> str:
    def one(v: str) -> str:
        if names is not None and not v.isdigit():
            v3 = v[:3].capitalize()
            if v3 not in names:
                raise ValueError(v)
            return v3
        if names is not None:
            return names[int(v)]
        return v.zfill(pad) if v.isdigit() else v

    out = []
    for part in value.split(","):
        if part == "*":
            out.append("*")
        elif "/" in part:
            base, step = part.split("/", 1)
            if names is not None or "-" in base or not step.isdigit():
                raise ValueError(part)
            start = "0" if base == "*" and what in ("minute", "hour") else ("1" if base == "*" else base)
            out.append(f"{start.zfill(pad)}/{step}")
        elif "-" in part:
            a, b = part.split("-", 1)
            out.append(f"{one(a)}..{one(b)}")
        else:
            out.append(one(part))
    return ",".join(out)


def cron_to_oncalendar(expr: str) -> str:
    if expr in CRON_MACROS:
        return CRON_MACROS[expr]
    if expr == "@reboot":
        raise UsageError("@reboot has no systemd timer equivalent here; use OnBootSec= in a timer by hand")
    m, h, dom, mon, dow = expr.split(" ")
    try:
        cal = (f"*-{_cal_field(mon, 'month', 2)}-{_cal_field(dom, 'day', 2)} "
               f"{_cal_field(h, 'hour', 2)}:{_cal_field(m, 'minute', 2)}:00")
        if dow != "*":
            cal = f"{_cal_field(dow, 'weekday', 0, DOW)} {cal}"
    except (ValueError, IndexError):
        raise UsageError(f"cannot turn {expr!r} into a systemd OnCalendar= value; write the timer by hand")
    return cal


def _env_prefix() -> dict[str, str]:
    env = {k: v for k, v in sorted(os.environ.items()) if k.startswith("SCANNER_")}
    tess = shutil.which("tesseract")
    if tess and os.path.dirname(tess) not in ("/usr/bin", "/bin"):
        env["PATH"] = f"{os.path.dirname(tess)}:/usr/bin:/bin"
    return env


def schedule_text(cfg: AuditConfig, expr: str, systemd: bool, fail_on: str | None, no_ocr: bool) -> str:
    expr = check_cron(expr)
    python = str(Path(sys.executable).absolute())  # the venv's python (not resolved: keeps the venv)
    args = [python, "-m", "scanner", "audit", "--config", str(cfg.path)]
    if fail_on:
        args += ["--fail-on", fail_on]
    if no_ocr:
        args.append("--no-ocr")
    env = _env_prefix()
    workdir = str(cfg.path.parent)
    if not systemd:
        envs = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        cmd = (f"cd {shlex.quote(workdir)} && {envs + ' ' if envs else ''}{shlex.join(args)} "
               f">> {shlex.quote(str(cfg.log))} 2>&1")
        return f"{expr} {cmd.replace('%', chr(92) + '%')}"  # % ends a cron command: escape it
    unit = "scanner-audit-" + re.sub(r"[^A-Za-z0-9_.-]+", "-", cfg.path.stem)

    def q(s: str) -> str:
        s = s.replace("%", "%%")
        return f'"{s}"' if re.search(r"\s|\"|\\", s) else s

    cal = cron_to_oncalendar(expr)
    warn = ""
    fields = expr.split(" ")
    if len(fields) == 5 and fields[2] != "*" and fields[4] != "*":
        warn = "# note: cron runs when EITHER day-of-month or weekday matches; OnCalendar needs both\n"
    env_lines = "".join(f"Environment={q(f'{k}={v}')}\n" for k, v in env.items())
    service = (f"# ~/.config/systemd/user/{unit}.service\n"
               f"[Unit]\nDescription=Listing scanner audit ({cfg.path.name})\n"
               f"Wants=network-online.target\nAfter=network-online.target\n\n"
               f"[Service]\nType=oneshot\nWorkingDirectory={q(workdir)}\n{env_lines}"
               f"ExecStart={' '.join(q(a) for a in args)}\n"
               f"StandardOutput=append:{str(cfg.log).replace('%', '%%')}\n"
               f"StandardError=append:{str(cfg.log).replace('%', '%%')}\n")
    timer = (f"# ~/.config/systemd/user/{unit}.timer\n{warn}"
             f"[Unit]\nDescription=Run the listing scanner audit ({cfg.path.name}) on schedule ({expr})\n\n"
             f"[Timer]\nOnCalendar={cal}\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n")
    howto = (f"# enable: systemctl --user daemon-reload && systemctl --user enable --now {unit}.timer\n"
             f"# (run without being logged in: loginctl enable-linger $USER)\n")
    return f"{service}\n{timer}\n{howto}"
