"""LEGACY: text in an old 8-bit Bengali encoding (Bijoy / SutonnyMJ) inside a Unicode text.

Detection and conversion live in `banan.legacy`; this module only reports what it
finds, with the converted text as the fix.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Applicability
from ..legacy.bijoy import to_unicode
from ..legacy.detect import find_bijoy
from .base import Example, Hit, Rule, replace
from .document import Document

# A Bijoy word always has a Latin letter or a Windows-1252 symbol: text without any is
# left at once (most Bengali text), so the rule costs nothing there.
_TRIGGER = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ‡†‰ˆ©¨ª«¯°±²³¶·¸¹º»¼½¾¿¡¢£¤¥¦§¬®×÷Š‹Œ›š"
_SHOWN = 40  # characters of the converted text quoted in the message


def bijoy_encoded(text: str, ctx: Document) -> Iterator[Hit]:
    if not ctx.has_any(_TRIGGER):
        return
    for start, end in find_bijoy(text):
        converted = to_unicode(text[start:end])
        shown = converted if len(converted) <= _SHOWN else converted[:_SHOWN] + "…"
        yield Hit(
            start,
            end,
            f"বিজয় (ANSI, SutonnyMJ) এনকোডিংয়ের লেখা; ইউনিকোডে “{shown}”",
            (replace(start, end, converted, Applicability.UNSAFE),),
        )


RULES = [
    Rule(
        "LEGACY001",
        "bijoy-encoded-text",
        "Text typed in Bijoy for an ANSI font (SutonnyMJ) that reads as Latin garbage once the font is lost",
        """Much Bengali text in Bangladesh is still typed with Bijoy into ANSI fonts such as
        SutonnyMJ: the bytes are Windows-1252 Latin characters that only the font draws as
        Bengali. Copied into a Unicode document, a PDF or a web page it reads like
        `evsjv GKv‡Wwg` (বাংলা একাডেমি), and no reader, search engine or spell checker can
        use it. The rule finds such stretches (a paragraph, a line, or a run of words inside
        Bengali text) by what Bijoy text is full of and Latin-script text lacks (symbols
        such as ‡ © ¨ inside words, `w` + consonant, `Kv`, words with no vowel letter) and by
        ruling out words that cannot convert into Bengali syllables. English sentences,
        names, acronyms, accented words (café, Zürich), numbers, URLs, e-mail addresses and
        code are left alone. The fix is the text converted to Unicode (`banan convert`
        converts whole files).""",
        bijoy_encoded,
        bad=(
            Example(
                "«evsjv GKv‡Wwgi cÖwgZ evsjv evbv‡bi wbqg Abymi‡Y»",
                "বাংলা একাডেমির প্রমিত বাংলা বানানের নিয়ম অনুসরণে",
            ),
            Example("সভায় «cÖavbgš¿x e‡jb», আমরা এগিয়ে যাব।", "সভায় প্রধানমন্ত্রী বলেন, আমরা এগিয়ে যাব।"),
            Example("তিনি «Kg©KZ©v‡`i» সঙ্গে কথা বলেন।", "তিনি কর্মকর্তাদের সঙ্গে কথা বলেন।"),
        ),
        good=(
            "The quick brown fox jumps over the lazy dog.",
            "McDonald's opened a café in Zürich; the naïve señor said “hello” — twice.",
            "তিনি BNP ও UNDP-র সঙ্গে iPhone নিয়ে কথা বলেন: https://example.com/a?b=c",
            "document.getElementById('x').value = 5; // 25°C, © 2024 Apple™",
        ),
        fix_safety=(
            "Unsafe: the conversion follows the SutonnyMJ code table, and text in another "
            "ANSI font or a Latin word taken for Bijoy would be changed; a reader should look."
        ),
        sources=("banan/legacy/data/bijoy.toml: the SutonnyMJ code table, with its sources",),
        reads_code=True,  # ` is দ in Bijoy: a passage can look like Markdown inline code
    ),
]
