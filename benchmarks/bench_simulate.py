"""simulate('bloomberg_genai', n=100_000, until=2035) against a bare numpy Monte Carlo of the same work.

The baseline draws the same lognormal growth shocks (a common factor and one per item), accumulates
growth, maps every path through the same per-year reconciliation matrices (the sums), and takes the
same quantiles. Peak memory is read from the process's maximum resident set size.
"""

from __future__ import annotations

import resource

import numpy as np
from _timing import best_of

import aimarket as am
from aimarket.hierarchy import MinTScaled
from aimarket.montecarlo import QUANTILES
from aimarket.paths import build_paths

N, UNTIL = 100_000, 2035


def bare(seed: int = 0) -> np.ndarray:
    obs = am.load("bloomberg_genai")
    P = build_paths(obs, am.SCENARIOS["base"], UNTIL)
    nodes, T = len(P.tree.items), len(P.years)
    steps = T - 1 - P.last_actual
    # the per-year maps S (S' W^-1 S)^-1 S' W^-1, formed densely, nodes x nodes
    w = MinTScaled().variances(P.tree, P.levels().T, P.printed, P.spread)
    StW = P.tree.S.T[None] / w[:, None, :]
    Pm = P.tree.S @ np.linalg.solve(StW @ P.tree.S, StW)
    base_cum = np.concatenate([np.zeros((nodes, 1)), np.cumsum(P.growth, 1)], 1).T
    vol = 0.3 * np.full(nodes, 0.35)
    rng = np.random.default_rng(seed)
    shocks = (np.sqrt(0.6) * rng.standard_normal((N, steps, 1)) + np.sqrt(0.4) * rng.standard_normal((N, steps, nodes))) * vol
    levels = np.exp(np.concatenate([np.broadcast_to(base_cum[None, :T - steps], (N, T - steps, nodes)),
                                    base_cum[None, T - steps:] + np.cumsum(shocks, 1)], 1) + np.log(P.start))
    coherent = np.einsum("ynk,pyk->pyn", Pm, levels)
    return np.quantile(coherent, QUANTILES, axis=0)


ours = best_of(lambda: am.simulate("bloomberg_genai", n=N, seed=1, until=UNTIL), repeat=3)
peak_ours = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
base = best_of(bare, repeat=3)
print(f"simulate, {N:,} paths to {UNTIL}: aimarket {ours:.2f} s, bare numpy {base:.2f} s, ratio {ours / base:.2f}x "
      f"(goal <= 2x); peak resident memory after aimarket {peak_ours:,.0f} MB (goal < 2,048 MB)")
