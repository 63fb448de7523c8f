"""The whole job in one call: tables, audit, curves, scenarios and fans as an HTML report.

:func:`build_report` writes ``index.html`` with the figures as PNG files
(``figures/``) and the tables as CSV files (``tables/``) beside it, and
replaces only the files it writes.
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ._validate import check_int, check_path
from .scenarios import MAX_PATHS

__all__ = ["build_report", "Report"]

STEPS = ("tables", "audit", "markets", "curves", "scenarios", "simulation", "sensitivity", "sources")


@dataclass(frozen=True)
class Report:
    """Where the report went and what it holds."""

    out: Path
    index: Path
    figures: tuple
    tables: tuple
    seconds: float
    timings: dict = field(default_factory=dict)


def _one_footnote(fig, axes) -> None:
    """Replace the per-panel source lines of a grid by one line under the figure."""
    notes = [t.get_text() for t in axes[0].texts]
    for ax in axes:
        for t in list(ax.texts):
            t.remove()
    if notes:
        fig.supxlabel(notes[0].split(" Fit:")[0], fontsize=7, color="#495057", x=0.01, ha="left")


def _esc(x) -> str:
    return html.escape(str(x))


def _frame_html(df: pd.DataFrame, *, classes: str = "data", float_format=None) -> str:
    table = df.to_html(index=False, classes=classes, border=0, na_rep="", float_format=float_format, escape=True)
    return f'<div class="scroll">{table}</div>'


def build_report(out: str | Path = "aimarket-report", *, until: int = 2035, n_paths: int = 10_000, seed: int = 2024,
                 progress=None) -> Report:
    """Write the full report to ``out``.

    Parameters
    ----------
    out : str or Path, default "aimarket-report"
        Output directory; created if needed. Only the files the report writes
        are replaced.
    until : int, default 2035
        Projection horizon.
    n_paths : int, default 10000
        Monte Carlo paths for the fan.
    seed : int, default 2024
        Seed of the Monte Carlo (the same seed gives the same report).
    progress : callable, optional
        Called with one line of text as each step starts and ends.

    Returns
    -------
    Report

    Examples
    --------
    >>> import aimarket as am
    >>> r = am.build_report("example-report", n_paths=500)
    >>> r.index.name, len(r.figures) >= 6
    ('index.html', True)
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from . import __version__, plots
    from .catalog import convert, list_series, load, sources
    from .checks import audit
    from .curves import compare, fit_series
    from .datapackage import _bundled_package
    from .scenarios import SCENARIOS, cross_check, project, sensitivity, simulate
    from .tables import render, reproduce

    out = check_path(out, "out")
    check_int(until, "until", low=1900, high=2300)
    check_int(n_paths, "n_paths", low=1, high=MAX_PATHS)
    if seed is not None:
        check_int(seed, "seed", low=0)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a function of one line of text, got {progress!r}")
    try:
        (out / "figures").mkdir(parents=True, exist_ok=True)
        (out / "tables").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValueError(f"out: cannot write to {str(out)!r} ({exc.strerror or exc})") from None
    say = progress or (lambda line: None)
    figures, tables, timings, sections = [], [], {}, []
    t_all = time.perf_counter()

    def save_fig(ax, name, caption):
        path = out / "figures" / f"{name}.png"
        ax.figure.savefig(path, dpi=110, bbox_inches="tight")
        plt.close(ax.figure)
        figures.append(path)
        return (f'<figure><img src="figures/{name}.png" alt="{_esc(caption)}">'
                f"<figcaption>{_esc(caption)}</figcaption></figure>")

    def save_csv(df, name):
        path = out / "tables" / f"{name}.csv"
        df.to_csv(path, index=False)
        tables.append(path)
        return f'<p class="csv">Data: <a href="tables/{name}.csv">tables/{name}.csv</a></p>'

    def step(k, name, fn):
        say(f"[{k}/{len(STEPS)}] {name} ...")
        t0 = time.perf_counter()
        sections.append(fn())
        timings[name] = time.perf_counter() - t0
        say(f"[{k}/{len(STEPS)}] {name} done in {timings[name]:.1f} s")

    # 1. the reports' tables
    def tables_section():
        parts = ["<h2>1. The reports' tables</h2>",
                 "<p>The Bloomberg Intelligence table as printed, with the growth rate recomputed from the "
                 "printed values and the audit's verdict for each row.</p>"]
        t = reproduce("bloomberg_genai", audit=True)
        parts += [render(t, "html"), save_csv(t, "bloomberg_genai")]
        for sid in ("china_ai", "global_ai"):
            t = reproduce(sid, audit=True)
            parts += [render(t, "html"), save_csv(t, sid)]
        return "\n".join(parts)

    # 2. the audit
    def audit_section():
        a = audit()
        counts = a["verdict"].value_counts().reindex(["exact", "rounding", "inconsistent", "unverifiable"], fill_value=0)
        problems = a[a["verdict"] == "inconsistent"]
        parts = ["<h2>2. Audit of every stated figure</h2>",
                 f"<p>{len(a)} checks: " + ", ".join(f"<b>{v}</b> {k}" for k, v in counts.items()) + ".</p>",
                 save_fig(plots.plot_audit(a), "audit_rates", "Printed against recomputed growth rates, with the "
                          "interval the rounding of the printed values allows."),
                 "<h3>What does not hold</h3>",
                 _frame_html(problems[["series", "check", "claim", "item", "year", "reported", "recomputed", "note",
                                       "locator"]], classes="data problems", float_format=lambda x: f"{x:,.4g}"),
                 "<h3>Every check</h3>",
                 _frame_html(a[["series", "check", "claim", "item", "year", "reported", "recomputed", "low", "high",
                                "verdict", "note", "locator"]], float_format=lambda x: f"{x:,.6g}"),
                 save_csv(a, "audit")]
        return "\n".join(parts)

    # 3. the markets in one currency
    def markets_section():
        frames = []
        for sid in ("bloomberg_genai", "china_ai", "global_ai"):
            df = load(sid)
            df = df[df["item"] == "Total"]
            usd = convert(df, "USD 100 million", fx_year="nearest")
            frames.append(usd.assign(fx_years=", ".join(str(y) for _, y in usd.attrs.get("fx", []))))
        m = pd.concat(frames, ignore_index=True)[["series", "year", "value", "unit", "status", "fx_years", "locator"]]
        fig, ax = plt.subplots(figsize=(8, 5), layout="constrained")
        for sid, g in m.groupby("series", sort=False):
            ax.plot(g["year"], g["value"], marker="o", label=sid)
        plots._log_time_axes(ax, "USD 100 million", "Three market series in one currency")
        plots._footnote(ax, "Sources: Bloomberg Intelligence, Gewu Zhisheng and Statista as cited in the reports; "
                            "CNY converted at Federal Reserve G.5A annual averages (2023 rate for forecast years).")
        x = cross_check(until=until)
        parts = ["<h2>3. China and the world in one currency</h2>",
                 "<p>Each series in USD 100 million; Chinese figures converted at the annual-average rate of their "
                 "year, or the latest published one for forecast years. Constraints between the series, checked "
                 "in every scenario year: China's market below the world's, generative AI below all AI.</p>",
                 save_fig(ax, "markets_usd", "The generative-AI, China and world AI markets in USD 100 million."),
                 _frame_html(m, float_format=lambda v: f"{v:,.1f}"), save_csv(m, "markets_usd"),
                 "<h3>Cross-series constraints</h3>",
                 f"<p>{int(x['breaks'].sum())} of {len(x)} scenario-years break a constraint.</p>",
                 _frame_html(x[x["year"].isin([2023, 2027, 2030, until])], float_format=lambda v: f"{v:,.3g}"),
                 save_csv(x, "cross_check")]
        return "\n".join(parts)

    # 4. growth curves
    def curves_section():
        total = load("bloomberg_genai").query("item == 'Total'")
        c = compare(total["year"], total["value"])
        best = c["family"].iloc[0] if c["criterion"].iloc[0] != "rmse_log" else "gompertz"
        parts = ["<h2>4. Growth curves</h2>",
                 "<p>Three anchor years identify the two-parameter exponential (fitted by least squares, one degree "
                 "of freedom) and the three-parameter logistic and Gompertz curves (solved exactly). Four-parameter "
                 "families need a ceiling from elsewhere; the comparison says so.</p>",
                 _frame_html(c.drop(columns=["note"]), float_format=lambda v: f"{v:,.4g}"),
                 "<ul>" + "".join(f"<li><b>{_esc(k)}</b>: {_esc(v)}</li>" for k, v in c.attrs["skipped"].items()) + "</ul>",
                 save_csv(c, "curve_comparison")]
        fig, axes = plt.subplots(1, 2, figsize=(12, 4.8), layout="constrained")
        for ax, fam in zip(axes, ("logistic", "gompertz")):
            fit_series("bloomberg_genai", "Total", fam).plot(ax=ax, until=until + 5)
        _one_footnote(fig, axes.ravel())
        parts.append(save_fig(axes[0], "fit_total", "The total fitted by the logistic and Gompertz curves through the "
                                                    "three anchors, with the implied ceiling and inflection year."))
        wide = load("bloomberg_genai", wide=True)
        top = [i for i, p in wide.attrs["parent"].items() if p == "Total"]
        fig, axes = plt.subplots(2, 3, figsize=(14, 8), layout="constrained")
        rows = []
        for ax, item in zip(axes.ravel(), top):
            try:
                f = fit_series("bloomberg_genai", item, best)
            except ValueError:
                f = fit_series("bloomberg_genai", item, "exponential")
            f.plot(ax=ax, until=until + 5, title=f"{item}: {f.family}")
            ax.legend(fontsize=6)
            rows.append({"item": item, "family": f.family, "ceiling": f.ceiling, "inflection_year": f.inflection_year,
                         "cagr_2032_2040": f.cagr(2032, 2040)})
        _one_footnote(fig, axes.ravel())
        parts.append(save_fig(axes[0, 0], "fit_segments", f"Top-level segments fitted with the {best} curve where "
                                                          "their anchors identify one, else exponential growth."))
        seg = pd.DataFrame(rows)
        parts += [_frame_html(seg, float_format=lambda v: f"{v:,.4g}"), save_csv(seg, "segment_fits")]
        return "\n".join(parts)

    # 5. scenarios
    def scenarios_section():
        p = project("bloomberg_genai", until=until)
        desc = "".join(f"<li><b>{_esc(s.name)}</b>: {_esc(s.description)}</li>" for s in SCENARIOS.values())
        totals = p[p["item"] == "Total"].pivot(index="year", columns="scenario", values="value").reset_index()
        return "\n".join([
            "<h2>5. Scenarios past the reports' horizon</h2>", f"<ul>{desc}</ul>",
            save_fig(plots.plot_scenarios(p), "scenarios_total", "Bear, base and bull paths of the total."),
            save_fig(plots.plot_segments(p), "segments_base", "The base case by top-level segment; bars mark the "
                                                             "reported years, shading the derived and projected ones."),
            _frame_html(totals, float_format=lambda v: f"{v:,.0f}"), save_csv(p, "projection")])

    # 6. Monte Carlo
    def simulation_section():
        s = simulate("bloomberg_genai", n=n_paths, seed=seed, until=until)
        tot = s[s["item"] == "Total"]
        return "\n".join([
            "<h2>6. Monte Carlo fan</h2>",
            f"<p>{n_paths:,} coherent paths (seed {seed}); annual growth shocks from the last actual year, "
            "correlated across segments through a common factor.</p>",
            save_fig(plots.plot_fan(s), "fan_total", "Median, 80% and 95% bands of the total."),
            _frame_html(tot.drop(columns=["item"]), float_format=lambda v: f"{v:,.0f}"), save_csv(s, "simulation")])

    # 7. sensitivity
    def sensitivity_section():
        sens = sensitivity("bloomberg_genai", until)
        return "\n".join([
            "<h2>7. Which segments matter</h2>",
            save_fig(plots.plot_tornado(sens), "tornado", f"The {until} total with each segment's growth 20% lower "
                                                         "and higher."),
            _frame_html(sens, float_format=lambda v: f"{v:,.0f}"), save_csv(sens, "sensitivity")])

    # 8. sources
    def sources_section():
        pkg = _bundled_package()
        src = sources()
        used = pd.concat([pkg.observations[["series", "source", "locator"]], pkg.claims[["series", "source", "locator"]]])
        loc = used.groupby("source")["locator"].apply(lambda s: ", ".join(sorted(set(s), key=lambda x: (x.split(":")[0], int(x.split(":")[1])))))
        rows = []
        for r in src.itertuples():
            rows.append(f"<li><b>{_esc(r.publisher)}</b>, <i>{_esc(r.title)}</i> ({_esc(r.date)})"
                        + (f"; cited in {_esc(src.set_index('source').loc[r.via, 'publisher'])}" if isinstance(r.via, str) else "")
                        + (f'; <a href="{_esc(r.url)}">{_esc(r.url)}</a>' if isinstance(r.url, str) else "")
                        + (f"<br><small>Locators: {_esc(loc[r.source])}</small>" if r.source in loc.index else "")
                        + "</li>")
        series = list_series()
        return "\n".join(["<h2>8. Sources</h2>", "<p>Every figure is kept in its report's unit with the seed file and "
                          "line it was read from.</p>", f"<ul class='sources'>{''.join(rows)}</ul>",
                          _frame_html(series.drop(columns=["source"])), save_csv(series, "series")])

    for k, (name, fn) in enumerate(zip(STEPS, (tables_section, audit_section, markets_section, curves_section,
                                              scenarios_section, simulation_section, sensitivity_section,
                                              sources_section)), start=1):
        step(k, name, fn)

    seconds = time.perf_counter() - t_all
    page = _PAGE.format(version=_esc(__version__), body="\n".join(f"<section>{s}</section>" for s in sections),
                        seconds=f"{seconds:.1f}", until=until)
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return Report(out, index, tuple(figures), tuple(tables), seconds, timings)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>aimarket report: AI market forecasts, audited and projected</title>
<style>
body {{ font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 1200px; margin: 2em auto;
        padding: 0 1em; color: #212529; line-height: 1.45; }}
h1 {{ border-bottom: 2px solid #1c7ed6; padding-bottom: .3em; }}
h2 {{ margin-top: 2em; color: #1864ab; }}
table.data {{ border-collapse: collapse; font-size: 12px; margin: 1em 0; }}
table.data th, table.data td {{ border-bottom: 1px solid #dee2e6; padding: 3px 8px; text-align: right; vertical-align: top; }}
table.data td:nth-child(-n+4) {{ text-align: left; }}
table.problems td {{ background: #fff5f5; }}
table.data td {{ max-width: 28em; overflow-wrap: anywhere; }}
.scroll {{ overflow-x: auto; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; border: 1px solid #dee2e6; }}
figcaption {{ font-size: 13px; color: #495057; }}
.csv {{ font-size: 12px; }} .sources li {{ margin-bottom: .6em; }}
</style></head>
<body>
<h1>AI market forecasts: audited and projected</h1>
<p>Generated by aimarket {version} in {seconds} s. Every number comes from the bundled reports with its file and
line; rates and totals are recomputed from the printed values, allowing for their rounding; projections run to
{until}.</p>
{body}
</body></html>
"""
