"""The logistic S-curve, symmetric about its inflection year."""

from __future__ import annotations

import numpy as np

from ._family import Family, equally_spaced, geometric_offset, register, sigmoid_guess


@register
class Logistic(Family):
    name = "logistic"
    params = ("cap", "k", "t_mid")
    saturating = True
    year_params = ("t_mid",)
    domain = {"k": (0.0, np.inf)}
    description = "S-curve symmetric about its inflection year t_mid, where it reaches cap / 2"
    batched = True

    def f(self, t, p):
        return p["cap"] / (1 + np.exp(-p["k"] * (t - p["t_mid"])))

    def jac(self, t, p):
        e = np.exp(-p["k"] * (t - p["t_mid"]))
        s = 1 / (1 + e)
        common = p["cap"] * e * s * s
        return {"cap": s, "k": common * (t - p["t_mid"]), "t_mid": -common * p["k"]}

    def logf(self, t, p):
        # log(cap / (1 + e^z)) without overflow for any z
        return np.log(p["cap"]) - np.logaddexp(0, -p["k"] * (t - p["t_mid"]))

    def dlogf(self, t, p):
        d = t - p["t_mid"]
        h = 0.5 * (1 + np.tanh(-p["k"] * d / 2))            # e^z / (1 + e^z), without overflow
        return {"cap": np.broadcast_to(1 / p["cap"], h.shape), "k": d * h, "t_mid": -p["k"] * h}

    def guess(self, t, y, fixed, w=None):
        return sigmoid_guess(t, y, fixed, lambda share: np.log(share / (1 - share)), w)

    def closed(self, t, y):
        # 1 / value is geometric plus a constant, 1 / cap
        if t.shape[-1] != 3:
            return None
        u = 1 / y
        c = geometric_offset(u)
        u0, u1, u2 = u[..., 0], u[..., 1], u[..., 2]
        with np.errstate(all="ignore"):
            ok = (c > 0) & (u0 > u1) & (u1 > u2) & (u2 > c)
            k = -np.log((u1 - c) / (u0 - c)) / (t[..., 1] - t[..., 0])
            params = {"cap": 1 / c, "k": k, "t_mid": t[..., 0] + np.log((u0 - c) / c) / k}
        ok &= np.logical_and.reduce([np.isfinite(v) for v in params.values()])
        return params, equally_spaced(t), ok

    def inflection(self, p):
        return p["t_mid"]
