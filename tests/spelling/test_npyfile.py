"""Arrays numpy saved, mapped without numpy: the same entries, or a clear refusal."""

from __future__ import annotations

import numpy as np
import pytest

from banan.spelling import npyfile
from banan.spelling.npyfile import open_table

DTYPES = [np.bool_, np.uint8, np.int8, np.uint16, np.int16, np.uint32, np.int32, np.uint64, np.int64, np.float32]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("length", [0, 1, 7, 1000])
def test_every_entry_is_numpy_s(tmp_path, dtype, length) -> None:
    values = (np.arange(length) * 37 - 500).astype(dtype)
    path = tmp_path / "a.npy"
    np.save(path, values)
    table = open_table(path)
    assert table.shape == values.shape == (len(table),)
    assert table.dtype == values.dtype.str
    assert table.data.tolist() == values.tolist()  # plain Python numbers, entry by entry
    assert table.tobytes() == values.tobytes()
    assert table.array().dtype == values.dtype and (table.array() == values).all()
    assert not table.array().flags.writeable and table.data.readonly


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16, np.int32, np.float64])
def test_a_big_endian_machine_reads_a_copy_in_its_order(tmp_path, monkeypatch, dtype) -> None:
    values = (np.arange(300) * 7 - 100).astype(dtype)
    path = tmp_path / "a.npy"
    np.save(path, values)
    monkeypatch.setattr(npyfile, "_LITTLE_ENDIAN", False)  # the path such a machine takes
    table = open_table(path)
    assert table.data.tolist() == values.tolist() and (table.array() == values).all()
    assert table.shape == values.shape and table.data.readonly


def test_a_long_header_of_format_version_2_is_read(tmp_path) -> None:
    values = np.arange(10, dtype=np.uint32)
    path = tmp_path / "a.npy"
    with open(path, "wb") as f:
        np.lib.format.write_array(f, values, version=(2, 0))
    assert open_table(path).data.tolist() == values.tolist()


@pytest.mark.parametrize(
    "values",
    [
        np.zeros((2, 3), dtype=np.uint8),
        np.asfortranarray(np.zeros((2, 3), dtype=np.uint8)),
        np.array(5),
        np.array(["a"]),
    ],
    ids=["two dimensions", "fortran order", "no dimension", "strings"],
)
def test_what_it_cannot_read_is_a_value_error(tmp_path, values) -> None:
    path = tmp_path / "a.npy"
    np.save(path, values)
    with pytest.raises(ValueError):
        open_table(path)


def test_a_truncated_or_foreign_file_is_a_value_error(tmp_path) -> None:
    path = tmp_path / "a.npy"
    np.save(path, np.arange(100, dtype=np.uint32))
    path.write_bytes(path.read_bytes()[:-4])
    with pytest.raises(ValueError, match="truncated"):
        open_table(path)
    path.write_bytes(b"not an array at all")
    with pytest.raises(ValueError):
        open_table(path)
    path.write_bytes(b"")
    with pytest.raises(ValueError):
        open_table(path)


def test_a_missing_file_is_an_os_error(tmp_path) -> None:
    with pytest.raises(OSError):
        open_table(tmp_path / "none.npy")
