"""Where the lexicon's words come from: well-kept packages, never the evaluation data.

Each source yields `(word, zipf)` pairs (zipf 0 when the source has no frequency) and
names its licence, so `banan lexicon info` can say what was used. Names (countries,
languages, cities) also feed the gazetteer of the NAME rule.
"""

from __future__ import annotations

import gettext
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

__all__ = ["HUNSPELL_PATHS", "Source", "bengali_words", "gazetteer_names", "sources"]

# A Bengali word: Bengali letters and marks only (ZWNJ/ZWJ entries are encoding
# variants of words listed without them), except the ZWJ of র‍্য: র with a ya-phala
# (র‍্যাব, র‍্যালি), which without it renders as a reph on য. The web list holds these
# words with ZWJ and with ZWNJ, the older way to type them: one spelling, with ZWJ.
_WORD = regex.compile(r"^[\u0980-\u09FF]+$")
RA_YA = "র\u200d্য"
_RA_YA_ZWNJ = "র\u200c্য"
_SPLIT = regex.compile(r"[\u0980-\u09FF]+")

# Where Debian and Fedora install the hunspell-bn word list.
HUNSPELL_PATHS = (Path("/usr/share/hunspell/bn_BD.dic"), Path("/usr/share/myspell/dicts/bn_BD.dic"))


@dataclass(frozen=True)
class Source:
    name: str
    licence: str
    url: str


WORDFREQ = Source(
    "wordfreq (Bengali, large list)", "Apache-2.0 code; data CC BY-SA 4.0", "https://pypi.org/project/wordfreq/"
)
CLDR = Source(
    "Babel / Unicode CLDR (bn)", "BSD-3-Clause (Babel); Unicode licence (CLDR)", "https://pypi.org/project/babel/"
)
PYCOUNTRY = Source(
    "pycountry / iso-codes (bn)", "LGPL-2.1 (iso-codes translations)", "https://pypi.org/project/pycountry/"
)
HUNSPELL = Source("Debian hunspell-bn word list", "GPL-2.0", "https://packages.debian.org/hunspell-bn")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def bengali_words(text: str) -> list[str]:
    return _SPLIT.findall(nfc(text))


def wordfreq_words() -> Iterator[tuple[str, float]]:
    import wordfreq

    for listed in wordfreq.iter_wordlist("bn", wordlist="large"):
        word = nfc(listed).replace(_RA_YA_ZWNJ, RA_YA)
        if _WORD.match(word.replace(RA_YA, "র্য")):
            yield word, wordfreq.zipf_frequency(listed, "bn", wordlist="large")


def _cldr_names() -> Iterator[tuple[str, str]]:
    """(kind, name) pairs from CLDR's Bengali locale data."""
    from babel import Locale

    locale = Locale("bn")
    for kind, table in (
        ("territory", locale.territories),
        ("language", locale.languages),
        ("script", locale.scripts),
        ("currency", locale.currencies),
    ):
        for name in table.values():
            yield kind, nfc(name)
    for zone in locale.time_zones.values():
        city = zone.get("city")
        if city:
            yield "city", nfc(city)


def _pycountry_names() -> Iterator[tuple[str, str]]:
    import pycountry

    domains = {
        "iso3166-1": ("territory", pycountry.countries),
        "iso639-3": ("language", pycountry.languages),
        "iso4217": ("currency", pycountry.currencies),
    }
    for domain, (kind, db) in domains.items():
        try:
            catalog = gettext.translation(domain, pycountry.LOCALES_DIR, languages=["bn"])
        except OSError:
            continue
        for item in db:
            for attr in ("name", "common_name", "official_name"):
                english = getattr(item, attr, None)
                if english:
                    translated = catalog.gettext(english)
                    if translated != english:
                        yield kind, nfc(translated)


def gazetteer_names() -> Iterator[tuple[str, str, str]]:
    """(kind, name, source name) for every Bengali place, language and currency name."""
    for kind, name in _cldr_names():
        if _SPLIT.search(name):
            yield kind, name, CLDR.name
    for kind, name in _pycountry_names():
        if _SPLIT.search(name):
            yield kind, name, PYCOUNTRY.name


def hunspell_path() -> Path | None:
    """The hunspell-bn word list: $BANAN_HUNSPELL_DIC if set (empty: none), else where
    Debian and Fedora install it."""
    chosen = os.environ.get("BANAN_HUNSPELL_DIC")
    if chosen is not None:
        return Path(chosen) if chosen and Path(chosen).is_file() else None
    return next((p for p in HUNSPELL_PATHS if p.is_file()), None)


def hunspell_words(path: Path) -> Iterator[tuple[str, float]]:
    with path.open(encoding="utf-8", errors="replace") as f:
        next(f, None)  # the first line is the entry count
        for line in f:
            word = nfc(line.split("/", 1)[0].strip())  # NFC decomposes the precomposed য় ড় ঢ়
            if _WORD.match(word):
                yield word, 0.0


def sources() -> list[Source]:
    """The sources a build on this machine uses."""
    found = [WORDFREQ, CLDR, PYCOUNTRY]
    if hunspell_path():
        found.append(HUNSPELL)
    return found
