"""Fitting a family to anchor points, and the fit it returns.

With as many points as free parameters the curve is solved through every point (closed forms where the
family has one); with more, it is fitted by least squares (scipy's trust-region reflective method with the
family's analytic Jacobian) on log values or on values; with fewer, it raises and says what to supply.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd

from .._validate import (as_float, as_float_array, check_bool, check_finite, check_level, check_positive, check_same_length,
                         check_str, check_values, check_years)
from ..errors import FitError, unknown
from ._family import FAMILIES, Family, NoSolution

__all__ = ["GrowthFit", "fit", "LOSSES"]

#: what a fit minimises: squared residuals of log values (market sizes) or of the values themselves
LOSSES = ("log", "linear")
#: evaluations the optimizer may spend per free parameter, unless a fit says otherwise
NFEV_PER_PARAM = 200


def family_of(name, t0: float = 0.0) -> Family:
    return FAMILIES[name](t0)  # an unknown name: the registry's UnknownIdError, with the closest names


@dataclass(frozen=True, kw_only=True)
class GrowthFit:
    """A fitted growth curve. Immutable; every method is a pure function of it. Built by keyword; it keeps
    its family's instance (anchored at the first year) for every evaluation.

    Attributes
    ----------
    family : str
    params : dict
        Parameter values by name (``params["cap"]`` for saturating families).
    years, values : ndarray
        The data fitted (read-only copies, as is ``cov``).
    fixed : tuple of str
        Parameters held at supplied values.
    exact : bool
        True when the curve was solved through every point (no degrees of freedom).
    cov : ndarray or None
        Covariance of the free parameters, when degrees of freedom allow.
    rss : float
        Sum of squared residuals on the scale of ``loss``.
    note : str
        What was done, and what could not be (for example no interval).
    loss : {"log", "linear"}
    """

    family: str
    params: dict
    years: np.ndarray = field(repr=False)
    values: np.ndarray = field(repr=False)
    fixed: tuple = ()
    exact: bool = False
    cov: np.ndarray | None = field(default=None, repr=False)
    rss: float = 0.0
    note: str = ""
    status: tuple | None = field(default=None, repr=False)
    loss: str = "log"
    label: str | None = None
    unit: str | None = None
    source: str | None = field(default=None, repr=False)
    _fam: Family | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self):
        fam = family_of(self.family)
        if not isinstance(self.params, Mapping) or set(self.params) != set(fam.params):
            raise TypeError(f"params must map each parameter of {self.family} ({', '.join(fam.params)}) "
                            f"to a number, got {self.params!r}")
        params = {str(k): float(as_float_array(v, f"params[{k!r}]")[0]) for k, v in self.params.items()}
        for k, v in params.items():  # a curve of the family: a ceiling above zero, a rate of growth above zero, ...
            fam.check_param(k, v, f"params[{k!r}]")
        years = check_years(self.years, "years")
        values, _ = as_float_array(self.values, "values")
        values = np.atleast_1d(values)
        check_same_length(years, values, ("years", "values"))
        check_positive(values, "values")
        if not isinstance(self.fixed, tuple) or not all(isinstance(f, str) for f in self.fixed):
            raise TypeError(f"fixed must be a tuple of parameter names, got {self.fixed!r}")
        check_str(self.note, "note")
        for name in ("label", "unit", "source"):
            check_str(getattr(self, name), name, optional=True)
        check_bool(self.exact, "exact")
        if not isinstance(self.loss, str) or self.loss not in LOSSES:
            raise unknown("loss", self.loss, LOSSES)
        object.__setattr__(self, "params", MappingProxyType(params))
        for name, arr in (("years", years), ("values", values), ("cov", self.cov)):
            if arr is not None:  # copies no one can write to: rss, the residuals and the plot keep to one data set
                arr = np.array(as_float_array(arr, name)[0], dtype=float)
                arr.setflags(write=False)
            object.__setattr__(self, name, arr)
        object.__setattr__(self, "_fam", family_of(self.family, years[0]))

    def __copy__(self):
        return self  # immutable

    def __deepcopy__(self, memo):
        return self

    @property
    def _family(self) -> Family:
        return self._fam

    # -- basic quantities -----------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.years)

    @property
    def free(self) -> tuple:
        return tuple(p for p in self._family.params if p not in self.fixed)

    @property
    def dof(self) -> int:
        return self.n - len(self.free)

    @property
    def stderr(self) -> dict | None:
        if self.cov is None:
            return None
        return dict(zip(self.free, np.sqrt(np.clip(np.diag(self.cov), 0, None))))

    def predict(self, years) -> np.ndarray:
        """Curve values at ``years`` (array or scalar).

        Examples
        --------
        >>> import aimarket as am
        >>> f = am.fit([2022, 2032], [100.0, 400.0], family="exponential")
        >>> round(float(f.predict(2027)), 6)
        200.0
        """
        arr, wrap = as_float_array(years, "years")
        if not np.isfinite(arr).all():
            raise ValueError("years must be finite")
        out = self._family.predict(self, np.atleast_1d(arr).astype(float))
        if not np.isfinite(out).all():
            self._refuse_years(np.atleast_1d(arr)[~np.isfinite(out)][0], "value",
                               lambda x: np.isfinite(self._family.predict(self, np.array([x]))).all())
        return wrap(out.reshape(np.shape(arr)))

    def _refuse_years(self, year: float, what: str, ok) -> None:
        """Refuse a year where the curve's ``what`` is beyond the float range, with the edge of the years where
        ``ok(year)`` holds (found by bisection from the middle of the fitted years)."""
        inside, outside = float(np.median(self.years)), float(year)
        for _ in range(200):
            mid = (inside + outside) / 2
            if mid in (inside, outside) or abs(outside - inside) < 1e-3:
                break
            inside, outside = (mid, outside) if ok(mid) else (inside, mid)
        span = f"up to about {inside:.6g}" if year > inside else f"from about {inside:.6g} on"
        raise ValueError(f"years: {year:g} is out of range: the {self.family} curve's {what} there cannot be "
                         f"represented as a float (normal floats run from about 2.2e-308 to 1.8e308); it can be "
                         f"evaluated {span}")

    @property
    def residuals(self) -> np.ndarray:
        """Residuals on the scale the fit minimises: ``log(value) - log(fitted)``, or ``value - fitted``
        for ``loss="linear"`` (one-step-ahead errors for a smoother)."""
        fitted = self._family.fitted(self)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log(self.values) - np.log(fitted) if self.loss == "log" else self.values - fitted

    # -- likelihood and information criteria ---------------------------------------
    @property
    def k(self) -> int:
        """Estimated parameters, counting the error variance."""
        return len(self.free) + 1

    @property
    def loglik(self) -> float | None:
        """Gaussian log-likelihood of the residuals at the maximum-likelihood variance ``rss / n``, the same
        formula for every family (None for an exact fit, whose likelihood is unbounded)."""
        if self.exact or self.rss <= 0 or self.n <= len(self.free):
            return None
        return -0.5 * self.n * (math.log(2 * math.pi * self.rss / self.n) + 1)

    @property
    def aic(self) -> float | None:
        """Akaike information criterion, ``2k - 2 loglik``; None for exact fits."""
        ll = self.loglik
        return None if ll is None else 2 * self.k - 2 * ll

    @property
    def aicc(self) -> float | None:
        """Small-sample AIC; None unless n > k + 1."""
        if self.aic is None or self.n - self.k - 1 <= 0:
            return None
        return self.aic + 2 * self.k * (self.k + 1) / (self.n - self.k - 1)

    @property
    def bic(self) -> float | None:
        ll = self.loglik
        return None if ll is None else self.k * math.log(self.n) - 2 * ll

    # -- derived quantities -----------------------------------------------------
    @property
    def ceiling(self) -> float:
        """The highest level the curve reaches from its first year on: ``cap`` for saturating families, inf for
        unbounded growth, and the first value ``start`` for an exponential that is flat or falls (``rate <= 0``).

        Examples
        --------
        >>> import aimarket as am
        >>> am.fit([2020, 2030], [5.0, 5.0], family="exponential").ceiling
        5.0
        """
        return self._family.ceiling(dict(self.params))

    @property
    def inflection_year(self) -> float | None:
        """Year of fastest absolute growth (None for curves without one)."""
        return self._family.inflection(dict(self.params))

    def cagr(self, start_year: float, end_year: float) -> float:
        """Compound annual growth of the curve between two years.

        Examples
        --------
        >>> import aimarket as am
        >>> f = am.fit([2022, 2032], [100.0, 400.0], family="exponential")
        >>> round(f.cagr(2030, 2035), 6) == round(4 ** 0.1 - 1, 6)
        True
        """
        from ..growth import cagr

        for name, year in (("start_year", start_year), ("end_year", end_year)):
            if not (math.isfinite(as_float(year, name)) and abs(year) <= 1e6):
                raise ValueError(f"{name} must be a finite year within +/-1,000,000, got {year!r}")
        if not end_year > start_year:
            raise ValueError(f"end_year ({end_year}) must come after start_year ({start_year})")
        a, b = self.predict([start_year, end_year])
        for name, year, value in (("start_year", start_year, a), ("end_year", end_year, b)):
            if not value > 0:
                raise ValueError(f"{name}: the {self.family} curve at {year:g} is {float(value)!r} to float precision; "
                                 "a growth rate needs positive values")
        return cagr(float(a), float(b), end_year - start_year)

    def year_reached(self, level: float) -> float:
        """The year the curve first reaches ``level``: rising to it, or, for a curve that falls over its data,
        falling to it.

        Raises ``ValueError`` when the curve never reaches it (at or above its :attr:`ceiling`, below it as far
        back as two centuries before the data, or not within 1000 years after them).

        Examples
        --------
        >>> import aimarket as am
        >>> f = am.fit([2020, 2030], [100.0, 200.0], family="exponential")
        >>> round(f.year_reached(400.0), 6)
        2040.0
        >>> round(am.fit([2020, 2030], [100.0, 25.0], family="exponential").year_reached(12.5), 6)
        2035.0
        """
        from scipy.optimize import brentq

        if isinstance(level, (bool, np.bool_)) or not isinstance(level, (int, float, np.integer, np.floating)):
            raise TypeError(f"level must be a positive finite number, got {level!r}")
        level = as_float(level, "level")
        if not (math.isfinite(level) and level > 0):
            raise ValueError(f"level must be a positive finite number, got {level!r}")
        ends = self._family.predict(self, np.array([self.years[0], self.years[-1]], dtype=float))
        falling = bool(ends[1] < ends[0])
        if level >= self.ceiling:  # a falling curve's ceiling is its first value: above it, never from then on
            raise ValueError(f"level {level:g} is at or above the curve's ceiling {self.ceiling:g}; it is never reached")
        sign = -1.0 if falling else 1.0  # g rises through zero at the year the curve passes the level either way
        lo, hi = float(self.years[0]) - 200, float(self.years[-1])
        g = lambda x: sign * (float(self._family.predict(self, np.array([x]))[0]) - level)  # noqa: E731
        while g(hi) < 0:
            hi += 25
            if hi > self.years[-1] + 1000:
                raise ValueError(f"level {level:g} is not reached within 1000 years")
        if g(lo) > 0:
            where = "above" if falling else "below"
            raise ValueError(f"level {level:g} is {where} the curve as far back as {lo:g}")
        return float(brentq(g, lo, hi, xtol=1e-9))

    # -- intervals ----------------------------------------------------------------
    def param_intervals(self, level: float = 0.95) -> pd.DataFrame:
        """Estimates, standard errors and t intervals; empty intervals when no dof."""
        from scipy import stats

        check_level(level)
        rows = []
        se = self.stderr or {}
        tq = stats.t.ppf(0.5 + level / 2, self.dof) if self.dof > 0 else math.nan
        for name in self._family.params:
            v = float(self.params[name])
            s = se.get(name)
            lo = hi = None
            if s is not None and np.isfinite(tq):
                lo, hi = v - tq * s, v + tq * s
            rows.append({"param": name, "estimate": v, "stderr": s, "low": lo, "high": hi,
                         "fixed": name in self.fixed})
        return pd.DataFrame(rows).set_index("param")

    def band(self, years, level: float = 0.95):
        """Pointwise confidence band of the curve (delta method with the family's Jacobian).

        Returns ``(low, high)`` arrays, or None when the fit has no covariance
        (exact fits, smoothers, or no degrees of freedom).
        """
        check_level(level)
        if self.cov is None:
            return None
        from scipy import stats

        t, _ = as_float_array(years, "years")
        t = np.atleast_1d(t).astype(float)
        check_finite(t, "years")
        tq = stats.t.ppf(0.5 + level / 2, self.dof)
        low, high = self._band(t, tq)
        ok = np.isfinite(low) & np.isfinite(high)
        if not ok.all():
            self._refuse_years(t[~ok][0], f"{level:g} band", lambda x: np.isfinite(self._band(np.array([x]), tq)).all())
        return low, high

    def _band(self, t: np.ndarray, tq: float):
        """The band's two arrays, nan where a curve value or its derivatives are beyond the float range."""
        fam = self._family
        p = dict(self.params)
        with np.errstate(all="ignore"):
            f0 = fam.f(t, p)
            J = fam.jac(t, p)
            G = np.column_stack([J[name] for name in self.free])
            if self.loss == "log":
                G = G / f0[:, None]
            half = tq * np.sqrt(np.clip(np.einsum("ij,jk,ik->i", G, self.cov, G), 0, None))
            if self.loss == "log":
                low, high = f0 * np.exp(-half), f0 * np.exp(half)
                bad = ~(f0 > 0)  # a value that underflows to zero has no band in logs
            else:
                low, high = f0 - half, f0 + half
                bad = np.zeros(len(t), dtype=bool)
        return np.where(bad, np.nan, low), np.where(bad, np.nan, high)

    # -- presentation ----------------------------------------------------------------
    def summary(self, level: float = 0.95) -> pd.DataFrame:
        """Parameter table with the fit's criteria and derived quantities in ``attrs``.

        Examples
        --------
        >>> import aimarket as am
        >>> f = am.fit([2022, 2027, 2032], [39_834, 399_345, 1_303_551], family="logistic")
        >>> bool(f.summary().loc["cap", "estimate"] > 1_303_551)
        True
        """
        table = self.param_intervals(level)
        table.attrs = {
            "family": self.family, "n": self.n, "dof": self.dof, "exact": self.exact, "loss": self.loss,
            "loglik": self.loglik, "aic": self.aic, "aicc": self.aicc, "bic": self.bic, "ceiling": self.ceiling,
            "inflection_year": self.inflection_year, "note": self.note,
        }
        return table

    def __str__(self) -> str:
        from ..display import format_number

        years = self._family.year_params
        lines = [f"{self.family} fit to {self.n} points ({'exact' if self.exact else f'{self.dof} dof'}, "
                 f"{self.loss} loss)"]
        for name, v in self.params.items():
            lines.append(f"  {name:>7} = {format_number(v, year=name in years)}" + ("  (fixed)" if name in self.fixed else ""))
        if self.note:
            lines.append(f"  note: {self.note}")
        return "\n".join(lines)

    def plot(self, ax=None, **kwargs):
        """Draw the data and the curve; see :func:`aimarket.plots.plot_fit`."""
        from ..plots import plot_fit

        return plot_fit(self, ax=ax, **kwargs)


# --------------------------------------------------------------------------- fitting
#: the magnitudes a fit works in: its search boxes and start values scale the data by up to 1e6 either way
VALUE_RANGE = (1e-12, 1e280)


def prepare(years, values):
    """Years and values checked for a fit: increasing years, positive values within :data:`VALUE_RANGE`."""
    t = check_years(years, "years", min_points=1)
    y = check_values(values, t)
    lo, hi = VALUE_RANGE
    if not (y.min() >= lo and y.max() <= hi):
        k = int(np.flatnonzero((y < lo) | (y > hi))[0])
        raise ValueError(f"values must lie between {lo:g} and {hi:g} for a curve fit, got {float(y[k])!r} at position {k}; "
                         "express them in a larger or smaller unit")
    return t, y


def _needs_message(fam: Family, free: list, n: int) -> str:
    need = len(free) - n
    options = []
    if "cap" in free:
        options.append("cap=... (a market ceiling from elsewhere)")
    hint = list(fam.fix_hint) + list(fam.params)
    others = sorted((p for p in free if p != "cap"), key=hint.index)
    if others:
        options.append(f"fixed={{{', '.join(repr(p) + ': ...' for p in others[:need])}}}")
    return (f"family {fam.name!r} has {len(free)} free parameters ({', '.join(free)}) but only {n} points; "
            f"supply {need} more: {' or '.join(options)}, or more data points")


def fit(years, values, family: str = "logistic", *, loss: str = "log", weights=None, p0=None,
        cap: float | None = None, fixed: dict | None = None, bounds: dict | None = None, max_nfev: int | None = None,
        tol: float = 1e-12,
        status=None, label: str | None = None, unit: str | None = None, source: str | None = None) -> GrowthFit:
    """Fit a growth curve to anchor points.

    With as many points as free parameters the curve is solved to pass
    through every point (closed forms for three equally spaced points);
    with more, it is fitted by least squares with the family's analytic
    Jacobian, with standard errors; with fewer, it raises and says what to
    supply.

    Parameters
    ----------
    years, values : array_like
        Strictly increasing years and positive values between 1e-12 and
        1e280 (:data:`VALUE_RANGE`; express others in another unit).
    family : str, default "logistic"
        One of ``exponential``, ``logistic``, ``gompertz``, ``richards``,
        ``bass``, ``rise`` (an exponential rise to a ceiling), ``damped``
        (exponential smoothing with a damped trend), or a registered family.
    loss : {"log", "linear"}, default "log"
        Least squares on log values (relative errors, right for market sizes
        that span orders of magnitude) or on the values themselves (absolute
        errors, as in NIST's certified problems); ``summary()`` shows which.
    weights : array_like, optional
        Positive weights of the squared residuals, one per point. Only their
        ratios matter: they are scaled to a mean of 1, so ``rss`` is on the
        scale of an unweighted fit.
    p0 : dict or sequence, optional
        Start values of the free parameters (by name, or in the family's
        order), instead of the family's self-start.
    cap : float, optional
        Fix the saturation level (must exceed every value). A fitted cap may
        lie below the largest value when there are more points than free
        parameters; only a curve through every point needs it above the data.
    fixed : dict, optional
        Other parameters to hold at given values, e.g. ``{"nu": 2.0}``.
        With every parameter held, nothing is fitted: the result is that
        curve, with its residuals and ``rss`` on the data (``n`` degrees of
        freedom, no intervals).
    bounds : dict, optional
        ``{param: (low, high)}`` overriding the default search box.
    max_nfev : int, optional
        Most evaluations the optimizer may spend; by default 200 for each
        free parameter, scaled to the problem (a well-posed fit of a few
        parameters converges in tens).
    tol : float, default 1e-12
        The optimizer's relative tolerances (above 2.2e-16, below 1) on the cost, the parameters and
        the gradient: tight enough for certified reference values; a backtest
        that scores forecasts to a few digits passes a looser one.
    status, label, unit, source : optional
        Carried to the plot: ``status`` marks each point ``actual`` or ``estimate``.

    Returns
    -------
    GrowthFit

    Raises
    ------
    ValueError
        Too few points for the free parameters (the message says what to
        supply), a cap at or below the data, a ``fixed``, ``p0`` or ``bounds``
        value outside what the family's parameter may take (a logistic's
        ``k`` above 0, its ``t_mid`` a year within +/-1,000,000), points no
        curve of the family passes through, an unknown loss, a ``p0`` of the
        wrong length, weights that are not positive; :class:`~aimarket.errors.FitError`
        (a ``ValueError``) when the optimizer does not converge.

    Examples
    --------
    >>> import aimarket as am
    >>> f = am.fit([2022, 2027, 2032], [39_834, 399_345, 1_303_551], family="logistic")
    >>> f.exact, round(f.params["cap"])
    (True, 1606364)
    >>> round(f.inflection_year, 1)
    2029.2
    """
    t, y = prepare(years, values)
    fam = family_of(family, t[0])
    if fixed is not None and not isinstance(fixed, dict):
        raise TypeError(f"fixed must be a dict of parameter values, got {type(fixed).__name__} {fixed!r}")
    if bounds is not None and not isinstance(bounds, dict):
        raise TypeError(f"bounds must be a dict {{param: (low, high)}}, got {type(bounds).__name__} {bounds!r}")
    fixed = dict(fixed or {})
    if not all(isinstance(k, str) for k in fixed):
        raise TypeError(f"fixed must map parameter names to values, got {fixed!r}")
    unknown_params = set(fixed) - set(fam.params)
    if unknown_params:
        raise ValueError(f"fixed: {sorted(unknown_params)} are not parameters of {fam.name} (it has {list(fam.params)})")
    if cap is not None:
        if not fam.saturating:
            raise ValueError(f"cap: the {fam.name} family does not saturate; use logistic, gompertz, richards or bass")
        fixed["cap"] = cap
    for k, v in fixed.items():
        name = "cap" if k == "cap" and cap is not None else f"fixed[{k!r}]"
        if isinstance(v, bool) or not isinstance(v, (int, float, np.floating)) or not math.isfinite(as_float(v, name)):
            raise TypeError(f"{name} must be a finite number, got {v!r}")
        fixed[k] = float(v)
    if "cap" in fixed and fixed["cap"] <= y.max():
        raise ValueError(f"cap: {fixed['cap']:g} is at or below the largest value {y.max():g}; a ceiling must exceed the data")
    for k, v in fixed.items():
        fam.check_param(k, v, "cap" if k == "cap" and cap is not None else f"fixed[{k!r}]")
    if not isinstance(loss, str) or loss not in LOSSES:
        raise unknown("loss", loss, LOSSES)
    w = None
    if weights is not None:
        w, _ = as_float_array(weights, "weights")
        w = np.atleast_1d(w)
        check_same_length(t, w, ("years", "weights"))
        check_positive(w, "weights")
        # only their ratios matter: scaled to a mean of 1, weights of 1e-20 or 1e300 fit as weights of 1 do (a
        # weighted cost of 1e-40 stopped the optimiser at its first step, and 1e308 squared is no float)
        if not (w / w.max()).min() > 0:
            raise ValueError(f"weights: the smallest, {w.min():g}, is too small beside the largest, {w.max():g}, "
                             "for their ratio to be a float")
        w = w / w.max() / np.mean(w / w.max())
    if status is not None and (isinstance(status, (str, bytes)) or not isinstance(status, (list, tuple, np.ndarray))):
        raise TypeError(f"status must be a list of 'actual' or 'estimate', one per point, got {status!r}")
    if status is not None and (len(status) != len(t) or not set(status) <= {"actual", "estimate"}):
        raise ValueError(f"status must hold 'actual' or 'estimate' for each of the {len(t)} points, got {list(status)!r}")
    meta = dict(status=tuple(status) if status is not None else None, label=label, unit=unit, source=source,
                loss=loss)
    own = fam.fit(t, y, fixed, meta)
    if own is not None:
        return own
    free = [p for p in fam.params if p not in fixed]
    if len(t) < len(free):
        raise ValueError(_needs_message(fam, free, len(t)))
    box = fam.search_box(t, y)
    if "cap" in box and "cap" not in fixed:
        # only a curve through every point needs its ceiling above the data; with noise it may lie below
        box["cap"] = (y.max() * (1 + 1e-9) if len(t) == len(free) else y.max() * 1e-6, box["cap"][1])
    start = _start_values(p0, fam, free)
    for k, pair in (bounds or {}).items():
        if k not in fam.params:
            raise ValueError(f"bounds: {k!r} is not a parameter of {fam.name}")
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError(f"bounds[{k!r}] must be a pair (low, high), got {pair!r}")
        lo, hi = (float(as_float_array(v, f"bounds[{k!r}]")[0]) for v in pair)
        if np.isnan(lo) or np.isnan(hi) or not lo < hi:
            raise ValueError(f"bounds[{k!r}]: low {lo!r} must be below high {hi!r}")
        low, high = fam.interval(k)
        if lo < low or hi > high:
            raise ValueError(f"bounds[{k!r}]: ({lo!r}, {hi!r}) reaches outside the values {k} may take, a finite "
                             f"number{fam.interval_words(k)}")
        box[k] = (lo, hi)

    if len(t) == len(free) and not fixed and not bounds and w is None and start is None:
        try:
            closed = fam.exact(t, y)
        except NoSolution:
            raise ValueError(f"no {fam.name} curve passes through these {len(t)} points: " + _why_not(fam, t, y)) from None
        if closed is not None:
            return GrowthFit(family=fam.name, params=closed, years=t, values=y, exact=True,
                             note=f"closed-form solution through all {len(t)} points; no degrees of freedom for "
                                  "intervals", **meta)
    if max_nfev is None:
        max_nfev = NFEV_PER_PARAM * max(len(free), 1)
    if isinstance(max_nfev, bool) or not isinstance(max_nfev, (int, np.integer)) or max_nfev < 1:
        raise ValueError(f"max_nfev must be a positive integer, got {max_nfev!r}")
    if isinstance(tol, bool) or not isinstance(tol, (int, float, np.floating)) or not np.finfo(float).eps < tol < 1:
        raise ValueError(f"tol must be a number above the float's precision ({np.finfo(float).eps:.3g}) and below 1, "
                         f"got {tol!r}")
    return _least_squares(fam, t, y, fixed, free, box, meta, int(max_nfev), float(tol), loss=loss, weights=w,
                          start=start)


def _start_values(p0, fam: Family, free: list) -> dict | None:
    """Start values from ``p0``: a dict by parameter name, or a sequence in the order of the free parameters."""
    if p0 is None:
        return None
    if isinstance(p0, dict):
        bad = set(p0) - set(free)
        if bad:
            raise ValueError(f"p0: {sorted(bad)} are not free parameters of {fam.name} (free: {free})")
        items = p0.items()
    else:
        values, _ = as_float_array(p0, "p0")
        values = np.atleast_1d(values)
        if values.ndim != 1 or len(values) != len(free):
            raise ValueError(f"p0 must give {len(free)} start values ({', '.join(free)}), got {len(values)}")
        items = zip(free, values)
    out = {k: float(as_float_array(v, f"p0[{k!r}]")[0]) for k, v in items}
    for k, v in out.items():
        fam.check_param(k, v, f"p0[{k!r}]")
    return out


def _least_squares(fam: Family, t, y, fixed, free, box, meta, max_nfev: int, tol: float, *, loss: str = "log",
                   weights=None, start: dict | None = None) -> GrowthFit:
    from scipy.optimize import least_squares

    if not free:
        return _held_curve(fam, t, y, fixed, meta, loss=loss, weights=weights)
    guess = {**fam.guess(t, y, fixed), **(start or {}), **fixed}
    lo = np.array([box[p][0] for p in free], dtype=float)
    hi = np.array([box[p][1] for p in free], dtype=float)
    with np.errstate(invalid="ignore"):  # an open end (inf) stays open
        inner_lo = np.where(np.isfinite(lo), lo + 1e-12 * np.abs(lo) + 1e-12, lo)
        inner_hi = np.where(np.isfinite(hi), hi - 1e-12 * np.abs(hi) - 1e-12, hi)
    theta0 = np.clip(np.array([guess[p] for p in free], dtype=float), inner_lo, inner_hi)
    # parameters bounded away from zero (a cap, a rate) are searched in logs: a step then scales them, so a
    # fit whose ceiling runs off to the edge of the box gets there in a few steps, not hundreds
    logged = lo > 0
    to_x = lambda th: np.where(logged, np.log(np.where(logged, th, 1.0)), th)  # noqa: E731
    to_theta = lambda x: np.where(logged, np.exp(np.where(logged, x, 0.0)), x)  # noqa: E731
    x0, xlo, xhi = to_x(theta0), to_x(lo), to_x(hi)
    logy = np.log(y)
    sw = np.ones_like(y) if weights is None else np.sqrt(weights)
    penalty = 1e6 * (1 + np.abs(logy if loss == "log" else y))

    def parts(x):
        theta = to_theta(x)
        p = {**fixed, **dict(zip(free, theta))}
        with np.errstate(all="ignore"):
            f = fam.f(t, p)
            r = (np.log(f) - logy if loss == "log" else f - y) * sw
        return p, f, r

    def resid(x):
        _, _, r = parts(x)
        return np.where(np.isfinite(r), r, penalty)

    def jac(x):
        p, f, r = parts(x)
        with np.errstate(all="ignore"):
            d = fam.jac(t, p)
            J = np.column_stack([d[name] for name in free]) * np.where(logged, to_theta(x), 1.0)  # chain rule
            J = J / f[:, None] if loss == "log" else J
            J = J * sw[:, None]
        ok = np.isfinite(r)[:, None] & np.isfinite(J)
        return np.where(ok, J, 0.0)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = least_squares(resid, x0, jac=jac, bounds=(xlo, xhi), x_scale=np.maximum(np.abs(x0), 1e-3),
                            method="trf", xtol=tol, ftol=tol, gtol=tol, max_nfev=max_nfev)
    if not res.success or not np.all(np.isfinite(res.x)):
        raise FitError(f"the {fam.name} fit did not converge", res.message)
    off = ~np.isfinite(parts(res.x)[2])
    if off.any():  # the search stood on its stand-in residuals, not on the curve
        raise FitError(f"the {fam.name} fit did not converge: the curve it ended on is 0 or beyond the float range "
                       f"at {t[off][0]:g}" + (f" with {', '.join(f'{k}={v:g}' for k, v in fixed.items())} held fixed"
                                              if fixed else ""))
    theta = to_theta(res.x)
    params = {**fixed, **dict(zip(free, map(float, theta)))}
    rss = float(np.sum(res.fun ** 2))
    n, k = len(t), len(free)
    if n == k:
        with np.errstate(all="ignore"):
            miss = float(np.max(np.abs(np.log(fam.f(t, params)) - logy)))
        if not miss <= 1e-6:
            raise ValueError(f"no {fam.name} curve passes through these {n} points "
                             f"(closest miss {miss:.3g} in log value): " + _why_not(fam, t, y))
        return GrowthFit(family=fam.name, params=params, years=t, values=y, fixed=tuple(fixed), exact=True,
                         note=f"solved through all {n} points; no degrees of freedom for intervals", **meta)
    hit = [p for p, x in zip(free, theta) if np.isclose(x, box[p][0], rtol=1e-6) or np.isclose(x, box[p][1], rtol=1e-6)]
    note = f"least squares on {_residuals_on(loss, weights)}, {n - k} degrees of freedom"
    cov = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            J = res.jac / np.where(logged, theta, 1.0)  # back from log coordinates to the parameters
            cov = np.linalg.inv(J.T @ J) * (rss / (n - k))
            if not np.all(np.isfinite(cov)):
                cov = None
        except np.linalg.LinAlgError:
            cov = None
    if cov is None:
        note += "; the parameters are not separately identified (singular Jacobian), so no intervals"
    if hit:
        note += (f"; stuck on a bound: {', '.join(hit)} at the edge of the search box, so the data do not pin "
                 f"{'it' if len(hit) == 1 else 'them'} down (widen bounds= or fix it)")
    return GrowthFit(family=fam.name, params=params, years=t, values=y, fixed=tuple(fixed), cov=cov, rss=rss,
                     note=note, **meta)


def _held_curve(fam: Family, t, y, fixed: dict, meta: dict, *, loss: str, weights=None) -> GrowthFit:
    """The curve of ``fixed`` (every parameter) with its sum of squares on the data: nothing left to fit."""
    with np.errstate(all="ignore"):
        f = fam.f(t, fixed)
        r = (np.log(f) - np.log(y) if loss == "log" else f - y) * (1.0 if weights is None else np.sqrt(weights))
    if not np.isfinite(r).all():
        held = ", ".join(f"{k}={v:g}" for k, v in fixed.items())
        raise ValueError(f"fixed: the {fam.name} curve with every parameter held ({held}) is 0 or beyond the float "
                         f"range at {t[~np.isfinite(r)][0]:g}")
    return GrowthFit(family=fam.name, params=dict(fixed), years=t, values=y, fixed=tuple(fixed),
                     rss=float(np.sum(r ** 2)),
                     note=f"every parameter held fixed, nothing fitted: the curve as given, with its residuals on "
                          f"{_residuals_on(loss, weights)}, {len(t)} degrees of freedom", **meta)


def _residuals_on(loss: str, weights) -> str:
    """What a fit's residuals are taken on, for its note: "log values", "values, weighted" ..."""
    return f"{'log values' if loss == 'log' else 'values'}{', weighted' if weights is not None else ''}"


def _why_not(fam: Family, t, y) -> str:
    g = np.diff(np.log(y)) / np.diff(t)
    if fam.saturating and len(g) >= 2 and g[-1] >= g[0]:
        return ("growth does not slow between the points, so they do not identify a ceiling; "
                "supply cap=... or use the exponential family")
    return "try another family, or fix a parameter"
