from __future__ import annotations

import pytest

from .helpers import sample_texts


@pytest.fixture
def texts() -> list[str]:
    return sample_texts(40)
