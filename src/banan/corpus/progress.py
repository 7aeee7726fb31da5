"""The progress bar of a corpus run and of a learning pass, on standard error."""

from __future__ import annotations

import sys

from .sources import InputFile, text_size_estimate

__all__ = ["Progress"]


class Progress:
    """A progress bar on standard error when it is a terminal: records, MB/s, ETA. It
    counts bytes of text, the unit of the closing counts and summary.json; the total is
    estimated for a compressed file until it has been read, then exact."""

    def __init__(self, files: list[InputFile], enabled: bool) -> None:
        self.bar = None
        self.estimates: dict[str, int] = {}
        if enabled:
            from tqdm import tqdm

            self.estimates = {f.path: text_size_estimate(f) for f in files}
            self.bar = tqdm(
                total=sum(self.estimates.values()),
                unit="B",
                unit_scale=True,
                unit_divisor=1000,
                file=sys.stderr,
                dynamic_ncols=True,
                smoothing=0.1,
                mininterval=0.2,
            )
            self.bar.set_postfix_str("starting", refresh=True)
        self.records = 0

    def advance(self, text_bytes: int, records: int) -> None:
        self.records += records
        if self.bar is not None:
            self.bar.update(text_bytes)
            self.bar.set_postfix_str(f"{self.records:,} records", refresh=False)

    def file_read(self, f: InputFile, text_bytes: int) -> None:
        """The file is read: its text bytes replace the estimate in the total."""
        if self.bar is not None and self.bar.total is not None:
            self.bar.total += text_bytes - self.estimates.pop(f.path, text_bytes)
            self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
