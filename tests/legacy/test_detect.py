"""Finding Bijoy text: English, code, URLs, names and accented words are never taken
for it; Bijoy runs inside Bengali lines are found with exact spans; the rule's fix is
the converted text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banan
from banan import Applicability, Config, check, fix
from banan.graphemes import boundaries
from banan.legacy.detect import convert_spans, find_bijoy, score_word

LEGACY = Config(select=("LEGACY",))

NOT_BIJOY = [
    "The quick brown fox jumps over the lazy dog.",
    "McDonald's opened its first restaurant in Dhaka in 2024.",
    "A naïve café owner in Zürich met a señor from São Paulo and Björk.",
    "He got a PhD from MIT, an MBA from INSEAD and works at UNDP, BRAC and WHO.",
    "document.getElementById('x').value = 5;",
    "for (int i = 0; i < n; i++) { sum += a[i]; }",
    "def to_unicode(text: str) -> str: return text.strip()",
    "Visit https://www.example.com/path?q=1&r=2 or write to editor@example.org today.",
    "Temperature: 25°C, humidity 80%, wind 15 km/h — a well—known pattern.",
    "© 2024 Apple™ iPhone®, Windows® and Google™ are trademarks.",
    "The “quoted” words and ‘single’ ones don’t matter…",
    "Prices: £5, €10, ¥500, 3×4 = 12, ½ cup, §3, ±2.",
    "Mr. Smith, Dr. Rahman and Ms. Khan met the CEO of Grameenphone Ltd.",
    "COVID-19 vaccines, mRNA, DNA, GDP growth of 6.5% in FY2023-24.",
    "She wrote: new, show, law, saw, how, now, few, view, grew.",
    "Kyiv, Gorbachev, Molotov, Ivanov and Tyler visited Tokyo and Kyoto.",
    "Straße, Österreich, Ødegaard, Ångström, façade, jalapeño, Müller.",
    "WhatsApp, YouTube, LinkedIn, PowerPoint, JavaScript, eBay, iPad, MacBook.",
    "Call +880 1711-000000 or visit www.prothomalo.com for details.",
    "| Name | Score |\n|------|-------|\n| Ali  | 12    |",
]


@pytest.mark.parametrize("text", NOT_BIJOY)
def test_latin_text_is_not_taken_for_bijoy(text):
    assert find_bijoy(text) == []
    assert check(text, LEGACY) == []


@pytest.mark.parametrize("text", NOT_BIJOY)
def test_latin_text_inside_bengali_lines_is_not_taken_for_bijoy(text):
    line = f"তিনি বলেন, {text} এরপর তিনি চলে যান।"
    assert find_bijoy(line) == []


def spans(text):
    return [text[a:b] for a, b in find_bijoy(text)]


@pytest.mark.parametrize(
    "text,found",
    [
        ("evsjv GKv‡Wwgi cÖwgZ evsjv evbv‡bi wbqg Abymi‡Y", ["evsjv GKv‡Wwgi cÖwgZ evsjv evbv‡bi wbqg Abymi‡Y"]),
        ("আমি evsjv GKv‡Wwg পড়ি।", ["evsjv GKv‡Wwg"]),
        ("এই লাইনে Ki‡Z আছে", ["Ki‡Z"]),
        ("সভায় cÖavbgš¿x e‡jb, আমরা এগিয়ে যাব।", ["cÖavbgš¿x e‡jb"]),
        ("Rvwm©i 45 b¤^i| `ª“ZB wgwj‡q ‡Mj ‡mUv|", ["Rvwm©i 45 b¤^i| `ª“ZB wgwj‡q ‡Mj ‡mUv|"]),
        ("2024 mv‡j evsjv‡`k", ["2024 mv‡j evsjv‡`k"]),
        # one span per line of a Bijoy paragraph
        (
            "w`b ‡k‡l Zvi Zviv¸‡jv w`‡e ‡`Lv|\n‡`L‡Qv wK GKB AvKvk?",
            ["w`b ‡k‡l Zvi Zviv¸‡jv w`‡e ‡`Lv|", "‡`L‡Qv wK GKB AvKvk"],
        ),
        # English beside Bijoy on one line: only the Bijoy words
        ("Photo caption: ‡nj‡g‡Ui wb‡P mvbMvm", ["‡nj‡g‡Ui wb‡P mvbMvm"]),
        # Latin-1 decoding of the bytes (‡ as U+0087)
        ("আমি GKv\u0087Wwg পড়ি", ["GKv\u0087Wwg"]),
    ],
)
def test_bijoy_runs_are_found_with_exact_spans(text, found):
    assert spans(text) == found


def test_url_and_code_block_are_never_bijoy():
    text = "দেখুন https://example.com/‡Kv‡bv\n```\nwbqg ‡K‡bv GKv‡Wwg\n```\n"
    assert find_bijoy(text) == []


def test_score_word_rules_out_what_cannot_be_bijoy():
    # English words starting with a vowel-sign code, ending in w, with two marks in a row
    for word in ("the", "under", "show", "class", "first", "you", "very"):
        assert score_word(word)[0] == "e", word
    for word in ("GKv‡Wwg", "wbqg", "Abymi‡Y", "Avgvi"):
        kind, points, strong = score_word(word)
        assert kind == "b" and strong, (word, kind, points)


def test_rule_fix_is_the_converted_text():
    text = "আমি evsjv GKv‡Wwg পড়ি।"
    (d,) = check(text, LEGACY)
    assert (d.code, d.found, d.replacements, d.applicability) == (
        "LEGACY001",
        "evsjv GKv‡Wwg",
        ["বাংলা একাডেমি"],
        Applicability.UNSAFE,
    )
    assert fix(text, LEGACY) == text  # unsafe: not applied by default
    assert fix(text, LEGACY, unsafe=True) == "আমি বাংলা একাডেমি পড়ি।"


def test_generic_fix_call_converts_whole_bijoy_records():
    record = "evsjv GKv‡Wwgi cÖwgZ evsjv evbv‡bi wbqg Abymi‡Y|\nZ‡e A‡÷«wjqvi wec‡¶ I‡q÷ BwÛ‡Ri g¨v‡P"
    assert banan.fix(record, Config(select=("LEGACY",)), unsafe=True) == (
        "বাংলা একাডেমির প্রমিত বাংলা বানানের নিয়ম অনুসরণে।\nতবে অস্ট্রেলিয়ার বিপক্ষে ওয়েস্ট ইন্ডিজের ম্যাচে"
    )


def test_convert_spans_touches_nothing_else():
    text = "The UN said: আমি evsjv GKv‡Wwg পড়ি — in English."
    assert convert_spans(text) == "The UN said: আমি বাংলা একাডেমি পড়ি — in English."


# Properties: Bijoy mixed into Bengali and English -----------------------------------

BIJOY_WORDS = [
    "evsjv",
    "GKv‡Wwgi",
    "cÖwgZ",
    "wbqg",
    "Abymi‡Y",
    "Kg©x",
    "Rvwm©i",
    "‡Kv‡bv",
    "i¨ve",
    "10t30",
    "|",
    "Abymi‡",
    "‡",
    "w",
    "©",
    "K&l",
    "‡cuŠ‡Q",
]
OTHER_WORDS = [
    "আমি",
    "বাংলা",
    "পড়ি।",
    "the",
    "McDonald's",
    "café",
    "https://x.y/z",
    "`code`",
    "২০২৪",
    "BNP",
    "“ঢাকা”",
    "—",
    "\n",
    "  ",
    "র\u200d্যাব",
    "ক্\u200cষ",
]
mixed = st.lists(st.sampled_from(BIJOY_WORDS + OTHER_WORDS), max_size=20).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed)
def test_spans_valid_and_fix_idempotent_on_mixed_text(text):
    cuts = set(boundaries(text))
    for d in check(text):
        assert 0 <= d.start <= d.end <= len(text)
        assert d.start in cuts and d.end in cuts
        assert d.found == text[d.start : d.end]
    once = fix(text, unsafe=True)
    assert fix(once, unsafe=True) == once
    assert not check(once, LEGACY)
