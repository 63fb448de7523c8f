"""cagr on 5 million elements, validation included, against the bare numpy expression."""

from __future__ import annotations

import numpy as np
from _timing import best_of

import aimarket as am

N = 5_000_000
rng = np.random.default_rng(0)
start = rng.uniform(1, 1_000, N)
end = start * rng.uniform(0.5, 50, N)
periods = rng.integers(1, 15, N).astype(float)

bare = best_of(lambda: (end / start) ** (1 / periods) - 1)
ours = best_of(lambda: am.cagr(start, end, periods))
np.testing.assert_allclose(am.cagr(start, end, periods), (end / start) ** (1 / periods) - 1)
print(f"cagr, {N:,} elements: numpy {bare * 1e3:.1f} ms, aimarket {ours * 1e3:.1f} ms, ratio {ours / bare:.2f}x (goal <= 1.5x)")

bare_s = best_of(lambda: (end / start) ** (1 / 10.0) - 1)
ours_s = best_of(lambda: am.cagr(start, end, 10))
print(f"cagr, scalar periods: numpy {bare_s * 1e3:.1f} ms, aimarket {ours_s * 1e3:.1f} ms, ratio {ours_s / bare_s:.2f}x")
