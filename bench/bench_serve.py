#!/usr/bin/env python3
"""Benchmark: `scanner serve` on loopback, C concurrent `POST /api/check` of ~250-character
listings (the full check: findings and fixed text); throughput, p50/p99 latency (measured by the
client, from sending a request to reading its whole answer), the server's CPU per check, how the
connections were spread over the server processes, and the server's memory over the run.

    .venv/bin/python bench/bench_serve.py --workers 2            # 10,000 requests, 200 at a time
    .venv/bin/python bench/bench_serve.py --workers 2 --client python

The load: `wrk` (a C load generator, one thread; Debian/Ubuntu: `apt-get install wrk`) with a Lua
script that posts the listings in turn and stops after --n answers; without wrk, an asyncio
(aiohttp) client in this process, which takes more of the cores the server runs on (client CPU
per check is printed), so its figures are a floor. Memory: RSS of the server process(es),
sampled during the run — flat means no per-request growth.
"""
import argparse
import asyncio
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_scan import records  # noqa: E402  (the same ~250-character listings as the scan benchmark)


def texts(n: int) -> list[str]:
    out = []
    for r in records(n, seed=11):
        t = (r["title"] + " " + r.get("description", ""))[:250]
        out.append(t)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_procs(p: psutil.Process) -> list[psutil.Process]:
    try:
        return [p] + p.children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def rss_mb(p: psutil.Process) -> float:
    return sum(q.memory_info().rss for q in server_procs(p)) / 2**20


def connections(p: psutil.Process, port: int) -> list[int]:
    """How many client connections each server process holds (the work distribution: a keep-alive
    connection stays with the process that accepted it)."""
    out = []
    for q in server_procs(p):
        try:
            n = sum(1 for c in q.net_connections(kind="tcp") if c.laddr and c.laddr.port == port and c.raddr
                    and c.status == psutil.CONN_ESTABLISHED)
        except psutil.Error:
            continue
        if n:
            out.append(n)
    return sorted(out)


def listening(p: psutil.Process, port: int) -> int:
    """How many server processes listen on the port (with --workers N each opens its own socket once warm)."""
    n = 0
    for q in server_procs(p)[1:]:
        try:
            n += any(c.laddr and c.laddr.port == port and c.status == psutil.CONN_LISTEN for c in q.net_connections(kind="tcp"))
        except psutil.Error:
            pass
    return n


def cpu_s(p: psutil.Process) -> float:
    t = 0.0
    for q in server_procs(p):
        try:
            c = q.cpu_times()
            t += c.user + c.system
        except psutil.NoSuchProcess:
            pass
    return t


async def load(url: str, bodies: list[str], concurrency: int, proc: psutil.Process, port: int, sample_every: int = 1000):
    """The load: aiohttp (a light client, so that the client takes less of the shared cores)."""
    import aiohttp

    lat: list[float] = []
    mem: list[tuple[int, float]] = []
    split: list[int] = []
    errors = 0
    it = iter(enumerate(bodies))
    conn = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(url, connector=conn, timeout=aiohttp.ClientTimeout(total=60)) as c:
        async def worker():
            nonlocal errors
            for i, text in it:
                t0 = time.perf_counter()
                async with c.post("/api/check", json={"title": text}) as r:
                    await r.read()
                    lat.append(time.perf_counter() - t0)
                    if r.status != 200:
                        errors += 1
                if i % sample_every == 0:
                    mem.append((i, rss_mb(proc)))
                    if i and not split:
                        split.extend(connections(proc, port))
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return lat, mem, errors, wall, split


WRK_SCRIPT = r"""
local bodies, i, answered, limit = {}, 0, 0, 0
function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  limit = tonumber(args[2])
end
function request()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/check", {["Content-Type"] = "application/json"}, bodies[i])
end
function response(status, headers, body)
  answered = answered + 1
  if answered == limit then
    io.write("ANSWERED\n")  -- wrk's main thread sleeps out -d: the benchmark interrupts it (SIGINT) on this line
    io.stdout:flush()
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests": %d, "us": %d, "errors": %d, "p50_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(99), latency.max))
end
"""


def load_wrk(url: str, bodies: list[str], concurrency: int, proc: psutil.Process, port: int) -> dict:
    """The load from wrk (a separate C process, one thread): the bodies in turn until len(bodies)
    answers. RSS and the connections per server process are sampled meanwhile."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-wrk-"))
    (tmp / "bodies.jsonl").write_text("".join(json.dumps({"title": b}, ensure_ascii=False) + "\n" for b in bodies),
                                     encoding="utf-8")
    (tmp / "post.lua").write_text(WRK_SCRIPT, encoding="utf-8")
    mem: list[tuple[float, float]] = []
    split: list[int] = []
    stop = threading.Event()

    def sample():
        t0 = time.perf_counter()
        while not stop.wait(0.5):
            mem.append((time.perf_counter() - t0, rss_mb(proc)))
            now = connections(proc, port)
            if sum(now) > sum(split):  # once every connection is up (wrk takes a moment to start)
                split[:] = now

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    th = threading.Thread(target=sample, daemon=True)
    th.start()
    try:
        p = subprocess.Popen(["wrk", "-t1", f"-c{concurrency}", "-d600s", "--timeout", "60s", "-s", str(tmp / "post.lua"),
                              url + "/api/check", "--", str(tmp / "bodies.jsonl"), str(len(bodies))],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines = []
        for x in p.stdout:
            lines.append(x)
            if x.startswith("ANSWERED"):
                p.send_signal(signal.SIGINT)  # wrk then prints its summary (and our done() line) and exits
        err = p.stderr.read()
        p.wait(60)
    finally:
        stop.set()
        th.join()
        shutil.rmtree(tmp, ignore_errors=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    line = next((x for x in lines if x.startswith("WRK ")), None)
    if line is None:
        raise SystemExit("wrk failed: " + (err or "".join(lines))[-2000:])
    w = json.loads(line[4:])
    n, wall = w["requests"], w["us"] / 1e6
    return {"requests": n, "errors": w["errors"], "seconds": round(wall, 2), "checks_per_s": round(n / wall, 1),
            "p50_ms": round(w["p50_us"] / 1000, 1), "p99_ms": round(w["p99_us"] / 1000, 1),
            "max_ms": round(w["max_us"] / 1000, 1),
            "client_cpu_ms_per_check": round((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / n * 1000, 2),
            "connections_per_process": split, "mem": [m for _, m in mem]}


def load_python(url: str, bodies: list[str], concurrency: int, proc: psutil.Process, port: int) -> dict:
    me0 = time.process_time()
    lat, mem, errors, wall, split = asyncio.run(load(url, bodies, concurrency, proc, port))
    client_cpu = time.process_time() - me0
    lat.sort()
    pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000  # noqa: E731
    return {"requests": len(lat), "errors": errors, "seconds": round(wall, 2), "checks_per_s": round(len(lat) / wall, 1),
            "p50_ms": round(pct(0.50), 1), "p99_ms": round(pct(0.99), 1), "max_ms": round(lat[-1] * 1000, 1),
            "client_cpu_ms_per_check": round(client_cpu / len(lat) * 1000, 2),
            "connections_per_process": split, "mem": [m for _, m in mem]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--workers", type=int, default=1, help="server processes")
    ap.add_argument("--warmup", type=int, default=500)
    ap.add_argument("--client", choices=["auto", "wrk", "python"], default="auto",
                    help="the load generator: wrk when installed (auto), or the asyncio client in this process")
    args = ap.parse_args()
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "python"
        if client == "python":
            print("wrk not found (Debian/Ubuntu: apt-get install wrk): using the Python client, which shares "
                  "the cores with the server", file=sys.stderr)
    elif client == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian/Ubuntu: apt-get install wrk); or use --client python")
    run_load = load_wrk if client == "wrk" else load_python
    port = free_port()
    cache = tempfile.mkdtemp(prefix="bench-serve-")
    env = dict(os.environ, SCANNER_CACHE=os.environ.get("SCANNER_CACHE", str(ROOT / ".cache" / "bench-cache")))
    cmd = [sys.executable, "-m", "scanner", "serve", "--port", str(port), "--cache-dir", cache,
           "--workers", str(args.workers)]
    srv = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline or srv.poll() is not None:
                raise SystemExit("server did not start: " + srv.stderr.read().decode()[-2000:])
            time.sleep(0.3)
        proc = psutil.Process(srv.pid)
        while args.workers > 1 and listening(proc, port) < args.workers:  # every process warm and listening
            if time.time() > deadline or srv.poll() is not None:
                raise SystemExit("the server processes did not start: " + srv.stderr.read().decode()[-2000:])
            time.sleep(0.3)
        bodies = texts(args.n + args.warmup)
        print(f"250-char listings: {statistics.mean(len(b) for b in bodies):.0f} characters on average")
        run_load(url, bodies[:args.warmup], args.concurrency, proc, port)
        cpu0 = cpu_s(proc)
        res = run_load(url, bodies[args.warmup:], args.concurrency, proc, port)
        cpu = cpu_s(proc) - cpu0
        mem = res.pop("mem")
        out = {"client": client, "concurrency": args.concurrency, "server_processes": args.workers, **res,
               "server_cpu_ms_per_check": round(cpu / res["requests"] * 1000, 2),
               "server_rss_mb": [round(m, 1) for m in mem[:: max(1, len(mem) // 10)]],
               "rss_growth_mb": round(mem[-1] - mem[0], 1) if mem else None,
               "rss_growth_last_half_mb": round(mem[-1] - mem[len(mem) // 2], 1) if mem else None,
               "cores": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 1)}
        print(json.dumps(out, indent=1))
    finally:
        srv.terminate()
        try:
            srv.wait(20)
        except subprocess.TimeoutExpired:
            srv.kill()


if __name__ == "__main__":
    main()
