"""How the package imports: `import banan` is cheap."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import banan

HEAVY = ("banan.rules", "banan.spelling", "banan.legacy")


def _modules_after(code: str) -> list[str]:
    """The modules loaded in a fresh interpreter after running `code`."""
    script = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return json.loads(out.splitlines()[-1])


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(HEAVY) or m == "numpy"]


def test_import_banan_loads_no_rule_module_speller_or_numpy() -> None:
    modules = _modules_after("import banan")
    assert _heavy(modules) == []
    assert [m for m in modules if m.startswith("banan.")] == []


def test_engine_and_default_config_load_no_rule_module_until_a_selection_is_resolved() -> None:
    modules = _modules_after("import banan.engine\nbanan.Config()")
    assert "banan.engine" in modules
    assert [m for m in _heavy(modules) if m not in ("banan.rules", "banan.rules.base", "numpy")] == []
    modules = _modules_after("import banan\nbanan.Config().rules")  # resolving the selection loads them
    assert "banan.rules.unicode" in modules and "banan.spelling.speller" in modules


def test_the_public_api_is_reachable_from_a_fresh_import() -> None:
    code = """
import banan
from banan import *
from banan import engine
assert [d.code for d in banan.check("সে বাড়ি যায় ।")] == ["SPACE001"]
assert fix("সে বাড়ি যায় ।") == "সে বাড়ি যায়।"
assert normalize("ক\\u200bখ") == "কখ"
assert isinstance(engine.DEFAULT_CONFIG, Config) and engine.DEFAULT_CONFIG is engine.default_config()
assert get_rule("SPACE001") in all_rules() and Applicability.SAFE > Applicability.UNSAFE
assert set(banan.__all__) <= set(dir(banan))
assert banan.spelling.speller is not None  # a submodule, as an attribute
try:
    banan.no_such_name
except AttributeError:
    pass
else:
    raise AssertionError("banan.no_such_name")
"""
    _modules_after(code)  # raises CalledProcessError (with the failing assert) if any line fails


@pytest.mark.parametrize("name", banan.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(banan, name) is not None

