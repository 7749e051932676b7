"""`run(settings, workers)`: starts `scanner serve` on uvicorn (fastapi and uvicorn are imported only
here and in the serve package, never by the other commands).

Every server process builds its engine, checks one text (the warm-up), then freezes its heap
(`settle_heap`): the engine is some 720,000 long-lived objects, and without the freeze every full
collection of the garbage collector walked all of them, a pause of 0.2–0.8 s about every 1,300
requests during which every request queued on that process waited.

With `--workers N` the processes are started and watched here (`supervise`), not by uvicorn: on
Linux each process, once warm, opens its own listening socket on the port (SO_REUSEPORT), so the
kernel spreads new connections over the processes when they connect. With one socket shared by
all processes (uvicorn's way) the process that woke first took most of a burst of connections
(36 and 164 of 200 measured), and a keep-alive connection stays with the process that accepted
it, so one process queued four times the requests of the other."""
from __future__ import annotations

import gc
import signal
import socket
import sys
import time

from ..errors import ScannerError, UsageError

# the kernel spreads connections over the sockets of a SO_REUSEPORT group on Linux only (BSD and
# macOS hand them all to one socket): elsewhere the processes share one socket
BALANCED_ACCEPT = sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")
BACKLOG = 2048
START_TIMEOUT = 300  # seconds for a process to build its engine
RESTARTS = 5  # a process that dies after start-up is restarted, at most this many times in RESTART_WINDOW
RESTART_WINDOW = 60.0
FULL_COLLECTION_EVERY = 100  # middle-generation collections between two full ones (Python's default: 10)


def settle_heap() -> int:
    """Collect what start-up left behind, then move every object alive now (the engine, the app)
    to the collector's permanent generation, which no later collection walks; and make full
    collections rarer (FULL_COLLECTION_EVERY): the detectors' bounded caches fill after start-up
    (pinyin readings: ~200,000 small lists) and every full collection walked them again, 20–200 ms,
    6–7 times per process in 5,000 checks, finding nothing to free. Young objects are still
    collected as before. Returns how many objects were frozen."""
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
    return gc.get_freeze_count()


def serving_app(settings):
    """The app of one server process, warm and with its heap frozen (what every process serves)."""
    from .app import create_app

    app = create_app(settings)
    settle_heap()
    return app


def listen_socket(host: str, port: int, reuse_port: bool) -> socket.socket:
    """A listening TCP socket on host:port; with reuse_port, one of a SO_REUSEPORT group."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError as e:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port} ({e.strerror or e}); is another server using this port?") from e
    sock.set_inheritable(True)
    return sock


def _uvicorn_config(app, settings, log_level: str, **kw):
    import uvicorn

    return uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level, server_header=False,
                          proxy_headers=False, **kw)


def run(settings, workers: int = 1, log_level: str = "warning") -> None:
    try:
        import uvicorn
    except ImportError as e:  # pragma: no cover - fastapi/uvicorn are dependencies
        raise UsageError(f"the web page needs fastapi and uvicorn ({e})") from e
    from .security import check_bind

    check_bind(settings.host, settings.token)
    if workers > 1:
        supervise(settings, workers, log_level)
        return
    listen_socket(settings.host, settings.port, reuse_port=False).close()  # a taken port fails now, not after the build
    app = serving_app(settings)
    sock = listen_socket(settings.host, settings.port, reuse_port=False)
    _serve(uvicorn.Server(_uvicorn_config(app, settings, log_level)), sock)


def _serve(srv, sock: socket.socket) -> None:
    try:
        srv.run(sockets=[sock])
    except KeyboardInterrupt:  # Ctrl+C is how a server ends (uvicorn re-raises it once it has shut down)
        pass


def worker_main(settings, log_level: str, shared: socket.socket | None, ready) -> None:
    """One process of `--workers N` (started by `supervise`): build and warm the engine, then
    listen (its own SO_REUSEPORT socket, or the shared one) and serve until SIGTERM/SIGINT."""
    import uvicorn

    try:
        app = serving_app(settings)
        sock = shared if shared is not None else listen_socket(settings.host, settings.port, reuse_port=True)
    except ScannerError as e:
        print(f"scanner serve: {e}", file=sys.stderr, flush=True)
        raise SystemExit(e.exit_code)
    except KeyboardInterrupt:  # Ctrl+C while the engine was being built
        return
    ready.set()
    _serve(uvicorn.Server(_uvicorn_config(app, settings, log_level)), sock)


def supervise(settings, workers: int, log_level: str) -> None:
    """Start `workers` server processes and keep them running until SIGINT/SIGTERM: a process that
    dies after start-up is replaced (at most RESTARTS times a minute); one that fails to start
    stops them all with its message."""
    import multiprocessing as mp
    from multiprocessing.connection import wait

    ctx = mp.get_context("spawn")  # a fresh interpreter: no threads or locks copied by fork
    if BALANCED_ACCEPT:
        # fail here, with one message, when the port is taken (a plain bind also refuses a port held
        # by a SO_REUSEPORT group, e.g. another `scanner serve`); the processes then join one group
        listen_socket(settings.host, settings.port, reuse_port=False).close()
        shared = None
    else:
        shared = listen_socket(settings.host, settings.port, reuse_port=False)

    stopping = []

    def stop(signum, _frame):
        stopping.append(signum)

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}

    def start():
        ready = ctx.Event()
        p = ctx.Process(target=worker_main, args=(settings, log_level, shared, ready), name="scanner-serve", daemon=False)
        p.start()
        return p, ready, time.monotonic()

    procs = [start() for _ in range(workers)]
    restarts: list[float] = []
    failure = ""
    try:
        while not stopping and not failure:
            wait([p.sentinel for p, _, _ in procs], timeout=1.0)
            for i, (p, ready, started) in enumerate(procs):
                if p.exitcode is None:
                    if not ready.is_set() and time.monotonic() - started > START_TIMEOUT:
                        failure = f"a server process did not start within {START_TIMEOUT} s"
                    continue
                if stopping:
                    break
                if not ready.is_set():
                    failure = f"a server process stopped during start-up (exit code {p.exitcode})"
                    break
                now = time.monotonic()
                restarts = [t for t in restarts if now - t < RESTART_WINDOW] + [now]
                if len(restarts) > RESTARTS:
                    failure = f"server processes keep stopping ({len(restarts)} in {RESTART_WINDOW:.0f} s; last exit code {p.exitcode})"
                    break
                print(f"scanner serve: 服务进程 {p.pid} 已退出（退出码 {p.exitcode}），正在重启 · server process {p.pid} "
                      f"stopped (exit code {p.exitcode}); starting another", file=sys.stderr, flush=True)
                procs[i] = start()
    finally:
        for p, _, _ in procs:
            if p.exitcode is None:
                p.terminate()  # SIGTERM: uvicorn finishes the requests in flight
        deadline = time.monotonic() + 30
        for p, _, _ in procs:
            p.join(max(0.1, deadline - time.monotonic()))
            if p.exitcode is None:
                p.kill()
                p.join(5)
        if shared is not None:
            shared.close()
        for s, h in old.items():
            signal.signal(s, h)
    if failure:
        raise ScannerError(failure)
