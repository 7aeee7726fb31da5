"""banan: the proofreader for Bengali.

    >>> import banan
    >>> [d.code for d in banan.check("সে বাড়ি যায় ।")]
    ['SPACE001']
    >>> banan.fix("সে বাড়ি যায় ।")
    'সে বাড়ি যায়।'
"""

from __future__ import annotations

from .config import Config, ConfigError, load_config
from .diagnostics import Applicability, Diagnostic, Edit, Fix
from .engine import apply_fixes, check, fix, normalize
from .rules import Rule, all_rules, get_rule

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
