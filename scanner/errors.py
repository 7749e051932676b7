"""One error type for everything that stops a command, carrying its exit code (CONTRACT.md):
the CLI prints its message on one line and exits with `exit_code` — never a traceback."""
from __future__ import annotations


class ScannerError(Exception):
    """A problem the user must fix; `exit_code` is what the command exits with (2: usage or
    configuration)."""

    exit_code = 2

    def __init__(self, message: str = "", exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(ScannerError):
    """Flags or configuration: exit 2 with a one-line message."""


INTERNAL_ERROR = 4  # an unexpected error inside the scanner (a bug): never 1, which means findings


def environment_problem(exc: BaseException) -> str | None:
    """A one-line message when `exc` is the machine's fault, not the scanner's (a read-only or
    damaged history or cache database, a folder that cannot be written, a full disk): exit 2.
    None for anything else (an internal error: exit 4)."""
    import errno
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        what = str(exc) or type(exc).__name__
        hint = ("只读或被占用 / read-only or locked" if "readonly" in what or "locked" in what
                else "已损坏或不是数据库 / damaged or not a database")
        return (f"数据库无法使用（{hint}）: {what}. 检查历史/缓存文件是否可写、未损坏 / check that the history and "
                f"cache files are writable and intact")
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT):
        where = f" {exc.filename}" if exc.filename else ""
        return f"无法写入/读取{where}: {exc.strerror or exc} / cannot write or read{where}: {exc.strerror or exc}"
    return None


def crash_log(exc: BaseException) -> str:
    """Write the traceback of an unexpected error to a log file; its path ('' when none could be
    written). The folder is `$SCANNER_CACHE/logs` (or the system temp folder)."""
    import os
    import tempfile
    import time
    import traceback

    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    name = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    try:
        from .compiled import default_cache_dir

        folders = [default_cache_dir() / "logs"]
    except Exception:  # noqa: BLE001 - the log must not fail because of another bug
        folders = []
    folders.append(__import__("pathlib").Path(tempfile.gettempdir()))
    for d in folders:
        try:
            d.mkdir(parents=True, exist_ok=True)
            p = d / name
            p.write_text(text, encoding="utf-8")
            return str(p)
        except OSError:
            continue
    return ""
