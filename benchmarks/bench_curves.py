"""Curve fits timed: exponential, logistic and Gompertz fits to every Bloomberg item (60 fits) against bare numpy
closed forms; every family on up to 20 noisy points of its own curve and of a logistic; compare on 14 points."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
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


def bare():
    """The same 60 closed-form solves and log-linear regressions in bare numpy."""
    for v in rows:
        np.polyfit(years, np.log(v), 1)
        u = 1 / v
        (u[0] * u[2] - u[1] ** 2) / (u[0] + u[2] - 2 * u[1])
        w = np.log(v)
        (w[0] * w[2] - w[1] ** 2) / (w[0] + w[2] - 2 * w[1])


def family_timings():
    """Median ms per fit of each family, on its own curve and on logistic-shaped data, 3% noise, 8-20 points."""
    rng = np.random.default_rng(0)
    truth = {"exponential": {"start": 10.0, "rate": 0.25}, "logistic": {"cap": 1000.0, "k": 0.5, "t_mid": 2008.0},
             "gompertz": {"cap": 1000.0, "k": 0.3, "t_mid": 2006.0},
             "richards": {"cap": 1000.0, "k": 0.5, "t_mid": 2008.0, "nu": 2.0},
             "bass": {"cap": 1000.0, "p": 0.02, "q": 0.5, "launch": 1998.0},
             "rise": {"cap": 1000.0, "k": 0.15, "start": 1998.0}}
    out = []
    for name, p in truth.items():
        own, market = [], []
        for _ in range(40):
            n = int(rng.integers(8, 21))
            t = np.arange(2000.0, 2000 + n)
            curve = am.FAMILIES[name](t[0]).f(t, p)
            logistic = 1000 / (1 + np.exp(-0.5 * (t - 2004 - rng.uniform(0, 8))))
            for target, data in ((own, curve), (market, logistic)):
                noisy = data * np.exp(rng.normal(0, 0.03, n))
                t0 = time.perf_counter()
                try:
                    am.fit(t, noisy, name)
                except ValueError:
                    pass
                target.append(time.perf_counter() - t0)
        out.append({"family": name, "own curve, median ms": 1e3 * np.median(own),
                    "logistic data, median ms": 1e3 * np.median(market)})
    return pd.DataFrame(out).set_index("family")


def compare_timing():
    rng = np.random.default_rng(1)
    t = np.arange(2010.0, 2024.0)
    runs = []
    for i in range(5):
        y = 1000 / (1 + np.exp(-0.4 * (t - 2015 - i))) * np.exp(rng.normal(0, 0.03, len(t)))
        runs.append(best_of(lambda: am.compare(t, y), repeat=1))
    return float(np.median(runs))


if __name__ == "__main__":
    done, skipped = all_fits()
    ours, base = best_of(all_fits, repeat=5), best_of(bare, repeat=5)
    print(f"60 fits ({done} fitted, {skipped} refused as not identified): {ours * 1e3:.1f} ms "
          f"(goal well under 1000 ms); bare numpy closed forms {base * 1e3:.2f} ms, ratio {ours / base:.0f}x")
    print("\nfit timings (8-20 points, 3% noise)")
    print(family_timings().round(1).to_string())
    print(f"\ncompare, every family on 14 points with rolling-origin backtests: {compare_timing():.2f} s (median of 5)")
