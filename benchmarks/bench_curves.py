"""Exponential, logistic and Gompertz fits to every Bloomberg item (60 fits), timed."""

from __future__ import annotations

import numpy as np
from _timing import best_of

import aimarket as am

wide = am.load("bloomberg_genai", wide=True)
years = np.array(wide.columns, dtype=float)
rows = [row.to_numpy() for _, row in wide.iterrows()]


def all_fits():
    done = skipped = 0
    for v in rows:
        for family in ("exponential", "logistic", "gompertz"):
            try:
                am.fit(years, v, family)
                done += 1
            except ValueError:
                skipped += 1  # points that no curve of the family passes through
    return done, skipped


done, skipped = all_fits()
ours = best_of(all_fits, repeat=5)
# baseline: the same 60 closed-form solves and log-linear regressions in bare numpy
def bare():
    for v in rows:
        np.polyfit(years, np.log(v), 1)
        u = 1 / v
        (u[0] * u[2] - u[1] ** 2) / (u[0] + u[2] - 2 * u[1])
        w = np.log(v)
        (w[0] * w[2] - w[1] ** 2) / (w[0] + w[2] - 2 * w[1])


base = best_of(bare, repeat=5)
print(f"60 fits ({done} fitted, {skipped} refused as not identified): {ours * 1e3:.1f} ms "
      f"(goal well under 1000 ms); bare numpy closed forms {base * 1e3:.2f} ms, ratio {ours / base:.0f}x")
