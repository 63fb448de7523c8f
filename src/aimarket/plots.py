"""Figures for a deck: audits, fitted curves, scenarios, fans, tornadoes, segments.

Every function takes ``ax=None`` (a new figure when None), draws with a
title, axis units and a source footnote, and returns the ``Axes``. The
footnote names the source the frame carries (``attrs["source_line"]``, set by
:func:`aimarket.project`, :func:`aimarket.simulate` and
:func:`aimarket.sensitivity`), or else looks its series up in ``package=``.
matplotlib is imported inside the functions, so ``import aimarket`` does not
pay for it.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from ._validate import as_float_array, check_ax, check_int, check_level, check_str, plain
from .catalog import item_title, source_line
from .display import scale_for
from .errors import unknown

__all__ = ["plot_audit", "plot_fit", "plot_scenarios", "plot_fan", "plot_tornado", "plot_segments", "plot_consensus"]

FOOTNOTE_SIZE = 7
VERDICT_COLOURS = {"exact": "#2b8a3e", "rounding": "#e67700", "within": "#1864ab", "inconsistent": "#c92a2a",
                   "unverifiable": "#868e96"}
SCENARIO_COLOURS = {"bear": "#c92a2a", "base": "#1c7ed6", "bull": "#2b8a3e"}


def _axes(ax, figsize=(8, 5)):
    import matplotlib.pyplot as plt

    if check_ax(ax) is None:
        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def footnote(ax, text: str) -> None:
    """Put a whole source line under the axes' x label, inside the figure and inside its layout.

    The line is wrapped to the figure's width and takes part in the layout, so a
    constrained layout makes room for it and a tight save keeps all of it.
    """
    if not text:
        return
    import textwrap

    width = max(40, int(ax.figure.get_figwidth() * 72 / (FOOTNOTE_SIZE * 0.55)))
    wrapped = "\n".join(textwrap.wrap(mathtext_safe(text), width))
    note = ax.annotate(wrapped, xy=(0.01, 0), xycoords=("figure fraction", ax.xaxis.label), xytext=(0, -6),
                       textcoords="offset points", ha="left", va="top", fontsize=FOOTNOTE_SIZE, color="#495057")
    note.set_in_layout(True)


def _plain(value: float, _pos=None) -> str:
    """A tick as a plain number: thousands separated, no scientific notation, no offset."""
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.3g}" if abs(value) >= 1e-3 else f"{value:.1e}"


#: fonts with Chinese glyphs, tried in order after the figure's own font where a name or title needs them
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
             "Droid Sans Fallback", "AR PL UMing CN", "SimHei", "Microsoft YaHei", "PingFang SC")


def cjk_fallback():
    """A matplotlib ``rc_context`` in which text falls back to an installed CJK font for Chinese characters.

    Figures made inside it draw publisher names and titles such as 中国人工智能市场 instead of empty boxes;
    where no CJK font is installed it changes nothing.

    Examples
    --------
    >>> import aimarket as am
    >>> with am.plots.cjk_fallback():
    ...     pass
    """
    import matplotlib
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    if not installed & set(CJK_FONTS):   # a font installed after matplotlib cached its list: add it once
        for file in font_manager.findSystemFonts():
            if re.search(r"wqy|cjk|droidsansfallback|uming|simhei|msyh|pingfang", Path(file).name, re.IGNORECASE):
                try:
                    font_manager.fontManager.addfont(file)
                except (OSError, RuntimeError, ValueError):
                    continue
        installed = {f.name for f in font_manager.fontManager.ttflist}
    fallbacks = [name for name in CJK_FONTS if name in installed]
    families = list(matplotlib.rcParams["font.family"])
    return matplotlib.rc_context({"font.family": families + fallbacks} if fallbacks else {})


def mathtext_safe(text) -> str:
    """Text from data as matplotlib shows it literally: a ``$`` would otherwise start mathtext."""
    return str(text).replace("\\$", "$").replace("$", "\\$")


def _value_axis(ax, which: str, unit: str | None, label: str = "{unit}") -> tuple[float, str]:
    """Plain, thousands-separated ticks on a value axis, in a larger unit where that shortens them.

    Returns the factor the values are divided by and the unit shown, so that any other text on the
    figure (a legend's ceiling, an annotation) can speak in the axis' unit.
    """
    from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

    axis = ax.yaxis if which == "y" else ax.xaxis
    low, high = ax.get_ylim() if which == "y" else ax.get_xlim()
    factor, shown = scale_for(unit, max(abs(low), abs(high)))
    axis.set_major_formatter(FuncFormatter(lambda v, _: _plain(v / factor)))
    if axis.get_scale() == "log":
        few_decades = low > 0 and high / low < 100
        # between the decades, label only 2 and 5 (and 3 within a decade): 10,000 / 9,000 / 8,000 ... crowd
        subs = (2, 3, 5) if few_decades and high / low < 10 else (2, 5)

        def minor(v, _):
            mantissa = v / 10 ** np.floor(np.log10(v)) if v > 0 else 0
            return _plain(v / factor) if any(abs(mantissa - m) < 1e-6 for m in subs) else ""

        axis.set_minor_formatter(FuncFormatter(minor) if few_decades else NullFormatter())
    else:
        axis.set_major_locator(MaxNLocator(nbins=5))
    (ax.set_ylabel if which == "y" else ax.set_xlabel)(mathtext_safe(label.format(unit=shown)))
    return factor, shown


def _time_axes(ax, unit: str | None = None, label: str = "{unit}") -> tuple[float, str]:
    """Whole years on x; values on y as plain numbers with separators, in a unit that keeps them short."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0f}"))
    return _value_axis(ax, "y", unit, label)


def log_time_axes(ax, unit: str | None, title: str) -> None:
    """The common dress of a time series on a log scale: axes, labels, title, legend, grid."""
    ax.set_yscale("log")
    ax.autoscale_view()
    _time_axes(ax, unit, "{unit} (log scale)")
    ax.set_xlabel("year")
    ax.set_title(mathtext_safe(title))
    ax.legend(fontsize=8, loc="upper left")
    ax.grid(alpha=0.3, which="both")


def plot_audit(audit_frame: pd.DataFrame, ax=None, *, title: str | None = None, package=None):
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
    if not isinstance(audit_frame, pd.DataFrame) or not {"series", "check", "item", "reported", "recomputed", "low",
                                                         "high", "unit", "verdict"} <= set(audit_frame.columns):
        raise TypeError("audit_frame must be a DataFrame from aimarket.audit()")
    check_str(title, "title", optional=True)
    check_ax(ax)
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
    ax.set_yticks(y, [mathtext_safe(x) for x in labels], fontsize=8)
    for tick, v in zip(ax.get_yticklabels(), rows["verdict"]):
        if v == "inconsistent":
            tick.set_color(VERDICT_COLOURS["inconsistent"])
            tick.set_fontweight("bold")
    ax.set_xlabel("compound annual growth rate (%)")
    market = _market(rows, package, rows["series"].iloc[0]) if rows["series"].nunique() == 1 else None
    what = "printed growth rates against the printed values"
    ax.set_title(mathtext_safe(title or (f"{market}: {what}" if market else what[0].upper() + what[1:])))
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="D", ls="", mfc="none", mec="k", label="printed rate"),
               Line2D([], [], marker="o", ls="", color="k", label="recomputed (bar: rounding interval)")]
    handles += [Line2D([], [], marker="s", ls="", color=c, label=v) for v, c in VERDICT_COLOURS.items()
                if v in set(rows["verdict"])]
    ax.legend(handles=handles, fontsize=7, loc="lower right")
    ax.grid(axis="x", alpha=0.3)
    footnote(ax, audit_source(rows, package))
    return ax


def audit_source(audit_frame: pd.DataFrame, package=None) -> str:
    """The source line of an audit's figure: its one series' source, or the package's reports."""
    series = audit_frame["series"].iloc[0] if audit_frame["series"].nunique() == 1 else None
    return _source(audit_frame, series, package) if series else "Sources: the reports in the package; recomputation by aimarket."


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
    'USD billion'
    """
    if not all(hasattr(fit, a) for a in ("predict", "band", "years", "values", "family", "ceiling", "inflection_year")):
        raise TypeError(f"fit must be a GrowthFit, got {type(fit).__name__}")  # duck-typed: plots do not import curves
    check_str(title, "title", optional=True)
    check_level(level)
    t0 = float(fit.years[0])
    t1 = float(fit.years[-1] + 10) if until is None else float(as_float_array(until, "until")[0])
    if not np.isfinite(t1) or t1 > t0 + 1000:
        raise ValueError(f"until must be a year within 1,000 years of the data, got {until!r}")
    ax = _axes(ax)
    if t1 <= t0:
        raise ValueError(f"until ({t1:g}) must come after the first year ({t0:g})")
    grid = np.linspace(t0, t1, 200)
    curve = fit.predict(grid)
    ax.plot(grid, curve, color="#1c7ed6", lw=2, label=f"{fit.family} fit")
    band = fit.band(grid, level)
    if band is not None:
        low, high, cut = _drawn_band(band, fit.values, curve)
        ax.fill_between(grid, low, high, color="#1c7ed6", alpha=0.15, label=f"{int(level * 100)}% band{cut}")
    status = np.asarray(fit.status if fit.status is not None else ["actual"] * fit.n)
    act = status == "actual"
    ax.scatter(fit.years[act], fit.values[act], color="k", zorder=3, label="reported")
    if (~act).any():
        ax.scatter(fit.years[~act], fit.values[~act], facecolors="white", edgecolors="k", zorder=3,
                   label="report's estimate")
    ceiling, off = None, False
    if np.isfinite(fit.ceiling) and fit.ceiling > 0 and "cap" in fit.params:
        off = fit.ceiling > CEILING_REACH / BAND_CLIP * _band_top(fit.values, curve)   # named, not drawn
        ceiling = (ax.plot([], [], ls="--", color="#868e96", lw=1)[0] if off else
                   ax.axhline(fit.ceiling, ls="--", color="#868e96", lw=1))
    if fit.inflection_year is not None and t0 <= fit.inflection_year <= t1:
        ax.axvline(fit.inflection_year, ls=":", color="#868e96", lw=1, label=f"inflection {fit.inflection_year:.1f}")
    factor, shown = _time_axes(ax, fit.unit)
    if ceiling is not None:          # in the axis' unit, as the ticks are
        ceiling.set_label(mathtext_safe(f"ceiling {_plain(fit.ceiling / factor)} {shown}"
                                        + (" (above the figure)" if off else "")))
    ax.set_xlabel("year")
    ax.set_title(mathtext_safe(title or f"{fit.label or 'series'}: {fit.family} curve"))
    ax.legend(fontsize=8, loc="upper left")
    ax.grid(alpha=0.3)
    footnote(ax, " ".join(filter(None, [fit.source, f"Fit: {fit.note}."])))
    return ax


#: a fit's band is drawn up to this multiple of the largest value of its data and curve
BAND_CLIP = 3.0
#: a ceiling further above the data and curve than this multiple is named in the legend, not drawn: the axis it
#: would need leaves the data less than a twentieth of the figure's height
CEILING_REACH = 20.0


def _band_top(values, curve) -> float:
    """The highest a fit's figure reaches: ``BAND_CLIP`` times the largest value of its data and curve."""
    shown = np.concatenate([np.ravel(values), np.ravel(curve)])
    return BAND_CLIP * float(np.max(np.abs(shown[np.isfinite(shown)])))


def _drawn_band(band, values, curve) -> tuple[np.ndarray, np.ndarray, str]:
    """A fit's interval band as drawn: cut at :func:`_band_top`, and at zero when every value is positive, so that
    a band a fit cannot bound (a parameter on its bound) does not squash the data into a line; with what the
    legend says of the cut (empty when none). The fit's numbers are not changed."""
    top = _band_top(values, curve)
    floor = 0.0 if (np.asarray(values) > 0).all() else -top
    low, high = (np.asarray(b, dtype=float) for b in band)
    cuts = ([f"{BAND_CLIP:g}x the largest value drawn"] if (high > top).any() or (low > top).any() else []) + \
           ([f"{floor:g}"] if (low < floor).any() or (high < floor).any() else [])
    note = f" (cut at {' and '.join(cuts)})" if cuts else ""
    return np.clip(low, floor, top), np.clip(high, floor, top), note


def _unit_label(unit: str | None) -> str:
    return unit or "value"


def plot_scenarios(projection: pd.DataFrame, item: str | None = None, ax=None, *, title: str | None = None, package=None):
    """Scenario paths of one item: reported anchors, derived years and projections.

    Parameters
    ----------
    projection : pandas.DataFrame
        From :func:`aimarket.project`.
    item : str, optional
        The item to draw; the top of the hierarchy (the series' total) by default.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import aimarket as am
    >>> ax = am.plots.plot_scenarios(am.project("bloomberg_genai"))
    >>> sorted(t.get_text() for t in ax.get_legend().get_texts())[:3]
    ['base', 'bear', 'bull']
    """
    check_str(title, "title", optional=True)
    df = _item_rows(projection, item, "projection", {"scenario", "item", "year", "value", "kind"})
    item = df["item"].iloc[0]
    ax = _axes(ax)
    for sc, g in df.groupby("scenario", sort=False):
        colour = SCENARIO_COLOURS.get(sc)
        ax.plot(g["year"], g["value"], color=colour, lw=2, label=mathtext_safe(sc))
        proj = g[g["kind"] == "projected"]
        if len(proj):
            ax.axvspan(proj["year"].min() - 0.5, proj["year"].max() + 0.5, color="#f1f3f5", zorder=0)
    anchors = df[df["kind"] == "reported"].drop_duplicates("year")
    ax.scatter(anchors["year"], anchors["value"], color="k", zorder=4, label="reported anchor")
    log_time_axes(ax, df["unit"].iloc[0],
                   title or f"{_subject(projection, item, package)}: scenarios (shaded: past the report's horizon)")
    footnote(ax, _source(projection, None, package) + " Scenario paths by aimarket, reconciled across segments.")
    return ax


def _market(frame: pd.DataFrame, package, series: str | None = None) -> str | None:
    """The title of the series a frame came from (``attrs["title"]``, else the package's title of
    ``attrs["series"]`` or of ``series``), or None when the frame does not say."""
    from .catalog import series_info

    sid, title = series or frame.attrs.get("series"), frame.attrs.get("title")
    if not isinstance(title, str) and isinstance(sid, str):
        try:
            title = series_info(sid, package=package)["title"]
        except (LookupError, ValueError, TypeError):     # a frame of another package than the one given
            title = None
    return title if isinstance(title, str) else None


def _subject(frame: pd.DataFrame, item: str, package) -> str:
    """What a figure of one item of a frame shows: the series' title, and the item unless it is the series' top."""
    title = _market(frame, package)
    if title is None:
        return item
    return item_title(title, item, frame.attrs.get("top", _top(frame)))


def _source(frame: pd.DataFrame, series: str | None, package) -> str:
    """The source line of the series a frame came from: its own ``attrs["source_line"]``, else from the package."""
    if isinstance(frame.attrs.get("source_line"), str):
        return frame.attrs["source_line"]
    return source_line(series or frame.attrs.get("series"), package=package)


def _top(frame: pd.DataFrame) -> str:
    """The item at the top of a projection's or simulation's hierarchy."""
    if frame.attrs.get("top") in set(frame["item"]):
        return frame.attrs["top"]
    if "parent" in frame.columns and frame["parent"].isna().any():
        return frame.loc[frame["parent"].isna(), "item"].iloc[0]
    return frame["item"].iloc[0]


def _item_rows(frame, item, name, required):
    if not isinstance(frame, pd.DataFrame) or not required <= set(frame.columns):
        raise TypeError(f"{name} must be a DataFrame with columns {sorted(required)}")
    if frame.empty:
        raise ValueError(f"{name} has no rows to draw")
    item = _top(frame) if item is None else check_str(item, "item")
    rows = frame[frame["item"] == item]
    if rows.empty:
        raise unknown("item", item, frame["item"].unique())
    _positive(rows, [c for c in ("value", "q025", "q10", "q50", "q90", "q975") if c in required], name)
    return rows


def _positive(rows: pd.DataFrame, columns: list, name: str) -> None:
    """Values a log axis draws: positive and finite, else an error naming the row and column."""
    for col in columns:
        v = pd.to_numeric(rows[col], errors="coerce").to_numpy(dtype=float)
        bad = ~(np.isfinite(v) & (v > 0))
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise ValueError(f"{name}, row {plain(rows.index[i])!r}, column {col!r}: {float(v[i])!r} cannot be drawn "
                             "on a log axis; values must be positive")


def plot_fan(simulation: pd.DataFrame, item: str | None = None, ax=None, *, title: str | None = None, package=None):
    """Monte Carlo fan: the median with 80% and 95% bands.

    With fewer than five horizons the bands are drawn as interval bars (as
    R's forecast package does), not as a ribbon.

    Parameters
    ----------
    simulation : pandas.DataFrame
        From :func:`aimarket.simulate`.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import aimarket as am
    >>> ax = am.plots.plot_fan(am.simulate("bloomberg_genai", n=500, seed=0))
    >>> ax.get_yscale()
    'log'
    """
    check_str(title, "title", optional=True)
    df = _item_rows(simulation, item, "simulation", {"item", "year", "q025", "q10", "q50", "q90", "q975"})
    item = df["item"].iloc[0]
    start = simulation.attrs.get("first_uncertain_year", df["year"].min())
    ahead = df[df["year"] >= start]
    ax = _axes(ax)
    before = df[df["year"] <= start]
    ax.plot(before["year"], before["q50"], color="k", lw=2, marker="o", label="reported")
    if len(ahead) - 1 < 5:
        x = ahead["year"].to_numpy()
        ax.errorbar(x, ahead["q50"], yerr=[ahead["q50"] - ahead["q025"], ahead["q975"] - ahead["q50"]], fmt="none",
                    ecolor="#a5d8ff", elinewidth=8, label="95% interval")
        ax.errorbar(x, ahead["q50"], yerr=[ahead["q50"] - ahead["q10"], ahead["q90"] - ahead["q50"]], fmt="none",
                    ecolor="#1c7ed6", elinewidth=8, label="80% interval")
        ax.plot(x, ahead["q50"], "o", color="k", label="median")
    else:
        ax.fill_between(ahead["year"], ahead["q025"], ahead["q975"], color="#a5d8ff", label="95% band")
        ax.fill_between(ahead["year"], ahead["q10"], ahead["q90"], color="#4dabf7", label="80% band")
        ax.plot(ahead["year"], ahead["q50"], color="#1864ab", lw=2, label="median")
    log_time_axes(ax, df["unit"].iloc[0] if "unit" in df else None,
                   title or f"{_subject(simulation, item, package)}: Monte Carlo fan "
                            f"({simulation.attrs.get('n', '?'):,} paths)")
    rho, seed = simulation.attrs.get("rho"), simulation.attrs.get("seed")
    parts = [f"Seed {seed}" if seed is not None else "Unseeded (another run gives other paths)"]
    if isinstance(simulation.attrs.get("method"), str):
        parts.append(f"volatility from the {simulation.attrs['method']}")
    if isinstance(rho, float) and simulation["item"].nunique() > 1:     # one item has nothing to correlate with
        parts.append(f"common-factor correlation {rho:.2f}")
    note = "; ".join(parts) + "."
    footnote(ax, _source(simulation, None, package) + " " + note)
    return ax


def plot_tornado(sens: pd.DataFrame, ax=None, *, top: int | None = 12, title: str | None = None, package=None):
    """Tornado chart: the total in one year with each leaf's growth moved down and up.

    Parameters
    ----------
    sens : pandas.DataFrame
        From :func:`aimarket.sensitivity`.
    top : int, optional
        Show only the largest swings.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import aimarket as am
    >>> ax = am.plots.plot_tornado(am.sensitivity("bloomberg_genai", 2035))
    >>> ax.get_yticklabels()[-1].get_text()
    'Generative AI Driven Ad Spending'
    """
    if not isinstance(sens, pd.DataFrame) or not {"item", "low", "high", "base"} <= set(sens.columns):
        raise TypeError("sens must be a DataFrame from aimarket.sensitivity()")
    check_str(title, "title", optional=True)
    if top is not None:
        check_int(top, "top", low=1)
    if sens.empty:
        raise ValueError("sens has no rows to draw")
    rows = sens.head(top) if top else sens
    rows = rows.iloc[::-1]
    base = float(rows["base"].iloc[0])
    ax = _axes(ax, figsize=(8, max(3, 0.35 * len(rows) + 1.5)))
    y = np.arange(len(rows))
    ax.barh(y, rows["low"] - base, left=base, color="#ff8787", label="growth down")
    ax.barh(y, rows["high"] - base, left=base, color="#69db7c", label="growth up")
    ax.axvline(base, color="k", lw=1)
    ax.set_yticks(y, [mathtext_safe(x) for x in rows["item"]], fontsize=8)
    unit = sens.attrs.get("unit")
    year = sens.attrs.get("year")
    delta = sens.attrs.get("delta")
    _value_axis(ax, "x", unit, f"{sens.attrs.get('total', 'total')} in {year} ({{unit}})")
    shown = f" (top {len(rows)} of {len(sens)} segments)" if len(rows) < len(sens) else ""
    if title is None:
        market = _market(sens, package)
        what = (f"sensitivity of the {year} total to each segment's growth"
                + (f" (+/-{100 * delta:.0f}%)" if delta is not None else "") + shown)
        title = f"{market}: {what}" if market else what[0].upper() + what[1:]
    ax.set_title(mathtext_safe(title))
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(axis="x", alpha=0.3)
    footnote(ax, _source(sens, None, package) + " Base scenario; one segment moved at a time, then reconciled.")
    return ax


def plot_segments(projection: pd.DataFrame, parent: str | None = None, scenario: str = "base", ax=None, *,
                  title: str | None = None, package=None):
    """Stacked segments of one parent over time, reported anchors marked.

    Derived (interpolated) and projected years are drawn lighter than the
    reported years; the anchors are marked by vertical lines.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import aimarket as am
    >>> ax = am.plots.plot_segments(am.project("bloomberg_genai", "base"))
    >>> len(ax.collections) >= 6
    True
    """
    if not isinstance(projection, pd.DataFrame) or not {"scenario", "item", "parent", "year", "value", "kind"} <= set(projection.columns):
        raise TypeError("projection must be a DataFrame from aimarket.project()")
    check_str(title, "title", optional=True)
    if projection.empty:
        raise ValueError("projection has no rows to draw")
    parent = _top(projection) if parent is None else check_str(parent, "parent")
    check_str(scenario, "scenario")
    check_ax(ax)
    df = projection[projection["scenario"] == scenario]
    if df.empty:
        raise unknown("scenario", scenario, projection["scenario"].unique())
    kids = df[df["parent"] == parent]
    if kids.empty:
        parents = df["parent"].dropna().unique()
        if not len(parents):
            sid, market = projection.attrs.get("series"), _market(projection, package)
            name = f"{market} ({sid})" if market and isinstance(sid, str) else market or sid or "the projection"
            raise ValueError(f"projection: {name} has no segments to plot (no item has a parent); "
                             "plot_scenarios draws its total")
        if parent in set(df["item"]):
            raise ValueError(f"parent: {parent!r} has no segments; plot_segments draws the segments of "
                             f"{', '.join(map(repr, parents))}")
        raise unknown("parent", parent, parents)
    wide = kids.pivot(index="year", columns="item", values="value")[list(dict.fromkeys(kids["item"]))]
    years = wide.index.to_numpy()
    kind = df[df["item"] == parent].set_index("year")["kind"].reindex(years)
    ax = _axes(ax, figsize=(9, 5))
    import matplotlib.pyplot as plt

    colours = plt.get_cmap("tab20")(np.linspace(0, 1, max(len(wide.columns), 2)))
    bottom = np.zeros(len(years))
    reported = (kind == "reported").to_numpy()
    for c, col in zip(colours, wide.columns):
        v = wide[col].to_numpy()
        ax.fill_between(years, bottom, bottom + v, color=c, alpha=0.45, lw=0)
        ax.bar(years[reported], v[reported], bottom=bottom[reported], width=0.6, color=c, label=mathtext_safe(col))
        bottom = bottom + v
    for y in years[reported]:
        ax.axvline(y, color="k", lw=0.6, ls=":")
    _time_axes(ax, df["unit"].iloc[0])
    ax.set_xlabel("year")
    ax.set_title(mathtext_safe(title or f"{_subject(projection, parent, package)}: segments, {scenario} scenario (bars: reported years; shading: derived and projected)"))
    ax.legend(fontsize=7, loc="upper left", ncol=2)
    ax.grid(axis="y", alpha=0.3)
    footnote(ax, _source(projection, None, package) + " Between reported years: geometric interpolation, reconciled.")
    return ax


def plot_consensus(package, market: str | None = None, ax=None, *, year: int | None = None, unit: str | None = None,
                   title: str | None = None):
    """Each source's path for one market on a log axis, labelled by publisher, with the median path and the spread.

    Each source's stated figures are joined geometrically (solid; dashed where carried past its figures
    to the comparison year); an edition its publisher has since replaced is thin and grey. The median
    of the latest editions is a thick black line; a bar at the comparison year spans the lowest to the
    highest value, labelled with the spread.

    Parameters
    ----------
    package : Package
        A stack (:func:`aimarket.stack`) or any package with series placed in markets.
    market : str, optional
        A market id; by default the market with the most sources.
    year, unit
        As :func:`aimarket.consensus`.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import aimarket as am
    >>> pkg = am.stack([am.extract_text("Acme estimates the global AI market at USD 100 billion in 2024 and "
    ...                                 "USD 400 billion in 2030.", name="a.txt"),
    ...                 am.extract_text("Beta estimates the global AI market at USD 200 billion in 2024 and "
    ...                                 "USD 800 billion in 2032.", name="b.txt")])
    >>> ax = am.plots.plot_consensus(pkg)
    >>> ax.get_yscale(), ax.get_ylabel()
    ('log', 'USD billion (log scale)')
    """
    from .consensus.table import value_at, markets_asked, MarketPaths, market_rows, consensus_source

    check_str(title, "title", optional=True)
    check_str(market, "market", optional=True)
    check_ax(ax)
    paths = MarketPaths(package)
    if market is None:
        have = paths.markets()
        market = min(markets_asked(paths, None), key=lambda m: (-len(have[m]), m))
    markets_asked(paths, market)
    t = market_rows(paths, market, year=year, unit=unit)
    ax = _axes(ax)
    y_cmp = int(t["year"].iloc[0])
    grid = np.arange(int(t["base_year"].min()), max(int(t["target_year"].max()), y_cmp) + 1)
    latest = []
    for r in t.sort_values(["latest", "publisher"], ascending=[True, True]).itertuples(index=False):
        years, values, rate, says = r.path
        label = mathtext_safe(f"{r.publisher or r.source}" + (f" ({r.edition})" if r.edition else ""))
        own = grid[(grid >= years[0]) & (grid <= years[-1])]
        line = [value_at(years, values, rate, says, int(y))[0] for y in own]
        style = dict(lw=1.8) if r.latest else dict(lw=1, color="#adb5bd")
        (h,) = ax.plot(own, line, label=label + ("" if r.latest else ", superseded"), **style)
        ax.scatter(years, values, s=18, color=h.get_color(), zorder=3)
        if np.isfinite(r.value) and not years[0] <= y_cmp <= years[-1]:
            ends = (years[-1], y_cmp) if y_cmp > years[-1] else (y_cmp, years[0])
            ax.plot(ends, [value_at(years, values, rate, says, int(e))[0] for e in ends], ls="--", color=h.get_color(),
                    lw=style["lw"])
        if r.latest:
            latest.append([value_at(years, values, rate, says, int(y))[0] for y in grid])
    if latest:
        med = np.nanmedian(np.asarray(latest, dtype=float), axis=0)
        ax.plot(grid, med, color="black", lw=3, alpha=0.6, label="median of the latest editions", zorder=2)
    r0 = t.iloc[0]
    if np.isfinite(r0["low"]):
        ax.vlines(y_cmp, r0["low"], r0["high"], color="#c92a2a", lw=4, alpha=0.5, zorder=1)
        ax.annotate(f"spread {r0['spread']:.2f}x in {y_cmp}", (y_cmp, r0["high"]), xytext=(4, 4),
                    textcoords="offset points", fontsize=8, color="#c92a2a")
    log_time_axes(ax, r0["unit"], title or f"{r0['label']}: forecasts side by side")
    footnote(ax, consensus_source(t))
    return ax
