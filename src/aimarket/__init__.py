"""aimarket: AI market-size forecasts from industry reports.

Every series the reports publish, with the source of each number; audits of
every rate and total they state; growth curves; scenario projections; and the
figures for a deck.

>>> import aimarket as am
>>> am.load("bloomberg_genai", wide=True).loc["Total"].tolist()
[39834.0, 399345.0, 1303551.0]
"""

from __future__ import annotations

from . import datapackage, plots
from ._version import __version__
from .checks import audit
from .curves import FAMILIES, GrowthFit, backtest, compare, fit, fit_series, forecast
from .report import Report, build_report
from .scenarios import SCENARIOS, Assumptions, Scenario, cross_check, load_scenarios, project, reconcile, sensitivity, simulate
from .panel import audit_panel, fit_panel, forecast_panel, predict_panel
from .tables import render, reproduce
from .catalog import claims, constraints, convert, fx_rates, list_series, load, series_info, source_line, sources, top_item, units
from .datapackage import Package, read_package, write_package
from .extract import extract, extract_text
from .consensus import consensus, market_constraints, match_markets, revisions, stack
from .errors import DataError, FitError, UnknownIdError
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
