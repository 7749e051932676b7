import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# tests never touch the user's cache
os.environ.setdefault("SCANNER_CACHE", str(ROOT / ".cache" / "test-cache"))


@pytest.fixture
def run_cli(tmp_path):
    """Run the real CLI in-process; returns (exit code, stdout+stderr text)."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from scanner import cli

    def run(*args):
        buf = io.StringIO()
        with redirect_stdout(buf), redirect_stderr(buf):
            cli.out.file = buf
            cli.err.file = buf
            try:
                code = cli.main(list(map(str, args)))
            finally:
                cli.out.file = None
                cli.err.file = None
        return code, buf.getvalue()

    return run
