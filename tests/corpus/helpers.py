"""Small corpora for corpus mode, built from the test fixtures and typed-in errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures"

# Each has something for the rules to find: a space before the danda, a classifier
# written apart, ASCII digits, an old khanda ta (a Unicode repair).
BROKEN = [
    "সে বাড়ি যায় ।তারপর ঘুমায়",
    "গত 2024 সালে ৩৫ টি বই বেরিয়েছে।",
    "উত্সব শুরু হবে কাল।",
    "আমরা  সবাই রাজা।",
]


def sample_texts(n: int) -> list[str]:
    """n different texts: pieces of the clean fixture with an error typed in now and then."""
    clean = (FIXTURES / "clean_news.txt").read_text(encoding="utf-8").split("\n")
    lines = [line for line in clean if line.strip()]
    out = []
    for i in range(n):
        text = lines[i % len(lines)]
        if i % 3 == 0:
            text = text + " " + BROKEN[i % len(BROKEN)]
        out.append(f"{text} ({i})")
    return out


def write_jsonl(path: Path, texts: list[str], *, id_prefix: str = "d", compress: str | None = None) -> Path:
    data = "".join(
        json.dumps({"id": f"{id_prefix}{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)
    ).encode("utf-8")
    if compress == "gz":
        path.write_bytes(gzip.compress(data))
    elif compress == "zst":
        import zstandard

        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    else:
        path.write_bytes(data)
    return path


def read_jsonl_parts(out: Path) -> list[dict]:
    rows = []
    for part in sorted((out / "parts").glob("part-*.jsonl")):
        rows.extend(json.loads(line) for line in part.read_text(encoding="utf-8").splitlines())
    return rows


def corpus(args, capsys) -> tuple[int, str, str]:
    """Run `banan corpus ARGS`; runs use one process unless told otherwise, which is faster
    for tests this small (a pool of processes takes a moment to start)."""
    from banan.cli import main

    args = [str(a) for a in args]
    if args[0] in ("check", "normalize") and not {"-j", "--jobs", "--dask-scheduler", "--dask-local"} & set(args):
        args += ["-j", "1"]
    code = main(["corpus", *args])
    out, err = capsys.readouterr()
    return code, out, err
