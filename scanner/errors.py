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
