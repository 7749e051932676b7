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


# import name -> the package that provides it (pyproject.toml)
PACKAGES = {"ahocorasick_rs": "ahocorasick-rs", "opencc": "opencc", "pypinyin": "pypinyin", "rapidfuzz": "rapidfuzz",
            "english_words": "english-words", "cv2": "opencv-python-headless", "PIL": "pillow",
            "pytesseract": "pytesseract", "extruct": "extruct"}


class MissingDependency(ScannerError):
    """A part of the scanner cannot load because a Python package is not installed: exit 2, one
    line naming the part, the package and how to install it."""

    def __init__(self, part_zh: str, part_en: str, module: str):
        self.part, self.package = part_en, PACKAGES.get(module, module)
        super().__init__(f"{part_zh}无法加载：缺少 Python 包 {self.package}，请运行 ./quickstart.sh setup 安装 / "
                         f"{part_en} cannot load: the Python package {self.package} is not installed "
                         f"(install the dependencies with ./quickstart.sh setup)")


def missing_package(exc: BaseException) -> str | None:
    """The top-level name of the third-party module whose absence raised `exc`, else None (a
    missing module of the scanner itself is a bug, not a missing package)."""
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        top = exc.name.split(".")[0]
        if top != "scanner":
            return top
    return None


INTERNAL_ERROR = 4  # an unexpected error inside the scanner (a bug): never 1, which means findings


def environment_problem(exc: BaseException) -> str | None:
    """A one-line message when `exc` is the machine's fault, not the scanner's (a read-only or
    damaged history or cache database, a folder that cannot be written, a full disk): exit 2.
    None for anything else (an internal error: exit 4)."""
    import errno
    import sqlite3

    module = missing_package(exc)
    if module is not None:
        return str(MissingDependency("扫描器", "the scanner", module))

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
