"""The report's sections: each is one function of the run's :class:`~aimarket.report.context.Context` that
returns a :class:`~aimarket.report.blocks.Section` (a title and typed blocks), or None when the package has
nothing for it. Every section iterates over the package's own series, so any package gets the same report.
"""

from __future__ import annotations

import pandas as pd

from .blocks import Heading, Items, Section, Span, Table, Text
from .context import Context

WORKBOOK = "aimarket-report.xlsx"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _one_footnote(fig, axes, text: str) -> None:
    """Replace the per-panel source lines of a grid by one line, the series' own, under the figure."""
    from ..plots import FOOTNOTE_SIZE, mathtext_safe

    for ax in axes:
        for t in list(ax.texts):
            t.remove()
    if text:
        fig.supxlabel(mathtext_safe(text), fontsize=FOOTNOTE_SIZE, color="#495057", x=0.01, ha="left")


def _amount(value, unit) -> str:
    """A number with its unit as a reader says it: ``28.2%``, ``1,320 USD 100 million``, ``10 years``."""
    from ..display import format_number

    if unit == "percent":
        return f"{format_number(value)}%"
    if unit == "multiple":
        return f"{format_number(value)} times"
    return f"{format_number(value)} {unit}" if isinstance(unit, str) and unit else format_number(value)


# ------------------------------------------------------------------------------------------------ findings
def _years(start, end) -> str:
    start, end = (int(y) if pd.notna(y) else None for y in (start, end))
    if start and end and start != end:
        return f" over {start}-{end}"
    return f" in {end or start}" if (end or start) else ""


def _claim_phrase(c) -> str:
    """What a claim says, in words, from its fields: ``growth of 25% a year over 2023-2030``, ``400 USD 100 million
    in 2019``, ``growth of 40 times every 1.5 years``."""
    from ..display import format_number

    kind, v, unit = c["kind"], c["value"], c["unit"]
    every = f" every {format_number(c['period_years'])} years" if pd.notna(c.get("period_years")) else ""
    if kind == "cagr":
        return f"growth of {_amount(v, 'percent')} a year{_years(c['start_year'], c['end_year'])}"
    if kind == "growth":
        return f"growth of {_amount(v, 'percent')}{every or _years(c['start_year'], c['end_year'])}"
    if kind == "multiple":
        return f"growth of {_amount(v, 'multiple')}{every or _years(c['start_year'], c['end_year'])}"
    if kind == "span":
        return f"a span of {_amount(v, unit)}" + (f" from {int(c['start_year'])}" if pd.notna(c["start_year"]) else "")
    if kind == "share":
        bound = {"upper": "at most ", "lower": "at least "}.get(c.get("bound"), "")
        of = f" of {c['of']}" if isinstance(c.get("of"), str) else ""
        return f"a share{of} of {bound}{_amount(v, unit)}{_years(c['start_year'], c['end_year'])}"
    if kind == "total":
        return f"a total of {_amount(v, unit)}{_years(c['start_year'], c['end_year'])}"
    return f"{_amount(v, unit)}{_years(c['start_year'], c['end_year'])}"


def _finding(ctx: Context, r, claims: pd.DataFrame) -> tuple:
    """One check that does not hold, as a sentence: who says what about which market, what the report's own
    figures give, the claim's description, and where to read it."""
    claim = claims.loc[r.claim] if isinstance(r.claim, str) and r.claim in claims.index else None
    about = ctx.subject(r.series, r.item)
    about = about[:1].upper() + about[1:]
    gives = f"its own figures give {_amount(r.recomputed, r.unit)}"
    if claim is not None:
        says = f"the report states {_claim_phrase(claim)}"
        note = claim.get("note")
        source = claim["source"]
    else:
        if r.check == "hierarchy":
            says, gives = (f"the report prints {_amount(r.reported, r.unit)}{_years(None, r.year)}",
                           f"its segments sum to {_amount(r.recomputed, r.unit)}")
        else:
            says = f"the {r.check} check{_years(None, r.year)} finds {_amount(r.reported, r.unit)} stated"
        note, source = None, ctx.pkg.series.set_index("series")["source"].get(r.series)
    sentence = f": {says}, but {gives}"
    if isinstance(note, str) and note.strip():
        sentence += f" ({note.strip()})"
    where = ctx.where(r.locator, source)
    return (Span(about, strong=True), sentence + ". ", *([where] if where else []))


def findings_section(ctx: Context) -> Section | None:
    """What an analyst would quote: the claims that fail, the rates that hold only through rounding,
    each focus series at the horizon with its range, and the shares the constraints imply."""
    from ..catalog import top_item
    from ..display import format_number, scale_for

    a = ctx.audit()
    blocks = []
    bad = a[a["verdict"] == "inconsistent"]
    key = bad["claim"].where(bad["claim"].notna(), bad["series"] + "/" + bad["check"] + "/" + bad["item"].astype(str))
    bad = bad[~key.duplicated()]                          # a claim that fails two checks is one finding
    if len(bad):
        claims = ctx.pkg.claims.drop_duplicates("claim").set_index("claim")
        blocks += [Heading(f"{_plural(len(bad), 'stated figure')} do{'es' if len(bad) == 1 else ''} not hold"),
                   Items(tuple(_finding(ctx, r, claims) for r in bad.itertuples()), kind="findings")]
    rounding = a[(a["verdict"] == "rounding") & a["check"].isin(["cagr", "period"])]
    rounding = rounding.drop_duplicates(["series", "item", "reported"])
    if len(rounding):
        blocks += [Heading(f"{_plural(len(rounding), 'growth rate')} hold{'s' if len(rounding) == 1 else ''} only "
                           "through rounding"),
                   Items(tuple((f"{ctx.subject(r.series, r.item)}: printed {_amount(r.reported, r.unit)}, recomputed "
                                f"{_amount(r.recomputed, r.unit)}",) for r in rounding.itertuples()))]
    rows = []
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        p = ctx.project(sid)
        at = p[(p["item"] == top) & (p["year"] == ctx.until)].set_index("scenario")["value"]
        s = ctx.simulate(sid)
        q = s[(s["item"] == top) & (s["year"] == ctx.until)].iloc[0]
        factor, unit = scale_for(p["unit"].iloc[0], float(at.abs().max()))     # in the unit the figures use

        def num(v):
            return format_number(v / factor if v is not None else None)

        rows.append((Span(ctx.title(sid), strong=True),
                     f" in {ctx.until}: {num(at.get('base'))} {unit} in the base case (bear {num(at.get('bear'))}, "
                     f"bull {num(at.get('bull'))}); the Monte Carlo's 90% range is {num(q['q05'])} to "
                     f"{num(q['q95'])}."))
    if rows:
        blocks += [Heading("At the horizon"), Items(tuple(rows))]
    if len(ctx.pkg.constraints) and not len(_unconvertible_constraints(ctx)):
        x = ctx.cross_check()
        x = x[(x["scenario"] == "base") & (x["year"] == ctx.until)]
        items = tuple((f"{r.constraint}: {format_number(r.share, percent=True)} in {ctx.until}, base case",
                       *([Span(" (breaks the constraint)", strong=True)] if r.breaks else []))
                      for r in x.itertuples())
        if items:
            blocks += [Heading("Shares across series"), Items(items)]
    return Section("Key findings", tuple(blocks)) if blocks else None


# -------------------------------------------------------------------------------------------- tables, audit
def tables_section(ctx: Context) -> Section | None:
    """Every series' table as printed, with recomputed rates and verdicts."""
    from ..tables import reproduce

    blocks = [Text.of("Each series as printed, in its report's unit, with every stated growth rate recomputed from "
                      "the printed values and the audit's verdict for each row.")]
    for sid in ctx.series["series"]:
        csv = ctx.save_csv(reproduce(sid, audit=True, package=ctx.pkg, numbers=True), sid)
        blocks.append(Table(reproduce(sid, audit=True, package=ctx.pkg), csv=csv, printed=True))
    return Section("The reports' tables", tuple(blocks))


def audit_section(ctx: Context) -> Section | None:
    """Every stated figure checked against the printed values."""
    from .. import plots
    from ..checks import VERDICTS

    a = ctx.audit()
    if a.empty:
        return None
    counts = a["verdict"].value_counts().reindex(list(VERDICTS), fill_value=0)
    parts = [f"{len(a)} checks: "]
    for k, (verdict, n) in enumerate(counts.items()):
        parts += [", " if k else "", Span(str(n), strong=True), f" {verdict}"]
    blocks = [Text(tuple(parts + ["."]))]
    rates = a[a["check"].isin(["cagr", "period"]) & (a["unit"] == "percent") & a["recomputed"].notna()]
    if len(rates):
        rows = len(rates.drop_duplicates(["series", "item", "reported"]))
        fig, ax = ctx.figure((8, max(3, 0.32 * rows + 1.5)))
        plots.plot_audit(a, ax=ax, package=ctx.pkg)
        blocks.append(ctx.save_fig(fig, "audit_rates", "Printed against recomputed growth rates, with the interval "
                                   "the rounding of the printed values allows.", plots.audit_source(rates, ctx.pkg)))
    problems = a[a["verdict"] == "inconsistent"]
    csv = ctx.save_csv(a, "audit")
    blocks += [Heading("What does not hold"),
               Table(problems[["series", "check", "claim", "item", "year", "reported", "recomputed", "note",
                               "locator"]], problems=True),
               Heading("Every check"),
               Table(a[["series", "check", "claim", "item", "year", "reported", "recomputed", "low", "high",
                        "verdict", "note", "locator"]], csv=csv)]
    return Section("Audit of every stated figure", tuple(blocks))


# ------------------------------------------------------------------------------------------------ markets
def _common_unit(ctx: Context, money: list[str]) -> str:
    """The unit the series are compared in: the whole of the first constraint, else the first series' unit."""
    info = ctx.series.set_index("series")
    wholes = [w for w in ctx.pkg.constraints["whole"] if w in money]
    return info.loc[wholes[0] if wholes else money[0], "unit"]


def _constraint_years(ctx: Context, x: pd.DataFrame) -> list[int]:
    """The years a constraint table shows: those the constrained series print, and the horizon."""
    c = ctx.pkg.constraints
    series = set(c["part"]) | set(c["whole"])
    printed = set(ctx.pkg.observations.loc[ctx.pkg.observations["series"].isin(series), "year"].astype(int))
    return sorted((printed | {ctx.until}) & {int(y) for y in x["year"]})


def _currency(ctx: Context, sid: str):
    """A series' currency (NaN for a quantity that is not money)."""
    return ctx.pkg.units.set_index("unit").loc[ctx.series.set_index("series").loc[sid, "unit"], "currency"]


def _has_rate(ctx: Context, a, b) -> bool:
    """Whether an amount in currency ``a`` converts to ``b``: the same currency, or a row of the package's fx."""
    return a == b or bool({f"{a}/{b}", f"{b}/{a}"} & set(ctx.pkg.fx["pair"]))


def _without_rate(ctx: Context, money: list[str], to: str) -> dict[str, str]:
    """The series whose currency the package has no exchange rate for into ``to``, each with its currency."""
    currency = {sid: _currency(ctx, sid) for sid in money}
    return {sid: c for sid, c in currency.items() if not _has_rate(ctx, c, to)}


def _unconvertible_constraints(ctx: Context) -> pd.DataFrame:
    """The constraints between two money series whose currencies the package has no exchange rate between."""
    c = ctx.pkg.constraints
    known = set(ctx.series["series"])
    bad = [p in known and w in known and isinstance(a := _currency(ctx, p), str)
           and isinstance(b := _currency(ctx, w), str) and not _has_rate(ctx, a, b)
           for p, w in zip(c["part"], c["whole"])]
    return c[bad]


def _left_out_note(left_out: dict[str, str], to: str) -> list:
    """What the one-currency section could not convert, and the row of fx.csv that would convert it."""
    if not left_out:
        return []
    return [Text.of(Span("Left out: ", strong=True), "; ".join(
        f"{sid} (in {c}): the package has no {c}/{to} exchange rate; add a row to its fx.csv with pair "
        f"{c}/{to}, year, rate ({c} per one {to}) and source" for sid, c in left_out.items()) + ".")]


def markets_section(ctx: Context) -> Section | None:
    """The money series side by side in one currency, and the constraints between them."""
    from .. import plots
    from ..catalog import convert, load, top_item

    units = ctx.pkg.units.set_index("unit")
    money = [s for s, u in zip(ctx.series["series"], ctx.series["unit"]) if units.loc[u, "quantity"] == "money"]
    if len(money) < 2:
        return None
    unit = _common_unit(ctx, money)
    to = units.loc[unit, "currency"]
    left_out = _without_rate(ctx, money, to)
    money = [s for s in money if s not in left_out]
    frames, fx_used = [], set()
    for sid in money:
        df = load(sid, package=ctx.pkg)
        df = df[df["item"] == top_item(sid, package=ctx.pkg)]
        conv = convert(df, unit, fx_year="nearest", package=ctx.pkg)
        fx_used |= set(conv.attrs.get("fx", []))
        frames.append(conv.assign(fx_years=", ".join(str(y) for _, y in conv.attrs.get("fx", []))))
    m = pd.concat(frames, ignore_index=True)[["series", "year", "value", "unit", "status", "fx_years", "locator"]]
    fig, ax = ctx.figure((8, 5))
    for sid, g in m.groupby("series", sort=False):
        ax.plot(g["year"], g["value"], marker="o", label=plots.mathtext_safe(ctx.title(sid)))
    plots.log_time_axes(ax, unit, "The series in one currency")
    fx_note = ""
    if fx_used:
        pairs = sorted({p for p, _ in fx_used})
        fx = ctx.pkg.fx[ctx.pkg.fx["pair"].isin(pairs)]
        publishers = ctx.pkg.sources.set_index("source").reindex(fx["source"].unique())["publisher"].dropna()
        fx_note = (f" {', '.join(pairs)} at annual averages from {', '.join(publishers)} (the latest published rate "
                   "for forecast years).")
    lines = [ctx.source_line(s).removeprefix("Source: ").removesuffix("; aimarket.") for s in money]
    source = "Sources: " + "; ".join(dict.fromkeys(filter(None, lines))) + "." + fx_note
    plots.footnote(ax, source)
    blocks = [Text.of(f"Each series' top item in {unit}; figures in another currency are converted at the "
                      "annual-average rate of their year, or the latest published one for forecast years."),
              *_left_out_note(left_out, to),
              ctx.save_fig(fig, "markets_usd", f"The series in {unit}.", source),
              Table(m, csv=ctx.save_csv(m, "markets_usd"))]
    unconverted = _unconvertible_constraints(ctx)
    if len(unconverted):
        blocks += [Heading("Constraints between the series"),
                   Text.of(f"Not checked: {_plural(len(unconverted), 'constraint')} "
                           f"({', '.join(unconverted['label'].astype(str))}) join two currencies the package has "
                           "no exchange rate between (see above).")]
    elif len(ctx.pkg.constraints):
        x = ctx.cross_check()
        years = _constraint_years(ctx, x)
        shown = x[x["year"].isin(years)]
        csv = ctx.save_csv(x, "cross_check")
        blocks += [Heading("Constraints between the series"),
                   Items(tuple((Span(k.label, strong=True), f": {k.rationale}")
                               for k in ctx.pkg.constraints.itertuples())),
                   Text.of(f"{int(x['breaks'].sum())} of {_plural(len(x), 'scenario-year')} to {ctx.until} break a "
                           f"constraint. The table shows {_plural(len(shown), 'row')}: the years the reports print "
                           f"({', '.join(map(str, years))}); every year is in the CSV."),
                   Table(shown, csv=csv, label="rows of the years shown")]
    return Section("The series in one currency", tuple(blocks))


def across_section(ctx: Context) -> Section | None:
    """One market's forecasts across publishers and editions, where the package holds two or more sources for it."""
    from .. import plots
    from ..consensus import consensus, market_constraints, revisions
    from ..consensus.table import consensus_source

    try:
        table = consensus(ctx.pkg)
    except ValueError:   # no market with two sources (or none placed): nothing to set side by side
        return None
    blocks = [Text.of("Each market's sources in one unit, with the value each implies at a common year on its own "
                      "stated path; the median, range and spread use each publisher's latest edition. Rule: "
                      f"{table.attrs['rule']}.")]
    csv = ctx.save_csv(table, "across_reports")    # every market's rows, linked from each market's table
    for market, g in table.groupby("market", sort=False):
        r = g.iloc[0]
        fig, ax = ctx.figure((8, 5))
        plots.plot_consensus(ctx.pkg, market, ax=ax)
        outliers = ", ".join(g.loc[g["outlier"], "publisher"].astype(str)) or "none"
        blocks += [Heading(f"{r['label']} in {int(r['year'])}"),
                   Text.of(f"Median {r['median']:,.4g} {r['unit']}, from {r['low']:,.4g} to {r['high']:,.4g} "
                           f"(spread {r['spread']:.2f}x); outliers: {outliers}."),
                   ctx.save_fig(fig, f"across_{market}", f"{r['label']}: each source's path, the median and the "
                                "spread.", consensus_source(g)),
                   Table(g.drop(columns=["label", "series", "locator"]), csv=csv)]
    rev = revisions(ctx.pkg)
    if len(rev):
        blocks += [Heading("Revisions between editions"), Table(rev, csv=ctx.save_csv(rev, "revisions"))]
    cons = market_constraints(ctx.pkg)
    if len(cons):
        blocks += [Heading("Part within whole, across sources"),
                   Table(cons, csv=ctx.save_csv(cons, "market_constraints"))]
    return Section("Across reports", tuple(blocks))


# ------------------------------------------------------------------------------------------------- curves
def _forecast_words(attrs: dict) -> str:
    """How the library's forecast was made, from what the forecast says of itself."""
    from ..curves import FAMILIES

    members = attrs.get("members", attrs.get("pool"))
    names = list(members) if isinstance(members, (dict, list, tuple)) else []
    method = attrs.get("method") if isinstance(attrs.get("method"), str) else None
    combination = attrs.get("combination") if isinstance(attrs.get("combination"), str) else None
    if method and method != "auto":
        how = f"method {method}" + (f" over {', '.join(map(str, names))}" if names else "")
    elif names and combination:  # "the mean of the members' log forecasts (damped_log, holt_log, ...)"
        how = f"{combination} ({', '.join(map(str, names))})"
    elif names and names[0] not in FAMILIES:
        how = "a combination of the smoothing pool"
    elif names:
        how = f"the median of the {', '.join(map(str, names))} curves through the anchors"
    else:
        how = "the library's best method"
    extra = []
    if isinstance(attrs.get("backtest_mape"), (int, float)) and pd.notna(attrs.get("backtest_mape")):
        extra.append(f"backtest error {attrs['backtest_mape']:.1f}% MAPE")  # the forecast gives it in percent
    if isinstance(attrs.get("coverage"), (int, float)) and pd.notna(attrs.get("coverage")):
        extra.append(f"intervals covered {attrs['coverage']:.0%} of held-out points")
    return how + "".join(f"; {e}" for e in extra)


def _shown_families(c: pd.DataFrame) -> list[str]:
    """The families the total's figure draws: the best that the comparison ranks, and the next one."""
    return list(c["family"].head(2))


def curves_section(ctx: Context) -> Section | None:
    """Growth curves through each focus series' total and its top-level segments."""
    from .. import plots
    from ..catalog import load, top_item
    from ..curves import compare, fit_series, forecast

    blocks = []
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        total = load(sid, package=ctx.pkg).query("item == @top")
        c = compare(total["year"], total["value"])
        if c.empty:
            continue
        best = c["family"].iloc[0]
        if not blocks:
            blocks.append(Text.of(
                "Every family is scored on the same Gaussian likelihood of its log residuals (AIC, AICc, BIC). "
                "Curves that pass through every anchor cannot be told apart by the data: they are marked exact "
                "and listed as tied, ordered by parsimony and then Gompertz before logistic. With six or more "
                "points the ranking is by rolling-origin backtest error. Families with more parameters than "
                "anchors need a ceiling from elsewhere; the comparison says so."))
        subject, source = ctx.title(sid), ctx.source_line(sid)
        blocks += [Heading(subject),
                   Table(c.drop(columns=["note"]), csv=ctx.save_csv(c, ctx.name("curve_comparison", sid))),
                   Items(tuple((Span(k, strong=True), f": {v}") for k, v in c.attrs["skipped"].items()))]
        fc = forecast(total["year"], total["value"], until=ctx.until)
        level = fc.attrs.get("level", 0.8)
        blocks += [Text.of(f"The library's forecast of {subject} ({_forecast_words(fc.attrs)}), year by year, with an "
                           f"{level:.0%} interval" + (f" from {fc.attrs['interval']}" if fc.attrs.get("interval") else "")
                           + ":"),
                   Table(fc.drop(columns=[k for k in ("method",) if k in fc.columns]),
                         csv=ctx.save_csv(fc, ctx.name("forecast", sid)))]
        fits = [fit_series(sid, top, fam, package=ctx.pkg) for fam in _shown_families(c)]
        fig, axes = ctx.figure((6 * len(fits), 4.8), 1, len(fits))
        axes = [axes] if len(fits) == 1 else list(axes)
        for ax, f in zip(axes, fits):
            f.plot(ax=ax, until=ctx.until + 5, title=f"{subject}: {f.family} curve")
        _one_footnote(fig, axes, source)
        blocks.append(ctx.save_fig(fig, ctx.name("fit_total", sid), f"{subject} fitted by the "
                                   f"{' and '.join(f.family for f in fits)} curve{'s' if len(fits) > 1 else ''} "
                                   "the comparison ranks first, through its anchors, with the implied ceiling and "
                                   "inflection year.", source))
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
        _one_footnote(fig, axes[:len(kids)], source)
        fig.suptitle(plots.mathtext_safe(f"{subject}: each top-level segment's growth curve"))   # a panel names its item
        seg = pd.DataFrame(rows)
        blocks += [ctx.save_fig(fig, ctx.name("fit_segments", sid), f"{subject}: top-level segments fitted with the "
                                f"{best} curve where their anchors identify one, else exponential growth.", source),
                   Table(seg, csv=ctx.save_csv(seg, ctx.name("segment_fits", sid)))]
    return Section("Growth curves", tuple(blocks)) if blocks else None


# --------------------------------------------------------------------------------- scenarios, fans, tornado
def scenarios_section(ctx: Context) -> Section | None:
    """Bear, base and bull paths past the reports' horizon."""
    from .. import plots
    from ..catalog import top_item
    from ..scenarios import SCENARIOS

    blocks = []
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        p = ctx.project(sid)
        if not blocks:
            blocks.append(Items(tuple((Span(s.name, strong=True), f": {s.description}") for s in SCENARIOS.values())))
        subject = ctx.title(sid)
        totals = p[p["item"] == top].pivot(index="year", columns="scenario", values="value").reset_index()
        fig, ax = ctx.figure((8, 5))
        plots.plot_scenarios(p, item=top, ax=ax, package=ctx.pkg)
        blocks += [Heading(subject),
                   ctx.save_fig(fig, ctx.name("scenarios_total", sid), f"Bear, base and bull paths of {subject}.",
                                ctx.source_line(sid))]
        if (p["parent"] == top).any():
            fig, ax = ctx.figure((9, 5))
            plots.plot_segments(p, parent=top, ax=ax, package=ctx.pkg)
            blocks.append(ctx.save_fig(fig, ctx.name("segments_base", sid), f"{subject}: the base case by top-level "
                                       "segment; bars mark the reported years, shading the derived and projected ones.",
                                       ctx.source_line(sid)))
        wide = p.pivot_table(index=["scenario", "item"], columns="year", values="value", sort=False)
        wide.columns = [f"{y} ({p['unit'].iloc[0]})" for y in wide.columns]     # items by years, as printed
        blocks.append(Table(totals, csv=ctx.save_csv(p, ctx.name("projection", sid), sheet=wide.reset_index())))
    return Section("Scenarios past the reports' horizon", tuple(blocks)) if blocks else None


def simulation_section(ctx: Context) -> Section | None:
    """The Monte Carlo fan of each focus series."""
    from .. import plots
    from ..catalog import top_item

    blocks = []
    for sid in ctx.focus:
        top = top_item(sid, package=ctx.pkg)
        s = ctx.simulate(sid)
        if not blocks:
            seeded = f" (seed {ctx.seed})" if ctx.seed is not None else " (unseeded)"
            blocks.append(Text.of(
                f"{ctx.n_paths:,} coherent paths{seeded}; annual growth shocks from the last actual year, correlated "
                "across segments through a common factor. The volatility and the correlation are estimated from "
                "the data, by scenario spread: each item's bear and bull paths at the horizon are taken as its 10th "
                "and 90th percentiles, and the correlation is the one that gives the total the same spread from "
                "its segments."))
        subject = ctx.title(sid)
        fig, ax = ctx.figure((8, 5))
        plots.plot_fan(s, item=top, ax=ax, package=ctx.pkg)
        vol = s.attrs["volatility"][top]
        several = s["item"].nunique() > 1
        blocks += [ctx.save_fig(fig, ctx.name("fan_total", sid), f"Median, 80% and 95% bands of {subject}: annual log "
                                f"volatility {vol:.3f}" + (f", correlation {s.attrs['rho']:.2f}" if several else "")
                                + ".", ctx.source_line(sid)),
                   Table(s[s["item"] == top].drop(columns=["item"]), csv=ctx.save_csv(s, ctx.name("simulation", sid)))]
    return Section("Monte Carlo fan", tuple(blocks)) if blocks else None


def sensitivity_section(ctx: Context) -> Section | None:
    """Which segments move each focus series' total the most."""
    from .. import plots
    from ..scenarios import sensitivity

    blocks = []
    obs = ctx.pkg.observations
    for sid in ctx.focus:
        if obs.loc[obs["series"] == sid, "item"].nunique() < 2:
            continue
        sens = sensitivity(sid, ctx.until, package=ctx.pkg)
        fig, ax = ctx.figure((8, max(3, 0.35 * min(12, len(sens)) + 1.5)))
        plots.plot_tornado(sens, ax=ax, package=ctx.pkg)
        delta = sens.attrs.get("delta")
        moved = f"{delta:.0%} lower and higher" if isinstance(delta, float) else "lower and higher"
        blocks += [ctx.save_fig(fig, ctx.name("tornado", sid), f"{ctx.title(sid)}: the {ctx.until} total with each "
                                f"segment's growth {moved}.", ctx.source_line(sid)),
                   Table(sens, csv=ctx.save_csv(sens, ctx.name("sensitivity", sid)))]
    return Section("Which segments matter", tuple(blocks)) if blocks else None


# ------------------------------------------------------------------------------------ sources and files
def _places(locators: list[str]) -> str:
    """Locators (``document:line`` or ``document:page:line``) as a reader follows them: each document once, with
    its lines in runs, ``report.txt lines 186-205, 210`` or ``outlook.pdf page 3 lines 14-18``."""
    by_doc: dict = {}
    for loc in locators:
        doc, *where = loc.rsplit(":", 2) if loc.count(":") >= 2 else loc.rsplit(":", 1)
        page, line = (where[0], where[1]) if len(where) == 2 else ("", where[0] if where else "")
        by_doc.setdefault(doc, {}).setdefault(page, []).append(line)
    out = []
    for doc, pages in by_doc.items():
        parts = []
        for page, lines in pages.items():
            numbers = sorted({int(x) for x in lines if x.isdigit()})
            runs, start = [], None
            for k, n in enumerate(numbers):
                start = n if start is None else start
                if k + 1 == len(numbers) or numbers[k + 1] != n + 1:
                    runs.append(f"{start}-{n}" if n > start else f"{n}")
                    start = None
            others = [x for x in lines if not x.isdigit()]
            where = ", ".join(runs + others)
            label = "lines" if "," in where or "-" in where else "line"
            parts.append((f"page {page} " if page else "") + (f"{label} {where}" if where else ""))
        out.append(f"{doc} " + "; ".join(p for p in parts if p))
    return "; ".join(o.strip() for o in out)


def sources_section(ctx: Context) -> Section | None:
    """The publishers and reports behind every figure, with the locators of what was read."""
    from ..catalog import source_locators

    src = source_locators(package=ctx.pkg)
    by_id = ctx.pkg.sources.set_index("source")
    items = []
    for r in src.itertuples():
        url = r.url if isinstance(r.url, str) and r.url.startswith(("http://", "https://")) else None
        item = [Span(r.publisher, strong=True), ", ", Span(r.title)]
        if isinstance(r.date, str):
            item.append(f" ({r.date})")
        if isinstance(r.via, str) and r.via in by_id.index:
            item.append(f"; cited in {by_id.loc[r.via, 'publisher']}")
        if url:
            item += ["; ", Span(url, href=url)]
        if r.locators:
            item += [". ", Span(f"Read from {_places(r.locators.split(', '))}.", small=True)]
        items.append(tuple(item))
    return Section("Sources", (Text.of("Every figure is kept in its report's unit with the document and line it was "
                                       "read from."), Items(tuple(items), kind="sources"),
                               Table(ctx.series.drop(columns=["source"]), csv=ctx.save_csv(ctx.series, "series"))))


def workbook_section(ctx: Context) -> Section | None:
    """The Excel workbook: every table as numbers, rates and sums as live formulas, and the sources."""
    from ..workbook import write_workbook

    ctx.files.append(write_workbook(ctx.folder / WORKBOOK, ctx.pkg, ctx.sheets))
    return None


def downloads_section(ctx: Context) -> Section | None:
    """Every file of the report, to take into slides and spreadsheets."""
    figures = sorted((ctx.folder / "figures").glob("*.png"))
    tables = sorted((ctx.folder / "tables").glob("*.csv"))
    items = []
    if (ctx.folder / WORKBOOK).exists():
        items.append((Span(WORKBOOK, strong=True, href=WORKBOOK), ": every table, with live formulas"))
    tabs, figs = ["Tables (CSV): "], ["Figures: "]
    for k, p in enumerate(tables):
        tabs += [", " if k else "", Span(p.stem, href=f"tables/{p.name}")]
    for k, p in enumerate(figures):
        figs += [", " if k else "", f"{p.stem} (", Span("PNG", href=f"figures/{p.name}"), ", ",
                 Span("SVG", href=f"figures/{p.stem}.svg"), ")"]
    return Section("Downloads", (Items(tuple(items) + (tuple(tabs), tuple(figs)), kind="downloads"),))


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
