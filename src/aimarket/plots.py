"""Figures for a deck: audits, fitted curves, scenarios, fans, tornadoes, segments.

Every function takes ``ax=None`` (a new figure when None), draws with a
title, axis units and a source footnote, and returns the ``Axes``.
matplotlib is imported inside the functions, so ``import aimarket`` does not
pay for it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["plot_audit", "plot_fit"]

VERDICT_COLOURS = {"exact": "#2b8a3e", "rounding": "#e67700", "inconsistent": "#c92a2a", "unverifiable": "#868e96"}
SCENARIO_COLOURS = {"bear": "#c92a2a", "base": "#1c7ed6", "bull": "#2b8a3e"}


def _axes(ax, figsize=(8, 5)):
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _footnote(ax, text: str) -> None:
    """Put a source line under the axes, inside the figure."""
    if not text:
        return
    ax.annotate(text, xy=(0, 0), xycoords="axes fraction", xytext=(0, -36), textcoords="offset points",
                ha="left", va="top", fontsize=7, color="#495057", wrap=True)


def _source_for(series_id: str | None) -> str:
    if not series_id:
        return ""
    from .catalog import series_info

    try:
        info = series_info(series_id)
    except LookupError:
        return ""
    via = f" via {info['via']}" if info.get("via") else ""
    return f"Source: {info['publisher']}{via}; aimarket."


def plot_audit(audit_frame: pd.DataFrame, ax=None, *, title: str | None = None):
    """Printed against recomputed growth rates, with what rounding allows.

    Each stated rate (checks ``cagr`` and ``period`` in percent) is a row:
    the printed rate as a diamond, the recomputed rate as a dot with the
    rounding interval as an error bar, coloured by verdict.

    Parameters
    ----------
    audit_frame : pandas.DataFrame
        A frame from :func:`aimarket.audit`.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import aimarket as am
    >>> ax = am.plots.plot_audit(am.audit("bloomberg_genai"))
    >>> ax.get_xlabel()
    'compound annual growth rate (%)'
    """
    if not isinstance(audit_frame, pd.DataFrame) or not {"check", "reported", "recomputed", "verdict"} <= set(audit_frame.columns):
        raise TypeError("audit_frame must be a DataFrame from aimarket.audit()")
    rows = audit_frame[audit_frame["check"].isin(["cagr", "period"]) & (audit_frame["unit"] == "percent")
                       & audit_frame["recomputed"].notna()]
    if rows.empty:
        raise ValueError("audit_frame has no growth-rate checks to plot")
    rows = rows.drop_duplicates(["series", "item", "reported"]).iloc[::-1]
    ax = _axes(ax, figsize=(8, max(3, 0.32 * len(rows) + 1.5)))
    y = np.arange(len(rows))
    colours = [VERDICT_COLOURS[v] for v in rows["verdict"]]
    err = np.vstack([rows["recomputed"] - rows["low"].fillna(rows["recomputed"]),
                     rows["high"].fillna(rows["recomputed"]) - rows["recomputed"]])
    ax.errorbar(rows["recomputed"], y, xerr=np.abs(err), fmt="none", ecolor="#495057", capsize=3, lw=1)
    ax.scatter(rows["recomputed"], y, c=colours, s=30, zorder=3, label="recomputed")
    ax.scatter(rows["reported"], y, marker="D", facecolors="none", edgecolors=colours, s=40, zorder=4, label="printed")
    labels = [f"{i} ({s})" if len(set(rows["series"])) > 1 else str(i) for i, s in zip(rows["item"], rows["series"])]
    ax.set_yticks(y, labels, fontsize=8)
    for tick, v in zip(ax.get_yticklabels(), rows["verdict"]):
        if v == "inconsistent":
            tick.set_color(VERDICT_COLOURS["inconsistent"])
            tick.set_fontweight("bold")
    ax.set_xlabel("compound annual growth rate (%)")
    ax.set_title(title or "Printed growth rates against the printed values")
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="D", ls="", mfc="none", mec="k", label="printed rate"),
               Line2D([], [], marker="o", ls="", color="k", label="recomputed (bar: rounding interval)")]
    handles += [Line2D([], [], marker="s", ls="", color=c, label=v) for v, c in VERDICT_COLOURS.items()
                if v in set(rows["verdict"])]
    ax.legend(handles=handles, fontsize=7, loc="lower right")
    ax.grid(axis="x", alpha=0.3)
    series = rows["series"].iloc[0] if rows["series"].nunique() == 1 else None
    _footnote(ax, _source_for(series) or "Sources: the bundled reports; recomputation by aimarket.")
    return ax


def plot_fit(fit, ax=None, *, until: float | None = None, level: float = 0.95, title: str | None = None):
    """A fitted growth curve with its data, interval band and ceiling.

    Reported points are filled, estimates hollow; the band is the pointwise
    confidence interval where the fit has one; a saturating curve's ceiling is
    a dashed line.

    Parameters
    ----------
    fit : GrowthFit
        From :func:`aimarket.fit` or :func:`aimarket.fit_series`.
    until : float, optional
        Last year to draw; ten years past the data by default.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import aimarket as am
    >>> ax = am.fit_series("bloomberg_genai", "Total", "gompertz").plot()
    >>> ax.get_ylabel()
    'USD million'
    """
    from .curves import GrowthFit

    if not isinstance(fit, GrowthFit):
        raise TypeError(f"fit must be a GrowthFit, got {type(fit).__name__}")
    ax = _axes(ax)
    t0, t1 = float(fit.years[0]), float(until if until is not None else fit.years[-1] + 10)
    if t1 <= t0:
        raise ValueError(f"until ({t1:g}) must come after the first year ({t0:g})")
    grid = np.linspace(t0, t1, 200)
    ax.plot(grid, fit.predict(grid), color="#1c7ed6", lw=2, label=f"{fit.family} fit")
    band = fit.band(grid, level)
    if band is not None:
        ax.fill_between(grid, band[0], band[1], color="#1c7ed6", alpha=0.15, label=f"{int(level * 100)}% band")
    status = np.asarray(fit.status if fit.status is not None else ["actual"] * fit.n)
    act = status == "actual"
    ax.scatter(fit.years[act], fit.values[act], color="k", zorder=3, label="reported")
    if (~act).any():
        ax.scatter(fit.years[~act], fit.values[~act], facecolors="white", edgecolors="k", zorder=3,
                   label="report's estimate")
    if np.isfinite(fit.ceiling) and fit.ceiling > 0 and "cap" in fit.params:
        ax.axhline(fit.ceiling, ls="--", color="#868e96", lw=1, label=f"ceiling {fit.ceiling:,.0f}")
    if fit.inflection_year is not None and t0 <= fit.inflection_year <= t1:
        ax.axvline(fit.inflection_year, ls=":", color="#868e96", lw=1, label=f"inflection {fit.inflection_year:.1f}")
    ax.set_xlabel("year")
    ax.set_ylabel(fit.unit or "value")
    ax.set_title(title or f"{fit.label or 'series'}: {fit.family} curve")
    ax.legend(fontsize=8, loc="upper left")
    ax.grid(alpha=0.3)
    _footnote(ax, " ".join(filter(None, [fit.source, f"Fit: {fit.note}."])))
    return ax
