"""REGISTER: সাধু and চলিত mixed in one text (গুরুচণ্ডালী দোষ).

Which register a word belongs to is the paradigm module's business
(spelling/register.py: verb forms generated from roots, closed classes from data files).
Here a text is split into its narration and its quotations (each quotation is a small
document of its own: a quoted সাধু sentence in a চলিত report is no fault), the evidence
of each register is counted in each, and the forms of the register that is not the
target are reported with their counterpart as an unsafe fix.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from ..chars import WORD_LETTERS
from ..diagnostics import Applicability
from ..spelling.register import CHOLITO, SADHU
from .base import Example, Hit, Rule, replace
from .document import Document
from .text_register import counterparts, evidence
from .verdicts import register_rule, verdicts
from .words import document_words

UNSAFE = Applicability.UNSAFE

AUTO, WRITE_CHOLITO, WRITE_SADHU = "REGISTER001", "REGISTER002", "REGISTER003"
# The setting `register` (banan.toml, --register) names the rule that stands for the family.
BY_SETTING = {"auto": AUTO, "cholito": WRITE_CHOLITO, "sadhu": WRITE_SADHU}

# Quotations: curly double or single quotes and guillemets (a curly double quote may span
# paragraphs), straight double quotes within a paragraph, and straight single quotes that
# open before a word and close after one (not an apostrophe inside a word). Found in one
# pass over the quote marks, so unbalanced marks cost no more than balanced ones.
_MARKS = re.compile("[“”‘’«»\"'\n]")
_CLOSER = {"“": "”", "‘": "’", "«": "»", '"': '"', "'": "'"}
_ONE_PARAGRAPH = frozenset("‘\"'")  # openers whose quotation ends at a line break
_QUOTE_REACH = 5000  # code points: a quotation longer than this is taken for a stray mark
_LETTER = re.compile(f"[{WORD_LETTERS}]")
_BEFORE_CLOSING_SINGLE = re.compile(f"[{WORD_LETTERS}।?!,.]")

_NAMES = {SADHU: "সাধু", CHOLITO: "চলিত"}


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _LETTER.match(text, i) is not None


def _segments(text: str) -> tuple[list[int], list[int]]:
    """Sorted starts and ends of the quotations of the text."""
    if not any(q in text for q in "“‘«\"'"):
        return [], []
    starts: list[int] = []
    ends: list[int] = []
    opener, at = "", -1
    for m in _MARKS.finditer(text):
        ch, pos = m.group(), m.start()
        if opener and (pos - at > _QUOTE_REACH or (ch == "\n" and opener in _ONE_PARAGRAPH)):
            opener = ""  # a stray mark: no quotation
        if not opener:
            if ch in '“‘«"' or (ch == "'" and not _letter_at(text, pos - 1) and _letter_at(text, pos + 1)):
                opener, at = ch, pos
            continue
        if ch == _CLOSER[opener] and (
            ch != "'" or (_BEFORE_CLOSING_SINGLE.match(text, pos - 1) and not _letter_at(text, pos + 1))
        ):
            starts.append(at)
            ends.append(pos + 1)
            opener = ""
    return starts, ends


def _segment_of(pos: int, starts: list[int], ends: list[int]) -> int:
    """The quotation holding `pos` (its index), or -1 for the narration."""
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < ends[i] else -1


def _house_style(doc: Document) -> str | None:
    """The register a house-style rule asks for, when one reports this document."""
    return {WRITE_CHOLITO: CHOLITO, WRITE_SADHU: SADHU}.get(register_rule(doc) or "")


def findings(ctx: Document) -> list[tuple[int, int, str, str, tuple[int, int]]]:
    """(start, end, word, target register, (চলিত count, সাধু count) of its segment) for each
    form of the other register in a segment that has a target, computed once per document.
    A quotation's target is its majority register (চলিত on a tie), when it has forms of
    both; so is the narration's, unless a house style gives it. A word another rule
    reports (its verdict has an owner) is that rule's, and is not reported here."""
    return ctx.fact(_findings)


def _findings(ctx: Document) -> list[tuple[int, int, str, str, tuple[int, int]]]:
    text = ctx.text
    found: list[tuple[int, int, str, str, tuple[int, int]]] = []
    sadhu, cholito = evidence()
    doc = document_words(text, ctx)
    words = doc.counts.keys()
    # A document's few hundred words looked up in the two sets of thousands: a keys view
    # intersected with a set iterates the larger side, a hundred times slower.
    forms_of_either = {w for w in words if w in sadhu or w in cholito}
    if not forms_of_either:
        return found
    style = _house_style(ctx)
    starts, ends = _segments(text)
    by_segment: dict[int, list[tuple[int, int, str, str]]] = {}
    for s, e, w in doc.positions(forms_of_either):
        reg = SADHU if w in sadhu else CHOLITO
        by_segment.setdefault(_segment_of(s, starts, ends), []).append((s, e, w, reg))
    for segment, forms in by_segment.items():
        n_cholito = sum(1 for f in forms if f[3] == CHOLITO)
        n_sadhu = len(forms) - n_cholito
        if segment == -1 and style is not None:
            target = style
        elif n_cholito and n_sadhu:
            target = CHOLITO if n_cholito >= n_sadhu else SADHU
        else:
            continue  # one register only: nothing is mixed
        found.extend((s, e, w, target, (n_cholito, n_sadhu)) for s, e, w, reg in forms if reg != target)
    judged = verdicts(ctx)
    found = [f for f in found if judged.of(f[2]).owner is None]
    found.sort()
    return found


def _hits(text: str, ctx: Document, message) -> Iterator[Hit]:  # type: ignore[no-untyped-def]
    for s, e, w, target, counts in findings(ctx):
        options = counterparts(w)
        if not options:
            continue
        yield Hit(s, e, message(w, target, counts), tuple(replace(s, e, o, UNSAFE) for o in options))


def _mixed_message(word: str, target: str, counts: tuple[int, int]) -> str:
    # "সাধু-চলিত mixing: the text is mostly চলিত (n চলিত forms, m সাধু forms)"
    n_cholito, n_sadhu = counts
    return f"সাধু-চলিত মিশ্রণ: লেখাটি মূলত {_NAMES[target]} ভাষায় ({n_cholito}টি চলিত, {n_sadhu}টি সাধু রূপ)"


def _style_message(word: str, target: str, counts: tuple[int, int]) -> str:
    # "a সাধু form: this text is written in চলিত (house style)"
    other = CHOLITO if target == SADHU else SADHU
    return f"{_NAMES[other]} রূপ: এই লেখা {_NAMES[target]} ভাষায় (লেখার রীতি)"


def check_mixed(text: str, ctx: Document) -> Iterator[Hit]:
    if register_rule(ctx) != AUTO:
        return  # a house style (REGISTER002 or 003) chooses the target: it reports instead
    yield from _hits(text, ctx, _mixed_message)


def _check_style(code: str, text: str, ctx: Document) -> Iterator[Hit]:
    # The house-style rule that reports (REGISTER002 before REGISTER003, rules/verdicts.py)
    # reports the narration toward its register and the quotations toward their own
    # majority; the other house-style rule stays silent.
    if register_rule(ctx) != code:
        return
    yield from _hits(text, ctx, _style_message)


def check_write_cholito(text: str, ctx: Document) -> Iterator[Hit]:
    yield from _check_style(WRITE_CHOLITO, text, ctx)


def check_write_sadhu(text: str, ctx: Document) -> Iterator[Hit]:
    yield from _check_style(WRITE_SADHU, text, ctx)


_SOURCES = (
    "Bangla Academy, প্রমিত বাংলা ব্যবহারিক ব্যাকরণ (2014): সাধু ও চলিত ভাষা, গুরুচণ্ডালী দোষ",
    "Suniti Kumar Chatterji, ভাষা-প্রকাশ বাঙ্গালা ব্যাকরণ (1939): the verb and pronoun chapters",
    "H.-R. Thompson, Bengali: A Comprehensive Grammar (2010): verb classes, pronouns, postpositions",
)
_WHICH_FORMS = """Verb forms come from the paradigms of both registers, generated from roots
(করিয়াছিলাম / করেছিলাম, বলিল / বলল, যাইবে / যাবে, আসিয়া / এসে); pronouns, postpositions and
particles from a table (তাহারা / তারা, হইতে / থেকে, সহিত / সঙ্গে). A form written alike in
both registers is evidence for neither (করে, দিল, and the present tense generally), nor is a
form that is another word too (হল, a hall; তারা, stars)."""

RULES = [
    Rule(
        AUTO,
        "mixed-register",
        "সাধু and চলিত forms mixed in one text",
        f"""Mixing the formal সাধু register with the standard চলিত register in one text
        (গুরুচণ্ডালী) is a fault every Bengali grammar teaches. When a text has forms of both,
        the register with more forms is the text's and each form of the other is reported
        with its counterpart; on a tie the target is চলিত. A text with forms of one register
        only is not mixed, however few. Each quotation is judged apart from the narration
        around it: a quoted সাধু sentence in a চলিত report is no fault. {_WHICH_FORMS} A house
        style that wants one register throughout selects REGISTER002 or REGISTER003 instead
        (`register = "cholito"` or `"sadhu"`).""",
        check_mixed,
        bad=(
            Example(
                "আমরা সকালে বাজারে গেলাম এবং সেখানে «তাহারা» বসে আছে দেখলাম।", "আমরা সকালে বাজারে গেলাম এবং সেখানে তারা বসে আছে দেখলাম।"
            ),
            Example(
                "সে বাড়ি হইতে বাহির হইয়া নদীর ধারে গিয়া «দেখল», নৌকা চলিয়া গিয়াছে।",
                "সে বাড়ি হইতে বাহির হইয়া নদীর ধারে গিয়া দেখিল, নৌকা চলিয়া গিয়াছে।",
            ),
        ),
        good=(
            "আমরা সকালে বাজারে গেলাম এবং সেখানে তারা বসে আছে দেখলাম।",
            "সে বাড়ি হইতে বাহির হইয়া নদীর ধারে গিয়া দেখিল, নৌকা চলিয়া গিয়াছে।",
            "প্রধান শিক্ষক বলেন, “তাহারা সকলেই উপস্থিত ছিল।” পরে তিনি চলে যান।",
            "তাহারা আসিল।",
        ),
        fix_safety="""Unsafe: a form may be another word in its sentence, and the
        counterpart of a postposition and a verb form may differ (থেকে: হইতে or থাকিয়া); the
        fixes are offered in order, the closed-class one first.""",
        sources=_SOURCES,
        since="0.2.0",
        needs=("NORM",),
    ),
    Rule(
        WRITE_CHOLITO,
        "write-cholito",
        "House style: every সাধু form is reported with its চলিত form",
        f"""For a newsroom, an office or a school that writes চলিত: each সাধু form of the
        narration is reported, even in a text that has no চলিত form. Quotations keep their
        own register (a mixed quotation is judged as REGISTER001 judges it). Selected by
        `register = "cholito"` in banan.toml, `--register cholito`, or by its code
        (LanguageTool clients: enabledRules=BN_REGISTER002, disabledRules=BN_REGISTER001).
        {_WHICH_FORMS}""",
        check_write_cholito,
        bad=(Example("তিনি «বলিলেন», কাজটি শেষ হবে।", "তিনি বললেন, কাজটি শেষ হবে।"),),
        good=("তিনি বললেন, কাজটি শেষ হবে।", "তিনি বলেন, “আমি তাহা জানি না।”"),
        fix_safety="Unsafe: see REGISTER001.",
        sources=_SOURCES,
        default=False,
        since="0.2.0",
        needs=("NORM",),
    ),
    Rule(
        WRITE_SADHU,
        "write-sadhu",
        "House style: every চলিত form is reported with its সাধু form",
        f"""For a text that keeps to সাধু (a formal notice, a pastiche, a school exercise in
        সাধু): each চলিত form of the narration is reported, even in a text that has no সাধু
        form. Quotations keep their own register. Selected by `register = "sadhu"` in
        banan.toml, `--register sadhu`, or by its code (LanguageTool clients:
        enabledRules=BN_REGISTER003, disabledRules=BN_REGISTER001). When REGISTER002 runs too,
        it wins. {_WHICH_FORMS}""",
        check_write_sadhu,
        bad=(Example("তিনি «বললেন», কার্য সমাপ্ত হইবে।", "তিনি বলিলেন, কার্য সমাপ্ত হইবে।"),),
        good=("তিনি বলিলেন, কার্য সমাপ্ত হইবে।", "তিনি কহিলেন, “আমি জানি না, তারা কোথায় গেছে।”"),
        fix_safety="Unsafe: see REGISTER001.",
        sources=_SOURCES,
        default=False,
        since="0.2.0",
        needs=("NORM",),
    ),
]
