"""Rule codes that no longer name one rule, and what they stand for now.

A code that was split keeps working wherever a code is accepted: `--select` and
`--ignore`, `select`/`ignore` in banan.toml, inline `banan: ignore CODE` directives,
the server's enabledRules/disabledRules (`BN_CODE`) and `banan rule CODE`. It selects
its successors as a group: more specific than any prefix of the family's codes, less
than one successor's own code, so `--ignore ORTHO005 --select ORTHO008` runs ORTHO008.
The old rule name is an alias of the old code. Every entry point asks this table, so a
redirect is added here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["REDIRECTS", "Redirect", "expand", "find"]


@dataclass(frozen=True)
class Redirect:
    code: str
    name: str  # the old rule's name, still accepted as a selector
    targets: tuple[str, ...]  # the codes it stands for now
    since: str  # the version that made the change
    why: str  # one line for `banan rule OLD`

    @property
    def specificity(self) -> float:
        """Between a prefix of the codes (ORTHO00: 7) and a whole code (ORTHO008: 8)."""
        return len(self.code) - 0.5


REDIRECTS: tuple[Redirect, ...] = (
    Redirect(
        "ORTHO005",
        "standard-spelling-pattern",
        tuple(f"ORTHO{n:03d}" for n in range(8, 19)),
        "0.2.0",
        "split into one code per Bangla Academy rule, so that each can be turned off alone",
    ),
)

_BY_KEY = {key: r for r in REDIRECTS for key in (r.code, r.name.upper())}


def find(selector: str) -> Redirect | None:
    """The redirect a selector (an old code or its old name, any case) names, if any."""
    return _BY_KEY.get(selector.strip().upper())


def expand(codes: tuple[str, ...]) -> tuple[str, ...]:
    """`codes` with each redirected code replaced by the codes it stands for."""
    out: list[str] = []
    for code in codes:
        found = find(code)
        out.extend(found.targets if found else (code,))
    return tuple(out)
