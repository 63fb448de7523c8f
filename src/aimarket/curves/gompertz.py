"""The Gompertz S-curve: slow to start, long to saturate."""

from __future__ import annotations

import math

import numpy as np

from ._family import Family, NoSolution, equally_spaced, geometric_offset, register, sigmoid_guess


@register
class Gompertz(Family):
    name = "gompertz"
    params = ("cap", "k", "t_mid")
    saturating = True
    year_params = ("t_mid",)
    description = "asymmetric S-curve: cap * exp(-exp(-k (year - t_mid))); inflection at t_mid, at cap / e"

    def f(self, t, p):
        return p["cap"] * np.exp(-np.exp(-p["k"] * (t - p["t_mid"])))

    def jac(self, t, p):
        e = np.exp(-p["k"] * (t - p["t_mid"]))
        g = np.exp(-e)
        common = p["cap"] * g * e
        return {"cap": g, "k": common * (t - p["t_mid"]), "t_mid": -common * p["k"]}

    def guess(self, t, y, fixed):
        return sigmoid_guess(t, y, fixed, lambda share: -np.log(-np.log(share)))

    def exact(self, t, y):
        # log value is geometric plus a constant, log cap
        if not equally_spaced(t):
            return None
        v = np.log(y)
        L = geometric_offset(v)
        if not (np.isfinite(L) and L > v[2] and (L - v[0]) > (L - v[1]) > (L - v[2]) > 0):
            raise NoSolution
        h = t[1] - t[0]
        k = -math.log((L - v[1]) / (L - v[0])) / h
        return {"cap": math.exp(L), "k": k, "t_mid": t[0] + math.log(L - v[0]) / k}

    def inflection(self, p):
        return p["t_mid"]
