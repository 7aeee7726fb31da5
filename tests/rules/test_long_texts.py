"""Long texts take other paths (line by line) than short ones: same findings."""

from banan import check

FILLER = "দেশের মানুষ ভালো আছে, তিনি জানান।"
BODY = ["তিনি এবং এবং আমি যাব।", "এবং এবং শুরু।", "সরকারী অফিসে পতিবেদক গেলেন।", "তিনি আর আর কিছু বলেননি।"]


def found(text: str) -> list[tuple[str, str]]:
    return [(d.code, d.found) for d in check(text)]


def test_a_long_text_finds_what_its_lines_find_alone() -> None:
    short = "\n".join(BODY)
    long = "\n".join([FILLER] * 100 + BODY + [FILLER] * 100)
    assert found(short) and found(long) == found(short)
    assert ("REPEAT001", "এবং এবং") in found(long)


def test_many_flagged_words_are_all_placed() -> None:
    # More distinct flagged tokens than the few looked up one by one: the same places as
    # each line checked alone.
    endings = ["", "ের", "কে", "গুলো", "গুলোর", "টি", "টির", "রা", "দের", "ও"]
    lines = [
        f"{FILLER} {typo}{ending}{mark}"
        for typo in ("পতিবেদক", "সংবাদদাতাগন")
        for ending in endings
        for mark in ("।", ",", "!", "?", ";", ")")
    ]
    text = "\n".join(lines)
    expected, start = [], 0
    for line in lines:
        expected += [(d.start + start, d.end + start, d.found) for d in check(line) if d.code == "SPELL001"]
        start += len(line) + 1
    assert len(expected) > 64
    assert [(d.start, d.end, d.found) for d in check(text) if d.code == "SPELL001"] == expected


def test_many_flagged_words_on_one_line_are_placed_as_on_many() -> None:
    # A space or a line break between the same words keeps every offset: the one-line
    # text (one pass over its tokens) must place the words as the many-line one does.
    endings = ["", "ের", "কে", "গুলো", "গুলোর", "টি", "টির", "রা", "দের", "ও"]
    words = [
        f"{typo}{ending}{mark}"
        for typo in ("পতিবেদক", "সংবাদদাতাগন")
        for ending in endings
        for mark in ("", ",", "!", "?", ";", ")")
    ] * 3
    one_line = " ".join(words)
    on_lines = [(d.start, d.end, d.found) for d in check("\n".join(words)) if d.code == "SPELL001"]
    on_one = [(d.start, d.end, d.found) for d in check(one_line) if d.code == "SPELL001"]
    flagged_tokens = {one_line[s : e + 1].strip() for s, e, _ in on_one}  # the word and what follows it
    assert len(flagged_tokens) > 64 and on_one == on_lines
