"""Growth-rate arithmetic: algebraic laws as hypothesis properties, bad input, pandas round trips."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import aimarket as am

values = st.floats(min_value=1e-3, max_value=1e7, allow_nan=False, allow_infinity=False)
rates = st.floats(min_value=-0.9, max_value=3.0, allow_nan=False)
periods = st.floats(min_value=0.25, max_value=40)
int_periods = st.integers(min_value=1, max_value=30)


# --- laws ------------------------------------------------------------------------

@given(values, rates, periods)
def test_round_trip_through_compound(s, r, n):
    assert am.cagr(s, am.compound(s, r, n), n) == pytest.approx(r, rel=1e-9, abs=1e-9)


@given(values, rates, periods)
def test_round_trip_through_implied_start(e, r, n):
    assert am.compound(am.implied_start(e, r, n), r, n) == pytest.approx(e, rel=1e-9)
    assert am.cagr(am.implied_start(e, r, n), e, n) == pytest.approx(r, rel=1e-9, abs=1e-9)


@given(values, rates, rates, periods, periods)
def test_composition_over_adjacent_periods(s, r1, r2, n1, n2):
    mid = am.compound(s, r1, n1)
    end = am.compound(mid, r2, n2)
    whole = am.cagr(s, end, n1 + n2)
    assert (1 + whole) ** (n1 + n2) == pytest.approx((1 + am.cagr(s, mid, n1)) ** n1 * (1 + am.cagr(mid, end, n2)) ** n2, rel=1e-9)
    # the overall rate is the period-weighted geometric mean of the two
    assert whole == pytest.approx(((1 + r1) ** n1 * (1 + r2) ** n2) ** (1 / (n1 + n2)) - 1, rel=1e-9, abs=1e-12)


@given(values, values, periods, st.floats(min_value=1e-3, max_value=1e3))
def test_scale_invariance(s, e, n, k):
    assert am.cagr(k * s, k * e, n) == pytest.approx(am.cagr(s, e, n), rel=1e-9, abs=1e-12)


@given(values, values, values, periods)
def test_monotone_in_the_end_value(s, e1, e2, n):
    assume(e1 < e2)
    assert am.cagr(s, e1, n) <= am.cagr(s, e2, n)


@given(values, values, int_periods)
def test_agrees_with_numpy_financial_rate(s, e, n):
    npf = pytest.importorskip("numpy_financial")
    assume(0.01 < e / s < 100)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        independent = npf.rate(n, 0, -s, e)
    assume(np.isfinite(independent))
    assert am.cagr(s, e, n) == pytest.approx(independent, rel=1e-6, abs=1e-9)


@given(values, values, periods, st.sampled_from([0.0, 0.01, 0.1, 1.0, 10.0]), st.sampled_from([0.0, 0.01, 0.1, 1.0, 10.0]))
def test_bounds_contain_the_point_and_are_tight(s, e, n, ss, es):
    assume(s - ss / 2 > 0 and e - es / 2 > 0)
    lo, hi = am.cagr_bounds(s, e, n, start_step=ss, end_step=es)
    point = am.cagr(s, e, n)
    slack = 1e-12 * (1 + abs(point))
    assert lo <= point + slack and point <= hi + slack
    # tight: the ends are reached by inputs at the edges of the rounding intervals
    assert lo == pytest.approx(am.cagr(s + ss / 2, e - es / 2, n), rel=1e-12, abs=1e-15)
    assert hi == pytest.approx(am.cagr(s - ss / 2, e + es / 2, n), rel=1e-12, abs=1e-15)


@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=1, max_value=10_000), int_periods)
def test_bounds_ends_round_back(s_int, e_int, n):
    """Inputs printed as integers: the interval's end points come from values that round to them."""
    assume(s_int > 1 and e_int > 1)
    lo, hi = am.cagr_bounds(s_int, e_int, n, start_step=1, end_step=1)
    s_hi, e_lo = s_int + 0.4999999, e_int - 0.4999999
    assert round(s_hi) == s_int and round(e_lo) == e_int
    assert am.cagr(s_hi, e_lo, n) == pytest.approx(lo, rel=1e-6, abs=1e-6)


@given(values, values, int_periods, st.sampled_from([0.01, 0.001, 0.1]))
def test_exact_means_the_recomputed_rate_rounds_to_the_printed_one(s, e, n, step):
    r = am.cagr(s, e, n)
    assume(r > -0.99)
    printed = round(r / step) * step
    assume(printed > -1)
    # a rate above 100% printed to 10 points reads as a percent: refused unless said otherwise
    assume(not (printed + 3 * step > 1 and step >= 0.1))
    assert am.reconcile_rate(printed, s, e, n, rate_step=step) == "exact"
    verdict = am.reconcile_rate(printed + 3 * step, s, e, n, rate_step=step)
    assert verdict == "inconsistent"
    for v in (am.reconcile_rate(printed + step, s, e, n, rate_step=step, start_step=0, end_step=0),):
        assert v != "exact"


@given(st.floats(min_value=50, max_value=5_000), st.floats(min_value=0.02, max_value=1.0), st.integers(min_value=2, max_value=12))
def test_infer_periods_finds_the_true_count(s, r, n):
    e = s * (1 + r) ** n
    printed = round(r, 3)
    found = am.infer_periods(s, e, printed, rate_step=0.001)
    assert n in found


@given(rates, st.floats(min_value=0.1, max_value=5), st.floats(min_value=0.1, max_value=5), st.floats(min_value=0.1, max_value=5))
def test_rescale_composes_and_inverts(r, a, b, c):
    # keep the growth factors over every horizon well inside float range
    assume(all(abs(math.log1p(r)) * h / a < 25 for h in (b, c)))
    # a factor near 0 keeps few digits of the rate as 1 + rate: the way back is ill-conditioned
    assume(all(math.exp(math.log1p(r) * h / a) > 1e-3 for h in (b, c)))
    there = am.rescale_rate(r, a, b)
    assert am.rescale_rate(there, b, a) == pytest.approx(r, rel=1e-9, abs=1e-9)
    assert am.rescale_rate(am.rescale_rate(r, a, b), b, c) == pytest.approx(am.rescale_rate(r, a, c), rel=1e-9, abs=1e-9)


@given(st.lists(values, min_size=2, max_size=8), st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=20))
def test_interpolate_passes_anchors_and_is_monotone_between(vals, fractions):
    years = np.arange(2020, 2020 + len(vals), dtype=float)
    assert (am.interpolate(years, vals, years) == np.asarray(vals)).all()
    for k in range(len(vals) - 1):
        at = np.sort(years[k] + np.asarray(fractions))
        out = am.interpolate(years, vals, at)
        d = np.diff(out)
        assert (d >= -1e-9 * out[:-1]).all() if vals[k + 1] >= vals[k] else (d <= 1e-9 * out[:-1]).all()


@given(st.floats(min_value=1, max_value=1e5), st.floats(min_value=-0.5, max_value=2), st.integers(min_value=3, max_value=12))
def test_trend_cagr_is_exact_on_exact_data(s, r, n):
    years = np.arange(2000, 2000 + n)
    t = am.trend_cagr(years, s * (1 + r) ** (years - 2000))
    assert t.rate == pytest.approx(r, rel=1e-7, abs=1e-9) and t.n == n
    assert t.low <= t.rate + 1e-9 and t.rate <= t.high + 1e-9


def test_trend_cagr_interval_covers_at_about_the_nominal_rate():
    rng = np.random.default_rng(20231124)
    years = np.arange(2015, 2025)
    truth, hits, trials = 0.25, 0, 400
    for _ in range(trials):
        v = 100 * (1 + truth) ** (years - 2015) * np.exp(rng.normal(0, 0.1, len(years)))
        t = am.trend_cagr(years, v, level=0.9)
        hits += t.low <= truth <= t.high
    assert 0.85 <= hits / trials <= 0.95  # nominal 0.9; the binomial sd over 400 trials is 0.015


def test_trend_cagr_with_two_points_says_there_is_no_interval():
    t = am.trend_cagr([2022, 2032], [39_834, 1_303_551])
    assert t.rate == pytest.approx(am.cagr(39_834, 1_303_551, 10)) and t.low is None and "degrees of freedom" in t.note


@pytest.mark.parametrize("call", [
    lambda y, v: am.trend_cagr(y, v),
    lambda y, v: am.interpolate(y, v, 2021),
])
def test_trend_and_interpolation_refuse_series_whose_labels_differ(call):
    """Years and values given as Series were paired by position, so a reordered Series gave 2022 the value of
    2020 and a doubling market a rate of +100% where its labels say it halves; they must now share their labels,
    as cagr's start and end must."""
    years = pd.Series([2020, 2021, 2022], index=["c", "b", "a"])
    values = pd.Series([100.0, 200.0, 400.0], index=["a", "b", "c"])
    with pytest.raises(ValueError, match=r"years and values have different labels .* align them first"):
        call(years, values)
    # the same labels pair by label: 100, 200, 400 over 2020-2022 doubles each year, and 2021 sits at 200
    same = pd.Series([2020, 2021, 2022], index=["a", "b", "c"])
    assert am.trend_cagr(same, values).rate == pytest.approx(1.0)
    assert am.interpolate(same, values, 2021) == pytest.approx(200.0)
    # a frame's index of years beside a Series of its values stays allowed: an Index has no labels of its own
    assert am.trend_cagr(pd.Index([2020, 2021, 2022]), values).rate == pytest.approx(1.0)


@pytest.mark.parametrize("candidates, error, message", [
    ([True, 5], TypeError, r"candidates must hold only numbers; position 0 is True"),
    ([4, np.bool_(False)], TypeError, r"candidates must hold only numbers; position 1 is False"),
    ([5, 5, 5], ValueError, r"candidates: 5 is given more than once \(positions 0, 1, 2\)"),
    (np.array([4, 5, 4]), ValueError, r"candidates: 4 is given more than once \(positions 0, 2\)"),
])
def test_infer_periods_refuses_booleans_and_repeated_counts(candidates, error, message):
    """True among integers was read as one period and [5, 5, 5] answered (5, 5, 5); a boolean is now refused as
    cagr refuses periods=True, and a count given twice is refused."""
    with pytest.raises(error, match=message):
        am.infer_periods(2058, 7119, 0.282, rate_step=0.001, candidates=candidates)
    # (7119 / 2058) ** (1 / 5) - 1 = 28.2%, while four periods give 36.4%
    assert am.infer_periods(2058, 7119, 0.282, rate_step=0.001, candidates=[4, 5]) == (5,)


# --- known numbers from the reports -------------------------------------------

def test_report_rates():
    # Bloomberg total: 1,303,551 / 39,834 = 32.7247 over ten years: 32.7247 ** 0.1 = 1.41738, printed 42%
    assert am.cagr(39_834, 1_303_551, 10) == pytest.approx(0.41738, abs=1e-5)
    assert am.reconcile_rate(0.42, 39_834, 1_303_551, 10, rate_step=0.01) == "exact"
    # Drug discovery 14 -> 28,343: 2024.5 ** 0.1 = 2.14107, i.e. 114.1%, printed 113%;
    # 14.5 -> 28,342.5 gives 1954.7 ** 0.1 = 2.13357, i.e. 113.4%, which prints as 113%
    assert am.reconcile_rate(1.13, 14, 28_343, 10, rate_step=0.01) == "inconsistent"
    assert am.reconcile_rate(1.13, 14, 28_343, 10, rate_step=0.01, start_step=1, end_step=1) == "rounding"
    # China: 2058 -> 7119 is 28.18% a year over five years (2022 base), 36.4% over four
    assert am.infer_periods(2058, 7119, 0.282, rate_step=0.001) == (5,)
    assert am.cagr(2058, 7119, 4) == pytest.approx(0.3638, abs=1e-4)


def test_pandas_in_pandas_out():
    s = pd.Series([100.0, 200.0], index=["a", "b"], name="start")
    out = am.cagr(s, 400.0, 2)
    assert isinstance(out, pd.Series) and list(out.index) == ["a", "b"]
    v = am.reconcile_rate(pd.Series([0.42, 0.10], index=["x", "y"]), 39_834, 1_303_551, 10, rate_step=0.01)
    assert isinstance(v, pd.Series) and v.tolist() == ["exact", "inconsistent"]
    lo, hi = am.cagr_bounds(s, 400.0, 2, start_step=1, end_step=1)
    assert isinstance(lo, pd.Series) and (lo < hi).all()
    frame = pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 4.0]})
    assert isinstance(am.compound(frame, 0.1, 1), pd.DataFrame)


def test_broadcasting():
    out = am.cagr(np.array([[1.0], [2.0]]), np.array([4.0, 8.0, 16.0]), 2)
    assert out.shape == (2, 3) and out[0, 0] == pytest.approx(1.0)
    assert isinstance(am.cagr(1, 4, 2), float)


# --- bad input --------------------------------------------------------------------

@pytest.mark.parametrize("call, exc, message", [
    (lambda: am.cagr(0, 10, 2), ValueError, r"start must be positive.*0\.0"),
    (lambda: am.cagr(-1, 10, 2), ValueError, r"start.*-1\.0"),
    (lambda: am.cagr(1, float("nan"), 2), ValueError, r"end.*nan"),
    (lambda: am.cagr(1, float("inf"), 2), ValueError, r"end.*inf"),
    (lambda: am.cagr(1, 2, 0), ValueError, r"periods.*0\.0"),
    (lambda: am.cagr(1, 2, -3), ValueError, r"periods"),
    (lambda: am.cagr("1", 2, 3), TypeError, r"start.*'1'"),
    (lambda: am.cagr(None, 2, 3), TypeError, r"start.*None"),
    (lambda: am.cagr(True, 2, 3), TypeError, r"start.*boolean"),
    (lambda: am.cagr([1.0, 2.0, 0.0], 2, 3), ValueError, r"start.*0\.0 at position 2"),
    (lambda: am.cagr([1.0, None], 2, 3), TypeError, r"start.*position 1 is None"),
    (lambda: am.cagr([1.0, 2.0], [1.0, 2.0, 3.0], 1), ValueError, r"start \(2,\), end \(3,\)"),
    (lambda: am.compound(1, -1.0, 2), ValueError, r"rate.*-1\.0"),
    (lambda: am.compound(1, -1.5, 2), ValueError, r"rate"),
    (lambda: am.implied_start(1, [0.1, -1.0], 2), ValueError, r"rate.*position 1"),
    (lambda: am.cagr_bounds(10, 20, 2, start_step=-1), ValueError, r"start_step.*-1\.0"),
    (lambda: am.cagr_bounds(1, 20, 2, start_step=2), ValueError, r"start_step.*zero"),
    (lambda: am.reconcile_rate(0.1, 1, 2, 3, rate_step=-0.01), ValueError, r"rate_step"),
    (lambda: am.reconcile_rate(-1.5, 1, 2, 3, rate_step=0.01), ValueError, r"reported"),
    (lambda: am.infer_periods(1, 2, 0.1, rate_step=0.01, candidates=[]), ValueError, r"candidates"),
    (lambda: am.infer_periods([1, 2], 2, 0.1, rate_step=0.01), TypeError, r"start must be a scalar"),
    (lambda: am.rescale_rate(39, 0, 1), ValueError, r"from_years"),
    (lambda: am.interpolate([2022, 2027], [1, 2], 2030), ValueError, r"at: 2030 is outside"),
    (lambda: am.interpolate([2027, 2022], [1, 2], 2024), ValueError, r"years must be increasing"),
    (lambda: am.interpolate([2022, 2022], [1, 2], 2022), ValueError, r"duplicate year 2022"),
    (lambda: am.interpolate([2022, 2027], [1, 2, 3], 2024), ValueError, r"same length"),
    (lambda: am.interpolate([2022, 2027], [1, 0], 2024), ValueError, r"values.*position 1"),
    (lambda: am.interpolate([2022, 2027], [1, 2], float("nan")), ValueError, r"at must be finite"),
    (lambda: am.trend_cagr([2022], [1.0]), ValueError, r"at least 2 points"),
    (lambda: am.trend_cagr([2022, 2023, 2024], [1.0, 2.0, 3.0], level=1.5), ValueError, r"level"),
    (lambda: am.contributions("x", 2022, 2032), TypeError, r"frame"),
])
def test_bad_input_raises_with_the_argument_named(call, exc, message):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no RuntimeWarning on the way to the error
        with pytest.raises(exc, match=message):
            call()


def test_contributions_bloomberg():
    c = am.contributions(am.load("bloomberg_genai"), 2022, 2032).set_index("item")
    hw = c.loc["Hardware"]
    assert hw.increment == 641_737 - 37_973
    assert hw.share_of_total == pytest.approx((641_737 - 37_973) / (1_303_551 - 39_834))
    # shares of each parent's increment add up to one, up to the table's own rounding
    sums = c.groupby("parent").share_of_parent.sum()
    assert np.allclose(sums, 1, atol=2e-4)
    with pytest.raises(ValueError, match="start_year: 2019 is not in the frame"):
        am.contributions(am.load("bloomberg_genai"), 2019, 2032)
    with pytest.raises(ValueError, match="must come after"):
        am.contributions(am.load("bloomberg_genai"), 2032, 2022)


# --- one convention for rates -------------------------------------------------------------

def test_a_rate_that_looks_like_a_percent_is_refused():
    # China: 28.2% printed to 0.1 points; passed as 28.2 it would otherwise find no period count at all
    with pytest.raises(ValueError, match=r"reported: 28.2 with rate_step 0.1 looks like a percent.*0.282"):
        am.infer_periods(2058, 7119, 28.2, rate_step=0.1)
    with pytest.raises(ValueError, match="looks like a percent"):
        am.reconcile_rate([0.3, 42], 100, 200, 3, rate_step=1)
    assert am.infer_periods(2058, 7119, 28.2, rate_step=0.1, percent=True) == (5,)
    assert am.reconcile_rate(42, 39_834, 1_303_551, 10, rate_step=1, percent=True) == "exact"
    # a real rate above 100% printed to a whole percent is a fraction above 1 with a small step: allowed
    assert am.reconcile_rate(1.13, 14, 28_343, 10, rate_step=0.01, start_step=1, end_step=1) == "rounding"


@given(st.floats(0.001, 5.0), st.floats(0.5, 1e6), st.floats(0.5, 1e6), st.integers(1, 30))
def test_percent_true_is_the_fraction_times_100(r, s, e, n):
    # the same verdict whether a rate comes as a fraction or, with percent=True, in percent
    fraction = am.reconcile_rate(r, s, e, n, rate_step=0.001)
    assert am.reconcile_rate(100 * r, s, e, n, rate_step=0.1, percent=True) == fraction


@given(st.integers(1, 9), st.integers(0, 999), st.integers(-12, 300))
def test_printed_step_is_the_step_of_the_last_digit_printed(lead, rest, exponent):
    """A value printed with its last digit at 10**-e (its digits written out, then parsed, as a report's figure
    is) has step 10**-e, down to 1e-7, and however small for a value under 1e-6: tiny values were given a step
    of 1, coarser than themselves."""
    digits = f"{lead}{rest:03d}".rstrip("0") or "0"
    if len(digits) == 1 and digits == "0":
        return
    e = exponent + len(digits) - 1  # the last digit's place below the point
    value = float(f"{digits}e{-e}")
    assume(np.isfinite(value) and value >= 1e-300)
    assume(e <= 7 or value < 1e-6)  # steps finer than 1e-7 are read for values under 1e-6 only
    step = am.printed_step(value)
    if e <= 0:  # an integer: its units digit
        assert step == 1.0
    else:
        assert step == pytest.approx(10.0 ** -e, rel=1e-9)


def test_infer_periods_weighs_a_bounded_number_of_candidates():
    """range(1, 10**9) as candidates was made an array of a billion numbers, which took the machine down."""
    with pytest.raises(ValueError, match=r"candidates: at most 10,000 period counts"):
        am.infer_periods(2058, 7119, 0.282, rate_step=0.001, candidates=range(1, 10 ** 9))
    assert am.infer_periods(2058, 7119, 0.282, rate_step=0.001, candidates=range(1, 10_001)) == (5,)
