"""One error type for everything that stops a command, carrying its exit code (CONTRACT.md):
the CLI prints its message on one line and exits with `exit_code` — never a traceback."""
from __future__ import annotations


class ScannerError(Exception):
    """A problem the user must fix; `exit_code` is what the command exits with (2: usage or
    configuration).

    `message` is the technical text (English, for logs and operators). `key` and `params` name
    the sentence a seller reads, from the one message catalogue (scanner/messages/messages.csv,
    zh and en); without a key the class's own sentence is used, with `message` as its detail
    (`i18n.error_text`)."""

    exit_code = 2
    key = ""

    def __init__(self, message: str = "", exit_code: int | None = None, *, key: str = "", **params):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
        if key:
            self.key = key
        self.params = params

    def text(self, lang: str = "zh") -> str:
        """The sentence for the seller in `lang`, the technical detail after it."""
        from .i18n import error_text

        return error_text(self, lang)


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
        super().__init__(f"{part_en} cannot load: the Python package {self.package} is not installed "
                         f"(install the dependencies with ./quickstart.sh setup)",
                         key="err.missing_package", part_zh=part_zh, part_en=part_en, package=self.package)

    def __reduce__(self):
        return (type(self), (self.params["part_zh"], self.params["part_en"], self.package))


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

    from .i18n import current_lang, t

    lang = current_lang()
    module = missing_package(exc)
    if module is not None:
        return MissingDependency("扫描器", "the scanner", module).text(lang)

    if isinstance(exc, sqlite3.Error):
        what = str(exc) or type(exc).__name__
        key = "err.db_locked" if "readonly" in what or "locked" in what else "err.db_damaged"
        return t(key, lang, detail=what)
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT):
        key = "err.disk_full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "err.no_permission"
        return t(key, lang, path=exc.filename or "", detail=exc.strerror or str(exc))
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
