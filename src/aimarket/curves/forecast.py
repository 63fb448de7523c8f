"""The library's forecast: a median of simple forecasts, with intervals from its own backtest errors.

The M4 competition's lesson (Makridakis, Spiliotis and Assimakopoulos, 2020) is that combinations of
exponential-smoothing forecasts, and Theta, beat choosing one model. ``method="auto"`` takes the median,
year by year, of a fixed pool: damped-trend and Holt exponential smoothing of log values and of values,
Theta of log values and of values, simple exponential smoothing of log values and the random walk with
drift of log values. Log-space members extrapolate growth rates, level-space members extrapolate
increments; the median keeps the middle of them. Where the history is short or has gaps, the pool is the
growth-curve families the points identify. Intervals come from the method's own rolling-origin errors
(log scale, variance growing with the horizon).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

from .._validate import check_level, check_str
from ._family import FAMILIES
from ._fit import fit, prepare

__all__ = ["forecast", "POOL", "CURVE_POOL"]

#: the members of the "auto" pool, in the order they are reported
POOL = ("damped_log", "damped_values", "holt_log", "holt_values", "theta_log", "theta_values", "ses_log",
        "drift_log")
#: the smoothing pool needs this many consecutive annual points
POOL_FROM = 8
#: the pool for a short or gappy history: the curve families, through every point or by least squares
CURVE_POOL = ("exponential", "logistic", "gompertz")


def _smooth(z: np.ndarray, h: int, trend, damped: bool) -> np.ndarray:
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    model = ExponentialSmoothing(z, trend=trend, damped_trend=damped, initialization_method="estimated")
    return np.asarray(model.fit().forecast(h), dtype=float)


def _theta(z: np.ndarray, h: int) -> np.ndarray:
    from statsmodels.tsa.forecasting.theta import ThetaModel

    return np.asarray(ThetaModel(z, period=1, deseasonalize=False).fit().forecast(h), dtype=float)


def _member(name: str, y: np.ndarray, h: int) -> np.ndarray:
    """One pool member's forecast of log values ``h`` steps ahead."""
    space, floor = name.rsplit("_", 1)[1], math.log(y.min()) - math.log(1e6)
    z = np.log(y) if space == "log" else y
    kind = name.rsplit("_", 1)[0]
    if kind == "damped":
        out = _smooth(z, h, "add", True)
    elif kind == "holt":
        out = _smooth(z, h, "add", False)
    elif kind == "ses":
        out = _smooth(z, h, None, False)
    elif kind == "theta":
        out = _theta(z, h)
    else:  # drift: the mean step of the history, continued
        out = z[-1] + (z[-1] - z[0]) / (len(z) - 1) * np.arange(1, h + 1)
    if space == "values":
        out = np.log(np.maximum(out, math.exp(floor)))  # a level forecast below zero is read as a collapse
    return out


def _pool_forecast(t, y, horizon: np.ndarray, pool) -> dict:
    h = int(horizon.max() - t[-1])
    steps = (horizon - t[-1]).astype(int) - 1
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in pool:
            if name in FAMILIES:
                try:
                    out[name] = np.log(fit(t, y, name).predict(horizon))
                except ValueError:
                    continue
            else:
                out[name] = _member(name, y, h)[steps]
    return {k: v for k, v in out.items() if np.isfinite(v).all()}


def _choose_pool(t, y, method: str):
    consecutive = len(t) >= POOL_FROM and np.allclose(np.diff(t), 1)
    if method == "auto":
        return POOL if consecutive else CURVE_POOL
    if method in POOL and not consecutive:
        raise ValueError(f"method {method!r} needs at least {POOL_FROM} consecutive annual points; "
                         f"got {len(t)} points{'' if np.allclose(np.diff(t), 1) else ' with gaps'}")
    return (method,)


def forecast(years, values, until, *, method: str = "auto", level: float = 0.8) -> pd.DataFrame:
    """The library's best forecast of a yearly series, with intervals.

    Parameters
    ----------
    years, values : array_like
        Strictly increasing years and positive values.
    until : int
        Last year forecast; after the last year of the data.
    method : str, default "auto"
        ``"auto"``: the median, year by year, of the pool in :data:`POOL`
        (eight or more consecutive annual points), else of the curve
        families in :data:`CURVE_POOL` that the points identify. Or one pool
        member (``"damped_log"`` ...) or one family (``"gompertz"`` ...).
    level : float, default 0.8
        Coverage of the interval.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``value``, ``low``, ``high``, ``method``, one row per year
        after the data through ``until``. ``attrs`` hold the members'
        forecasts and how the interval was made.

    Raises
    ------
    ValueError
        ``until`` at or before the data's last year, an unknown method,
        too few points for the method.

    Examples
    --------
    >>> import numpy as np, aimarket as am
    >>> years = np.arange(2010, 2024)
    >>> f = am.forecast(years, 100 * 1.1 ** (years - 2010), until=2026)
    >>> f[["year", "method"]].values.tolist()
    [[2024, 'auto'], [2025, 'auto'], [2026, 'auto']]
    >>> bool((f["low"] <= f["value"]).all() and (f["value"] <= f["high"]).all())
    True
    """
    t, y = prepare(years, values)
    check_str(method, "method")
    if method not in ("auto",) + POOL and method not in FAMILIES:
        raise ValueError(f"method must be 'auto', a pool member ({', '.join(POOL)}) or a family "
                         f"({', '.join(FAMILIES)}), got {method!r}")
    check_level(level)
    if isinstance(until, bool) or not isinstance(until, (int, np.integer, float)) or not math.isfinite(until) \
            or until != int(until):
        raise TypeError(f"until must be a whole year, got {until!r}")
    until = int(until)
    if until <= t[-1]:
        raise ValueError(f"until: {until} is not after the data's last year {int(t[-1])}")
    if until - t[-1] > 200:
        raise ValueError(f"until: {until} is more than 200 years past the data")
    if len(t) < 2:
        raise ValueError(f"values: a forecast needs at least two points, got {len(t)}")
    pool = _choose_pool(t, y, method)
    horizon = np.arange(int(t[-1]) + 1, until + 1, dtype=float)
    members = _pool_forecast(t, y, horizon, pool)
    if not members:
        raise ValueError(f"method {method!r}: no member of the pool could be fitted to these {len(t)} points")
    central = np.median(np.vstack(list(members.values())), axis=0)
    sigma, how = _error_scale(t, y, pool)
    if sigma is None:  # too short to backtest: the spread of the members
        stack = np.vstack(list(members.values()))
        lo, hi = stack.min(axis=0), stack.max(axis=0)
        how = "the range of the members' forecasts (too few points to backtest)"
    else:
        from scipy import stats

        z = stats.norm.ppf(0.5 + level / 2)
        half = z * sigma * np.sqrt(horizon - t[-1])
        lo, hi = central - half, central + half
    out = pd.DataFrame({"year": horizon.astype(int), "value": np.exp(central), "low": np.exp(np.minimum(lo, central)),
                        "high": np.exp(np.maximum(hi, central)), "method": method})
    out.attrs = {"members": {k: np.exp(v) for k, v in members.items()}, "level": level, "interval": how,
                 "pool": list(members)}
    return out


def _error_scale(t, y, pool, origins: int = 5):
    """One-step log error scale of the pool's median, from rolling origins over the last points (None if the
    history is too short to backtest)."""
    first = max(len(t) - origins, POOL_FROM if any(m in POOL for m in pool) else 3)
    if len(t) - first < 2:
        return None, ""
    scaled = []
    for o in range(first, len(t)):
        members = _pool_forecast(t[:o], y[:o], t[o:], pool)
        if not members:
            continue
        central = np.median(np.vstack(list(members.values())), axis=0)
        scaled.append((np.log(y[o:]) - central) / np.sqrt(t[o:] - t[o - 1]))
    if not scaled:
        return None, ""
    e = np.concatenate(scaled)
    return float(np.sqrt(np.mean(e ** 2))), (f"normal on log values with the root-mean-square error of "
                                             f"{len(scaled)} rolling-origin backtests, growing with the square "
                                             "root of the horizon")
