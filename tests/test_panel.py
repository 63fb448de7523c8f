"""Panels: fit_panel equals fit series by series, ignores row order, and runs on a real Dask cluster."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aimarket as am


def _logistic_panel(n_series: int, seed: int = 0, family: str = "logistic") -> pd.DataFrame:
    """Curves with their inflection inside the data, 10 yearly points, 3% noise in log values."""
    rng = np.random.default_rng(seed)
    years = np.arange(2015, 2025)
    rows = []
    for s in range(n_series):
        cap, tm = rng.uniform(50, 5000), rng.uniform(2016, 2023)
        if family == "logistic":
            k = rng.uniform(0.2, 0.9)
            curve = cap / (1 + np.exp(-k * (years - tm)))
        else:
            k = rng.uniform(0.1, 0.35)
            curve = cap * np.exp(-np.exp(-k * (years - tm)))
        rows.append(pd.DataFrame({"series": f"s{s:04d}", "year": years,
                                  "value": curve * np.exp(rng.normal(0, 0.03, len(years)))}))
    return pd.concat(rows, ignore_index=True)


def _agreement(frame: pd.DataFrame, family: str) -> float:
    fits = am.fit_panel(frame, family).set_index("series")
    agree = 0
    for sid, g in frame.groupby("series"):
        one = am.fit(g["year"].to_numpy(), g["value"].to_numpy(), family)
        row = fits.loc[sid]
        agree += all(abs(row[p] / v - 1) <= 1e-4 for p, v in one.params.items())
    return agree / frame["series"].nunique()


@pytest.mark.parametrize("family", ["logistic", "gompertz"])
def test_the_panel_equals_fit_series_by_series(family):
    assert _agreement(_logistic_panel(120, seed=1, family=family), family) >= 0.98


def test_exponential_panel_equals_fit():
    rng = np.random.default_rng(2)
    frame = pd.DataFrame({"series": np.repeat([f"s{i}" for i in range(50)], 6), "year": np.tile(np.arange(2020, 2026), 50),
                          "value": np.exp(rng.normal(3, 1, 300)).cumsum()})
    assert _agreement(frame, "exponential") == 1.0


@settings(max_examples=25)
@given(st.floats(100, 10_000), st.floats(0.2, 0.8), st.floats(2017, 2022), st.integers(0, 2**32 - 1))
def test_a_panel_of_one_series_is_fit(cap, k, tm, seed):
    years = np.arange(2015, 2025)
    noise = np.random.default_rng(seed).normal(0, 0.02, len(years))
    values = cap / (1 + np.exp(-k * (years - tm))) * np.exp(noise)
    frame = pd.DataFrame({"series": "only", "year": years, "value": values})
    row = am.fit_panel(frame).iloc[0]
    one = am.fit(years, values, "logistic")
    assert row["converged"] and not row["exact"]
    for p, v in one.params.items():
        assert row[p] == pytest.approx(v, rel=1e-4)
    assert row["sse"] == pytest.approx(one.rss, rel=1e-6, abs=1e-12)


@settings(max_examples=15)
@given(st.randoms(use_true_random=False))
def test_row_order_does_not_matter(rnd):
    frame = _logistic_panel(12, seed=3)
    order = list(range(len(frame)))
    rnd.shuffle(order)
    a = am.fit_panel(frame)
    b = am.fit_panel(frame.iloc[order])
    pd.testing.assert_frame_equal(a.sort_values("series").reset_index(drop=True),
                                  b.sort_values("series").reset_index(drop=True), check_exact=False, rtol=1e-9)


def test_closed_forms_and_a_series_no_curve_fits():
    frame = pd.DataFrame({"series": ["ok"] * 3 + ["bad"] * 3, "year": [2022, 2027, 2032] * 2,
                          "value": [39_834, 399_345, 1_303_551, 10, 20, 50]})
    fits = am.fit_panel(frame, "logistic").set_index("series")
    exact = am.fit([2022, 2027, 2032], [39_834, 399_345, 1_303_551], "logistic")
    assert fits.loc["ok", "exact"] and fits.loc["ok", "cap"] == pytest.approx(exact.params["cap"], rel=1e-9)
    # 1/10, 1/20, 1/50 are not a geometric sequence above a positive offset: no logistic passes through them,
    # and the panel says so without stopping
    assert not fits.loc["bad", "converged"] and "no logistic curve passes" in fits.loc["bad", "message"]
    assert np.isnan(fits.loc["bad", "cap"])


def test_items_are_fitted_on_their_own_and_predictions_match():
    frame = _logistic_panel(3, seed=4).assign(item="Total")
    frame = pd.concat([frame, frame.assign(item="Half", value=frame["value"] / 2)], ignore_index=True)
    fits = am.fit_panel(frame)
    assert len(fits) == 6 and set(fits["item"]) == {"Total", "Half"}
    pred = am.predict_panel(fits, [2030])
    one = frame[(frame["series"] == "s0000") & (frame["item"] == "Half")]
    f = am.fit(one["year"].to_numpy(), one["value"].to_numpy(), "logistic")
    got = pred[(pred["series"] == "s0000") & (pred["item"] == "Half")]["value"].item()
    assert got == pytest.approx(float(f.predict(2030)), rel=1e-4)
    ahead = am.forecast_panel(frame, 2027)
    assert sorted(set(ahead["year"])) == [2025, 2026, 2027]


@pytest.mark.parametrize("frame, family, message", [
    (pd.DataFrame({"series": ["a"], "value": [1.0]}), "logistic", r"missing column\(s\) \['year'\]"),
    (pd.DataFrame({"series": ["a", "a"], "year": [2020, 2020], "value": [1.0, 2.0]}), "logistic",
     r"row 1: a second value for series 'a' in 2020"),
    (pd.DataFrame({"series": ["a", "a", "b"], "year": [2020, 2021, 2020], "value": [1.0, 2.0, 3.0]}), "logistic",
     r"row 2: series 'b' has 1 point"),
    (pd.DataFrame({"series": ["a", "a"], "year": [2020, 2021], "value": [1.0, -2.0]}), "logistic",
     r"row 1, column 'value': .* is not a positive finite number \(series 'a'\)"),
    (pd.DataFrame({"series": ["a", "a"], "year": [2020, 2021], "value": [1.0, 2.0]}), "richards",
     r"fit_panel fits exponential, logistic, gompertz"),
])
def test_bad_panels_name_the_series_and_row(frame, family, message):
    with pytest.raises(ValueError, match=message):
        am.fit_panel(frame, family)


def test_audit_panel_agrees_with_the_scalar_checks():
    rng = np.random.default_rng(5)
    n = 2000
    claims = pd.DataFrame({"start": rng.uniform(10, 1000, n).round(), "periods": rng.integers(1, 12, n)})
    claims["end"] = (claims["start"] * (1 + rng.uniform(0, 0.6, n)) ** claims["periods"]).round()
    claims["reported"] = (np.expm1(np.log(claims["end"] / claims["start"]) / claims["periods"])
                          + rng.choice([0, 0.01, 0.05], n)).round(3)
    claims["rate_step"] = 0.001
    claims["start_step"] = claims["end_step"] = 1.0
    out = am.audit_panel(claims)
    for i in rng.choice(n, 40, replace=False):
        r = claims.iloc[i]
        assert out["verdict"].iloc[i] == am.reconcile_rate(r.reported, r.start, r.end, r.periods, rate_step=0.001,
                                                           start_step=1, end_step=1)
        assert out["periods_hold"].iloc[i] == " ".join(map(str, am.infer_periods(
            r.start, r.end, r.reported, rate_step=0.001, start_step=1, end_step=1)))
    # China's "2023-2027" 28.2%: inconsistent over the four periods the label names, it holds over five
    china = am.audit_panel(pd.DataFrame({"reported": [0.282], "start": [2058], "end": [7119], "periods": [4],
                                         "rate_step": [0.001]}))
    assert china[["verdict", "periods_hold"]].values.tolist() == [["inconsistent", "5"]]


def test_a_real_dask_cluster_gives_pandas_answers():
    dd = pytest.importorskip("dask.dataframe", reason="Dask is an optional extra: pip install 'aimarket[dask]'")
    distributed = pytest.importorskip("distributed")
    frame = _logistic_panel(40, seed=6)
    claims = pd.DataFrame({"reported": [0.282, 0.42], "start": [2058, 39_834], "end": [7119, 1_303_551],
                           "periods": [4, 10], "rate_step": [0.001, 0.01]})
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        fits = am.fit_panel(dd.from_pandas(frame, npartitions=4), "logistic").compute()
        checked = am.audit_panel(dd.from_pandas(claims, npartitions=2)).compute()
    want = am.fit_panel(frame, "logistic")
    # Dask keeps text as its own string dtype; the values are what is compared
    pd.testing.assert_frame_equal(fits.sort_values("series").reset_index(drop=True),
                                  want.sort_values("series").reset_index(drop=True), check_exact=False, rtol=1e-9,
                                  check_dtype=False)
    pd.testing.assert_frame_equal(checked.reset_index(drop=True), am.audit_panel(claims), check_dtype=False)


def test_a_fixed_cap_as_fit_does():
    frame = _logistic_panel(20, seed=7)
    top = frame.groupby("series")["value"].max().max()
    fits = am.fit_panel(frame, cap=2 * top).set_index("series")
    for sid, g in list(frame.groupby("series"))[:5]:
        one = am.fit(g["year"].to_numpy(), g["value"].to_numpy(), "logistic", cap=2 * top)
        assert fits.loc[sid, "k"] == pytest.approx(one.params["k"], rel=1e-4)
        assert fits.loc[sid, "t_mid"] == pytest.approx(one.params["t_mid"], rel=1e-6)
    low = am.fit_panel(frame, cap=1.0)
    assert not low["converged"].any() and low["message"].str.contains("at or below the largest value").all()
    two = pd.DataFrame({"series": ["a", "a"], "year": [2020, 2025], "value": [10.0, 50.0]})
    assert "only 2 points; give cap" in am.fit_panel(two)["message"].item()
    assert am.fit_panel(two, cap=100)["exact"].item()
