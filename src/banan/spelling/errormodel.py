"""How Bengali writers mistype: the classes of letters people confuse.

A word's *skeleton* merges each confusion class into one representative and drops the
marks people most often omit or add (candrabindu, visarga, hasanta), so
that সাধারন, সাধারণ and শাধারণ share a skeleton. Suggestions are looked up by
skeleton, and `cost` charges little for a difference inside a class and a full edit
for anything else.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from .settings import SETTINGS

__all__ = ["CLASSES", "cost", "letters", "skeleton"]

# A difference inside a confusion class costs less than an edit (SETTINGS.class_cost): the
# writer of a phonetic keyboard hardly chooses between ন and ণ or ি and ী, so the letter
# typed says little. Deciding that an unknown word is a near miss of a frequent word (a
# typo, not a name) uses a more cautious cost (SETTINGS.near_class_cost), since names
# differ from common words in these letters too.

# Each string is one class of letters confused in typing (reference §2 O1-O11 and the
# aspirated/unaspirated pairs, and dental/retroflex, of phonetic keyboards; vowel length
# in the independent vowels too, and অ/ও, which a phonetic keyboard types as o and O).
# র/ড়/ঢ় is a class too, but ড় and ঢ় are two code points in NFC (ড/ঢ + nukta), so
# `skeleton` maps them to র before the table applies: a class string holding them would
# map the nukta and plain ড ঢ to র as well.
CLASSES = (
    "িীইঈ",
    "ুূউঊ",
    "নণ",
    "শষস",
    "জযঝ",
    "তৎথটঠ",
    "দধডঢ",
    "ংঙ",
    "কখ",
    "গঘ",
    "চছ",
    "পফ",
    "বভ",
    "েএৈঐ",
    "ৌওঔঅ",
    "াআ",
)
# Marks dropped from skeletons: candrabindu, visarga, hasanta, nukta, ZWNJ, ZWJ.
_DROPPED = "ঁঃ়্ো\u200c\u200d"

_TABLE: dict[int, str | None] = {ord(c): None for c in _DROPPED}
for _cls in CLASSES:  # disjoint classes: each letter maps to its class's first letter
    for _c in _cls[1:]:
        _TABLE[ord(_c)] = _cls[0]
# য় is a letter of its own in skeletons, written ৱ (a letter no Bengali word has): the
# glide it stands for is neither জ nor য, which a phonetic keyboard types j and z, and
# merging it with them gave words with য় and words with জ one skeleton.
_YA = "ৱ"
# Precomposed forms of ড় ঢ় য় never occur after NFC, but map them for safety.
_TABLE.update({0x09DC: "র", 0x09DD: "র", 0x09DF: _YA})


_PHALA = re.compile("\u09cd[যব]")
_GEMINATE = re.compile(r"([\u0995-\u09b9])\u09cd\1")
# A stop and its aspirate joined (চ্ছ, দ্ধ, ত্থ) are said as one long aspirate and typed
# as one letter or two (যাছে, যাছছে, সিধান্ত): once classes are merged, one letter.
_DOUBLED_STOP = re.compile(r"([চদ])\1+")
# ঞ joined to চ ছ জ ঝ is said as n there and typed so (পনচাশ for পঞ্চাশ, সনচয় for সঞ্চয়):
# ন in skeletons. (ং and ঙ before ক খ গ ঘ are left apart: writers drop the গ after ং,
# typing সংঠন for সংগঠন, which ন there would put two letters away.)
_PALATAL_NASAL = re.compile("ঞ্(?=[চছজঝ])")


# A word-initial ya-phala with া is said as the vowel of এ (ক্যাম্পাস, ব্যাগ, অ্যাপ) and
# typed so (কেম্পাস, বেগ, এপ); inside a word it doubles the consonant (বিদ্যা).
_INITIAL_YA_A = re.compile("^([\u0985\u0995-\u09b9])\u09cd\u09af\u09be")


# Letters written one way and said another, as phonetic typing spells them: ৃ and ঋ
# are said ri (কৃষক ~ ক্রিষক, ঋতু ~ রিতু), ক্ষ kh at the start of a word and kkh inside it
# (ক্ষমা ~ খমা, পরীক্ষা ~ পরিক্খা), জ্ঞ gy (জ্ঞান ~ গ্যান).
_AS_SAID = (("\u09c3", "\u09cd\u09b0\u09bf"), ("ঋ", "রি"), ("ক্ষ", "ক্খ"), ("জ্ঞ", "গ্য"))


@lru_cache(maxsize=65536)  # pure, and asked again and again for a typed word, its stems, each candidate
def skeleton(word: str) -> str:
    """The word with confusion classes merged and easily-missed marks removed."""
    if word.startswith("ক্ষ"):
        word = "খ" + word[3:]
    for written, said in _AS_SAID:
        if written in word:
            word = word.replace(written, said)
    if "\u09cd\u09af\u09be" in word[:4]:
        word = _INITIAL_YA_A.sub(lambda m: "এ" if m.group(1) == "অ" else m.group(1) + "ে", word)
    # ড় ঢ় য় are ড ঢ য + nukta in NFC: make them র র য় before the nukta is dropped.
    if "\u09bc" in word:
        word = word.replace("ড\u09bc", "র").replace("ঢ\u09bc", "র").replace("য\u09bc", _YA)
    if "ঞ" in word:
        word = _PALATAL_NASAL.sub("ন", word)
    # A ya- or ba-phala sounds as a doubled consonant (জন্য ~ জন্ন, উজ্জ্বল ~ উজ্বল) and is
    # often left out (বিদালয়): write a geminate (ন্ন, জ্জ) once, then drop phalas. Only a
    # geminate: the two ব of ব্যবধান are two syllables (typed বেবধান), not one sound.
    if "\u09cd" in word:
        word = _GEMINATE.sub(r"\1", word)  # before classes merge ত and ট
        word = _PHALA.sub("", word).replace("\u09cd", "")
    word = word.translate(_TABLE)
    return _DOUBLED_STOP.sub(r"\1", word) if "চচ" in word or "দদ" in word else word


# ড় ঢ় য় are one letter each, two code points in NFC: for counting edits they are one
# (ড় typed র is one confusion, not a letter changed and a nukta dropped).
_AS_ONE = (("ড\u09bc", "\u09dc"), ("ঢ\u09bc", "\u09dd"), ("য\u09bc", "\u09df"))


# ক্ষ at the start of a word is said kh, as খ (ক্ষমা ~ খমা: see `skeleton`): one letter
# there, so that খ typed for it is one confusion, not three edits.
_INITIAL_KSSA = "\ue000"


@lru_cache(maxsize=65536)  # asked for every candidate of every search: the same common words
def letters(word: str, said: bool = True) -> str:
    """The word with each nukta letter, and (`said`) ক্ষ at the start, as one code point,
    for edit distances."""
    if said and word.startswith("ক্ষ"):
        word = _INITIAL_KSSA + word[3:]
    if "\u09bc" not in word:
        return word
    for pair, one in _AS_ONE:
        word = word.replace(pair, one)
    return word


@lru_cache(maxsize=65536)
def cost(typed: str, candidate: str, class_cost: float = SETTINGS.class_cost, said: bool = True) -> float:
    """A typing-error distance: differences inside a confusion class cost `class_cost`,
    other edits 1 each (an adjacent transposition is one edit; a nukta letter is one
    letter). With `said`, ক্ষ at the start is one letter, so খ typed for it is one
    confusion: right for ranking, but not for deciding that a word is a typo, since the
    Academy writes খ where ক্ষ was (খ্যাপা, খেতখামার)."""
    full = DamerauLevenshtein.distance(letters(typed, said), letters(candidate, said))
    if full == 0:
        return 0.0
    skeletal = DamerauLevenshtein.distance(skeleton(typed), skeleton(candidate))
    return skeletal + class_cost * max(full - skeletal, 0)
