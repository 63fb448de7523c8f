"""A fuzz of every public function: each argument good or adversarial, warnings as errors.

Every outcome must be a finite result, or a ``ValueError``, ``TypeError`` or ``LookupError`` (never a bare
``KeyError`` or ``IndexError``) whose message names one of the function's arguments. Numbers at and beyond the
edges of the float range (huge and subnormal floats, Python ints no float holds) are among the adversarial values,
and each fast function meets every one of them in every argument. The seed is fixed, so a run is repeatable;
the examples per function are few enough to finish in about fifteen seconds of processor time.
"""

from __future__ import annotations

import inspect
import math
import os
import warnings
from pathlib import Path
from decimal import Decimal
from fractions import Fraction

import matplotlib
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import aimarket as am
from aimarket.datapackage import bundled_path

matplotlib.use("Agg")

ADVERSARIAL = [
    None, True, False, np.nan, np.inf, -np.inf, 0, -1, -1.0, 0.5, 2.5, 1e308, -1e308, 10 ** 400, 5e-324,
    Decimal("1.5"), Decimal("NaN"), Fraction(1, 3), pd.NA, pd.NaT, pd.Timestamp("2020-01-01"), 1 + 2j,
    "", "x", "Total", "$\\frac{1$", "<script>alert(1)</script>", b"x", [], [1], [1, 2, 3], [[1], [2, 3]], (1, 2),
    [None, 1], np.array([]), np.array([np.nan]), np.array(3.0), np.array([[1.0, 2.0]]), {"a": 1}, {1, 2}, object(),
    2030, 1e9, -2030, 2022.7, 10 ** 9, pd.Series([1.0, 2.0]), pd.Series(["a"]), pd.DataFrame({"a": [1]}),
    pd.DataFrame(), range(0), "/etc/passwd", "../../../etc",
]
#: numbers at and beyond the edges of the float range, as floats, numpy scalars, Python ints and arrays
EXTREMES = [
    1e307, 1.7976931348623157e308, -1.7976931348623157e308, 2.2250738585072014e-308, 1e-308, 5e-324, -5e-324,
    1e-300, 1e300, np.float64(2.2e-308), 10 ** 308, 2 ** 1024, -(10 ** 400), 10 ** 309,
    np.array([1e307, 1.7e308]), [5e-324, 1e308], [10 ** 400, 1], np.array([2022.0, 1e308]), 6e-8, 1.5e264,
]


@pytest.fixture(scope="module")
def good():
    """Valid values per argument name (a function's own entries below take precedence)."""
    bbg = am.load("bloomberg_genai")
    f = am.fit([2022, 2027, 2032], [39_834, 399_345, 1_303_551], "gompertz", label="Total", unit="USD million")
    proj = am.project("bloomberg_genai", "base", until=2035)
    return {
        "series_id": ["bloomberg_genai", "china_ai", "sensetime_losses"],
        "table_id": ["bloomberg_genai", "china_ai"],
        "start": [39_834.0, 14.0, 2058.0], "end": [1_303_551.0, 28_343.0], "periods": [10, 5, 0.5],
        "rate": [0.1, -0.5, 39.0], "reported": [0.42, 1.13], "rate_step": [0.01, 0.001],
        "start_step": [0.0, 1.0], "end_step": [0.0, 1.0], "from_years": [1.5], "to_years": [1.0],
        "years": [[2022, 2027, 2032], np.array([2020.0, 2021, 2022, 2023])],
        "values": [[39_834.0, 399_345.0, 1_303_551.0], [100.0, 110, 121, 133.1]],
        "at": [2023, [2025, 2030]], "level": [0.9, 0.95], "frame": [bbg], "start_year": [2022], "end_year": [2032],
        "wide": [False, True], "package": [None], "data": [am.load("china_ai"), 100.0],
        "to_unit": ["USD 100 million", "USD million"], "from_unit": [None, "CNY 100 million"], "year": [None, 2022],
        "fx": [None], "fx_year": [None, "nearest", 2023], "path": [str(bundled_path())], "candidates": [range(1, 31)],
        "fmt": ["markdown", "html", "latex"], "table": [am.reproduce("china_ai")], "scenarios": ["base", ("bear", "base")],
        "until": [2035, 2040], "reconciliation": ["mint_scaled", "ols"], "method": ["mint_scaled", "bottom_up"],
        "n": [200, 500], "seed": [None, 1], "scenario": ["base"], "sigma": [0.3], "rho": [0.6], "delta": [0.2],
        "fan": [("bear", "bull"), ["bear", "base", "bull"]],
        "family": ["logistic", "exponential", "gompertz"], "cap": [None, 2e6], "fixed": [None], "bounds": [None],
        "max_nfev": [20_000], "status": [None], "label": [None, "Total"], "unit": [None, "USD million"],
        "source": [None], "item": ["Total"], "families": [None, ["exponential", "gompertz"]], "holdout": [1],
        "audit_frame": [am.audit("bloomberg_genai")], "fit": [f], "projection": [proj],
        "simulation": [am.simulate("bloomberg_genai", n=200, seed=0, until=2035)],
        "sens": [am.sensitivity("bloomberg_genai", 2035)], "ax": [None], "title": [None, "$\\frac{1$"],
        "top": [12, None], "parent": ["Total"], "name": ["x"], "description": ["d"], "default": [am.Assumptions()],
        "items": [{}], "terminal_rate": [0.06], "fade_years": [8.0], "rate_multiplier": [1.0], "rate_override": [None, 0.2],
        "estimate_scale": [1.0], "audit": [False, True], "rate_": [0.1],
        "params": [{"cap": 2e6, "k": 0.3, "t_mid": 8.0}], "fixed_": [()], "exact": [False], "rss": [0.0], "note": [""],
        "observations": [am.datapackage.bundled_package().observations], "claims": [am.datapackage.bundled_package().claims],
        "series": [am.datapackage.bundled_package().series], "sources": [am.datapackage.bundled_package().sources],
        "units": [am.datapackage.bundled_package().units], "low": [0.1, None], "high": [0.2, None], "se": [0.01, None],
        "index": ["index.html"], "value": [2058.0, 34.33], "numbers": [False, True], "percent": [False],
        "constraints": [am.datapackage.bundled_package().constraints],
        "markets": [am.datapackage.bundled_package().markets], "outlier": [2.0, 1.5], "market": [None, "global_ai"],
        "fits": [am.fit_panel(pd.DataFrame({"series": ["a"] * 3, "year": [2020, 2025, 2030], "value": [10, 50, 90]}))],
        "loss": ["log", "linear"], "weights": [None, [1.0, 2.0, 1.0]], "p0": [None], "max_iter": [50], "tol": [1e-12], "figures": [()], "tables": [()], "seconds": [1.0],
    }


STACK = Path(__file__).parent / "fixtures" / "stack"
#: two sources for one market, for the functions that compare reports
STACKED = am.stack([STACK / "fortune_ai.txt", STACK / "grandview_ai.html", STACK / "bloomberg_genai.md"])

#: per function: arguments whose good values differ from the shared ones, and arguments left out
OWN = {
    "sensitivity": {"year": [2033, 2035]},
    "convert": {"year": [None, 2022]},
    "contributions": {"start_year": [2022], "end_year": [2032]},
    "fit_panel": {"frame": [pd.DataFrame({"series": ["a"] * 4, "year": [2020, 2022, 2024, 2026],
                                          "value": [10.0, 30, 60, 80]})]},
    "forecast_panel": {"frame": [pd.DataFrame({"series": ["a"] * 3, "year": [2020, 2025, 2030], "value": [10, 50, 90]})],
                       "until": [2035]},
    "audit_panel": {"claims": [pd.DataFrame({"reported": [0.282], "start": [2058], "end": [7119], "periods": [4],
                                             "rate_step": [0.001]})]},
    "predict_panel": {"years": [[2031, 2032]], "family": [None, "logistic"]},
    "fit_series": {"item": ["Total", "Hardware"]},
    # a report run takes seconds: it is fuzzed with a path count no run accepts, so nothing is ever written
    "GrowthFit": {"family": ["logistic"], "years": [np.array([2022.0, 2027, 2032])],
                  "values": [np.array([39_834.0, 399_345, 1_303_551])], "fixed": [()]},
    "TrendCAGR": {"rate": [0.1], "n": [4], "level": [0.95], "note": [""]},
    "Package": {"path": [bundled_path()], "fx": [am.datapackage.bundled_package().fx]},
    "Report": {"out": ["r"], "index": ["r/index.html"]},
    "build_report": {"n_paths": [0, -1, None, "x", 2.5, 10 ** 400, True, 10 ** 9], "out": ["fuzz-report"]},
    "forecast": {"method": ["auto", "gompertz"], "years": [np.arange(2010, 2022)],
                 "values": [100 * 1.12 ** np.arange(12.0)], "until": [2025]},
    "extract": {"path": [str(Path(__file__).parent / "fixtures" / "snippet.md")], "name": [None, "doc"]},
    "extract_text": {"text": ["The AI market was $40 billion in 2022 and will be $90 billion in 2026.",
                              "2022年市场规模达到2058亿元，预计2027年将达到7119亿元。"], "name": ["text"]},
    "stack": {"items": [[STACK / "fortune_ai.txt", STACK / "grandview_ai.html"], [STACK / "statista_genai.md"]],
              "markets": [None]},
    **{f: {"package": [STACKED], "year": [None, 2030], "unit": [None, "USD billion"], "fx_year": [None, 2023]}
       for f in ("consensus", "revisions", "market_constraints", "match_markets", "plot_consensus")},
    "write_package": {"package": [am.extract_text("The AI market was $40 billion in 2022.")], "path": ["draft"],
                      "overwrite": [True]},
}
SKIP_ARGS = {"progress", "_model", "cov", "timings", "descriptor", "kwargs"}

FUNCTIONS = {name: getattr(am, name) for name in am.__all__
             if callable(getattr(am, name)) and not (inspect.isclass(getattr(am, name))
                                                     and issubclass(getattr(am, name), BaseException))}
FUNCTIONS.update({f"plots.{n}": getattr(am.plots, n) for n in am.plots.__all__})
FAST = {"cagr", "compound", "implied_start", "cagr_bounds", "reconcile_rate", "infer_periods", "rescale_rate",
        "interpolate", "trend_cagr", "TrendCAGR", "Assumptions", "Scenario", "list_series", "load", "claims",
        "series_info", "units", "sources", "fx_rates", "convert", "contributions", "fit", "GrowthFit", "Package"}

#: swept argument by argument at every extreme
SWEPT = sorted(FAST) + ["GrowthFit methods"]


def _finite(result) -> bool:
    if isinstance(result, (float, np.floating)):
        return math.isfinite(result)
    if isinstance(result, np.ndarray) and result.dtype.kind == "f":
        return bool(np.isfinite(result).all())
    if isinstance(result, pd.Series) and result.dtype.kind == "f":
        return bool(np.isfinite(result.to_numpy()).all())
    if isinstance(result, tuple):
        return all(_finite(r) for r in result)
    return True


@pytest.fixture(scope="module", autouse=True)
def _in_a_scratch_folder(tmp_path_factory):
    here = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("fuzz"))
    yield
    os.chdir(here)


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_every_outcome_is_a_result_or_a_clear_error(name, good):
    fn = FUNCTIONS[name]
    params = [p for p in inspect.signature(fn).parameters.values()
              if p.name not in SKIP_ARGS and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]
    own = OWN.get(name.split(".")[-1], {})
    strategies = {}
    for p in params:
        valid = own.get(p.name, good.get(p.name))
        if valid is None:
            raise AssertionError(f"no good values for {name}({p.name}=...): add them to the fuzz")
        bad = st.one_of(st.sampled_from(ADVERSARIAL), st.sampled_from(EXTREMES))
        strategies[p.name] = st.sampled_from(valid) if p.name in own and name == "build_report" else st.one_of(st.sampled_from(valid), bad)
    names = [p.name for p in params]

    @seed(20241125)
    @settings(max_examples=60 if name in FAST else 15, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries(strategies))
    def run(kwargs):
        _check_outcome(name, fn, kwargs, names)

    run()


def _check_outcome(name, fn, kwargs, names):
    """A finite result, or a clear error naming one of ``names``; never a warning."""
    import matplotlib.pyplot as plt

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            warnings.simplefilter("ignore", DeprecationWarning)
            result = fn(**kwargs)
    except (ValueError, TypeError, LookupError) as exc:
        message = str(exc)
        assert not isinstance(exc, (KeyError, IndexError)) or isinstance(exc, am.UnknownIdError), \
            f"{name}({kwargs!r}) raised a bare {type(exc).__name__}: {message}"
        assert any(n in message for n in names), \
            f"{name}({kwargs!r}) raised {type(exc).__name__} naming none of {names}: {message!r}"
    else:
        assert _finite(result), f"{name}({kwargs!r}) returned a non-finite {result!r}"
    finally:
        plt.close("all")


def _fit_methods(fit):
    """A fit's methods that take numbers, as functions of keyword arguments."""
    return {"GrowthFit.predict": fit.predict, "GrowthFit.band": fit.band, "GrowthFit.year_reached": fit.year_reached,
            "GrowthFit.cagr": fit.cagr, "GrowthFit.param_intervals": fit.param_intervals}


@pytest.mark.parametrize("name", SWEPT)
def test_every_number_at_the_edge_of_the_float_range(name, good):
    """Each argument in turn at each extreme, the others good: a finite result or a clear error."""
    fits = [am.fit([2018, 2019, 2020, 2021, 2022], [10.0, 20, 35, 50, 60], family) for family in ("logistic", "exponential")]
    targets = ({f"{k}[{f.family}]": m for f in fits for k, m in _fit_methods(f).items()} if name == "GrowthFit methods"
               else {name: FUNCTIONS[name]})
    for label, fn in targets.items():
        params = [p for p in inspect.signature(fn).parameters.values()
                  if p.name not in SKIP_ARGS and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]
        names = [p.name for p in params]
        own = {**OWN.get(name, {}), "years": [[2025, 2030]], "level": [0.9], "start_year": [2023], "end_year": [2030]} \
            if name == "GrowthFit methods" else OWN.get(name, {})
        base = {p.name: own.get(p.name, good.get(p.name))[0] for p in params}
        for p in params:
            for extreme in EXTREMES:
                _check_outcome(label, fn, {**base, p.name: extreme}, names)
