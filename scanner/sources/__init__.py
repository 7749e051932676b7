"""Where listings come from. Every source turns its input into `Listing` records and nothing
else: detection never happens here.

`open_source(spec, options)` picks the reader: a URL is crawled (`sources.crawl`), a file is
recognised by its header (canonical JSONL/CSV here; platform exports in `sources.exports`).
A source is iterable; after iteration `errors` lists what could not be read at source level and
`complete` says whether everything was read (exit code 3 otherwise).
"""
from __future__ import annotations

from pathlib import Path

from .base import Source, SourceError, SourceOptions  # noqa: F401  (the package's names)


def open_source(spec: str, options: SourceOptions | None = None) -> Source:
    options = options or SourceOptions()
    if spec.startswith(("http://", "https://")):
        if options.cluster:  # the crawl runs on a worker of the cluster (the session is open)
            from ..cluster_crawl import ClusterCrawlSource

            return ClusterCrawlSource(spec, options)
        try:
            from .crawl import CrawlSource
        except ImportError as e:  # pragma: no cover - crawling lives in its own module
            raise SourceError(f"crawling is not available: {e}", key="src.crawl_unavailable") from e
        return CrawlSource(spec, options)
    path = Path(spec)
    if not path.exists():
        raise SourceError(f"no such file: {spec}", key="err.no_such_file", path=spec)
    from .images import is_picture, open_pictures

    if path.is_dir() or is_picture(path):  # a folder of pictures, or one picture: each a listing
        return open_pictures(path)
    from .files import open_file

    return open_file(path, options)
