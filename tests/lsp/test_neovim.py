"""`banan lsp` end to end with a real editor: Debian's Neovim, headless, with its
built-in LSP client (tests/lsp/neovim_client.lua)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NVIM = shutil.which("nvim")
if NVIM is None and not os.environ.get("CI"):
    # CI installs neovim (.ci/run); elsewhere say why this test did not run.
    pytest.skip("Debian's neovim is not installed (apt-get install neovim)", allow_module_level=True)
if not os.environ.get("CI"):
    pytest.importorskip("pygls")

SCRIPT = Path(__file__).with_name("neovim_client.lua")


def test_neovim_shows_diagnostics_and_applies_a_quick_fix(tmp_path: Path) -> None:
    # An emoji before the problem: Neovim counts UTF-16 units, banan code points.
    doc = tmp_path / "note.md"
    doc.write_text("😀 সে বাড়ি যায় ।\n\n```\nকোড ।\n```\n", encoding="utf-8")
    out = tmp_path / "seen.json"
    env = {
        **os.environ,
        "BANAN_NVIM_OUT": str(out),
        "BANAN_PYTHON": sys.executable,
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [NVIM or "nvim", "--headless", "--clean", "-n", "-S", str(SCRIPT), str(doc)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert "error" not in seen, (seen, result.stderr)
    # One finding: the space before the danda; the one inside the code block is skipped.
    (d,) = seen["diagnostics"]
    # Neovim turned the UTF-16 position into the right byte column of the line.
    assert d["code"] == "SPACE001" and (d["lnum"], d["col"]) == (0, len("😀 সে বাড়ি যায়".encode()))
    assert seen["applied"] is not None and seen["applied"].startswith("SPACE001")
    assert doc.read_text(encoding="utf-8") == "😀 সে বাড়ি যায়।\n\n```\nকোড ।\n```\n"
