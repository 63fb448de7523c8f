"""Each family on its own: formulas against hand-worked values, analytic Jacobians against finite differences,
the damped smoother against statsmodels, laws of the fitting options, one likelihood for all, bad input."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import aimarket as am
from aimarket.curves import FAMILIES, Family, register

T = np.array([2020.0, 2023.5, 2027.0, 2031.0])

# ------------------------------------------------------------------------------------ formulas by hand
HAND = [
    # logistic: half the cap at t_mid; 1 / (1 + e^-ln3) = 3/4 at t_mid + ln 3 / k
    ("logistic", {"cap": 200.0, "k": 0.5, "t_mid": 2025.0}, 2025.0, 100.0),
    ("logistic", {"cap": 200.0, "k": 0.5, "t_mid": 2025.0}, 2025.0 + 2 * math.log(3), 150.0),
    # gompertz: cap / e at t_mid; exp(-exp(-k (t - m))) = 1/2 where exp(-k (t - m)) = ln 2
    ("gompertz", {"cap": 100.0, "k": 0.25, "t_mid": 2030.0}, 2030.0, 100 / math.e),
    ("gompertz", {"cap": 100.0, "k": 0.25, "t_mid": 2030.0}, 2030.0 - math.log(math.log(2)) / 0.25, 50.0),
    # richards: cap / (1 + nu) ** (1 / nu) at t_mid: 300 / sqrt(3) for nu = 2
    ("richards", {"cap": 300.0, "k": 0.4, "t_mid": 2026.0, "nu": 2.0}, 2026.0, 300 / math.sqrt(3)),
    # rise: half the cap after ln 2 / k years
    ("rise", {"cap": 80.0, "k": 0.2, "start": 2010.0}, 2010.0 + math.log(2) / 0.2, 40.0),
    # bass (Bass 1969): F = 1/2 - p / (2q) at the peak, ln(q/p) / (p + q) after launch:
    # p = 0.03, q = 0.38: 1/2 - 0.03/0.76 = 0.4605263; ln(12.6667) / 0.41 = 2.538974 / 0.41 = 6.19262 years
    ("bass", {"cap": 1000.0, "p": 0.03, "q": 0.38, "launch": 2015.0}, 2015.0 + math.log(0.38 / 0.03) / 0.41,
     1000 * (0.5 - 0.03 / 0.76)),
    ("bass", {"cap": 1000.0, "p": 0.03, "q": 0.38, "launch": 2015.0}, 2014.0, 0.0),
]


@pytest.mark.parametrize("name, params, year, expected", HAND)
def test_formula_at_hand_worked_points(name, params, year, expected):
    fam = FAMILIES[name](2020.0)
    assert fam.f(np.array([year]), params)[0] == pytest.approx(expected, rel=1e-12, abs=1e-12)


def test_exponential_and_richards_special_cases():
    # 100 * 1.1 ** 2 = 121 two years after the first year
    assert FAMILIES["exponential"](2020.0).f(np.array([2022.0]), {"start": 100.0, "rate": 0.1})[0] == pytest.approx(121)
    # Richards with nu = 1 is the logistic (Richards 1959)
    t = np.linspace(2000, 2050, 11)
    p = {"cap": 5.0, "k": 0.3, "t_mid": 2021.0}
    np.testing.assert_allclose(FAMILIES["richards"]().f(t, {**p, "nu": 1.0}), FAMILIES["logistic"]().f(t, p),
                               rtol=1e-14)


def test_ceilings_and_inflections():
    bass = FAMILIES["bass"]()
    p = {"cap": 1000.0, "p": 0.03, "q": 0.38, "launch": 2015.0}
    assert bass.inflection(p) == pytest.approx(2015.0 + 6.19262, abs=1e-5)
    assert bass.ceiling(p) == 1000.0
    assert FAMILIES["exponential"]().ceiling({"start": 1.0, "rate": 0.2}) == math.inf
    assert FAMILIES["richards"]().inflection({"cap": 1.0, "k": 0.5, "t_mid": 2020.0, "nu": math.e}) == \
        pytest.approx(2022.0)


# ------------------------------------------------------------------------------------ Jacobians
PARAMS = {
    "exponential": st.fixed_dictionaries({"start": st.floats(0.1, 1e4), "rate": st.floats(-0.5, 2.0)}),
    "logistic": st.fixed_dictionaries({"cap": st.floats(1, 1e6), "k": st.floats(0.05, 2), "t_mid": st.floats(2010, 2040)}),
    "gompertz": st.fixed_dictionaries({"cap": st.floats(1, 1e6), "k": st.floats(0.05, 2), "t_mid": st.floats(2010, 2040)}),
    "richards": st.fixed_dictionaries({"cap": st.floats(1, 1e6), "k": st.floats(0.05, 2), "t_mid": st.floats(2010, 2040),
                                       "nu": st.floats(0.1, 5)}),
    "bass": st.fixed_dictionaries({"cap": st.floats(1, 1e6), "p": st.floats(0.001, 0.3), "q": st.floats(0.05, 1.5),
                                   "launch": st.floats(1990, 2019)}),
    "rise": st.fixed_dictionaries({"cap": st.floats(1, 1e6), "k": st.floats(0.01, 1), "start": st.floats(1990, 2019)}),
}


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_analytic_jacobian_matches_finite_differences(name):
    fam = FAMILIES[name](2020.0)

    @given(PARAMS[name])
    def check(p):
        J = fam.jac(T, p)
        assert set(J) == set(fam.params)
        for k in fam.params:
            h = 1e-4 * max(abs(p[k]), 1e-2) if k not in fam.year_params else 1e-3
            at = lambda d: fam.f(T, {**p, k: p[k] + d * h})  # noqa: E731
            numeric = (at(-2) - 8 * at(-1) + 8 * at(1) - at(2)) / (12 * h)  # five-point stencil, error O(h^4)
            scale = np.max(np.abs(fam.f(T, p))) / max(abs(p[k]), 1e-2) + 1e-12
            np.testing.assert_allclose(J[k], numeric, rtol=1e-5, atol=1e-6 * scale, err_msg=f"{name} d/d{k}")

    check()


# ------------------------------------------------------------------------------------ forms for arrays of series
BATCHED = sorted(name for name, cls in FAMILIES.items() if cls.batched)


@pytest.mark.parametrize("name", BATCHED)
def test_the_forms_for_arrays_of_series_equal_the_forms_for_one(name):
    """Row i of every batched form (curve, log curve, its derivatives, self-start, box) is the form for series i
    alone; the log forms are the log of the curve and the Jacobian over the curve."""
    @given(st.lists(PARAMS[name], min_size=1, max_size=4), st.floats(2000, 2030))
    def check(rows, t0):
        S = len(rows)
        t = np.stack([T + 3 * i for i in range(S)])                    # each series its own years
        cols = {k: np.array([[r[k]] for r in rows]) for k in FAMILIES[name].params}
        many = FAMILIES[name](np.full((S, 1), t0))
        f, logf, dlogf = many.f(t, cols), many.logf(t, cols), many.dlogf(t, cols)
        assume(np.all(f > 1e-300) and np.all(np.isfinite(f)))
        for i, p in enumerate(rows):
            one = FAMILIES[name](t0)
            np.testing.assert_allclose(f[i], one.f(t[i], p), rtol=1e-12)
            np.testing.assert_allclose(logf[i], np.log(one.f(t[i], p)), rtol=1e-9, atol=1e-9)
            J, fi = one.jac(t[i], p), one.f(t[i], p)
            for k in one.params:
                np.testing.assert_allclose(dlogf[k][i], J[k] / fi, rtol=1e-7, atol=1e-12, err_msg=f"{name} d log f/d{k}")
        y = f * np.exp(0.01 * np.sin(np.arange(t.size)).reshape(t.shape))
        guess, box = many.guess(t, y, {}), many.bounds(t, y)
        for i in range(S):
            one = FAMILIES[name](t0)
            g1, b1 = one.guess(t[i], y[i], {}), one.bounds(t[i], y[i])
            for k in one.params:
                assert np.broadcast_to(guess[k], (S,))[i] == pytest.approx(float(g1[k]), rel=1e-9, abs=1e-9)
                for j in (0, 1):
                    assert np.broadcast_to(box[k][j], (S,))[i] == pytest.approx(float(b1[k][j]), rel=1e-12)

    check()


@pytest.mark.parametrize("name", BATCHED)
def test_a_closed_form_for_many_series_is_the_one_for_each(name):
    fam = FAMILIES[name]
    n = len(fam.params)
    rng = np.random.default_rng(4)
    t = np.sort(rng.choice(np.arange(2000.0, 2040.0), (40, n), replace=True), axis=1) + np.arange(n) * 0.5
    t[:20] = t[:20, :1] + 4.0 * np.arange(n)                          # half equally spaced
    y = np.cumprod(rng.uniform(1.05, 3.0, (40, n)), axis=1)
    solved = fam(t[:, :1]).closed(t, y)
    if solved is None:                                  # no closed form: none for one series either
        assert all(fam(t[i, 0]).exact(t[i], y[i]) is None for i in range(40))
        return
    params, applies, ok = solved
    for i in range(40):
        try:
            one = fam(t[i, 0]).exact(t[i], y[i])
        except am.curves.NoSolution:
            assert applies[i] and not ok[i]
            continue
        assert (one is not None) == bool(applies[i])
        if one is not None:
            assert ok[i]
            for k, v in one.items():
                assert params[k][i] == pytest.approx(v, rel=1e-12)


# ------------------------------------------------------------------------------------ the damped smoother
@pytest.mark.parametrize("loss", ["log", "linear"])
def test_damped_recursions_reproduce_statsmodels(loss):
    from statsmodels.tsa.holtwinters import ExponentialSmoothing

    years = np.arange(2005, 2021)
    values = 50 * 1.15 ** (years - 2005) * np.exp(np.random.default_rng(4).normal(0, 0.05, len(years)))
    f = am.fit(years, values, "damped", loss=loss)
    z = np.log(values) if loss == "log" else values
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = ExponentialSmoothing(z, trend="add", damped_trend=True, initialization_method="estimated").fit()
    back = np.exp if loss == "log" else (lambda v: v)
    np.testing.assert_allclose(f.predict(years[-1] + np.arange(1, 6)), back(res.forecast(5)), rtol=1e-10)
    np.testing.assert_allclose(f.values - f.residuals if loss == "linear" else np.exp(np.log(f.values) - f.residuals),
                               back(res.fittedvalues), rtol=1e-10)
    # one likelihood for every family: n/2 (log(2 pi rss / n) + 1), with rss of the one-step-ahead errors
    n, rss = len(years), float(np.sum((z - res.fittedvalues) ** 2))
    assert f.loglik == pytest.approx(-n / 2 * (math.log(2 * math.pi * rss / n) + 1), rel=1e-9)
    assert f.aic == pytest.approx(2 * 6 - 2 * f.loglik)


def test_one_likelihood_for_the_curves():
    years = np.arange(2010, 2022)
    values = 100 / (1 + np.exp(-0.6 * (years - 2016))) * np.exp(np.random.default_rng(2).normal(0, 0.02, len(years)))
    for name in ("exponential", "logistic", "gompertz"):
        f = am.fit(years, values, name)
        r = f.residuals
        assert f.rss == pytest.approx(float(np.sum(r ** 2)), rel=1e-9)
        ll = -len(r) / 2 * (math.log(2 * math.pi * np.mean(r ** 2)) + 1)
        k = len(f.free) + 1
        assert f.loglik == pytest.approx(ll, rel=1e-9)
        assert f.aicc == pytest.approx(2 * k - 2 * ll + 2 * k * (k + 1) / (len(r) - k - 1), rel=1e-9)
        assert f.bic == pytest.approx(k * math.log(len(r)) - 2 * ll, rel=1e-9)


# ------------------------------------------------------------------------------------ fitting options
NOISY_YEARS = np.arange(2012.0, 2024.0)


def _noisy(seed: int):
    rng = np.random.default_rng(seed)
    return 500 / (1 + np.exp(-0.45 * (NOISY_YEARS - 2017 - rng.uniform(-2, 2)))) * np.exp(rng.normal(0, 0.03, 12))


@given(st.integers(0, 10 ** 6), st.floats(0.01, 100.0))
def test_scaling_all_weights_changes_nothing(seed, c):
    y = _noisy(seed)
    a = am.fit(NOISY_YEARS, y, "logistic")
    b = am.fit(NOISY_YEARS, y, "logistic", weights=np.full(12, c))
    for k in a.params:
        assert b.params[k] == pytest.approx(a.params[k], rel=1e-5)


@given(st.integers(0, 10 ** 6), st.sampled_from(["log", "linear"]))
def test_the_solution_is_a_fixed_point_of_p0(seed, loss):
    y = _noisy(seed)
    a = am.fit(NOISY_YEARS, y, "gompertz", loss=loss)
    b = am.fit(NOISY_YEARS, y, "gompertz", loss=loss, p0=dict(a.params))
    assert b.rss <= a.rss * (1 + 1e-9) + 1e-300
    for k in a.params:
        assert b.params[k] == pytest.approx(a.params[k], rel=1e-4)


@given(st.floats(50, 5000), st.floats(0.1, 1.0), st.floats(2014, 2022))
def test_both_losses_recover_a_curve_through_the_points(cap, k, mid):
    y = FAMILIES["logistic"]().f(NOISY_YEARS, {"cap": cap, "k": k, "t_mid": mid})
    assume(y.max() / y.min() < 1e6 and y.max() < 0.99 * cap)
    for loss in ("log", "linear"):
        f = am.fit(NOISY_YEARS, y, "logistic", loss=loss)
        assert f.params["cap"] == pytest.approx(cap, rel=1e-4)
        assert f.params["t_mid"] == pytest.approx(mid, abs=1e-3)


@given(st.integers(0, 10 ** 6))
def test_heavier_weight_pulls_the_curve_to_a_point(seed):
    y = _noisy(seed)
    w = np.ones(12)
    w[5] = 1e4
    plain, heavy = am.fit(NOISY_YEARS, y, "logistic"), am.fit(NOISY_YEARS, y, "logistic", weights=w)
    miss = lambda f: abs(math.log(float(f.predict(NOISY_YEARS[5])) / y[5]))  # noqa: E731
    assert miss(heavy) <= miss(plain) + 1e-12


def test_a_fit_stuck_on_a_bound_says_so():
    years = np.arange(2010.0, 2020.0)
    f = am.fit(years, 10 * 1.5 ** (years - 2010), "logistic", bounds={"cap": (1e3, 2e3)})
    assert "stuck on a bound" in f.note and "cap" in f.note


# ------------------------------------------------------------------------------------ a family is one registered class
def test_a_new_family_is_one_class():
    @register
    class Linear(Family):
        name = "linear_test"
        params = ("a", "b")
        description = "a straight line"

        def f(self, t, p):
            return p["a"] + p["b"] * (t - self.t0)

        def jac(self, t, p):
            return {"a": np.ones_like(t), "b": t - self.t0}

        def guess(self, t, y, fixed):
            b, a = np.polyfit(t - self.t0, y, 1)
            return {"a": float(a), "b": float(b)}

        def bounds(self, t, y):
            return {"a": (-1e9, 1e9), "b": (-1e9, 1e9)}

    try:
        years = np.arange(2015.0, 2025.0)
        f = am.fit(years, 10 + 3 * (years - 2015), "linear_test", loss="linear")
        assert f.params["b"] == pytest.approx(3.0) and f.predict(2030) == pytest.approx(55.0)
        assert "linear_test" in am.compare(years, 10 + 3 * (years - 2015), families=["linear_test"]).family.tolist()
    finally:
        from aimarket.curves import _family

        _family._REGISTRY.pop("linear_test")


# ------------------------------------------------------------------------------------ bad input
def test_bad_fitting_options_name_the_argument():
    years, values = [2020, 2021, 2022, 2023, 2024], [1.0, 2.0, 3.5, 5.0, 6.0]
    with pytest.raises(LookupError, match="loss"):
        am.fit(years, values, "logistic", loss="huber")
    with pytest.raises(ValueError, match="p0 must give 3"):
        am.fit(years, values, "logistic", p0=[10.0, 0.5])
    with pytest.raises(ValueError, match="weights"):
        am.fit(years, values, "logistic", weights=[1, 1, 0, 1, 1])
    with pytest.raises(ValueError, match="weights"):
        am.fit(years, values, "logistic", weights=[1, 1, -2, 1, 1])
    with pytest.raises(ValueError, match="until"):
        am.forecast(years, values, until=2024)
    with pytest.raises(ValueError, match="until"):
        am.forecast(years, values, until=2010)
    with pytest.raises(ValueError, match="method"):
        am.forecast(years, values, until=2030, method="prophet")
    with pytest.raises(ValueError, match="consecutive"):
        am.forecast(years, values, until=2030, method="damped_log")


@pytest.mark.parametrize("method", ["auto", "damped_log", "theta_values", "drift_log", "gompertz", "exponential"])
def test_forecast_by_any_method(method):
    years = np.arange(2010, 2020)
    values = 100 * 1.1 ** (years - 2010) * np.exp(np.random.default_rng(0).normal(0, 0.02, 10))
    f = am.forecast(years, values, until=2023, method=method)
    assert f["year"].tolist() == [2020, 2021, 2022, 2023] and set(f["method"]) == {method}
    assert (f["low"] <= f["value"]).all() and (f["value"] <= f["high"]).all() and (f["value"] > 0).all()
    assert "rolling-origin" in f.attrs["interval"]


def test_forecast_by_hand():
    """Doubling every year: the drift of log values goes on doubling (512 in 2019, so 1024 and 2048); a constant
    series forecasts the constant with every member of the pool."""
    years = np.arange(2010, 2020)
    f = am.forecast(years, 2.0 ** (years - 2010), until=2021, method="drift_log")
    np.testing.assert_allclose(f["value"], [1024.0, 2048.0], rtol=1e-12)
    flat = am.forecast(years, np.full(10, 7.0), until=2022)
    np.testing.assert_allclose(flat["value"], 7.0, rtol=1e-6)


# ------------------------------------------------------------------------------------ weights are relative
@given(st.integers(0, 10 ** 6), st.integers(-300, 300), st.sampled_from(["logistic", "gompertz", "richards", "rise"]))
def test_weights_of_any_scale_fit_as_their_ratios(seed, power, family):
    """Weights of 1e-20 or 1e200 each used to come back as the family's self-start, reported as the fit (the
    weighted cost fell below the optimiser's absolute tolerance at the first step); multiplying every weight by
    one constant, however large or small, leaves the fit and its sum of squares as they were."""
    y = _noisy(seed)
    w = np.random.default_rng(seed).uniform(0.5, 2.0, len(y))
    a = am.fit(NOISY_YEARS, y, family, weights=w)
    b = am.fit(NOISY_YEARS, y, family, weights=w * 10.0 ** power)
    for k in a.params:
        assert b.params[k] == pytest.approx(a.params[k], rel=1e-5), k
    assert b.rss == pytest.approx(a.rss, rel=1e-5)


@pytest.mark.parametrize("weight", [1e-300, 1e-20, 1e200, 1e308])
def test_uniform_weights_at_the_ends_of_the_float_range_recover_the_curve(weight):
    """A curve through its points (cap 100, rate 0.5, midpoint 2020) fitted with every weight 1e-20 gave a cap of
    twice the largest value, and weights of 1e308 stopped inside numpy; each finds the curve again."""
    years = np.arange(2014.0, 2026.0)
    values = 100 / (1 + np.exp(-0.5 * (years - 2020)))
    f = am.fit(years, values, "logistic", weights=np.full(len(years), weight))
    assert f.params["cap"] == pytest.approx(100, rel=1e-6)
    assert f.params["k"] == pytest.approx(0.5, rel=1e-6)
    assert f.params["t_mid"] == pytest.approx(2020, abs=1e-6)


def test_weights_whose_ratio_is_no_float_are_refused():
    """Scaled to their largest, a weight of 1e-300 beside one of 1e300 would be 0: that is refused, naming both."""
    with pytest.raises(ValueError, match="weights: the smallest, 1e-300, is too small beside the largest, 1e"):
        am.fit([2020, 2021, 2022, 2023], [1.0, 2.0, 3.5, 5.0], "logistic", weights=[1e-300, 1, 1, 1e300])


# ------------------------------------------------------------------------------------ parameters outside a family
@pytest.mark.parametrize("options, message", [
    ({"fixed": {"k": -1.0}}, r"fixed\['k'\] must be a finite number above 0 for a logistic curve, got -1.0"),
    ({"fixed": {"k": 0}}, r"fixed\['k'\] must be a finite number above 0"),
    ({"fixed": {"t_mid": 1e300}}, r"fixed\['t_mid'\] must be a finite number between -1,000,000 and 1,000,000"),
    ({"p0": {"k": -0.2}}, r"p0\['k'\] must be a finite number above 0"),
    ({"bounds": {"k": (-1.0, 1.0)}}, r"bounds\['k'\]: \(-1.0, 1.0\) reaches outside .* above 0"),
])
def test_a_logistic_rate_or_midpoint_no_logistic_has_is_refused(options, message):
    """fixed={'k': -1} gave a falling 'logistic' through rising data, whose ceiling was its value in the distant
    past, and fixed={'t_mid': 1e300} returned the self-start with a sum of squares of 1e14: a rate of growth must
    be above 0 and the midpoint a year, wherever the value comes in."""
    with pytest.raises(ValueError, match=message):
        am.fit([2018, 2019, 2020, 2021, 2022, 2023, 2024], [10, 14, 20, 27, 35, 43, 50], "logistic", **options)


@pytest.mark.parametrize("family, params, name", [
    ("logistic", {"cap": 60.0, "k": -1.0, "t_mid": 2020.0}, "k"),
    ("logistic", {"cap": 60.0, "k": 0.5, "t_mid": -3e6}, "t_mid"),
    ("gompertz", {"cap": 60.0, "k": 0.0, "t_mid": 2020.0}, "k"),
    ("richards", {"cap": 60.0, "k": 0.5, "t_mid": 2020.0, "nu": -1.0}, "nu"),
    ("rise", {"cap": 60.0, "k": -0.1, "start": 2010.0}, "k"),
    ("bass", {"cap": 60.0, "p": 0.0, "q": 0.4, "launch": 2010.0}, "p"),
    ("exponential", {"start": 5.0, "rate": -1.0}, "rate"),
])
def test_a_growth_fit_made_by_hand_refuses_a_parameter_outside_its_family(family, params, name):
    """GrowthFit(family='logistic', params={'k': -1, ...}) was accepted and predicted a falling curve; each family's
    rates, shapes and years are held to the values its curve is defined for, naming the parameter."""
    with pytest.raises(ValueError, match=rf"params\['{name}'\] must be a finite number (above|between)"):
        am.GrowthFit(family=family, params=params, years=[2020, 2021], values=[0.5, 0.6])


def test_a_fixed_midpoint_that_leaves_no_curve_at_the_data_is_not_reported_as_a_fit():
    """A midpoint fixed in the year 100000 puts the logistic at 0 in every year of the data; the fit came back as
    the self-start with a sum of squares of 1e14 and no word of failure."""
    with pytest.raises(am.FitError, match="t_mid=100000 held fixed"):
        am.fit([2018, 2019, 2020, 2021, 2022, 2023, 2024], [10, 14, 20, 27, 35, 43, 50], "logistic",
               fixed={"t_mid": 1e5})


def test_a_fit_to_years_near_the_last_accepted_one_stays_among_the_years():
    """Years 999990 to 999999 of steady growth sent the logistic's midpoint past 1,000,000, and the fit then
    refused its own result; the search stops at the last year a midpoint may be, and says it is on a bound."""
    years = np.arange(999990.0, 1000000.0)
    f = am.fit(years, 10 * 1.3 ** (years - years[0]), "logistic")
    assert 999999 < f.params["t_mid"] < 1e6
    assert "stuck on a bound: t_mid" in f.note


# ------------------------------------------------------------------------------------ every parameter held
def test_holding_every_parameter_gives_that_curve_and_its_residuals():
    """fit(..., fixed={every parameter}) raised 'max_nfev must be a positive integer, got 0', an argument the caller
    never gave. It returns the held curve: 10 growing 30% a year is 10, 13 and 16.9 over 2020-2022, so against
    10, 13 and 20 the one residual is log(20 / 16.9) on log values, or 3.1 on values; three points, no parameter
    estimated, three degrees of freedom."""
    held = {"start": 10.0, "rate": 0.3}
    f = am.fit([2020, 2021, 2022], [10.0, 13.0, 20.0], "exponential", fixed=held)
    assert dict(f.params) == held and set(f.fixed) == {"start", "rate"} and f.free == ()
    assert f.rss == pytest.approx(math.log(20 / 16.9) ** 2, rel=1e-12)
    assert f.dof == 3 and f.cov is None and not f.exact and "nothing fitted" in f.note
    linear = am.fit([2020, 2021, 2022], [10.0, 13.0, 20.0], "exponential", fixed=held, loss="linear")
    assert linear.rss == pytest.approx(3.1 ** 2, rel=1e-12)
    g = am.fit([2018, 2019, 2020], [10.0, 14.0, 20.0], "logistic", fixed={"k": 0.4, "t_mid": 2022.0}, cap=60)
    assert g.params["cap"] == 60 and g.free == ()


def test_a_held_curve_that_is_zero_at_the_data_is_refused_by_name():
    """With every parameter held and the midpoint 900,000 years on, the logistic is 0 in 2018; the log residual
    is not a number, so the held curve is refused rather than given an infinite sum of squares."""
    with pytest.raises(ValueError, match=r"fixed: the logistic curve with every parameter held .*t_mid=900000.* 2018"):
        am.fit([2018, 2019, 2020], [10.0, 14.0, 20.0], "logistic", fixed={"cap": 60, "k": 0.4, "t_mid": 9e5})
