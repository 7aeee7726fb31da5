"""Bijoy → Unicode: the project's own examples for every class of the mapping, the
table itself, and totality on arbitrary input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from banan import normalize
from banan.legacy.bijoy import table, to_unicode, units


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# (Bijoy as typed, Unicode) per class of the mapping. Each Bijoy string was written from
# the code table in typing order: pre-base signs before their cluster, reph after it.
CASES = {
    "independent vowels": [
        ("Avgvi", "আমার"),
        ("A_©", "অর্থ"),
        ("Bs‡iwR", "ইংরেজি"),
        ("C`", "ঈদ"),
        ("D`vniY", "উদাহরণ"),
        ("Ewbk", "ঊনিশ"),
        ("FY", "ঋণ"),
        ("GKwU", "একটি"),
        ("HwZn¨", "ঐতিহ্য"),
        ("I", "ও"),
        ("Jla", "ঔষধ"),
    ],
    "consonants and nukta letters": [
        ("XvKv", "ঢাকা"),
        ("evwo", "বাড়ি"),
        ("Avlvp", "আষাঢ়"),
        ("hvq", "যায়"),
        ("bv", "না"),
        ("KLMNOPQRSTUVWXYZ_`abcdefghijklmn", "কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ"),
    ],
    "pre-base signs after their cluster": [
        ("wK", "কি"),
        ("‡K", "কে"),
        ("‰K", "কৈ"),
        ("†K", "কে"),
        ("ˆK", "কৈ"),
        ("‡cÖg", "প্রেম"),
        ("wØZxq", "দ্বিতীয়"),
        ("‡¯œn", "স্নেহ"),
        ("w¯Œb", "স্ক্রিন"),
        ("e¨w³MZ", "ব্যক্তিগত"),
        ("GKv‡Wwg", "একাডেমি"),
        ("‰Zwi", "তৈরি"),
    ],
    "o and au from two parts": [
        ("‡Kv‡bv", "কোনো"),
        ("‡MŠie", "গৌরব"),
        ("‡cuŠ‡Q", "পৌঁছে"),
        ("‡gvU", "মোট"),
        ("‡Kv‡U©", "কোর্টে"),
    ],
    "reph moved before its cluster": [
        ("Kg©x", "কর্মী"),
        ("Kgx©", "কর্মী"),
        ("ce©Z", "পর্বত"),
        ("wbe©vPb", "নির্বাচন"),
        ("Rvwm©i", "জার্সির"),
        ("Kg©KZ©v", "কর্মকর্তা"),
        ("ch©š—", "পর্যন্ত"),
        ("wZh©K", "তির্যক"),
        # a conjunct under the reph, with vowel signs
        ("Av`ª©Zv", "আর্দ্রতা"),
        ("gZ¨©", "মর্ত্য"),
        ("cÖv_©x", "প্রার্থী"),
        ("¯^v‡_©", "স্বার্থে"),
        ("wbw`©ó", "নির্দিষ্ট"),
        ("Avš—R©vwZK", "আন্তর্জাতিক"),
        ("¸iæZ¡c~Y©", "গুরুত্বপূর্ণ"),
    ],
    "ya-phala": [("e¨vsK", "ব্যাংক"), ("g~j¨", "মূল্য"), ("fwel¨r", "ভবিষ্যৎ"), ("i¨ve", "র\u200d্যাব")],
    "ra-phala": [("cÖavb", "প্রধান"), ("`ª“Z", "দ্রুত"), ("MÖvg", "গ্রাম"), ("ågY", "ভ্রমণ"), ("cÖavbgš¿x", "প্রধানমন্ত্রী")],
    "ba-phala": [("R¡i", "জ্বর"), ("¯^vaxb", "স্বাধীন"), ("we‡k¦i", "বিশ্বের"), ("¸iæZ¡", "গুরুত্ব")],
    "half forms and subjoined forms": [
        ("D”P", "উচ্চ"),
        ("k•L", "শঙ্খ"),
        ("m¤úv`K", "সম্পাদক"),
        ("Ae¯’v", "অবস্থা"),
        ("kvwšÍ", "শান্তি"),
        ("Bw½Z", "ইঙ্গিত"),
        ("evDÛvwii", "বাউন্ডারির"),
    ],
    "khanda ta": [("Drm", "উৎস"), ("RMr", "জগৎ"), ("fwel¨r", "ভবিষ্যৎ")],
    "candrabindu, anusvara, visarga": [
        ("Pvu`", "চাঁদ"),
        ("Zuvi", "তাঁর"),
        ("cvuP", "পাঁচ"),
        ("wcucov", "পিঁপড়া"),
        ("evsjv", "বাংলা"),
        ("`ytL", "দুঃখ"),
    ],
    "visible hasanta": [("K&", "ক্"), ("K&l", "ক্\u200cষ")],
    "digits": [("2024", "২০২৪"), ("0123456789", "০১২৩৪৫৬৭৮৯")],
    "punctuation: dari, dash, colon, quotes": [
        ("‡m hvq|", "সে যায়।"),
        ("||", "॥"),
        ("K Ñ L", "ক — খ"),
        ("10t30", "১০:৩০"),
        ("(t-)", "(:-)"),
        ("D`vniYt", "উদাহরণঃ"),
        ("ÒevsjvÓ", "“বাংলা”"),
        ("ÔKvÕ", "‘কা’"),
    ],
    "sentences": [
        ("evsjv GKv‡Wwgi cÖwgZ evsjv evbv‡bi wbqg Abymi‡Y", "বাংলা একাডেমির প্রমিত বাংলা বানানের নিয়ম অনুসরণে"),
        ("Z‡e A‡÷«wjqvi wec‡¶ I‡q÷ BwÛ‡Ri g¨v‡P", "তবে অস্ট্রেলিয়ার বিপক্ষে ওয়েস্ট ইন্ডিজের ম্যাচে"),
        ("GKv e‡m Zywg,\r\n‡`L‡Qv wK GKB AvKvk?", "একা বসে তুমি,\r\nদেখছো কি একই আকাশ?"),
    ],
}
ALL = [(cls, b, u) for cls, pairs in CASES.items() for b, u in pairs]


@pytest.mark.parametrize("cls,bijoy,expected", ALL, ids=[f"{c}:{b}" for c, b, _ in ALL])
def test_mapping_classes(cls, bijoy, expected):
    assert to_unicode(bijoy) == nfc(expected)


def test_latin1_decoding_converts_like_windows_1252():
    # Read as Latin-1, ‡ (byte 0x87) is the C1 control U+0087.
    data = "GKv‡Wwg".encode("cp1252")
    assert to_unicode(data.decode("latin-1")) == to_unicode(data.decode("cp1252")) == "একাডেমি"


@pytest.mark.parametrize("text", ["Abymi‡", "‡", "w", "evsjv‡ ", "wK‰"])
def test_pre_base_sign_with_nothing_after_is_shown_on_a_dotted_circle(text):
    out = to_unicode(text)
    sign = {"‡": "ে", "w": "ি", "‰": "ৈ"}[text.rstrip()[-1]]
    assert out.rstrip().endswith("\u25cc" + sign)


def test_trailing_pre_base_keeps_the_rest_of_the_word():
    assert to_unicode("Abymi‡") == "অনুসর\u25ccে"


def test_unknown_characters_pass_through():
    assert to_unicode("K € Ž \\ $") == "ক € Ž \\ $"


def test_output_is_canonical():
    text = "‡cuŠ‡Q evwo hvq"
    assert normalize(to_unicode(text)) == to_unicode(text)
    assert unicodedata.is_normalized("NFC", to_unicode(text))


# The table ---------------------------------------------------------------------------

KINDS = {
    "vowel",
    "consonant",
    "half",
    "subjoined",
    "prebase",
    "sign",
    "mark",
    "reph",
    "hasanta",
    "digit",
    "punctuation",
}
VIRAMA = "\u09cd"


def test_table_entries_are_well_formed():
    seen = set()
    for e in table():
        assert e.bijoy not in seen, e
        seen.add(e.bijoy)
        assert e.kind in KINDS, e
        assert e.what, e
        assert unicodedata.is_normalized("NFC", e.unicode), e
        if e.kind == "subjoined":
            assert e.unicode.startswith(VIRAMA), e
        if e.kind in ("half", "reph"):
            assert e.unicode.endswith(VIRAMA), e
        if e.kind == "prebase":
            assert e.unicode in "িেৈ", e


def test_every_windows_1252_character_is_mapped_or_known_to_be_unmapped():
    mapped = {e.bijoy for e in table() if len(e.bijoy) == 1}
    unmapped = {"€", "Ž", "ž", "\u00a0"}  # no Bengali glyph in the SutonnyMJ layout
    for byte in range(0x80, 0x100):
        try:
            c = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        assert c in mapped or c in unmapped, f"0x{byte:02X} {c!r}"


def test_units_merge_one_hasanta_from_half_and_subjoined_forms():
    assert [u.text for u in units("š—")] == ["ন্ত"]


# Totality ---------------------------------------------------------------------------

BIJOY_KEYS = sorted({e.bijoy for e in table()})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=255)))
def test_never_raises_on_latin1(text):
    out = to_unicode(text)
    assert isinstance(out, str)
    assert normalize(out) == out


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    assert isinstance(to_unicode(text), str)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BIJOY_KEYS + [" ", "\n", "x"]), max_size=30).map("".join))
def test_never_raises_on_bijoy_codes(text):
    out = to_unicode(text)
    assert normalize(out) == out


def test_long_text_converts_in_line_aligned_pieces(monkeypatch):
    from banan.legacy import bijoy

    text = "evsjv GKv‡Wwgi cÖwgZ evsjv‡\nKg©x ‡Kv‡bv Abymi‡Y\n" * 50
    whole = to_unicode(text)
    monkeypatch.setattr(bijoy, "CHUNK", 30)
    assert len(bijoy._chunks(text)) > 10
    assert to_unicode(text) == whole


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BIJOY_KEYS + [" ", "\n", "\t", "  ", "x"]), max_size=40).map("".join))
def test_word_by_word_conversion_equals_whole_text_conversion(text):
    from banan.legacy.bijoy import convert_raw

    assert to_unicode(text) == normalize(convert_raw(text))
