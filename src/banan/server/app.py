"""The ASGI app: LanguageTool's HTTP API v2 over banan, the word lists, the editor.

Every parameter is read as a form field from the body, whatever the Content-Type
says (ltex-ls sends form data labelled application/json), merged with the query
string, which wins on a clash, as LanguageTool does. Errors are plain text,
"Error: ...", with LanguageTool's status codes; hostile requests get a 4xx, never a
5xx or a hang: the body size is limited before it is read, reading it and checking it
each have a time limit.
"""

from __future__ import annotations

import binascii
import codecs
import gc
import json
import logging
import re
import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import __version__
from ..config import Config, load_config
from ..deadline import CheckTimeout, deadline
from ..engine import warm_up
from ..rules import all_rules
from .dictionary import TEAM, DictionaryError, WordStore, clean_word
from .protocol import LANGUAGES, ApiError, Checker, CheckRequest, parse_check, parse_language, software
from .rawform import is_unencoded, parse_unencoded
from .rulemap import RuleCatalog
from .security import CorsForChecking, HostCheck, SecurityHeaders, WriteLimiter, install_log_redaction
from .settings import Settings

__all__ = ["app_from_environment", "create_app"]

log = logging.getLogger("banan.server")
STATIC = Path(__file__).parent / "static"
MAX_FIELDS = 1000
MAX_BATCH_WORDS = 1000
MIN_MATCH_BYTES = 300  # no match of an answer takes less (its rule, context and sentence)
_WORD_METHODS = {"words/add": "POST", "words/delete": "POST"}
# A lone UTF-16 surrogate (from a JSON escape such as \ud800, or a decoder that let one
# through) is not a character: no UTF-8 answer can hold it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_surrogates(name: str, value: str) -> None:
    m = _SURROGATE.search(value)
    if m:
        raise ApiError(
            400,
            f"The parameter '{name}' holds a lone UTF-16 surrogate (U+{ord(m.group()):04X}) at character "
            f"{m.start()}: it is not valid Unicode text",
        )


class BodyTooLarge(Exception):
    pass


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    return PlainTextResponse(f"Error: {message}", status_code=status, headers=headers)


def _json(payload: Any, callback: str | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if callback:  # JSONP, as LanguageTool offers
        return Response(f"{callback}({body});", media_type="application/javascript")
    return Response(body, media_type="application/json")


class BodyLimit:
    """Refuses a body over the limit before reading it when Content-Length says so,
    and stops reading one that grows past it (chunked uploads)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                if not value.isdigit():
                    await _error(400, "Invalid Content-Length")(scope, receive, send)
                    return
                if int(value) > self.limit:
                    await self._too_large(scope, receive, send)
                    return
        received = 0

        async def limited() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge
            return message

        await self.app(scope, limited, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _error(413, f"The request is larger than this server's limit of {self.limit} bytes")(scope, receive, send)


class Api:
    """The endpoint handlers, sharing one checker and one word store."""

    def __init__(self, settings: Settings, config: Config, store: WordStore) -> None:
        self.settings = settings
        self.catalog = RuleCatalog(all_rules())  # every rule, so enabledRules can add one the config leaves out
        self.checker = Checker(config, self.catalog)
        self.store = store
        self.writes = WriteLimiter(settings.write_rate, settings.write_burst)
        # Checks off the event loop run in at most this many threads at once (the rest
        # wait their turn), so that many long texts do not start a thread each.
        self.check_threads = anyio.CapacityLimiter(settings.check_threads)

    # -- parameters ----------------------------------------------------------------
    async def params(self, request: Request) -> dict[str, str]:
        """Form fields from the body (any Content-Type) and the query string."""
        params: dict[str, str] = {}
        if request.method == "POST":
            try:
                with anyio.fail_after(self.settings.read_timeout):
                    if request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
                        form = await request.form(
                            max_files=0, max_fields=MAX_FIELDS, max_part_size=self.settings.request_limit
                        )
                        params = {k: v for k, v in form.multi_items() if isinstance(v, str)}
                    else:
                        params = _parse_body(await request.body())
            except TimeoutError:
                raise ApiError(
                    408, f"The request body did not arrive within {self.settings.read_timeout:g} s"
                ) from None
            except (HTTPException, MultiPartException) as exc:  # a malformed multipart body
                detail = getattr(exc, "detail", None) or getattr(exc, "message", "")
                raise ApiError(400, f"Could not parse the request body as form data: {detail}") from None
        params.update(_parse_form(request.url.query.encode("latin-1")))
        for name, value in params.items():
            refuse_surrogates(name, name)
            refuse_surrogates(name, value)
        return params

    # -- /v2/check -----------------------------------------------------------------
    async def check(self, request: Request) -> Response:
        params = await self.params(request)
        req = parse_check(params, self.settings.max_text_length)
        refuse_surrogates("data", req.document.original)  # a JSON escape in `data`
        try:
            if len(req.document.plain) <= self.settings.inline_text:  # see Settings.inline_text
                budget = min(self.settings.inline_seconds, self.settings.check_timeout)
                try:
                    return self._answer(self._check(req, budget), req)
                except CheckTimeout:
                    if budget >= self.settings.check_timeout:
                        raise
                # a costly text: checked again below, in a thread, with what this try judged kept
            with anyio.fail_after(self.settings.check_timeout):
                payload = await anyio.to_thread.run_sync(
                    self._check, req, abandon_on_cancel=True, limiter=self.check_threads
                )
        except (TimeoutError, CheckTimeout):
            if not req.allow_incomplete:
                raise ApiError(
                    413,
                    f"Checking this text took longer than this server's limit of {self.settings.check_timeout:g} s. "
                    "Please submit a shorter text.",
                ) from None
            payload = self.checker.response(req, [], incomplete_reason="The check timed out; no results returned")
        return self._answer(payload, req)

    def _answer(self, payload: dict[str, Any], req: CheckRequest) -> Response:
        response = _json(payload, req.callback)
        if len(response.body) > self.settings.response_limit:
            self._too_large(len(payload["matches"]), len(response.body))
        return response

    def _check(self, req: CheckRequest, seconds: float | None = None) -> dict[str, Any]:
        words = self.store.accepted(self._dicts_for(req))
        # The check stops itself at the time limit (a thread cannot be stopped from outside).
        with deadline(self.settings.check_timeout if seconds is None else seconds):
            found = self.checker.diagnostics(req, words)
        if len(found) * MIN_MATCH_BYTES > self.settings.response_limit:  # refused before it is built
            self._too_large(len(found), len(found) * MIN_MATCH_BYTES)
        return self.checker.response(req, found)

    def _too_large(self, matches: int, size: int) -> None:
        raise ApiError(
            413,
            f"The answer ({matches} matches, {'over ' if matches * MIN_MATCH_BYTES == size else ''}{size} bytes) "
            f"is larger than this server's limit of {self.settings.response_limit} bytes. "
            "Please submit a shorter text or disable some rules.",
        )

    def _dicts_for(self, req: CheckRequest) -> list[str]:
        """The team dictionary, and the one of the request's username and key."""
        names = [TEAM]
        if req.username and req.api_key:
            names.append(self.store.user_dict(req.username, req.api_key))
        return names

    # -- other read-only endpoints -------------------------------------------------
    async def languages(self, request: Request) -> Response:
        return _json([{"name": n, "code": c, "longCode": lc} for n, c, lc in LANGUAGES])

    async def info(self, request: Request) -> Response:
        return _json({"software": {**software(), "commit": None}})

    async def healthcheck(self, request: Request) -> Response:
        return PlainTextResponse("OK")

    async def maxtextlength(self, request: Request) -> Response:
        return PlainTextResponse(str(self.settings.max_text_length))

    async def configinfo(self, request: Request) -> Response:
        params = await self.params(request)
        parse_language(params.get("language"))
        return _json(
            {
                "software": {k: v for k, v in software().items() if k in ("name", "version", "buildDate", "premium")},
                "parameter": {"maxTextLength": self.settings.max_text_length},
                "rules": self.catalog.configinfo_rules(),
            }
        )

    async def unknown(self, request: Request) -> Response:
        action = request.path_params.get("action", "")
        if action in _WORD_METHODS:
            return _error(
                405, f"/v2/{action} needs a {_WORD_METHODS[action]} request", {"Allow": _WORD_METHODS[action]}
            )
        return _error(404, f"Unsupported action: '{action}'. See the README for the supported endpoints")

    # -- word lists ----------------------------------------------------------------
    def _dict_name(self, params: dict[str, str], name: str | None, *, write: bool) -> str:
        """The dictionary a /words request may use, after checking its credentials."""
        name = (name or "default").strip() or "default"
        username = (params.get("username") or "").strip()
        api_key = params.get("apiKey") or params.get("password") or ""
        if name == TEAM:
            team_key = self.settings.team_key()
            if not write or (team_key and api_key and _same(api_key, team_key)):
                return TEAM  # everyone may read the team's list
            if not team_key:
                raise ApiError(403, "The team dictionary is read-only: the server was started without an admin key")
            raise ApiError(403, "Changing the team dictionary needs the admin key as 'apiKey'")
        if name != "default":
            raise ApiError(400, f"Unknown dictionary '{name}': use 'default' (your own) or 'team'")
        if not username or not api_key:
            raise ApiError(400, "This end point needs a user id: send 'username' and 'apiKey'")
        return self.store.user_dict(username, api_key)

    async def words(self, request: Request) -> Response:
        params = await self.params(request)
        if "dict" in params:
            raise ApiError(400, "Use parameter 'dicts', not 'dict'")
        offset, limit = _int(params, "offset", 0, 0, 10**9), _int(params, "limit", 10, 0, 10_000)

        def run() -> list[str]:
            out: list[str] = []
            for name in (params.get("dicts") or "default").split(","):
                out.extend(self.store.list(self._dict_name(params, name, write=False), offset, limit))
            return out

        return _json({"words": await self._db(run)})

    def _limit_writes(self, request: Request, words: int) -> None:
        # A web page of another origin can send a form POST without asking (no CORS
        # preflight): a write that a browser marks as coming from another origin is refused.
        origin = request.headers.get("origin")
        if origin is not None and urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower():
            raise ApiError(403, "Changes to the word lists are refused from pages of another origin")
        client = request.client.host if request.client else ""
        wait = self.writes.take(client, words)
        if wait:
            raise ApiError(429, f"Too many changes to the word lists from this address; try again in {wait:.0f} s")

    async def words_add(self, request: Request) -> Response:
        params = await self.params(request)
        words = _words_param(params)
        self._limit_writes(request, len(words))
        added = await self._db(lambda: self.store.add(self._dict_name(params, params.get("dict"), write=True), words))
        return _json({"added": added > 0})

    async def words_delete(self, request: Request) -> Response:
        params = await self.params(request)
        words = _words_param(params)
        self._limit_writes(request, len(words))
        gone = await self._db(lambda: self.store.delete(self._dict_name(params, params.get("dict"), write=True), words))
        return _json({"deleted": gone > 0})

    async def _db(self, fn: Callable[[], Any]) -> Any:
        try:
            with anyio.fail_after(self.settings.check_timeout + 5):
                return await anyio.to_thread.run_sync(fn, abandon_on_cancel=True)
        except DictionaryError as exc:
            raise ApiError(400, str(exc)) from None
        except (TimeoutError, sqlite3.OperationalError) as exc:
            # The database stayed locked by other writers: ask the client to come back.
            log.warning("dictionary busy: %s", exc)
            raise ApiError(429, "The dictionary is busy; try again in a moment") from None

    # -- the editor ----------------------------------------------------------------
    async def editor(self, request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


def _same(a: str, b: str) -> bool:
    import hmac

    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Form encoding to quoted-printable: %XX becomes =XX, which binascii decodes in C.
_FORM_TO_QP = bytes.maketrans(b"%+", b"= ")


def _unquote(value: str) -> str:
    """Form decoding: + is a space, %XX a byte of UTF-8. On Bengali text (every letter
    three escapes) urllib's byte-by-byte unquote is the slowest step of a request, so
    the escapes go through a decoder in C; a stray % that starts no escape (curl -d
    does not encode) is kept as it is, as urllib would."""
    if "%" not in value:
        return value.replace("+", " ")
    if value.isascii():
        raw = value.encode("ascii")
        if b"=" not in raw and b"\n" not in raw and b"\r" not in raw:  # which quoted-printable reads its own way
            decoded = binascii.a2b_qp(raw.translate(_FORM_TO_QP))
            # Each escape is 2 bytes shorter decoded: a % that started none shows here.
            if len(raw) - len(decoded) == 2 * raw.count(b"%"):
                return decoded.decode("utf-8")
    value = value.replace("+", " ")
    try:
        # A literal backslash must not start an escape of its own.
        escaped = value.replace("\\", "\\\\") if "\\" in value else value
        raw = escaped.replace("%", "\\x").encode("utf-8")
        return codecs.escape_decode(raw)[0].decode("utf-8")  # type: ignore[attr-defined]
    except ValueError:  # an escape that is not %XX
        return _ESCAPES.sub(lambda m: bytes.fromhex(m.group().replace("%", "")).decode("utf-8"), value)


def _parse_body(body: bytes) -> dict[str, str]:
    """A POST body's fields: form encoding, or the unencoded text LibreOffice sends."""
    if is_unencoded(body):
        try:
            return parse_unencoded(body)
        except UnicodeDecodeError:
            raise ApiError(400, "The parameters are not valid UTF-8") from None
    return _parse_form(body)


def _parse_form(body: bytes) -> dict[str, str]:
    """application/x-www-form-urlencoded, as LanguageTool reads it: split on &, then
    the first =; a later duplicate name wins."""
    try:
        text = body.decode("ascii") if body.isascii() else body.decode("utf-8")
        pairs = text.split("&") if text else []
        if len(pairs) > MAX_FIELDS:
            raise ApiError(400, f"Could not parse the parameters: more than {MAX_FIELDS} fields")
        params: dict[str, str] = {}
        for pair in pairs:
            if not pair:
                continue
            name, _, value = pair.partition("=")
            params[_unquote(name)] = _unquote(value)
        return params
    except UnicodeDecodeError:
        raise ApiError(400, "The parameters are not valid UTF-8") from None


def _int(params: dict[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"'{name}' must be a number, not '{raw}'") from None
    if not low <= value <= high:
        raise ApiError(400, f"'{name}' must be between {low} and {high}")
    return value


def _words_param(params: dict[str, str]) -> list[str]:
    try:
        if params.get("mode") == "batch":
            raw = (params.get("words") or "").split()
            if not raw:
                raise ApiError(400, "Missing 'words' parameter for mode=batch")
            if len(raw) > MAX_BATCH_WORDS:
                raise ApiError(400, f"At most {MAX_BATCH_WORDS} words per request")
            return [clean_word(w) for w in raw]
        if "word" not in params:
            raise ApiError(400, "Missing 'word' parameter")
        return [clean_word(params["word"])]
    except DictionaryError as exc:
        raise ApiError(400, str(exc)) from None


def create_app(settings: Settings | None = None, *, store: WordStore | None = None) -> Starlette:
    """The server as an ASGI app. `store` replaces the settings' dictionary file (tests)."""
    settings = settings or Settings()
    config = load_config(Path(settings.config)) if settings.config else Config()
    store = store or WordStore(settings.dictionary_path)
    api = Api(settings, config, store)
    # Load the rules, the lexicon and the tables in this worker, and judge common words,
    # before any request.
    warm_up(config, vocabulary=settings.warm_words)
    # What warming up loaded lives as long as the worker: out of the collector's sight,
    # a full collection no longer walks it (about 120 ms each in a warmed worker, the
    # size of the slowest requests).
    gc.freeze()

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _error(exc.status, exc.message)

    async def too_large(request: Request, exc: Exception) -> Response:
        return _error(413, f"The request is larger than this server's limit of {settings.request_limit} bytes")

    async def unexpected(request: Request, exc: Exception) -> Response:
        # A bug, not the client's fault; still no 5xx to the client (the server logs the traceback).
        return _error(422, f"This request could not be processed ({type(exc).__name__}); the server log has details")

    def route(path: str, fn: Callable[[Request], Awaitable[Response]], methods: list[str]) -> Route:
        return Route(path, fn, methods=methods)

    any_method = ["GET", "POST"]
    routes = [
        route("/", api.editor, ["GET"]),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
        route("/v2/check", api.check, any_method),
        route("/v2/languages", api.languages, any_method),
        route("/v2/info", api.info, any_method),
        route("/v2/healthcheck", api.healthcheck, any_method),
        route("/v2/maxtextlength", api.maxtextlength, any_method),
        route("/v2/configinfo", api.configinfo, any_method),
        # GET as in LanguageTool; POST keeps the key out of the URL (the editor's way).
        route("/v2/words", api.words, ["GET", "POST"]),
        route("/v2/words/add", api.words_add, ["POST"]),
        route("/v2/words/delete", api.words_delete, ["POST"]),
        route("/v2/{action:path}", api.unknown, any_method),
    ]
    install_log_redaction()
    middleware = [
        Middleware(HostCheck, allowed=settings.hosts_allowed),
        Middleware(SecurityHeaders),
        Middleware(BodyLimit, limit=settings.request_limit),
    ]
    if settings.allow_origin:
        middleware.insert(1, Middleware(CorsForChecking, origin=settings.allow_origin))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={ApiError: api_error, BodyTooLarge: too_large, Exception: unexpected},
    )
    app.state.api = api
    app.state.settings = settings
    log.info("banan %s serving; dictionary %s", __version__, store.path)
    return app


def app_from_environment() -> Starlette:
    """The app for each worker of a multi-process server (settings from the environment)."""
    import os

    from .connections import ENV_SUPERVISOR, watch_parent

    supervisor = os.environ.get(ENV_SUPERVISOR, "")
    if supervisor.isdigit() and int(supervisor) != os.getpid():
        watch_parent(int(supervisor))
    return create_app(Settings.from_env())
