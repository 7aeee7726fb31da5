"""Arrays numpy saved (`.npy`), memory-mapped read-only without importing numpy.

A process that checks a short text reads a few entries of the lexicon's tables (a
word's frequency, its precomputed verdicts): opening them as memoryviews over a map
takes microseconds and needs only the standard library, where importing numpy takes a
tenth of a second. Indexing such a memoryview gives a plain Python int, as the code
that reads the tables wants. The few callers that compute on whole arrays (the
suggestion search) ask for a numpy array over the same map (`Table.array`).

Only what numpy writes for a one-dimensional little-endian array of a plain number type
is read (on a big-endian machine, through a copy numpy makes in the machine's order):
anything else (another version of the format, a multi-dimensional or Fortran-ordered
array, a truncated file) is a ValueError, which the callers treat as a damaged file.
"""

from __future__ import annotations

import mmap
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Table", "open_table"]

_MAGIC = b"\x93NUMPY"
# numpy's type codes (little-endian or byte order irrelevant) and the memoryview formats
# of the same C types.
_FORMATS = {
    "|b1": "?",
    "|u1": "B",
    "|i1": "b",
    "<u2": "H",
    "<i2": "h",
    "<u4": "I",
    "<i4": "i",
    "<u8": "Q",
    "<i8": "q",
    "<f4": "f",
    "<f8": "d",
}
_LITTLE_ENDIAN = sys.byteorder == "little"
_HEADER = re.compile(
    r"\{'descr': '(?P<descr>[|<>][a-z]\d)', 'fortran_order': (?P<fortran>True|False), "
    r"'shape': \((?P<shape>\d*),?\), \}"
)


class Table:
    """One mapped array: `data` is a typed memoryview of its entries (indexing gives a
    Python int or float), `shape` and `dtype` as numpy would give them."""

    __slots__ = ("_array", "data", "dtype", "shape")

    def __init__(self, data: memoryview, dtype: str) -> None:
        self.data = data
        self.dtype = dtype
        self.shape = (len(data),)
        self._array: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.data)

    def tobytes(self) -> bytes:
        return self.data.tobytes()

    def array(self) -> np.ndarray:
        """The same entries as a read-only numpy array over the map (numpy loads now)."""
        if self._array is None:
            import numpy as np

            self._array = np.frombuffer(self.data.cast("B"), dtype=self.dtype)
        return self._array


def open_table(path: Path) -> Table:
    """The array saved in `path` by `numpy.save`, mapped read-only. A ValueError when the
    file is not such an array (see the module's notes); an OSError when it cannot be read."""
    with open(path, "rb") as f:
        size = f.seek(0, 2)
        if size < 10:
            raise ValueError(f"{path}: not a numpy array file")
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    # The map closes when the last view of it goes (the returned table's, or at once
    # when the file is refused).
    return _table(path, memoryview(mapped))


def _table(path: Path, raw: memoryview) -> Table:
    if raw[:6] != _MAGIC or raw[6] not in (1, 2, 3):
        raise ValueError(f"{path}: not a numpy array file")
    if raw[6] == 1:
        start, length = 10, int.from_bytes(raw[8:10], "little")
    else:
        start, length = 12, int.from_bytes(raw[8:12], "little")
    header = bytes(raw[start : start + length]).decode("latin-1").strip()
    found = _HEADER.fullmatch(header)
    if found is None or found["fortran"] == "True" or found["shape"] == "":
        raise ValueError(f"{path}: not a one-dimensional numpy array ({header[:80]!r})")
    dtype = found["descr"]
    if dtype not in _FORMATS:
        raise ValueError(f"{path}: an array of {dtype} cannot be read here")
    count = int(found["shape"])
    fmt = _FORMATS[dtype]
    offset = start + length
    end = offset + count * int(dtype[2:])
    if end > len(raw):
        raise ValueError(f"{path}: truncated ({len(raw)} bytes, {end} expected)")
    # The format is one of _FORMATS, known only at run time: the stubs type cast by literal.
    view = raw[offset:end].cast(fmt)  # type: ignore[call-overload]
    return Table(view, dtype) if _LITTLE_ENDIAN else _native_copy(view, dtype)


def _native_copy(view: memoryview, dtype: str) -> Table:
    """The entries of a little-endian table, copied in this machine's byte order."""
    import numpy as np

    values = np.frombuffer(view.cast("B"), dtype=dtype).astype(np.dtype(dtype).newbyteorder("="))
    values.flags.writeable = False
    return Table(values.data, values.dtype.str)
