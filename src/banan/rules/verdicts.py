"""One verdict per word: which rule reports each word of a document, decided in one place.

A word of a document is judged once (`Verdicts.of`): the classifier asks its questions
in a fixed order, one predicate each, and the first that holds settles what the word is
and which rule reports it:

1. accepted: the user's dictionary holds it (or its stem): no rule reports it.
2. house style: the table pairs it with the Academy's choice between two spellings in
   use (ঈদ/ইদ): ORTHO004 reports it when selected; either way it is a correct word.
3. table: the standard-spelling table has its standard form (সরকারী -> সরকারি): ORTHO001.
4. letter rule: an Academy rule reads its standard form off the letters (কারন -> কারণ):
   the rule of the correction's first step (ORTHO008-ORTHO018).
5. for a word the lexicon does not know: a consonant doubled after reph whose undoubled
   form is known (ORTHO002); a case form of a name the text spells its own way (step 6's
   exception: ডমিনিকার beside three ডমিনিকা), which no rule reports; a misspelt country or
   city name (NAME001); else an unknown word (SPELL001, which also decides SPELL002, the
   names a text repeats).
In a text written in সাধু (rules/text_register.py), two readings come before steps 3-5:
a word the table or a letter rule would respell that the curated word list holds is the
older spelling সাধু books print (পোষাক, "dress", before the Academy's পোশাক), and a word the
lexicon does not know that reads as a tatsama compound or an older hasanta spelling
(spelling/literary.py: বনমধ্যে, "in the forest"; কোন্, "which") is a word of the
register; no rule reports either.

6. for a known word: a verb with না written solid (ORTHO006); a rare form the web word
   list took in that misspells a country or city name (NAME002) or a word a hundred times
   more frequent (SPELL003), unless the document writes it several times and the other
   form never (its own name); a rare spelling the document writes another way more often
   (CONSIST001); else nothing to report.

A step whose rule does not run is passed over, so that the word goes to the next rule
that would report it: a rule leaves a word to another only when that one runs (with
ORTHO001 off, a table word the lexicon does not know is SPELL001's). The rules turn the
verdicts into diagnostics at the places of the words; where a rule leaves a place alone
(a word inside a name keeps its spelling), no other rule reports it there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..spelling import morphology, speller
from ..spelling.academy import negation_apart, standard_form, undouble_reph
from ..spelling.errormodel import cost, skeleton
from ..spelling.letter_rules import (
    A_YA_RULE,
    ABSTRACT_RULE,
    FOREIGN_ST_RULE,
    IYA_RULE,
    KHANDA_TA_RULE,
    NATION_I_RULE,
    NATVA_RULE,
    NGA_RULE,
    PREFIX_VISARGA_RULE,
    SANDHI_RULE,
    T_SANDHI_RULE,
    pattern_form,
    pattern_step,
)
from ..spelling.lexicon import FROM_HUNSPELL
from ..spelling.literary import literary_reading
from ..spelling.register import SADHU
from .document import Document
from .gazetteer import place_names
from .plain import interesting, is_rare
from .text_register import written_in
from .variants import minorities, respelt, variants
from .web_slips import misspelt_common_word, misspelt_name, own_name_form, used_as_a_name
from .words import accepted

__all__ = ["Verdict", "Verdicts", "misspelt_place_name", "pattern_code", "register_rule", "verdicts"]

# What a word can be, as the classifier settles it (`Verdict.kind`).
ACCEPTED = "accepted"
HOUSE_STYLE = "house style"
TABLE = "table"
LETTER_RULE = "letter rule"
REPH = "reph doubling"
PLACE_NAME = "place name"
WEB_SLIP = "web misspelling"
OWN_NAME = "own name"
UNKNOWN = "unknown"
NEGATION = "negation"
VARIANT = "variant"
KNOWN = "known"
LITERARY = "literary"


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # what the word is (the constants above)
    owner: str | None  # the code of the rule that reports the word; None: no rule does
    correction: str | None = None  # the owner's correction, where the verdict has one
    reason: str = ""  # the evidence: the Academy rule, the majority spelling's count


# The Academy rule of a letter-rule correction's first step -> the code that reports it.
_CODE_OF_RULE = {
    NATVA_RULE: "ORTHO008",
    NATION_I_RULE: "ORTHO009",
    KHANDA_TA_RULE: "ORTHO010",
    FOREIGN_ST_RULE: "ORTHO011",
    A_YA_RULE: "ORTHO012",
    IYA_RULE: "ORTHO013",
    NGA_RULE: "ORTHO014",
    SANDHI_RULE: "ORTHO015",
    PREFIX_VISARGA_RULE: "ORTHO016",
    T_SANDHI_RULE: "ORTHO017",
    ABSTRACT_RULE: "ORTHO018",
}


@lru_cache(maxsize=65536)
def pattern_code(word: str) -> str | None:
    """The code of the letter rule that reports `word` (that of its correction's first step)."""
    found = pattern_step(word)
    return _CODE_OF_RULE[found[1]] if found and pattern_form(word) else None


@lru_cache(maxsize=65536)
def misspelt_place_name(word: str) -> str | None:
    """The country or city name (inflected or not) that an unknown word misspells: the
    speller's best correction, one edit or a few confusions away, when it is such a name."""
    names = place_names()
    found = speller().suggest(word, limit=1)
    if not found:
        return None
    candidate = found[0]
    if candidate not in names and not any(s in names for s, _ in morphology.split(candidate)):
        return None
    # Another first consonant (মাইওয়ানে, তাইওয়ানে) makes another word, not the name misspelt:
    # writers seldom slip there. A vowel for a vowel (এন্দোনেশিয়া) is a slip.
    vowels = morphology.VOWELS
    if skeleton(word)[:1] != skeleton(candidate)[:1] and not (word[0] in vowels and candidate[0] in vowels):
        return None
    return candidate if cost(word, candidate) <= 1.0 else None


def _known_undoubled(word: str) -> str | None:
    """The word without a consonant doubled after reph, when that is a known word."""
    plain = undouble_reph(word)
    return plain if plain != word and speller().is_known(plain) else None


class Verdicts:
    """The verdicts on the words of one document, each reached once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._of: dict[str, Verdict] = {}
        self._ranked = False  # whether the unknown words' suggestions were ranked together
        self._readings: dict[str, str | None] = {}  # a সাধু text's readings of its unknown words

    def of(self, word: str) -> Verdict:
        """The verdict on `word` in this document."""
        found = self._of.get(word)
        if found is None:
            found = self._of[word] = self._classify(word)
        return found

    def owned_by(self, *codes: str) -> dict[str, Verdict]:
        """The words of the document (those not plain) that the rules `codes` report."""
        wanted = set(codes)
        words = interesting(self.doc)
        self._rank_together(words)
        return {w: v for w in words if (v := self.of(w)).owner in wanted}

    def _rank_together(self, words: list[str]) -> None:
        """Rank the suggestions of the words that will ask for them (the unknown words no
        table or letter rule takes) in one batch, before the verdicts ask one by one:
        the same lists (`Speller.candidates_many`), the searches made together."""
        if self._ranked:
            return
        self._ranked = True
        sp = speller()
        unknown = [
            w
            for w in words
            if w not in self._of
            and not accepted(w, self.doc)
            and not self._table_verdict(w)
            and not self._letter_rule_verdict(w)
            and not sp.is_known(w)
            and self._literary_verdict(w) is None
        ]
        if len(unknown) > 1:
            sp.candidates_many(unknown)

    def taken_by_table(self, word: str) -> bool:
        """Whether the standard-spelling table settles the word: ORTHO001 reports it, or
        it is a house-style pair's form, a correct word either way. The rules that read
        letters in running text (ORTHO002, ORTHO003) leave such a word to the table."""
        return self._table_verdict(word) is not None

    def reported_as_unknown(self, word: str) -> bool:
        """Whether SPELL001 runs and reports `word` as a word the lexicon does not know."""
        return (
            self.doc.runs("SPELL001")
            and not accepted(word, self.doc)
            and not speller().is_known(word)
            and self._literary_verdict(word) is None
        )

    # -- the classifier: one predicate per question, in order ---------------------------
    def _classify(self, word: str) -> Verdict:
        if accepted(word, self.doc):
            return Verdict(ACCEPTED, None)
        found = self._table_verdict(word) or self._letter_rule_verdict(word)
        if found:
            return self._older_spelling_verdict(word) or found
        if not speller().is_known(word):
            return self._literary_verdict(word) or self._unknown_verdict(word)
        return (
            self._negation_verdict(word)
            or self._web_slip_verdict(word)
            or self._variant_verdict(word)
            or Verdict(KNOWN, None)
        )

    def _table_verdict(self, word: str) -> Verdict | None:
        table = standard_form(word)
        if not table:
            return None
        right, rule, style = table
        if style:
            return Verdict(HOUSE_STYLE, "ORTHO004" if self.doc.runs("ORTHO004") else None, right, rule)
        return Verdict(TABLE, "ORTHO001", right, rule) if self.doc.runs("ORTHO001") else None

    def _letter_rule_verdict(self, word: str) -> Verdict | None:
        found = pattern_form(word)
        code = pattern_code(word) if found else None
        if not found or code is None or not self.doc.runs(code):
            return None
        return Verdict(LETTER_RULE, code, found[0], found[1])

    def _older_spelling_verdict(self, word: str) -> Verdict | None:
        """In a সাধু text, a word the standard-spelling rules would respell that the
        curated word list holds: the spelling of the register's books (পোষাক, "dress",
        beside the Academy's পোশাক). The web's word list is not enough: it holds the
        common misspellings too (ভীষন for ভীষণ, "terrible")."""
        if written_in(self.doc) != SADHU or not speller().lexicon.origin_of(word) & FROM_HUNSPELL:
            return None
        return Verdict(LITERARY, None)

    def _literary_verdict(self, word: str) -> Verdict | None:
        """In a সাধু text, an unknown word that reads as a tatsama compound or an older
        hasanta spelling (spelling/literary.py)."""
        if written_in(self.doc) != SADHU:
            return None
        if word not in self._readings:
            self._readings[word] = literary_reading(word, speller().judge)
        reading = self._readings[word]
        return Verdict(LITERARY, None, None, reading) if reading else None

    def _unknown_verdict(self, word: str) -> Verdict:
        undoubled = _known_undoubled(word)
        if undoubled and self.doc.runs("ORTHO002"):
            return Verdict(REPH, "ORTHO002", undoubled)
        if own_name_form(word, self.doc):
            return Verdict(OWN_NAME, None)
        name = misspelt_place_name(word)
        if name and self.doc.runs("NAME001"):
            return Verdict(PLACE_NAME, "NAME001", name)
        return Verdict(UNKNOWN, "SPELL001")

    def _negation_verdict(self, word: str) -> Verdict | None:
        apart = negation_apart(word)
        if not apart:
            return None
        return Verdict(NEGATION, "ORTHO006" if self.doc.runs("ORTHO006") else None, apart)

    def _web_slip_verdict(self, word: str) -> Verdict | None:
        if undouble_reph(word) != word and self.doc.runs("ORTHO002"):
            return None  # ORTHO002 finds a consonant doubled after reph in running text
        for code, find in (("NAME002", misspelt_name), ("SPELL003", misspelt_common_word)):
            if not self.doc.runs(code):
                continue
            meant = find(word)
            if meant and not used_as_a_name(word, meant, self.doc):
                return Verdict(WEB_SLIP, code, meant)
        return None

    def _variant_verdict(self, word: str) -> Verdict | None:
        if not is_rare(word) or not self.doc.runs("CONSIST001"):
            return None
        v = variants(self.doc)
        key = v.keys.get(word) if v else None
        found = minorities(self.doc).get(key[2]) if key else None
        if not found or not key:
            return None
        fixed = respelt(word, key[2], found[0])
        if fixed == word:
            return None  # the major spelling inflected (অভিজিৎ + ের = অভিজিতের): no variant
        return Verdict(VARIANT, "CONSIST001", fixed, f"{found[0]} ×{found[1]}")


def register_rule(doc: Document) -> str | None:
    """The REGISTER rule that reports the forms of the other register (সাধু in চলিত text or
    the reverse) in this document: a house style when one runs (REGISTER002, write চলিত,
    before REGISTER003, write সাধু), else the majority rule REGISTER001 when it runs. A
    document built outside the engine (no selection) has the majority rule."""
    if doc.selected is None:
        return "REGISTER001"
    return next((code for code in ("REGISTER002", "REGISTER003", "REGISTER001") if doc.runs(code)), None)


def verdicts(doc: Document) -> Verdicts:
    """The document's verdicts (one `Verdicts` per document)."""
    return doc.fact(Verdicts)
