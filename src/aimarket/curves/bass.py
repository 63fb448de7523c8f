"""The Bass diffusion curve: a market potential times the share adopted since launch."""

from __future__ import annotations

import math

import numpy as np

from ._family import Family, register
from .logistic import Logistic


@register
class Bass(Family):
    name = "bass"
    params = ("cap", "p", "q", "launch")
    saturating = True
    fix_hint = ("launch", "p")
    year_params = ("launch",)
    domain = {"p": (0.0, np.inf), "q": (0.0, np.inf)}
    description = "market potential cap times the Bass cumulative adoption F(year - launch; p, q)"

    def f(self, t, p):
        s = np.maximum(t - p["launch"], 0.0)
        e = np.exp(-(p["p"] + p["q"]) * s)
        return p["cap"] * (1 - e) / (1 + (p["q"] / p["p"]) * e)

    def jac(self, t, p):
        pp, q, cap = p["p"], p["q"], p["cap"]
        s = np.maximum(t - p["launch"], 0.0)
        a, b = pp + q, q / pp
        e = np.exp(-a * s)
        den = 1 + b * e
        F = (1 - e) / den
        dF_de = -(1 + b) / den ** 2
        dF_db = -(1 - e) * e / den ** 2
        return {"cap": F, "p": cap * (dF_de * (-s * e) + dF_db * (-q / pp ** 2)),
                "q": cap * (dF_de * (-s * e) + dF_db / pp),
                "launch": cap * np.where(t > p["launch"], dF_de * a * e, 0.0)}

    def guess(self, t, y, fixed):
        # start from the logistic the points suggest: Bass with a small p is nearly logistic,
        # with q close to the logistic rate and the inflection ln(q/p)/(p+q) after launch
        launch = float(fixed.get("launch", t[0] - 1))
        try:
            lg = Logistic(self.t0).guess(t, y, fixed)
            q = float(np.clip(lg["k"], 1e-3, 4.0))
            p = float(np.clip(q * math.exp(-q * max(lg["t_mid"] - launch, 0.1)), 1e-6, 0.5))
            cap = lg["cap"]
        except (ValueError, FloatingPointError):
            q, p, cap = 0.5, 0.01, 2.0 * y.max()
        return {"cap": fixed.get("cap", cap), "p": fixed.get("p", p), "q": fixed.get("q", q), "launch": launch}

    def bounds(self, t, y):
        b = super().bounds(t, y)
        return {"cap": b["cap"], "p": (1e-6, 1.0), "q": (1e-4, 5.0), "launch": (t[0] - 60, t[0] - 1e-6)}

    def inflection(self, p):
        if p["q"] <= p["p"]:
            return p["launch"]
        return p["launch"] + math.log(p["q"] / p["p"]) / (p["p"] + p["q"])
