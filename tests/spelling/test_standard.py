"""The standard-spelling table: parsed once, then read from the cache folder."""

from banan.spelling import standard


def test_the_parsed_table_is_cached_and_read_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("BANAN_CACHE_DIR", str(tmp_path))
    data = b'[[entry]]\nwrong = "\xe0\xa6\xb8\xe0\xa6\xb0\xe0\xa6\x95\xe0\xa6\xbe\xe0\xa6\xb0\xe0\xa7\x80"\nright = "x"\nsource = "s"\n'
    parsed = standard._entries(data)
    assert parsed == [{"wrong": "সরকারী", "right": "x", "source": "s"}]
    (cached,) = tmp_path.glob("standard-*.json")
    # What is read back is the cache: change it and the change shows.
    cached.write_text('[{"wrong": "a", "right": "b", "source": "c"}]', encoding="utf-8")
    assert standard._entries(data) == [{"wrong": "a", "right": "b", "source": "c"}]


def test_a_damaged_cache_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("BANAN_CACHE_DIR", str(tmp_path))
    data = b'[[entry]]\nwrong = "a"\nright = "b"\nsource = "c"\n'
    standard._entries(data)
    (cached,) = tmp_path.glob("standard-*.json")
    cached.write_text("{not json", encoding="utf-8")
    assert standard._entries(data) == [{"wrong": "a", "right": "b", "source": "c"}]


def test_a_cache_folder_that_cannot_be_written_still_gives_the_table(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("BANAN_CACHE_DIR", str(blocked / "cache"))  # under a file: cannot be made
    data = b'[[entry]]\nwrong = "a"\nright = "b"\nsource = "c"\n'
    assert standard._entries(data) == [{"wrong": "a", "right": "b", "source": "c"}]


def test_the_shipped_table_loads_with_every_entry_sourced():
    forms = standard.standard_forms()
    assert len(forms) > 2000
    assert forms["সরকারী"].right == "সরকারি"
    assert all(f.source for f in forms.values())


def test_a_reason_names_only_letters_the_correction_changes():
    # The reason printed with a finding is the rule that applies: a rule naming ণত্ব,
    # ষত্ব/স্ট, ই-কার, উ-কার, ৎ or চন্দ্রবিন্দু is printed only where the pair changes
    # a letter of that class (উর্ধতন -> ঊর্ধ্বতন keeps its ন: no ণত্ব in its reason).
    import difflib

    wrong_reasons = []
    for f in standard.standard_forms().values():
        changed = set()
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=f.wrong, b=f.right, autojunk=False).get_opcodes():
            if op != "equal":
                changed.update(f.wrong[a1:a2], f.right[b1:b2])
        for part in f.rule.split(";"):
            named = [letters for words, letters in standard._RULE_CLASSES if any(w in part for w in words)]
            if "ৎ" in standard._TATSAMA.sub("", part):
                named.append("ৎত")
            if named and not any(changed & set(letters) for letters in named):
                wrong_reasons.append((f.wrong, f.right, part))
    assert wrong_reasons == []
    assert "ণত্ব" not in standard.standard_forms()["উর্ধতন"].rule
    assert standard.applying_rule("ক", "খ", "ণত্ব বিধান; মূল বানান") == "মূল বানান"


def test_the_academys_two_forms_of_khrishta_are_both_left_alone():
    # BA 2012: খ্রিষ্ট is naturalised and said like the tatsama কৃষ্ট, so it may keep ষ;
    # খ্রিস্ট is standard too. Neither is reported; a long ই or ঋ is, keeping the ষ or স.
    import banan

    text = "১৯৪৭ খ্রিষ্টাব্দে বৌদ্ধ, খ্রিষ্ট ও ইসলাম ধর্ম। খ্রিষ্টান ও খ্রিস্টান সমাজ।"
    assert banan.check(text) == []
    assert banan.fix(text, unsafe=True) == text
    found = {d.found: d.replacements[0] for d in banan.check("খ্রীষ্টান, খৃস্টান ও খৃষ্টীয় রীতি।")}
    assert found == {"খ্রীষ্টান": "খ্রিষ্টান", "খৃস্টান": "খ্রিস্টান", "খৃষ্টীয়": "খ্রিষ্টীয়"}
