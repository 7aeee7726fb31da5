"""Load benchmark of `banan serve` on loopback: throughput, latency, errors, memory.

Run by hand (this is not a test):

    python bench/bench_server.py [PATH_TO_TEXT] [--workers 2] [--clients 8] [--duration 30]
    python bench/bench_server.py [PATH_TO_TEXT] --cold --words 300   # every paragraph new

PATH_TO_TEXT defaults to ../shared/data/clean-news.dev.txt relative to the
repository root (the evaluation sets live beside the repository and are read by
path, never copied).

What it does, bounded in time and count:

1. Builds 500-word articles from consecutive lines of the text (64 of them, sent in
   turn; with --cold, every article the text holds, each sent once).
2. Starts `banan serve` as a subprocess (uvicorn, N worker processes) on a free
   loopback port with a throw-away dictionary, and waits for /v2/healthcheck.
3. Warms up, then runs C client threads, each with its own keep-alive connection,
   posting articles to /v2/check (form-encoded, language=bn-BD, as LanguageTool
   clients do; each body is encoded once up front) until the duration is over or
   --max-requests is reached.
4. Samples the memory of the server's whole process tree (uvicorn's supervisor and its
   workers) every 0.2 s: the sum of their RSS, which counts a page the workers share (the
   memory-mapped lexicon and its tables) once per worker, and the sum of their PSS
   (proportional set size: a shared page split between its sharers), the memory the
   server takes from the machine, which the target applies to (RSS where the platform
   has no PSS), and, once the clients have run for a while, how many of their
   connections each worker holds.
5. Times `banan.check` on the same articles in this process (one core), the peer
   figure: what the server adds on top of the engine is the ratio between the two.
   With --cold the peer checks each article once, after warming up on other text, and
   is timed in CPU time, like the server's CPU per request.

Cold (--cold): each request is an article no worker has seen (the server warms up on
other articles of the text first), as when people check new writing; the run ends
when the articles run out (the news set holds about 440 of 300 words). The figure to
read is the server's CPU time per request.

Prints an aligned table and one JSON line with every figure. Targets: p99 <= 50 ms,
server memory <= 400 MB, no errors; with --cold, at most 5 ms of server CPU a request
for 300-word articles. The clients share the machine with the server (2 cores here),
so their own CPU use is part of what is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil

import banan

TARGET_P99_MS = 50.0
TARGET_RSS_MB = 400.0
TARGET_COLD_CPU_MS = 5.0  # server CPU per request, --cold, 300-word articles
REPO = Path(__file__).resolve().parent.parent


def articles(path: Path, words: int, limit: int) -> list[str]:
    """Up to `limit` articles of exactly `words` words, from consecutive lines."""
    out: list[str] = []
    current: list[str] = []
    lines: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            lines.append(line)
            current.extend(line.split())
            if len(current) >= words:
                # Keep the lines as written; cut the last one to reach the word count.
                excess = len(current) - words
                if excess:
                    lines[-1] = " ".join(lines[-1].split()[:-excess])
                out.append("\n".join(lines))
                lines, current = [], []
                if len(out) >= limit:
                    break
    if not out:
        raise SystemExit(f"{path}: not enough text for one {words}-word article")
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def tree_pss(proc: psutil.Process) -> int:
    """The PSS of the process tree (each shared page split between its sharers); the RSS
    where the platform gives no PSS."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            info = p.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            pass
    return total


def tree_cpu(proc: psutil.Process) -> float:
    """CPU seconds (user + system) used so far by the process tree."""
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def worker_connections(proc: psutil.Process, port: int) -> list[int]:
    """How many client connections each worker holds (workers holding none left out)."""
    counts = []
    for p in proc.children(recursive=True):
        try:
            n = sum(1 for c in p.net_connections("tcp") if c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port)
        except psutil.Error:
            continue
        if n:
            counts.append(n)
    return sorted(counts, reverse=True)


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "clean-news.dev.txt")
    ap.add_argument("--workers", type=int, default=2, help="server worker processes (default 2)")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load (default 30, at most 120)")
    ap.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests in all")
    ap.add_argument("--words", type=int, default=500, help="words per article (default 500)")
    ap.add_argument(
        "--warm",
        action="store_true",
        help="before timing, send every article twice per server worker (caches warm, as for an "
        "editor re-checking the same text); without it the first check of each article in each "
        "worker is part of the figures",
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="every request a new article, none repeated (see above); the run ends when they run out",
    )
    ap.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="requests per second per client, each client on a fixed schedule (default 0: as fast as "
        "the server answers, i.e. saturation). Latency then counts from the scheduled send time, "
        "so a late send is not hidden (no coordinated omission)",
    )
    args = ap.parse_args()
    duration = min(args.duration, 120.0)

    if args.warm and args.cold:
        raise SystemExit("--warm and --cold exclude each other")
    texts = articles(args.path, args.words, 100_000 if args.cold else 64)
    warm_up_texts = texts[: 4 * args.workers]
    if args.cold:  # the warm-up's articles are not sent again
        texts = texts[len(warm_up_texts) :]
        if not texts:
            raise SystemExit(f"{args.path}: not enough text for --cold")
    load_before = os.getloadavg()[0]  # other work on the machine skews latency: say how much there was
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    tmp = tempfile.mkdtemp(prefix="banan-bench-")
    cmd = [
        sys.executable,
        "-m",
        "banan",
        "serve",
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--isolated",
        "--dictionary",
        os.path.join(tmp, "words.sqlite3"),
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(cmd, cwd=tmp)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/v2/healthcheck", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start")
            time.sleep(0.1)
        ps = psutil.Process(server.pid)
        time.sleep(1.0)  # let every worker finish starting
        idle_rss, idle_pss = tree_rss(ps), tree_pss(ps)

        # Warm-up: every worker imports and compiles its rules on first use.
        with httpx.Client(base_url=url, timeout=30) as http:
            for text in warm_up_texts:
                http.post("/v2/check", data={"language": "bn-BD", "text": text}).raise_for_status()

        latencies: list[list[float]] = [[] for _ in range(args.clients)]
        errors: list[str] = []
        matches = [0]
        if args.warm:
            bodies_warm = [urlencode({"language": "bn-BD", "text": t}).encode("ascii") for t in texts]
            with httpx.Client(base_url=url, timeout=60) as http:
                for _ in range(2 * args.workers):
                    for b in bodies_warm:
                        http.post("/v2/check", content=b, headers={"Content-Type": "application/x-www-form-urlencoded"})
        budget = threading.Semaphore(args.max_requests)
        stop_at = time.monotonic() + duration
        peak_rss = [tree_rss(ps)]
        peak_pss = [tree_pss(ps)]
        done = threading.Event()

        # Bodies encoded once, so the clients spend their share of the CPU on HTTP only.
        bodies = [urlencode({"language": "bn-BD", "text": text}).encode("ascii") for text in texts]
        form = {"Content-Type": "application/x-www-form-urlencoded"}

        next_body = iter(range(len(bodies)))  # --cold: each article once, whichever client is free
        take_lock = threading.Lock()

        def take(n: int) -> bytes | None:
            if not args.cold:
                return bodies[n % len(bodies)]
            with take_lock:
                k = next(next_body, None)
            return None if k is None else bodies[k]

        def client(i: int) -> None:
            with httpx.Client(base_url=url, timeout=30) as http:
                n = i
                period = 1.0 / args.rate if args.rate > 0 else 0.0
                scheduled = time.perf_counter() + (i * period / max(1, args.clients))
                while time.monotonic() < stop_at and budget.acquire(blocking=False):
                    body = take(n)
                    if body is None:
                        break
                    n += args.clients
                    if period:
                        pause = scheduled - time.perf_counter()
                        if pause > 0:
                            time.sleep(pause)
                        t0 = scheduled
                        scheduled += period
                    else:
                        t0 = time.perf_counter()
                    try:
                        r = http.post("/v2/check", content=body, headers=form)
                        elapsed = time.perf_counter() - t0
                        if r.status_code != 200:
                            errors.append(f"{r.status_code} {r.text[:80]}")
                            continue
                        matches[0] += len(r.json()["matches"])
                    except httpx.HTTPError as exc:
                        errors.append(repr(exc))
                        continue
                    latencies[i].append(elapsed)

        def sample() -> None:
            while not done.wait(0.2):
                peak_rss[0] = max(peak_rss[0], tree_rss(ps))
                peak_pss[0] = max(peak_pss[0], tree_pss(ps))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        server_cpu0, client_cpu0 = tree_cpu(ps), time.process_time()
        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        time.sleep(min(2.0, duration / 4))
        per_worker = worker_connections(ps, port)
        for t in threads:
            t.join(duration + 60)
        wall = time.monotonic() - started
        server_cpu, client_cpu = tree_cpu(ps) - server_cpu0, time.process_time() - client_cpu0
        done.set()
        sampler.join()
        final_rss = tree_rss(ps)
        processes = 1 + len(ps.children(recursive=True))
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()

    lat = sorted(x for per in latencies for x in per)
    p50s = [statistics.median(per) for per in latencies if per]
    count = len(lat)

    # The peer: the engine alone on the same articles, in this process.
    if args.cold:  # each article once, after a warm-up on others; CPU time
        for text in warm_up_texts:
            banan.check(text)
        direct, direct_cpu = [], 0.0
        for text in texts[:count]:
            t0, c0 = time.perf_counter(), time.process_time()
            banan.check(text)
            direct.append(time.perf_counter() - t0)
            direct_cpu += time.process_time() - c0
        direct_cpu_ms = direct_cpu / max(1, len(direct)) * 1000
    else:
        for text in texts:  # warm-up: first calls compile patterns and fill caches
            banan.check(text)
        direct = []
        c0 = time.process_time()
        for _ in range(3):
            for text in texts:
                t0 = time.perf_counter()
                banan.check(text)
                direct.append(time.perf_counter() - t0)
        direct_cpu_ms = (time.process_time() - c0) / len(direct) * 1000
    direct.sort()
    direct_p50 = statistics.median(direct) if direct else float("nan")

    figures = {
        "load_average_before": round(load_before, 2),
        "workers": args.workers,
        "clients": args.clients,
        "rate_per_client": args.rate,
        "warm": args.warm,
        "cold": args.cold,
        "duration_s": round(wall, 1),
        "words_per_article": args.words,
        "articles": len(texts),
        "requests": count,
        "errors": len(errors),
        "rps": round(count / wall, 1),
        "words_per_s": round(count * args.words / wall),
        "p50_ms": round(percentile(lat, 50) * 1000, 2),
        "p90_ms": round(percentile(lat, 90) * 1000, 2),
        "p99_ms": round(percentile(lat, 99) * 1000, 2),
        "max_ms": round(lat[-1] * 1000, 2) if lat else None,
        "matches_per_request": round(matches[0] / count, 2) if count else None,
        "server_cpu_ms_per_request": round(server_cpu / count * 1000, 2) if count else None,
        "client_cpu_ms_per_request": round(client_cpu / count * 1000, 2) if count else None,
        "server_processes": processes,
        "connections_per_worker": per_worker,
        # Each client's median latency, fastest and slowest client: far apart when the
        # workers hold uneven shares of the connections.
        "client_p50_min_max_ms": [round(min(p50s) * 1000, 2), round(max(p50s) * 1000, 2)] if p50s else None,
        "server_rss_idle_mb": round(idle_rss / 2**20, 1),
        "server_rss_peak_mb": round(peak_rss[0] / 2**20, 1),
        "server_rss_end_mb": round(final_rss / 2**20, 1),
        "server_pss_idle_mb": round(idle_pss / 2**20, 1),
        "server_pss_peak_mb": round(peak_pss[0] / 2**20, 1),
        "direct_check_p50_ms": round(direct_p50 * 1000, 2),
        "direct_check_p99_ms": round(percentile(direct, 99) * 1000, 2),
        "direct_check_cpu_ms": round(direct_cpu_ms, 2),
        "server_p50_over_direct": round(percentile(lat, 50) / direct_p50, 1) if lat else None,
    }
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, text {args.path.name}, "
        f"load average before/after: {load_before:.2f}/{os.getloadavg()[0]:.2f}"
    )
    rows = [
        ("requests / s", f"{figures['rps']}", ""),
        (
            "latency p50 / p90 / p99 / max (ms)",
            f"{figures['p50_ms']} / {figures['p90_ms']} / {figures['p99_ms']} / {figures['max_ms']}",
            f"target p99 <= {TARGET_P99_MS:g}",
        ),
        ("errors", f"{figures['errors']} of {count}", "target 0"),
        (
            "CPU per request: server / clients (ms)",
            f"{figures['server_cpu_ms_per_request']} / {figures['client_cpu_ms_per_request']}",
            f"target server <= {TARGET_COLD_CPU_MS:g} (cold, 300 words)" if args.cold else "",
        ),
        ("clients' connections per worker", " / ".join(map(str, per_worker)), "a while after the start"),
        ("p50 of the fastest / slowest client (ms)", " / ".join(map(str, figures["client_p50_min_max_ms"] or [])), ""),
        (
            "server PSS idle / peak (MB, all processes)",
            f"{figures['server_pss_idle_mb']} / {figures['server_pss_peak_mb']} ({processes} processes)",
            f"target <= {TARGET_RSS_MB:g}",
        ),
        (
            "server RSS idle / peak (MB, summed)",
            f"{figures['server_rss_idle_mb']} / {figures['server_rss_peak_mb']}",
            "shared pages counted once per process",
        ),
        (
            "peer: banan.check in-process p50 / p99 (ms)",
            f"{figures['direct_check_p50_ms']} / {figures['direct_check_p99_ms']}",
            f"server p50 = {figures['server_p50_over_direct']}x",
        ),
        ("peer: banan.check CPU per article (ms)", f"{figures['direct_check_cpu_ms']}", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<36} {note}")
    if errors:
        print("first errors:", errors[:5])
    print(json.dumps(figures))
    fast = (
        (figures["server_cpu_ms_per_request"] or float("inf")) <= TARGET_COLD_CPU_MS
        if args.cold
        else figures["p99_ms"] <= TARGET_P99_MS
    )
    ok = figures["errors"] == 0 and fast and figures["server_pss_peak_mb"] <= TARGET_RSS_MB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
