"""Extraction cost against its input: report-like text of 100 KB and 1 MB, one long line, a 200-row table.

Prints each time, the ratio of the 1 MB time to the 100 KB time (goal: at most 12, i.e. linear), the ratio of
one 100 KB line to the same text in lines (goal: at most 1), and the ratio to a bare regular-expression pass
over the same text that only finds the numbers (the least any extractor must do).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from _timing import best_of

import aimarket as am
from aimarket.extract.charts import pairs_as_rows
from aimarket.extract.tables import HIERARCHY_BUDGET

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from extract_corpus import report_like  # noqa: E402

NUMBERS = re.compile(r"\d[\d,.]*")


def _fresh(code: str) -> float:
    """The wall time of ``code`` in a new interpreter, best of three."""
    return best_of(lambda: subprocess.run([sys.executable, "-c", code], check=True), repeat=3)


# a notebook's or the command line's first call: imports, and the patterns of the frames its script needs
bare_start = _fresh("import numpy, pandas")
for label, sentence in (("English", "The AI market was USD 5.1 billion in 2024 and is expected to reach USD 12.3 "
                                    "billion by 2030, a CAGR of 15.8%."),
                        ("Chinese", "2024年中国人工智能市场规模达到5100亿元，预计2030年将达到12300亿元，年复合增长率为15.8%。")):
    first = _fresh(f"import aimarket as am; am.extract_text({sentence!r})")
    print(f"a new interpreter's first {label} sentence: {first:.2f} s (import numpy, pandas: {bare_start:.2f} s, "
          f"ratio {first / bare_start:.1f}x)")
am.extract_text(report_like(2_000))  # imports and compiled patterns, once

times = {}
for size in (100_000, 1_000_000):
    text = report_like(size)
    times[size] = best_of(lambda: am.extract_text(text), repeat=1 if size > 100_000 else 3)
    bare = best_of(lambda: NUMBERS.findall(text), repeat=3)
    print(f"{size / 1000:>6.0f} KB of report-like text: {times[size]:.2f} s (bare number scan {bare * 1e3:.1f} ms, "
          f"ratio {times[size] / bare:,.0f}x)")
print(f"1 MB / 100 KB: {times[1_000_000] / times[100_000]:.1f}x (goal <= 12x: linear)")

lines = report_like(100_000)
in_lines = best_of(lambda: am.extract_text(lines), repeat=3)
one_line = best_of(lambda: am.extract_text(lines.replace("\n", " ")), repeat=3)
print(f"the same 100 KB as one line: {one_line:.2f} s against {in_lines:.2f} s in lines, ratio {one_line / in_lines:.2f}x "
      "(goal <= 1x)")
dense = "1% " * 33_000
print(f"100 KB line of '1% 1% ...' (33,000 figures): {best_of(lambda: am.extract_text(dense), repeat=1):.2f} s")
blank = {n: best_of(lambda n=n: am.extract_text(" " * n + "1"), repeat=1) for n in (100_000, 400_000)}
print(f"a run of 400 KB of spaces / 100 KB: {blank[400_000] / blank[100_000]:.1f}x (goal about 4x: linear, no regular "
      "expression retried along the run)")
for label, unit in (("digits", "1"), ("digits and commas", "1,"), ("Chinese numerals", "一"),
                    ("quarters in one sentence", "Q1, "), ("capitalised letters", "AB")):
    run = {n: best_of(lambda n=n: am.extract_text(unit * (n // len(unit)) + " 1"), repeat=1) for n in (25_000, 100_000)}
    print(f"a run of {label} ({unit!r} repeated), 100 KB / 25 KB: {run[100_000] / run[25_000]:.1f}x (goal about 4x: "
          "no pattern retried from every place along the run)")
wrapped = {n: "\n".join(textwrap.wrap(report_like(n).replace("\n", " "), 72)) for n in (25_000, 100_000)}
joined = {n: best_of(lambda n=n: am.extract_text(wrapped[n]), repeat=1) for n in wrapped}
print(f"prose hard-wrapped at 72 columns, 100 KB / 25 KB: {joined[100_000] / joined[25_000]:.1f}x (goal about 4x: "
      "linear in the lines a sentence runs over)")
brackets = {n: best_of(lambda n=n: am.extract_text("(5.2%)" * n), repeat=1) for n in (4_000, 16_000)}
print(f"a line of bracketed percents, 96 KB / 24 KB: {brackets[16_000] / brackets[4_000]:.1f}x (goal about 4x)")
run_on = report_like(100_000).replace("\n", " ").replace(". ", ", ").replace("。", "，")
one_sentence = {n: best_of(lambda n=n: am.extract_text(run_on[:n]), repeat=1) for n in (25_000, 100_000)}
print(f"one run-on sentence (no full stop), 100 KB / 25 KB: {one_sentence[100_000] / one_sentence[25_000]:.1f}x "
      "(goal about 4x)")
spaced = {n: " ".join(str(100 + i % 900) for i in range(n // 4)) for n in (25_000, 100_000)}
runs = {n: best_of(lambda n=n: am.extract_text(spaced[n]), repeat=1) for n in spaced}
print(f"a line of single-spaced three-digit numbers, 100 KB / 25 KB: {runs[100_000] / runs[25_000]:.1f}x (goal about "
      "4x: no thousands group retried along the run)")
pairs = {n: ("  ".join(f"{2000 + k % 50}: {k}.5" for k in range(n)) + " and then words",) for n in (1_000, 4_000)}
chart = {n: best_of(lambda n=n: pairs_as_rows(pairs[n], ()), repeat=3) for n in pairs}
print(f"a chart's line of year-value pairs that ends in words, 4,000 pairs / 1,000: {chart[4_000] / chart[1_000]:.1f}x "
      "(goal about 4x: no pair boundary tried two ways)")

rows = "\n".join(f"Row {i}\t" + "\t".join(str((i * 7919 + k * 104729) % 997 + 1) for k in range(3)) for i in range(200))
table = "Item\t2022\t2023\t2024\n" + rows
print(f"a 200-row table (hierarchy budget {HIERARCHY_BUDGET:,} block sums): "
      f"{best_of(lambda: am.extract_text(table), repeat=1):.2f} s")
