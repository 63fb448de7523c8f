"""Figures for a deck: audits, fitted curves, scenarios, fans, tornadoes, segments.

Every function takes ``ax=None`` (a new figure when None), draws with a
title, axis units and a source footnote, and returns the ``Axes``.
matplotlib is imported inside the functions, so ``import aimarket`` does not
pay for it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["plot_audit"]

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
