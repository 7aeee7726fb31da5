from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(params=["clean_news.txt", "clean_mixed.md"])
def clean_text(request) -> str:
    """Edited Bengali written for the tests: news prose, and a Markdown page mixing
    lists, a table, quotes, an ellipsis, a URL, code, English and a poem."""
    return (FIXTURES / request.param).read_text(encoding="utf-8")
