"""The forecast pool's members, each forecasting from every rolling origin of a series in one vectorised pass.

Exponential smoothing (simple, Holt's linear trend, Gardner's damped trend) is run once over the whole
series for a grid of smoothing weights at the same time; the weights chosen at an origin are those with the
least squared one-step error on the points before it, so a backtest from every origin costs one pass, not
one fit per origin. Theta (simple smoothing plus half the least-squares trend, Hyndman and Billah 2003),
the random walk with drift and a first-difference autoregression with drift (ARIMA(1,1,0) with a constant)
come from cumulative sums. Every member runs on log values (growth rates) and on values (increments).
"""

from __future__ import annotations

import numpy as np

__all__ = ["MEMBERS", "member_paths", "batch_size", "damped_weights"]

#: the pool: (kind, space) pairs by name
MEMBERS = {f"{kind}_{space}": (kind, space) for space in ("log", "values")
           for kind in ("damped", "holt", "theta", "drift", "arima")}

_ALPHA = np.array([0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.85, 0.99])
#: the trend's weights: the share of each one-step error that reaches the trend, over ``alpha``
_BETA = np.array([0.01, 0.05, 0.15, 0.3])
#: the damped trend's also reach a trend that takes the latest change in full, with damping up to 0.995: where
#: statsmodels' fit of a smoothly growing history lands
_BETA_DAMPED = np.array([*_BETA, 0.6, 1.0])
_PHI = np.array([0.8, 0.88, 0.94, 0.98, 0.995])


def _grid():
    """Smoothing weights of every candidate: simple (no trend), Holt (phi = 1) and damped."""
    a, b, p = np.meshgrid(_ALPHA, _BETA_DAMPED, _PHI, indexing="ij")
    damped = np.column_stack([a.ravel(), b.ravel(), p.ravel()])
    a, b = np.meshgrid(_ALPHA, _BETA, indexing="ij")
    holt = np.column_stack([a.ravel(), b.ravel(), np.ones(a.size)])
    ses = np.column_stack([_ALPHA, np.zeros(len(_ALPHA)), np.zeros(len(_ALPHA))])
    kinds = np.repeat(["damped", "holt", "ses"], [len(damped), len(holt), len(ses)])
    return np.vstack([damped, holt, ses]), kinds


_WEIGHTS, _KINDS = _grid()
#: series smoothed at once: each keeps three runs of every candidate at every point in memory
BATCH_CELLS = 2_000_000


def batch_size(points: int) -> int:
    """How many series of ``points`` points to smooth at once for bounded memory."""
    return max(1, BATCH_CELLS // (3 * len(_WEIGHTS) * max(points, 1)))


def _smooth(z: np.ndarray, origins: np.ndarray):
    """Every grid candidate's level and trend at each origin, with the initial level and trend that minimise
    the squared one-step errors before it, that least sum, and that initial state (series x candidates x
    origins).

    The recursions are linear in the initial state, so each candidate is run three times at once (on the data
    from a zero state, and on zeros from a unit level and from a unit trend) and the best initial state at
    every origin is a 2 x 2 least-squares solve on cumulative sums: estimated, as statsmodels' "estimated"
    initialisation is, without an optimiser.
    """
    alpha, beta, phi = (np.repeat(w, 3) for w in _WEIGHTS.T)
    s, n, g = z.shape[0], z.shape[1], len(_WEIGHTS)
    data = np.tile([1.0, 0.0, 0.0], g)
    level = np.broadcast_to(np.tile([0.0, 1.0, 0.0], g), (s, 3 * g))
    trend = np.broadcast_to(np.tile([0.0, 0.0, 1.0], g) * (phi > 0), (s, 3 * g))
    err, lv, tr = (np.empty((n, s, 3 * g)) for _ in range(3))  # time first: each step writes one block
    for i in range(n):  # a recursion: each state needs the one before; vectorised over series and candidates
        ahead = level + phi * trend
        np.subtract(z[:, i, None] * data, ahead, out=err[i])
        level = ahead + alpha * err[i]
        trend = phi * trend + alpha * beta * err[i]
        lv[i], tr[i] = level, trend
    ez, el, eb = err[..., 0::3], -err[..., 1::3], -err[..., 2::3]  # errors = ez - l0 * el - b0 * eb
    last = origins - 1

    def cum(a, b):
        return np.moveaxis(np.cumsum(a * b, axis=0)[last], 0, -1)  # series x candidates x origins

    ll, lb, bb, zl, zb, zz = cum(el, el), cum(el, eb), cum(eb, eb), cum(ez, el), cum(ez, eb), cum(ez, ez)
    ridge = 1e-9 * (ll + bb) + 1e-300
    a11, a22 = ll + ridge, bb + ridge
    det = a11 * a22 - lb ** 2
    l0 = (a22 * zl - lb * zb) / det
    b0 = (a11 * zb - lb * zl) / det
    sse = zz - l0 * zl - b0 * zb

    def at(x, j):
        return np.moveaxis(x[last][..., j::3], 0, -1)

    lv_o = at(lv, 0) + l0 * at(lv, 1) + b0 * at(lv, 2)
    tr_o = at(tr, 0) + l0 * at(tr, 1) + b0 * at(tr, 2)
    return sse, lv_o, tr_o, l0, b0


def _pick(sse, values, kind: str):
    """Each series' and origin's value of ``values`` for the candidate of ``kind`` with the least squared
    one-step error before the origin (series x origins), and the chosen candidates' grid rows."""
    mask = np.flatnonzero(_KINDS == kind)
    best = np.argmin(sse[:, mask], axis=1)  # series x origins
    return [np.take_along_axis(v[:, mask], best[:, None, :], axis=1)[:, 0] for v in values], mask[best]


def damped_weights(z: np.ndarray) -> dict:
    """The damped-trend candidate with the least squared one-step error over ``z``, as the damped family's
    parameters (``alpha``, ``beta``, ``phi``, initial ``l0`` and ``b0``): a fit in one vectorised pass.

    Examples
    --------
    >>> import numpy as np
    >>> p = damped_weights(np.log(100 * 1.1 ** np.arange(12)))
    >>> sorted(p), 0.8 <= p["phi"] <= 0.995
    (['alpha', 'b0', 'beta', 'l0', 'phi'], True)
    """
    z = np.asarray(z, dtype=float)
    sse, _, _, l0, b0 = _smooth(z[None] - z[0], np.array([len(z)]))
    (start, slope), g = _pick(sse, (l0, b0), "damped")
    alpha, beta, phi = _WEIGHTS[g[0, 0]]
    return {"alpha": float(alpha), "beta": float(beta), "phi": float(phi), "l0": float(start[0, 0] + z[0]),
            "b0": float(slope[0, 0])}


def member_paths(z: np.ndarray, origins: np.ndarray, steps: int, kinds) -> dict:
    """Forecasts of ``z`` (one series, or series x time) from each origin (the first ``o`` points), for
    steps 1..``steps``.

    ``origins`` must be at least 3. Returns ``{kind: array ([series x] origins x steps)}`` for the requested
    kinds (``damped``, ``holt``, ``theta``, ``drift``, ``arima``).

    Examples
    --------
    >>> import numpy as np
    >>> z = np.log(100 * 1.1 ** np.arange(10))
    >>> out = member_paths(z, np.array([10]), 2, ["holt", "drift"])
    >>> np.exp(out["drift"][0]).round(6).tolist() == (100 * 1.1 ** np.arange(10, 12)).round(6).tolist()
    True
    """
    z = np.asarray(z, dtype=float)
    one = z.ndim == 1
    base = np.atleast_2d(z)[:, :1]
    z = np.atleast_2d(z) - base  # from the first value: a shifted or (in levels) scaled series is forecast alike
    origins = np.asarray(origins, dtype=int)
    h = np.arange(1, steps + 1, dtype=float)
    last = origins - 1
    out = {}
    if {"damped", "holt", "theta"} & set(kinds):
        sse, lv, tr, _, _ = _smooth(z, origins)
        for kind in {"damped", "holt"} & set(kinds):
            (level, trend), g = _pick(sse, (lv, tr), kind)
            phi = _WEIGHTS[g, 2][..., None]
            reach = np.cumsum(phi ** h, axis=-1)
            out[kind] = level[..., None] + trend[..., None] * reach
        if "theta" in kinds:
            (level,), g = _pick(sse, (lv,), "ses")
            alpha = _WEIGHTS[g, 0][..., None]
            # least-squares slope of z on time over the first o points, from cumulative sums
            t = np.arange(z.shape[1], dtype=float)
            st, stt = np.cumsum(t)[last], np.cumsum(t * t)[last]
            sz, stz = np.cumsum(z, axis=1)[:, last], np.cumsum(t * z, axis=1)[:, last]
            slope = ((origins * stz - st * sz) / (origins * stt - st ** 2))[..., None]
            drift = h - 1 + 1 / alpha - (1 - alpha) ** origins[:, None] / alpha
            out["theta"] = level[..., None] + slope / 2 * drift
    if "drift" in kinds:
        out["drift"] = z[:, last, None] + ((z[:, last] - z[:, :1]) / last)[..., None] * h
    if "arima" in kinds:
        out["arima"] = _arima_drift(z, origins, steps)
    out = {k: v + base[..., None] for k, v in out.items()}
    return {k: v[0] for k, v in out.items()} if one else out


def _arima_drift(z, origins, steps):
    """ARIMA(1,1,0) with a constant by least squares on the differences before each origin, its
    autoregression held inside (-0.9, 0.9); with too few differences, the random walk with drift."""
    d = np.diff(z, axis=1)
    x, y = d[:, :-1], d[:, 1:]
    m = origins - 2  # pairs (d[i-1], d[i]) available before origin o
    zero = np.zeros((len(z), 1))
    sx, sy, sxx, sxy = (np.concatenate([zero, np.cumsum(v, axis=1)], axis=1)[:, m] for v in (x, y, x * x, x * y))
    with np.errstate(divide="ignore", invalid="ignore"):
        var = m * sxx - sx ** 2
        a = np.where((m >= 3) & (var > 1e-12 * np.abs(m * sxx)), (m * sxy - sx * sy) / var, 0.0)
    a = np.clip(np.nan_to_num(a), -0.9, 0.9)
    mean_d = (z[:, origins - 1] - z[:, :1]) / (origins - 1)
    c = mean_d * (1 - a)  # the drift: the mean difference, so the long-run step matches it
    prev, level = d[:, origins - 2], z[:, origins - 1]
    out = np.empty((len(z), len(origins), steps))
    for j in range(steps):  # a recursion over the steps ahead, vectorised over series and origins
        prev = c + a * prev
        level = level + prev
        out[:, :, j] = level
    return out
