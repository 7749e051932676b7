"""Cron schedules checked before they are printed (`scanner audit --print-cron`): a field out of
range (minute 60, hour 24, month 13), a backwards range, a zero step, an unknown name, or a date
that never comes (31 February, 31 April…) is a one-line UsageError, exit 2 — a crontab line that
never runs would silently skip every audit.

`validate(expr)` takes the 5 fields (minute hour day-of-month month day-of-week); macros such as
@daily are accepted as they are.
"""
from __future__ import annotations

from ..errors import UsageError

FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12), ("day of week", 0, 7))
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]  # 29 February exists in leap years


def _bad(expr: str, why: str) -> UsageError:
    return UsageError(f"--print-cron: 计划 {expr!r} 不成立 / the schedule {expr!r} is impossible: {why}")


def _value(v: str, name: str, lo: int, hi: int, expr: str) -> int:
    names = MONTHS if name == "month" else DAYS if name == "day of week" else None
    if names and v[:3].lower() in names and len(v) == 3:
        return names.index(v[:3].lower()) + (1 if name == "month" else 0)
    if not v.isdigit():
        raise _bad(expr, f"{name} {v!r} is not a number{' or a name' if names else ''}")
    n = int(v)
    if not lo <= n <= hi:
        raise _bad(expr, f"{name} {n} is outside {lo}–{hi}")
    return n


def expand(part_list: str, name: str, lo: int, hi: int, expr: str) -> set[int]:
    """The values one cron field stands for."""
    out: set[int] = set()
    for part in part_list.split(","):
        if not part:
            raise _bad(expr, f"empty item in the {name} field")
        base, _, step_s = part.partition("/")
        step = 1
        if step_s:
            if not step_s.isdigit() or int(step_s) == 0:
                raise _bad(expr, f"{name} step {step_s!r} must be a whole number of 1 or more")
            step = int(step_s)
        if base == "*":
            a, b = lo, hi
        elif "-" in base:
            x, _, y = base.partition("-")
            a, b = _value(x, name, lo, hi, expr), _value(y, name, lo, hi, expr)
            if a > b:
                raise _bad(expr, f"{name} range {base} runs backwards")
        else:
            a = _value(base, name, lo, hi, expr)
            b = hi if step_s else a
        out.update(range(a, b + 1, step))
    return out


def validate(expr: str) -> str:
    """`expr` normalised, or UsageError when it is malformed or can never run."""
    expr = " ".join(expr.split())
    if expr.startswith("@"):
        return expr
    fields = expr.split(" ")
    if len(fields) != 5:
        raise _bad(expr, "a cron schedule has 5 fields: minute hour day-of-month month day-of-week")
    sets = [expand(f, name, lo, hi, expr) for f, (name, lo, hi) in zip(fields, FIELDS)]
    dom_star, dow_star = fields[2] == "*", fields[4] == "*"
    if dow_star or dom_star:  # with both restricted cron runs when EITHER matches: it always runs
        days, months = sets[2], sets[3]
        if not dow_star and dom_star:
            return expr
        if not any(d <= DAYS_IN_MONTH[m - 1] for m in months for d in days):
            names = ", ".join(MONTHS[m - 1].capitalize() for m in sorted(months))
            raise _bad(expr, f"day {', '.join(map(str, sorted(days)))} never occurs in {names}")
    return expr
