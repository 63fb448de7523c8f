"""Each defect class the fuzz found, pinned by a test of its own."""

from __future__ import annotations

import math
import warnings
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import aimarket as am
import aimarket.scenarios as scenarios_module
from aimarket.cli import main


@pytest.mark.parametrize("value", [pd.NA, Decimal("NaN"), pd.Timestamp("2020-01-01"), 10 ** 400, None, True, 1 + 1j])
def test_odd_scalars_get_a_clear_error(value):
    with pytest.raises((TypeError, ValueError), match="start"):
        am.cagr(value, 2.0, 1)


def test_decimals_and_fractions_are_numbers():
    from fractions import Fraction

    assert am.cagr(Decimal("100"), Decimal("121"), 2) == pytest.approx(0.1)
    assert am.compound(Fraction(100), Fraction(1, 10), 1) == pytest.approx(110)
    assert am.cagr(pd.Series([100, 100], dtype="Int64"), 121, 2).tolist() == pytest.approx([0.1, 0.1])
    with pytest.raises(ValueError, match=r"start must be positive and finite, got nan at position 1"):
        am.cagr(pd.Series([100, None], dtype="Int64"), 121, 2)


@pytest.mark.parametrize("call, error, message", [
    (lambda: am.Assumptions(rate_override=math.inf), ValueError, "rate_override must be a finite number"),
    (lambda: am.Scenario("x", default={"terminal_rate": 0.1}), TypeError, "default must be an Assumptions"),
    (lambda: am.Scenario("x", items={"AI": 5}), TypeError, r"items\['AI'\] must be an Assumptions"),
    (lambda: am.project("china_ai", reconciliation="mint"), LookupError, "unknown reconciliation 'mint'"),
    (lambda: am.simulate("china_ai", n=10, reconciliation=None), LookupError, "reconciliation"),
    (lambda: am.sensitivity("bloomberg_genai", 10 ** 6), ValueError, "more than 200 years"),
    (lambda: am.fit([2020, 2021, 2022], [1, 2, 3.5], "logistic", bounds=[1]), TypeError, "bounds must be a dict"),
    (lambda: am.fit([2020, 2021, 2022], [1, 2, 3.5], "logistic", bounds={"k": 1}), TypeError, "pair"),
    (lambda: am.fit([2020, 2021, 2022, 2023], [1, 2, 3.5, 5], "logistic").band([2030], level=1.5), ValueError, "level"),
    (lambda: am.convert(2058, "USD 100 million", from_unit="CNY 100 million", year=2022.7), ValueError,
     "year must be a whole year, got 2022.7"),
    (lambda: am.load("china_ai", wide=pd.NA), TypeError, "wide must be True or False"),
])
def test_nonsense_arguments_are_refused(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_contributions_need_every_parent():
    frame = am.load("bloomberg_genai")
    frame = frame[frame["item"] != "Software"]
    with pytest.raises(ValueError, match="the parent 'Software' of .* is not an item"):
        am.contributions(frame, 2022, 2032)


def test_the_monte_carlo_refuses_sizes_before_allocating():
    with pytest.raises(ValueError, match=r"n: 1,000,000,000 paths is more than the limit of 10,000,000 .* GB"):
        am.simulate("bloomberg_genai", n=10 ** 9)


def test_streamed_quantiles_equal_the_exact_ones(monkeypatch):
    exact = am.simulate("bloomberg_genai", n=3000, seed=11, until=2035)
    monkeypatch.setattr(scenarios_module, "EXACT_BYTES", 0)
    streamed = am.simulate("bloomberg_genai", n=3000, seed=11, until=2035)
    assert streamed.attrs["quantiles"] == "exact, streamed in blocks"
    q = [c for c in exact.columns if c.startswith("q")]
    np.testing.assert_allclose(streamed[q].to_numpy(), exact[q].to_numpy(), rtol=1e-12)
    again = am.simulate("bloomberg_genai", n=3000, seed=11, until=2035)
    assert again[q].equals(streamed[q])   # the same seed gives bit-identical quantiles


def test_item_names_with_mathtext_draw_literally(tmp_path):
    import matplotlib.pyplot as plt

    sens = pd.DataFrame({"item": ["$\\frac{1$", "Rest"], "low": [1.0, 2.0], "high": [3.0, 4.0], "base": [2.5, 2.5]})
    ax = am.plots.plot_tornado(sens, title="$x^")
    ax.figure.savefig(tmp_path / "t.png")   # would raise if matplotlib parsed the names as mathtext
    assert "\\$\\frac{1\\$" in [t.get_text() for t in ax.get_yticklabels()]
    plt.close("all")


def test_markdown_escapes_markup_from_a_package():
    t = am.reproduce("china_ai")
    t.attrs["title"] = "<script>alert(1)</script>"
    t.iloc[0, 2] = "<b>actual</b>"
    md = am.render(t, "markdown")
    assert "<script>" not in md and "&lt;script&gt;" in md and "&lt;b&gt;actual&lt;/b&gt;" in md
    assert "<script>" not in am.render(t, "html")
    assert "\\textless{}script" in am.render(t, "latex")


def test_command_line_misuse(tmp_path, capsys):
    toml = tmp_path / "s.toml"
    toml.write_text("[scenario.x]\nitems = 5\n")
    assert main(["project", "china_ai", "--scenario-file", str(toml)]) == 2
    assert "items must be a table" in capsys.readouterr().err
    assert main(["fit", "bloomberg_genai", "--cap", "0"]) == 2
    assert "cap: 0 is at or below the largest value" in capsys.readouterr().err
    assert main(["report", "--out", str(tmp_path / "r"), "--paths", "0"]) == 2
    assert "n_paths must be from 1" in capsys.readouterr().err and not (tmp_path / "r").exists()


# --- numbers beyond what a float or a model can hold: refused with the range allowed, never nan, inf or a warning

def _no_warnings(call):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return call()


@pytest.mark.parametrize("call, error, message", [
    (lambda: am.cagr(2.0, 3.0, periods=5e-324), ValueError,
     r"cannot be represented as a float .*periods must be at least 0\.000571"),  # log(1.5) / log(1.8e308)
    (lambda: am.cagr_bounds(2.0, 30.0, periods=1e-308), ValueError, r"periods=1e-308.*periods must be at least"),
    (lambda: am.reconcile_rate(0.1, 2.0, 30.0, periods=2.2e-308, rate_step=0.01), ValueError, "periods must be at least"),
    (lambda: am.trend_cagr([2020, 2021], [1e-300, 1e300]), ValueError, r"values: the trend's rate .* 10\^600"),
    (lambda: am.convert(100.0, "USD 100 million", from_unit="CNY 100 million", year=1e308), ValueError,
     r"year must lie within \+/-1,000,000, got 1e\+308"),
    (lambda: am.convert(np.nan, "USD million", from_unit="USD 100 million"), ValueError, "data must be finite, got nan"),
    (lambda: am.convert([1.0, np.inf], "USD million", from_unit="USD 100 million"), ValueError,
     "data must be finite, got inf at position 1"),
    (lambda: am.compare([2020, 2021, 2022, 2023, 2024], [1e307, 2e307, 4e307, 6e307, 8e307]), ValueError,
     r"values must lie between 1e-12 and 1e\+280 for a curve fit, got 1e\+307 at position 0"),
    (lambda: am.backtest([2020, 2021, 2022, 2023, 2024], [1e307, 2e307, 4e307, 6e307, 8e307], holdout=1), ValueError,
     "values must lie between"),
    (lambda: am.fit([2020, 2021, 2022], [10, 20, 35], "logistic", cap=10 ** 400), ValueError,
     "cap: 1000.* is too large for a float"),
    (lambda: am.fit([2022, 2032], [100.0, 400.0], "exponential").year_reached(10 ** 400), ValueError,
     "level: 1000.* is too large for a float"),
    (lambda: am.fit([2022, 2032], [100.0, 400.0], "exponential").predict(1e5), ValueError,
     r"years: 100000 is out of range.*up to about 710[89]"),  # 100 * 4 ** ((t - 2022) / 10) passes 1.8e308 at 7108.9
    (lambda: am.fit([2018, 2019, 2020, 2021, 2022], [10, 20, 35, 50, 60], "logistic").band(0), ValueError,
     r"years: 0 is out of range: the logistic curve's 0.95 band .* from about \d+"),
    (lambda: am.interpolate([2020, 2021], [[1.0, 2.0], [3.0, 4.0]], 2020.5), ValueError,
     r"values must be one-dimensional .* shape \(2, 2\)"),
])
def test_numbers_out_of_range_are_refused_with_the_range(call, error, message):
    with pytest.raises(error, match=message):
        _no_warnings(call)


def test_a_decline_too_fast_for_a_float_is_minus_one_and_tiny_rates_are_kept():
    assert _no_warnings(lambda: am.cagr(2.0, 1.0, periods=5e-324)) == -1.0   # 1 - 2 ** -(2e323) rounds to -1
    # over 1e307 periods the rate is log(1.5) / 1e307, about 4.05e-308, and 0.1 +/- 0.005 never holds
    assert _no_warnings(lambda: am.infer_periods(2.0, 3.0, 0.1, rate_step=0.01, candidates=[1e307, 1.7e308])) == ()
    assert _no_warnings(lambda: am.infer_periods(2.0, 3.0, 0.0, rate_step=0.01, candidates=[1e307])) == (int(1e307),)
    assert _no_warnings(lambda: am.cagr(2.0, 3.0, 1e307)) == pytest.approx(math.log(1.5) / 1e307, rel=1e-12)


def test_trend_over_a_wide_range_is_a_result_or_names_the_values():
    for values in ([6e-8, 1.0, 1e100, 1.5e264], [6e-8, 1.5e264, 3.0], [6e-8, 1.5e264]):
        try:
            t = _no_warnings(lambda: am.trend_cagr(np.arange(2020, 2020 + len(values)), values))
        except ValueError as exc:
            assert str(exc).startswith("values:")
        else:
            assert all(math.isfinite(x) for x in (t.rate, t.low or 0, t.high or 0))


def test_fx_tables_are_checked_where_they_are_used():
    fx = am.fx_rates()
    for rate in (0.0, np.nan):
        bad = fx.assign(rate=rate)
        with pytest.raises(ValueError, match=r"fx: row 0 \(CNY/USD, \d+\) has rate (0\.0|nan); an exchange rate must "
                                             "be positive and finite"):
            _no_warnings(lambda: am.convert(2058, "USD 100 million", from_unit="CNY 100 million", year=2022, fx=bad))
    twice = pd.concat([fx, fx], ignore_index=True)
    with pytest.raises(ValueError, match=rf"fx: duplicate rows \[0, {len(fx)}\] for CNY/USD"):
        am.convert(2058, "USD 100 million", from_unit="CNY 100 million", year=2022, fx=twice)


def test_plain_values_broadcast_against_their_years():
    both = am.convert(2058.0, "USD 100 million", from_unit="CNY 100 million", year=[2022, 2023])
    one = [am.convert(2058.0, "USD 100 million", from_unit="CNY 100 million", year=y) for y in (2022, 2023)]
    assert both.tolist() == one
    with pytest.raises(ValueError, match=r"data and year: shapes \(2,\) and \(3,\) do not match"):
        am.convert([1.0, 2.0], "USD 100 million", from_unit="CNY 100 million", year=[2022, 2023, 2024])
    with pytest.raises(ValueError, match="year: 3 years for a Series of 2 values"):
        am.convert(pd.Series([1.0, 2.0]), "USD 100 million", from_unit="CNY 100 million", year=[2022, 2023, 2024])


def test_contributions_name_the_duplicate_rows():
    frame = am.load("bloomberg_genai")
    with pytest.raises(ValueError, match=rf"frame: rows 0 and {len(frame)} \(by position\) are both 'Hardware' in 2022"):
        am.contributions(pd.concat([frame, frame]), 2022, 2032)


@pytest.mark.parametrize("value, error, message", [
    (float("inf"), ValueError, "must be positive and finite .* got inf"), (0, ValueError, "must .* got 0.0"),
    (-5, ValueError, "must .* got -5.0"), ("abc", TypeError, "must be a number, got 'abc'")])
def test_contributions_name_a_value_no_share_can_be_taken_of(value, error, message):
    """An infinite, zero, negative or text value in a year the shares are taken of gave -inf shares or pandas'
    own TypeError; each is refused naming its item and year."""
    frame = am.load("bloomberg_genai").astype({"value": object})
    frame.loc[(frame["item"] == "Hardware") & (frame["year"] == 2022), "value"] = value
    with pytest.raises(error, match="frame: the value of 'Hardware' in 2022 " + message):
        am.contributions(frame, 2022, 2032)


def test_fit_refuses_a_status_that_is_not_one_per_point():
    with pytest.raises(ValueError, match="status must hold 'actual' or 'estimate' for each of the 7 points"):
        am.fit([2018, 2019, 2020, 2021, 2022, 2023, 2024], [10, 14, 20, 27, 35, 43, 50], "logistic", status=["actual"])


def test_pandas_arguments_pair_by_label_or_are_refused():
    a = pd.Series([100.0, 100.0], index=["x", "y"])
    b = pd.Series([121.0, 144.0], index=["x", "y"])
    assert am.cagr(a, b, 2).round(12).tolist() == [0.1, 0.2]
    with pytest.raises(ValueError, match=r"start and end have different labels .* end\.reindex_like\(start\)"):
        am.cagr(a, b.iloc[::-1], 2)
    with pytest.raises(TypeError, match="start and periods: a Series and a DataFrame"):
        am.cagr(a, 121.0, pd.DataFrame({"p": [2.0, 2.0]}, index=["x", "y"]))


@pytest.mark.parametrize("body, message", [
    (b"", r"observations.csv: the file is empty; it needs a header row"),
    (b"robots,To\x00tal,,2023,120,USD million,actual,robots_2024,000_0000000000000000.txt:3\n",
     r"observations.csv, row 2, column 'item': 'To\\x00tal' holds a control character"),
    (b"rob/ots,Total,,2023,120,USD million,actual,robots_2024,000_0000000000000000.txt:3\n",
     r"observations.csv, row 2, column 'series': the id 'rob/ots' does not match"),
    (b"robots,Total,,2023,120,USD million,actual,robots_2024,000_0000000000000000.txt:3\n"
     b"rob ots,Total,,2023,120,USD million,actual,robots_2024,000_0000000000000000.txt:3\n",
     r"observations.csv, row 3, column 'series': the id 'rob ots' does not match"),
])
def test_read_package_names_the_file_and_row(tmp_path, body, message):
    import shutil
    from pathlib import Path

    src = Path(__file__).parent / "fixtures" / "mini_package"
    shutil.copytree(src, tmp_path / "p")
    header = (src / "observations.csv").read_bytes().split(b"\n")[0] + b"\n"
    (tmp_path / "p" / "observations.csv").write_bytes(header + body if body else b"")
    with pytest.raises(am.DataError, match=message):
        am.read_package(tmp_path / "p")


def test_a_package_with_only_a_header_has_no_series(tmp_path):
    import shutil
    from pathlib import Path

    src = Path(__file__).parent / "fixtures" / "mini_package"
    shutil.copytree(src, tmp_path / "p")
    for name in ("observations.csv", "claims.csv"):
        path = tmp_path / "p" / name
        path.write_bytes(path.read_bytes().split(b"\n")[0] + b"\n")
    pkg = am.read_package(tmp_path / "p")
    assert am.list_series(package=pkg).empty and am.audit(package=pkg).empty
    with pytest.raises(LookupError, match="'robots' is not in the package, which has no series"):
        am.load("robots", package=pkg)



@pytest.mark.parametrize("draw, frame, words", [
    (lambda f: am.plots.plot_scenarios(f), "projection", "projection has no rows to draw"),
    (lambda f: am.plots.plot_segments(f), "projection", "projection has no rows to draw"),
    (lambda f: am.plots.plot_fan(f), "simulation", "simulation has no rows to draw"),
])
def test_an_empty_frame_is_named_not_a_pandas_index_error(draw, frame, words):
    full = am.project("bloomberg_genai") if frame == "projection" else am.simulate("bloomberg_genai", n=200, seed=0)
    with pytest.raises(ValueError, match=words):
        draw(full.iloc[:0])


@pytest.mark.parametrize("bad", [-1.0, float("nan"), 0.0])
def test_values_a_log_axis_cannot_draw_are_named_by_row_and_column(bad):
    """Negative values drew an empty log axis with three matplotlib warnings."""
    pr = am.project("bloomberg_genai")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"projection, row \d+, column 'value': .* cannot be drawn on a log axis"):
            am.plots.plot_scenarios(pr.assign(value=bad))


def test_a_scenario_named_twice_is_refused():
    """scenarios=['base', 'base'] gave every row twice."""
    with pytest.raises(ValueError, match="scenarios: 'base' is named twice"):
        am.project("bloomberg_genai", scenarios=["base", "base"])


def test_no_warning_leaks_from_extreme_but_valid_arguments():
    """Each of these printed a RuntimeWarning (an overflow, a log of zero, inf minus inf) before its answer or its
    error: a step past the float range, values spanning fifteen orders of magnitude, an open upper bound."""
    import warnings

    years, values = [2018, 2019, 2020, 2021, 2022, 2023, 2024], [10, 14, 20, 27, 35, 43, 50]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        low, high = am.cagr_bounds(10, 1.7e308, 2, end_step=1e308)
        assert np.isfinite(low) and low <= high
        fc = am.forecast(range(2010, 2025), [10.0 ** i for i in range(15)], 2030)
        assert np.isfinite(fc["value"]).all()
        assert am.fit(years, values, "logistic", bounds={"cap": (60, float("inf"))}).params["cap"] > 60
    with pytest.raises(ValueError, match="tol must be a number above the float's precision"):
        am.fit(years, values, "logistic", tol=1e-300)


def test_trend_cagr_on_years_too_close_for_the_solver_refuses_rather_than_reporting_no_growth():
    """Years 1e-15 apart made the least-squares solver read one year, slope 0: a rate of 0% with a zero-width
    interval. The slope in closed form (log 2 per 1e-15 years) is past the float range, and says so."""
    with pytest.raises(ValueError, match="growth factor of beyond"):
        am.trend_cagr([0, 1e-15, 2e-15], [1, 2, 4])


@pytest.mark.parametrize("family, params", [
    ("logistic", {"cap": -1.0, "k": 1.0, "t_mid": 2020.0}), ("logistic", {"cap": float("nan"), "k": 1.0, "t_mid": 2020.0}),
    ("exponential", {"start": 0.0, "rate": 0.1}), ("gompertz", {"cap": 10.0, "k": float("inf"), "t_mid": 2020.0})])
def test_a_growth_fit_made_by_hand_refuses_parameters_no_market_curve_has(family, params):
    """A logistic with a ceiling of -1 predicted negative market values and a NaN ceiling printed a NaN; the
    parameters of a GrowthFit must be finite, and its ceiling (or first value) above zero."""
    with pytest.raises(ValueError, match=r"params\['(cap|start|k)'\] must be a finite number"):
        am.GrowthFit(family=family, params=params, years=[2020, 2021], values=[0.5, 0.6])


@pytest.mark.parametrize("registry, name", [(am.FAMILIES, "logistc"), (am.SCENARIOS, "bse"), (am.FAMILIES, ["x"])])
def test_a_registry_names_the_closest_id_for_a_missing_one(registry, name):
    """am.FAMILIES["x"] raised a bare KeyError; it is an UnknownIdError (a LookupError) with suggestions, while
    `in`, get, iteration and len behave as a mapping's."""
    with pytest.raises(am.UnknownIdError, match="known"):
        registry[name]
    assert name not in registry and registry.get(name) is None
    assert len(registry) == len(list(registry)) and all(k in registry for k in registry)


@pytest.mark.parametrize("fx, message", [
    ({"pair": ["CNY/USD", "USD/CNY"], "year": [2022, 2022], "rate": [7.0, 7.0]},
     r"CNY/USD 7 and USD/CNY 7 are both given for 2022 and disagree \(their product is 49, not 1\)"),
    ({"pair": ["CNYUSD"], "year": [2022], "rate": [7.0]}, "row 0 has pair 'CNYUSD'; a pair is two currency codes"),
    ({"pair": ["CNY/USD"], "year": [2022.5], "rate": [7.0]}, "row 0 .CNY/USD. has year 2022.5; a rate is of a whole year")])
def test_convert_refuses_an_fx_table_that_contradicts_itself_or_names_no_pair(fx, message):
    """Two rates of one pair read both ways that disagree were taken one of them silently; a pair that is no pair was
    ignored ('rates exist for no year'); a fractional year was named back as the whole one."""
    with pytest.raises(ValueError, match="fx: " + message):
        am.convert(100, "USD million", from_unit="CNY million", year=2022, fx=pd.DataFrame(fx))
    agree = pd.DataFrame({"pair": ["CNY/USD", "USD/CNY"], "year": [2022, 2022], "rate": [7.0, 1 / 7]})
    assert am.convert(700, "USD million", from_unit="CNY million", year=2022, fx=agree) == pytest.approx(100.0)
