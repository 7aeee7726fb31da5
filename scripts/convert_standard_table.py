"""Convert the standard-spelling table from its one-entry-per-pair TOML to the data folder's form.

Run by hand, once per old table (this is not a build step):

    python scripts/convert_standard_table.py OLD.toml [OUT_DIR]

OLD.toml is the table as `[[entry]]` tables with wrong, right, class, rule, source and
optional note and style keys (the repeated rule and source of every entry were most of
its size). OUT_DIR defaults to src/banan/data. Written there:

- `standard-groups.toml`: each distinct (class, rule, source) once, as a table named
  `<class>-<n>` (n counts the class's groups in the order they first appear);
- `standard.tsv`: one row per pair, in the old order: wrong, right, group, style, note.
  The old table's header comment moves to the top of the TSV (its key list rewritten for
  the new columns), and its batch headings (`# ===== ... =====`) stay as comment lines
  where they were.

The content is not changed: `banan.spelling.standard.standard_forms()` gives the same
entries from both forms. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "src" / "banan" / "data"
COLUMNS = ("wrong", "right", "group", "style", "note")

# The old header's paragraph on its keys, replaced by one on the new columns.
_KEYS_PARAGRAPH = re.compile(r"^# Keys:.*?(?=^#\n)", re.M | re.S)
NEW_KEYS = """\
# Columns (tab-separated, one pair a line; `#` at the start of a line is a comment):
#   wrong   the non-standard form (NFC, Bengali letters and signs only);
#   right   its Bangla Academy form (the same);
#   group   a table of standard-groups.toml, which gives the pair's class (O1 ... O18 of the
#           taxonomy, plus O19 = tatsama মূর্ধন্য/মহাপ্রাণ letter and O20 = candrabindu), the
#           BA rule behind it (short) and the source where the pair is documented;
#   style   `style` where the Academy's choice is one of two spellings in current use, so
#           the pair is a house-style choice rather than an error; empty otherwise;
#   note    optional: a homograph or proper-name caution, or "not in wordfreq".
"""

GROUPS_HEADER = """\
# The groups of the standard-spelling table (standard.tsv): each class, Bangla Academy rule
# and source once. A row of standard.tsv names its group; the group's rule is the reason a
# finding prints (narrowed to the parts that the pair's change is about) and its source
# says where the pair is documented. A new group takes the next free number of its class.
#
# Keys: class (O1 ... O20 of the taxonomy; see standard.tsv's header), rule (the BA rule,
# short; parts separated by ';'), source (the page(s) that list the pair, or the BA rule and
# dictionary it was written from).
"""


def _toml_string(text: str) -> str:
    """A TOML basic string (the table's strings hold no control characters)."""
    if any(ord(ch) < 0x20 for ch in text):
        raise ValueError(f"control character in {text!r}")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _field(text: str) -> str:
    if any(ch in text for ch in "\t\r\n"):
        raise ValueError(f"tab or line break in {text!r}")
    return text


def convert(old: str) -> tuple[str, str]:
    """(standard.tsv, standard-groups.toml) for the text of the old table."""
    entries = tomllib.loads(old)["entry"]
    header = old[: old.index("[[entry]]")]
    lead, _, _ = header.partition("\n\n\n")  # the header comment ends at the first blank lines
    lead = _KEYS_PARAGRAPH.sub(NEW_KEYS, lead, count=1)
    if NEW_KEYS not in lead:
        raise ValueError("the old header has no '# Keys:' paragraph to rewrite")

    # Batch headings, by the number of entries before them.
    headings: dict[int, list[str]] = {}
    count = 0
    for line in old[len(header) :].splitlines():
        if line == "[[entry]]":
            count += 1
        elif line.startswith("# ====="):
            headings.setdefault(count, []).append(line)
        elif line.startswith("# ") and not line.startswith("# ---") and headings.get(count):
            headings[count].append(line)  # a heading's continuation line

    groups: dict[tuple[str, str, str], str] = {}
    per_class: dict[str, int] = {}
    rows = [lead.rstrip("\n") + "\n", "\t".join(COLUMNS) + "\n"]
    for number, entry in enumerate(entries):
        for line in headings.get(number, []):
            rows.append(line + "\n")
        unknown = set(entry) - {"wrong", "right", "class", "rule", "source", "note", "style"}
        if unknown:
            raise ValueError(f"{entry['wrong']!r}: unknown keys {sorted(unknown)}")
        key = (entry["class"], entry["rule"], entry["source"])
        if key not in groups:
            per_class[key[0]] = per_class.get(key[0], 0) + 1
            groups[key] = f"{key[0]}-{per_class[key[0]]}"
        style = entry.get("style", False)
        if style not in (True, False):
            raise ValueError(f"{entry['wrong']!r}: style must be true or false")
        fields = [entry["wrong"], entry["right"], groups[key], "style" if style else "", entry.get("note", "")]
        rows.append("\t".join(_field(f) for f in fields).rstrip("\t") + "\n")

    toml = [GROUPS_HEADER]
    for (klass, rule, source), name in groups.items():
        toml.append(
            f"\n[{name}]\nclass = {_toml_string(klass)}\nrule = {_toml_string(rule)}\nsource = {_toml_string(source)}\n"
        )
    return "".join(rows), "".join(toml)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="the table as [[entry]] TOML")
    parser.add_argument("out", type=Path, nargs="?", default=OUT_DIR, help="folder to write into")
    args = parser.parse_args()
    tsv, toml = convert(args.old.read_text(encoding="utf-8"))
    (args.out / "standard.tsv").write_text(tsv, encoding="utf-8")
    (args.out / "standard-groups.toml").write_text(toml, encoding="utf-8")
    print(f"wrote {args.out / 'standard.tsv'} and {args.out / 'standard-groups.toml'}")


if __name__ == "__main__":
    main()
