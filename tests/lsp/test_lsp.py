"""`banan lsp` driven by a real LSP client (pytest-lsp) over stdio, in a subprocess."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")
pytest_asyncio = pytest.importorskip("pytest_asyncio")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

pytestmark = pytest.mark.asyncio

# সে বাড়ি যায় । (he goes home, with a space before the danda: a safe fix),
# দেশ গুলো (countries, গুলো written apart: an unsafe fix), পতিবেদক (a misspelling of
# প্রতিবেদক, reporter: suggestions only).
TEXT = "😀 প্রথম লাইন।\nসে বাড়ি যায় । দেশ গুলো সুন্দর। পতিবেদক এলেন।\n"


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    return tmp_path


@pytest_asyncio.fixture
async def client(folder: Path) -> AsyncIterator[LanguageClient]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config-home")}
    config = ClientServerConfig(server_command=[sys.executable, "-m", "banan", "lsp", "--stdio"], server_env=env)
    lsp_client = await config.start()
    # Every publishDiagnostics in order, to see what debouncing left out.
    lsp_client.published = []  # type: ignore[attr-defined]
    handlers = lsp_client.protocol.fm.features
    keep = handlers[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def record(params: types.PublishDiagnosticsParams) -> None:
        lsp_client.published.append(params)  # type: ignore[attr-defined]
        keep(params)

    handlers[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record
    yield lsp_client
    try:
        await asyncio.wait_for(lsp_client.shutdown_session(), timeout=20)
    finally:
        await asyncio.wait_for(lsp_client.stop(), timeout=20)


async def start(
    client: LanguageClient, folder: Path, *, encodings: list[str] | None = None, options: object = None
) -> types.InitializeResult:
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=types.WorkspaceClientCapabilities(configuration=True),
    )
    return await client.initialize_session(
        types.InitializeParams(capabilities=capabilities, root_uri=folder.as_uri(), initialization_options=options)
    )


async def open_doc(client: LanguageClient, path: Path, text: str, language: str = "plaintext") -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text))
    )
    await wait_for(client, uri)
    return uri


async def wait_for(client: LanguageClient, uri: str, version: int | None = None) -> list[types.Diagnostic]:
    async def published() -> None:
        while not any(p.uri == uri and (version is None or p.version == version) for p in client.published):
            await asyncio.sleep(0.02)

    await asyncio.wait_for(published(), timeout=60)
    return list(client.diagnostics[uri])


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return [str(d.code) for d in diagnostics]


async def test_diagnostics_on_open_in_utf16_by_default(client: LanguageClient, folder: Path) -> None:
    result = await start(client, folder)
    assert result.capabilities.position_encoding in (None, "utf-16")
    uri = await open_doc(client, folder / "docs" / "a.txt", TEXT)
    diagnostics = client.diagnostics[uri]
    assert codes(diagnostics) == ["SPACE001", "NUM003", "SPELL001"]
    assert {d.source for d in diagnostics} == {"banan"}
    space = diagnostics[0].range
    line = TEXT.splitlines()[1]
    assert (space.start.line, space.start.character) == (1, utf16(line[: line.index(" ।")]))
    # The emoji on line 0 takes two UTF-16 units: the first line's end is at 2 + 1 + 10.
    assert utf16(TEXT.splitlines()[0]) == 14


async def test_utf8_positions_when_the_client_negotiates_them(client: LanguageClient, folder: Path) -> None:
    text = "😀 সে বাড়ি যায় ।"
    result = await start(client, folder, encodings=["utf-8", "utf-16"])
    assert result.capabilities.position_encoding == "utf-8"
    uri = await open_doc(client, folder / "docs" / "a.txt", text)
    (d,) = client.diagnostics[uri]
    assert d.range.start.character == len(text[: text.index(" ।")].encode("utf-8"))
    assert d.range.end.character == len(text.encode("utf-8"))


async def test_utf32_positions_count_code_points(client: LanguageClient, folder: Path) -> None:
    text = "😀 সে বাড়ি যায় ।"
    result = await start(client, folder, encodings=["utf-32"])
    assert result.capabilities.position_encoding == "utf-32"
    uri = await open_doc(client, folder / "docs" / "a.txt", text)
    (d,) = client.diagnostics[uri]
    assert (d.range.start.character, d.range.end.character) == (text.index(" ।"), len(text))


async def test_changes_are_debounced_and_rechecked(client: LanguageClient, folder: Path) -> None:
    await start(client, folder, options={"banan": {"debounceMs": 400}})
    uri = await open_doc(client, folder / "docs" / "a.txt", "ভালো লেখা।")
    assert list(client.diagnostics[uri]) == []
    before = len(client.published)
    typed = "ভালো লেখা। সে বাড়ি যায় ।"
    for version, end in enumerate(range(len("ভালো লেখা।") + 1, len(typed) + 1), start=2):
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=typed[:end])],
            )
        )
    last = version
    diagnostics = await wait_for(client, uri, version=last)
    assert codes(diagnostics) == ["SPACE001"]
    # Typing without a pause gave one check, of the last text, not one per keystroke.
    assert [p.version for p in client.published[before:]] == [last]


async def test_markdown_code_blocks_are_skipped(client: LanguageClient, folder: Path) -> None:
    await start(client, folder)
    text = "# শিরোনাম\n\nসে বাড়ি যায় ।\n\n```\nসে বাড়ি যায় ।\n```\n\nএটা `সে যায় ।` কোড।\n"
    uri = await open_doc(client, folder / "docs" / "a.md", text, language="markdown")
    assert [(str(d.code), d.range.start.line) for d in client.diagnostics[uri]] == [("SPACE001", 2)]


async def test_quick_fixes_mark_unsafe_ones_and_apply_cleanly(client: LanguageClient, folder: Path) -> None:
    await start(client, folder)
    uri = await open_doc(client, folder / "docs" / "a.txt", TEXT)
    whole_line = types.Range(start=types.Position(1, 0), end=types.Position(2, 0))
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=whole_line,
            context=types.CodeActionContext(
                diagnostics=list(client.diagnostics[uri]), only=[types.CodeActionKind.QuickFix]
            ),
        )
    )
    # The add-word action has a command and no edit; lsprotocol may read it as a Command.
    add_word = [a for a in actions if a.title.startswith("Add “")]
    assert [a.title for a in add_word] == ["Add “পতিবেদক” to the dictionary (words.txt)"]
    by_code: dict[str, list[types.CodeAction]] = {}
    for a in actions:
        if a not in add_word:
            by_code.setdefault(str(a.diagnostics[0].code), []).append(a)
    (safe,) = by_code["SPACE001"]
    assert safe.is_preferred and "unsafe" not in safe.title
    (unsafe,) = by_code["NUM003"]
    assert "(unsafe" in unsafe.title and not unsafe.is_preferred
    spelling = by_code["SPELL001"]
    assert any("প্রতিবেদক" in a.title and "(suggestion)" in a.title for a in spelling)
    # The safe fix's edit, applied to the text, removes the space.
    (edit,) = safe.edit.changes[uri]
    lines = TEXT.split("\n")
    line = lines[1]
    a = len(line.encode("utf-16-le")[: edit.range.start.character * 2].decode("utf-16-le"))
    b = len(line.encode("utf-16-le")[: edit.range.end.character * 2].decode("utf-16-le"))
    assert line[:a] + edit.new_text + line[b:] == "সে বাড়ি যায়। দেশ গুলো সুন্দর। পতিবেদক এলেন।"
    # Fix all: every safe fix in one edit.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(0, 0), end=types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    (fix_all,) = actions
    assert fix_all.kind == "source.fixAll.banan" and fix_all.title == "banan: apply 1 safe fix"


async def test_add_to_dictionary_writes_the_configured_word_list(client: LanguageClient, folder: Path) -> None:
    (folder / "banan.toml").write_text('words-file = ["words/team.txt"]\n', encoding="utf-8")
    (folder / "words").mkdir()
    (folder / "words" / "team.txt").write_text("# our words\nঢাকাই", encoding="utf-8")  # no final newline
    await start(client, folder)
    uri = await open_doc(client, folder / "docs" / "a.txt", "পতিবেদক এলেন।")
    assert codes(client.diagnostics[uri]) == ["SPELL001"]
    before = len(client.published)
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="banan.addWord", arguments=[uri, "পতিবেদক"])
    )
    assert result["file"] == str(folder / "words" / "team.txt")
    assert (folder / "words" / "team.txt").read_text(encoding="utf-8") == "# our words\nঢাকাই\nপতিবেদক\n"

    async def rechecked() -> None:
        while not any(p.uri == uri for p in client.published[before:]):
            await asyncio.sleep(0.02)

    await asyncio.wait_for(rechecked(), timeout=30)
    assert list(client.diagnostics[uri]) == []
    # A word with a space or a line break is refused, and the file is left as it was.
    with pytest.raises(Exception, match="no spaces"):
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="banan.addWord", arguments=[uri, "দুই\nশব্দ"])
        )
    assert (folder / "words" / "team.txt").read_text(encoding="utf-8").endswith("পতিবেদক\n")


async def test_add_to_dictionary_defaults_to_the_users_word_list(client: LanguageClient, folder: Path) -> None:
    await start(client, folder)
    uri = await open_doc(client, folder / "docs" / "a.txt", "পতিবেদক এলেন।")
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="banan.addWord", arguments=[uri, "পতিবেদক"])
    )
    assert (folder / "config-home" / "banan" / "words.txt").read_text(encoding="utf-8") == "পতিবেদক\n"


async def test_banan_toml_and_client_settings_choose_the_rules(client: LanguageClient, folder: Path) -> None:
    (folder / "banan.toml").write_text('ignore = ["SPACE001"]\n', encoding="utf-8")
    client.set_configuration({"ignore": ["NUM003"], "words": ["পতিবেদক"]}, section="banan")
    await start(client, folder)
    uri = await open_doc(client, folder / "docs" / "a.txt", TEXT)
    assert codes(client.diagnostics[uri]) == []  # SPACE001 by banan.toml, NUM003 and the word by the client
    # A change of settings rechecks open documents.
    client.set_configuration({"select": ["NUM"]}, section="banan")
    before = len(client.published)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))

    async def rechecked() -> None:
        while not any(p.uri == uri for p in client.published[before:]):
            await asyncio.sleep(0.02)

    await asyncio.wait_for(rechecked(), timeout=30)
    assert codes(client.diagnostics[uri]) == ["NUM003"]


async def test_bad_settings_are_reported_not_fatal(client: LanguageClient, folder: Path) -> None:
    await start(client, folder, options={"banan": {"select": ["NO_SUCH_RULE"], "debounceMs": "soon"}})
    uri = await open_doc(client, folder / "docs" / "a.txt", "সে বাড়ি যায় ।")
    assert codes(client.diagnostics[uri]) == ["SPACE001"]
    shown = " ".join(m.message for m in client.messages)
    assert "debounceMs" in shown and "NO_SUCH_RULE" in shown
    # Reported once, not at every check.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="সে যায় ।")],
        )
    )
    await wait_for(client, uri, version=2)
    assert sum("NO_SUCH_RULE" in m.message for m in client.messages) == 1


async def test_a_saved_banan_toml_takes_effect(client: LanguageClient, folder: Path) -> None:
    await start(client, folder)
    uri = await open_doc(client, folder / "docs" / "a.txt", "সে বাড়ি যায় ।")
    assert codes(client.diagnostics[uri]) == ["SPACE001"]
    toml = folder / "banan.toml"
    toml.write_text('ignore = ["SPACE001"]\n', encoding="utf-8")
    before = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri=toml.as_uri())))

    async def rechecked() -> None:
        while not any(p.uri == uri for p in client.published[before:]):
            await asyncio.sleep(0.02)

    await asyncio.wait_for(rechecked(), timeout=30)
    assert codes(client.diagnostics[uri]) == []
