"""`banan corpus report`: what a corpus output folder says, as text and as HTML with charts.

Read in one streaming pass over the part files: problems per rule family and per
source, the most frequent unknown words and misspellings (diagnostics of the SPELL,
ORTHO and NAME families grouped by the text they flag: with a suggested replacement a
misspelling, without one an unknown word), problems per 1000 words per record as a
distribution, and the share of records that need Unicode repair (a NORM problem in
check output; a changed text in normalize output). Charts are inline SVG drawn from
the numbers, so the HTML file stands alone.
"""

from __future__ import annotations

import html
import json
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pipeline import NORMALIZE, family
from .store import LEDGER, REJECTS, RUN, SUMMARY, iter_part_files

__all__ = ["Report", "ReportError", "build_report", "render_html", "render_text"]

WORD_FAMILIES = ("SPELL", "ORTHO", "NAME")
# Bins of problems per 1000 words: (upper bound, label); the first holds exactly 0.
RATE_BINS = [
    (0, "0"),
    (1, "≤1"),
    (2, "1–2"),
    (5, "2–5"),
    (10, "5–10"),
    (20, "10–20"),
    (50, "20–50"),
    (100, "50–100"),
    (math.inf, ">100"),
]


class ReportError(Exception):
    """OUT is not a corpus output folder."""


@dataclass
class SourceStats:
    records: int = 0
    words: int = 0
    problems: int = 0
    repair: int = 0
    families: Counter[str] = field(default_factory=Counter)

    @property
    def per_1000(self) -> float:
        return 1000 * self.problems / self.words if self.words else 0.0


@dataclass
class Report:
    out: str
    mode: str
    complete: bool
    summary: dict[str, Any]
    records: int = 0
    words: int = 0
    problems: int = 0
    repair: int = 0
    families: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    sources: dict[str, SourceStats] = field(default_factory=lambda: defaultdict(SourceStats))
    rates: array = field(default_factory=lambda: array("f"))  # per record with words
    unknown: Counter[str] = field(default_factory=Counter)
    misspelled: Counter[str] = field(default_factory=Counter)
    suggestions: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    rejects: Counter[str] = field(default_factory=Counter)
    top: int = 30

    @property
    def per_1000(self) -> float:
        return 1000 * self.problems / self.words if self.words else 0.0

    def histogram(self) -> list[tuple[str, int]]:
        counts = [0] * len(RATE_BINS)
        for rate in self.rates:
            for i, (upper, _label) in enumerate(RATE_BINS):
                if rate <= upper:
                    counts[i] += 1
                    break
        return [(label, n) for (_upper, label), n in zip(RATE_BINS, counts)]

    def quantile(self, q: float) -> float:
        if not self.rates:
            return 0.0
        ordered = sorted(self.rates)
        return float(ordered[min(len(ordered) - 1, int(q * len(ordered)))])


def _rows(path: Path, mode: str) -> Iterator[dict[str, Any]]:
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)
        return
    import pyarrow.parquet as pq

    columns = ["source", "words"] + (
        ["changed"] if mode == NORMALIZE else ["n_diagnostics", "needs_repair", "families", "diagnostics"]
    )
    for batch in pq.ParquetFile(path).iter_batches(columns=columns):
        for row in batch.to_pylist():
            if "families" in row:
                row["families"] = dict(row["families"] or ())
            yield row


def build_report(out: str | Path, *, top: int = 30) -> Report:
    out = Path(out)
    run_path = out / RUN
    if not run_path.is_file():
        raise ReportError(f"{out}: not a banan corpus output folder (no {RUN})")
    settings = json.loads(run_path.read_text(encoding="utf-8"))
    summary_path = out / SUMMARY
    complete = summary_path.is_file()
    summary = json.loads(summary_path.read_text(encoding="utf-8")) if complete else _ledger_totals(out / LEDGER)
    report = Report(str(out), settings.get("mode", "check"), complete, summary, top=top)
    for part in iter_part_files(out):
        for row in _rows(part, report.mode):
            _add(report, row)
    rejects = out / REJECTS if complete else None
    paths = [rejects] if rejects else sorted((out / "rejects").glob("part-*.jsonl"))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                report.rejects[json.loads(line)["kind"]] += 1
    return report


def _ledger_totals(ledger: Path) -> dict[str, Any]:
    totals: Counter[str] = Counter()
    if ledger.is_file():
        for line in ledger.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a torn last line
            totals["partitions"] += 1
            for key in ("read", "written", "rejected"):
                totals[key] += entry.get(key, 0)
    return dict(totals)


def _add(report: Report, row: dict[str, Any]) -> None:
    source = report.sources[row["source"]]
    n_words = row["words"]
    report.records += 1
    report.words += n_words
    source.records += 1
    source.words += n_words
    if report.mode == NORMALIZE:
        repaired = bool(row["changed"])
        problems = 0
    else:
        repaired = bool(row["needs_repair"])
        problems = row["n_diagnostics"]
        report.families.update(row["families"])
        source.families.update(row["families"])
        for d in row["diagnostics"]:
            report.codes[d["code"]] += 1
            if family(d["code"]) in WORD_FAMILIES:
                if d.get("replacement"):
                    report.misspelled[d["found"]] += 1
                    report.suggestions[d["found"]][d["replacement"]] += 1
                else:
                    report.unknown[d["found"]] += 1
    report.problems += problems
    source.problems += problems
    report.repair += repaired
    source.repair += repaired
    if n_words:
        report.rates.append(1000 * problems / n_words)


# -- text -------------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def render_text(r: Report) -> str:
    s = r.summary
    lines = [f"banan corpus report: {r.out} ({r.mode}{'' if r.complete else ', run not finished'})"]
    lines.append(
        f"records: read {s.get('read', 0):,}, written {s.get('written', 0):,}, rejected {s.get('rejected', 0):,}; "
        f"{r.words:,} words"
    )
    what = "changed by normalize" if r.mode == NORMALIZE else "need Unicode repair"
    lines.append(f"{what}: {r.repair:,} of {r.records:,} records ({_pct(r.repair, r.records)})")
    if r.mode != NORMALIZE:
        lines.append(
            f"problems: {r.problems:,} ({r.per_1000:.2f} per 1000 words); per record: median "
            f"{r.quantile(0.5):.2f}, 90th percentile {r.quantile(0.9):.2f}, 99th {r.quantile(0.99):.2f}"
        )
        if r.families:
            lines.append("by family: " + ", ".join(f"{f} {n:,}" for f, n in r.families.most_common()))
        if r.codes:
            lines.append("top rules: " + ", ".join(f"{c} {n:,}" for c, n in r.codes.most_common(8)))
        worst = sorted(r.sources.items(), key=lambda kv: -kv[1].per_1000)[:5]
        if len(r.sources) > 1:
            lines.append(
                "sources with the most problems per 1000 words: "
                + ", ".join(f"{name} {st.per_1000:.2f}" for name, st in worst)
            )
        for title, counter in (("misspellings", r.misspelled), ("unknown words", r.unknown)):
            if counter:
                lines.append(f"most frequent {title}: " + ", ".join(f"{w} ({n:,})" for w, n in counter.most_common(10)))
    if r.rejects:
        lines.append("rejects by reason: " + ", ".join(f"{k} {n:,}" for k, n in r.rejects.most_common()))
    return "\n".join(lines) + "\n"


# -- HTML and SVG ------------------------------------------------------------------

_PALETTE = [
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
]


def _e(s: Any) -> str:
    return html.escape(str(s), quote=True)


def bar_chart(title: str, items: list[tuple[str, float]], *, value_label: str = "{:,.0f}", width: int = 640) -> str:
    """Horizontal bars, one per (label, value), as an SVG element."""
    if not items:
        return ""
    row, label_w, top = 22, 190, 28
    height = top + row * len(items) + 8
    peak = max(v for _, v in items) or 1
    plot = width - label_w - 90
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" aria-label="{_e(title)}">'
        ),
        f"<title>{_e(title)}</title>",
        f'<text x="0" y="16" font-size="14" font-weight="bold">{_e(title)}</text>',
    ]
    for i, (label, value) in enumerate(items):
        y = top + i * row
        w = max(1.0, plot * value / peak) if value else 0
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end">{_e(label)}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
            f'fill="{_PALETTE[i % len(_PALETTE)]}"><title>{_e(label)}: {_e(value_label.format(value))}'
            f"</title></rect>"
        )
        parts.append(
            f'<text x="{label_w + w + 5:.1f}" y="{y + 15}" font-size="12">{_e(value_label.format(value))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def column_chart(title: str, items: list[tuple[str, int]], *, x_title: str, width: int = 640) -> str:
    """Vertical bars (a histogram), one per (bin label, count), as an SVG element."""
    if not items:
        return ""
    height, top, bottom, left = 260, 30, 46, 50
    plot_h = height - top - bottom
    peak = max(n for _, n in items) or 1
    slot = (width - left - 10) / len(items)
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" aria-label="{_e(title)}">'
        ),
        f"<title>{_e(title)}</title>",
        f'<text x="0" y="16" font-size="14" font-weight="bold">{_e(title)}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#333"/>',
    ]
    for i, (label, n) in enumerate(items):
        h = plot_h * n / peak
        x = left + i * slot + 4
        parts.append(
            f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{slot - 8:.1f}" height="{h:.1f}" '
            f'fill="#4e79a7"><title>{_e(label)}: {n:,}</title></rect>'
        )
        parts.append(
            f'<text x="{x + (slot - 8) / 2:.1f}" y="{top + plot_h - h - 4:.1f}" font-size="11" '
            f'text-anchor="middle">{n:,}</text>'
        )
        parts.append(
            f'<text x="{x + (slot - 8) / 2:.1f}" y="{top + plot_h + 16}" font-size="12" '
            f'text-anchor="middle">{_e(label)}</text>'
        )
    parts.append(
        f'<text x="{left + (width - left) / 2:.1f}" y="{height - 8}" font-size="12" '
        f'text-anchor="middle">{_e(x_title)}</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts)


def share_chart(title: str, part: int, whole: int, *, part_label: str, rest_label: str, width: int = 640) -> str:
    """One bar split in two: the share of `whole` that is `part`."""
    if not whole:
        return ""
    share = part / whole
    plot = width - 20
    w = plot * share
    return "\n".join(
        [
            (
                f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="76" viewBox="0 0 {width} 76" '
                f'aria-label="{_e(title)}">'
            ),
            f"<title>{_e(title)}</title>",
            f'<text x="0" y="16" font-size="14" font-weight="bold">{_e(title)}</text>',
            f'<rect x="0" y="26" width="{w:.1f}" height="24" fill="#e15759"><title>{_e(part_label)}: {part:,}</title></rect>',
            (
                f'<rect x="{w:.1f}" y="26" width="{plot - w:.1f}" height="24" fill="#59a14f"><title>{_e(rest_label)}: '
                f"{whole - part:,}</title></rect>"
            ),
            (
                f'<text x="0" y="68" font-size="12">{_e(part_label)}: {part:,} ({100 * share:.1f}%) · {_e(rest_label)}: '
                f"{whole - part:,}</text>"
            ),
            "</svg>",
        ]
    )


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(r: Report) -> str:
    s = r.summary
    sections = [
        (
            f"<h1>banan corpus report</h1><p><code>{_e(r.out)}</code> · {_e(r.mode)}"
            f"{'' if r.complete else ' · <strong>run not finished</strong>'}</p>"
        ),
        "<pre>" + _e(render_text(r)) + "</pre>",
    ]
    if r.mode == NORMALIZE:
        sections.append(
            share_chart(
                "Records changed by normalize",
                r.repair,
                r.records,
                part_label="changed",
                rest_label="canonical already",
            )
        )
    else:
        sections.append(
            share_chart(
                "Records that need Unicode repair",
                r.repair,
                r.records,
                part_label="need repair",
                rest_label="canonical already",
            )
        )
    if r.mode != NORMALIZE:
        sections.append(bar_chart("Problems per rule family", [(f, n) for f, n in r.families.most_common()]))
        sections.append(
            column_chart(
                "Records by problems per 1000 words", r.histogram(), x_title="problems per 1000 words in the record"
            )
        )
        by_rate = sorted(r.sources.items(), key=lambda kv: -kv[1].per_1000)[: r.top]
        sections.append(
            bar_chart(
                "Problems per 1000 words, by source", [(n, st.per_1000) for n, st in by_rate], value_label="{:,.2f}"
            )
        )
        sections.append(
            "<h2>By source</h2>"
            + _table(
                ["source", "records", "words", "problems", "per 1000 words", "need repair", "families"],
                [
                    [
                        name,
                        f"{st.records:,}",
                        f"{st.words:,}",
                        f"{st.problems:,}",
                        f"{st.per_1000:.2f}",
                        _pct(st.repair, st.records),
                        ", ".join(f"{f} {n}" for f, n in st.families.most_common()),
                    ]
                    for name, st in sorted(r.sources.items())
                ],
            )
        )
        sections.append(
            "<h2>By rule</h2>"
            + _table(
                ["rule", "problems", "per 1000 words"],
                [[c, f"{n:,}", f"{1000 * n / r.words:.3f}" if r.words else ""] for c, n in r.codes.most_common()],
            )
        )
        for title, counter in (
            ("Most frequent misspellings", r.misspelled),
            ("Most frequent unknown words", r.unknown),
        ):
            sections.append(f"<h2>{title}</h2>")
            if not counter:
                sections.append("<p>None: no SPELL, ORTHO or NAME problems of this kind in this output.</p>")
                continue
            sections.append(bar_chart(title, counter.most_common(min(r.top, 20))))
            rows = [
                [w, f"{n:,}", ", ".join(x for x, _ in r.suggestions[w].most_common(3))]
                for w, n in counter.most_common(r.top)
            ]
            sections.append(_table(["word", "count", "suggested"], rows))
    if r.rejects:
        sections.append(bar_chart("Rejected records by reason", r.rejects.most_common()))
    sections.append(
        f"<p>Counts: read {s.get('read', 0):,} = written {s.get('written', 0):,} + rejected "
        f"{s.get('rejected', 0):,}.</p>"
    )
    style = (
        "body{font-family:system-ui,'Noto Sans Bengali',sans-serif;max-width:980px;margin:2em auto;"
        "padding:0 1em;color:#222}svg{display:block;margin:1.5em 0}table{border-collapse:collapse;"
        "margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}pre{white-space:pre-wrap;"
        "background:#f6f6f6;padding:1em}"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>banan corpus report</title>'
        f"<style>{style}</style></head><body>\n" + "\n".join(x for x in sections if x) + "\n</body></html>\n"
    )
