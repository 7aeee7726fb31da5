"""The generated rules reference (docs/rules.md) is what the rule definitions say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from banan import docs
from banan.rules import all_rules

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_rules_reference_is_up_to_date() -> None:
    expected = docs.render()
    current = REFERENCE.read_text(encoding="utf-8") if REFERENCE.exists() else ""
    assert current == expected, (
        "docs/rules.md is out of date with the rule definitions: run `python -m banan.docs` "
        "in the project's top folder and commit the result"
    )


def test_the_default_output_is_this_checkouts_reference() -> None:
    assert docs.default_output() == REFERENCE


def test_render_is_deterministic_and_covers_every_rule() -> None:
    text = docs.render()
    assert text == docs.render()
    for rule in all_rules():
        assert f"\n### {rule.code} {rule.name}\n" in text
        section = text.split(f"\n### {rule.code} ", 1)[1].split("\n### ", 1)[0]
        assert ("- Default: on" in section) == rule.default
        for example in rule.bad:
            assert docs._visible(example.text) in section


def test_invisible_characters_are_spelt_out() -> None:
    assert docs._visible("ক\u200bখ\u00a0গ\nঘ\tঙ ") == "ক⟨U+200B⟩খ⟨U+00A0⟩গ⟨LF⟩ঘ⟨TAB⟩ঙ "


def test_check_mode_reports_a_stale_file_and_write_mode_fixes_it(tmp_path: Path, capsys) -> None:
    target = tmp_path / "docs" / "rules.md"
    assert docs.main(["--check", "--output", str(target)]) == 1  # missing
    target.parent.mkdir()
    target.write_text("# stale\n", encoding="utf-8")
    assert docs.main(["--check", "--output", str(target)]) == 1
    assert "python -m banan.docs" in capsys.readouterr().err
    assert docs.main(["--output", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == docs.render()
    assert docs.main(["--check", "--output", str(target)]) == 0


ROOT = REFERENCE.parents[1]


def test_the_docs_site_builds_with_no_broken_link_or_page_left_out(tmp_path) -> None:
    pytest.importorskip("mkdocs", reason="pip install 'banan[docs]' (the test extra has it)")
    # mkdocs.yml is strict: a link to a missing page or anchor, or a page not in the
    # navigation, is an error.
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "rules" / "index.html").exists()
