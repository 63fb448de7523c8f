"""cagr on 5 million elements, validation included, against the bare numpy expression; and the cost of
``import aimarket`` against ``import pandas, numpy``."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

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


def import_seconds(code: str, env: dict) -> float:
    """Processor time of a fresh interpreter running ``code`` (less sensitive to a busy machine than wall time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


src = str(Path(am.__file__).resolve().parent.parent)
with tempfile.TemporaryDirectory() as cache:
    for label, extra in (("bytecode cached", {"PYTHONPYCACHEPREFIX": cache}), ("no bytecode", {"PYTHONDONTWRITEBYTECODE": "1"})):
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        env.update(PYTHONPATH=src, **extra)
        import_seconds("import aimarket", env)  # warm the disk cache (and the bytecode, where it is kept)
        base, lib = [], []
        for _ in range(15):
            base.append(import_seconds("import pandas, numpy", env))
            lib.append(import_seconds("import aimarket", env))
        b, a = float(np.median(base)), float(np.median(lib))
        print(f"import ({label}): pandas+numpy {b * 1e3:.0f} ms, aimarket {a * 1e3:.0f} ms, ratio {a / b:.2f}x "
              "(goal <= 1.25x)")
