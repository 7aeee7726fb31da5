"""The LanguageTool HTTP API v2 /check call: parameters in, JSON out.

Pure: no I/O. `parse_check` validates the form parameters as LanguageTool does (same
status codes, messages in its style); `check_response` runs banan and shapes the
answer. Offsets and lengths in the answer are UTF-16 code units into the original text
(with markup, when the request sent `data`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from .. import __version__
from ..config import Config
from ..diagnostics import Diagnostic
from ..engine import check
from ..positions import Utf16Index, utf16_length
from ..tokenize import sentences
from .annotated import AnnotatedText, AnnotationError, parse_data
from .rulemap import RuleCatalog

__all__ = ["LANGUAGES", "ApiError", "CheckRequest", "Checker", "parse_check", "software"]

# (name, code, longCode), sorted by name as LanguageTool lists them.
LANGUAGES = (
    ("Bengali", "bn", "bn"),
    ("Bengali (Bangladesh)", "bn", "bn-BD"),
    ("Bengali (India)", "bn", "bn-IN"),
)
_BY_TAG = {long.lower(): (name, long) for name, _, long in LANGUAGES}
AUTO_LANGUAGE = ("Bengali (Bangladesh)", "bn-BD")  # what language=auto checks as

CONTEXT_CHARS = 40  # on each side of a match, as LanguageTool does
# The longest `sentence` of a match: a text without a sentence end is one sentence, and
# every match repeats its sentence, so an unbounded one makes the answer grow with the
# square of the text. A longer sentence is cut to this many code points around the match.
SENTENCE_CHARS = 100
COMPACT_REPLACEMENTS = 5

_RENAMED = {
    "enabled": "enabledRules",
    "disabled": "disabledRules",
    "preferredvariants": "preferredVariants",
    "autodetect": "language=auto",
}
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_CALLBACK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$.]{0,99}")
_BENGALI_LETTERS = frozenset(
    c for c in map(chr, [*range(0x0985, 0x09BA), 0x09CE, *range(0x09DC, 0x09E0), 0x09F0, 0x09F1]) if c.isalpha()
)
# Whether each UTF-16 code unit is a Bengali letter, or a letter outside the Bengali
# block: numpy counts them in one call each, where a pass of Python per character cost a
# fifth of a millisecond a request.
_IS_BENGALI_LETTER = np.zeros(0x10000, dtype=bool)
_IS_BENGALI_LETTER[[ord(c) for c in _BENGALI_LETTERS]] = True
_IS_OTHER_LETTER = np.fromiter((chr(u).isalpha() for u in range(0x10000)), dtype=bool, count=0x10000)
_IS_OTHER_LETTER[0x0980:0x0A00] = False  # the block's letters are not counted as other scripts
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
DETECTION_SAMPLE = 1000


class ApiError(Exception):
    """A request LanguageTool would refuse: the status and a plain-text message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def software() -> dict[str, Any]:
    return {"name": "banan", "version": __version__, "buildDate": None, "apiVersion": 1, "premium": False, "status": ""}


@dataclass(frozen=True)
class CheckRequest:
    document: AnnotatedText
    language: tuple[str, str]  # (name, long code) checked as
    auto: bool
    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_only: bool = False
    compact: bool = False
    allow_incomplete: bool = False
    callback: str | None = None
    username: str | None = None
    api_key: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _split(value: str | None) -> frozenset[str]:
    return frozenset(v.strip() for v in (value or "").split(",") if v.strip())


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "yes", "1")


def parse_language(tag: str | None) -> tuple[tuple[str, str], bool]:
    """((name, long code), is_auto) for a `language` parameter, or ApiError."""
    if tag is None or not tag.strip():
        raise ApiError(
            400,
            "Missing 'language' parameter, e.g. 'language=bn-BD' for Bengali (Bangladesh), "
            "'language=bn-IN' for Bengali (India) or 'language=auto'",
        )
    key = tag.strip().replace("_", "-").lower()
    if key == "auto":
        return AUTO_LANGUAGE, True
    found = _BY_TAG.get(key)
    if found is None:
        codes = ", ".join(long for _, _, long in LANGUAGES)
        raise ApiError(
            400, f"'{tag}' is not a language code known to this server. Supported language codes are: {codes}, auto"
        )
    return found, False


def parse_check(params: Mapping[str, str], max_length: int) -> CheckRequest:
    """Validate /v2/check parameters, LanguageTool's way. Raises ApiError."""
    for old, new in _RENAMED.items():
        if old in params:
            raise ApiError(
                400, f"You specified '{old}' parameter, but this parameter has been renamed to '{new}' in v2"
            )
    language, auto = parse_language(params.get("language"))
    text, data = params.get("text"), params.get("data")
    if text is not None and data is not None:
        raise ApiError(400, "Set only 'text' or 'data' parameters, not both")
    if text is None and data is None:
        raise ApiError(400, "Missing 'text' or 'data' parameter")
    try:
        document = AnnotatedText.from_text(text) if text is not None else parse_data(data or "")
    except AnnotationError as exc:
        raise ApiError(400, str(exc)) from None
    length = utf16_length(document.plain)
    if length > max_length:
        raise ApiError(
            413,
            f"Your text exceeds the limit of {max_length} characters (it's {length} characters). "
            "Please submit a shorter text.",
        )

    enabled_rules, disabled_rules = _split(params.get("enabledRules")), _split(params.get("disabledRules"))
    enabled_cats, disabled_cats = _split(params.get("enabledCategories")), _split(params.get("disabledCategories"))
    enabled_only = _true(params.get("enabledOnly"))
    if enabled_only and (disabled_rules or disabled_cats):
        raise ApiError(400, "You cannot specify disabled rules or categories using enabledOnly=true")
    if enabled_only and not (enabled_rules or enabled_cats):
        raise ApiError(400, "You must specify enabled rules or categories when using enabledOnly=true")

    level = params.get("level", "default").strip() or "default"
    if level not in ("default", "picky"):
        raise ApiError(400, f"Unknown value for 'level': '{level}', use 'default' or 'picky'")
    mode = params.get("mode", "all").strip() or "all"
    if mode not in ("all", "batch", "textLevelOnly", "allButTextLevelOnly"):
        raise ApiError(400, f"Unknown value for 'mode': '{mode}', use 'all', 'textLevelOnly' or 'allButTextLevelOnly'")
    multilingual = _true(params.get("multilingual"))
    variants = _split(params.get("preferredVariants"))
    if variants and not auto and not multilingual:
        raise ApiError(400, "You specified 'preferredVariants' but you didn't specify 'language=auto'")
    for v in variants:
        if "-" not in v:
            raise ApiError(
                400, f"Invalid 'preferredVariants', expected a language code with a variant like 'bn-BD': '{v}'"
            )
    if _split(params.get("noopLanguages")) and not auto:
        raise ApiError(400, "You specified 'noopLanguages' but you didn't specify 'language=auto'")
    for name in ("motherTongue",):
        value = params.get(name)
        if value and not _LANGUAGE_TAG.fullmatch(value.strip()):
            raise ApiError(400, f"'{value}' is not a valid language code for '{name}'")
    username = (params.get("username") or "").strip() or None
    api_key = params.get("apiKey") or params.get("password") or None
    if api_key and not username:
        raise ApiError(400, "An 'apiKey' (or 'password') needs a 'username' too")
    callback = params.get("callback") or None
    if callback is not None and not _CALLBACK.fullmatch(callback):
        raise ApiError(400, "'callback' must be a JavaScript identifier")
    return CheckRequest(
        document=document,
        language=language,
        auto=auto,
        enabled_rules=enabled_rules,
        disabled_rules=disabled_rules,
        enabled_categories=enabled_cats,
        disabled_categories=disabled_cats,
        enabled_only=enabled_only,
        compact=params.get("c", "").strip() == "1",
        allow_incomplete=_true(params.get("allowIncompleteResults")),
        callback=callback,
        username=username,
        api_key=api_key,
    )


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


class Checker:
    """Runs banan for /v2/check requests and shapes LanguageTool answers. Thread-safe:
    everything it keeps is immutable or behind lru_cache."""

    def __init__(self, base: Config, catalog: RuleCatalog) -> None:
        self.base = base
        self.catalog = catalog
        self._base_codes = frozenset(r.code for r in base.rules)
        self._config = lru_cache(maxsize=256)(self._make_config)

    def _make_config(self, codes: frozenset[str]) -> Config:
        if codes == self._base_codes:
            return self.base
        return Config(select=tuple(sorted(codes)))  # exact codes; empty selects nothing

    def config_for(self, req: CheckRequest) -> Config:
        """The rules this request runs: the server's selection, plus enabled, minus
        disabled (or only the enabled ones with enabledOnly)."""
        cat = self.catalog
        enabled = cat.codes_for_rules(req.enabled_rules) | cat.codes_for_categories(req.enabled_categories)
        if req.enabled_only:
            codes = enabled
        else:
            disabled = cat.codes_for_rules(req.disabled_rules) | cat.codes_for_categories(req.disabled_categories)
            codes = (self._base_codes | enabled) - disabled
        return self._config(frozenset(codes))

    def diagnostics(self, req: CheckRequest, words: Collection[str] = ()) -> list[Diagnostic]:
        """banan's findings on the checked text, without spelling flags on words of
        the user's or the team's dictionary (whether or not a rule honours `words`)."""
        accepted = frozenset(_nfc(w) for w in words)
        found = check(req.document.plain, self.config_for(req), words=accepted)
        if accepted:
            found = [d for d in found if not (self.catalog.get(d.code).is_misspelling and _nfc(d.found) in accepted)]
        return found

    def response(
        self, req: CheckRequest, found: list[Diagnostic], incomplete_reason: str | None = None
    ) -> dict[str, Any]:
        doc = req.document
        name, code = req.language
        out: dict[str, Any] = {}
        if not req.compact:
            out["software"] = software()
        out["warnings"] = {"incompleteResults": incomplete_reason is not None}
        if incomplete_reason:
            out["warnings"]["incompleteResultsReason"] = incomplete_reason
        out["language"] = {
            "name": name,
            "code": code,
            "detectedLanguage": {"name": name, "code": code, "confidence": bengali_share(doc.plain)},
        }
        out["matches"] = _Matches(self.catalog, doc, req.compact).build(found)
        return out


def bengali_share(text: str) -> float:
    """The share of letters in Bengali script among the first few thousand characters:
    the server's language detection confidence."""
    sample = text[:DETECTION_SAMPLE]
    units = np.frombuffer(sample.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    bengali = int(np.count_nonzero(_IS_BENGALI_LETTER[units]))
    letters = bengali + int(np.count_nonzero(_IS_OTHER_LETTER[units]))
    if len(units) != len(sample):  # letters beyond U+FFFF, written as two units each
        letters += sum(1 for c in _ASTRAL.findall(sample) if c.isalpha())
    if not letters:
        return 0.0
    return round(bengali / letters, 4)


class _Matches:
    """Builds match objects for one document, sharing its position indexes."""

    def __init__(self, catalog: RuleCatalog, doc: AnnotatedText, compact: bool) -> None:
        self.catalog = catalog
        self.doc = doc
        self.compact = compact
        self.utf16 = Utf16Index(doc.original)
        self._sentences: list[tuple[int, int]] | None = None
        self._sentence_starts: list[int] = []

    def build(self, found: list[Diagnostic]) -> list[dict[str, Any]]:
        return [self.match(d) for d in found]

    def sentence(self, start: int) -> str:
        """The (checked-text) sentence holding code-point `start`, or the one before it,
        at most SENTENCE_CHARS of it around `start`."""
        if self._sentences is None:
            self._sentences = sentences(self.doc.plain)
            self._sentence_starts = [s for s, _ in self._sentences]
        spans = self._sentences
        if not spans:
            return ""
        i = max(bisect_right(self._sentence_starts, start) - 1, 0)
        a, b = spans[i]
        if b - a > SENTENCE_CHARS:
            a = min(max(a, start - SENTENCE_CHARS // 2), b - SENTENCE_CHARS)
            b = a + SENTENCE_CHARS
        return self.doc.plain[a:b]

    def context(self, start: int, end: int) -> dict[str, Any]:
        """±40 characters of the original around the match, "..." where cut, line
        breaks shown as spaces (lengths unchanged)."""
        text = self.doc.original
        a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
        prefix = "..." if a > 0 else ""
        body = text[a:b].replace("\r", " ").replace("\n", " ")
        ctx = prefix + body + ("..." if b < len(text) else "")
        offset = len(prefix) + utf16_length(text[a:start])
        return {"text": ctx, "offset": offset, "length": utf16_length(text[start:end])}

    def match(self, d: Diagnostic) -> dict[str, Any]:
        lt = self.catalog.get(d.code)
        start, end = self.doc.span(d.start, d.end)
        offset, length = self.utf16.span(start, end)
        replacements = d.replacements
        if self.compact:
            replacements = replacements[:COMPACT_REPLACEMENTS]
        m: dict[str, Any] = {
            "message": d.message,
            "shortMessage": lt.category.short_message,
            "replacements": [{"value": r} for r in replacements],
            "offset": offset,
            "length": length,
        }
        if not self.compact:
            m["context"] = self.context(start, end)
            m["sentence"] = self.sentence(d.start)
        m["type"] = {"typeName": lt.category.type_name}
        m["rule"] = lt.rule_json()
        m["ignoreForIncompleteSentence"] = False
        m["contextForSureMatch"] = 0
        # banan's own view, for its web editor; LanguageTool clients ignore unknown keys.
        m["banan"] = {
            "code": d.code,
            "applicability": d.applicability.label if d.applicability is not None else None,
            "spelling": lt.category.spelling,
        }
        return m
