"""The repository's pre-commit hooks, run by pre-commit itself (`pre-commit try-repo`)
on a temporary git repository: it installs banan from this checkout into its own
environment, as it would for a user."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

if not os.environ.get("CI"):
    if shutil.which("git") is None:
        pytest.skip("git is not installed (apt-get install git)", allow_module_level=True)
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install pre-commit)")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def hooks_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    # One pre-commit cache for the module: the hooks' environment is built once.
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }


def try_repo(repo: Path, hook: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["python", "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files", "--verbose"],
        cwd=repo,
        env=env,
        text=True,
        capture_output=True,
        timeout=900,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    (tmp_path / "ok.md").write_text("# শিরোনাম\n\nভালো লেখা।\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("সে বাড়ি যায় ।\n", encoding="utf-8")
    (tmp_path / "code.py").write_text("x = 1  # সে বাড়ি যায় ।\n", encoding="utf-8")  # not a text file: not checked
    git(tmp_path, "add", ".")
    return tmp_path


def test_check_hook_fails_on_problems_and_names_them(repo: Path, hooks_env: dict[str, str]) -> None:
    result = try_repo(repo, "banan", hooks_env)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "bad.txt:1:14: SPACE001" in out and "code.py" not in out
    (repo / "bad.txt").write_text("সে বাড়ি যায়।\n", encoding="utf-8")
    git(repo, "add", ".")
    result = try_repo(repo, "banan", hooks_env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_fix_hook_applies_safe_fixes(repo: Path, hooks_env: dict[str, str]) -> None:
    result = try_repo(repo, "banan-fix", hooks_env)
    assert result.returncode == 1, result.stdout + result.stderr  # a file changed: pre-commit fails the commit
    assert (repo / "bad.txt").read_text(encoding="utf-8") == "সে বাড়ি যায়।\n"
    assert (repo / "code.py").read_text(encoding="utf-8") == "x = 1  # সে বাড়ি যায় ।\n"
