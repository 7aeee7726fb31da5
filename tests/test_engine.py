"""The public API: check, fix, normalize, apply_fixes, and what they must never do."""

import unicodedata

import pytest

import banan
from banan import Applicability, Config, Diagnostic, Edit, Fix, apply_fixes, check, fix, normalize


def codes(text, **kw):
    return [d.code for d in check(text, **kw)]


def test_clean_text_raises_nothing_and_survives_fix_and_normalize(clean_text):
    assert check(clean_text) == []
    assert fix(clean_text) == clean_text
    assert fix(clean_text, unsafe=True) == clean_text
    assert normalize(clean_text) == clean_text


@pytest.mark.parametrize(
    "valid",
    [
        "র\u200d\u09cd\u09afাব",  # ra + ZWJ + virama + ya
        "ক\u09cd\u200cষ",  # explicit hasanta
        "তিনি বলেন: “আমরা যাব।”",  # a real colon, typographic quotes
        "সে বলল — যাব… তারপর",  # dashes and the ellipsis
        "খেলা ২ : ১ গোলে শেষ হয়।",
        "দাম ২.৫ টাকা, সময় ১০:৩০।",
        "👨\u200d👩\u200d👧 পরিবার",
        "https://example.com/a|b?x=1.2 ও info@example.com",
        "যুগ যুগ ধরে ধীরে ধীরে",
    ],
)
def test_valid_text_is_never_damaged(valid):
    assert fix(valid, unsafe=True) == valid
    assert normalize(valid) == valid


@pytest.mark.parametrize(
    "broken,repaired",
    [
        ("ঢাকা\u09df", "ঢাকা\u09af\u09bc"),  # precomposed nukta letter -> NFC
        ("আর\u09c7\u09be", "আরো"),  # two-part vowel sign
        ("প\u09c7\u0981\u09d7ছে", "পৌঁছে"),  # split by candrabindu (NFC cannot)
        ("প\u0981\u09beচ", "পাঁচ"),  # candrabindu before the sign
        ("উত\u09cd\u200dস", "উৎস"),  # old khanda ta
        ("উত\u09cdপাদন", "উৎপাদন"),
        ("ব\u09cd\u09af\u09bc\u09beপার", "ব্যাপার"),  # ya-phala with nukta
        ("সে যায়\u09f7", "সে যায়।"),  # fake danda
        ("অ\u09beমরা", "আমরা"),
        ("র\u200c\u09cd\u09afাব", "র\u200d\u09cd\u09afাব"),
    ],
)
def test_normalize_repairs_the_encoding(broken, repaired):
    assert normalize(broken) == repaired
    assert unicodedata.is_normalized("NFC", normalize(broken))


def test_normalize_leaves_spacing_and_words_alone():
    text = "সে বাড়ি যায় ।গত 2024 সালে"
    assert normalize(text) == text


def test_fix_applies_safe_fixes_only_unless_unsafe():
    text = "গত 2024 সালে ৩৫ টি বই কিনেছি ।"
    assert fix(text) == "গত 2024 সালে ৩৫টি বই কিনেছি।"
    assert fix(text, unsafe=True) == "গত ২০২৪ সালে ৩৫টি বই কিনেছি।"


def test_spans_are_offsets_into_the_text_as_given():
    text = "ঢাকা\u09df যাব ।"  # precomposed letter before the error: no normalized copy
    d = next(d for d in check(text) if d.code == "SPACE001")
    assert text[d.start : d.end] == " ।" == d.found


def test_select_and_ignore():
    text = "সে যায় । 2024 সালে"
    assert set(codes(text)) == {"SPACE001", "NUM002"}
    assert codes(text, config=Config(select=("SPACE",))) == ["SPACE001"]
    assert codes(text, config=Config(ignore=("SPACE001",))) == ["NUM002"]


def test_inline_directives_silence_rules():
    assert codes("সে যায় । <!-- banan: ignore -->") == []
    assert codes("সে যায় । <!-- banan: ignore NUM -->") == ["SPACE001"]
    assert codes("<!-- banan: ignore-next-line SPACE001 -->\nসে যায় ।\nসে যায় ।") == ["SPACE001"]
    assert codes("banan: ignore-file SPACE\nসে যায় ।\nসে যায় ।") == []


def test_check_rejects_bytes():
    with pytest.raises(TypeError):
        check("সে".encode())


def test_apply_fixes_skips_overlaps_and_respects_threshold():
    text = "abcdef"
    d1 = Diagnostic("X001", 0, 3, "m", "abc", (Fix((Edit(0, 3, "X"),), Applicability.SAFE),))
    d2 = Diagnostic("X002", 2, 4, "m", "cd", (Fix((Edit(2, 4, "Y"),), Applicability.SAFE),))
    d3 = Diagnostic("X003", 4, 6, "m", "ef", (Fix((Edit(4, 6, "Z"),), Applicability.UNSAFE),))
    assert apply_fixes(text, [d1, d2, d3]) == ("Xdef", 1)
    assert apply_fixes(text, [d1, d2, d3], Applicability.UNSAFE) == ("XdZ", 2)


def test_diagnostic_replacements_cover_the_whole_span():
    d = Diagnostic("X001", 2, 6, "m", "cdef", (Fix((Edit(3, 4, ""), Edit(5, 5, "+")), Applicability.SAFE),))
    assert d.replacements == ["ce+f"]
    assert d.applicability is Applicability.SAFE


def test_public_api_is_exactly_all():
    import types

    public = {n for n in dir(banan) if not n.startswith("_") and not isinstance(getattr(banan, n), types.ModuleType)}
    assert public - {"annotations"} == set(banan.__all__)


# -- code and URLs are not prose ------------------------------------------------------

MARKDOWN = (
    "সে বাড়ি যায় ।\n\n"  # a space before the danda: reported
    "`সরকারী  কারন ।`\n\n"  # inline code: two spaces, a space before the danda, old spellings
    "```\nপতিবেদক তিনি তিনি ক\u200bখ সে যায় ,আমি\n```\n"  # a code block
    "দেখুন https://example.com/a%20b ,এখানে।\n"
)


def test_nothing_is_reported_or_fixed_inside_code_or_a_url():
    found = banan.check(MARKDOWN)
    code_start = MARKDOWN.index("`")
    code_end = MARKDOWN.index("```\n", MARKDOWN.index("```") + 3) + 3
    url = MARKDOWN.index("https://")
    assert [d.code for d in found if d.start < code_start] == ["SPACE001"]
    assert [d for d in found if code_start <= d.start < code_end] == []
    assert all(not url <= d.start < url + len("https://example.com/a%20b") for d in found)
    fixed = banan.fix(MARKDOWN, unsafe=True)
    assert MARKDOWN[code_start:code_end] in fixed  # the code, byte for byte
    assert fixed.startswith("সে বাড়ি যায়।\n")


def test_bijoy_text_that_looks_like_inline_code_is_still_reported():
    # In Bijoy (SutonnyMJ) a backtick is দ: "`k UvKv `iKvi" is দশ টাকা দরকার (ten taka
    # needed), which looks like a Markdown code span from one backtick to the next.
    text = "\x60k UvKv \x60iKvi Avgvi|"
    assert [d.code for d in banan.check(text)] == ["LEGACY001"]
