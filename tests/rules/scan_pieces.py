"""Generated texts for the scan tests: pieces that meet every path of the rules that
find their places on code points or by str.find (marks, joiners, spaces of every kind,
digits, classifiers, visarga words), and a document marked long to take those paths."""

from __future__ import annotations

from hypothesis import strategies as st

from banan.rules.document import Document

PIECES = [
    "ক",
    "কা",
    "কি",
    "ের",
    "া",
    "ি",
    "ে",
    "ো",
    "ৗ",
    "ঁ",
    "ং",
    "ঃ",
    "়",
    "্",
    "ৎ",
    "অ",
    "আ",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\u200c",
    "\u200d",
    "\x85",
    "\x1c",
    "১",
    "২",
    "5",
    "٣",
    "।",
    ",",
    "a",
    "😀",
    "\ue000",
    "\ufffd",
    "\x9d",
    "\x00\x01",
    "টি",
    "টা",
    "টির",
    "গুলো",
    "দের",
    "বৃন্দ",
    "ম",
    "তম",
    "লা",
    "তঃ",
    "শঃ",
    "ক্রমশঃ",
    "বই",
    "গান",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def long_context(text: str) -> Document:
    ctx = Document(text)
    ctx.long = True
    return ctx
