"""The library's forecast: a mean of three trend extrapolations, with intervals from its own backtest errors.

The M4 competition's lesson (Makridakis, Spiliotis and Assimakopoulos, 2020) is that combinations of
exponential-smoothing forecasts beat choosing one model. ``method="auto"`` takes the mean, on log values,
of damped-trend exponential smoothing of log values (a damped growth rate; statsmodels' maximum-likelihood
fit), Holt's linear trend of log values (growth that goes on) and damped-trend smoothing of the values
themselves (a damped increment). The pool and the rule were chosen on one panel of real yearly series and
checked on another (``benchmarks/bench_forecast.py``). Where the history is short or has gaps, the pool is
the growth-curve families the points identify, and the rule their median.

Intervals come from the method's own rolling-origin errors on log values (one routine,
:func:`aimarket.curves._rank.rolling_origin`): their spread grows with the horizon as a power fitted to the
errors, and the quantile is a conformal one, widened where there are few errors to take it from.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

from .._validate import check_level, check_str
from ._family import FAMILIES
from ._fit import prepare
from ._pool import MEMBERS, member_paths
from ._rank import family_paths, rolling_origin

__all__ = ["forecast", "POOL", "AUTO", "CURVE_POOL"]

#: every member a forecast can use alone, in the order they are reported
POOL = tuple(MEMBERS)
#: the members ``method="auto"`` averages
AUTO = ("damped_log", "holt_log", "damped_values")
#: the smoothing pool needs this many consecutive annual points
POOL_FROM = 8
#: the pool for a short or gappy history: the curve families, through every point or by least squares
CURVE_POOL = ("exponential", "logistic", "gompertz")
#: the first origin of a smoothing backtest: the grid fits two initial states and up to three weights
FIRST_ORIGIN = 5
#: a level-space forecast at or below zero is read as a collapse to this fraction of the smallest value
COLLAPSE = 1e-6


def _paths(y: np.ndarray, names, origins: np.ndarray, steps: int) -> dict:
    """Log forecasts of each smoothing member from each origin (origins x steps)."""
    spaces = {MEMBERS[m][1] for m in names}
    kinds = sorted({MEMBERS[m][0] for m in names})
    runs = {s: member_paths(np.log(y) if s == "log" else y, origins, steps, kinds) for s in spaces}
    floor = y.min() * COLLAPSE
    out = {}
    for m in names:
        kind, space = MEMBERS[m]
        path = runs[space][kind]
        out[m] = path if space == "log" else np.log(np.maximum(path, floor))
    return out


def _mle_damped(y: np.ndarray, steps: int) -> np.ndarray | None:
    """statsmodels' maximum-likelihood damped-trend smoothing of log values, ``steps`` ahead (None if it fails)."""
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            res = ExponentialSmoothing(np.log(y), trend="add", damped_trend=True,
                                       initialization_method="estimated").fit()
        except (ValueError, np.linalg.LinAlgError):
            return None
    out = np.asarray(res.forecast(steps), dtype=float)
    return out if np.isfinite(out).all() else None


def _choose_pool(t, y, method: str):
    consecutive = len(t) >= POOL_FROM and np.allclose(np.diff(t), 1)
    if method == "auto":
        return AUTO if consecutive else CURVE_POOL
    if method in POOL and not consecutive:
        raise ValueError(f"method {method!r} needs at least {POOL_FROM} consecutive annual points; "
                         f"got {len(t)} points{'' if len(t) < 2 or np.allclose(np.diff(t), 1) else ' with gaps'}")
    return (method,)


def _check_until(until, last: float) -> int:
    if isinstance(until, (bool, np.bool_)) or not isinstance(until, (int, np.integer, float, np.floating)) \
            or not math.isfinite(until) or until != int(until):
        raise TypeError(f"until must be a whole year, got {until!r}")
    until = int(until)
    if until <= last:
        raise ValueError(f"until: {until} is not after the data's last year {int(last)}")
    if until - last > 200:
        raise ValueError(f"until: {until} is more than 200 years past the data")
    return until


def forecast(years, values, until, *, method: str = "auto", level: float = 0.8) -> pd.DataFrame:
    """The library's best forecast of a yearly series, with intervals.

    Parameters
    ----------
    years, values : array_like
        Strictly increasing years and positive values (at least two).
    until : int
        Last year forecast; after the last year of the data.
    method : str, default "auto"
        ``"auto"``: with eight or more consecutive annual points, the mean on
        log values of the members in :data:`AUTO`; else the median of the
        curve families in :data:`CURVE_POOL` that the points identify. Or one
        member of :data:`POOL` (``"damped_log"``, ``"theta_values"`` ...) or
        one family (``"gompertz"`` ...).
    level : float, default 0.8
        Coverage of the interval, strictly between 0 and 1.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``value``, ``low``, ``high``, ``method``, one row per year
        after the data through ``until``. ``attrs``: ``method``, ``members``
        (each member's forecast), ``pool``, ``level``, ``backtest_mape`` (the
        method's mean absolute percentage error from rolling origins over the
        history, in percent), ``coverage`` (the share of those backtest points
        inside the interval's width at their horizon), ``interval`` (how it
        was made). Where the history cannot support an interval, ``low`` and
        ``high`` are NaN and ``interval`` says why: never a zero-width one.

    Raises
    ------
    ValueError
        ``until`` at or before the data's last year, a level outside (0, 1),
        fewer than two points, an unknown method, too few points for it.

    Examples
    --------
    >>> import numpy as np, aimarket as am
    >>> years = np.arange(2010, 2024)
    >>> values = 100 * 1.1 ** (years - 2010) * np.exp(0.02 * np.sin(years))
    >>> f = am.forecast(years, values, until=2026)
    >>> f[["year", "method"]].values.tolist()
    [[2024, 'auto'], [2025, 'auto'], [2026, 'auto']]
    >>> bool((f["low"] < f["value"]).all() and (f["value"] < f["high"]).all())
    True
    >>> f.attrs["pool"]
    ['damped_log', 'holt_log', 'damped_values']
    """
    t, y = prepare(years, values)
    check_str(method, "method")
    if method not in ("auto",) + POOL and method not in FAMILIES:
        raise ValueError(f"method must be 'auto', a pool member ({', '.join(POOL)}) or a family "
                         f"({', '.join(FAMILIES)}), got {method!r}")
    level = check_level(level)
    until = _check_until(until, t[-1])
    if len(t) < 2:
        raise ValueError(f"values: a forecast needs at least two points, got {len(t)}")
    pool = _choose_pool(t, y, method)
    horizon = np.arange(int(t[-1]) + 1, until + 1, dtype=float)
    smoothing = pool[0] in MEMBERS
    n, steps = len(t), len(horizon)

    # one rolling-origin routine: forecasts from every origin, the last one (all the data) being the forecast
    if smoothing:
        forecaster, first = (lambda origins, k: _paths(y, pool, origins, k)), FIRST_ORIGIN
    else:
        forecaster, first = family_paths(t, y, pool, targets=np.concatenate([t, horizon])), 3
    runs = rolling_origin(t, y, forecaster, origins=np.arange(min(first, n), n + 1), steps=steps,
                          targets=np.concatenate([t, horizon]), combine=_combine if smoothing else None)
    members = {m: runs.paths[m][-1, :steps] for m in runs.paths}
    if smoothing and "damped_log" in members:
        mle = _mle_damped(y, steps)
        if mle is not None:
            members["damped_log"] = mle
    members = {m: v for m, v in members.items() if np.isfinite(v).all()}
    if not members:
        raise ValueError(f"method {method!r}: no member of the pool could be fitted to these {n} points")
    stack = np.vstack(list(members.values()))
    central = _combine(stack) if smoothing else np.median(stack, axis=0)
    lo, hi, how, coverage = _interval(runs, central, horizon - t[-1], level, stack)
    out = pd.DataFrame({"year": horizon.astype(int), "value": np.exp(central), "low": np.exp(lo),
                        "high": np.exp(hi), "method": method})
    out.attrs = {"method": method, "members": {k: np.exp(v) for k, v in members.items()}, "pool": list(members),
                 "level": level, "backtest_mape": runs.mape(steps), "coverage": coverage, "interval": how}
    return out


def _combine(stack):
    """The rule for the smoothing pool: the mean of the members' log forecasts."""
    return np.mean(stack, axis=0)


#: the interval learns from origins with at least this share of the history (a forecast from far fewer
#: points than the final one errs more than the final one will)
RECENT = 0.6
#: fewest backtest errors at the first step for an interval from the errors
MIN_ERRORS = 3


def _interval(runs, central, ahead, level, stack):
    """Bounds on log values, how they were made, and the share of backtest points inside them."""
    ok = np.isfinite(runs.errors) & (runs.origins >= RECENT * runs.origins[-1])[:, None]
    e, h = runs.errors[ok], runs.ahead[ok]
    origins = int(ok.any(axis=1).sum())
    if origins < MIN_ERRORS or not np.any(np.abs(e) > 0):
        spread = stack.max(axis=0) - stack.min(axis=0)
        if len(stack) > 1 and np.all(spread > 0):
            return stack.min(axis=0), stack.max(axis=0), ("the range of the members' forecasts (too few points "
                                                          "to backtest)"), None
        nan = np.full(len(central), np.nan)
        return nan, nan, ("no interval: the history gives too few rolling-origin errors to measure its "
                          "uncertainty"), None
    # the spread grows as ahead ** g: g from the root-mean-square error at each horizon with enough errors
    years, inverse, counts = np.unique(h, return_inverse=True, return_counts=True)
    rms = np.sqrt(np.bincount(inverse, weights=e ** 2) / counts)
    use = (counts >= MIN_ERRORS) & (rms > 0)
    g = 1.0
    if use.sum() >= 2:
        g = float(np.clip(np.polyfit(np.log(years[use]), np.log(rms[use]), 1, w=np.sqrt(counts[use]))[0], 0.5, 1.5))
    u = np.abs(e) / h ** g
    # a conformal quantile, widened for a short history: errors from nearby origins are correlated, so the
    # sample counts as the number of origins
    q = float(np.quantile(u, min(level * (1 + 1 / origins), 1.0), method="higher"))
    widened = origins < 10
    if widened:
        from scipy import stats

        q *= stats.t.ppf(0.5 + level / 2, origins) / stats.norm.ppf(0.5 + level / 2)
    half = q * ahead ** g
    how = (f"rolling-origin errors of the method on log values ({origins} origins, {len(u)} errors), growing as "
           f"the horizon to the power {g:.2f}; a conformal quantile{', widened for a short history' if widened else ''}")
    return central - half, central + half, how, float(np.mean(u <= q))
