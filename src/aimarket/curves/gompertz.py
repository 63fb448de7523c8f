"""The Gompertz S-curve: slow to start, long to saturate."""

from __future__ import annotations

import numpy as np

from ._family import Family, equally_spaced, geometric_offset, register, sigmoid_guess

#: the largest exponent the log form evaluates; beyond it the curve is zero to any float's precision
_ZMAX = 700.0


@register
class Gompertz(Family):
    name = "gompertz"
    params = ("cap", "k", "t_mid")
    saturating = True
    year_params = ("t_mid",)
    domain = {"k": (0.0, np.inf)}
    description = "asymmetric S-curve: cap * exp(-exp(-k (year - t_mid))); inflection at t_mid, at cap / e"
    batched = True

    def f(self, t, p):
        return p["cap"] * np.exp(-np.exp(-p["k"] * (t - p["t_mid"])))

    def jac(self, t, p):
        e = np.exp(-p["k"] * (t - p["t_mid"]))
        g = np.exp(-e)
        common = p["cap"] * g * e
        return {"cap": g, "k": common * (t - p["t_mid"]), "t_mid": -common * p["k"]}

    def logf(self, t, p):
        return np.log(p["cap"]) - np.exp(np.minimum(-p["k"] * (t - p["t_mid"]), _ZMAX))

    def dlogf(self, t, p):
        d = t - p["t_mid"]
        e = np.exp(np.minimum(-p["k"] * d, _ZMAX))
        return {"cap": np.broadcast_to(1 / p["cap"], e.shape), "k": d * e, "t_mid": -p["k"] * e}

    def guess(self, t, y, fixed, w=None):
        return sigmoid_guess(t, y, fixed, lambda share: -np.log(-np.log(share)), w)

    def closed(self, t, y):
        # log value is geometric plus a constant, log cap
        if t.shape[-1] != 3:
            return None
        v = np.log(y)
        L = geometric_offset(v)
        v0, v1, v2 = v[..., 0], v[..., 1], v[..., 2]
        with np.errstate(all="ignore"):
            ok = np.isfinite(L) & (L > v2) & ((L - v0) > (L - v1)) & ((L - v1) > (L - v2)) & ((L - v2) > 0)
            k = -np.log((L - v1) / (L - v0)) / (t[..., 1] - t[..., 0])
            params = {"cap": np.exp(L), "k": k, "t_mid": t[..., 0] + np.log(L - v0) / k}
        ok &= np.logical_and.reduce([np.isfinite(v) for v in params.values()])
        return params, equally_spaced(t), ok

    def inflection(self, p):
        return p["t_mid"]
