"""aimarket: AI market-size forecasts from industry reports.

Every series the reports publish, with the source of each number; audits of
every rate and total they state; growth curves; scenario projections; and the
figures for a deck.

>>> import aimarket as am
>>> am.load("bloomberg_genai", wide=True).loc["Total"].tolist()
[39834.0, 399345.0, 1303551.0]
"""

from __future__ import annotations

import importlib

from . import datapackage
from .checks import audit
from .curves import FAMILIES, GrowthFit, backtest, compare, fit, fit_series, forecast
from .tables import render, reproduce
from .catalog import claims, constraints, convert, fx_rates, list_series, load, series_info, source_line, sources, top_item, units
from .datapackage import Package, read_package, write_package
from .consensus import consensus, market_constraints, match_markets, revisions, stack
from .errors import DataError, FitError, UnknownIdError
from .extract import extract, extract_text
from .growth import (
    TrendCAGR,
    cagr,
    cagr_bounds,
    compound,
    contributions,
    implied_start,
    infer_periods,
    interpolate,
    printed_step,
    reconcile_rate,
    rescale_rate,
    trend_cagr,
)

__all__ = [
    "__version__", "datapackage", "plots",
    "list_series", "load", "claims", "convert", "sources", "units", "fx_rates", "series_info", "constraints",
    "top_item", "source_line",
    "read_package", "write_package", "Package", "extract", "extract_text",
    "stack", "consensus", "revisions", "market_constraints", "match_markets",
    "cagr", "compound", "implied_start", "cagr_bounds", "reconcile_rate", "infer_periods",
    "rescale_rate", "interpolate", "trend_cagr", "TrendCAGR", "contributions", "printed_step",
    "audit", "reproduce", "render",
    "project", "simulate", "sensitivity", "cross_check", "reconcile", "load_scenarios", "Scenario", "Assumptions",
    "SCENARIOS",
    "build_report", "Report",
    "fit", "fit_series", "compare", "backtest", "forecast", "GrowthFit", "FAMILIES",
    "fit_panel", "predict_panel", "forecast_panel", "audit_panel",
    "UnknownIdError", "DataError", "FitError",
]

#: names served from a module imported on first use, so that ``import aimarket`` stays close to importing
#: pandas: the scenarios, the panel, the report and the plots wait until asked for
_LAZY = {
    "__version__": "_version", "plots": None, "Report": "report", "build_report": "report",
    **dict.fromkeys(("SCENARIOS", "Assumptions", "Scenario", "cross_check", "load_scenarios", "project", "reconcile",
                     "sensitivity", "simulate"), "scenarios"),
    **dict.fromkeys(("audit_panel", "fit_panel", "forecast_panel", "predict_panel"), "panel"),
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'aimarket' has no attribute {name!r}")
    module = importlib.import_module(f".{_LAZY[name] or name}", __name__)
    value = module if _LAZY[name] is None else getattr(module, name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
