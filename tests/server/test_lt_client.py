"""The real language_tool_python client (from PyPI) against banan on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import language_tool_python
import pytest

from .conftest import TEST_CORRECTION, TEST_MISSPELLING, TEST_SPELLING_ID, LiveServer

# An emoji first, so the client's UTF-16 adjustment is exercised; then a made-up
# misspelling and a space before the danda.
TEXT = f"😀 আমি {TEST_MISSPELLING} লিখেছি ।"


@pytest.fixture
def tool(threaded_server: LiveServer) -> Iterator[language_tool_python.LanguageTool]:
    tool = language_tool_python.LanguageTool("bn-BD", remote_server=threaded_server.url)
    yield tool
    tool.close()


def test_check_finds_misspelling_and_spacing_at_their_offsets(tool: language_tool_python.LanguageTool) -> None:
    matches = {m.rule_id: m for m in tool.check(TEXT)}
    spelling = matches[TEST_SPELLING_ID]
    # The client turns UTF-16 offsets into Python ones: they index TEXT directly.
    assert TEXT[spelling.offset : spelling.offset + spelling.error_length] == TEST_MISSPELLING
    assert spelling.category == "TYPOS"
    assert spelling.rule_issue_type == "misspelling"
    assert spelling.replacements == [TEST_CORRECTION]
    space = matches["BN_SPACE001"]
    assert TEXT[space.offset : space.offset + space.error_length] == " ।"
    assert space.replacements == ["।"]
    assert space.category == "TYPOGRAPHY"
    assert TEST_MISSPELLING in spelling.context


def test_correct_applies_first_replacements(tool: language_tool_python.LanguageTool) -> None:
    assert tool.correct(TEXT) == f"😀 আমি {TEST_CORRECTION} লিখেছি।"


def test_disabled_rules_and_spellchecking(tool: language_tool_python.LanguageTool) -> None:
    tool.disabled_rules = {"BN_SPACE001"}
    assert [m.rule_id for m in tool.check(TEXT)] == [TEST_SPELLING_ID]
    tool.disabled_rules = set()
    tool.disable_spellchecking()  # disabledCategories=TYPOS
    assert [m.rule_id for m in tool.check(TEXT)] == ["BN_SPACE001"]


def test_enabled_only(tool: language_tool_python.LanguageTool) -> None:
    tool.enabled_rules = {"BN_SPACE001"}
    tool.enabled_rules_only = True
    assert [m.rule_id for m in tool.check(TEXT)] == ["BN_SPACE001"]


def test_language_variants_and_auto(threaded_server: LiveServer) -> None:
    for tag in ("bn", "bn-IN", "auto"):
        tool = language_tool_python.LanguageTool(tag, remote_server=threaded_server.url)
        try:
            assert "BN_SPACE001" in [m.rule_id for m in tool.check("সে বাড়ি যায় ।")]
        finally:
            tool.close()


def test_unlisted_language_is_refused_by_the_client(threaded_server: LiveServer) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        language_tool_python.LanguageTool("hi", remote_server=threaded_server.url)
