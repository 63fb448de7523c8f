"""The whole job in one call: tables, audit, curves, scenarios and fans as an HTML report.

:func:`build_report` writes ``index.html`` with the figures as PNG files
(``figures/``) and the tables as CSV files (``tables/``) beside it. The report
is a list of sections (:data:`SECTIONS`); each is one function of the run's
context that returns its HTML and the files it wrote, and iterates over the
package's own series, so any package gets the same report. Everything is
built in a fresh folder beside ``out`` and moved into place at the end: a
failed run leaves the previous report as it was, and nothing is written
through a link.
"""

from __future__ import annotations

import html
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ._validate import check_int, check_path
from .datapackage import Package
from .scenarios import MAX_PATHS

__all__ = ["build_report", "Report", "SECTIONS", "Section"]


@dataclass(frozen=True)
class Report:
    """Where the report went and what it holds."""

    out: Path
    index: Path
    figures: tuple
    tables: tuple
    seconds: float
    timings: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    """What one section gives the page: its HTML and the files it wrote."""

    html: str
    files: tuple = ()


def _esc(x) -> str:
    return html.escape(str(x))


def _frame_html(df: pd.DataFrame, *, classes: str = "data", collapse_after: int = 15, label: str = "rows") -> str:
    """A frame as an HTML table of formatted numbers, scrolling in its own box; long ones fold away."""
    from .display import format_frame

    table = format_frame(df).to_html(index=False, classes=classes, border=0, escape=True)
    box = f'<div class="scroll">{table}</div>'
    if len(df) <= collapse_after:
        return box
    return f"<details><summary>Show all {len(df):,} {label}</summary>{box}</details>"


class _Context:
    """What every section shares: the package, the settings, and the writers of figures and tables."""

    def __init__(self, pkg: Package, folder: Path, until: int, n_paths: int, seed: int | None):
        from .catalog import list_series

        self.pkg, self.folder, self.until, self.n_paths, self.seed = pkg, folder, until, n_paths, seed
        series = list_series(package=pkg)
        self.series = series[series["years"].map(len) > 0]                 # series with observations
        anchors = pkg.observations.groupby(["series", "item"])["year"].nunique().groupby("series").min()
        projectable = self.series[self.series["series"].map(anchors).fillna(0) >= 2]   # every item has two years
        markets = projectable[projectable["kind"] == "market"]
        #: the series that get curves, scenarios and fans: the markets (every series, if none is a market)
        self.focus = list((markets if len(markets) else projectable)["series"])
        self.sheets: dict[str, pd.DataFrame] = {}    # every table written, for the workbook
        self._cache: dict = {}

    def _cached(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def audit(self) -> pd.DataFrame:
        from .checks import audit

        return self._cached("audit", lambda: audit(package=self.pkg))

    def project(self, sid: str) -> pd.DataFrame:
        from .scenarios import project

        return self._cached(("project", sid), lambda: project(sid, until=self.until, package=self.pkg))

    def simulate(self, sid: str) -> pd.DataFrame:
        from .scenarios import simulate

        return self._cached(("simulate", sid), lambda: simulate(sid, n=self.n_paths, seed=self.seed,
                                                                 until=self.until, package=self.pkg))

    def cross_check(self) -> pd.DataFrame:
        from .scenarios import cross_check

        return self._cached("cross_check", lambda: cross_check(until=self.until, package=self.pkg))

    def name(self, base: str, series_id: str) -> str:
        """A file name: the first focus series' files keep the plain name, the others add their id."""
        return base if series_id == self.focus[0] else f"{base}_{series_id}"

    @staticmethod
    def figure(figsize, rows: int = 1, cols: int = 1):
        """A figure on its own Agg canvas: the user's pyplot backend and state are never touched."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        fig = Figure(figsize=figsize, layout="constrained")
        FigureCanvasAgg(fig)
        return fig, fig.subplots(rows, cols, squeeze=True)

    def save_fig(self, fig, name: str, caption: str) -> tuple[str, list]:
        """The figure as PNG (for the page and slides) and SVG (for print and editing)."""
        png, svg = self.folder / "figures" / f"{name}.png", self.folder / "figures" / f"{name}.svg"
        fig.savefig(png, dpi=110, bbox_inches="tight")
        fig.savefig(svg, bbox_inches="tight")
        return (f'<figure><img src="figures/{name}.png" alt="{_esc(caption)}">'
                f'<figcaption>{_esc(caption)} <span class="files"><a href="figures/{name}.png">PNG</a> · '
                f'<a href="figures/{name}.svg">SVG</a></span></figcaption></figure>', [png, svg])

    def save_csv(self, df: pd.DataFrame, name: str) -> tuple[str, Path]:
        """The table as numbers in a CSV file (text a spreadsheet would take for a formula is escaped)."""
        from .display import plain_text

        path = self.folder / "tables" / f"{name}.csv"
        plain_text(df).to_csv(path, index=False)
        self.sheets[name] = df
        return f'<p class="csv">Data: <a href="tables/{name}.csv">tables/{name}.csv</a></p>', path


class _Parts:
    """Collects a section's HTML and files as the section writes them."""

    def __init__(self):
        self.html, self.files = [], []

    def add(self, *items) -> None:
        for item in items:
            if isinstance(item, tuple):
                self.html.append(item[0])
                self.files += item[1] if isinstance(item[1], list) else [item[1]]
            else:
                self.html.append(item)

    def section(self) -> Section | None:
        return Section("\n".join(self.html), tuple(self.files)) if self.html else None


def _one_footnote(fig, axes) -> None:
    """Replace the per-panel source lines of a grid by one line under the figure."""
    notes = [t.get_text() for t in axes[0].texts]
    for ax in axes:
        for t in list(ax.texts):
            t.remove()
    if notes:
        fig.supxlabel(notes[0].split(" Fit:")[0], fontsize=7, color="#495057", x=0.01, ha="left")


# ------------------------------------------------------------------------------------------- sections
def tables_section(ctx: _Context) -> Section | None:
    """Every series' table as printed, with recomputed rates and verdicts."""
    from .tables import render, reproduce

    out = _Parts()
    out.add("<h2>The reports' tables</h2>",
            "<p>Each series as printed, in its report's unit, with every stated growth rate recomputed from the "
            "printed values and the audit's verdict for each row.</p>")
    for sid in ctx.series["series"]:
        t = reproduce(sid, audit=True, package=ctx.pkg)
        out.add(f'<div class="scroll">{render(t, "html")}</div>',
                ctx.save_csv(reproduce(sid, audit=True, package=ctx.pkg, numbers=True), sid))
    return out.section()


def audit_section(ctx: _Context) -> Section | None:
    """Every stated figure checked against the printed values."""
    from . import plots

    a = ctx.audit()
    if a.empty:
        return None
    counts = a["verdict"].value_counts().reindex(["exact", "rounding", "inconsistent", "unverifiable"], fill_value=0)
    problems = a[a["verdict"] == "inconsistent"]
    out = _Parts()
    out.add("<h2>Audit of every stated figure</h2>",
            f"<p>{len(a)} checks: " + ", ".join(f"<b>{v}</b> {k}" for k, v in counts.items()) + ".</p>")
    rates = a[a["check"].isin(["cagr", "period"]) & (a["unit"] == "percent") & a["recomputed"].notna()]
    if len(rates):
        rows = len(rates.drop_duplicates(["series", "item", "reported"]))
        fig, ax = ctx.figure((8, max(3, 0.32 * rows + 1.5)))
        plots.plot_audit(a, ax=ax)
        out.add(ctx.save_fig(fig, "audit_rates", "Printed against recomputed growth rates, with the interval the "
                                                 "rounding of the printed values allows."))
    out.add("<h3>What does not hold</h3>",
            _frame_html(problems[["series", "check", "claim", "item", "year", "reported", "recomputed", "note",
                                  "locator"]], classes="data problems"),
            "<h3>Every check</h3>",
            _frame_html(a[["series", "check", "claim", "item", "year", "reported", "recomputed", "low", "high",
                           "verdict", "note", "locator"]]),
            ctx.save_csv(a, "audit"))
    return out.section()


def _common_unit(ctx: _Context, money: list[str]) -> str:
    """The unit the series are compared in: the whole of the first constraint, else the first series' unit."""
    info = ctx.series.set_index("series")
    wholes = [w for w in ctx.pkg.constraints["whole"] if w in money]
    return info.loc[wholes[0] if wholes else money[0], "unit"]


def markets_section(ctx: _Context) -> Section | None:
    """The money series side by side in one currency, and the constraints between them."""
    from . import plots
    from .catalog import convert, load, source_line, top_item

    units = ctx.pkg.units.set_index("unit")
    money = [s for s, u in zip(ctx.series["series"], ctx.series["unit"]) if units.loc[u, "quantity"] == "money"]
    if len(money) < 2:
        return None
    unit = _common_unit(ctx, money)
    frames, fx_used = [], set()
    for sid in money:
        df = load(sid, package=ctx.pkg)
        df = df[df["item"] == top_item(sid, package=ctx.pkg)]
        conv = convert(df, unit, fx_year="nearest", package=ctx.pkg)
        fx_used |= set(conv.attrs.get("fx", []))
        frames.append(conv.assign(fx_years=", ".join(str(y) for _, y in conv.attrs.get("fx", []))))
    m = pd.concat(frames, ignore_index=True)[["series", "year", "value", "unit", "status", "fx_years", "locator"]]
    titles = ctx.series.set_index("series")["title"]
    fig, ax = ctx.figure((8, 5))
    for sid, g in m.groupby("series", sort=False):
        ax.plot(g["year"], g["value"], marker="o", label=plots._safe(titles[sid]))
    plots._log_time_axes(ax, unit, "The series in one currency")
    fx_note = ""
    if fx_used:
        pairs = sorted({p for p, _ in fx_used})
        fx = ctx.pkg.fx[ctx.pkg.fx["pair"].isin(pairs)]
        publishers = ctx.pkg.sources.set_index("source").reindex(fx["source"].unique())["publisher"].dropna()
        fx_note = (f" {', '.join(pairs)} at annual averages from {', '.join(publishers)} (the latest published rate "
                   "for forecast years).")
    lines = [source_line(s, package=ctx.pkg).removeprefix("Source: ").removesuffix("; aimarket.") for s in money]
    plots._footnote(ax, "Sources: " + "; ".join(dict.fromkeys(filter(None, lines))) + "." + fx_note)
    out = _Parts()
    out.add("<h2>The series in one currency</h2>",
            f"<p>Each series' top item in {_esc(unit)}; figures in another currency are converted at the "
            "annual-average rate of their year, or the latest published one for forecast years.</p>",
            ctx.save_fig(fig, "markets_usd", f"The series in {unit}."),
            _frame_html(m), ctx.save_csv(m, "markets_usd"))
    if len(ctx.pkg.constraints):
        x = ctx.cross_check()
        shown = sorted({int(y) for y in x["year"]} & {2023, 2027, 2030, ctx.until}) or sorted(set(x["year"]))[-3:]
        rationale = "".join(f"<li><b>{_esc(k.label)}</b>: {_esc(k.rationale)}</li>"
                            for k in ctx.pkg.constraints.itertuples())
        out.add("<h3>Constraints between the series</h3>", f"<ul>{rationale}</ul>",
                f"<p>{int(x['breaks'].sum())} of {len(x)} scenario-years break a constraint.</p>",
                _frame_html(x[x["year"].isin(shown)]),
                ctx.save_csv(x, "cross_check"))
    return out.section()


def across_section(ctx: _Context) -> Section | None:
    """One market's forecasts across publishers and editions, where the package holds two or more sources for it."""
    from . import plots
    from .consensus import consensus, market_constraints, revisions

    try:
        table = consensus(ctx.pkg)
    except ValueError:   # no market with two sources (or none placed): nothing to set side by side
        return None
    out = _Parts()
    out.add("<h2>Across reports</h2>",
            "<p>Each market's sources in one unit, with the value each implies at a common year on its own stated "
            f"path; the median, range and spread use each publisher's latest edition. Rule: {_esc(table.attrs['rule'])}."
            "</p>")
    for market, g in table.groupby("market", sort=False):
        r = g.iloc[0]
        fig, ax = ctx.figure((8, 5))
        plots.plot_consensus(ctx.pkg, market, ax=ax)
        out.add(f"<h3>{_esc(r['label'])} in {int(r['year'])}</h3>",
                f"<p>Median {r['median']:,.4g} {_esc(r['unit'])}, from {r['low']:,.4g} to {r['high']:,.4g} "
                f"(spread {r['spread']:.2f}x); outliers: {_esc(', '.join(g.loc[g['outlier'], 'publisher']) or 'none')}."
                "</p>",
                ctx.save_fig(fig, f"across_{market}", f"{r['label']}: each source's path, the median and the spread."),
                _frame_html(g.drop(columns=["label", "series", "locator"])))
    out.add(ctx.save_csv(table, "across_reports"))
    rev = revisions(ctx.pkg)
    if len(rev):
        out.add("<h3>Revisions between editions</h3>", _frame_html(rev), ctx.save_csv(rev, "revisions"))
    cons = market_constraints(ctx.pkg)
    if len(cons):
        out.add("<h3>Part within whole, across sources</h3>", _frame_html(cons),
                ctx.save_csv(cons, "market_constraints"))
    return out.section()


def curves_section(ctx: _Context) -> Section | None:
    """Growth curves through each focus series' total and its top-level segments."""
    from .catalog import load, top_item
    from .curves import FAMILIES, compare, fit_series, forecast

    out = _Parts()
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        total = load(sid, package=ctx.pkg).query("item == @top")
        c = compare(total["year"], total["value"])
        if c.empty:
            continue
        best = c["family"].iloc[0]
        if not out.html:
            out.add("<h2>Growth curves</h2>",
                    "<p>Every family is scored on the same Gaussian likelihood of its log residuals (AIC, AICc, BIC). "
                    "Curves that pass through every anchor cannot be told apart by the data: they are marked exact "
                    "and listed as tied, ordered by parsimony and then Gompertz before logistic. With six or more "
                    "points the ranking is by rolling-origin backtest error. Families with more parameters than "
                    "anchors need a ceiling from elsewhere; the comparison says so.</p>")
        out.add(_frame_html(c.drop(columns=["note"])),
                "<ul>" + "".join(f"<li><b>{_esc(k)}</b>: {_esc(v)}</li>" for k, v in c.attrs["skipped"].items()) + "</ul>",
                ctx.save_csv(c, ctx.name("curve_comparison", sid)))
        fc = forecast(total["year"], total["value"], until=ctx.until)
        how = ("the median of the smoothing pool" if fc.attrs["pool"] and fc.attrs["pool"][0] not in FAMILIES else
               f"the median of the {', '.join(fc.attrs['pool'])} curves through the anchors")
        out.add(f"<p>The library's forecast of {_esc(top)} ({_esc(how)}, year by year), with an "
                f"{fc.attrs['level']:.0%} interval from {_esc(fc.attrs['interval'])}:</p>",
                _frame_html(fc.drop(columns=["method"])), ctx.save_csv(fc, ctx.name("forecast", sid)))
        fits = []
        for fam in ("logistic", "gompertz"):
            try:
                fits.append(fit_series(sid, top, fam, package=ctx.pkg))
            except ValueError:
                continue
        if fits:
            fig, axes = ctx.figure((12, 4.8), 1, len(fits))
            axes = [axes] if len(fits) == 1 else list(axes)
            for ax, f in zip(axes, fits):
                f.plot(ax=ax, until=ctx.until + 5)
            _one_footnote(fig, axes)
            out.add(ctx.save_fig(fig, ctx.name("fit_total", sid), f"{top} fitted by the "
                                 f"{' and '.join(f.family for f in fits)} curves through its anchors, with the implied "
                                 "ceiling and inflection year."))
        wide = load(sid, wide=True, package=ctx.pkg)
        kids = [i for i, p in wide.attrs["parent"].items() if p == top]
        if not kids:
            continue
        cols = min(3, len(kids))
        nrows = -(-len(kids) // cols)
        fig, axes = ctx.figure((4.7 * cols, 4 * nrows), nrows, cols)
        axes = list(getattr(axes, "ravel", lambda: [axes])())
        rows = []
        for ax, item in zip(axes, kids):
            try:
                f = fit_series(sid, item, best, package=ctx.pkg)
            except ValueError:
                f = fit_series(sid, item, "exponential", package=ctx.pkg)
            f.plot(ax=ax, until=ctx.until + 5, title=f"{item}: {f.family}")
            ax.legend(fontsize=6)
            rows.append({"item": item, "family": f.family, "ceiling": f.ceiling, "inflection_year": f.inflection_year,
                         f"cagr_{int(f.years[-1])}_{ctx.until + 5}": f.cagr(f.years[-1], ctx.until + 5)})
        for ax in axes[len(kids):]:
            ax.set_visible(False)
        _one_footnote(fig, axes[:len(kids)])
        out.add(ctx.save_fig(fig, ctx.name("fit_segments", sid), f"Top-level segments fitted with the {best} curve "
                                                                  "where their anchors identify one, else exponential growth."))
        seg = pd.DataFrame(rows)
        out.add(_frame_html(seg), ctx.save_csv(seg, ctx.name("segment_fits", sid)))
    return out.section()


def scenarios_section(ctx: _Context) -> Section | None:
    """Bear, base and bull paths past the reports' horizon."""
    from . import plots
    from .catalog import top_item
    from .scenarios import SCENARIOS

    out = _Parts()
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        p = ctx.project(sid)
        if not out.html:
            desc = "".join(f"<li><b>{_esc(s.name)}</b>: {_esc(s.description)}</li>" for s in SCENARIOS.values())
            out.add("<h2>Scenarios past the reports' horizon</h2>", f"<ul>{desc}</ul>")
        totals = p[p["item"] == top].pivot(index="year", columns="scenario", values="value").reset_index()
        fig, ax = ctx.figure((8, 5))
        plots.plot_scenarios(p, item=top, ax=ax)
        out.add(ctx.save_fig(fig, ctx.name("scenarios_total", sid), f"Bear, base and bull paths of {top}."))
        if (p["parent"] == top).any():
            fig, ax = ctx.figure((9, 5))
            plots.plot_segments(p, parent=top, ax=ax)
            out.add(ctx.save_fig(fig, ctx.name("segments_base", sid), "The base case by top-level segment; bars mark "
                                                                      "the reported years, shading the derived and "
                                                                      "projected ones."))
        out.add(_frame_html(totals), ctx.save_csv(p, ctx.name("projection", sid)))
    return out.section()


def simulation_section(ctx: _Context) -> Section | None:
    """The Monte Carlo fan of each focus series."""
    from . import plots
    from .catalog import top_item

    out = _Parts()
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        s = ctx.simulate(sid)
        if not out.html:
            out.add("<h2>Monte Carlo fan</h2>",
                    f"<p>{ctx.n_paths:,} coherent paths (seed {ctx.seed}); annual growth shocks from the last actual "
                    "year, correlated across segments through a common factor. The volatility and the correlation "
                    "are estimated from the data, by scenario spread: each item's bear and bull paths at the "
                    "horizon are taken as its 10th and 90th percentiles, and the correlation is the one that gives "
                    "the total the same spread from its segments.</p>")
        fig, ax = ctx.figure((8, 5))
        plots.plot_fan(s, item=top, ax=ax)
        vol = s.attrs["volatility"][top]
        out.add(ctx.save_fig(fig, ctx.name("fan_total", sid), f"Median, 80% and 95% bands of {top}: annual log "
                             f"volatility {vol:.3f}, correlation {s.attrs['rho']:.2f}."),
                _frame_html(s[s["item"] == top].drop(columns=["item"])),
                ctx.save_csv(s, ctx.name("simulation", sid)))
    return out.section()


def sensitivity_section(ctx: _Context) -> Section | None:
    """Which segments move each focus series' total the most."""
    from . import plots
    from .scenarios import sensitivity

    out = _Parts()
    for sid in ctx.focus:
        obs = ctx.pkg.observations
        if obs.loc[obs["series"] == sid, "item"].nunique() < 2:
            continue
        sens = sensitivity(sid, ctx.until, package=ctx.pkg)
        if not out.html:
            out.add("<h2>Which segments matter</h2>")
        fig, ax = ctx.figure((8, max(3, 0.35 * min(12, len(sens)) + 1.5)))
        plots.plot_tornado(sens, ax=ax)
        out.add(ctx.save_fig(fig, ctx.name("tornado", sid), f"The {ctx.until} total with each segment's growth 20% "
                                                            "lower and higher."),
                _frame_html(sens), ctx.save_csv(sens, ctx.name("sensitivity", sid)))
    return out.section()


def sources_section(ctx: _Context) -> Section | None:
    """The publishers and reports behind every figure, with the locators of what was read."""
    from .catalog import source_locators

    src = source_locators(package=ctx.pkg)
    by_id = ctx.pkg.sources.set_index("source")
    rows = []
    for r in src.itertuples():
        rows.append(f"<li><b>{_esc(r.publisher)}</b>, <i>{_esc(r.title)}</i>"
                    + (f" ({_esc(r.date)})" if isinstance(r.date, str) else "")
                    + (f"; cited in {_esc(by_id.loc[r.via, 'publisher'])}" if isinstance(r.via, str) and r.via in by_id.index else "")
                    + (f'; <a href="{_esc(r.url)}">{_esc(r.url)}</a>' if isinstance(r.url, str)
                       and r.url.startswith(("http://", "https://")) else "")
                    + (f"<br><small>Locators: {_esc(r.locators)}</small>" if r.locators else "")
                    + "</li>")
    out = _Parts()
    out.add("<h2>Sources</h2>", "<p>Every figure is kept in its report's unit with the document and line it was read "
                                "from.</p>", f"<ul class='sources'>{''.join(rows)}</ul>",
            _frame_html(ctx.series.drop(columns=["source"])), ctx.save_csv(ctx.series, "series"))
    return out.section()


def findings_section(ctx: _Context) -> Section | None:
    """What an analyst would quote: the claims that fail, the rates that hold only through rounding,
    each focus series at the horizon with its range, and the shares the constraints imply."""
    from .catalog import top_item
    from .display import format_number

    a = ctx.audit()
    out = _Parts()
    out.add("<h2>Key findings</h2>")
    bad = a[a["verdict"] == "inconsistent"]
    if len(bad):
        items = "".join(
            f"<li><b>{_esc(r.claim if isinstance(r.claim, str) else r.item)}</b> ({_esc(r.series)}): printed "
            f"{_esc(format_number(r.reported))}, recomputed {_esc(format_number(r.recomputed))}"
            f"{' ' + _esc(r.unit) if isinstance(r.unit, str) else ''}. <small>{_esc(r.locator)}</small></li>"
            for r in bad.itertuples())
        out.add(f"<h3>{len(bad)} stated figure{'s' if len(bad) != 1 else ''} do{'es' if len(bad) == 1 else ''} "
                f"not hold</h3><ul>{items}</ul>")
    rounding = a[(a["verdict"] == "rounding") & a["check"].isin(["cagr", "period"])]
    if len(rounding):
        items = "".join(f"<li>{_esc(r.item)} ({_esc(r.series)}): printed {_esc(format_number(r.reported))}%, "
                        f"recomputed {_esc(format_number(r.recomputed))}%</li>" for r in rounding.itertuples())
        out.add(f"<h3>{len(rounding)} growth rate{'s' if len(rounding) != 1 else ''} hold only through rounding"
                f"</h3><ul>{items}</ul>")
    rows = []
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        p = ctx.project(sid)
        at = p[(p["item"] == top) & (p["year"] == ctx.until)].set_index("scenario")["value"]
        s = ctx.simulate(sid)
        q = s[(s["item"] == top) & (s["year"] == ctx.until)].iloc[0]
        unit = p["unit"].iloc[0]
        rows.append(f"<li><b>{_esc(ctx.series.set_index('series').loc[sid, 'title'])}</b> in {ctx.until}: "
                    f"{_esc(format_number(at.get('base')))} {_esc(unit)} in the base case (bear "
                    f"{_esc(format_number(at.get('bear')))}, bull {_esc(format_number(at.get('bull')))}); the "
                    f"Monte Carlo's 90% range is {_esc(format_number(q['q05']))} to {_esc(format_number(q['q95']))}.</li>")
    if rows:
        out.add(f"<h3>At the horizon</h3><ul>{''.join(rows)}</ul>")
    if len(ctx.pkg.constraints):
        x = ctx.cross_check()
        x = x[(x["scenario"] == "base") & (x["year"] == ctx.until)]
        items = "".join(f"<li>{_esc(r.constraint)}: {_esc(format_number(r.share, percent=True))} in {ctx.until}, base "
                        f"case{' <b>(breaks the constraint)</b>' if r.breaks else ''}</li>" for r in x.itertuples())
        if items:
            out.add(f"<h3>Shares across series</h3><ul>{items}</ul>")
    return out.section() if len(out.html) > 1 else None


def downloads_section(ctx: _Context) -> Section | None:
    """Every file of the report, to take into slides and spreadsheets."""
    figures = sorted((ctx.folder / "figures").glob("*.png"))
    tables = sorted((ctx.folder / "tables").glob("*.csv"))
    book = ctx.folder / WORKBOOK
    links = [f'<li><a href="{WORKBOOK}"><b>{WORKBOOK}</b></a>: every table, with live formulas</li>'] if book.exists() else []
    links.append("<li>Tables (CSV): " + ", ".join(f'<a href="tables/{p.name}">{_esc(p.stem)}</a>' for p in tables) + "</li>")
    links.append("<li>Figures: " + ", ".join(f'{_esc(p.stem)} (<a href="figures/{p.name}">PNG</a>, '
                                             f'<a href="figures/{p.stem}.svg">SVG</a>)' for p in figures) + "</li>")
    return Section("<h2>Downloads</h2><ul class='downloads'>" + "".join(links) + "</ul>")


def workbook_section(ctx: _Context) -> Section | None:
    """The Excel workbook: every table as numbers, rates and sums as live formulas, and the sources."""
    from .workbook import write_workbook

    path = write_workbook(ctx.folder / WORKBOOK, ctx.pkg, ctx.sheets, audit=ctx.audit())
    return Section("", (path,))


WORKBOOK = "aimarket-report.xlsx"

#: the report, in order: (name, section). A section is a function of the run's context that returns a
#: :class:`Section` (or None when the package has nothing for it); add one here to add it to every report.
SECTIONS = (
    ("findings", findings_section),
    ("tables", tables_section),
    ("audit", audit_section),
    ("markets", markets_section),
    ("across", across_section),
    ("curves", curves_section),
    ("scenarios", scenarios_section),
    ("simulation", simulation_section),
    ("sensitivity", sensitivity_section),
    ("sources", sources_section),
    ("workbook", workbook_section),
    ("downloads", downloads_section),
)


def _prepare_out(out: Path) -> None:
    """Refuse an output folder that a report must not write into."""
    if out.is_symlink():
        raise ValueError(f"out: {str(out)!r} is a symbolic link; give the report a real folder")
    if out.exists() and not out.is_dir():
        raise ValueError(f"out: {str(out)!r} exists and is not a folder")


def _move_into_place(built: Path, out: Path) -> None:
    """Put the finished report's entries (index.html, figures/, tables/ ...) in place of the old ones.

    Each entry moves by one rename, so a reader sees the old entry or the new one, never half of
    either; an old entry, or a link standing where a new one goes, is moved aside first (so nothing
    is written through a link), and other files in ``out`` are left alone.
    """
    out.mkdir(exist_ok=True)
    aside = Path(tempfile.mkdtemp(prefix=f".{out.name}-previous-", dir=out.absolute().parent))
    try:
        for entry in sorted(built.iterdir()):
            target = out / entry.name
            if target.exists() or target.is_symlink():
                os.rename(target, aside / entry.name)
            os.rename(entry, target)
    finally:
        shutil.rmtree(aside, ignore_errors=True)
        shutil.rmtree(built, ignore_errors=True)


def build_report(out: str | Path = "aimarket-report", *, until: int = 2035, n_paths: int = 10_000, seed: int = 2024,
                 progress=None, package: Package | None = None) -> Report:
    """Write the full report to ``out``.

    Parameters
    ----------
    out : str or Path, default "aimarket-report"
        Output folder, created if needed. The report is built beside it and
        its files replace the old report's only once all are written; other
        files in the folder are left alone.
    until : int, default 2035
        Projection horizon.
    n_paths : int, default 10000
        Monte Carlo paths for the fan.
    seed : int, default 2024
        Seed of the Monte Carlo (the same seed gives the same report).
    progress : callable, optional
        Called with one line of text as each step starts and ends.
    package : Package, optional
        Report on this package (from :func:`aimarket.read_package`); the bundled one by default.

    Returns
    -------
    Report

    Raises
    ------
    ValueError or TypeError
        A bad argument, or an ``out`` that is a link or a file; checked
        before anything is written.

    Examples
    --------
    >>> import aimarket as am
    >>> r = am.build_report("example-report", n_paths=500)
    >>> r.index.name, len(r.figures) >= 6
    ('index.html', True)
    """
    from ._version import __version__
    from .catalog import _pkg

    out = check_path(out, "out")
    check_int(until, "until", low=1900, high=2300)
    check_int(n_paths, "n_paths", low=1, high=MAX_PATHS)
    if seed is not None:
        check_int(seed, "seed", low=0)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a function of one line of text, got {progress!r}")
    pkg = _pkg(package)
    _prepare_out(out)
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=parent))
    except OSError as exc:
        raise ValueError(f"out: cannot write to {str(out)!r} ({exc.strerror or exc})") from None
    say = progress or (lambda line: None)
    timings, pages, written = {}, [], []
    t_all = time.perf_counter()
    try:
        (folder / "figures").mkdir()
        (folder / "tables").mkdir()
        ctx = _Context(pkg, folder, until, n_paths, seed)
        for k, (name, fn) in enumerate(SECTIONS, start=1):
            say(f"[{k}/{len(SECTIONS)}] {name} ...")
            t0 = time.perf_counter()
            section = fn(ctx)
            timings[name] = time.perf_counter() - t0
            if section is not None:
                pages.append(section.html)
                written += list(section.files)
            say(f"[{k}/{len(SECTIONS)}] {name} done in {timings[name]:.1f} s")
        seconds = time.perf_counter() - t_all
        title = pkg.descriptor.get("title") if isinstance(pkg.descriptor.get("title"), str) else None
        page = _page(pages, title=title or "AI market forecasts", version=__version__, seconds=seconds, until=until)
        (folder / "index.html").write_text(page, encoding="utf-8")
        _move_into_place(folder, out)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    final = out.absolute()
    moved = [final / p.relative_to(folder) for p in written]
    return Report(final, final / "index.html", tuple(p for p in moved if p.suffix == ".png"),
                  tuple(p for p in moved if p.suffix == ".csv"), seconds, timings)


def _page(sections: list[str], *, title: str, version: str, seconds: float, until: int) -> str:
    """The page: a contents list of the sections' headings, then the sections."""
    import datetime
    import re

    body, contents = [], []
    for k, html_ in enumerate(s for s in sections if s.strip()):
        anchor = f"s{k + 1}"
        m = re.search(r"<h2>(.*?)</h2>", html_)
        if m:
            contents.append(f'<li><a href="#{anchor}">{m.group(1)}</a></li>')
        body.append(f'<section id="{anchor}">{html_}</section>')
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    return _PAGE.format(title=_esc(title), version=_esc(version), date=today, seconds=f"{seconds:.1f}", until=until,
                        contents="".join(contents), body="\n".join(body))


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>aimarket report: {title}, audited and projected</title>
<style>
body {{ font-family: -apple-system, "Segoe UI", Helvetica, Arial, "Noto Sans CJK SC", sans-serif; font-size: 16px;
        max-width: 1200px; margin: 2em auto; padding: 0 1em; color: #212529; line-height: 1.5; overflow-wrap: anywhere; }}
h1 {{ border-bottom: 2px solid #1c7ed6; padding-bottom: .3em; font-size: 1.8em; }}
h2 {{ margin-top: 2em; color: #1864ab; }}
nav.contents ol {{ columns: 2 14em; }}
table.data {{ border-collapse: collapse; font-size: 14px; margin: 1em 0; }}
table.data th, table.data td {{ border-bottom: 1px solid #dee2e6; padding: 3px 8px; text-align: right; vertical-align: top; }}
table.data td:nth-child(-n+4) {{ text-align: left; }}
table.problems td {{ background: #fff5f5; }}
table.data td {{ max-width: 28em; overflow-wrap: anywhere; }}
.scroll {{ overflow-x: auto; max-width: 100%; }}
details {{ margin: 1em 0; }} summary {{ cursor: pointer; color: #1864ab; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; height: auto; border: 1px solid #dee2e6; }}
figcaption {{ font-size: 14px; color: #495057; }} .files {{ white-space: nowrap; }}
.csv {{ font-size: 14px; }} .sources li, .downloads li {{ margin-bottom: .6em; }}
</style></head>
<body>
<h1>{title}: audited and projected</h1>
<p>Generated on {date} by aimarket {version} in {seconds} s. Every number comes from its report with the
document and line it was read from; rates and totals are recomputed from the printed values, allowing for their
rounding; projections run to {until}.</p>
<nav class="contents"><b>Contents</b><ol>{contents}</ol></nav>
{body}
</body></html>
"""
