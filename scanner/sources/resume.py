"""Resume only what can be resumed: when is a resumed crawl trustworthy enough to call complete?

A crawl interrupted gracefully (Ctrl-C, the parent stopping early) keeps Scrapy's JOBDIR and the
listings found so far, and the next run of the same scan carries on. A crawl killed hard (power
loss, SIGKILL) leaves a queue without the spider's state (`spider.state` is written only on a
graceful close): that folder is discarded and the crawl starts again (`JobStore.replay`).

Even a well-resumed crawl is checked against the last complete crawl of the same shop: reading
fewer listings than then, or seeing another platform, makes it `partial` with the reason, so an
audit marks nothing fixed from it (`resume_shortfall`).
"""
from __future__ import annotations

import json
from pathlib import Path

LAST_COMPLETE = "last_complete.json"


def resume_shortfall(listings: int, platform: str, previous_listings: int | None,
                     previous_platform: str = "") -> str:
    """The reason a resumed crawl is partial ('' when it is not): fewer listings than the last
    complete run of the same shop (`previous_listings`), or another platform than then."""
    if previous_platform and platform and platform not in ("unknown", previous_platform):
        return (f"续爬结果的平台（{platform}）与上次完整抓取（{previous_platform}）不同，本次视为不完整 / "
                f"resumed crawl found platform {platform}, the last complete crawl {previous_platform}: "
                f"read in part, nothing marked fixed")
    if previous_listings is not None and listings < previous_listings:
        return (f"续爬只读到 {listings} 个商品，少于上次完整抓取的 {previous_listings} 个，本次视为不完整 / "
                f"resumed crawl read {listings} listings, fewer than the {previous_listings} of the last complete "
                f"crawl: read in part, nothing marked fixed (run again for a fresh crawl)")
    return ""


def read_last_complete(root: Path | None) -> dict:
    if root is None:
        return {}
    try:
        d = json.loads((root / LAST_COMPLETE).read_text(encoding="utf-8"))
        return d if isinstance(d, dict) else {}
    except (OSError, ValueError):
        return {}


def write_last_complete(root: Path | None, listings: int, platform: str) -> None:
    if root is None:
        return
    try:
        tmp = root / (LAST_COMPLETE + ".tmp")
        tmp.write_text(json.dumps({"listings": listings, "platform": platform}), encoding="utf-8")
        tmp.replace(root / LAST_COMPLETE)
    except OSError:
        pass
