"""How banan's rules look to LanguageTool clients: rule ids, categories, issue types.

A rule `SPACE001` is `BN_SPACE001`. Spelling rules (families SPELL and NAME) are
`BN_SPELL001_SPELLING_RULE`: ltex-ls treats an id ending in `_SPELLING_RULE` as an
unknown-word rule and offers "add to dictionary", and issueType `misspelling` makes
the browser add-on underline it as a typo. Categories follow the rule family and reuse
LanguageTool's own category ids where one fits (TYPOS, TYPOGRAPHY, PUNCTUATION), so a
client's `disabledCategories=TYPOS` (language_tool_python's `disable_spellchecking()`)
means the same here. A redirected code (BN_ORTHO005, its old name too) stands for the
rules it became (rules/redirects.py) in enabledRules and disabledRules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..rules import FAMILY_TABLE, Family, Rule
from ..rules.redirects import REDIRECTS

__all__ = ["CATEGORIES", "Category", "LtRule", "RuleCatalog"]


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    issue_type: str  # ITS 2.0 issue type, as LanguageTool reports it
    short_message: str  # shown by clients as a title (Bengali)
    type_name: str = "Other"  # LanguageTool's match type: UnknownWord, Hint or Other
    spelling: bool = False  # a word the user may add to a dictionary


def _category(family: Family) -> Category:
    return Category(
        family.lt_category_id,
        family.lt_category_name,
        family.issue_type,
        family.short_message,
        family.match_type,
        family.spelling,
    )


# Family -> category, from the families table (rules/families.py). A family not listed
# gets BN_<FAMILY>, issue type uncategorized.
CATEGORIES: dict[str, Category] = {family.prefix: _category(family) for family in FAMILY_TABLE}


def category_for(family: str) -> Category:
    known = CATEGORIES.get(family)
    if known:
        return known
    for prefix, category in CATEGORIES.items():
        if family.startswith(prefix):  # SPELLX is still spelling
            return category
    return Category(f"BN_{family}", family.title(), "uncategorized", family)


@dataclass(frozen=True)
class LtRule:
    """A banan rule as LanguageTool clients see it."""

    code: str
    id: str
    description: str
    category: Category

    @property
    def is_misspelling(self) -> bool:
        """Matches of this rule are about a word's spelling: a dictionary word silences them."""
        return self.category.issue_type == "misspelling"

    def rule_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "description": self.description,
            "issueType": self.category.issue_type,
            "category": {"id": self.category.id, "name": self.category.name},
        }


def lt_id(code: str, category: Category) -> str:
    return f"BN_{code}_SPELLING_RULE" if category.spelling else f"BN_{code}"


class RuleCatalog:
    """The rules a server offers, looked up by banan code, LanguageTool id or name."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        self.by_code: dict[str, LtRule] = {}
        self._lookup: dict[str, tuple[str, ...]] = {}  # any accepted spelling (upper case) -> codes
        for rule in self.rules:
            family = rule.code.rstrip("0123456789")
            category = category_for(family)
            lt = LtRule(rule.code, lt_id(rule.code, category), rule.summary, category)
            self.by_code[rule.code] = lt
            for key in (rule.code, lt.id, rule.name):
                self._lookup[key.upper()] = (rule.code,)
        for redirect in REDIRECTS:
            targets = tuple(c for c in redirect.targets if c in self.by_code)
            old = lt_id(redirect.code, category_for(redirect.code.rstrip("0123456789")))
            for key in (redirect.code, old, redirect.name):
                self._lookup[key.upper()] = targets

    def get(self, code: str) -> LtRule:
        """The LanguageTool view of `code`, also for a code this catalog has not seen."""
        found = self.by_code.get(code)
        if found is None:
            category = category_for(code.rstrip("0123456789"))
            found = LtRule(code, lt_id(code, category), code, category)
        return found

    def codes_for_rules(self, ids: Iterable[str]) -> set[str]:
        """banan codes for rule ids given as LanguageTool ids, codes or names; ids of
        rules this server does not have are ignored, as LanguageTool does."""
        return {code for i in ids for code in self._lookup.get(i.upper(), ())}

    def codes_for_categories(self, ids: Iterable[str]) -> set[str]:
        """banan codes of every rule in the given category ids (or family names)."""
        wanted = {i.upper() for i in ids}
        if not wanted:
            return set()
        return {
            code
            for code, lt in self.by_code.items()
            if lt.category.id.upper() in wanted or code.rstrip("0123456789") in wanted
        }

    def configinfo_rules(self) -> list[dict[str, str]]:
        out = []
        for lt in self.by_code.values():
            entry = {
                "ruleId": lt.id,
                "description": lt.description,
                "categoryId": lt.category.id,
                "categoryName": lt.category.name,
                "locQualityIssueType": lt.category.issue_type,
            }
            if lt.category.spelling:
                entry["isDictionaryBasedSpellingRule"] = "yes"
            out.append(entry)
        return out
