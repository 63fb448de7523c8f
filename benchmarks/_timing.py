"""Best-of-k wall-clock timing shared by the benchmark scripts."""

from __future__ import annotations

import time


def best_of(fn, repeat: int = 7) -> float:
    """The fastest of ``repeat`` runs of ``fn()``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best
