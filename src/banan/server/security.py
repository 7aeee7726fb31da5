"""What guards the server against the web: the Host check, CORS for checking only,
security headers, a per-client limit on writes, and keys kept out of the access log.

The threat model is in docs/server.md: the server is self-hosted, often on a user's own
machine; web pages the user visits may send it requests (so a DNS name rebound to
127.0.0.1 must not reach it, and pages of other origins may check text but not write to
the word lists), and anyone who can reach its port may send anything.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
import time
from collections.abc import Iterable

from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "CORS_PATHS",
    "CorsForChecking",
    "HostCheck",
    "RedactKeys",
    "SecurityHeaders",
    "WriteLimiter",
    "default_allowed_hosts",
    "install_log_redaction",
]

log = logging.getLogger("banan.server")

# What LanguageTool clients in a browser (the add-on, web editors) call: checking only.
CORS_PATHS = frozenset({"/v2/check", "/v2/languages"})
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
# The editor's page: its own scripts and styles only, no framing, no referrer.
EDITOR_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def default_allowed_hosts(bound: str) -> tuple[str, ...]:
    """The Host names accepted by default for a server bound to `bound`: the loopback
    names on a loopback address, the address itself on another; any name ('*') on all
    interfaces (0.0.0.0, ::), where the server's public name is not known."""
    if bound in ("0.0.0.0", "::", ""):
        return ("*",)
    if _is_loopback(bound):
        return LOOPBACK_NAMES
    return (bound.strip("[]"),)


def _host_name(value: str) -> str:
    """The name of a Host header, without the port: 'localhost:8081' -> 'localhost',
    '[::1]:8081' -> '::1'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class HostCheck:
    """Refuses a request whose Host header names none of the allowed hosts (400), so
    that a web page whose DNS name was rebound to this address cannot reach the server."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(_host_name(h) for h in allowed)
        self.any = "*" in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self.any:
            host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
            if _host_name(host) not in self.allowed:
                response = PlainTextResponse(
                    "Error: Invalid Host header; start the server with --allowed-host to accept this name",
                    status_code=400,
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class CorsForChecking:
    """CORS headers, and answers to preflight requests, on the checking endpoints only:
    a page of another origin may check text but gets no way to read or change word lists."""

    def __init__(self, app: ASGIApp, origin: str) -> None:
        self.app = app
        self.cors = CORSMiddleware(app, allow_origins=[origin], allow_methods=["GET", "POST"], allow_headers=["*"])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in CORS_PATHS:
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


class SecurityHeaders:
    """nosniff on every answer; on the editor (any text/html), a content security
    policy, no framing and no referrer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                content_type = next((v for k, v in headers if k == b"content-type"), b"")
                if content_type.startswith(b"text/html"):
                    headers += [
                        (b"content-security-policy", EDITOR_POLICY.encode()),
                        (b"x-frame-options", b"DENY"),
                        (b"referrer-policy", b"no-referrer"),
                    ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class WriteLimiter:
    """A token bucket per client address for changes to the word lists, counted in
    words: `burst` words at once, then `rate` words a second. In-process: each worker
    of a multi-worker server keeps its own buckets."""

    MAX_CLIENTS = 10_000

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, when)
        self._lock = threading.Lock()

    def take(self, client: str, words: int) -> float:
        """Spend `words` tokens of the client's bucket: 0 when allowed, else the seconds
        to wait before the same request would be."""
        now = time.monotonic()
        with self._lock:
            tokens, when = self._buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - when) * self.rate)
            if words > tokens:
                self._buckets[client] = (tokens, now)
                return (min(words, self.burst) - tokens) / self.rate if self.rate else float("inf")
            if len(self._buckets) >= self.MAX_CLIENTS and client not in self._buckets:
                self._forget_full(now)
            self._buckets[client] = (tokens - words, now)
            return 0.0

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have refilled: they hold nothing a new one would not."""
        for c, (t, w) in list(self._buckets.items()):
            if t + (now - w) * self.rate >= self.burst:
                del self._buckets[c]
        if len(self._buckets) >= self.MAX_CLIENTS:  # all busy: forget the oldest half
            for c in sorted(self._buckets, key=lambda c: self._buckets[c][1])[: self.MAX_CLIENTS // 2]:
                del self._buckets[c]


_SECRET_PARAM = re.compile(r"(?i)((?:^|[?&])(?:apiKey|password)=)[^&\s]*")


class RedactKeys(logging.Filter):
    """Replaces the value of apiKey and password in the URLs of log records (uvicorn's
    access log records the request line, query string included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_SECRET_PARAM.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = _SECRET_PARAM.sub(r"\1***", record.msg)
        return True


def install_log_redaction() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactKeys) for f in access.filters):
        access.addFilter(RedactKeys())
