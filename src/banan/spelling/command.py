"""`banan lexicon build | info | word`: compile the lexicon, show what it holds, look up words."""

from __future__ import annotations

import argparse
import json
import time
import unicodedata

__all__ = ["add_parser"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("lexicon", help="build or inspect the spelling lexicon",
                       description="Build the compiled lexicon, show its sources and sizes, or look up words.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    b = actions.add_parser("build", help="compile the lexicon into the cache folder now")
    b.add_argument("--force", action="store_true", help="rebuild even if a compiled lexicon exists")
    b.set_defaults(handler=cmd_build)
    i = actions.add_parser("info", help="sources, licences, sizes and where the compiled lexicon lives")
    i.add_argument("--format", choices=("text", "json"), default="text")
    i.set_defaults(handler=cmd_info)
    w = actions.add_parser("word", help="is a word known, how is it analysed, what would be suggested")
    w.add_argument("words", nargs="+", metavar="WORD")
    w.set_defaults(handler=cmd_word)


def cmd_build(args: argparse.Namespace) -> int:
    from .. import engine
    from .lexicon import Lexicon

    start = time.perf_counter()
    lexicon = Lexicon.load(rebuild=args.force)
    print(f"lexicon: {lexicon.info['words']:,} words in {lexicon.folder} ({time.perf_counter() - start:.1f} s)")
    # A first check judges every lexicon word once (precomputed.py) and saves the verdicts
    # beside the lexicon: done now, so that no later check waits for it.
    start = time.perf_counter()
    engine.check("বাংলা")
    print(f"verdicts on every lexicon word: ready ({time.perf_counter() - start:.1f} s)")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from .lexicon import Lexicon
    from .standard import standard_forms

    lexicon = Lexicon.load()
    info = dict(lexicon.info, folder=str(lexicon.folder), standard_forms=len(standard_forms()))
    size = sum(f.stat().st_size for f in lexicon.folder.iterdir())
    info["bytes_on_disk"] = size
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"compiled lexicon: {lexicon.folder} ({size / 1e6:.1f} MB)")
    print(f"words: {info['words']:,}; suggestion index: {info['skeletons']:,} skeletons, "
          f"{info['delete_entries']:,} deletions")
    print("names: " + ", ".join(f"{k} {v:,}" for k, v in info["names"].items()))
    print(f"standard-spelling table: {info['standard_forms']:,} entries")
    print("sources:")
    for s in info["sources"]:
        print(f"  {s['name']}: {s['words']:,} words; licence {s['licence']}; {s['url']}")
    return 0


def cmd_word(args: argparse.Namespace) -> int:
    from . import morphology, speller
    from .sources import RA_YA
    from .speller import abbreviation
    from .standard import standard_forms

    sp = speller()
    status = 0
    for raw in args.words:
        word = unicodedata.normalize("NFC", raw.strip())
        # Bengali letters and signs, and the ZWJ of র‍্য (র‍্যাব), which belongs to the spelling.
        if not word or not all("\u0980" <= c <= "\u09ff" for c in word.replace(RA_YA, "র্য")):
            print(f"{raw!r}: not a Bengali word (Bengali letters and signs only)")
            status = 2
            continue
        z = sp.lexicon.frequency(word)
        known = sp.is_known(word)
        parts = [f"{word}: {'known' if known else 'unknown'}"]
        if z >= 0:
            parts.append(f"in the lexicon (Zipf {z:.2f})")
        elif word in sp.accepted:
            parts.append("a standard form of the spelling table")
        else:
            stems = [f"{s}+{x}" for s, x in morphology.split(word) if sp.trusted(s)][:3]
            verbs = [f"{v} ({x})" for v, x in morphology.verb_readings(word, sp.is_verb)][:1]
            if stems:
                parts.append("as " + ", ".join(stems))
            elif verbs:
                parts.append("a form of the verb " + verbs[0])
            elif abbreviation(word):
                parts.append("an abbreviation in Latin letter names")
            elif known and sp.is_compound(word):
                parts.append("a compound of known words")
            elif known:
                parts.append("an unknown stem with a case ending, taken for a name")
            elif postposition := sp.run_into_postposition(word):
                parts.append(f"a word run into the postposition {postposition}, which stands apart")
        entry = standard_forms().get(word)
        if entry:
            parts.append(f"standard form {entry.right} ({entry.rule})")
        twin = sp.dominant_twin(word)
        if twin:
            parts.append(f"probably a misspelling of {twin}")
        if not known:
            status = 1
            from ..rules.spelling import suggestions_for  # as SPELL001 offers them

            parts.append("suggestions: " + (", ".join(suggestions_for(word)) or "none"))
        print("; ".join(parts))
    return status
