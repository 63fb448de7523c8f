"""What a growth-curve family declares, and the registry of families.

A family is one small class, lifelines-style: its curve ``f(t, p)``, the
curve's analytic derivatives ``jac(t, p)``, parameter names, a default search
box, a self-start, a closed form through as many equally spaced points as it
has parameters where one exists, its ceiling and its inflection year. The
fitting, ranking and forecasting machinery in :mod:`aimarket.curves` works
from these alone; a new family is one module calling :func:`register`.
"""

from __future__ import annotations

import math
from types import MappingProxyType

import numpy as np

__all__ = ["Family", "FAMILIES", "register", "NoSolution"]

_REGISTRY: dict = {}
#: every registered family by name (read-only view of the registry)
FAMILIES = MappingProxyType(_REGISTRY)


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

    def __init__(self, t0: float = 0.0):
        self.t0 = float(t0)

    # -- the curve -------------------------------------------------------------------------------
    def f(self, t: np.ndarray, p: dict) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def jac(self, t: np.ndarray, p: dict) -> dict:  # pragma: no cover - abstract
        """Analytic derivatives of ``f`` with respect to each parameter, as arrays shaped like ``t``."""
        raise NotImplementedError

    def guess(self, t: np.ndarray, y: np.ndarray, fixed: dict) -> dict:  # pragma: no cover - abstract
        raise NotImplementedError

    def bounds(self, t: np.ndarray, y: np.ndarray) -> dict:
        span = t[-1] - t[0]
        return {"cap": (y.max() * (1 + 1e-9), y.max() * 1e4), "k": (1e-4, 10.0),
                "t_mid": (t[0] - 10 * span - 50, t[-1] + 10 * span + 50)}

    def exact(self, t: np.ndarray, y: np.ndarray) -> dict | None:
        """A closed-form curve through as many equally spaced points as parameters (None when there is none)."""
        return None

    # -- what the fit says -------------------------------------------------------------------------
    def ceiling(self, p: dict) -> float:
        """The level the curve tends to."""
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


# ------------------------------------------------------------------------------ shared by the S-curves
def equally_spaced(t: np.ndarray) -> bool:
    d = np.diff(t)
    return len(t) == 3 and bool(np.allclose(d, d[0]))


def geometric_offset(u: np.ndarray) -> float:
    """c such that u - c is geometric, for three values (the closed forms through three points)."""
    den = u[0] + u[2] - 2 * u[1]
    if den == 0:
        return math.nan
    return (u[0] * u[2] - u[1] ** 2) / den


def sigmoid_guess(t, y, fixed, linearise) -> dict:
    """Self-start for a curve that ``linearise(value / cap)`` turns into ``k (year - t_mid)``: a cap at twice
    the data (or the fixed one), then a straight line through the linearised points."""
    cap = fixed.get("cap", 2.0 * y.max())
    k, c = np.polyfit(t, linearise(y / cap), 1)
    k = max(k, 1e-3)
    return {"cap": cap, "k": float(k), "t_mid": float(-c / k)}
