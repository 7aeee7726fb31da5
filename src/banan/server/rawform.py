"""Form bodies that were never form-encoded, as LibreOffice sends them.

LibreOffice's built-in LanguageTool client (7.4 and others) posts
`text=<the paragraph as raw UTF-8>&language=bn-BD`, then `&username=…&apiKey=…` when
set, with the Content-Type of a form but without encoding anything. Read as a form,
such a body loses the text after an `&` (রহিম & করিম arrives as রহিম), turns `+` into
a space and `%E0` into a broken byte, and every offset after that is wrong.

A form-encoded body is pure ASCII without spaces, so a body with a space or a byte of
0x80 or more was not encoded. Such a body is read here: a field starts at the body's
start or at `&NAME=` where NAME is a parameter of the LanguageTool API, and every value
is taken as it is, with neither `+` nor `%` decoded. An `&` inside the text stays text
unless it is followed by a parameter's name and `=` (`&language=`), which prose does
not write.
"""

from __future__ import annotations

import re

__all__ = ["is_unencoded", "parse_unencoded"]

# The parameters a LanguageTool client sends (see the API's /v2/check and /v2/words).
PARAMETERS = (
    "text", "data", "language", "username", "apiKey", "password", "motherTongue", "preferredVariants",
    "enabledRules", "disabledRules", "enabledCategories", "disabledCategories", "enabledOnly", "level",
    "mode", "allowIncompleteResults", "callback", "dicts", "dict", "word", "words", "noopLanguages",
    "multilingual", "useragent", "c", "tokenV2", "instanceId",
)  # fmt: skip

_FIELD = re.compile(rb"(?:^|&)(" + b"|".join(re.escape(p.encode()) for p in PARAMETERS) + rb")=")


def is_unencoded(body: bytes) -> bool:
    """True when the body cannot be form encoding: it has a space or a non-ASCII byte."""
    return b" " in body or not body.isascii()


def parse_unencoded(body: bytes) -> dict[str, str]:
    """The fields of an unencoded body, values as they are. Raises UnicodeDecodeError
    when a value is not UTF-8. A later duplicate name wins, as in a form."""
    params: dict[str, str] = {}
    matches = list(_FIELD.finditer(body))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(body)
        params[m.group(1).decode("ascii")] = body[m.end() : end].decode("utf-8")
    return params
