"""Monte Carlo fans: shocked growth paths drawn in reproducible blocks, their volatility from the scenarios'
spread, and exact quantiles of more paths than memory holds.

A path-year that the reconciliation would carry to zero or below (a small item under a large shock) is summed
from its leaves instead, which is coherent and positive: every quantile of a market is a market size.

From the last actual year on, each item's annual log growth gets a normal shock driven by a factor common
to all items and one of its own; every block of paths has its own random stream (spawned from the seed),
so path k is the same whatever the number of paths, and the reconciliation's map is built once and
applied to every block.
"""

from __future__ import annotations

import math

import numpy as np

from .hierarchy import Reconciliation
from .paths import Paths, build_paths

__all__ = ["QUANTILES", "BLOCK", "MAX_PATHS", "EXACT_BYTES", "HIST_BINS", "draw_quantiles", "fan_spread", "streamed_quantiles"]

QUANTILES = (0.025, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.975)
#: paths per block of the Monte Carlo; each block has its own random stream
BLOCK = 16_384
#: the most paths :func:`simulate` draws; memory stays bounded (streamed quantiles), this bounds the time
MAX_PATHS = 10_000_000
#: runs whose paths fit in this many bytes are held and their quantiles taken at once (peak memory about
#: twice this); larger runs are streamed through histograms, drawing every path three times
EXACT_BYTES = 384 * 2**20
#: bins per item and year with which streamed quantiles find their order statistics
HIST_BINS = 4096
#: the largest value a path may reach within ``REACH_SD`` standard deviations of its shocks
MAX_VALUE, REACH_SD = 1e300, 10.0


def streamed_quantiles(blocks, shape: tuple) -> np.ndarray:
    """Exact quantiles (numpy's linear method) of paths too many to hold, in three passes over the blocks.

    The blocks are reproducible, so they can be drawn again: the first pass finds each cell's range,
    the second counts the paths in ``HIST_BINS`` bins per cell (equal in ``asinh`` of the value, which
    is logarithmic for large values and keeps negative ones), and the third keeps only the values in the
    bins that hold the order statistics wanted. Memory is a block plus ``cells x HIST_BINS`` counts and
    the kept values, whatever the number of paths.
    """
    cells = int(np.prod(shape))
    vmin, vmax, n = np.full(cells, np.inf), np.full(cells, -np.inf), 0
    for b in blocks():
        flat = b.reshape(len(b), cells)
        vmin, vmax, n = np.minimum(vmin, flat.min(0)), np.maximum(vmax, flat.max(0)), n + len(b)
    lo, hi = np.arcsinh(vmin), np.arcsinh(vmax)
    spread = hi > lo     # cells where every path has the same value (years before the shocks) need no search
    width = np.where(spread, hi - lo, 1.0) / HIST_BINS
    offsets = np.arange(cells) * HIST_BINS

    def keys(b):  # cell * HIST_BINS + bin of every value of a block
        z = np.arcsinh(b.reshape(len(b), cells))
        return np.clip(((z - lo) / width).astype(np.int64), 0, HIST_BINS - 1) + offsets, b.reshape(len(b), cells)

    counts = np.zeros(cells * HIST_BINS, dtype=np.int64)
    for b in blocks():
        counts += np.bincount(keys(b)[0].ravel(), minlength=cells * HIST_BINS)
    cum = np.cumsum(counts.reshape(cells, HIST_BINS), axis=1)
    h = np.asarray(QUANTILES) * (n - 1)
    ranks = np.stack([np.floor(h), np.minimum(np.floor(h) + 1, n - 1)]).astype(np.int64).reshape(-1)  # 0-based
    # the bin holding each wanted rank, per cell: requests x cells
    target = np.stack([(cum > r).argmax(axis=1) for r in ranks])
    below = np.where(target > 0, cum[np.arange(cells), np.maximum(target - 1, 0)], 0)
    wanted = np.zeros(cells * HIST_BINS, dtype=bool)
    wanted[(target + offsets)[:, spread].ravel()] = True
    kept_keys, kept_values = [], []
    for b in blocks():
        k, v = keys(b)
        mask = wanted[k]
        kept_keys.append(k[mask])
        kept_values.append(v[mask])
    kk, kv = np.concatenate(kept_keys), np.concatenate(kept_values)
    order = np.lexsort((kv, kk))
    kk, kv = kk[order], kv[order]
    pos = np.searchsorted(kk, target + offsets) + (ranks[:, None] - below)
    stats = np.where(spread, kv[np.where(spread, pos, 0)] if len(kv) else 0.0, vmin).reshape(2, len(QUANTILES), cells)
    frac = (h - np.floor(h))[:, None]
    return (stats[0] + frac * (stats[1] - stats[0])).reshape((len(QUANTILES),) + tuple(shape))



#: the 90th percentile of the standard normal: a scenario at the top of the fan is its 90th percentile
Z90 = 1.2815515655446004


def fan_spread(obs, P: Paths, scenarios: list, until: int, steps: int,
               method: Reconciliation) -> tuple[np.ndarray, float]:
    """Annual log volatility per item and the common-factor correlation the ``scenarios`` imply.

    Each item's lowest and highest (reconciled) value at the horizon over the scenarios are taken as the
    10th and 90th percentiles of its fan: volatility ``log(high / low) / (2 z_0.9 sqrt(steps))``. The
    correlation gives the top item the same 10-90 spread from its children's volatilities and shares.
    """
    if steps == 0:
        return np.zeros(len(P.tree.items)), 0.0
    ends = []
    for sc in scenarios:
        Q = build_paths(obs, sc, until, method)
        ends.append(Q.projection(method)(Q.levels().T[None])[0, -1])
    ends = np.log(np.stack(ends))                                      # scenarios x nodes
    vol = (ends.max(axis=0) - ends.min(axis=0)) / (2 * Z90 * math.sqrt(steps))
    top = P.tree.top
    kids = P.tree.children.get(top, [])
    if not kids:
        return vol, 1.0
    w = P.levels()[kids, -1]
    w = w / w.sum()
    own = float(np.sum((w * vol[kids]) ** 2))
    full = float(np.sum(w * vol[kids]) ** 2)
    rho = (vol[top] ** 2 - own) / (full - own) if full > own else 1.0
    return vol, float(np.clip(rho, 0.0, 1.0))


def draw_quantiles(P: Paths, method: Reconciliation, vol: np.ndarray, rho: float, n: int, seed: int | None,
                   exact_bytes: int = EXACT_BYTES) -> tuple[np.ndarray, str]:
    """Quantiles (``QUANTILES`` x years x nodes) of ``n`` coherent paths around ``P``, and how they were taken.

    Runs whose paths fit in ``exact_bytes`` are held and their quantiles taken at once; larger runs are
    streamed through :func:`streamed_quantiles`, with the same result.

    Examples
    --------
    >>> import aimarket as am, numpy as np
    >>> from aimarket.hierarchy import OLS
    >>> from aimarket.paths import build_paths
    >>> P = build_paths(am.load("china_ai"), am.SCENARIOS["base"], 2030)
    >>> q, how = draw_quantiles(P, OLS(), np.full(P.start.size, 0.1), 0.5, 1000, seed=1)
    >>> q.shape == (len(QUANTILES), P.years.size, P.start.size), how
    (True, 'exact')
    """
    nodes, T = P.start.size, P.years.size
    steps = T - 1 - P.last_actual
    coherent = P.projection(method)
    w_common, w_own = math.sqrt(rho), math.sqrt(1 - rho)
    log_start = np.log(P.start)
    base_cum = np.concatenate([np.zeros((nodes, 1)), np.cumsum(P.growth, 1)], 1).T + log_start  # years x nodes
    first_shock = T - steps
    # ten standard deviations of the shocks from the path must stay inside the float range
    reach = np.abs(base_cum).max(axis=0) + REACH_SD * vol * math.sqrt(steps)
    if (reach > math.log(MAX_VALUE)).any():
        r = int(np.argmax(reach))
        raise ValueError(f"sigma: a volatility of {vol[r]:.3g} a year for item {P.tree.items[r]!r} would carry its paths "
                         f"past {MAX_VALUE:g} within {REACH_SD:g} standard deviations over {steps} years; give a "
                         "smaller sigma or an earlier until")
    seeds = np.random.SeedSequence(seed).spawn(-(-n // BLOCK))

    def blocks():
        """The reconciled paths, block by block: paths x years x nodes."""
        for k, lo in enumerate(range(0, n, BLOCK)):
            m = min(BLOCK, n - lo)
            rng = np.random.default_rng(seeds[k])
            common = rng.standard_normal((m, steps, 1))
            own = rng.standard_normal((m, steps, nodes))
            own *= w_own
            own += w_common * common
            own *= vol                                                      # m x steps x nodes
            cum = np.empty((m, T, nodes))
            cum[:, :first_shock] = base_cum[None, :first_shock]
            np.cumsum(own, axis=1, out=cum[:, first_shock:])
            cum[:, first_shock:] += base_cum[None, first_shock:]
            del common, own
            np.exp(cum, out=cum)
            out = coherent(cum)
            below = (out <= 0).any(axis=2)  # a path-year the reconciliation carries below zero (a small item, a
            if below.any():                 # big shock): summed from its own leaves instead, positive and coherent
                out[below] = cum[below][:, P.tree.leaf_index] @ P.tree.S.T
            yield out

    if n * T * nodes * 8 <= exact_bytes:
        held = np.empty((n, T, nodes))
        for k, block in enumerate(blocks()):
            held[k * BLOCK:k * BLOCK + len(block)] = block
        return np.quantile(held, QUANTILES, axis=0), "exact"
    return streamed_quantiles(blocks, (T, nodes)), "exact, streamed in blocks"
