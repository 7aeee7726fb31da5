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
