"""ORTHO007: the Academy's final ো, a house style (ভাল -> ভালো, হল -> হলো, করব -> করবো).

Both forms are standard, so the rule is off unless selected; it judges every word of the
text (plain ones too: ভাল is a plain word), not only those the verdicts judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...data import word_list, word_pairs
from ...diagnostics import Applicability
from ...spelling import morphology, speller
from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..words import LETTERS, accepted, document_words

__all__ = ["RULES", "final_o_form"]

UNSAFE = Applicability.UNSAFE


# -- ORTHO007: the Academy's final ো (house style) -----------------------------------------
# BA rule 2.3: a word's final o sound may be written ো (ভালো, ছোটো, এগারো-আঠারো, হলো,
# হতো, করবো). The Academy allows both forms, so this is a house style, off unless
# selected. Only forms that are nothing but the word meant are reported: kept as written
# are the words of data/final_o_not_verbs.txt (কাল, time and black; মত, opinion and
# like); those of data/final_o_in_context.txt (হল, hall and was) are taken for the verb
# only where it ends a clause or follows a verbal noun (করা হল). The rule's own examples
# (ভাল -> ভালো) are in data/final_o_words.tsv.
_FINAL_O_WORDS = dict(word_pairs("final_o_words"))  # no base begins another: a compound has one at most
# Verb endings that take ো: the past habitual (করত), the simple past (করল), the first
# person future (করব); single letters, which the rule compares a word's last letter with.
# The vowel roots' forms, which the morphology does not read, are data/final_o_vowel_root_forms.txt.
_FINAL_O_ENDINGS = frozenset({"ত", "ল", "ব"})
_FINAL_O_VOWEL_ROOT_FORMS = word_list("final_o_vowel_root_forms")
_FINAL_O_IN_CONTEXT = word_list("final_o_in_context")
_FINAL_O_NOT_VERBS = word_list("final_o_not_verbs")
_CLAUSE_END = re.compile(r"\s*(?:[।,;?!:]|$)")
_WORD_BEFORE = re.compile(f"([{LETTERS}]+)\\s+$")
_WORD_WINDOW = 64  # code points before a word in which to find the word before it
_FINAL_O_COMPOUND_MARGIN = 0.5  # Zipf: the ো form of a compound (ভালোবাসা) is the usual one too


@lru_cache(maxsize=65536)
def final_o_form(word: str) -> str | None:
    """The word with the Academy's final ো, when the word is one that takes it and has no
    other reading (`_FINAL_O_IN_CONTEXT` words aside, which need their context)."""
    if word in _FINAL_O_WORDS:
        return _FINAL_O_WORDS[word]
    if word in _FINAL_O_NOT_VERBS or word[-1:] not in _FINAL_O_ENDINGS:
        return _compound_final_o(word)
    if word in _FINAL_O_VOWEL_ROOT_FORMS or word in _FINAL_O_IN_CONTEXT:
        return word + "\u09cb"
    sp = speller()
    if sp.lexicon.frequency(word + "\u09cb") < 0:
        return None  # a form writers never give ো (the web list has not seen it)
    if any(ending in _FINAL_O_ENDINGS for _, ending in morphology.verb_readings(word, sp.is_verb)):
        return word + "\u09cb"
    return None


def _compound_final_o(word: str) -> str | None:
    """ভালবাসা -> ভালোবাসা: a compound on one of `_FINAL_O_WORDS` whose ো form the word
    list holds as the usual spelling."""
    lex = speller().lexicon
    for base, with_o in _FINAL_O_WORDS.items():
        if word.startswith(base) and len(word) > len(base) and word[len(base)] != "\u09cb":
            fixed = with_o + word[len(base) :]
            if lex.frequency(fixed) >= max(lex.frequency(word), 0) - _FINAL_O_COMPOUND_MARGIN:
                return fixed
    return None


def _verb_in_context(text: str, start: int, end: int) -> bool:
    """Whether a word that is also a noun (হল, hall) stands as the verb: it ends a
    clause, or follows a verbal noun (করা হল, দেওয়া হত)."""
    if _CLAUSE_END.match(text, end):
        return True
    m = _WORD_BEFORE.search(text[max(0, start - _WORD_WINDOW) : start])  # a window: not a scan from the text's start
    return m is not None and m.group(1).endswith("া") and speller().is_verb(m.group(1))


def check_final_o(text: str, doc: Document) -> Iterator[Hit]:
    words = document_words(text, doc)
    hits = {w: fixed for w in words.counts if not accepted(w, doc) and (fixed := final_o_form(w))}
    for s, e, w in words.positions(set(hits)) if hits else ():
        if w in _FINAL_O_IN_CONTEXT and not _verb_in_context(text, s, e):
            continue
        yield Hit(s, e, f"প্রমিত বানানের বিকল্প: শব্দের শেষে ও-কার “{hits[w]}”", (replace(s, e, hits[w], UNSAFE),))


RULES = [
    Rule(
        "ORTHO007",
        "final-o-kar",
        "The Academy's final ো, as a house style (ভাল -> ভালো, হল -> হলো, করব -> করবো)",
        """Bangla Academy rule 2.3: a word's final o sound may be written with ো: ভালো,
        ছোটো, এগারো to আঠারো, and verb forms: the past habitual (করতো, হতো), the
        simple past (করলো, হলো), the first person future (করবো, হবো). Both forms are
        standard, so this rule is off unless selected by its code, for a house that writes
        ো throughout. A form that is also another word is left alone (কাল, time; মত,
        opinion; কোন, which; আসল, real), and হল (hall), হত (killed) and দেব (god) are
        taken for the verb only where they end a clause or follow a verbal noun (করা হল).""",
        check_final_o,
        bad=(
            Example("সে «ভাল» আছে।", "সে ভালো আছে।"),
            Example("কাজটি শেষ করা «হল»।", "কাজটি শেষ করা হলো।"),
            Example("আমরা কাল «করব»।", "আমরা কাল করবো।"),
            Example("তারা «ভালবাসা» চায়।", "তারা ভালোবাসা চায়।"),
        ),
        good=("সে ভালো আছে। কাল তার মত জানা যাবে। জগন্নাথ হল প্রাঙ্গণে সভা। আসল কথা বলো।",),
        fix_safety="Unsafe: a house style choice.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012), rule 2.3; reference O12",),
        default=False,
        needs=("NORM",),
    ),
]
