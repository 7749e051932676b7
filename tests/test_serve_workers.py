"""`scanner serve --workers N` as real processes on a free port: every process listens on its own
socket of a SO_REUSEPORT group (so the kernel spreads the connections over them, instead of the
process that wakes first taking a burst), a process that dies is replaced, a taken port is one
clear message, and every process freezes its heap once warm (no full collection walks the engine)
and makes full collections rarer."""
from __future__ import annotations

import gc
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from serveserver import free_port  # noqa: E402

from scanner.serve import server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TITLE = "山野 316不锈钢保温杯 全网最低价 国家级 治疗失眠 加微信 shanye888"
linux_only = pytest.mark.skipif(not server.BALANCED_ACCEPT, reason="the kernel spreads SO_REUSEPORT connections on Linux only")


def listeners(parent: psutil.Process, port: int) -> dict[int, list[str]]:
    """pid → the listening sockets (as 'socket:[inode]') each process of the server holds on the port."""
    out = {}
    for q in [parent] + parent.children():
        try:
            socks = [os.readlink(f"/proc/{q.pid}/fd/{c.fd}") for c in q.net_connections(kind="tcp")
                     if c.status == psutil.CONN_LISTEN and c.laddr.port == port and c.fd >= 0]
        except (psutil.Error, OSError):
            continue
        if socks:
            out[q.pid] = socks
    return out


def wait_listening(proc: subprocess.Popen, port: int, n: int, timeout: float = 300, not_pids=()) -> dict[int, list[str]]:
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + timeout
    while True:
        found = {pid: s for pid, s in listeners(parent, port).items() if pid != proc.pid}
        if len(found) >= n and not set(found) & set(not_pids):
            return found
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
        assert time.monotonic() < deadline, f"{n} server processes were not listening after {timeout} s: {found}"
        time.sleep(0.3)


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "scanner", "serve", "--port", str(port), "--workers", "2",
                          "--cache-dir", str(tmp_path_factory.mktemp("serve-workers"))],
                         cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_listening(p, port, 2)
        yield p, port
    finally:
        p.terminate()
        try:
            p.wait(60)
        except subprocess.TimeoutExpired:
            p.kill()


@linux_only
def test_each_process_has_its_own_socket_and_connections_reach_both(two):
    p, port = two
    socks = listeners(psutil.Process(p.pid), port)
    assert p.pid not in socks  # the supervisor only checked the port was free; it does not listen
    assert len(socks) == 2 and all(len(s) == 1 for s in socks.values())
    a, b = (s[0] for s in socks.values())
    assert a != b  # two sockets (one shared socket is what let one process take a whole burst)
    conns = [socket.create_connection(("127.0.0.1", port)) for _ in range(40)]
    try:
        for c in conns:  # a request on each, so each connection has been accepted
            c.sendall(f"GET /healthz HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n\r\n".encode())
        for c in conns:
            assert b"200" in c.recv(4096).split(b"\r\n", 1)[0]
        mine = {c.getsockname()[1] for c in conns}
        held = {pid: sum(1 for k in psutil.Process(pid).net_connections(kind="tcp")
                         if k.raddr and k.raddr.port in mine and k.laddr.port == port) for pid in socks}
    finally:
        for c in conns:
            c.close()
    assert sum(held.values()) == 40
    assert min(held.values()) >= 4, held  # both processes got a share (all but certain with a fair hash)


@linux_only
def test_a_process_that_dies_is_replaced(two):
    p, port = two
    before = wait_listening(p, port, 2)
    victim = min(before)
    os.kill(victim, signal.SIGKILL)
    after = wait_listening(p, port, 2, not_pids=(victim,))
    assert victim not in after and len(after) == 2 and p.poll() is None
    r = httpx.post(f"http://127.0.0.1:{port}/api/check", json={"title": TITLE}, timeout=30)
    assert r.status_code == 200 and r.json()["max_severity"] == "high"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_taken_port_is_one_clear_message(run_cli, tmp_path, workers):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out = run_cli("serve", "--port", port, "--workers", workers, "--cache-dir", tmp_path)
    assert code == 2 and "cannot listen on 127.0.0.1:" in out and "Traceback" not in out


def test_a_serving_process_freezes_its_heap_once_warm(tmp_path):
    from scanner.serve.app import Settings

    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    try:
        app = server.serving_app(Settings(cache_dir=str(tmp_path)))
        engine = app.state.s.scanner
        assert gc.get_freeze_count() > 100_000  # the engine's tables, not a handful of objects
        # no collection walks the engine any more: it is in none of the generations
        assert all(o is not engine for o in gc.get_objects())
        # full collections (which walk what the caches gather after start-up) are rarer; young ones are not
        assert gc.get_threshold() == (thresholds[0], thresholds[1], server.FULL_COLLECTION_EVERY)
        assert server.FULL_COLLECTION_EVERY > thresholds[2]
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert any(o is engine for o in gc.get_objects())  # (the check above can see it when it is not frozen)
