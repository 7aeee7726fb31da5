"""banan: the proofreader for Bengali.

>>> import banan
>>> [d.code for d in banan.check("সে বাড়ি যায় ।")]
['SPACE001']
>>> banan.fix("সে বাড়ি যায় ।")
'সে বাড়ি যায়।'
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (type checkers take it as True)

__version__ = "0.1.0"

__all__ = [
    "Applicability",
    "Config",
    "ConfigError",
    "Diagnostic",
    "Edit",
    "Fix",
    "Rule",
    "all_rules",
    "apply_fixes",
    "check",
    "fix",
    "get_rule",
    "load_config",
    "normalize",
]

# The public names and the modules that define them. They are imported on first use
# (PEP 562), so that `import banan` costs next to nothing: the rules, numpy and the
# speller load with the first name that needs them, not with the package.
_LAZY = {
    "Applicability": "diagnostics",
    "Diagnostic": "diagnostics",
    "Edit": "diagnostics",
    "Fix": "diagnostics",
    "Config": "config",
    "ConfigError": "config",
    "load_config": "config",
    "apply_fixes": "engine",
    "check": "engine",
    "fix": "engine",
    "normalize": "engine",
    "Rule": "rules",
    "all_rules": "rules",
    "get_rule": "rules",
}

if TYPE_CHECKING:  # what type checkers and editors see
    from .config import Config, ConfigError, load_config
    from .diagnostics import Applicability, Diagnostic, Edit, Fix
    from .engine import apply_fixes, check, fix, normalize
    from .rules import Rule, all_rules, get_rule
else:  # hidden from type checkers, which then flag a misspelt name instead of taking it as Any

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is not None:
            value = getattr(importlib.import_module(f".{module}", __name__), name)
            globals()[name] = value  # once found, an ordinary attribute
            return value
        if not name.startswith("_"):
            # `banan.engine`, `banan.spelling`...: a submodule, imported on first access.
            try:
                return importlib.import_module(f".{name}", __name__)
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{name}":
                    raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


del TYPE_CHECKING  # not part of the API


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
