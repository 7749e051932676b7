"""What every source shares: the error of an unusable source, the options of `open_source`, the
Source protocol and the FileSource base record of listing files (canonical files and platform
exports). Its own module so that the package, its readers and the platform exports import it
in one direction only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
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
    cluster: str = ""  # a Dask cluster: a shop address is crawled on a worker (scanner/cluster_crawl.py)


class Source(Protocol):
    name: str
    errors: list[str]
    complete: bool
    stats: dict

    def __iter__(self) -> Iterator[Listing]: ...


@dataclass
class FileSource:
    """A listing file: iterable of Listing; `errors`/`complete`/`stats` are filled while reading."""

    path: Path
    encoding: str
    delimiter: str = ","
    name: str = ""
    errors: list[str] = field(default_factory=list)
    complete: bool = True
    stats: dict = field(default_factory=dict)
    format = ""  # the file kind, recorded in stats (class attribute, not a field)

    def __post_init__(self):
        self.name = self.name or str(self.path)
        if self.format:
            self.stats["format"] = self.format

    def account(self, error: str) -> None:
        """Count one record read: `error` is its entry in `errors` ("" when it was read whole)."""
        if error:
            self.errors.append(error)
            self.complete = False
        else:
            self.stats["listings"] = self.stats.get("listings", 0) + 1
