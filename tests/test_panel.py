"""Panels: fit_panel equals fit series by series, ignores row order, and runs on a real Dask cluster."""

from __future__ import annotations

import re

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
    """Share of series where the panel and fit agree: every parameter within 1e-4 (a NaN against a number is a
    disagreement) and both or neither on a bound, or both refuse."""
    fits = am.fit_panel(frame, family).set_index("series")
    agree = 0
    for sid, g in frame.groupby("series"):
        row = fits.loc[sid]
        try:
            one = am.fit(g["year"].to_numpy(), g["value"].to_numpy(), family)
        except ValueError:
            agree += not row["converged"]
            continue
        agree += (all(abs(row[p] / v - 1) <= 1e-4 for p, v in one.params.items())
                  and ("stuck on a bound" in one.note) == row["at_bound"])
    return agree / frame["series"].nunique()


def _noisy_panel(n_series: int, seed: int) -> pd.DataFrame:
    """15% noise in log values and inflections from five years before the data to five after: many ceilings
    the data cannot pin."""
    rng = np.random.default_rng(seed)
    years = np.arange(2015, 2025)
    cap, k, tm = rng.uniform(50, 5000, n_series), rng.uniform(0.2, 0.9, n_series), rng.uniform(2010, 2030, n_series)
    y = cap[:, None] / (1 + np.exp(-k[:, None] * (years - tm[:, None]))) * np.exp(rng.normal(0, 0.15, (n_series, 10)))
    return pd.DataFrame({"series": np.repeat([f"s{i:04d}" for i in range(n_series)], 10),
                         "year": np.tile(years, n_series), "value": y.ravel()})


@pytest.mark.parametrize("family", ["logistic", "gompertz"])
def test_the_panel_equals_fit_series_by_series(family):
    assert _agreement(_logistic_panel(120, seed=1, family=family), family) >= 0.98


def test_noisy_panels_agree_with_fit_where_the_data_cannot_pin_the_ceiling():
    frame = _noisy_panel(150, seed=11)
    assert _agreement(frame, "logistic") >= 0.98
    assert am.fit_panel(frame)["at_bound"].sum() >= 10      # the case is exercised


def test_a_richards_panel_equals_fit_series_by_series():
    rng = np.random.default_rng(8)
    years, n = np.arange(2012, 2025), 80
    cap, k, tm, nu = (rng.uniform(50, 5000, n), rng.uniform(0.2, 0.9, n), rng.uniform(2014, 2022, n),
                      rng.uniform(0.3, 3, n))
    y = cap[:, None] / (1 + nu[:, None] * np.exp(-k[:, None] * (years - tm[:, None]))) ** (1 / nu[:, None])
    y = y * np.exp(rng.normal(0, 0.03, y.shape))
    frame = pd.DataFrame({"series": np.repeat([f"s{i:03d}" for i in range(n)], len(years)),
                          "year": np.tile(years, n), "value": y.ravel()})
    assert _agreement(frame, "richards") >= 0.98


def test_a_ceiling_the_data_cannot_pin_ends_on_its_bound_in_both():
    """Pure exponential growth: the best logistic has its ceiling at the top of fit's search box (10,000 times
    the data), and both fit and the panel say so instead of one failing."""
    years = np.arange(2010.0, 2020.0)
    values = 10 * 1.5 ** (years - 2010)
    one = am.fit(years, values, "logistic")
    row = am.fit_panel(pd.DataFrame({"series": "x", "year": years, "value": values})).iloc[0]
    assert "stuck on a bound" in one.note and row["at_bound"] and row["converged"]
    assert "stuck on a bound: cap" in row["message"]
    assert row["cap"] == pytest.approx(values.max() * 1e4, rel=1e-6)
    assert one.params["cap"] == pytest.approx(values.max() * 1e4, rel=1e-6)
    for p, v in one.params.items():
        assert row[p] == pytest.approx(v, rel=1e-4)


def test_batched_is_an_attribute_of_the_family():
    from aimarket.curves import FAMILIES, register
    from aimarket.curves._family import _REGISTRY

    @register
    class Steady(type(FAMILIES["exponential"](0))):
        name = "steady_test"

    try:
        frame = pd.DataFrame({"series": ["a"] * 4, "year": [2020, 2021, 2022, 2023], "value": [1.0, 2.1, 3.9, 8.2]})
        a, b = am.fit_panel(frame, "steady_test"), am.fit_panel(frame, "exponential")
        assert a["rate"].item() == b["rate"].item() and "steady_test" in am.panel.BATCHED
        Steady.batched = False
        with pytest.raises(ValueError, match="steady_test.* is not fitted in batches"):
            am.fit_panel(frame, "steady_test")
    finally:
        _REGISTRY.pop("steady_test")


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
    (pd.DataFrame({"series": ["a", "a"], "year": [2020, 2021], "value": [1.0, 2.0]}), "bass",
     r"'bass' is not fitted in batches; fit_panel fits exponential, logistic, gompertz, richards"),
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


@pytest.mark.slow
def test_a_real_dask_cluster_gives_pandas_answers():
    dd = pytest.importorskip("dask.dataframe", reason="Dask is an optional extra: pip install 'aimarket[dask]'")
    distributed = pytest.importorskip("distributed")
    frame = _logistic_panel(40, seed=6)
    claims = pd.DataFrame({"reported": [0.282, 0.42], "start": [2058, 39_834], "end": [7119, 1_303_551],
                           "periods": [4, 10], "rate_step": [0.001, 0.01]})
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
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


_TEN = pd.DataFrame({"series": np.repeat(["a", "b"], 10), "year": np.tile(np.arange(2015, 2025), 2),
                     "value": np.tile(50 * 1.3 ** np.arange(10), 2)})


@pytest.mark.parametrize("call, error, words", [
    (lambda: am.forecast_panel(_TEN.assign(year=_TEN["year"] + 0.5), 2026, method="auto"), ValueError,
     "whole years, got 2015.5"),
    (lambda: am.forecast_panel(_TEN.assign(year=_TEN["year"] + 0.5), 2026, "exponential"), ValueError,
     "whole years, got 2015.5"),
    (lambda: am.forecast_panel(_TEN, 10 ** 7, "exponential"), ValueError, "until: 10000000 is more than 200 years"),
    (lambda: am.forecast_panel(_TEN, 2020, method="auto"), ValueError, "until: 2020 is not after"),
    (lambda: am.forecast_panel(_TEN, 2026.0, "exponential"), TypeError, "until must be a whole year"),
    (lambda: am.forecast_panel(_TEN.iloc[:0], 2026, "exponential"), ValueError, "frame has no rows"),
    (lambda: am.forecast_panel(_TEN.iloc[:0], 2026, method="auto"), ValueError, "frame has no rows"),
    (lambda: am.fit_panel(_TEN.assign(value=True), "exponential"), TypeError, "frame column 'value' must be numeric, got dtype bool"),
    (lambda: am.fit_panel(_TEN.assign(year=_TEN["year"].astype(str)), "exponential"), TypeError, "column 'year'"),
    (lambda: am.fit_panel(_TEN.assign(value=_TEN["value"].astype(object).where(_TEN.index > 0, "x")),
                          "exponential"), TypeError, "frame column 'value' must hold only numbers; position 0 is 'x'"),
    (lambda: am.fit_panel(_TEN.assign(year=_TEN["year"] * 1000), "exponential"), ValueError, "within +/-1,000,000"),
    (lambda: am.predict_panel(am.fit_panel(_TEN, "exponential"), [10 ** 6]), ValueError, "passes the float range"),
    (lambda: am.audit_panel(pd.DataFrame({"reported": [0.28], "start": [True], "end": [7119], "periods": [4],
                                          "rate_step": [0.001]})), TypeError, "claims column 'start' must be numeric, got dtype bool"),
])
def test_a_panel_with_bad_years_values_or_horizon_is_refused_by_name(call, error, words):
    """Fractional years were forecast under whole-year labels, a horizon of ten million years allocated a gigabyte,
    an empty frame raised numpy's IndexError, True was read as 1 and '2020' as a year, and a curve past the float
    range returned inf: each is now an error naming the argument or the frame's row and column."""
    with pytest.raises(error, match=words.replace("(", r"\(").replace("+", r"\+").replace(".", r"\.")):
        call()


def test_audit_panel_takes_rates_in_percent_as_its_message_says():
    """A rate of 28.2 with a step of 0.1 was refused with "pass percent=True", which audit_panel did not take.
    (7119 / 2058) ** (1 / 5) - 1 = 0.28172, which 28.2% at half of 0.1 holds: the same verdicts either way."""
    import aimarket as am
    import pandas as pd

    base = {"start": [2058], "end": [7119], "periods": [5]}
    fractions = am.audit_panel(pd.DataFrame({**base, "reported": [0.282], "rate_step": [0.001]}))
    percents = am.audit_panel(pd.DataFrame({**base, "reported": [28.2], "rate_step": [0.1]}), percent=True)
    assert fractions["verdict"].tolist() == percents["verdict"].tolist() == ["exact"]
    assert percents["recomputed"].iloc[0] == pytest.approx(0.28172, abs=1e-5)


_THREE = pd.DataFrame({"series": np.repeat(["a", "b", "c"], 3), "year": [2020, 2025, 2030] * 3,
                       "value": [10, 50, 90, 5, 20, 60, 10, 20, 50]})


def test_a_failed_fit_predicts_nan_with_its_reason():
    """A series no logistic passes through (1/10, 1/20, 1/50 are no geometric sequence above an offset) came out of
    predict_panel as an unexplained NaN; it keeps its message beside the NaN, and the others are their curves:
    a passes through 10, 50, 90 (cap 100, so 90 in 2030) and b through 5, 20, 60."""
    pred = am.predict_panel(am.fit_panel(_THREE, "logistic"), [2030]).set_index("series")
    assert pred.loc["a", "value"] == pytest.approx(90.0, rel=1e-9)
    assert pred.loc["b", "value"] == pytest.approx(60.0, rel=1e-9)
    assert np.isnan(pred.loc["c", "value"]) and "no logistic curve passes" in pred.loc["c", "message"]
    assert pred.loc["a", "message"] == ""


@pytest.mark.parametrize("edit, error, words", [
    (lambda f: f.assign(cap="a"), TypeError, "fits column 'cap' must hold only numbers; position 0 is 'a'"),
    (lambda f: f.assign(cap=np.nan, message=""), ValueError,
     "fits, row 0, column 'cap': nan is not a finite number above 0 for a logistic curve (series 'a'); a failed fit"),
    (lambda f: f.drop(columns="message"), ValueError, "fits, row 2, column 'cap': nan is not a finite number"),
    (lambda f: f.assign(k=-1.0), ValueError, "fits, row 0, column 'k': -1.0 is not a finite number above 0"),
    (lambda f: f.assign(t_mid=np.inf), ValueError, "fits, row 0, column 't_mid': inf is not a finite number between"),
    (lambda f: f.assign(t0=[2020.0, np.nan, 2020.0]), ValueError,
     "fits, row 1, column 't0': nan is not a finite year within +/-1,000,000, the series' first year (series 'b')"),
])
def test_predict_panel_refuses_fits_no_curve_has_by_row_and_column(edit, error, words):
    """Text in cap failed inside pandas, NaN without a reason gave silent NaN, and k = -1 predicted a falling
    'logistic': the fits frame is checked where it comes in, naming fits, the row, the column and the series."""
    fits = am.fit_panel(_THREE, "logistic")
    with pytest.raises(error, match=words.replace("(", r"\(").replace(")", r"\)").replace("+", r"\+")
                       .replace(".", r"\.")):
        am.predict_panel(edit(fits), [2030])


def test_predict_panel_refuses_an_index_label_held_twice():
    """fits with the index [0, 0, 1] (two fit_panel results concatenated) failed inside pandas with 'Length of
    values (3) does not match length of index (5)'; the label held twice is now named."""
    fits = am.fit_panel(_THREE, "logistic")
    fits.index = [0, 0, 1]
    with pytest.raises(ValueError, match=r"fits: the index holds 0 more than once"):
        am.predict_panel(fits, [2030])
    # with its own label per row the same fits predict a's 90 and b's 60 in 2030, as above
    pred = am.predict_panel(fits.reset_index(drop=True), [2030]).set_index("series")
    assert pred.loc[["a", "b"], "value"].tolist() == pytest.approx([90.0, 60.0], rel=1e-9)


def test_forecast_panel_says_why_an_interval_is_missing():
    """A flat series forecast with a method had NaN low and high and nothing saying why, where forecast says 'no
    interval: ...' in attrs['interval']; each series' reason is now in attrs['skill']['interval'], for one batch of
    series (a, b on 2015-2024) and one forecast alone (c, five years)."""
    frame = pd.DataFrame({"series": ["a"] * 10 + ["b"] * 10 + ["c"] * 5,
                          "year": list(range(2015, 2025)) * 2 + list(range(2020, 2025)),
                          "value": [5.0] * 10 + [100 * 1.1 ** i for i in range(10)] + [1.0, 2.0, 3.0, 4.0, 5.0]})
    out = am.forecast_panel(frame, 2026, method="auto")
    skill = out.attrs["skill"].set_index("series")
    missing = out.groupby("series")["low"].apply(lambda s: s.isna().all())
    assert missing["a"] and skill.loc["a", "interval"].startswith("no interval: the method's backtest errors on "
                                                                    "the history are all nil")
    for sid in ("b", "c"):   # an interval, and how it was made
        assert not missing[sid] and not skill.loc[sid, "interval"].startswith("no interval")
    assert skill.loc["a", "interval"] == am.forecast(range(2015, 2025), [5.0] * 10, 2026).attrs["interval"]


def test_audit_panel_marks_period_counts_past_the_float_range_as_not_holding():
    """A start of 1e-320 with periods 5 (a rate of about 5.9e64, computable) was refused for 'periods=1', a count of
    the 1-to-30 grid the user never gave. The claim is now checked: its rate is far from 28.2% at every count from
    1 to 30 (even over 30 periods, 7119 / 1e-320 gives about 6e10 a period), so none holds."""
    claims = pd.DataFrame({"reported": [0.282, 0.282], "start": [2058, 1e-320], "end": [7119, 7119],
                           "periods": [5, 5], "rate_step": [0.001, 0.001]})
    out = am.audit_panel(claims)
    assert out["verdict"].tolist() == ["exact", "inconsistent"]
    assert out["periods_hold"].tolist() == ["5", ""]


@pytest.mark.parametrize("start, periods, words", [
    (1e-320, 1, "start=9.99989e-321, end=7119, periods=1"),
    (2058, 1e-9, "start=2058, end=7119, periods=1e-09"),
])
def test_audit_panel_names_the_row_whose_own_rate_passes_the_float_range(start, periods, words):
    """The refusal named a grid position '(0, 0)' and neither claims nor the row; it names the claim's row now."""
    claims = pd.DataFrame({"reported": [0.282, 0.28], "start": [2058, start], "end": [7119, 7119],
                           "periods": [5, periods], "rate_step": [0.001, 0.01]})
    with pytest.raises(ValueError, match=r"^claims, row 1: the rate for reported=0\.28, " + re.escape(words)):
        am.audit_panel(claims)


def test_audit_panel_columns_are_the_same_for_no_rows():
    """A Dask frame's partitions must match the columns its empty meta computes; a reordering of 'recomputed' after
    'low' and 'high' in the rows' branch failed only on a real cluster."""
    claims = pd.DataFrame({"reported": [0.282], "start": [2058.0], "end": [7119.0], "periods": [4], "rate_step": [0.001]})
    assert list(am.audit_panel(claims).columns) == list(am.audit_panel(claims.iloc[:0]).columns)
