"""Triage: `scanner audit --ignore FP --reason …` accepts findings in the history."""
from __future__ import annotations

from datetime import datetime

from ..errors import UsageError
from ..history import HistoryError, open_history
from .settings import AuditConfig, parse_fingerprint


def add_ignores(cfg: AuditConfig, specs: list[str], reason: str, console) -> int:
    if not reason.strip():
        raise UsageError('--ignore needs --reason "why this finding is accepted"')
    names = [s.name for s in cfg.shops]
    parsed = [parse_fingerprint(s, "--ignore") for s in specs]
    for shop, _fp in parsed:
        if shop and shop not in names:
            raise UsageError(f"--ignore {shop}:…: no shop named {shop!r} in {cfg.path}")
    try:
        history = open_history(cfg.db)
    except HistoryError as e:
        raise UsageError(str(e), key="err.history")
    try:
        found = []
        for shop, fp in parsed:
            rows = history.find_fingerprint(fp, [shop] if shop else names)
            if not rows:
                raise UsageError(f"finding {fp} is not in the audit history of "
                                 f"{'shop ' + repr(shop) if shop else 'any shop of ' + str(cfg.path)} (check the "
                                 f"fingerprint column of findings.csv)")
            found.append((shop, fp, rows))
        when = datetime.now().astimezone().isoformat(timespec="seconds")
        for shop, fp, rows in found:
            history.add_ignore(shop, fp, reason.strip(), when)
            for r in rows:
                console.print(f"ignored {r['shop']}:{fp} · listing {r['listing_id']} · {r['field']} · "
                              f"{r['matched_text']!r} ({r['severity']}) — {reason.strip()}",
                              soft_wrap=True, highlight=False, markup=False)
    finally:
        history.close()
    return 0
