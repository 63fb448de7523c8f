"""The library's forecast: a mean of four trend extrapolations, with intervals from its own backtest errors.

The M4 competition's lesson (Makridakis, Spiliotis and Assimakopoulos, 2020) is that combinations of simple
extrapolations beat choosing one model. ``method="auto"`` takes the mean, on log values, of damped-trend
exponential smoothing of log values (a damped growth rate), Holt's linear trend of log values (growth that
goes on), an autoregression of the values' yearly increments with a drift (ARIMA(1,1,0) with a constant on the
values: increments that persist for a while, then settle at their mean) and damped-trend smoothing of the
values (damped increments); the two damped members are statsmodels' maximum-likelihood fits. A member of the
values whose line runs towards zero has less say the nearer it comes, its weight falling from one at :data:`FADE`
of the last value to none at zero (a positive quantity does not fall below nothing): the others make the forecast
there, and the path does not jump where the line crosses zero. Two members see growth rates and two increments, so
the mean sits between compounding and linear growth, and two of them damp what the other two carry on. Where the
growth rate itself moves smoothly (its year-to-year changes vary by less than :data:`SMOOTH_GROWTH` of the
growth's typical size, as a population's does, over at least :data:`SMOOTH_FROM` years), the damped growth rate is
the right model and the other members only add their bias: the forecast is the damped member of log values alone.
The pool and the gate were chosen on real yearly series and checked on panels built before each choice and scored
once after it (``benchmarks/bench_forecast.py`` says which choice was made on which); members chosen per series by
their own rolling-origin skill, medians, trimmed means and other pools (complex smoothing, optimised Theta,
statsforecast's automatic models) did no better there. Where the history is short or has gaps, the pool is the
growth-curve families the points identify, and the rule their median.

Intervals come from the method's own rolling-origin errors on log values (one routine,
:func:`aimarket.curves._rank.rolling_origin`, the rule and its gate applied at every origin with the points
before it, each damped member there the best of a grid of smoothing weights): their spread grows with the
horizon as a power fitted to the errors, and the quantile is a conformal one, widened where there are few
errors to take it from.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .._validate import check_level, check_str
from ..paths import MAX_HORIZON
from ._family import FAMILIES
from ._fit import prepare
from ._pool import MEMBERS, batch_size, member_paths
from .damped import fit_damped
from ._rank import Origins, family_paths, rolling_origin

__all__ = ["forecast", "POOL", "AUTO", "CURVE_POOL", "SMOOTH_GROWTH", "SMOOTH_FROM"]

#: every member a forecast can use alone, in the order they are reported
POOL = tuple(MEMBERS)
#: the members ``method="auto"`` averages
AUTO = ("damped_log", "holt_log", "arima_values", "damped_values")
#: the smoothing pool needs this many consecutive annual points
POOL_FROM = 8
#: the pool for a short or gappy history: the curve families, through every point or by least squares
CURVE_POOL = ("exponential", "logistic", "gompertz")
#: the first origin of a smoothing backtest: the grid fits two initial states and up to three weights
FIRST_ORIGIN = 5
#: a level-space forecast at or below zero is read as a collapse to this fraction of the smallest value; in the
#: mean of ``method="auto"`` a member so collapsed has no say (a line through zero is no forecast of a positive
#: quantity), the other members make the forecast of those years
COLLAPSE = 1e-6
#: a member of the values has its full weight in the mean down to this share of the last value, and less, in
#: proportion, below it: none at zero
FADE = 0.25
#: a backtest error on log values below this is none: the history fitted exactly, but for the last bits
EXACT = 1e-9
#: the growth rate moves smoothly where the standard deviation of the second differences of log values is
#: below this share of the mean absolute first difference; then ``method="auto"`` is ``damped_log`` alone
SMOOTH_GROWTH = 0.25
#: the gate judges smoothness from this many points at least (ten second differences of log values); over fewer, a
#: steady stretch is no evidence that the growth rate moves smoothly, and the mean of the members is the forecast
SMOOTH_FROM = 12


def _paths(y: np.ndarray, names, origins: np.ndarray, steps: int) -> dict:
    """Log forecasts of each smoothing member from each origin ([series x] origins x steps). Values are
    smoothed as shares of their largest, so that squares of errors stay finite whatever the unit."""
    kinds = {}
    for m in names:  # each space runs only its own members' kinds: the smoothing grid is the costly part
        kinds.setdefault(MEMBERS[m][1], set()).add(MEMBERS[m][0])
    top = y.max(axis=-1, keepdims=True)
    runs = {s: member_paths(np.log(y) if s == "log" else y / top, origins, steps, sorted(k)) for s, k in kinds.items()}
    out = {}
    for m in names:
        kind, space = MEMBERS[m]
        path = runs[space][kind]
        if space == "values":
            path = _logs_of_shares(path, (y / top).min(axis=-1)[..., None, None], top[..., None])
        out[m] = path
    return out


def smoothing_runs(t, y, pool, horizon) -> "Origins":
    """The smoothing pool's forecasts from every origin of one series or of several on the same consecutive
    years (series x points), the last origin (all the data) giving the forecast for ``horizon``."""
    steps = len(horizon)
    origins = np.arange(min(FIRST_ORIGIN, len(t)), len(t) + 1)
    smooth = smooth_growth(y, origins)
    floor = collapsed(y)[..., None, None]
    last = np.log(y[..., origins - 1])[..., None]
    return rolling_origin(t, y, lambda origins, k: _paths(y, pool, origins, k), origins=origins, steps=steps,
                          targets=np.concatenate([t, horizon]),
                          combine=lambda stack: _combine(stack, pool, smooth, floor, last))


def collapsed(y) -> np.ndarray:
    """The log value a member's forecast of the values takes where it falls to zero or below ([series]): the
    :data:`COLLAPSE` share of the smallest value."""
    return np.log(np.min(y, axis=-1) * COLLAPSE)


def smooth_growth(y, origins) -> np.ndarray:
    """Whether the growth rate of the points before each origin moves smoothly ([series x] origins): the
    standard deviation of the second differences of log values below :data:`SMOOTH_GROWTH` times the mean
    absolute first difference (a share, so the same for any unit). Fewer than :data:`SMOOTH_FROM` points, or no
    growth at all, are never smooth.

    Examples
    --------
    >>> import numpy as np
    >>> years = np.arange(40.0)
    >>> people = np.exp(np.cumsum(0.03 - 0.0005 * years))   # growth slowing down steadily
    >>> smooth_growth(people, np.array([10, 12, 40])).tolist()   # ten points are too few to tell
    [False, True, True]
    >>> smooth_growth(people * np.exp(0.02 * np.sin(years)), np.array([40])).tolist()
    [False]
    """
    z = np.log(np.asarray(y, dtype=float))
    g = np.diff(z, axis=-1)
    d = np.diff(g, axis=-1)
    zero = np.zeros(z.shape[:-1] + (1,))
    growth, s1, s2 = (np.concatenate([zero, np.cumsum(v, axis=-1)], axis=-1) for v in (np.abs(g), d, d * d))
    origins = np.asarray(origins, dtype=int)
    m = np.maximum(origins - 2, 0)  # second differences among the first o points
    k = np.maximum(origins - 1, 0)  # first differences
    count = np.maximum(m, 1)
    mean = s1[..., m] / count
    spread = np.sqrt(np.maximum(s2[..., m] / count - mean ** 2, 0.0))
    return (origins >= SMOOTH_FROM) & (spread < SMOOTH_GROWTH * growth[..., k] / np.maximum(k, 1))


def _mle_damped(y: np.ndarray, steps: int, space: str) -> np.ndarray | None:
    """statsmodels' maximum-likelihood damped-trend smoothing of log values or of the values, ``steps`` ahead on
    log values (None if it fails; a forecast of values at or below zero is read as a collapse). Both are fitted to
    the values as shares of their largest, rounded to 12 digits, so that a series in another unit is fitted to the
    very same numbers and its forecast is the same scaled (the optimiser's path turns on the last bit); log shares
    are lifted by one, so that a constant history is no run of zeros, on which statsmodels' forecast divides by
    zero."""
    top = y.max()
    share = np.round(y / top, 12)
    share = np.where(share > 0, share, y / top)  # a share below 12 digits (values spanning 1e12) kept as it is
    try:
        fit = fit_damped(np.log(share) + 1.0 if space == "log" else share)
        out = np.asarray(fit.forecast(steps), dtype=float)
    except (ValueError, np.linalg.LinAlgError):
        return None
    out = out - 1.0 + np.log(top) if space == "log" else _logs_of_shares(out, share.min(), top)
    return out if np.isfinite(out).all() else None


def _logs_of_shares(path, lowest, top):
    """Forecasts of values as shares of their largest (``top``) back to log values in the unit; one at or below zero
    is read as a collapse to :data:`COLLAPSE` of the ``lowest`` share."""
    return np.log(np.maximum(path, lowest * COLLAPSE)) + np.log(top)


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
    if until - last > MAX_HORIZON:
        raise ValueError(f"until: {until} is more than {MAX_HORIZON} years past the data")
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
        log values of the four members in :data:`AUTO`, or ``damped_log`` alone
        where the growth rate moves smoothly (:func:`smooth_growth`); else
        the median of the curve families in :data:`CURVE_POOL` that the
        points identify. Or one member of :data:`POOL` (``"damped_log"``,
        ``"theta_values"`` ...) or one family (``"gompertz"`` ...).
    level : float, default 0.8
        Coverage of the interval, strictly between 0 and 1.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``value``, ``low``, ``high``, ``method``, one row per year
        after the data through ``until``. ``attrs``: ``method``, ``members``
        (each member's forecast), ``pool``, ``combination`` (the rule, in
        words), ``level``, ``backtest_mape`` (the method's mean absolute
        percentage error from rolling origins over the history, up to the
        horizon asked, in percent), ``coverage`` (the share of the backtest
        errors the interval learns from that lie inside its width at their
        horizon), ``interval`` (how it was made). Where the history cannot support an interval, ``low`` and
        ``high`` are NaN and ``interval`` says why: never a zero-width one.

    Raises
    ------
    ValueError
        ``until`` at or before the data's last year, a level outside (0, 1),
        fewer than two points, years that are not whole (quarters), an unknown
        method, too few points for it.

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
    ['damped_log', 'holt_log', 'arima_values', 'damped_values']
    """
    t, y = prepare(years, values)
    part = np.flatnonzero(t != np.round(t))
    if part.size:  # quarters or months: a step of the data is no year of the forecast
        raise ValueError(f"years: a forecast takes whole years (a yearly series), got {t[part[0]]:g} at position "
                         f"{int(part[0])}; sum or average each year's parts first")
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
        runs = smoothing_runs(t, y, pool, horizon)
    else:  # each origin refits the curves: only the recent origins the interval learns from
        first = min(max(3, math.ceil(RECENT * n)), n)
        runs = rolling_origin(t, y, family_paths(t, y, pool, targets=np.concatenate([t, horizon])),
                              origins=np.arange(first, n + 1), steps=steps, targets=np.concatenate([t, horizon]))
    members = {m: runs.paths[m][-1] for m in runs.paths}
    for name in ("damped_log", "damped_values") if smoothing else ():  # the grid's stand-ins in the backtest
        mle = _mle_damped(y, steps, MEMBERS[name][1]) if name in members else None
        if mle is not None:
            members[name] = mle
    members = {m: v for m, v in members.items() if np.isfinite(v).all()}
    if not members:
        raise ValueError(f"method {method!r}: no member of the pool could be fitted to these {n} points")
    stack = np.vstack(list(members.values()))
    smooth = smoothing and len(members) > 1 and "damped_log" in members and bool(smooth_growth(y, [n])[0])
    floor = collapsed(y)
    central = _combine(stack, list(members), smooth, floor, np.log(y[-1])) if smoothing else np.median(stack, axis=0)
    band = bands(runs, central[None], horizon - t[-1], level, stack[:, None])
    lo, hi = band["low"][0], band["high"][0]
    out = pd.DataFrame({"year": horizon.astype(int), "value": np.exp(central), "low": np.exp(lo),
                        "high": np.exp(hi), "method": method})
    if smooth:
        rule = "damped_log alone: the history's growth rate moves smoothly"
    elif smoothing and len(members) > 1:
        rule = "the mean of the members' log forecasts"
        gone = [m for m, v in members.items() if _of_values(m) and (v < np.log(FADE * y[-1])).any()]
        if gone:
            falls = "it falls" if len(gone) == 1 else "they fall"
            rule += (f", weighing {' and '.join(gone)} down in the years {falls} below {FADE:g} of the last value"
                     " (none at zero)")
    else:
        rule = "the median of the members' forecasts" if len(members) > 1 else "one member"
    out.attrs = {"method": method, "members": {k: np.exp(v) for k, v in members.items()}, "pool": list(members),
                 "combination": rule, "level": level, "backtest_mape": runs.mape(steps),
                 "coverage": _number(band["coverage"][0]), "interval": _how(band, 0)}
    return out


def _of_values(name: str) -> bool:
    """Whether a pool member forecasts the values (not their logs): such a member's line may run to zero."""
    return MEMBERS.get(name, ("", "log"))[1] == "values"


def _above(paths, floor):
    """Where log forecasts lie above the ``floor`` a collapsed member takes (:func:`collapsed`)."""
    return paths > np.asarray(floor) + 1e-9


def _combine(stack, names, smooth=False, floor=-np.inf, last=np.inf):
    """The rule for the smoothing pool (``stack``: members in the order of ``names`` x ...): the mean of the
    members' log forecasts, a member of the values weighed down below :data:`FADE` of the ``last`` log value (in
    proportion to its value, to none at zero) and left out at or below ``floor`` (collapsed: :func:`collapsed`;
    both broadcast against ``stack[0]``) while any other is left; or ``damped_log`` alone where ``smooth`` (the
    shape of ``stack[0]`` without its last axis) says the history's growth moves smoothly."""
    live = _above(stack, floor)
    of_values = np.array([_of_values(m) for m in names]).reshape((-1,) + (1,) * (stack.ndim - 1))
    weight = np.where(of_values, np.clip(np.exp(np.minimum(stack - last, 0.0)) / FADE, 0.0, 1.0), 1.0) * live
    total = weight.sum(axis=0)
    mean = np.where(total > 0, (weight * np.where(live, stack, 0.0)).sum(axis=0) / np.where(total > 0, total, 1.0),
                    np.mean(stack, axis=0))
    if "damped_log" not in names or len(names) == 1:
        return mean
    return np.where(np.asarray(smooth)[..., None], stack[list(names).index("damped_log")], mean)


#: the interval learns from origins with at least this share of the history (a forecast from far fewer
#: points than the final one errs more than the final one will)
RECENT = 0.6
#: fewest rolling origins for an interval from their errors
MIN_ORIGINS = 3
#: below this many origins the quantile is widened by the ratio of Student's t to the normal
FEW_ORIGINS = 10


def bands(runs: Origins, central, ahead, level: float, stack) -> dict:
    """Intervals on log values for each series (series x steps) from its recent rolling-origin errors.

    The spread grows as ``ahead ** g``, ``g`` the least-squares slope of log absolute error on log horizon
    (held within [0.5, 1.5]); the quantile of the errors so scaled is a conformal one, widened for few
    origins (errors of nearby origins are correlated, so the sample counts as the number of origins). Where
    there are too few origins, the range of the members' forecasts, else no interval (NaN); none either where
    every backtest error is nil (an exact fit measures no uncertainty). Returns arrays per series: ``low``,
    ``high``, ``coverage`` (share of the backtest errors inside), ``g``, ``origins``, ``errors`` and ``kind``
    (``"errors"``, ``"range"``, ``"exact"`` or ``"none"``).
    """
    e = runs.errors if runs.errors.ndim == 3 else runs.errors[None]
    recent = runs.origins >= RECENT * runs.origins[-1]
    ok = np.isfinite(e) & recent[None, :, None]
    size = e.shape[0]
    h = np.broadcast_to(np.where(np.isfinite(runs.ahead), runs.ahead, 1.0), e.shape)
    absolute = np.where(ok, np.abs(np.where(ok, e, 0.0)), 0.0)
    origins, count = ok.any(axis=2).sum(axis=1), ok.sum(axis=(1, 2))
    # growth with the horizon: slope of log |error| on log horizon, per series, from sums
    pos = ok & (absolute > 0)
    x = np.where(pos, np.log(h), 0.0)
    v = np.where(pos, np.log(np.where(pos, absolute, 1.0)), 0.0)
    c, sx, sv, sxx, sxv = pos.sum((1, 2)), x.sum((1, 2)), v.sum((1, 2)), (x * x).sum((1, 2)), (x * v).sum((1, 2))
    den = c * sxx - sx ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        g = np.where((c >= MIN_ORIGINS) & (den > 1e-9 * np.maximum(c * sxx, 1e-300)), (c * sxv - sx * sv) / den, 1.0)
    g = np.clip(g, 0.5, 1.5)
    u = np.where(ok, absolute / h ** g[:, None, None], np.inf).reshape(size, -1)
    u.sort(axis=1)
    rank = np.minimum(level * (1 + 1 / np.maximum(origins, 1)), 1.0)
    at = np.clip(np.ceil(rank * (count - 1)).astype(int), 0, u.shape[1] - 1)
    q = u[np.arange(size), at]
    # an error below EXACT is none (the history fitted to the last bits); a low level whose quantile falls on
    # one takes the smallest error there is, so that a band never narrows as its level rises
    smallest = np.where(np.isfinite(u) & (u > EXACT), u, np.inf).min(axis=1)
    q = np.where(q <= EXACT, np.where(np.isfinite(smallest), smallest, 0.0), q)
    exact = (origins >= MIN_ORIGINS) & ~np.isfinite(smallest) & (count > 0)
    few = origins < FEW_ORIGINS
    if few.any():
        from scipy import stats

        df, z = np.maximum(origins, 1), stats.norm.ppf(0.5 + level / 2)
        # the t quantile over the normal's; near a level of nil, where both vanish, their densities' ratio at nought
        widen = stats.t.ppf(0.5 + level / 2, df) / z if z > 1e-6 else stats.norm.pdf(0) / stats.t.pdf(0, df)
        q = np.where(few, q * widen, q)
    usable = (origins >= MIN_ORIGINS) & np.isfinite(q) & (q > 0)
    with np.errstate(invalid="ignore"):
        coverage = np.where(usable, (u <= q[:, None]).sum(axis=1) / np.maximum(count, 1), np.nan)
    half = np.where(usable, q, np.nan)[:, None] * np.asarray(ahead, dtype=float)[None, :] ** g[:, None]
    low, high = central - half, central + half
    kind = np.where(usable, "errors", np.where(exact, "exact", "none")).astype(object)
    spread = stack.max(axis=0) - stack.min(axis=0)
    ranged = ~usable & ~exact & (len(stack) > 1) & (spread > 0).all(axis=1)
    low = np.where(ranged[:, None], stack.min(axis=0), low)
    high = np.where(ranged[:, None], stack.max(axis=0), high)
    kind[ranged] = "range"
    return {"low": low, "high": high, "coverage": coverage, "g": g, "origins": origins, "errors": count,
            "kind": kind}


def _how(band: dict, i: int) -> str:
    """How series ``i``'s interval was made, in words."""
    if band["kind"][i] == "range":
        return "the range of the members' forecasts (too few points to backtest)"
    if band["kind"][i] == "exact":
        return ("no interval: the method's backtest errors on the history are all nil (it fits the history "
                "exactly), which measures no uncertainty")
    if band["kind"][i] == "none":
        return ("no interval: the history gives too few rolling-origin errors to measure its uncertainty, and "
                "the members agree")
    origins = int(band["origins"][i])
    return (f"rolling-origin errors of the method on log values ({origins} origins, {int(band['errors'][i])} "
            f"errors), growing as the horizon to the power {band['g'][i]:.2f}; a conformal quantile"
            f"{', widened for a short history' if origins < FEW_ORIGINS else ''}")


def _number(x) -> float | None:
    return None if x is None or not np.isfinite(x) else float(x)


def forecast_batch(t, y, until: int, *, method: str = "auto", level: float = 0.8) -> dict:
    """The smoothing forecast of many series on the same consecutive annual years at once (series x points),
    as :func:`forecast` makes it, except that the damped members are the grid's fits at the last origin too
    (no per-series optimiser). Returns arrays: ``year``; ``value``, ``low``, ``high`` (series x years);
    ``backtest_mape``, ``coverage`` and ``interval`` (how the interval was made, or why there is none, as
    :func:`forecast`'s ``attrs["interval"]``) per series.

    Examples
    --------
    >>> import numpy as np
    >>> years = np.arange(2010.0, 2022.0)
    >>> y = np.vstack([100 * 1.1 ** (years - 2010), 50 * 1.05 ** (years - 2010)])
    >>> out = forecast_batch(years, y, 2023)
    >>> out["year"].tolist(), out["value"].shape
    ([2022, 2023], (2, 2))
    >>> bool(np.all((out["low"] < out["value"]) & (out["value"] < out["high"])))
    True
    """
    t = np.asarray(t, dtype=float)
    y = np.atleast_2d(np.asarray(y, dtype=float))
    pool = _choose_pool(t, y[0], method)
    if pool[0] not in MEMBERS:
        raise ValueError(f"method {method!r}: a batch forecast takes 'auto' or a smoothing member ({', '.join(POOL)})")
    horizon = np.arange(int(t[-1]) + 1, _check_until(until, t[-1]) + 1, dtype=float)
    level = check_level(level)
    parts = []
    size = batch_size(len(t))
    for lo in range(0, len(y), size):  # in batches, for bounded memory
        part = y[lo:lo + size]
        runs = smoothing_runs(t, part, pool, horizon)
        stack = np.stack([runs.paths[m][:, -1] for m in pool])  # members x series x steps
        central = _combine(stack, pool, smooth_growth(part, [len(t)])[:, 0], collapsed(part)[:, None],
                           np.log(part[:, -1])[:, None])
        band = bands(runs, central, horizon - t[-1], level, stack)
        parts.append((np.exp(central), np.exp(band["low"]), np.exp(band["high"]), runs.mape(len(horizon)),
                      band["coverage"], np.array([_how(band, i) for i in range(len(part))], dtype=object)))
    value, low, high, mape, coverage, interval = (np.concatenate(x) for x in zip(*parts))
    return {"year": horizon.astype(int), "value": value, "low": low, "high": high, "backtest_mape": mape,
            "coverage": coverage, "interval": interval}
