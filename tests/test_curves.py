"""Growth-curve families: recovery of known parameters, exact fits, a second implementation (statsmodels), comparison
and backtests by hand, bad input."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

import aimarket as am
from aimarket.curves import FAMILIES

YEARS = np.arange(2014, 2026, dtype=float)
TRUTH = {
    "exponential": {"start": 50.0, "rate": 0.3},
    "logistic": {"cap": 1000.0, "k": 0.5, "t_mid": 2020.0},
    "gompertz": {"cap": 1000.0, "k": 0.35, "t_mid": 2019.0},
    "richards": {"cap": 1000.0, "k": 0.6, "t_mid": 2020.0, "nu": 3.0},
    "bass": {"cap": 500.0, "p": 0.02, "q": 0.6, "launch": 2012.0},
}


def curve(name, years=YEARS):
    fam = FAMILIES[name]()
    fam.t0 = float(years[0])
    return fam.f(np.asarray(years, dtype=float), TRUTH[name])


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_recovers_known_parameters_without_noise(name):
    f = am.fit(YEARS, curve(name), name)
    for p, v in TRUTH[name].items():
        assert f.params[p] == pytest.approx(v, rel=1e-4), p
    assert np.max(np.abs(f.residuals)) < 1e-6


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_recovers_known_parameters_with_noise(name):
    rng = np.random.default_rng(7)
    noisy = curve(name) * np.exp(rng.normal(0, 0.01, len(YEARS)))
    f = am.fit(YEARS, noisy, name)
    table = f.param_intervals(0.99)
    for p, v in TRUTH[name].items():
        est, lo, hi = table.loc[p, ["estimate", "low", "high"]]
        assert est == pytest.approx(v, rel=0.15), p
        assert lo < est < hi and lo <= v <= hi, p


def _noisy_exponential(seed=13, n=12):
    return curve("exponential", YEARS[:n]) * np.exp(np.random.default_rng(seed).normal(0, 0.05, n))


def test_exponential_on_log_values_is_ordinary_least_squares():
    """A second implementation: statsmodels' OLS of log values on years. Parameters, standard errors (delta
    method), the confidence band of the curve, and the criteria by their formulas."""
    import statsmodels.api as sm

    y = _noisy_exponential()
    f = am.fit(YEARS, y, "exponential")
    X = sm.add_constant(YEARS - YEARS[0])
    ols = sm.OLS(np.log(y), X).fit()
    a, b = ols.params
    assert f.params["start"] == pytest.approx(math.exp(a), rel=1e-9)
    assert f.params["rate"] == pytest.approx(math.expm1(b), rel=1e-9)
    assert f.rss == pytest.approx(ols.ssr, rel=1e-9)
    assert f.stderr["start"] == pytest.approx(math.exp(a) * ols.bse[0], rel=1e-6)
    assert f.stderr["rate"] == pytest.approx(math.exp(b) * ols.bse[1], rel=1e-6)
    lo, hi = f.band(YEARS[[0, 6, 11]], level=0.9)
    ci = ols.get_prediction(X[[0, 6, 11]]).conf_int(alpha=0.1)
    np.testing.assert_allclose(np.log(lo), ci[:, 0], rtol=1e-6)
    np.testing.assert_allclose(np.log(hi), ci[:, 1], rtol=1e-6)
    n, k = 12, 3  # two parameters and the error variance
    loglik = -n / 2 * (math.log(2 * math.pi * ols.ssr / n) + 1)
    assert f.loglik == pytest.approx(ols.llf, rel=1e-9) and f.loglik == pytest.approx(loglik, rel=1e-9)
    assert f.aic == pytest.approx(2 * k - 2 * loglik, rel=1e-9)
    assert f.aicc == pytest.approx(2 * k - 2 * loglik + 2 * k * (k + 1) / (n - k - 1), rel=1e-9)
    assert f.bic == pytest.approx(k * math.log(n) - 2 * loglik, rel=1e-9)


def test_compare_and_backtest_scores_by_hand():
    """The exponential's rolling-origin score and holdout MAPE, recomputed with numpy's polyfit on logs."""
    y = _noisy_exponential(seed=5)
    t = YEARS - YEARS[0]
    errors = []
    for o in range(8, 12):  # the last four origins, every horizon to the last point
        b, a = np.polyfit(t[:o], np.log(y[:o]), 1)
        errors.extend(np.abs(a + b * t[o:] - np.log(y[o:])))
    c = am.compare(YEARS, y, families=["exponential", "logistic"])
    row = c.set_index("family").loc["exponential"]
    assert row["criterion"] == "backtest" and row["value"] == pytest.approx(np.mean(errors), rel=1e-6)
    b, a = np.polyfit(t[:9], np.log(y[:9]), 1)
    err = np.exp(a + b * t[9:]) / y[9:] - 1
    got = am.backtest(YEARS, y, holdout=3, families=["exponential"]).iloc[0]
    assert got["mape"] == pytest.approx(100 * np.mean(np.abs(err)), rel=1e-6)
    assert got["bias"] == pytest.approx(100 * np.mean(err), rel=1e-6)


@pytest.mark.parametrize("name", ["exponential", "logistic", "gompertz"])
def test_compare_ranks_the_true_family_first(name):
    rng = np.random.default_rng(11)
    noisy = curve(name) * np.exp(rng.normal(0, 0.01, len(YEARS)))
    c = am.compare(YEARS, noisy, families=["exponential", "logistic", "gompertz"])
    # six points or more: ranked by rolling-origin backtest, with the likelihood criteria still shown
    assert c.family.iloc[0] == name and c.criterion.iloc[0] == "backtest"
    assert c.loc[c["aicc"].astype(float).idxmin(), "family"] == name


@pytest.mark.parametrize("name", ["exponential", "logistic", "gompertz"])
def test_backtest_ranks_the_true_family_first(name):
    rng = np.random.default_rng(3)
    noisy = curve(name) * np.exp(rng.normal(0, 0.005, len(YEARS)))
    b = am.backtest(YEARS, noisy, holdout=3, families=["exponential", "logistic", "gompertz"])
    assert b.family.iloc[0] == name
    assert b.mape.iloc[0] < 3 and set(b.columns) >= {"mape", "bias"}


def test_exact_fits_pass_through_their_anchors():
    wide = am.load("bloomberg_genai", wide=True)
    years = np.array(wide.columns, dtype=float)
    for item, row in wide.iterrows():
        v = row.to_numpy()
        for name in ("logistic", "gompertz"):
            try:
                f = am.fit(years, v, name)
            except ValueError as exc:
                # only where growth speeds up between the anchors (no ceiling to find)
                g = np.diff(np.log(v))
                assert g[1] >= g[0] and "growth does not slow" in str(exc), (item, name)
                continue
            assert f.exact
            np.testing.assert_allclose(f.predict(years), v, rtol=1e-9, err_msg=f"{item} {name}")
            assert f.params["cap"] > v.max()
        exp_fit = am.fit(years, v, "exponential")
        assert exp_fit.dof == 1 and exp_fit.stderr is not None


def test_segments_where_growth_accelerates_can_take_a_cap():
    v = am.load("bloomberg_genai", wide=True).loc["AI Server"].to_numpy()  # 17.1% then 21.9% a year
    with pytest.raises(ValueError, match="supply cap"):
        am.fit([2022, 2027, 2032], v, "logistic")
    f = am.fit([2022, 2027, 2032], v, "logistic", cap=400_000)
    assert f.params["cap"] == 400_000 and "cap" in f.fixed


def test_logistic_closed_form_matches_least_squares():
    total = am.load("bloomberg_genai", wide=True).loc["Total"].to_numpy()
    closed = am.fit([2022, 2027, 2032], total, "logistic")
    numeric = am.fit([2022, 2027, 2032], total, "logistic", bounds={"k": (1e-4, 5.0)})  # bounds skip the closed form
    for p in ("cap", "k", "t_mid"):
        assert numeric.params[p] == pytest.approx(closed.params[p], rel=1e-6)


def test_two_points_identify_only_the_exponential():
    f = am.fit([2022, 2032], [100.0, 400.0], "exponential")
    assert f.exact and f.params["rate"] == pytest.approx(4 ** 0.1 - 1)
    with pytest.raises(ValueError, match=r"logistic.? has 3 free parameters.*only 2 points.*cap="):
        am.fit([2022, 2032], [100.0, 400.0], "logistic")
    g = am.fit([2022, 2032], [100.0, 400.0], "logistic", cap=1000.0)
    assert g.exact and np.allclose(g.predict([2022, 2032]), [100, 400])


def test_richards_and_bass_take_fixed_parameters():
    total = am.load("bloomberg_genai", wide=True).loc["Total"].to_numpy()
    with pytest.raises(ValueError, match=r"fixed=\{'nu': \.\.\.\}"):
        am.fit([2022, 2027, 2032], total, "richards")
    r = am.fit([2022, 2027, 2032], total, "richards", fixed={"nu": 1.0})
    lg = am.fit([2022, 2027, 2032], total, "logistic")
    assert r.params["cap"] == pytest.approx(lg.params["cap"], rel=1e-5)  # nu = 1 is the logistic
    b = am.fit([2022, 2027, 2032], total, "bass", cap=2e6)
    assert b.exact and np.allclose(b.predict([2022, 2027, 2032]), total, rtol=1e-6)


def test_derived_quantities():
    lg = TRUTH["logistic"]
    f = am.fit(YEARS, curve("logistic"), "logistic")
    assert f.ceiling == pytest.approx(lg["cap"], rel=1e-6)
    assert f.inflection_year == pytest.approx(lg["t_mid"], abs=1e-4)
    # cap / (1 + exp(-k (t - t_mid))) = 900  <=>  t = t_mid + ln(9) / k
    assert f.year_reached(900.0) == pytest.approx(lg["t_mid"] + math.log(9) / lg["k"], abs=1e-5)
    a, b = f.predict([2020, 2025])
    assert f.cagr(2020, 2025) == pytest.approx((b / a) ** 0.2 - 1)
    with pytest.raises(ValueError, match="ceiling"):
        f.year_reached(2000.0)
    g = am.fit(YEARS, curve("gompertz"), "gompertz")
    assert g.inflection_year == pytest.approx(TRUTH["gompertz"]["t_mid"], abs=1e-4)
    e = am.fit(YEARS, curve("exponential"), "exponential")
    assert e.ceiling == math.inf and e.inflection_year is None


def test_a_flat_or_falling_exponential_has_its_first_value_as_ceiling():
    """A market flat at 5 was said to have a ceiling of 0 (the level a falling curve tends to), and compare printed
    it so; the ceiling is the highest level the curve reaches from its first year: 5 when flat, and 100 for a
    curve that falls from 100 in 2020 to 25 in 2030 (rate 0.25 ** 0.1 - 1, about -12.9%)."""
    flat = am.fit([2020, 2030], [5.0, 5.0], "exponential")
    assert flat.params["rate"] == 0 and flat.ceiling == 5.0
    falling = am.fit([2020, 2030], [100.0, 25.0], "exponential")
    assert falling.params["rate"] == pytest.approx(0.25 ** 0.1 - 1, rel=1e-12)
    assert falling.ceiling == pytest.approx(100.0, rel=1e-12)
    table = am.compare(np.arange(2018, 2025), [5.0] * 7).set_index("family")
    assert table.loc["exponential", "ceiling"] == pytest.approx(5.0, rel=1e-9)
    with pytest.raises(ValueError, match="ceiling 100"):
        falling.year_reached(150.0)


def test_a_fit_keeps_its_own_read_only_copy_of_the_data():
    """Writing g.values[0] = 1e9 was allowed: rss and aic stayed those of the data fitted while the residuals and
    the plot took the new value. The arrays are read-only copies, and the caller's arrays stay writeable."""
    years, values = np.arange(2018.0, 2025.0), np.array([10.0, 14.0, 20.0, 27.0, 35.0, 43.0, 50.0])
    f = am.fit(years, values, "logistic")
    for arr in (f.years, f.values, f.cov):
        with pytest.raises(ValueError, match="read-only"):
            arr[0] = 1e9
    made = am.GrowthFit(family="logistic", params=dict(f.params), years=years, values=values)
    assert made.years is not years and years.flags.writeable and values.flags.writeable
    values[0] = 1e9
    assert made.values[0] == 10.0


def test_damped_trend_needs_more_points_and_says_how_many():
    with pytest.raises(ValueError, match="at least 8"):
        am.fit([2022, 2027, 2032], [1.0, 2.0, 3.0], "damped")
    years = np.arange(2010, 2024)
    v = 100 * np.exp(np.cumsum(0.3 * 0.8 ** np.arange(len(years))))
    f = am.fit(years, v, "damped")
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = ExponentialSmoothing(np.log(v), trend="add", damped_trend=True, initialization_method="estimated").fit()
    # the residuals are statsmodels' one-step errors: the same sum of squares, and the criteria from it
    assert 0 < f.params["phi"] <= 1 and f.rss == pytest.approx(res.sse, rel=1e-6)
    assert f.aic == pytest.approx(2 * 6 + len(years) * (math.log(2 * math.pi * res.sse / len(years)) + 1), rel=1e-6)
    ahead = f.predict([2024, 2030, 2040])
    assert np.all(np.diff(ahead) > 0) and ahead[-1] < f.ceiling


def test_band_and_summary():
    rng = np.random.default_rng(5)
    f = am.fit(YEARS, curve("logistic") * np.exp(rng.normal(0, 0.02, len(YEARS))), "logistic")
    lo, hi = f.band([2018, 2030])
    mid = f.predict([2018, 2030])
    assert np.all(lo < mid) and np.all(mid < hi)
    s = f.summary()
    assert list(s.index) == ["cap", "k", "t_mid"] and s.attrs["dof"] == len(YEARS) - 3
    exact = am.fit([2022, 2027, 2032], [39_834, 399_345, 1_303_551], "logistic")
    assert exact.band([2025]) is None and exact.aic is None and "no degrees of freedom" in exact.note
    assert exact.summary()["low"].isna().all()


def test_fit_series_and_plot():
    f = am.fit_series("bloomberg_genai", "Total", "gompertz")
    ax = f.plot()
    assert ax.get_ylabel() == "USD billion"  # values in USD million, ticks scaled and "gompertz" in ax.get_title()
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "reported" in labels and "report's estimate" in labels and any(x.startswith("ceiling") for x in labels)
    assert any("Bloomberg" in t.get_text() for t in ax.texts)
    with pytest.raises(LookupError, match="item"):
        am.fit_series("bloomberg_genai", "Totl")


def test_fitted_results_are_immutable():
    f = am.fit([2022, 2032], [100.0, 400.0], "exponential")
    with pytest.raises(TypeError):
        f.params["rate"] = 0.0
    with pytest.raises(AttributeError):
        f.family = "logistic"


@pytest.mark.parametrize("kwargs, exc, message", [
    (dict(years=[2022, 2027, 2032], values=[1, 2, 3], family="logistik"), LookupError, "logistic"),
    (dict(years=[2022, 2027, 2032], values=[1, 2, 3], family="logistic", cap=2.5), ValueError, "cap: 2.5 is at or below"),
    (dict(years=[2022, 2027, 2032], values=[1, 2, 3], family="exponential", cap=10), ValueError, "does not saturate"),
    (dict(years=[2022, 2027, 2032], values=[1, 0, 3], family="exponential"), ValueError, "values.*position 1"),
    (dict(years=[2022, 2027, 2032], values=[1, float("nan"), 3], family="exponential"), ValueError, "values"),
    (dict(years=[2022, 2027], values=[1, 2, 3], family="exponential"), ValueError, "same length"),
    (dict(years=[2027, 2022, 2032], values=[1, 2, 3], family="exponential"), ValueError, "increasing"),
    (dict(years=[2022, 2022, 2032], values=[1, 2, 3], family="exponential"), ValueError, "duplicate"),
    (dict(years=[2022, 2027, 2032], values=[1, 2, 3], family="logistic", fixed={"kk": 1}), ValueError, "not parameters"),
    (dict(years=[2022, 2027, 2032], values=[1, 2, 3], family="logistic", fixed={"k": "a"}), TypeError, "fixed"),
])
def test_bad_input(kwargs, exc, message):
    with pytest.raises(exc, match=message):
        am.fit(**kwargs)


def test_non_convergence_keeps_the_optimizer_message():
    noisy = curve("richards") * np.exp(np.random.default_rng(2).normal(0, 0.02, len(YEARS)))
    with pytest.raises(am.FitError, match="did not converge") as info:
        am.fit(YEARS, noisy, "richards", max_nfev=3)
    assert "function evaluations" in info.value.optimizer_message and isinstance(info.value, ValueError)


def test_compare_and_backtest_bad_input():
    with pytest.raises(ValueError, match="holdout"):
        am.backtest([2022, 2027, 2032], [1, 2, 3], holdout=3)
    with pytest.raises(ValueError, match="holdout"):
        am.backtest([2022, 2027, 2032], [1, 2, 3], holdout=0)
    with pytest.raises(LookupError):
        am.compare([2022, 2027, 2032], [1, 2, 3], families=["nope"])
    c = am.compare([2022, 2027, 2032], [39_834, 399_345, 1_303_551])
    # the two exact fits tie (the data cannot tell them apart), Gompertz first by preference; the exponential,
    # with a degree of freedom left, comes after them
    assert c[["family", "exact", "tied_with"]].values.tolist() == [
        ["gompertz", True, "logistic"], ["logistic", True, "gompertz"], ["exponential", False, ""]]
    assert c.criterion.iloc[0] == "aic" and "richards" in c.attrs["skipped"]


@settings(max_examples=60, deadline=None)
@given(a=st.floats(1.0, 1e4), ratio=st.floats(0.05, 20.0).filter(lambda r: abs(r - 1) > 0.05),
       year=st.floats(2020.0, 2060.0).filter(lambda y: y > 2020.0))
def test_year_reached_inverts_the_curve_rising_or_falling(a, ratio, year):
    """A falling curve was asked to rise to its level ("not reached within 1000 years", "below the curve as far back
    as 1818") though it falls through it. Two points fix an exponential: a, a * ratio ten years on; the level it
    passes in ``year`` is a * ratio ** ((year - 2020) / 10), and year_reached gives that year back."""
    f = am.fit([2020, 2030], [a, a * ratio], family="exponential")
    level = a * ratio ** ((year - 2020) / 10)
    assert f.year_reached(level) == pytest.approx(year, abs=1e-6)
