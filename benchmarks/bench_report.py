"""The whole `aimarket report`, timed step by step (goal: under 30 seconds on a 2-core machine)."""

from __future__ import annotations

import tempfile
import time

import aimarket as am

with tempfile.TemporaryDirectory() as out:
    t0 = time.perf_counter()
    r = am.build_report(out)
    total = time.perf_counter() - t0
for step, seconds in r.timings.items():
    print(f"  {step:12s} {seconds:6.2f} s")
print(f"aimarket report: {total:.1f} s in all, {len(r.figures)} figures, {len(r.tables)} tables (goal < 30 s)")
