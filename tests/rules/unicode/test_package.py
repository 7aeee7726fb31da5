"""The NORM family is a package: one module per rule (or per few rules sharing their
patterns), each `Rule` record in the module of its check function, `RULES` in code order."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import banan.rules.unicode as norm
from banan.rules import all_rules
from banan.rules.families import FAMILY_TABLE

PACKAGE = Path(norm.__file__).parent
MODULES = [m.name for m in pkgutil.iter_modules([str(PACKAGE)])]


def test_rules_are_in_code_order_and_are_the_familys_own() -> None:
    codes = [r.code for r in norm.RULES]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    family = next(f for f in FAMILY_TABLE if f.prefix == "NORM")
    assert family.module == "unicode"
    table_rule = "banan.rules.substitution"  # NORM011, NORM012, NORM015 are rules/data/*.toml
    registered = {r.code for r in all_rules() if r.family == "NORM" and r.check.__module__ != table_rule}
    assert registered == set(codes)


def test_each_record_sits_in_the_module_of_its_function() -> None:
    for rule in norm.RULES:
        module = importlib.import_module(rule.check.__module__)
        records = [v for v in vars(module).values() if v is rule]
        assert records, f"{rule.code}: its Rule record is not in {module.__name__}"


def test_each_rule_module_holds_its_records_after_their_functions() -> None:
    # The record comes right after the code it describes, not in a list at the end of
    # the family: for every record, its check function is defined above it.
    for name in MODULES:
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        defined: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                defined.add(node.name)
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id == "Rule"
            ):
                check = node.value.args[4]
                assert isinstance(check, ast.Name) and check.id in defined, (name, ast.dump(check))


def test_the_names_other_modules_import_still_resolve() -> None:
    from banan.rules.unicode import colon_inside_word, damaged

    # দু:খ (sorrow) with a colon typed for the visarga; বলেন:আমরা (said: we) is a colon.
    assert colon_inside_word("দু:খ", 2)
    assert not colon_inside_word("বলেন:আমরা", 4)
    # চিকিত্সক (doctor) in the old khanda-ta encoding; চিকিৎসক as it is written now.
    assert damaged("চিকিত\u09cdসক")
    assert not damaged("চিকিৎসক")
