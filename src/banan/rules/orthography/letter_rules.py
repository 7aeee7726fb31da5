"""ORTHO008-ORTHO018: spellings a Bangla Academy rule decides from the letters of a word,
one code per rule (they were ORTHO005, which now selects them as a group: see
redirects.py). The rules themselves are in spelling/letter_rules.py; the verdicts give each
word to the rule of its correction's first step."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Example, Hit, Rule, replace
from ..document import Document
from ..verdicts import verdicts
from ..words import document_words
from .places import places_outside_names

__all__ = ["RULES"]


def _letter_rule_hits(doc: Document) -> dict[str, list[Hit]]:
    """Every letter-rule finding of the document by its rule's code, found once for all of
    them (each word located once): a fact of the document."""
    owned = verdicts(doc).owned_by(*_CODES)
    rights = {w: v.correction for w, v in owned.items() if v.correction}
    by_code: dict[str, list[Hit]] = {}
    for s, e, w, applies in places_outside_names(doc.text, document_words(doc.text, doc), rights):
        verdict = owned[w]
        assert verdict.owner is not None and verdict.correction is not None
        by_code.setdefault(verdict.owner, []).append(
            Hit(
                s,
                e,
                f"প্রমিত বানান “{verdict.correction}” ({verdict.reason})",
                (replace(s, e, verdict.correction, applies),),
            )
        )
    return by_code


_PATTERN_NOTE = """ A word is reported only when the lexicon holds the standard form as a word
about as common, which stands in for "tatsama" and keeps real words apart (করুন, a verb,
is no misspelt করুণ). When a correction follows more than one of these rules (শ্রেনী ->
শ্রেণি), the finding is this rule's if its step comes first, and names each rule."""
_PATTERN_FIX = (
    "Unsafe; display-only where the word reads as part of a person's name, or stands in "
    "quotation marks or in old (সাধু) prose."
)


def _pattern_rule(code: str):
    def check(text: str, doc: Document) -> Iterator[Hit]:
        yield from doc.fact(_letter_rule_hits).get(code, ())

    return check


RULES = [
    *(
        Rule(
            code,
            name,
            summary,
            explanation + _PATTERN_NOTE,
            _pattern_rule(code),
            bad=bad,
            good=good,
            fix_safety=_PATTERN_FIX,
            sources=sources,
            since="0.2.0",
            needs=("NORM",),
        )
        for code, name, summary, explanation, bad, good, sources in (
            (
                "ORTHO008",
                "natva",
                "ন where ণত্ব বিধান puts ণ in a tatsama word (কারন -> কারণ, প্রমান -> প্রমাণ)",
                """Bangla Academy rules for tatsama words, ণত্ব বিধান: ন becomes ণ after ঋ, র or
                ষ when only vowels, ক-বর্গ, প-বর্গ, য, য়, হ or ং stand between them (প্রমাণ,
                গ্রহণ, দর্পণ); never before ত থ দ ধ (গ্রন্থ, বৃন্ত). Words that are not tatsama
                keep ন (রানি, জার্মান), and so do compounds whose first part does (রানীনগর).""",
                (Example("«আকর্ষনীয়» প্রস্তাব।", "আকর্ষণীয় প্রস্তাব।"), Example("«যন্ত্রনাদায়ক» অভিজ্ঞতা।", "যন্ত্রণাদায়ক অভিজ্ঞতা।")),
                ("কারণে দেরি। আপনি বসুন, কাজটি করুন।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): তৎসম শব্দ, ণত্ব বিধান",),
            ),
            (
                "ORTHO009",
                "nation-name-final-i",
                "ী at the end of a nationality or language name made from a place name (জাপানী -> জাপানি)",
                """Bangla Academy rule 2.1: words that are not tatsama take only ই-কার, and the
                names of nationalities and languages end in ই-কার (আরবি, জাপানি, ইরাকি). The
                rule reads the word as a place name of the gazetteer with ী after it.""",
                (Example("«জর্ডানী» নাগরিক।", "জর্ডানি নাগরিক।"),),
                ("জাপানি পণ্য, চীনের বাজার।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012), rule 2.1",),
            ),
            (
                "ORTHO010",
                "final-khanda-ta",
                "ত at the end of a word where the standard writes খণ্ড-ত (ভবিষ্যত -> ভবিষ্যৎ)",
                """Bangla Academy rules: a word that ends in the sound t without a vowel writes
                খণ্ড-ত, ৎ (ভবিষ্যৎ, কদাচিৎ, হঠাৎ); before an ending it is ত again (ভবিষ্যতে).""",
                (Example("সে «কদাচিত» আসে।", "সে কদাচিৎ আসে।"),),
                ("ভবিষ্যতে দেখা হবে। হঠাৎ বৃষ্টি এল।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): ৎ",),
            ),
            (
                "ORTHO011",
                "foreign-st",
                "ষ্ট in a foreign word, which the standard writes স্ট (মাষ্টার -> মাস্টার)",
                """Bangla Academy rules for foreign words: no ষ in them, so English st is স্ট
                (মাস্টার, স্টেশন, পোস্ট). A tatsama word keeps ষ্ট by ষত্ব বিধান (কষ্ট, ইষ্ট,
                কৃষ্টি), and খ্রিষ্ট, which the Academy lets keep ষ, is left alone.""",
                (Example("«জার্নালিষ্ট» এলেন।", "জার্নালিস্ট এলেন।"),),
                ("কষ্ট হয়। খ্রিষ্টান ও খ্রিস্টান।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): বিদেশি শব্দ",),
            ),
            (
                "ORTHO012",
                "foreign-a-ya",
                "The sound æ of a foreign word written এ্যা, not অ্যা (এ্যাসিড -> অ্যাসিড)",
                """Bangla Academy rules for foreign words: the sound æ is written অ্যা (অ্যাসিড,
                অ্যাকাডেমি), not with a ya-phala on the vowel letter এ.""",
                (Example("«এ্যাম্বুলেন্স» এল।", "অ্যাম্বুলেন্স এল।"),),
                ("অ্যাম্বুলেন্স এল।",),
                (
                    "Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): বিদেশি শব্দ; government rules for "
                    "standard Bengali in official use",
                ),
            ),
            (
                "ORTHO013",
                "iya-suffix-long-i",
                "The adjective suffix -ঈয় written with ি (দ্বিতিয় -> দ্বিতীয়)",
                """Bangla Academy rules for tatsama words: the adjective suffix -ঈয় keeps its
                ঈ-কার (ভারতীয়, জাতীয়, দ্বিতীয়). A word whose ি belongs to the stem (প্রিয়,
                সক্রিয়) is no -ঈয় word and is left alone.""",
                (Example("«দ্বিতিয়» দফায়।", "দ্বিতীয় দফায়।"),),
                ("সক্রিয় ও প্রিয় সদস্য।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): তৎসম -ঈয় প্রত্যয়",),
            ),
            (
                "ORTHO014",
                "nga-before-velar",
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
                "ORTHO015",
                "visarga-sandhi",
                "A prefix's visarga kept where sandhi changes it (বহিঃবিশ্ব -> বহির্বিশ্ব)",
                """বিসর্গ সন্ধি: a prefix's visarga becomes র্ before a voiced consonant after ই, উ
                or where it stands for র (পুনর্গঠন, বহির্বিশ্ব), ো after অ (বয়োজ্যেষ্ঠ), and
                শ্ before চ ছ (দুশ্চিন্তা). Before ক, প, স, শ it stays (পুনঃপ্রকাশ, নিঃশব্দ).""",
                (Example("«বহিঃবিশ্বে» খ্যাতি।", "বহির্বিশ্বে খ্যাতি।"),),
                ("বইটির পুনঃপ্রকাশ হলো নিঃশব্দে।",),
                ("বিসর্গ সন্ধি: Bangla Academy, প্রমিত বাংলা ব্যাকরণ (2011)",),
            ),
            (
                "ORTHO016",
                "prefix-visarga",
                "A prefix written without its visarga (দুখিত -> দুঃখিত)",
                """Bangla Academy rules keep the visarga of a prefix inside a word (দুঃখ,
                নিঃসন্দেহে, অতঃপর). Before শ, ষ or স joined to a consonant it drops by rule
                (নিশ্বাস, নিস্পৃহ), and those words are left alone.""",
                (Example("আমি «দুখিত»।", "আমি দুঃখিত।"),),
                ("গভীর নিশ্বাস নিল।",),
                ("Bangla Academy, প্রমিত বাংলা বানানের নিয়ম (2012): পদমধ্যস্থ বিসর্গ",),
            ),
            (
                "ORTHO017",
                "t-sandhi",
                "A first part in ৎ not joined by its sandhi (তদকালীন -> তৎকালীন, উৎঘাটন -> উদঘাটন)",
                """ব্যঞ্জন সন্ধি of a tatsama first part that ends in ৎ (তৎ, উৎ, সৎ, হৃৎ, ভবিষ্যৎ):
                ৎ stays before a voiceless consonant (তৎকালীন, হৃৎপিণ্ড) and becomes দ before a
                voiced one (উদঘাটন, ভবিষ্যদ্বাণী).""",
                (Example("«তদকালীন» সরকার।", "তৎকালীন সরকার।"),),
                ("তৎকালীন সরকার উদযাপন করে।",),
                ("ব্যঞ্জন সন্ধি: Bangla Academy, প্রমিত বাংলা ব্যাকরণ (2011)",),
            ),
            (
                "ORTHO018",
                "abstract-noun-ta",
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

_CODES = tuple(rule.code for rule in RULES)
