"""The Richards (generalised logistic) curve: a logistic whose inflection may sit off the middle."""

from __future__ import annotations

import math

import numpy as np

from ._family import Family, register
from .logistic import Logistic


@register
class Richards(Family):
    name = "richards"
    params = ("cap", "k", "t_mid", "nu")
    saturating = True
    fix_hint = ("nu",)
    year_params = ("t_mid",)
    domain = {"k": (0.0, np.inf), "nu": (0.0, np.inf)}
    description = "generalised logistic: cap / (1 + nu exp(-k (year - t_mid))) ** (1 / nu); nu = 1 is the logistic"
    batched = True

    def f(self, t, p):
        return p["cap"] / (1 + p["nu"] * np.exp(-p["k"] * (t - p["t_mid"]))) ** (1 / p["nu"])

    def jac(self, t, p):
        nu, d = p["nu"], t - p["t_mid"]
        e = np.exp(-p["k"] * d)
        g = 1 + nu * e
        base = g ** (-1 / nu)
        common = p["cap"] * base / g * e
        value = p["cap"] * base
        return {"cap": base, "k": common * d, "t_mid": -common * p["k"],
                "nu": value * (np.log(g) / nu ** 2 - e / (nu * g))}

    def guess(self, t, y, fixed, w=None):
        start = Logistic(self.t0).guess(t, y, fixed, w)
        return {**start, "nu": np.ones_like(np.asarray(start["k"], dtype=float))}

    def bounds(self, t, y):
        return {**super().bounds(t, y), "nu": (1e-2, 20.0)}

    def inflection(self, p):
        return p["t_mid"] + math.log(p["nu"]) / p["k"]
