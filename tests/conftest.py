from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def clean_text() -> str:
    return (FIXTURES / "clean_news.txt").read_text(encoding="utf-8")
