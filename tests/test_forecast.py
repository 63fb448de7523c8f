"""The library's forecast: its members against independent implementations, its laws, its intervals' calibration
on simulated series, the batch and panel forms, and bad input."""

from __future__ import annotations

import importlib
import math
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import aimarket as am
from aimarket.curves import _pool
from aimarket.curves._rank import rolling_origin

forecast_module = importlib.import_module("aimarket.curves.forecast")

YEARS = np.arange(2000, 2020)


def _series(seed, n=20, growth=0.06, noise=0.03):
    rng = np.random.default_rng(seed)
    return 100 * np.exp(np.cumsum(growth + rng.normal(0, noise, n)))


# ------------------------------------------------------------------------------------ members, by hand and by statsmodels
def test_holt_and_drift_continue_a_straight_line_exactly():
    """On z = 3 + 0.2 t every Holt candidate fits with zero error (the initial state is solved for), so the
    forecast is the line itself; the drift of a line is its slope."""
    z = 3 + 0.2 * np.arange(12)
    out = _pool.member_paths(z, np.array([12]), 3, ["holt", "drift"])
    line = 3 + 0.2 * np.arange(12, 15)
    np.testing.assert_allclose(out["holt"][0], line, rtol=1e-9)
    np.testing.assert_allclose(out["drift"][0], line, rtol=1e-12)


def test_damped_candidate_matches_statsmodels_with_the_same_weights():
    """For the weights the grid chose, statsmodels' least-squares initial state gives the same forecast."""
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    z = np.log(_series(4, n=25))
    sse, lv, tr, _, _ = _pool._smooth(z[None] - z[0], np.array([25]))
    (level, trend), g = _pool._pick(sse, (lv, tr), "damped")
    alpha, beta, phi = _pool._WEIGHTS[g[0, 0]]
    ours = _pool.member_paths(z, np.array([25]), 4, ["damped"])["damped"][0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = ExponentialSmoothing(z, trend="add", damped_trend=True, initialization_method="estimated").fit(
            smoothing_level=alpha, smoothing_trend=beta, damping_trend=phi, optimized=True)
    # the same weights (statsmodels' smoothing_trend is beta of the component form), the same initial state
    # by least squares, so the same forecast
    assert res.params["smoothing_trend"] == pytest.approx(beta)
    np.testing.assert_allclose(ours, res.forecast(4), rtol=0, atol=1e-6)


def test_the_auto_forecasts_damped_members_are_statsmodels_fits_of_logs_and_of_values():
    """At the last origin the two damped members are statsmodels' own fits (of log values, and of the values),
    fitted here independently on the data as given; the forecast is the mean of the four members' logs."""
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    y = _series(1)
    f = am.forecast(YEARS, y, until=2024)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fits = {space: ExponentialSmoothing(z, trend="add", damped_trend=True, initialization_method="estimated")
                .fit().forecast(len(f)) for space, z in (("log", np.log(y)), ("values", y))}
    # the library fits shares of the largest value (logs lifted by one): the same model, optimised from another start
    np.testing.assert_allclose(f.attrs["members"]["damped_log"], np.exp(fits["log"]), rtol=1e-4)
    np.testing.assert_allclose(f.attrs["members"]["damped_values"], fits["values"], rtol=1e-3)
    logs = np.log(np.vstack([f.attrs["members"][m] for m in f.attrs["pool"]]))
    np.testing.assert_allclose(f["value"], np.exp(logs.mean(axis=0)), rtol=1e-12)


def test_arima_member_matches_a_regression_of_differences_by_hand():
    z = np.log(_series(9, n=30))
    d = np.diff(z)
    a, _ = np.polyfit(d[:-1], d[1:], 1)
    mean = (z[-1] - z[0]) / 29
    c, prev, level, want = mean * (1 - a), d[-1], z[-1], []
    for _ in range(3):
        prev = c + a * prev
        level += prev
        want.append(level)
    got = _pool.member_paths(z, np.array([30]), 3, ["arima"])["arima"][0]
    np.testing.assert_allclose(got, want, rtol=1e-12)


def test_rolling_origin_scores_each_origin_and_horizon():
    t, y = np.arange(2000.0, 2008.0), np.array([1, 2, 4, 8, 16, 32, 64, 128.0])
    last = lambda o, k: {"naive": np.repeat(np.log(y[o - 1])[:, None], k, axis=1)}  # noqa: E731
    r = rolling_origin(t, y, last, origins=np.array([6, 7]), steps=2)
    # the naive forecast misses doubling by log 2 a year: errors log 2, 2 log 2; the last origin has one target
    np.testing.assert_allclose(r.errors[0], [math.log(2), 2 * math.log(2)])
    assert r.errors[1, 0] == pytest.approx(math.log(2)) and np.isnan(r.errors[1, 1])
    assert r.mape() == pytest.approx(100 * (0.5 + 0.75 + 0.5) / 3)


def _smooth_by_hand(y, o):
    """The gate's rule at origin ``o`` from numpy's own std and mean of the first ``o`` points."""
    g = np.diff(np.log(y[:o]))
    d = np.diff(g)
    return o >= 12 and bool(np.std(d) < forecast_module.SMOOTH_GROWTH * np.mean(np.abs(g)))


@given(st.integers(0, 10 ** 6), st.integers(8, 40), st.floats(1e-3, 1e6), st.floats(0.0, 0.02))
def test_smooth_growth_is_the_stated_rule_at_every_origin_whatever_the_unit(seed, n, scale, noise):
    rng = np.random.default_rng(seed)
    growth = 0.04 - 0.001 * np.arange(n) + noise * rng.normal(size=n)
    y = 50 * np.exp(np.cumsum(growth))
    origins = np.arange(3, n + 1)
    got = forecast_module.smooth_growth(y, origins)
    assert got.tolist() == [_smooth_by_hand(y, o) for o in origins]
    np.testing.assert_array_equal(forecast_module.smooth_growth(scale * y, origins), got)
    # several series at once: each row as alone
    both = forecast_module.smooth_growth(np.vstack([y, y[::-1]]), origins)
    np.testing.assert_array_equal(both[0], got)
    np.testing.assert_array_equal(both[1], forecast_module.smooth_growth(y[::-1], origins))


def test_a_smoothly_slowing_growth_is_forecast_by_the_damped_member_alone():
    """A population-like history (growth slowing by the same step each year, a little noise): the auto forecast
    is damped smoothing of log values alone, and says so; a rough history keeps the mean of the members."""
    years = np.arange(1960, 2000)
    rng = np.random.default_rng(3)
    people = 1e6 * np.exp(np.cumsum(0.03 - 0.0005 * np.arange(40) + 0.0003 * rng.normal(size=40)))
    f = am.forecast(years, people, until=2005)
    assert f.attrs["combination"].startswith("damped_log alone")
    np.testing.assert_allclose(f["value"], f.attrs["members"]["damped_log"], rtol=1e-12)
    assert set(f.attrs["pool"]) == {"damped_log", "holt_log", "arima_values", "damped_values"}
    assert (f["low"] < f["value"]).all() and (f["value"] < f["high"]).all()
    rough = am.forecast(YEARS, _series(1), until=2024)
    assert rough.attrs["combination"] == "the mean of the members' log forecasts"
    # eleven years of the same history are too few to tell smooth growth from a steady stretch
    assert forecast_module.smooth_growth(people[:11], [11]).tolist() == [False]
    assert forecast_module.smooth_growth(people[:12], [12]).tolist() == [True]
    short = am.forecast(years[:11], people[:11], until=1975)
    assert short.attrs["combination"] == "the mean of the members' log forecasts"


def test_the_batch_forecast_gates_each_series_as_the_single_forecast_does():
    """In a batch, a smooth series takes the damped member of log values alone (the grid's fit there) and a rough
    one the geometric mean of the four members' forecasts, series by series."""
    years = np.arange(1960.0, 2000.0)
    rng = np.random.default_rng(3)
    smooth = 1e6 * np.exp(np.cumsum(0.03 - 0.0005 * np.arange(40) + 0.0003 * rng.normal(size=40)))
    rough = 50 * np.exp(np.cumsum(0.04 + 0.05 * rng.normal(size=40)))
    y = np.vstack([smooth, rough])
    assert forecast_module.smooth_growth(y, [40])[:, 0].tolist() == [True, False]
    out = forecast_module.forecast_batch(years, y, 2004)
    runs = forecast_module.smoothing_runs(years, y, forecast_module.AUTO, np.arange(2000.0, 2005.0))
    last = {m: runs.paths[m][:, -1] for m in forecast_module.AUTO}
    np.testing.assert_allclose(out["value"][0], np.exp(last["damped_log"][0]), rtol=1e-12)
    np.testing.assert_allclose(out["value"][1], np.exp(np.mean([last[m][1] for m in forecast_module.AUTO], axis=0)),
                               rtol=1e-12)


def _faded_mean(members: np.ndarray, last: float, floor: float, of_values) -> np.ndarray:
    """By hand: each member's log forecast weighted by one, or, for a member of the values, by its share of a
    quarter of the last value (at most one), none where it collapsed to ``floor``."""
    w = np.where(np.asarray(of_values)[:, None], np.minimum(members / (0.25 * last), 1.0), 1.0) * (members > floor)
    return np.exp((w * np.log(np.maximum(members, 1e-300))).sum(axis=0) / w.sum(axis=0))


def test_a_member_whose_line_runs_to_zero_loses_its_say_as_it_goes():
    """Cases of a disease falling by some 60% a year and then 35%: the members that extrapolate the yearly
    decrements run through zero within the horizon. Their weight in the geometric mean falls with them below a
    quarter of the last value, to none at zero (here by hand from the members' own forecasts): never the
    near-zero pull of a collapsing line, and no jump in the year it crosses zero."""
    years = np.arange(1980, 1991)
    cases = np.array([61000, 25000, 12800, 9100, 8400, 6100, 5200, 3700, 2150, 1370, 1450.0])
    f = am.forecast(years, cases, until=1996)
    members = f.attrs["members"]
    assert not f.attrs["combination"].startswith("damped_log alone")
    stack = np.vstack(list(members.values()))
    of_values = [m.endswith("_values") for m in members]
    assert (stack[of_values] <= 1e-6 * cases.min()).any(), "the case must have a member that falls through zero"
    floor = 1e-6 * cases.min() * (1 + 1e-9)
    np.testing.assert_allclose(f["value"], _faded_mean(stack, cases[-1], floor, of_values), rtol=1e-9)
    assert (f["value"] > 0.05 * cases[-1]).all()
    names = " and ".join(m for m, v in zip(members, of_values) if v and (members[m] < 0.25 * cases[-1]).any())
    assert f"weighing {names} down in the years" in f.attrs["combination"]
    # the batch form, whose damped members are the grid's fits, weighs them the same way
    t = years.astype(float)
    batch = forecast_module.forecast_batch(t, cases[None], 1996)
    runs = forecast_module.smoothing_runs(t, cases[None], forecast_module.AUTO, np.arange(1991.0, 1997.0))
    last = np.exp(np.vstack([runs.paths[m][0, -1] for m in forecast_module.AUTO]))
    np.testing.assert_allclose(batch["value"][0], _faded_mean(last, cases[-1], floor,
                                                              [m.endswith("_values") for m in forecast_module.AUTO]),
                               rtol=1e-9)


def test_a_decline_to_a_tenth_is_forecast_to_go_on_falling_every_year():
    """100, 90, ..., 10: the straight-line members reach zero at once; the forecast falls every year after (it
    read 1.2 and then 3.4, as the member at 0.05 was left out in the second year)."""
    f = am.forecast(list(range(2015, 2025)), [100, 90, 80, 70, 60, 50, 40, 30, 20, 10], until=2030)
    path = np.concatenate([[10.0], f["value"].to_numpy()])
    assert (np.diff(path) < 0).all(), path


@given(st.floats(20, 1e6), st.floats(0.3, 0.95), st.integers(8, 20), st.integers(1, 10))
def test_a_steady_decline_is_forecast_below_its_last_value(start, gone, n, ahead):
    """A quantity that falls by the same amount every year (a cost curve, a dying product) is forecast below its
    last value in every year: no rebound where a member's straight line reaches zero (it was read as 3.4 after
    1.2 for a series falling 100, 90, ..., 10)."""
    years = np.arange(2000, 2000 + n)
    values = start * (1 - gone * np.arange(n) / (n - 1))   # a share ``gone`` of the first value lost by the last
    f = am.forecast(years, values, until=int(years[-1]) + ahead)
    assert (f["value"] < values[-1]).all(), f["value"].tolist()


def test_a_growth_rate_damped_by_a_steady_factor_is_continued_exactly_by_the_batch_forecast():
    """A noise-free history whose log growth shrinks by 0.5% a year (the shape statsmodels' damped fit gives a
    smoothly growing population: the trend takes each change in full, damping 0.995) is continued exactly by
    the batch forecast, by hand: log value + last growth x (phi + phi^2 + ... + phi^h)."""
    phi, years = 0.995, np.arange(1970.0, 2010.0)
    growth = 0.03 * phi ** np.arange(1, 40)
    z = np.concatenate([[np.log(5e6)], np.log(5e6) + np.cumsum(growth)])
    out = forecast_module.forecast_batch(years, np.exp(z)[None], 2015)
    h = np.arange(1, 7)  # 2010 to 2015
    expected = np.exp(z[-1] + growth[-1] * np.cumsum(phi ** h))
    np.testing.assert_allclose(out["value"][0], expected, rtol=1e-9)


# ------------------------------------------------------------------------------------ laws
@given(st.integers(0, 10 ** 6), st.integers(12, 40), st.integers(1, 12))
def test_intervals_widen_with_the_horizon(seed, n, ahead):
    y = _series(seed, n=n, noise=0.05)
    f = am.forecast(np.arange(2000, 2000 + n), y, until=1999 + n + ahead)
    width = np.log(f["high"]) - np.log(f["low"])
    assert (width > 0).all() and (np.diff(width) >= -1e-12).all()
    assert (f["low"] < f["value"]).all() and (f["value"] < f["high"]).all()


@given(st.integers(0, 10 ** 6), st.floats(1e-12, 0.99), st.floats(1e-12, 0.99), st.sampled_from([0.0, 0.05]))
def test_a_band_never_narrows_as_its_level_rises(seed, a, b, noise):
    """A level near nil took the quantile of a nil backtest error and fell back to the members' range, wider than
    a band at 80% (and said 'too few points'); an exact history gave a band of zero width under the single
    methods. Now a higher level is never narrower, and an exact history says it has no interval."""
    lo, hi = sorted((a, b))
    y = _series(seed, n=14, noise=noise)
    years = np.arange(2000, 2014)
    f, g = (am.forecast(years, y, until=2016, level=lv) for lv in (lo, hi))
    wf, wg = (np.log(x["high"]) - np.log(x["low"]) for x in (f, g))
    assert (wg >= wf - 1e-9).all() or (f["low"].isna().all() and g["low"].isna().all())


@pytest.mark.parametrize("method", ["exponential", "drift_log", "arima_log"])
def test_an_exactly_fitted_history_says_it_has_no_interval(method):
    f = am.forecast(range(2015, 2025), [50 * 1.3 ** i for i in range(10)], until=2026, method=method)
    assert f["low"].isna().all() and f["high"].isna().all()
    assert f.attrs["interval"].startswith("no interval: the method's backtest errors on the history are all nil")


@given(st.integers(0, 10 ** 6), st.floats(1e-3, 1e6), st.sampled_from(["auto", "holt_log", "damped_values",
                                                                           "theta_log", "arima_values"]))
@example(635383, 13547.0, "auto")
def test_a_scaled_series_gives_a_scaled_forecast(seed, scale, method):
    y = _series(seed, n=16)
    years = np.arange(2000, 2016)
    a = am.forecast(years, y, until=2020, method=method)
    b = am.forecast(years, scale * y, until=2020, method=method)
    # the damped members are fitted to shares rounded to 12 digits, the same numbers in any unit but where a share's
    # last bit (scale * y / (scale * top) against y / top) crosses a rounding boundary of the 12th digit: the
    # optimiser's path then moves its answer by a few parts in a billion (seed 635383, scale 13547: 1.4e-9)
    rel = 1e-7
    for col in ("value", "low", "high"):
        np.testing.assert_allclose(b[col], scale * a[col], rtol=rel)


def test_a_constant_series_is_forecast_as_the_constant_never_with_a_zero_width_band():
    f = am.forecast(YEARS, np.full(20, 7.0), until=2023)
    np.testing.assert_allclose(f["value"], 7.0, rtol=1e-6)
    assert ((f["high"] > f["low"]) | f["low"].isna()).all()


def test_no_interval_is_said_where_the_history_cannot_give_one():
    f = am.forecast([2020, 2021, 2022], [5.0, 5.0, 5.0], until=2024, method="exponential")
    assert f["low"].isna().all() and f["high"].isna().all() and f.attrs["interval"].startswith("no interval")
    g = am.forecast([2020, 2022, 2025], [1.0, 3.0, 5.0], until=2027)
    assert (g["high"] > g["low"]).all() and "range of the members" in g.attrs["interval"]


def test_attrs_state_the_method_its_skill_and_coverage():
    f = am.forecast(YEARS, _series(1), until=2024, level=0.9)
    assert f.attrs["method"] == "auto" and f.attrs["level"] == 0.9
    assert f.attrs["combination"] == "the mean of the members' log forecasts"
    assert set(f.attrs["members"]) == set(f.attrs["pool"]) == {"damped_log", "holt_log", "arima_values", "damped_values"}
    assert 0 < f.attrs["backtest_mape"] < 50 and 0.5 <= f.attrs["coverage"] <= 1
    # the auto forecast is the mean of its members on log values
    logs = np.log(np.vstack(list(f.attrs["members"].values())))
    np.testing.assert_allclose(f["value"], np.exp(logs.mean(axis=0)), rtol=1e-12)


# ------------------------------------------------------------------------------------ calibration
def test_the_80_percent_interval_covers_about_80_percent_of_simulated_futures():
    """Random walks with drift on log values (growth 2-10% a year, volatility 2-8%): the share of the next five
    years inside the 80% interval is between 70% and 90% over 300 series."""
    rng = np.random.default_rng(2024)
    n, ahead, series = 25, 5, 200
    growth = rng.uniform(0.02, 0.10, (series, 1))
    vol = rng.uniform(0.02, 0.08, (series, 1))
    y = 100 * np.exp(np.cumsum(growth + vol * rng.normal(size=(series, n + ahead)), axis=1))
    years = np.arange(2000.0, 2000 + n)
    out = forecast_module.forecast_batch(years, y[:, :n], int(years[-1]) + ahead, level=0.8)
    inside = (out["low"] <= y[:, n:]) & (y[:, n:] <= out["high"])
    assert 0.7 <= inside.mean() <= 0.9, inside.mean()


@given(st.integers(0, 10 ** 6), st.integers(10, 30), st.floats(0.05, 0.5))
def test_the_auto_forecast_lies_within_the_members_above_zero(seed, n, fall):
    """Whatever the decline, the combined forecast of each year lies between the smallest and the largest
    forecast of the members that have not fallen through zero in that year (a mean of them)."""
    rng = np.random.default_rng(seed)
    y = 1e4 * np.exp(np.cumsum(-fall + 0.1 * rng.normal(size=n)))
    f = am.forecast(np.arange(2000, 2000 + n), y, until=2000 + n + 8)
    m = np.vstack(list(f.attrs["members"].values()))
    live = m > 1e-6 * y.min() * (1 + 1e-9)
    lo = np.where(live, m, np.inf).min(axis=0)
    hi = np.where(live, m, -np.inf).max(axis=0)
    v = f["value"].to_numpy()
    assert (live.any(axis=0)).all()
    assert ((v >= lo * (1 - 1e-9)) & (v <= hi * (1 + 1e-9))).all()


# ------------------------------------------------------------------------------------ batch and panel forms
def test_a_batch_equals_each_series_forecast_alone():
    years = np.arange(2005.0, 2021.0)
    y = np.vstack([_series(s, n=16) for s in range(3)])
    out = forecast_module.forecast_batch(years, y, 2024, method="holt_values")
    for i in range(3):
        one = am.forecast(years, y[i], until=2024, method="holt_values")
        np.testing.assert_allclose(out["value"][i], one["value"], rtol=1e-12)
        np.testing.assert_allclose(out["low"][i], one["low"], rtol=1e-12)
        assert out["backtest_mape"][i] == pytest.approx(one.attrs["backtest_mape"], rel=1e-12)


def test_forecast_panel_with_a_method():
    frame = pd.concat([pd.DataFrame({"series": s, "year": YEARS, "value": _series(k)})
                       for k, s in enumerate(["a", "b"])] +
                      [pd.DataFrame({"series": "short", "year": [2015, 2017, 2019], "value": [1.0, 2.0, 3.0]})])
    out = am.forecast_panel(frame, 2022, method="auto")
    assert out.groupby("series")["year"].apply(list).to_dict() == {"a": [2020, 2021, 2022], "b": [2020, 2021, 2022],
                                                                    "short": [2020, 2021, 2022]}
    short = am.forecast([2015, 2017, 2019], [1.0, 2.0, 3.0], until=2022)
    np.testing.assert_allclose(out.loc[out["series"] == "short", "value"], short["value"], rtol=1e-12)
    assert set(out.attrs["skill"]["series"]) == {"a", "b", "short"}
    with pytest.raises(TypeError, match="no fitting options"):
        am.forecast_panel(frame, 2022, method="auto", cap=5.0)
    with pytest.raises(ValueError, match="level"):
        am.forecast_panel(frame, 2022, method="auto", level=1.5)
    with pytest.raises(ValueError, match="until: 2018 is not after"):
        am.forecast_panel(frame, 2018, method="auto")
    with pytest.raises(ValueError, match="series 'short': method 'holt_log' needs at least 8"):
        am.forecast_panel(frame, 2022, method="holt_log")


# ------------------------------------------------------------------------------------ bad input
@pytest.mark.parametrize("years, values, kwargs, exc, message", [
    (YEARS, np.arange(1.0, 21.0), {"until": 2010}, ValueError, "until: 2010 is not after"),
    (YEARS, np.arange(1.0, 21.0), {"until": 2022.5}, TypeError, "until must be a whole year"),
    (YEARS, np.arange(1.0, 21.0), {"until": 2022, "level": 1.0}, ValueError, "level must be .* between 0 and 1"),
    (YEARS, np.arange(1.0, 21.0), {"until": 2022, "level": 0}, ValueError, "level must be .* between 0 and 1"),
    ([2020], [5.0], {"until": 2022}, ValueError, "at least two points"),
    (YEARS, np.r_[np.arange(1.0, 20.0), -1.0], {"until": 2022}, ValueError, "values"),
    (YEARS, np.r_[0.0, np.arange(1.0, 20.0)], {"until": 2022, "method": "holt_log"}, ValueError, "values"),
    (YEARS, np.arange(1.0, 21.0), {"until": 2022, "method": "prophet"}, ValueError, "method must be"),
    (YEARS[:5], np.arange(1.0, 6.0), {"until": 2022, "method": "holt_log"}, ValueError, "at least 8 consecutive"),
])
def test_bad_input_names_the_argument(years, values, kwargs, exc, message):
    with pytest.raises(exc, match=message):
        am.forecast(years, values, **kwargs)


@pytest.mark.parametrize("call, words", [
    (lambda: am.forecast([2020, 2020.25, 2020.5, 2020.75, 2021], [1, 2, 3, 4, 5], until=2022),
     "years: a forecast takes whole years"),
    (lambda: am.compare([2023], [100]), "values: compare needs at least two points, got 1"),
    (lambda: am.backtest([2020, 2021, 2022, 2023], [1, 2, 3, 4], holdout=3), "holdout (3) must leave at least two"),
])
def test_what_cannot_be_forecast_or_ranked_says_why(call, words):
    """Quarters given as years were forecast a step a year; one point and a holdout leaving one gave empty
    frames with no reason."""
    with pytest.raises(ValueError) as err:
        call()
    assert words in str(err.value)
