"""What a growth-curve family declares, and the registry of families.

A family is one small class, lifelines-style: its curve ``f(t, p)``, the
curve's analytic derivatives ``jac(t, p)``, parameter names and the values
each may take (:attr:`Family.domain`), a default search box, a self-start, a closed form through as many equally spaced points as it
has parameters where one exists, its ceiling and its inflection year. The
fitting, ranking and forecasting machinery in :mod:`aimarket.curves` works
from these alone; a new family is one module calling :func:`register`.

A family whose ``batched`` is true gives the same forms for arrays of series
at once: ``t`` and ``y`` are series x points, each parameter a column (series
x 1), and the self-start, search box and closed form work along the last
axis (``guess`` takes weights ``w``, 0 for a padding point). One series is the
case of one row, so :func:`aimarket.fit` and :func:`aimarket.fit_panel` share
every formula.
"""

from __future__ import annotations

import math

import numpy as np

from ..errors import Registry

__all__ = ["Family", "FAMILIES", "register", "NoSolution"]

_REGISTRY: dict = {}
#: every registered family by name (read-only view of the registry)
FAMILIES = Registry("family", _REGISTRY)


def register(cls):
    """Add a :class:`Family` subclass to :data:`FAMILIES` under its ``name`` (a class decorator)."""
    if not (isinstance(cls, type) and issubclass(cls, Family)) or not cls.name:
        raise TypeError(f"register takes a Family subclass with a name, got {cls!r}")
    _REGISTRY[cls.name] = cls
    return cls


class NoSolution(Exception):
    """A closed form shows that no curve of the family passes through the points."""


class Family:
    """A growth-curve family. Subclasses declare ``name``, ``params``, ``f``, ``jac`` and ``guess``.

    ``t0`` is the first year of the data fitted (families that count years
    from the start, such as the exponential, use it).
    """

    name: str = ""
    params: tuple = ()
    saturating: bool = False
    description: str = ""
    #: parameters to suggest fixing first when the points are too few
    fix_hint: tuple = ()
    #: fewest points the family is fitted to
    min_points: int = 0
    #: the losses the family can be fitted with
    losses: tuple = ("log", "linear")
    #: parameters that are points in time, shown as years
    year_params: tuple = ()
    #: parameters that are market values (a ceiling, a first value), so above zero
    value_params: tuple = ("cap",)
    #: the open interval a parameter lies in, ``{param: (low, high)}``, where the curve is one of the family (a
    #: rate of growth above 0, say); unlisted, ``value_params`` lie above 0, ``year_params`` within
    #: +/-1,000,000 (the years a fit takes) and the others are any finite number
    domain: dict = {}
    #: the curve, its log and derivatives, self-start, box and closed form all work on series x points arrays
    batched: bool = False

    def __init__(self, t0=0.0):
        # one first year, or one per series (a column) for a batched family
        self.t0 = np.asarray(t0, dtype=float) if np.ndim(t0) else float(t0)

    # -- the values a parameter may take ------------------------------------------------------
    @classmethod
    def interval(cls, name: str) -> tuple:
        """The open interval ``(low, high)`` parameter ``name`` lies in (see :attr:`domain`)."""
        if name in cls.domain:
            return tuple(map(float, cls.domain[name]))
        if name in cls.value_params:
            return 0.0, math.inf
        if name in cls.year_params:
            return -YEAR_LIMIT, YEAR_LIMIT
        return -math.inf, math.inf

    @classmethod
    def outside(cls, name: str, values) -> np.ndarray:
        """True where a value of parameter ``name`` is not finite or lies outside its interval."""
        low, high = cls.interval(name)
        v = np.asarray(values, dtype=float)
        with np.errstate(invalid="ignore"):
            return ~(np.isfinite(v) & (v > low) & (v < high))

    @classmethod
    def check_param(cls, name: str, value, label: str) -> None:
        """Refuse a value of parameter ``name`` outside its interval, naming ``label`` (``fixed['k']``, say)."""
        if cls.outside(name, value):
            raise ValueError(f"{label} must be a finite number{cls.interval_words(name)}, got {float(value)!r}")

    @classmethod
    def interval_words(cls, name: str) -> str:
        """The interval of parameter ``name`` in words for a message (" above 0"), "" for any finite number."""
        low, high = cls.interval(name)
        if math.isinf(low) and math.isinf(high):
            return ""
        if math.isinf(high):
            return f" above {_number(low)} for a {cls.name} curve"
        if math.isinf(low):
            return f" below {_number(high)} for a {cls.name} curve"
        return f" between {_number(low)} and {_number(high)} for a {cls.name} curve"

    # -- the curve -------------------------------------------------------------------------------
    def f(self, t: np.ndarray, p: dict) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def jac(self, t: np.ndarray, p: dict) -> dict:  # pragma: no cover - abstract
        """Analytic derivatives of ``f`` with respect to each parameter, as arrays shaped like ``t``."""
        raise NotImplementedError

    def logf(self, t: np.ndarray, p: dict) -> np.ndarray:
        """The log of the curve (families override it with a form that does not overflow)."""
        with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
            return np.log(self.f(t, p))

    def dlogf(self, t: np.ndarray, p: dict) -> dict:
        """Derivatives of the log of the curve with respect to each parameter: ``jac / f`` unless overridden."""
        with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
            f = self.f(t, p)
            return {k: v / f for k, v in self.jac(t, p).items()}

    def guess(self, t: np.ndarray, y: np.ndarray, fixed: dict) -> dict:  # pragma: no cover - abstract
        raise NotImplementedError

    def bounds(self, t: np.ndarray, y: np.ndarray) -> dict:
        """The default search box, ``{param: (low, high)}``, from the points along the last axis."""
        span = t[..., -1] - t[..., 0]
        top = y.max(axis=-1)
        return {"cap": (top * (1 + 1e-9), top * 1e4), "k": (1e-4, 10.0),
                "t_mid": (t[..., 0] - 10 * span - 50, t[..., -1] + 10 * span + 50)}

    def search_box(self, t: np.ndarray, y: np.ndarray) -> dict:
        """:meth:`bounds` kept inside each parameter's interval (a box of years near +/-1,000,000 reaches past it)."""
        box = {}
        for k, (lo, hi) in self.bounds(t, y).items():
            low, high = self.interval(k)
            box[k] = (lo if math.isinf(low) else np.maximum(lo, np.nextafter(low, math.inf)),
                      hi if math.isinf(high) else np.minimum(hi, np.nextafter(high, -math.inf)))
        return box

    def closed(self, t: np.ndarray, y: np.ndarray):
        """The closed form through as many points as parameters, along the last axis, or None.

        Returns ``(params, applies, ok)``: parameter arrays, where the form applies (e.g. equally
        spaced points) and where a curve of the family passes through the points.
        """
        return None

    def exact(self, t: np.ndarray, y: np.ndarray) -> dict | None:
        """A closed-form curve through as many points as parameters (None when there is none); raises
        :class:`NoSolution` when the form shows that no curve of the family passes through them."""
        if len(t) != len(self.params):
            return None
        solved = self.closed(np.asarray(t, float)[None], np.asarray(y, float)[None])
        if solved is None or not solved[1][0]:
            return None
        params, _, ok = solved
        if not ok[0]:
            raise NoSolution
        return {k: float(np.reshape(v, -1)[0]) for k, v in params.items()}

    # -- what the fit says -------------------------------------------------------------------------
    def ceiling(self, p: dict) -> float:
        """The highest level the curve reaches from its first year on (the level a saturating curve tends to)."""
        return float(p["cap"]) if "cap" in p else math.inf

    def inflection(self, p: dict) -> float | None:
        """Year of fastest absolute growth (None for curves without one)."""
        return None

    def predict(self, fit, years: np.ndarray) -> np.ndarray:
        """The fitted curve at ``years``."""
        with np.errstate(over="ignore", under="ignore"):
            return self.f(years, dict(fit.params))

    def fitted(self, fit) -> np.ndarray:
        """The curve at the fitted years (a smoother's one-step-ahead values)."""
        return self.predict(fit, fit.years)

    def fit(self, t, y, fixed: dict, meta: dict):
        """A family that fits itself returns a GrowthFit here; curves fitted by least squares return None."""
        return None

    def __repr__(self) -> str:
        return f"<{self.name} family: {', '.join(self.params)}>"


# ------------------------------------------------------------------------------ shared by the families
#: the years a year parameter may lie within either side of 0, as the years a fit takes
YEAR_LIMIT = 1e6


def _number(x: float) -> str:
    return f"{int(x):,}" if x == int(x) and abs(x) < 1e15 else f"{x:g}"


def line(x: np.ndarray, z: np.ndarray, w: np.ndarray | None = None):
    """Weighted least-squares line ``z = a + b x`` along the last axis: ``(b, a)``, like ``np.polyfit(x, z, 1)``."""
    w = np.ones_like(z) if w is None else w
    n = w.sum(axis=-1)
    xm, zm = (w * x).sum(axis=-1) / n, (w * z).sum(axis=-1) / n
    dx = (x - xm[..., None]) * w
    b = (dx * (z - zm[..., None])).sum(axis=-1) / (dx * (x - xm[..., None])).sum(axis=-1)
    return b, zm - b * xm


def equally_spaced(t: np.ndarray) -> np.ndarray:
    """Three equally spaced points along the last axis (a bool per series)."""
    if t.shape[-1] != 3:
        return np.zeros(t.shape[:-1], dtype=bool)
    d = np.diff(t, axis=-1)
    return np.isclose(d[..., 1], d[..., 0])


def geometric_offset(u: np.ndarray) -> np.ndarray:
    """c such that u - c is geometric, for three values along the last axis (nan or inf where none is)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return (u[..., 0] * u[..., 2] - u[..., 1] ** 2) / (u[..., 0] + u[..., 2] - 2 * u[..., 1])


def sigmoid_guess(t, y, fixed, linearise, w=None) -> dict:
    """Self-start for a curve that ``linearise(value / cap)`` turns into ``k (year - t_mid)``: a cap at twice
    the data (or the fixed one), then a straight line through the linearised points (along the last axis)."""
    cap = fixed["cap"] if "cap" in fixed else 2.0 * y.max(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        k, c = line(t, linearise(y / np.expand_dims(cap, -1)), w)
    k = np.maximum(k, 1e-3)
    return {"cap": cap, "k": k, "t_mid": -c / k}
