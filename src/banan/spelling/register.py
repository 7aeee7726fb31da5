"""The two registers of written Bengali: সাধু (the formal literary register) and চলিত (the
standard register of today), and which word forms belong to which.

Verb forms are generated, not listed: each root of `data/register_verbs.tsv` is inflected
by the endings of each register, slot by slot (past, perfective, continuous, future,
infinitive/habitual), so that each সাধু form has its চলিত counterpart in the same cell:

    করিয়াছিলাম / করেছিলাম (perfective, 1st person past), করিতেছে / করছে (continuous),
    রাখিয়া / রেখে (the চলিত perfective raises the root's আ), হইল / হল, যাইবে / যাবে.

Closed-class words (pronouns, postpositions, particles) come from `data/register_words.tsv`.
A form written alike in both registers (করে: the present of both, and the চলিত participle;
দিল; the present forms generally) is evidence for neither, and so is a form of the list
`data/register_homographs.txt` (হল, a hall; তারা, stars). Pure: it reads its data files
once and does nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..data import word_list

__all__ = [
    "CHOLITO",
    "SADHU",
    "Paradigm",
    "Root",
    "Registers",
    "counterparts",
    "paradigm",
    "register_of",
    "registers",
    "roots",
    "sadhu_forms",
]

SADHU = "sadhu"
CHOLITO = "cholito"
SLOTS = ("past", "perf", "cont", "fut", "inf")

# The endings of each slot, সাধু and চলিত aligned cell by cell (the person/tense forms of
# standard grammar). The সাধু endings follow a stem that ends in its linking vowel (করি-,
# হই-, দি-); the চলিত ones follow the bare stem (কর-, হ-, দি-).
SADHU_ENDINGS: dict[str, tuple[str, ...]] = {
    "past": ("ল", "লাম", "লে", "লেন", "লি"),
    "perf": ("য়া", "য়াছি", "য়াছ", "য়াছে", "য়াছেন", "য়াছিস", "য়াছিলাম", "য়াছিলে", "য়াছিল", "য়াছিলেন", "য়াছিলি"),
    "cont": ("তেছি", "তেছ", "তেছে", "তেছেন", "তেছিস", "তেছিলাম", "তেছিলে", "তেছিল", "তেছিলেন", "তেছিলি"),
    "fut": ("ব", "বে", "বেন", "বি", "বার"),
    "inf": ("তে", "তাম", "ত", "তেন", "তিস"),
}
CHOLITO_ENDINGS: dict[str, tuple[str, ...]] = {
    "past": ("ল", "লাম", "লে", "লেন", "লি"),
    "perf": ("ে", "েছি", "েছ", "েছে", "েছেন", "েছিস", "েছিলাম", "েছিলে", "েছিল", "েছিলেন", "েছিলি"),
    "cont": ("ছি", "ছ", "ছে", "ছেন", "ছিস", "ছিলাম", "ছিলে", "ছিল", "ছিলেন", "ছিলি"),
    "fut": ("ব", "বে", "বেন", "বি", "বার"),
    "inf": ("তে", "তাম", "ত", "তেন", "তিস"),
}
# The চলিত spellings with a final ো (করলো, করবো, করতো, করছিলো): চলিত too, never offered.
_O_SPELLINGS = {"ল": "লো", "ব": "বো", "ত": "তো", "ছ": "ছো", "েছ": "েছো", "ছিল": "ছিলো", "েছিল": "েছিলো"}
# Emphatic particles written solid on any form (করিয়াই / করেই, করিলেও / করলেও).
_PARTICLES = ("ই", "ও")
# The present tense and the imperative are written alike in both registers (করে, করেন,
# লেখে, শুনে): generated so that a চলিত participle that is also a present form (করে, দেখে,
# শুনে) counts for neither.
_PRESENT = ("ি", "িস", "ে", "েন", "ো", "ুন", "ুক")
_LOWERED_PRESENT = ("ে", "েন", "ো", "")
_CAUSATIVE_PRESENT = ("াই", "ায়", "ান", "াও", "াস", "াক", "ানো")

_RAISE_FIRST = (("আ", "এ"), ("া", "ে"))  # the চলিত perfective of an আ root: রাখ -> রেখ, আস -> এস
_LOWER_FIRST = (("উ", "ও"), ("ি", "ে"), ("ু", "ো"))  # the low vowel of a causative: শুন -> শোনা


def _first_vowel_changed(root: str, changes: tuple[tuple[str, str], ...]) -> str:
    """`root` with its first vowel changed by `changes` (none when its first vowel is another)."""
    for i, ch in enumerate(root):
        if ch in "অআইঈউঊএঐওঔািীুূৃেৈোৌ":
            for old, new in changes:
                if ch == old:
                    return root[:i] + new + root[i + 1 :]
            return root
        if i + 1 < len(root) and root[i + 1] not in "ািীুূৃেৈোৌ্ঁ" and ch != "্":
            return root  # the first syllable has the inherent vowel অ (কর, বল)
    return root


@dataclass(frozen=True)
class Root:
    """A verb root and how it inflects: its সাধু stems and its চলিত stems by slot."""

    root: str
    simple: bool
    causative: bool
    stems: dict[str, str] = field(default_factory=dict, compare=False)
    gloss: str = ""


@dataclass(frozen=True)
class Paradigm:
    """The cells of one verb (simple or causative): (slot, index) -> (সাধু forms, চলিত forms,
    further চলিত forms that count but are never offered), and the forms of both registers."""

    cells: dict[tuple[str, int], tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]
    shared: frozenset[str]


def _tsv_rows(name: str) -> Iterator[list[str]]:
    text = (resources.files("banan.data") / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@cache
def roots() -> tuple[Root, ...]:
    """The verb roots of `data/register_verbs.tsv`."""
    found = []
    for cols in _tsv_rows("register_verbs.tsv"):
        cols += [""] * (4 - len(cols))
        root, forms, stems, gloss = (c.strip() for c in cols[:4])
        if not root or not set(forms) <= {"S", "C"} or not forms:
            raise ValueError(f"register_verbs.tsv: bad row {cols!r}")
        parsed = {}
        for pair in filter(None, (p.strip() for p in stems.split(";"))):
            slot, _, stem = pair.partition("=")
            parsed[slot.strip()] = stem.strip()
        found.append(Root(root, "S" in forms, "C" in forms, parsed, gloss))
    return tuple(found)


def _simple_stems(
    root: Root, by_root: dict[str, Root]
) -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, str]]:
    """(সাধু stems by slot, চলিত stems by slot, further চলিত stems by slot) of a simple verb."""
    st = root.stems
    default_sadhu = tuple(st["sadhu"].split("|")) if "sadhu" in st else (root.root + "ি",)
    sadhu = {slot: (st[f"sadhu-{slot}"],) if f"sadhu-{slot}" in st else default_sadhu for slot in SLOTS}
    source = by_root[st["as"]] if "as" in st else root
    if "as" in st or "sadhu" not in st:  # a consonant root: the regular চলিত stems
        base = source.root
        cholito = {slot: base for slot in SLOTS}
        cholito["perf"] = _first_vowel_changed(base, _RAISE_FIRST)
        cholito.update({s: source.stems[s] for s in SLOTS if s in source.stems})
    else:
        cholito = {slot: st[slot] for slot in SLOTS if slot in st}
    alternatives = {slot[4:]: stem for slot, stem in st.items() if slot.startswith("alt-")}
    return sadhu, cholito, alternatives


def _cells(sadhu: dict[str, tuple[str, ...]], cholito: dict[str, str], alternatives: dict[str, str]) -> dict:
    cells = {}
    for slot in SLOTS:
        if slot not in cholito:
            continue  # a slot the চলিত does not form from this root (রহ: রহিবে)
        for i, (s_end, c_end) in enumerate(zip(SADHU_ENDINGS[slot], CHOLITO_ENDINGS[slot], strict=True)):
            s_forms = tuple(stem + s_end for stem in sadhu[slot])
            c_forms = (cholito[slot] + c_end,)
            more = []
            if c_end in _O_SPELLINGS:
                more.append(cholito[slot] + _O_SPELLINGS[c_end])
            if slot in alternatives and i > 0:  # not the participle: গ + ে is no word
                more.append(alternatives[slot] + c_end)
            cells[(slot, i)] = (s_forms, c_forms, tuple(more))
    return cells


@cache
def paradigm(root: str, causative: bool = False) -> Paradigm:
    """Every cell of the verb `root` (its causative with `causative=True`) in both registers."""
    by_root = {r.root: r for r in roots()}
    entry = by_root[root]
    if causative:
        if not entry.causative:
            raise KeyError(f"{root}: no causative in register_verbs.tsv")
        # A causative of an alternating root lowers its vowel in the চলিত (শুনাইল / শোনাল);
        # a root that is only -আনো (ঘুমানো, দাঁড়ানো) keeps it. The perfective is root + ি.
        low = _first_vowel_changed(root, _LOWER_FIRST) if entry.simple else root
        causative_sadhu: dict[str, tuple[str, ...]] = {slot: (root + "াই",) for slot in SLOTS}
        causative_cholito = {slot: low + "া" for slot in SLOTS}
        causative_cholito["cont"] = low + "াচ্"
        causative_cholito["perf"] = root + "িয়"
        present = {stem + e for stem in {root, low} for e in _CAUSATIVE_PRESENT}
        return Paradigm(_cells(causative_sadhu, causative_cholito, {}), frozenset(present))
    sadhu, cholito, alternatives = _simple_stems(entry, by_root)
    cells = _cells(sadhu, cholito, alternatives)
    shared: set[str] = set()
    if "sadhu" not in entry.stems:  # a consonant root: its present forms, high and low vowel
        low = _first_vowel_changed(root, _LOWER_FIRST)
        shared |= {root + e for e in _PRESENT} | {low + e for e in _LOWERED_PRESENT if low + e != root}
    return Paradigm(cells, frozenset(shared))


def _with_particles(forms: Iterable[str]) -> Iterator[str]:
    for f in forms:
        yield f
        for p in _PARTICLES:
            yield f + p


@dataclass(frozen=True)
class Registers:
    """Every form the data gives, by register: `sadhu` maps each সাধু form that is evidence
    of its register to its চলিত counterparts (best first), `cholito` the other way;
    `shared` holds the forms of both (evidence for neither); `all_sadhu` every generated
    সাধু form, evidence or not."""

    sadhu: dict[str, tuple[str, ...]]
    cholito: dict[str, tuple[str, ...]]
    shared: frozenset[str]
    all_sadhu: frozenset[str]


@cache
def registers() -> Registers:
    s_to_c: dict[str, list[str]] = {}
    c_to_s: dict[str, list[str]] = {}
    s_not_evidence: set[str] = set()  # forms the data marks as written in both registers
    c_not_evidence: set[str] = set()
    c_primary: set[str] = set()  # closed-class চলিত forms that are a row's first form
    c_alternative: set[str] = set()
    shared: set[str] = set()
    all_sadhu: set[str] = set()

    def pair(s: str, c: str, offered: bool = True) -> None:
        if offered:
            s_to_c.setdefault(s, [])
            if c not in s_to_c[s]:
                s_to_c[s].append(c)
        c_to_s.setdefault(c, [])
        if s not in c_to_s[c]:
            c_to_s[c].append(s)

    # Closed classes first: their counterparts are offered first (থেকে: হইতে before থাকিয়া).
    rows = [[x.strip() for x in cols[:4]] for cols in _tsv_rows("register_words.tsv")]
    listed = {row[0] for row in rows}
    # With an emphatic particle too (হইতেই / থেকেই, তাহাদেরও / তাদেরও), unless the চলিত form
    # ends in আ: যা + ই is যাই (I go), তা + ই is তাই (so).
    rows += [
        [s + p, "|".join(c + p for c in c_field.split("|")), cls, counts]
        for s, c_field, cls, counts in list(rows)
        for p in _PARTICLES
        if s + p not in listed and not c_field.split("|")[0].endswith("া")
    ]
    for s_form, c_field, _cls, counts in rows:
        if counts not in ("both", "sadhu", "cholito"):
            raise ValueError(f"register_words.tsv: bad `counts` in {s_form!r}")
        c_all = c_field.split("|")
        for c in c_all:
            pair(s_form, c)
        all_sadhu.add(s_form)
        if counts == "cholito":
            s_not_evidence.add(s_form)
        if counts == "sadhu":
            c_not_evidence.update(c_all)
        else:
            c_primary.add(c_all[0])
        c_alternative.update(c_all[1:])  # offered, and evidence only where it is a row's first form

    for entry in roots():
        for causative in (False, True):
            if (causative and not entry.causative) or (not causative and not entry.simple):
                continue
            p = paradigm(entry.root, causative)
            shared |= p.shared
            for s_forms, c_forms, more in p.cells.values():
                for s_base in s_forms:
                    for k, s in enumerate(_with_particles([s_base])):
                        suffix = ("", *_PARTICLES)[k]
                        all_sadhu.add(s)
                        for c in c_forms:
                            pair(s, c + suffix)
                        for c in more:
                            pair(s, c + suffix, offered=False)

    c_not_evidence |= c_alternative - c_primary
    shared |= s_to_c.keys() & c_to_s.keys()  # দিল, দিতে, গেল: a form of both registers
    shared |= word_list("register_homographs")
    shared = set(_with_particles(shared))  # করে, so করেই and করেও (পরে, so পরেও: even after)
    sadhu = {s: tuple(c) for s, c in s_to_c.items() if s not in shared and s not in s_not_evidence}
    cholito = {c: tuple(s) for c, s in c_to_s.items() if c not in shared and c not in c_not_evidence}
    return Registers(sadhu, cholito, frozenset(shared), frozenset(all_sadhu))


def register_of(word: str) -> str | None:
    """SADHU or CHOLITO when `word` is evidence of that register, else None."""
    r = registers()
    if word in r.sadhu:
        return SADHU
    if word in r.cholito:
        return CHOLITO
    return None


def counterparts(word: str) -> tuple[str, ...]:
    """The forms of the other register for an evidence form (best first), else ()."""
    r = registers()
    return r.sadhu.get(word) or r.cholito.get(word) or ()


def sadhu_forms() -> frozenset[str]:
    """Every সাধু form the data generates (evidence or not): correct Bengali words."""
    return registers().all_sadhu
