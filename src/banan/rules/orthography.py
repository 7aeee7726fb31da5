"""ORTHO: spellings the Bangla Academy standard has replaced: a table (ORTHO001, and
its house-style part ORTHO004) and rules the letters decide (ORTHO002, 003, 005)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..chars import INVISIBLE, cluster_end
from ..data import word_list
from ..diagnostics import Applicability
from ..spelling import morphology, speller
from ..spelling.lexicon import FROM_HUNSPELL
from ..spelling.standard import standard_forms
from .base import Context, Example, Hit, Rule, literal_places, matches_at, replace
from .names import in_a_personal_name, in_old_prose, in_quotation
from .words import LETTERS, accepted, document_words

UNSAFE = Applicability.UNSAFE
DISPLAY = Applicability.DISPLAY_ONLY

# -- ORTHO001: the standard-spelling table ---------------------------------------------
_COMMON_ZIPF = 3.0  # a word this frequent as written is not read as a table stem + ending at random


@lru_cache(maxsize=65536)
def standard_form(word: str) -> tuple[str, str, bool] | None:
    """(standard spelling of the whole word, the rule, whether it is house style) when
    the table knows the word or its stem."""
    found = _through_table(word)
    then = _through_table(found[0]) if found else None
    if then:
        # The correction is listed too: a chain is followed once (গুনীজন -> গুণীজন ->
        # গুণিজন); a word two entries cut two ways (সম্মানীত + ে, সম্মানি + তে) would be
        # sent back and forth, and is left alone.
        if then[0] == word or _through_table(then[0]):
            return None
        if then[2] and not found[2]:
            return found  # the next step is house style, which the house chooses
        return then[0], found[1], found[2] and then[2]
    return found


def _through_table(word: str) -> tuple[str, str, bool] | None:
    forms = standard_forms()
    entry = forms.get(word)
    if entry:
        return entry.right, entry.rule, entry.style
    readings = morphology.split(word)
    for stem, suffix in readings:
        entry = forms.get(stem)
        if entry and suffix in morphology.INFLECTIONS:
            # The ending in the form the standard stem takes (সখ্যতার -> সখ্যের, not সখ্যর).
            right = morphology.rejoin(entry.right, suffix)
            # A correction the speller would report is none (হ্যা + র is no হ্যাঁর).
            if right != word and not _read_otherwise(word, right, readings, stem, entry.right) \
                    and speller().is_known(right):
                return right, entry.rule, entry.style
    return None


def _read_otherwise(word: str, right: str, readings: tuple[tuple[str, str], ...], listed: str, standard: str) -> bool:
    """Whether the listed stem is a chance reading: a shorter, standard and trusted stem
    with a longer ending also reads the word, and the would-be correction is rarer than
    the word as written (সংস্কৃতিকে is সংস্কৃতি + কে, not a non-standard সংস্কৃতিক + ে; but পোষাকে
    is পোশাকে misspelt, not পোষা + কে)."""
    sp = speller()
    z_right, z_word = sp.lexicon.frequency(right), sp.lexicon.frequency(word)
    if z_right >= z_word:
        return False
    if z_right <= 0 and z_word >= _COMMON_ZIPF and sp.lexicon.frequency(standard) >= sp.lexicon.frequency(listed):
        # A common word whose correction no list has seen, though the standard stem is the
        # commoner spelling, is another word: কাদের 'whose' is not কাদে + র, to be কাঁদের.
        # (Where the standard stem is the rarer one, as শ্রেণি, unseen forms are expected.)
        return True
    return any(
        len(stem) >= 3 and listed.startswith(stem) and stem not in (listed, standard)
        and suffix in morphology.INFLECTIONS and stem not in standard_forms()
        and sp.trusted(stem) and not sp.case_form(stem)  # not a stacked reading (আঙ্গুলে + র)
        for stem, suffix in readings
    )


_WORD_REST = re.compile("[\u0980-\u09ff\u200c\u200d]*")


@lru_cache(maxsize=1)
def _registered_names() -> dict[str, tuple[str, ...]]:
    """Registered names, and the gazetteer's place names of more than one word (কাম্পো
    গ্রান্ডে, a Brazilian city, is no misspelt গ্র্যান্ড), by each word they contain
    (জামায়াতে ইসলামী under both words). A common Bengali word of a place name (দক্ষিণ, north
    of one) is spelt as the language spells it and is not kept."""
    lexicon = speller().lexicon
    places = {n for kind in ("city", "territory") for n in lexicon.gazetteer.get(kind, ()) if " " in n}
    by_word: dict[str, list[str]] = {}
    for name in sorted(places):
        for word in name.split():
            if lexicon.frequency(word) < _COMMON_ZIPF:
                by_word.setdefault(word, []).append(name)
    for name in sorted(word_list("registered_names")):
        for word in name.split():
            by_word.setdefault(word, []).append(name)
    return {w: tuple(names) for w, names in by_word.items()}


def _in_registered_names(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Spans of the registered names in `text` that contain one of `words` (the name's
    last word with any ending it takes): their words keep the name's own spelling."""
    registered = _registered_names()
    names = {n for w in words for stem in (w, *(s for s, _ in morphology.split(w))) for n in registered.get(stem, ())}
    spans = []
    for name in names:
        # Before an ending, a final ৎ is written ত (পল্লী বিদ্যুৎ, পল্লী বিদ্যুতের).
        for written in (name, name[:-1] + "ত") if name.endswith("ৎ") else (name,):
            at = text.find(written)
            while at >= 0:
                end = _WORD_REST.match(text, at + len(written)).end()
                if written == name or end > at + len(written):
                    spans.append((at, end))
                at = text.find(written, end)
    return spans


# A word up to this many words before an organisation's head noun (ব্যাংক, পার্টি,
# বিশ্ববিদ্যালয়: data/organisation_words.txt), in the same clause, is part of its name.
_NAME_SPAN_WORDS = 3
_CLAUSE_MARK = re.compile("[।॥,;:?!()\\[\\]{}\"“”‘’\n]")
_NEXT_WORDS = re.compile("[^\\s]+")
_AND = frozenset({"ও", "এবং", "&"})
_HYPHENS = re.compile("[-\u2010\u2011\u2013]")
_MINISTRY_TITLES = ("মন্ত্রী", "মন্ত্রণালয়", "মন্ত্রণালয়ের")


def _before_an_organisation(text: str, end: int) -> bool:
    """Whether one of the next few words of the clause is an organisation's head noun
    (with any case ending): সোনালী «ব্যাংকের», পাহাড়ী ছাত্র «পরিষদ»."""
    heads = word_list("organisation_words")
    window = text[end : end + 120]
    stop = _CLAUSE_MARK.search(window)
    if stop:
        window = window[: stop.start()]
    # A hyphen joins words of a name, or a name to the next (ডাচ্-বাংলা ব্যাংক-প্রথম আলো আয়োজিত);
    # a conjunction joins parts of one name (পল্লী উন্নয়ন ও সমবায় মন্ত্রণালয়, খাদ্য ও কৃষি সংস্থা),
    # and after one, a minister's title names the ministry (পল্লী উন্নয়ন ও সমবায়মন্ত্রী).
    words = (w for m in _NEXT_WORDS.finditer(window) for w in _HYPHENS.split(m.group()) if w)
    after_and, seen = False, 0
    for word in words:
        if word in _AND:
            after_and = True
            continue
        seen += 1
        if seen > _NAME_SPAN_WORDS:
            break
        if word in heads or any(stem in heads and suffix in morphology.CASE_ENDINGS
                                for stem, suffix in morphology.split(word)):
            return True
        if after_and and word.endswith(_MINISTRY_TITLES):
            return True
    return False


_GLOSS_BEFORE = re.compile(f"[{LETTERS}]\\s*\\(\\s*$")


def _a_gloss(text: str, start: int, end: int) -> bool:
    """Whether the word stands alone in parentheses right after a Bengali word: a gloss,
    a foreign word written in Bengali letters beside its Bengali equivalent (জ্বালানি
    (ফুয়েল)), which keeps the spelling of the language it comes from."""
    return bool(_GLOSS_BEFORE.search(text[max(0, start - 64) : start])) and text[end : end + 3].lstrip().startswith(")")


def _places_outside_names(text: str, doc, rights: dict[str, str]) -> Iterator[tuple[int, int, str, Applicability]]:
    """Where the words of `rights` (word -> its standard form) occur in the text, except
    inside a name, whose words keep the name's spelling: a registered name (জামায়াতে
    ইসলামী), a foreign place name written in full (কাম্পো গ্রান্ডে), a word shortly before an
    organisation's head noun (সোনালী ব্যাংক), and a gloss in parentheses. With each place,
    how its fix applies: display-only where the word may be a person's name or stands in
    quoted or old text (`fix_applicability`)."""
    if not rights:
        return
    kept = _in_registered_names(text, set(rights))
    for s, e, w in doc.positions(set(rights)):
        if any(a <= s and e <= b for a, b in kept) or _before_an_organisation(text, e) or _a_gloss(text, s, e):
            continue
        yield s, e, w, fix_applicability(text, s, e, w, rights[w])


def fix_applicability(text: str, start: int, end: int, word: str, right: str) -> Applicability:
    """UNSAFE for a standard-spelling fix in running text; DISPLAY_ONLY where the word
    reads as part of a person's name (after a title, before a word the lexicon does not
    know, beside an Arabic compound name, a family name) or stands in a quotation or in
    সাধু ভাষা (an old text quoted): the writer sees the standard form, and a machine does
    not respell a name or a quotation."""
    if in_quotation(text, start) or in_a_personal_name(text, start, end, word, (right,)) \
            or in_old_prose(text, start, end):
        return DISPLAY
    return UNSAFE


def left_to_table(word: str, ctx: Context) -> bool:
    """Whether the spelling table takes the word: ORTHO001 reports it with its rule,
    when that rule runs; a house-style pair's form (ORTHO004) is a correct word either way."""
    table = standard_form(word)
    return bool(table) and (table[2] or ctx.runs("ORTHO001"))


def _table_rule(style: bool):
    def check(text: str, ctx: Context) -> Iterator[Hit]:
        if not standard_forms():
            return
        doc = document_words(text, ctx)
        hits = {}
        for w in doc.interesting:
            found = standard_form(w)
            if found and found[2] == style and not accepted(w, ctx):
                hits[w] = found
        for s, e, w, applies in _places_outside_names(text, doc, {w: found[0] for w, found in hits.items()}):
            right, rule, _ = hits[w]
            yield Hit(s, e, f"প্রমিত বানান “{right}” ({rule})", (replace(s, e, right, applies),))

    return check


# -- ORTHO002: no doubling after reph ----------------------------------------------------
_REPH_DOUBLE = re.compile("র্([\u0995-\u09b9])্\\1")


def undouble_reph(word: str) -> str:
    """The word without a consonant doubled after reph (কর্ত্তৃপক্ষ -> কর্তৃপক্ষ)."""
    return _REPH_DOUBLE.sub(r"র্\1", word) if "র্" in word else word


def check_reph_doubling(text: str, ctx: Context) -> Iterator[Hit]:
    if "র্" not in text:
        return
    for m in _REPH_DOUBLE.finditer(text):
        if ctx.protected(m.start()):
            continue
        start, end = _word_around(text, m.start(), m.end())
        word = text[start:end]
        if _HAS_INVISIBLE.search(word):
            continue  # encoding damage inside the word: NORM015's, and the word is judged after it
        if left_to_table(word, ctx):
            continue  # the standard-spelling table reports it, with its rule (ORTHO001)
        fixed = word[: m.start() - start] + "র্" + m.group(1) + word[m.end() - start :]
        applies = fix_applicability(text, start, end, word, fixed)
        yield Hit(start, end, f"রেফের পরে ব্যঞ্জন দ্বিত্ব হয় না: “{fixed}”", (replace(start, end, fixed, applies),))


def _in_word(c: str) -> bool:
    """A character of a word: Bengali, a joiner, or an invisible one (which splits a word
    only for software: পরী + ZWSP + ক্ষা is one word)."""
    return "\u0980" <= c <= "\u09ff" or c in _JOINERS_AND_INVISIBLE


_JOINERS_AND_INVISIBLE = "\u200c\u200d" + INVISIBLE
_HAS_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    return start, end


# -- ORTHO003: no visarga at the end of an adverb in -তঃ/-শঃ -----------------------------------
_ADVERB_VISARGA = re.compile(f"(?<=[তশ])ঃ(?![\u0980-\u09ff\u200c\u200d{INVISIBLE}])")


def check_adverb_visarga(text: str, ctx: Context) -> Iterator[Hit]:
    # str.find (in C) for the two pairs; the pattern is tried only where they occur.
    for m in matches_at(_ADVERB_VISARGA, text, [at + 1 for at in literal_places(text, ("তঃ", "শঃ"))]):
        start = m.start()
        word_start = start
        while word_start > 0 and _in_word(text[word_start - 1]):
            word_start -= 1
        stem = text[word_start:start]
        if _HAS_INVISIBLE.search(stem):
            continue  # encoding damage inside the word: NORM015's
        if len(stem) < 3 or speller().lexicon.frequency(stem) < 0:
            continue  # not a known adverb in -ত/-শ (an abbreviation, a name)
        if left_to_table(stem + "ঃ", ctx):
            continue  # the standard-spelling table reports it (ORTHO001)
        if stem in _VISARGA_SANDHI:
            continue  # a prefix that keeps its visarga, standing alone (অন্তঃ ও বহিঃ)
        yield Hit(word_start, m.end(), f"শব্দের শেষে বিসর্গ হয় না: “{stem}”",
                  (replace(word_start, m.end(), stem, UNSAFE),))


# -- ORTHO008-ORTHO018: spellings a Bangla Academy rule decides from the letters ----------
# One code per Academy rule (they were ORTHO005, which now selects them as a group: see
# redirects.py). A word is judged once, by all of them together (`pattern_form`); the
# finding goes to the rule of the first step of its correction, and its message names
# every rule the correction followed.
NATVA_RULE = "ণত্ব বিধান: ঋ, র, ষ-এর পরে ণ"
NATION_I_RULE = "জাতি ও ভাষার নামের শেষে ই-কার (প্রমিত বানান ২.১)"
KHANDA_TA_RULE = "শব্দের শেষে খণ্ড-ত (ৎ)"
FOREIGN_ST_RULE = "বিদেশি শব্দে স্ট (মাস্টার, স্টেশন)"
A_YA_RULE = "বিদেশি শব্দে অ্যা ধ্বনি: অ্যা, এ্যা নয় (অ্যাসিড, অ্যাকাডেমি)"
IYA_RULE = "-ঈয় প্রত্যয়ে ঈ-কার (ভারতীয়, জাতীয়, নাটকীয়)"
NGA_RULE = "সন্ধি ছাড়া ক-বর্গের আগে ঙ (অঙ্ক, আতঙ্ক, দাঙ্গা)"
PREFIX_VISARGA_RULE = "উপসর্গের বিসর্গ: দুঃখ, নিঃসন্দেহে, অতঃপর"

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
    right = word[:i] + "ণ" + word[i + 1 :]
    # A first part the table lists as a misspelling for its ণ (রাণী -> রানি: a word no
    # tatsama, so no ণত্ব) keeps ন in a compound too (রানীনগর, not রাণীনগর).
    table = standard_forms()
    if any((f := table.get(right[:k])) and "ণ" not in f.right for k in range(i + 1, len(right))):
        return None
    return right


# The sound æ of foreign words is written অ্যা, not এ্যা (a ya-phala on a vowel letter).
_E_YA = "এ্যা"


# ষত্ব বিধান: a tatsama word writes ষ after ই, উ, ঋ (or their signs), ক and র (ইষ্ট, তুষ্ট,
# কৃষ্টি). Such a word in the curated list is no foreign word with স্ট, even where an
# English loan is spelt so (ইস্ট, east); a web-list form (খ্রিষ্টান, লিষ্ট) is left to the rule.
_SSA_AFTER = re.compile("[িীুূৃইঈউঊঋকর]ষ্ট")


# The Academy's one foreign word that may keep ষ (BA 2012): খ্রিষ্ট is naturalised and said
# like the tatsama কৃষ্ট, so খ্রিষ্টান and খ্রিস্টান are both standard and neither is reported.
_SSA_NATURALISED = "খ্রিষ্ট"


def _tatsama_ssa(word: str) -> bool:
    if _SSA_NATURALISED in word and word.count("ষ্ট") == word.count(_SSA_NATURALISED):
        return True
    return bool(speller().lexicon.origin_of(word) & FROM_HUNSPELL) and \
        len(_SSA_AFTER.findall(word)) == word.count("ষ্ট")


def _pattern_variants(word: str) -> Iterator[tuple[str, str]]:
    """(standard form, the rule) that the letters of `word` call for."""
    natva = _natva_variant(word)
    if natva:
        yield natva, NATVA_RULE
    if word.endswith("ী") and len(word) > 3:
        base = word[:-1]
        if base in _nation_names():
            yield base + "ি", NATION_I_RULE
    if word.endswith("ত") and len(word) > 3 and word[-2] not in "্":
        yield word[:-1] + "ৎ", KHANDA_TA_RULE
    if "ষ্ট" in word and not _tatsama_ssa(word):
        yield word.replace("ষ্ট", "স্ট"), FOREIGN_ST_RULE
    if _E_YA in word:
        yield word.replace(_E_YA, "অ্যা"), A_YA_RULE
    if _IYA.search(word):
        yield word[:-3] + "\u09c0য\u09bc", IYA_RULE
    if "ং" in word:
        yield from _anusvara_variants(word)
    if "ঃ" in word:
        yield from _visarga_variants(word)
    elif word.startswith(_VISARGA_PREFIXES):
        yield from _missing_visarga_variants(word)
    if word.startswith(_T_SANDHI_STARTS):
        yield from _t_sandhi_variants(word)
    if word.endswith(_ABSTRACT_TA):
        noun = _abstract_noun(word)
        if noun:
            yield noun, _ABSTRACT_RULE


# ষ্যঞ্: an adjective with its first vowel strengthened and -্য after it is an abstract
# noun (দীন -> দৈন্য, বিচিত্র -> বৈচিত্র্য, কঠিন -> কাঠিন্য); -তা after it says "-ness"
# twice (দৈন্যতা -> দৈন্য). Adjectives in -্য take -তা (যোগ্যতা, সভ্যতা): their first vowel
# is no strengthened one. A few adjectives have one too (সামান্য, সৌম্য, সম্ভাব্য): the
# curated list (hunspell-bn, where installed) holds their -তা forms, or they are too
# common to be a slip; rarer ones (গ্রাহ্যতা) are still reported.
_ABSTRACT_TA = "\u09cd\u09afতা"
_ABSTRACT_RULE = "ষ্যঞ্-প্রত্যয়ান্ত বিশেষ্যে আবার -তা নয় (দৈন্য, বৈচিত্র্য)"
_STRENGTHENED_SIGN = {"\u09be": ("",), "\u09c8": ("\u09bf", "\u09c0", "\u09c7"), "\u09cc": ("\u09c1", "\u09c2", "\u09cb")}
_STRENGTHENED_VOWEL = {"আ": ("অ",), "ঐ": ("ই", "ঈ", "এ"), "ঔ": ("উ", "ঊ", "ও")}
_ADJECTIVE_LENGTH = 3  # code points: a shorter base (মন, কম, বধ) meets a -্য word by chance
_ADJECTIVE_ZIPF = 2.5


def _abstract_noun(word: str) -> str | None:
    """The -্য abstract noun that `word` (X-্য-তা) adds -তা to, when X with its first
    vowel weakened is a known adjective (দৈন্যতা -> দৈন্য, from দীন)."""
    sp = speller()
    if sp.lexicon.frequency(word) >= _COMMON_ZIPF or sp.lexicon.origin_of(word) & FROM_HUNSPELL:
        return None
    noun = word[:-2]
    base = noun[:-2]
    if base[:1] in _STRENGTHENED_VOWEL:
        weakened = [v + base[1:] for v in _STRENGTHENED_VOWEL[base[0]]]
    else:
        i = cluster_end(base, 0)  # past the first consonant or conjunct
        weakened = [base[:i] + v + base[i + 1 :] for v in _STRENGTHENED_SIGN.get(base[i : i + 1], ())]
    if any(len(a) >= _ADJECTIVE_LENGTH and sp.lexicon.frequency(a) >= _ADJECTIVE_ZIPF for a in weakened):
        return noun
    return None


# বিসর্গ সন্ধি: a prefix's visarga does not stay before a voiced consonant. After ই or উ
# (নিঃ, দুঃ, বহিঃ, চতুঃ) and where it stands for র (পুনঃ, অন্তঃ, প্রাতঃ) it becomes র্
# (পুনর্গঠন, বহির্বিশ্ব, চতুর্দিক), or র with the vowel sign before a vowel
# (পুনরুৎপাদন); after অ (মনঃ, বয়ঃ, অধঃ, শিরঃ) it becomes ো (বয়োজ্যেষ্ঠ, অধোগতি).
# Before চ or ছ it becomes শ্ (দুশ্চিন্তা, শিরশ্ছেদ). Before ক, প, স, শ it stays
# (পুনঃপ্রকাশ, দুঃসাহস, নিঃশব্দ), and written beside the letter it became (দুঃশ্চিন্তা,
# বহিঃর্ভূত) it is one mark too many.
_VISARGA_R = ("নি", "দু", "বহি", "আবি", "প্রাদু", "চতু", "পুন", "অন্ত", "প্রাত")
_VISARGA_O = ("মন", "তপ", "যশ", "বয়", "অধ", "শির", "তেজ", "বক্ষ")
_VISARGA_SANDHI = frozenset(_VISARGA_R + _VISARGA_O)
_VISARGA_R_VOWEL = ("পুন", "অন্ত", "প্রাত")  # র-visarga: পুনঃরায় is পুনরায় with a mark too many
_VOICED = "গঘজঝডঢদধনবভমযল"
_VOWEL_SIGN = {"আ": "া", "ই": "ি", "ঈ": "ী", "উ": "ু", "ঊ": "ূ", "এ": "ে", "ঐ": "ৈ", "ও": "ো", "ঔ": "ৌ"}
_VISARGA_DOUBLED = ("র্", "শ্চ", "শ্ছ")
_SANDHI_RULE = "বিসর্গ সন্ধি: পুনর্গঠন, বয়োজ্যেষ্ঠ, দুশ্চিন্তা"


_VISARGA_PREFIXES = tuple(sorted(word_list("visarga_prefixes"), key=len, reverse=True))


def _missing_visarga_variants(word: str) -> Iterator[tuple[str, str]]:
    """A visarga prefix written without its visarga (দুখ, নিসন্দেহে, অতপর): the form
    with it, when the lexicon holds that as the commoner word (the caller's test). Before
    শ, ষ, স joined to a consonant the visarga drops by rule (নিশ্বাস, নিস্পৃহ, নিস্পন্দ)."""
    for prefix in _VISARGA_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            rest = word[len(prefix):]
            if "\u0995" <= rest[0] <= "\u09b9" and not (rest[0] in "শষস" and rest[1] == "\u09cd"):
                yield prefix + "ঃ" + rest, PREFIX_VISARGA_RULE


def _visarga_variants(word: str) -> Iterator[tuple[str, str]]:
    at = word.find("ঃ")
    prefix, rest = word[:at], word[at + 1 :]
    if not rest or prefix not in _VISARGA_SANDHI:
        return
    first = rest[0]
    if rest.startswith(_VISARGA_DOUBLED):
        right = prefix + rest
    elif rest.startswith("চ্ছ"):
        right = prefix + "শ্ছ" + rest[3:]
    elif first in "চছ":
        right = prefix + "শ্" + rest
    elif prefix in _VISARGA_O:
        right = prefix + "ো" + rest if first in _VOICED + "র" else ""
    elif first in _VOICED:
        right = prefix + "র্" + rest
    elif first in _VOWEL_SIGN:
        right = prefix + "র" + _VOWEL_SIGN[first] + rest[1:]
    elif first == "র" and prefix in _VISARGA_R_VOWEL:
        right = prefix + rest
    else:
        return
    if right:
        yield right, _SANDHI_RULE


# ব্যঞ্জন সন্ধি of a tatsama first part that ends in ৎ (তৎ, উৎ, সৎ, হৃৎ, ভবিষ্যৎ): before a
# voiced consonant it is voiced to দ (উদযাপন, উদঘাটন, ভবিষ্যদ্বাণী); before a voiceless
# one it stays ৎ (তৎকালীন, হৃৎপিণ্ড, সৎকার). Before চ ছ জ ল ম ন শ হ it assimilates
# (উচ্চারণ, সজ্জন, উল্লাস, উন্মাদ, উদ্ধার): those words are read as they stand.
_T_FINAL = ("তৎ", "এতৎ", "উৎ", "সৎ", "হৃৎ", "পশ্চাৎ", "বৃহৎ", "মহৎ", "জগৎ", "ভবিষ্যৎ", "বিদ্যুৎ")
_T_VOICED = "গঘডঢদধবভযর"
_T_VOICELESS = "কখটঠতথপফষস"
_T_SANDHI_STARTS = tuple(x for p in _T_FINAL for x in (p, p[:-1] + "দ"))
_T_SANDHI_REST = 3  # code points after the first part: a word, not an ending (উৎরে is no উদরে)
_T_SANDHI_RULE = "ৎ-এর সন্ধি: তৎকালীন, উদঘাটন, ভবিষ্যদ্বাণী"


def _t_sandhi_variants(word: str) -> Iterator[tuple[str, str]]:
    for first in _T_FINAL:
        voiced = first[:-1] + "দ"
        for typed in (voiced + "\u09cd", voiced):  # দ্ or দ written before a voiceless consonant
            rest = word[len(typed):]
            if word.startswith(typed) and len(rest) >= _T_SANDHI_REST and rest[0] in _T_VOICELESS:
                yield first + rest, _T_SANDHI_RULE
        rest = word[len(first):]
        if word.startswith(first) and len(rest) >= _T_SANDHI_REST and rest[0] in _T_VOICED:
            # With the hasanta or without (উদ্ঘাটন, উদঘাটন): the lexicon's commoner first.
            forms = (voiced + rest, voiced + "\u09cd" + rest)
            for right in sorted(forms, key=speller().lexicon.frequency, reverse=True):
                yield right, _T_SANDHI_RULE


# ং before ক খ গ ঘ is right where a sandhi turned ম into it (সম্ + গীত = সংগীত, ভয়ম্ + কর
# = ভয়ংকর, অহম্ + কার = অহংকার) and in foreign words (ব্যাংক, লিংক); elsewhere the
# nasal is ঙ joined to the consonant (অঙ্ক, আতঙ্ক, শৃঙ্খলা, দাঙ্গা). Sandhi is read off the
# prefix (সং, অহং, কিং, স্বয়ং, হৃদয়ং, পারং) or the -কর/-কার that takes it. Foreign
# words are told apart by Debian's hunspell-bn, a curated list with few of them: the ঙ
# form must be there and the ং form not (without hunspell-bn the rule is silent).
_ANUSVARA = re.compile("ং(?=[কখগঘ])")
_SANDHI_M = ("সং", "অহং", "কিং", "স্বয়ং", "হৃদয়ং", "পারং")
_SANDHI_M_TAIL = ("কর", "কার", "কৃ")


def _anusvara_variants(word: str) -> Iterator[tuple[str, str]]:
    lex = speller().lexicon
    if lex.origin_of(word) & FROM_HUNSPELL:
        return
    for m in _ANUSVARA.finditer(word):
        if word[: m.end()].endswith(_SANDHI_M) or word.startswith(_SANDHI_M_TAIL, m.end()):
            continue
        right = word[: m.start()] + "ঙ\u09cd" + word[m.end() :]
        if lex.origin_of(right) & FROM_HUNSPELL:
            yield right, NGA_RULE


# A consonant and ি before a final য়: the adjective suffix -ঈয় written short.
_IYA = re.compile("[\u0995-\u09b9]\u09bfয\u09bc$")


@lru_cache(maxsize=1)
def _nation_names() -> frozenset[str]:
    gaz = speller().lexicon.gazetteer
    return frozenset(n for kind in ("territory", "city") for n in gaz.get(kind, ()) if " " not in n)


@lru_cache(maxsize=65536)
def pattern_form(word: str) -> tuple[str, str] | None:
    """The standard form of a known word that breaks a letter rule, when the lexicon
    holds that form as a word about as common (so the word is a misspelling of it, not
    another word: করুন is a verb, not a misspelt করুণ). A form that breaks another rule
    too is followed to the end (শ্রেনীর -> শ্রেণীর -> শ্রেণির, রক্ষনাবেক্ষন ->
    রক্ষণাবেক্ষণ), and one the table would send back (নেত্রকোণার) is no correction."""
    found = _pattern_step(word)
    if not found:
        return None
    fixed, rules = found[0], [found[1]]
    for _ in range(_PATTERN_STEPS):
        table = standard_form(fixed)
        then = (table[0], table[1]) if table and not table[2] else None if table else _pattern_step(fixed)
        if not then:
            break
        if then[0] == word:
            return None
        fixed = then[0]
        if then[1] not in rules:
            rules.append(then[1])
    return fixed, "; ".join(rules)


_PATTERN_STEPS = 3

# The reason a finding gives -> the code of its rule.
_CODE_OF_RULE = {
    NATVA_RULE: "ORTHO008", NATION_I_RULE: "ORTHO009", KHANDA_TA_RULE: "ORTHO010", FOREIGN_ST_RULE: "ORTHO011",
    A_YA_RULE: "ORTHO012", IYA_RULE: "ORTHO013", NGA_RULE: "ORTHO014", _SANDHI_RULE: "ORTHO015",
    PREFIX_VISARGA_RULE: "ORTHO016", _T_SANDHI_RULE: "ORTHO017", _ABSTRACT_RULE: "ORTHO018",
}


@lru_cache(maxsize=65536)
def pattern_code(word: str) -> str | None:
    """The code of the rule that reports `word` (that of its correction's first step)."""
    found = _pattern_step(word)
    return _CODE_OF_RULE[found[1]] if found and pattern_form(word) else None


@lru_cache(maxsize=65536)
def _pattern_step(word: str) -> tuple[str, str] | None:
    if not any(c in word for c in "নীতংঃ") and "ষ্ট" not in word and "িয়" not in word and _E_YA not in word \
            and not word.startswith(_VISARGA_PREFIXES) and not word.startswith(_T_SANDHI_STARTS):
        return None  # none of the letters a pattern below looks at (most words: no work)
    sp = speller()
    z = sp.lexicon.frequency(word)
    for stem, suffix in [(word, "")] + [(s, x) for s, x in morphology.split(word) if x in morphology.INFLECTIONS]:
        zs = sp.lexicon.frequency(stem)
        if zs < 0 and stem != word and not stem.endswith(_ABSTRACT_TA):
            continue
        for right, rule in _pattern_variants(stem):
            zr = sp.lexicon.frequency(right)
            # The -তা rule has its evidence in the adjective: the noun need only be a word
            # (a rarer one too: সারল্য), not a web list's slip.
            rare = not (sp.trusted(right, _ABSTRACT_NOUN_ZIPF) and sp.is_known(right)) if rule == _ABSTRACT_RULE \
                else zr < _PATTERN_MIN_ZIPF
            if rare or zr + _PATTERN_MARGIN < max(zs, 0) or right in standard_forms():
                continue  # rare, or far rarer than the word, or itself a listed misspelling (রাণী)
            if any(True for _ in morphology.verb_readings(stem, sp.is_verb)):
                continue  # a verb form (করুন, মারেন) is not a tatsama noun
            fixed = morphology.rejoin(right, suffix) if suffix else right
            if fixed != word and (z < 0 or sp.lexicon.frequency(fixed) >= 0 or not suffix):
                return fixed, rule
    return None


_PATTERN_MIN_ZIPF = 2.5
_ABSTRACT_NOUN_ZIPF = 1.5  # web-list -্য nouns rarer than this are often slips (সাতন্ত্র্য)
_PATTERN_MARGIN = 0.0  # the standard form must be at least as common as the typed one


def _pattern_hits(text: str, ctx: Context) -> dict[str, list[Hit]]:
    """Every letter-rule finding of the text by its rule's code, found once for all of
    them (the first of the rules to run computes it, the others take their share)."""
    cached = ctx.__dict__.get("_pattern_hits")
    if cached is not None:
        return cached
    doc = document_words(text, ctx)
    hits = {}
    for w in doc.interesting:
        if left_to_table(w, ctx) or accepted(w, ctx):
            continue
        found = pattern_form(w)
        if found:
            hits[w] = found
    by_code: dict[str, list[Hit]] = {}
    for s, e, w, applies in _places_outside_names(text, doc, {w: found[0] for w, found in hits.items()}):
        right, rule = hits[w]
        by_code.setdefault(pattern_code(w) or "", []).append(
            Hit(s, e, f"প্রমিত বানান “{right}” ({rule})", (replace(s, e, right, applies),)))
    ctx.__dict__["_pattern_hits"] = by_code
    return by_code


_PATTERN_NOTE = """ A word is reported only when the lexicon holds the standard form as a word
about as common, which stands in for "tatsama" and keeps real words apart (করুন, a verb,
is no misspelt করুণ). When a correction follows more than one of these rules (শ্রেনী ->
শ্রেণি), the finding is this rule's if its step comes first, and names each rule."""
_PATTERN_FIX = ("Unsafe; display-only where the word reads as part of a person's name, or stands in "
                "quotation marks or in old (সাধু) prose.")


def _pattern_rule(code: str):
    def check(text: str, ctx: Context) -> Iterator[Hit]:
        yield from _pattern_hits(text, ctx).get(code, ())

    return check


def pattern_reported(word: str, ctx: Context) -> bool:
    """Whether a letter rule that runs reports `word` (SPELL leaves such a word to it)."""
    code = pattern_code(word)
    return code is not None and ctx.runs(code)



# -- ORTHO006: the negation না written solid with its verb --------------------------------
# না after a finite verb is a word of its own (ভাবি না, মানবে না); নি attaches (করিনি).
# A consonant-final root's forms are read by the morphology; the common roots that end
# in a vowel (যা, খা, পা, দে, নে, হ) have their finite forms listed here.
_NEGATION = "না"
_NOT_FINITE = frozenset({"া", "ানো", "ার", "ানোর", "ানোয়", "ায়"})  # verbal nouns, not finite forms
_VOWEL_ROOTS = ("যা", "খা", "পা", "চা", "গা", "দে", "নে", "দি", "নি", "হ")
_VOWEL_ROOT_ENDINGS = frozenset({
    "বে", "বো", "ব", "বেন", "বি", "য়", "ন", "স", "চ্ছে", "চ্ছি", "চ্ছ", "চ্ছেন", "চ্ছিল", "চ্ছিলো",
    "চ্ছিলেন", "তাম", "তো", "ত", "তেন", "লাম", "লো", "ল", "লেন", "য়েছে", "য়েছেন", "য়েছি",
})
_CASE_FORMS = ("র", "য়", "কে", "রা", "য়ের")
_DECLINES_ZIPF = 1.0


def _finite_verb(word: str) -> bool:
    sp = speller()
    for root in _VOWEL_ROOTS:
        if word.startswith(root) and word[len(root):] in _VOWEL_ROOT_ENDINGS:
            return word in sp.lexicon
    return any(ending not in _NOT_FINITE and not ending.endswith(("নি", "ই", "ও"))
               for _, ending in morphology.verb_readings(word, sp.is_verb))


@lru_cache(maxsize=65536)
def negation_apart(word: str) -> str | None:
    """The verb and না apart (ভাবিনা -> ভাবি না), when the word is a finite verb form and
    না. Not a word of a curated list, nor one the web list has with a case ending: that
    is a noun or a name (করিনা, করিনার)."""
    if not word.endswith(_NEGATION) or len(word) < 4:
        return None
    lex = speller().lexicon
    if lex.origin_of(word) & FROM_HUNSPELL or max(lex.frequency(word + e) for e in _CASE_FORMS) >= _DECLINES_ZIPF:
        return None
    verb = word[: -len(_NEGATION)]
    return f"{verb} {_NEGATION}" if _finite_verb(verb) else None


def check_negation(text: str, ctx: Context) -> Iterator[Hit]:
    doc = document_words(text, ctx)
    sp = speller()
    # An unknown word is SPELL001's, which offers its suggestions with না apart.
    hits = {w: apart for w in doc.interesting if w.endswith(_NEGATION) and not accepted(w, ctx)
            and sp.is_known(w) and (apart := negation_apart(w))}
    for s, e, w in doc.positions(set(hits)) if hits else ():
        yield Hit(s, e, f"“না” আলাদা বসে: “{hits[w]}”", (replace(s, e, hits[w], UNSAFE),))


# -- ORTHO007: the Academy's final ো (house style) -----------------------------------------
# BA rule 2.3: a word's final o sound may be written ো (ভালো, ছোটো, এগারো-আঠারো, হলো,
# হতো, করবো). The Academy allows both forms, so this is a house style, off unless
# selected. Only forms that are nothing but the word meant are reported: কাল (time, and
# black), মত (opinion, and like), কোন (which, and any), আসল (real, and came) stay as
# written; হল (hall, and was), হত (killed, and would be) and দেব (god, and will give)
# are taken for the verb only where it ends a clause or follows a verbal noun (করা হল).
_FINAL_O_WORDS = {"ভাল": "ভালো", "ছোট": "ছোটো", "এগার": "এগারো", "তের": "তেরো", "পনের": "পনেরো",
                  "ষোল": "ষোলো", "সতের": "সতেরো", "আঠার": "আঠারো"}  # the rule's own examples
# Verb endings that take ো: the past habitual (করত), the simple past (করল), the first
# person future (করব); and the vowel roots' forms, which the morphology does not read.
_FINAL_O_ENDINGS = frozenset({"ত", "ল", "ব"})
_FINAL_O_VOWEL_ROOT_FORMS = frozenset({"গেল", "এল", "দিল", "নিল", "পেল", "যেত", "দিত", "নিত", "পেত",
                                       "যাব", "খাব", "নেব", "হব", "পাব"})
_FINAL_O_IN_CONTEXT = frozenset({"হল", "হত", "দেব"})
_FINAL_O_NOT_VERBS = frozenset({"আসল", "কাল", "মত", "কোন", "খেল", "চল", "ফল", "তল", "জল", "দল", "বল",
                                "কল", "মল", "শত", "গত", "রত", "সব", "রব", "নব", "তব", "শব", "ভব"})
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
            fixed = with_o + word[len(base):]
            if lex.frequency(fixed) >= max(lex.frequency(word), 0) - _FINAL_O_COMPOUND_MARGIN:
                return fixed
    return None


def _verb_in_context(text: str, start: int, end: int) -> bool:
    """Whether a word that is also a noun (হল, hall) stands as the verb: it ends a
    clause, or follows a verbal noun (করা হল, দেওয়া হত)."""
    if _CLAUSE_END.match(text, end):
        return True
    m = _WORD_BEFORE.search(text[max(0, start - _WORD_WINDOW) : start])  # a window: not a scan from the text's start
    return bool(m) and m.group(1).endswith("া") and speller().is_verb(m.group(1))


def check_final_o(text: str, ctx: Context) -> Iterator[Hit]:
    doc = document_words(text, ctx)
    hits = {w: fixed for w in doc.counts if not accepted(w, ctx) and (fixed := final_o_form(w))}
    for s, e, w in doc.positions(set(hits)) if hits else ():
        if w in _FINAL_O_IN_CONTEXT and not _verb_in_context(text, s, e):
            continue
        yield Hit(s, e, f"প্রমিত বানানের বিকল্প: শব্দের শেষে ও-কার “{hits[w]}”", (replace(s, e, hits[w], UNSAFE),))


RULES = [
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
        good=("সরকারি অফিসে জানুয়ারির শুরুতে।", "দেশে খাদ্যের সঙ্কট নেই, সংকটও নেই।"),
        fix_safety="Unsafe; display-only where the word reads as part of a person's name, or "
                   "stands in quotation marks or in old (সাধু) prose: those keep their own spelling.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012)",),
    ),
    Rule(
        "ORTHO004",
        "house-style-spelling",
        "The Academy's choice where two spellings are in current use (ঈদ -> ইদ, ঘুষ -> ঘুস)",
        """Some Academy spellings are a choice between two forms that both appear in
        edited print (ঈদ/ইদ, শহীদ/শহিদ, ইতিমধ্যে/ইতোমধ্যে, religious words with য), or are
        two forms the Academy allows (BA 1.4: in sandhi ং or ঙ, সঙ্কট/সংকট). The table
        marks them; this rule is off unless selected by its code, as a house style.""",
        _table_rule(style=True),
        bad=(Example("«ঈদের» ছুটি।", "ইদের ছুটি।"), Example("খাদ্যের «সঙ্কট» নেই।", "খাদ্যের সংকট নেই।")),
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
        and other words alike: কার্য, সূর্য, ধর্ম, অর্জন, কার্তিক. The common ones are in the
        standard-spelling table (ORTHO001), which reports them with its rule; this rule
        finds the rest.""",
        check_reph_doubling,
        bad=(Example("«কর্ত্তৃপক্ষ» জানায়।", "কর্তৃপক্ষ জানায়।"), Example("«ধর্ম্মীয়» উৎসব।", "ধর্মীয় উৎসব।")),
        good=("কার্যকর ব্যবস্থা, ধর্ম ও সমাজ, উত্তর।",),
        fix_safety="Unsafe; display-only in a person's name (সুমন ভট্টাচার্য্য), a quotation or "
                   "old prose, which keep the old spelling.",
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
        "ORTHO006",
        "negation-written-solid",
        "The negation না written solid with its verb (ভাবিনা -> ভাবি না)",
        """Bangla Academy (2012): না after a verb is a word of its own (ভাবি না, মানবে না,
        খাবে না); নি attaches to the verb (করিনি, যাইনি). A word is reported when it is a
        finite verb form and না, and is neither in a curated list nor a noun the word list
        has with a case ending (করিনা, a name: করিনার).""",
        check_negation,
        bad=(Example("আমি তা «ভাবিনা»।", "আমি তা ভাবি না।"), Example("তারা «মানবেনা»।", "তারা মানবে না।"),
             Example("সে «খাবেনা»।", "সে খাবে না।")),
        good=("আমি ভাবি না, সে চেনেনি। করিনা এলেন। বাজনা বাজে।",),
        fix_safety="Unsafe: a name may end in না.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012); reference O15",),
    ),
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
        bad=(Example("সে «ভাল» আছে।", "সে ভালো আছে।"), Example("কাজটি শেষ করা «হল»।", "কাজটি শেষ করা হলো।"),
             Example("আমরা কাল «করব»।", "আমরা কাল করবো।"), Example("তারা «ভালবাসা» চায়।", "তারা ভালোবাসা চায়।")),
        good=("সে ভালো আছে। কাল তার মত জানা যাবে। জগন্নাথ হল প্রাঙ্গণে সভা। আসল কথা বলো।",),
        fix_safety="Unsafe: a house style choice.",
        sources=("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012), rule 2.3; reference O12",),
        default=False,
    ),
    *(
        Rule(code, name, summary, explanation + _PATTERN_NOTE, _pattern_rule(code), bad=bad, good=good,
             fix_safety=_PATTERN_FIX, sources=sources, since="0.2.0")
        for code, name, summary, explanation, bad, good, sources in (
            (
                "ORTHO008", "natva",
                "ন where ণত্ব বিধান puts ণ in a tatsama word (কারন -> কারণ, প্রমান -> প্রমাণ)",
                """Bangla Academy rules for tatsama words, ণত্ব বিধান: ন becomes ণ after ঋ, র or
                ষ when only vowels, ক-বর্গ, প-বর্গ, য, য়, হ or ং stand between them (প্রমাণ,
                গ্রহণ, দর্পণ); never before ত থ দ ধ (গ্রন্থ, বৃন্ত). Words that are not tatsama
                keep ন (রানি, জার্মান), and so do compounds whose first part does (রানীনগর).""",
                (Example("«আকর্ষনীয়» প্রস্তাব।", "আকর্ষণীয় প্রস্তাব।"),
                 Example("«যন্ত্রনাদায়ক» অভিজ্ঞতা।", "যন্ত্রণাদায়ক অভিজ্ঞতা।")),
                ("কারণে দেরি। আপনি বসুন, কাজটি করুন।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): তৎসম শব্দ, ণত্ব বিধান",),
            ),
            (
                "ORTHO009", "nation-name-final-i",
                "ী at the end of a nationality or language name made from a place name (জাপানী -> জাপানি)",
                """Bangla Academy rule 2.1: words that are not tatsama take only ই-কার, and the
                names of nationalities and languages end in ই-কার (আরবি, জাপানি, ইরাকি). The
                rule reads the word as a place name of the gazetteer with ী after it.""",
                (Example("«জর্ডানী» নাগরিক।", "জর্ডানি নাগরিক।"),),
                ("জাপানি পণ্য, চীনের বাজার।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012), rule 2.1",),
            ),
            (
                "ORTHO010", "final-khanda-ta",
                "ত at the end of a word where the standard writes খণ্ড-ত (ভবিষ্যত -> ভবিষ্যৎ)",
                """Bangla Academy rules: a word that ends in the sound t without a vowel writes
                খণ্ড-ত, ৎ (ভবিষ্যৎ, কদাচিৎ, হঠাৎ); before an ending it is ত again (ভবিষ্যতে).""",
                (Example("সে «কদাচিত» আসে।", "সে কদাচিৎ আসে।"),),
                ("ভবিষ্যতে দেখা হবে। হঠাৎ বৃষ্টি এল।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): ৎ",),
            ),
            (
                "ORTHO011", "foreign-st",
                "ষ্ট in a foreign word, which the standard writes স্ট (মাষ্টার -> মাস্টার)",
                """Bangla Academy rules for foreign words: no ষ in them, so English st is স্ট
                (মাস্টার, স্টেশন, পোস্ট). A tatsama word keeps ষ্ট by ষত্ব বিধান (কষ্ট, ইষ্ট,
                কৃষ্টি), and খ্রিষ্ট, which the Academy lets keep ষ, is left alone.""",
                (Example("«জার্নালিষ্ট» এলেন।", "জার্নালিস্ট এলেন।"),),
                ("কষ্ট হয়। খ্রিষ্টান ও খ্রিস্টান।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): বিদেশি শব্দ",),
            ),
            (
                "ORTHO012", "foreign-a-ya",
                "The sound æ of a foreign word written এ্যা, not অ্যা (এ্যাসিড -> অ্যাসিড)",
                """Bangla Academy rules for foreign words: the sound æ is written অ্যা (অ্যাসিড,
                অ্যাকাডেমি), not with a ya-phala on the vowel letter এ.""",
                (Example("«এ্যাম্বুলেন্স» এল।", "অ্যাম্বুলেন্স এল।"),),
                ("অ্যাম্বুলেন্স এল।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): বিদেশি শব্দ; government rules for "
                 "standard Bengali in official use",),
            ),
            (
                "ORTHO013", "iya-suffix-long-i",
                "The adjective suffix -ঈয় written with ি (দ্বিতিয় -> দ্বিতীয়)",
                """Bangla Academy rules for tatsama words: the adjective suffix -ঈয় keeps its
                ঈ-কার (ভারতীয়, জাতীয়, দ্বিতীয়). A word whose ি belongs to the stem (প্রিয়,
                সক্রিয়) is no -ঈয় word and is left alone.""",
                (Example("«দ্বিতিয়» দফায়।", "দ্বিতীয় দফায়।"),),
                ("সক্রিয় ও প্রিয় সদস্য।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): তৎসম -ঈয় প্রত্যয়",),
            ),
            (
                "ORTHO014", "nga-before-velar",
                "ং before ক খ গ ঘ outside sandhi, where the standard writes ঙ (বিকলাংগ -> বিকলাঙ্গ)",
                """Bangla Academy rule 1.4 writes ং for a ম that sandhi puts before ক খ গ ঘ (সংগীত,
                ভয়ংকর, অহংকার); elsewhere the nasal is ঙ joined to the consonant (অঙ্ক, আতঙ্ক,
                দাঙ্গা). Foreign words keep ং (ব্যাংক, লিংক): the rule tells them apart by
                hunspell-bn's word list and is silent without it.""",
                (Example("«বিকলাংগ» মানুষ।", "বিকলাঙ্গ মানুষ।"),),
                ("সংগীত ও ভয়ংকর ঝড়; ব্যাংক খোলা।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012), rule 1.4",),
            ),
            (
                "ORTHO015", "visarga-sandhi",
                "A prefix's visarga kept where sandhi changes it (বহিঃবিশ্ব -> বহির্বিশ্ব)",
                """বিসর্গ সন্ধি: a prefix's visarga becomes র্ before a voiced consonant after ই, উ
                or where it stands for র (পুনর্গঠন, বহির্বিশ্ব), ো after অ (বয়োজ্যেষ্ঠ), and
                শ্ before চ ছ (দুশ্চিন্তা). Before ক, প, স, শ it stays (পুনঃপ্রকাশ, নিঃশব্দ).""",
                (Example("«বহিঃবিশ্বে» খ্যাতি।", "বহির্বিশ্বে খ্যাতি।"),),
                ("বইটির পুনঃপ্রকাশ হলো নিঃশব্দে।",),
                ("বিসর্গ সন্ধি: Bangla Academy, প্রমিত বাংলা ব্যাকরণ (2011)",),
            ),
            (
                "ORTHO016", "prefix-visarga",
                "A prefix written without its visarga (দুখিত -> দুঃখিত)",
                """Bangla Academy rules keep the visarga of a prefix inside a word (দুঃখ,
                নিঃসন্দেহে, অতঃপর). Before শ, ষ or স joined to a consonant it drops by rule
                (নিশ্বাস, নিস্পৃহ), and those words are left alone.""",
                (Example("আমি «দুখিত»।", "আমি দুঃখিত।"),),
                ("গভীর নিশ্বাস নিল।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): পদমধ্যস্থ বিসর্গ",),
            ),
            (
                "ORTHO017", "t-sandhi",
                "A first part in ৎ not joined by its sandhi (তদকালীন -> তৎকালীন, উৎঘাটন -> উদঘাটন)",
                """ব্যঞ্জন সন্ধি of a tatsama first part that ends in ৎ (তৎ, উৎ, সৎ, হৃৎ, ভবিষ্যৎ):
                ৎ stays before a voiceless consonant (তৎকালীন, হৃৎপিণ্ড) and becomes দ before a
                voiced one (উদঘাটন, ভবিষ্যদ্বাণী).""",
                (Example("«তদকালীন» সরকার।", "তৎকালীন সরকার।"),),
                ("তৎকালীন সরকার উদযাপন করে।",),
                ("ব্যঞ্জন সন্ধি: Bangla Academy, প্রমিত বাংলা ব্যাকরণ (2011)",),
            ),
            (
                "ORTHO018", "abstract-noun-ta",
                "-তা after an abstract noun in -্য that is one already (কাঠিন্যতা -> কাঠিন্য)",
                """An adjective with its first vowel strengthened and -্য after it is an abstract
                noun (কঠিন -> কাঠিন্য, দীন -> দৈন্য); -তা after it says "-ness" twice. Adjectives
                in -্য take -তা (যোগ্যতা, সভ্যতা), and so do the few common ones the curated
                list holds (সামান্যতা).""",
                (Example("পথের «কাঠিন্যতা»।", "পথের কাঠিন্য।"),),
                ("যোগ্যতা ও সভ্যতা।",),
                ("ষ্যঞ্ প্রত্যয়ে -তা নয়: ananyabangla.com শুদ্ধ বানানের তালিকা; slstbangla.com (সখ্যতা -> সখ্য)",),
            ),
        )
    ),
]
