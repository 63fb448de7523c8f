"""The forecast pool's members, each forecasting from every rolling origin of a series in one vectorised pass.

Exponential smoothing (simple, Holt's linear trend, Gardner's damped trend) is run once over the whole
series for a grid of smoothing weights at the same time; the weights chosen at an origin are those with the
least squared one-step error on the points before it, so a backtest from every origin costs one pass, not
one fit per origin. Theta (simple smoothing plus half the least-squares trend, Hyndman and Billah 2003),
the random walk with drift and a first-difference autoregression with drift (ARIMA(1,1,0) with a constant)
come from cumulative sums. Every member runs on log values (growth rates) and on values (increments).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["MEMBERS", "member_paths"]

#: the pool: (kind, space) pairs by name
MEMBERS = {f"{kind}_{space}": (kind, space) for space in ("log", "values")
           for kind in ("damped", "holt", "theta", "drift", "arima")}

_ALPHA = np.array([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99])
_BETA = np.array([0.01, 0.05, 0.1, 0.2, 0.3, 0.5])
_PHI = np.array([0.8, 0.85, 0.9, 0.94, 0.98])


def _grid():
    """Smoothing weights of every candidate: simple (no trend), Holt (phi = 1) and damped."""
    a, b, p = np.meshgrid(_ALPHA, _BETA, _PHI, indexing="ij")
    damped = np.column_stack([a.ravel(), b.ravel(), p.ravel()])
    a, b = np.meshgrid(_ALPHA, _BETA, indexing="ij")
    holt = np.column_stack([a.ravel(), b.ravel(), np.ones(a.size)])
    ses = np.column_stack([_ALPHA, np.zeros(len(_ALPHA)), np.zeros(len(_ALPHA))])
    kinds = np.repeat(["damped", "holt", "ses"], [len(damped), len(holt), len(ses)])
    return np.vstack([damped, holt, ses]), kinds


_WEIGHTS, _KINDS = _grid()


def _smooth(z: np.ndarray, origins: np.ndarray):
    """Every grid candidate's levels and trends after each point, with the initial level and trend that
    minimise the squared one-step errors before each origin, and that least sum (candidates x origins).

    The recursions are linear in the initial state, so each candidate is run three times at once (on the data
    from a zero state, and on zeros from a unit level and from a unit trend) and the best initial state at
    every origin is a 2 x 2 least-squares solve on cumulative sums: estimated, as statsmodels' "estimated"
    initialisation is, without an optimiser.
    """
    alpha, beta, phi = (np.repeat(w, 3) for w in _WEIGHTS.T)
    n, g = len(z), len(_WEIGHTS)
    data = np.tile([1.0, 0.0, 0.0], g)
    level, trend = np.tile([0.0, 1.0, 0.0], g), np.tile([0.0, 0.0, 1.0], g) * (phi > 0)
    err, lv, tr = np.empty((3 * g, n)), np.empty((3 * g, n)), np.empty((3 * g, n))
    for i in range(n):  # a recursion: each state needs the one before; vectorised over the candidates
        ahead = level + phi * trend
        err[:, i] = data * z[i] - ahead
        level = ahead + alpha * err[:, i]
        trend = phi * trend + alpha * beta * err[:, i]
        lv[:, i], tr[:, i] = level, trend
    ez, el, eb = err[0::3], -err[1::3], -err[2::3]  # errors = ez - l0 * el - b0 * eb
    cum = {k: np.cumsum(v, axis=1)[:, origins - 1] for k, v in
           (("ll", el * el), ("lb", el * eb), ("bb", eb * eb), ("zl", ez * el), ("zb", ez * eb), ("zz", ez * ez))}
    ridge = 1e-9 * (cum["ll"] + cum["bb"]) + 1e-300
    a11, a12, a22 = cum["ll"] + ridge, cum["lb"], cum["bb"] + ridge
    det = a11 * a22 - a12 ** 2
    l0 = (a22 * cum["zl"] - a12 * cum["zb"]) / det
    b0 = (a11 * cum["zb"] - a12 * cum["zl"]) / det
    sse = cum["zz"] - l0 * cum["zl"] - b0 * cum["zb"]
    last = origins - 1
    lv_o = lv[0::3, last] + l0 * lv[1::3, last] + b0 * lv[2::3, last]
    tr_o = tr[0::3, last] + l0 * tr[1::3, last] + b0 * tr[2::3, last]
    return sse, lv_o, tr_o


def _chosen(sse: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Index of the candidate (within ``mask``) with the least squared one-step error before each origin."""
    return np.flatnonzero(mask)[np.argmin(sse[mask], axis=0)]


def member_paths(z: np.ndarray, origins: np.ndarray, steps: int, kinds) -> dict:
    """Forecasts of ``z`` from each origin (the first ``o`` points), for steps 1..``steps``.

    ``origins`` must be at least 3. Returns ``{kind: array (origins x steps)}`` for the requested kinds
    (``damped``, ``holt``, ``theta``, ``drift``, ``arima``).
    """
    z = np.asarray(z, dtype=float)
    origins = np.asarray(origins, dtype=int)
    h = np.arange(1, steps + 1, dtype=float)
    last = origins - 1
    out = {}
    smoothers = {"damped", "holt", "theta"} & set(kinds)
    if smoothers:
        sse, lv, tr = _smooth(z, origins)
        col = np.arange(len(origins))
        for kind in smoothers & {"damped", "holt"}:
            g = _chosen(sse, _KINDS == kind)
            phi = _WEIGHTS[g, 2][:, None]
            reach = h[None, :] if kind == "holt" else np.cumsum(phi ** h[None, :], axis=1)
            out[kind] = lv[g, col][:, None] + tr[g, col][:, None] * reach
        if "theta" in smoothers:
            g = _chosen(sse, _KINDS == "ses")
            alpha = _WEIGHTS[g, 0][:, None]
            # least-squares slope of z on time over the first o points, from cumulative sums
            t = np.arange(len(z), dtype=float)
            st, sz, stt, stz = (np.cumsum(v)[last] for v in (t, z, t * t, t * z))
            slope = ((origins * stz - st * sz) / (origins * stt - st ** 2))[:, None]
            drift = (h[None, :] - 1 + 1 / alpha - (1 - alpha) ** origins[:, None] / alpha)
            out["theta"] = lv[g, col][:, None] + slope / 2 * drift
    if "drift" in kinds:
        step = ((z[last] - z[0]) / last)[:, None]
        out["drift"] = z[last][:, None] + step * h[None, :]
    if "arima" in kinds:
        out["arima"] = _arima_drift(z, origins, steps)
    return out


def _arima_drift(z, origins, steps):
    """ARIMA(1,1,0) with a constant by least squares on the differences before each origin, its
    autoregression held inside (-0.9, 0.9); with too few differences, the random walk with drift."""
    d = np.diff(z)
    x, y = d[:-1], d[1:]
    m = origins - 2  # pairs (d[i-1], d[i]) available before origin o
    cx, cy, cxx, cxy = (np.concatenate([[0.0], np.cumsum(v)]) for v in (x, y, x * x, x * y))
    sx, sy, sxx, sxy = cx[m], cy[m], cxx[m], cxy[m]
    with np.errstate(divide="ignore", invalid="ignore"):
        var = m * sxx - sx ** 2
        a = np.where((m >= 3) & (var > 1e-12 * np.maximum(m * sxx, 1e-300)), (m * sxy - sx * sy) / var, 0.0)
    a = np.clip(np.nan_to_num(a), -0.9, 0.9)
    mean_d = (z[origins - 1] - z[0]) / (origins - 1)
    c = mean_d * (1 - a)  # the drift: the mean difference, so the long-run step matches it
    prev, level = d[origins - 2], z[origins - 1]
    out = np.empty((len(origins), steps))
    for j in range(steps):  # a recursion over the steps ahead, vectorised over the origins
        prev = c + a * prev
        level = level + prev
        out[:, j] = level
    return out


def floor_log(values: np.ndarray, smallest: float) -> np.ndarray:
    """Log of level-space forecasts, a forecast at or below zero read as a collapse to ``smallest``."""
    return np.log(np.maximum(values, smallest))


LOG_FLOOR = math.log(1e-6)
