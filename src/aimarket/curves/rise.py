"""Exponential rise to a ceiling (the monomolecular curve): fastest at the start."""

from __future__ import annotations

import numpy as np

from ._family import Family, register


@register
class Rise(Family):
    name = "rise"
    params = ("cap", "k", "start")
    saturating = True
    fix_hint = ("start",)
    year_params = ("start",)
    domain = {"k": (0.0, np.inf)}
    description = "exponential rise to a ceiling (monomolecular): cap * (1 - exp(-k (year - start)))"

    def f(self, t, p):
        return p["cap"] * -np.expm1(-p["k"] * (t - p["start"]))

    def jac(self, t, p):
        d = t - p["start"]
        e = np.exp(-p["k"] * d)
        return {"cap": -np.expm1(-p["k"] * d), "k": p["cap"] * e * d, "start": -p["cap"] * e * p["k"]}

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
