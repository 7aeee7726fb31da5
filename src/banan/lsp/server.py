"""The language server: diagnostics, quick fixes and "add to dictionary" for any editor.

Documents are synchronised whole (the client sends the full text on each change) and
rechecked whole after a pause in typing: the engine remembers its verdicts on words, so
unchanged text costs little, and rules that look at the whole text (consistency,
`banan: ignore-file`) see all of it. In a Markdown document, findings inside fenced code
blocks, inline code and URLs are dropped.

Settings come from `banan.toml` (found from the document's folder, as `banan check`
finds it) and from the client (section `banan`), which wins for the rule selection as
command-line flags do. Positions are in the encoding the client negotiated (UTF-16 by
default), converted in `banan.positions`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading
import unicodedata
from pathlib import Path
from typing import Any

import platformdirs
from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..config import Config, ConfigError, load_config, read_word_list
from ..diagnostics import Applicability, Diagnostic
from ..engine import apply_fixes, check, warm_up
from ..files import InputError, decode, write_atomic
from ..output import visible
from ..positions import LspIndex

__all__ = ["ADD_WORD", "BananLanguageServer", "ClientSettings", "default_words_file", "server"]

log = logging.getLogger("banan.lsp")
SOURCE = "banan"
ADD_WORD = "banan.addWord"
FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.banan"
MAX_WORD_LENGTH = 100
_LABEL = {
    Applicability.SAFE: "",
    Applicability.UNSAFE: " (unsafe: may change a word)",
    Applicability.DISPLAY_ONLY: " (suggestion)",
}


def default_words_file() -> Path:
    """Where added words go when neither the client nor banan.toml names a file."""
    return Path(platformdirs.user_config_dir("banan")) / "words.txt"


@dataclasses.dataclass(frozen=True)
class ClientSettings:
    """The client's `banan` settings section."""

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    words_file: Path | None = None
    debounce: float = 0.3  # seconds of quiet after a change before the text is rechecked

    @classmethod
    def parse(cls, raw: Any) -> tuple[ClientSettings, list[str]]:
        """Settings from `{"banan": {...}}` or the section itself, and the problems found
        (a bad value is reported and left at its default, never fatal)."""
        if isinstance(raw, dict) and isinstance(raw.get("banan"), dict):
            raw = raw["banan"]
        if not isinstance(raw, dict):
            return cls(), []
        problems: list[str] = []
        values: dict[str, Any] = {}

        def strings(key: str) -> tuple[str, ...] | None:
            value = raw.get(key)
            if value is None:
                return None
            if isinstance(value, str):
                value = [v for v in value.replace(" ", ",").split(",") if v]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(f"banan.{key} must be a list of strings")
                return None
            return tuple(value)

        for key, field in (("select", "select"), ("extendSelect", "extend_select"), ("ignore", "ignore")):
            if (value := strings(key)) is not None:
                values[field] = value
        if (words := strings("words")) is not None:
            values["words"] = frozenset(unicodedata.normalize("NFC", w.strip()) for w in words if w.strip())
        if (file := raw.get("wordsFile")) is not None:
            if isinstance(file, str) and file.strip():
                values["words_file"] = Path(file).expanduser()
            else:
                problems.append("banan.wordsFile must be a path")
        if (ms := raw.get("debounceMs")) is not None:
            if isinstance(ms, (int, float)) and not isinstance(ms, bool) and 0 <= ms <= 10_000:
                values["debounce"] = ms / 1000
            else:
                problems.append("banan.debounceMs must be a number of milliseconds from 0 to 10000")
        return cls(**values), problems


class BananLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("banan", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.settings = ClientSettings()
        # uri -> (text, diagnostics) of the last check, for code actions
        self.results: dict[str, tuple[str, list[Diagnostic]]] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self._engine = threading.Lock()  # one check at a time: the engine's caches are per process
        self.ready = asyncio.Event()  # set once the client's settings are in: no check before
        self._configs: dict[Path, Config] = {}

    # -- settings -----------------------------------------------------------------
    @property
    def encoding(self) -> str:
        enc = self.workspace.position_encoding or "utf-16"
        return str(getattr(enc, "value", enc))

    def apply_settings(self, raw: Any) -> None:
        settings, problems = ClientSettings.parse(raw)
        # A selector that names no rule is reported once, here, and dropped.
        for key in ("select", "extend_select", "ignore"):
            kept = []
            for selector in getattr(settings, key):
                try:
                    Config(select=(selector,))
                    kept.append(selector)
                except ConfigError:
                    problems.append(f"banan.{key}: unknown rule selector {selector!r}, ignored")
            changes: dict[str, Any] = {key: tuple(kept)}
            settings = dataclasses.replace(settings, **changes)
        for problem in problems:
            self.warn(problem)
        self.settings = settings
        self._configs.clear()

    async def pull_settings(self) -> bool:
        """Ask the client for its `banan` section, where it can answer; True if it did."""
        workspace = self.client_capabilities.workspace
        if not (workspace and workspace.configuration):
            return False
        try:
            answer = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="banan")])
            )
        except Exception as exc:  # a client that cannot answer keeps the settings it gave
            log.info("workspace/configuration failed: %s", exc)
            return False
        if answer and isinstance(answer[0], dict) and answer[0]:  # {}: nothing set there
            self.apply_settings(answer[0])
            return True
        return False

    def warn(self, message: str) -> None:
        log.warning("%s", message)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Warning, f"banan: {message}"))

    def warm_up(self) -> None:
        with self._engine:
            warm_up()

    def forget_settings_files(self) -> None:
        """Read banan.toml files and word lists afresh at the next check."""
        self._configs.clear()
        self.results.clear()

    def _folder(self, uri: str) -> Path:
        path = uris.to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return Path(path).parent
        root = self.workspace.root_path
        return Path(root) if root else Path.cwd()

    def base_config(self, uri: str) -> Config:
        """banan.toml's settings for the document's folder (cached until settings change)."""
        folder = self._folder(uri)
        if folder not in self._configs:
            try:
                self._configs[folder] = load_config(start=folder)
            except ConfigError as exc:
                self.warn(f"{exc}; using the defaults")
                self._configs[folder] = Config()
        return self._configs[folder]

    def words_file(self, uri: str) -> Path:
        """The word list "add to dictionary" writes: the client's `wordsFile`, else the
        first `words-file` of banan.toml, else the user's own list."""
        if self.settings.words_file is not None:
            return self.settings.words_file
        base = self.base_config(uri)
        return base.words_files[0] if base.words_files else default_words_file()

    def config(self, uri: str) -> Config:
        s = self.settings
        config = self.base_config(uri).with_overrides(
            select=list(s.select) or None, ignore=list(s.ignore) or None, extend_select=list(s.extend_select) or None
        )
        words = set(s.words)
        file = self.words_file(uri)
        if file.is_file() and file not in config.words_files:
            try:
                words |= read_word_list(file)
            except ConfigError as exc:
                self.warn(str(exc))
        return dataclasses.replace(config, words=config.words | words) if words else config

    # -- checking -----------------------------------------------------------------
    def to_lsp(self, d: Diagnostic, index: LspIndex) -> types.Diagnostic:
        return types.Diagnostic(
            range=self.range(index, d.start, d.end),
            message=visible(d.message),
            severity=types.DiagnosticSeverity.Warning,
            code=d.code,
            source=SOURCE,
        )

    @staticmethod
    def range(index: LspIndex, start: int, end: int) -> types.Range:
        (l1, c1), (l2, c2) = index.position(start), index.position(end)
        return types.Range(start=types.Position(l1, c1), end=types.Position(l2, c2))

    async def publish(self, uri: str) -> None:
        doc = self.workspace.get_text_document(uri)
        text, version = doc.source, doc.version
        diagnostics = await asyncio.to_thread(self.check, uri, text, self.config(uri))
        if uri not in self.workspace.text_documents or self.workspace.get_text_document(uri).source != text:
            return  # changed or closed meanwhile: a newer check (or none) follows
        self.results[uri] = (text, diagnostics)
        index = LspIndex(text, self.encoding)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, diagnostics=[self.to_lsp(d, index) for d in diagnostics], version=version
            )
        )

    def schedule(self, uri: str, delay: float) -> None:
        """Check `uri` after `delay` seconds, replacing a check already waiting."""
        if (task := self.pending.pop(uri, None)) is not None:
            task.cancel()

        async def later() -> None:
            try:
                await self.ready.wait()
                await asyncio.sleep(delay)
                await self.publish(uri)
            except asyncio.CancelledError:
                pass
            except Exception:  # a bug must not cut the editor off
                log.exception("checking %s failed", uri)
            finally:
                if self.pending.get(uri) is asyncio.current_task():
                    self.pending.pop(uri, None)

        self.pending[uri] = asyncio.ensure_future(later())

    def recheck_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    def current(self, uri: str) -> tuple[str, list[Diagnostic]]:
        """The document's text and diagnostics, checked now if the last check is stale."""
        text = self.workspace.get_text_document(uri).source
        cached = self.results.get(uri)
        if cached is not None and cached[0] == text:
            return cached
        return text, self.check(uri, text)

    def check(self, uri: str, text: str, config: Config | None = None) -> list[Diagnostic]:
        """The engine's diagnostics (none inside code or URLs: the engine leaves them alone).
        Runs in a worker thread: `config` is worked out before."""
        config = config or self.config(uri)
        with self._engine:
            return check(text, config)

    # -- code actions ---------------------------------------------------------------
    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        text, diagnostics = self.current(uri)
        index = LspIndex(text, self.encoding)
        a = index.offset(params.range.start.line, params.range.start.character)
        b = index.offset(params.range.end.line, params.range.end.character)
        only = params.context.only

        def wanted(kind: str) -> bool:
            return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)

        actions: list[types.CodeAction] = []
        if wanted(types.CodeActionKind.QuickFix.value):
            for d in diagnostics:
                if d.start > b or d.end < a:
                    continue
                lsp_diagnostic = self.to_lsp(d, index)
                for i, fix in enumerate(d.fixes):
                    edits = [
                        types.TextEdit(range=self.range(index, e.start, e.end), new_text=e.replacement)
                        for e in fix.edits
                    ]
                    actions.append(
                        types.CodeAction(
                            title=(
                                f"{d.code}: “{visible(d.found)}” → “{visible(d.replacement(fix))}”"
                                f"{_LABEL[fix.applicability]}"
                            ),
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[lsp_diagnostic],
                            is_preferred=i == 0 and fix.applicability == Applicability.SAFE,
                            edit=types.WorkspaceEdit(changes={uri: edits}),
                        )
                    )
                if d.code.startswith("SPELL") and _word_problem(d.found) is None:
                    title = f"Add “{d.found}” to the dictionary ({self.words_file(uri).name})"
                    actions.append(
                        types.CodeAction(
                            title=title,
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[lsp_diagnostic],
                            command=types.Command(title=title, command=ADD_WORD, arguments=[uri, d.found]),
                        )
                    )
        if wanted(FIX_ALL_KIND):
            fixed, applied = apply_fixes(text, diagnostics)
            if applied:
                start, end, replacement = _changed_span(text, fixed)
                actions.append(
                    types.CodeAction(
                        title=f"banan: apply {applied} safe fix{'es' if applied != 1 else ''}",
                        kind=FIX_ALL_KIND,
                        edit=types.WorkspaceEdit(
                            changes={uri: [types.TextEdit(range=self.range(index, start, end), new_text=replacement)]}
                        ),
                    )
                )
        return actions

    # -- the user's dictionary ------------------------------------------------------
    def add_word(self, uri: str, word: str) -> str:
        """Append `word` to the document's word list; returns the file written."""
        word = unicodedata.normalize("NFC", word.strip())
        if (problem := _word_problem(word)) is not None:
            raise ValueError(problem)
        path = self.words_file(uri)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            old = decode(path.read_bytes(), str(path))[0] if path.exists() else ""
        except (OSError, InputError) as exc:
            raise ValueError(f"cannot read {path}: {exc}") from None
        if word not in (read_word_list(path) if old else set()):
            try:
                write_atomic(path, old + ("" if not old or old.endswith("\n") else "\n") + word + "\n")
            except InputError as exc:
                raise ValueError(str(exc)) from None
        self._configs.clear()
        self.results.clear()
        self.recheck_all()
        return str(path)


def _word_problem(word: str) -> str | None:
    if not word or len(word) > MAX_WORD_LENGTH:
        return f"a word has 1 to {MAX_WORD_LENGTH} characters"
    if any(ch.isspace() or ch == "#" or unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in word):
        return "a word has no spaces, line breaks or #"
    return None


def _changed_span(old: str, new: str) -> tuple[int, int, str]:
    """The smallest old[start:end] -> replacement that turns `old` into `new`."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old, new[start:end_new]


server = BananLanguageServer()


@server.feature(types.INITIALIZE)
def _initialize(ls: BananLanguageServer, params: types.InitializeParams) -> None:
    ls.apply_settings(params.initialization_options)


@server.feature(types.INITIALIZED)
async def _initialized(ls: BananLanguageServer, params: types.InitializedParams) -> None:
    await ls.pull_settings()
    ls.ready.set()
    # The first real check should not pay for loading the lexicon.
    await asyncio.to_thread(ls.warm_up)


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def _did_change_configuration(ls: BananLanguageServer, params: types.DidChangeConfigurationParams) -> None:
    settings = params.settings
    if isinstance(settings, dict) and isinstance(settings.get("banan"), dict):
        ls.apply_settings(settings)
    elif not await ls.pull_settings():
        return
    ls.results.clear()
    ls.recheck_all()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def _did_open(ls: BananLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def _did_change(ls: BananLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, ls.settings.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def _did_save(ls: BananLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
    # A saved banan.toml or word list takes effect: read the settings files again.
    ls.forget_settings_files()
    if params.text_document.uri.endswith((".toml", ".txt")):
        ls.recheck_all()


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def _did_close(ls: BananLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    if (task := ls.pending.pop(uri, None)) is not None:
        task.cancel()
    ls.results.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND]),
)
def _code_action(ls: BananLanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    return ls.code_actions(params)


@server.command(ADD_WORD)
def _add_word(ls: BananLanguageServer, *args: Any) -> dict[str, str]:
    if len(args) != 2 or not all(isinstance(a, str) for a in args):
        raise ValueError(f"{ADD_WORD} takes a document URI and a word")
    path = ls.add_word(args[0], args[1])
    ls.window_show_message(types.ShowMessageParams(types.MessageType.Info, f"banan: “{args[1]}” added to {path}"))
    return {"file": path}
