"""How the package imports: `import banan` is cheap, and no module imports itself round a cycle."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

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
    # The rule record and the tables of families and of redirected codes, which hold no rule.
    light = (
        "banan.rules",
        "banan.rules.base",
        "banan.rules.document",
        "banan.rules.families",
        "banan.rules.redirects",
        "numpy",
    )
    assert [m for m in _heavy(modules) if m not in light] == []
    modules = _modules_after("import banan\nbanan.Config().rules")  # resolving the selection loads them
    assert "banan.rules.unicode" in modules and "banan.spelling.speller" in modules


def test_a_first_check_of_known_words_loads_neither_numpy_nor_importlib_metadata() -> None:
    """The lexicon's tables open as memoryviews and the lexicon's key reads the package
    versions from their .dist-info folders: numpy (a tenth of a second to import) loads
    only when something computes on whole arrays (a long text, the suggestion search)."""
    code = "import banan\nassert banan.check('আমি বাংলায় গান গাই, তুমি কি শুনবে?') == []"
    _modules_after(code)  # a first run builds the lexicon's tables if this machine has none (that needs numpy)
    modules = _modules_after(code)
    assert "banan.spelling.speller" in modules and "banan.rules.unicode" in modules
    assert [m for m in modules if m.split(".")[0] == "numpy" or m == "importlib.metadata"] == []


def test_a_first_check_with_a_misspelt_word_loads_no_numpy() -> None:
    """The suggestion search's tables (frequency weights, the words each kind of search
    keeps by skeleton) are worked out once per machine beside the lexicon and read as
    memoryviews: a small search, as a paragraph with one misspelt word makes, runs in
    plain Python and loads no numpy."""
    # পতিবেদক (for প্রতিবেদক, reporter) is no word: SPELL001 with suggestions.
    code = (
        "import banan\nfound = banan.check('আমাদের পতিবেদক জানান, অনেক মানুষ বাড়ি ফিরতে পারেননি।')\n"
        "assert [d.code for d in found] == ['SPELL001'] and found[0].fixes, found"
    )
    _modules_after(code)  # a first run builds the search's tables if this machine has none (that needs numpy)
    modules = _modules_after(code)
    assert "banan.spelling.search" in modules
    assert [m for m in modules if m.split(".")[0] == "numpy" or m == "importlib.metadata"] == []


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


# ---------------------------------------------------------------------------------------
# Import cycles. The graph has one node per module of src/banan (a package is its
# __init__) and an edge for every import statement that names another of them: absolute
# and relative, at module level and inside functions (a function-level import still makes
# the importer depend on the imported module; it only defers the cost). Imports under
# `if TYPE_CHECKING:` never run and are left out, and so are the implicit imports of a
# submodule's parent packages. A cycle is a strongly connected component of two or more
# modules (or a module importing itself).

SRC = Path(banan.__file__).resolve().parent


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_graph(root: Path) -> dict[str, dict[str, bool]]:
    """module -> {imported module of the package: True if only inside functions}."""
    paths = {_module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, dict[str, bool]] = {}
    for name, path in paths.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        edges: dict[str, bool] = {}

        def add(target: str, in_function: bool, edges: dict[str, bool] = edges) -> None:
            edges[target] = edges.get(target, True) and in_function

        def visit(node: ast.AST, in_function: bool, package: list[str] = package) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and _is_type_checking(child):
                    for other in child.orelse:
                        visit(other, in_function)
                elif isinstance(child, ast.Import):
                    for alias in child.names:
                        if alias.name in paths:
                            add(alias.name, in_function)
                elif isinstance(child, ast.ImportFrom):
                    if child.level:
                        base = package[: len(package) - (child.level - 1)]
                        target = ".".join(base + ([child.module] if child.module else []))
                    else:
                        target = child.module or ""
                    if target in paths:
                        for alias in child.names:
                            sub = f"{target}.{alias.name}"
                            add(sub if sub in paths else target, in_function)
                else:
                    inner = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
                    visit(child, in_function or inner)

        visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), False)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, dict[str, bool]], module_level_only: bool = False) -> set[frozenset[str]]:
    """The strongly connected components with a cycle (Tarjan's algorithm, iteratively)."""
    edges = {
        m: sorted(t for t, inner in ts.items() if t in graph and not (module_level_only and inner))
        for m, ts in graph.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(edges[succ])))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1 or node in edges[node]:
                        found.add(frozenset(component))
    return found


def _describe(component: frozenset[str], graph: dict[str, dict[str, bool]]) -> str:
    lines = []
    for module in sorted(component):
        targets = [
            f"{t}{' (in a function)' if inner else ''}" for t, inner in sorted(graph[module].items()) if t in component
        ]
        lines.append(f"  {module} -> {', '.join(targets)}")
    return "\n".join(lines)


def package_graph() -> dict[str, dict[str, bool]]:
    """banan's import graph, with the imports the registry makes by name: `all_rules()`
    imports (inside the function) the module each entry of the families table names."""
    from banan.rules.families import FAMILY_TABLE

    graph = import_graph(SRC)
    for family in FAMILY_TABLE:
        module = f"banan.rules.{family.module}"
        assert module in graph, f"the families table names a module that does not exist: {module}"
        graph["banan.rules"].setdefault(module, True)  # inside a function, unless also at module level
    return graph


# The text layer: characters, graphemes, positions, tokenizing, normalizing, running rules
# and applying fixes, and the legacy converter, which normalizes its output. None of them
# may reach the engine or the configuration by any chain of imports (the engine is built
# on them, not the other way round).
TEXT_LAYER = (
    "banan.chars",
    "banan.graphemes",
    "banan.positions",
    "banan.tokenize",
    "banan.diagnostics",
    "banan.fixes",
    "banan.normalizer",
    "banan.legacy.bijoy",
    "banan.legacy.detect",
)


def _reachable(graph: dict[str, dict[str, bool]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for target in graph.get(todo.pop(), {}):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.mark.parametrize("module", TEXT_LAYER)
def test_the_text_layer_does_not_reach_the_engine(module: str) -> None:
    graph = package_graph()
    assert module in graph
    assert not _reachable(graph, module) & {"banan.engine", "banan.config"}


def test_no_import_cycle_at_module_level() -> None:
    graph = package_graph()
    found = cycles(graph, module_level_only=True)
    assert not found, "modules that import each other at import time:\n" + "\n".join(_describe(c, graph) for c in found)


def test_no_import_cycle_anywhere_in_the_package() -> None:
    graph = package_graph()
    found = cycles(graph)
    assert not found, "an import cycle in src/banan (break it):\n" + "\n".join(_describe(c, graph) for c in found)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_graph_sees_relative_function_level_and_absolute_imports(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from . import b\n",
            "b.py": "def f():\n    from .sub import c\n",
            "sub/__init__.py": "",
            "sub/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .. import d\nimport pkg.a\n",
            "d.py": "from .sub.c import x\n",
        },
    )
    graph = import_graph(root)
    assert graph["pkg.a"] == {"pkg.b": False}
    assert graph["pkg.b"] == {"pkg.sub.c": True}
    assert graph["pkg.sub.c"] == {"pkg.a": False}  # the TYPE_CHECKING import is left out
    assert graph["pkg.d"] == {"pkg.sub.c": False}
    assert cycles(graph) == {frozenset({"pkg.a", "pkg.b", "pkg.sub.c"})}
    assert cycles(graph, module_level_only=True) == set()
