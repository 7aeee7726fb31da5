"""Which rules run: selection by code prefix or rule name, from files and flags.

Selectors are `ALL`, a family or any code prefix (`NORM`, `NORM01`, `NORM013`), a
rule name (`pipe-as-danda`), or a redirected code that now stands for a group of rules
(`ORTHO005`: rules/redirects.py). When select and ignore both match a rule, the more
specific selector wins, and on a tie ignore wins: `--select SPACE --ignore SPACE004`
runs every SPACE rule but SPACE004; `--select SPACE004 --ignore SPACE` runs SPACE004.
Preview rules run only with `preview = true` (`--preview`) or when selected by their
own code or name. `register = "cholito"` or `"sadhu"` (`--register`) puts the house-style
rule REGISTER002 or REGISTER003 in REGISTER001's place in the selection.

Configuration is read from `banan.toml` (top level) or `pyproject.toml`
(`[tool.banan]`), found in the current folder or the nearest parent.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lazy import lazy

if TYPE_CHECKING:
    from .rules import Rule

__all__ = ["Config", "ConfigError", "find_config_file", "load_config", "read_word_list"]

CONFIG_FILES = ("banan.toml", ".banan.toml", "pyproject.toml")
KEYS = {"select", "ignore", "extend-select", "include", "exclude", "words", "words-file", "preview", "register"}
# The `register` setting: which REGISTER rule stands for the family (rules/register.py).
REGISTER_RULES = {"auto": "REGISTER001", "cholito": "REGISTER002", "sadhu": "REGISTER003"}


class ConfigError(ValueError):
    """A configuration that cannot be used: the message says where and why."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = ("*.txt", "*.md")  # files a folder walk checks
    exclude: tuple[str, ...] = ()  # glob patterns of files and folders to skip
    words: frozenset[str] = frozenset()  # a personal dictionary: never flagged as misspelled
    source: str = "defaults"  # where the settings came from, for error messages
    words_files: tuple[Path, ...] = ()  # the `words-file` lists read, in order (an editor adds words to the first)
    preview: bool = False  # whether preview rules run when a prefix or ALL selects them
    register: str = "auto"  # auto (REGISTER001), cholito (REGISTER002) or sadhu (REGISTER003)
    _extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for selector in self.select + self.ignore:
            if _specificity(selector, None) is None:
                raise ConfigError(f"{self.source}: unknown rule selector {selector!r}")
        if self.register not in REGISTER_RULES:
            known = ", ".join(REGISTER_RULES)
            raise ConfigError(f"{self.source}: register must be one of {known}, not {self.register!r}")

    def with_overrides(
        self,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        extend_select: list[str] | None = None,
        preview: bool = False,
        register: str | None = None,
    ) -> Config:
        return replace(
            self,
            select=tuple(select) if select else self.select + tuple(extend_select or ()),
            ignore=self.ignore + tuple(ignore or ()),
            source="command line" if (select or ignore or extend_select or register) else self.source,
            preview=self.preview or preview,
            register=register or self.register,
        )

    def enabled(self, rule: Rule) -> bool:
        chosen = REGISTER_RULES[self.register]
        if self.register != "auto" and rule.code in REGISTER_RULES.values():
            # The house style takes REGISTER001's place: it runs where REGISTER001 would
            # (or when selected by its own code), and REGISTER001 does not run.
            if rule.code != chosen:
                return False
            from dataclasses import replace as with_fields

            return self._enabled(rule) or self._enabled(with_fields(rule, code=REGISTER_RULES["auto"], default=True))
        return self._enabled(rule)

    def _enabled(self, rule: Rule) -> bool:
        best_select = max((s for sel in self.select if (s := _specificity(sel, rule)) is not None), default=None)
        if best_select is None:
            return False
        if (not rule.default or rule.status == "preview" and not self.preview) and best_select < len(rule.code):
            return False  # an opt-in rule (or a preview one, without preview) needs its own code or name
        best_ignore = max((s for sel in self.ignore if (s := _specificity(sel, rule)) is not None), default=None)
        return best_ignore is None or best_select > best_ignore

    @lazy
    def rules(self) -> tuple[Rule, ...]:
        return tuple(r for r in all_rules() if self.enabled(r))


def all_rules() -> tuple[Rule, ...]:
    """Every rule, from the registry. Imported on first call, so that the rule modules
    load when a selection is first resolved, not when this module is imported."""
    from .rules import all_rules as registry

    return registry()


def _specificity(selector: str, rule: Rule | None) -> float | None:
    """How specifically `selector` names `rule` (None: not at all). With rule=None,
    whether the selector names any rule at all."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return 0
    from .rules.redirects import find  # here, like all_rules: the rules load on first use

    redirect = find(sel)
    if redirect:
        return redirect.specificity if rule is None or rule.code in redirect.targets else None
    rules = all_rules() if rule is None else (rule,)
    for r in rules:
        if sel.lower() == r.name:
            return 100
        if sel.upper() and r.code.startswith(sel.upper()) and sel.upper()[:1].isalpha():
            return len(sel)
    return None


def find_config_file(start: Path) -> Path | None:
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file():
                if name == "pyproject.toml" and "banan" not in _read_toml(path).get("tool", {}):
                    continue
                return path
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Settings from `path`, or from the nearest config file above `start` (default:
    the current folder), or the defaults when there is none."""
    if path is None:
        path = find_config_file(start or Path.cwd())
        if path is None:
            return Config()
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("banan", {})
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(KEYS))}")
    values: dict[str, tuple[str, ...]] = {}
    for key in KEYS - {"preview", "register"}:
        if key in data:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{path}: {key} must be a list of strings")
            values[key] = tuple(value)
    select = values.get("select", ("ALL",)) + values.get("extend-select", ())
    words = set(values.get("words", ()))
    words_files = tuple(path.parent / name for name in values.get("words-file", ()))
    preview = data.get("preview", False)
    if not isinstance(preview, bool):
        raise ConfigError(f"{path}: preview must be true or false")
    register = data.get("register", "auto")
    if register not in REGISTER_RULES:
        raise ConfigError(f"{path}: register must be one of {', '.join(REGISTER_RULES)}, not {register!r}")
    for file in words_files:
        words |= read_word_list(file)
    return Config(
        select=select,
        ignore=values.get("ignore", ()),
        include=values.get("include", Config.include),
        exclude=values.get("exclude", ()),
        words=frozenset(unicodedata.normalize("NFC", w) for w in words),
        source=str(path),
        words_files=words_files,
        preview=preview,
        register=register,
    )


def read_word_list(path: Path) -> set[str]:
    """A plain word list: one word per line, `#` starts a comment, blank lines ignored."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read word list: {exc}") from None
    words = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(unicodedata.normalize("NFC", word))
    return words
