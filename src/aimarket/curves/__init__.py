"""Growth-curve families, fitting, ranking and forecasting.

Each family is one module that declares its curve, analytic Jacobian, parameters, bounds, self-start,
closed form, ceiling and inflection, and registers itself (:func:`register`); :func:`fit` fits any of them,
:func:`compare` ranks them on one likelihood (or by backtest from six points), and :func:`forecast`
combines simple forecasts into the library's best one.

Years are calendar years throughout: a logistic's ``t_mid`` is the year of its inflection.
"""

from __future__ import annotations

# each module registers its family; this order is the order of FAMILIES
from . import exponential, logistic, gompertz, richards, bass, rise, damped  # noqa: F401, I001
from ._family import FAMILIES, Family, NoSolution, register
from ._fit import LOSSES, GrowthFit, fit
from ._rank import PREFERENCE, backtest, compare
from .forecast import POOL, forecast
from .series import fit_series

__all__ = ["fit", "fit_series", "compare", "backtest", "forecast", "GrowthFit", "Family", "FAMILIES", "register",
           "LOSSES", "PREFERENCE", "POOL", "NoSolution", "YEAR_PARAMS"]

#: parameters that are points in time, shown as years (from every family's declaration)
YEAR_PARAMS = tuple(dict.fromkeys(p for cls in FAMILIES.values() for p in cls.year_params))
