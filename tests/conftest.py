import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# tests never touch the user's cache
os.environ.setdefault("SCANNER_CACHE", str(ROOT / ".cache" / "test-cache"))


def pytest_sessionstart(session):
    """Build the engine from the repository's own data once, before any test. A malformed row in
    lexicons/ or brand_db/ then stops the run at once with the loader's message (file, line, what
    is wrong) instead of failing every one of thousands of tests that build a scanner, each after
    re-reading the data (minutes of errors that hide the cause)."""
    from scanner.errors import ScannerError

    try:
        from scanner.engine import ScanContext
        from scanner.pipeline import ListingScanner, ScanOptions

        ListingScanner(ScanOptions(context=ScanContext(), ocr=False, lexicon_dir=str(ROOT / "lexicons")))
    except ScannerError as e:
        pytest.exit(f"the project's data does not load: {e}", returncode=2)


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


# ---------------------------------------------------------------------------- a real PostgreSQL
PG_BIN = Path(os.environ.get("SCANNER_PG_BIN", "/usr/lib/postgresql/15/bin"))


@pytest.fixture(scope="session")
def postgres_server():
    """One real PostgreSQL server for the session (initdb + pg_ctl in a temporary folder, TCP on a
    free loopback port, trust auth). PostgreSQL refuses to run as root: as root the server runs as
    the `postgres` system user. Skips only when the server binaries are not installed."""
    import pwd
    import shlex
    import shutil
    import socket
    import subprocess
    import tempfile

    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN} (install the Debian package "
                    f"postgresql, or set SCANNER_PG_BIN)")
    base = Path(tempfile.mkdtemp(prefix="scanner-pg-"))
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = base / "data"

    def run(*cmd):
        args = [str(c) for c in cmd]
        if os.geteuid() == 0:
            args = (["runuser", "-u", "postgres", "--", *args] if shutil.which("runuser")
                    else ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(args)])
        return subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=base)

    p = run(PG_BIN / "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale")
    assert p.returncode == 0, p.stderr
    p = run(PG_BIN / "pg_ctl", "-D", data, "-l", base / "server.log", "-w", "-t", "60", "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            f"-c full_page_writes=off -c max_connections=60", "start")
    assert p.returncode == 0, p.stderr + (base / "server.log").read_text(errors="replace")
    try:
        yield {"host": "127.0.0.1", "port": port, "user": "postgres",
               "admin": f"postgresql://postgres@127.0.0.1:{port}/postgres"}
    finally:
        run(PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the session's server; its URL."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(postgres_server["admin"], autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    yield f"postgresql://postgres@127.0.0.1:{postgres_server['port']}/{name}"
    with psycopg.connect(postgres_server["admin"], autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def own_cluster():
    """A LocalCluster (2 worker processes) owned by the test, so it can kill a worker; reached
    by the scanner at its tcp:// address like a remote scheduler."""
    import dask
    from distributed import Client, LocalCluster

    made = []

    def start(allowed_failures: int = 3):
        with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures}):
            cl = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        c = Client(cl)
        made.append((c, cl))
        return cl, c

    yield start
    for c, cl in made:
        c.close()
        cl.close()


@pytest.fixture
def kill_busy_worker():
    """`kill(client, done, what, delay=0)`: a watcher thread that kills -9 the process of a worker
    of `client` as soon as it runs a task of kind `what` (after `delay` seconds: mid-task), until
    `done` is set; the thread's `killed` lists the workers it killed."""
    import os
    import signal
    import threading
    import time

    def kill(client, done: threading.Event, what: str, delay: float = 0.0) -> threading.Thread:
        pids = client.run(os.getpid)
        killed: list = []

        def watch():
            while not done.is_set():
                for w, keys in client.processing().items():
                    if any(what in str(k) for k in keys) and w in pids:
                        time.sleep(delay)
                        os.kill(pids[w], signal.SIGKILL)
                        killed.append(w)
                        return
                time.sleep(0.02)

        t = threading.Thread(target=watch, daemon=True)
        t.killed = killed
        t.start()
        return t

    return kill
