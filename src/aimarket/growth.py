"""Compound-growth arithmetic, exact and vectorised.

Rates are fractions (``0.42`` for 42%). Every function broadcasts like numpy;
scalars give floats, arrays give arrays, and a pandas argument gives pandas
back with its index. Invalid input raises ``ValueError`` or ``TypeError``
naming the argument, the value and its position; no function returns a
silent ``nan``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._validate import (
    as_float_array,
    check_bool,
    broadcast,
    check_finite,
    check_nonnegative,
    check_positive,
    check_rate,
    check_values,
    check_years,
    duplicate_rows,
    plain,
)

__all__ = [
    "cagr",
    "compound",
    "implied_start",
    "cagr_bounds",
    "reconcile_rate",
    "infer_periods",
    "rescale_rate",
    "interpolate",
    "trend_cagr",
    "TrendCAGR",
    "contributions",
    "printed_step",
]

#: the slack the library allows a float computed from printed inputs that lands a hair outside a rounding
#: interval it sits on in exact arithmetic (internal API: the audit and the panels use the same)
TOLERANCE = 1e-9
# natural logs of the largest and the smallest normal float: results outside cannot be represented
_LOG_MAX = float(np.log(np.finfo(np.float64).max))
_LOG_TINY = float(np.log(np.finfo(np.float64).tiny))
# log(1/2): below it log1p((end - start) / start) loses digits, and log(end / start) is taken instead
_LOG_HALF = float(np.log(0.5))


def printed_step(value: float) -> float:
    """The rounding step a value shows as printed: 1 for 2058, 0.01 for 34.33.

    The step of the last digit shown, so a value printed as 2058 stands for
    2057.5 to 2058.5.

    Examples
    --------
    >>> import aimarket as am
    >>> am.printed_step(2058.0), am.printed_step(34.33), am.printed_step(60.9)
    (1.0, 0.01, 0.1)
    """
    arr = as_float_array(value, "value")[0]
    if arr.ndim:
        raise TypeError(f"value must be one number, got an array of shape {arr.shape}")
    value = float(arr)
    if not np.isfinite(value):
        raise ValueError(f"value must be finite, got {value!r}")
    if value != 0 and abs(value) < 1e-6:  # the digits of its shortest repr: 5e-10 shows a step of 1e-10
        return 10.0 ** -len(np.format_float_positional(value, unique=True).partition(".")[2])
    return float(printed_steps(np.array([value]))[0])


def printed_steps(values: np.ndarray) -> np.ndarray:
    """The step of the last digit each of many finite values shows (no checks), down to 1e-7, as a printed
    figure's: a value under 1e-9 in size counts as nil, whose step is 1 (no report prints one, and the audit's
    and the scenarios' tolerances are built on these steps); :func:`printed_step` reads such a value's own."""
    with np.errstate(over="ignore", invalid="ignore"):  # a huge value overflows at a later digit, already whole
        scaled = np.asarray(values, dtype=float)[:, None] * 10.0 ** np.arange(7)
        whole = np.abs(np.round(scaled) - scaled) < 1e-9 * np.maximum(1.0, np.abs(scaled))
    return np.where(whole.any(axis=1), 10.0 ** -whole.argmax(axis=1), 1e-7)


def coarse_step(value: float, step: float, *, figures: int = 2) -> float:
    """The step an integer's trailing zeros may stand for, keeping ``figures`` significant figures at least: 10
    for 9750, 100 for 4000, 10 for 100; else ``step``.

    A printed integer such as 9750 may be exact to the unit or rounded to tens; the audit and the
    extractor read it both ways. The audit does not read a round figure as rounded to one significant figure:
    "100" as anything from 50 to 150 would let any rate between two round figures pass. A headline, which
    rounds harder, may be read so (``figures=1``: 100 for 500).

    Examples
    --------
    >>> from aimarket.growth import coarse_step
    >>> coarse_step(9750.0, 1.0), coarse_step(4000.0, 1.0), coarse_step(100.0, 1.0), coarse_step(2058.0, 1.0)
    (10.0, 100.0, 10.0, 1.0)
    >>> coarse_step(500.0, 1.0, figures=1)
    100.0
    """
    if step < 1 or value != round(value) or value == 0:
        return step
    digits = str(int(abs(round(value))))
    zeros = min(len(digits) - len(digits.rstrip("0")), len(digits) - figures)
    return max(step, 10.0 ** zeros)


def _log_ratio_everywhere(end: np.ndarray, start: np.ndarray) -> np.ndarray:
    """``log(end / start)`` by cases, for the elements the fast path of :func:`log_ratio` leaves.

    Where the two are within a factor of 1.5 their difference is exact
    (Sterbenz), so ``log1p`` of the relative difference keeps every digit.
    Elsewhere the ratio is taken first while it is a normal float, and the
    logs are subtracted only when it is not (then the log is above 708 in
    size, so the cancellation costs nothing).
    """
    with np.errstate(all="ignore"):
        ratio = end / start
        near = np.abs(end - start) <= 0.5 * np.minimum(end, start)
        normal = np.isfinite(ratio) & (ratio >= np.finfo(np.float64).tiny)
        return np.where(near, np.log1p((end - start) / start),
                        np.where(normal, np.log(ratio), np.log(end) - np.log(start)))


def log_ratio(end: np.ndarray, start: np.ndarray, names: tuple = ("end", "start")) -> np.ndarray:
    """``log(end / start)`` for any positive floats to a few ulp, without overflow, and exact near 1.

    One fused pass for the common case: ``log1p((end - start) / start)``,
    computed in place. The difference is exact where the two are within a
    factor of two (Sterbenz), so a rate such as ``cagr(1, 1 + 1e-15, 1000)``
    keeps every digit; above that the relative error of the difference is one
    ulp of a log at least ``log 2``. Only where the ratio is below one half
    (``log1p`` then loses digits as its argument nears -1) or above the float
    range are the elements recomputed, by cases; an infinite value shows
    there, and is refused naming the argument (``names``), so callers need
    not scan their inputs for it.
    """
    with np.errstate(all="ignore"):
        out = np.subtract(end, start)
        if out.ndim:
            np.divide(out, start, out=out)
            np.log1p(out, out=out)
    if out.ndim == 0:
        out = redone = _log_ratio_everywhere(end, start)
    elif out.size and not (out.min() >= _LOG_HALF and out.max() < np.inf):  # nan fails too
        redo = ~((out >= _LOG_HALF) & (out < np.inf))
        e, s = np.broadcast_arrays(end, start)
        redone = out[redo] = _log_ratio_everywhere(e[redo], s[redo])
    else:
        return out
    if not np.isfinite(redone).all():  # only an infinite end or start leaves an infinite log
        for name, value in zip(names, (end, start)):
            check_positive(np.asarray(value), name)
    return out


def _magnitude(logv) -> str:
    """``about 10^N`` for the natural log of a number too large or too small for a float."""
    v = np.asarray(logv, dtype=float).reshape(-1)
    with np.errstate(all="ignore"):
        e = v[np.argmax(np.abs(v))] / np.log(10)
    return f"about 10^{e:,.0f}" if abs(e) < 1e6 else ("beyond 10^1,000,000" if e > 0 else "below 10^-1,000,000")


def _refuse_overflow(g: np.ndarray, what: str, args: dict, hint=None) -> None:
    """Refuse growth ``exp(g)`` beyond the largest float (or a nan ``g``), naming the arguments where it is."""
    if np.size(g) and not g.max() <= _LOG_MAX:
        bad = ~(g <= _LOG_MAX)
        raise ValueError(f"{what} for {_args_at(args, bad)} is {_magnitude(g[bad])} and cannot be represented as a "
                         f"float (the largest is about 1.8e308){hint(bad) if hint else ''}")


def _rate(end: np.ndarray, start: np.ndarray, periods: np.ndarray, what: str, args: dict) -> np.ndarray:
    """``(end / start) ** (1 / periods) - 1`` in logs, on validated positive finite arrays.

    The log growth per period is checked against the log of the largest float
    before ``expm1`` is taken; a refusal names the arguments and the shortest
    periods that would do. A decline that fast rounds to -1, which is the
    rate to float precision.
    """
    g = log_ratio(end, start)
    with np.errstate(all="ignore"):
        if g.ndim and np.broadcast_shapes(g.shape, np.shape(periods)) == g.shape:
            np.divide(g, periods, out=g)
        else:
            g = np.divide(g, periods)

    def shortest(bad):
        lr = np.broadcast_to(np.abs(log_ratio(end, start)), bad.shape)[bad].reshape(-1)[0]
        return f"; for these values periods must be at least {lr / _LOG_MAX:.6g}"

    _refuse_overflow(g, what, args, shortest)
    with np.errstate(under="ignore"):
        return np.expm1(g, out=g) if g.ndim else np.expm1(g)


def _times_exp(base: np.ndarray, g: np.ndarray, what: str, args: dict) -> np.ndarray:
    """``base * exp(g)`` without spurious overflow or underflow; refuses results outside the float range."""
    with np.errstate(all="ignore"):
        grow = np.exp(g)
        out = base * grow
        tiny = np.finfo(np.float64).tiny
        bad = ~(grow >= tiny) | ~np.isfinite(grow) | ~(np.abs(out) >= tiny) | ~np.isfinite(out)
        if not bad.any():
            return out
        logv = np.log(base) + g
        outside = bad & ((logv > _LOG_MAX) | (logv < _LOG_TINY))
        if outside.any():
            raise ValueError(f"{what} for {_args_at(args, outside)} is {_magnitude(logv[outside])} and "
                             "cannot be represented as a float (normal floats run from about 2.2e-308 to 1.8e308)")
        return np.where(bad, np.exp(logv), out)


def _args_at(args: dict, bad: np.ndarray) -> str:
    """The arguments at the first bad position, as ``name=value`` pairs."""
    shape = np.shape(bad)
    k = int(np.flatnonzero(np.reshape(bad, -1))[0]) if np.ndim(bad) else 0
    parts = []
    for name, a in args.items():
        a = np.broadcast_to(a, shape) if shape else np.asarray(a)
        parts.append(f"{name}={float(a.reshape(-1)[k]):.6g}")
    where = f" (position {k if len(shape) == 1 else tuple(int(i) for i in np.unravel_index(k, shape))})" if shape else ""
    return ", ".join(parts) + where


def _check_aligned(a, b, name_a: str, name_b: str) -> None:
    """Two pandas arguments must share their labels: numpy arithmetic pairs positions, not labels."""
    if type(a) is not type(b):
        raise TypeError(f"{name_a} and {name_b}: a {type(a).__name__} and a {type(b).__name__} do not pair up "
                        "element by element; pass both as Series, both as DataFrames, or plain arrays")
    same = a.index.equals(b.index) and (isinstance(a, pd.Series) or a.columns.equals(b.columns))
    if not same:
        raise ValueError(f"{name_a} and {name_b} have different labels (index {list(a.index[:5])} against "
                         f"{list(b.index[:5])}{', or columns' if isinstance(a, pd.DataFrame) else ''}); align them "
                         f"first, e.g. {name_b}.reindex_like({name_a})")


def _check_paired(years, values) -> None:
    """Years and values given both as pandas objects share their labels, as :func:`cagr`'s arguments must: a
    reordered Series would otherwise pair each year with another year's value."""
    if isinstance(years, (pd.Series, pd.DataFrame)) and isinstance(values, (pd.Series, pd.DataFrame)):
        _check_aligned(years, values, "years", "values")


def _args(**named):
    """Convert named arguments to float arrays; return them and the output wrapper.

    The wrapper is the first pandas argument's, else an ndarray if any argument
    is an array, else ``float``.
    """
    arrays, wrap = {}, None
    any_array = False
    first = None  # the first pandas argument, by name
    for name, value in named.items():
        arr, w = as_float_array(value, name)
        arrays[name] = arr
        if isinstance(value, (pd.Series, pd.DataFrame)):
            if first is None:
                wrap, first = w, name
            else:
                _check_aligned(named[first], value, first, name)
        any_array |= arr.ndim > 0
    if any_array:
        broadcast(**arrays)  # names the arguments whose shapes clash
    if wrap is None:
        wrap = np.asarray if any_array else float
    return arrays, wrap


def cagr(start, end, periods):
    """Compound annual growth rate from ``start`` to ``end`` over ``periods``.

    ``(end / start) ** (1 / periods) - 1``.

    Parameters
    ----------
    start, end : float or array_like
        Positive, finite values.
    periods : float or array_like
        Positive, finite number of compounding periods (years).

    Returns
    -------
    float, ndarray or pandas object
        The rate as a fraction.

    Examples
    --------
    >>> import aimarket as am
    >>> round(am.cagr(39_834, 1_303_551, 10), 4)   # Bloomberg total, 2022-2032
    0.4174
    >>> am.cagr([100, 100], [200, 400], 2).round(4)
    array([0.4142, 1.    ])
    """
    a, wrap = _args(start=start, end=end, periods=periods)
    if not (a["start"].min(initial=1.0) > 0 and a["end"].min(initial=1.0) > 0):  # nan fails too
        check_positive(a["start"], "start")
        check_positive(a["end"], "end")
    check_positive(a["periods"], "periods")
    return wrap(_rate(a["end"], a["start"], a["periods"], "the rate", a))  # refuses an infinite start or end


def compound(start, rate, periods):
    """Value after growing ``start`` at ``rate`` for ``periods``.

    Examples
    --------
    >>> import aimarket as am
    >>> am.compound(100, 0.1, 2)
    121.0
    """
    a, wrap = _args(start=start, rate=rate, periods=periods)
    check_positive(a["start"], "start")
    check_rate(a["rate"], "rate")
    check_positive(a["periods"], "periods")
    with np.errstate(all="ignore"):
        g = a["periods"] * np.log1p(a["rate"])
    return wrap(_times_exp(a["start"], g, "the compounded value", a))


def implied_start(end, rate, periods):
    """The starting value that ``rate`` over ``periods`` turns into ``end``.

    Examples
    --------
    >>> import aimarket as am
    >>> round(am.implied_start(181.2, 2.06, 1), 2)   # a quarter's revenue a year earlier
    59.22
    """
    a, wrap = _args(end=end, rate=rate, periods=periods)
    check_positive(a["end"], "end")
    check_rate(a["rate"], "rate")
    check_positive(a["periods"], "periods")
    with np.errstate(all="ignore"):
        g = -a["periods"] * np.log1p(a["rate"])
    return wrap(_times_exp(a["end"], g, "the implied start", a))


def _bounds(start, end, periods, start_step, end_step):
    """Array core of :func:`cagr_bounds` on validated, broadcast arrays."""
    with np.errstate(over="ignore"):  # a top past the float range is capped at its largest value below
        s_lo, s_hi = start - start_step / 2, start + start_step / 2
        e_lo, e_hi = end - end_step / 2, end + end_step / 2
    for name, lo, value in (("start", s_lo, start), ("end", e_lo, end)):
        if (lo <= 0).any():
            bad = np.broadcast_to(lo <= 0, np.shape(lo))
            v = np.broadcast_to(value, np.shape(lo))[tuple(np.argwhere(bad)[0])] if bad.ndim else value
            raise ValueError(f"{name}_step: half the step reaches zero or below for {name} {float(v)!r}; the "
                             "interval would include non-positive values")
    args = {"start": start, "end": end, "periods": periods}
    with np.errstate(over="ignore"):
        s_hi, e_hi = np.minimum(s_hi, np.finfo(np.float64).max), np.minimum(e_hi, np.finfo(np.float64).max)
    return (_rate(e_lo, s_hi, periods, "the lowest rate", args),
            _rate(e_hi, s_lo, periods, "the highest rate", args))


def cagr_bounds(start, end, periods, *, start_step=0.0, end_step=0.0):
    """Every CAGR consistent with ``start`` and ``end`` printed rounded to steps.

    A value printed as 14 with step 1 lies in [13.5, 14.5]; the lowest rate
    runs from the top of the start interval to the bottom of the end interval,
    the highest the other way.

    Parameters
    ----------
    start, end, periods : float or array_like
        As in :func:`cagr`.
    start_step, end_step : float or array_like, default 0
        The rounding step of each printed value (0 for exact values).

    Returns
    -------
    (low, high)
        Two floats, arrays or pandas objects.

    Examples
    --------
    >>> import aimarket as am
    >>> lo, hi = am.cagr_bounds(14, 28_343, 10, start_step=1, end_step=1)
    >>> round(lo, 4), round(hi, 4)
    (1.1336, 1.1489)
    """
    a, wrap = _args(start=start, end=end, periods=periods, start_step=start_step, end_step=end_step)
    check_positive(a["start"], "start")
    check_positive(a["end"], "end")
    check_positive(a["periods"], "periods")
    check_nonnegative(a["start_step"], "start_step")
    check_nonnegative(a["end_step"], "end_step")
    lo, hi = _bounds(a["start"], a["end"], a["periods"], a["start_step"], a["end_step"])
    return wrap(lo), wrap(hi)


def _verdicts(reported, recomputed, lo, hi, rate_step):
    half = rate_step / 2 + TOLERANCE
    exact = np.abs(recomputed - reported) <= half
    overlap = (hi >= reported - half) & (lo <= reported + half)
    return np.where(exact, "exact", np.where(overlap, "rounding", "inconsistent"))


def _percent_guard(a: dict, percent: bool) -> None:
    """Rates are fractions: refuse a reported rate that looks like a percent, unless ``percent=True``."""
    if percent:
        a["reported"], a["rate_step"] = a["reported"] / 100, a["rate_step"] / 100
        return
    rep, step = np.broadcast_arrays(a["reported"], a["rate_step"])
    looks = (rep > 1) & (step >= 0.1)
    if looks.any():
        r, s = float(rep[looks][0]), float(step[looks][0])
        raise ValueError(f"reported: {r:g} with rate_step {s:g} looks like a percent; rates are fractions "
                         f"({r / 100:g} for {r:g}%), or pass percent=True to give both in percent")


def reconcile_rate(reported, start, end, periods, *, rate_step, start_step=0.0, end_step=0.0, percent=False):
    """Does a printed growth rate agree with printed values?

    Parameters
    ----------
    reported : float or array_like
        The printed rate as a fraction (``0.33`` for "33%").
    start, end, periods : float or array_like
        The printed values and the number of compounding periods.
    rate_step : float or array_like
        The step the rate was rounded to (``0.01`` for a whole percent).
    start_step, end_step : float or array_like, default 0
        The steps the values were rounded to.
    percent : bool, default False
        ``reported`` and ``rate_step`` are in percent (``28.2`` and ``0.1``).
        Without it, a rate above 1 with a step of 0.1 or more is refused as
        a likely percent.

    Returns
    -------
    str or array of str
        ``"exact"``: the rate recomputed from the printed values rounds to the
        printed rate. ``"rounding"``: it does not, but some values inside the
        values' rounding intervals give a rate that does. ``"inconsistent"``:
        no such values exist.

    Examples
    --------
    >>> import aimarket as am
    >>> am.reconcile_rate(0.42, 39_834, 1_303_551, 10, rate_step=0.01)
    'exact'
    >>> am.reconcile_rate(1.13, 14, 28_343, 10, rate_step=0.01, start_step=1, end_step=1)
    'rounding'
    >>> am.reconcile_rate(0.30, 100, 200, 10, rate_step=0.01)
    'inconsistent'
    """
    a, wrap = _args(reported=reported, start=start, end=end, periods=periods,
                    rate_step=rate_step, start_step=start_step, end_step=end_step)
    _percent_guard(a, check_bool(percent, "percent"))
    check_rate(a["reported"], "reported", inclusive=True)
    check_positive(a["start"], "start")
    check_positive(a["end"], "end")
    check_positive(a["periods"], "periods")
    for k in ("rate_step", "start_step", "end_step"):
        check_nonnegative(a[k], k)
    recomputed = _rate(a["end"], a["start"], a["periods"], "the rate", a)
    lo, hi = _bounds(a["start"], a["end"], a["periods"], a["start_step"], a["end_step"])
    out = _verdicts(a["reported"], recomputed, lo, hi, a["rate_step"])
    return str(out) if out.ndim == 0 else wrap(out)


#: the most period counts :func:`infer_periods` weighs
MAX_CANDIDATES = 10_000


def infer_periods(start, end, reported, *, rate_step, candidates=range(1, 31), start_step=0.0, end_step=0.0,
                  percent=False):
    """The period counts for which a printed CAGR holds.

    Reports write "2023-2027 CAGR" for growth from a 2022 base (five periods)
    as often as for four; this says which readings the numbers support.

    Parameters
    ----------
    start, end : float
        The printed values.
    reported : float
        The printed rate as a fraction.
    rate_step : float
        The step the rate was rounded to.
    candidates : iterable of int, default 1..30
        The period counts to try, each once (numbers, not booleans).
    start_step, end_step : float, default 0
        Rounding steps of the values; with steps, a count holds when some
        values in the rounding intervals give the printed rate.
    percent : bool, default False
        ``reported`` and ``rate_step`` are in percent, as in :func:`reconcile_rate`.

    Returns
    -------
    tuple of int
        The counts that hold, smallest first (empty if none).

    Examples
    --------
    >>> import aimarket as am
    >>> am.infer_periods(2058, 7119, 0.282, rate_step=0.001)   # China, "2023-2027"
    (5,)
    """
    if isinstance(candidates, (str, bytes, dict)) or not hasattr(candidates, "__iter__") or (
            isinstance(candidates, np.ndarray) and candidates.ndim == 0):  # np.ndim would make an array of a range
        raise TypeError(f"candidates must be a sequence of period counts, got {candidates!r}")
    from itertools import islice

    taken = list(islice(candidates, MAX_CANDIDATES + 1))  # read no further than the limit: range(1, 10**9) is long
    if len(taken) > MAX_CANDIDATES:
        raise ValueError(f"candidates: at most {MAX_CANDIDATES:,} period counts, got more ({candidates!r})")
    # as objects, so that a boolean among integers is named instead of read as 0 or 1
    cand, _ = as_float_array(np.array(taken, dtype=object) if taken else taken, "candidates")
    if cand.ndim != 1 or cand.size == 0:
        raise ValueError(f"candidates must be a non-empty sequence of period counts, got {candidates!r}")
    check_positive(cand, "candidates")
    twice = duplicate_rows(pd.DataFrame({"c": cand}), ["c"])
    if twice:
        raise ValueError(f"candidates: {plain(taken[twice[0]])!r} is given more than once (positions "
                         f"{', '.join(map(str, twice))}); give each period count once")
    for name, value in (("start", start), ("end", end), ("reported", reported), ("rate_step", rate_step)):
        if as_float_array(value, name)[0].ndim != 0:
            raise TypeError(f"{name} must be a scalar, got {value!r}")
    verdict = reconcile_rate(reported, start, end, cand, rate_step=rate_step, start_step=start_step, end_step=end_step,
                             percent=percent)
    return tuple(int(c) if float(c).is_integer() else float(c) for c in cand[np.asarray(verdict) != "inconsistent"])


def rescale_rate(rate, from_years, to_years):
    """Growth quoted over one period length, expressed over another.

    ``(1 + rate) ** (to_years / from_years) - 1``.

    Examples
    --------
    "40 times every 18 months" (a factor of 40, rate 39) as an annual factor:

    >>> import aimarket as am
    >>> round(1 + am.rescale_rate(39, 1.5, 1), 2)
    11.7
    """
    a, wrap = _args(rate=rate, from_years=from_years, to_years=to_years)
    check_rate(a["rate"], "rate")
    check_positive(a["from_years"], "from_years")
    check_positive(a["to_years"], "to_years")
    with np.errstate(all="ignore"):
        g = np.log1p(a["rate"]) * (a["to_years"] / a["from_years"])
    g = np.where(a["rate"] == 0, 0.0, g)  # no growth stays none, however the period lengths overflow
    _refuse_overflow(g, "the rescaled rate", a)
    return wrap(np.expm1(g))


def interpolate(years, values, at):
    """Piecewise-geometric interpolation between anchor years.

    Between two anchors the value grows at the constant rate that joins them
    (linear in log values). Refuses to extrapolate.

    Parameters
    ----------
    years : array_like
        Strictly increasing anchor years.
    values : array_like
        Positive values at those years.
    at : float or array_like
        Years to interpolate at, inside ``[years[0], years[-1]]``.

    Examples
    --------
    >>> import aimarket as am
    >>> round(am.interpolate([2022, 2027], [2058, 7119], 2023), 1)
    2637.8
    """
    _check_paired(years, values)
    y = check_years(years, "years", min_points=2)
    v = check_values(values, y)
    a, wrap = _args(at=at)
    t = a["at"]
    check_finite(t, "at")
    outside = (t < y[0]) | (t > y[-1])
    if np.any(outside):
        bad = np.atleast_1d(t)[np.atleast_1d(outside)][0]
        raise ValueError(f"at: {bad:g} is outside the anchors {y[0]:g}-{y[-1]:g}; interpolate does not extrapolate")
    out = np.exp(np.interp(t, y, np.log(v)))
    # anchors come back exactly, not through exp(log(v))
    k = np.clip(np.searchsorted(y, t), 0, len(y) - 1)
    return wrap(np.where(y[k] == t, v[k], out))


@dataclass(frozen=True)
class TrendCAGR:
    """Log-linear trend growth rate with its confidence interval.

    ``low`` and ``high`` are None when the data leave no degrees of freedom
    (two points); ``note`` says so.
    """

    rate: float
    low: float | None
    high: float | None
    n: int
    level: float
    se: float | None
    note: str = ""


def _refuse_trend(log_growth: float, what: str, values: np.ndarray) -> None:
    if not log_growth <= _LOG_MAX:
        raise ValueError(f"values: the trend's {what} is a growth factor of {_magnitude(log_growth)} a year, which "
                         f"cannot be represented as a float (the largest is about 1.8e308); the values run from "
                         f"{values.min():.3g} to {values.max():.3g}")


def trend_cagr(years, values, level=0.95):
    """Trend growth rate by least squares on log values, with a confidence interval.

    Fits ``log(value) = a + b * year`` (statsmodels OLS); the rate is
    ``exp(b) - 1`` and the interval maps the interval of ``b`` the same way.

    Parameters
    ----------
    years, values : array_like
        At least two points; years strictly increasing, values positive.
    level : float, default 0.95
        Confidence level, strictly between 0 and 1.

    Returns
    -------
    TrendCAGR
        ``.rate``, ``.low``, ``.high``, ``.n``.

    Examples
    --------
    >>> import aimarket as am
    >>> t = am.trend_cagr([2020, 2021, 2022, 2023], [100, 110, 121, 133.1])
    >>> round(t.rate, 6), t.n
    (0.1, 4)
    """
    _check_paired(years, values)
    y = check_years(years, "years", min_points=2)
    v = check_values(values, y)
    if isinstance(level, (bool, np.bool_)) or not isinstance(level, (int, float, np.floating)) or not 0 < level < 1:
        raise ValueError(f"level must be a number strictly between 0 and 1, got {level!r}")
    n = len(y)
    if n == 2:
        slope = float(log_ratio(v[1:], v[:1])[0]) / (y[1] - y[0])
        _refuse_trend(slope, "rate", v)
        return TrendCAGR(float(np.expm1(slope)), None, None, 2, float(level), None,
                         "two points fit exactly: no degrees of freedom for an interval")
    import statsmodels.api as sm

    x = sm.add_constant(y - y.mean())
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        res = sm.OLS(np.log(v), x).fit()
        lo, hi = res.conf_int(alpha=1 - level)[1]
    slope, se = float(res.params[1]), float(res.bse[1])
    d, logs = y - y.mean(), np.log(v)
    with np.errstate(all="ignore"):
        direct = float(d @ (logs - logs.mean()) / (d @ d))  # the same slope in closed form
    if not np.isclose(slope, direct, rtol=1e-6, atol=1e-12):  # years so close that the solver read them as one
        _refuse_trend(direct, "rate", v)
        raise ValueError(f"years: {y.tolist()!r} lie too close together for a trend to be fitted to them")
    if not np.isfinite(se):
        se, lo, hi = 0.0, slope, slope
    _refuse_trend(slope, "rate", v)
    _refuse_trend(hi, f"upper {level:g} confidence limit", v)
    return TrendCAGR(float(np.expm1(slope)), float(np.expm1(lo)), float(np.expm1(hi)), n, float(level), se)


def _a_number(v) -> bool:
    try:
        as_float_array(v, "value")
    except TypeError:
        return False
    return True


def contributions(frame, start_year, end_year):
    """Each item's share of its parent's increment between two years.

    Parameters
    ----------
    frame : pandas.DataFrame
        Tidy observations with ``item``, ``parent``, ``year`` and ``value``
        (as from :func:`aimarket.load`).
    start_year, end_year : int
        The two years; both must be in the frame.

    Returns
    -------
    pandas.DataFrame
        One row per item with a parent: ``item``, ``parent``, ``start``,
        ``end``, ``increment``, ``parent_increment``, ``share_of_parent`` and
        ``share_of_total`` (of the top item's increment), largest share of the
        total first.

    Examples
    --------
    >>> import aimarket as am
    >>> c = am.contributions(am.load("bloomberg_genai"), 2022, 2032)
    >>> c.iloc[0]["item"]
    'Hardware'
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a tidy DataFrame, got {type(frame).__name__}")
    missing = {"item", "parent", "year", "value"} - set(frame.columns)
    if missing:
        raise ValueError(f"frame is missing column(s) {sorted(missing)}")
    for name, yr in (("start_year", start_year), ("end_year", end_year)):
        if isinstance(yr, bool) or not isinstance(yr, (int, np.integer)):
            raise TypeError(f"{name} must be an integer year, got {yr!r}")
        if yr not in set(frame["year"]):
            raise ValueError(f"{name}: {yr} is not in the frame (years: {sorted(set(int(y) for y in frame['year']))})")
    if end_year <= start_year:
        raise ValueError(f"end_year ({end_year}) must come after start_year ({start_year})")
    same = duplicate_rows(frame, ["item", "year"])
    if same:
        item, year = frame["item"].iloc[same[0]], frame["year"].iloc[same[0]]
        raise ValueError(f"frame: rows {same[0]} and {same[1]} (by position) are both {item!r} in {year}; "
                         "contributions need one value per item and year (one series at a time)")
    used = frame[frame["year"].isin([start_year, end_year])]
    try:
        values, _ = as_float_array(used["value"].reset_index(drop=True), "frame column 'value'")
    except TypeError:
        k = next(k for k, v in enumerate(used["value"]) if not _a_number(v))
        raise TypeError(f"frame: the value of {plain(used['item'].iloc[k])!r} in {plain(used['year'].iloc[k])} must be "
                        f"a number, got {used['value'].iloc[k]!r}") from None
    bad = ~(np.isfinite(values) & (values > 0))
    if bad.any():
        k = int(bad.argmax())
        raise ValueError(f"frame: the value of {plain(used['item'].iloc[k])!r} in {plain(used['year'].iloc[k])} must be "
                         f"positive and finite (shares of increments are taken of it), got {float(values[k])}")
    frame = frame.assign(value=pd.Series(np.nan, index=frame.index)).astype({"value": float})
    frame.loc[used.index, "value"] = values
    wide = frame.pivot(index="item", columns="year", values="value")
    parent = frame.drop_duplicates("item").set_index("item")["parent"]
    missing = parent.notna() & ~parent.isin(wide.index)
    if missing.any():
        raise ValueError(f"frame: the parent {plain(parent[missing].iloc[0])!r} of {plain(parent[missing].index[0])!r} is not an "
                         "item of the frame")
    for name, yr in (("start_year", start_year), ("end_year", end_year)):
        gaps = wide[yr].isna()
        if gaps.any():
            raise ValueError(f"frame: {plain(gaps.index[gaps][0])!r} has no value in {name} {yr}")
    inc = wide[end_year] - wide[start_year]
    roots = parent[parent.isna()].index
    if len(roots) != 1:
        raise ValueError(f"frame must have exactly one top item, found {len(roots)}: {list(roots)}")
    total_inc = inc[roots[0]]
    kids = parent.dropna()
    p_inc = inc.reindex(kids.to_numpy()).to_numpy()
    if (p_inc == 0).any() or total_inc == 0:
        bad = kids.to_numpy()[p_inc == 0][0] if (p_inc == 0).any() else roots[0]
        raise ValueError(f"frame: the increment of {bad!r} between {start_year} and {end_year} is zero, so shares of it are undefined")
    out = pd.DataFrame(
        {
            "item": kids.index,
            "parent": kids.to_numpy(),
            "start": wide.loc[kids.index, start_year].to_numpy(),
            "end": wide.loc[kids.index, end_year].to_numpy(),
            "increment": inc.loc[kids.index].to_numpy(),
            "parent_increment": p_inc,
        }
    )
    out["share_of_parent"] = out["increment"] / out["parent_increment"]
    out["share_of_total"] = out["increment"] / total_inc
    return out.sort_values("share_of_total", ascending=False, kind="stable").reset_index(drop=True)
