"""Constant growth: ``start * (1 + rate) ** (year - first year)``."""

from __future__ import annotations

import numpy as np

from ._family import Family, register


@register
class Exponential(Family):
    name = "exponential"
    params = ("start", "rate")
    description = "constant growth: start * (1 + rate) ** (year - first year)"

    def f(self, t, p):
        return p["start"] * (1 + p["rate"]) ** (t - self.t0)

    def jac(self, t, p):
        dt = t - self.t0
        g = (1 + p["rate"]) ** dt
        return {"start": g, "rate": p["start"] * dt * g / (1 + p["rate"])}

    def guess(self, t, y, fixed):
        b, a = np.polyfit(t - self.t0, np.log(y), 1)
        return {"start": float(np.exp(a)), "rate": float(np.expm1(b))}

    def bounds(self, t, y):
        return {"start": (y.min() * 1e-6, y.max() * 1e6), "rate": (-0.99, 100.0)}

    def exact(self, t, y):
        return self.guess(t, y, {}) if len(t) == 2 else None

    def ceiling(self, p):
        return float("inf") if p["rate"] > 0 else 0.0
