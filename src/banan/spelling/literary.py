"""How সাধু prose writes words that modern usage, and so the web's word list, hardly holds.

সাধু (the formal literary register) is where tatsama compounds are formed freely and written
solid (বনমধ্যে, "in the forest"; নৈশগগন, "the night sky"; অস্তাচলগমনোদ্যোগী, "about to set"),
from parts too rare on today's web to be trusted in a চলিত text, and where older books mark a
dropped vowel with an explicit hasanta (কোন্, "which"; এম্নি for এমনি, "so"). These readings are
asked for only in a text the register rules find written in সাধু (rules/verdicts.py); in a
চলিত text the same letters are more often a typo, and the stricter compound reading of the
judge applies (judge.py).
"""

from __future__ import annotations

from . import morphology
from .judge import NOT_INITIAL, VOWEL_SANDHI, Judge, is_postposition
from .lexicon import FROM_HUNSPELL
from .settings import SETTINGS

__all__ = ["literary_reading"]

HASANTA = "\u09cd"
NUKTA = "\u09bc"


def literary_reading(word: str, judge: Judge) -> str | None:
    """How a সাধু text reads a word the lexicon does not know: the known word an older
    hasanta spelling stands for, or the parts of a tatsama compound joined with `+`.
    None when it reads as neither, or when it is a close miss of a frequent word (a
    compound reading does not excuse a typo). A word longer than any the lexicon holds
    is read as neither: its splits would cost time by the square of its length."""
    if len(word) > SETTINGS.longest_word:
        return None
    older = older_hasanta_spelling(word, judge)
    if older:
        return older
    parts = compound_parts(word, judge, SETTINGS.literary_compound_max_parts)
    if parts and not judge.near_miss(word, SETTINGS.compound_near_miss_max_cost, compound=True):
        return "+".join(parts)
    return None


def older_hasanta_spelling(word: str, judge: Judge) -> str | None:
    """The known word that `word` writes with an explicit hasanta at its end, where older
    books mark the inherent vowel dropped in speech (কোন্ for কোন, "which"; শিস্ for শিস,
    "whistle"). A hasanta inside a word (এম্নি for এমনি) is not read so: there it is far
    more often a typo, a vowel left out that joins two consonants (কম্ল for কমল, "lotus")."""
    if len(word) < 3 or word[-1] != HASANTA or word[-2] not in morphology.CONSONANTS:
        return None
    plain = word[:-1]
    return plain if judge.is_known(plain) and _stem(plain, judge) else None


def _letters(word: str) -> int:
    """The letters of `word` (consonants and vowels, not the signs on them; য় is one
    letter however it is encoded)."""
    return sum((c in morphology.CONSONANTS and c != NUKTA) or c in morphology.VOWELS for c in word)


def _stem(word: str, judge: Judge) -> bool:
    """Whether `word` stands as a compound's part: a known word of the frequency a literary
    part needs, of two letters or more (সে, লি, কা: one letter is a fragment, never a
    part); a short one (three code points or fewer, which web lists are full of as
    fragments: রথ, "chariot"; মৃগ, "deer") must also be in the curated list."""
    if len(word) <= 3:
        curated = bool(judge.lexicon.origin_of(word) & FROM_HUNSPELL)
        known = judge.trusted(word) or curated and judge.lexicon.frequency(word) >= SETTINGS.literary_part_min_zipf
    else:
        known = judge.trusted(word, SETTINGS.literary_part_min_zipf)
    return known and _letters(word) >= SETTINGS.literary_part_min_letters  # the lookup first: it rules out most


def _last_part(word: str, judge: Judge) -> bool:
    """Whether `word` ends a compound: a part, a part with an ending, or a postposition
    (বনমধ্যে: সাধু writes মধ্যে, "in", solid after its noun)."""
    return (
        _stem(word, judge)
        or any(_stem(s, judge) for s, _ in morphology.split(word))
        or is_postposition(word)
        and _letters(word) >= SETTINGS.literary_part_min_letters
    )


def compound_parts(word: str, judge: Judge, most: int) -> list[str] | None:
    """The parts of a tatsama compound of at most `most` parts that `word` reads as, the
    first split found from the longest head down; vowel sandhi at a join (গমন + উদ্যোগী =
    গমনোদ্যোগী) is undone in the part after it."""
    return _compound_parts(word, judge, most, {})


def _compound_parts(
    word: str, judge: Judge, most: int, tried: dict[tuple[str, int], list[str] | None]
) -> list[str] | None:
    # `tried`: the tails already read, so that a word with many known heads (a run of
    # short words) costs its splits once each, not once per way of reaching them.
    if (word, most) in tried:
        return tried[word, most]
    tried[word, most] = None
    shortest = SETTINGS.compound_part_min_length
    for i in range(len(word) - shortest, shortest - 1, -1):
        head, tail = word[:i], word[i:]
        if head[-1] == HASANTA or not _stem(head, judge):
            continue
        if judge.ends_a_phrase(head):
            continue  # দেশেরমানুষ: a genitive ends a phrase, a space left out
        tails = [tail]
        if tail[0] in VOWEL_SANDHI:
            if head[-1] not in morphology.CONSONANTS or min(len(head), len(tail)) < SETTINGS.sandhi_part_min_length:
                continue
            tails = [v + tail[1:] for v in VOWEL_SANDHI[tail[0]]]
        elif tail[0] in NOT_INITIAL:
            continue
        for t in tails:
            if _last_part(t, judge):
                tried[word, most] = [head, t]
                return [head, t]
            if most > 2:
                rest = _compound_parts(t, judge, most - 1, tried)
                if rest:
                    tried[word, most] = [head, *rest]
                    return [head, *rest]
    return None
