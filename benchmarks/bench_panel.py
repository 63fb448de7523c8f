"""fit_panel on 10,000 logistic series of 10 points against a bare batched numpy Levenberg-Marquardt solver.

The baseline does the same work on ready-made arrays: the same self-start, the same log-residual
Jacobian and damping, the same stopping rule, and no validation, padding or frames. Also timed: a loop of
aimarket.fit over a sample (for scale), and audit_panel on a million claims.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
from _timing import best_of

import aimarket as am

S, YEARS = 10_000, np.arange(2015, 2025, dtype=float)
rng = np.random.default_rng(0)
cap = rng.uniform(50, 5000, S)
k = rng.uniform(0.2, 0.9, S)
tm = rng.uniform(2016, 2023, S)
Y = cap[:, None] / (1 + np.exp(-k[:, None] * (YEARS - tm[:, None]))) * np.exp(rng.normal(0, 0.03, (S, len(YEARS))))
frame = pd.DataFrame({"series": np.repeat(np.arange(S), len(YEARS)), "year": np.tile(YEARS, S), "value": Y.ravel()})


def bare(t=YEARS, y=Y, iters=500):
    ly, ymax = np.log(y), y.max(1)
    share = np.clip(y / (2 * ymax)[:, None], 1e-12, 1 - 1e-12)
    lin = np.log(share / (1 - share))
    x = t - t[0]
    b = ((x * lin).mean(1) - x.mean() * lin.mean(1)) / ((x * x).mean() - x.mean() ** 2)
    b = np.maximum(b, 1e-3)
    th = np.stack([np.log(2 * ymax), np.log(b), t[0] - (lin.mean(1) - b * x.mean()) / b], 1)
    lams = np.full(len(y), 1e-3)
    out = np.empty_like(th)
    active = np.arange(len(y))
    for _ in range(iters):            # the same per-series stopping rule: converged series drop out
        if not active.size:
            break
        tha, lya = th[active], ly[active]
        c, kk, m = np.exp(tha[:, 0]), np.exp(tha[:, 1]), tha[:, 2]
        z = -kk[:, None] * (t - m[:, None])
        r = np.log(c)[:, None] - np.logaddexp(0, z) - lya
        h = 0.5 * (1 + np.tanh(z / 2))
        J = np.stack([np.ones_like(r), kk[:, None] * (t - m[:, None]) * h,
                      -kk[:, None] * h], -1)
        A, g = np.einsum("snp,snq->spq", J, J), np.einsum("snp,sn->sp", J, r)
        d = np.einsum("spp->sp", A)
        lam = lams[active]
        step = np.linalg.solve(A + (lam[:, None] * d + 1e-12)[:, :, None] * np.eye(3), -g[..., None])[..., 0]
        t2 = tha + step
        c2, k2, m2 = np.exp(t2[:, 0]), np.exp(t2[:, 1]), t2[:, 2]
        r2 = np.log(c2)[:, None] - np.logaddexp(0, -k2[:, None] * (t - m2[:, None])) - lya
        cost, cost2 = (r ** 2).sum(1), (r2 ** 2).sum(1)
        ok = cost2 <= cost
        th[active[ok]] = t2[ok]
        lams[active] = np.where(ok, lam / 3, lam * 2)
        done = ((np.abs(cost - cost2) <= 1e-12 * cost) & (lam <= 1)) | (np.abs(g).max(1) <= 1e-14 * (1 + cost))
        out[active[done]] = th[active[done]]
        active = active[~done]
    return out


ours = best_of(lambda: am.fit_panel(frame, "logistic"), repeat=3)
base = best_of(bare, repeat=3)
print(f"fit_panel, {S:,} logistic series of {len(YEARS)} points: aimarket {ours:.2f} s, bare batched numpy LM "
      f"{base:.2f} s, ratio {ours / base:.2f}x (goal <= 3x)")

sample = frame[frame["series"] < 100]
t0 = time.perf_counter()
for _, g in sample.groupby("series"):
    am.fit(g["year"].to_numpy(), g["value"].to_numpy(), "logistic")
loop = (time.perf_counter() - t0) / 100
print(f"aimarket.fit one series at a time: {1000 * loop:.1f} ms a series, {loop * S:.0f} s for the panel "
      f"({loop * S / ours:.0f}x fit_panel)")

n = 1_000_000
claims = pd.DataFrame({"start": rng.uniform(10, 1000, n).round(), "periods": rng.integers(1, 12, n)})
claims["end"] = (claims["start"] * (1 + rng.uniform(0, 0.6, n)) ** claims["periods"]).round()
claims["reported"] = np.expm1(np.log(claims["end"] / claims["start"]) / claims["periods"]).round(3)
claims["rate_step"], claims["start_step"], claims["end_step"] = 0.001, 1.0, 1.0
t0 = time.perf_counter()
am.audit_panel(claims)
print(f"audit_panel on {n:,} claims (verdicts and the period counts 1-30 that hold): {time.perf_counter() - t0:.1f} s")
