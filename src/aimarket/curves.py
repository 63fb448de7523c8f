"""Growth-curve families and fitting, from two anchor points to ten or more.

A family declares its curve ``f(t; theta)``, its parameter names, bounds, a
self-starting guess and, where one exists, a closed-form solve for as many
equally spaced points as it has parameters. The shared machinery fits on log
values with :func:`scipy.optimize.least_squares`, solves exactly when the
points equal the free parameters, gives standard errors and intervals when
degrees of freedom allow, and says so when they do not.

Years are calendar years throughout: a logistic's ``t_mid`` is the year of
its inflection.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from collections.abc import Mapping
from types import MappingProxyType

import numpy as np
import pandas as pd

from ._validate import as_float_array, check_bool, check_finite, check_level, check_names, check_str, check_positive, check_same_length, check_years
from .errors import FitError, unknown

__all__ = ["fit", "fit_series", "compare", "backtest", "GrowthFit", "Family", "FAMILIES"]

#: parameters that are points in time, shown as years
YEAR_PARAMS = ("t_mid", "launch")


# --------------------------------------------------------------------------- families
class Family:
    """A growth-curve family. Subclasses declare ``name``, ``params``, ``f``, ``guess``.

    ``bounds(years, values)`` gives the default box for each parameter;
    ``exact(years, values)`` may return a closed-form solution for as many
    equally spaced points as parameters (None when it has none).
    """

    name: str = ""
    params: tuple[str, ...] = ()
    saturating: bool = False
    description: str = ""
    #: parameters to suggest fixing first when the points are too few
    fix_hint: tuple[str, ...] = ()

    def f(self, t: np.ndarray, p: dict) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def guess(self, t: np.ndarray, y: np.ndarray, fixed: dict) -> dict:  # pragma: no cover - abstract
        raise NotImplementedError

    def bounds(self, t: np.ndarray, y: np.ndarray) -> dict:
        span = t[-1] - t[0]
        return {"cap": (y.max() * (1 + 1e-9), y.max() * 1e4), "k": (1e-4, 10.0),
                "t_mid": (t[0] - 10 * span - 50, t[-1] + 10 * span + 50)}

    def exact(self, t: np.ndarray, y: np.ndarray) -> dict | None:
        return None

    def inflection(self, p: dict) -> float | None:
        return None

    def __repr__(self) -> str:
        return f"<{self.name} family: {', '.join(self.params)}>"


class _NoSolution(Exception):
    """A closed form shows that no curve of the family passes through the points."""


def _equally_spaced(t: np.ndarray) -> bool:
    d = np.diff(t)
    return len(t) == 3 and np.allclose(d, d[0])


def _geometric_offset(u: np.ndarray) -> float:
    """c such that u - c is geometric for three values (closed forms for 3 points)."""
    den = u[0] + u[2] - 2 * u[1]
    if den == 0:
        return math.nan
    return (u[0] * u[2] - u[1] ** 2) / den


def _sigmoid_guess(t, y, fixed, linearise) -> dict:
    """Self-starting values for a curve that ``linearise(value / cap)`` turns into ``k (year - t_mid)``:
    a cap at twice the data (or the fixed one), then a straight line through the linearised points."""
    cap = fixed.get("cap", 2.0 * y.max())
    k, c = np.polyfit(t, linearise(y / cap), 1)
    k = max(k, 1e-3)
    return {"cap": cap, "k": float(k), "t_mid": float(-c / k)}


class Exponential(Family):
    name = "exponential"
    params = ("start", "rate")
    description = "constant growth: start * (1 + rate) ** (year - first year)"

    def f(self, t, p):
        return p["start"] * (1 + p["rate"]) ** (t - self.t0)

    def guess(self, t, y, fixed):
        b, a = np.polyfit(t - self.t0, np.log(y), 1)
        return {"start": float(np.exp(a)), "rate": float(np.expm1(b))}

    def bounds(self, t, y):
        return {"start": (y.min() * 1e-6, y.max() * 1e6), "rate": (-0.99, 100.0)}

    def exact(self, t, y):
        return self.guess(t, y, {}) if len(t) == 2 else None


class Logistic(Family):
    name = "logistic"
    params = ("cap", "k", "t_mid")
    saturating = True
    description = "S-curve symmetric about its inflection year t_mid, where it reaches cap / 2"

    def f(self, t, p):
        return p["cap"] / (1 + np.exp(-p["k"] * (t - p["t_mid"])))

    def guess(self, t, y, fixed):
        return _sigmoid_guess(t, y, fixed, lambda share: np.log(share / (1 - share)))

    def exact(self, t, y):
        if not _equally_spaced(t):
            return None
        u = 1 / y
        c = _geometric_offset(u)
        if not (c > 0 and u[0] > u[1] > u[2] > c):
            raise _NoSolution
        h = t[1] - t[0]
        k = -math.log((u[1] - c) / (u[0] - c)) / h
        return {"cap": 1 / c, "k": k, "t_mid": t[0] + math.log((u[0] - c) / c) / k}

    def inflection(self, p):
        return p["t_mid"]


class Gompertz(Family):
    name = "gompertz"
    params = ("cap", "k", "t_mid")
    saturating = True
    description = "asymmetric S-curve: cap * exp(-exp(-k (year - t_mid))); inflection at t_mid, at cap / e"

    def f(self, t, p):
        return p["cap"] * np.exp(-np.exp(-p["k"] * (t - p["t_mid"])))

    def guess(self, t, y, fixed):
        return _sigmoid_guess(t, y, fixed, lambda share: -np.log(-np.log(share)))

    def exact(self, t, y):
        if not _equally_spaced(t):
            return None
        v = np.log(y)
        L = _geometric_offset(v)
        if not (np.isfinite(L) and L > v[2] and (L - v[0]) > (L - v[1]) > (L - v[2]) > 0):
            raise _NoSolution
        h = t[1] - t[0]
        k = -math.log((L - v[1]) / (L - v[0])) / h
        return {"cap": math.exp(L), "k": k, "t_mid": t[0] + math.log(L - v[0]) / k}

    def inflection(self, p):
        return p["t_mid"]


class Richards(Family):
    name = "richards"
    params = ("cap", "k", "t_mid", "nu")
    saturating = True
    fix_hint = ("nu",)
    description = "generalised logistic: cap / (1 + nu exp(-k (year - t_mid))) ** (1 / nu); nu = 1 is the logistic"

    def f(self, t, p):
        return p["cap"] / (1 + p["nu"] * np.exp(-p["k"] * (t - p["t_mid"]))) ** (1 / p["nu"])

    def guess(self, t, y, fixed):
        g = Logistic().guess(t, y, fixed)
        return {**g, "nu": 1.0}

    def bounds(self, t, y):
        return {**super().bounds(t, y), "nu": (1e-2, 20.0)}

    def inflection(self, p):
        return p["t_mid"] + math.log(p["nu"]) / p["k"]


class Bass(Family):
    name = "bass"
    params = ("cap", "p", "q", "launch")
    saturating = True
    fix_hint = ("launch", "p")
    description = "market potential cap times the Bass cumulative adoption F(year - launch; p, q)"

    def f(self, t, p):
        s = np.maximum(t - p["launch"], 0.0)
        e = np.exp(-(p["p"] + p["q"]) * s)
        return p["cap"] * (1 - e) / (1 + (p["q"] / p["p"]) * e)

    def guess(self, t, y, fixed):
        # start from the logistic the points suggest: Bass with a small p is nearly logistic,
        # with q close to the logistic rate and the inflection ln(q/p)/(p+q) after launch
        launch = float(fixed.get("launch", t[0] - 1))
        try:
            lg = Logistic().guess(t, y, fixed)
            q = float(np.clip(lg["k"], 1e-3, 4.0))
            p = float(np.clip(q * math.exp(-q * max(lg["t_mid"] - launch, 0.1)), 1e-6, 0.5))
            cap = lg["cap"]
        except (ValueError, FloatingPointError):
            q, p, cap = 0.5, 0.01, 2.0 * y.max()
        return {"cap": fixed.get("cap", cap), "p": fixed.get("p", p), "q": fixed.get("q", q), "launch": launch}

    def bounds(self, t, y):
        b = super().bounds(t, y)
        return {"cap": b["cap"], "p": (1e-6, 1.0), "q": (1e-4, 5.0), "launch": (t[0] - 60, t[0] - 1e-6)}

    def inflection(self, p):
        if p["q"] <= p["p"]:
            return p["launch"]
        return p["launch"] + math.log(p["q"] / p["p"]) / (p["p"] + p["q"])


class Rise(Family):
    name = "rise"
    params = ("cap", "k", "start")
    saturating = True
    fix_hint = ("start",)
    description = "exponential rise to a ceiling (monomolecular): cap * (1 - exp(-k (year - start)))"

    def f(self, t, p):
        return p["cap"] * -np.expm1(-p["k"] * (t - p["start"]))

    def guess(self, t, y, fixed):
        # a cap above the data, then -log(1 - value / cap) = k (year - start) is a straight line
        cap = float(fixed.get("cap", 1.5 * y.max()))
        z = -np.log1p(-np.clip(y / cap, 0, 1 - 1e-9))
        if "start" in fixed:
            x = t - fixed["start"]
            k = float(np.sum(z * x) / np.sum(x * x))
            return {"cap": cap, "k": max(k, 1e-6), "start": float(fixed["start"])}
        k, c = np.polyfit(t, z, 1)
        k = max(float(k), 1e-6)
        return {"cap": cap, "k": k, "start": float(-c / k)}

    def bounds(self, t, y):
        span = t[-1] - t[0]
        return {"cap": (y.max() * (1 + 1e-9), y.max() * 1e4), "k": (1e-9, 100.0),
                "start": (t[0] - 10 * span - 50, t[0])}


class DampedTrend(Family):
    """Additive damped trend on log values (statsmodels ``ExponentialSmoothing``)."""

    name = "damped"
    params = ("alpha", "beta", "phi", "level", "trend")
    saturating = False
    description = "exponential smoothing of log values with a damped additive trend (statsmodels)"
    min_points = 8


FAMILIES = MappingProxyType({c.name: c for c in (Exponential, Logistic, Gompertz, Richards, Bass, Rise, DampedTrend)})
#: what a fit minimises: squared residuals of log values (market sizes) or of the values themselves
LOSSES = ("log", "linear")


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class GrowthFit:
    """A fitted growth curve. Immutable; every method is a pure function of it.

    Attributes
    ----------
    family : str
    params : dict
        Parameter values by name (``params["cap"]`` for saturating families).
    years, values : ndarray
        The data fitted.
    fixed : tuple of str
        Parameters held at supplied values.
    exact : bool
        True when the curve was solved through every point (no degrees of freedom).
    stderr : dict or None
        Standard errors of the free parameters, when degrees of freedom allow.
    note : str
        What was done, and what could not be (for example no interval).
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
    _model: object = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if not isinstance(self.family, str) or self.family not in FAMILIES:
            raise unknown("family", self.family, FAMILIES)
        if not isinstance(self.params, Mapping) or set(self.params) != set(FAMILIES[self.family].params) \
                and self.family != "damped":
            raise TypeError(f"params must map each parameter of {self.family} ({', '.join(FAMILIES[self.family].params)}) "
                            f"to a number, got {self.params!r}")
        params = {str(k): float(as_float_array(v, f"params[{k!r}]")[0]) for k, v in self.params.items()}
        years = check_years(self.years, "years")
        values, _ = as_float_array(self.values, "values")
        values = np.atleast_1d(values)
        check_same_length(years, values, ("years", "values"))
        check_positive(values, "values")
        if not isinstance(self.fixed, tuple) or not all(isinstance(f, str) for f in self.fixed):
            raise TypeError(f"fixed must be a tuple of parameter names, got {self.fixed!r}")
        for name in ("note",):
            check_str(getattr(self, name), name)
        for name in ("label", "unit", "source"):
            check_str(getattr(self, name), name, optional=True)
        check_bool(self.exact, "exact")
        if self.loss not in LOSSES:
            raise unknown("loss", self.loss, LOSSES)
        object.__setattr__(self, "params", MappingProxyType(params))
        object.__setattr__(self, "years", years)
        object.__setattr__(self, "values", values)

    def __copy__(self):
        return self  # immutable

    def __deepcopy__(self, memo):
        return self

    # -- basic quantities -----------------------------------------------------
    @property
    def n(self) -> int:
        return len(self.years)

    @property
    def free(self) -> tuple:
        return tuple(p for p in FAMILIES[self.family].params if p not in self.fixed)

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
        if self.family == "damped":
            return wrap(_damped_predict(self, arr))
        fam = _family(self.family, self.years[0])
        with np.errstate(over="ignore", under="ignore"):
            return wrap(fam.f(arr, dict(self.params)))

    @property
    def residuals(self) -> np.ndarray:
        """Residuals on the scale the fit minimises: ``log(value) - log(fitted)``, or ``value - fitted``
        for ``loss="linear"``."""
        fitted = self.predict(self.years)
        return np.log(self.values) - np.log(fitted) if self.loss == "log" else self.values - fitted

    # -- information criteria -------------------------------------------------
    def _ic(self, penalty: float) -> float | None:
        if self.exact or self.dof <= 0 or self.rss <= 0:
            return None
        return self.n * math.log(self.rss / self.n) + penalty

    @property
    def aic(self) -> float | None:
        """Akaike information criterion (Gaussian log errors); None for exact fits."""
        if self.family == "damped" and self._model is not None:
            return float(self._model.aic)
        return self._ic(2 * (len(self.free) + 1))

    @property
    def aicc(self) -> float | None:
        """Small-sample AIC; None unless n > k + 1 (k counting the error variance)."""
        if self.family == "damped" and self._model is not None:
            return float(self._model.aicc)
        k = len(self.free) + 1
        base = self.aic
        if base is None or self.n - k - 1 <= 0:
            return None
        return base + 2 * k * (k + 1) / (self.n - k - 1)

    @property
    def bic(self) -> float | None:
        if self.family == "damped" and self._model is not None:
            return float(self._model.bic)
        return self._ic(math.log(self.n) * (len(self.free) + 1))

    # -- derived quantities -----------------------------------------------------
    @property
    def ceiling(self) -> float:
        """The level the curve tends to: ``cap`` for saturating families, inf for exponential growth."""
        if "cap" in self.params:
            return float(self.params["cap"])
        if self.family == "exponential":
            return math.inf if self.params["rate"] > 0 else 0.0
        if self.family == "damped":
            p = self.params
            if p["phi"] < 1:
                return float(math.exp(p["level"] + p["trend"] * p["phi"] / (1 - p["phi"])))
        return math.inf

    @property
    def inflection_year(self) -> float | None:
        """Year of fastest absolute growth (None for curves without one)."""
        if self.family in ("exponential", "damped"):
            return None
        return _family(self.family, self.years[0]).inflection(dict(self.params))

    def cagr(self, start_year: float, end_year: float) -> float:
        """Compound annual growth of the curve between two years.

        Examples
        --------
        >>> import aimarket as am
        >>> f = am.fit([2022, 2032], [100.0, 400.0], family="exponential")
        >>> round(f.cagr(2030, 2035), 6) == round(4 ** 0.1 - 1, 6)
        True
        """
        from .growth import cagr

        if not end_year > start_year:
            raise ValueError(f"end_year ({end_year}) must come after start_year ({start_year})")
        a, b = self.predict([start_year, end_year])
        return cagr(float(a), float(b), end_year - start_year)

    def year_reached(self, level: float) -> float:
        """The year the curve first reaches ``level``.

        Raises ``ValueError`` when the curve never reaches it (at or above a ceiling).

        Examples
        --------
        >>> import aimarket as am
        >>> f = am.fit([2020, 2030], [100.0, 200.0], family="exponential")
        >>> round(f.year_reached(400.0), 6)
        2040.0
        """
        from scipy.optimize import brentq

        if not (isinstance(level, (int, float, np.floating)) and math.isfinite(level) and level > 0):
            raise ValueError(f"level must be a positive finite number, got {level!r}")
        if level >= self.ceiling:
            raise ValueError(f"level {level:g} is at or above the curve's ceiling {self.ceiling:g}; it is never reached")
        lo, hi = float(self.years[0]) - 200, float(self.years[-1])
        g = lambda x: float(self.predict(x)) - level  # noqa: E731
        while g(hi) < 0:
            hi += 25
            if hi > self.years[-1] + 1000:
                raise ValueError(f"level {level:g} is not reached within 1000 years")
        if g(lo) > 0:
            raise ValueError(f"level {level:g} is below the curve as far back as {lo:g}")
        return float(brentq(g, lo, hi, xtol=1e-9))

    # -- intervals ----------------------------------------------------------------
    def param_intervals(self, level: float = 0.95) -> pd.DataFrame:
        """Estimates, standard errors and t intervals; empty intervals when no dof."""
        from scipy import stats

        check_level(level)
        rows = []
        se = self.stderr or {}
        tq = stats.t.ppf(0.5 + level / 2, self.dof) if self.dof > 0 else math.nan
        for name in FAMILIES[self.family].params:
            v = float(self.params[name])
            s = se.get(name)
            lo = hi = None
            if s is not None and np.isfinite(tq):
                lo, hi = v - tq * s, v + tq * s
            rows.append({"param": name, "estimate": v, "stderr": s, "low": lo, "high": hi,
                         "fixed": name in self.fixed})
        return pd.DataFrame(rows).set_index("param")

    def band(self, years, level: float = 0.95):
        """Pointwise confidence band of the curve (delta method on log values).

        Returns ``(low, high)`` arrays, or None when the fit has no covariance
        (exact fits, or no degrees of freedom).
        """
        check_level(level)
        if self.cov is None or self.family == "damped":
            return None
        from scipy import stats

        t, _ = as_float_array(years, "years")
        t = np.atleast_1d(t)
        check_finite(t, "years")
        fam = _family(self.family, self.years[0])
        base = dict(self.params)
        f0 = np.log(fam.f(t, base))
        grads = []
        for name in self.free:
            h = 1e-6 * max(abs(base[name]), 1e-3)
            bumped = {**base, name: base[name] + h}
            grads.append((np.log(fam.f(t, bumped)) - f0) / h)
        G = np.vstack(grads).T
        var = np.einsum("ij,jk,ik->i", G, self.cov, G)
        tq = stats.t.ppf(0.5 + level / 2, self.dof)
        half = tq * np.sqrt(np.clip(var, 0, None))
        return np.exp(f0 - half), np.exp(f0 + half)

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
            "family": self.family, "n": self.n, "dof": self.dof, "exact": self.exact,
            "loss": self.loss, "aic": self.aic, "aicc": self.aicc, "bic": self.bic, "ceiling": self.ceiling,
            "inflection_year": self.inflection_year, "note": self.note,
        }
        return table

    def __str__(self) -> str:
        from .display import format_number

        lines = [f"{self.family} fit to {self.n} points ({'exact' if self.exact else f'{self.dof} dof'})"]
        for name, v in self.params.items():
            shown = format_number(v, year=name in YEAR_PARAMS)
            lines.append(f"  {name:>7} = {shown}" + ("  (fixed)" if name in self.fixed else ""))
        if self.note:
            lines.append(f"  note: {self.note}")
        return "\n".join(lines)

    def plot(self, ax=None, **kwargs):
        """Draw the data and the curve; see :func:`aimarket.plots.plot_fit`."""
        from .plots import plot_fit

        return plot_fit(self, ax=ax, **kwargs)


# --------------------------------------------------------------------------- fitting
def _family(name, t0: float) -> Family:
    if not isinstance(name, str) or name not in FAMILIES:
        raise unknown("family", name, FAMILIES)
    fam = FAMILIES[name]()
    fam.t0 = float(t0)
    return fam


def _prepare(years, values):
    t = check_years(years, "years", min_points=1)
    y, _ = as_float_array(values, "values")
    y = np.atleast_1d(y).astype(float)
    check_same_length(t, y, ("years", "values"))
    check_positive(y, "values")
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
        cap: float | None = None, fixed: dict | None = None, bounds: dict | None = None, max_nfev: int = 20_000,
        status=None, label: str | None = None, unit: str | None = None, source: str | None = None) -> GrowthFit:
    """Fit a growth curve to anchor points.

    With as many points as free parameters the curve is solved to pass
    through every point (closed forms for three equally spaced points);
    with more, it is fitted by least squares on log values, with standard
    errors; with fewer, it raises and says what to supply.

    Parameters
    ----------
    years, values : array_like
        Strictly increasing years and positive values.
    family : str, default "logistic"
        One of ``exponential``, ``logistic``, ``gompertz``, ``richards``,
        ``bass``, ``rise`` (an exponential rise to a ceiling), ``damped``.
    loss : {"log", "linear"}, default "log"
        Least squares on log values (relative errors, right for market sizes
        that span orders of magnitude) or on the values themselves (absolute
        errors, as in NIST's certified problems); ``summary()`` shows which.
    weights : array_like, optional
        Positive weights of the squared residuals, one per point.
    p0 : dict or sequence, optional
        Start values of the free parameters (by name, or in the family's
        order), instead of the family's self-start.
    cap : float, optional
        Fix the saturation level (must exceed every value). A fitted cap may
        lie below the largest value when there are more points than free
        parameters; only a curve through every point needs it above the data.
    fixed : dict, optional
        Other parameters to hold at given values, e.g. ``{"nu": 2.0}``.
    bounds : dict, optional
        ``{param: (low, high)}`` overriding the default search box.
    max_nfev : int, default 20000
        Most evaluations the optimizer may spend.
    status, label, unit, source : optional
        Carried to the plot: ``status`` marks each point ``actual`` or ``estimate``.

    Returns
    -------
    GrowthFit

    Raises
    ------
    ValueError
        Too few points for the free parameters (the message says what to
        supply), a cap at or below the data, points no curve of the family
        passes through; :class:`~aimarket.errors.FitError` (a ``ValueError``)
        when the optimizer does not converge, with its message.

    Examples
    --------
    >>> import aimarket as am
    >>> f = am.fit([2022, 2027, 2032], [39_834, 399_345, 1_303_551], family="logistic")
    >>> f.exact, round(f.params["cap"])
    (True, 1606364)
    >>> round(f.inflection_year, 1)
    2029.2
    """
    t, y = _prepare(years, values)
    fam = _family(family, t[0])
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
        if isinstance(v, bool) or not isinstance(v, (int, float, np.floating)) or not math.isfinite(v):
            raise TypeError(f"fixed[{k!r}] must be a finite number, got {v!r}")
    if "cap" in fixed and fixed["cap"] <= y.max():
        raise ValueError(f"cap: {fixed['cap']:g} is at or below the largest value {y.max():g}; a ceiling must exceed the data")
    if not isinstance(loss, str) or loss not in LOSSES:
        raise unknown("loss", loss, LOSSES)
    w = None
    if weights is not None:
        w, _ = as_float_array(weights, "weights")
        w = np.atleast_1d(w)
        check_same_length(t, w, ("years", "weights"))
        check_positive(w, "weights")
    meta = dict(status=tuple(status) if status is not None else None, label=label, unit=unit, source=source,
                loss=loss)
    if fam.name == "damped":
        return _fit_damped(t, y, fixed, meta)
    free = [p for p in fam.params if p not in fixed]
    if len(t) < len(free):
        raise ValueError(_needs_message(fam, free, len(t)))
    box = fam.bounds(t, y)
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
        box[k] = (lo, hi)

    if len(t) == len(free) and not fixed and not bounds and w is None and start is None:
        try:
            closed = fam.exact(t, y)
        except _NoSolution:
            raise ValueError(f"no {fam.name} curve passes through these {len(t)} points: " + _why_not(fam, t, y)) from None
        if closed is not None:
            return GrowthFit(fam.name, closed, t, y, (), True, None, 0.0,
                             f"closed-form solution through all {len(t)} points; no degrees of freedom for intervals",
                             **meta)
    if isinstance(max_nfev, bool) or not isinstance(max_nfev, (int, np.integer)) or max_nfev < 1:
        raise ValueError(f"max_nfev must be a positive integer, got {max_nfev!r}")
    return _least_squares(fam, t, y, fixed, free, box, meta, int(max_nfev), loss=loss, weights=w, start=start)


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
        if not np.isfinite(v):
            raise ValueError(f"p0[{k!r}] must be finite, got {v!r}")
    return out


def _least_squares(fam: Family, t, y, fixed, free, box, meta, max_nfev: int = 20_000, *, loss: str = "log",
                   weights=None, start: dict | None = None) -> GrowthFit:
    from scipy.optimize import least_squares

    guess = {**fam.guess(t, y, fixed), **(start or {}), **fixed}
    lo = np.array([box[p][0] for p in free], dtype=float)
    hi = np.array([box[p][1] for p in free], dtype=float)
    x0 = np.clip(np.array([guess[p] for p in free], dtype=float), lo + 1e-12 * np.abs(lo) + 1e-12,
                 hi - 1e-12 * np.abs(hi) - 1e-12)
    logy = np.log(y)
    sw = np.ones_like(y) if weights is None else np.sqrt(weights)
    scale = np.maximum(np.abs(x0), 1e-3)

    def resid(x):
        p = {**fixed, **dict(zip(free, x))}
        with np.errstate(all="ignore"):
            f = fam.f(t, p)
            out = (np.log(f) - logy if loss == "log" else f - y) * sw
        return np.where(np.isfinite(out), out, 1e6 * (1 + np.abs(y)))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = least_squares(resid, x0, bounds=(lo, hi), x_scale=scale, method="trf", xtol=1e-14, ftol=1e-14,
                            gtol=1e-14, max_nfev=max_nfev)
    if not res.success or not np.all(np.isfinite(res.x)):
        raise FitError(f"the {fam.name} fit did not converge", res.message)
    params = {**fixed, **dict(zip(free, map(float, res.x)))}
    rss = float(np.sum(res.fun ** 2))
    n, k = len(t), len(free)
    if n == k:
        with np.errstate(all="ignore"):
            miss = float(np.max(np.abs(np.log(fam.f(t, params)) - logy)))
        if not miss <= 1e-6:
            raise ValueError(f"no {fam.name} curve passes through these {n} points "
                             f"(closest miss {miss:.3g} in log value): "
                             + _why_not(fam, t, y))
        return GrowthFit(fam.name, params, t, y, tuple(fixed), True, None, 0.0,
                         f"solved through all {n} points; no degrees of freedom for intervals", **meta)
    hit = [p for p, x in zip(free, res.x) if np.isclose(x, box[p][0], rtol=1e-6) or np.isclose(x, box[p][1], rtol=1e-6)]
    cov = None
    note = (f"least squares on {'log values' if loss == 'log' else 'values'}"
            f"{', weighted' if weights is not None else ''}, {n - k} degrees of freedom")
    J = res.jac
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            JTJ_inv = np.linalg.inv(J.T @ J)
            s2 = rss / (n - k)
            cov = JTJ_inv * s2
            if not np.all(np.isfinite(cov)):
                cov = None
        except np.linalg.LinAlgError:
            cov = None
    if cov is None:
        note += "; the parameters are not separately identified (singular Jacobian), so no intervals"
    if hit:
        note += f"; {', '.join(hit)} at a bound of the search box: the data do not pin {'it' if len(hit) == 1 else 'them'} down"
    return GrowthFit(fam.name, params, t, y, tuple(fixed), False, cov, rss, note, **meta)


def _why_not(fam: Family, t, y) -> str:
    g = np.diff(np.log(y)) / np.diff(t)
    if fam.saturating and len(g) >= 2 and g[-1] >= g[0]:
        return ("growth does not slow between the points, so they do not identify a ceiling; "
                "supply cap=... or use the exponential family")
    return "try another family, or fix a parameter"


def _fit_damped(t, y, fixed, meta) -> GrowthFit:
    fam = DampedTrend()
    if fixed:
        raise ValueError("fixed: the damped-trend family takes no fixed parameters")
    if len(t) < fam.min_points:
        raise ValueError(f"damped needs at least {fam.min_points} equally spaced annual points "
                         f"(it estimates {len(fam.params)} parameters by smoothing); got {len(t)}")
    d = np.diff(t)
    if not np.allclose(d, 1):
        raise ValueError("years: the damped-trend family needs consecutive annual years")
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = ExponentialSmoothing(np.log(y), trend="add", damped_trend=True, initialization_method="estimated")
        res = model.fit(optimized=True)
    p = res.params
    params = {"alpha": float(p["smoothing_level"]), "beta": float(p["smoothing_trend"]),
              "phi": float(p["damping_trend"]), "level": float(res.level[-1]), "trend": float(res.trend[-1])}
    rss = float(np.sum((np.log(y) - res.fittedvalues) ** 2))
    return GrowthFit("damped", params, t, y, (), False, None, rss,
                     "statsmodels ExponentialSmoothing on log values (additive damped trend)", _model=res, **meta)


def _damped_predict(f: GrowthFit, years: np.ndarray) -> np.ndarray:
    last = f.years[-1]
    p = f.params
    h = years - last
    out = np.empty_like(years, dtype=float)
    inside = h <= 0
    if inside.any():
        fitted = np.exp(np.asarray(f._model.fittedvalues))
        out[inside] = np.exp(np.interp(years[inside], f.years, np.log(fitted)))
    ahead = ~inside
    if ahead.any():
        phi = p["phi"]
        hh = h[ahead]
        damp = hh if phi == 1 else phi * (1 - phi ** hh) / (1 - phi)
        out[ahead] = np.exp(p["level"] + p["trend"] * damp)
    return out


def fit_series(series_id: str, item: str | None = None, family: str = "logistic", *, package=None,
               **kwargs) -> GrowthFit:
    """Fit a curve to one item of a series, carrying status, unit and source to the plot.

    Parameters
    ----------
    series_id : str
    item : str, optional
        The item as printed; the series' top item (its total) by default.
    family : str, default "logistic"
    package : Package, optional
        A package from :func:`aimarket.read_package`; the bundled one by default.
    **kwargs
        Passed to :func:`fit` (``cap``, ``fixed``, ``bounds`` ...).

    Examples
    --------
    >>> import aimarket as am
    >>> f = am.fit_series("bloomberg_genai", "Total", "gompertz")
    >>> f.label, f.unit
    ('Total', 'USD million')
    """
    from .catalog import load, source_line, top_item

    df = load(series_id, package=package)
    item = top_item(series_id, package=package) if item is None else check_str(item, "item")
    rows = df[df["item"] == item]
    if rows.empty:
        raise unknown("item", item, df["item"].unique())
    return fit(rows["year"].to_numpy(), rows["value"].to_numpy(), family, status=rows["status"].tolist(),
               label=item, unit=rows["unit"].iloc[0], source=source_line(series_id, package=package), **kwargs)


# --------------------------------------------------------------------------- comparison
def _families(families):
    if families is None:
        return list(FAMILIES)
    return check_names(families, "families", FAMILIES)


def compare(years, values, families=None, **kwargs) -> pd.DataFrame:
    """Fit every family the data identify and rank them, best first.

    The criterion is AICc when every fitted family has enough points for it,
    else AIC, else the in-sample log RMSE (exact fits tie at zero: the data
    cannot tell them apart). Families that cannot be fitted are listed with
    the reason in ``attrs["skipped"]``.

    Returns
    -------
    pandas.DataFrame
        ``family``, ``criterion``, ``value``, ``k`` (free parameters), ``n``,
        ``exact``, ``aic``, ``aicc``, ``bic``, ``rmse_log``, ``ceiling``, ``note``.

    Examples
    --------
    >>> import aimarket as am
    >>> c = am.compare([2022, 2027, 2032], [39_834, 399_345, 1_303_551])
    >>> sorted(c.family)
    ['exponential', 'gompertz', 'logistic']
    >>> sorted(c.attrs["skipped"])
    ['bass', 'damped', 'richards', 'rise']
    """
    t, y = _prepare(years, values)
    fits, skipped = {}, {}
    for name in _families(families):
        try:
            fits[name] = fit(t, y, name, **kwargs)
        except ValueError as exc:  # includes FitError
            skipped[name] = str(exc)
    rows = []
    for name, f in fits.items():
        rows.append({"family": name, "k": len(f.free), "n": f.n, "exact": f.exact, "aic": f.aic, "aicc": f.aicc,
                     "bic": f.bic, "rmse_log": float(np.sqrt(np.mean(f.residuals ** 2))), "ceiling": f.ceiling,
                     "note": f.note})
    out = pd.DataFrame(rows, columns=["family", "k", "n", "exact", "aic", "aicc", "bic", "rmse_log", "ceiling", "note"])
    if len(out) and out["aicc"].notna().all():
        criterion = "aicc"
    elif len(out) and out["aic"].notna().all():
        criterion = "aic"
    else:
        criterion = "rmse_log"
    out.insert(1, "criterion", criterion)
    out.insert(2, "value", out[criterion].astype(float) if len(out) else pd.Series(dtype=float))
    out = out.sort_values(["value", "k"], kind="stable").reset_index(drop=True)
    out.attrs = {"skipped": skipped, "criterion": criterion}
    return out


def backtest(years, values, holdout: int = 1, families=None, **kwargs) -> pd.DataFrame:
    """Fit on all but the last ``holdout`` points and score the held-out ones.

    Returns
    -------
    pandas.DataFrame
        One row per family that could be fitted on the shorter history,
        best first: ``family``, ``mape`` (mean absolute percentage error),
        ``bias`` (mean signed percentage error; positive is over-forecast),
        ``holdout``, ``n_fit``. Skipped families are in ``attrs["skipped"]``.

    Examples
    --------
    >>> import numpy as np, aimarket as am
    >>> years = np.arange(2015, 2025)
    >>> b = am.backtest(years, 50 * 1.3 ** (years - 2015), holdout=3, families=["exponential", "logistic"])
    >>> b.family.iloc[0], round(float(b.mape.iloc[0]), 6)
    ('exponential', 0.0)
    """
    t, y = _prepare(years, values)
    if isinstance(holdout, bool) or not isinstance(holdout, (int, np.integer)) or holdout < 1:
        raise ValueError(f"holdout must be a positive integer, got {holdout!r}")
    if holdout >= len(t):
        raise ValueError(f"holdout ({holdout}) must leave at least one point to fit; there are {len(t)}")
    tf, yf, th, yh = t[:-holdout], y[:-holdout], t[-holdout:], y[-holdout:]
    rows, skipped = [], {}
    for name in _families(families):
        try:
            f = fit(tf, yf, name, **kwargs)
        except ValueError as exc:
            skipped[name] = str(exc)
            continue
        err = (f.predict(th) - yh) / yh
        rows.append({"family": name, "mape": float(100 * np.mean(np.abs(err))), "bias": float(100 * np.mean(err)),
                     "holdout": int(holdout), "n_fit": len(tf)})
    out = pd.DataFrame(rows, columns=["family", "mape", "bias", "holdout", "n_fit"])
    out = out.sort_values("mape", kind="stable").reset_index(drop=True)
    out.attrs = {"skipped": skipped}
    return out
