"""Constant growth: ``start * (1 + rate) ** (year - first year)``."""

from __future__ import annotations

import numpy as np

from ._family import Family, line, register


@register
class Exponential(Family):
    name = "exponential"
    params = ("start", "rate")
    value_params = ("start",)
    domain = {"rate": (-1.0, np.inf)}
    description = "constant growth: start * (1 + rate) ** (year - first year)"
    batched = True

    def f(self, t, p):
        return p["start"] * (1 + p["rate"]) ** (t - self.t0)

    def jac(self, t, p):
        dt = t - self.t0
        g = (1 + p["rate"]) ** dt
        return {"start": g, "rate": p["start"] * dt * g / (1 + p["rate"])}

    def logf(self, t, p):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log(p["start"]) + (t - self.t0) * np.log1p(p["rate"])

    def dlogf(self, t, p):
        dt = t - self.t0
        with np.errstate(divide="ignore", invalid="ignore"):
            return {"start": np.broadcast_to(1 / p["start"], np.broadcast_shapes(np.shape(t), np.shape(p["start"]))),
                    "rate": dt / (1 + p["rate"])}

    def guess(self, t, y, fixed, w=None):
        b, a = line(t - self.t0, np.log(y), w)
        return {"start": np.exp(a), "rate": np.expm1(b)}

    def bounds(self, t, y):
        return {"start": (y.min(axis=-1) * 1e-6, y.max(axis=-1) * 1e6), "rate": (-0.99, 100.0)}

    def closed(self, t, y):
        # through two points: the first value and the growth between them
        if t.shape[-1] != 2:
            return None
        t0 = np.squeeze(self.t0, -1) if np.ndim(self.t0) else self.t0      # a column per series, or one year
        with np.errstate(all="ignore"):
            rate = np.expm1(np.log(y[..., 1] / y[..., 0]) / (t[..., 1] - t[..., 0]))
            start = y[..., 0] * np.exp((t0 - t[..., 0]) * np.log1p(rate))
        ok = np.isfinite(rate) & np.isfinite(start)
        return {"start": start, "rate": rate}, np.ones(ok.shape, bool), ok

    def ceiling(self, p):
        # growth has none; a flat or falling curve never rises above its first value (a flat market at 5 has a
        # ceiling of 5, not the 0 a falling curve tends to)
        return float("inf") if p["rate"] > 0 else float(p["start"])
