"""Where a server worker's time goes on /v2/check, and its garbage-collection pauses.

Run by hand (this is not a test):

    python bench/bench_server_stages.py [PATH_TO_TEXT] [--words 300] [--count 200]

Builds the app in this process as a worker does (`create_app`: warm-up with the
server's default common words, then `gc.freeze()`), then sends it form-encoded
/v2/check requests as ASGI calls (no socket, no uvicorn): `--count` paragraphs of
`--words` words from consecutive lines of the text, each new to the process (cold),
then the same paragraphs again (warm). For each it reports the CPU time
(`time.process_time`) per request of:

- the whole request through the ASGI app (routing, middleware, everything but HTTP
  parsing and the socket);
- its stages, timed separately on the same requests: reading the form body and the
  parameters, `banan.check` with the request's rules, building the LanguageTool answer
  (positions in UTF-16, context, sentence), and encoding it as JSON.

Garbage collection: every collection during the timed requests is timed with
`gc.callbacks` and reported by generation (count, median, slowest, total per
request); `--full` also times one full collection of the warmed worker with and
without its frozen objects.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_server import REPO, articles  # noqa: E402

from banan.server import app as server_app  # noqa: E402
from banan.server.protocol import parse_check  # noqa: E402
from banan.server.settings import Settings  # noqa: E402


class Pauses:
    """Every collection's wall time, by generation, while `on`."""

    def __init__(self) -> None:
        self.on = False
        self.times: list[tuple[int, float, float]] = []  # generation, CPU s, wall s
        self._start = (0.0, 0.0)
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if not self.on:
            return
        if phase == "start":
            self._start = (time.thread_time(), time.perf_counter())
        else:
            cpu, wall = self._start
            self.times.append((info["generation"], time.thread_time() - cpu, time.perf_counter() - wall))

    def report(self, requests: int) -> str:
        parts = []
        for generation in (0, 1, 2):
            cpu = sorted(c for g, c, _ in self.times if g == generation)
            wall = sorted(w for g, _, w in self.times if g == generation)
            if cpu:
                parts.append(
                    f"\n    gen {generation}: {len(cpu)} ({len(cpu) / requests:.2f} a request), CPU median "
                    f"{statistics.median(cpu) * 1000:.2f} ms, slowest {cpu[-1] * 1000:.2f} ms "
                    f"(wall {wall[-1] * 1000:.2f} ms), {sum(cpu) / requests * 1000:.3f} ms a request"
                )
        return "".join(parts) or "none"


def _scope(body: bytes) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v2/check",
        "raw_path": b"/v2/check",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1:8081"),
            (b"content-type", b"application/x-www-form-urlencoded"),
            (b"content-length", str(len(body)).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8081),
    }


async def _post_all(app: Any, bodies: list[bytes]) -> None:
    """POST /v2/check each body in turn through the ASGI app, as uvicorn calls it."""
    for body in bodies:
        sent: list[dict[str, Any]] = []

        async def receive(body: bytes = body) -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any], sent: list[dict[str, Any]] = sent) -> None:
            sent.append(message)

        await app(_scope(body), receive, send)
        if sent[0]["status"] != 200:
            raise SystemExit(f"/v2/check answered {sent[0]['status']}")


def stages(app: Any, settings: Settings, bodies: list[bytes]) -> dict[str, float]:
    """CPU ms per request of each stage, on these bodies."""
    api = app.state.api
    total = {"parse": 0.0, "check": 0.0, "answer": 0.0, "json": 0.0}
    clock = time.process_time
    for body in bodies:
        t0 = clock()
        req = parse_check(server_app._parse_body(body), settings.max_text_length)
        t1 = clock()
        found = api.checker.diagnostics(req, api.store.accepted(api._dicts_for(req)))
        t2 = clock()
        payload = api.checker.response(req, found)
        t3 = clock()
        server_app._json(payload)
        t4 = clock()
        total["parse"] += t1 - t0
        total["check"] += t2 - t1
        total["answer"] += t3 - t2
        total["json"] += t4 - t3
    return {k: v / len(bodies) * 1000 for k, v in total.items()}


def whole(app: Any, bodies: list[bytes]) -> float:
    t0 = time.process_time()
    asyncio.run(_post_all(app, bodies))
    return (time.process_time() - t0) / len(bodies) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "clean-news.dev.txt")
    ap.add_argument("--words", type=int, default=300, help="words per paragraph (default 300)")
    ap.add_argument("--count", type=int, default=200, help="paragraphs of each half (default 200)")
    ap.add_argument("--full", action="store_true", help="also time full collections of the warmed worker")
    ap.add_argument(
        "--gc-threshold",
        type=int,
        default=0,
        help="set the young generation's threshold after start (0: the worker's own)",
    )
    args = ap.parse_args()

    texts = articles(args.path, args.words, 2 * args.count)
    if len(texts) < 2 * args.count:
        raise SystemExit(f"{args.path}: only {len(texts)} paragraphs of {args.words} words")
    form = [urlencode({"language": "bn-BD", "text": t}).encode("ascii") for t in texts]
    whole_bodies, stage_bodies = form[: args.count], form[args.count :]

    settings = Settings(dictionary=tempfile.mktemp(prefix="banan-bench-", suffix=".sqlite3"))
    t0 = time.process_time()
    app = server_app.create_app(settings)
    print(f"worker start (warm-up of {settings.warm_words} common words): {time.process_time() - t0:.2f} s CPU")
    if args.full:
        for _ in range(3):
            t = time.thread_time()
            gc.collect()
            frozen = time.thread_time() - t
            gc.unfreeze()
            t = time.thread_time()
            gc.collect()
            unfrozen = time.thread_time() - t
            gc.freeze()
            print(
                f"full collection, CPU: {frozen * 1000:.1f} ms with the warm-up frozen, {unfrozen * 1000:.1f} without"
            )

    if args.gc_threshold:
        gc.set_threshold(args.gc_threshold, *gc.get_threshold()[1:])
    print(f"collector thresholds: {gc.get_threshold()}")
    pauses = Pauses()
    pauses.on = True
    cold_whole = whole(app, whole_bodies)  # half the paragraphs through the app,
    cold = stages(app, settings, stage_bodies)  # the other half stage by stage
    print(f"\n{args.count} + {args.count} new paragraphs of {args.words} words (cold), CPU ms a request:")
    print(f"  whole request through the app: {cold_whole:.2f}")
    print("  stages: " + ", ".join(f"{k} {v:.2f}" for k, v in cold.items()) + f" (sum {sum(cold.values()):.2f})")
    print(f"  garbage collections: {pauses.report(2 * args.count)}")

    pauses.times.clear()
    warm_whole = whole(app, form)
    warm = stages(app, settings, form)
    print("\nthe same paragraphs again (warm), each way, CPU ms a request:")
    print(f"  whole request through the app: {warm_whole:.2f}")
    print("  stages: " + ", ".join(f"{k} {v:.2f}" for k, v in warm.items()) + f" (sum {sum(warm.values()):.2f})")
    print(f"  garbage collections: {pauses.report(2 * len(form))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
