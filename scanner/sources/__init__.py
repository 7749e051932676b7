"""Where listings come from. Every source turns its input into `Listing` records and nothing
else: detection never happens here.

`open_source(spec, options)` picks the reader: a URL is crawled (`sources.crawl`), a file is
recognised by its header (canonical JSONL/CSV here; platform exports in `sources.exports`).
A source is iterable; after iteration `errors` lists what could not be read at source level and
`complete` says whether everything was read (exit code 3 otherwise).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Protocol

from ..errors import ScannerError
from ..models import Listing


class SourceError(ScannerError):
    """The source cannot be used at all (missing file, unknown shape): a one-line message, exit 2."""


@dataclass
class SourceOptions:
    crawl_delay: float | None = None  # None: polite default
    cache_dir: Path | None = None  # image cache / crawl state (JOBDIR) live under here
    max_pages: int = 20000
    progress: object | None = None  # a callable(event: str, **counts) for progress bars
    download_images: bool = True  # False when OCR will not read them (--no-ocr)
    fetch: object | None = None  # the FetchPolicy of every download (fetchpolicy.py); None: the default
    max_images: int = 0  # pictures fetched per listing (0: no cap)
    ignore_robots: bool = False  # --ignore-robots: only for a shop the user owns


class Source(Protocol):
    name: str
    errors: list[str]
    complete: bool
    stats: dict

    def __iter__(self) -> Iterator[Listing]: ...


def open_source(spec: str, options: SourceOptions | None = None) -> Source:
    options = options or SourceOptions()
    if spec.startswith(("http://", "https://")):
        try:
            from .crawl import CrawlSource
        except ImportError as e:  # pragma: no cover - crawling lives in its own module
            raise SourceError(f"crawling is not available: {e}") from e
        return CrawlSource(spec, options)
    path = Path(spec)
    if not path.exists():
        raise SourceError(f"no such file: {spec}")
    if path.is_dir():
        raise SourceError(f"{spec} is a folder; give a listing file (JSONL, CSV, TSV) or a shop URL")
    from .files import open_file

    return open_file(path, options)
