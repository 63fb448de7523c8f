"""The whole `aimarket report`, timed step by step (goal: under 30 seconds on a 2-core machine), and the one
renderer against a bare baseline: the same tables' formatted cells escaped and joined by hand."""

from __future__ import annotations

import html
import tempfile
import time

from _timing import best_of

import aimarket as am
import aimarket.report as report
from aimarket.display import format_frame
from aimarket.report.blocks import Table
from aimarket.report.html import render_page

captured = []
sections = tuple((name, (lambda fn: lambda ctx: captured.append(fn(ctx)) or captured[-1])(fn))
                 for name, fn in report.SECTIONS)
report.SECTIONS = sections

with tempfile.TemporaryDirectory() as out:
    t0 = time.perf_counter()
    r = am.build_report(out)
    total = time.perf_counter() - t0
for step, seconds in r.timings.items():
    print(f"  {step:12s} {seconds:6.2f} s")
print(f"aimarket report: {total:.1f} s in all, {len(r.figures)} figures, {len(r.tables)} tables (goal < 30 s)")

done = [s for s in captured if s is not None]
tables = [b.frame for s in done for b in s.blocks if isinstance(b, Table) and not b.printed]
page = best_of(lambda: render_page(done, title="t", version="v", seconds=0.0, until=2035), repeat=5)
bare = best_of(lambda: "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                               for t in tables for row in format_frame(t).itertuples(index=False)), repeat=5)
cells = sum(t.size for t in tables)
print(f"render_page: {1000 * page:.0f} ms for {len(done)} sections ({cells:,} table cells); bare escape-and-join of "
      f"the same cells {1000 * bare:.0f} ms; ratio {page / bare:.2f}")
