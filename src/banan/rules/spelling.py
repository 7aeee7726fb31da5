"""Spelling rules: SPELL (unknown words), ORTHO (Bangla Academy standard spelling),
NAME (place and language names), CONSIST (one word spelled two ways in a document).

They share one pass over the text's Bengali words. The speller and its lexicon are
loaded on first use, once per process.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cached_property, lru_cache
from itertools import accumulate

from rapidfuzz.distance import DamerauLevenshtein, Indel

from ..diagnostics import Applicability
from ..positions import LineIndex
from ..spelling import morphology, speller
from ..spelling.errormodel import cost, skeleton
from ..spelling.lexicon import FROM_HUNSPELL, FROM_NAMES
from ..spelling.standard import standard_forms
from .base import Context, Example, Hit, Rule, replace

UNSAFE = Applicability.UNSAFE
DISPLAY = Applicability.DISPLAY_ONLY

_LETTERS = "\u0981-\u0983\u0985-\u09b9\u09bc-\u09ce\u09d7\u09dc-\u09e3\u200c\u200d"
_SPACES = re.compile(r"(\s+)")
# Inside a white-space-delimited token: a run of Bengali letters and marks (with any
# ZWNJ/ZWJ), and what touches it. A word glued to digits, Latin letters or code (১০ম,
# ATMটি), or followed by a full stop (ড., মো.), is not judged.
_IN_TOKEN = re.compile(f"([0-9A-Za-z০-৯_@#]?)([{_LETTERS}]+)([0-9A-Za-z০-৯_@#.]?)")
_SIGNS = frozenset("\u0981\u0982\u0983\u09bc\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09cd\u09d7")
_MAX_SUGGESTIONS = 5
_CACHE_LIMIT = 200_000
_JUDGEABLE: dict[str, bool] = {}
_TOKEN_WORDS: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _judgeable(word: str) -> bool:
    """Whether a speller should judge the word: two letters or more, and an encoding
    without damage (ZWNJ, a leading sign, a non-canonical sequence are the NORM rules'
    business, and a spelling verdict on them would only repeat those)."""
    verdict = _JUDGEABLE.get(word)
    if verdict is None:
        verdict = len(word) > 1 and "\u200c" not in word and "\u200d" not in word and word[0] not in _SIGNS
        verdict = verdict and _canonical(word)
        if len(_JUDGEABLE) > _CACHE_LIMIT:
            _JUDGEABLE.clear()
        _JUDGEABLE[word] = verdict
    return verdict


def _token_words(token: str) -> tuple[tuple[int, int, str], ...]:
    """The judgeable words inside one token, as (start, end, word) within the token."""
    found = _TOKEN_WORDS.get(token)
    if found is None:
        found = tuple(
            (m.start(2), m.end(2), m.group(2))
            for m in _IN_TOKEN.finditer(token)
            if not m.group(1) and not m.group(3) and _judgeable(m.group(2))
        )
        if len(_TOKEN_WORDS) > _CACHE_LIMIT:
            _TOKEN_WORDS.clear()
        _TOKEN_WORDS[token] = found
    return found


class DocumentWords:
    """The Bengali words of one text: counted at C speed through a split on white space,
    located only when a rule needs places (most words of most texts are never located)."""

    def __init__(self, text: str, ctx: Context) -> None:
        self.text = text
        self.ctx = ctx
        self.parts = _SPACES.split(text)
        self.token_counts = Counter(self.parts[::2])
        self.counts: Counter[str] = Counter()
        self.tokens_of: dict[str, list[str]] = defaultdict(list)
        for token, n in self.token_counts.items():
            for _, _, w in _token_words(token):
                self.counts[w] += n
                self.tokens_of[w].append(token)
        if ctx.protected_spans:  # words inside URLs or code do not count
            self.counts = Counter(w for _, _, w in self.positions(None))

    def positions(self, wanted: set[str] | None) -> list[tuple[int, int, str]]:
        """(start, end, word) of every occurrence of the wanted words (None: all)."""
        if wanted is None:
            tokens = set(self.token_counts)
        else:
            tokens = {t for w in wanted for t in self.tokens_of.get(w, ())}
        if not tokens:
            return []
        where = self._token_offsets
        protected = self.ctx.protected if self.ctx.protected_spans else None
        found = []
        for token in tokens:
            inner = [(s, e, w) for s, e, w in _token_words(token) if wanted is None or w in wanted]
            for pos in where[token]:
                for s, e, w in inner:
                    if not (protected and protected(pos + s)):
                        found.append((pos + s, pos + e, w))
        found.sort()
        return found

    @cached_property
    def _token_offsets(self) -> dict[str, list[int]]:
        """Where each token starts (built once, on the first call that needs places)."""
        where: dict[str, list[int]] = defaultdict(list)
        offsets = accumulate(map(len, self.parts), initial=0)
        for i, (part, pos) in enumerate(zip(self.parts, offsets)):
            if not i % 2:
                where[part].append(pos)
        return where


def document_words(text: str, ctx: Context) -> DocumentWords:
    cached = ctx.__dict__.get("_document_words")
    if cached is None:
        cached = ctx.__dict__["_document_words"] = DocumentWords(text, ctx)
    return cached


def words(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """Every judgeable Bengali word of the text, as (start, end, word)."""
    return document_words(text, ctx).positions(None)


@lru_cache(maxsize=65536)
def _canonical(word: str) -> bool:
    """Whether the word's encoding is sound (else the NORM rules report it, and a
    spelling verdict on a damaged word would only repeat them)."""
    from ..engine import normalize

    return normalize(word) == word


def _accepted(word: str, ctx: Context) -> bool:
    if not ctx.words:
        return False
    return word in ctx.words or any(stem in ctx.words for stem, _ in morphology.split(word))


# -- ORTHO001: the standard-spelling table ---------------------------------------------
@lru_cache(maxsize=65536)
def standard_form(word: str) -> tuple[str, str, bool] | None:
    """(standard spelling of the whole word, the rule, whether it is house style) when
    the table knows the word or its stem."""
    forms = standard_forms()
    entry = forms.get(word)
    if entry:
        return entry.right, entry.rule, entry.style
    for stem, suffix in morphology.split(word):
        entry = forms.get(stem)
        if entry and suffix in morphology.INFLECTIONS:
            right = _join(entry.right, suffix)
            if right != word:
                return right, entry.rule, entry.style
    return None


def _join(stem: str, suffix: str) -> str:
    if suffix[0] in "ািীুূৃেৈোৌ":
        if stem.endswith("ৎ"):
            stem = stem[:-1] + "ত"
        elif stem.endswith("ং"):
            stem = stem[:-1] + "ঙ"
    return stem + suffix


def _rejoin(stem: str, ending: str) -> str:
    """stem + a case ending moved from another stem, in the allomorph the new stem takes
    (genitive ের after a consonant, র after a vowel; locative ে / য়)."""
    vowel_final = stem[-1] in "ািীুূৃেৈোৌঅআইঈউঊএঐওঔ"
    if vowel_final and ending.startswith("ের"):
        ending = ending[1:]
    elif not vowel_final and ending.startswith("র") and not ending.startswith("রা"):
        ending = "ে" + ending
    elif not vowel_final and ending.startswith("য়ে"):
        ending = ending[2:]
    elif not vowel_final and ending.startswith("য়"):
        ending = "ে" + ending[2:]
    return _join(stem, ending) if ending else stem


def _table_rule(style: bool):
    def check(text: str, ctx: Context) -> Iterator[Hit]:
        if not standard_forms():
            return
        doc = document_words(text, ctx)
        hits = {}
        for w in doc.counts:
            found = standard_form(w)
            if found and found[2] == style and not _accepted(w, ctx):
                hits[w] = found
        for s, e, w in doc.positions(set(hits)) if hits else ():
            right, rule, _ = hits[w]
            yield Hit(s, e, f"প্রমিত বানান “{right}” ({rule})", (replace(s, e, right, UNSAFE),))

    return check


# -- ORTHO002: no doubling after reph ----------------------------------------------------
_REPH_DOUBLE = re.compile("র্([\u0995-\u09b9])্\\1")


def check_reph_doubling(text: str, ctx: Context) -> Iterator[Hit]:
    if "র্" not in text:
        return
    for m in _REPH_DOUBLE.finditer(text):
        if ctx.protected(m.start()):
            continue
        start, end = _word_around(text, m.start(), m.end())
        word = text[start:end]
        fixed = word[: m.start() - start] + "র্" + m.group(1) + word[m.end() - start :]
        yield Hit(start, end, f"রেফের পরে ব্যঞ্জন দ্বিত্ব হয় না: “{fixed}”", (replace(start, end, fixed, UNSAFE),))


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and "\u0980" <= text[start - 1] <= "\u09ff":
        start -= 1
    while end < len(text) and "\u0980" <= text[end] <= "\u09ff":
        end += 1
    return start, end


# -- ORTHO003: no visarga at the end of an adverb in -তঃ/-শঃ -----------------------------------
_ADVERB_VISARGA = re.compile("(?<=[তশ])ঃ(?![\u0980-\u09ff])")


def check_adverb_visarga(text: str, ctx: Context) -> Iterator[Hit]:
    if "ঃ" not in text:
        return
    for m in _ADVERB_VISARGA.finditer(text):
        start = m.start()
        word_start = start
        while word_start > 0 and "\u0980" <= text[word_start - 1] <= "\u09ff":
            word_start -= 1
        stem = text[word_start:start]
        if len(stem) < 3 or not speller().trusted(stem):
            continue  # not a known adverb in -ত/-শ (an abbreviation, a name)
        if standard_form(stem + "ঃ"):
            continue  # the standard-spelling table reports it (ORTHO001)
        yield Hit(word_start, m.end(), f"শব্দের শেষে বিসর্গ হয় না: “{stem}”",
                  (replace(word_start, m.end(), stem, UNSAFE),))


# -- ORTHO005: spellings a Bangla Academy rule decides from the letters ------------------
# ণত্ব বিধান: in a tatsama word ন becomes ণ after ঋ, র or ষ, with only vowels, ক-বর্গ,
# প-বর্গ, য, য়, হ, ং (and ব-phala) between them (কারন -> কারণ, প্রমান -> প্রমাণ).
_NATVA = re.compile("([ঋরষৃ])([\u09be-\u09c4\u09c7\u09c8\u09cb\u09cc\u0982ক-ঙপ-মযহ]|য়|্ব|্য)*?ন")


def _natva_variant(word: str) -> str | None:
    m = _NATVA.search(word)
    if not m or m.end() < len(word) and word[m.end()] == "্" and word[m.end():m.end() + 2] in ("্ত", "্থ", "্দ", "্ধ"):
        return None
    i = m.end() - 1
    if word[m.start()] == "র" and i + 1 < len(word) and word[i - 1] == "্":
        return None
    return word[:i] + "ণ" + word[i + 1 :]


def _pattern_variants(word: str) -> Iterator[tuple[str, str]]:
    """(standard form, the rule) that the letters of `word` call for."""
    natva = _natva_variant(word)
    if natva:
        yield natva, "ণত্ব বিধান: ঋ, র, ষ-এর পরে ণ"
    if word.endswith("ী") and len(word) > 3:
        base = word[:-1]
        if base in _nation_names():
            yield base + "ি", "জাতি ও ভাষার নামের শেষে ই-কার (প্রমিত বানান ২.১)"
    if word.endswith("ত") and len(word) > 3 and word[-2] not in "্":
        yield word[:-1] + "ৎ", "শব্দের শেষে খণ্ড-ত (ৎ)"
    if "ষ্ট" in word:
        yield word.replace("ষ্ট", "স্ট"), "বিদেশি শব্দে স্ট (মাস্টার, স্টেশন)"


@lru_cache(maxsize=1)
def _nation_names() -> frozenset[str]:
    gaz = speller().lexicon.gazetteer
    return frozenset(n for kind in ("territory", "city") for n in gaz.get(kind, ()) if " " not in n)


@lru_cache(maxsize=65536)
def pattern_form(word: str) -> tuple[str, str] | None:
    """The standard form of a known word that breaks a letter rule, when the lexicon
    holds that form as a word about as common (so the word is a misspelling of it, not
    another word: করুন is a verb, not a misspelt করুণ)."""
    sp = speller()
    z = sp.lexicon.frequency(word)
    for stem, suffix in [(word, "")] + [(s, x) for s, x in morphology.split(word) if x in morphology.INFLECTIONS]:
        zs = sp.lexicon.frequency(stem)
        if zs < 0 and stem != word:
            continue
        for right, rule in _pattern_variants(stem):
            zr = sp.lexicon.frequency(right)
            if zr < _PATTERN_MIN_ZIPF or zr + _PATTERN_MARGIN < max(zs, 0) or right in standard_forms():
                continue  # rare, or far rarer than the word, or itself a listed misspelling (রাণী)
            if any(True for _ in morphology.verb_readings(stem, sp.is_verb)):
                continue  # a verb form (করুন, মারেন) is not a tatsama noun
            fixed = _join(right, suffix) if suffix else right
            if fixed != word and (z < 0 or sp.lexicon.frequency(fixed) >= 0 or not suffix):
                return fixed, rule
    return None


_PATTERN_MIN_ZIPF = 2.5
_PATTERN_MARGIN = 0.0  # the standard form must be at least as common as the typed one


def check_patterns(text: str, ctx: Context) -> Iterator[Hit]:
    doc = document_words(text, ctx)
    hits = {}
    for w in doc.counts:
        if standard_form(w) or _accepted(w, ctx):
            continue
        found = pattern_form(w)
        if found:
            hits[w] = found
    for s, e, w in doc.positions(set(hits)) if hits else ():
        right, rule = hits[w]
        yield Hit(s, e, f"প্রমিত বানান “{right}” ({rule})", (replace(s, e, right, UNSAFE),))


# -- SPELL001 and NAME001: unknown words ------------------------------------------------------
@lru_cache(maxsize=65536)
def _gazetteer_match(word: str) -> str | None:
    """A single-word place, country or language name the word is a near miss of."""
    names = _single_word_names()
    best, best_cost = None, 1.01
    for candidate in speller().suggest(word, limit=10):
        base = candidate
        if base not in names:
            base = next((s for s, _ in morphology.split(candidate) if s in names), None)
            if base is None:
                continue
        c = cost(word, candidate)
        if c < best_cost:
            best, best_cost = candidate, c
    return best


@lru_cache(maxsize=1)
def _single_word_names() -> frozenset[str]:
    gaz = speller().lexicon.gazetteer
    return frozenset(n for kind in ("territory", "city", "language") for n in gaz.get(kind, ()) if " " not in n)


def check_unknown(text: str, ctx: Context) -> Iterator[Hit]:
    """SPELL001, and NAME001 for near misses of a gazetteer name (one pass, two codes)."""
    sp = speller()
    doc = document_words(text, ctx)
    bad = {w for w in doc.counts if not (sp.is_known(w) or standard_form(w) or _accepted(w, ctx))}
    for s, e, w in doc.positions(bad) if bad else ():
        name = _gazetteer_match(w)
        if name:
            yield Hit(s, e, f"নামের বানান: “{name}”", (replace(s, e, name, UNSAFE),))
            continue
        suggestions = sp.suggest(w, _MAX_SUGGESTIONS)
        listed = ", ".join(suggestions[:3])
        message = f"“{w}” অভিধানে নেই" + (f"; সম্ভবত: {listed}" if listed else "")
        yield Hit(s, e, message, tuple(replace(s, e, x, DISPLAY) for x in suggestions))


# A classifier or ordinal written on a numeral (৩টি, ১০ম, ২০তম, ৭ই): a typo in it (৩তি)
# is found by comparing skeletons with the forms that can follow a numeral.
_NUMERAL_WORD = re.compile(f"[০-৯0-9]([{_LETTERS}]+)(?![{_LETTERS}0-9A-Za-z০-৯])")
_AFTER_NUMERAL = frozenset(
    c + e
    for c in ("", "টি", "টা", "টো", "খানা", "খানি", "জন", "তম", "গুণ", "বার", "শ", "শো")
    for e in ("", "র", "ের", "কে", "তে", "য়", "ই", "ও", "রই", "রও", "তেই", "য়ই", "এর", "এ")
    if c + e
) | {"ম", "র্থ", "ষ্ঠ", "শে", "লা", "রা", "ঠা", "টায়", "টার", "টির", "টিতে", "টিকে", "টাকে", "জনের", "জনকে"}
_AFTER_NUMERAL_BY_SHAPE: dict[str, str] = {}
for _form in sorted(_AFTER_NUMERAL, key=len):
    _AFTER_NUMERAL_BY_SHAPE.setdefault(skeleton(_form), _form)


def check_numeral_suffix(text: str, ctx: Context) -> Iterator[Hit]:
    for m in _NUMERAL_WORD.finditer(text):
        part = m.group(1)
        if part in _AFTER_NUMERAL:
            continue
        meant = _AFTER_NUMERAL_BY_SHAPE.get(skeleton(part))
        if meant and not ctx.protected(m.start()):
            s, e = m.start(1), m.end(1)
            yield Hit(s, e, f"সংখ্যার পরে “{meant}”?", (replace(s, e, meant, DISPLAY),))


def _split_name_hits(rule_code: str):
    def run(text: str, ctx: Context) -> Iterator[Hit]:
        if rule_code == "SPELL001":
            yield from check_numeral_suffix(text, ctx)
        for hit in ctx_hits(text, ctx):
            is_name = bool(hit.fixes) and hit.fixes[0].applicability == UNSAFE
            if (rule_code == "NAME001") == is_name:
                yield hit

    return run


def ctx_hits(text: str, ctx: Context) -> list[Hit]:
    cached = ctx.__dict__.get("_unknown_hits")
    if cached is None:
        cached = list(check_unknown(text, ctx))
        ctx.__dict__["_unknown_hits"] = cached
    return cached


# -- CONSIST001: one word, two spellings, one document --------------------------------------
_NOT_CONSONANT = re.compile("[\u0981-\u0983\u0985-\u0994\u09bc-\u09cd\u09d7]")
# A form more frequent than this, or in a curated list, is a word in its own right.
_RARE_ZIPF = 3.0


@lru_cache(maxsize=65536)
def _variant_key(word: str) -> tuple[str, str, str, str] | None:
    """(consonant key, vowel skeleton, base, ending) of a word with its case ending
    taken off, or None for short words. The glide য় is dropped: খামেনি and খামেনেয়ী
    differ only in their vowels."""
    base, ending = word, ""
    known = word in speller().lexicon
    for stem, suffix in morphology.split(word, min_stem=3):
        # A known word is only taken apart into a known stem (কমিশনার is not কমিশনা + র).
        if suffix in morphology.CASE_ENDINGS and (not known or stem in speller().lexicon):
            base, ending = stem, suffix
            break
    if len(base) < 4:
        return None
    shape = skeleton(base.replace("য়", ""))
    consonants = _NOT_CONSONANT.sub("", shape)
    if len(consonants) < 3:
        return None
    # Keep what begins and ends the word: অ- negates (অজনপ্রিয়) and a final vowel derives
    # (জামায়াতি from জামায়াত); variants of one name agree on both.
    return shape[0] + consonants + shape[-1], shape, base, ending


def _rare(word: str) -> bool:
    """A form this rule may call a variant: unknown, or rare and in no curated list."""
    lexicon = speller().lexicon
    z = lexicon.frequency(word)
    return z < 0 or (z < _RARE_ZIPF and not lexicon.origin_of(word) & (FROM_HUNSPELL | FROM_NAMES))


def check_consistency(text: str, ctx: Context) -> Iterator[Hit]:
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    shapes: dict[str, str] = {}
    places: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    doc = document_words(text, ctx)
    keys = {w: k for w in doc.counts if (k := _variant_key(w))}
    # Only groups with two or more base forms matter; find them before listing places.
    bases: dict[str, set[str]] = defaultdict(set)
    for k in keys.values():
        bases[k[0]].add(k[2])
    wanted = {w for w, k in keys.items() if len(bases[k[0]]) > 1}
    if not wanted:
        return
    for s, e, w in doc.positions(wanted):
        if w in wanted:
            key = keys[w]
            groups[key[0]][key[2]] += 1
            shapes[key[2]] = key[1]
            places[key[2]].append((s, e, w))
    lexicon = speller().lexicon
    for counts in groups.values():
        if len(counts) < 2:
            continue
        forms = sorted(counts, key=lambda f: (-counts[f], -lexicon.frequency(f), places[f][0][0]))
        major = forms[0]
        for minor in forms[1:]:
            if not _rare(minor) or _accepted(minor, ctx):
                continue
            if not speller().is_known(minor):
                continue  # an unknown word is SPELL001's, which suggests the same form
            if Indel.distance(shapes[minor], shapes[major]) > 1:
                continue  # one vowel more or less (খামেনি, খামেনেয়ী), not another vowel (ভুল, বিল)
            if DamerauLevenshtein.distance(minor.replace("য়", ""), major.replace("য়", "")) > 2:
                continue
            lines = LineIndex(text)
            where = ", ".join("{}:{}".format(*lines.line_col(p[0])) for p in places[major][:5])
            for s, e, w in places[minor]:
                if not _rare(w):
                    continue
                fixed = _rejoin(major, w[len(minor):]) if len(w) > len(minor) else major
                yield Hit(s, e, f"একই লেখায় “{major}” বানানও আছে ({counts[major]} বার; লাইন:কলাম {where})",
                          (replace(s, e, fixed, UNSAFE),))


RULES = [
    Rule(
        "SPELL001",
        "unknown-word",
        "A word that is not Bengali as far as the lexicon and its inflections know",
        """The word is in none of the word lists (wordfreq's Bengali list, CLDR and
        iso-codes names, hunspell-bn where installed), and is not an inflection
        (দেশ-গুলো-র-ও), a verb form (লিখছে from লেখা) or a compound of known words.
        Suggestions are ranked by a model of Bengali typing errors (vowel length, ন/ণ,
        শ/ষ/স, aspiration, missing phala or hasanta) and by frequency. Names the lexicon
        does not know are flagged too: add them to the personal dictionary.""",
        _split_name_hits("SPELL001"),
        bad=(Example("আমাদের «পতিবেদক» জানান।", "আমাদের প্রতিবেদক জানান।"), Example("«তকন» তিনি ছিলেন।", "তখন তিনি ছিলেন।")),
        good=("দেশের মানুষ বইগুলোরও খোঁজ নিচ্ছেন।", "সে চিঠি লিখছে, আমরা গান শুনছিলাম।"),
        fix_safety="Display-only: the right word depends on what the writer meant.",
        sources=("wordfreq; Unicode CLDR via Babel; iso-codes via pycountry; Debian hunspell-bn",),
    ),
    Rule(
        "ORTHO001",
        "standard-spelling",
        "A spelling the Bangla Academy standard has replaced (সরকারী -> সরকারি)",
        """The Bangla Academy's প্রমিত বাংলা বানানের নিয়ম: ই-কার in words that are not
        tatsama and in names of languages and nationalities, ণ and ষ only where the
        tatsama rules put them, no doubling after reph, and more. The table lists each
        non-standard form with its rule and where the pair is documented; inflected forms
        keep their ending (সরকারীভাবে -> সরকারিভাবে).""",
        _table_rule(style=False),
        bad=(Example("«সরকারী» অফিস।", "সরকারি অফিস।"), Example("«জানুয়ারীর» শুরুতে।", "জানুয়ারির শুরুতে।")),
        good=("সরকারি অফিসে জানুয়ারির শুরুতে।",),
        fix_safety="Unsafe: quotations and names keep their own spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012)",),
    ),
    Rule(
        "ORTHO004",
        "house-style-spelling",
        "The Academy's choice where two spellings are in current use (ঈদ -> ইদ, ঘুষ -> ঘুস)",
        """Some Academy spellings are a choice between two forms that both appear in
        edited print (ঈদ/ইদ, শহীদ/শহিদ, ইতিমধ্যে/ইতোমধ্যে, religious words with য). The
        table marks them; this rule is off unless selected by its code, as a house style.""",
        _table_rule(style=True),
        bad=(Example("«ঈদের» ছুটি।", "ইদের ছুটি।"),),
        good=("ইদের ছুটি।",),
        fix_safety="Unsafe: a house style choice.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012)",),
        default=False,
    ),
    Rule(
        "ORTHO002",
        "reph-doubling",
        "A consonant doubled after reph (কার্য্য -> কার্য)",
        """Bangla Academy rule 1.3: no consonant is doubled after reph (র্), in tatsama
        and other words alike: কার্য, সূর্য, ধর্ম, অর্জন, কার্তিক.""",
        check_reph_doubling,
        bad=(Example("«কার্য্যকর» ব্যবস্থা।", "কার্যকর ব্যবস্থা।"), Example("«ধর্ম্ম» ও সমাজ।", "ধর্ম ও সমাজ।")),
        good=("কার্যকর ব্যবস্থা, ধর্ম ও সমাজ, উত্তর।",),
        fix_safety="Unsafe: an old book title or a name may keep the old spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম 1.3",),
    ),
    Rule(
        "ORTHO003",
        "adverb-final-visarga",
        "A visarga at the end of an adverb in -ত/-শ (ক্রমশঃ -> ক্রমশ)",
        """The Academy drops the word-final visarga of adverbs: ক্রমশ, প্রথমত, সাধারণত,
        বিশেষত, মূলত. Visarga inside a word (দুঃখ, অন্তঃসত্ত্বা) and in interjections stays.
        The common ones are in the standard-spelling table (ORTHO001); this rule finds the
        rest, when the word without its visarga is a known word.""",
        check_adverb_visarga,
        bad=(Example("«স্বভাবতঃ» তা হয় না।", "স্বভাবত তা হয় না।"),),
        good=("দাম ক্রমশ বাড়ছে, দুঃখ নেই।",),
        fix_safety="Unsafe: quotations keep their spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম; reference §2 O17",),
    ),
    Rule(
        "ORTHO005",
        "standard-spelling-pattern",
        "A known word that breaks a letter rule of the standard (কারন -> কারণ, জাপানী -> জাপানি)",
        """Rules of the Bangla Academy standard that the letters decide: ণত্ব বিধান (ণ after
        ঋ, র, ষ with only vowels, ক- and প-বর্গ, য, হ, ং between, never before ত থ দ ধ);
        ই-কার at the end of nationality and language names made from a place name
        (জাপানী -> জাপানি); খণ্ড-ত at the end of a word (ভবিষ্যত -> ভবিষ্যৎ); স্ট, not ষ্ট, in
        foreign words (মাষ্টার -> মাস্টার). A word is reported only when the lexicon holds
        the standard form as a word about as common, which stands in for "tatsama" and
        keeps real words apart (করুন, a verb, is not a misspelt করুণ).""",
        check_patterns,
        bad=(Example("«মন্ত্রনালয়ে» চিঠি।", "মন্ত্রণালয়ে চিঠি।"), Example("সে «কদাচিত» আসে।", "সে কদাচিৎ আসে।"),
             Example("«অগ্নিনির্বাপন» মহড়া।", "অগ্নিনির্বাপণ মহড়া।")),
        good=("কারণে দেরি। জাপানি পণ্য। আপনি বসুন, কাজটি করুন। ভবিষ্যতে দেখা হবে। কষ্ট হয়।",),
        fix_safety="Unsafe: names and quotations keep their own spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (ণত্ব বিধান; 2.1)",),
    ),
    Rule(
        "NAME001",
        "place-name-spelling",
        "A country, place or language name close to, but not, its known form",
        """Gazetteer names come from CLDR (Babel) and iso-codes (pycountry); forms common
        in the press that the gazetteers lack (ইসরায়েল, মিয়ানমার) are accepted because
        they are frequent in the word list. A near miss of a name is reported with the
        name, inflection kept.""",
        _split_name_hits("NAME001"),
        bad=(Example("তিনি «জারমানিতে» যাবেন।", "তিনি জার্মানিতে যাবেন।"),),
        good=("তিনি জার্মানিতে যাবেন, পরে ইসরায়েল ও মিয়ানমার।",),
        fix_safety="Unsafe: a house style may prefer another form.",
        sources=("Unicode CLDR via Babel; iso-codes via pycountry",),
    ),
    Rule(
        "CONSIST001",
        "inconsistent-spelling",
        "One document spells the same word or name two ways",
        """Transliterated names drift within one article (খামেনি / খামেনেয়ী,
        মোহাম্মদ / মুহাম্মদ). Words are grouped by their consonants once inflections are
        taken off; the minority spellings are reported with the majority one and where it
        occurs. Frequent words are left to the other rules.""",
        check_consistency,
        bad=(Example("খামেনি বলেন। খামেনির দপ্তর জানায়। «খামেনেয়ী» আসেননি।", "খামেনি বলেন। খামেনির দপ্তর জানায়। খামেনি আসেননি।"),),
        good=("খামেনি বলেন। খামেনির দপ্তর জানায়।",),
        fix_safety="Unsafe: two people may have similar names.",
    ),
]
