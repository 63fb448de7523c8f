"""The logistic S-curve, symmetric about its inflection year."""

from __future__ import annotations

import math

import numpy as np

from ._family import Family, NoSolution, equally_spaced, geometric_offset, register, sigmoid_guess


@register
class Logistic(Family):
    name = "logistic"
    params = ("cap", "k", "t_mid")
    saturating = True
    year_params = ("t_mid",)
    description = "S-curve symmetric about its inflection year t_mid, where it reaches cap / 2"

    def f(self, t, p):
        return p["cap"] / (1 + np.exp(-p["k"] * (t - p["t_mid"])))

    def jac(self, t, p):
        e = np.exp(-p["k"] * (t - p["t_mid"]))
        s = 1 / (1 + e)
        common = p["cap"] * e * s * s
        return {"cap": s, "k": common * (t - p["t_mid"]), "t_mid": -common * p["k"]}

    def guess(self, t, y, fixed):
        return sigmoid_guess(t, y, fixed, lambda share: np.log(share / (1 - share)))

    def exact(self, t, y):
        # 1 / value is geometric plus a constant, 1 / cap
        if not equally_spaced(t):
            return None
        u = 1 / y
        c = geometric_offset(u)
        if not (c > 0 and u[0] > u[1] > u[2] > c):
            raise NoSolution
        h = t[1] - t[0]
        k = -math.log((u[1] - c) / (u[0] - c)) / h
        return {"cap": 1 / c, "k": k, "t_mid": t[0] + math.log((u[0] - c) / c) / k}

    def inflection(self, p):
        return p["t_mid"]
