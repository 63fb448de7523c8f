"""Exponential smoothing with a damped additive trend (Holt-Gardner), fitted by statsmodels.

On log values (``loss="log"``, the default) the trend is a damped growth rate; on the values themselves
(``loss="linear"``) it is a damped increment. The parameters are the smoothing weights ``alpha`` and
``beta``, the damping ``phi`` and the initial level ``l0`` and trend ``b0``; the fitted values and forecasts
follow from them by the recursions below, which reproduce statsmodels' to rounding (a test checks).
"""

from __future__ import annotations

import warnings

import numpy as np

from ._family import Family, register


def _run(params: dict, z: np.ndarray):
    """One-step-ahead values and the final level and trend of the damped recursions over ``z``."""
    a, b, phi = params["alpha"], params["beta"], params["phi"]
    level, trend = params["l0"], params["b0"]
    ahead = np.empty(len(z))
    for i, zi in enumerate(z):  # a recursion: each state needs the one before
        ahead[i] = level + phi * trend
        new = a * zi + (1 - a) * ahead[i]
        trend = b * (new - level) + (1 - b) * phi * trend
        level = new
    return ahead, level, trend


def fit_damped(z: np.ndarray):
    """statsmodels' damped additive-trend exponential smoothing of ``z``, fitted by least squares with estimated
    initial states (its warnings about convergence silenced: the fit is judged by its errors): the one wrapper
    the family and the forecast share.

    Examples
    --------
    >>> import numpy as np
    >>> res = fit_damped(np.log(100 * 1.1 ** np.arange(10)))
    >>> sorted(k for k in res.params if k in ("smoothing_level", "damping_trend"))
    ['damping_trend', 'smoothing_level']
    """
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ExponentialSmoothing(z, trend="add", damped_trend=True, initialization_method="estimated").fit()


@register
class DampedTrend(Family):
    name = "damped"
    params = ("alpha", "beta", "phi", "l0", "b0")
    description = "exponential smoothing with a damped additive trend, of log values or of values (statsmodels)"
    min_points = 8

    def _scale(self, fit):
        return (np.log, np.exp) if fit.loss == "log" else (lambda v: v, lambda v: v)

    def fitted(self, fit):
        to, back = self._scale(fit)
        return back(_run(fit.params, to(fit.values))[0])

    def predict(self, fit, years):
        to, back = self._scale(fit)
        ahead, level, trend = _run(fit.params, to(fit.values))
        h = years - fit.years[-1]
        phi = fit.params["phi"]
        out = np.empty(len(years))
        inside = h <= 0
        out[inside] = np.interp(years[inside], fit.years, ahead)
        hh = h[~inside]
        damp = hh if phi == 1 else phi * (1 - phi ** hh) / (1 - phi)
        out[~inside] = level + trend * damp
        with np.errstate(over="ignore"):
            return back(out)

    def refit(self, fit, o: int):
        """The damped trend fitted to the first ``o`` points of ``fit`` by the forecast pool's grid of weights
        (initial state by least squares): a backtest origin in one vectorised pass, without the optimiser, and
        on those points alone."""
        from ._fit import GrowthFit
        from ._pool import damped_weights

        to, _ = self._scale(fit)
        z = to(fit.values[:o])
        params = damped_weights(z)
        rss = float(np.sum((z - _run(params, z)[0]) ** 2))
        return GrowthFit(family=self.name, params=params, years=fit.years[:o], values=fit.values[:o], rss=rss,
                         note="grid of smoothing weights, initial state by least squares", loss=fit.loss)

    def fit(self, t, y, fixed, meta):
        from ._fit import GrowthFit

        if fixed:
            raise ValueError("fixed: the damped-trend family takes no fixed parameters")
        if len(t) < self.min_points:
            raise ValueError(f"damped needs at least {self.min_points} equally spaced annual points "
                             f"(it estimates {len(self.params)} parameters by smoothing); got {len(t)}")
        if not np.allclose(np.diff(t), 1):
            raise ValueError("years: the damped-trend family needs consecutive annual years")
        z = np.log(y) if meta["loss"] == "log" else y
        p = fit_damped(z).params
        params = {"alpha": float(p["smoothing_level"]), "beta": float(p["smoothing_trend"]),
                  "phi": float(p["damping_trend"]), "l0": float(p["initial_level"]), "b0": float(p["initial_trend"])}
        ahead = _run(params, z)[0]
        rss = float(np.sum((z - ahead) ** 2))
        return GrowthFit(family="damped", params=params, years=t, values=y, rss=rss,
                         note=f"statsmodels ExponentialSmoothing on {'log values' if meta['loss'] == 'log' else 'values'}"
                              " (additive damped trend); residuals are one-step-ahead errors", **meta)
