"""SPELL (unknown words) and NAME (near misses of country and city names).

Also the rare forms the web word list took in (NAME002, SPELL003: rules/web_slips.py).

One pass finds the words the lexicon and its inflections do not know; a word whose best
correction is a gazetteer name is a NAME finding, the rest SPELL. The speller and its
lexicon are loaded on first use, once per process.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from ..data import word_list
from ..deadline import check_deadline
from ..diagnostics import Applicability
from ..spelling import speller
from ..spelling.academy import negation_apart, standard_form, undouble_reph
from ..spelling.errormodel import cost, skeleton
from ..spelling.letter_rules import pattern_form
from ..spelling.settings import SETTINGS
from ..spelling.speller import LOOKALIKE
from .base import Example, Hit, Rule, replace
from .document import Document
from .names import heads_a_compound_name, respells_a_known_word
from .unicode import damaged
from .variants import document_spelling
from .verdicts import misspelt_place_name, verdicts
from .web_slips import misspelt_common_word
from .words import LETTERS, document_words

UNSAFE = Applicability.UNSAFE
DISPLAY = Applicability.DISPLAY_ONLY


# -- SPELL001, SPELL002 and NAME001: unknown words -------------------------------------------
def check_unknown(text: str, ctx: Document) -> Iterator[tuple[str, Hit]]:
    """(code, hit): the words the verdicts give to SPELL001 and NAME001 (a near miss of a
    gazetteer name); of SPELL001's, an unknown word the text repeats letter for letter is
    SPELL002's instead (one pass, three codes)."""
    owned = verdicts(ctx).owned_by("SPELL001", "NAME001")
    doc = document_words(text, ctx)
    places = (
        [(s, e, w) for s, e, w in doc.positions(set(owned)) if not heads_a_compound_name(text, e, w)] if owned else []
    )
    names = _names_of_the_text(ctx, Counter(w for _, _, w in places if owned[w].owner == "SPELL001"), len(doc.tokens))
    reported: set[str] = set()
    for s, e, w in places:
        check_deadline()
        name = owned[w].correction if owned[w].owner == "NAME001" else None
        if name:
            # A name made of known words (মিডওয়াটার, গ্রিনসের) is another name: shown, not applied.
            applies = DISPLAY if respells_a_known_word(w, name) else UNSAFE
            yield "NAME001", Hit(s, e, f"নামের বানান: “{name}”", (replace(s, e, name, applies),))
            continue
        suggestions = suggestions_for(w)
        if w in names:
            if w not in reported:  # once, at its first place
                reported.add(w)
                message = f"“{w}” অভিধানে নেই; লেখায় {names[w]} বার এই বানানে (নাম?)"
                yield "SPELL002", Hit(s, e, message, tuple(replace(s, e, x, DISPLAY) for x in suggestions))
            continue
        listed = ", ".join(suggestions[:3])
        message = f"“{w}” অভিধানে নেই" + (f"; সম্ভবত: {listed}" if listed else "")
        other = document_spelling(w, ctx)
        if other:
            # A name the lexicon does not hold, spelt another way more often in this text.
            suggestions = [other[0], *(x for x in suggestions if x != other[0])][: SETTINGS.suggestions_shown]
            message = f"“{w}” অভিধানে নেই; একই লেখায় “{other[0]}” বানানও আছে ({other[1]} বার)"
        yield "SPELL001", Hit(s, e, message, tuple(replace(s, e, x, DISPLAY) for x in suggestions))


# An unknown word written the same way several times in one text is meant so, unless
# a common word is a slip away, or the text's other unknown words are more than a small share
# of its words: a writer who does not know a word's spelling writes it wrong each time,
# while edited prose repeats its names (the repeated_unknown_* fields of SETTINGS).


def _names_of_the_text(ctx: Document, times: Counter[str], words: int) -> dict[str, int]:
    """The unknown words (with their counts) that a carefully spelt text writes the same
    way twice or more, with no common word a slip away: its names and terms."""
    names = {
        w: n
        for w, n in times.items()
        if n >= SETTINGS.repeated_unknown_min_count
        and not misspelt_place_name(w)
        and not document_spelling(w, ctx)
        and not _slip_of_a_common_word(w, suggestions_for(w))
    }
    others = sum(n for w, n in times.items() if w not in names)
    return names if others <= SETTINGS.careful_text_max_unknown_share * words else {}


def _slip_of_a_common_word(word: str, suggestions: list[str]) -> bool:
    """Whether the first suggestion says the word is a slip: a common word (or a form of
    one) an edit or a few confusions away, two words run together, or হূ printed for
    হৃ (an old font's look-alike, which a writer repeats)."""
    if not suggestions:
        return False
    first = suggestions[0]
    if " " in first or first == word.replace(*LOOKALIKE):
        return True
    return (
        cost(word, first) <= SETTINGS.repeated_unknown_slip_cost
        and speller().standing(first) >= SETTINGS.repeated_unknown_slip_min_zipf
    )


def suggestions_for(word: str) -> list[str]:
    """What SPELL001 offers for an unknown word: the speller's suggestions in standard
    spelling. A few more are asked for than shown: forms that merge into one standard
    spelling leave room."""
    shown = SETTINGS.suggestions_shown
    return _in_standard_spelling(tuple(speller().suggest(word, 2 * shown)))[:shown]


def offered_form(word: str) -> str:
    """The spelling SPELL001 would offer `word` in: its standard form where the ORTHO
    rules have one (a word list's ঘন্টা is offered as ঘণ্টা), else the word itself."""
    found = _in_standard_spelling((word,))
    return found[0] if found else word


@lru_cache(maxsize=65536)
def _in_standard_spelling(suggestions: tuple[str, ...]) -> list[str]:
    """The suggestions as the ORTHO rules would have them: a web list's frequent
    non-standard spelling (ঘন্টা, কারন) is offered in its standard form (ঘণ্টা, কারণ),
    once, so that a correction is never itself flagged. House-style pairs stay as found.
    A web list's broken encoding (চিকিত্সক, the old khanda ta) is never offered, nor a
    word SPELL001 itself would report (a compound a near miss of a common word, or a
    run-on split with such a part)."""
    out: list[str] = []
    sp = speller()
    for word in suggestions:
        if damaged(word) or not all(map(sp.is_known, word.split(" "))):
            continue
        found = word
        word = undouble_reph(word)
        table = standard_form(word)
        if table:
            word = word if table[2] else table[0]
        else:
            pattern = pattern_form(word)
            word = pattern[0] if pattern else word
        word = negation_apart(word) or word  # ভাবিনা is offered as ভাবি না
        if word != found and not all(map(sp.is_known, word.split(" "))):
            continue  # an old spelling of a word the lexicon does not know in the new one
        if word not in out:
            out.append(word)
    return out


# -- NAME002 and SPELL003: rare forms the web word list took in -----------------------------
def check_web_slips(text: str, ctx: Document) -> Iterator[tuple[str, Hit]]:
    """(code, hit): the words the verdicts give to NAME002 (a web misspelling of a country
    or city name) and SPELL003 (a rare form of a word a hundred times more frequent), with
    that form first."""
    owned = verdicts(ctx).owned_by("NAME002", "SPELL003")
    if not owned:
        return
    for s, e, w in document_words(text, ctx).positions(set(owned)):
        if heads_a_compound_name(text, e, w):
            continue
        check_deadline()
        meant = owned[w].correction
        assert meant is not None  # both verdicts carry the form meant
        if owned[w].owner == "NAME002":
            # Certain where the web list holds the form as a word of its own; a word read as
            # two known words, or as a word with a case ending, may be another name.
            certain = w in speller().lexicon and not respells_a_known_word(w, meant)
            message = f"নামের বানান: “{meant}” (“{w}” প্রচলিত ভুল বানান)"
            yield "NAME002", Hit(s, e, message, (replace(s, e, meant, UNSAFE if certain else DISPLAY),))
        else:
            # Not another form the web list took in (বাহীনির beside বাহীনি).
            others = [x for x in suggestions_for(w) if x != meant and not misspelt_common_word(x)]
            shown = [meant, *others][: SETTINGS.suggestions_shown]
            message = f"“{w}” বিরল বানান; সম্ভবত: “{meant}”"
            yield "SPELL003", Hit(s, e, message, tuple(replace(s, e, x, DISPLAY) for x in shown))


def _web_slip_hits(rule_code: str):
    def run(text: str, ctx: Document) -> Iterator[Hit]:
        yield from ctx.fact(_web_slip_findings).get(rule_code, ())

    return run


def _web_slip_findings(doc: Document) -> dict[str, list[Hit]]:
    """The web-misspelling hits of the document by code, found once for both rules."""
    found: dict[str, list[Hit]] = {}
    for code, hit in check_web_slips(doc.text, doc):
        found.setdefault(code, []).append(hit)
    return found


# A classifier or ordinal written on a numeral (৩টি, ১০ম, ২০তম, ৭ই): a typo in it (৩তি)
# is found by comparing skeletons with the forms that can follow a numeral.
_NUMERAL_WORD = re.compile(f"[০-৯0-9]([{LETTERS}]+)(?![{LETTERS}0-9A-Za-z০-৯])")
# The forms: a classifier (data/after_numeral_classifiers.txt: টি, জন, তম), an ending
# (data/after_numeral_endings.txt: র, কে, ই) or both, and the ordinal and date endings
# (data/after_numeral_forms.txt: ম, র্থ, লা, শে). The empty string is "none of them".
_AFTER_NUMERAL = frozenset(
    c + e
    for c in ("", *word_list("after_numeral_classifiers"))
    for e in ("", *word_list("after_numeral_endings"))
    if c + e
) | word_list("after_numeral_forms")
_AFTER_NUMERAL_BY_SHAPE: dict[str, list[str]] = {}
for _form in sorted(_AFTER_NUMERAL, key=lambda f: (len(f), f)):  # sorted: the same choice in every process
    _AFTER_NUMERAL_BY_SHAPE.setdefault(skeleton(_form), []).append(_form)


def check_numeral_suffix(text: str, ctx: Document) -> Iterator[Hit]:
    for m in _NUMERAL_WORD.finditer(text):
        part = m.group(1)
        if part in _AFTER_NUMERAL:
            continue
        forms = _AFTER_NUMERAL_BY_SHAPE.get(skeleton(part))
        if forms and not ctx.protected(m.start()):
            meant = min(forms, key=lambda f: cost(part, f))  # the closest of the forms (এঁর -> এর, not ের)
            s, e = m.start(1), m.end(1)
            yield Hit(s, e, f"সংখ্যার পরে “{meant}”?", (replace(s, e, meant, DISPLAY),))


def _unknown_word_hits(rule_code: str):
    def run(text: str, ctx: Document) -> Iterator[Hit]:
        if rule_code == "SPELL001":
            yield from check_numeral_suffix(text, ctx)
        yield from ctx.fact(_unknown_word_findings).get(rule_code, ())

    return run


def _unknown_word_findings(doc: Document) -> dict[str, list[Hit]]:
    """The unknown-word hits of the document by code, found once for the three rules."""
    found: dict[str, list[Hit]] = {}
    for code, hit in check_unknown(doc.text, doc):
        found.setdefault(code, []).append(hit)
    return found


RULES = [
    Rule(
        "SPELL001",
        "unknown-word",
        "A word that is not Bengali as far as the lexicon and its inflections know",
        """The word is in none of the word lists (wordfreq's Bengali list, CLDR and
        iso-codes names, hunspell-bn where installed), or is a list's misspelling of a
        far commoner word (web lists are built from web text, slips included: পাশাপশি
        beside পাশাপাশি), and is not an inflection (দেশ-গুলো-র-ও), a verb form (লিখছে
        from লেখা) or a compound of known words.
        Suggestions are ranked by a model of Bengali typing errors (vowel length, ন/ণ,
        শ/ষ/স, aspiration, missing phala or hasanta) and by frequency. Names the lexicon
        does not know are flagged too: add them to the personal dictionary. A name the
        text spells another way more often (জেলেনেস্কি beside three জেলেনস্কি) gets that
        spelling first, with the count. A word the text writes the same way twice or more,
        with no common word a slip away, is left to SPELL002: that is how names and terms
        of a text behave, and slips seldom repeat letter for letter. A word an ORTHO rule
        corrects to a known word (ধর্ম্মীয়, দৈবাত) is that rule's, which gives the
        Academy's rule; with that rule off, it is reported here.""",
        _unknown_word_hits("SPELL001"),
        bad=(
            Example("আমাদের «পতিবেদক» জানান।", "আমাদের প্রতিবেদক জানান।"),
            Example("«তকন» তিনি ছিলেন।", "তখন তিনি ছিলেন।"),
            Example("তাঁরা «পাশাপশি» বসলেন।", "তাঁরা পাশাপাশি বসলেন।"),
        ),
        good=("দেশের মানুষ বইগুলোরও খোঁজ নিচ্ছেন।", "সে চিঠি লিখছে, আমরা গান শুনছিলাম।"),
        fix_safety="Display-only: the right word depends on what the writer meant.",
        sources=("wordfreq; Unicode CLDR via Babel; iso-codes via pycountry; Debian hunspell-bn",),
        needs=("NORM",),
    ),
    Rule(
        "SPELL002",
        "repeated-unknown-word",
        "An unknown word the text writes the same way twice or more: most often a name",
        """A word the lexicon does not know, written letter for letter the same at least
        twice in one text, when no common word is a slip away from it (one edit or a few
        confusions inside a letter class, two words run together, হূ printed for হৃ). Such
        words are nearly always names and terms of the text: a foreign name in a news
        report comes back in every paragraph, while a slip seldom repeats exactly. SPELL001
        leaves them alone; this rule, off unless selected by its code, reports each once,
        at its first place, with the count, for a writer who wants every unknown word
        listed. A repeated slip of a common word (পতিবেদক twice) stays SPELL001's, and so
        does every unknown word of a text whose other unknown words are more than 2 in
        100 of its words: a writer who does not know a word's spelling writes it wrong
        each time.""",
        _unknown_word_hits("SPELL002"),
        bad=(Example("«জাভোরস্কিনা» এলেন। জাভোরস্কিনা বললেন, তিনি খুশি।"),),
        good=("আমাদের পতিবেদক জানান, পতিবেদক ঘটনাস্থলে ছিলেন।", "জাভোরস্কিনা এলেন।"),
        fix_safety="Display-only: a name the lexicon does not hold has no known spelling.",
        sources=("wordfreq; Unicode CLDR via Babel; iso-codes via pycountry; Debian hunspell-bn",),
        default=False,
        needs=("NORM",),
    ),
    Rule(
        "NAME001",
        "place-name-spelling",
        "A country or city name close to, but not, its known form (জারমানিতে -> জার্মানিতে)",
        """Gazetteer names come from CLDR (Babel) and iso-codes (pycountry): countries,
        territories and time-zone cities that occur in Bengali text. Forms common in the
        press that the gazetteers lack (ইসরায়েল, মিয়ানমার) are accepted because they are
        frequent in the word list. An unknown word whose best correction, one edit or a few
        confusions away, is such a name is reported with the name, inflection kept.
        Language names are not used: CLDR names hundreds of languages whose names are
        ordinary words (Vai ভাই, Basaa বাসা); a misspelt language name is a SPELL finding.""",
        _unknown_word_hits("NAME001"),
        bad=(Example("তিনি «জারমানিতে» যাবেন।", "তিনি জার্মানিতে যাবেন।"),),
        good=("তিনি জার্মানিতে যাবেন, পরে ইসরায়েল ও মিয়ানমার।",),
        fix_safety="Unsafe: a house style may prefer another form. Display-only for a word made of "
        "known words (মিডওয়াটার, গ্রিনসের), which is another name, not a slip.",
        sources=("Unicode CLDR via Babel; iso-codes via pycountry",),
        needs=("NORM",),
    ),
    Rule(
        "NAME002",
        "web-misspelt-place-name",
        "A misspelling of a country or city name that the web word list holds (কাজাখাস্তান -> কাজাখস্তান)",
        """The web word list is built from web text, and a misspelling of a name that many
        writers make is in it: কাজাখাস্তান beside the CLDR form কাজাখস্তান, or a name with two
        letters swapped that reads as two known words written solid. A form of the web list
        alone that is rare (Zipf below 3), or a word known only as a compound or a name with
        a case ending, is reported with the gazetteer name (CLDR and iso-codes countries and
        cities) when the name is at least ten times more frequent and a slip away: letters
        confused inside their classes, a vowel sign, hasanta, phala or reph put in or left
        out, or two neighbouring letters swapped, with the same first letter (one edit at
        most, two confusions for a form shorter than six letters). One letter written for
        another is another word (ম্যানিয়া, mania, is no ম্যানিলা). The case ending is kept. A
        regular inflection or derivation of a known word (কাতারেই, ওমানী) is a word, not a
        slip. A text that writes the form three times or more and the name never uses it
        as a name of its own, and is left alone.""",
        _web_slip_hits("NAME002"),
        bad=(
            Example("তিনি «কাজাখাস্তান» সফরে যাবেন।", "তিনি কাজাখস্তান সফরে যাবেন।"),
            Example("«আরমেনিয়ার» রাজধানী ইয়েরেভান।", "আর্মেনিয়ার রাজধানী ইয়েরেভান।"),
        ),
        good=(
            "তিনি কাজাখস্তান সফরে যাবেন।",
            "তাঁর ক্রিকেট নিয়ে ম্যানিয়া আছে।",
            "ডমিনিকা এলেন। ডমিনিকা হাসলেন। ডমিনিকা বললেন, তিনি খুশি।",
        ),
        fix_safety="Unsafe where the web list holds the form as a word: a house style may prefer it. "
        "Display-only for a word read as known words or as a word with a case ending, which "
        "may be another name.",
        sources=("wordfreq; Unicode CLDR via Babel; iso-codes via pycountry",),
        needs=("NORM",),
    ),
    Rule(
        "SPELL003",
        "rare-twin-of-common-word",
        "A rare form of the web word list that differs from a far commoner word only inside letter classes",
        """A form of the web word list alone, rare (Zipf below 3) and five letters long or
        more, that differs from a word a hundred times more frequent (and itself common,
        Zipf 3.5 or more) only inside the letter classes writers confuse (ি/ী, ন/ণ, শ/ষ/স,
        aspiration), by two confusions at most, with the same first letter: most such forms
        are that word misspelt often enough to reach the web list (অনুস্থিত beside
        অনুষ্ঠিত, held). The speller already treats the plainest of these as unknown
        (SPELL001); this rule reports the rest with the common word first, as a suggestion,
        since a rare word can be right. Left alone: a regular inflection of a known word; a
        candrabindu the rare form has and the common one lacks (আঁতকে, startled, beside
        আটকে); a consonant the rare form says doubled and the common one does not
        (বল্লেন is বললেন, not বলেন); a rare form that is the Academy's spelling of a common
        old one; a form a text
        writes three times or more and the common word never. A common word the Academy
        spells otherwise is offered in the Academy's spelling (পাহারি: পাহাড়ি, not the web's
        commoner পাহাড়ী).""",
        _web_slip_hits("SPELL003"),
        bad=(
            Example("সভাটি «অনুস্থিত» হয়।", "সভাটি অনুষ্ঠিত হয়।"),
            Example("তিনি «বাহীনি» নিয়ে এলেন।", "তিনি বাহিনী নিয়ে এলেন।"),
        ),
        good=("সভাটি অনুষ্ঠিত হয়।", "লজ্জায় শরমে সে চুপ করে রইল।", "খবর শুনে সে আঁতকে উঠল।"),
        fix_safety="Display-only: a rare word can be the right one.",
        sources=("wordfreq",),
        needs=("NORM",),
    ),
]
