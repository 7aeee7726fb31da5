"""Benchmark Bijoy conversion and detection on a Unicode Bengali text file.

Run by hand (this is not a test):

    python bench/bench_legacy.py PATH_TO_TEXT [--mb 50] [--repeat 3]

PATH_TO_TEXT is clean Unicode Bengali, e.g. ../shared/data/clean-news.dev.txt; it is
read by path and never copied. What it measures, in one run:

1. Conversion speed. The text is encoded into Bijoy by the reverse mapping below (written
   for this benchmark from the code table) and `banan.legacy.to_unicode` converts it: MB/s
   of Bijoy input (UTF-8), best of --repeat, the converter's word cache emptied before
   each run. Once for the text as it is (its own vocabulary: the realistic figure), and
   once for the text repeated to at least --mb megabytes, where every copy after the
   first is converted from the cache.
   The public converter `bijoy2unicode` is timed on a 200 kB slice when installed (it is
   quadratic, so not on the whole text), and run on the same lines to count crashes.
2. Round trip: the share of Bengali words w with to_unicode(to_bijoy(w)) == normalize(w),
   for banan and for bijoy2unicode. It checks the converter against an independent
   encoder of the same table; it is not a check of the table against the font.
3. Detection false alarms: the text's lines with English sentences (written below)
   inserted every 5 lines, checked with LEGACY001 only; lines flagged per 1000 lines
   (target 0).
4. Detection recall: each line fully in Bijoy (share of lines flagged, share of Bijoy
   characters covered), and each line with its middle third of words in Bijoy inside the
   Unicode text (share of lines whose single span is exactly those words).
5. The cost of LEGACY001 in `check`: words/s with every rule, with LEGACY ignored, and
   LEGACY alone, timed in turn in this process (best of 3 x --repeat).
6. With --latin GLOB (repeatable): flags per 1000 lines on other Latin-script text, e.g.
   licence texts, documentation and program source found on the machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import time
import unicodedata

import banan
from banan import chars
from banan.legacy import bijoy
from banan.legacy.bijoy import table, to_unicode
from banan.legacy.detect import find_bijoy

LEGACY = banan.Config(select=("LEGACY",))
NO_LEGACY = banan.Config(ignore=("LEGACY",))
TARGET_FALSE_ALARMS = 0.0

ENGLISH = [
    "The Prime Minister met the President of the World Bank in Washington on Monday.",
    "McDonald's, KFC and Pizza Hut opened new outlets in Gulshan and Dhanmondi.",
    "Read more at https://www.thedailystar.net/news/bangladesh or email news@example.com.",
    "BNP, the Awami League and Jatiya Party issued statements on the BGMEA report.",
    "The naïve café owner from Zürich ordered a crème brûlée at the Hôtel Plaza.",
    "GDP grew by 6.5% in FY2023-24, according to the BBS and the IMF.",
    "Temperatures reached 38°C in Rajshahi; humidity stayed at 80% all week.",
    "“We will win,” said Shakib Al Hasan after the match at Sher-e-Bangla stadium.",
    "iPhone 15 sales beat expectations; Samsung's Galaxy S24 came second.",
    "The UNDP, WHO and UNICEF launched a joint programme for Cox's Bazar.",
    "Dr. Muhammad Yunus received the Nobel Peace Prize in Oslo in 2006.",
    "Please call +880 2 9123456 between 9am and 5pm, Sunday to Thursday.",
    "COVID-19 vaccination reached 70 million people by the end of the year.",
    "José Mourinho and Pep Guardiola spoke to reporters in Madrid and Barcelona.",
    "The Padma Bridge is 6.15 km long and cost about Tk 30,193 crore.",
    "She studied at BUET, then did an MSc at Imperial College and a PhD at MIT.",
    "Grameenphone, Robi and Banglalink reported higher data revenues in Q3.",
    "The court fixed May 12 for the next hearing, the lawyer told AFP.",
    "Kyiv, Moscow, Warsaw and Vilnius were discussed at the NATO summit.",
    "Tickets cost $25, £20 or €23; children under 12 go free.",
    "def convert(text): return text.strip()  # a line of code",
    "WhatsApp, YouTube, LinkedIn and TikTok are popular among young people.",
    "The Ångström unit, the Müller report and Øresund bridge were mentioned.",
    "He wrote: new laws now show how few know the view.",
    "Photo: Reuters/File. Caption © 2024 Getty Images™.",
    "The ICC Men's T20 World Cup final will be held in Bridgetown, Barbados.",
    "Visit www.bangladesh.gov.bd for the official circular (PDF, 2 MB).",
    "Ms. Rahman, Mr. Chowdhury and Prof. Islam joined the panel at 3:30 pm.",
    "mRNA vaccines from Pfizer-BioNTech and Moderna were approved in 2021.",
    "The export target for RMG is USD 50 billion by 2025, said BGMEA chief.",
    "Straße, façade, jalapeño, señor and São Paulo all carry accents.",
    "A quick brown fox jumps over the lazy dog near the riverbank.",
    "DhakaTribune, TheDailyStar and ProthomAlo published the story online.",
    "Rohingya refugees in Kutupalong camp face shortages, MSF warned.",
    "The ECNEC approved 12 projects worth Tk 8,425 crore on Tuesday.",
    "Email: info@bracu.ac.bd | Phone: 01711-000000 | Fax: 02-9881265",
]

# ------------------------------------------------------------------------------------
# Unicode → Bijoy (for generating test text only)

VIRAMA, NUKTA, ZWJ = chars.VIRAMA, chars.NUKTA, chars.ZWJ
CONSONANTS = frozenset(chars.CONSONANTS)
PRE = {"ি": "w", "ে": "‡", "ৈ": "‰"}
SPLIT = {"ো": ("ে", "া"), "ৌ": ("ে", "ৗ")}


def _reverse_tables() -> tuple[dict[str, str], dict[str, str], int]:
    single: dict[str, str] = {}
    cluster: dict[str, str] = {}
    for e in table():
        if len(e.bijoy) > 1 and e.bijoy not in ("Av",):
            continue
        if "one source" in e.what:
            continue
        if e.kind in ("consonant", "half", "subjoined"):
            cluster.setdefault(e.unicode, e.bijoy)
        else:
            single.setdefault(e.unicode, e.bijoy)
    single["॥"] = "||"
    cluster["র\u200d্য"] = "i¨"
    cluster[VIRAMA] = "&"
    return single, cluster, max(len(k) for k in cluster)


SINGLE, CLUSTER, LONGEST = _reverse_tables()


def _encode_cluster(s: str) -> str:
    """The fewest glyph codes that spell the cluster, a bare hasanta (&) only if nothing else does."""
    best: list[tuple[int, str] | None] = [None] * (len(s) + 1)
    best[0] = (0, "")
    for p in range(len(s)):
        if best[p] is None:
            continue
        cost, codes = best[p]  # type: ignore[misc]
        for length in range(1, min(LONGEST, len(s) - p) + 1):
            code = CLUSTER.get(s[p : p + length])
            if code is None:
                continue
            step = cost + (10 if code == "&" else 1)
            q = p + length
            if best[q] is None or step < best[q][0]:  # type: ignore[index]
                best[q] = (step, codes + code)
    done = best[len(s)]
    return done[1] if done is not None else "".join(CLUSTER.get(c, c) for c in s)


def to_bijoy(text: str) -> str:
    """Unicode Bengali → Bijoy typing order (pre-base signs first, reph after the cluster)."""
    text = unicodedata.normalize("NFC", text)
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c not in CONSONANTS:
            if c == VIRAMA and i + 1 < n and text[i + 1] == "য":
                out.append("¨")  # অ্যা, এ্যা: a ya-phala on a vowel
                i += 2
                continue
            if c in SPLIT:  # a two-part sign with no consonant: leave it to the table
                out.append("".join(SINGLE.get(p, p) for p in SPLIT[c]))
            else:
                out.append(SINGLE.get(c, CLUSTER.get(c, c)))
            i += 1
            continue
        j = i + 1
        while True:
            if j < n and text[j] == NUKTA:
                j += 1
            if j + 1 < n and text[j] == VIRAMA and text[j + 1] in CONSONANTS:
                j += 2
                continue
            if j + 2 < n and text[j] == ZWJ and text[j + 1] == VIRAMA and text[j + 2] in CONSONANTS:
                j += 3
                continue
            break
        core = text[i:j]
        reph = core.startswith("র" + VIRAMA) and len(core) > 2
        if reph:
            core = core[2:]
        pre, post = "", []
        k = j
        while k < n and (text[k] in chars.VOWEL_SIGNS or text[k] in chars.NASALS):
            sign = text[k]
            if sign in SPLIT:
                first, second = SPLIT[sign]
                pre += PRE[first]
                post.append(SINGLE[second])
            elif sign in PRE:
                pre += PRE[sign]
            else:
                post.append(SINGLE.get(sign, sign))
            k += 1
        out.append(pre + _encode_cluster(core) + ("©" if reph else "") + "".join(post))
        i = k
    return "".join(out)


# ------------------------------------------------------------------------------------


def _peer():
    try:
        from bijoy2unicode import converter  # type: ignore[import-not-found]
    except ImportError:
        return None
    return converter.Unicode().convertBijoyToUnicode


def _cold(fn):
    """`fn` with banan's word cache emptied first, so repeated text is not converted for free."""

    def run(text):
        bijoy._convert_word.cache_clear()
        return fn(text)

    return run


def _best(fn, repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), times


_BENGALI_WORD = re.compile(f"^{chars.WORD_RE}$")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--mb", type=float, default=50.0, help="size of the generated Bijoy text (default 50)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--latin", action="append", default=[], metavar="GLOB", help="Latin-script files to probe")
    args = ap.parse_args()

    with open(args.path, encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    print(
        f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}; "
        f"{len(lines)} lines from {args.path}"
    )
    results: dict[str, object] = {}
    peer = _peer()

    # 1. Conversion speed --------------------------------------------------------------
    bijoy_lines = [to_bijoy(ln) for ln in lines]
    block = "\n".join(bijoy_lines) + "\n"
    block_mb = len(block.encode("utf-8")) / 1e6
    big = block * max(1, int(args.mb / block_mb + 0.999))
    big_mb = len(big.encode("utf-8")) / 1e6
    once, once_times = _best(lambda: _cold(to_unicode)(block), args.repeat)
    results["convert_once_mb"] = round(block_mb, 2)
    results["convert_once_mb_per_s"] = round(block_mb / once, 2)
    print(
        f"\nconvert the text once in Bijoy, {block_mb:.1f} MB (its own vocabulary, cold cache): "
        f"{block_mb / once:.2f} MB/s (median {block_mb / statistics.median(once_times):.2f})"
    )
    best, times = _best(lambda: _cold(to_unicode)(big), args.repeat)
    results["convert_mb"] = round(big_mb, 1)
    results["convert_mb_per_s"] = round(big_mb / best, 2)
    results["convert_mb_per_s_median"] = round(big_mb / statistics.median(times), 2)
    print(
        f"convert {big_mb:.1f} MB (the text repeated: words after the first copy come from the cache): "
        f"best {best:.1f} s = {big_mb / best:.2f} MB/s (median {big_mb / statistics.median(times):.2f} MB/s)"
    )
    if peer is not None:
        cut = block[:200_000]
        cut = cut[: cut.rfind("\n") + 1]
        cut_mb = len(cut.encode("utf-8")) / 1e6
        ours, _ = _best(lambda: _cold(to_unicode)(cut), args.repeat)
        try:
            theirs, _ = _best(lambda: peer(cut), 1)
            results["peer_mb_per_s_200kB"] = round(cut_mb / theirs, 3)
            print(
                f"  on {cut_mb:.2f} MB: banan {cut_mb / ours:.2f} MB/s, bijoy2unicode {cut_mb / theirs:.3f} MB/s "
                f"(banan {theirs / ours:.0f}x)"
            )
        except Exception as exc:  # noqa: BLE001 - the peer's crash is a finding, not a reason to stop
            print(f"  bijoy2unicode raised {type(exc).__name__} on the 200 kB slice")
        results["banan_mb_per_s_200kB"] = round(cut_mb / ours, 2)

    # 2. Round trip ---------------------------------------------------------------------
    words = [w for ln in lines for w in ln.split() if _BENGALI_WORD.match(w)]
    distinct = sorted(set(words))
    same = sum(1 for w in distinct if to_unicode(to_bijoy(w)) == banan.normalize(w))
    results["roundtrip_distinct_words"] = len(distinct)
    results["roundtrip_banan"] = round(same / len(distinct), 4)
    print(f"\nround trip on {len(distinct)} distinct Bengali words: banan {same / len(distinct):.2%}")
    if peer is not None:
        ok = crashed = 0
        for w in distinct:
            try:
                if unicodedata.normalize("NFC", peer(to_bijoy(w))) == banan.normalize(w):
                    ok += 1
            except Exception:  # noqa: BLE001 - counted: the peer raises on some words
                crashed += 1
        results["roundtrip_peer"] = round(ok / len(distinct), 4)
        results["peer_crashes_on_words"] = crashed
        print(f"  bijoy2unicode {ok / len(distinct):.2%}, raised on {crashed} words")

    # 3. False alarms -------------------------------------------------------------------
    mixed = []
    for i, ln in enumerate(lines):
        mixed.append(ln)
        if i % 5 == 4:
            mixed.append(ENGLISH[(i // 5) % len(ENGLISH)])
    text = "\n".join(mixed) + "\n"
    flagged = sorted({text.count("\n", 0, d.start) for d in banan.check(text, LEGACY)})
    rate = 1000 * len(flagged) / len(mixed)
    results["false_alarm_lines"] = len(flagged)
    results["false_alarms_per_1000_lines"] = round(rate, 3)
    print(
        f"\nfalse alarms: {len(flagged)} of {len(mixed)} lines ({len(mixed) - len(lines)} English) "
        f"= {rate:.3f} per 1000 lines (target {TARGET_FALSE_ALARMS:g})"
    )
    all_lines = text.split("\n")
    for n in flagged[:20]:
        print(f"  line {n + 1}: {all_lines[n][:100]}")

    # 4. Recall -------------------------------------------------------------------------
    hit_lines = covered = total = 0
    for b in bijoy_lines:
        spans = find_bijoy(b)
        hit_lines += bool(spans)
        covered += sum(e - s for s, e in spans)
        total += len(b.strip())
    results["recall_bijoy_lines"] = round(hit_lines / len(bijoy_lines), 4)
    results["recall_bijoy_chars"] = round(covered / total, 4)
    print(
        f"\nrecall, whole lines in Bijoy: {hit_lines / len(bijoy_lines):.2%} of lines flagged, "
        f"{covered / total:.2%} of characters covered"
    )
    exact = tried = 0
    for ln in lines:
        ws = ln.split(" ")
        if len(ws) < 6:
            continue
        a, b = len(ws) // 3, 2 * len(ws) // 3
        middle = [to_bijoy(w) for w in ws[a:b]]
        if not any(ch.isalpha() and ch.isascii() for w in middle for ch in w):
            continue
        tried += 1
        before = " ".join(ws[:a]) + " "
        inner = " ".join(middle)
        line = before + inner + " " + " ".join(ws[b:])
        found = find_bijoy(line)
        start, end = len(before), len(before) + len(inner)
        # The span is exact up to punctuation at its edges (। , kept outside or inside).
        if (
            len(found) == 1
            and line[found[0][0] : found[0][1]].strip(".,;:!?\"'()|") == inner.strip(".,;:!?\"'()|")
            and found[0][0] >= start
            and found[0][1] <= end
        ):
            exact += 1
    results["recall_middle_third_exact"] = round(exact / tried, 4)
    print(
        f"recall, middle third of a Unicode line in Bijoy: {exact / tried:.2%} of {tried} lines "
        "found as exactly one span over those words"
    )

    # 5. Cost in check ------------------------------------------------------------------
    plain = "\n".join(lines) + "\n"
    n_words = len(plain.split())
    configs = {"all": None, "without": NO_LEGACY, "legacy": LEGACY}
    best_of = dict.fromkeys(configs, float("inf"))
    for _ in range(3 * args.repeat):  # in turn, so that load on the machine hits all three alike
        for name, config in configs.items():
            t0 = time.perf_counter()
            banan.check(plain, config)
            best_of[name] = min(best_of[name], time.perf_counter() - t0)
    results["check_words_per_s_all_rules"] = round(n_words / best_of["all"])
    results["check_words_per_s_without_legacy"] = round(n_words / best_of["without"])
    results["legacy_ms"] = round(1000 * best_of["legacy"], 1)
    print(
        f"\ncheck, {n_words} words, one core: all rules {n_words / best_of['all']:,.0f} words/s; "
        f"without LEGACY {n_words / best_of['without']:,.0f} words/s; LEGACY alone "
        f"{1000 * best_of['legacy']:.1f} ms = {best_of['legacy'] / best_of['all']:.1%} of a full check"
    )

    # 6. Other Latin text ---------------------------------------------------------------
    if args.latin:
        import glob

        n_lines = n_flags = 0
        for pattern in args.latin:
            for name in sorted(glob.glob(pattern, recursive=True)):
                try:
                    with open(name, encoding="utf-8") as f:
                        latin = f.read()
                except (OSError, UnicodeDecodeError):
                    continue
                n_lines += latin.count("\n") + 1
                for a, b in find_bijoy(latin):
                    n_flags += 1
                    if n_flags <= 10:
                        print(f"  {name}: {latin[a:b][:60]!r}")
        results["latin_lines"] = n_lines
        results["latin_flags_per_1000_lines"] = round(1000 * n_flags / max(n_lines, 1), 4)
        print(f"other Latin text: {n_flags} flags in {n_lines} lines = {1000 * n_flags / max(n_lines, 1):.4f} per 1000")

    print("\n" + json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
