"""How typing departs from the word meant: the typed word read as said on a phonetic
keyboard or as it looks in print, the letters typing leaves out, and the letters web
lists mix up. The judge reads list words' twins with these, the candidate generators
typed words' corrections."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import morphology

__all__ = [
    "CANDRABINDU",
    "COLLOQUIAL_PROGRESSIVE",
    "LOOKALIKE",
    "SIGNS_LEFT_OUT",
    "SWAPS",
    "TAKES_CANDRABINDU",
    "as_said",
    "misread",
    "old_or_broken",
    "put_back",
]


SWAPS: dict[str, str] = {}
for _cls in ("িী", "ুূ", "নণ", "শষস"):  # vowel length, ন/ণ, শ/ষ/স: what web lists mix up
    for _a in _cls:
        SWAPS[_a] = "".join(c for c in _cls if c != _a)

# Letters typed as they are said on a phonetic keyboard. The inherent vowel of a
# consonant and উ or ই make ৌ or ৈ (পউষ for পৌষ, বইদ্য for বৈদ্য), অউ/অই at the start
# ঔ/ঐ. After a consonant or a vowel sign a vowel letter is often the glide য় with that
# vowel (দিএ for দিয়ে, খাওআ for খাওয়া, কইলা for কয়লা), and এ the glide alone (যাএ for
# যায়). Inside a word ক্ষ is said kkh, which writers type kh (অপেখা for অপেক্ষা), and ত্ম
# is said tt (আত্তীয় for আত্মীয়). য after a vowel or a consonant's own vowel is the glide
# য় without its nukta (নেয for নেয়, হয for হয়; after a hasanta it is a ya-phala, before
# one a conjunct: ন্যায্য), and the glide's vowel is left out before the next consonant
# (পেয়ছি for পেয়েছি). Each reading of the typed word costs SETTINGS.as_said_cost on top
# of the letters that differ.
_AFTER_CONSONANT = "(?<=[\u0995-\u09b9\u09ce\u09bc])"
_DIPHTHONG = re.compile(_AFTER_CONSONANT + "[উই]")
_I_AS_GLIDE = re.compile(_AFTER_CONSONANT + "ই")
_INITIAL_DIPHTHONG = {"অউ": "ঔ", "ওউ": "ঔ", "অই": "ঐ", "ওই": "ঐ"}
_GLIDE = re.compile("(?<=[\u0985-\u0994\u0995-\u09b9\u09bc\u09be-\u09cc])[আএ]")
_SAID = {"আ": "য়া", "এ": "য়ে", "উ": "ৌ", "ই": "ৈ"}  # the vowel letter typed -> what it stands for
_YA_AFTER_VOWEL = re.compile("(?<=[\u0985-\u0994\u0995-\u09b9\u09be-\u09cc])য(?![\u09bc\u09cd])")
_GLIDE_BEFORE_CONSONANT = re.compile("য\u09bc(?=[\u0995-\u09b9])")
# The progressive's ছ said and typed স in colloquial speech (লিখসেন for লিখছেন, খেলসিলাম
# for খেলছিলাম): a verb ending after two letters or more.
COLLOQUIAL_PROGRESSIVE = re.compile("(?<=[\u0980-\u09ff]{2})স(?=(?:ে|েন|ি|িস|ো|িল|িলাম|িলে|িলেন|িলো)$)")
# The vowel signs typing most often leaves out (SETTINGS.sign_left_out_cost). ি and ু stand
# for ী and ূ too (confusions inside a class); ো is not in skeletons at all.
SIGNS_LEFT_OUT = ("\u09be", "\u09c7", "\u09bf", "\u09c1")


def as_said(typed: str) -> list[str]:
    """The typed word read as said, each way that changes it (see SETTINGS.as_said_cost)."""
    readings = []
    head = _INITIAL_DIPHTHONG.get(typed[:2])
    if head:
        readings.append(head + typed[2:])
    if "উ" in typed or "ই" in typed:
        readings += [_DIPHTHONG.sub(lambda m: _SAID[m.group()], typed), _I_AS_GLIDE.sub("য়", typed)]
    if "খ" in typed[1:]:
        readings.append(typed[0] + typed[1:].replace("খ", "ক্ষ"))
    if "ত্ত" in typed:
        readings.append(typed.replace("ত্ত", "ত্ম"))
    if "য" in typed[1:]:
        readings.append(_YA_AFTER_VOWEL.sub("য\u09bc", typed))
        if "য\u09bc" in typed:
            readings.append(_GLIDE_BEFORE_CONSONANT.sub("য\u09bcে", typed))
    if "আ" in typed or "এ" in typed:
        readings += [
            _GLIDE.sub(lambda m: _SAID[m.group()], typed),
            _GLIDE.sub(lambda m: "য়" if m.group() == "এ" else _SAID[m.group()], typed),
        ]
    return [r for r in dict.fromkeys(readings) if r != typed]


# Letters that look alike in print: হৃ is drawn with a hook under হ like ূ's, and text
# typed in old fonts or converted from them often has হূ for it (wordfreq's web text has
# হূদয়ের beside the far commoner হৃদয়ের). The typed word is also read
# with হৃ, at the cost of a reading as said; a list word whose হৃ form is more frequent by
# SETTINGS.lookalike_gap (Zipf: 10x) is that word misprinted. Curated lists keep the real হূ words
# (আহূত, হূণ), and those are never read otherwise.
LOOKALIKE = ("হূ", "হৃ")
# A web list's word with its candrabindu left out (খোজখবর): the form with it is the
# curated list's word, and commoner by SETTINGS.candrabindu_gap (Zipf: twice).
CANDRABINDU = "\u0981"
TAKES_CANDRABINDU = frozenset("ািীুূৃেৈোৌঅআইঈউঊএঐওঔ")  # a candrabindu goes on a vowel
_PUT_BACK_SIGNS = (*SIGNS_LEFT_OUT, "\u09cb")  # ো too: the error model reads it in skeletons
_STALE_LETTERS = frozenset({("ী", "ি"), ("স", "শ"), ("ৎ", "ত")})  # (the list word's, the common word's)


def old_or_broken(word: str, twin: str) -> bool:
    """Whether `twin` is `word` with one of _STALE_LETTERS replaced, or with a hasanta put
    between two consonants."""
    if len(twin) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(word, twin, strict=False)) if a != b]
        return len(diff) == 1 and (word[diff[0]], twin[diff[0]]) in _STALE_LETTERS
    if len(twin) == len(word) + 1:
        i = next((i for i, (a, b) in enumerate(zip(word, twin, strict=False)) if a != b), len(word))
        return (
            twin[i] == "\u09cd"
            and twin[:i] + twin[i + 1 :] == word
            and 0 < i < len(word)
            and word[i - 1] in morphology.CONSONANTS
            and word[i] in morphology.CONSONANTS
        )
    return False


def put_back(word: str) -> Iterator[str]:
    """The word with what typing most often leaves out put back once: a vowel sign (া ে ি
    ু ো) after a consonant that has none, a ra-phala after a consonant, a hasanta
    between two consonants (পাশাপশি, উত্তলন, রাষ্টপতি, সেপ্টেমবর), or a ya- or ba-phala
    after a consonant inside the word (সাবস্ত, আশস্ত: the skeleton drops phalas, so these
    are the same word to it)."""
    for i in range(len(word)):
        if not "\u0995" <= word[i] <= "\u09b9":
            continue
        after = word[i + 1 : i + 2]
        if not (after and ("\u09be" <= after <= "\u09cd" or after == "\u09bc")):
            for sign in _PUT_BACK_SIGNS:
                yield word[: i + 1] + sign + word[i + 1 :]
        if after and after not in "\u09cd\u09bc":
            if word[i] != "র":
                yield word[: i + 1] + "\u09cd\u09b0" + word[i + 1 :]
            if "\u0995" <= after <= "\u09b9":
                yield word[: i + 1] + "\u09cd" + word[i + 1 :]
            if i:
                yield word[: i + 1] + "\u09cd\u09ac" + word[i + 1 :]
                yield word[: i + 1] + "\u09cd\u09af" + word[i + 1 :]


def misread(typed: str) -> list[str]:
    """The typed word read as said (as_said) or as it looks (হূ for হৃ)."""
    readings = as_said(typed)
    if LOOKALIKE[0] in typed:
        readings.append(typed.replace(*LOOKALIKE))
    return readings
