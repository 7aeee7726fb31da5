"""The spellings a Bangla Academy rule decides from the letters of a word.

Each rule proposes a standard form from the letters (ণত্ব বিধান: কারন -> কারণ; খণ্ড-ত:
কদাচিত -> কদাচিৎ; বিসর্গ সন্ধি: বহিঃবিশ্ব -> বহির্বিশ্ব, ...), and `pattern_form` keeps a
proposal only when the lexicon holds the standard form as a word about as common (so the
word is a misspelling of it, not another word). Pure functions of the word and the
lexicon; the rules ORTHO008-ORTHO018 (rules/orthography/letter_rules.py) report them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..chars import cluster_end
from ..data import word_list
from . import morphology, speller
from .academy import COMMON_ZIPF, standard_form
from .lexicon import FROM_HUNSPELL
from .standard import standard_forms

__all__ = [
    "ABSTRACT_RULE",
    "A_YA_RULE",
    "FOREIGN_ST_RULE",
    "IYA_RULE",
    "KHANDA_TA_RULE",
    "NATION_I_RULE",
    "NATVA_RULE",
    "NGA_RULE",
    "PREFIX_VISARGA_RULE",
    "SANDHI_RULE",
    "T_SANDHI_RULE",
    "VISARGA_SANDHI",
    "pattern_form",
    "pattern_step",
]

# A word is judged once, by all the rules together (`pattern_form`); its finding goes to
# the rule of the first step of its correction (`pattern_step`), and names every rule the
# correction followed.
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
    if not m or m.end() < len(word) and word[m.end()] == "্" and word[m.end() : m.end() + 2] in ("্ত", "্থ", "্দ", "্ধ"):
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
    return bool(speller().lexicon.origin_of(word) & FROM_HUNSPELL) and len(_SSA_AFTER.findall(word)) == word.count("ষ্ট")


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
            yield noun, ABSTRACT_RULE


# ষ্যঞ্: an adjective with its first vowel strengthened and -্য after it is an abstract
# noun (দীন -> দৈন্য, বিচিত্র -> বৈচিত্র্য, কঠিন -> কাঠিন্য); -তা after it says "-ness"
# twice (দৈন্যতা -> দৈন্য). Adjectives in -্য take -তা (যোগ্যতা, সভ্যতা): their first vowel
# is no strengthened one. A few adjectives have one too (সামান্য, সৌম্য, সম্ভাব্য): the
# curated list (hunspell-bn, where installed) holds their -তা forms, or they are too
# common to be a slip; rarer ones (গ্রাহ্যতা) are still reported.
_ABSTRACT_TA = "\u09cd\u09afতা"
ABSTRACT_RULE = "ষ্যঞ্-প্রত্যয়ান্ত বিশেষ্যে আবার -তা নয় (দৈন্য, বৈচিত্র্য)"
_STRENGTHENED_SIGN = {
    "\u09be": ("",),
    "\u09c8": ("\u09bf", "\u09c0", "\u09c7"),
    "\u09cc": ("\u09c1", "\u09c2", "\u09cb"),
}
_STRENGTHENED_VOWEL = {"আ": ("অ",), "ঐ": ("ই", "ঈ", "এ"), "ঔ": ("উ", "ঊ", "ও")}
_ADJECTIVE_LENGTH = 3  # code points: a shorter base (মন, কম, বধ) meets a -্য word by chance
_ADJECTIVE_ZIPF = 2.5


def _abstract_noun(word: str) -> str | None:
    """The -্য abstract noun that `word` (X-্য-তা) adds -তা to, when X with its first
    vowel weakened is a known adjective (দৈন্যতা -> দৈন্য, from দীন)."""
    sp = speller()
    if sp.lexicon.frequency(word) >= COMMON_ZIPF or sp.lexicon.origin_of(word) & FROM_HUNSPELL:
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
# The prefixes are data: data/visarga_r_prefixes.txt (ঃ -> র্), data/visarga_o_prefixes.txt
# (ঃ -> ো) and data/visarga_r_sound_prefixes.txt (where it stands for র: পুনঃরায় is পুনরায়
# with a mark too many). The letter classes below are the rule's own.
_VISARGA_R = word_list("visarga_r_prefixes")
_VISARGA_O = word_list("visarga_o_prefixes")
VISARGA_SANDHI = _VISARGA_R | _VISARGA_O
_VISARGA_R_VOWEL = word_list("visarga_r_sound_prefixes")
_VOICED = "গঘজঝডঢদধনবভমযল"
_VOWEL_SIGN = {"আ": "া", "ই": "ি", "ঈ": "ী", "উ": "ু", "ঊ": "ূ", "এ": "ে", "ঐ": "ৈ", "ও": "ো", "ঔ": "ৌ"}
_VISARGA_DOUBLED = ("র্", "শ্চ", "শ্ছ")
SANDHI_RULE = "বিসর্গ সন্ধি: পুনর্গঠন, বয়োজ্যেষ্ঠ, দুশ্চিন্তা"


# Longest first, then by letters: the same order in every process.
_VISARGA_PREFIXES = tuple(sorted(word_list("visarga_prefixes"), key=lambda p: (-len(p), p)))


def _missing_visarga_variants(word: str) -> Iterator[tuple[str, str]]:
    """A visarga prefix written without its visarga (দুখ, নিসন্দেহে, অতপর): the form
    with it, when the lexicon holds that as the commoner word (the caller's test). Before
    শ, ষ, স joined to a consonant the visarga drops by rule (নিশ্বাস, নিস্পৃহ, নিস্পন্দ)."""
    for prefix in _VISARGA_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            rest = word[len(prefix) :]
            if "\u0995" <= rest[0] <= "\u09b9" and not (rest[0] in "শষস" and rest[1] == "\u09cd"):
                yield prefix + "ঃ" + rest, PREFIX_VISARGA_RULE


def _visarga_variants(word: str) -> Iterator[tuple[str, str]]:
    at = word.find("ঃ")
    prefix, rest = word[:at], word[at + 1 :]
    if not rest or prefix not in VISARGA_SANDHI:
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
        yield right, SANDHI_RULE


# ব্যঞ্জন সন্ধি of a tatsama first part that ends in ৎ (তৎ, উৎ, সৎ, হৃৎ, ভবিষ্যৎ): before a
# voiced consonant it is voiced to দ (উদযাপন, উদঘাটন, ভবিষ্যদ্বাণী); before a voiceless
# one it stays ৎ (তৎকালীন, হৃৎপিণ্ড, সৎকার). Before চ ছ জ ল ম ন শ হ it assimilates
# (উচ্চারণ, সজ্জন, উল্লাস, উন্মাদ, উদ্ধার): those words are read as they stand.
# The first parts are data/t_sandhi_first_parts.txt; longest first (no first part, nor its
# দ form, begins another, so the order only makes the choice the same in every process).
_T_FINAL = tuple(sorted(word_list("t_sandhi_first_parts"), key=lambda p: (-len(p), p)))
_T_VOICED = "গঘডঢদধবভযর"
_T_VOICELESS = "কখটঠতথপফষস"
_T_SANDHI_STARTS = tuple(x for p in _T_FINAL for x in (p, p[:-1] + "দ"))
_T_SANDHI_REST = 3  # code points after the first part: a word, not an ending (উৎরে is no উদরে)
T_SANDHI_RULE = "ৎ-এর সন্ধি: তৎকালীন, উদঘাটন, ভবিষ্যদ্বাণী"


def _t_sandhi_variants(word: str) -> Iterator[tuple[str, str]]:
    for first in _T_FINAL:
        voiced = first[:-1] + "দ"
        for typed in (voiced + "\u09cd", voiced):  # দ্ or দ written before a voiceless consonant
            rest = word[len(typed) :]
            if word.startswith(typed) and len(rest) >= _T_SANDHI_REST and rest[0] in _T_VOICELESS:
                yield first + rest, T_SANDHI_RULE
        rest = word[len(first) :]
        if word.startswith(first) and len(rest) >= _T_SANDHI_REST and rest[0] in _T_VOICED:
            # With the hasanta or without (উদ্ঘাটন, উদঘাটন): the lexicon's commoner first.
            forms = (voiced + rest, voiced + "\u09cd" + rest)
            for right in sorted(forms, key=speller().lexicon.frequency, reverse=True):
                yield right, T_SANDHI_RULE


# ং before ক খ গ ঘ is right where a sandhi turned ম into it (সম্ + গীত = সংগীত, ভয়ম্ + কর
# = ভয়ংকর, অহম্ + কার = অহংকার) and in foreign words (ব্যাংক, লিংক); elsewhere the
# nasal is ঙ joined to the consonant (অঙ্ক, আতঙ্ক, শৃঙ্খলা, দাঙ্গা). Sandhi is read off the
# prefix (সং, অহং, কিং, স্বয়ং, হৃদয়ং, পারং) or the -কর/-কার that takes it. Foreign
# words are told apart by Debian's hunspell-bn, a curated list with few of them: the ঙ
# form must be there and the ং form not (without hunspell-bn the rule is silent).
_ANUSVARA = re.compile("ং(?=[কখগঘ])")
_SANDHI_M = tuple(sorted(word_list("anusvara_sandhi_prefixes")))  # str.endswith takes a tuple
_SANDHI_M_TAIL = tuple(sorted(word_list("anusvara_sandhi_heads")))  # -কর, -কার, -কৃ(ত)


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
    found = pattern_step(word)
    if not found:
        return None
    fixed, rules = found[0], [found[1]]
    for _ in range(_PATTERN_STEPS):
        table = standard_form(fixed)
        then = (table[0], table[1]) if table and not table[2] else None if table else pattern_step(fixed)
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
@lru_cache(maxsize=65536)
def pattern_step(word: str) -> tuple[str, str] | None:
    if (
        not any(c in word for c in "নীতংঃ")
        and "ষ্ট" not in word
        and "িয়" not in word
        and _E_YA not in word
        and not word.startswith(_VISARGA_PREFIXES)
        and not word.startswith(_T_SANDHI_STARTS)
    ):
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
            rare = (
                not (sp.trusted(right, _ABSTRACT_NOUN_ZIPF) and sp.is_known(right))
                if rule == ABSTRACT_RULE
                else zr < _PATTERN_MIN_ZIPF
            )
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
