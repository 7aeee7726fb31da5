"""Propose candidate rows for the standard-spelling table from wordfreq's Bengali words.

Run by hand (this is not a build step); it never edits the table:

    python scripts/propose_standard_candidates.py [--classes O1,O3] [--skip aa-lost,aa-extra]
        [--min-zipf 2.3] [--max-zipf Z] [--min-wrong-zipf Z] [--limit N] [--out FILE] [--stats]

For every word of wordfreq's Bengali list (the `large` list; data CC BY-SA 4.0) whose Zipf
frequency is in [--min-zipf, --max-zipf), each Bangla Academy spelling class the table's
groups cover (the classes of standard-groups.toml) makes the one-edit variants its rule
describes, read backwards from the form the rule prescribes: ি -> ী for "ই-কার in a
non-tatsama word" (তৈরি, ready: তৈরী), ণ -> ন for a tatsama ণ (কারণ, reason: কারন),
a doubled consonant after a reph (কার্য, work: কার্য্য), a missing candrabindu (চাঁদ,
moon: চাদ) and so on; see RULES. A variant that is itself in the list at Zipf >=
--min-wrong-zipf makes a proposal (wrong = the variant, right = the word).

Where a class goes both ways by the word's origin (ই-কার in a non-tatsama word, ঈ-কার kept
in a tatsama one), both readings are rules, so the same two words can be proposed once each
way: the note says so, and the reviewer keeps at most one. Only ণত্ব বিধান is applied as a
condition: a ণ after ঋ, র or ষ is never proposed as the wrong form. The script cannot tell a word's
origin, a homograph or a name; a person reviews every row.

Output: a TSV in the table's columns (wrong, right, group, style, note) to stdout or --out,
sorted by class, then the right form's frequency (most frequent first), then the words.
The group is a guess: the table's most used group for the same class and rule, else the
class's most used group. Style is left empty (a house-style pair is a reviewer's call). The
note gives both Zipf frequencies and, where it applies, "the table has it the other way",
"the table maps the wrong form elsewhere" or "also proposed the other way". Pairs the table
already has are skipped. --stats prints to stderr, per class, how many of the table's rows
the run proposes again and how many proposals are new.

Needs wordfreq (a dependency of banan); only it and the standard library are used. No
evaluation data is read.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "banan" / "data"
COLUMNS = ("wrong", "right", "group", "style", "note")

CONSONANTS = frozenset("কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎ")
VOWELS = frozenset("অআইঈউঊঋএঐওঔ")
VOWEL_SIGNS = frozenset("ািীুূৃেৈোৌ")
HASANTA, NUKTA, CANDRABINDU, ANUSVARA, VISARGA = "্", "়", "ঁ", "ং", "ঃ"
DEPENDENT = VOWEL_SIGNS | {HASANTA, NUKTA, CANDRABINDU, ANUSVARA, VISARGA}

# ণত্ব বিধান: in a tatsama word ন becomes ণ after ঋ, র or ষ, however far, unless a letter
# outside these comes between; and before the ট-class (ণ্ট, ণ্ড).
_NATVA_TRIGGERS = frozenset("ঋৃরষ")
_NATVA_TRANSPARENT = frozenset("কখগঘঙপফবভমযয়হ") | VOWELS | DEPENDENT | {NUKTA}
_T_CLASS = frozenset("টঠডঢ")


def natva_licensed(word: str, i: int, before_t_class: bool = True) -> bool:
    """Whether ণত্ব বিধান makes the letter at word[i] ণ (কারণ, reason; কৃষ্ণ, Krishna);
    `before_t_class` False leaves out ণ before ট, ঠ, ড, ঢ, which non-tatsama words write ন্ড
    (ঠান্ডা, cold) where tatsama ones write ণ্ড (খণ্ড, part)."""
    if before_t_class and word[i + 1 : i + 2] == HASANTA and word[i + 2 : i + 3] in _T_CLASS:
        return True
    for ch in reversed(word[:i]):
        if ch in _NATVA_TRIGGERS:
            return True
        if ch not in _NATVA_TRANSPARENT:
            return False
    return False


# (right, wrong, index of the edit, the word list) -> whether the rule applies there
Condition = Callable[[str, str, int, Mapping[str, float]], bool]


@dataclass(frozen=True)
class Rule:
    """One edit a class describes: `wrong` in the variant where the prescribed form has
    `right`. An empty `right` inserts `wrong` (where `where` allows); `when` narrows the
    places the rule applies."""

    key: str
    klass: str
    wrong: str
    right: str
    what: str
    when: Condition | None = None
    where: str = "after consonant"  # for insertions: "after consonant", "end", "after vowel"


def _ki_solid(right: str, wrong: str, i: int, words: Mapping[str, float]) -> bool:
    # কী written solid with a word after it (কীভাবে = কী + ভাবে, how); not a word that
    # merely starts with কী (কীর্তি, fame).
    return i == 0 and right[2:] in words


def _ends(sub: str) -> Condition:
    return lambda right, wrong, i, words: i + len(sub) == len(right)


def _not_before_hasanta(right: str, wrong: str, i: int, words: Mapping[str, float]) -> bool:
    return right[i + 1 : i + 2] != HASANTA


def _natva_not_in_wrong(right: str, wrong: str, i: int, words: Mapping[str, float]) -> bool:
    # A ণ after ঋ, র or ষ is ণত্ব বিধান's, so the ন form is not proposed as right; other
    # ণ (গুণ, quality, has it by nature; ঝরনা, waterfall, has none) go both ways.
    return not natva_licensed(wrong, i, before_t_class=False)


def _not_before_sign(right: str, wrong: str, i: int, words: Mapping[str, float]) -> bool:
    # ৎ never takes a vowel sign or a hasanta: only a ত before a consonant or at the end.
    return right[i + 1 : i + 2] not in DEPENDENT


# Rules in order of priority: where two rules make the same pair the same way, the first
# names its class. Keys are what --classes accepts besides class names.
RULES: tuple[Rule, ...] = (
    Rule("ki-kii", "O16", "কি", "কী", "কী solid with what follows (কীভাবে, how)", _ki_solid),
    Rule("reph-double", "O7", "", "", "no doubled consonant after a reph (BA 1.3)"),  # made by _reph_doubles
    Rule("final-hasanta", "O10", HASANTA, "", "no hasanta at a word's end (BA 2012)", where="end"),
    Rule("final-visarga", "O17", VISARGA, "", "no visarga at a word's end (BA 2012)", where="end"),
    Rule("visarga-lost", "O17", "", VISARGA, "a visarga of সন্ধি kept (অন্তঃকরণ)"),
    Rule("final-o", "O12", "", "ো", "final ো where the Academy writes it (BA 2.3)", _ends("ো")),
    Rule("final-o-extra", "O12", "ো", "", "no final ো where the Academy has none", where="end"),
    Rule("oi", "O12", "ঐ", "ওই", "the demonstrative ওই, not ঐ"),
    Rule("ii-i", "O1", "ী", "ি", "ই-কার in non-tatsama words (BA 2.1)"),
    Rule("ii-i-vowel", "O1", "ঈ", "ই", "ই in non-tatsama words (BA 2.1)"),
    Rule("ri-foreign", "O1", "ৃ", "্রি", "no ঋ-কার in a foreign word (খ্রি)"),
    Rule("i-ii", "O1c", "ি", "ী", "tatsama ঈ-কার kept (BA 1.1; ইন্-প্রত্যয়)"),
    Rule("i-ii-vowel", "O1c", "ই", "ঈ", "tatsama ঈ kept (BA 1.1)"),
    Rule("uu-u", "O2", "ূ", "ু", "উ-কার in non-tatsama words (BA 2.1)"),
    Rule("u-uu", "O2", "ু", "ূ", "tatsama ঊ-কার kept (BA 1.1)"),
    Rule("uu-u-vowel", "O2", "ঊ", "উ", "উ in non-tatsama words"),
    Rule("u-uu-vowel", "O2", "উ", "ঊ", "tatsama ঊ kept"),
    Rule("n-natva", "O3", "ন", "ণ", "ণ in tatsama words (ণত্ব বিধান, or by nature: গুণ)"),
    Rule("murdhanya-n", "O3", "ণ", "ন", "no ণ where ণত্ব বিধান does not make it", _natva_not_in_wrong),
    Rule("sa-sha", "O4", "স", "শ", "শ as the dictionary spells (sh in foreign words)"),
    Rule("ssa-sha", "O4", "ষ", "শ", "শ as the dictionary spells"),
    Rule("ssa-sa", "O4", "ষ", "স", "no ষ in non-tatsama words (s -> স, st -> স্ট)"),
    Rule("sha-sa", "O4", "শ", "স", "স as the dictionary spells"),
    Rule("sa-ssa", "O4", "স", "ষ", "ষত্ব বিধান (tatsama ষ)"),
    Rule("sha-ssa", "O4", "শ", "ষ", "ষত্ব বিধান (tatsama ষ)"),
    Rule("ya-ja", "O5", "য", "জ", "জ in non-tatsama words"),
    Rule("ja-ya", "O5", "জ", "য", "tatsama য kept"),
    Rule("ya-antahstha", "O5", "য", "য়", "অন্তঃস্থ য় as the dictionary spells"),
    Rule("antahstha-ya", "O5", "য়", "য", "য as the dictionary spells"),
    Rule("nga-anusvara", "O6", "ঙ্", "ং", "ং in সন্ধি and at a word's end (BA 1.4, 2.4)"),
    Rule("anusvara-nga", "O6", "ং", "ঙ্", "ঙ in words not made by সন্ধি (অঙ্ক, অঙ্গ)"),
    Rule("nga-ga-extra", "O6", "ঙ্গ", "ঙ", "ঙ before a vowel where the dictionary has no গ (আঙুল)", _not_before_hasanta),
    Rule("nga-final", "O6", "ঙ", "ং", "ং at a word's end (BA 2.4: রং)", _ends("ং")),
    Rule("ma-anusvara", "O6", "ম্", "ং", "ম্ + ব -> ং in সন্ধি (কিংবা)"),
    Rule("khha-kh", "O8", "ক্ষ", "খ", "খ in non-tatsama words (খুদে, খেপা)"),
    Rule("kh-khha", "O8", "খ", "ক্ষ", "tatsama ক্ষ kept"),
    Rule("ya-phala-lost", "O9", "", "্য", "য-ফলা kept (tatsama spelling)"),
    Rule("ya-phala-extra", "O9", "্য", "", "no য-ফলা the dictionary does not have"),
    Rule("reph-lost", "O9", "", "র্", "reph kept (tatsama spelling)"),
    Rule("reph-extra", "O9", "র্", "", "no reph the dictionary does not have"),
    Rule("ba-phala-lost", "O9", "", "্ব", "ব-ফলা kept (tatsama spelling)"),
    Rule("ba-phala-extra", "O9", "্ব", "", "no ব-ফলা the dictionary does not have"),
    Rule("ma-phala-lost", "O9", "", "্ম", "ম-ফলা kept (tatsama spelling)"),
    Rule("stha", "O9", "স্ত", "স্থ", "-স্থ (স্থা ধাতু), not -স্ত"),
    Rule("sta", "O9", "স্থ", "স্ত", "-স্ত (ক্ত-প্রত্যয়), not -স্থ"),
    Rule("nja", "O9", "ন্জ", "ঞ্জ", "যুক্তবর্ণ ঞ্জ, not ন্জ"),
    Rule("nca", "O9", "ন্চ", "ঞ্চ", "যুক্তবর্ণ ঞ্চ, not ন্চ"),
    Rule("tva-ttva", "O9", "ত্ব", "ত্ত্ব", "ত্ত্ব (তত্ত্ব, মহত্ত্ব), not ত্ব"),
    Rule("ttva-tva", "O9", "ত্ত্ব", "ত্ব", "ত্ব (স্বত্ব), not ত্ত্ব"),
    Rule("ta-extra", "O9", "তা", "", "no -তা after a noun already abstract (দারিদ্র্য)", where="end"),
    Rule("tta-tva", "O9", "ত্ত", "ত্ব", "ত্ব, not ত্ত (স্বত্ব)"),
    Rule("tva-tta", "O9", "ত্ব", "ত্ত", "ত্ত, not ত্ব (সত্তা)"),
    Rule("au", "O9", "ো", "ৌ", "ৌ as the dictionary spells (মৌলিক)"),
    Rule("ai", "O9", "ে", "ৈ", "ৈ as the dictionary spells (বৈঠক)"),
    Rule("e-ya-aa", "O9", "ে", "্যা", "বাঁকা অ্যা in a foreign word (ম্যাচ)"),
    Rule("aa-lost", "O9", "", "া", "আ-কার as the dictionary spells"),
    Rule("aa-extra", "O9", "া", "", "no আ-কার the dictionary does not have"),
    Rule("o-lost", "O9", "", "ো", "ও-কার as the dictionary spells (সর্বোচ্চ)"),
    Rule("ta-khanda", "O11", "ত", "ৎ", "tatsama ৎ (জগৎ, উৎসব)"),
    Rule("khanda-ta", "O11", "ৎ", "ত", "ত, not ৎ (উচিত; ত before an ending)", _not_before_sign),
    Rule("ra-rra", "O18", "র", "ড়", "ড় as the dictionary spells (খেলোয়াড়)"),
    Rule("rra-ra", "O18", "ড়", "র", "র as the dictionary spells (পাহারা)"),
    Rule("ta-tha", "O19", "ট", "ঠ", "ঠ as the dictionary spells (ঠিক)"),
    Rule("tha-ta", "O19", "ঠ", "ট", "ট as the dictionary spells (জটিল)"),
    Rule("aspirate", "O19", "", "", "tatsama aspirate kept (ধ, থ, ঘ, ভ, ঢ, ঝ)"),  # made by _aspirates
    Rule("candrabindu-lost", "O20", "", CANDRABINDU, "চন্দ্রবিন্দু as the dictionary spells (চাঁদ)"),
    Rule("candrabindu-extra", "O20", CANDRABINDU, "", "no চন্দ্রবিন্দু the dictionary lacks", where="after vowel"),
)
_ASPIRATES = (("দ", "ধ"), ("ত", "থ"), ("গ", "ঘ"), ("ব", "ভ"), ("ড", "ঢ"), ("জ", "ঝ"))
CLASS_ORDER = ("O1", "O1b", "O1c", *(f"O{n}" for n in range(2, 21)))


def _insertion_points(word: str, where: str) -> Iterable[int]:
    """Where an inserted letter or sign can stand: after a whole consonant cluster (or a
    vowel) and its signs, before the next letter; or at the end."""
    if where == "end":
        if word and (word[-1] in CONSONANTS or word[-1] == NUKTA):
            yield len(word)
        return
    for i in range(1, len(word) + 1):
        prev, nxt = word[i - 1], word[i : i + 1]
        if nxt in DEPENDENT and nxt != "":
            continue  # a sign belongs to the letter before it
        if where == "after vowel":
            if prev in VOWEL_SIGNS or prev in VOWELS or prev in CONSONANTS or prev == NUKTA:
                yield i
        elif prev in CONSONANTS or prev == NUKTA:
            if nxt == HASANTA:
                continue
            yield i


def _variants(rule: Rule, right: str) -> Iterable[tuple[str, int]]:
    """(wrong, index) of each variant `rule` makes from the prescribed form `right`."""
    if rule.key == "reph-double":
        for i in range(3, len(right)):
            # র্ + C, C not already followed by a hasanta: the wrong form doubles C.
            c = right[i - 1]
            if right[i - 3 : i - 1] == "র্" and c in CONSONANTS and right[i : i + 1] != HASANTA:
                yield right[:i] + HASANTA + c + right[i:], i - 1
        if len(right) >= 3 and right[-3:-1] == "র্" and right[-1] in CONSONANTS:
            yield right + HASANTA + right[-1], len(right) - 1
        return
    if rule.key == "aspirate":
        for plain, aspirate in _ASPIRATES:
            for i in _find(right, aspirate):
                yield right[:i] + plain + right[i + 1 :], i
        return
    if rule.right:
        for i in _find(right, rule.right):
            yield right[:i] + rule.wrong + right[i + len(rule.right) :], i
    else:
        for i in _insertion_points(right, rule.where):
            yield right[:i] + rule.wrong + right[i:], i


def _find(word: str, sub: str) -> Iterable[int]:
    i = word.find(sub)
    while i >= 0:
        # A letter followed by a nukta is another letter (য় is য + ়, ড় is ড + ়).
        if not (sub[-1] != NUKTA and word[i + len(sub) : i + len(sub) + 1] == NUKTA):
            yield i
        i = word.find(sub, i + 1)


@dataclass(frozen=True)
class TableRow:
    wrong: str
    right: str
    group: str
    klass: str


@dataclass(frozen=True)
class Proposal:
    wrong: str
    right: str
    klass: str
    rule: str  # the Rule's key
    group: str  # guessed
    wrong_zipf: float
    right_zipf: float
    in_table: bool  # the table has this pair: not printed
    notes: tuple[str, ...]

    def row(self) -> str:
        note = f"zipf wrong {self.wrong_zipf:.2f}, right {self.right_zipf:.2f}"
        note = "; ".join((note, *self.notes))
        return "\t".join((self.wrong, self.right, self.group, "", note))


def read_table(folder: Path = DATA) -> list[TableRow]:
    """The table's rows with each group's class (the format standard.py reads)."""
    groups = tomllib.loads((folder / "standard-groups.toml").read_text(encoding="utf-8"))
    lines = [
        line
        for line in (folder / "standard.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    rows = []
    for line in lines[1:]:
        wrong, right, group = line.split("\t")[:3]
        rows.append(TableRow(wrong, right, group, groups[group]["class"]))
    return rows


def _edit_rule(wrong: str, right: str, klass: str) -> str | None:
    """The key of the first rule of `klass` that makes `wrong` from `right`, if any."""
    for rule in RULES:
        if rule.klass == klass and any(w == wrong for w, _ in _variants(rule, right)):
            return rule.key
    return None


def _group_guesses(table: Iterable[TableRow]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """The table's most used group per (class, rule key), and per class."""
    by_rule: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_class: dict[str, Counter[str]] = defaultdict(Counter)
    for row in table:
        by_class[row.klass][row.group] += 1
        key = _edit_rule(row.wrong, row.right, row.klass)
        if key:
            by_rule[row.klass, key][row.group] += 1

    def most(counter: Counter[str]) -> str:
        return min(counter, key=lambda g: (-counter[g], g))

    return {k: most(c) for k, c in by_rule.items()}, {k: most(c) for k, c in by_class.items()}


def select_rules(classes: Iterable[str] | None, skip: Iterable[str] = ()) -> tuple[Rule, ...]:
    """The rules of the named classes (O1, O3 ...) or rule keys, all of them for None,
    less those of the classes or keys in `skip`."""
    wanted = None if classes is None else set(classes)
    skipped = set(skip)
    known = {r.klass for r in RULES} | {r.key for r in RULES}
    unknown = ((wanted or set()) | skipped) - known
    if unknown:
        raise ValueError(f"unknown class or rule: {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
    return tuple(
        r
        for r in RULES
        if (wanted is None or r.klass in wanted or r.key in wanted) and r.klass not in skipped and r.key not in skipped
    )


def propose(
    zipf: Mapping[str, float],
    table: Iterable[TableRow],
    rules: Iterable[Rule] = RULES,
    min_zipf: float = 0.0,
    max_zipf: float = math.inf,
    min_wrong_zipf: float = 0.0,
) -> list[Proposal]:
    """Every pair the rules make between two words of `zipf` (word -> Zipf frequency),
    the right form at Zipf in [min_zipf, max_zipf) and the wrong one at >= min_wrong_zipf;
    one proposal per (wrong, right), from the first rule that makes it. Sorted."""
    table = list(table)
    rules = tuple(rules)
    in_table = {(r.wrong, r.right) for r in table}
    table_right_of = {r.wrong: r.right for r in table}
    by_rule, by_class = _group_guesses(table)
    order = {k: n for n, k in enumerate(RULES)}
    made: dict[tuple[str, str], Rule] = {}
    for right, right_z in zipf.items():
        if not min_zipf <= right_z < max_zipf:
            continue
        for rule in rules:
            for wrong, i in _variants(rule, right):
                if wrong == right or zipf.get(wrong, 0.0) < max(min_wrong_zipf, sys.float_info.min):
                    continue
                if rule.when is not None and not rule.when(right, wrong, i, zipf):
                    continue
                known = made.get((wrong, right))
                if known is None or order[rule] < order[known]:
                    made[wrong, right] = rule
    proposals = []
    for (wrong, right), rule in made.items():
        notes = []
        if (right, wrong) in in_table:
            notes.append(f"the table has it the other way: {right} -> {wrong}")
        elif (right, wrong) in made:
            notes.append(f"also proposed the other way ({made[right, wrong].klass})")
        if wrong in table_right_of and table_right_of[wrong] != right:
            notes.append(f"the table maps the wrong form elsewhere: {wrong} -> {table_right_of[wrong]}")
        if right in table_right_of and table_right_of[right] != wrong:
            notes.append(f"the right form is a wrong form in the table: {right} -> {table_right_of[right]}")
        group = by_rule.get((rule.klass, rule.key)) or by_class.get(rule.klass) or f"{rule.klass}-?"
        proposals.append(
            Proposal(
                wrong,
                right,
                rule.klass,
                rule.key,
                group,
                zipf[wrong],
                zipf[right],
                (wrong, right) in in_table,
                tuple(notes),
            )
        )
    proposals.sort(key=lambda p: (_class_rank(p.klass), -p.right_zipf, -p.wrong_zipf, p.wrong, p.right))
    return proposals


def _class_rank(klass: str) -> tuple[int, str]:
    return (CLASS_ORDER.index(klass) if klass in CLASS_ORDER else len(CLASS_ORDER), klass)


def recall(proposals: Iterable[Proposal], table: Iterable[TableRow]) -> dict[str, tuple[int, int, int]]:
    """Per table class: (rows, rows proposed again as the same pair, new proposals of the class)."""
    proposals = list(proposals)
    made = {(p.wrong, p.right) for p in proposals}
    rows: Counter[str] = Counter()
    again: Counter[str] = Counter()
    for row in table:
        rows[row.klass] += 1
        again[row.klass] += (row.wrong, row.right) in made
    new = Counter(p.klass for p in proposals if not p.in_table)
    return {k: (rows[k], again[k], new[k]) for k in sorted(set(rows) | set(new), key=_class_rank)}


_BENGALI_WORD = re.compile("[\u0980-\u09ff]+")


def wordfreq_zipf(limit: int | None = None) -> dict[str, float]:
    """wordfreq's Bengali words (the `large` list where installed) -> Zipf frequency, two
    decimals as wordfreq.zipf_frequency gives them; only words of Bengali letters; the
    `limit` most frequent when given."""
    from wordfreq import available_languages, get_frequency_dict

    wordlist = "large" if "bn" in available_languages("large") else "best"
    freqs = get_frequency_dict("bn", wordlist=wordlist)
    words = sorted(freqs, key=lambda w: (-freqs[w], w))
    if limit is not None:
        words = words[:limit]
    zipf: dict[str, float] = {}
    for word in words:
        nfc = unicodedata.normalize("NFC", word)
        if _BENGALI_WORD.fullmatch(nfc) and nfc not in zipf:
            zipf[nfc] = round(math.log10(freqs[word]) + 9, 2)
    return zipf


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classes", help="comma-separated classes (O1, O3 ...) or rule keys; all by default")
    parser.add_argument("--skip", help="comma-separated classes or rule keys to leave out")
    parser.add_argument("--min-zipf", type=float, default=2.3, help="the right form's lowest Zipf (default 2.3)")
    parser.add_argument("--max-zipf", type=float, default=math.inf, help="the right form's Zipf is below this")
    parser.add_argument(
        "--min-wrong-zipf", type=float, default=0.0, help="the wrong form's lowest Zipf (default: any word in the list)"
    )
    parser.add_argument("--limit", type=int, help="read only wordfreq's N most frequent words")
    parser.add_argument("--out", type=Path, help="write the TSV here (default: stdout)")
    parser.add_argument("--data", type=Path, default=DATA, help="the folder with standard.tsv and standard-groups.toml")
    parser.add_argument("--stats", action="store_true", help="print per class the table's rows proposed again")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    try:
        rules = select_rules(None if args.classes is None else _names(args.classes), _names(args.skip or ""))
    except ValueError as error:
        parser.error(str(error))
    table = read_table(args.data)
    proposals = propose(wordfreq_zipf(args.limit), table, rules, args.min_zipf, args.max_zipf, args.min_wrong_zipf)
    lines = ["\t".join(COLUMNS)] + [p.row() for p in proposals if not p.in_table]
    text = "\n".join(lines) + "\n"
    if args.out:
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as error:
            parser.error(f"cannot write {args.out}: {error.strerror}")
    else:
        sys.stdout.write(text)
    if args.stats:
        # The classes the chosen rules make, and any whose rows they propose again (O1b's
        # pairs are O1's edit).
        shown = {r.klass for r in rules}
        total = [0, 0, 0]
        print(f"{'class':<6}{'rows':>7}{'again':>7}{'recall':>8}{'new':>8}", file=sys.stderr)
        for klass, (rows, again, new) in recall(proposals, table).items():
            if klass not in shown and not again:
                continue
            total = [total[0] + rows, total[1] + again, total[2] + new]
            share = f"{again / rows:.1%}" if rows else "-"
            print(f"{klass:<6}{rows:>7}{again:>7}{share:>8}{new:>8}", file=sys.stderr)
        share = f"{total[1] / total[0]:.1%}" if total[0] else "-"
        print(f"{'all':<6}{total[0]:>7}{total[1]:>7}{share:>8}{total[2]:>8}", file=sys.stderr)
        marked = sum(1 for p in proposals if any(n.startswith("the table has it") for n in p.notes))
        print(f"of the new proposals, the table has {marked} the other way round", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
