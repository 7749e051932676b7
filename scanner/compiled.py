"""Compiled data cached on disk, so a scan (or `scanner check`) starts in a fraction of the time
it takes to build the automatons: the lexicon, the claim frames, the brand database and the
normalisation table are pickled under `<cache>/compiled/`, keyed by a hash of their data files
and of the code that builds them. Changed data or code → a new key → rebuilt once. A missing,
unreadable or corrupt cache file is rebuilt; an unwritable cache folder only costs time.
`SCANNER_NO_COMPILED_CACHE=1` turns the cache off."""
from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
_PKG = Path(__file__).resolve().parent
_KEEP = 3  # cache files kept per kind (older keys are removed)


def default_cache_dir() -> Path:
    """The per-user cache (images, OCR results, compiled data): $SCANNER_CACHE or XDG."""
    base = os.environ.get("SCANNER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "listing-scanner")
    return Path(base)


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """Changes whenever the scanner's code or the libraries that shape compiled data change."""
    h = hashlib.sha256(sys.version.encode())
    for p in sorted(_PKG.rglob("*.py")):
        st = p.stat()
        h.update(f"{p.relative_to(_PKG)}:{st.st_size}:{st.st_mtime_ns}".encode())
    # the libraries that shape compiled data, by their installed distribution folders (cheap:
    # importlib.metadata scans every distribution)
    import opencc

    site = Path(opencc.__file__).resolve().parent.parent
    for dist in ("opencc", "OpenCC", "pypinyin", "rapidfuzz", "english_words"):
        for p in sorted(site.glob(f"{dist}-*.dist-info")):
            h.update(p.name.encode())
    return h.hexdigest()[:16]


_one_reading: dict | None = None  # files_hash memo while one_reading() is active


@contextlib.contextmanager
def one_reading():
    """Within: every folder is hashed once (building a scanner asks for the same folders' hashes
    about twenty times — lexicon, frames, classes, brand database, brand tables…: ~0.15 s of a
    `scanner check`). Only for the span of one build, when the files are read as one version."""
    global _one_reading
    outer = _one_reading
    if outer is None:
        _one_reading = {}
    try:
        yield
    finally:
        if outer is None:
            _one_reading = None


def files_hash(*dirs: Path, suffixes: tuple[str, ...] = (".csv", ".txt")) -> str:
    """Hash of every data file under the folders (sub-folders such as lexicons/slots/ included)."""
    memo = _one_reading
    if memo is not None:
        key = (tuple(str(Path(d).resolve()) for d in dirs), suffixes)
        got = memo.get(key)
        if got is None:
            got = memo[key] = _files_hash(dirs, suffixes)
        return got
    return _files_hash(dirs, suffixes)


def _files_hash(dirs, suffixes) -> str:
    h = hashlib.sha256()
    for d in dirs:
        d = Path(d)
        for p in sorted(x for x in d.rglob("*") if x.suffix in suffixes and x.is_file()):
            h.update(p.relative_to(d).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


_loaded: dict[tuple[str, str, str], object] = {}  # (kind, folder, content hash) -> data, this process
_MEMORY = 16


def load_folder(kind: str, directory: Path, build: Callable[[Path], T]) -> T:
    """The data compiled from the files of `directory` (lexicon, frames, brand database): once
    per process for each folder and content version, from the disk cache when it is there.
    Keyed by the resolved folder and the hash of its files, so a changed file or another
    SCANNER_LEXICONS/SCANNER_BRAND_DB folder loads anew."""
    folder = str(Path(directory).resolve())
    stamp = files_hash(Path(directory))
    return remembered((kind, folder, stamp), lambda: cached(kind, f"{folder}:{stamp}", lambda: build(Path(folder))))


def remembered(key: tuple[str, str, str], build: Callable[[], T]) -> T:
    """`build()`'s result kept in this process under (kind, folder, content stamp): a few of the
    latest, the oldest dropped first; `forget()` drops them all."""
    got = _loaded.get(key)
    if got is None:
        got = build()
        if len(_loaded) >= _MEMORY:
            _loaded.pop(next(iter(_loaded)))
        _loaded[key] = got
    return got


def forget() -> None:
    """Drop what this process loaded (the disk cache stays): the next load reads the disk."""
    _loaded.clear()


@contextlib.contextmanager
def _no_collector():
    """Unpickling makes hundreds of thousands of objects and no cycles: the collector's passes
    over them meanwhile (one per 700 allocations) cost more than the loading itself."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """`build()`'s result for this data `key`, from the disk cache when it is there."""
    if os.environ.get("SCANNER_NO_COMPILED_CACHE"):
        return build()
    digest = hashlib.sha256(f"{key}\x1f{code_stamp()}".encode()).hexdigest()[:20]
    folder = default_cache_dir() / "compiled"
    path = folder / f"{kind}-{digest}.pickle"
    try:
        with open(path, "rb") as f, _no_collector():
            return pickle.load(f)
    except FileNotFoundError:
        pass
    except Exception:  # corrupt or from an incompatible build: rebuild
        pass
    obj = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=folder)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        old = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for p in old[_KEEP:]:
            p.unlink(missing_ok=True)
    except Exception:
        pass  # a read-only or full cache only costs start-up time
    return obj
